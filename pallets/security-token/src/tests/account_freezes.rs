//! freeze_account, unfreeze_account

use super::*;

#[test]
fn freeze_and_unfreeze_account_work() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		System::assert_last_event(
			Event::AccountFrozen {
				token: t,
				who: BOB,
				by: Authority::Agent(ISSUER),
			}
			.into(),
		);
		assert!(account_frozen(t, BOB));
		assert_noop!(
			SecurityToken::freeze_account(signed(ISSUER), t, BOB),
			Error::<Test>::AlreadyFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		System::assert_last_event(
			Event::AccountUnfrozen {
				token: t,
				who: BOB,
				by: Authority::Agent(ISSUER),
			}
			.into(),
		);
		assert!(!account_frozen(t, BOB));
		assert_eq!(balance(t, BOB), 100);
		assert_noop!(
			SecurityToken::unfreeze_account(signed(ISSUER), t, BOB),
			Error::<Test>::NotFrozen
		);
		// An account without tokens can be frozen; unfreezing removes the empty entry.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		assert_ok!(SecurityToken::freeze_account(signed(AGENT), t, DAVE));
		assert!(account_frozen(t, DAVE));
		assert_eq!(holders(t), 1);
		assert_ok!(SecurityToken::unfreeze_account(signed(AGENT), t, DAVE));
		assert!(Holdings::<Test>::get(t, DAVE).is_none());
		assert_noop!(
			SecurityToken::unfreeze_account(signed(AGENT), t, DAVE),
			Error::<Test>::NotFrozen
		);
	});
}

#[test]
fn a_frozen_account_neither_sends_nor_receives() {
	run(|| {
		let t = fund_with(&[(BOB, 100), (CHARLIE, 100)]);
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 50));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_eq!(
			SecurityToken::api_position(t, &BOB),
			AccountPosition {
				balance: 100,
				frozen: 0,
				transferable: 0,
				account_frozen: true
			}
		);
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::transferable(t, &BOB),
			0
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::SenderFrozen
		);
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			Error::<Test>::ReceiverFrozen
		);
		assert_noop!(
			SecurityToken::transfer_from(signed(DAVE), t, BOB, DAVE, 1),
			Error::<Test>::SenderFrozen
		);
		assert_noop!(
			SecurityToken::redeem(signed(BOB), t, 1),
			Error::<Test>::SenderFrozen
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::ReceiverFrozen
		);
		// Frozen on one token only.
		let other = fund_with(&[(BOB, 5)]);
		assert_ok!(SecurityToken::transfer(signed(BOB), other, CHARLIE, 5));
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 1));
		assert_ok!(SecurityToken::transfer(signed(CHARLIE), t, BOB, 1));
	});
}
