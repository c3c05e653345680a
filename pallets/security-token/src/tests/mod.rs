//! Unit and property tests of the security-token pallet.
//!
//! Every unit test runs through `mock::run`, which checks `do_try_state` after the test; the
//! property tests check it after every operation themselves.

use crate::runtime_api::{AccountPosition, CheckpointInfo};
use crate::{
	mock::*, Agents, Allowances, Authority, BalanceHistory, CheckpointRecord, Checkpoints,
	Definitions, Error, Event, FreezeDeposit, FreezeDeposits, HoldReason, Holding, Holdings,
	Issuers, NextTokenId, RedemptionRule, ScheduledCheckpoints, TokenDetails, TokenSchedules,
	Tokens,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::DispatchResultWithPostInfo,
	traits::{fungible::InspectHold, ConstU32, Hooks},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, TokenError};
use vellum_primitives::{
	ledger::{MovementKind, ReasonCode, Role, SecurityLedger},
	security::*,
	testing::{DenyList, RecordedChange, Recorder, DENIED_ERROR},
};

// ------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------

/// More investors (unfunded in the native currency; they need no funds).
const EVE: AccountId = 13;
const FERDIE: AccountId = 14;
/// The maximum supply of the tokens most tests use.
const MAX: Balance = 1_000_000;
/// The maturity of the test bonds (ms since the epoch).
const MATURITY: Moment = 1_900_000_000_000;
/// A token id that never exists in the tests.
const UNKNOWN: TokenId = 77;
/// A time after genesis, before the bonds' maturity: tests that take checkpoints start here (the
/// pallet reads the clock, and pallet-timestamp logs an error when read at time 0).
const START: Moment = 1_700_000_000_000;

fn bv<S: sp_core::Get<u32>>(s: &str) -> sp_runtime::BoundedVec<u8, S> {
	s.as_bytes().to_vec().try_into().unwrap()
}

pub(crate) fn equity(max_supply: Balance) -> SecurityDefinition<Balance> {
	SecurityDefinition {
		name: bv("Acme Corp. Class A"),
		symbol: bv("ACME"),
		decimals: 0,
		identifier: Some(SecurityIdentifier {
			kind: IdentifierKind::Isin,
			value: bv("US0378331005"),
		}),
		jurisdiction: CountryCode(*b"US"),
		max_supply,
		terms: InstrumentTerms::Equity {
			share_class: bv("A"),
			votes_per_share: 1,
		},
		redemption: Redemption::Never,
		documents: Default::default(),
	}
}

fn debt_terms(maturity: Moment) -> DebtTerms<Balance> {
	DebtTerms {
		face_value: 1_000,
		coupon_rate_bps: 450,
		coupon_interval_days: 182,
		maturity,
	}
}

fn bond(maturity: Moment) -> SecurityDefinition<Balance> {
	SecurityDefinition {
		symbol: bv("ACME-29"),
		identifier: None,
		terms: InstrumentTerms::Debt(debt_terms(maturity)),
		redemption: Redemption::AtMaturity,
		..equity(MAX)
	}
}

fn fund() -> SecurityDefinition<Balance> {
	SecurityDefinition {
		name: bv("Acme Money Market Fund"),
		symbol: bv("AMMF"),
		identifier: None,
		jurisdiction: CountryCode(*b"LU"),
		terms: InstrumentTerms::FundUnits {
			fund_kind: bv("UCITS"),
			open_ended: true,
		},
		redemption: Redemption::Anytime,
		..equity(MAX)
	}
}

fn convertible(target: TokenId) -> SecurityDefinition<Balance> {
	SecurityDefinition {
		symbol: bv("ACME.CV"),
		identifier: None,
		terms: InstrumentTerms::ConvertibleDebt {
			debt: debt_terms(MATURITY),
			conversion: ConversionTerms {
				target,
				target_units: 1,
				per_units: 10,
			},
		},
		..equity(MAX)
	}
}

fn other() -> SecurityDefinition<Balance> {
	SecurityDefinition {
		symbol: bv("ART1"),
		identifier: None,
		terms: InstrumentTerms::Other {
			description: bv("fractional painting"),
		},
		..equity(MAX)
	}
}

fn doc(name: &str, uri: &str) -> LegalDocument {
	LegalDocument {
		name: bv(name),
		uri: bv(uri),
		content_hash: H256::repeat_byte(7),
	}
}

fn docs(list: Vec<LegalDocument>) -> Documents {
	list.try_into().unwrap()
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn reason(s: &str) -> BoundedVec<u8, ConstU32<32>> {
	bv(s)
}

fn batch(v: Vec<(AccountId, Balance)>) -> BoundedVec<(AccountId, Balance), ConstU32<MAX_BATCH>> {
	v.try_into().unwrap()
}

/// Drops the post-dispatch info of a call's result.
fn post(r: DispatchResultWithPostInfo) -> DispatchResult {
	r.map(|_| ()).map_err(|e| e.error)
}

/// Creates a token as ISSUER and returns its id.
fn create(def: SecurityDefinition<Balance>) -> TokenId {
	let id = NextTokenId::<Test>::get();
	assert_ok!(SecurityToken::create_token(signed(ISSUER), Box::new(def)));
	id
}

/// Issues as ISSUER.
fn issue(t: TokenId, to: AccountId, amount: Balance) {
	assert_ok!(SecurityToken::issue(signed(ISSUER), t, to, amount));
}

/// An equity token with these balances.
fn token_with(balances: &[(AccountId, Balance)]) -> TokenId {
	let t = create(equity(MAX));
	for (who, amount) in balances {
		issue(t, *who, *amount);
	}
	t
}

/// Fund units (redeemable at any time) with these balances.
fn fund_with(balances: &[(AccountId, Balance)]) -> TokenId {
	let t = create(fund());
	for (who, amount) in balances {
		issue(t, *who, *amount);
	}
	t
}

fn balance(t: TokenId, who: AccountId) -> Balance {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::balance(t, &who)
}

fn details(t: TokenId) -> TokenDetails<AccountId, Balance, Balance> {
	Tokens::<Test>::get(t).expect("token exists")
}

fn supply(t: TokenId) -> Balance {
	details(t).supply
}

fn holders(t: TokenId) -> u32 {
	details(t).holders
}

fn frozen(t: TokenId, who: AccountId) -> Balance {
	Holdings::<Test>::get(t, who)
		.map(|h| h.frozen)
		.unwrap_or_default()
}

fn account_frozen(t: TokenId, who: AccountId) -> bool {
	Holdings::<Test>::get(t, who).is_some_and(|h| h.account_frozen)
}

fn has_role(t: TokenId, who: AccountId, role: Role) -> bool {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::has_role(t, &who, role)
}

fn allowance(t: TokenId, owner: AccountId, spender: AccountId) -> Option<Balance> {
	Allowances::<Test>::get((t, owner, spender)).map(|a| a.amount)
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	<Balances as InspectHold<AccountId>>::balance_on_hold(
		&RuntimeHoldReason::SecurityToken(reason),
		&who,
	)
}

fn deposit_held(who: AccountId) -> Balance {
	<Balances as InspectHold<AccountId>>::balance_on_hold(
		&RuntimeHoldReason::SecurityToken(HoldReason::TokenDeposit),
		&who,
	)
}

/// The events of this pallet, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::SecurityToken(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet")
}

fn on_initialize(n: u64) {
	System::set_block_number(n);
	<SecurityToken as Hooks<u64>>::on_initialize(n);
}

fn change(
	token: TokenId,
	kind: MovementKind,
	from: Option<(AccountId, Balance, Balance)>,
	to: Option<(AccountId, Balance, Balance)>,
) -> RecordedChange {
	RecordedChange {
		token,
		kind,
		from: from.map(|(w, a, b)| (w.encode(), a, b)),
		to: to.map(|(w, a, b)| (w.encode(), a, b)),
	}
}

type Call = Box<dyn Fn(RuntimeOrigin) -> DispatchResult>;

fn boxed(f: impl Fn(RuntimeOrigin) -> DispatchResult + 'static) -> Call {
	Box::new(f)
}

fn storage_root() -> Vec<u8> {
	sp_io::storage::root(sp_runtime::StateVersion::V1)
}

/// Asserts that `call` fails with `expected` and changes no storage.
fn assert_refused(name: &str, call: impl FnOnce() -> DispatchResult, expected: DispatchError) {
	let root = storage_root();
	assert_eq!(call(), Err(expected), "{name}");
	assert_eq!(storage_root(), root, "{name} failed but changed storage");
}

/// The gated calls the admin origin (the network) may make on any token.
const NETWORK_POWERS: [&str; 7] = [
	"pause",
	"unpause",
	"freeze_account",
	"unfreeze_account",
	"freeze_tokens",
	"unfreeze_tokens",
	"force_transfer",
];

/// Every call gated by an agent role, with the role it needs, on token `t`.
fn gated_calls(t: TokenId) -> Vec<(Role, &'static str, Call)> {
	vec![
		(
			Role::Supply,
			"issue",
			boxed(move |o| post(SecurityToken::issue(o, t, BOB, 1))),
		),
		(
			Role::Supply,
			"issue_batch",
			boxed(move |o| post(SecurityToken::issue_batch(o, t, batch(vec![(BOB, 1)])))),
		),
		(
			Role::Supply,
			"burn",
			boxed(move |o| post(SecurityToken::burn(o, t, BOB, 1))),
		),
		(
			Role::Freezer,
			"pause",
			boxed(move |o| SecurityToken::pause(o, t)),
		),
		(
			Role::Freezer,
			"unpause",
			boxed(move |o| SecurityToken::unpause(o, t)),
		),
		(
			Role::Freezer,
			"freeze_account",
			boxed(move |o| SecurityToken::freeze_account(o, t, BOB)),
		),
		(
			Role::Freezer,
			"unfreeze_account",
			boxed(move |o| SecurityToken::unfreeze_account(o, t, BOB)),
		),
		(
			Role::Freezer,
			"freeze_tokens",
			boxed(move |o| SecurityToken::freeze_tokens(o, t, BOB, 1)),
		),
		(
			Role::Freezer,
			"unfreeze_tokens",
			boxed(move |o| SecurityToken::unfreeze_tokens(o, t, BOB, 1)),
		),
		(
			Role::Controller,
			"force_transfer",
			boxed(move |o| {
				post(SecurityToken::force_transfer(
					o,
					t,
					BOB,
					CHARLIE,
					1,
					reason("court order"),
				))
			}),
		),
		(
			Role::Recovery,
			"recover",
			boxed(move |o| post(SecurityToken::recover(o, t, BOB, DAVE))),
		),
		(
			Role::Documents,
			"add_document",
			boxed(move |o| SecurityToken::add_document(o, t, doc("memo", "ipfs://memo"))),
		),
		(
			Role::Documents,
			"replace_document",
			boxed(move |o| SecurityToken::replace_document(o, t, doc("prospectus", "ipfs://v2"))),
		),
		(
			Role::Documents,
			"remove_document",
			boxed(move |o| SecurityToken::remove_document(o, t, bv("prospectus"))),
		),
		(
			Role::Checkpoints,
			"create_checkpoint",
			boxed(move |o| SecurityToken::create_checkpoint(o, t)),
		),
		(
			Role::Checkpoints,
			"schedule_checkpoint",
			boxed(move |o| SecurityToken::schedule_checkpoint(o, t, 10)),
		),
		(
			Role::Checkpoints,
			"cancel_checkpoint",
			boxed(move |o| SecurityToken::cancel_checkpoint(o, t, 10)),
		),
	]
}

/// Every signed call that is not role gated, on token `t`.
fn holder_calls(t: TokenId) -> Vec<(&'static str, Call)> {
	vec![
		(
			"create_token",
			boxed(|o| SecurityToken::create_token(o, Box::new(equity(10)))),
		),
		(
			"grant_role",
			boxed(move |o| SecurityToken::grant_role(o, t, AGENT, Role::Supply)),
		),
		(
			"revoke_role",
			boxed(move |o| SecurityToken::revoke_role(o, t, AGENT, Role::Supply)),
		),
		(
			"redeem",
			boxed(move |o| post(SecurityToken::redeem(o, t, 1))),
		),
		(
			"transfer",
			boxed(move |o| post(SecurityToken::transfer(o, t, CHARLIE, 1))),
		),
		(
			"approve",
			boxed(move |o| SecurityToken::approve(o, t, CHARLIE, 1)),
		),
		(
			"transfer_from",
			boxed(move |o| post(SecurityToken::transfer_from(o, t, BOB, CHARLIE, 0))),
		),
		(
			"transfer_batch",
			boxed(move |o| {
				post(SecurityToken::transfer_batch(
					o,
					t,
					batch(vec![(CHARLIE, 1)]),
				))
			}),
		),
	]
}

fn checkpoint(t: TokenId) -> CheckpointId {
	assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
	details(t).checkpoint
}

mod account_freezes;
mod allowances;
mod atomicity;
mod burn_redeem;
mod checkpoints;
mod create_token;
mod custody;
mod deposits;
mod documents;
mod forced_transfers;
mod holders;
mod hooks;
mod issuance;
mod issuers;
mod ledger_trait;
mod network;
mod origins;
mod pallet_supplied;
mod pause;
mod properties;
mod roles;
mod runtime_api;
mod token_freezes;
mod transfers;
