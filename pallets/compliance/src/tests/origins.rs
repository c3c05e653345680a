//! Origins and permissions

use super::*;

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
			assert_noop!(Compliance::trust_claim_issuer(o.clone(), OTHER, None), bad);
			assert_noop!(Compliance::distrust_claim_issuer(o, KYC), bad);
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
			assert_noop!(Compliance::purge_claims(o, BOB, KYC), bad);
		}
	});
}

#[test]
fn every_admin_call_refuses_whoever_is_no_compliance_admin() {
	run(|| {
		let t = new_token(ISSUER);
		assert_ok!(Compliance::trust_claim_issuer_for_token(
			signed(ISSUER),
			t,
			KYC,
			None
		));
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
		assert_ok!(Compliance::trust_claim_issuer_for_token(
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
			assert_ok!(Compliance::trust_claim_issuer_for_token(
				root(),
				t,
				KYC,
				None
			));
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
