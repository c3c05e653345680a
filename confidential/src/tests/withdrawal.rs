use super::*;
use crate::{
	prover::{prove_withdrawal, WithdrawalInput},
	verify_withdrawal, Error, WithdrawalProof, WithdrawalStatement,
};

fn input<'a>(kp: &'a Keypair, available: Ciphertext, amount: u64) -> WithdrawalInput<'a> {
	WithdrawalInput {
		genesis: GENESIS,
		token: TOKEN,
		owner: b"charlie",
		nonce: 2,
		keypair: kp,
		available,
		balance: 600,
		amount,
	}
}

fn statement(kp: &Keypair, available: Ciphertext, amount: u64) -> WithdrawalStatement<'static> {
	WithdrawalStatement {
		genesis: GENESIS,
		token: TOKEN,
		owner: b"charlie",
		nonce: 2,
		key: kp.public(),
		available,
		amount,
	}
}

#[test]
fn an_owner_withdraws_part_or_all_of_its_balance() {
	let kp = keypair("charlie");
	let available = encrypted(&kp, 600, 21);
	for amount in [1, 250, 600] {
		let proof = prove_withdrawal(&input(&kp, available, amount), &mut rng(amount)).unwrap();
		assert_eq!(
			verify_withdrawal(&statement(&kp, available, amount), &proof),
			Ok(())
		);
		// The chain then holds the rest.
		let after = available.sub(&Ciphertext::public(amount)).unwrap();
		assert!(kp.holds(&after, 600 - amount));
	}
}

#[test]
fn a_withdrawal_beyond_the_balance_cannot_be_proved_nor_claimed() {
	let kp = keypair("charlie");
	let available = encrypted(&kp, 600, 21);
	assert_eq!(
		prove_withdrawal(&input(&kp, available, 601), &mut rng(1)).err(),
		Some(Error::InsufficientBalance)
	);
	// A proof for 100 does not withdraw 601.
	let proof = prove_withdrawal(&input(&kp, available, 100), &mut rng(1)).unwrap();
	assert_eq!(
		verify_withdrawal(&statement(&kp, available, 601), &proof),
		Err(Error::InvalidProof)
	);
}

#[test]
fn a_withdrawal_proof_is_refused_when_any_input_changes() {
	let kp = keypair("charlie");
	let available = encrypted(&kp, 600, 21);
	let proof = prove_withdrawal(&input(&kp, available, 100), &mut rng(1)).unwrap();
	let st = || statement(&kp, available, 100);
	let mut s = st();
	s.genesis[0] ^= 1;
	assert!(verify_withdrawal(&s, &proof).is_err(), "genesis");
	let mut s = st();
	s.token += 1;
	assert!(verify_withdrawal(&s, &proof).is_err(), "token");
	let mut s = st();
	s.owner = b"bob";
	assert!(verify_withdrawal(&s, &proof).is_err(), "owner");
	let mut s = st();
	s.nonce += 1;
	assert!(verify_withdrawal(&s, &proof).is_err(), "nonce");
	let mut s = st();
	s.key = keypair("bob").public();
	assert!(verify_withdrawal(&s, &proof).is_err(), "key");
	let mut s = st();
	s.available.commitment = moved(&s.available.commitment);
	assert!(verify_withdrawal(&s, &proof).is_err(), "available");
	let mut s = st();
	s.available.handle = moved(&s.available.handle);
	assert!(verify_withdrawal(&s, &proof).is_err(), "available handle");

	let refused = |p: WithdrawalProof, what: &str| {
		assert!(verify_withdrawal(&st(), &p).is_err(), "{what}");
	};
	let mut p = proof.clone();
	p.equality.y_key = moved(&p.equality.y_key);
	refused(p, "y0");
	let mut p = proof.clone();
	p.equality.z_value = bumped(&p.equality.z_value);
	refused(p, "zb");
	let mut p = proof.clone();
	p.remaining[3] = moved(&p.remaining[3]);
	refused(p, "remaining");
	let mut p = proof.clone();
	p.range[100] ^= 1;
	refused(p, "range");
}
