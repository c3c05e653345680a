//! Weights of `pallet_compliance`: placeholders until `scripts/bench.sh` generates them.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_compliance`.
pub trait WeightInfo {
	fn trust_issuer() -> Weight;
	fn distrust_issuer() -> Weight;
	fn trust_token_issuer() -> Weight;
	fn distrust_token_issuer() -> Weight;
	fn add_claim() -> Weight;
	fn revoke_claim() -> Weight;
	fn purge_claims(n: u32, ) -> Weight;
	fn set_requirements(c: u32, ) -> Weight;
	fn pause_rules() -> Weight;
	fn resume_rules() -> Weight;
	fn set_restrictions() -> Weight;
	fn set_lists(n: u32, ) -> Weight;
	fn check(c: u32, i: u32, l: u32, s: u32, ) -> Weight;
	fn on_balance_change() -> Weight;
}

/// Weights measured for a runtime, priced with its `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn trust_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn distrust_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn trust_token_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn distrust_token_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn add_claim() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn purge_claims(n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(n.into())).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn set_requirements(c: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(c.into())).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn pause_rules() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn resume_rules() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn set_restrictions() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn set_lists(n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(n.into())).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn check(c: u32, i: u32, l: u32, s: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(c.into())).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(i.into())).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(l.into())).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(s.into())).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
	fn on_balance_change() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(4, 2))
	}
}

// For tests.
impl WeightInfo for () {
	fn trust_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn distrust_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn trust_token_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn distrust_token_issuer() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn add_claim() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn purge_claims(n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(n.into())).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn set_requirements(c: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(c.into())).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn pause_rules() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn resume_rules() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn set_restrictions() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn set_lists(n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(n.into())).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn check(c: u32, i: u32, l: u32, s: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(c.into())).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(i.into())).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(l.into())).saturating_add(Weight::from_parts(1_000_000, 1_000).saturating_mul(s.into())).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
	fn on_balance_change() -> Weight {
		Weight::from_parts(50_000_000, 10_000).saturating_add(RocksDbWeight::get().reads_writes(4, 2))
	}
}
