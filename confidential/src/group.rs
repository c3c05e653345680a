//! Generators and the ciphertext arithmetic the chain does (homomorphic sums and differences).

use crate::{Ciphertext, Error, Point, TransferAmount, LIMBS, LIMB_BITS};
use alloc::vec::Vec;
use bulletproofs::PedersenGens;
use curve25519_dalek::{
	ristretto::RistrettoPoint,
	scalar::Scalar,
	traits::{Identity, VartimeMultiscalarMul},
};

/// A sum of multiples of points, kept unevaluated so that a verifier folds it into one
/// multiscalar multiplication.
pub(crate) type Combination = Vec<(Scalar, RistrettoPoint)>;

/// `G` (the value base) and `H` (the blinding base) of every commitment: bulletproofs' own
/// Pedersen generators, so that a range proof applies to a ciphertext's commitment as it is.
pub(crate) fn pedersen() -> PedersenGens {
	PedersenGens::default()
}

/// `2^(16j)`, the weight of limb `j`.
pub(crate) fn limb_weight(j: usize) -> Scalar {
	Scalar::from(1u64 << (LIMB_BITS as usize * j))
}

/// The limbs of `value`, least significant first.
pub fn limbs_of(value: u64) -> [u64; LIMBS] {
	let mask = (1u64 << LIMB_BITS) - 1;
	core::array::from_fn(|j| (value >> (LIMB_BITS as usize * j)) & mask)
}

impl Ciphertext {
	/// The encryption of zero (identity commitment and handle).
	pub const ZERO: Ciphertext = Ciphertext {
		commitment: Point::IDENTITY,
		handle: Point::IDENTITY,
	};

	fn points(&self) -> Result<(RistrettoPoint, RistrettoPoint), Error> {
		Ok((self.commitment.decompress()?, self.handle.decompress()?))
	}

	fn from_points(c: RistrettoPoint, d: RistrettoPoint) -> Self {
		Ciphertext {
			commitment: Point::from_point(&c),
			handle: Point::from_point(&d),
		}
	}

	/// The encryption of the sum.
	pub fn add(&self, other: &Ciphertext) -> Result<Ciphertext, Error> {
		let (c1, d1) = self.points()?;
		let (c2, d2) = other.points()?;
		Ok(Self::from_points(c1 + c2, d1 + d2))
	}

	/// The encryption of the difference.
	pub fn sub(&self, other: &Ciphertext) -> Result<Ciphertext, Error> {
		let (c1, d1) = self.points()?;
		let (c2, d2) = other.points()?;
		Ok(Self::from_points(c1 - c2, d1 - d2))
	}

	/// The encryption of a public `value` that every key opens: `(value·G, 0)`.
	pub fn public(value: u64) -> Ciphertext {
		let g = pedersen().B;
		Self::from_points(Scalar::from(value) * g, RistrettoPoint::identity())
	}

	/// `Σ 2^(16j)·limbs[j]`: the value of limbs kept apart (a pending balance).
	pub fn join(limbs: &[Ciphertext; LIMBS]) -> Result<Ciphertext, Error> {
		let mut cs = Vec::with_capacity(LIMBS);
		let mut ds = Vec::with_capacity(LIMBS);
		for limb in limbs {
			let (c, d) = limb.points()?;
			cs.push(c);
			ds.push(d);
		}
		let weights: Vec<Scalar> = (0..LIMBS).map(limb_weight).collect();
		Ok(Self::from_points(
			RistrettoPoint::vartime_multiscalar_mul(&weights, &cs),
			RistrettoPoint::vartime_multiscalar_mul(&weights, &ds),
		))
	}
}

impl TransferAmount {
	/// The whole amount as reader `reader` holds it: `Σ 2^(16j)·(C_j, D_{reader,j})`.
	pub fn for_reader(&self, reader: usize) -> Result<Ciphertext, Error> {
		let mut limbs = [Ciphertext::ZERO; LIMBS];
		for (limb, ciphertext) in limbs.iter_mut().zip(self.limbs.iter()) {
			*limb = ciphertext.for_reader(reader).ok_or(Error::WrongReaders)?;
		}
		Ciphertext::join(&limbs)
	}

	/// Limb `j` as reader `reader` holds it.
	pub fn limb_for_reader(&self, j: usize, reader: usize) -> Result<Ciphertext, Error> {
		self.limbs
			.get(j)
			.and_then(|l| l.for_reader(reader))
			.ok_or(Error::WrongReaders)
	}
}
