use super::*;
use crate::{Error, Modes};
use frame_support::{assert_noop, traits::fungible::InspectHold};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::AccountDeposit.into(), &who)
}

#[test]
fn a_holder_registers_its_key_with_a_proof_and_a_deposit() {
	run(|| {
		let token = confidential_token();
		register(token, DAVE);
		assert_eq!(held(DAVE), ACCOUNT_DEPOSIT);
		assert_eq!(Modes::<Test>::get(token).unwrap().accounts, 3);
		let account = Accounts::<Test>::get(token, DAVE).unwrap();
		assert_eq!(
			(account.key, account.nonce, account.pending_credits),
			(keys(DAVE).public(), 0, 0)
		);
		System::assert_last_event(
			Event::AccountRegistered {
				token,
				who: DAVE,
				key: keys(DAVE).public(),
				deposit: ACCOUNT_DEPOSIT,
			}
			.into(),
		);
	});
}

#[test]
fn registration_is_refused_without_mode_twice_without_proof_or_deposit() {
	run(|| {
		let token = confidential_token();
		let kp = keys(DAVE);
		let proof = prove_registration(GENESIS, token, &DAVE.encode(), &kp, &mut rng());
		let plain = new_plain_token();
		assert_noop!(
			PrivateTransfers::register(RuntimeOrigin::signed(DAVE), plain, kp.public(), proof),
			Error::<Test>::NotConfidential
		);
		// Bob's proof is Bob's: Dave cannot register with it, nor with Bob's key.
		let bobs = prove_registration(GENESIS, token, &BOB.encode(), &keys(BOB), &mut rng());
		assert_noop!(
			PrivateTransfers::register(
				RuntimeOrigin::signed(DAVE),
				token,
				keys(BOB).public(),
				bobs
			),
			Error::<Test>::InvalidProof
		);
		// A proof for another chain.
		let foreign = prove_registration([1; 32], token, &DAVE.encode(), &kp, &mut rng());
		assert_noop!(
			PrivateTransfers::register(RuntimeOrigin::signed(DAVE), token, kp.public(), foreign),
			Error::<Test>::InvalidProof
		);
		assert_noop!(
			PrivateTransfers::register(
				RuntimeOrigin::signed(DAVE),
				token,
				vellum_confidential::Point::IDENTITY,
				proof
			),
			Error::<Test>::InvalidKey
		);
		// Nobody cannot pay the deposit: nothing is stored for free.
		let nobody = keys(NOBODY);
		let p = prove_registration(GENESIS, token, &NOBODY.encode(), &nobody, &mut rng());
		assert!(PrivateTransfers::register(
			RuntimeOrigin::signed(NOBODY),
			token,
			nobody.public(),
			p
		)
		.is_err());
		assert!(!Accounts::<Test>::contains_key(token, NOBODY));
		// Twice.
		let again = prove_registration(GENESIS, token, &BOB.encode(), &keys(BOB), &mut rng());
		assert_noop!(
			PrivateTransfers::register(
				RuntimeOrigin::signed(BOB),
				token,
				keys(BOB).public(),
				again
			),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn applying_pending_adds_it_to_the_available_balance_once() {
	run(|| {
		let token = confidential_token();
		assert_ok!(PrivateTransfers::deposit(
			RuntimeOrigin::signed(BOB),
			token,
			600
		));
		assert_ok!(PrivateTransfers::deposit(
			RuntimeOrigin::signed(BOB),
			token,
			400
		));
		assert_eq!(pending(token, BOB), 1_000);
		assert_noop!(
			PrivateTransfers::apply_pending(
				RuntimeOrigin::signed(BOB),
				token,
				1,
				sealed(BOB, 1_000)
			),
			Error::<Test>::PendingChanged
		);
		assert_ok!(PrivateTransfers::apply_pending(
			RuntimeOrigin::signed(BOB),
			token,
			2,
			sealed(BOB, 1_000)
		));
		System::assert_last_event(
			Event::PendingApplied {
				token,
				who: BOB,
				credits: 2,
			}
			.into(),
		);
		let account = Accounts::<Test>::get(token, BOB).unwrap();
		assert_eq!(
			(account.pending, account.pending_credits, account.nonce),
			(zero_pending(), 0, 1)
		);
		assert_eq!(available(token, BOB), 1_000);
		assert_noop!(
			PrivateTransfers::apply_pending(RuntimeOrigin::signed(DAVE), token, 0, sealed(DAVE, 0)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn an_empty_account_closes_and_its_deposit_comes_back() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 500);
		// Not empty: the zero proof cannot even be made, and a proof of another state fails.
		let charlie_zero = zero_proof(token, CHARLIE);
		assert_noop!(
			PrivateTransfers::close(RuntimeOrigin::signed(BOB), token, charlie_zero),
			Error::<Test>::InvalidProof
		);
		withdraw(token, BOB, 500);
		assert_ok!(PrivateTransfers::deposit(
			RuntimeOrigin::signed(BOB),
			token,
			1
		));
		let proof = zero_proof(token, BOB);
		assert_noop!(
			PrivateTransfers::close(RuntimeOrigin::signed(BOB), token, proof),
			Error::<Test>::PendingNotEmpty
		);
		apply(token, BOB);
		withdraw(token, BOB, 1);
		let proof = zero_proof(token, BOB);
		assert_ok!(PrivateTransfers::close(
			RuntimeOrigin::signed(BOB),
			token,
			proof
		));
		assert_eq!(held(BOB), 0);
		assert!(!Accounts::<Test>::contains_key(token, BOB));
		assert_eq!(Modes::<Test>::get(token).unwrap().accounts, 1);
		System::assert_last_event(Event::AccountClosed { token, who: BOB }.into());
		assert_noop!(
			PrivateTransfers::close(RuntimeOrigin::signed(BOB), token, proof),
			Error::<Test>::NotRegistered
		);
		assert_eq!(public(token, BOB), BOB_PUBLIC);
	});
}
