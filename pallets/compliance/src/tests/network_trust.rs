//! trust_claim_issuer / distrust_claim_issuer

use super::*;

#[test]
fn trust_issuer_trusts_an_issuer_network_wide() {
	run(|| {
		assert_noop!(
			Compliance::add_claim(signed(KYC), BOB, Kyc, None, None),
			Error::<Test>::NotClaimIssuer
		);
		assert_ok!(Compliance::trust_claim_issuer(root(), KYC, None));
		System::assert_last_event(
			Event::ClaimIssuerTrusted {
				token: None,
				issuer: KYC,
				id: id(KYC),
				topics: None,
			}
			.into(),
		);
		assert_eq!(
			NetworkClaimIssuers::<Test>::get().into_inner(),
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
		assert_ok!(Compliance::trust_claim_issuer(root(), OTHER, aml.clone()));
		System::assert_last_event(
			Event::ClaimIssuerTrusted {
				token: None,
				issuer: OTHER,
				id: id(OTHER),
				topics: aml.clone(),
			}
			.into(),
		);
		assert_eq!(
			NetworkClaimIssuers::<Test>::get()[1],
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
		assert_ok!(Compliance::trust_claim_issuer(
			root(),
			KYC,
			kyc_only.clone()
		));
		System::assert_last_event(
			Event::ClaimIssuerTrusted {
				token: None,
				issuer: KYC,
				id: id(KYC),
				topics: kyc_only.clone(),
			}
			.into(),
		);
		assert_eq!(
			NetworkClaimIssuers::<Test>::get().into_inner(),
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
		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
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
		assert_eq!(NetworkClaimIssuers::<Test>::get().len() as u32, MAX_TRUSTED);
		assert_noop!(
			Compliance::trust_claim_issuer(root(), FOURTH, None),
			Error::<Test>::TooManyTrustedIssuers
		);
		// Replacing the topics of an issuer on the full list still works.
		assert_ok!(Compliance::trust_claim_issuer(
			root(),
			OTHER,
			topics(&[Aml])
		));
		// A place freed is a place to take.
		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
		assert_ok!(Compliance::trust_claim_issuer(root(), FOURTH, None));
	});
}

#[test]
fn trust_issuer_refuses_a_malformed_country_in_its_topics() {
	run(|| {
		for bad in [LOWER, DIGIT] {
			assert_noop!(
				Compliance::trust_claim_issuer(root(), KYC, topics(&[Kyc, Jurisdiction(bad)])),
				Error::<Test>::InvalidCountry
			);
		}
		assert_ok!(Compliance::trust_claim_issuer(
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
			Compliance::trust_claim_issuer(root(), KYC, topics(&[Kyc, Aml, Kyc])),
			Error::<Test>::DuplicateTopic
		);
		// Every jurisdiction is one topic.
		assert_noop!(
			Compliance::trust_claim_issuer(
				root(),
				KYC,
				topics(&[Jurisdiction(DE), Jurisdiction(FR)])
			),
			Error::<Test>::DuplicateTopic
		);
		let token = new_token(ISSUER);
		assert_noop!(
			Compliance::trust_claim_issuer_for_token(
				RuntimeOrigin::signed(ISSUER),
				token,
				KYC,
				topics(&[Aml, Aml])
			),
			Error::<Test>::DuplicateTopic
		);
		assert_ok!(Compliance::trust_claim_issuer(
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
			Compliance::distrust_claim_issuer(root(), KYC),
			Error::<Test>::ClaimIssuerNotTrusted
		);
		trust(KYC);
		trust(OTHER);
		// A token trusts KYC too.
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
		assert_eq!(lists(KYC), Some(2));

		assert_ok!(Compliance::distrust_claim_issuer(root(), KYC));
		System::assert_last_event(
			Event::ClaimIssuerDistrusted {
				token: None,
				issuer: KYC,
			}
			.into(),
		);
		assert_eq!(
			NetworkClaimIssuers::<Test>::get().into_inner(),
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
			Compliance::distrust_claim_issuer(root(), KYC),
			Error::<Test>::ClaimIssuerNotTrusted
		);
	});
}
