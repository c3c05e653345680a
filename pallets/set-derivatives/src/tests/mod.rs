//! Unit and property tests of the set-derivatives pallet.
//!
//! Every unit test runs through `mock::run`, which checks `do_try_state` of this pallet and of
//! the ledger after the test (collateral, supply, holdings, deposits); the property tests check
//! it after every step themselves.

use crate::{
	mock::*, Basket, BasketId, BasketOfToken, Baskets, Component, ComponentsOf, Error, Event,
	ForgoneOf, HoldReason, Rebalances, VaultHoldings, PRECISE_UNIT,
};
use frame_support::{
	assert_ok, dispatch::DispatchResultWithPostInfo, traits::fungible::InspectHold, BoundedVec,
};
use sp_runtime::{DispatchError, DispatchResult, Perbill};
use vellum_primitives::{ledger::SecurityLedger, security::TokenId};

type Ledger = SecurityToken;
type TokenError = pallet_security_token::Error<Test>;

/// A basket id that never exists in the tests.
const UNKNOWN: BasketId = 77;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn balance(token: TokenId, who: AccountId) -> Balance {
	<Ledger as SecurityLedger<AccountId, Balance>>::balance(token, &who)
}

fn supply(token: TokenId) -> Balance {
	<Ledger as SecurityLedger<AccountId, Balance>>::total_supply(token)
}

fn holders(token: TokenId) -> u32 {
	<Ledger as SecurityLedger<AccountId, Balance>>::holder_count(token)
}

fn vault() -> AccountId {
	SetDerivatives::vault_account()
}

/// The basket account of `b`.
fn fund(b: BasketId) -> AccountId {
	SetDerivatives::basket_account(b).expect("derivable for u64 accounts")
}

/// Issues `amount` of component `token` (of ISSUER) to `to`.
fn mint(token: TokenId, to: AccountId, amount: Balance) {
	assert_ok!(SecurityToken::issue(signed(ISSUER), token, to, amount));
}

/// `n` new component tokens of ISSUER.
fn tokens(n: usize) -> Vec<TokenId> {
	(0..n)
		.map(|i| new_token(ISSUER, format!("C{i}").as_bytes()))
		.collect()
}

fn comps(list: &[(TokenId, Balance)]) -> ComponentsOf<Test> {
	BoundedVec::truncate_from(
		list.iter()
			.map(|(token, units)| Component {
				token: *token,
				units: *units,
			})
			.collect(),
	)
}

/// A basket of MANAGER; returns its id and its basket token.
fn create(list: &[(TokenId, Balance)], natural_unit: Balance, fee: Perbill) -> (BasketId, TokenId) {
	let id = crate::NextBasketId::<Test>::get();
	assert_ok!(SetDerivatives::create_basket(
		signed(MANAGER),
		comps(list),
		natural_unit,
		fee,
		Box::new(fund_units(b"BSKT")),
	));
	(id, basket(id).token)
}

/// The standard basket: components A (2 per unit), B (3), C (5), natural unit 1, no fee; BOB
/// and CHARLIE hold 1 000 of each component. Returns (basket, basket token, [A, B, C]).
fn standard() -> (BasketId, TokenId, [TokenId; 3]) {
	let t = tokens(3);
	for who in [BOB, CHARLIE] {
		for token in &t {
			mint(*token, who, 1_000);
		}
	}
	let (b, token) = create(&[(t[0], 2), (t[1], 3), (t[2], 5)], 1, Perbill::zero());
	(b, token, [t[0], t[1], t[2]])
}

fn basket(b: BasketId) -> Basket<Test> {
	Baskets::<Test>::get(b).expect("basket exists")
}

fn held(b: BasketId, token: TokenId) -> Balance {
	VaultHoldings::<Test>::get(b, token).unwrap_or_default()
}

fn no_forgo() -> ForgoneOf<Test> {
	BoundedVec::new()
}

fn issue(who: AccountId, b: BasketId, quantity: Balance) {
	assert_ok!(SetDerivatives::issue(signed(who), b, quantity));
}

fn redeem(who: AccountId, b: BasketId, quantity: Balance) {
	assert_ok!(SetDerivatives::redeem(
		signed(who),
		b,
		quantity,
		None,
		no_forgo()
	));
}

fn deposit_held(reason: HoldReason, who: AccountId) -> Balance {
	<Balances as InspectHold<AccountId>>::balance_on_hold(
		&RuntimeHoldReason::SetDerivatives(reason),
		&who,
	)
}

/// Moves the wall clock on by `ms`.
fn advance(ms: u64) {
	let now = pallet_timestamp::Now::<Test>::get();
	Timestamp::set_timestamp(now + ms);
}

/// Moves to block `n`.
fn run_to(n: u64) {
	System::set_block_number(n);
}

/// The events of this pallet, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::SetDerivatives(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet")
}

fn storage_root() -> Vec<u8> {
	sp_io::storage::root(sp_runtime::StateVersion::V1)
}

/// A call's result, with or without post-dispatch info.
trait CallResult {
	fn plain(self) -> DispatchResult;
}

impl CallResult for DispatchResult {
	fn plain(self) -> DispatchResult {
		self
	}
}

impl CallResult for DispatchResultWithPostInfo {
	fn plain(self) -> DispatchResult {
		self.map(|_| ()).map_err(|e| e.error)
	}
}

/// Asserts that `call` fails with `expected` and changes no storage.
fn assert_refused<R: CallResult>(call: impl FnOnce() -> R, expected: impl Into<DispatchError>) {
	let root = storage_root();
	assert_eq!(call().plain(), Err(expected.into()));
	assert_eq!(storage_root(), root, "failed but changed storage");
}

mod attacks;
mod baskets;
mod fees;
mod issuance;
mod properties;
mod rebalance;
mod redemption;
mod rounding;
mod runtime_api;
mod weights;
