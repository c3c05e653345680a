//! One multiscalar multiplication for every equation of a statement's sigma proofs.

use crate::{group::Combination, Error};
use alloc::vec::Vec;
use curve25519_dalek::{
	ristretto::RistrettoPoint,
	scalar::Scalar,
	traits::{Identity, VartimeMultiscalarMul},
};
use rand_core::{CryptoRng, RngCore};

/// Equations `Σ a_i·P_i = 0`, checked together: with random weights `w_k`, `Σ_k w_k·E_k = 0`
/// holds for all weights only if every `E_k` is zero (a false equation passes with
/// probability about 2⁻²⁵²).
#[derive(Default)]
pub(crate) struct Batch {
	equations: Vec<Combination>,
}

impl Batch {
	/// Adds `Σ a_i·P_i = 0`.
	pub(crate) fn equation(&mut self, terms: Combination) {
		self.equations.push(terms);
	}

	/// Whether every equation holds, with weights drawn from `rng`.
	pub(crate) fn verify<R: RngCore + CryptoRng>(self, rng: &mut R) -> Result<(), Error> {
		let size = self.equations.iter().map(Vec::len).sum();
		let mut scalars = Vec::with_capacity(size);
		let mut points = Vec::with_capacity(size);
		for equation in self.equations {
			let w = Scalar::random(rng);
			for (a, p) in equation {
				scalars.push(w * a);
				points.push(p);
			}
		}
		let sum = RistrettoPoint::vartime_multiscalar_mul(scalars, points);
		if sum == RistrettoPoint::identity() {
			Ok(())
		} else {
			Err(Error::InvalidProof)
		}
	}
}
