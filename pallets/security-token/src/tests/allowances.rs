//! approve, transfer_from

use super::*;

#[test]
fn approve_works() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 50));
		System::assert_last_event(
			Event::Approved {
				token: t,
				owner: BOB,
				spender: CHARLIE,
				amount: 50,
				deposit: ALLOWANCE_DEPOSIT,
			}
			.into(),
		);
		assert_eq!(allowance(t, BOB, CHARLIE), Some(50));
		// Replaces, does not add.
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 20));
		assert_eq!(allowance(t, BOB, CHARLIE), Some(20));
		// Allowances may exceed the balance, and need no balance.
		assert_ok!(SecurityToken::approve(signed(DAVE), t, CHARLIE, 1_000));
		assert_eq!(allowance(t, DAVE, CHARLIE), Some(1_000));
		// Zero removes.
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 0));
		System::assert_last_event(
			Event::Approved {
				token: t,
				owner: BOB,
				spender: CHARLIE,
				amount: 0,
				deposit: 0,
			}
			.into(),
		);
		assert!(!Allowances::<Test>::contains_key((t, BOB, CHARLIE)));
	});
}

#[test]
fn approve_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::approve(signed(BOB), t, BOB, 5),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			SecurityToken::approve(signed(BOB), UNKNOWN, CHARLIE, 5),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn transfer_from_works_and_uses_the_allowance() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 50));
		let _ = Recorder::take();
		assert_ok!(SecurityToken::transfer_from(
			signed(CHARLIE),
			t,
			BOB,
			DAVE,
			20
		));
		System::assert_last_event(
			Event::Transferred {
				token: t,
				from: BOB,
				to: DAVE,
				amount: 20,
			}
			.into(),
		);
		assert_eq!(
			(balance(t, BOB), balance(t, CHARLIE), balance(t, DAVE)),
			(80, 0, 20)
		);
		assert_eq!(allowance(t, BOB, CHARLIE), Some(30));
		assert_eq!(
			Recorder::take(),
			vec![change(
				t,
				MovementKind::Transfer,
				Some((BOB, 100, 80)),
				Some((DAVE, 0, 20))
			)]
		);
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 31),
			Error::<Test>::InsufficientAllowance
		);
		// The spender may send to itself; the allowance used up is removed.
		assert_ok!(SecurityToken::transfer_from(
			signed(CHARLIE),
			t,
			BOB,
			CHARLIE,
			30
		));
		assert!(!Allowances::<Test>::contains_key((t, BOB, CHARLIE)));
		assert_eq!(balance(t, CHARLIE), 30);
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 1),
			Error::<Test>::InsufficientAllowance
		);
		// An allowance of another owner or spender does not count.
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 10));
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 1),
			Error::<Test>::InsufficientAllowance
		);
		assert_noop!(
			SecurityToken::transfer_from(signed(DAVE), t, CHARLIE, DAVE, 1),
			Error::<Test>::InsufficientAllowance
		);
	});
}

#[test]
fn transfer_from_checks_the_spender_and_both_sides() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 500));
		// The spender's account is frozen: refused, allowance untouched.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 10),
			Error::<Test>::OperatorFrozen
		);
		// The owner may still move its tokens itself.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, EVE, 1));
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, CHARLIE));
		assert_eq!(allowance(t, BOB, CHARLIE), Some(500));

		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, BOB, 1),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 100),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 90));
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 10),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 1),
			Error::<Test>::SenderFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, DAVE));
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, DAVE, 1),
			Error::<Test>::ReceiverFrozen
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, EVE, 1),
			Error::<Test>::TokenPaused
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		DenyList::deny(&EVE);
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), t, BOB, EVE, 1),
			DENIED_ERROR
		);
		DenyList::clear();
		assert_ok!(SecurityToken::transfer_from(
			signed(CHARLIE),
			t,
			BOB,
			EVE,
			9
		));
		assert_eq!(allowance(t, BOB, CHARLIE), Some(491));
	});
}
