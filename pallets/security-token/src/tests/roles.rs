//! grant_role, revoke_role

use super::*;

#[test]
fn grant_role_works() {
	run(|| {
		let t = token_with(&[]);
		assert!(!has_role(t, AGENT, Role::Supply));
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		System::assert_last_event(
			Event::RoleGranted {
				token: t,
				who: AGENT,
				role: Role::Supply,
			}
			.into(),
		);
		let roles = Agents::<Test>::get(t, AGENT).unwrap();
		assert!(roles.contains(Role::Supply) && !roles.contains(Role::Freezer));
		assert_eq!(details(t).agents, 1);
		// A second role of the same agent: still one agent.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		System::assert_last_event(
			Event::RoleGranted {
				token: t,
				who: AGENT,
				role: Role::Freezer,
			}
			.into(),
		);
		assert_eq!(details(t).agents, 1);
		assert!(has_role(t, AGENT, Role::Supply) && has_role(t, AGENT, Role::Freezer));
		assert!(!has_role(t, AGENT, Role::Controller));
		// Roles are per token.
		let t2 = token_with(&[]);
		assert!(!has_role(t2, AGENT, Role::Supply));
		assert_noop!(
			SecurityToken::issue(signed(AGENT), t2, BOB, 1),
			Error::<Test>::NoPermission
		);
		assert_ok!(SecurityToken::issue(signed(AGENT), t, BOB, 1));
	});
}

#[test]
fn grant_role_errors() {
	run(|| {
		let t = token_with(&[]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		assert_noop!(
			SecurityToken::grant_role(signed(ISSUER), t, AGENT, Role::Supply),
			Error::<Test>::RoleAlreadyGranted
		);
		// Only the issuer grants: an agent holding every role may not.
		for role in Role::ALL.into_iter().filter(|r| *r != Role::Supply) {
			assert_ok!(SecurityToken::grant_role(signed(ISSUER), t, AGENT, role));
		}
		assert_noop!(
			SecurityToken::grant_role(signed(AGENT), t, BOB, Role::Supply),
			Error::<Test>::NotTokenIssuer
		);
		assert_noop!(
			SecurityToken::grant_role(signed(BOB), t, BOB, Role::Supply),
			Error::<Test>::NotTokenIssuer
		);
		assert_noop!(
			SecurityToken::grant_role(signed(ISSUER), UNKNOWN, AGENT, Role::Freezer),
			Error::<Test>::UnknownToken
		);
		// The issuer of another token may not.
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), BOB));
		assert_ok!(SecurityToken::create_token(
			signed(BOB),
			Box::new(equity(10))
		));
		assert_noop!(
			SecurityToken::grant_role(signed(BOB), t, CHARLIE, Role::Supply),
			Error::<Test>::NotTokenIssuer
		);
	});
}

#[test]
fn grant_role_limits_the_agents() {
	run(|| {
		let t = token_with(&[]);
		assert_eq!(MAX_AGENTS, 3);
		for who in [AGENT, BOB, CHARLIE] {
			assert_ok!(SecurityToken::grant_role(
				signed(ISSUER),
				t,
				who,
				Role::Supply
			));
		}
		assert_eq!(details(t).agents, 3);
		assert_noop!(
			SecurityToken::grant_role(signed(ISSUER), t, DAVE, Role::Supply),
			Error::<Test>::TooManyAgents
		);
		// An existing agent may still get more roles.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			BOB,
			Role::Freezer
		));
		// Removing an agent frees a place.
		assert_ok!(SecurityToken::revoke_role(
			signed(ISSUER),
			t,
			CHARLIE,
			Role::Supply
		));
		assert_eq!(details(t).agents, 2);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			DAVE,
			Role::Supply
		));
		assert_eq!(details(t).agents, 3);
	});
}

#[test]
fn revoke_role_works() {
	run(|| {
		let t = token_with(&[]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		assert_ok!(SecurityToken::revoke_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		System::assert_last_event(
			Event::RoleRevoked {
				token: t,
				who: AGENT,
				role: Role::Supply,
			}
			.into(),
		);
		assert!(!has_role(t, AGENT, Role::Supply));
		assert!(has_role(t, AGENT, Role::Freezer));
		assert_eq!(details(t).agents, 1);
		assert_noop!(
			SecurityToken::issue(signed(AGENT), t, BOB, 1),
			Error::<Test>::NoPermission
		);
		// The last role: the agent is gone.
		assert_ok!(SecurityToken::revoke_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		assert!(Agents::<Test>::get(t, AGENT).is_none());
		assert_eq!(details(t).agents, 0);
		assert_noop!(
			SecurityToken::pause(signed(AGENT), t),
			Error::<Test>::NoPermission
		);
	});
}

#[test]
fn revoke_role_errors() {
	run(|| {
		let t = token_with(&[]);
		assert_noop!(
			SecurityToken::revoke_role(signed(ISSUER), t, AGENT, Role::Supply),
			Error::<Test>::RoleNotGranted
		);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		assert_noop!(
			SecurityToken::revoke_role(signed(ISSUER), t, AGENT, Role::Supply),
			Error::<Test>::RoleNotGranted
		);
		assert_noop!(
			SecurityToken::revoke_role(signed(AGENT), t, AGENT, Role::Freezer),
			Error::<Test>::NotTokenIssuer
		);
		assert_noop!(
			SecurityToken::revoke_role(signed(ISSUER), UNKNOWN, AGENT, Role::Freezer),
			Error::<Test>::UnknownToken
		);
	});
}
