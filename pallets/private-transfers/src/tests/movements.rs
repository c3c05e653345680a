use super::*;
use crate::{Error, PoolBalances};
use frame_support::assert_noop;
use vellum_confidential::{FIRST_AUDITOR, RECEIVER};

#[test]
fn bob_pays_charlie_a_hidden_amount_that_the_auditor_reads_and_charlie_withdraws() {
	run(|| {
		let token = confidential_token();
		let pool = PrivateTransfers::pool_account();
		assert_ok!(PrivateTransfers::deposit(
			RuntimeOrigin::signed(BOB),
			token,
			1_000
		));
		System::assert_last_event(
			Event::Deposited {
				token,
				who: BOB,
				amount: 1_000,
			}
			.into(),
		);
		assert_eq!(
			(public(token, BOB), public(token, pool)),
			(BOB_PUBLIC - 1_000, 1_000)
		);
		assert_eq!(PoolBalances::<Test>::get(token), 1_000);
		// The pool is a custodian: never a holder.
		assert_eq!(holders(token), 1);
		apply(token, BOB);

		transfer(token, BOB, CHARLIE, 300);
		let amount = last_transfer_amount();
		assert_eq!(auditor().decrypt_amount(&amount, FIRST_AUDITOR), Ok(300));
		assert_eq!(keys(CHARLIE).decrypt_amount(&amount, RECEIVER), Ok(300));
		// Dave, a bystander, reads nothing with his key.
		assert_ne!(keys(DAVE).decrypt_amount(&amount, RECEIVER), Ok(300));
		assert_eq!(available(token, BOB), 700);
		assert_eq!(pending(token, CHARLIE), 300);
		// Nothing public moved.
		assert_eq!(public(token, pool), 1_000);

		apply(token, CHARLIE);
		withdraw(token, CHARLIE, 300);
		System::assert_last_event(
			Event::Withdrawn {
				token,
				who: CHARLIE,
				amount: 300,
			}
			.into(),
		);
		assert_eq!((public(token, CHARLIE), public(token, pool)), (300, 700));
		assert_eq!(available(token, CHARLIE), 0);
		assert_eq!(PoolBalances::<Test>::get(token), 700);
	});
}

#[test]
fn deposits_are_refused_when_zero_too_large_unregistered_or_for_plain_tokens() {
	run(|| {
		let token = confidential_token();
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, u128::from(u64::MAX) + 1),
			Error::<Test>::AmountTooLarge
		);
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(DAVE), token, 1),
			Error::<Test>::NotRegistered
		);
		let plain = new_plain_token();
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), plain, 1),
			Error::<Test>::NotConfidential
		);
		// More than Bob holds: the ledger refuses.
		assert!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, BOB_PUBLIC + 1).is_err()
		);
	});
}

#[test]
fn the_pool_never_holds_more_than_u64_max_of_a_token() {
	run(|| {
		let token = confidential_token();
		assert_ok!(SecurityToken::issue(
			RuntimeOrigin::signed(ISSUER),
			token,
			CHARLIE,
			u128::from(u64::MAX)
		));
		assert_ok!(PrivateTransfers::deposit(
			RuntimeOrigin::signed(CHARLIE),
			token,
			u128::from(u64::MAX) - 5
		));
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, 6),
			Error::<Test>::AmountTooLarge
		);
		assert_ok!(PrivateTransfers::deposit(
			RuntimeOrigin::signed(BOB),
			token,
			5
		));
	});
}

#[test]
fn a_frozen_or_paused_holder_cannot_deposit() {
	run(|| {
		let token = confidential_token();
		assert_ok!(SecurityToken::freeze_account(
			RuntimeOrigin::signed(ISSUER),
			token,
			BOB
		));
		assert!(PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, 1).is_err());
		assert_ok!(SecurityToken::unfreeze_account(
			RuntimeOrigin::signed(ISSUER),
			token,
			BOB
		));
		assert_ok!(SecurityToken::pause(RuntimeOrigin::signed(ISSUER), token));
		assert!(PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, 1).is_err());
	});
}

#[test]
fn a_receiver_without_kyc_is_refused_and_nothing_moves() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		TokenDenyList::deny(token, CHARLIE);
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		assert_noop!(
			submit_transfer(token, BOB, CHARLIE, ct, proof, 900),
			DENIED_ERROR
		);
		assert_eq!(available(token, BOB), 1_000);
	});
}

#[test]
fn a_frozen_sender_or_receiver_or_a_paused_token_refuses_a_transfer() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		for who in [BOB, CHARLIE] {
			assert_ok!(SecurityToken::freeze_account(
				RuntimeOrigin::signed(ISSUER),
				token,
				who
			));
			let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
			assert!(
				submit_transfer(token, BOB, CHARLIE, ct, proof, 900).is_err(),
				"{who} frozen"
			);
			assert_ok!(SecurityToken::unfreeze_account(
				RuntimeOrigin::signed(ISSUER),
				token,
				who
			));
		}
		assert_ok!(SecurityToken::pause(RuntimeOrigin::signed(ISSUER), token));
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		assert!(
			submit_transfer(token, BOB, CHARLIE, ct, proof, 900).is_err(),
			"paused"
		);
		// A withdrawal is not stopped by a pause: Bob owns those tokens already.
		withdraw(token, BOB, 100);
	});
}

#[test]
fn transfers_are_refused_to_oneself_unregistered_parties_and_plain_tokens() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		assert_noop!(
			submit_transfer(token, BOB, BOB, ct.clone(), proof.clone(), 900),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			submit_transfer(token, BOB, DAVE, ct.clone(), proof.clone(), 900),
			Error::<Test>::ReceiverNotRegistered
		);
		assert_noop!(
			submit_transfer(token, DAVE, CHARLIE, ct.clone(), proof.clone(), 900),
			Error::<Test>::NotRegistered
		);
		let plain = new_plain_token();
		assert_noop!(
			submit_transfer(plain, BOB, CHARLIE, ct, proof, 900),
			Error::<Test>::NotConfidential
		);
	});
}

#[test]
fn a_proof_replayed_for_another_token_changed_or_beyond_the_balance_is_refused() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		// Replayed: the first one passes, the same again is refused (the nonce moved on).
		assert_ok!(submit_transfer(
			token,
			BOB,
			CHARLIE,
			ct.clone(),
			proof.clone(),
			900
		));
		assert_noop!(
			submit_transfer(token, BOB, CHARLIE, ct.clone(), proof.clone(), 800),
			Error::<Test>::InvalidProof
		);
		// For another confidential token with the same parties.
		let other = confidential_token();
		deposit_and_apply(other, BOB, 1_000);
		assert_noop!(
			submit_transfer(other, BOB, CHARLIE, ct.clone(), proof.clone(), 900),
			Error::<Test>::InvalidProof
		);
		// A changed ciphertext: Bob's proof with Charlie's handle of one limb altered.
		let (mut ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		ct.limbs[1].handles[RECEIVER] = ct.limbs[0].handles[RECEIVER];
		assert_noop!(
			submit_transfer(token, BOB, CHARLIE, ct, proof, 800),
			Error::<Test>::InvalidProof
		);
		// Beyond the balance: the client refuses, and a liar's proof (against a balance it
		// made up) fails on chain.
		assert!(vellum_confidential::prover::prove_transfer(
			&TransferInput {
				genesis: GENESIS,
				token,
				sender: &BOB.encode(),
				receiver: &CHARLIE.encode(),
				nonce: 1,
				sender_keypair: &keys(BOB),
				receiver_key: keys(CHARLIE).public(),
				auditors: &crate::Modes::<Test>::get(token).unwrap().auditors,
				available: Accounts::<Test>::get(token, BOB).unwrap().available,
				balance: 900,
				amount: 901,
			},
			&mut rng()
		)
		.is_err());
		let account = Accounts::<Test>::get(token, BOB).unwrap();
		let (bob_bytes, charlie_bytes) = (BOB.encode(), CHARLIE.encode());
		// Bob adds 4,100 in public to his real ciphertext (900) and proves against that.
		let fake_available = account
			.available
			.add(&vellum_confidential::Ciphertext::public(4_100))
			.unwrap();
		let mode = crate::Modes::<Test>::get(token).unwrap();
		let (ct, proof) = vellum_confidential::prover::prove_transfer(
			&TransferInput {
				genesis: GENESIS,
				token,
				sender: &bob_bytes,
				receiver: &charlie_bytes,
				nonce: account.nonce,
				sender_keypair: &keys(BOB),
				receiver_key: keys(CHARLIE).public(),
				auditors: &mode.auditors,
				available: fake_available,
				balance: 5_000,
				amount: 4_000,
			},
			&mut rng(),
		)
		.unwrap();
		assert_noop!(
			submit_transfer(token, BOB, CHARLIE, ct, proof, 1_000),
			Error::<Test>::InvalidProof
		);
	});
}

#[test]
fn a_proof_for_old_auditors_is_refused_after_they_change() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		let two = auditors(&[&auditor(), &Keypair::from_seed(b"regulator")]);
		assert_ok!(PrivateTransfers::set_auditors(
			RuntimeOrigin::signed(OFFICER),
			token,
			two
		));
		assert_noop!(
			submit_transfer(token, BOB, CHARLIE, ct, proof, 900),
			Error::<Test>::WrongReaders
		);
		// A new proof for both auditors passes, and both read the amount.
		transfer(token, BOB, CHARLIE, 100);
		let amount = last_transfer_amount();
		assert_eq!(auditor().decrypt_amount(&amount, FIRST_AUDITOR), Ok(100));
		assert_eq!(
			Keypair::from_seed(b"regulator").decrypt_amount(&amount, FIRST_AUDITOR + 1),
			Ok(100)
		);
	});
}

#[test]
fn rules_that_read_amounts_added_later_stop_transfers_and_deposits_not_withdrawals() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		TestAmountRules::set(token);
		let (ct, proof) = transfer_proof(token, BOB, CHARLIE, 100);
		assert_noop!(
			submit_transfer(token, BOB, CHARLIE, ct, proof, 900),
			Error::<Test>::RulesReadAmounts
		);
		assert_noop!(
			PrivateTransfers::deposit(RuntimeOrigin::signed(BOB), token, 1),
			Error::<Test>::RulesReadAmounts
		);
		withdraw(token, BOB, 1_000);
		assert_eq!(public(token, BOB), BOB_PUBLIC);
	});
}

#[test]
fn withdrawals_are_refused_when_zero_unregistered_or_beyond_the_balance() {
	run(|| {
		let token = confidential_token();
		deposit_and_apply(token, BOB, 1_000);
		let proof = withdrawal_proof(token, BOB, 100);
		assert_noop!(
			PrivateTransfers::withdraw(
				RuntimeOrigin::signed(BOB),
				token,
				0,
				Box::new(proof.clone()),
				sealed(BOB, 1)
			),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			PrivateTransfers::withdraw(
				RuntimeOrigin::signed(DAVE),
				token,
				100,
				Box::new(proof.clone()),
				sealed(DAVE, 1)
			),
			Error::<Test>::NotRegistered
		);
		// A proof for 100 does not withdraw 1,000 nor 900.
		for amount in [900, 1_000] {
			assert_noop!(
				PrivateTransfers::withdraw(
					RuntimeOrigin::signed(BOB),
					token,
					amount,
					Box::new(proof.clone()),
					sealed(BOB, 0)
				),
				Error::<Test>::InvalidProof
			);
		}
		// More than the pool holds (never expected: the pool backs every balance).
		PoolBalances::<Test>::insert(token, 50);
		assert_noop!(
			PrivateTransfers::withdraw(
				RuntimeOrigin::signed(BOB),
				token,
				100,
				Box::new(proof.clone()),
				sealed(BOB, 900)
			),
			Error::<Test>::PoolShort
		);
		PoolBalances::<Test>::insert(token, 1_000);
		assert_ok!(PrivateTransfers::withdraw(
			RuntimeOrigin::signed(BOB),
			token,
			100,
			Box::new(proof.clone()),
			sealed(BOB, 900)
		));
		// Replayed.
		assert_noop!(
			PrivateTransfers::withdraw(
				RuntimeOrigin::signed(BOB),
				token,
				100,
				Box::new(proof),
				sealed(BOB, 800)
			),
			Error::<Test>::InvalidProof
		);
	});
}
