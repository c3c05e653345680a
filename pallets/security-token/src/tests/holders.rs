//! The holders' powers ([`Config::HoldersOrigin`](crate::Config::HoldersOrigin), in the
//! runtime a resolution they passed): replace the issuer, appoint and dismiss agents, pause
//! and unpause, on their own token only, and nothing that moves or freezes tokens.

use super::*;

#[test]
fn holders_replace_their_issuer_while_it_is_admitted() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), CHARLIE));
		assert_ok!(SecurityToken::hand_over(holders_origin(t), t, CHARLIE));
		assert_eq!(details(t).issuer, CHARLIE);
		assert_eq!((deposit_held(ISSUER), deposit_held(CHARLIE)), (0, DEPOSIT));
		assert_eq!(
			last_event(),
			Event::TokenHandedOver {
				token: t,
				from: ISSUER,
				to: CHARLIE,
				deposit: DEPOSIT,
				agents_removed: 0
			}
		);
		// The hand-over's own errors apply to the holders too.
		assert_noop!(
			SecurityToken::hand_over(holders_origin(t), t, BOB),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn holders_act_on_their_own_token_only() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let other = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), CHARLIE));
		assert_noop!(
			SecurityToken::hand_over(holders_origin(t), other, CHARLIE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			SecurityToken::pause(holders_origin(t), other),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::grant_role(holders_origin(t), other, AGENT, Role::Compliance),
			Error::<Test>::NotTokenIssuer
		);
		// A signed account that is no token's holders stand-in has none of these powers.
		assert_noop!(
			SecurityToken::hand_over(signed(BOB), t, CHARLIE),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn holders_appoint_and_dismiss_agents_also_of_a_removed_issuer() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::grant_role(
			holders_origin(t),
			t,
			AGENT,
			Role::Compliance
		));
		assert!(has_role(t, AGENT, Role::Compliance));
		assert_eq!(
			last_event(),
			Event::RoleGranted {
				token: t,
				who: AGENT,
				role: Role::Compliance
			}
		);
		assert_noop!(
			SecurityToken::grant_role(holders_origin(t), t, AGENT, Role::Compliance),
			Error::<Test>::RoleAlreadyGranted
		);
		// Once the issuer is removed its agents cannot act, and the holders can still
		// dismiss them.
		assert_ok!(SecurityToken::remove_issuer(RuntimeOrigin::root(), ISSUER));
		assert!(!has_role(t, AGENT, Role::Compliance));
		assert!(Agents::<Test>::get(t, AGENT).is_some());
		assert_ok!(SecurityToken::revoke_role(
			holders_origin(t),
			t,
			AGENT,
			Role::Compliance
		));
		assert!(Agents::<Test>::get(t, AGENT).is_none());
		assert_noop!(
			SecurityToken::revoke_role(holders_origin(t), t, AGENT, Role::Compliance),
			Error::<Test>::RoleNotGranted
		);
		assert_noop!(
			SecurityToken::grant_role(holders_origin(UNKNOWN), UNKNOWN, AGENT, Role::Supply),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn holders_pause_and_unpause_and_the_event_says_so() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::pause(holders_origin(t), t));
		assert_eq!(
			last_event(),
			Event::Paused {
				token: t,
				by: Authority::Holders
			}
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::TokenPaused
		);
		assert_noop!(
			SecurityToken::pause(holders_origin(t), t),
			Error::<Test>::AlreadyPaused
		);
		assert_ok!(SecurityToken::unpause(holders_origin(t), t));
		assert_eq!(
			last_event(),
			Event::Unpaused {
				token: t,
				by: Authority::Holders
			}
		);
		assert_noop!(
			SecurityToken::unpause(holders_origin(t), t),
			Error::<Test>::NotPaused
		);
		assert_noop!(
			SecurityToken::pause(holders_origin(UNKNOWN), UNKNOWN),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn holders_cannot_freeze_force_or_issue() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::freeze_account(holders_origin(t), t, BOB),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			post(SecurityToken::force_transfer(
				holders_origin(t),
				t,
				BOB,
				CHARLIE,
				1,
				reason("majority")
			)),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			post(SecurityToken::issue(holders_origin(t), t, CHARLIE, 1)),
			Error::<Test>::NoPermission
		);
		assert_eq!(balance(t, BOB), 100);
	});
}
