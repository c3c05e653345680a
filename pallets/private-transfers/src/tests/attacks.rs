//! What an attacker could try: fill a receiver's pending slots, pay itself, replay, race.

use super::*;
use crate::Error;
use frame_support::assert_noop;

#[test]
fn filling_a_receivers_pending_slots_costs_the_attacker_and_the_receiver_clears_them() {
	run(|| {
		let token = confidential_token();
		register(token, DAVE);
		assert_ok!(SecurityToken::issue(
			RuntimeOrigin::signed(ISSUER),
			token,
			DAVE,
			100
		));
		deposit_and_apply(token, BOB, 1_000);
		deposit_and_apply(token, DAVE, 1);
		// Bob (the attacker) sends Charlie zero, MAX_PENDING_CREDITS times: each is a full
		// transfer with its fee and proof verification.
		for _ in 0..MAX_PENDING_CREDITS {
			transfer(token, BOB, CHARLIE, 0);
		}
		let (ct, proof) = transfer_proof(token, DAVE, CHARLIE, 1);
		assert_noop!(
			submit_transfer(token, DAVE, CHARLIE, ct, proof, 0),
			Error::<Test>::PendingFull
		);
		// Nor can Charlie deposit until he applies; then everyone can pay him again.
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(CHARLIE), token, 1),
			Error::<Test>::PendingFull
		);
		apply(token, CHARLIE);
		transfer(token, DAVE, CHARLIE, 1);
		assert_eq!(available(token, BOB), 1_000);
	});
}

#[test]
fn a_payment_arriving_while_a_proof_is_in_flight_does_not_invalidate_it() {
	run(|| {
		let token = confidential_token();
		register(token, DAVE);
		assert_ok!(SecurityToken::issue(
			RuntimeOrigin::signed(ISSUER),
			token,
			DAVE,
			100
		));
		deposit_and_apply(token, BOB, 1_000);
		deposit_and_apply(token, DAVE, 50);
		// Bob makes his proof, then Dave pays him before it lands: the payment goes to Bob's
		// pending balance, his available balance (which the proof is about) is unchanged.
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 400);
		transfer(token, DAVE, BOB, 50);
		assert_ok!(submit_transfer(token, BOB, CHARLIE, ct, proof, 600));
		assert_eq!(pending(token, BOB), 50);
	});
}

#[test]
fn nobody_can_spend_or_withdraw_another_accounts_balance() {
	run(|| {
		let token = confidential_token();
		register(token, DAVE);
		deposit_and_apply(token, BOB, 1_000);
		// Dave submits Bob's proof as his own: it binds Bob as the sender.
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		assert_noop!(
			submit_transfer(token, DAVE, CHARLIE, ct, proof, 0),
			Error::<Test>::InvalidProof
		);
		// Bob's withdrawal proof submitted by Dave.
		let w = withdrawal_proof(token, BOB, 100);
		assert_noop!(
			PrivateTransfers::withdraw(
				RuntimeOrigin::signed(DAVE),
				token,
				100,
				Box::new(w),
				sealed(DAVE, 0)
			),
			Error::<Test>::InvalidProof
		);
	});
}
