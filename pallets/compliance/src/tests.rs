//! Unit and property tests of the compliance pallet.
//!
//! Every unit test runs through `mock::run`, which checks `do_try_state` of compliance and of
//! the ledger after the test. Transfer checks are exercised through the ledger: compliance is
//! its `TransferCheck` and `OnBalanceChange` in the mock. The property tests check the pure
//! rule evaluation of `rules.rs`, and that the ledger refuses exactly what the report refuses.

use crate::{
	mock::*, Claim, ClaimEvidence, ClaimTopic, Claims, Condition, ConditionOf, Error, Event,
	HolderState, HolderStates, IssuerId, IssuerIds, IssuerInfo, Issuers, JurisdictionCap,
	JurisdictionHolders, ListEntriesOf, ListFlags, Lists, NetworkIssuers, NextIssuerId,
	Requirement, RequirementOf, RequirementsOf, Restrictions, RestrictionsOf, TokenComplianceOf,
	TokenSettings, TopicsOf, TrustedIssuer, WeightInfo, BENCHED_BYTES_PER_UNIT,
	BENCHED_RECORD_BASE,
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
	compliance::{
		ComplianceReport, ConditionResult, RequirementResult, RestrictionKind, RestrictionResult,
	},
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
		.map(|(who, flags)| (*who, ListFlags(*flags)))
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
	assert_ok!(Compliance::trust_issuer(root(), issuer, None));
}

/// What `check_weight` adds for a network list of `entries` issuers beyond the benchmark's one:
/// the scan time of the further entries, and `bytes` beyond the benchmark list's 6.
fn network_extra(entries: u32, bytes: u64) -> Weight {
	let scan = <() as WeightInfo>::scan_network(entries)
		.saturating_sub(<() as WeightInfo>::scan_network(1));
	Weight::from_parts(scan.ref_time(), bytes - 6)
}

/// The issuer id of `who` (which must have one).
fn id(who: AccountId) -> IssuerId {
	IssuerIds::<Test>::get(who).expect("an issuer id")
}

/// How many trust lists name `who` (`None`: none).
fn lists(who: AccountId) -> Option<u32> {
	IssuerIds::<Test>::get(who)
		.and_then(Issuers::<Test>::get)
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
			"trust_token_issuer",
			boxed(move |o| Compliance::trust_token_issuer(o, t, OTHER, None)),
		),
		(
			"distrust_token_issuer",
			boxed(move |o| Compliance::distrust_token_issuer(o, t, KYC)),
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

// ------------------------------------------------------------------------------------------
// Origins and permissions
// ------------------------------------------------------------------------------------------

#[test]
fn network_trust_calls_need_the_admin_origin() {
	run(|| {
		trust(KYC);
		let bad = DispatchError::BadOrigin;
		for o in [
			signed(ISSUER),
			signed(KYC),
			signed(NOBODY),
			RuntimeOrigin::none(),
		] {
			assert_noop!(Compliance::trust_issuer(o.clone(), OTHER, None), bad);
			assert_noop!(Compliance::distrust_issuer(o, KYC), bad);
		}
	});
}

#[test]
fn claim_calls_need_a_signed_origin() {
	run(|| {
		trust(KYC);
		claim(BOB, Kyc);
		let bad = DispatchError::BadOrigin;
		for o in [root(), RuntimeOrigin::none()] {
			assert_noop!(
				Compliance::add_claim(o.clone(), CHARLIE, Kyc, None, None),
				bad
			);
			assert_noop!(Compliance::revoke_claim(o.clone(), BOB, Kyc), bad);
			assert_noop!(Compliance::purge_claims(o, BOB), bad);
		}
	});
}

#[test]
fn every_admin_call_refuses_whoever_is_no_compliance_admin() {
	run(|| {
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_ok!(issue(t, BOB, 10));
		// AGENT holds every role but Compliance.
		for role in Role::ALL.into_iter().filter(|r| *r != Role::Compliance) {
			assert_ok!(SecurityToken::grant_role(signed(ISSUER), t, AGENT, role));
		}
		let denied: DispatchError = Error::<Test>::NotComplianceAdmin.into();
		// A stranger, a holder, an agent without the role, a claim issuer.
		for who in [NOBODY, BOB, AGENT, KYC] {
			for (name, call) in admin_calls(t) {
				assert_refused(name, || call(signed(who)), denied);
			}
		}
		for (name, call) in admin_calls(t) {
			assert_refused(
				name,
				|| call(RuntimeOrigin::none()),
				DispatchError::BadOrigin,
			);
		}
		// A token's issuer is no admin of another issuer's token.
		assert_ok!(SecurityToken::admit_issuer(root(), AGENT));
		let theirs = new_token(AGENT);
		assert_ok!(Compliance::trust_token_issuer(
			signed(AGENT),
			theirs,
			KYC,
			None
		));
		for (name, call) in admin_calls(theirs) {
			assert_refused(name, || call(signed(ISSUER)), denied);
		}
	});
}

#[test]
fn every_admin_call_refuses_an_unknown_token() {
	run(|| {
		let unknown: DispatchError = Error::<Test>::UnknownToken.into();
		for o in [signed(ISSUER), root()] {
			for (name, call) in admin_calls(UNKNOWN) {
				assert_refused(name, || call(o.clone()), unknown);
			}
		}
	});
}

/// The token's issuer, an agent with the Compliance role and the admin origin may make every
/// admin call; the agent loses the right with the role.
#[test]
fn compliance_admins_may_make_every_admin_call() {
	run(|| {
		for (origin, who) in [
			(signed(ISSUER), "issuer"),
			(signed(AGENT), "agent"),
			(root(), "root"),
		] {
			let t = new_token(ISSUER);
			if who == "agent" {
				assert_ok!(SecurityToken::grant_role(
					signed(ISSUER),
					t,
					AGENT,
					Role::Compliance
				));
			}
			assert_ok!(Compliance::trust_token_issuer(root(), t, KYC, None));
			for (name, call) in admin_calls(t) {
				let before = events().len();
				assert_eq!(call(origin.clone()), Ok(()), "{name} by {who}");
				assert_eq!(
					events().len(),
					before + 1,
					"{name} by {who} deposits an event"
				);
			}
		}
		// Revoking the role revokes the right.
		let t = new_token(ISSUER);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Compliance
		));
		assert_ok!(Compliance::pause_rules(signed(AGENT), t));
		assert_ok!(SecurityToken::revoke_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Compliance
		));
		assert_noop!(
			Compliance::resume_rules(signed(AGENT), t),
			Error::<Test>::NotComplianceAdmin
		);
	});
}

// ------------------------------------------------------------------------------------------
// trust_issuer / distrust_issuer
// ------------------------------------------------------------------------------------------

#[test]
fn trust_issuer_trusts_an_issuer_network_wide() {
	run(|| {
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
		assert_ok!(Compliance::trust_issuer(root(), KYC, None));
		System::assert_last_event(
			Event::IssuerTrusted {
				token: None,
				issuer: KYC,
				id: id(KYC),
				topics: None,
			}
			.into(),
		);
		assert_eq!(
			NetworkIssuers::<Test>::get().into_inner(),
			vec![TrustedIssuer {
				issuer: id(KYC),
				topics: None
			}]
		);
		assert_eq!(lists(KYC), Some(1));
		// Now a claim issuer.
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Kyc, None, None));
		// Limited to some topics.
		let aml = topics(&[Aml, Jurisdiction(US)]);
		assert_ok!(Compliance::trust_issuer(root(), OTHER, aml.clone()));
		System::assert_last_event(
			Event::IssuerTrusted {
				token: None,
				issuer: OTHER,
				id: id(OTHER),
				topics: aml.clone(),
			}
			.into(),
		);
		assert_eq!(
			NetworkIssuers::<Test>::get()[1],
			TrustedIssuer {
				issuer: id(OTHER),
				topics: aml
			}
		);
	});
}

#[test]
fn trusting_a_trusted_issuer_again_replaces_its_topics_and_counts_it_once() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		let kyc_only = topics(&[Kyc, Jurisdiction(US)]);
		assert_ok!(Compliance::trust_issuer(root(), KYC, kyc_only.clone()));
		System::assert_last_event(
			Event::IssuerTrusted {
				token: None,
				issuer: KYC,
				id: id(KYC),
				topics: kyc_only.clone(),
			}
			.into(),
		);
		assert_eq!(
			NetworkIssuers::<Test>::get().into_inner(),
			vec![
				TrustedIssuer {
					issuer: id(KYC),
					topics: kyc_only
				},
				TrustedIssuer {
					issuer: id(OTHER),
					topics: None
				},
			]
		);
		assert_eq!(lists(KYC), Some(1));
		// One distrust removes it.
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_eq!(lists(KYC), None);
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
	});
}

#[test]
fn trust_issuer_refuses_a_full_list() {
	run(|| {
		for who in [KYC, OTHER, THIRD] {
			trust(who);
		}
		assert_eq!(NetworkIssuers::<Test>::get().len() as u32, MAX_TRUSTED);
		assert_noop!(
			Compliance::trust_issuer(root(), FOURTH, None),
			Error::<Test>::TooManyTrustedIssuers
		);
		// Replacing the topics of an issuer on the full list still works.
		assert_ok!(Compliance::trust_issuer(root(), OTHER, topics(&[Aml])));
		// A place freed is a place to take.
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_ok!(Compliance::trust_issuer(root(), FOURTH, None));
	});
}

#[test]
fn trust_issuer_refuses_a_malformed_country_in_its_topics() {
	run(|| {
		for bad in [LOWER, DIGIT] {
			assert_noop!(
				Compliance::trust_issuer(root(), KYC, topics(&[Kyc, Jurisdiction(bad)])),
				Error::<Test>::InvalidCountry
			);
		}
		assert_ok!(Compliance::trust_issuer(
			root(),
			KYC,
			topics(&[Kyc, Jurisdiction(DE)])
		));
	});
}

#[test]
fn trust_issuer_refuses_a_topic_named_twice() {
	run(|| {
		assert_noop!(
			Compliance::trust_issuer(root(), KYC, topics(&[Kyc, Aml, Kyc])),
			Error::<Test>::DuplicateTopic
		);
		// Every jurisdiction is one topic.
		assert_noop!(
			Compliance::trust_issuer(root(), KYC, topics(&[Jurisdiction(DE), Jurisdiction(FR)])),
			Error::<Test>::DuplicateTopic
		);
		let token = new_token(ISSUER);
		assert_noop!(
			Compliance::trust_token_issuer(
				RuntimeOrigin::signed(ISSUER),
				token,
				KYC,
				topics(&[Aml, Aml])
			),
			Error::<Test>::DuplicateTopic
		);
		assert_ok!(Compliance::trust_issuer(
			root(),
			KYC,
			topics(&[Kyc, Aml, Jurisdiction(DE)])
		));
	});
}

#[test]
fn distrust_issuer_removes_a_network_issuer() {
	run(|| {
		assert_noop!(
			Compliance::distrust_issuer(root(), KYC),
			Error::<Test>::IssuerNotTrusted
		);
		trust(KYC);
		trust(OTHER);
		// A token trusts KYC too.
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_eq!(lists(KYC), Some(2));

		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		System::assert_last_event(
			Event::IssuerDistrusted {
				token: None,
				issuer: KYC,
			}
			.into(),
		);
		assert_eq!(
			NetworkIssuers::<Test>::get().into_inner(),
			vec![TrustedIssuer {
				issuer: id(OTHER),
				topics: None
			}]
		);
		assert_eq!(lists(KYC), Some(1));
		// Still a claim issuer, through the token.
		claim(BOB, Kyc);
		// Not on the network's list any more.
		assert_noop!(
			Compliance::distrust_issuer(root(), KYC),
			Error::<Test>::IssuerNotTrusted
		);
	});
}

// ------------------------------------------------------------------------------------------
// trust_token_issuer / distrust_token_issuer
// ------------------------------------------------------------------------------------------

#[test]
fn trust_token_issuer_trusts_an_issuer_for_one_token() {
	run(|| {
		let t = new_token(ISSUER);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Compliance
		));
		for (origin, issuer) in [
			(signed(ISSUER), KYC),
			(signed(AGENT), OTHER),
			(root(), THIRD),
		] {
			assert_ok!(Compliance::trust_token_issuer(origin, t, issuer, None));
			System::assert_last_event(
				Event::IssuerTrusted {
					token: Some(t),
					issuer,
					id: id(issuer),
					topics: None,
				}
				.into(),
			);
			assert_eq!(lists(issuer), Some(1));
		}
		let s = settings(t);
		assert_eq!(
			s.issuers.iter().map(|i| i.issuer).collect::<Vec<_>>(),
			vec![id(KYC), id(OTHER), id(THIRD)]
		);
		assert_eq!(s.complexity, 3);
		assert!(NetworkIssuers::<Test>::get().is_empty());
		// The token's list is full.
		assert_noop!(
			Compliance::trust_token_issuer(signed(ISSUER), t, FOURTH, None),
			Error::<Test>::TooManyTrustedIssuers
		);
		// Replacing the topics: counted once, the complexity counts the topics.
		let kyc_aml = topics(&[Kyc, Aml]);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			KYC,
			kyc_aml.clone()
		));
		System::assert_last_event(
			Event::IssuerTrusted {
				token: Some(t),
				issuer: KYC,
				id: id(KYC),
				topics: kyc_aml.clone(),
			}
			.into(),
		);
		assert_eq!(lists(KYC), Some(1));
		assert_eq!(
			settings(t).issuers[0],
			TrustedIssuer {
				issuer: id(KYC),
				topics: kyc_aml
			}
		);
		assert_eq!(settings(t).complexity, 5);
		// Another token trusting it counts once more.
		let t2 = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t2,
			KYC,
			None
		));
		assert_eq!(lists(KYC), Some(2));
	});
}

#[test]
fn trust_token_issuer_refuses_a_malformed_country_in_its_topics() {
	run(|| {
		let t = new_token(ISSUER);
		assert_noop!(
			Compliance::trust_token_issuer(signed(ISSUER), t, KYC, topics(&[Jurisdiction(LOWER)])),
			Error::<Test>::InvalidCountry
		);
	});
}

#[test]
fn trust_token_issuer_refuses_settings_above_the_maximum_complexity() {
	run(|| {
		let t = new_token(ISSUER);
		set_reqs(t, vec![heavy()]);
		assert_eq!(settings(t).complexity, 22);
		// 22 + 1 + 2 topics.
		assert_noop!(
			Compliance::trust_token_issuer(signed(ISSUER), t, KYC, topics(&[Kyc, Aml])),
			Error::<Test>::TooComplex
		);
		// 22 + 1 + 1 topic: exactly the maximum.
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			KYC,
			topics(&[Kyc])
		));
		assert_eq!(settings(t).complexity, MAX_COMPLEXITY);
		assert_noop!(
			Compliance::trust_token_issuer(signed(ISSUER), t, OTHER, None),
			Error::<Test>::TooComplex
		);
		// Replacing the topics with more is refused too; with none it gets simpler.
		assert_noop!(
			Compliance::trust_token_issuer(signed(ISSUER), t, KYC, topics(&[Kyc, Aml])),
			Error::<Test>::TooComplex
		);
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_eq!(settings(t).complexity, 23);
	});
}

#[test]
fn distrust_token_issuer_removes_an_issuer_of_one_token() {
	run(|| {
		let t = new_token(ISSUER);
		assert_noop!(
			Compliance::distrust_token_issuer(signed(ISSUER), t, KYC),
			Error::<Test>::IssuerNotTrusted
		);
		// Trusted by the network is not trusted by the token.
		trust(KYC);
		assert_noop!(
			Compliance::distrust_token_issuer(signed(ISSUER), t, KYC),
			Error::<Test>::IssuerNotTrusted
		);
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			OTHER,
			None
		));
		assert_eq!(lists(KYC), Some(2));

		assert_ok!(Compliance::distrust_token_issuer(signed(ISSUER), t, KYC));
		System::assert_last_event(
			Event::IssuerDistrusted {
				token: Some(t),
				issuer: KYC,
			}
			.into(),
		);
		assert_eq!(lists(KYC), Some(1));
		assert_eq!(
			settings(t)
				.issuers
				.iter()
				.map(|i| i.issuer)
				.collect::<Vec<_>>(),
			vec![id(OTHER)]
		);
		// The last one: nothing configured is left, the record goes.
		assert_ok!(Compliance::distrust_token_issuer(root(), t, OTHER));
		assert_eq!(lists(OTHER), None);
		assert!(!TokenSettings::<Test>::contains_key(t));
	});
}

// ------------------------------------------------------------------------------------------
// add_claim / revoke_claim / purge_claims
// ------------------------------------------------------------------------------------------

#[test]
fn add_claim_stores_the_claim() {
	run(|| {
		trust(KYC);
		System::set_block_number(3);
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Kyc,
			Some(10),
			Some([7; 32])
		));
		System::assert_last_event(
			Event::ClaimAdded {
				subject: BOB,
				issuer: KYC,
				topic: Kyc,
				expiry: Some(10),
				evidence: Some([7; 32]),
			}
			.into(),
		);
		assert_eq!(
			Claims::<Test>::get(BOB).into_inner(),
			vec![Claim {
				topic: Kyc,
				issuer: id(KYC),
				expiry: Some(10),
			}]
		);
		// An issuer trusted by a token only may add claims too.
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			OTHER,
			None
		));
		assert_ok!(Compliance::add_claim(
			signed(OTHER),
			BOB,
			ClaimTopic::Custom(9),
			None,
			None
		));
		assert_eq!(Claims::<Test>::get(BOB).len(), 2);
	});
}

#[test]
fn add_claim_refuses_an_untrusted_caller() {
	run(|| {
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
		// The token issuer is no claim issuer either.
		assert_noop!(
			Compliance::add_claim(signed(ISSUER), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
		trust(KYC);
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
	});
}

#[test]
fn add_claim_refuses_a_malformed_country() {
	run(|| {
		trust(KYC);
		for bad in [LOWER, DIGIT] {
			assert_noop!(
				Compliance::add_claim(signed(KYC), BOB, Jurisdiction(bad), None, None),
				Error::<Test>::InvalidCountry
			);
		}
		claim(BOB, Jurisdiction(GB));
	});
}

#[test]
fn add_claim_refuses_an_expiry_not_after_the_current_block() {
	run(|| {
		trust(KYC);
		System::set_block_number(5);
		for expiry in [0, 4, 5] {
			assert_noop!(
				Compliance::add_claim(signed(KYC), BOB, Kyc, Some(expiry), None),
				Error::<Test>::ExpiryInPast
			);
		}
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Kyc, Some(6), None));
	});
}

#[test]
fn add_claim_refuses_more_than_the_most_claims() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		for topic in [Kyc, Aml, Accredited, QualifiedPurchaser] {
			claim(BOB, topic);
		}
		assert_eq!(Claims::<Test>::get(BOB).len() as u32, MAX_CLAIMS);
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Blocked, None, None),
			Error::<Test>::TooManyClaims
		);
		assert_noop!(
			Compliance::add_claim(signed(OTHER), BOB, Kyc, None, None),
			Error::<Test>::TooManyClaims
		);
		// Replacing a claim needs no new place.
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Aml, Some(9), None));
		assert_eq!(Claims::<Test>::get(BOB)[1].expiry, Some(9));
		// Another account has its own places.
		claim(CHARLIE, Blocked);
	});
}

#[test]
fn issuers_only_tokens_trust_fill_at_most_half_of_the_claim_slots() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		// OTHER and THIRD are trusted by a token only.
		for issuer in [OTHER, THIRD] {
			assert_ok!(Compliance::trust_token_issuer(
				signed(ISSUER),
				t,
				issuer,
				None
			));
		}
		assert_ok!(Compliance::add_claim(
			signed(OTHER),
			BOB,
			ClaimTopic::Custom(1),
			None,
			None
		));
		assert_ok!(Compliance::add_claim(
			signed(THIRD),
			BOB,
			ClaimTopic::Custom(2),
			None,
			None
		));
		assert_noop!(
			Compliance::add_claim(signed(OTHER), BOB, ClaimTopic::Custom(3), None, None),
			Error::<Test>::ClaimSlotsReserved
		);
		// Replacing one of theirs needs no new slot.
		assert_ok!(Compliance::add_claim(
			signed(OTHER),
			BOB,
			ClaimTopic::Custom(1),
			Some(9),
			None
		));
		// The other half stays for the network's issuers.
		claim(BOB, Kyc);
		claim(BOB, Aml);
		assert_eq!(Claims::<Test>::get(BOB).len() as u32, MAX_CLAIMS);
		// Once the network trusts OTHER too, its claims no longer count against the half.
		assert_ok!(Compliance::trust_issuer(root(), OTHER, None));
		assert_noop!(
			Compliance::add_claim(signed(OTHER), BOB, ClaimTopic::Custom(3), None, None),
			Error::<Test>::TooManyClaims
		);
	});
}

#[test]
fn add_claim_replaces_the_claim_of_the_same_slot() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		claim(BOB, Jurisdiction(US));
		claim_by(OTHER, BOB, Jurisdiction(FR));
		claim(BOB, Kyc);
		// A new jurisdiction from the same issuer replaces the old one, in place.
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Jurisdiction(DE),
			Some(50),
			Some([1; 32])
		));
		System::assert_last_event(
			Event::ClaimAdded {
				subject: BOB,
				issuer: KYC,
				topic: Jurisdiction(DE),
				expiry: Some(50),
				evidence: Some([1; 32]),
			}
			.into(),
		);
		assert_eq!(
			Claims::<Test>::get(BOB).into_inner(),
			vec![
				Claim {
					topic: Jurisdiction(DE),
					issuer: id(KYC),
					expiry: Some(50),
				},
				Claim {
					topic: Jurisdiction(FR),
					issuer: id(OTHER),
					expiry: None,
				},
				Claim {
					topic: Kyc,
					issuer: id(KYC),
					expiry: None,
				},
			]
		);
		// The same topic again replaces it; custom topics are distinct slots.
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Kyc, Some(20), None));
		assert_eq!(Claims::<Test>::get(BOB).len(), 3);
		assert_eq!(Claims::<Test>::get(BOB)[2].expiry, Some(20));
		claim(BOB, ClaimTopic::Custom(1));
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, ClaimTopic::Custom(2), None, None),
			Error::<Test>::TooManyClaims
		);
	});
}

#[test]
fn revoke_claim_removes_the_callers_claim() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		assert_noop!(
			Compliance::revoke_claim(signed(KYC), BOB, Kyc),
			Error::<Test>::ClaimNotFound
		);
		claim(BOB, Kyc);
		claim(BOB, Jurisdiction(US));
		// Not the caller's claim; not a topic it claimed.
		assert_noop!(
			Compliance::revoke_claim(signed(OTHER), BOB, Kyc),
			Error::<Test>::ClaimNotFound
		);
		assert_noop!(
			Compliance::revoke_claim(signed(KYC), BOB, Aml),
			Error::<Test>::ClaimNotFound
		);
		// Any jurisdiction names the slot; the event names the claim revoked.
		assert_ok!(Compliance::revoke_claim(signed(KYC), BOB, Jurisdiction(DE)));
		System::assert_last_event(
			Event::ClaimRevoked {
				subject: BOB,
				issuer: KYC,
				topic: Jurisdiction(US),
			}
			.into(),
		);
		assert_eq!(
			Claims::<Test>::get(BOB).into_inner(),
			vec![Claim {
				topic: Kyc,
				issuer: id(KYC),
				expiry: None,
			}]
		);
		// The last claim: the record goes.
		assert_ok!(Compliance::revoke_claim(signed(KYC), BOB, Kyc));
		System::assert_last_event(
			Event::ClaimRevoked {
				subject: BOB,
				issuer: KYC,
				topic: Kyc,
			}
			.into(),
		);
		assert!(!Claims::<Test>::contains_key(BOB));
		// An issuer no longer trusted may still revoke its claims.
		claim(CHARLIE, Kyc);
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_ok!(Compliance::revoke_claim(signed(KYC), CHARLIE, Kyc));
		assert!(!Claims::<Test>::contains_key(CHARLIE));
	});
}

#[test]
fn purge_claims_drops_expired_and_untrusted_claims() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			THIRD,
			None
		));
		assert_noop!(
			Compliance::purge_claims(signed(NOBODY), BOB),
			Error::<Test>::NothingToPurge
		);
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Kyc, Some(5), None));
		claim_by(OTHER, BOB, Aml);
		claim(BOB, Accredited);
		// Trusted by a token only: kept.
		claim_by(THIRD, BOB, QualifiedPurchaser);
		// Nothing expired (block 4 is before the expiry), every issuer trusted.
		System::set_block_number(4);
		assert_noop!(
			Compliance::purge_claims(signed(NOBODY), BOB),
			Error::<Test>::NothingToPurge
		);

		System::set_block_number(5);
		assert_ok!(Compliance::distrust_issuer(root(), OTHER));
		assert_ok!(Compliance::purge_claims(signed(NOBODY), BOB));
		System::assert_last_event(
			Event::ClaimsPurged {
				subject: BOB,
				removed: 2,
			}
			.into(),
		);
		assert_eq!(
			Claims::<Test>::get(BOB)
				.iter()
				.map(|c| (c.issuer, c.topic))
				.collect::<Vec<_>>(),
			vec![(id(KYC), Accredited), (id(THIRD), QualifiedPurchaser)]
		);
		assert_noop!(
			Compliance::purge_claims(signed(BOB), BOB),
			Error::<Test>::NothingToPurge
		);
		// Everything gone: the record goes.
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_ok!(Compliance::distrust_token_issuer(signed(ISSUER), t, THIRD));
		assert_ok!(Compliance::purge_claims(signed(BOB), BOB));
		System::assert_last_event(
			Event::ClaimsPurged {
				subject: BOB,
				removed: 2,
			}
			.into(),
		);
		assert!(!Claims::<Test>::contains_key(BOB));
	});
}

// ------------------------------------------------------------------------------------------
// set_requirements / pause_rules / resume_rules
// ------------------------------------------------------------------------------------------

#[test]
fn set_requirements_replaces_the_rule_set() {
	run(|| {
		let t = new_token(ISSUER);
		let first = vec![
			req(vec![], vec![has(Kyc)]),
			req(vec![has(Kyc)], vec![within(&[US, DE])]),
		];
		assert_ok!(Compliance::set_requirements(
			signed(ISSUER),
			t,
			reqs(first.clone())
		));
		System::assert_last_event(
			Event::RequirementsSet {
				token: t,
				requirements: 2,
				complexity: 5,
			}
			.into(),
		);
		assert_eq!(settings(t).requirements.into_inner(), first);
		assert_eq!(settings(t).complexity, 5);

		let second = vec![req(vec![], vec![has_from(Aml, &[KYC, OTHER])])];
		assert_ok!(Compliance::set_requirements(
			signed(ISSUER),
			t,
			reqs(second.clone())
		));
		System::assert_last_event(
			Event::RequirementsSet {
				token: t,
				requirements: 1,
				complexity: 3,
			}
			.into(),
		);
		assert_eq!(settings(t).requirements.into_inner(), second.clone());

		// The complexity reported covers the whole record (here a trusted issuer of one topic).
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			KYC,
			topics(&[Kyc])
		));
		assert_ok!(Compliance::set_requirements(
			signed(ISSUER),
			t,
			reqs(second)
		));
		System::assert_last_event(
			Event::RequirementsSet {
				token: t,
				requirements: 1,
				complexity: 5,
			}
			.into(),
		);

		// An empty set, with nothing else configured: the record goes.
		assert_ok!(Compliance::distrust_token_issuer(signed(ISSUER), t, KYC));
		assert_ok!(Compliance::set_requirements(
			signed(ISSUER),
			t,
			reqs(vec![])
		));
		System::assert_last_event(
			Event::RequirementsSet {
				token: t,
				requirements: 0,
				complexity: 0,
			}
			.into(),
		);
		assert!(!TokenSettings::<Test>::contains_key(t));
	});
}

#[test]
fn set_requirements_refuses_a_rule_set_above_the_maximum_complexity() {
	run(|| {
		let t = kyc_token();
		let before = settings(t);
		// 22 + 1 + 3 countries: 26.
		assert_noop!(
			Compliance::set_requirements(
				signed(ISSUER),
				t,
				reqs(vec![heavy(), req(vec![], vec![within(&[US, DE, FR])])])
			),
			Error::<Test>::TooComplex
		);
		assert_eq!(settings(t), before);
		// 22 + 1 + 1 country: the maximum.
		let at_max = vec![heavy(), req(vec![], vec![within(&[US])])];
		assert_ok!(Compliance::set_requirements(
			signed(ISSUER),
			t,
			reqs(at_max.clone())
		));
		System::assert_last_event(
			Event::RequirementsSet {
				token: t,
				requirements: 2,
				complexity: MAX_COMPLEXITY,
			}
			.into(),
		);
		assert_eq!(settings(t).requirements.into_inner(), at_max);
	});
}

#[test]
fn set_requirements_refuses_a_malformed_country() {
	run(|| {
		let t = kyc_token();
		let bad_sets = [
			vec![req(vec![], vec![within(&[US, LOWER])])],
			vec![req(vec![outside(&[DIGIT])], vec![])],
			vec![
				req(vec![], vec![has(Kyc)]),
				req(vec![], vec![has(Jurisdiction(LOWER))]),
			],
			vec![req(
				vec![Condition::LacksClaim {
					topic: Jurisdiction(DIGIT),
					issuers: vec![KYC].try_into().unwrap(),
				}],
				vec![],
			)],
		];
		for set in bad_sets {
			assert_noop!(
				Compliance::set_requirements(signed(ISSUER), t, reqs(set)),
				Error::<Test>::InvalidCountry
			);
		}
		set_reqs(
			t,
			vec![req(
				vec![outside(&[DE])],
				vec![has(Jurisdiction(US)), within(&[US, GB])],
			)],
		);
	});
}

#[test]
fn pause_and_resume_rules() {
	run(|| {
		let t = kyc_token();
		assert_noop!(
			Compliance::resume_rules(signed(ISSUER), t),
			Error::<Test>::NotPaused
		);
		assert_ok!(Compliance::pause_rules(signed(ISSUER), t));
		System::assert_last_event(Event::RulesPaused { token: t }.into());
		assert!(settings(t).paused);
		assert_noop!(
			Compliance::pause_rules(signed(ISSUER), t),
			Error::<Test>::AlreadyPaused
		);

		// Paused: a movement failing the rules passes.
		assert_ok!(issue(t, CHARLIE, 100));
		assert_ok!(transfer(t, CHARLIE, DAVE, 10));
		// Restrictions still apply.
		set_restr(t, restr(|r| r.max_balance = Some(150)));
		assert_ok!(issue(t, CHARLIE, 60));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::BalanceCapExceeded
		);
		// The report still shows the failed condition, but the rules pass and give no reason.
		let report = Compliance::report(t, None, DAVE, 1);
		assert!(report.paused && report.rules_passed && report.passed);
		assert!(!report.requirements[0].passed);
		assert!(report.reasons.is_empty());
		let report = Compliance::report(t, None, CHARLIE, 1);
		assert!(report.rules_passed && !report.passed);
		assert_eq!(report.reasons, vec![ReasonCode::BalanceCapExceeded]);

		assert_ok!(Compliance::resume_rules(signed(ISSUER), t));
		System::assert_last_event(Event::RulesResumed { token: t }.into());
		assert!(!settings(t).paused);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
	});
}

#[test]
fn pausing_a_token_without_settings_keeps_a_record_until_resumed() {
	run(|| {
		let t = new_token(ISSUER);
		assert_noop!(
			Compliance::resume_rules(root(), t),
			Error::<Test>::NotPaused
		);
		assert_ok!(Compliance::pause_rules(root(), t));
		assert!(settings(t).paused);
		assert_ok!(Compliance::resume_rules(root(), t));
		assert!(!TokenSettings::<Test>::contains_key(t));
	});
}

// ------------------------------------------------------------------------------------------
// set_restrictions / set_lists
// ------------------------------------------------------------------------------------------

#[test]
fn set_restrictions_replaces_the_restrictions() {
	run(|| {
		let t = new_token(ISSUER);
		let r = Restrictions {
			max_holders: Some(10),
			jurisdiction_caps: caps(&[(US, 2), (DE, 1)]),
			max_balance: Some(1_000),
			max_ownership: Some(Permill::from_percent(20)),
			lockup_until: Some(START),
		};
		assert_ok!(Compliance::set_restrictions(signed(ISSUER), t, r.clone()));
		System::assert_last_event(
			Event::RestrictionsSet {
				token: t,
				restrictions: r.clone(),
			}
			.into(),
		);
		let s = settings(t);
		assert_eq!(s.restrictions, r);
		assert!(s.tracking);
		// One per jurisdiction cap.
		assert_eq!(s.complexity, 2);
		// Replaced entirely.
		let r2 = restr(|r| r.max_holders = Some(3));
		assert_ok!(Compliance::set_restrictions(signed(ISSUER), t, r2.clone()));
		System::assert_last_event(
			Event::RestrictionsSet {
				token: t,
				restrictions: r2.clone(),
			}
			.into(),
		);
		assert_eq!(settings(t).restrictions, r2);
		assert_eq!(settings(t).complexity, 0);
		// Per-holder state is never switched off again.
		assert!(settings(t).tracking);
	});
}

#[test]
fn set_restrictions_refuses_duplicate_and_malformed_caps() {
	run(|| {
		let t = new_token(ISSUER);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.jurisdiction_caps = caps(&[(US, 2), (DE, 1), (US, 3)]))
			),
			Error::<Test>::DuplicateCap
		);
		for bad in [LOWER, DIGIT] {
			assert_noop!(
				Compliance::set_restrictions(
					signed(ISSUER),
					t,
					restr(|r| r.jurisdiction_caps = caps(&[(US, 2), (bad, 1)]))
				),
				Error::<Test>::InvalidCountry
			);
		}
	});
}

#[test]
fn set_restrictions_refuses_settings_above_the_maximum_complexity() {
	run(|| {
		let t = new_token(ISSUER);
		set_reqs(t, vec![heavy()]);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 1), (FR, 1)]))
			),
			Error::<Test>::TooComplex
		);
		set_restr(
			t,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 1)])),
		);
		assert_eq!(settings(t).complexity, MAX_COMPLEXITY);
	});
}

#[test]
fn per_holder_restrictions_must_be_set_before_the_first_issuance() {
	run(|| {
		let t = new_token(ISSUER);
		assert_ok!(issue(t, BOB, 10));
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.jurisdiction_caps = caps(&[(US, 1)]))
			),
			Error::<Test>::TokenAlreadyIssued
		);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.lockup_until = Some(START))
			),
			Error::<Test>::TokenAlreadyIssued
		);
		// Restrictions without per-holder state may come at any time.
		set_restr(
			t,
			restr(|r| {
				r.max_holders = Some(3);
				r.max_balance = Some(100);
				r.max_ownership = Some(Permill::from_percent(90));
			}),
		);
		assert!(!settings(t).tracking);

		// A token that keeps per-holder state from before its issuance may change its caps
		// later, but a lock-up applies to what is issued while it is set: it can be set or moved
		// only before the first issuance, and lifted at any time.
		let t2 = new_token(ISSUER);
		set_restr(t2, restr(|r| r.jurisdiction_caps = caps(&[(US, 1)])));
		assert_ok!(issue(t2, BOB, 10));
		set_restr(
			t2,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 2), (DE, 1)])),
		);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t2,
				restr(|r| {
					r.jurisdiction_caps = caps(&[(US, 2), (DE, 1)]);
					r.lockup_until = Some(START);
				})
			),
			Error::<Test>::TokenAlreadyIssued
		);
		assert_eq!(
			HolderStates::<Test>::get(t2, BOB),
			Some(HolderState {
				counted_in: None,
				locked: 0
			})
		);
		let t3 = new_token(ISSUER);
		set_restr(t3, restr(|r| r.lockup_until = Some(START)));
		assert_ok!(issue(t3, BOB, 10));
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t3,
				restr(|r| r.lockup_until = Some(START + 1))
			),
			Error::<Test>::TokenAlreadyIssued
		);
		set_restr(t3, restr(|r| r.lockup_until = Some(START)));
		set_restr(t3, restr(|r| r.lockup_until = None));
		assert!(settings(t3).tracking);
	});
}

#[test]
fn set_lists_sets_and_removes_list_entries() {
	run(|| {
		let t = new_token(ISSUER);
		for bad in [8u8, 0xFF, ListFlags::ALLOW | 16] {
			assert_noop!(
				Compliance::set_lists(
					signed(ISSUER),
					t,
					entries(&[(BOB, ListFlags::ALLOW), (CHARLIE, bad)])
				),
				Error::<Test>::InvalidFlags
			);
		}
		let deny_exempt = ListFlags::DENY | ListFlags::EXEMPT;
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, ListFlags::ALLOW), (CHARLIE, deny_exempt)])
		));
		let n = events().len();
		assert_eq!(
			events()[n - 2..].to_vec(),
			vec![
				Event::ListsUpdated {
					token: t,
					account: BOB,
					flags: ListFlags(ListFlags::ALLOW)
				},
				Event::ListsUpdated {
					token: t,
					account: CHARLIE,
					flags: ListFlags(deny_exempt)
				},
			]
		);
		assert_eq!(settings(t).listed, 2);
		assert_eq!(Lists::<Test>::get(t, CHARLIE), Some(ListFlags(deny_exempt)));
		// Lists add no complexity.
		assert_eq!(settings(t).complexity, 0);

		// Changing an entry keeps the count; 0 takes an account off every list; taking off an
		// account on none changes nothing.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, ListFlags::ALL), (CHARLIE, 0), (DAVE, 0)])
		));
		System::assert_last_event(
			Event::ListsUpdated {
				token: t,
				account: DAVE,
				flags: ListFlags(0),
			}
			.into(),
		);
		assert_eq!(settings(t).listed, 1);
		assert_eq!(Lists::<Test>::get(t, BOB), Some(ListFlags(ListFlags::ALL)));
		assert_eq!(Lists::<Test>::get(t, CHARLIE), None);
		// The same account twice in a batch: the last entry wins, counted once.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(DAVE, ListFlags::ALLOW), (DAVE, ListFlags::DENY)])
		));
		assert_eq!(settings(t).listed, 2);
		assert_eq!(
			Lists::<Test>::get(t, DAVE),
			Some(ListFlags(ListFlags::DENY))
		);
		// The last entries go: so does the record.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, 0), (DAVE, 0)])
		));
		assert!(!TokenSettings::<Test>::contains_key(t));
		assert_eq!(Lists::<Test>::iter_prefix(t).count(), 0);
	});
}

// ------------------------------------------------------------------------------------------
// The transfer check, through the ledger
// ------------------------------------------------------------------------------------------

#[test]
fn issuance_needs_the_receivers_claim() {
	run(|| {
		let t = kyc_token();
		let refused = issue(t, CHARLIE, 100);
		assert_eq!(
			refused,
			Err(Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
			.into())
		);
		// Decodable by a client.
		assert!(matches!(
			decoded(refused),
			Error::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		));
		assert_eq!(balance(t, CHARLIE), 0);
		// A claim of another topic does not do.
		claim(CHARLIE, Aml);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 100),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		claim(CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 100));
		assert_eq!(balance(t, CHARLIE), 100);
		// A holder's transfer checks its receiver too.
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, DAVE, 10),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		claim(DAVE, Kyc);
		assert_ok!(transfer(t, CHARLIE, DAVE, 10));
		assert_eq!(balance(t, DAVE), 10);
		// A token without rules lets anyone hold it.
		let free = new_token(ISSUER);
		assert_ok!(issue(free, NOBODY, 1));
	});
}

#[test]
fn a_claim_counts_until_the_block_before_its_expiry() {
	run(|| {
		let t = kyc_token();
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			CHARLIE,
			Kyc,
			Some(10),
			None
		));
		System::set_block_number(9);
		assert_ok!(issue(t, CHARLIE, 1));
		assert!(Compliance::report(t, None, CHARLIE, 1).passed);
		System::set_block_number(10);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		assert!(!Compliance::report(t, None, CHARLIE, 1).passed);
		// A fresh claim counts again.
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			CHARLIE,
			Kyc,
			Some(11),
			None
		));
		assert_ok!(issue(t, CHARLIE, 1));
	});
}

#[test]
fn claims_of_a_distrusted_issuer_count_as_absent() {
	run(|| {
		let t = kyc_token();
		claim(CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 1));
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		// The claim is still stored.
		assert_eq!(Claims::<Test>::get(CHARLIE).len(), 1);
		// Trusted by the token, for the topic: it counts for the token.
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_ok!(issue(t, CHARLIE, 1));
		// Trusted for other topics only: it does not.
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			KYC,
			topics(&[Aml])
		));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
	});
}

#[test]
fn an_issuer_trusted_by_one_token_counts_for_that_token_only() {
	run(|| {
		let t = kyc_token();
		let t2 = kyc_token();
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			OTHER,
			topics(&[Kyc])
		));
		claim_by(OTHER, CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 1));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t2, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		// Network trust limited to other topics does not help either.
		assert_ok!(Compliance::trust_issuer(
			root(),
			OTHER,
			topics(&[Aml, Jurisdiction(US)])
		));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t2, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
	});
}

#[test]
fn a_condition_naming_issuers_counts_only_their_claims() {
	run(|| {
		trust(KYC);
		// OTHER is a claim issuer through another token only.
		let elsewhere = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			elsewhere,
			OTHER,
			None
		));
		let t = new_token(ISSUER);
		set_reqs(t, vec![req(vec![], vec![has_from(Kyc, &[OTHER, THIRD])])]);
		// KYC is trusted by the network, but not named.
		claim(CHARLIE, Kyc);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		// OTHER is named, but its claim counts only once this token (or the network) trusts
		// it: naming issuers narrows the trusted ones, it does not trust anyone.
		assert_ok!(Compliance::add_claim(
			signed(OTHER),
			CHARLIE,
			Kyc,
			Some(5),
			None
		));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			OTHER,
			None
		));
		assert_ok!(issue(t, CHARLIE, 1));
		// Until it expires.
		System::set_block_number(5);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
	});
}

#[test]
fn a_forbidden_claim_refuses_the_receiver() {
	run(|| {
		trust(KYC);
		// OTHER is trusted for AML only: its Blocked claims do not count.
		assert_ok!(Compliance::trust_issuer(root(), OTHER, topics(&[Aml])));
		let t = new_token(ISSUER);
		set_reqs(t, vec![req(vec![], vec![has(Kyc), lacks(Blocked)])]);
		claim(CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 1));
		claim(CHARLIE, Blocked);
		let refused = issue(t, CHARLIE, 1);
		assert_eq!(
			refused,
			Err(Error::<Test>::ForbiddenClaim {
				requirement: 0,
				receiver: true,
				condition: 1
			}
			.into())
		);
		assert!(matches!(
			decoded(refused),
			Error::ForbiddenClaim {
				requirement: 0,
				receiver: true,
				condition: 1
			}
		));
		assert_ok!(Compliance::revoke_claim(signed(KYC), CHARLIE, Blocked));
		assert_ok!(issue(t, CHARLIE, 1));

		claim(DAVE, Kyc);
		claim_by(OTHER, DAVE, Blocked);
		assert_ok!(issue(t, DAVE, 1));
	});
}

#[test]
fn jurisdiction_conditions_refuse_other_and_missing_jurisdictions() {
	run(|| {
		trust(KYC);
		let only_us_gb = new_token(ISSUER);
		set_reqs(only_us_gb, vec![req(vec![], vec![within(&[US, GB])])]);
		let not_de = new_token(ISSUER);
		set_reqs(not_de, vec![req(vec![], vec![outside(&[DE])])]);
		let refused: DispatchError = Error::<Test>::JurisdictionNotAllowed {
			requirement: 0,
			receiver: true,
			condition: 0,
		}
		.into();

		// Without a jurisdiction: both refuse.
		claim(CHARLIE, Kyc);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), only_us_gb, CHARLIE, 1),
			refused
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), not_de, CHARLIE, 1),
			refused
		);
		assert!(matches!(
			decoded(issue(not_de, CHARLIE, 1)),
			Error::JurisdictionNotAllowed {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		));
		// DE: both refuse.
		claim(CHARLIE, Jurisdiction(DE));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), only_us_gb, CHARLIE, 1),
			refused
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), not_de, CHARLIE, 1),
			refused
		);
		// US (replacing DE): both admit.
		claim(CHARLIE, Jurisdiction(US));
		assert_ok!(issue(only_us_gb, CHARLIE, 1));
		assert_ok!(issue(not_de, CHARLIE, 1));
		// FR: only the second.
		claim(DAVE, Jurisdiction(FR));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), only_us_gb, DAVE, 1),
			refused
		);
		assert_ok!(issue(not_de, DAVE, 1));
		// The jurisdiction is the first one from a trusted issuer: OTHER is trusted for AML
		// only, so its US claim is ignored and KYC's DE counts.
		assert_ok!(Compliance::trust_issuer(root(), OTHER, topics(&[Aml])));
		claim_by(OTHER, EVE, Jurisdiction(US));
		claim(EVE, Jurisdiction(DE));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), only_us_gb, EVE, 1),
			refused
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), not_de, EVE, 1),
			refused
		);
	});
}

#[test]
fn identity_conditions_follow_registrar_judgements() {
	run(|| {
		let by_one = new_token(ISSUER);
		set_reqs(
			by_one,
			vec![req(
				vec![],
				vec![Condition::IdentityJudged { registrar: Some(1) }],
			)],
		);
		let by_any = new_token(ISSUER);
		set_reqs(
			by_any,
			vec![req(
				vec![],
				vec![Condition::IdentityJudged { registrar: None }],
			)],
		);
		let refused: DispatchError = Error::<Test>::IdentityNotJudged {
			requirement: 0,
			receiver: true,
			condition: 0,
		}
		.into();
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), by_one, CHARLIE, 1),
			refused
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), by_any, CHARLIE, 1),
			refused
		);
		assert!(matches!(
			decoded(issue(by_any, CHARLIE, 1)),
			Error::IdentityNotJudged {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		));
		// Judged by registrar 2: enough for any, not for registrar 1.
		Judged::judge(CHARLIE, 2);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), by_one, CHARLIE, 1),
			refused
		);
		assert_ok!(issue(by_any, CHARLIE, 1));
		Judged::judge(CHARLIE, 1);
		assert_ok!(issue(by_one, CHARLIE, 1));
		// Someone else's judgement is not Dave's.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), by_any, DAVE, 1),
			refused
		);
	});
}

#[test]
fn list_conditions_follow_the_tokens_lists() {
	run(|| {
		let t = new_token(ISSUER);
		set_reqs(
			t,
			vec![req(
				vec![],
				vec![Condition::AllowListed, Condition::NotDenyListed],
			)],
		);
		let other = new_token(ISSUER);
		set_reqs(other, vec![req(vec![], vec![Condition::AllowListed])]);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::NotAllowListed {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		list(t, CHARLIE, ListFlags::ALLOW | ListFlags::DENY);
		let refused = issue(t, CHARLIE, 1);
		assert_eq!(
			refused,
			Err(Error::<Test>::DenyListed {
				requirement: 0,
				receiver: true,
				condition: 1
			}
			.into())
		);
		assert!(matches!(
			decoded(refused),
			Error::DenyListed {
				requirement: 0,
				receiver: true,
				condition: 1
			}
		));
		list(t, CHARLIE, ListFlags::ALLOW);
		assert_ok!(issue(t, CHARLIE, 1));
		// Lists are the token's own.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), other, CHARLIE, 1),
			Error::<Test>::NotAllowListed {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		list(t, CHARLIE, 0);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::NotAllowListed {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
	});
}

#[test]
fn the_error_names_the_requirement_closest_to_holding() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_reqs(
			t,
			vec![
				req(vec![], vec![has(Kyc), has(Aml), has(Accredited)]),
				req(vec![], vec![has(Kyc), Condition::AllowListed]),
				req(vec![], vec![has(QualifiedPurchaser), has(Kyc)]),
			],
		);
		// Nothing: the second requirement fails fewest (two), before the third (two).
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 1,
				receiver: true,
				condition: 0
			}
		);
		// KYC: the first fails two, the second and third one each: the second is named.
		claim(CHARLIE, Kyc);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::NotAllowListed {
				requirement: 1,
				receiver: true,
				condition: 1
			}
		);
		// KYC and AML: the first fails one too, and comes first.
		claim(CHARLIE, Aml);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 2
			}
		);
		// Any requirement holding is enough.
		claim(CHARLIE, QualifiedPurchaser);
		assert_ok!(issue(t, CHARLIE, 1));
	});
}

#[test]
fn sender_conditions_apply_to_transfers_but_not_to_issuance() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_reqs(t, vec![req(vec![has(Accredited)], vec![has(Kyc)])]);
		claim(CHARLIE, Kyc);
		claim(DAVE, Kyc);
		// No sender: only the receiver's conditions count.
		assert_ok!(issue(t, CHARLIE, 10));
		let refused = transfer(t, CHARLIE, DAVE, 1);
		assert_eq!(
			refused,
			Err(Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: false,
				condition: 0
			}
			.into())
		);
		assert!(matches!(
			decoded(refused),
			Error::MissingClaim {
				requirement: 0,
				receiver: false,
				condition: 0
			}
		));
		// Both sides failing: the sender's condition is named.
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: false,
				condition: 0
			}
		);
		claim(CHARLIE, Accredited);
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		assert_ok!(transfer(t, CHARLIE, DAVE, 1));
	});
}

#[test]
fn regulatory_and_custody_movements_are_not_refused() {
	run(|| {
		let t = kyc_token();
		claim(CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 100));
		set_restr(t, restr(|r| r.max_holders = Some(1)));
		// Dave has no claim and would be a second holder: a holder transfer is refused.
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, DAVE, 10),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			CHARLIE,
			DAVE,
			10,
			court_order()
		));
		assert_eq!(balance(t, DAVE), 10);
		assert_ok!(SecurityToken::recover(signed(ISSUER), t, CHARLIE, EVE));
		assert_eq!(balance(t, EVE), 90);
		// Burns are not refused either.
		assert_ok!(burn(t, DAVE, 10));
		// A ledger transfer is judged as a holder's.
		assert_noop!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::transfer(t, &EVE, &FERDIE, 5),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
	});
}

type Ledger = SecurityToken;

fn into_custody(t: TokenId, holder: AccountId, amount: Balance) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::deposit(t, &VAULT, &holder, amount)
}

fn settle(t: TokenId, from: AccountId, to: AccountId, amount: Balance) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::settle(t, &VAULT, Some(&from), &to, amount)
}

fn check_settlement(
	t: TokenId,
	from: Option<AccountId>,
	to: AccountId,
	amount: Balance,
) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::check_settlement(
		t,
		&VAULT,
		from.as_ref(),
		&to,
		amount,
	)
}

fn missing_kyc_of_receiver() -> DispatchError {
	Error::<Test>::MissingClaim {
		requirement: 0,
		receiver: true,
		condition: 0,
	}
	.into()
}

#[test]
fn custody_is_judged_between_the_beneficial_parties_when_it_settles() {
	run(|| {
		let t = kyc_token();
		claim(CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 100));
		set_restr(t, restr(|r| r.max_holders = Some(2)));
		// Entering custody changes no beneficial owner: not judged, and the custodian is
		// no holder (it has no claim, and the cap of two is not touched).
		assert_ok!(into_custody(t, CHARLIE, 100));
		assert_eq!(holders(t), 0);
		assert!(HolderStates::<Test>::get(t, VAULT).is_none());
		// The settlement is judged as Charlie's transfer to the receiver, now.
		assert_noop!(settle(t, CHARLIE, DAVE, 10), missing_kyc_of_receiver());
		claim(DAVE, Kyc);
		assert_ok!(settle(t, CHARLIE, DAVE, 10));
		// A revoked claim counts from the moment it is revoked.
		claim(EVE, Kyc);
		assert_ok!(check_settlement(t, Some(DAVE), EVE, 1));
		assert_ok!(Compliance::revoke_claim(signed(KYC), EVE, Kyc));
		assert_noop!(settle(t, CHARLIE, EVE, 10), missing_kyc_of_receiver());
		// Holder caps count holders as they are at settlement: Charlie left the count when
		// his tokens went into custody, Dave joined; a third holder is refused, although
		// Charlie's earlier leaving freed a slot at request time.
		claim(FERDIE, Kyc);
		assert_ok!(settle(t, CHARLIE, FERDIE, 10));
		assert_eq!(holders(t), 2);
		claim(EVE, Kyc);
		assert_noop!(settle(t, CHARLIE, EVE, 10), Error::<Test>::HolderCapReached);
		// A return to the owner is never judged (Charlie rejoins the holders above the cap:
		// his own tokens come back).
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::release(
			t, &VAULT, &CHARLIE, 80
		));
		assert_eq!(holders(t), 3);
	});
}

#[test]
fn a_settlement_obeys_balance_caps_as_they_stand_when_it_settles() {
	run(|| {
		let t = kyc_token();
		claim(CHARLIE, Kyc);
		claim(DAVE, Kyc);
		assert_ok!(issue(t, CHARLIE, 300));
		set_restr(t, restr(|r| r.max_balance = Some(100)));
		// Two requests of 100 each to Dave both pass the up-front check...
		assert_ok!(check_settlement(t, Some(CHARLIE), DAVE, 100));
		assert_ok!(into_custody(t, CHARLIE, 100));
		assert_ok!(check_settlement(t, Some(CHARLIE), DAVE, 100));
		assert_ok!(into_custody(t, CHARLIE, 100));
		// ... but only the first settles: the second would take Dave to 200.
		assert_ok!(settle(t, CHARLIE, DAVE, 100));
		assert_noop!(
			settle(t, CHARLIE, DAVE, 100),
			Error::<Test>::BalanceCapExceeded
		);
		assert_eq!(balance(t, DAVE), 100);
	});
}

#[test]
fn check_settlement_applies_every_rule_to_the_end_to_end_transfer() {
	run(|| {
		let t = kyc_token();
		claim(CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 100));
		set_restr(t, restr(|r| r.max_holders = Some(1)));
		assert_noop!(
			check_settlement(t, Some(CHARLIE), NOBODY, 5),
			missing_kyc_of_receiver()
		);
		claim(NOBODY, Kyc);
		assert_noop!(
			check_settlement(t, Some(CHARLIE), NOBODY, 5),
			Error::<Test>::HolderCapReached
		);
		// Charlie sending everything leaves: the receiver takes his place under the cap.
		assert_ok!(check_settlement(t, Some(CHARLIE), NOBODY, 100));
		// An issuance (no sender) is judged by the same rules.
		assert_noop!(
			check_settlement(t, None, FERDIE, 5),
			missing_kyc_of_receiver()
		);
		claim(FERDIE, Kyc);
		assert_noop!(
			check_settlement(t, None, FERDIE, 5),
			Error::<Test>::HolderCapReached
		);
		assert_ok!(check_settlement(t, None, CHARLIE, 5));
	});
}

// ------------------------------------------------------------------------------------------
// Restrictions
// ------------------------------------------------------------------------------------------

#[test]
fn max_holders_refuses_a_new_holder_only() {
	run(|| {
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.max_holders = Some(2)));
		assert_ok!(issue(t, BOB, 100));
		assert_ok!(issue(t, CHARLIE, 100));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, DAVE, 1),
			Error::<Test>::HolderCapReached
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, DAVE, 1),
			Error::<Test>::HolderCapReached
		);
		// Existing holders may receive more.
		assert_ok!(issue(t, BOB, 1));
		assert_ok!(transfer(t, CHARLIE, BOB, 10));
		// A sender that leaves makes room for its receiver.
		assert_ok!(transfer(t, CHARLIE, DAVE, 90));
		assert_eq!(holders(t), 2);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::HolderCapReached
		);
		// An exempt receiver is never refused, and counts.
		list(t, EVE, ListFlags::EXEMPT);
		assert_ok!(transfer(t, BOB, EVE, 1));
		assert_eq!(holders(t), 3);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::HolderCapReached
		);
		// Exempt holders count: with Dave gone, Bob and Eve fill the two places.
		assert_ok!(burn(t, DAVE, 90));
		assert_eq!(holders(t), 2);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::HolderCapReached
		);
		// A holder that burns out makes room.
		assert_ok!(burn(t, EVE, 1));
		assert_ok!(transfer(t, BOB, CHARLIE, 1));
		assert_eq!(holders(t), 2);
	});
}

#[test]
fn a_holder_gaining_or_losing_its_exemption_is_uncounted_or_counted() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.jurisdiction_caps = caps(&[(US, 5)])));
		claim(BOB, Jurisdiction(US));
		claim(CHARLIE, Jurisdiction(US));
		let count = || JurisdictionHolders::<Test>::get(t, US);
		let counted = |who| HolderStates::<Test>::get(t, who).and_then(|s| s.counted_in);
		list(t, CHARLIE, ListFlags::EXEMPT);
		assert_ok!(issue(t, BOB, 10));
		assert_ok!(issue(t, CHARLIE, 10));
		assert_eq!(
			(count(), counted(BOB), counted(CHARLIE)),
			(Some(1), Some(US), None)
		);

		// Bob becomes exempt: no longer counted; Charlie loses it: counted now.
		list(t, BOB, ListFlags::EXEMPT | ListFlags::ALLOW);
		assert_eq!((count(), counted(BOB)), (None, None));
		list(t, CHARLIE, ListFlags::ALLOW);
		assert_eq!((count(), counted(CHARLIE)), (Some(1), Some(US)));
		// Flags that keep the exemption as it is change nothing.
		list(t, BOB, ListFlags::EXEMPT);
		list(t, CHARLIE, ListFlags::DENY);
		assert_eq!(
			(count(), counted(BOB), counted(CHARLIE)),
			(Some(1), None, Some(US))
		);
		// Off every list: Bob is counted again.
		list(t, BOB, 0);
		assert_eq!((count(), counted(BOB)), (Some(2), Some(US)));
		// An account that holds nothing has no state to change.
		list(t, DAVE, ListFlags::EXEMPT);
		list(t, DAVE, 0);
		assert_eq!(HolderStates::<Test>::get(t, DAVE), None);
	});
}

#[test]
fn jurisdiction_caps_count_holders_per_jurisdiction() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_restr(
			t,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 2)])),
		);
		for (who, country) in [
			(BOB, US),
			(CHARLIE, US),
			(DAVE, DE),
			(EVE, DE),
			(FERDIE, DE),
		] {
			claim(who, Jurisdiction(country));
		}
		let count = |c| JurisdictionHolders::<Test>::get(t, c);
		let counted = |who| HolderStates::<Test>::get(t, who).map(|s| s.counted_in);

		assert_ok!(issue(t, BOB, 100));
		assert_eq!(count(US), Some(1));
		assert_eq!(
			HolderStates::<Test>::get(t, BOB),
			Some(HolderState {
				counted_in: Some(US),
				locked: 0
			})
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		// Bob leaving the US makes room for Charlie, in the same transfer.
		assert_ok!(transfer(t, BOB, CHARLIE, 100));
		assert_eq!(count(US), Some(1));
		assert_eq!(counted(BOB), None);
		assert_eq!(counted(CHARLIE), Some(Some(US)));

		// Two in DE.
		assert_ok!(issue(t, DAVE, 10));
		assert_ok!(issue(t, EVE, 10));
		assert_eq!(count(DE), Some(2));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, FERDIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		// Existing holders may receive more.
		assert_ok!(issue(t, DAVE, 5));
		assert_ok!(transfer(t, CHARLIE, EVE, 5));
		assert_eq!(count(DE), Some(2));
		// An exempt receiver is neither refused nor counted.
		list(t, FERDIE, ListFlags::EXEMPT);
		assert_ok!(issue(t, FERDIE, 1));
		assert_eq!(counted(FERDIE), Some(None));
		assert_eq!(count(DE), Some(2));
		// An account without a jurisdiction (or one without a cap) is neither.
		assert_ok!(issue(t, NOBODY, 1));
		assert_eq!(counted(NOBODY), Some(None));
		claim(AGENT, Jurisdiction(FR));
		assert_ok!(issue(t, AGENT, 1));
		assert_eq!(count(FR), Some(1));

		// Burns keep the counts.
		assert_ok!(burn(t, DAVE, 5));
		assert_eq!(count(DE), Some(2));
		assert_ok!(burn(t, DAVE, 10));
		assert_eq!(count(DE), Some(1));
		assert_eq!(counted(DAVE), None);
		// A holder is counted where it was when it became one.
		claim(EVE, Jurisdiction(US));
		assert_ok!(burn(t, EVE, 15));
		assert_eq!(count(DE), None);
		assert_eq!(count(US), Some(1));
		// Transfers keep them too: Charlie sends everything to Ferdie (exempt, uncounted).
		assert_ok!(transfer(t, CHARLIE, FERDIE, 95));
		assert_eq!(count(US), None);
		assert_ok!(issue(t, BOB, 1));
		assert_eq!(count(US), Some(1));
	});
}

#[test]
fn max_balance_caps_every_receiver_but_the_exempt() {
	run(|| {
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.max_balance = Some(100)));
		assert_ok!(issue(t, BOB, 100));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::BalanceCapExceeded
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 101),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(issue(t, CHARLIE, 60));
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(transfer(t, BOB, CHARLIE, 40));
		assert_eq!(balance(t, CHARLIE), 100);
		list(t, DAVE, ListFlags::EXEMPT);
		assert_ok!(issue(t, DAVE, 500));
		assert_ok!(transfer(t, CHARLIE, DAVE, 100));
	});
}

#[test]
fn max_ownership_caps_the_share_of_the_supply_after_the_movement() {
	run(|| {
		let t = new_token(ISSUER);
		set_restr(
			t,
			restr(|r| r.max_ownership = Some(Permill::from_percent(50))),
		);
		// The first issuance would give one holder the whole supply.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 100),
			Error::<Test>::OwnershipCapExceeded
		);
		list(t, DAVE, ListFlags::EXEMPT);
		assert_ok!(issue(t, DAVE, 100));
		// 100 of the 200 there are after the issuance: exactly half.
		assert_ok!(issue(t, BOB, 100));
		// 101 of 201.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::OwnershipCapExceeded
		);
		// 101 of 200.
		assert_noop!(
			SecurityToken::transfer(signed(DAVE), t, BOB, 1),
			Error::<Test>::OwnershipCapExceeded
		);
		assert_ok!(transfer(t, DAVE, CHARLIE, 100));
		assert_eq!(balance(t, CHARLIE), 100);
	});
}

#[test]
fn issued_tokens_are_locked_up_until_the_end_of_the_lock_up() {
	run(|| {
		Timestamp::set_timestamp(START);
		let until = START + 1_000;
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.lockup_until = Some(until)));
		let locked = |who| HolderStates::<Test>::get(t, who).map(|s| s.locked);
		assert_ok!(issue(t, BOB, 100));
		assert_eq!(locked(BOB), Some(100));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::LockedUp
		);
		// An exempt sender's issued tokens move.
		list(t, DAVE, ListFlags::EXEMPT);
		assert_ok!(issue(t, DAVE, 100));
		assert_ok!(transfer(t, DAVE, BOB, 30));
		// Tokens received by transfer are not locked.
		assert_eq!(locked(BOB), Some(100));
		assert_ok!(transfer(t, BOB, CHARLIE, 30));
		assert_eq!(locked(CHARLIE), Some(0));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::LockedUp
		);
		assert_ok!(transfer(t, CHARLIE, EVE, 30));
		// A millisecond before the end, still locked.
		Timestamp::set_timestamp(until - 1);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::LockedUp
		);
		// From the end on, everything moves; issued tokens are no longer locked.
		Timestamp::set_timestamp(until);
		assert_ok!(transfer(t, BOB, CHARLIE, 100));
		assert_eq!(locked(BOB), None);
		assert_ok!(issue(t, FERDIE, 10));
		assert_eq!(locked(FERDIE), Some(0));
	});
}

#[test]
fn locked_tokens_follow_burns_and_recovery() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.lockup_until = Some(START + 1_000)));
		let locked = |who| HolderStates::<Test>::get(t, who).map(|s| s.locked);
		assert_ok!(issue(t, BOB, 100));
		// Burning locked tokens leaves no more locked than held.
		assert_ok!(burn(t, BOB, 30));
		assert_eq!(locked(BOB), Some(70));
		// Recovery carries the locked tokens to the new account, where they stay locked.
		assert_ok!(SecurityToken::recover(signed(ISSUER), t, BOB, CHARLIE));
		assert_eq!(locked(BOB), None);
		assert_eq!(locked(CHARLIE), Some(70));
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, DAVE, 1),
			Error::<Test>::LockedUp
		);
		// A forced transfer is a regulatory action: not refused.
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			CHARLIE,
			DAVE,
			20,
			court_order()
		));
		assert_eq!(locked(CHARLIE), Some(50));
	});
}

#[test]
fn restrictions_hold_for_receivers_that_pass_the_rules() {
	run(|| {
		// Rules and restrictions together: the rule's error comes first.
		let t = kyc_token();
		set_restr(t, restr(|r| r.max_balance = Some(10)));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 11),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		claim(CHARLIE, Kyc);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 11),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(issue(t, CHARLIE, 10));
	});
}

// ------------------------------------------------------------------------------------------
// Reason codes and the report
// ------------------------------------------------------------------------------------------

#[test]
fn can_transfer_lists_the_compliance_reason_codes() {
	run(|| {
		let t = kyc_token();
		set_restr(t, restr(|r| r.max_holders = Some(1)));
		claim(BOB, Kyc);
		assert_ok!(issue(t, BOB, 100));
		let movement = |to, amount, kind| Movement::new(t, kind, Some(&BOB), Some(to), amount);
		// Dave has no claim and would be a second holder.
		assert_eq!(
			SecurityToken::reasons(&movement(&DAVE, 10, MovementKind::Transfer)),
			vec![ReasonCode::MissingClaim, ReasonCode::HolderCapReached]
		);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 10),
			vec![ReasonCode::MissingClaim, ReasonCode::HolderCapReached]
		);
		// The ledger's own reasons come first.
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 1_000),
			vec![
				ReasonCode::InsufficientBalance,
				ReasonCode::MissingClaim,
				ReasonCode::HolderCapReached
			]
		);
		// Movements compliance does not check have no compliance reasons.
		assert!(
			SecurityToken::reasons(&movement(&DAVE, 10, MovementKind::ForcedTransfer)).is_empty()
		);
		// Paused rules give no reasons; restrictions still do.
		assert_ok!(Compliance::pause_rules(signed(ISSUER), t));
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 10),
			vec![ReasonCode::HolderCapReached]
		);
		assert_ok!(Compliance::resume_rules(signed(ISSUER), t));
		// A reason of several failed conditions appears once.
		set_reqs(
			t,
			vec![
				req(vec![], vec![has(Kyc)]),
				req(vec![], vec![has(Aml), has(Accredited)]),
			],
		);
		set_restr(t, Restrictions::default());
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 10),
			vec![ReasonCode::MissingClaim]
		);
		// Nothing wrong: no reasons.
		claim(DAVE, Kyc);
		assert!(SecurityToken::api_can_transfer(t, &BOB, &DAVE, 10).is_empty());
	});
}

#[test]
fn the_report_shows_every_requirement_condition_and_restriction() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_reqs(
			t,
			vec![
				req(vec![has(Kyc)], vec![has(Kyc), within(&[US])]),
				req(vec![], vec![Condition::AllowListed]),
			],
		);
		set_restr(
			t,
			restr(|r| {
				r.max_holders = Some(5);
				r.max_balance = Some(50);
			}),
		);
		claim(BOB, Kyc);
		claim(CHARLIE, Kyc);
		claim(CHARLIE, Jurisdiction(DE));
		list(t, BOB, ListFlags::ALLOW);
		assert_ok!(issue(t, BOB, 40));

		let ok = ConditionResult {
			passed: true,
			reason: None,
		};
		let fail = |r| ConditionResult {
			passed: false,
			reason: Some(r),
		};
		let restriction = |kind, passed| RestrictionResult { kind, passed };
		assert_eq!(
			Compliance::report(t, Some(BOB), CHARLIE, 20),
			ComplianceReport {
				configured: true,
				paused: false,
				rules_passed: false,
				requirements: vec![
					RequirementResult {
						passed: false,
						sender: vec![ok],
						receiver: vec![ok, fail(ReasonCode::JurisdictionNotAllowed)],
					},
					RequirementResult {
						passed: false,
						sender: vec![],
						receiver: vec![fail(ReasonCode::NotAllowListed)],
					},
				],
				restrictions: vec![
					restriction(RestrictionKind::MaxHolders, true),
					restriction(RestrictionKind::MaxBalance, true),
				],
				passed: false,
				reasons: vec![
					ReasonCode::JurisdictionNotAllowed,
					ReasonCode::NotAllowListed
				],
			}
		);
		// The transfer fails as reported, naming the first of the two closest requirements.
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 20),
			Error::<Test>::JurisdictionNotAllowed {
				requirement: 0,
				receiver: true,
				condition: 1
			}
		);
		// An issuance: no sender conditions; here the balance cap fails too.
		let report = Compliance::report(t, None, CHARLIE, 60);
		assert_eq!(report.requirements[0].sender, vec![]);
		assert_eq!(
			report.requirements[0].receiver,
			vec![ok, fail(ReasonCode::JurisdictionNotAllowed)]
		);
		assert_eq!(
			report.restrictions,
			vec![
				restriction(RestrictionKind::MaxHolders, true),
				restriction(RestrictionKind::MaxBalance, false),
			]
		);
		assert_eq!(
			report.reasons,
			vec![
				ReasonCode::JurisdictionNotAllowed,
				ReasonCode::NotAllowListed,
				ReasonCode::BalanceCapExceeded
			]
		);
		// Passing.
		list(t, CHARLIE, ListFlags::ALLOW);
		let report = Compliance::report(t, Some(BOB), CHARLIE, 20);
		assert!(report.rules_passed && report.passed && report.reasons.is_empty());
		assert_eq!(report.requirements[1].receiver, vec![ok]);
		assert_ok!(transfer(t, BOB, CHARLIE, 20));

		// A token without settings: nothing configured, everything passes.
		let free = new_token(ISSUER);
		assert_eq!(
			Compliance::report(free, Some(BOB), CHARLIE, 1),
			ComplianceReport {
				configured: false,
				paused: false,
				rules_passed: true,
				requirements: vec![],
				restrictions: vec![],
				passed: true,
				reasons: vec![],
			}
		);
	});
}

#[test]
fn the_report_shows_the_lock_up_and_jurisdiction_caps() {
	run(|| {
		trust(KYC);
		Timestamp::set_timestamp(START);
		let t = new_token(ISSUER);
		set_restr(
			t,
			restr(|r| {
				r.jurisdiction_caps = caps(&[(US, 1)]);
				r.max_ownership = Some(Permill::from_percent(100));
				r.lockup_until = Some(START + 1);
			}),
		);
		claim(BOB, Jurisdiction(US));
		claim(CHARLIE, Jurisdiction(US));
		assert_ok!(issue(t, BOB, 10));
		let report = Compliance::report(t, Some(BOB), CHARLIE, 1);
		assert!(report.rules_passed && !report.passed);
		assert_eq!(
			report.restrictions,
			vec![
				RestrictionResult {
					kind: RestrictionKind::MaxHoldersInJurisdiction,
					passed: false
				},
				RestrictionResult {
					kind: RestrictionKind::MaxOwnership,
					passed: true
				},
				RestrictionResult {
					kind: RestrictionKind::LockUp,
					passed: false
				},
			]
		);
		assert_eq!(
			report.reasons,
			vec![ReasonCode::HolderCapReached, ReasonCode::LockedUp]
		);
		// The first failed restriction is the error.
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		// No lock-up restriction on an issuance.
		let report = Compliance::report(t, None, CHARLIE, 1);
		assert_eq!(report.restrictions.len(), 2);
	});
}

// ------------------------------------------------------------------------------------------
// Weights
// ------------------------------------------------------------------------------------------

#[test]
fn the_check_weight_follows_the_settings() {
	run(|| {
		let w = |t| <Compliance as TransferCheck<AccountId, Balance>>::weight(t);
		let check = <() as WeightInfo>::check;
		let check_listed_tracked = <() as WeightInfo>::check_listed_tracked;
		let check_identity = <() as WeightInfo>::check_identity;
		let one_read = <Test as frame_system::Config>::DbWeight::get().reads(1);
		let t = new_token(ISSUER);
		assert_eq!(w(t), one_read);
		assert_eq!(w(UNKNOWN), one_read);

		// At least the benchmarked check of the record's complexity and features.
		set_reqs(t, vec![req(vec![], vec![has(Kyc)])]);
		let simple = w(t);
		assert_eq!(simple, check(1));
		assert!(simple.all_gt(one_read));
		// More complex, more weight (at least in proof: the benchmark may find no measurable
		// execution time per unit).
		set_reqs(t, vec![req(vec![], vec![within(&[US, DE, FR, GB])])]);
		let complex = w(t);
		assert_eq!(complex, check(5));
		assert!(complex.all_gte(simple) && complex.proof_size() > simple.proof_size());
		// Identity judgements at the same complexity: more.
		set_reqs(
			t,
			vec![req(
				vec![],
				vec![
					Condition::IdentityJudged { registrar: None },
					within(&[US, DE, FR]),
				],
			)],
		);
		assert_eq!(settings(t).complexity, 5);
		let identity = w(t);
		assert_eq!(identity, check_identity(5));
		assert!(identity.all_gt(complex));
		// Lists on top: the identity benchmark has them.
		list(t, BOB, ListFlags::ALLOW);
		let listed = w(t);
		assert_eq!(listed, identity);
		// Lists without identity conditions: their own benchmark.
		let t4 = new_token(ISSUER);
		set_reqs(t4, vec![req(vec![], vec![within(&[US, DE, FR, GB])])]);
		list(t4, BOB, ListFlags::ALLOW);
		let lists_only = w(t4);
		assert_eq!(lists_only, check_listed_tracked(5));
		assert!(lists_only.all_gt(complex));
		// Per-holder state: more (a record of complexity 0 is charged as 1).
		let t2 = new_token(ISSUER);
		set_restr(t2, restr(|r| r.lockup_until = Some(START)));
		assert_eq!(settings(t2).complexity, 0);
		let tracking = w(t2);
		// The lock-up makes the record 8 bytes larger than the benchmark's of complexity 0.
		let beyond = settings(t2).encoded_size() as u64 - BENCHED_RECORD_BASE;
		assert_eq!(beyond, 8);
		assert_eq!(
			tracking,
			check_listed_tracked(5).saturating_add(Weight::from_parts(0, beyond))
		);
		assert!(tracking.all_gt(simple));
		// The most complex record with every feature: no more than what is charged up front.
		let t3 = new_token(ISSUER);
		let four = within(&[US, DE, FR, GB]);
		set_reqs(
			t3,
			vec![req(
				vec![Condition::IdentityJudged { registrar: Some(0) }],
				vec![four.clone(), four.clone(), four.clone(), four],
			)],
		);
		set_restr(
			t3,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 1), (FR, 1)])),
		);
		list(t3, BOB, ListFlags::DENY);
		assert_eq!(settings(t3).complexity, MAX_COMPLEXITY);
		let heaviest = w(t3);
		assert_eq!(heaviest, check_identity(MAX_COMPLEXITY));
		let max = <Compliance as TransferCheck<AccountId, Balance>>::max_weight();
		for weight in [
			one_read, simple, complex, identity, listed, lists_only, tracking, heaviest,
		] {
			assert!(weight.all_lte(max), "{weight:?} above the maximum {max:?}");
		}
		// The balance hook: one read, unless the token keeps per-holder state.
		let hook = |t| <Compliance as OnBalanceChange<AccountId, Balance>>::weight(t);
		let hook_max = <Compliance as OnBalanceChange<AccountId, Balance>>::max_weight();
		assert_eq!(hook(t), one_read);
		assert_eq!(hook(UNKNOWN), one_read);
		assert!(hook(t2).all_gt(one_read));
		assert!(hook(t2).all_lte(hook_max));
	});
}

#[test]
fn the_ledger_charges_the_check_of_the_token() {
	run(|| {
		let actual = |t, to| {
			SecurityToken::issue(signed(ISSUER), t, to, 1)
				.expect("issued")
				.actual_weight
				.expect("an actual weight")
		};
		let plain = new_token(ISSUER);
		let ruled = new_token(ISSUER);
		set_reqs(
			ruled,
			vec![req(
				vec![],
				vec![within(&[US, DE, FR, GB]), Condition::NotDenyListed],
			)],
		);
		assert_ok!(Compliance::pause_rules(signed(ISSUER), ruled));
		let cheap: Weight = actual(plain, BOB);
		let dear: Weight = actual(ruled, BOB);
		assert!(dear.all_gt(cheap));
		assert_eq!(
			dear.saturating_sub(cheap),
			<Compliance as TransferCheck<AccountId, Balance>>::weight(ruled).saturating_sub(
				<Compliance as TransferCheck<AccountId, Balance>>::weight(plain)
			)
		);
	});
}

#[test]
fn the_typical_rule_set_is_charged_the_benchmarked_check_alone() {
	run(|| {
		// KYC and AML claims and a jurisdiction in four countries on each side, a holder cap:
		// the rule set of the weight target (scripts/weight-report.py charges it this way).
		let t = new_token(ISSUER);
		let side = || vec![has(Kyc), has(Aml), within(&[US, DE, FR, GB])];
		set_reqs(t, vec![req(side(), side())]);
		set_restr(t, restr(|r| r.max_holders = Some(100)));
		assert_eq!(settings(t).complexity, 14);
		assert_eq!(
			<Compliance as TransferCheck<AccountId, Balance>>::weight(t),
			<() as WeightInfo>::check(14)
		);
	});
}

#[test]
fn a_record_is_charged_its_bytes_beyond_the_benchmarks_and_the_lookup_of_named_issuers() {
	run(|| {
		let w = |t| <Compliance as TransferCheck<AccountId, Balance>>::weight(t);
		trust(KYC);
		trust(OTHER);
		let t = new_token(ISSUER);
		set_reqs(
			t,
			vec![req(
				vec![has_from(Kyc, &[KYC, OTHER])],
				vec![has_from(Aml, &[KYC, NOBODY])],
			)],
		);
		let s = settings(t);
		assert_eq!(s.complexity, 6);
		let benched = BENCHED_RECORD_BASE + BENCHED_BYTES_PER_UNIT * 6;
		let beyond = s.encoded_size() as u64 - benched;
		assert!(beyond > 0);
		// Three distinct accounts named, each looked up (NOBODY too: it has no id).
		assert_eq!(
			w(t),
			<() as WeightInfo>::check(6)
				.saturating_add(network_extra(2, 11))
				.saturating_add(<() as WeightInfo>::resolve_issuers(3))
				.saturating_add(Weight::from_parts(0, beyond))
		);
		assert!(w(t).all_lte(<Compliance as TransferCheck<AccountId, Balance>>::max_weight()));
	});
}

#[test]
fn set_requirements_refuses_conditions_naming_more_issuers_than_the_most() {
	run(|| {
		let t = new_token(ISSUER);
		// Three distinct accounts: the most (an account named twice counts once).
		set_reqs(
			t,
			vec![req(
				vec![has_from(Kyc, &[KYC, OTHER])],
				vec![has_from(Aml, &[KYC, THIRD])],
			)],
		);
		assert_eq!(settings(t).named_issuers().len(), 3);
		let four = reqs(vec![req(
			vec![has_from(Kyc, &[KYC, OTHER])],
			vec![has_from(Aml, &[THIRD, FOURTH])],
		)]);
		assert_noop!(
			Compliance::set_requirements(signed(ISSUER), t, four),
			Error::<Test>::TooManyNamedIssuers
		);
	});
}

#[test]
fn the_check_is_charged_the_network_lists_bytes_and_scan_beyond_the_benchmarks() {
	run(|| {
		let w = |t| <Compliance as TransferCheck<AccountId, Balance>>::weight(t);
		let check = <() as WeightInfo>::check;
		let t = new_token(ISSUER);
		set_reqs(t, vec![req(vec![], vec![has(Kyc)])]);
		assert_eq!(w(t), check(1));
		// One issuer trusted for every topic: the benchmark's list.
		trust(KYC);
		assert_eq!(w(t), check(1));
		// Each further issuer: 5 bytes and its scan.
		trust(OTHER);
		assert_eq!(w(t), check(1).saturating_add(network_extra(2, 11)));
		// A topic filter: its bytes on top (a length and 1 or 3 bytes a topic).
		assert_ok!(Compliance::trust_issuer(
			root(),
			THIRD,
			topics(&[Kyc, Jurisdiction(US)])
		));
		assert_eq!(
			w(t),
			check(1).saturating_add(network_extra(3, 11 + 5 + 1 + 1 + 3))
		);
		assert!(network_extra(3, 21).ref_time() > 0);
		assert!(w(t).all_lte(<Compliance as TransferCheck<AccountId, Balance>>::max_weight()));
	});
}

// ------------------------------------------------------------------------------------------
// Issuer ids and evidence
// ------------------------------------------------------------------------------------------

#[test]
fn issuer_ids_are_kept_while_a_list_names_the_issuer_or_a_claim_of_it_is_stored() {
	run(|| {
		assert_eq!(NextIssuerId::<Test>::get(), 0);
		trust(KYC);
		System::assert_last_event(
			Event::IssuerTrusted {
				token: None,
				issuer: KYC,
				id: 0,
				topics: None,
			}
			.into(),
		);
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(
			signed(ISSUER),
			t,
			OTHER,
			None
		));
		assert_eq!(id(OTHER), 1);
		// Trusted by a second list: the same id, counted twice.
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_eq!(id(KYC), 0);
		claim(BOB, Kyc);
		claim(CHARLIE, Aml);
		assert_eq!(
			Issuers::<Test>::get(0),
			Some(IssuerInfo {
				account: KYC,
				lists: 2,
				claims: 2
			})
		);
		// Trusted nowhere: still known while its claims are stored (they count as absent), but
		// no claim issuer any more.
		assert_ok!(Compliance::distrust_issuer(root(), KYC));
		assert_ok!(Compliance::distrust_token_issuer(signed(ISSUER), t, KYC));
		assert_eq!(
			Issuers::<Test>::get(0),
			Some(IssuerInfo {
				account: KYC,
				lists: 0,
				claims: 2
			})
		);
		assert_noop!(
			Compliance::add_claim(signed(KYC), DAVE, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
		// It may still revoke; the last claim purged, it is forgotten.
		assert_ok!(Compliance::revoke_claim(signed(KYC), BOB, Kyc));
		assert_eq!(Issuers::<Test>::get(0).map(|i| i.claims), Some(1));
		assert_ok!(Compliance::purge_claims(signed(NOBODY), CHARLIE));
		assert_eq!(Issuers::<Test>::get(0), None);
		assert!(!IssuerIds::<Test>::contains_key(KYC));
		assert_noop!(
			Compliance::revoke_claim(signed(KYC), CHARLIE, Aml),
			Error::<Test>::ClaimNotFound
		);
		// Trusted again: a new id (ids are never given out twice).
		trust(KYC);
		assert_eq!(id(KYC), 2);
		assert_eq!(NextIssuerId::<Test>::get(), 3);
	});
}

#[test]
fn trusting_a_new_issuer_fails_once_every_id_is_given_out() {
	run(|| {
		trust(KYC);
		NextIssuerId::<Test>::put(IssuerId::MAX);
		assert_noop!(
			Compliance::trust_issuer(root(), OTHER, None),
			Error::<Test>::IssuerIdsExhausted
		);
		// Issuers with an id are unaffected.
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, KYC, None));
		assert_eq!(lists(KYC), Some(2));
	});
}

#[test]
fn evidence_hashes_are_kept_apart_and_follow_their_claims() {
	run(|| {
		trust(KYC);
		let evidence = |topic| ClaimEvidence::<Test>::get(BOB, (id(KYC), topic));
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Jurisdiction(US),
			None,
			Some([1; 32])
		));
		assert_eq!(evidence(Jurisdiction(US)), Some([1; 32]));
		// Another jurisdiction replaces the claim: the old hash goes with it.
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Jurisdiction(DE),
			None,
			Some([2; 32])
		));
		assert_eq!(evidence(Jurisdiction(US)), None);
		assert_eq!(evidence(Jurisdiction(DE)), Some([2; 32]));
		// Replaced without evidence: none kept.
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Jurisdiction(DE),
			None,
			None
		));
		assert_eq!(evidence(Jurisdiction(DE)), None);
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Jurisdiction(DE),
			None,
			Some([3; 32])
		));
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Kyc,
			Some(5),
			Some([4; 32])
		));
		// Revoked: gone.
		assert_ok!(Compliance::revoke_claim(signed(KYC), BOB, Jurisdiction(FR)));
		assert_eq!(evidence(Jurisdiction(DE)), None);
		assert_eq!(evidence(Kyc), Some([4; 32]));
		// Purged: gone.
		System::set_block_number(5);
		assert_ok!(Compliance::purge_claims(signed(NOBODY), BOB));
		assert_eq!(ClaimEvidence::<Test>::iter().count(), 0);
		assert!(Claims::<Test>::get(BOB).is_empty());
	});
}

#[test]
fn conditions_name_issuers_by_account_whatever_their_id() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		let t = new_token(ISSUER);
		set_reqs(t, vec![req(vec![], vec![has_from(Kyc, &[OTHER])])]);
		let missing = |r| {
			matches!(
				decoded(r),
				Error::<Test>::MissingClaim {
					requirement: 0,
					receiver: true,
					condition: 0
				}
			)
		};
		// KYC's claim is not OTHER's.
		claim(CHARLIE, Kyc);
		assert!(missing(issue(t, CHARLIE, 1)));
		claim_by(OTHER, CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 1));
		// OTHER forgotten, then trusted again under a new id: the condition still names it.
		let old = id(OTHER);
		assert_ok!(Compliance::distrust_issuer(root(), OTHER));
		assert_ok!(Compliance::revoke_claim(signed(OTHER), CHARLIE, Kyc));
		assert!(!IssuerIds::<Test>::contains_key(OTHER));
		assert!(missing(issue(t, CHARLIE, 1)));
		trust(OTHER);
		assert_ne!(id(OTHER), old);
		claim_by(OTHER, CHARLIE, Kyc);
		assert_ok!(issue(t, CHARLIE, 1));
		// An account that is no issuer matches no claim.
		set_reqs(t, vec![req(vec![], vec![has_from(Kyc, &[NOBODY])])]);
		assert!(missing(issue(t, CHARLIE, 1)));
	});
}

// ------------------------------------------------------------------------------------------
// Property tests
// ------------------------------------------------------------------------------------------

mod props {
	use super::*;
	use crate::rules::{condition, evaluate, failure, Failure, SideFacts};
	use proptest::{collection::vec as pvec, option::of, prelude::*, test_runner::TestCaseError};

	type Cond = Condition<AccountId, ConstU32<2>, ConstU32<4>>;
	type Req = Requirement<AccountId, ConstU32<4>, ConstU32<2>, ConstU32<4>>;
	type Issuer = TrustedIssuer<AccountId, ConstU32<3>>;
	/// Claims name issuers by the same number as conditions here.
	fn same(a: &AccountId) -> Option<AccountId> {
		Some(*a)
	}
	type Judge = Box<dyn FnMut(Option<u32>) -> bool>;
	type Facts = SideFacts<AccountId, u64, Judge>;

	/// The claim issuers of the generated facts and rules.
	const PEOPLE: [AccountId; 4] = [KYC, OTHER, THIRD, FOURTH];
	const COUNTRIES: [CountryCode; 4] = [US, DE, FR, GB];

	/// Few cases, so the tests stay fast in debug builds; no regression files in the tree.
	fn config(cases: u32) -> ProptestConfig {
		ProptestConfig {
			cases,
			failure_persistence: None,
			..ProptestConfig::default()
		}
	}

	fn topic() -> impl Strategy<Value = ClaimTopic> {
		prop_oneof![
			Just(Kyc),
			Just(Aml),
			Just(Accredited),
			Just(QualifiedPurchaser),
			(0..4usize).prop_map(|i| Jurisdiction(COUNTRIES[i])),
			Just(Blocked),
			Just(ClaimTopic::Exempt),
			(0..2u16).prop_map(ClaimTopic::Custom),
		]
	}

	fn claim() -> impl Strategy<Value = Claim<AccountId, u64>> {
		(topic(), 0..4usize, of(1..30u64)).prop_map(|(topic, i, expiry)| Claim {
			topic,
			issuer: PEOPLE[i],
			expiry,
		})
	}

	fn filter() -> impl Strategy<Value = Option<Vec<ClaimTopic>>> {
		of(pvec(topic(), 1..=3))
	}

	fn issuers() -> impl Strategy<Value = Vec<Issuer>> {
		pvec((0..4usize, filter()), 0..=3).prop_map(|list| {
			list.into_iter()
				.map(|(i, topics)| TrustedIssuer {
					issuer: PEOPLE[i],
					topics: topics.map(|t| t.try_into().unwrap()),
				})
				.collect()
		})
	}

	fn condition_strategy() -> impl Strategy<Value = Cond> {
		let accounts = pvec(0..4usize, 0..=2).prop_map(|v| {
			v.into_iter()
				.map(|i| PEOPLE[i])
				.collect::<Vec<_>>()
				.try_into()
				.unwrap()
		});
		let places = || {
			pvec(0..4usize, 0..=4).prop_map(|v| {
				v.into_iter()
					.map(|i| COUNTRIES[i])
					.collect::<Vec<_>>()
					.try_into()
					.unwrap()
			})
		};
		prop_oneof![
			(topic(), accounts.clone())
				.prop_map(|(topic, issuers)| Condition::HasClaim { topic, issuers }),
			(topic(), accounts)
				.prop_map(|(topic, issuers)| Condition::LacksClaim { topic, issuers }),
			places().prop_map(Condition::JurisdictionIn),
			places().prop_map(Condition::JurisdictionNotIn),
			of(0..3u32).prop_map(|registrar| Condition::IdentityJudged { registrar }),
			Just(Condition::AllowListed),
			Just(Condition::NotDenyListed),
		]
	}

	fn requirement(most: usize) -> impl Strategy<Value = Req> {
		(
			pvec(condition_strategy(), 0..=most),
			pvec(condition_strategy(), 0..=most),
		)
			.prop_map(|(sender, receiver)| Requirement {
				sender: sender.try_into().unwrap(),
				receiver: receiver.try_into().unwrap(),
			})
	}

	/// What is known of one side: claims, list flags, the registrars that judged it.
	#[derive(Clone, Debug)]
	struct Side {
		claims: Vec<Claim<AccountId, u64>>,
		flags: u8,
		judged: Vec<u32>,
	}

	fn side() -> impl Strategy<Value = Side> {
		(pvec(claim(), 0..=4), 0..8u8, pvec(0..3u32, 0..=2)).prop_map(|(claims, flags, judged)| {
			Side {
				claims,
				flags,
				judged,
			}
		})
	}

	/// Both sides of a movement, at a block, with the issuers the token and the network trust.
	#[derive(Clone, Debug)]
	struct World {
		now: u64,
		token: Vec<Issuer>,
		network: Vec<Issuer>,
		sender: Side,
		receiver: Side,
	}

	fn world() -> impl Strategy<Value = World> {
		(0..30u64, issuers(), issuers(), side(), side()).prop_map(
			|(now, token, network, sender, receiver)| World {
				now,
				token,
				network,
				sender,
				receiver,
			},
		)
	}

	impl World {
		fn facts(&self, side: &Side) -> Facts {
			let judged = side.judged.clone();
			let judge: Judge = Box::new(move |registrar: Option<u32>| match registrar {
				Some(r) => judged.contains(&r),
				None => !judged.is_empty(),
			});
			SideFacts::new(
				side.claims.clone(),
				&self.now,
				&self.token[..],
				&self.network[..],
				ListFlags(side.flags),
				judge,
			)
		}

		/// Evaluates `rules` for a transfer, or for an issuance (no sender).
		fn evaluate(&self, rules: &[Req], issuance: bool) -> (bool, Vec<RequirementResult>) {
			let mut sender = self.facts(&self.sender);
			let mut receiver = self.facts(&self.receiver);
			evaluate(
				rules,
				(!issuance).then_some(&mut sender),
				&mut receiver,
				&same,
			)
		}
	}

	fn failed(r: &RequirementResult) -> usize {
		r.sender
			.iter()
			.chain(&r.receiver)
			.filter(|c| !c.passed)
			.count()
	}

	/// What `failure` must say of the results of a rule set: nothing if it passes, else the
	/// first of the requirements with the fewest failed conditions, its first failed condition
	/// (sender before receiver) and that condition's reason.
	fn check_failure(passed: bool, results: &[RequirementResult]) -> Result<(), TestCaseError> {
		let f = failure(results);
		if passed {
			prop_assert_eq!(f, None);
			return Ok(());
		}
		let f = f.expect("a refused rule set names its failure");
		let fewest = results
			.iter()
			.map(failed)
			.min()
			.expect("a refused rule set is not empty");
		let index = results.iter().position(|r| failed(r) == fewest).unwrap();
		prop_assert_eq!(usize::from(f.requirement), index);
		let closest = &results[index];
		let conditions = if f.receiver {
			&closest.receiver
		} else {
			&closest.sender
		};
		if f.receiver {
			prop_assert!(closest.sender.iter().all(|c| c.passed));
		}
		let first = conditions
			.iter()
			.position(|c| !c.passed)
			.expect("a failed condition");
		prop_assert_eq!(usize::from(f.condition), first);
		prop_assert_eq!(Some(f.reason), conditions[first].reason);
		Ok(())
	}

	proptest! {
		#![proptest_config(config(64))]

		/// One requirement without conditions lets everything pass; one whose receiver must be
		/// in no jurisdiction at all refuses everything, naming that condition.
		#[test]
		fn allow_all_passes_and_deny_all_fails_for_any_facts(w in world(), issuance in any::<bool>()) {
			let allow_all: Vec<Req> = vec![Requirement { sender: BoundedVec::new(), receiver: BoundedVec::new() }];
			let (passed, results) = w.evaluate(&allow_all, issuance);
			prop_assert!(passed);
			prop_assert!(results[0].passed);
			prop_assert_eq!(failure(&results), None);
			// No requirement at all passes too.
			prop_assert!(w.evaluate(&[], issuance).0);

			let deny_all: Vec<Req> = vec![Requirement {
				sender: BoundedVec::new(),
				receiver: vec![Condition::JurisdictionIn(BoundedVec::new())].try_into().unwrap(),
			}];
			let (passed, results) = w.evaluate(&deny_all, issuance);
			prop_assert!(!passed);
			prop_assert_eq!(
				failure(&results),
				Some(Failure { requirement: 0, receiver: true, condition: 0, reason: ReasonCode::JurisdictionNotAllowed })
			);
		}

		/// A non-empty rule set that passes still passes with one more requirement, wherever it
		/// goes; the results of the others do not change; the failure named is the closest.
		#[test]
		fn adding_a_requirement_never_turns_a_pass_into_a_fail(
			w in world(),
			rules in pvec(requirement(4), 1..=3),
			extra in requirement(4),
			at in 0..=3usize,
			issuance in any::<bool>(),
		) {
			let (before, results) = w.evaluate(&rules, issuance);
			check_failure(before, &results)?;
			let at = at.min(rules.len());
			let mut more = rules.clone();
			more.insert(at, extra);
			let (after, mut more_results) = w.evaluate(&more, issuance);
			check_failure(after, &more_results)?;
			prop_assert!(!before || after, "a passing rule set failed with one more requirement");
			more_results.remove(at);
			prop_assert_eq!(&more_results, &results);
			// Sender conditions are not evaluated without a sender.
			if issuance {
				prop_assert!(more_results.iter().all(|r| r.sender.is_empty()));
			}
		}

		/// A claim with expiry `e` counts at block `e - 1` and not at block `e`.
		#[test]
		fn a_claim_expires_at_its_expiry_block(
			e in 1..=u64::MAX,
			topic in topic(),
			explicit in any::<bool>(),
		) {
			let network: Vec<Issuer> = vec![TrustedIssuer { issuer: KYC, topics: None }];
			let claims = vec![Claim { topic, issuer: KYC, expiry: Some(e) }];
			let issuers: Vec<AccountId> = if explicit { vec![KYC] } else { vec![] };
			let has: Cond = Condition::HasClaim { topic, issuers: issuers.clone().try_into().unwrap() };
			let lacks: Cond = Condition::LacksClaim { topic, issuers: issuers.clone().try_into().unwrap() };
			let facts_at = |now: u64| {
				SideFacts::new(claims.clone(), &now, &[][..], &network[..], ListFlags(0), |_: Option<u32>| false)
			};

			let mut before = facts_at(e - 1);
			prop_assert!(before.has_claim(&topic, &issuers, &same));
			prop_assert_eq!(condition(&has, &mut before, &same), None);
			prop_assert_eq!(condition(&lacks, &mut before, &same), Some(ReasonCode::ForbiddenClaim));

			let mut at = facts_at(e);
			prop_assert!(!at.has_claim(&topic, &issuers, &same));
			prop_assert_eq!(condition(&has, &mut at, &same), Some(ReasonCode::MissingClaim));
			prop_assert_eq!(condition(&lacks, &mut at, &same), None);

			if let Jurisdiction(country) = topic {
				prop_assert_eq!(before.jurisdiction(), Some(country));
				prop_assert_eq!(at.jurisdiction(), None);
			}
		}
	}

	proptest! {
		#![proptest_config(config(32))]

		/// Through the pallet: random trust, claims, lists, judgements and rules. The ledger
		/// refuses a movement exactly when the report says it does not comply, with the error
		/// of the failure the report's results name, and its reason among the report's.
		#[test]
		fn the_ledger_refuses_exactly_what_the_report_refuses(
			filters in pvec(filter(), 4),
			rules in pvec(requirement(2), 1..=2),
			claims in pvec((0..4usize, any::<bool>(), topic(), of(2..12u64)), 0..8),
			flags in pvec(0..8u8, 2),
			judged in pvec((any::<bool>(), 0..3u32), 0..3),
			now in 1..12u64,
			issuance in any::<bool>(),
		) {
			new_test_ext().execute_with(|| -> Result<(), TestCaseError> {
				let t = new_token(ISSUER);
				// A filter names each topic (every jurisdiction is one) once.
				let topics_of = |f: &Option<Vec<ClaimTopic>>| {
					f.clone().map(|v| {
						let mut once: Vec<ClaimTopic> = Vec::new();
						for t in v {
							if !once.iter().any(|o| o.same_slot(&t)) {
								once.push(t);
							}
						}
						once.try_into().unwrap()
					})
				};
				for (who, f) in PEOPLE.iter().zip(&filters).take(3) {
					assert_ok!(Compliance::trust_issuer(root(), *who, topics_of(f)));
				}
				assert_ok!(Compliance::trust_token_issuer(signed(ISSUER), t, PEOPLE[3], topics_of(&filters[3])));
				let party = |charlie: bool| if charlie { CHARLIE } else { BOB };
				for (issuer, charlie, topic, expiry) in &claims {
					// Later claims of a slot replace earlier ones; beyond MaxClaims they are refused.
					let _ = Compliance::add_claim(signed(PEOPLE[*issuer]), party(*charlie), *topic, *expiry, None);
				}
				for (who, f) in [BOB, CHARLIE].into_iter().zip(&flags) {
					list(t, who, *f);
				}
				for (charlie, registrar) in &judged {
					Judged::judge(party(*charlie), *registrar);
				}
				if Compliance::set_requirements(signed(ISSUER), t, reqs(rules.clone())).is_err() {
					// Too complex: nothing to check.
					return Ok(());
				}
				// Bob holds some, whatever the rules.
				assert_ok!(Compliance::pause_rules(signed(ISSUER), t));
				assert_ok!(issue(t, BOB, 10));
				assert_ok!(Compliance::resume_rules(signed(ISSUER), t));
				System::set_block_number(now);

				let report = Compliance::report(t, (!issuance).then_some(BOB), CHARLIE, 1);
				let reasons = if issuance {
					vec![]
				} else {
					SecurityToken::api_can_transfer(t, &BOB, &CHARLIE, 1)
				};
				let result = if issuance { issue(t, CHARLIE, 1) } else { transfer(t, BOB, CHARLIE, 1) };
				prop_assert_eq!(report.passed, result.is_ok());
				prop_assert_eq!(report.passed, report.rules_passed);
				prop_assert_eq!(report.requirements.len(), rules.len());
				if !issuance {
					prop_assert_eq!(&reasons, &report.reasons);
				}
				match result {
					Ok(()) => prop_assert!(report.reasons.is_empty()),
					Err(e) => {
						let f = failure(&report.requirements).expect("a refused movement names a failure");
						let (requirement, receiver, condition, reason) = refusal(decoded(Err(e)));
						prop_assert_eq!((requirement, receiver, condition, reason), (f.requirement, f.receiver, f.condition, f.reason));
						prop_assert!(report.reasons.contains(&reason));
						prop_assert!(receiver || !issuance, "an issuance was refused for its sender");
					},
				}
				Compliance::do_try_state().expect("compliance invariants hold");
				Ok(())
			})?;
		}
	}
}
