//! transfer, transfer_batch

use super::*;

#[test]
fn transfer_works() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let _ = Recorder::take();
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 40));
		System::assert_last_event(
			Event::Transferred {
				token: t,
				from: BOB,
				to: CHARLIE,
				amount: 40,
			}
			.into(),
		);
		assert_eq!((balance(t, BOB), balance(t, CHARLIE)), (60, 40));
		assert_eq!(supply(t), 100);
		assert_eq!(holders(t), 2);
		assert_eq!(
			Recorder::take(),
			vec![change(
				t,
				MovementKind::Transfer,
				Some((BOB, 100, 60)),
				Some((CHARLIE, 0, 40))
			)]
		);
		// Everything: the sender is no holder any more.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 60));
		assert_eq!(holders(t), 1);
		assert!(Holdings::<Test>::get(t, BOB).is_none());
		assert_eq!(balance(t, CHARLIE), 100);
	});
}

#[test]
fn transfer_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100), (CHARLIE, 10)]);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, BOB, 1),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 101),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			SecurityToken::transfer(signed(DAVE), t, CHARLIE, 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), UNKNOWN, CHARLIE, 1),
			Error::<Test>::UnknownToken
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 60));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 41),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::SenderFrozen
		);
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			Error::<Test>::ReceiverFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::TokenPaused
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		// The transfer check refuses either side.
		DenyList::deny(&CHARLIE);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			DENIED_ERROR
		);
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			DENIED_ERROR
		);
		assert_ok!(SecurityToken::transfer(signed(BOB), t, DAVE, 40));
	});
}

#[test]
fn transfer_batch_works() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let _ = Recorder::take();
		assert_ok!(SecurityToken::transfer_batch(
			signed(BOB),
			t,
			batch(vec![(CHARLIE, 10), (DAVE, 20), (CHARLIE, 5)])
		));
		assert_eq!(
			events()[events().len() - 3..],
			[
				Event::Transferred {
					token: t,
					from: BOB,
					to: CHARLIE,
					amount: 10
				},
				Event::Transferred {
					token: t,
					from: BOB,
					to: DAVE,
					amount: 20
				},
				Event::Transferred {
					token: t,
					from: BOB,
					to: CHARLIE,
					amount: 5
				},
			]
		);
		assert_eq!(
			(balance(t, BOB), balance(t, CHARLIE), balance(t, DAVE)),
			(65, 15, 20)
		);
		assert_eq!(holders(t), 3);
		assert_eq!(
			Recorder::take(),
			vec![
				change(
					t,
					MovementKind::Transfer,
					Some((BOB, 100, 90)),
					Some((CHARLIE, 0, 10))
				),
				change(
					t,
					MovementKind::Transfer,
					Some((BOB, 90, 70)),
					Some((DAVE, 0, 20))
				),
				change(
					t,
					MovementKind::Transfer,
					Some((BOB, 70, 65)),
					Some((CHARLIE, 10, 15))
				),
			]
		);
	});
}

#[test]
fn transfer_batch_is_all_or_nothing() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		// Together more than the balance.
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 60), (DAVE, 41)])),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, DAVE));
		assert_noop!(
			SecurityToken::transfer_batch(
				signed(BOB),
				t,
				batch(vec![(CHARLIE, 1), (DAVE, 1), (EVE, 1)])
			),
			Error::<Test>::ReceiverFrozen
		);
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 1), (BOB, 1)])),
			Error::<Test>::SameAccount
		);
		DenyList::deny(&EVE);
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 1), (EVE, 1)])),
			DENIED_ERROR
		);
		assert_eq!(balance(t, BOB), 100);
		assert_eq!(holders(t), 1);
	});
}

#[test]
fn transfer_batch_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![])),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), UNKNOWN, batch(vec![(CHARLIE, 1)])),
			Error::<Test>::UnknownToken
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 1)])),
			Error::<Test>::TokenPaused
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 1), (DAVE, 0)])),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 60));
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 40), (DAVE, 1)])),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_noop!(
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 1)])),
			Error::<Test>::SenderFrozen
		);
	});
}

/// One word for one thing: a refusal by the ledger's own rules is the error named as its
/// reason code, so what `can_transfer` reports reads as what the call fails with.
#[test]
fn every_ledger_refusal_is_the_error_named_as_its_reason_code() {
	use ReasonCode::*;
	for code in [
		UnknownToken,
		TokenPaused,
		ZeroAmount,
		SameAccount,
		SenderFrozen,
		ReceiverFrozen,
		OperatorFrozen,
		InsufficientBalance,
		BalanceFrozen,
		InsufficientAllowance,
		MaxSupplyExceeded,
		CustodianAccount,
	] {
		match SecurityToken::reason_error(code) {
			DispatchError::Module(sp_runtime::ModuleError {
				message: Some(name),
				..
			}) => assert_eq!(name, format!("{code:?}")),
			other => panic!("{code:?} gives {other:?}"),
		}
	}
}
