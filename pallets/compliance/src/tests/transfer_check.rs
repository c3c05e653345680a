//! The transfer check, through the ledger

use super::*;

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
		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		// The claim is still stored.
		assert_eq!(record(CHARLIE, KYC).len(), 1);
		// Trusted by the token, for the topic: it counts for the token.
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
		assert_ok!(issue(t, CHARLIE, 1));
		// Trusted for other topics only: it does not.
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
		assert_ok!(Compliance::trust_claim_issuer(
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
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
		assert_ok!(Compliance::trust_claim_issuer(
			root(),
			OTHER,
			topics(&[Aml])
		));
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
		assert_ok!(Compliance::trust_claim_issuer(
			root(),
			OTHER,
			topics(&[Aml])
		));
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
