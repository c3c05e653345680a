//! The sigma protocols: Schnorr-style proofs of linear relations between points, made
//! non-interactive on the statement's transcript. Each verifier appends the proof to the
//! transcript exactly as its prover did, derives the same challenge, and hands its equations to
//! a [`Batch`] instead of checking them one by one.
//!
//! Notation: `G`, `H` the Pedersen generators; a key is `P = s⁻¹·H`, so `s·P = H`.

use crate::{
	batch::Batch,
	group::{pedersen, Combination},
	transcript::Append,
	EqualityProof, Error, Handles, KeyProof, Point, ScalarBytes, ValidityProof, ZeroBalanceProof,
};
use alloc::vec::Vec;
use curve25519_dalek::{ristretto::RistrettoPoint, scalar::Scalar};
use merlin::Transcript;

/// `-1`.
fn minus_one() -> Scalar {
	-Scalar::ONE
}

/// Multiplies every term of `c` by `k`.
pub(crate) fn scaled(
	c: &Combination,
	k: Scalar,
) -> impl Iterator<Item = (Scalar, RistrettoPoint)> + '_ {
	c.iter().map(move |(a, p)| (k * a, *p))
}

// ---------------------------------------------------------------------------------------------
// Key validity: knowledge of `s` with `s·P = H`.

/// Verifies that the prover knows the secret of `key`.
pub(crate) fn verify_key(
	t: &mut Transcript,
	key: &RistrettoPoint,
	proof: &KeyProof,
	batch: &mut Batch,
) -> Result<(), Error> {
	let y = proof.y.decompress()?;
	t.point(b"key-y", &proof.y);
	let c = t.challenge(b"key-c");
	let z = proof.z.to_scalar()?;
	t.scalar(b"key-z", &proof.z);
	// z·P - c·H - Y = 0
	batch.equation(alloc::vec![
		(z, *key),
		(-c, pedersen().B_blinding),
		(minus_one(), y)
	]);
	Ok(())
}

// ---------------------------------------------------------------------------------------------
// Grouped ciphertext validity, batched over limbs: knowledge of `x_j, r_j` with
// `C_j = x_j·G + r_j·H` and `D_ij = r_j·P_i` for every reader `i` and limb `j`. A challenge `t`
// folds the limbs into one ciphertext (`C = Σ t^j·C_j`, `D_i = Σ t^j·D_ij`), whose validity
// implies every limb's but with probability `LIMBS / 2²⁵²`.

/// The limbs of one encrypted amount, decompressed.
pub(crate) struct GroupedCiphertexts {
	/// `C_j`.
	pub commitments: Vec<RistrettoPoint>,
	/// `D_ij`: `handles[i][j]`.
	pub handles: Vec<Vec<RistrettoPoint>>,
}

/// Powers `1, t, t², …` of the folding challenge.
fn powers(t: Scalar, n: usize) -> Vec<Scalar> {
	let mut out = Vec::with_capacity(n);
	let mut p = Scalar::ONE;
	for _ in 0..n {
		out.push(p);
		p *= t;
	}
	out
}

/// Verifies that every limb is encrypted alike for every reader in `keys`.
pub(crate) fn verify_validity(
	t: &mut Transcript,
	keys: &[RistrettoPoint],
	ciphertexts: &GroupedCiphertexts,
	proof: &ValidityProof,
	batch: &mut Batch,
) -> Result<(), Error> {
	if proof.y_handles.len() != keys.len() || ciphertexts.handles.len() != keys.len() {
		return Err(Error::WrongReaders);
	}
	let fold = powers(t.challenge(b"validity-t"), ciphertexts.commitments.len());
	let y0 = proof.y_commitment.decompress()?;
	t.point(b"validity-y0", &proof.y_commitment);
	let mut ys = Vec::with_capacity(keys.len());
	for y in proof.y_handles.iter() {
		ys.push(y.decompress()?);
		t.point(b"validity-yi", y);
	}
	let c = t.challenge(b"validity-c");
	let z_x = proof.z_value.to_scalar()?;
	let z_r = proof.z_opening.to_scalar()?;
	t.scalar(b"validity-zx", &proof.z_value);
	t.scalar(b"validity-zr", &proof.z_opening);

	let gens = pedersen();
	// z_x·G + z_r·H - c·Σ t^j·C_j - Y_0 = 0
	let mut e0: Combination = alloc::vec![(z_x, gens.B), (z_r, gens.B_blinding), (minus_one(), y0)];
	e0.extend(
		ciphertexts
			.commitments
			.iter()
			.zip(&fold)
			.map(|(cj, tj)| (-c * tj, *cj)),
	);
	batch.equation(e0);
	// z_r·P_i - c·Σ t^j·D_ij - Y_i = 0
	for ((key, handles), y) in keys.iter().zip(&ciphertexts.handles).zip(ys) {
		let mut ei: Combination = alloc::vec![(z_r, *key), (minus_one(), y)];
		ei.extend(handles.iter().zip(&fold).map(|(dij, tj)| (-c * tj, *dij)));
		batch.equation(ei);
	}
	Ok(())
}

// ---------------------------------------------------------------------------------------------
// Ciphertext-commitment equality: knowledge of `s, b, r` with `s·P = H`,
// `b·G + s·D = C` (the ciphertext `(C, D)` under `P` decrypts to `b`) and `b·G + r·H = C'`.

/// Verifies that the ciphertext `(commitment, handle)` under `key` holds the value that
/// `pedersen` commits to. Both sides are given unevaluated.
pub(crate) fn verify_equality(
	t: &mut Transcript,
	key: &RistrettoPoint,
	commitment: &Combination,
	handle: &Combination,
	pedersen_commitment: &Combination,
	proof: &EqualityProof,
	batch: &mut Batch,
) -> Result<(), Error> {
	let y0 = proof.y_key.decompress()?;
	let y1 = proof.y_ciphertext.decompress()?;
	let y2 = proof.y_commitment.decompress()?;
	t.point(b"equality-y0", &proof.y_key);
	t.point(b"equality-y1", &proof.y_ciphertext);
	t.point(b"equality-y2", &proof.y_commitment);
	let c = t.challenge(b"equality-c");
	let z_s = proof.z_key.to_scalar()?;
	let z_b = proof.z_value.to_scalar()?;
	let z_r = proof.z_opening.to_scalar()?;
	t.scalar(b"equality-zs", &proof.z_key);
	t.scalar(b"equality-zb", &proof.z_value);
	t.scalar(b"equality-zr", &proof.z_opening);

	let gens = pedersen();
	// z_s·P - c·H - Y_0 = 0
	batch.equation(alloc::vec![
		(z_s, *key),
		(-c, gens.B_blinding),
		(minus_one(), y0)
	]);
	// z_b·G + z_s·D - c·C - Y_1 = 0
	let mut e1: Combination = alloc::vec![(z_b, gens.B), (minus_one(), y1)];
	e1.extend(scaled(handle, z_s));
	e1.extend(scaled(commitment, -c));
	batch.equation(e1);
	// z_b·G + z_r·H - c·C' - Y_2 = 0
	let mut e2: Combination = alloc::vec![(z_b, gens.B), (z_r, gens.B_blinding), (minus_one(), y2)];
	e2.extend(scaled(pedersen_commitment, -c));
	batch.equation(e2);
	Ok(())
}

// ---------------------------------------------------------------------------------------------
// Zero: knowledge of `s` with `s·P = H` and `s·D = C` (the ciphertext `(C, D)` decrypts to 0).

/// Verifies that the ciphertext `(commitment, handle)` under `key` holds zero.
pub(crate) fn verify_zero(
	t: &mut Transcript,
	key: &RistrettoPoint,
	commitment: &RistrettoPoint,
	handle: &RistrettoPoint,
	proof: &ZeroBalanceProof,
	batch: &mut Batch,
) -> Result<(), Error> {
	let y_key = proof.y_key.decompress()?;
	let y_handle = proof.y_handle.decompress()?;
	t.point(b"zero-yp", &proof.y_key);
	t.point(b"zero-yd", &proof.y_handle);
	let c = t.challenge(b"zero-c");
	let z = proof.z.to_scalar()?;
	t.scalar(b"zero-z", &proof.z);
	// z·P - c·H - Y_p = 0
	batch.equation(alloc::vec![
		(z, *key),
		(-c, pedersen().B_blinding),
		(minus_one(), y_key)
	]);
	// z·D - c·C - Y_d = 0
	batch.equation(alloc::vec![
		(z, *handle),
		(-c, *commitment),
		(minus_one(), y_handle)
	]);
	Ok(())
}

// ---------------------------------------------------------------------------------------------
// Provers (client side).

#[cfg(feature = "prover")]
pub(crate) mod prove {
	use super::*;
	use rand_core::{CryptoRng, RngCore};

	/// Proves knowledge of `secret` for `key = secret⁻¹·H`.
	pub(crate) fn key<R: RngCore + CryptoRng>(
		t: &mut Transcript,
		key: &RistrettoPoint,
		secret: &Scalar,
		rng: &mut R,
	) -> KeyProof {
		let y = Scalar::random(rng);
		let y_point = Point::from_point(&(y * key));
		t.point(b"key-y", &y_point);
		let c = t.challenge(b"key-c");
		let z = ScalarBytes::from_scalar(&(c * secret + y));
		t.scalar(b"key-z", &z);
		KeyProof { y: y_point, z }
	}

	/// Proves that the limbs (values `values[j]`, openings `openings[j]`) are encrypted alike
	/// for every reader in `keys`.
	pub(crate) fn validity<R: RngCore + CryptoRng>(
		t: &mut Transcript,
		keys: &[RistrettoPoint],
		values: &[Scalar],
		openings: &[Scalar],
		rng: &mut R,
	) -> ValidityProof {
		let fold = powers(t.challenge(b"validity-t"), values.len());
		let x: Scalar = values.iter().zip(&fold).map(|(v, f)| v * f).sum();
		let r: Scalar = openings.iter().zip(&fold).map(|(o, f)| o * f).sum();
		let gens = pedersen();
		let (y_x, y_r) = (Scalar::random(rng), Scalar::random(rng));
		let y_commitment = Point::from_point(&(y_x * gens.B + y_r * gens.B_blinding));
		t.point(b"validity-y0", &y_commitment);
		let mut y_handles = Handles::default();
		for key in keys {
			let y = Point::from_point(&(y_r * key));
			t.point(b"validity-yi", &y);
			// At most MAX_READERS keys: the caller bounds them.
			let _ = y_handles.try_push(y);
		}
		let c = t.challenge(b"validity-c");
		let z_value = ScalarBytes::from_scalar(&(c * x + y_x));
		let z_opening = ScalarBytes::from_scalar(&(c * r + y_r));
		t.scalar(b"validity-zx", &z_value);
		t.scalar(b"validity-zr", &z_opening);
		ValidityProof {
			y_commitment,
			y_handles,
			z_value,
			z_opening,
		}
	}

	/// Proves that the ciphertext with handle `handle` under `key` (secret `secret`) holds
	/// `value`, which `value·G + opening·H` commits to.
	pub(crate) fn equality<R: RngCore + CryptoRng>(
		t: &mut Transcript,
		key: &RistrettoPoint,
		secret: &Scalar,
		handle: &RistrettoPoint,
		value: &Scalar,
		opening: &Scalar,
		rng: &mut R,
	) -> EqualityProof {
		let gens = pedersen();
		let (y_s, y_b, y_r) = (
			Scalar::random(rng),
			Scalar::random(rng),
			Scalar::random(rng),
		);
		let y_key = Point::from_point(&(y_s * key));
		let y_ciphertext = Point::from_point(&(y_b * gens.B + y_s * handle));
		let y_commitment = Point::from_point(&(y_b * gens.B + y_r * gens.B_blinding));
		t.point(b"equality-y0", &y_key);
		t.point(b"equality-y1", &y_ciphertext);
		t.point(b"equality-y2", &y_commitment);
		let c = t.challenge(b"equality-c");
		let z_key = ScalarBytes::from_scalar(&(c * secret + y_s));
		let z_value = ScalarBytes::from_scalar(&(c * value + y_b));
		let z_opening = ScalarBytes::from_scalar(&(c * opening + y_r));
		t.scalar(b"equality-zs", &z_key);
		t.scalar(b"equality-zb", &z_value);
		t.scalar(b"equality-zr", &z_opening);
		EqualityProof {
			y_key,
			y_ciphertext,
			y_commitment,
			z_key,
			z_value,
			z_opening,
		}
	}

	/// Proves that the ciphertext with handle `handle` under `key` (secret `secret`) holds zero.
	pub(crate) fn zero<R: RngCore + CryptoRng>(
		t: &mut Transcript,
		key: &RistrettoPoint,
		secret: &Scalar,
		handle: &RistrettoPoint,
		rng: &mut R,
	) -> ZeroBalanceProof {
		let y = Scalar::random(rng);
		let y_key = Point::from_point(&(y * key));
		let y_handle = Point::from_point(&(y * handle));
		t.point(b"zero-yp", &y_key);
		t.point(b"zero-yd", &y_handle);
		let c = t.challenge(b"zero-c");
		let z = ScalarBytes::from_scalar(&(c * secret + y));
		t.scalar(b"zero-z", &z);
		ZeroBalanceProof { y_key, y_handle, z }
	}
}
