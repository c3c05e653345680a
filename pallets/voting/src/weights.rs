//! Weights of `pallet_voting`.
//!
//! Not yet measured: hand estimates, to be replaced by the next `scripts/bench.sh` run (the
//! benchmarks are in `benchmarking.rs`). The storage each call reads and writes is counted from
//! the code; execution times are estimates from similar SDK calls; proof sizes are worst cases
//! from each storage item's `MaxEncodedLen` (`MaxFollowDepth` 8, `MaxCheckpoints` 32, an
//! account of 32 bytes), as the benchmarks will compute them.
//!
//! `d`: ancestors walked (follow depth, 0 to `MaxFollowDepth`); `f`: followers of the account
//! (the benchmarks show they cost nothing); `n`: funders or records.
//!
//! Storage reads and writes are priced with the runtime's `DbWeight` (`SubstrateWeight`) or
//! RocksDB defaults (`()`, for tests).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_voting`.
pub trait WeightInfo {
	fn propose() -> Weight;
	fn vote(d: u32, f: u32, ) -> Weight;
	fn close() -> Weight;
	fn cancel() -> Weight;
	fn follow(d: u32, f: u32, ) -> Weight;
	fn set_token_settings() -> Weight;
	fn fund_reward() -> Weight;
	fn claim_reward(d: u32, ) -> Weight;
	fn reclaim_reward(n: u32, ) -> Weight;
	fn clear_resolution(n: u32, ) -> Weight;
	fn on_balance_change(d: u32, f: u32, ) -> Weight;
	fn on_balance_change_unfollowed() -> Weight;
}

/// Weights for a runtime, priced with its `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `SecurityToken::Tokens` (r:1 w:1), `SecurityToken::Definitions` (r:1 w:0),
	/// `SecurityToken::Holdings` (r:1 w:0), `SecurityToken::Checkpoints` (r:1 w:1),
	/// `SecurityToken::Issuers` (r:1 w:0), `Voting::Settings` (r:1 w:0), `Voting::Active`
	/// (r:1 w:1), `Voting::NextResolution` (r:1 w:1), `Balances::Holds` (r:1 w:1),
	/// `Voting::Resolutions` (r:0 w:1), `Voting::ResolutionCalls` (r:0 w:1)
	fn propose() -> Weight {
		// Not yet measured.
		Weight::from_parts(75_000_000, 16_500)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:1), `Voting::VoteRecords` (r:1+d w:1+d),
	/// `SecurityToken::Tokens` (r:1 w:0), `SecurityToken::BalanceHistory` (r:1 w:0),
	/// `SecurityToken::Holdings` (r:1 w:0),
	/// `Voting::Nodes` (r:1+d w:0), `Voting::LinkHistory` (r:1+d w:0)
	fn vote(d: u32, _f: u32, ) -> Weight {
		// Not yet measured.
		Weight::from_parts(38_000_000, 24_000)
			.saturating_add(Weight::from_parts(9_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 9_700).saturating_mul(d.into()))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:1), `Balances::Holds` (r:1 w:1), `Voting::Active`
	/// (r:1 w:1), `Voting::ResolutionCalls` (r:1 w:1), `Scheduler::Lookup` (r:1 w:1),
	/// `Scheduler::Agenda` (r:1 w:1)
	fn close() -> Weight {
		// Not yet measured; the scheduler's agenda dominates the proof.
		Weight::from_parts(70_000_000, 45_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:1), `Balances::Holds` (r:1 w:1), `Voting::Active`
	/// (r:1 w:1), `Voting::ResolutionCalls` (r:1 w:1)
	fn cancel() -> Weight {
		// Not yet measured.
		Weight::from_parts(45_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `SecurityToken::Tokens` (r:1 w:0), `SecurityToken::Holdings` (r:1 w:0),
	/// `Voting::FollowEdges` (r:1 w:1), `Balances::Holds` (r:1 w:1), `Voting::Nodes`
	/// (r:1+8d w:1+8d), `Voting::LinkHistory` (r:8d w:8d)
	fn follow(d: u32, _f: u32, ) -> Weight {
		// Not yet measured: the old and the new chain of every topic (a catch-all change).
		Weight::from_parts(60_000_000, 8_600)
			.saturating_add(Weight::from_parts(24_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((16_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((16_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 52_000).saturating_mul(d.into()))
	}
	/// Storage: `SecurityToken::Tokens` (r:1 w:0), `SecurityToken::Issuers` (r:1 w:0),
	/// `Voting::Settings` (r:0 w:1)
	fn set_token_settings() -> Weight {
		// Not yet measured.
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:0), `Voting::RewardFunders` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `Voting::RewardPools` (r:1 w:1)
	fn fund_reward() -> Weight {
		// Not yet measured.
		Weight::from_parts(45_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:0), `Voting::RewardPools` (r:1 w:1),
	/// `Voting::VoteRecords` (r:1+d w:1), `Voting::Nodes` (r:1+d w:0), `Voting::LinkHistory`
	/// (r:1+d w:0), the ledger's balance at the record date (r:4), `Voting::RewardFunders`
	/// (r:1 w:1), `Balances::Holds` and `System::Account` of the funders (r:2 w:2)
	fn claim_reward(d: u32, ) -> Weight {
		// Not yet measured (one funder paying).
		Weight::from_parts(70_000_000, 16_000)
			.saturating_add(Weight::from_parts(7_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 8_900).saturating_mul(d.into()))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:0), `Voting::RewardPools` (r:1 w:1),
	/// `Voting::RewardFunders` (r:1 w:1), `Balances::Holds` (r:n w:n)
	fn reclaim_reward(n: u32, ) -> Weight {
		// Not yet measured.
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(Weight::from_parts(25_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3_600).saturating_mul(n.into()))
	}
	/// Storage: `Voting::Resolutions` (r:1 w:1), `Voting::RewardPools` (r:1 w:0),
	/// `Voting::VoteRecords` (r:1+n w:n)
	fn clear_resolution(n: u32, ) -> Weight {
		// Not yet measured.
		Weight::from_parts(20_000_000, 3_800)
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	/// Storage: `Voting::FollowEdges` (r:1 w:0), `SecurityToken::Tokens` (r:1 w:0),
	/// `Voting::Nodes` (r:2+8d w:8d), `Voting::LinkHistory` (r:8d w:8d)
	fn on_balance_change(d: u32, _f: u32, ) -> Weight {
		// Not yet measured: both sides, every topic on its own chain.
		Weight::from_parts(15_000_000, 9_000)
			.saturating_add(Weight::from_parts(16_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((16_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((16_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 52_000).saturating_mul(d.into()))
	}
	/// Storage: `Voting::FollowEdges` (r:1 w:0)
	fn on_balance_change_unfollowed() -> Weight {
		// Not yet measured.
		Weight::from_parts(2_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
}

// For tests: RocksDB prices.
impl WeightInfo for () {
	fn propose() -> Weight {
		Weight::from_parts(75_000_000, 16_500)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn vote(d: u32, _f: u32, ) -> Weight {
		Weight::from_parts(38_000_000, 24_000)
			.saturating_add(Weight::from_parts(9_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 9_700).saturating_mul(d.into()))
	}
	fn close() -> Weight {
		Weight::from_parts(70_000_000, 45_000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(45_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn follow(d: u32, _f: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 8_600)
			.saturating_add(Weight::from_parts(24_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((16_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((16_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 52_000).saturating_mul(d.into()))
	}
	fn set_token_settings() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn fund_reward() -> Weight {
		Weight::from_parts(45_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn claim_reward(d: u32, ) -> Weight {
		Weight::from_parts(70_000_000, 16_000)
			.saturating_add(Weight::from_parts(7_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(Weight::from_parts(0, 8_900).saturating_mul(d.into()))
	}
	fn reclaim_reward(n: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(Weight::from_parts(25_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3_600).saturating_mul(n.into()))
	}
	fn clear_resolution(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3_800)
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(n.into()))
	}
	fn on_balance_change(d: u32, _f: u32, ) -> Weight {
		Weight::from_parts(15_000_000, 9_000)
			.saturating_add(Weight::from_parts(16_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((16_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((16_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 52_000).saturating_mul(d.into()))
	}
	fn on_balance_change_unfollowed() -> Weight {
		Weight::from_parts(2_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
	}
}
