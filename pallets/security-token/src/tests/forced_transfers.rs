//! force_transfer, recover

use super::*;

#[test]
fn force_transfer_works() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let _ = Recorder::take();
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Controller
		));
		assert_ok!(SecurityToken::force_transfer(
			signed(AGENT),
			t,
			BOB,
			CHARLIE,
			30,
			reason("court order")
		));
		System::assert_last_event(
			Event::ForcedTransfer {
				token: t,
				from: BOB,
				to: CHARLIE,
				amount: 30,
				unfrozen: 0,
				reason: reason("court order"),
				by: Authority::Agent(AGENT),
			}
			.into(),
		);
		assert_eq!((balance(t, BOB), balance(t, CHARLIE)), (70, 30));
		assert_eq!(holders(t), 2);
		assert_eq!(
			Recorder::take(),
			vec![change(
				t,
				MovementKind::ForcedTransfer,
				Some((BOB, 100, 70)),
				Some((CHARLIE, 0, 30))
			)]
		);
	});
}

#[test]
fn force_transfer_passes_freezes_and_unfreezes_only_what_it_needs() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 70));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		// 30 unfrozen: moving 20 unfreezes nothing.
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			BOB,
			CHARLIE,
			20,
			reason("a")
		));
		assert_eq!(
			last_event(),
			Event::ForcedTransfer {
				token: t,
				from: BOB,
				to: CHARLIE,
				amount: 20,
				unfrozen: 0,
				reason: reason("a"),
				by: Authority::Agent(ISSUER),
			}
		);
		assert_eq!(frozen(t, BOB), 70);
		// 10 unfrozen: moving 50 unfreezes 40.
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			BOB,
			CHARLIE,
			50,
			reason("b")
		));
		assert_eq!(
			last_event(),
			Event::ForcedTransfer {
				token: t,
				from: BOB,
				to: CHARLIE,
				amount: 50,
				unfrozen: 40,
				reason: reason("b"),
				by: Authority::Agent(ISSUER),
			}
		);
		assert_eq!((balance(t, BOB), frozen(t, BOB)), (30, 30));
		// Freezes stay; received tokens are not frozen.
		assert!(account_frozen(t, BOB) && account_frozen(t, CHARLIE));
		assert_eq!((balance(t, CHARLIE), frozen(t, CHARLIE)), (70, 0));
	});
}

#[test]
fn force_transfer_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, BOB, CHARLIE, 1, reason("")),
			Error::<Test>::EmptyReason
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, BOB, CHARLIE, 0, reason("x")),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, BOB, BOB, 1, reason("x")),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, BOB, CHARLIE, 101, reason("x")),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(BOB), t, BOB, CHARLIE, 1, reason("x")),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), UNKNOWN, BOB, CHARLIE, 1, reason("x")),
			Error::<Test>::UnknownToken
		);
		// The transfer check still applies.
		DenyList::deny(&CHARLIE);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, BOB, CHARLIE, 1, reason("x")),
			DENIED_ERROR
		);
	});
}

#[test]
fn recover_moves_balance_frozen_part_and_freeze() {
	run(|| {
		let t = token_with(&[(BOB, 100), (DAVE, 5)]);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 30));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Recovery
		));
		let _ = Recorder::take();
		assert_ok!(SecurityToken::recover(signed(AGENT), t, BOB, DAVE));
		System::assert_last_event(
			Event::Recovered {
				token: t,
				lost: BOB,
				new: DAVE,
				amount: 100,
				frozen: 30,
			}
			.into(),
		);
		assert_eq!(
			SecurityToken::api_position(t, &DAVE),
			AccountPosition {
				balance: 105,
				frozen: 30,
				transferable: 0,
				account_frozen: true
			}
		);
		// The lost account is left frozen and empty.
		assert_eq!(
			SecurityToken::api_position(t, &BOB),
			AccountPosition {
				balance: 0,
				frozen: 0,
				transferable: 0,
				account_frozen: true
			}
		);
		assert_eq!(holders(t), 1);
		assert_eq!(supply(t), 105);
		assert_eq!(
			Recorder::take(),
			vec![change(
				t,
				MovementKind::Recovery,
				Some((BOB, 100, 0)),
				Some((DAVE, 5, 105))
			)]
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::transfer(signed(DAVE), t, BOB, 1),
			Error::<Test>::SenderFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, DAVE));
		assert_noop!(
			SecurityToken::transfer(signed(DAVE), t, BOB, 1),
			Error::<Test>::ReceiverFrozen
		);
		assert_noop!(
			SecurityToken::transfer(signed(DAVE), t, CHARLIE, 76),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::transfer(signed(DAVE), t, CHARLIE, 75));
		assert_noop!(
			SecurityToken::recover(signed(AGENT), t, BOB, DAVE),
			Error::<Test>::NothingToRecover
		);
	});
}

#[test]
fn recover_of_an_unfrozen_account_freezes_only_the_lost_one() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::recover(signed(ISSUER), t, BOB, EVE));
		System::assert_last_event(
			Event::Recovered {
				token: t,
				lost: BOB,
				new: EVE,
				amount: 100,
				frozen: 0,
			}
			.into(),
		);
		assert_eq!(
			SecurityToken::api_position(t, &EVE),
			AccountPosition {
				balance: 100,
				frozen: 0,
				transferable: 100,
				account_frozen: false
			}
		);
		assert!(account_frozen(t, BOB));
		assert_eq!(holders(t), 1);
	});
}

#[test]
fn recover_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::recover(signed(ISSUER), t, CHARLIE, DAVE),
			Error::<Test>::NothingToRecover
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(
			SecurityToken::recover(signed(ISSUER), t, CHARLIE, DAVE),
			Error::<Test>::NothingToRecover
		);
		assert_noop!(
			SecurityToken::recover(signed(ISSUER), t, BOB, BOB),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			SecurityToken::recover(signed(DAVE), t, BOB, DAVE),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::recover(signed(ISSUER), UNKNOWN, BOB, DAVE),
			Error::<Test>::UnknownToken
		);
		DenyList::deny(&DAVE);
		assert_noop!(
			SecurityToken::recover(signed(ISSUER), t, BOB, DAVE),
			DENIED_ERROR
		);
	});
}
