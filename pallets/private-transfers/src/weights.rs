//! Weights of `pallet_private_transfers`.
//!
//! Not yet measured: these are estimates, set high on purpose (a transfer's proof verification
//! is charged 25 ms plus 2 ms per reader), until `scripts/bench.sh` runs the pallet's
//! benchmarks in the runtime and regenerates this file.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_private_transfers`.
pub trait WeightInfo {
	fn enable_confidential_mode(a: u32, ) -> Weight;
	fn set_auditors(a: u32, ) -> Weight;
	fn disable_confidential_mode() -> Weight;
	fn register() -> Weight;
	fn close() -> Weight;
	fn deposit() -> Weight;
	fn apply_pending() -> Weight;
	fn confidential_transfer(a: u32, ) -> Weight;
	fn withdraw() -> Weight;
}

/// Weights for a runtime, priced with its `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn enable_confidential_mode(a: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(Weight::from_parts(200_000_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn set_auditors(a: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(200_000_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn disable_confidential_mode() -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn register() -> Weight {
		Weight::from_parts(1_500_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn close() -> Weight {
		Weight::from_parts(2_000_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn deposit() -> Weight {
		Weight::from_parts(1_500_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn apply_pending() -> Weight {
		Weight::from_parts(1_500_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn confidential_transfer(a: u32, ) -> Weight {
		Weight::from_parts(25_000_000_000, 10_000)
			.saturating_add(Weight::from_parts(2_000_000_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(20_000_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same estimates priced with RocksDB defaults, for tests.
impl WeightInfo for () {
	fn enable_confidential_mode(a: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(Weight::from_parts(200_000_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(5, 3))
	}
	fn set_auditors(a: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(200_000_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(4, 1))
	}
	fn disable_confidential_mode() -> Weight {
		Weight::from_parts(50_000_000, 4_000).saturating_add(RocksDbWeight::get().reads_writes(5, 3))
	}
	fn register() -> Weight {
		Weight::from_parts(1_500_000_000, 4_000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn close() -> Weight {
		Weight::from_parts(2_000_000_000, 4_000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn deposit() -> Weight {
		Weight::from_parts(1_500_000_000, 8_000).saturating_add(RocksDbWeight::get().reads_writes(6, 4))
	}
	fn apply_pending() -> Weight {
		Weight::from_parts(1_500_000_000, 4_000).saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn confidential_transfer(a: u32, ) -> Weight {
		Weight::from_parts(25_000_000_000, 10_000)
			.saturating_add(Weight::from_parts(2_000_000_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(8, 2))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(20_000_000_000, 8_000).saturating_add(RocksDbWeight::get().reads_writes(6, 4))
	}
}
