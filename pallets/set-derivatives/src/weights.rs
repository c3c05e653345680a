//! Weights of `pallet_set_derivatives`: PLACEHOLDER ESTIMATES, NOT MEASURED.
//!
//! No benchmark of this pallet has run yet. Every figure below is an estimate written by hand
//! from the storage each call touches (counted from the code) and the measured weights of the
//! ledger calls each leg resembles (security-token `issue` ~89 us and `transfer` ~70 us of
//! ref_time in `pallets/security-token/src/weights.rs`, five reads and up to five writes each).
//! The runtime uses them until `scripts/bench.sh 50 20 pallet_set_derivatives` replaces this
//! file with measured weights (benchmarks in `src/benchmarking.rs`).
//!
//! `n` is the number of components (for `execute_rebalance`: of legs). As the ledger's, the
//! figures leave out the transfer check and the hooks; the calls add
//! `SecurityLedger::movement_overhead` per movement (see `weights_refund.rs`).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_set_derivatives`.
pub trait WeightInfo {
	fn create_basket(n: u32, ) -> Weight;
	fn issue(n: u32, ) -> Weight;
	fn redeem(n: u32, ) -> Weight;
	fn set_fee() -> Weight;
	fn accrue_fee() -> Weight;
	fn propose_rebalance(n: u32, ) -> Weight;
	fn approve_rebalance() -> Weight;
	fn cancel_rebalance() -> Weight;
	fn execute_rebalance(n: u32, ) -> Weight;
}

/// NOT MEASURED: placeholder estimates for a runtime, priced with its `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Estimate, not measured: the ledger's `create_token` (issuers, next id, hold, token,
	/// definition) and per component one token and one basket-token lookup.
	fn create_basket(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 12_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Estimate, not measured: per component a settlement check and a deposit (two ledger
	/// movements' reads, one's writes) and the vault holding; then the basket token's issuance.
	fn issue(n: u32, ) -> Weight {
		Weight::from_parts(110_000_000, 8_000)
			.saturating_add(Weight::from_parts(95_000_000, 7_500).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	/// Estimate, not measured: the basket token's burn, then per component a settlement and
	/// the vault holding.
	fn redeem(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 8_000)
			.saturating_add(Weight::from_parts(75_000_000, 7_500).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	/// Estimate, not measured: the basket, and the fee's issuance.
	fn set_fee() -> Weight {
		Weight::from_parts(100_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Estimate, not measured: the basket, and the fee's issuance.
	fn accrue_fee() -> Weight {
		Weight::from_parts(100_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Estimate, not measured: the basket, its token's issuer, per component one token and one
	/// basket-token lookup, the hold, the proposal.
	fn propose_rebalance(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Estimate, not measured: the basket and the proposal.
	fn approve_rebalance() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Estimate, not measured: the basket, its token's issuer, the proposal, the release.
	fn cancel_rebalance() -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Estimate, not measured: per leg a price read and a movement in or out (as `issue`'s
	/// legs), then the basket, the proposal and the release.
	fn execute_rebalance(n: u32, ) -> Weight {
		Weight::from_parts(130_000_000, 10_000)
			.saturating_add(Weight::from_parts(100_000_000, 8_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
}

/// NOT MEASURED: the same placeholder estimates, priced with RocksDB defaults, for tests.
impl WeightInfo for () {
	fn create_basket(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 12_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn issue(n: u32, ) -> Weight {
		Weight::from_parts(110_000_000, 8_000)
			.saturating_add(Weight::from_parts(95_000_000, 7_500).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((7_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn redeem(n: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 8_000)
			.saturating_add(Weight::from_parts(75_000_000, 7_500).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn set_fee() -> Weight {
		Weight::from_parts(100_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn accrue_fee() -> Weight {
		Weight::from_parts(100_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn propose_rebalance(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn approve_rebalance() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn cancel_rebalance() -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn execute_rebalance(n: u32, ) -> Weight {
		Weight::from_parts(130_000_000, 10_000)
			.saturating_add(Weight::from_parts(100_000_000, 8_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
}
