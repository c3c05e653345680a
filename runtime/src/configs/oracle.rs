//! The oracle: staked reporters feed prices (a token's NAV, FX rates) and report the outcomes
//! of real-world events, which anyone bonded may dispute, up to the council.

use crate::{
	configs::governance::NetworkAdminOrigin, deposit, Balance, Balances, Runtime,
	RuntimeHoldReason, DAYS, MINUTES, UNIT,
};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::Perbill;

parameter_types! {
	/// The account that holds dispute stakes, reward pots and unclaimed rewards.
	pub const OraclePalletId: PalletId = PalletId(*b"vl/oracl");
	/// The least bond a reporter reports with: what persistent outlying or a lost dispute
	/// can cost it.
	pub const MinReporterBond: Balance = 1_000 * UNIT;
	/// Held from an issuer for each NAV feed it creates: a feed record and up to 16 reports
	/// of 106 bytes each.
	pub const FeedDeposit: Balance = deposit(17, 2_200);
	/// Held from the asker of each question: the initial reporter's reward when its report
	/// stands.
	pub const QuestionDeposit: Balance = 50 * UNIT;
	/// What an initial report stakes on its outcome.
	pub const DesignatedBond: Balance = 100 * UNIT;
	/// A dispute whose required stake reaches this escalates to the council instead of
	/// starting another round: no whale outstakes honest reporters outright.
	pub const EscalationThreshold: Balance = 100_000 * UNIT;
	/// The least contribution to a dispute (but the one that fills it).
	pub const MinDisputeStake: Balance = 10 * UNIT;
	/// A reporter outside a round's band for three rounds in a row loses 5% of its bond.
	pub const OutlierSlash: Perbill = Perbill::from_percent(5);
	/// A fifth of the losing stakes is burned, so that disputing oneself never pays.
	pub const LosingBurn: Perbill = Perbill::from_percent(20);
}

impl pallet_oracle::Config for Runtime {
	type TokenBalance = Balance;
	type Ledger = crate::SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council admit reporters, create network feeds and decide
	// escalated questions.
	type AdminOrigin = NetworkAdminOrigin;
	type PalletId = OraclePalletId;
	type MinReporterBond = MinReporterBond;
	type UnbondingDelay = ConstU32<{ 7 * DAYS }>;
	type MaxUnlockingChunks = ConstU32<8>;
	type MaxReportersPerFeed = ConstU32<16>;
	type MaxFeedsPerReporter = ConstU32<32>;
	type MaxValuesPerCall = ConstU32<32>;
	type FeedDeposit = FeedDeposit;
	// Ten-minute rounds; an outlier for three scored rounds in a row is slashed.
	type RoundLength = ConstU32<{ 10 * MINUTES }>;
	type OutlierSlash = OutlierSlash;
	type OutlierRounds = ConstU32<3>;
	type QuestionDeposit = QuestionDeposit;
	type MaxOpenQuestionsPerToken = ConstU32<8>;
	type MaxLabels = ConstU32<8>;
	type MaxLabelLen = ConstU32<32>;
	// A day for the designated reporter, then open reporting; a day to dispute the initial
	// report and two for the dispute of that dispute; after two rounds of disputes the
	// council decides.
	type DesignatedWindow = ConstU32<DAYS>;
	type DesignatedBond = DesignatedBond;
	type DisputeWindow = ConstU32<DAYS>;
	type MaxDisputeWindow = ConstU32<{ 14 * DAYS }>;
	type MaxDisputeRounds = ConstU32<2>;
	type EscalationThreshold = EscalationThreshold;
	type LosingBurn = LosingBurn;
	type MinDisputeStake = MinDisputeStake;
	type MaxOpenDisputes = ConstU32<4>;
	type MaxContributors = ConstU32<16>;
	type MaxStakesPerAccount = ConstU32<8>;
	type WeightInfo = pallet_oracle::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::tokens::BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_oracle::BenchmarkHelper<crate::AccountId> for crate::configs::tokens::BenchmarkHelper {
	fn create_token(issuer: &crate::AccountId) -> vellum_primitives::security::TokenId {
		<Self as pallet_compliance::BenchmarkHelper<crate::AccountId>>::create_token(issuer)
	}
}
