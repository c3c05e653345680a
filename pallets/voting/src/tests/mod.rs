//! Unit and property tests of the voting pallet.
//!
//! Every unit test runs through `mock::run`, which checks `do_try_state` (and the ledger's)
//! after the test; the property tests check it after every step themselves.

use crate::{
	mock::*, runtime_api::*, Active, Ballot, Choice, Error, Event, FollowEdges, HoldReason,
	LinkHistory, Nodes, Origin, Outcome, Power, Proposer, RecordDate, ResolutionCalls,
	ResolutionIndex, ResolutionKind, ResolutionStatus, Resolutions, RewardFunders, RewardPools,
	Tally, Thresholds, TokenSettings, Topic, VoteRecords,
};
use frame_support::{
	assert_ok,
	traits::{fungible::InspectHold, Hooks},
};
use sp_runtime::{DispatchError, DispatchResult, Perbill};
use vellum_primitives::{ledger::SecurityLedger, security::TokenId};

/// A token id that never exists in the tests.
const UNKNOWN: TokenId = 77;
/// The voting period most tests use.
const PERIOD: u64 = 100;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// An equity token (one vote per unit) with these balances.
fn token_with(balances: &[(AccountId, Balance)]) -> TokenId {
	let t = new_token(ISSUER, 1);
	for (who, amount) in balances {
		issue(t, *who, *amount);
	}
	t
}

fn issue(t: TokenId, to: AccountId, amount: Balance) {
	assert_ok!(SecurityToken::issue(signed(ISSUER), t, to, amount));
}

fn transfer(t: TokenId, from: AccountId, to: AccountId, amount: Balance) {
	assert_ok!(SecurityToken::transfer(signed(from), t, to, amount));
}

/// Moves `amount` of `holder`'s tokens into the custodian's account.
fn into_vault(t: TokenId, holder: AccountId, amount: Balance) {
	assert_ok!(
		<SecurityToken as SecurityLedger<AccountId, Balance>>::deposit(t, &VAULT, &holder, amount)
	);
}

fn balance(t: TokenId, who: AccountId) -> Balance {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::balance(t, &who)
}

fn checkpoint(t: TokenId) -> u32 {
	assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
	<SecurityToken as SecurityLedger<AccountId, Balance>>::latest_checkpoint(t)
}

fn next_index() -> ResolutionIndex {
	crate::NextResolution::<Test>::get()
}

/// Proposes as `origin` and returns the resolution's number.
fn propose_as(
	origin: RuntimeOrigin,
	t: TokenId,
	kind: ResolutionKind,
	topic: Topic,
	record: RecordDate,
	call: Option<RuntimeCall>,
) -> Result<ResolutionIndex, DispatchError> {
	let index = next_index();
	Voting::propose(
		origin,
		t,
		kind,
		topic,
		record,
		PERIOD,
		call.map(Box::new),
		None,
	)?;
	Ok(index)
}

/// An ordinary resolution on the ordinary topic by the issuer, record date now.
fn propose(t: TokenId) -> ResolutionIndex {
	propose_as(
		signed(ISSUER),
		t,
		ResolutionKind::Ordinary,
		Topic::Ordinary,
		RecordDate::New,
		None,
	)
	.expect("the issuer proposes")
}

/// A resolution of `kind` on `topic` by the network, record date now.
fn propose_on(t: TokenId, kind: ResolutionKind, topic: Topic) -> ResolutionIndex {
	propose_as(RuntimeOrigin::root(), t, kind, topic, RecordDate::New, None)
		.expect("the network proposes")
}

fn vote(who: AccountId, r: ResolutionIndex, choice: Choice) {
	assert_ok!(Voting::vote(signed(who), r, choice));
}

fn follow(who: AccountId, t: TokenId, topic: Option<Topic>, followee: AccountId) {
	assert_ok!(Voting::follow(signed(who), t, topic, Some(followee)));
}

fn unfollow(who: AccountId, t: TokenId, topic: Option<Topic>) {
	assert_ok!(Voting::follow(signed(who), t, topic, None));
}

fn res(r: ResolutionIndex) -> crate::ResolutionOf<Test> {
	Resolutions::<Test>::get(r).expect("resolution exists")
}

fn tally_of(r: ResolutionIndex) -> Tally {
	res(r).tally
}

fn t3(aye: Power, nay: Power, abstain: Power) -> Tally {
	Tally { aye, nay, abstain }
}

fn ballot(r: ResolutionIndex, who: AccountId) -> Option<Ballot> {
	VoteRecords::<Test>::get(r, who).and_then(|rec| rec.ballot)
}

fn carried(t: TokenId, who: AccountId, topic: Topic) -> u128 {
	Nodes::<Test>::get(t, who)
		.and_then(|n| n.link(topic).map(|l| l.carried))
		.unwrap_or_default()
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	<Balances as InspectHold<AccountId>>::balance_on_hold(&RuntimeHoldReason::Voting(reason), &who)
}

fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

/// The events of this pallet, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Voting(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet")
}

/// Moves to block `n`, running the scheduler at the start of each block on the way.
fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Scheduler as Hooks<u64>>::on_initialize(next);
	}
}

/// Moves past a resolution's deadline.
fn past_deadline(r: ResolutionIndex) {
	run_to(res(r).deadline);
}

fn close(r: ResolutionIndex) {
	assert_ok!(Voting::close(signed(NOBODY), r));
}

fn outcome(r: ResolutionIndex) -> Option<Outcome> {
	match res(r).status {
		ResolutionStatus::Closed { outcome, .. } => Some(outcome),
		ResolutionStatus::Ongoing => None,
	}
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

impl CallResult for frame_support::dispatch::DispatchResultWithPostInfo {
	fn plain(self) -> DispatchResult {
		post(self)
	}
}

/// Asserts that `call` fails with `expected` and changes no storage.
fn assert_refused<R: CallResult>(call: impl FnOnce() -> R, expected: impl Into<DispatchError>) {
	let root = storage_root();
	assert_eq!(call().plain(), Err(expected.into()));
	assert_eq!(storage_root(), root, "failed but changed storage");
}

/// Drops the post-dispatch info of a call's result.
fn post(r: frame_support::dispatch::DispatchResultWithPostInfo) -> DispatchResult {
	r.map(|_| ()).map_err(|e| e.error)
}

mod attacks;
mod enactment;
mod following;
mod origins;
mod properties;
mod record_date;
mod resolutions;
mod rewards;
mod runtime_api;
mod voting;
mod weights;
