//! The client side (`std`): decryption (a table of 2¹⁶ points for limbs, baby-step giant-step
//! up to 2³² for pending limbs) and the sealed balance. With [`crate::prover`], what a wallet or
//! the `vellum` command line needs; the runtime never compiles it.

use crate::{
	group::pedersen, prover::Keypair, Ciphertext, Error, SealedBalance, TransferAmount, LIMBS,
	LIMB_BITS, SEALED_BALANCE_LEN,
};
use chacha20poly1305::{aead::Aead, ChaCha20Poly1305, KeyInit, Nonce};
use curve25519_dalek::{ristretto::RistrettoPoint, scalar::Scalar};
use rand_core::{CryptoRng, RngCore};
use sha3::{Digest, Sha3_256};
use std::{collections::HashMap, sync::OnceLock};

impl Keypair {
	/// Decrypts a ciphertext whose value is below 2³² (a limb, or a pending limb).
	pub fn decrypt_u32(&self, ciphertext: &Ciphertext) -> Result<u64, Error> {
		discrete_log_u32(&self.open(ciphertext)?).ok_or(Error::NotDecryptable)
	}

	/// Decrypts a transfer's amount as reader `reader` (see [`crate::SENDER`],
	/// [`crate::RECEIVER`], [`crate::FIRST_AUDITOR`]).
	pub fn decrypt_amount(&self, amount: &TransferAmount, reader: usize) -> Result<u64, Error> {
		let mut total = 0u64;
		for j in 0..LIMBS {
			let limb = self.decrypt_u32(&amount.limb_for_reader(j, reader)?)?;
			if limb >= 1 << LIMB_BITS {
				return Err(Error::NotDecryptable);
			}
			total |= limb << (LIMB_BITS as usize * j);
		}
		Ok(total)
	}

	/// Decrypts a pending balance kept in limbs (each the sum of fewer than 2¹⁶ limbs).
	pub fn decrypt_pending(&self, pending: &[Ciphertext; LIMBS]) -> Result<u128, Error> {
		let mut total = 0u128;
		for (j, limb) in pending.iter().enumerate() {
			total += u128::from(self.decrypt_u32(limb)?) << (LIMB_BITS as usize * j);
		}
		Ok(total)
	}

	fn seal_key(&self) -> ChaCha20Poly1305 {
		let mut h = Sha3_256::new();
		h.update(b"vellum-confidential/seal");
		h.update(self.secret.as_bytes());
		ChaCha20Poly1305::new(&h.finalize())
	}

	/// Seals `balance` so that only this key pair opens it.
	pub fn seal_balance<R: RngCore + CryptoRng>(&self, balance: u64, rng: &mut R) -> SealedBalance {
		let mut nonce = [0u8; 12];
		rng.fill_bytes(&mut nonce);
		// Encrypting 8 bytes cannot fail (only inputs beyond 2³⁸ bytes do); the tag makes 24.
		let sealed = self
			.seal_key()
			.encrypt(Nonce::from_slice(&nonce), balance.to_le_bytes().as_slice())
			.unwrap_or_default();
		let mut out = [0u8; SEALED_BALANCE_LEN];
		out[..12].copy_from_slice(&nonce);
		if sealed.len() == SEALED_BALANCE_LEN - 12 {
			out[12..].copy_from_slice(&sealed);
		}
		SealedBalance(out)
	}

	/// Opens a balance this key pair sealed.
	pub fn open_balance(&self, sealed: &SealedBalance) -> Result<u64, Error> {
		let (nonce, body) = sealed.0.split_at(12);
		let plain = self
			.seal_key()
			.decrypt(Nonce::from_slice(nonce), body)
			.map_err(|_| Error::BadSeal)?;
		let bytes: [u8; 8] = plain.as_slice().try_into().map_err(|_| Error::BadSeal)?;
		Ok(u64::from_le_bytes(bytes))
	}
}

/// `j·G` for `j < 2¹⁶`, by encoding.
fn baby_steps() -> &'static HashMap<[u8; 32], u32> {
	static TABLE: OnceLock<HashMap<[u8; 32], u32>> = OnceLock::new();
	TABLE.get_or_init(|| {
		let g = pedersen().B;
		let mut table = HashMap::with_capacity(1 << 16);
		let mut p = RistrettoPoint::default();
		for j in 0..(1u32 << 16) {
			table.insert(p.compress().to_bytes(), j);
			p += g;
		}
		table
	})
}

/// `v` with `v·G = point` for `v < 2³²`: baby-step giant-step with 2¹⁶ steps of each kind.
pub fn discrete_log_u32(point: &RistrettoPoint) -> Option<u64> {
	let table = baby_steps();
	let giant = Scalar::from(1u64 << 16) * pedersen().B;
	let mut q = *point;
	for i in 0..(1u64 << 16) {
		if let Some(j) = table.get(&q.compress().to_bytes()) {
			return Some((i << 16) + u64::from(*j));
		}
		q -= giant;
	}
	None
}
