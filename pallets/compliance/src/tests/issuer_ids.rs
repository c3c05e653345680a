//! Issuer ids and evidence

use super::*;

#[test]
fn issuer_ids_are_kept_while_a_list_names_the_issuer_or_a_claim_of_it_is_stored() {
	run(|| {
		assert_eq!(NextClaimIssuerId::<Test>::get(), 0);
		trust(KYC);
		System::assert_last_event(
			Event::ClaimIssuerTrusted {
				token: None,
				issuer: KYC,
				id: 0,
				topics: None,
			}
			.into(),
		);
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			OTHER,
			None
		));
		assert_eq!(id(OTHER), 1);
		// Trusted by a second list: the same id, counted twice.
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
		assert_eq!(id(KYC), 0);
		claim(BOB, Kyc);
		claim(CHARLIE, Aml);
		assert_eq!(
			ClaimIssuers::<Test>::get(0),
			Some(ClaimIssuerInfo {
				account: KYC,
				lists: 2,
				claims: 2
			})
		);
		// Trusted nowhere: still known while its claims are stored (they count as absent), but
		// no claim issuer any more.
		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
		assert_ok!(Compliance::distrust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC
		));
		assert_eq!(
			ClaimIssuers::<Test>::get(0),
			Some(ClaimIssuerInfo {
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
		assert_eq!(ClaimIssuers::<Test>::get(0).map(|i| i.claims), Some(1));
		assert_ok!(Compliance::purge_claims(signed(NOBODY), CHARLIE, KYC));
		assert_eq!(ClaimIssuers::<Test>::get(0), None);
		assert!(!ClaimIssuerIds::<Test>::contains_key(KYC));
		assert_noop!(
			Compliance::revoke_claim(signed(KYC), CHARLIE, Aml),
			Error::<Test>::ClaimNotFound
		);
		// Trusted again: a new id (ids are never given out twice).
		trust(KYC);
		assert_eq!(id(KYC), 2);
		assert_eq!(NextClaimIssuerId::<Test>::get(), 3);
	});
}

#[test]
fn trusting_a_new_issuer_fails_once_every_id_is_given_out() {
	run(|| {
		trust(KYC);
		NextClaimIssuerId::<Test>::put(ClaimIssuerId::MAX);
		assert_noop!(
			Compliance::trust_claim_issuer(root(), OTHER, None),
			Error::<Test>::ClaimIssuerIdsExhausted
		);
		// Issuers with an id are unaffected.
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
		assert_eq!(lists(KYC), Some(2));
	});
}

#[test]
fn evidence_hashes_are_kept_apart_and_follow_their_claims() {
	run(|| {
		trust(KYC);
		let evidence =
			|topic| ClaimDetails::<Test>::get(BOB, (id(KYC), topic)).and_then(|d| d.evidence);
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
		let kyc = id(KYC);
		assert_ok!(Compliance::purge_claims(signed(NOBODY), BOB, KYC));
		assert_eq!(ClaimDetails::<Test>::iter().count(), 0);
		assert!(!Claims::<Test>::contains_key(BOB, kyc));
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
		assert_ok!(Compliance::distrust_claim_issuer(root(), OTHER));
		assert_ok!(Compliance::revoke_claim(signed(OTHER), CHARLIE, Kyc));
		assert!(!ClaimIssuerIds::<Test>::contains_key(OTHER));
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
