//! freeze_tokens, unfreeze_tokens

use super::*;

#[test]
fn freeze_and_unfreeze_tokens_work() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 60));
		System::assert_last_event(
			Event::TokensFrozen {
				token: t,
				who: BOB,
				amount: 60,
				frozen: 60,
				by: Authority::Agent(ISSUER),
			}
			.into(),
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 10));
		System::assert_last_event(
			Event::TokensFrozen {
				token: t,
				who: BOB,
				amount: 10,
				frozen: 70,
				by: Authority::Agent(ISSUER),
			}
			.into(),
		);
		assert_eq!(
			SecurityToken::api_position(t, &BOB),
			AccountPosition {
				balance: 100,
				frozen: 70,
				transferable: 30,
				account_frozen: false
			}
		);
		assert_ok!(SecurityToken::unfreeze_tokens(signed(ISSUER), t, BOB, 20));
		System::assert_last_event(
			Event::TokensUnfrozen {
				token: t,
				who: BOB,
				amount: 20,
				frozen: 50,
				by: Authority::Agent(ISSUER),
			}
			.into(),
		);
		assert_ok!(SecurityToken::unfreeze_tokens(signed(ISSUER), t, BOB, 50));
		assert_eq!(frozen(t, BOB), 0);
		// Freezing everything is allowed.
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 100));
		assert_eq!(balance(t, BOB), 100);
		assert_eq!(supply(t), 100);
	});
}

#[test]
fn freeze_tokens_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 101),
			Error::<Test>::FreezeExceedsBalance
		);
		assert_noop!(
			SecurityToken::freeze_tokens(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::FreezeExceedsBalance
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 60));
		assert_noop!(
			SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 41),
			Error::<Test>::FreezeExceedsBalance
		);
		assert_noop!(
			SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, Balance::MAX),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn unfreeze_tokens_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::unfreeze_tokens(signed(ISSUER), t, BOB, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			SecurityToken::unfreeze_tokens(signed(ISSUER), t, BOB, 1),
			Error::<Test>::UnfreezeExceedsFrozen
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 30));
		assert_noop!(
			SecurityToken::unfreeze_tokens(signed(ISSUER), t, BOB, 31),
			Error::<Test>::UnfreezeExceedsFrozen
		);
		assert_noop!(
			SecurityToken::unfreeze_tokens(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::UnfreezeExceedsFrozen
		);
	});
}

#[test]
fn partly_frozen_balances_move_only_their_unfrozen_part() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 60));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 41),
			Error::<Test>::BalanceFrozen
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 101),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 40));
		assert_eq!((balance(t, BOB), frozen(t, BOB)), (60, 60));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::unfreeze_tokens(signed(ISSUER), t, BOB, 10));
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 10));
		assert_eq!((balance(t, BOB), frozen(t, BOB)), (50, 50));
		// The receiver's tokens are not frozen.
		assert_eq!(frozen(t, CHARLIE), 0);
		assert_ok!(SecurityToken::transfer(signed(CHARLIE), t, DAVE, 50));
	});
}
