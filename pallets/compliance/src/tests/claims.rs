//! add_claim / revoke_claim / purge_claims, their deposits, and the per-issuer records that
//! keep one issuer's claims from crowding out another's.

use super::*;

#[test]
fn add_claim_stores_the_claim_and_holds_its_deposit() {
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
		let deposit = CLAIM_DEPOSIT + EVIDENCE_DEPOSIT;
		System::assert_last_event(
			Event::ClaimAdded {
				subject: BOB,
				issuer: KYC,
				topic: Kyc,
				expiry: Some(10),
				evidence: Some([7; 32]),
				deposit,
			}
			.into(),
		);
		assert_eq!(
			record(BOB, KYC),
			vec![IssuerClaim {
				topic: Kyc,
				expiry: Some(10),
			}]
		);
		assert_eq!(
			ClaimDetails::<Test>::get(BOB, (id(KYC), Kyc)),
			Some(ClaimDetail {
				evidence: Some([7; 32]),
				deposit,
			})
		);
		assert_eq!(claim_deposits(KYC), deposit);
		// An issuer trusted by a token only may add claims too, in its own record; without
		// evidence it pays the claim deposit only.
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
		assert_eq!(record(BOB, OTHER).len(), 1);
		assert_eq!(record(BOB, KYC).len(), 1);
		assert_eq!(claim_deposits(OTHER), CLAIM_DEPOSIT);
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
		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
	});
}

#[test]
fn add_claim_refuses_an_issuer_that_cannot_pay_the_deposit() {
	run(|| {
		trust(NOBODY);
		assert_noop!(
			Compliance::add_claim(signed(NOBODY), BOB, Kyc, None, None),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_eq!(record(BOB, NOBODY), vec![]);
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
fn add_claim_refuses_more_than_the_most_claims_of_one_issuer() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		for topic in [Kyc, Aml, Accredited, QualifiedPurchaser] {
			claim(BOB, topic);
		}
		assert_eq!(record(BOB, KYC).len() as u32, MAX_CLAIMS);
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Blocked, None, None),
			Error::<Test>::TooManyClaims
		);
		// Another issuer has its own record about the same account.
		claim_by(OTHER, BOB, Kyc);
		// Replacing a claim needs no new place.
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Aml, Some(9), None));
		assert_eq!(record(BOB, KYC)[1].expiry, Some(9));
		// Another account has its own places.
		claim(CHARLIE, Blocked);
	});
}

/// Issue 12, part 4: four custom claims from a puppet issuer one token trusts used to fill
/// half of an account's claim slots, so that every other token-trusted issuer was refused
/// (`ClaimSlotsReserved`). Every issuer now has its own record about each account.
#[test]
fn no_issuer_can_fill_the_claim_slots_of_another() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		let other_token = new_token(ISSUER);
		// THIRD, a puppet trusted by one token, fills every place it has about BOB.
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			THIRD,
			None
		));
		for k in 0..MAX_CLAIMS as u16 {
			claim_by(THIRD, BOB, ClaimTopic::Custom(k));
		}
		assert_noop!(
			Compliance::add_claim(signed(THIRD), BOB, ClaimTopic::Custom(99), None, None),
			Error::<Test>::TooManyClaims
		);
		// Every other issuer, trusted by the network or by another token, still adds all the
		// claims it may.
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			other_token,
			OTHER,
			None
		));
		for topic in [Kyc, Aml, Accredited, QualifiedPurchaser] {
			claim(BOB, topic);
			claim_by(OTHER, BOB, topic);
		}
		assert_eq!(record(BOB, KYC).len() as u32, MAX_CLAIMS);
		assert_eq!(record(BOB, OTHER).len() as u32, MAX_CLAIMS);
		// And the puppet pays for each of its claims.
		assert_eq!(claim_deposits(THIRD), CLAIM_DEPOSIT * MAX_CLAIMS as u128);
	});
}

#[test]
fn add_claim_replaces_the_claim_of_the_same_slot_and_its_deposit() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		claim(BOB, Jurisdiction(US));
		claim_by(OTHER, BOB, Jurisdiction(FR));
		claim(BOB, Kyc);
		assert_eq!(claim_deposits(KYC), 2 * CLAIM_DEPOSIT);
		// A new jurisdiction from the same issuer replaces the old one, in place; with
		// evidence now, the evidence deposit is held on top.
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
				deposit: CLAIM_DEPOSIT + EVIDENCE_DEPOSIT,
			}
			.into(),
		);
		assert_eq!(
			record(BOB, KYC),
			vec![
				IssuerClaim {
					topic: Jurisdiction(DE),
					expiry: Some(50),
				},
				IssuerClaim {
					topic: Kyc,
					expiry: None,
				},
			]
		);
		assert_eq!(
			record(BOB, OTHER),
			vec![IssuerClaim {
				topic: Jurisdiction(FR),
				expiry: None,
			}]
		);
		assert!(!ClaimDetails::<Test>::contains_key(
			BOB,
			(id(KYC), Jurisdiction(US))
		));
		assert_eq!(claim_deposits(KYC), 2 * CLAIM_DEPOSIT + EVIDENCE_DEPOSIT);
		// Replaced without evidence: the evidence deposit comes back.
		assert_ok!(Compliance::add_claim(
			signed(KYC),
			BOB,
			Jurisdiction(DE),
			None,
			None
		));
		assert_eq!(claim_deposits(KYC), 2 * CLAIM_DEPOSIT);
		// The same topic again replaces it; custom topics are distinct slots.
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Kyc, Some(20), None));
		assert_eq!(record(BOB, KYC).len(), 2);
		assert_eq!(record(BOB, KYC)[1].expiry, Some(20));
		claim(BOB, ClaimTopic::Custom(1));
		claim(BOB, ClaimTopic::Custom(2));
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, ClaimTopic::Custom(3), None, None),
			Error::<Test>::TooManyClaims
		);
	});
}

#[test]
fn revoke_claim_removes_the_callers_claim_and_returns_its_deposit() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		assert_noop!(
			Compliance::revoke_claim(signed(KYC), BOB, Kyc),
			Error::<Test>::ClaimNotFound
		);
		claim(BOB, Kyc);
		claim(BOB, Jurisdiction(US));
		claim_by(OTHER, BOB, Aml);
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
			record(BOB, KYC),
			vec![IssuerClaim {
				topic: Kyc,
				expiry: None,
			}]
		);
		assert_eq!(claim_deposits(KYC), CLAIM_DEPOSIT);
		// The last claim: the record goes, the deposit comes back; OTHER's stays.
		assert_ok!(Compliance::revoke_claim(signed(KYC), BOB, Kyc));
		assert!(!Claims::<Test>::contains_key(BOB, id(KYC)));
		assert_eq!(claim_deposits(KYC), 0);
		assert_eq!(record(BOB, OTHER).len(), 1);
		// An issuer no longer trusted may still revoke its claims.
		claim(CHARLIE, Kyc);
		let kyc = id(KYC);
		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
		assert_ok!(Compliance::revoke_claim(signed(KYC), CHARLIE, Kyc));
		assert!(!Claims::<Test>::contains_key(CHARLIE, kyc));
		assert_eq!(claim_deposits(KYC), 0);
	});
}

#[test]
fn purge_claims_drops_an_issuers_expired_claims_and_all_of_an_untrusted_ones() {
	run(|| {
		trust(KYC);
		trust(OTHER);
		assert_noop!(
			Compliance::purge_claims(signed(NOBODY), BOB, KYC),
			Error::<Test>::NothingToPurge
		);
		assert_ok!(Compliance::add_claim(signed(KYC), BOB, Kyc, Some(5), None));
		claim(BOB, Accredited);
		claim_by(OTHER, BOB, Aml);
		assert_ok!(Compliance::add_claim(
			signed(OTHER),
			BOB,
			Jurisdiction(US),
			None,
			Some([3; 32])
		));
		// Nothing expired (block 4 is before the expiry), every issuer trusted.
		System::set_block_number(4);
		assert_noop!(
			Compliance::purge_claims(signed(NOBODY), BOB, KYC),
			Error::<Test>::NothingToPurge
		);
		// An account that was never an issuer has nothing to purge.
		assert_noop!(
			Compliance::purge_claims(signed(NOBODY), BOB, DAVE),
			Error::<Test>::NothingToPurge
		);

		// Expired: only that claim goes, its deposit back to KYC (not to the caller).
		System::set_block_number(5);
		let caller_before = Balances::free_balance(NOBODY);
		assert_ok!(Compliance::purge_claims(signed(NOBODY), BOB, KYC));
		System::assert_last_event(
			Event::ClaimsPurged {
				subject: BOB,
				issuer: KYC,
				removed: 1,
			}
			.into(),
		);
		assert_eq!(
			record(BOB, KYC),
			vec![IssuerClaim {
				topic: Accredited,
				expiry: None,
			}]
		);
		assert_eq!(claim_deposits(KYC), CLAIM_DEPOSIT);
		assert_eq!(Balances::free_balance(NOBODY), caller_before);
		assert_noop!(
			Compliance::purge_claims(signed(BOB), BOB, KYC),
			Error::<Test>::NothingToPurge
		);
		// OTHER trusted nowhere: all its claims go, with their evidence and deposits.
		let other = id(OTHER);
		assert_ok!(Compliance::distrust_claim_issuer(root(), OTHER));
		assert_ok!(Compliance::purge_claims(signed(BOB), BOB, OTHER));
		System::assert_last_event(
			Event::ClaimsPurged {
				subject: BOB,
				issuer: OTHER,
				removed: 2,
			}
			.into(),
		);
		assert!(!Claims::<Test>::contains_key(BOB, other));
		assert!(!ClaimDetails::<Test>::contains_key(
			BOB,
			(other, Jurisdiction(US))
		));
		assert_eq!(claim_deposits(OTHER), 0);
		// Named nowhere and without claims: forgotten.
		assert!(!ClaimIssuerIds::<Test>::contains_key(OTHER));
	});
}
