//! PLACEHOLDER weights, replaced by scripts/bench.sh output.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of the security-token pallet.
pub trait WeightInfo {
	fn admit_issuer() -> Weight;
	fn remove_issuer() -> Weight;
	fn create_token() -> Weight;
	fn grant_role() -> Weight;
	fn revoke_role() -> Weight;
	fn issue() -> Weight;
	fn issue_batch(n: u32) -> Weight;
	fn burn() -> Weight;
	fn redeem() -> Weight;
	fn transfer() -> Weight;
	fn approve() -> Weight;
	fn transfer_from() -> Weight;
	fn transfer_batch(n: u32) -> Weight;
	fn pause() -> Weight;
	fn unpause() -> Weight;
	fn freeze_account() -> Weight;
	fn unfreeze_account() -> Weight;
	fn freeze_tokens() -> Weight;
	fn unfreeze_tokens() -> Weight;
	fn force_transfer() -> Weight;
	fn recover() -> Weight;
	fn add_document() -> Weight;
	fn replace_document() -> Weight;
	fn remove_document() -> Weight;
	fn create_checkpoint() -> Weight;
	fn schedule_checkpoint() -> Weight;
	fn cancel_checkpoint() -> Weight;
	fn on_initialize_checkpoints(n: u32) -> Weight;
}
/// Weights for a runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn admit_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn remove_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn create_token() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn grant_role() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn revoke_role() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn issue() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn issue_batch(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_mul(n.max(1) as u64)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn burn() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn redeem() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn transfer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn approve() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn transfer_from() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn transfer_batch(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_mul(n.max(1) as u64)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn pause() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn unpause() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn freeze_account() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn unfreeze_account() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn freeze_tokens() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn unfreeze_tokens() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn force_transfer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn recover() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn add_document() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn replace_document() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn remove_document() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn create_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn schedule_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn cancel_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn on_initialize_checkpoints(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_mul(n.max(1) as u64)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
}
impl WeightInfo for () {
	fn admit_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn remove_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn create_token() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn grant_role() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn revoke_role() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn issue() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn issue_batch(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_mul(n.max(1) as u64)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn burn() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn redeem() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn transfer() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn approve() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn transfer_from() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn transfer_batch(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_mul(n.max(1) as u64)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn pause() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn unpause() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn freeze_account() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn unfreeze_account() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn freeze_tokens() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn unfreeze_tokens() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn force_transfer() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn recover() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn add_document() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn replace_document() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn remove_document() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn create_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn schedule_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn cancel_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn on_initialize_checkpoints(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_mul(n.max(1) as u64)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
}
