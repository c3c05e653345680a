//! Compliance on the real runtime: the council trusts a KYC provider, an issuer writes the
//! rules of its token, claims decide who may receive it, expiry and holder caps refuse, and
//! the runtime APIs report every failing condition; registrar judgements of pallet-identity
//! count for `IdentityJudged` conditions.

mod common;

use codec::Decode;
use common::{account, admit_issuer_and_trust, apply, events, new_ext, runtime_api};
use frame_support::{assert_ok, BoundedVec};
use pallet_compliance::{
	runtime_api::{ComplianceReport, RestrictionKind},
	Call as ComplianceCall, ClaimTopic, Condition, Error as ComplianceError,
	Event as ComplianceEvent, Requirement, Restrictions,
};
use pallet_security_token::Call as TokenCall;
use sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;
use vellum_primitives::{
	ledger::ReasonCode,
	security::{CountryCode, SecurityDefinition, TokenId},
};
use vellum_runtime::{
	Balance, BlockNumber, Compliance, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};

const ISSUER: Sr25519Keyring = Dave;
const KYC_PROVIDER: Sr25519Keyring = Eve;
const TOKEN: TokenId = 0;
const DE: CountryCode = CountryCode(*b"DE");
const FR: CountryCode = CountryCode(*b"FR");

fn token(call: TokenCall<Runtime>) -> RuntimeCall {
	RuntimeCall::SecurityToken(call)
}

fn compliance(call: ComplianceCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Compliance(call)
}

/// Applies a signed extrinsic; returns the dispatch outcome.
fn dispatch(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	apply(who, call).expect("the extrinsic is valid")
}

fn issue(to: Sr25519Keyring, amount: Balance) -> Result<(), DispatchError> {
	dispatch(
		ISSUER,
		token(TokenCall::issue {
			token: TOKEN,
			to: account(to),
			amount,
		}),
	)
}

fn transfer(
	from: Sr25519Keyring,
	to: Sr25519Keyring,
	amount: Balance,
) -> Result<(), DispatchError> {
	dispatch(
		from,
		token(TokenCall::transfer {
			token: TOKEN,
			to: account(to),
			amount,
		}),
	)
}

fn claim(subject: Sr25519Keyring, topic: ClaimTopic, expiry: Option<BlockNumber>) {
	assert_ok!(dispatch(
		KYC_PROVIDER,
		compliance(ComplianceCall::add_claim {
			subject: account(subject),
			topic,
			expiry,
			evidence: Some([9; 32]),
		})
	));
}

fn report(from: Option<Sr25519Keyring>, to: Sr25519Keyring, amount: Balance) -> ComplianceReport {
	runtime_api(
		"ComplianceApi_compliance_report",
		(TOKEN, from.map(account), account(to), amount),
	)
}

fn missing_claim(receiver: bool, condition: u8) -> DispatchError {
	ComplianceError::<Runtime>::MissingClaim {
		requirement: 0,
		receiver,
		condition,
	}
	.into()
}

/// The council admits the issuer and trusts the KYC provider network-wide; the issuer creates
/// token 0 and requires KYC and a jurisdiction in {DE, FR} on both sides, with at most two
/// holders.
fn setup() {
	admit_issuer_and_trust(ISSUER, KYC_PROVIDER);
	assert!(events().contains(&RuntimeEvent::Compliance(
		ComplianceEvent::ClaimIssuerTrusted {
			token: None,
			issuer: account(KYC_PROVIDER),
			id: 0,
			topics: None,
		}
	)));
	assert_ok!(dispatch(
		ISSUER,
		token(TokenCall::create_token {
			definition: Box::new(SecurityDefinition::plain_equity(b"ACME", DE, 1_000_000)),
		})
	));
	let side: BoundedVec<_, _> = vec![
		Condition::HasClaim {
			topic: ClaimTopic::Kyc,
			issuers: Default::default(),
		},
		Condition::JurisdictionIn(vec![DE, FR].try_into().unwrap()),
	]
	.try_into()
	.unwrap();
	let requirement = Requirement {
		sender: side.clone(),
		receiver: side,
	};
	assert_ok!(dispatch(
		ISSUER,
		compliance(ComplianceCall::set_requirements {
			token: TOKEN,
			requirements: vec![requirement].try_into().unwrap(),
		})
	));
	assert_ok!(dispatch(
		ISSUER,
		compliance(ComplianceCall::set_restrictions {
			token: TOKEN,
			restrictions: Restrictions {
				max_holders: Some(2),
				..Default::default()
			},
		})
	));
}

#[test]
fn claims_expiry_and_holder_caps_decide_who_may_hold_the_token() {
	new_ext("development").execute_with(|| {
		setup();
		claim(Bob, ClaimTopic::Kyc, None);
		claim(Bob, ClaimTopic::Jurisdiction(DE), None);
		assert_ok!(issue(Bob, 1_000));

		// Charlie has no claim: issuing to him fails with a decodable reason.
		let err = issue(Charlie, 100).unwrap_err();
		assert_eq!(err, missing_claim(true, 0));
		let DispatchError::Module(module) = err else {
			panic!("a module error")
		};
		let decoded = ComplianceError::<Runtime>::decode(&mut &module.error[..]).unwrap();
		assert!(matches!(
			decoded,
			ComplianceError::<Runtime>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		));
		// The report lists each failing condition: no KYC, no jurisdiction.
		let r = report(None, Charlie, 100);
		assert!(r.configured && !r.passed && !r.rules_passed);
		let receiver = &r.requirements[0].receiver;
		assert_eq!(receiver[0].reason, Some(ReasonCode::MissingClaim));
		assert_eq!(receiver[1].reason, Some(ReasonCode::JurisdictionNotAllowed));
		assert_eq!(
			r.reasons,
			vec![ReasonCode::MissingClaim, ReasonCode::JurisdictionNotAllowed]
		);

		// Charlie's claims (KYC valid until block 10): issuing succeeds.
		claim(Charlie, ClaimTopic::Kyc, Some(10));
		claim(Charlie, ClaimTopic::Jurisdiction(FR), None);
		assert!(report(None, Charlie, 100).passed);
		assert_ok!(issue(Charlie, 100));
		assert_ok!(transfer(Bob, Charlie, 10));

		// At block 10 Charlie's KYC has expired: the next transfer to him fails.
		System::set_block_number(10);
		assert_eq!(transfer(Bob, Charlie, 10), Err(missing_claim(true, 0)));
		let reasons: Vec<ReasonCode> = runtime_api(
			"SecurityTokenApi_can_transfer",
			(TOKEN, account(Bob), account(Charlie), 10 as Balance),
		);
		assert_eq!(reasons, vec![ReasonCode::MissingClaim]);
		// And Charlie cannot send either (the sender's KYC counts too).
		assert_eq!(transfer(Charlie, Bob, 10), Err(missing_claim(false, 0)));

		// Two holders: the holder cap refuses a third, even a compliant one.
		claim(Ferdie, ClaimTopic::Kyc, None);
		claim(Ferdie, ClaimTopic::Jurisdiction(DE), None);
		assert_eq!(
			issue(Ferdie, 1),
			Err(ComplianceError::<Runtime>::HolderCapReached.into())
		);
		let r = report(Some(Bob), Ferdie, 1);
		assert!(r.rules_passed && !r.passed);
		assert_eq!(r.reasons, vec![ReasonCode::HolderCapReached]);
		assert!(r
			.restrictions
			.iter()
			.any(|x| x.kind == RestrictionKind::MaxHolders && !x.passed));
		// An existing holder may still receive (once the KYC provider renews Charlie's claim).
		claim(Charlie, ClaimTopic::Kyc, None);
		assert_ok!(transfer(Bob, Charlie, 10));

		Compliance::do_try_state().expect("compliance invariants hold");
		vellum_runtime::SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn a_registrar_judgement_in_pallet_identity_satisfies_an_identity_condition() {
	new_ext("development").execute_with(|| {
		setup();
		// Rules: the receiver's identity judged by registrar 0.
		let receiver: BoundedVec<_, _> = vec![Condition::IdentityJudged { registrar: Some(0) }]
			.try_into()
			.unwrap();
		let requirement = Requirement {
			sender: Default::default(),
			receiver,
		};
		assert_ok!(dispatch(
			ISSUER,
			compliance(ComplianceCall::set_requirements {
				token: TOKEN,
				requirements: vec![requirement].try_into().unwrap(),
			})
		));
		let refused = || -> DispatchError {
			ComplianceError::<Runtime>::IdentityNotJudged {
				requirement: 0,
				receiver: true,
				condition: 0,
			}
			.into()
		};
		assert_eq!(issue(Bob, 5), Err(refused()));

		// Ferdie becomes registrar 0; Bob sets an identity, Ferdie judges it KnownGood.
		assert_ok!(vellum_runtime::Identity::add_registrar(
			RuntimeOrigin::root(),
			account(Ferdie).into()
		));
		let info = pallet_identity::legacy::IdentityInfo {
			display: pallet_identity::Data::Raw(b"Bob".to_vec().try_into().unwrap()),
			..pallet_identity::legacy::IdentityInfo::<
				vellum_runtime::configs::governance::MaxAdditionalFields,
			>::default()
		};
		assert_ok!(dispatch(
			Bob,
			RuntimeCall::Identity(pallet_identity::Call::set_identity {
				info: Box::new(info.clone())
			})
		));
		assert_ok!(dispatch(
			Ferdie,
			RuntimeCall::Identity(pallet_identity::Call::provide_judgement {
				reg_index: 0,
				target: account(Bob).into(),
				judgement: pallet_identity::Judgement::KnownGood,
				identity: <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(
					&info,
				),
			})
		));
		assert_ok!(issue(Bob, 5));
		// Another registrar's judgement would not do: Charlie has none.
		assert_eq!(issue(Charlie, 5), Err(refused()));
	});
}

/// The up-front proof margin of the largest settings record the runtime's bounds allow (its
/// fixed part and an account id per complexity unit, less the benchmark's record: 1,986
/// bytes) and of the largest network list (241 bytes, less the benchmark's 6):
/// scripts/weight-report.py charges this figure in the worst-case rows of the compliance
/// README.
#[test]
fn the_largest_settings_record_is_charged_the_margin_the_weight_report_shows() {
	assert_eq!(Compliance::max_proof_margin().proof_size(), 2_221);
	assert_eq!(Compliance::max_proof_margin().ref_time(), 0);
}

/// What the runtime holds from `who` for `reason`.
fn held(reason: pallet_compliance::HoldReason, who: Sr25519Keyring) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	vellum_runtime::Balances::balance_on_hold(
		&vellum_runtime::RuntimeHoldReason::Compliance(reason),
		&account(who),
	)
}

/// Issue 12, part 4. A claim issuer one token trusts used to fill half of an account's claim
/// slots with `Custom` claims, and then every other token-trusted issuer was refused
/// (`ClaimSlotsReserved`); claims and list entries were stored for free. Now each issuer
/// writes into its own record about the account, and every claim and list entry holds a
/// deposit from whoever made it, returned when it goes.
#[test]
fn no_claim_issuer_crowds_out_another_and_claims_and_list_entries_hold_deposits() {
	use pallet_compliance::HoldReason::{ClaimDeposit as ClaimHold, ListDeposit as ListHold};
	use vellum_runtime::configs::tokens::{ClaimDeposit, EvidenceDeposit, ListDeposit};
	let puppet = Ferdie;
	let other = Charlie;
	new_ext("development").execute_with(|| {
		setup();
		// A second token of the issuer trusts `other` for its own claims.
		assert_ok!(dispatch(
			ISSUER,
			token(TokenCall::create_token {
				definition: Box::new(SecurityDefinition::plain_equity(b"BETA", DE, 1_000)),
			})
		));
		for (t, issuer) in [(TOKEN, puppet), (TOKEN + 1, other)] {
			assert_ok!(dispatch(
				ISSUER,
				compliance(ComplianceCall::trust_claim_issuer_for_token {
					token: t,
					issuer: account(issuer),
					topics: None,
				})
			));
		}
		// The puppet fills every place it has about Bob, paying for each.
		let custom = |issuer, k| {
			dispatch(
				issuer,
				compliance(ComplianceCall::add_claim {
					subject: account(Bob),
					topic: ClaimTopic::Custom(k),
					expiry: None,
					evidence: None,
				}),
			)
		};
		for k in 0..8 {
			assert_ok!(custom(puppet, k));
		}
		assert_eq!(
			custom(puppet, 8),
			Err(ComplianceError::<Runtime>::TooManyClaims.into())
		);
		assert_eq!(held(ClaimHold, puppet), 8 * ClaimDeposit::get());
		// The other token's issuer and the network's KYC provider still add theirs.
		for k in 0..8 {
			assert_ok!(custom(other, k));
		}
		claim(Bob, ClaimTopic::Kyc, None);
		claim(Bob, ClaimTopic::Jurisdiction(DE), None);
		assert_eq!(
			held(ClaimHold, KYC_PROVIDER),
			2 * (ClaimDeposit::get() + EvidenceDeposit::get())
		);
		assert_ok!(issue(Bob, 10));
		// Revoked: the deposit comes back.
		assert_ok!(dispatch(
			puppet,
			compliance(ComplianceCall::revoke_claim {
				subject: account(Bob),
				topic: ClaimTopic::Custom(0),
			})
		));
		assert_eq!(held(ClaimHold, puppet), 7 * ClaimDeposit::get());

		// A list entry holds the issuer's deposit until the account is taken off.
		let set = |flags: u8| {
			dispatch(
				ISSUER,
				compliance(ComplianceCall::set_lists {
					token: TOKEN,
					entries: vec![(
						account(Charlie),
						pallet_compliance::ListFlags::from_bits(flags),
					)]
					.try_into()
					.unwrap(),
				}),
			)
		};
		assert_ok!(set(pallet_compliance::ListFlags::DENY));
		assert_eq!(held(ListHold, ISSUER), ListDeposit::get());
		assert_ok!(set(0));
		assert_eq!(held(ListHold, ISSUER), 0);
		Compliance::do_try_state().expect("compliance invariants hold");
	});
}
