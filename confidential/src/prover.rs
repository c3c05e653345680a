//! Keys and proofs (feature `prover`, which needs no `std`: the runtime's benchmarks make their
//! proofs with it). Decryption and the sealed balance are in [`crate::client`] (`std`).

use crate::{
	group::{limb_weight, limbs_of, pedersen},
	sigma::prove,
	statements::{
		range_gens, registration_transcript, transfer_transcript, withdrawal_transcript,
		zero_balance_transcript, RegistrationStatement, TransferStatement, WithdrawalStatement,
		ZeroBalanceStatement,
	},
	transcript::Append,
	Ciphertext, EncryptionKey, Error, Handles, KeyProof, LimbCiphertext, Point, TransferAmount,
	TransferProof, WithdrawalProof, ZeroBalanceProof, LIMBS, LIMB_BITS, MAX_AUDITORS,
	TRANSFER_RANGE_PROOF_LEN, WITHDRAWAL_RANGE_PROOF_LEN,
};
use alloc::{vec, vec::Vec};
use bulletproofs::RangeProof;
use curve25519_dalek::{ristretto::RistrettoPoint, scalar::Scalar};
use merlin::Transcript;
use rand_core::{CryptoRng, RngCore};
use sha3::Sha3_512;
use zeroize::Zeroize;

/// A holder's (or an auditor's) ElGamal key pair: secret `s`, public `P = s⁻¹·H`.
#[derive(Clone)]
pub struct Keypair {
	pub(crate) secret: Scalar,
	pub(crate) public: RistrettoPoint,
}

impl Drop for Keypair {
	fn drop(&mut self) {
		self.secret.zeroize();
	}
}

impl Keypair {
	fn from_secret(secret: Scalar) -> Self {
		// A zero secret has no inverse; `Scalar::random` and a hash give one with probability
		// about 2⁻²⁵², so this is a retry that never happens, not a case to handle.
		let secret = if secret == Scalar::ZERO {
			Scalar::ONE
		} else {
			secret
		};
		let public = secret.invert() * pedersen().B_blinding;
		Keypair { secret, public }
	}

	/// A new random key pair.
	pub fn generate<R: RngCore + CryptoRng>(rng: &mut R) -> Self {
		Self::from_secret(Scalar::random(rng))
	}

	/// The key pair derived from `seed` (e.g. an account's secret seed and a token id):
	/// the same seed always gives the same pair.
	pub fn from_seed(seed: &[u8]) -> Self {
		let mut input = b"vellum-confidential/key".to_vec();
		input.extend_from_slice(seed);
		Self::from_secret(Scalar::hash_from_bytes::<Sha3_512>(&input))
	}

	/// The public encryption key.
	pub fn public(&self) -> EncryptionKey {
		Point::from_point(&self.public)
	}

	/// `v·G` for the value `v` that `ciphertext` holds for this key.
	pub(crate) fn open(&self, ciphertext: &Ciphertext) -> Result<RistrettoPoint, Error> {
		Ok(ciphertext.commitment.decompress()? - self.secret * ciphertext.handle.decompress()?)
	}

	/// Whether `ciphertext` holds `value` for this key (no discrete logarithm needed).
	pub fn holds(&self, ciphertext: &Ciphertext, value: u64) -> bool {
		self.open(ciphertext)
			.map(|p| p == Scalar::from(value) * pedersen().B)
			.unwrap_or(false)
	}
}

/// Makes the proof that registers `keypair`'s key for the statement's token.
pub fn prove_registration<R: RngCore + CryptoRng>(
	genesis: [u8; 32],
	token: u32,
	account: &[u8],
	keypair: &Keypair,
	rng: &mut R,
) -> KeyProof {
	let st = RegistrationStatement {
		genesis,
		token,
		account,
		key: keypair.public(),
	};
	let mut t = registration_transcript(&st);
	prove::key(&mut t, &keypair.public, &keypair.secret, rng)
}

/// What a sender knows to make a transfer.
pub struct TransferInput<'a> {
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// The token.
	pub token: u32,
	/// The sender's account, SCALE-encoded.
	pub sender: &'a [u8],
	/// The receiver's account, SCALE-encoded.
	pub receiver: &'a [u8],
	/// The sender's confidential nonce as the chain has it.
	pub nonce: u64,
	/// The sender's key pair.
	pub sender_keypair: &'a Keypair,
	/// The receiver's registered key.
	pub receiver_key: EncryptionKey,
	/// The token's auditor keys, in the chain's order.
	pub auditors: &'a [EncryptionKey],
	/// The sender's available balance ciphertext as the chain has it.
	pub available: Ciphertext,
	/// Its value (from the sealed balance).
	pub balance: u64,
	/// The amount to send.
	pub amount: u64,
}

/// Randomness of the range proof, drawn from the caller's generator: bulletproofs wants an
/// `RngCore + CryptoRng` of rand_core 0.6, which the caller's is.
fn blindings<R: RngCore + CryptoRng>(rng: &mut R) -> [Scalar; LIMBS] {
	core::array::from_fn(|_| Scalar::random(rng))
}

/// Encrypts and proves a confidential transfer; returns the amount's ciphertexts and the proof.
pub fn prove_transfer<R: RngCore + CryptoRng>(
	input: &TransferInput,
	rng: &mut R,
) -> Result<(TransferAmount, TransferProof), Error> {
	if input.auditors.len() > MAX_AUDITORS as usize {
		return Err(Error::WrongReaders);
	}
	let remaining = input
		.balance
		.checked_sub(input.amount)
		.ok_or(Error::InsufficientBalance)?;
	if !input.sender_keypair.holds(&input.available, input.balance) {
		return Err(Error::InsufficientBalance);
	}
	let mut keys = vec![
		input.sender_keypair.public,
		input.receiver_key.decompress_key()?,
	];
	for a in input.auditors {
		keys.push(a.decompress_key()?);
	}
	let gens = pedersen();
	let values = limbs_of(input.amount);
	let openings = blindings(rng);
	let limbs: [LimbCiphertext; LIMBS] = core::array::from_fn(|j| {
		let c = Scalar::from(values[j]) * gens.B + openings[j] * gens.B_blinding;
		let mut handles = Handles::default();
		for key in &keys {
			let _ = handles.try_push(Point::from_point(&(openings[j] * key)));
		}
		LimbCiphertext {
			commitment: Point::from_point(&c),
			handles,
		}
	});
	let amount = TransferAmount { limbs };
	let st = TransferStatement {
		genesis: input.genesis,
		token: input.token,
		sender: input.sender,
		receiver: input.receiver,
		nonce: input.nonce,
		sender_key: input.sender_keypair.public(),
		receiver_key: input.receiver_key,
		auditors: input.auditors,
		available: input.available,
		amount: &amount,
	};
	let mut t = transfer_transcript(&st);
	let value_scalars: Vec<Scalar> = values.iter().map(|v| Scalar::from(*v)).collect();
	let validity = prove::validity(&mut t, &keys, &value_scalars, &openings, rng);

	let (remaining_points, remaining_openings, equality) = prove_remaining(
		&mut t,
		input.sender_keypair,
		&st.amount_handle_after(&amount)?,
		remaining,
		rng,
	);
	let mut range_values = values.to_vec();
	range_values.extend_from_slice(&limbs_of(remaining));
	let mut range_openings = openings.to_vec();
	range_openings.extend_from_slice(&remaining_openings);
	let range = prove_range(&mut t, &range_values, &range_openings, rng)?;
	let range: [u8; TRANSFER_RANGE_PROOF_LEN] = range
		.as_slice()
		.try_into()
		.map_err(|_| Error::InvalidRangeProof)?;
	Ok((
		amount,
		TransferProof {
			validity,
			equality,
			remaining: remaining_points,
			range,
		},
	))
}

impl TransferStatement<'_> {
	/// The sender's handle after the transfer: `D_a - Σ 2^(16j)·D_sender,j`.
	fn amount_handle_after(&self, amount: &TransferAmount) -> Result<RistrettoPoint, Error> {
		let sent = amount.for_reader(crate::SENDER)?;
		Ok(self.available.handle.decompress()? - sent.handle.decompress()?)
	}
}

/// Commits to the limbs of `remaining`, appends the commitments and proves that the ciphertext
/// with `handle_after` holds the same value.
fn prove_remaining<R: RngCore + CryptoRng>(
	t: &mut Transcript,
	keypair: &Keypair,
	handle_after: &RistrettoPoint,
	remaining: u64,
	rng: &mut R,
) -> ([Point; LIMBS], [Scalar; LIMBS], crate::EqualityProof) {
	let gens = pedersen();
	let values = limbs_of(remaining);
	let openings = blindings(rng);
	let points: [Point; LIMBS] = core::array::from_fn(|j| {
		Point::from_point(&(Scalar::from(values[j]) * gens.B + openings[j] * gens.B_blinding))
	});
	for p in &points {
		t.point(b"remaining", p);
	}
	let opening: Scalar = openings
		.iter()
		.enumerate()
		.map(|(j, o)| limb_weight(j) * o)
		.sum();
	let equality = prove::equality(
		t,
		&keypair.public,
		&keypair.secret,
		handle_after,
		&Scalar::from(remaining),
		&opening,
		rng,
	);
	(points, openings, equality)
}

fn prove_range<R: RngCore + CryptoRng>(
	t: &mut Transcript,
	values: &[u64],
	openings: &[Scalar],
	rng: &mut R,
) -> Result<Vec<u8>, Error> {
	let (proof, _) = RangeProof::prove_multiple_with_rng(
		&range_gens(values.len()),
		&pedersen(),
		t,
		values,
		openings,
		LIMB_BITS as usize,
		rng,
	)
	.map_err(|_| Error::InvalidRangeProof)?;
	Ok(proof.to_bytes())
}

/// What an owner knows to withdraw.
pub struct WithdrawalInput<'a> {
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// The token.
	pub token: u32,
	/// The owner's account, SCALE-encoded.
	pub owner: &'a [u8],
	/// The owner's confidential nonce as the chain has it.
	pub nonce: u64,
	/// The owner's key pair.
	pub keypair: &'a Keypair,
	/// The available balance ciphertext as the chain has it.
	pub available: Ciphertext,
	/// Its value.
	pub balance: u64,
	/// The public amount to withdraw.
	pub amount: u64,
}

/// Proves a withdrawal.
pub fn prove_withdrawal<R: RngCore + CryptoRng>(
	input: &WithdrawalInput,
	rng: &mut R,
) -> Result<WithdrawalProof, Error> {
	let remaining = input
		.balance
		.checked_sub(input.amount)
		.ok_or(Error::InsufficientBalance)?;
	if !input.keypair.holds(&input.available, input.balance) {
		return Err(Error::InsufficientBalance);
	}
	let st = WithdrawalStatement {
		genesis: input.genesis,
		token: input.token,
		owner: input.owner,
		nonce: input.nonce,
		key: input.keypair.public(),
		available: input.available,
		amount: input.amount,
	};
	let mut t = withdrawal_transcript(&st);
	let handle_after = input.available.handle.decompress()?;
	let (remaining_points, openings, equality) =
		prove_remaining(&mut t, input.keypair, &handle_after, remaining, rng);
	let range = prove_range(&mut t, &limbs_of(remaining), &openings, rng)?;
	let range: [u8; WITHDRAWAL_RANGE_PROOF_LEN] = range
		.as_slice()
		.try_into()
		.map_err(|_| Error::InvalidRangeProof)?;
	Ok(WithdrawalProof {
		equality,
		remaining: remaining_points,
		range,
	})
}

/// Proves that `available` (the owner's available balance as the chain has it) holds zero.
pub fn prove_zero_balance<R: RngCore + CryptoRng>(
	genesis: [u8; 32],
	token: u32,
	owner: &[u8],
	nonce: u64,
	keypair: &Keypair,
	available: Ciphertext,
	rng: &mut R,
) -> Result<ZeroBalanceProof, Error> {
	if !keypair.holds(&available, 0) {
		return Err(Error::NonZeroBalance);
	}
	let st = ZeroBalanceStatement {
		genesis,
		token,
		owner,
		nonce,
		key: keypair.public(),
		available,
	};
	let mut t = zero_balance_transcript(&st);
	Ok(prove::zero(
		&mut t,
		&keypair.public,
		&keypair.secret,
		&available.handle.decompress()?,
		rng,
	))
}

/// A generator whose output depends on `seed` alone: for benchmarks and tests that need proofs
/// where no entropy exists (a runtime). Never for real keys or proofs: anyone who knows the seed
/// knows every secret it gave.
pub fn seeded_rng(seed: &[u8]) -> merlin::TranscriptRng {
	let mut t = Transcript::new(b"vellum-confidential/seeded");
	t.append_message(b"seed", seed);
	t.build_rng().finalize(&mut crate::transcript::NoEntropy)
}
