//! Holder count, transfer check, balance-change hook

use super::*;

#[test]
fn holder_count_follows_non_zero_balances() {
	run(|| {
		let t = fund_with(&[]);
		assert_eq!(SecurityToken::api_holder_count(t), Some(0));
		issue(t, BOB, 10);
		assert_eq!(holders(t), 1);
		issue(t, CHARLIE, 10);
		assert_eq!(holders(t), 2);
		issue(t, BOB, 5);
		assert_eq!(holders(t), 2);
		assert_ok!(SecurityToken::transfer(signed(BOB), t, DAVE, 5));
		assert_eq!(holders(t), 3);
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 10));
		assert_eq!(holders(t), 2, "BOB emptied");
		// A frozen account with nothing is no holder.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_eq!(holders(t), 2);
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, CHARLIE, 20));
		assert_eq!(holders(t), 1);
		assert_ok!(SecurityToken::redeem(signed(DAVE), t, 5));
		assert_eq!(holders(t), 0);
		assert_eq!(SecurityToken::api_holder_count(t), Some(0));
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::holder_count(t),
			0
		);
		assert_eq!(supply(t), 0);
		assert!(Holdings::<Test>::get(t, CHARLIE).is_none());
		assert!(Holdings::<Test>::get(t, DAVE).is_none());
	});
}

#[test]
fn the_transfer_check_refuses_issue_and_transfer() {
	run(|| {
		let t = fund_with(&[(BOB, 100), (CHARLIE, 100)]);
		DenyList::deny(&CHARLIE);
		let _ = Recorder::take();
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			DENIED_ERROR
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			DENIED_ERROR
		);
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			DENIED_ERROR
		);
		assert_ok!(SecurityToken::approve(signed(CHARLIE), t, DAVE, 5));
		assert_noop!(
			SecurityToken::transfer_from(signed(DAVE), t, CHARLIE, BOB, 1),
			DENIED_ERROR
		);
		assert_noop!(SecurityToken::redeem(signed(CHARLIE), t, 1), DENIED_ERROR);
		assert_noop!(
			SecurityToken::burn(signed(ISSUER), t, CHARLIE, 1),
			DENIED_ERROR
		);
		// Refused movements reach no hook.
		assert_eq!(Recorder::take(), vec![]);
		// Movements not touching CHARLIE pass.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, DAVE, 1));
		DenyList::clear();
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 1));
	});
}

#[test]
fn the_hook_sees_every_movement_with_its_balances() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = fund_with(&[]);
		assert_eq!(Recorder::take(), vec![]);
		issue(t, BOB, 100);
		assert_ok!(SecurityToken::issue_batch(
			signed(ISSUER),
			t,
			batch(vec![(CHARLIE, 10)])
		));
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 30));
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 5));
		assert_ok!(SecurityToken::transfer_from(signed(DAVE), t, BOB, DAVE, 5));
		assert_ok!(SecurityToken::transfer_batch(
			signed(CHARLIE),
			t,
			batch(vec![(EVE, 1)])
		));
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 15));
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, CHARLIE, 9));
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			BOB,
			CHARLIE,
			20,
			reason("x")
		));
		assert_ok!(SecurityToken::recover(signed(ISSUER), t, CHARLIE, FERDIE));
		// Calls that move nothing call no hook.
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 1));
		assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
		use MovementKind::*;
		assert_eq!(
			Recorder::take(),
			vec![
				change(t, Issue, None, Some((BOB, 0, 100))),
				change(t, Issue, None, Some((CHARLIE, 0, 10))),
				change(t, Transfer, Some((BOB, 100, 70)), Some((CHARLIE, 10, 40))),
				change(t, Transfer, Some((BOB, 70, 65)), Some((DAVE, 0, 5))),
				change(t, Transfer, Some((CHARLIE, 40, 39)), Some((EVE, 0, 1))),
				change(t, Redeem, Some((BOB, 65, 50)), None),
				change(t, Burn, Some((CHARLIE, 39, 30)), None),
				change(
					t,
					ForcedTransfer,
					Some((BOB, 50, 30)),
					Some((CHARLIE, 30, 50))
				),
				change(t, Recovery, Some((CHARLIE, 50, 0)), Some((FERDIE, 0, 50))),
			]
		);
	});
}
