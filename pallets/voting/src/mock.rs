//! A test runtime: system, balances, timestamp, the real security-token ledger (with voting as
//! its balance-change hook), the scheduler, voting, and a probe pallet whose call only
//! the holders of a token may make (to watch enactment).

use crate as pallet_voting;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, EqualPrivilegeOnly, Equals},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};
use vellum_primitives::security::{CountryCode, SecurityDefinition, TokenId};

/// An account in the tests.
pub type AccountId = u64;
/// A balance (native and token) in the tests.
pub type Balance = u128;

type Block = frame_system::mocking::MockBlock<Test>;

/// A pallet whose only call needs the `TokenHolders` origin of the token it names.
#[frame_support::pallet]
pub mod pallet_probe {
	use frame_support::{pallet_prelude::*, traits::EnsureOriginWithArg};
	use frame_system::pallet_prelude::*;
	use vellum_primitives::security::TokenId;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The holders of a token.
		type HoldersOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, TokenId>;
	}

	/// The tokens whose holders acted, in order.
	#[pallet::storage]
	pub type Acted<T> = StorageValue<_, BoundedVec<TokenId, ConstU32<8>>, ValueQuery>;

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Records that the holders of `token` acted.
		#[pallet::call_index(0)]
		#[pallet::weight(Weight::from_parts(1_000, 0))]
		pub fn act(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			T::HoldersOrigin::ensure_origin(origin, &token)?;
			Acted::<T>::try_mutate(|v| v.try_push(token)).map_err(|_| DispatchError::Exhausted)
		}
	}
}

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		SecurityToken: pallet_security_token,
		Scheduler: pallet_scheduler,
		Voting: pallet_voting,
		Probe: pallet_probe,
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

/// The tests' custodian (an escrow another pallet would own).
pub const VAULT: AccountId = 50;
/// Checkpoints the ledger (and the follow history) retain.
pub const MAX_CHECKPOINTS: u32 = 4;

parameter_types! {
	pub const Vault: AccountId = VAULT;
	pub const TokenDeposit: Balance = 100;
}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type HoldersOrigin = pallet_voting::EnsureTokenHolders<RuntimeOrigin>;
	type TransferCheck = ();
	type OnBalanceChange = Voting;
	type OnHandOver = ();
	type Custodians = Equals<Vault>;
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type AllowanceDeposit = frame_support::traits::ConstU128<1>;
	type FreezeDeposit = frame_support::traits::ConstU128<1>;
	type MaxAgents = ConstU32<4>;
	type MaxBatch = ConstU32<8>;
	type MaxCheckpoints = ConstU32<MAX_CHECKPOINTS>;
	type MaxScheduledPerBlock = ConstU32<2>;
	type MaxSchedulesPerToken = ConstU32<2>;
	type MaxReasonLen = ConstU32<32>;
	type WeightInfo = ();
}

parameter_types! {
	pub MaximumSchedulerWeight: Weight = Weight::from_parts(2_000_000_000_000, u64::MAX);
}

impl pallet_scheduler::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<4>;
	type WeightInfo = ();
	type Preimages = ();
	type BlockNumberProvider = System;
}

/// Held from a signed proposer.
pub const PROPOSAL_DEPOSIT: Balance = 50;
/// Held per follow.
pub const FOLLOW_DEPOSIT: Balance = 5;
/// The longest follow chain.
pub const DEPTH: u32 = 4;
/// Most open resolutions per token.
pub const MAX_ACTIVE: u32 = 3;
/// Of which by holders.
pub const MAX_HOLDER_PROPOSALS: u32 = 2;
/// Most funders per reward.
pub const MAX_FUNDERS: u32 = 2;
/// Voting periods.
pub const MIN_PERIOD: u64 = 5;
pub const MAX_PERIOD: u64 = 1_000;
/// Wait-for-quiet.
pub const WFQ: u64 = 10;
/// Longest delays.
pub const MAX_DELAY: u64 = 500;
/// The default enactment delay and claim period.
pub const ENACTMENT_DELAY: u64 = 3;
pub const CLAIM_PERIOD: u64 = 20;

/// The default settings of the tests: ordinary 20% quorum, more than half; special 50%
/// quorum, 75%; proposals from 10% of the supply; 5% quorum tolerance.
pub fn default_settings() -> pallet_voting::TokenSettings<u64> {
	pallet_voting::TokenSettings {
		ordinary: pallet_voting::Thresholds {
			quorum: Perbill::from_percent(20),
			approval: Perbill::from_parts(500_000_001),
		},
		special: pallet_voting::Thresholds {
			quorum: Perbill::from_percent(50),
			approval: Perbill::from_percent(75),
		},
		proposal_threshold: Perbill::from_percent(10),
		quorum_tolerance: Perbill::from_percent(5),
		claim_period: CLAIM_PERIOD,
		enactment_delay: ENACTMENT_DELAY,
	}
}

parameter_types! {
	pub DefaultSettings: pallet_voting::TokenSettings<u64> = default_settings();
}

impl pallet_voting::Config for Test {
	type Balance = Balance;
	type Ledger = SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Scheduler = Scheduler;
	type PalletsOrigin = OriginCaller;
	type ProposalDeposit = frame_support::traits::ConstU128<PROPOSAL_DEPOSIT>;
	type FollowDeposit = frame_support::traits::ConstU128<FOLLOW_DEPOSIT>;
	type MaxFollowDepth = ConstU32<DEPTH>;
	type MaxActivePerToken = ConstU32<MAX_ACTIVE>;
	type MaxHolderProposals = ConstU32<MAX_HOLDER_PROPOSALS>;
	type MaxCheckpoints = ConstU32<MAX_CHECKPOINTS>;
	type MaxFunders = ConstU32<MAX_FUNDERS>;
	type MinVotingPeriod = frame_support::traits::ConstU64<MIN_PERIOD>;
	type MaxVotingPeriod = frame_support::traits::ConstU64<MAX_PERIOD>;
	type MaxDelay = frame_support::traits::ConstU64<MAX_DELAY>;
	type WaitForQuiet = frame_support::traits::ConstU64<WFQ>;
	type DefaultSettings = DefaultSettings;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

impl pallet_probe::Config for Test {
	type HoldersOrigin = pallet_voting::EnsureTokenHolders<RuntimeOrigin>;
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
		new_token(*issuer, 1)
	}
}

/// The admitted issuer.
pub const ISSUER: AccountId = 1;
/// Holders.
pub const BOB: AccountId = 10;
pub const CHARLIE: AccountId = 11;
pub const DAVE: AccountId = 12;
pub const EVE: AccountId = 13;
pub const FERDIE: AccountId = 14;
/// An account without funds.
pub const NOBODY: AccountId = 99;

/// Creates an equity token of `issuer` with `votes_per_share` votes per unit.
pub fn new_token(issuer: AccountId, votes_per_share: u32) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Test>::get();
	let mut def = SecurityDefinition::plain_equity(b"ACME", CountryCode(*b"US"), u64::MAX.into());
	if let vellum_primitives::security::InstrumentTerms::Equity {
		votes_per_share: v, ..
	} = &mut def.terms
	{
		*v = votes_per_share;
	}
	SecurityToken::create_token(RuntimeOrigin::signed(issuer), Box::new(def))
		.expect("the issuer is admitted and funded");
	id
}

/// Genesis: ISSUER admitted; every account below 90 (VAULT included) funded with 10 000.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..90).map(|who| (who, 10_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_security_token::GenesisConfig::<Test> {
		issuers: vec![ISSUER],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		// The ledger reads the clock when it takes checkpoints.
		Timestamp::set_timestamp(1_700_000_000_000);
	});
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of voting and the ledger.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Voting::do_try_state().expect("voting invariants hold after the test");
		SecurityToken::do_try_state().expect("ledger invariants hold after the test");
	});
}
