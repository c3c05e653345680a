//! pause, unpause

use super::*;

#[test]
fn pause_and_unpause_work() {
	run(|| {
		let t = token_with(&[]);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		System::assert_last_event(
			Event::Paused {
				token: t,
				by: Authority::Agent(ISSUER),
			}
			.into(),
		);
		assert!(details(t).paused);
		assert_noop!(
			SecurityToken::pause(signed(ISSUER), t),
			Error::<Test>::AlreadyPaused
		);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		assert_ok!(SecurityToken::unpause(signed(AGENT), t));
		System::assert_last_event(
			Event::Unpaused {
				token: t,
				by: Authority::Agent(AGENT),
			}
			.into(),
		);
		assert!(!details(t).paused);
		assert_noop!(
			SecurityToken::unpause(signed(AGENT), t),
			Error::<Test>::NotPaused
		);
		assert_ok!(SecurityToken::pause(signed(AGENT), t));
	});
}

#[test]
fn pause_blocks_holder_movements_but_not_agent_actions() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = fund_with(&[(BOB, 100), (CHARLIE, 100)]);
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 10));
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		let paused: DispatchError = Error::<Test>::TokenPaused.into();
		assert_noop!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 1), paused);
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 1)])),
			paused
		);
		assert_noop!(
			SecurityToken::transfer_from(signed(DAVE), t, BOB, DAVE, 1),
			paused
		);
		assert_noop!(SecurityToken::redeem(signed(BOB), t, 1), paused);
		assert_noop!(SecurityToken::issue(signed(ISSUER), t, BOB, 1), paused);
		assert_noop!(
			SecurityToken::issue_batch(signed(ISSUER), t, batch(vec![(BOB, 1)])),
			paused
		);
		// Agent actions pass.
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 10));
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			BOB,
			CHARLIE,
			10,
			reason("order")
		));
		assert_ok!(SecurityToken::recover(signed(ISSUER), t, CHARLIE, EVE));
		assert_eq!(
			(balance(t, BOB), balance(t, CHARLIE), balance(t, EVE)),
			(80, 0, 110)
		);
		// As do approvals and checkpoints.
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 20));
		assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		assert_ok!(SecurityToken::transfer(signed(BOB), t, DAVE, 1));
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 1));
		issue(t, BOB, 1);
	});
}
