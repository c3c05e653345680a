//! What travels in extrinsics and storage: compressed points and canonical scalars as bytes,
//! so that every type is SCALE-encoded, bounded and readable in polkadot.js.

use crate::{Error, LIMBS, MAX_READERS};
use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use curve25519_dalek::{
	ristretto::{CompressedRistretto, RistrettoPoint},
	scalar::Scalar,
};
use scale_info::TypeInfo;

/// A compressed Ristretto point.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Point(pub [u8; 32]);

impl Point {
	/// The identity (the encoding of zero).
	pub const IDENTITY: Point = Point([0u8; 32]);

	/// The point it encodes.
	pub fn decompress(&self) -> Result<RistrettoPoint, Error> {
		CompressedRistretto(self.0)
			.decompress()
			.ok_or(Error::InvalidPoint)
	}

	/// The point it encodes, which must not be the identity (a key).
	pub fn decompress_key(&self) -> Result<RistrettoPoint, Error> {
		if *self == Self::IDENTITY {
			return Err(Error::InvalidPoint);
		}
		self.decompress()
	}

	/// The encoding of `p`.
	pub fn from_point(p: &RistrettoPoint) -> Self {
		Point(p.compress().to_bytes())
	}

	/// As bulletproofs takes it.
	pub(crate) fn compressed(&self) -> CompressedRistretto {
		CompressedRistretto(self.0)
	}
}

/// A scalar modulo the group order, in its canonical 32-byte encoding.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ScalarBytes(pub [u8; 32]);

impl ScalarBytes {
	/// The scalar, refused unless canonical (a non-canonical encoding would give one proof two
	/// encodings).
	pub fn to_scalar(&self) -> Result<Scalar, Error> {
		Option::from(Scalar::from_canonical_bytes(self.0)).ok_or(Error::InvalidScalar)
	}

	/// The encoding of `s`.
	pub fn from_scalar(s: &Scalar) -> Self {
		ScalarBytes(s.to_bytes())
	}
}

/// An encryption key: `P = s⁻¹·H` for the holder's secret `s`.
pub type EncryptionKey = Point;

/// A value encrypted for one reader: the Pedersen commitment and the reader's handle.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Ciphertext {
	/// `v·G + r·H`.
	pub commitment: Point,
	/// `r·P` for the reader's key `P`.
	pub handle: Point,
}

/// Handles of one limb, in reader order: the sender, the receiver, then the auditors in the
/// order the token lists them.
pub type Handles = BoundedVec<Point, ConstU32<MAX_READERS>>;

/// One limb of a transfer's amount, encrypted for every reader with one commitment.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct LimbCiphertext {
	/// `v_j·G + r_j·H`.
	pub commitment: Point,
	/// `r_j·P_i` for each reader `i`.
	pub handles: Handles,
}

impl LimbCiphertext {
	/// The limb as reader `reader` holds it.
	pub fn for_reader(&self, reader: usize) -> Option<Ciphertext> {
		self.handles.get(reader).map(|handle| Ciphertext {
			commitment: self.commitment,
			handle: *handle,
		})
	}
}

/// Reader index of the sender in a transfer's handles.
pub const SENDER: usize = 0;
/// Reader index of the receiver in a transfer's handles.
pub const RECEIVER: usize = 1;
/// Reader index of the first auditor in a transfer's handles.
pub const FIRST_AUDITOR: usize = 2;

/// A transfer's hidden amount: `v = Σ v_j·2^(16j)`, each limb encrypted for every reader.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct TransferAmount {
	/// The limbs, least significant first.
	pub limbs: [LimbCiphertext; LIMBS],
}

/// Proof that the holder knows the secret of its encryption key `P` (`s·P = H`).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct KeyProof {
	/// The prover's commitment.
	pub y: Point,
	/// The response.
	pub z: ScalarBytes,
}

/// Proof that every limb's handles open with the commitment's own randomness, for every
/// reader: the same amount is encrypted for all of them.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ValidityProof {
	/// Commitment to the value and opening nonces.
	pub y_commitment: Point,
	/// One commitment per reader.
	pub y_handles: Handles,
	/// Response for the value.
	pub z_value: ScalarBytes,
	/// Response for the opening.
	pub z_opening: ScalarBytes,
}

/// Proof that a ciphertext under the prover's key and a fresh Pedersen commitment hold the same
/// value (the prover knows the key's secret).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct EqualityProof {
	/// Commitment for the key relation.
	pub y_key: Point,
	/// Commitment for the ciphertext relation.
	pub y_ciphertext: Point,
	/// Commitment for the Pedersen commitment relation.
	pub y_commitment: Point,
	/// Response for the secret key.
	pub z_key: ScalarBytes,
	/// Response for the value.
	pub z_value: ScalarBytes,
	/// Response for the commitment's opening.
	pub z_opening: ScalarBytes,
}

/// Proof that a ciphertext under the prover's key holds zero: knowledge of `s` with `s·P = H`
/// and `s·D = C`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ZeroBalanceProof {
	/// Commitment for the key relation.
	pub y_key: Point,
	/// Commitment for the ciphertext relation.
	pub y_handle: Point,
	/// The response.
	pub z: ScalarBytes,
}

/// Bytes of the aggregated range proof of a transfer (8 values of 16 bits: 4 + 3 + 2·7 + 2
/// elements of 32 bytes).
pub const TRANSFER_RANGE_PROOF_LEN: usize = 736;
/// Bytes of the aggregated range proof of a withdrawal (4 values of 16 bits).
pub const WITHDRAWAL_RANGE_PROOF_LEN: usize = 672;

/// Proof of a confidential transfer.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct TransferProof {
	/// The amount is encrypted alike for every reader.
	pub validity: ValidityProof,
	/// The sender's remaining balance equals `remaining`.
	pub equality: EqualityProof,
	/// Pedersen commitments to the limbs of the sender's remaining balance.
	pub remaining: [Point; LIMBS],
	/// Every limb of the amount and of the remaining balance is in `[0, 2¹⁶)`.
	pub range: [u8; TRANSFER_RANGE_PROOF_LEN],
}

/// Proof of a withdrawal of a public amount.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct WithdrawalProof {
	/// The remaining balance equals `remaining`.
	pub equality: EqualityProof,
	/// Pedersen commitments to the limbs of the remaining balance.
	pub remaining: [Point; LIMBS],
	/// Every limb of the remaining balance is in `[0, 2¹⁶)`.
	pub range: [u8; WITHDRAWAL_RANGE_PROOF_LEN],
}

/// Bytes of a sealed balance: a 12-byte nonce, the 8-byte balance, a 16-byte tag.
pub const SEALED_BALANCE_LEN: usize = 36;

/// The owner's available balance, sealed with a key derived from its secret (ChaCha20-Poly1305),
/// so the owner reads it back without a discrete logarithm. The chain stores it as given and
/// cannot check it: it concerns nobody but the owner.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct SealedBalance(pub [u8; SEALED_BALANCE_LEN]);

impl Default for SealedBalance {
	fn default() -> Self {
		SealedBalance([0u8; SEALED_BALANCE_LEN])
	}
}
