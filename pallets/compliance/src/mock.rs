//! A test runtime: system, balances, timestamp, the security-token ledger and compliance as
//! its transfer check and balance hook, with a test double of registrar judgements.

use crate as pallet_compliance;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, Equals},
};
use sp_runtime::BuildStorage;
use std::collections::BTreeSet;
use vellum_primitives::security::{CountryCode, SecurityDefinition, TokenId};

/// An account in the tests.
pub type AccountId = u64;
/// A token balance in the tests.
pub type Balance = u128;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		SecurityToken: pallet_security_token,
		Compliance: pallet_compliance,
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

/// The tests' custodian (an escrow account another pallet would own).
pub const VAULT: AccountId = 50;

parameter_types! {
	pub const Vault: AccountId = VAULT;
	pub const TokenDeposit: Balance = 100;
}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin = frame_support::traits::NeverEnsureOrigin<()>;
	type TransferCheck = Compliance;
	type OnBalanceChange = Compliance;
	type OnHandOver = ();
	type Custodians = Equals<Vault>;
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type AllowanceDeposit = frame_support::traits::ConstU128<1>;
	type FreezeDeposit = frame_support::traits::ConstU128<1>;
	type MaxAgents = ConstU32<4>;
	type MaxBatch = ConstU32<8>;
	type MaxCheckpoints = ConstU32<4>;
	type MaxScheduledPerBlock = ConstU32<2>;
	type MaxSchedulesPerToken = ConstU32<2>;
	type MaxReasonLen = ConstU32<32>;
	type WeightInfo = ();
}

/// Most claims per account in the tests.
pub const MAX_CLAIMS: u32 = 4;
/// Most trusted issuers per list in the tests.
pub const MAX_TRUSTED: u32 = 3;
/// Most complexity in the tests.
pub const MAX_COMPLEXITY: u32 = 24;
/// Most list entries per call in the tests.
pub const MAX_BATCH: u32 = 4;

/// Held for a claim in the tests.
pub const CLAIM_DEPOSIT: Balance = 2;
/// Held on top for a claim's evidence in the tests.
pub const EVIDENCE_DEPOSIT: Balance = 1;
/// Held for a list entry in the tests.
pub const LIST_DEPOSIT: Balance = 3;

impl pallet_compliance::Config for Test {
	type Balance = Balance;
	type Ledger = SecurityToken;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type Identity = Judged;
	type UnixTime = Timestamp;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ClaimDeposit = frame_support::traits::ConstU128<CLAIM_DEPOSIT>;
	type EvidenceDeposit = frame_support::traits::ConstU128<EVIDENCE_DEPOSIT>;
	type ListDeposit = frame_support::traits::ConstU128<LIST_DEPOSIT>;
	type MaxClaims = ConstU32<MAX_CLAIMS>;
	type MaxTrustedIssuers = ConstU32<MAX_TRUSTED>;
	type MaxTopics = ConstU32<3>;
	type MaxRequirements = ConstU32<4>;
	type MaxConditions = ConstU32<4>;
	type MaxConditionIssuers = ConstU32<2>;
	type MaxNamedIssuers = ConstU32<3>;
	type MaxCountries = ConstU32<4>;
	type MaxComplexity = ConstU32<MAX_COMPLEXITY>;
	type MaxBatch = ConstU32<MAX_BATCH>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

std::thread_local! {
	static JUDGED: RefCell<BTreeSet<(AccountId, u32)>> = const { RefCell::new(BTreeSet::new()) };
}

/// Registrar judgements of the tests: a set of (account, registrar) judged good.
pub struct Judged;

impl Judged {
	/// `registrar` judges `who` KnownGood.
	pub fn judge(who: AccountId, registrar: u32) {
		JUDGED.with(|j| j.borrow_mut().insert((who, registrar)));
	}
	/// Nobody is judged.
	pub fn clear() {
		JUDGED.with(|j| j.borrow_mut().clear());
	}
}

impl crate::IdentityJudgements<AccountId> for Judged {
	fn good_judgements(who: &AccountId) -> Vec<u32> {
		JUDGED.with(|j| {
			j.borrow()
				.iter()
				.filter(|(a, _)| a == who)
				.map(|(_, r)| *r)
				.collect()
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set_judged(who: &AccountId) {
		Self::judge(*who, 0);
	}
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

/// The admitted issuer.
pub const ISSUER: AccountId = 1;
/// A compliance agent of the issuer's tokens (granted in the tests that need one).
pub const AGENT: AccountId = 2;
/// A KYC provider.
pub const KYC: AccountId = 5;
/// Another claim issuer.
pub const OTHER: AccountId = 6;
/// Investors.
pub const BOB: AccountId = 10;
pub const CHARLIE: AccountId = 11;
pub const DAVE: AccountId = 12;
/// An account without funds or roles.
pub const NOBODY: AccountId = 99;

/// Creates a token of `issuer` (admitted and funded) with a large maximum supply.
pub fn new_token(issuer: AccountId) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Test>::get();
	SecurityToken::create_token(
		RuntimeOrigin::signed(issuer),
		Box::new(SecurityDefinition::plain_equity(
			b"ACME",
			CountryCode(*b"US"),
			1_000_000,
		)),
	)
	.expect("the issuer is admitted and funded");
	id
}

/// Genesis: ISSUER admitted; every account but NOBODY funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		// Everyone but NOBODY can pay deposits.
		balances: (1..NOBODY).map(|who| (who, 10_000)).collect(),
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
		Judged::clear();
	});
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of compliance and the ledger.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Compliance::do_try_state().expect("compliance invariants hold after the test");
		SecurityToken::do_try_state().expect("ledger invariants hold after the test");
	});
}
