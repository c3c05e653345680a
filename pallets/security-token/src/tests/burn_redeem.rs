//! burn, redeem

use super::*;

#[test]
fn burn_works() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let _ = Recorder::take();
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 30));
		System::assert_last_event(
			Event::Burned {
				token: t,
				from: BOB,
				amount: 30,
				unfrozen: 0,
			}
			.into(),
		);
		assert_eq!(balance(t, BOB), 70);
		assert_eq!(supply(t), 70);
		assert_eq!(
			Recorder::take(),
			vec![change(t, MovementKind::Burn, Some((BOB, 100, 70)), None)]
		);
		// By a supply agent, down to zero: the holder is gone.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		assert_ok!(SecurityToken::burn(signed(AGENT), t, BOB, 70));
		assert_eq!(holders(t), 0);
		assert_eq!(supply(t), 0);
		assert!(Holdings::<Test>::get(t, BOB).is_none());
	});
}

#[test]
fn burn_passes_pause_and_freezes_and_unfreezes_what_it_needs() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 80));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		// 20 unfrozen: burning 15 unfreezes nothing.
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 15));
		System::assert_last_event(
			Event::Burned {
				token: t,
				from: BOB,
				amount: 15,
				unfrozen: 0,
			}
			.into(),
		);
		assert_eq!(frozen(t, BOB), 80);
		// 5 unfrozen: burning 50 unfreezes 45.
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 50));
		System::assert_last_event(
			Event::Burned {
				token: t,
				from: BOB,
				amount: 50,
				unfrozen: 45,
			}
			.into(),
		);
		assert_eq!(balance(t, BOB), 35);
		assert_eq!(frozen(t, BOB), 35);
		// All of it: the account stays frozen, with nothing.
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 35));
		System::assert_last_event(
			Event::Burned {
				token: t,
				from: BOB,
				amount: 35,
				unfrozen: 35,
			}
			.into(),
		);
		assert_eq!(
			Holdings::<Test>::get(t, BOB),
			Some(Holding {
				balance: 0,
				frozen: 0,
				account_frozen: true,
				snapshot: 0
			})
		);
		assert_eq!(holders(t), 0);
	});
}

#[test]
fn burn_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::burn(signed(ISSUER), t, BOB, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::burn(signed(ISSUER), t, BOB, 101),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			SecurityToken::burn(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			SecurityToken::burn(signed(BOB), t, BOB, 1),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::burn(signed(ISSUER), UNKNOWN, BOB, 1),
			Error::<Test>::UnknownToken
		);
		DenyList::deny(&BOB);
		assert_noop!(SecurityToken::burn(signed(ISSUER), t, BOB, 1), DENIED_ERROR);
	});
}

#[test]
fn redeem_anytime_works() {
	run(|| {
		let t = fund_with(&[(BOB, 100)]);
		let _ = Recorder::take();
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 40));
		System::assert_last_event(
			Event::Redeemed {
				token: t,
				holder: BOB,
				amount: 40,
			}
			.into(),
		);
		assert_eq!(balance(t, BOB), 60);
		assert_eq!(supply(t), 60);
		assert_eq!(
			Recorder::take(),
			vec![change(t, MovementKind::Redeem, Some((BOB, 100, 60)), None)]
		);
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 60));
		assert_eq!(holders(t), 0);
		assert!(Holdings::<Test>::get(t, BOB).is_none());
	});
}

#[test]
fn redeem_at_maturity_waits_for_the_maturity() {
	run(|| {
		let t = create(bond(MATURITY));
		issue(t, BOB, 100);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 10),
			Error::<Test>::NotMatured
		);
		Timestamp::set_timestamp(MATURITY - 1);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 10),
			Error::<Test>::NotMatured
		);
		Timestamp::set_timestamp(MATURITY);
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 10));
		System::assert_last_event(
			Event::Redeemed {
				token: t,
				holder: BOB,
				amount: 10,
			}
			.into(),
		);
		Timestamp::set_timestamp(MATURITY + 1_000);
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 90));
		assert_eq!(supply(t), 0);
	});
}

#[test]
fn redeem_errors() {
	run(|| {
		let never = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), never, 1),
			Error::<Test>::RedemptionNotAllowed
		);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), UNKNOWN, 1),
			Error::<Test>::UnknownToken
		);

		let t = fund_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 101),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			SecurityToken::redeem(signed(CHARLIE), t, 1),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 50));
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 51),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 1),
			Error::<Test>::SenderFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 1),
			Error::<Test>::TokenPaused
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		DenyList::deny(&BOB);
		assert_noop!(SecurityToken::redeem(signed(BOB), t, 1), DENIED_ERROR);
		DenyList::clear();
		assert_ok!(SecurityToken::redeem(signed(BOB), t, 50));
	});
}
