//! set_requirements / pause_rules / resume_rules

use super::*;

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
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
		assert_ok!(Compliance::distrust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC
		));
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
