//! A test runtime: system, balances, timestamp and the security-token pallet, with the test
//! doubles of `vellum_primitives::testing` as transfer check and balance-change hook.

use crate as pallet_security_token;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, Equals},
};
use sp_runtime::BuildStorage;
use vellum_primitives::testing::{DenyList, Recorder};

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
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	// Priced storage access, so refunds of skipped accesses are visible in the tests.
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

/// The deposit per token.
pub const DEPOSIT: Balance = 100;
/// Held from a holder per allowance.
pub const ALLOWANCE_DEPOSIT: Balance = 3;
/// Held from an agent per account freeze.
pub const FREEZE_DEPOSIT: Balance = 5;
/// Checkpoints retained per token.
pub const MAX_CHECKPOINTS: u32 = 4;
/// Most entries in a batch.
pub const MAX_BATCH: u32 = 8;
/// Most agents per token.
pub const MAX_AGENTS: u32 = 3;

/// In these tests the holders of token `t` act as the signed account `HOLDERS + t` (in the
/// runtime, a passed resolution of the voting pallet).
pub const HOLDERS: AccountId = 9_000;

/// Accepts the holders' stand-in account of the token given.
pub struct TestHolders;

impl frame_support::traits::EnsureOriginWithArg<RuntimeOrigin, vellum_primitives::security::TokenId>
	for TestHolders
{
	type Success = ();

	fn try_origin(
		o: RuntimeOrigin,
		token: &vellum_primitives::security::TokenId,
	) -> Result<(), RuntimeOrigin> {
		match o.clone().into() {
			Ok(frame_system::RawOrigin::Signed(who)) if who == HOLDERS + u64::from(*token) => {
				Ok(())
			}
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(
		token: &vellum_primitives::security::TokenId,
	) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(HOLDERS + u64::from(*token)))
	}
}

/// The holders of `token`, as an origin.
pub fn holders_origin(token: vellum_primitives::security::TokenId) -> RuntimeOrigin {
	RuntimeOrigin::signed(HOLDERS + u64::from(token))
}

/// The tests' custodian (an escrow account another pallet would own).
pub const VAULT: AccountId = 50;

parameter_types! {
	pub const TokenDeposit: Balance = DEPOSIT;
	pub const AllowanceDeposit: Balance = ALLOWANCE_DEPOSIT;
	pub const FreezeDeposit: Balance = FREEZE_DEPOSIT;
	pub const Vault: AccountId = VAULT;
}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin = TestHolders;
	type TransferCheck = DenyList;
	type OnBalanceChange = Recorder;
	type OnHandOver = ();
	type Custodians = Equals<Vault>;
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type AllowanceDeposit = AllowanceDeposit;
	type FreezeDeposit = FreezeDeposit;
	type MaxAgents = ConstU32<MAX_AGENTS>;
	type MaxBatch = ConstU32<MAX_BATCH>;
	type MaxCheckpoints = ConstU32<MAX_CHECKPOINTS>;
	type MaxScheduledPerBlock = ConstU32<2>;
	type MaxSchedulesPerToken = ConstU32<3>;
	type MaxReasonLen = ConstU32<32>;
	type WeightInfo = ();
}

/// The admitted issuer.
pub const ISSUER: AccountId = 1;
/// A supply agent.
pub const AGENT: AccountId = 2;
/// Investors.
pub const BOB: AccountId = 10;
pub const CHARLIE: AccountId = 11;
pub const DAVE: AccountId = 12;
/// An account without funds or roles.
pub const NOBODY: AccountId = 99;

/// Genesis: ISSUER admitted; ISSUER, AGENT and the holders BOB to FERDIE (10 to 14) funded
/// with 10 000 native units each (NOBODY has nothing).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ISSUER, 10_000),
			(AGENT, 10_000),
			(BOB, 10_000),
			(CHARLIE, 10_000),
			(DAVE, 10_000),
			(13, 10_000),
			(14, 10_000),
		],
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
		DenyList::clear();
		let _ = Recorder::take();
	});
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of the ledger.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		SecurityToken::do_try_state().expect("ledger invariants hold after the test");
	});
}
