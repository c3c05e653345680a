//! The three statements the chain verifies, each on its own transcript. The prover in
//! [`crate::client`] builds the same transcripts with the same functions.

use crate::{
	batch::Batch,
	group::{limb_weight, pedersen, Combination},
	sigma::{self, GroupedCiphertexts},
	transcript::{self, verifier_rng, Append},
	Ciphertext, EncryptionKey, Error, KeyProof, Point, TransferAmount, TransferProof,
	WithdrawalProof, LIMBS, LIMB_BITS, MAX_AUDITORS, SENDER,
};
use alloc::vec::Vec;
use bulletproofs::{BulletproofGens, RangeProof};
use curve25519_dalek::{ristretto::RistrettoPoint, scalar::Scalar};
use merlin::Transcript;

/// A holder registers `key` for `token`'s confidential mode.
pub struct RegistrationStatement<'a> {
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// The token.
	pub token: u32,
	/// The holder's account, SCALE-encoded.
	pub account: &'a [u8],
	/// The key it registers.
	pub key: EncryptionKey,
}

pub(crate) fn registration_transcript(st: &RegistrationStatement) -> Transcript {
	let mut t = transcript::new(b"registration", &st.genesis, st.token);
	t.append_message(b"account", st.account);
	t.point(b"key", &st.key);
	t
}

/// Verifies that the holder knows the secret of the key it registers.
pub fn verify_registration(st: &RegistrationStatement, proof: &KeyProof) -> Result<(), Error> {
	let key = st.key.decompress_key()?;
	let mut t = registration_transcript(st);
	let mut batch = Batch::default();
	sigma::verify_key(&mut t, &key, proof, &mut batch)?;
	batch.verify(&mut verifier_rng(&t))
}

/// A confidential transfer of `amount` from `sender` to `receiver`.
pub struct TransferStatement<'a> {
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// The token.
	pub token: u32,
	/// The sender's account, SCALE-encoded.
	pub sender: &'a [u8],
	/// The receiver's account, SCALE-encoded.
	pub receiver: &'a [u8],
	/// The sender's confidential nonce: how many spends it made before this one.
	pub nonce: u64,
	/// The sender's key.
	pub sender_key: EncryptionKey,
	/// The receiver's key.
	pub receiver_key: EncryptionKey,
	/// The token's auditor keys, in order.
	pub auditors: &'a [EncryptionKey],
	/// The sender's available balance before the transfer.
	pub available: Ciphertext,
	/// The hidden amount.
	pub amount: &'a TransferAmount,
}

impl TransferStatement<'_> {
	/// The readers' keys, in handle order.
	pub fn readers(&self) -> Vec<EncryptionKey> {
		let mut readers = Vec::with_capacity(2 + self.auditors.len());
		readers.push(self.sender_key);
		readers.push(self.receiver_key);
		readers.extend_from_slice(self.auditors);
		readers
	}
}

pub(crate) fn transfer_transcript(st: &TransferStatement) -> Transcript {
	let mut t = transcript::new(b"transfer", &st.genesis, st.token);
	t.append_message(b"sender", st.sender);
	t.append_message(b"receiver", st.receiver);
	t.append_u64(b"nonce", st.nonce);
	t.point(b"sender-key", &st.sender_key);
	t.point(b"receiver-key", &st.receiver_key);
	t.append_u64(b"auditors", st.auditors.len() as u64);
	for auditor in st.auditors {
		t.point(b"auditor-key", auditor);
	}
	t.point(b"available-c", &st.available.commitment);
	t.point(b"available-d", &st.available.handle);
	for limb in &st.amount.limbs {
		t.point(b"limb-c", &limb.commitment);
		for handle in limb.handles.iter() {
			t.point(b"limb-d", handle);
		}
	}
	t
}

/// The generators of an aggregated range proof of `parties` values of [`LIMB_BITS`] bits.
pub(crate) fn range_gens(parties: usize) -> BulletproofGens {
	BulletproofGens::new(LIMB_BITS as usize, parties)
}

/// Verifies an aggregated range proof of `values`, each of [`LIMB_BITS`] bits, on `t`.
fn verify_range(t: &mut Transcript, proof: &[u8], values: &[Point]) -> Result<(), Error> {
	let range = RangeProof::from_bytes(proof).map_err(|_| Error::InvalidRangeProof)?;
	let mut keyed = t.clone();
	keyed.append_message(b"range-proof", proof);
	let commitments: Vec<_> = values.iter().map(Point::compressed).collect();
	range
		.verify_multiple_with_rng(
			&range_gens(values.len()),
			&pedersen(),
			t,
			&commitments,
			LIMB_BITS as usize,
			&mut verifier_rng(&keyed),
		)
		.map_err(|_| Error::InvalidRangeProof)
}

/// `Σ 2^(16j)·points[j]`, unevaluated, times `sign`.
fn weighted(points: &[RistrettoPoint], sign: Scalar) -> Combination {
	points
		.iter()
		.enumerate()
		.map(|(j, p)| (sign * limb_weight(j), *p))
		.collect()
}

fn decompress_all<'a>(
	points: impl Iterator<Item = &'a Point>,
) -> Result<Vec<RistrettoPoint>, Error> {
	points.map(Point::decompress).collect()
}

/// Verifies a confidential transfer: the amount is encrypted alike for every reader, its limbs
/// and those of the sender's remaining balance are each in `[0, 2¹⁶)` (so both values are in
/// `[0, 2⁶⁴)`), and the remaining balance is the available balance minus the amount.
pub fn verify_transfer(st: &TransferStatement, proof: &TransferProof) -> Result<(), Error> {
	if st.auditors.len() > MAX_AUDITORS as usize {
		return Err(Error::WrongReaders);
	}
	let readers = st.readers();
	if st
		.amount
		.limbs
		.iter()
		.any(|l| l.handles.len() != readers.len())
	{
		return Err(Error::WrongReaders);
	}
	let keys: Vec<RistrettoPoint> = readers
		.iter()
		.map(Point::decompress_key)
		.collect::<Result<_, _>>()?;
	let commitments = decompress_all(st.amount.limbs.iter().map(|l| &l.commitment))?;
	let handles = (0..readers.len())
		.map(|i| {
			st.amount
				.limbs
				.iter()
				.map(|l| l.handles.get(i).ok_or(Error::WrongReaders)?.decompress())
				.collect::<Result<Vec<_>, _>>()
		})
		.collect::<Result<Vec<_>, _>>()?;
	let available_c = st.available.commitment.decompress()?;
	let available_d = st.available.handle.decompress()?;

	let mut t = transfer_transcript(st);
	let mut batch = Batch::default();
	let grouped = GroupedCiphertexts {
		commitments,
		handles,
	};
	sigma::verify_validity(&mut t, &keys, &grouped, &proof.validity, &mut batch)?;

	for r in &proof.remaining {
		t.point(b"remaining", r);
	}
	let remaining = decompress_all(proof.remaining.iter())?;
	// The sender's balance after: (C_a - Σ 2^(16j)·C_j, D_a - Σ 2^(16j)·D_sender,j).
	let mut after_c = weighted(&grouped.commitments, -Scalar::ONE);
	after_c.push((Scalar::ONE, available_c));
	let sender_handles = grouped.handles.get(SENDER).ok_or(Error::WrongReaders)?;
	let mut after_d = weighted(sender_handles, -Scalar::ONE);
	after_d.push((Scalar::ONE, available_d));
	let remaining_sum = weighted(&remaining, Scalar::ONE);
	sigma::verify_equality(
		&mut t,
		keys.get(SENDER).ok_or(Error::WrongReaders)?,
		&after_c,
		&after_d,
		&remaining_sum,
		&proof.equality,
		&mut batch,
	)?;

	let mut ranged: Vec<Point> = st.amount.limbs.iter().map(|l| l.commitment).collect();
	ranged.extend_from_slice(&proof.remaining);
	verify_sigma_then_range(t, batch, &proof.range, &ranged)
}

/// Checks the batched sigma equations, then the range proof: a statement or proof that does
/// not match fails as [`Error::InvalidProof`], and [`Error::InvalidRangeProof`] is left for a
/// range proof that does not hold on its own. The batch's weights come from the transcript with
/// every proof element in it, the range proof included.
fn verify_sigma_then_range(
	mut t: Transcript,
	batch: Batch,
	range: &[u8],
	ranged: &[Point],
) -> Result<(), Error> {
	let mut keyed = t.clone();
	keyed.append_message(b"range-proof", range);
	// Apart from the weights bulletproofs draws for its own check.
	keyed.append_message(b"weights", b"sigma");
	batch.verify(&mut verifier_rng(&keyed))?;
	verify_range(&mut t, range, ranged)
}

/// A withdrawal of a public `amount` from an available balance.
pub struct WithdrawalStatement<'a> {
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// The token.
	pub token: u32,
	/// The owner's account, SCALE-encoded.
	pub owner: &'a [u8],
	/// The owner's confidential nonce.
	pub nonce: u64,
	/// The owner's key.
	pub key: EncryptionKey,
	/// The available balance before the withdrawal.
	pub available: Ciphertext,
	/// The public amount.
	pub amount: u64,
}

pub(crate) fn withdrawal_transcript(st: &WithdrawalStatement) -> Transcript {
	let mut t = transcript::new(b"withdrawal", &st.genesis, st.token);
	t.append_message(b"owner", st.owner);
	t.append_u64(b"nonce", st.nonce);
	t.point(b"key", &st.key);
	t.append_u64(b"amount", st.amount);
	t.point(b"available-c", &st.available.commitment);
	t.point(b"available-d", &st.available.handle);
	t
}

/// Verifies a withdrawal: the available balance minus the public amount is in `[0, 2⁶⁴)`.
pub fn verify_withdrawal(st: &WithdrawalStatement, proof: &WithdrawalProof) -> Result<(), Error> {
	let key = st.key.decompress_key()?;
	let available_c = st.available.commitment.decompress()?;
	let available_d = st.available.handle.decompress()?;
	let mut t = withdrawal_transcript(st);
	let mut batch = Batch::default();
	for r in &proof.remaining {
		t.point(b"remaining", r);
	}
	let remaining = decompress_all(proof.remaining.iter())?;
	let after_c: Combination = alloc::vec![
		(Scalar::ONE, available_c),
		(-Scalar::from(st.amount), pedersen().B)
	];
	let after_d: Combination = alloc::vec![(Scalar::ONE, available_d)];
	sigma::verify_equality(
		&mut t,
		&key,
		&after_c,
		&after_d,
		&weighted(&remaining, Scalar::ONE),
		&proof.equality,
		&mut batch,
	)?;
	verify_sigma_then_range(t, batch, &proof.range, &proof.remaining)
}

/// An owner proves its available balance is zero (to close its account).
pub struct ZeroBalanceStatement<'a> {
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// The token.
	pub token: u32,
	/// The owner's account, SCALE-encoded.
	pub owner: &'a [u8],
	/// The owner's confidential nonce.
	pub nonce: u64,
	/// The owner's key.
	pub key: EncryptionKey,
	/// The available balance.
	pub available: Ciphertext,
}

pub(crate) fn zero_balance_transcript(st: &ZeroBalanceStatement) -> Transcript {
	let mut t = transcript::new(b"zero-balance", &st.genesis, st.token);
	t.append_message(b"owner", st.owner);
	t.append_u64(b"nonce", st.nonce);
	t.point(b"key", &st.key);
	t.point(b"available-c", &st.available.commitment);
	t.point(b"available-d", &st.available.handle);
	t
}

/// Verifies that the available balance is zero.
pub fn verify_zero_balance(
	st: &ZeroBalanceStatement,
	proof: &crate::ZeroBalanceProof,
) -> Result<(), Error> {
	let key = st.key.decompress_key()?;
	let commitment = st.available.commitment.decompress()?;
	let handle = st.available.handle.decompress()?;
	let mut t = zero_balance_transcript(st);
	let mut batch = Batch::default();
	sigma::verify_zero(&mut t, &key, &commitment, &handle, proof, &mut batch)?;
	batch.verify(&mut verifier_rng(&t))
}

// Compile-time: four 16-bit limbs cover a u64.
const _: () = assert!(LIMBS as u32 * LIMB_BITS == 64);
