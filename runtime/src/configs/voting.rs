//! Voting: holder resolutions on security tokens, at a record-date checkpoint, with
//! liquid-democracy following; a passed resolution's call runs as the token's holders
//! (`TokenHolders { token }`), which security-token accepts for that token's hand-over, roles
//! and pauses.

use crate::{
	configs::{governance::NetworkAdminOrigin, tokens::MAX_CHECKPOINTS},
	deposit, AccountId, Balance, Balances, BlockNumber, OriginCaller, Runtime, RuntimeHoldReason,
	Scheduler, DAYS, HOURS, UNIT,
};
use codec::MaxEncodedLen;
use frame_support::{parameter_types, traits::ConstU32};
use pallet_voting::{FollowNodeOf, LinkSnapshot, Thresholds, TokenSettings};
use sp_runtime::Perbill;
use vellum_primitives::security::CheckpointId;

/// The most checkpoints a follow node's topic history keeps (the ledger's retention).
type History =
	frame_support::BoundedVec<(CheckpointId, LinkSnapshot<AccountId>), ConstU32<MAX_CHECKPOINTS>>;

parameter_types! {
	/// Held from a holder that proposes: the reject cost (burned when its resolution is
	/// rejected), and the resolution's record, call and counters (~400 bytes).
	pub const ProposalDeposit: Balance = 100 * UNIT;
	/// Held per follow: the follower's node and one followee node the follow may create,
	/// each with its four topics' histories at full retention.
	pub FollowDeposit: Balance = deposit(
		10,
		(2 * FollowNodeOf::<Runtime>::max_encoded_len() + 8 * History::max_encoded_len()) as u32,
	);
	/// A token's settings until its issuer sets its own: ordinary resolutions need a quarter
	/// of the votes to take part and more than half of those cast for; special ones half
	/// and three quarters. Holders with 5% of the supply may propose.
	pub DefaultSettings: TokenSettings<BlockNumber> = TokenSettings {
		ordinary: Thresholds {
			quorum: Perbill::from_percent(25),
			approval: Perbill::from_parts(500_000_001),
		},
		special: Thresholds {
			quorum: Perbill::from_percent(50),
			approval: Perbill::from_percent(75),
		},
		proposal_threshold: Perbill::from_percent(5),
		quorum_tolerance: Perbill::from_percent(5),
		claim_period: 30 * DAYS,
		enactment_delay: DAYS,
	};
}

impl pallet_voting::Config for Runtime {
	type Balance = Balance;
	type Ledger = crate::SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council ask a token's holders (no deposit) and cancel.
	type AdminOrigin = NetworkAdminOrigin;
	type Scheduler = Scheduler;
	type PalletsOrigin = OriginCaller;
	type ProposalDeposit = ProposalDeposit;
	type FollowDeposit = FollowDeposit;
	// A vote walks at most 8 ancestors; a balance change at most 8 per topic.
	type MaxFollowDepth = ConstU32<8>;
	type MaxActivePerToken = ConstU32<8>;
	// Holders may fill half the slots; the issuer and the network always find room.
	type MaxHolderProposals = ConstU32<4>;
	type MaxCheckpoints = ConstU32<MAX_CHECKPOINTS>;
	type MaxFunders = ConstU32<16>;
	// An hour at least (an urgent vote the network asks for), a quarter at most; decided
	// early once one side holds an absolute majority of all votes.
	type MinVotingPeriod = ConstU32<HOURS>;
	type MaxVotingPeriod = ConstU32<{ 90 * DAYS }>;
	type MaxDelay = ConstU32<{ 90 * DAYS }>;
	// A late flip of the lead extends the vote by up to 12 hours, at most 24 in total.
	type WaitForQuiet = ConstU32<{ 12 * HOURS }>;
	type DefaultSettings = DefaultSettings;
	type WeightInfo = pallet_voting::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::tokens::BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_voting::BenchmarkHelper<AccountId> for crate::configs::tokens::BenchmarkHelper {
	fn create_token(issuer: &AccountId) -> vellum_primitives::security::TokenId {
		<Self as pallet_compliance::BenchmarkHelper<AccountId>>::create_token(issuer)
	}
}
