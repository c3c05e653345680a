//! trust_claim_issuer_for_token / distrust_claim_issuer_for_token

use super::*;

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
			assert_ok!(Compliance::trust_claim_issuer_for_token(
				origin, t, issuer, None
			));
			System::assert_last_event(
				Event::ClaimIssuerTrusted {
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
		assert!(NetworkClaimIssuers::<Test>::get().is_empty());
		// The token's list is full.
		assert_noop!(
			Compliance::trust_claim_issuer_for_token(signed(ISSUER), t, FOURTH, None),
			Error::<Test>::TooManyTrustedIssuers
		);
		// Replacing the topics: counted once, the complexity counts the topics.
		let kyc_aml = topics(&[Kyc, Aml]);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			kyc_aml.clone()
		));
		System::assert_last_event(
			Event::ClaimIssuerTrusted {
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
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
			Compliance::trust_claim_issuer_for_token(
				signed(ISSUER),
				t,
				KYC,
				topics(&[Jurisdiction(LOWER)])
			),
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
			Compliance::trust_claim_issuer_for_token(signed(ISSUER), t, KYC, topics(&[Kyc, Aml])),
			Error::<Test>::TooComplex
		);
		// 22 + 1 + 1 topic: exactly the maximum.
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			topics(&[Kyc])
		));
		assert_eq!(settings(t).complexity, MAX_COMPLEXITY);
		assert_noop!(
			Compliance::trust_claim_issuer_for_token(signed(ISSUER), t, OTHER, None),
			Error::<Test>::TooComplex
		);
		// Replacing the topics with more is refused too; with none it gets simpler.
		assert_noop!(
			Compliance::trust_claim_issuer_for_token(signed(ISSUER), t, KYC, topics(&[Kyc, Aml])),
			Error::<Test>::TooComplex
		);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
		assert_eq!(settings(t).complexity, 23);
	});
}

#[test]
fn distrust_token_issuer_removes_an_issuer_of_one_token() {
	run(|| {
		let t = new_token(ISSUER);
		assert_noop!(
			Compliance::distrust_claim_issuer_for_token(signed(ISSUER), t, KYC),
			Error::<Test>::ClaimIssuerNotTrusted
		);
		// Trusted by the network is not trusted by the token.
		trust(KYC);
		assert_noop!(
			Compliance::distrust_claim_issuer_for_token(signed(ISSUER), t, KYC),
			Error::<Test>::ClaimIssuerNotTrusted
		);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			OTHER,
			None
		));
		assert_eq!(lists(KYC), Some(2));

		assert_ok!(Compliance::distrust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC
		));
		System::assert_last_event(
			Event::ClaimIssuerDistrusted {
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
		assert_ok!(Compliance::distrust_claim_issuer_for_token(
			root(),
			t,
			OTHER
		));
		assert_eq!(lists(OTHER), None);
		assert!(!TokenSettings::<Test>::contains_key(t));
	});
}
