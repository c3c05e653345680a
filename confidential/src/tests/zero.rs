use super::*;
use crate::{prover::prove_zero_balance, verify_zero_balance, Error, ZeroBalanceStatement};

fn statement(kp: &Keypair, available: Ciphertext) -> ZeroBalanceStatement<'static> {
	ZeroBalanceStatement {
		genesis: GENESIS,
		token: TOKEN,
		owner: b"dave",
		nonce: 9,
		key: kp.public(),
		available,
	}
}

#[test]
fn an_empty_balance_proves_zero_whether_never_funded_or_spent() {
	let kp = keypair("dave");
	for available in [Ciphertext::ZERO, encrypted(&kp, 0, 4)] {
		let proof = prove_zero_balance(GENESIS, TOKEN, b"dave", 9, &kp, available, &mut rng(1))
			.expect("zero");
		assert_eq!(
			verify_zero_balance(&statement(&kp, available), &proof),
			Ok(())
		);
	}
}

#[test]
fn a_balance_of_one_cannot_be_proved_zero() {
	let kp = keypair("dave");
	let one = encrypted(&kp, 1, 4);
	assert_eq!(
		prove_zero_balance(GENESIS, TOKEN, b"dave", 9, &kp, one, &mut rng(1)).err(),
		Some(Error::NonZeroBalance)
	);
	// A zero proof of another ciphertext does not close this one.
	let zero = encrypted(&kp, 0, 5);
	let proof = prove_zero_balance(GENESIS, TOKEN, b"dave", 9, &kp, zero, &mut rng(1)).unwrap();
	assert_eq!(
		verify_zero_balance(&statement(&kp, one), &proof),
		Err(Error::InvalidProof)
	);
}

#[test]
fn a_zero_proof_is_refused_when_any_input_changes() {
	let kp = keypair("dave");
	let zero = encrypted(&kp, 0, 5);
	let proof = prove_zero_balance(GENESIS, TOKEN, b"dave", 9, &kp, zero, &mut rng(1)).unwrap();
	let mut st = statement(&kp, zero);
	st.nonce = 10;
	assert!(verify_zero_balance(&st, &proof).is_err(), "nonce");
	let mut st = statement(&kp, zero);
	st.owner = b"eve";
	assert!(verify_zero_balance(&st, &proof).is_err(), "owner");
	let mut st = statement(&kp, zero);
	st.token += 1;
	assert!(verify_zero_balance(&st, &proof).is_err(), "token");
	let mut st = statement(&kp, zero);
	st.available.handle = moved(&st.available.handle);
	assert!(verify_zero_balance(&st, &proof).is_err(), "handle");
	let st = statement(&keypair("eve"), zero);
	assert!(verify_zero_balance(&st, &proof).is_err(), "key");
	let mut p = proof;
	p.y_key = moved(&p.y_key);
	assert!(
		verify_zero_balance(&statement(&kp, zero), &p).is_err(),
		"y_key"
	);
	let mut p = proof;
	p.y_handle = moved(&p.y_handle);
	assert!(
		verify_zero_balance(&statement(&kp, zero), &p).is_err(),
		"y_handle"
	);
	let mut p = proof;
	p.z = bumped(&p.z);
	assert!(verify_zero_balance(&statement(&kp, zero), &p).is_err(), "z");
}
