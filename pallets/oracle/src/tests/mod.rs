//! Unit tests of the oracle pallet, one module per area, and the attacks the issue names
//! (`attacks`).
//!
//! Every test runs through `mock::run`, which checks `do_try_state` after the test.

use crate::{
	mock::*, Error, Event, FeedConfig, FeedConfigOf, Feeds, HoldReason, Phase, QuestionKind,
	QuestionKindOf, Questions, Reporters, Reports, Stakes, Standings, ValuesOf,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::DispatchResultWithPostInfo,
	traits::fungible::{Inspect, InspectHold},
	BoundedVec,
};
use sp_runtime::{DispatchError, DispatchResult, Perbill};
use vellum_primitives::{
	oracle::{FeedKey, Freshness, Outcome, OutcomeStatus, QuestionId, Unit},
	security::TokenId,
};

// ------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------

/// The terms hash of the tests' questions.
const TERMS: [u8; 32] = [7; 32];
/// Fresh reports stay fresh this many blocks in the tests' feeds.
const MAX_AGE: u64 = 20;
/// The reward per round of the tests' feeds.
const REWARD: Balance = 90;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// Drops the post-dispatch info of a call's result.
fn post(r: DispatchResultWithPostInfo) -> DispatchResult {
	r.map(|_| ()).map_err(|e| e.error)
}

/// The events of this pallet, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Oracle(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet")
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

fn total_issuance() -> Balance {
	Balances::total_issuance()
}

fn pallet_account() -> AccountId {
	Oracle::account_id()
}

fn go_to(block: u64) {
	System::set_block_number(block);
}

fn now() -> u64 {
	System::block_number()
}

/// Admits `who` and bonds `bond`.
fn reporter_with(who: AccountId, bond: Balance) {
	assert_ok!(Oracle::admit_reporter(root(), who));
	assert_ok!(Oracle::bond(signed(who), bond));
}

/// Admits `who` with the minimum bond.
fn reporter(who: AccountId) {
	reporter_with(who, MIN_BOND);
}

fn bond_of(who: AccountId) -> Balance {
	Reporters::<Test>::get(who)
		.map(|i| i.bond)
		.unwrap_or_default()
}

fn at_risk(who: AccountId) -> Balance {
	Reporters::<Test>::get(who)
		.map(|i| i.at_risk)
		.unwrap_or_default()
}

fn eur() -> Unit {
	Unit {
		code: *b"EUR",
		decimals: 6,
	}
}

/// A feed needing `min_reports` fresh reports, fresh for `MAX_AGE` blocks, with a 2% band
/// and `REWARD` per round.
fn config(min_reports: u32) -> FeedConfigOf<Test> {
	FeedConfig {
		unit: eur(),
		min_reports,
		max_age: MAX_AGE,
		band: Perbill::from_percent(2),
		reward_per_round: REWARD,
	}
}

fn fx() -> FeedKey {
	FeedKey::Fx(*b"EUR", *b"USD")
}

/// The network creates feed `key` (`min_reports` of them fresh) and `reporters` join it.
fn feed_with(key: FeedKey, min_reports: u32, reporters: &[AccountId]) {
	assert_ok!(Oracle::create_feed(
		root(),
		key.clone(),
		config(min_reports)
	));
	for r in reporters {
		if !Reporters::<Test>::contains_key(r) {
			reporter(*r);
		}
		assert_ok!(Oracle::join_feed(signed(*r), key.clone()));
	}
}

fn values(v: &[(FeedKey, u128)]) -> ValuesOf<Test> {
	BoundedVec::truncate_from(v.to_vec())
}

/// `who` reports `value` on `key`.
fn submit(who: AccountId, key: &FeedKey, value: u128) {
	assert_ok!(Oracle::submit(signed(who), values(&[(key.clone(), value)])));
}

fn close(key: &FeedKey) -> DispatchResult {
	post(Oracle::close_round(signed(NOBODY), key.clone()))
}

fn yes_no() -> QuestionKindOf<Test> {
	QuestionKind::Categorical(BoundedVec::truncate_from(vec![
		BoundedVec::truncate_from(b"no".to_vec()),
		BoundedVec::truncate_from(b"yes".to_vec()),
	]))
}

const NO: Outcome = Outcome::Category(0);
const YES: Outcome = Outcome::Category(1);

/// When the tests' questions resolve.
const RESOLVES: u64 = 10;

/// ISSUER asks about a new token of its own whether the coupon was paid, ALICE designated.
fn question() -> (TokenId, QuestionId) {
	reporter(ALICE);
	let token = new_token(ISSUER);
	let id = ask_as(signed(ISSUER), Some(token), ALICE);
	(token, id)
}

fn ask_as(origin: RuntimeOrigin, token: Option<TokenId>, designated: AccountId) -> QuestionId {
	let id = crate::NextQuestionId::<Test>::get();
	assert_ok!(Oracle::ask(
		origin,
		token,
		yes_no(),
		TERMS,
		designated,
		RESOLVES
	));
	id
}

/// [`question`], reported YES by ALICE at the resolution time.
fn reported() -> (TokenId, QuestionId) {
	let (token, id) = question();
	go_to(RESOLVES);
	assert_ok!(Oracle::report(signed(ALICE), id, YES));
	(token, id)
}

fn dispute(who: AccountId, id: QuestionId, outcome: Outcome, amount: Balance) -> DispatchResult {
	Oracle::dispute(signed(who), id, outcome, amount)
}

/// The stake a dispute of `id` for `outcome` needs now.
fn required(id: QuestionId, outcome: Outcome) -> Balance {
	Oracle::api_required_stake(id, outcome).expect("disputable")
}

fn q(id: QuestionId) -> crate::Question<Test> {
	Questions::<Test>::get(id).expect("a question")
}

fn claim(id: QuestionId, who: AccountId) -> DispatchResult {
	Oracle::claim(signed(NOBODY), id, who)
}

/// Ends the current dispute window of `id`.
fn after_window(id: QuestionId) {
	go_to(q(id).window_end);
}

mod attacks;
mod disputes;
mod feeds;
mod payouts;
mod providers;
mod questions;
mod reporters;
mod rounds;
mod runtime_api;
mod weights;
