use super::*;
use crate::{prover::prove_registration, verify_registration, Error, RegistrationStatement};

fn statement<'a>(account: &'a [u8], key: Point) -> RegistrationStatement<'a> {
	RegistrationStatement {
		genesis: GENESIS,
		token: TOKEN,
		account,
		key,
	}
}

#[test]
fn a_holder_proves_it_knows_its_key() {
	let kp = keypair("bob");
	let proof = prove_registration(GENESIS, TOKEN, b"bob", &kp, &mut rng(1));
	assert_eq!(
		verify_registration(&statement(b"bob", kp.public()), &proof),
		Ok(())
	);
}

#[test]
fn a_registration_proof_is_refused_when_any_input_changes() {
	let kp = keypair("bob");
	let proof = prove_registration(GENESIS, TOKEN, b"bob", &kp, &mut rng(1));
	let st = statement(b"bob", kp.public());
	// Another chain, token, account or key.
	let mut other = statement(b"bob", kp.public());
	other.genesis[0] ^= 1;
	assert_eq!(
		verify_registration(&other, &proof),
		Err(Error::InvalidProof)
	);
	let mut other = statement(b"bob", kp.public());
	other.token += 1;
	assert_eq!(
		verify_registration(&other, &proof),
		Err(Error::InvalidProof)
	);
	assert_eq!(
		verify_registration(&statement(b"eve", kp.public()), &proof),
		Err(Error::InvalidProof)
	);
	// Eve copies Bob's key: she cannot prove she knows its secret.
	let eve = keypair("eve");
	let eve_proof = prove_registration(GENESIS, TOKEN, b"eve", &eve, &mut rng(2));
	assert_eq!(
		verify_registration(&statement(b"eve", kp.public()), &eve_proof),
		Err(Error::InvalidProof)
	);
	// Any part of the proof.
	let mut p = proof;
	p.y = moved(&p.y);
	assert_eq!(verify_registration(&st, &p), Err(Error::InvalidProof));
	let mut p = proof;
	p.z = bumped(&p.z);
	assert_eq!(verify_registration(&st, &p), Err(Error::InvalidProof));
}

#[test]
fn malformed_keys_and_scalars_are_refused_with_their_own_errors() {
	let kp = keypair("bob");
	let proof = prove_registration(GENESIS, TOKEN, b"bob", &kp, &mut rng(1));
	assert_eq!(
		verify_registration(&statement(b"bob", Point::IDENTITY), &proof),
		Err(Error::InvalidPoint)
	);
	assert_eq!(
		verify_registration(&statement(b"bob", Point([0xff; 32])), &proof),
		Err(Error::InvalidPoint)
	);
	let mut p = proof;
	p.z = ScalarBytes([0xff; 32]);
	assert_eq!(
		verify_registration(&statement(b"bob", kp.public()), &p),
		Err(Error::InvalidScalar)
	);
}
