//! issue, issue_batch

use super::*;

#[test]
fn issue_works() {
	run(|| {
		let t = token_with(&[]);
		assert_ok!(SecurityToken::issue(signed(ISSUER), t, BOB, 100));
		System::assert_last_event(
			Event::Issued {
				token: t,
				to: BOB,
				amount: 100,
			}
			.into(),
		);
		assert_eq!(balance(t, BOB), 100);
		assert_eq!(supply(t), 100);
		assert_eq!(holders(t), 1);
		assert_eq!(
			Recorder::take(),
			vec![change(t, MovementKind::Issue, None, Some((BOB, 0, 100)))]
		);
		// By a supply agent.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		assert_ok!(SecurityToken::issue(signed(AGENT), t, BOB, 50));
		System::assert_last_event(
			Event::Issued {
				token: t,
				to: BOB,
				amount: 50,
			}
			.into(),
		);
		assert_eq!(balance(t, BOB), 150);
		assert_eq!(supply(t), 150);
		assert_eq!(holders(t), 1);
		assert_eq!(
			Recorder::take(),
			vec![change(t, MovementKind::Issue, None, Some((BOB, 100, 150)))]
		);
	});
}

#[test]
fn issue_errors() {
	run(|| {
		let t = create(equity(1_000));
		issue(t, BOB, 10);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::ReceiverFrozen
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::TokenPaused
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::issue(signed(BOB), t, BOB, 1),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), UNKNOWN, BOB, 1),
			Error::<Test>::UnknownToken
		);
		DenyList::deny(&DAVE);
		let _ = Recorder::take();
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, DAVE, 1),
			DENIED_ERROR
		);
		// Refused issues reach no hook.
		assert_eq!(Recorder::take(), vec![]);
		assert_eq!(supply(t), 10);
	});
}

#[test]
fn issue_respects_the_max_supply() {
	run(|| {
		let t = create(equity(1_000));
		issue(t, BOB, 600);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 401),
			Error::<Test>::MaxSupplyExceeded
		);
		// Exactly the maximum.
		issue(t, CHARLIE, 400);
		assert_eq!(supply(t), 1_000);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::MaxSupplyExceeded
		);
		// Burning makes room again.
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 100));
		issue(t, DAVE, 100);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, DAVE, 1),
			Error::<Test>::MaxSupplyExceeded
		);
	});
}

#[test]
fn issue_overflow_is_refused() {
	run(|| {
		let t = create(equity(Balance::MAX));
		issue(t, BOB, Balance::MAX);
		// The receiver's balance and the supply would both overflow.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::Overflow
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn issue_batch_works() {
	run(|| {
		let t = token_with(&[]);
		assert_ok!(SecurityToken::issue_batch(
			signed(ISSUER),
			t,
			batch(vec![(BOB, 10), (CHARLIE, 20), (BOB, 5)])
		));
		assert_eq!(
			events()[1..],
			[
				Event::Issued {
					token: t,
					to: BOB,
					amount: 10
				},
				Event::Issued {
					token: t,
					to: CHARLIE,
					amount: 20
				},
				Event::Issued {
					token: t,
					to: BOB,
					amount: 5
				},
			]
		);
		assert_eq!(balance(t, BOB), 15);
		assert_eq!(balance(t, CHARLIE), 20);
		assert_eq!(supply(t), 35);
		assert_eq!(holders(t), 2);
		assert_eq!(Recorder::take().len(), 3);
		// A supply agent may too.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		assert_ok!(SecurityToken::issue_batch(
			signed(AGENT),
			t,
			batch(vec![(DAVE, 1)])
		));
		assert_eq!(balance(t, DAVE), 1);
	});
}

#[test]
fn issue_batch_is_all_or_nothing() {
	run(|| {
		let t = create(equity(100));
		issue(t, BOB, 10);
		// The last entry exceeds the maximum supply.
		assert_noop!(
			SecurityToken::issue_batch(
				signed(ISSUER),
				t,
				batch(vec![(BOB, 40), (CHARLIE, 40), (DAVE, 11)])
			),
			Error::<Test>::MaxSupplyExceeded
		);
		// A frozen receiver in the middle.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(
			SecurityToken::issue_batch(
				signed(ISSUER),
				t,
				batch(vec![(BOB, 1), (CHARLIE, 1), (DAVE, 1)])
			),
			Error::<Test>::ReceiverFrozen
		);
		// A refused receiver at the end.
		DenyList::deny(&DAVE);
		assert_noop!(
			SecurityToken::issue_batch(
				signed(ISSUER),
				t,
				batch(vec![(BOB, 1), (EVE, 1), (DAVE, 1)])
			),
			DENIED_ERROR
		);
		assert_noop!(
			SecurityToken::issue_batch(signed(ISSUER), t, batch(vec![(BOB, 1), (EVE, 0)])),
			Error::<Test>::ZeroAmount
		);
		assert_eq!(balance(t, BOB), 10);
		assert_eq!(supply(t), 10);
		assert_eq!(holders(t), 1);
	});
}

#[test]
fn issue_batch_errors() {
	run(|| {
		let t = token_with(&[]);
		assert_noop!(
			SecurityToken::issue_batch(signed(ISSUER), t, batch(vec![])),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			SecurityToken::issue_batch(signed(BOB), t, batch(vec![(BOB, 1)])),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::issue_batch(signed(ISSUER), UNKNOWN, batch(vec![(BOB, 1)])),
			Error::<Test>::UnknownToken
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::issue_batch(signed(ISSUER), t, batch(vec![(BOB, 1)])),
			Error::<Test>::TokenPaused
		);
	});
}
