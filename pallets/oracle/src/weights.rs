//! Weights of `pallet_oracle`: hand estimates, **not yet measured**. `scripts/bench.sh`
//! replaces this file with generated weights (do not edit those by hand).
//!
//! Estimated from the storage each call touches (listed per call) for a runtime with 32-byte
//! accounts, `u128` balances, `u32` block numbers, 8 unbonding parts, 16 reporters per feed,
//! 8 categories of 32 bytes, 4 dispute rounds, 8 disputes per round and 8 stakes per account;
//! execution times are guesses of the same order as comparable SDK calls.
//!
//! Storage reads and writes are priced with the runtime's `DbWeight` (`SubstrateWeight`) or
//! RocksDB defaults (`()`, for tests). Proof sizes are the worst case computed from each
//! storage item's `MaxEncodedLen`, or measured where a storage item says `mode: Measured`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_oracle`.
pub trait WeightInfo {
	fn admit_reporter() -> Weight;
	fn remove_reporter() -> Weight;
	fn bond() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn create_feed() -> Weight;
	fn remove_feed(n: u32, ) -> Weight;
	fn join_feed() -> Weight;
	fn leave_feed() -> Weight;
	fn submit(n: u32, ) -> Weight;
	fn close_round(n: u32, ) -> Weight;
	fn fund_feed() -> Weight;
	fn claim_rewards() -> Weight;
	fn ask() -> Weight;
	fn report() -> Weight;
	fn dispute() -> Weight;
	fn finalize() -> Weight;
	fn decide() -> Weight;
	fn claim() -> Weight;
	fn quote(n: u32, ) -> Weight;
	fn outcome() -> Weight;
}

/// Weights estimated for a runtime, priced with its `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	fn admit_reporter() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(15_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn remove_reporter() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(60_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(60_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(30_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(60_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Oracle::Feeds` (r:1 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `SecurityToken::Tokens` (r:1 w:0)
	/// Proof: `SecurityToken::Tokens` (`max_values`: None, `max_size`: Some(117), added: 2592, mode: `MaxEncodedLen`)
	/// Storage: `SecurityToken::Issuers` (r:1 w:0)
	/// Proof: `SecurityToken::Issuers` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn create_feed() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3676.
		// Minimum execution time: not yet measured.
		Weight::from_parts(65_000_000, 3676)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Oracle::Feeds` (r:2 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:1)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Standings` (r:1 w:1)
	/// Proof: `Oracle::Standings` (`max_values`: None, `max_size`: Some(118), added: 2593, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn remove_feed(n: u32, ) -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3676.
		// Minimum execution time: not yet measured.
		Weight::from_parts(70_000_000, 3676)
			.saturating_add(Weight::from_parts(45_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 8000).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:1 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:1)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	fn join_feed() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(30_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Oracle::Feeds` (r:2 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:1)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Standings` (r:1 w:1)
	/// Proof: `Oracle::Standings` (`max_values`: None, `max_size`: Some(118), added: 2593, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn leave_feed() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(65_000_000, 3710)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Oracle::Reporters` (r:1 w:0)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:1)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn submit(n: u32, ) -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3710.
		// Minimum execution time: not yet measured.
		Weight::from_parts(20_000_000, 3710)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2599).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::Feeds` (r:1 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:0)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Standings` (r:1 w:1)
	/// Proof: `Oracle::Standings` (`max_values`: None, `max_size`: Some(118), added: 2593, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reporters` (r:1 w:1)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn close_round(n: u32, ) -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3625.
		// Minimum execution time: not yet measured.
		Weight::from_parts(30_000_000, 3625)
			.saturating_add(Weight::from_parts(40_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 10500).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::Feeds` (r:1 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn fund_feed() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3676.
		// Minimum execution time: not yet measured.
		Weight::from_parts(70_000_000, 3676)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Oracle::Standings` (r:1 w:1)
	/// Proof: `Oracle::Standings` (`max_values`: None, `max_size`: Some(118), added: 2593, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:0)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3676.
		// Minimum execution time: not yet measured.
		Weight::from_parts(60_000_000, 3676)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `SecurityToken::Tokens` (r:1 w:0)
	/// Proof: `SecurityToken::Tokens` (`max_values`: None, `max_size`: Some(117), added: 2592, mode: `MaxEncodedLen`)
	/// Storage: `SecurityToken::Issuers` (r:1 w:0)
	/// Proof: `SecurityToken::Issuers` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reporters` (r:1 w:0)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OpenQuestions` (r:1 w:1)
	/// Proof: `Oracle::OpenQuestions` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::NextQuestionId` (r:1 w:1)
	/// Proof: `Oracle::NextQuestionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Questions` (r:0 w:1)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	fn ask() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(70_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Oracle::Questions` (r:1 w:1)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reporters` (r:1 w:0)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Stakes` (r:1 w:1)
	/// Proof: `Oracle::Stakes` (`max_values`: None, `max_size`: Some(361), added: 2836, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn report() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(90_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Oracle::Questions` (r:1 w:1)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reporters` (r:1 w:0)
	/// Proof: `Oracle::Reporters` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Stakes` (r:1 w:1)
	/// Proof: `Oracle::Stakes` (`max_values`: None, `max_size`: Some(361), added: 2836, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(110_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Oracle::Questions` (r:1 w:1)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OpenQuestions` (r:1 w:1)
	/// Proof: `Oracle::OpenQuestions` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(90_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Oracle::Questions` (r:1 w:1)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OpenQuestions` (r:1 w:1)
	/// Proof: `Oracle::OpenQuestions` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn decide() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(90_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Oracle::Questions` (r:1 w:1)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Stakes` (r:1 w:1)
	/// Proof: `Oracle::Stakes` (`max_values`: None, `max_size`: Some(361), added: 2836, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(75_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Oracle::Feeds` (r:1 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(160), added: 2635, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Reports` (r:1 w:0)
	/// Proof: `Oracle::Reports` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn quote(n: u32, ) -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 3625.
		// Minimum execution time: not yet measured.
		Weight::from_parts(10_000_000, 3625)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2599).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::Questions` (r:1 w:0)
	/// Proof: `Oracle::Questions` (`max_values`: None, `max_size`: Some(1092), added: 3567, mode: `MaxEncodedLen`)
	fn outcome() -> Weight {
		// Proof size (bytes): not yet measured, estimated worst case 4557.
		// Minimum execution time: not yet measured.
		Weight::from_parts(10_000_000, 4557)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
}

/// The same weights priced with RocksDB defaults, for tests and mocks.
impl WeightInfo for () {
	fn admit_reporter() -> Weight {
		Weight::from_parts(15_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_reporter() -> Weight {
		Weight::from_parts(60_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn bond() -> Weight {
		Weight::from_parts(60_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(30_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(60_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn create_feed() -> Weight {
		Weight::from_parts(65_000_000, 3676)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn remove_feed(n: u32, ) -> Weight {
		Weight::from_parts(70_000_000, 3676)
			.saturating_add(Weight::from_parts(45_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 8000).saturating_mul(n.into()))
	}
	fn join_feed() -> Weight {
		Weight::from_parts(30_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn leave_feed() -> Weight {
		Weight::from_parts(65_000_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn submit(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3710)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2599).saturating_mul(n.into()))
	}
	fn close_round(n: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 3625)
			.saturating_add(Weight::from_parts(40_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 10500).saturating_mul(n.into()))
	}
	fn fund_feed() -> Weight {
		Weight::from_parts(70_000_000, 3676)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(60_000_000, 3676)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn ask() -> Weight {
		Weight::from_parts(70_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn report() -> Weight {
		Weight::from_parts(90_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn dispute() -> Weight {
		Weight::from_parts(110_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(90_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn decide() -> Weight {
		Weight::from_parts(90_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn claim() -> Weight {
		Weight::from_parts(75_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn quote(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 3625)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2599).saturating_mul(n.into()))
	}
	fn outcome() -> Weight {
		Weight::from_parts(10_000_000, 4557)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
	}
}
