//! A test runtime: system, balances, timestamp, the real security-token ledger (with a
//! per-token deny list as its transfer check, and the pallet's pool as its custodian) and
//! private-transfers, with a test double of the rules that read amounts.

use crate as pallet_private_transfers;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, Equals},
	weights::Weight,
	PalletId,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};
use std::collections::BTreeSet;
use vellum_primitives::{
	ledger::{AmountRules, LedgerState, Movement, ReasonCode, TransferCheck},
	security::{CountryCode, SecurityDefinition, TokenId},
};

/// An account in the tests.
pub type AccountId = u64;
/// A balance (native and token) in the tests.
pub type Balance = u128;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		SecurityToken: pallet_security_token,
		PrivateTransfers: pallet_private_transfers,
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

std::thread_local! {
	static DENIED: RefCell<BTreeSet<(TokenId, AccountId)>> = const { RefCell::new(BTreeSet::new()) };
	static READS_AMOUNTS: RefCell<BTreeSet<TokenId>> = const { RefCell::new(BTreeSet::new()) };
}

/// A transfer check that refuses movements of one token touching a denied account (an account
/// without KYC, say), judged between their beneficial parties as every transfer check is.
pub struct TokenDenyList;

impl TokenDenyList {
	/// Refuse movements of `token` touching `who` from now on (in this thread).
	pub fn deny(token: TokenId, who: AccountId) {
		DENIED.with(|d| d.borrow_mut().insert((token, who)));
	}
	fn refuses(m: &Movement<AccountId, Balance>) -> bool {
		let denied = |who: Option<&AccountId>| {
			who.is_some_and(|w| DENIED.with(|d| d.borrow().contains(&(m.token, *w))))
		};
		m.judged().is_some_and(|j| denied(j.from) || denied(j.to))
	}
}

/// The error [`TokenDenyList`] refuses with.
pub const DENIED_ERROR: DispatchError = DispatchError::Other("denied for this token");

impl TransferCheck<AccountId, Balance> for TokenDenyList {
	fn check(m: &Movement<AccountId, Balance>, _state: &LedgerState<Balance>) -> DispatchResult {
		if Self::refuses(m) {
			return Err(DENIED_ERROR);
		}
		Ok(())
	}
	fn reasons(m: &Movement<AccountId, Balance>, _state: &LedgerState<Balance>) -> Vec<ReasonCode> {
		if Self::refuses(m) {
			vec![ReasonCode::NotCompliant]
		} else {
			Vec::new()
		}
	}
	fn max_weight() -> Weight {
		Weight::from_parts(1_000_000, 100)
	}
	fn weight(_token: TokenId) -> Weight {
		Weight::from_parts(1_000_000, 100)
	}
}

/// Tokens whose rules read amounts (compliance's caps and lock-ups in a runtime).
pub struct TestAmountRules;

impl TestAmountRules {
	/// `token`'s rules read amounts from now on (in this thread).
	pub fn set(token: TokenId) {
		READS_AMOUNTS.with(|r| r.borrow_mut().insert(token));
	}
}

impl AmountRules for TestAmountRules {
	fn reads_amounts(token: TokenId) -> bool {
		READS_AMOUNTS.with(|r| r.borrow().contains(&token))
	}
}

/// The ledger's token deposit.
pub const TOKEN_DEPOSIT: Balance = 100;
/// Held per confidential mode.
pub const MODE_DEPOSIT: Balance = 40;
/// Held per confidential account.
pub const ACCOUNT_DEPOSIT: Balance = 15;
/// Pending credits an account takes before it must apply them.
pub const MAX_PENDING_CREDITS: u32 = 3;
/// The chain's genesis hash in these tests.
pub const GENESIS: [u8; 32] = [0x42; 32];

parameter_types! {
	pub const PoolPalletId: PalletId = PalletId(*b"vl/cpool");
	/// The pool, the ledger's only custodian in these tests.
	pub PoolAccount: AccountId = PrivateTransfers::pool_account();
	pub const ChainId: [u8; 32] = GENESIS;
}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin =
		frame_support::traits::AsEnsureOriginWithArg<frame_system::EnsureNever<()>>;
	type TransferCheck = TokenDenyList;
	type OnBalanceChange = ();
	type OnHandOver = ();
	type Custodians = Equals<PoolAccount>;
	type UnixTime = Timestamp;
	type TokenDeposit = frame_support::traits::ConstU128<TOKEN_DEPOSIT>;
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

impl pallet_private_transfers::Config for Test {
	type Balance = Balance;
	type Ledger = SecurityToken;
	type AmountRules = TestAmountRules;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ChainId = ChainId;
	type PalletId = PoolPalletId;
	type ModeDeposit = frame_support::traits::ConstU128<MODE_DEPOSIT>;
	type AccountDeposit = frame_support::traits::ConstU128<ACCOUNT_DEPOSIT>;
	type MaxPendingCredits = ConstU32<MAX_PENDING_CREDITS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

/// Creates tokens and holders for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct Helper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Helper {
	fn create_token(issuer: &AccountId, holders: &[AccountId], amount: u128) -> TokenId {
		Self::fund(issuer);
		let _ = SecurityToken::admit_issuer(RuntimeOrigin::root(), *issuer);
		let token = new_token(*issuer);
		for h in holders {
			Self::fund(h);
			SecurityToken::issue(RuntimeOrigin::signed(*issuer), token, *h, amount)
				.expect("issues to a holder");
		}
		token
	}
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, 1_000_000);
	}
}

/// An admitted issuer.
pub const ISSUER: AccountId = 1;
/// A compliance agent of the test token.
pub const OFFICER: AccountId = 2;
/// Investors.
pub const BOB: AccountId = 10;
pub const CHARLIE: AccountId = 11;
pub const DAVE: AccountId = 12;
/// An account without funds.
pub const NOBODY: AccountId = 99;

/// Creates a token of `issuer` (plain equity, maximum supply beyond `u64::MAX`).
pub fn new_token(issuer: AccountId) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Test>::get();
	SecurityToken::create_token(
		RuntimeOrigin::signed(issuer),
		Box::new(SecurityDefinition::plain_equity(
			b"PRIV",
			CountryCode(*b"CH"),
			u128::from(u64::MAX) * 4,
		)),
	)
	.expect("the issuer is admitted and funded");
	id
}

/// Genesis: ISSUER an admitted issuer; everyone named but NOBODY funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [ISSUER, OFFICER, BOB, CHARLIE, DAVE]
			.into_iter()
			.map(|a| (a, 100_000))
			.collect(),
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
		DENIED.with(|d| d.borrow_mut().clear());
		READS_AMOUNTS.with(|r| r.borrow_mut().clear());
	});
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of the pallet and the ledger.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		PrivateTransfers::do_try_state().expect("private-transfers invariants hold after the test");
		SecurityToken::do_try_state().expect("ledger invariants hold after the test");
	});
}
