//! A test runtime: system, balances, timestamp, the real security-token ledger (with a
//! per-token deny list as its transfer check, and the pallet's vault as its custodian) and
//! set-derivatives, with the oracle's test prices and a test set of bound tokens.

use crate as pallet_set_derivatives;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, Contains, EnsureOriginWithArg, Equals},
	weights::Weight,
	PalletId,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::collections::BTreeSet;
use vellum_primitives::{
	ledger::{LedgerState, Movement, ReasonCode, TransferCheck},
	oracle::testing::TestPrices,
	security::{CountryCode, InstrumentTerms, Label, Redemption, SecurityDefinition, TokenId},
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
		SetDerivatives: pallet_set_derivatives,
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
	static BOUND: RefCell<BTreeSet<TokenId>> = const { RefCell::new(BTreeSet::new()) };
}

/// A transfer check that refuses movements of one token touching a denied account, judged
/// between their beneficial parties ([`Movement::judged`]) as every transfer check is: a leg
/// into the vault as the holder's transfer to the basket account, a leg out as the basket
/// account's transfer to the receiver, custody deposits and returns never.
pub struct TokenDenyList;

impl TokenDenyList {
	/// Refuse movements of `token` touching `who` from now on (in this thread).
	pub fn deny(token: TokenId, who: AccountId) {
		DENIED.with(|d| d.borrow_mut().insert((token, who)));
	}
	/// Allow everything again.
	pub fn clear() {
		DENIED.with(|d| d.borrow_mut().clear());
	}
	fn refuses(m: &Movement<AccountId, Balance>) -> bool {
		let denied = |who: Option<&AccountId>| {
			who.is_some_and(|w| DENIED.with(|d| d.borrow().contains(&(m.token, *w))))
		};
		m.judged().is_some_and(|j| denied(j.from) || denied(j.to))
	}
}

/// The error [`TokenDenyList`] refuses with.
pub const LEG_DENIED: DispatchError = DispatchError::Other("denied for this token");

/// The weight [`TokenDenyList`] declares per check.
pub const DENY_WEIGHT: Weight = Weight::from_parts(1_000_000, 100);

impl TransferCheck<AccountId, Balance> for TokenDenyList {
	fn check(m: &Movement<AccountId, Balance>, _state: &LedgerState<Balance>) -> DispatchResult {
		if Self::refuses(m) {
			return Err(LEG_DENIED);
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
		DENY_WEIGHT
	}
	fn weight(_token: TokenId) -> Weight {
		DENY_WEIGHT
	}
}

/// The tokens the tests bind to an underlying asset (proof-of-ownership in a runtime).
pub struct TestBound;

impl TestBound {
	/// Binds `token` from now on (in this thread).
	pub fn bind(token: TokenId) {
		BOUND.with(|b| b.borrow_mut().insert(token));
	}
}

impl Contains<TokenId> for TestBound {
	fn contains(token: &TokenId) -> bool {
		BOUND.with(|b| b.borrow().contains(token))
	}
}

/// In these tests the holders of token `t` act as the signed account `HOLDERS + t` (in the
/// runtime, a passed resolution of the voting pallet).
pub const HOLDERS: AccountId = 9_000;

/// Accepts the holders' stand-in account of the token given.
pub struct TestHolders;

impl EnsureOriginWithArg<RuntimeOrigin, TokenId> for TestHolders {
	type Success = ();

	fn try_origin(o: RuntimeOrigin, token: &TokenId) -> Result<(), RuntimeOrigin> {
		match o.clone().into() {
			Ok(frame_system::RawOrigin::Signed(who)) if who == HOLDERS + u64::from(*token) => {
				Ok(())
			}
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(token: &TokenId) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(HOLDERS + u64::from(*token)))
	}
}

/// The holders of `token`, as an origin.
pub fn holders_origin(token: TokenId) -> RuntimeOrigin {
	RuntimeOrigin::signed(HOLDERS + u64::from(token))
}

/// The ledger's token deposit.
pub const TOKEN_DEPOSIT: Balance = 100;
/// Held per basket.
pub const BASKET_DEPOSIT: Balance = 50;
/// Held per rebalance proposal.
pub const REBALANCE_DEPOSIT: Balance = 20;
/// Most components of a basket.
pub const MAX_COMPONENTS: u32 = 8;
/// Most tokens a rebalance may touch (fewer than every component of two full compositions).
pub const MAX_REBALANCE_LEGS: u32 = 10;
/// Blocks an approved rebalance may be carried out in.
pub const REBALANCE_PERIOD: u64 = 10;

parameter_types! {
	pub const SetPalletId: PalletId = PalletId(*b"vl/baskt");
	/// The vault, the ledger's only custodian in these tests.
	pub VaultAccount: AccountId = SetDerivatives::vault_account();
	pub const MaxFee: Perbill = Perbill::from_percent(10);
	pub const MaxSlippage: Perbill = Perbill::from_percent(5);
}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin = TestHolders;
	type TransferCheck = TokenDenyList;
	type OnBalanceChange = ();
	type OnHandOver = ();
	type Custodians = Equals<VaultAccount>;
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

impl pallet_set_derivatives::Config for Test {
	type Balance = Balance;
	type Ledger = SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin = TestHolders;
	type Prices = TestPrices;
	type BoundTokens = TestBound;
	type UnixTime = Timestamp;
	type PalletId = SetPalletId;
	type MaxComponents = ConstU32<MAX_COMPONENTS>;
	type MaxRebalanceLegs = ConstU32<MAX_REBALANCE_LEGS>;
	type BasketDeposit = frame_support::traits::ConstU128<BASKET_DEPOSIT>;
	type RebalanceDeposit = frame_support::traits::ConstU128<REBALANCE_DEPOSIT>;
	type MaxFee = MaxFee;
	type MaxSlippage = MaxSlippage;
	type RebalancePeriod = frame_support::traits::ConstU64<REBALANCE_PERIOD>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

/// Creates issuers and tokens for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct Helper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Helper {
	fn admit_issuer(who: &AccountId) {
		Self::fund(who);
		let _ = SecurityToken::admit_issuer(RuntimeOrigin::root(), *who);
	}
	fn create_token(issuer: &AccountId) -> TokenId {
		Self::admit_issuer(issuer);
		new_token(*issuer, b"BENCH")
	}
	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, 1_000_000);
	}
	fn set_price(token: TokenId, value: u128) {
		set_price(token, value);
	}
	fn set_time(ms: u64) {
		Timestamp::set_timestamp(ms);
	}
}

/// The unit of every test price.
pub const EUR: vellum_primitives::oracle::Unit = vellum_primitives::oracle::Unit {
	code: *b"EUR",
	decimals: 2,
};

/// Makes `value` (in EUR cents) `token`'s fresh NAV price.
pub fn set_price(token: TokenId, value: u128) {
	use vellum_primitives::oracle::{FeedKey, Freshness, PriceQuote};
	TestPrices::set(
		FeedKey::Nav(token),
		PriceQuote {
			value,
			unit: EUR,
			updated_at: System::block_number(),
			reports: 3,
			freshness: Freshness::Fresh,
		},
	);
}

/// Makes `token`'s NAV price stale (the last value stays, for information).
pub fn stale_price(token: TokenId, value: u128) {
	use vellum_primitives::oracle::{FeedKey, Freshness, PriceQuote};
	TestPrices::set(
		FeedKey::Nav(token),
		PriceQuote {
			value,
			unit: EUR,
			updated_at: 1u64,
			reports: 1,
			freshness: Freshness::Stale {
				since: System::block_number(),
			},
		},
	);
}

/// An admitted issuer of components.
pub const ISSUER: AccountId = 1;
/// An admitted issuer that manages baskets.
pub const MANAGER: AccountId = 2;
/// Investors.
pub const BOB: AccountId = 10;
pub const CHARLIE: AccountId = 11;
pub const DAVE: AccountId = 12;
/// An authorised participant for rebalances.
pub const AP: AccountId = 20;
/// An account without funds or roles.
pub const NOBODY: AccountId = 99;

/// The wall clock at genesis (ms since the Unix epoch).
pub const START: u64 = 1_700_000_000_000;

/// Creates a component token of `issuer` (plain equity, huge maximum supply).
pub fn new_token(issuer: AccountId, symbol: &[u8]) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Test>::get();
	SecurityToken::create_token(
		RuntimeOrigin::signed(issuer),
		Box::new(SecurityDefinition::plain_equity(
			symbol,
			CountryCode(*b"DE"),
			u128::from(u64::MAX) * 1_000_000,
		)),
	)
	.expect("the issuer is admitted and funded");
	id
}

/// A basket token's definition: open-ended fund units, never redeemable on the ledger.
pub fn fund_units(symbol: &[u8]) -> SecurityDefinition<Balance> {
	let mut def = SecurityDefinition::plain_equity(symbol, CountryCode(*b"LU"), u128::MAX);
	def.terms = InstrumentTerms::FundUnits {
		fund_kind: Label::truncate_from(b"AIF".to_vec()),
		open_ended: true,
	};
	def.redemption = Redemption::Never;
	def
}

/// Genesis: ISSUER and MANAGER admitted issuers; everyone named but NOBODY funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [ISSUER, MANAGER, BOB, CHARLIE, DAVE, AP]
			.into_iter()
			.map(|a| (a, 100_000))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_security_token::GenesisConfig::<Test> {
		issuers: vec![ISSUER, MANAGER],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
		TokenDenyList::clear();
		TestPrices::clear();
		BOUND.with(|b| b.borrow_mut().clear());
	});
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of the pallet and the ledger.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		SetDerivatives::do_try_state().expect("set-derivatives invariants hold after the test");
		SecurityToken::do_try_state().expect("ledger invariants hold after the test");
	});
}
