//! Weights of `pallet_proof_of_ownership`.
//!
//! PLACEHOLDER FIGURES: every number below is an estimate written by hand (storage accesses
//! counted from the code, times and proof sizes guessed from similar calls of
//! `pallet_compliance` and `pallet_security_token`), placeholder until scripts/bench.sh runs
//! the benchmarks of `benchmarking.rs` and generates this file.
//!
//! Storage reads and writes are priced with the runtime's `DbWeight` (`SubstrateWeight`) or
//! RocksDB defaults (`()`, for tests).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_proof_of_ownership`.
pub trait WeightInfo {
	fn admit_attestor() -> Weight;
	fn remove_attestor() -> Weight;
	fn bond() -> Weight;
	fn unbond() -> Weight;
	fn register_asset(a: u32, ) -> Weight;
	fn bind_token() -> Weight;
	fn request_transfer() -> Weight;
	fn request_issuance() -> Weight;
	fn confirm() -> Weight;
	fn confirm_complete() -> Weight;
	fn reject() -> Weight;
	fn reject_final() -> Weight;
	fn expire() -> Weight;
	fn challenge() -> Weight;
	fn rule_upheld() -> Weight;
	fn rule_dismissed() -> Weight;
}

/// Weights for a runtime, priced with its `DbWeight` (placeholder until scripts/bench.sh runs).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ProofOfOwnership::Attestors` (r:1 w:1)
	fn admit_attestor() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(15_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ProofOfOwnership::Attestors` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1)
	fn remove_attestor() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(45_000_000, 4800)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ProofOfOwnership::Attestors` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1)
	fn bond() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(45_000_000, 4800)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ProofOfOwnership::Attestors` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1)
	fn unbond() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(45_000_000, 4800)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ProofOfOwnership::Attestors` (r:a w:a), `ProofOfOwnership::NextAssetId` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1), `ProofOfOwnership::Assets` (r:0 w:1), `ProofOfOwnership::ChainHeads` (r:0 w:1)
	/// The range of component `a` is `[1, MaxAttestors]`.
	fn register_asset(a: u32, ) -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(50_000_000, 6000)
			.saturating_add(Weight::from_parts(3_000_000, 2_600).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(a.into())))
	}
	/// Storage: `ProofOfOwnership::Assets` (r:1), `SecurityToken::Tokens` (r:2), `ProofOfOwnership::AssetBindings` (r:1 w:1), `ProofOfOwnership::TokenAsset` (r:1 w:1)
	fn bind_token() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(30_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ProofOfOwnership::TokenAsset` (r:2), `ProofOfOwnership::NextTransferId` (r:1 w:1), `ProofOfOwnership::PendingByAsset` (r:1 w:1), `ProofOfOwnership::Moving` (w:2), `SecurityToken::Tokens` (r:1), `SecurityToken::Holdings` (r:2 w:2), `SecurityToken::BalanceHistory` (r:2), `ProofOfOwnership::Pending` (w:1)
	fn request_transfer() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(90_000_000, 12000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `ProofOfOwnership::TokenAsset` (r:1), `SecurityToken::Tokens` (r:2), `ProofOfOwnership::NextTransferId` (r:1 w:1), `ProofOfOwnership::PendingByAsset` (r:1 w:1), `ProofOfOwnership::Assets` (r:1), `ProofOfOwnership::AssetBindings` (r:1 w:1), `ProofOfOwnership::Pending` (w:1)
	fn request_issuance() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(50_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ProofOfOwnership::Pending` (r:1 w:1), `ProofOfOwnership::Assets` (r:1), `ProofOfOwnership::Attestors` (r:1)
	fn confirm() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ProofOfOwnership::Pending` (r:1 w:1), `ProofOfOwnership::Assets` (r:1), `ProofOfOwnership::Attestors` (r:1), `ProofOfOwnership::ChainHeads` (r:1 w:1), `ProofOfOwnership::Moving` (w:2), `SecurityToken::Tokens` (r:1), `SecurityToken::Holdings` (r:2 w:2), `SecurityToken::BalanceHistory` (r:2), `ProofOfOwnership::OwnerUnits` (r:2 w:2), `ProofOfOwnership::Certificates` (w:1), `ProofOfOwnership::OwnerCertificates` (w:1), `ProofOfOwnership::PendingByAsset` (r:1 w:1)
	fn confirm_complete() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(140_000_000, 16000)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `ProofOfOwnership::Pending` (r:1 w:1), `ProofOfOwnership::Assets` (r:1), `ProofOfOwnership::Attestors` (r:1)
	fn reject() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ProofOfOwnership::Pending` (r:1 w:1), `ProofOfOwnership::Assets` (r:1), `ProofOfOwnership::Attestors` (r:1), `ProofOfOwnership::Moving` (w:2), `SecurityToken::Tokens` (r:1), `SecurityToken::Holdings` (r:2 w:2), `SecurityToken::BalanceHistory` (r:2), `ProofOfOwnership::PendingByAsset` (r:1 w:1)
	fn reject_final() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(100_000_000, 14000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `ProofOfOwnership::Pending` (r:1 w:1), `ProofOfOwnership::Moving` (w:2), `SecurityToken::Tokens` (r:1), `SecurityToken::Holdings` (r:2 w:2), `SecurityToken::BalanceHistory` (r:2), `ProofOfOwnership::PendingByAsset` (r:1 w:1)
	fn expire() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(90_000_000, 12000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `ProofOfOwnership::Certificates` (r:1), `ProofOfOwnership::Disputes` (r:1 w:1), `ProofOfOwnership::NextChallengeId` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1), `ProofOfOwnership::Attestors` (r:1 w:1), `ProofOfOwnership::Challenges` (w:1)
	fn challenge() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `ProofOfOwnership::Challenges` (r:1 w:1), `ProofOfOwnership::Attestors` (r:1 w:1), `Balances::Holds` (r:2 w:2), `System::Account` (r:2 w:2), `Balances::TotalIssuance` (r:1 w:1)
	fn rule_upheld() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(90_000_000, 9000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `ProofOfOwnership::Challenges` (r:1 w:1), `ProofOfOwnership::Attestors` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1), `Balances::TotalIssuance` (r:1 w:1), `ProofOfOwnership::Disputes` (w:1)
	fn rule_dismissed() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

// For tests (placeholder until scripts/bench.sh runs).
impl WeightInfo for () {
	fn admit_attestor() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(15_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_attestor() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(45_000_000, 4800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn bond() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(45_000_000, 4800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(45_000_000, 4800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_asset(a: u32, ) -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(50_000_000, 6000)
			.saturating_add(Weight::from_parts(3_000_000, 2_600).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(a.into())))
	}
	fn bind_token() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(30_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn request_transfer() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(90_000_000, 12000)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn request_issuance() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(50_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn confirm() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn confirm_complete() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(140_000_000, 16000)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn reject() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(35_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reject_final() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(100_000_000, 14000)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn expire() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(90_000_000, 12000)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn rule_upheld() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(90_000_000, 9000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn rule_dismissed() -> Weight {
		// Placeholder until scripts/bench.sh runs.
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
