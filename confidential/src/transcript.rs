//! Fiat-Shamir transcripts (merlin) and the randomness a verifier derives from them.

use crate::{Point, ScalarBytes};
use curve25519_dalek::scalar::Scalar;
use merlin::Transcript;
use rand_core::{CryptoRng, RngCore};

/// The protocol's name: every transcript starts with it, so no proof made for another
/// protocol (or a later version of this one) verifies here.
const PROTOCOL: &[u8] = b"vellum-confidential/v1";

/// A transcript for `statement` (`registration`, `transfer`, `withdrawal`) on the chain whose
/// genesis hash is `genesis`, about `token`.
pub(crate) fn new(statement: &'static [u8], genesis: &[u8; 32], token: u32) -> Transcript {
	let mut t = Transcript::new(PROTOCOL);
	t.append_message(b"statement", statement);
	t.append_message(b"genesis", genesis);
	t.append_u64(b"token", u64::from(token));
	t
}

/// What the statements and proofs append.
pub(crate) trait Append {
	fn point(&mut self, label: &'static [u8], p: &Point);
	fn scalar(&mut self, label: &'static [u8], s: &ScalarBytes);
	fn challenge(&mut self, label: &'static [u8]) -> Scalar;
}

impl Append for Transcript {
	fn point(&mut self, label: &'static [u8], p: &Point) {
		self.append_message(label, &p.0);
	}

	fn scalar(&mut self, label: &'static [u8], s: &ScalarBytes) {
		self.append_message(label, &s.0);
	}

	fn challenge(&mut self, label: &'static [u8]) -> Scalar {
		let mut wide = [0u8; 64];
		self.challenge_bytes(label, &mut wide);
		Scalar::from_bytes_mod_order_wide(&wide)
	}
}

/// The verifier's random weights (of a batched check, of bulletproofs' combined check) come
/// from a [`merlin::TranscriptRng`] keyed by the whole transcript, proof included, and by no
/// other entropy: a runtime has none that a block producer could not choose. Weights that are a
/// hash of the proof are as unpredictable to the prover as a Fiat-Shamir challenge is, and
/// every node derives the same ones, as consensus needs.
pub(crate) fn verifier_rng(t: &Transcript) -> merlin::TranscriptRng {
	t.build_rng().finalize(&mut NoEntropy)
}

/// An "external" randomness source that adds nothing: see [`verifier_rng`].
pub(crate) struct NoEntropy;

impl RngCore for NoEntropy {
	fn next_u32(&mut self) -> u32 {
		0
	}
	fn next_u64(&mut self) -> u64 {
		0
	}
	fn fill_bytes(&mut self, dest: &mut [u8]) {
		dest.fill(0)
	}
	fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
		dest.fill(0);
		Ok(())
	}
}

// Only ever the sole "external" input of a transcript RNG, whose output the transcript keys.
impl CryptoRng for NoEntropy {}
