//! Tests: every statement proved and verified, refused when any input changes, known-answer
//! vectors, and the client's decryption.

mod ciphertexts;
mod registration;
mod transfer;
mod vectors;
mod withdrawal;
mod zero;

use crate::{prover::Keypair, Ciphertext, Point, ScalarBytes};
use curve25519_dalek::{constants::RISTRETTO_BASEPOINT_POINT, scalar::Scalar};
use rand::{rngs::StdRng, SeedableRng};

pub(crate) const GENESIS: [u8; 32] = [7u8; 32];
pub(crate) const TOKEN: u32 = 3;

pub(crate) fn rng(seed: u64) -> StdRng {
	StdRng::seed_from_u64(seed)
}

pub(crate) fn keypair(name: &str) -> Keypair {
	Keypair::from_seed(name.as_bytes())
}

/// A different valid point: `p + G`.
pub(crate) fn moved(p: &Point) -> Point {
	Point::from_point(&(p.decompress().expect("valid point") + RISTRETTO_BASEPOINT_POINT))
}

/// A different canonical scalar: `s + 1`.
pub(crate) fn bumped(s: &ScalarBytes) -> ScalarBytes {
	ScalarBytes::from_scalar(&(s.to_scalar().expect("canonical") + Scalar::ONE))
}

/// `value` encrypted for `keypair` with a random opening, as the chain would hold it after a
/// deposit and an apply.
pub(crate) fn encrypted(keypair: &Keypair, value: u64, seed: u64) -> Ciphertext {
	let gens = crate::group::pedersen();
	let r = Scalar::random(&mut rng(seed));
	let key = keypair.public().decompress().expect("key");
	Ciphertext {
		commitment: Point::from_point(&(Scalar::from(value) * gens.B + r * gens.B_blinding)),
		handle: Point::from_point(&(r * key)),
	}
}
