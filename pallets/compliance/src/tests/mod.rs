//! Unit and property tests of the compliance pallet.
//!
//! Every unit test runs through `mock::run`, which checks `do_try_state` of compliance and of
//! the ledger after the test. Transfer checks are exercised through the ledger: compliance is
//! its `TransferCheck` and `OnBalanceChange` in the mock. The property tests check the pure
//! rule evaluation of `rules.rs`, and that the ledger refuses exactly what the report refuses.

use crate::{
	mock::*,
	runtime_api::{
		ComplianceReport, ConditionResult, RequirementResult, RestrictionKind, RestrictionResult,
	},
	Claim, ClaimDetail, ClaimDetails, ClaimIssuerId, ClaimIssuerIds, ClaimIssuerInfo, ClaimIssuers,
	ClaimTopic, Claims, Condition, ConditionOf, Error, Event, HoldReason, HolderState,
	HolderStates, IssuerClaim, JurisdictionCap, JurisdictionHolders, ListEntriesOf, ListFlags,
	Lists, NetworkClaimIssuers, NextClaimIssuerId, Requirement, RequirementOf, RequirementsOf,
	Restrictions, RestrictionsOf, TokenComplianceOf, TokenSettings, TopicsOf, TrustedIssuer,
	WeightInfo, BENCHED_BYTES_PER_UNIT, BENCHED_RECORD_BASE,
};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::DispatchResultWithPostInfo,
	traits::{ConstU32, PalletInfoAccess},
	weights::Weight,
	BoundedVec,
};
use sp_runtime::{DispatchError, DispatchResult, ModuleError, Permill};
use vellum_primitives::{
	ledger::{
		Movement, MovementKind, OnBalanceChange, ReasonCode, Role, SecurityLedger, TransferCheck,
	},
	security::{CountryCode, Moment, TokenId},
};

// ------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------

const US: CountryCode = CountryCode(*b"US");
const DE: CountryCode = CountryCode(*b"DE");
const FR: CountryCode = CountryCode(*b"FR");
const GB: CountryCode = CountryCode(*b"GB");
/// Not two upper-case letters.
const LOWER: CountryCode = CountryCode(*b"us");
const DIGIT: CountryCode = CountryCode(*b"U1");
/// More investors.
const EVE: AccountId = 13;
const FERDIE: AccountId = 14;
/// A third and fourth claim issuer, where lists must be filled.
const THIRD: AccountId = 7;
const FOURTH: AccountId = 8;
/// A token id that never exists in the tests.
const UNKNOWN: TokenId = 77;
/// A time after genesis (ms since the epoch), for lock-ups.
const START: Moment = 1_700_000_000_000;

use ClaimTopic::{Accredited, Aml, Blocked, Jurisdiction, Kyc, QualifiedPurchaser};

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

fn topics(list: &[ClaimTopic]) -> Option<TopicsOf<Test>> {
	Some(list.to_vec().try_into().expect("at most MaxTopics"))
}

fn countries(list: &[CountryCode]) -> BoundedVec<CountryCode, ConstU32<4>> {
	list.to_vec().try_into().expect("at most MaxCountries")
}

fn has(topic: ClaimTopic) -> ConditionOf<Test> {
	Condition::HasClaim {
		topic,
		issuers: BoundedVec::new(),
	}
}

fn has_from(topic: ClaimTopic, issuers: &[AccountId]) -> ConditionOf<Test> {
	Condition::HasClaim {
		topic,
		issuers: issuers.to_vec().try_into().unwrap(),
	}
}

fn lacks(topic: ClaimTopic) -> ConditionOf<Test> {
	Condition::LacksClaim {
		topic,
		issuers: BoundedVec::new(),
	}
}

fn within(list: &[CountryCode]) -> ConditionOf<Test> {
	Condition::JurisdictionIn(countries(list))
}

fn outside(list: &[CountryCode]) -> ConditionOf<Test> {
	Condition::JurisdictionNotIn(countries(list))
}

fn req(sender: Vec<ConditionOf<Test>>, receiver: Vec<ConditionOf<Test>>) -> RequirementOf<Test> {
	Requirement {
		sender: sender.try_into().expect("at most MaxConditions"),
		receiver: receiver.try_into().expect("at most MaxConditions"),
	}
}

fn reqs(list: Vec<RequirementOf<Test>>) -> RequirementsOf<Test> {
	list.try_into().expect("at most MaxRequirements")
}

/// Sets `t`'s rule set as its issuer.
fn set_reqs(t: TokenId, list: Vec<RequirementOf<Test>>) {
	assert_ok!(Compliance::set_requirements(signed(ISSUER), t, reqs(list)));
}

/// A requirement of complexity 22: four receiver conditions of four countries (5 each) and a
/// sender condition of one country (2).
fn heavy() -> RequirementOf<Test> {
	let four = within(&[US, DE, FR, GB]);
	req(
		vec![within(&[US])],
		vec![four.clone(), four.clone(), four.clone(), four],
	)
}

fn restr(f: impl FnOnce(&mut RestrictionsOf<Test>)) -> RestrictionsOf<Test> {
	let mut r = Restrictions::default();
	f(&mut r);
	r
}

fn caps(list: &[(CountryCode, u32)]) -> BoundedVec<JurisdictionCap, ConstU32<4>> {
	list.iter()
		.map(|(country, max_holders)| JurisdictionCap {
			country: *country,
			max_holders: *max_holders,
		})
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

/// Sets `t`'s restrictions as its issuer.
fn set_restr(t: TokenId, r: RestrictionsOf<Test>) {
	assert_ok!(Compliance::set_restrictions(signed(ISSUER), t, r));
}

fn entries(list: &[(AccountId, u8)]) -> ListEntriesOf<Test> {
	list.iter()
		.map(|(who, flags)| (*who, ListFlags::from_bits(*flags)))
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MaxBatch")
}

/// Puts `who` on `t`'s lists with `flags`, as its issuer.
fn list(t: TokenId, who: AccountId, flags: u8) {
	assert_ok!(Compliance::set_lists(
		signed(ISSUER),
		t,
		entries(&[(who, flags)])
	));
}

/// Trusts `issuer` network-wide for every topic.
fn trust(issuer: AccountId) {
	assert_ok!(Compliance::trust_claim_issuer(root(), issuer, None));
}

/// What `check_weight` adds for `issuers` distinct trusted issuers beyond the benchmark's one
/// (their claim records read on both sides), and for a network list of `bytes` beyond the
/// benchmark list's 6.
fn network_extra(issuers: u32, bytes: u64) -> Weight {
	let records =
		<() as WeightInfo>::read_claims(issuers).saturating_sub(<() as WeightInfo>::read_claims(1));
	records.saturating_add(Weight::from_parts(0, bytes - 6))
}

/// The claims `issuer` holds about `who`, in the order it added them.
fn record(who: AccountId, issuer: AccountId) -> Vec<IssuerClaim<u64>> {
	ClaimIssuerIds::<Test>::get(issuer)
		.and_then(|id| Claims::<Test>::get(who, id))
		.map(|r| r.into_inner())
		.unwrap_or_default()
}

/// What is held from `who` for its claims.
fn claim_deposits(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&HoldReason::ClaimDeposit.into(), &who)
}

/// What is held from `who` for list entries.
fn list_deposits(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&HoldReason::ListDeposit.into(), &who)
}

/// The issuer id of `who` (which must have one).
fn id(who: AccountId) -> ClaimIssuerId {
	ClaimIssuerIds::<Test>::get(who).expect("an issuer id")
}

/// How many trust lists name `who` (`None`: none).
fn lists(who: AccountId) -> Option<u32> {
	ClaimIssuerIds::<Test>::get(who)
		.and_then(ClaimIssuers::<Test>::get)
		.map(|i| i.lists)
		.filter(|n| *n > 0)
}

/// `issuer` claims `topic` about `subject`, until revoked.
fn claim_by(issuer: AccountId, subject: AccountId, topic: ClaimTopic) {
	assert_ok!(Compliance::add_claim(
		signed(issuer),
		subject,
		topic,
		None,
		None
	));
}

/// KYC claims `topic` about `subject`, until revoked.
fn claim(subject: AccountId, topic: ClaimTopic) {
	claim_by(KYC, subject, topic);
}

/// A token of ISSUER whose one requirement is a KYC claim of the receiver (KYC trusted
/// network-wide).
fn kyc_token() -> TokenId {
	trust(KYC);
	let t = new_token(ISSUER);
	set_reqs(t, vec![req(vec![], vec![has(Kyc)])]);
	t
}

fn issue(t: TokenId, to: AccountId, amount: Balance) -> DispatchResult {
	post(SecurityToken::issue(signed(ISSUER), t, to, amount))
}

fn transfer(t: TokenId, from: AccountId, to: AccountId, amount: Balance) -> DispatchResult {
	post(SecurityToken::transfer(signed(from), t, to, amount))
}

fn burn(t: TokenId, from: AccountId, amount: Balance) -> DispatchResult {
	post(SecurityToken::burn(signed(ISSUER), t, from, amount))
}

fn balance(t: TokenId, who: AccountId) -> Balance {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::balance(t, &who)
}

fn holders(t: TokenId) -> u32 {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::holder_count(t)
}

fn settings(t: TokenId) -> TokenComplianceOf<Test> {
	TokenSettings::<Test>::get(t).expect("the token has compliance settings")
}

fn court_order() -> BoundedVec<u8, ConstU32<32>> {
	b"court order".to_vec().try_into().unwrap()
}

/// The events of this pallet, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Compliance(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// The error of this pallet a call failed with, decoded from the dispatch error as a client
/// would.
fn decoded(r: DispatchResult) -> Error<Test> {
	match r {
		Err(DispatchError::Module(ModuleError { index, error, .. })) => {
			assert_eq!(
				usize::from(index),
				<Compliance as PalletInfoAccess>::index()
			);
			Error::<Test>::decode(&mut &error[..]).expect("a compliance error decodes")
		}
		other => panic!("expected an error of the compliance pallet, got {other:?}"),
	}
}

/// The indices and reason code of a rule refusal.
fn refusal(e: Error<Test>) -> (u8, bool, u8, ReasonCode) {
	match e {
		Error::MissingClaim {
			requirement,
			receiver,
			condition,
		} => (requirement, receiver, condition, ReasonCode::MissingClaim),
		Error::ForbiddenClaim {
			requirement,
			receiver,
			condition,
		} => (requirement, receiver, condition, ReasonCode::ForbiddenClaim),
		Error::JurisdictionNotAllowed {
			requirement,
			receiver,
			condition,
		} => (
			requirement,
			receiver,
			condition,
			ReasonCode::JurisdictionNotAllowed,
		),
		Error::IdentityNotJudged {
			requirement,
			receiver,
			condition,
		} => (
			requirement,
			receiver,
			condition,
			ReasonCode::IdentityNotJudged,
		),
		Error::NotAllowListed {
			requirement,
			receiver,
			condition,
		} => (requirement, receiver, condition, ReasonCode::NotAllowListed),
		Error::DenyListed {
			requirement,
			receiver,
			condition,
		} => (requirement, receiver, condition, ReasonCode::DenyListed),
		other => panic!("not a rule refusal: {other:?}"),
	}
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

type Call = Box<dyn Fn(RuntimeOrigin) -> DispatchResult>;

fn boxed(f: impl Fn(RuntimeOrigin) -> DispatchResult + 'static) -> Call {
	Box::new(f)
}

/// Every call of a token's compliance admin, on token `t`, in an order in which each succeeds
/// for an admin once the token trusts KYC.
fn admin_calls(t: TokenId) -> Vec<(&'static str, Call)> {
	vec![
		(
			"trust_claim_issuer_for_token",
			boxed(move |o| Compliance::trust_claim_issuer_for_token(o, t, OTHER, None)),
		),
		(
			"distrust_claim_issuer_for_token",
			boxed(move |o| Compliance::distrust_claim_issuer_for_token(o, t, KYC)),
		),
		(
			"set_requirements",
			boxed(move |o| {
				Compliance::set_requirements(o, t, reqs(vec![req(vec![], vec![has(Kyc)])]))
			}),
		),
		("pause_rules", boxed(move |o| Compliance::pause_rules(o, t))),
		(
			"resume_rules",
			boxed(move |o| Compliance::resume_rules(o, t)),
		),
		(
			"set_restrictions",
			boxed(move |o| Compliance::set_restrictions(o, t, restr(|r| r.max_holders = Some(5)))),
		),
		(
			"set_lists",
			boxed(move |o| Compliance::set_lists(o, t, entries(&[(BOB, ListFlags::ALLOW)]))),
		),
	]
}

mod claims;
mod issuer_ids;
mod network_trust;
mod origins;
mod properties;
mod reports;
mod restrictions;
mod restrictions_and_lists;
mod rule_sets;
mod token_trust;
mod transfer_check;
mod weights;
