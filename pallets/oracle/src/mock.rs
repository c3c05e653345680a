//! A test runtime: system, balances, timestamp, the security-token ledger (for token issuers)
//! and the oracle, governed by root.

use crate as pallet_oracle;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Nothing},
	PalletId,
};
use sp_runtime::{BuildStorage, Perbill};
use vellum_primitives::security::{CountryCode, SecurityDefinition, TokenId};

/// An account in the tests.
pub type AccountId = u64;
/// A native (and token) balance in the tests.
pub type Balance = u128;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		SecurityToken: pallet_security_token,
		Oracle: pallet_oracle,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin = frame_support::traits::NeverEnsureOrigin<()>;
	type TransferCheck = ();
	type OnBalanceChange = ();
	type OnHandOver = ();
	type UnixTime = Timestamp;
	type TokenDeposit = ConstU128<100>;
	type AllowanceDeposit = ConstU128<1>;
	type FreezeDeposit = ConstU128<1>;
	type MaxAgents = ConstU32<4>;
	type MaxBatch = ConstU32<8>;
	type MaxCheckpoints = ConstU32<4>;
	type MaxScheduledPerBlock = ConstU32<2>;
	type MaxSchedulesPerToken = ConstU32<2>;
	type MaxReasonLen = ConstU32<32>;
	type Custodians = Nothing;
	type WeightInfo = ();
}

/// The least bond of a reporter.
pub const MIN_BOND: Balance = 1_000;
/// Blocks an unbonded amount waits.
pub const UNBONDING_DELAY: u64 = 10;
/// Most unbonding parts.
pub const MAX_UNLOCKING: u32 = 3;
/// Most reporters per feed.
pub const MAX_REPORTERS: u32 = 5;
/// Most feeds per reporter.
pub const MAX_FEEDS: u32 = 3;
/// Most values per submission.
pub const MAX_VALUES: u32 = 4;
/// An issuer's deposit per feed.
pub const FEED_DEPOSIT: Balance = 50;
/// Blocks per round.
pub const ROUND: u64 = 10;
/// Scored outlier rounds in a row before a slash.
pub const OUTLIER_ROUNDS: u32 = 3;
/// An issuer's deposit per question.
pub const QUESTION_DEPOSIT: Balance = 100;
/// Most open questions per token.
pub const MAX_QUESTIONS: u32 = 2;
/// The designated reporter's window.
pub const DESIGNATED_WINDOW: u64 = 10;
/// The initial report's stake.
pub const DESIGNATED_BOND: Balance = 100;
/// The initial report's dispute window.
pub const DISPUTE_WINDOW: u64 = 5;
/// The longest dispute window.
pub const MAX_DISPUTE_WINDOW: u64 = 30;
/// Successful disputes before escalation.
pub const MAX_DISPUTE_ROUNDS: u32 = 3;
/// The least contribution to a dispute.
pub const MIN_DISPUTE_STAKE: Balance = 10;
/// Most disputes being filled per round.
pub const MAX_OPEN_DISPUTES: u32 = 2;
/// Most stakers per dispute.
pub const MAX_CONTRIBUTORS: u32 = 3;
/// Most stakes per account and question.
pub const MAX_STAKES: u32 = 3;

parameter_types! {
	pub const OraclePalletId: PalletId = PalletId(*b"vl/orcle");
	pub const MinReporterBond: Balance = MIN_BOND;
	pub const FeedDeposit: Balance = FEED_DEPOSIT;
	pub const OutlierSlash: Perbill = Perbill::from_percent(10);
	pub const QuestionDeposit: Balance = QUESTION_DEPOSIT;
	pub const DesignatedBond: Balance = DESIGNATED_BOND;
	pub const LosingBurn: Perbill = Perbill::from_percent(50);
	pub const MinDisputeStake: Balance = MIN_DISPUTE_STAKE;
	/// Set lower by the tests of escalation by stake.
	pub storage EscalationThreshold: Balance = 1_000_000;
}

impl pallet_oracle::Config for Test {
	type TokenBalance = Balance;
	type Ledger = SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type PalletId = OraclePalletId;
	type MinReporterBond = MinReporterBond;
	type UnbondingDelay = ConstU64<UNBONDING_DELAY>;
	type MaxUnlockingChunks = ConstU32<MAX_UNLOCKING>;
	type MaxReportersPerFeed = ConstU32<MAX_REPORTERS>;
	type MaxFeedsPerReporter = ConstU32<MAX_FEEDS>;
	type MaxValuesPerCall = ConstU32<MAX_VALUES>;
	type FeedDeposit = FeedDeposit;
	type RoundLength = ConstU64<ROUND>;
	type OutlierSlash = OutlierSlash;
	type OutlierRounds = ConstU32<OUTLIER_ROUNDS>;
	type QuestionDeposit = QuestionDeposit;
	type MaxOpenQuestionsPerToken = ConstU32<MAX_QUESTIONS>;
	type MaxLabels = ConstU32<4>;
	type MaxLabelLen = ConstU32<16>;
	type DesignatedWindow = ConstU64<DESIGNATED_WINDOW>;
	type DesignatedBond = DesignatedBond;
	type DisputeWindow = ConstU64<DISPUTE_WINDOW>;
	type MaxDisputeWindow = ConstU64<MAX_DISPUTE_WINDOW>;
	type MaxDisputeRounds = ConstU32<MAX_DISPUTE_ROUNDS>;
	type EscalationThreshold = EscalationThreshold;
	type LosingBurn = LosingBurn;
	type MinDisputeStake = MinDisputeStake;
	type MaxOpenDisputes = ConstU32<MAX_OPEN_DISPUTES>;
	type MaxContributors = ConstU32<MAX_CONTRIBUTORS>;
	type MaxStakesPerAccount = ConstU32<MAX_STAKES>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

/// Creates tokens for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct Helper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Helper {
	fn create_token(issuer: &AccountId) -> TokenId {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(issuer, 1_000);
		let _ = SecurityToken::admit_issuer(RuntimeOrigin::root(), *issuer);
		new_token(*issuer)
	}
}

/// An admitted token issuer.
pub const ISSUER: AccountId = 1;
/// A second admitted issuer.
pub const OTHER_ISSUER: AccountId = 2;
/// Reporters (admitted and bonded by the tests' helpers).
pub const ALICE: AccountId = 10;
pub const BOB: AccountId = 11;
pub const CHARLIE: AccountId = 12;
pub const DAVE: AccountId = 13;
pub const EVE: AccountId = 14;
pub const FERDIE: AccountId = 15;
/// A rich account that outstakes the others.
pub const WHALE: AccountId = 20;
/// A funded account that is no reporter.
pub const FUNDER: AccountId = 30;
/// An account without funds or roles.
pub const NOBODY: AccountId = 99;

/// Native balance of every funded account at genesis.
pub const FUNDS: Balance = 100_000;
/// The whale's balance.
pub const WHALE_FUNDS: Balance = 10_000_000;

/// Creates a token of `issuer` (admitted and funded).
pub fn new_token(issuer: AccountId) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Test>::get();
	SecurityToken::create_token(
		RuntimeOrigin::signed(issuer),
		Box::new(SecurityDefinition::plain_equity(
			b"FUND",
			CountryCode(*b"LU"),
			1_000_000,
		)),
	)
	.expect("the issuer is admitted and funded");
	id
}

/// Genesis: ISSUER and OTHER_ISSUER admitted issuers; everyone named funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	let mut balances: Vec<(AccountId, Balance)> = [
		ISSUER,
		OTHER_ISSUER,
		ALICE,
		BOB,
		CHARLIE,
		DAVE,
		EVE,
		FERDIE,
		FUNDER,
	]
	.into_iter()
	.map(|a| (a, FUNDS))
	.collect();
	balances.push((WHALE, WHALE_FUNDS));
	pallet_balances::GenesisConfig::<Test> {
		balances,
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_security_token::GenesisConfig::<Test> {
		issuers: vec![ISSUER, OTHER_ISSUER],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of the oracle.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Oracle::do_try_state().expect("oracle invariants hold after the test");
	});
}
