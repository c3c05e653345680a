//! Reason codes and the report

use super::*;

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
