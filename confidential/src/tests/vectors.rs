//! Known answers: keys and proofs from fixed seeds. A change to a transcript label, a
//! generator or an encoding changes them, and then every proof a client made stops verifying:
//! such a change must be deliberate (a new protocol version).

use super::*;
use crate::prover::prove_registration;
use codec::Encode;

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn keys_derive_from_seeds_as_published() {
	assert_eq!(
		hex(&keypair("alice").public().0),
		"3ce60e561f10b21f55075298a7239ec02dc9b31c446fb3112e8980c65700e27a"
	);
}

#[test]
fn a_registration_proof_from_a_fixed_seed_is_as_published() {
	let proof = prove_registration(GENESIS, TOKEN, b"alice", &keypair("alice"), &mut rng(42));
	assert_eq!(
		hex(&proof.encode()),
		"244d5a4e48984b2ce08564747a070c3458a67c2479c7e1a94fc5dd80bce4e860\
		 7a34fd37b54848995c3cf64bf06cd033e39ee9d6a97e4b1ab6af4c4de092a100"
	);
}

#[test]
fn the_published_registration_proof_verifies() {
	let proof = prove_registration(GENESIS, TOKEN, b"alice", &keypair("alice"), &mut rng(42));
	let st = crate::RegistrationStatement {
		genesis: GENESIS,
		token: TOKEN,
		account: b"alice",
		key: keypair("alice").public(),
	};
	assert_eq!(crate::verify_registration(&st, &proof), Ok(()));
}

#[test]
fn a_transfer_from_fixed_seeds_is_as_published() {
	use crate::prover::{prove_transfer, TransferInput};
	use sha3::{Digest, Sha3_256};
	let (alice, bob, auditor) = (keypair("alice"), keypair("bob"), keypair("auditor"));
	let available = encrypted(&alice, 1_000, 1);
	let (amount, proof) = prove_transfer(
		&TransferInput {
			genesis: GENESIS,
			token: TOKEN,
			sender: b"alice",
			receiver: b"bob",
			nonce: 0,
			sender_keypair: &alice,
			receiver_key: bob.public(),
			auditors: &[auditor.public()],
			available,
			balance: 1_000,
			amount: 123,
		},
		&mut rng(7),
	)
	.expect("proves");
	let digest = Sha3_256::digest((amount, proof).encode());
	assert_eq!(
		hex(&digest),
		"f9d43b37c4ba0b7b6d5c3067456b9a6a5aa2e4b598dd76e28a33128341ec8bd0"
	);
}
