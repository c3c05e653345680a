//! add_claim / revoke_claim / purge_claims

use super::*;

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
