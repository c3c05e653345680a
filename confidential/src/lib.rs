//! Confidential amounts for Vellum's private transfers.
//!
//! An amount is hidden in a **twisted ElGamal** ciphertext over Ristretto, as Solana's
//! token-2022 and Polymesh do it: a Pedersen commitment `C = v·G + r·H` shared by every
//! reader, and one decryption handle `D = r·P` per reader whose key is `P = s⁻¹·H`. The reader
//! with secret `s` recovers `v·G = C - s·D`, then `v` by a small discrete logarithm. Because the
//! commitment is a Pedersen commitment on the generators of [`bulletproofs::PedersenGens`], a
//! Bulletproofs range proof applies to it directly.
//!
//! Amounts travel in [`LIMBS`] limbs of [`LIMB_BITS`] bits each, so that a receiver or an
//! auditor decrypts a limb from a table of 2¹⁶ points, and a pending balance (the sum of at
//! most 2¹⁶ limbs) with a baby-step giant-step search of 2¹⁶ steps.
//!
//! Three statements are proved, each on a [`merlin`] transcript that binds the chain, the
//! token, the parties, the sender's nonce and every ciphertext (the Fiat-Shamir weakness the
//! token-2022 audit reported came from a challenge that did not bind its statement):
//! - [`verify_registration`]: the holder knows the secret of its encryption key;
//! - [`verify_transfer`]: the same amount is encrypted for sender, receiver and every auditor,
//!   it is in `[0, 2⁶⁴)`, and so is the sender's remaining available balance;
//! - [`verify_withdrawal`]: a public amount leaves an available balance that stays in
//!   `[0, 2⁶⁴)`;
//! - [`verify_zero_balance`]: an available balance is zero (to close an account).
//!
//! The sigma protocols are written here (Schnorr-style proofs of linear relations); the curve
//! arithmetic is curve25519-dalek's, the range proofs are the `bulletproofs` crate's, and no
//! arithmetic of either kind is home-made. Verification needs no `std` and no randomness of
//! its own (the weights of a batched check come from the transcript, see `transcript.rs`).
//! Making keys and proofs needs the `prover` feature (no `std`); decrypting needs `std`
//! (`client`).
#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

mod batch;
#[cfg(feature = "std")]
pub mod client;
mod group;
#[cfg(feature = "prover")]
pub mod prover;
mod sigma;
mod statements;
mod transcript;
mod types;

#[cfg(all(test, feature = "std"))]
mod tests;

pub use group::limbs_of;
pub use statements::{
	verify_registration, verify_transfer, verify_withdrawal, verify_zero_balance,
	RegistrationStatement, TransferStatement, WithdrawalStatement, ZeroBalanceStatement,
};
pub use types::*;

/// Bits in one limb of an amount.
pub const LIMB_BITS: u32 = 16;
/// Limbs in one amount (`LIMBS × LIMB_BITS = 64`).
pub const LIMBS: usize = 4;
/// The most auditor keys a token's confidential mode has.
pub const MAX_AUDITORS: u32 = 8;
/// The most readers of one transfer: the sender, the receiver and every auditor.
pub const MAX_READERS: u32 = MAX_AUDITORS + 2;

/// Why a proof or a ciphertext is refused. The variants are what a caller can act on; no
/// variant tells which equation of a proof failed (that would help nobody but a forger).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Error {
	/// A point is not the encoding of a Ristretto point (or is the identity where a key is
	/// expected).
	InvalidPoint,
	/// A scalar is not canonical (not reduced modulo the group order).
	InvalidScalar,
	/// The number of handles does not match the number of readers.
	WrongReaders,
	/// The proof does not prove its statement.
	InvalidProof,
	/// The range proof is malformed or does not prove that every value is in range.
	InvalidRangeProof,
	/// (Client) the amount exceeds the available balance.
	InsufficientBalance,
	/// (Client) the balance to prove zero is not.
	NonZeroBalance,
	/// (Client) a decrypted value is beyond what the discrete-log search covers.
	NotDecryptable,
	/// (Client) a sealed balance does not open with this key.
	BadSeal,
}
