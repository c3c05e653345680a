//! What the pallet stores.

use crate::BalanceOf;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use vellum_confidential::{Ciphertext, EncryptionKey, SealedBalance, LIMBS, MAX_AUDITORS};

/// A token's auditor keys, in the order every transfer's handles follow them.
pub type AuditorsOf = BoundedVec<EncryptionKey, ConstU32<MAX_AUDITORS>>;

/// A token's confidential mode.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ConfidentialMode<AccountId, Deposit> {
	/// Keys that can decrypt every amount transferred.
	pub auditors: AuditorsOf,
	/// Who paid the mode's deposit (and gets it back).
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Deposit,
	/// Confidential accounts open.
	pub accounts: u32,
}

/// A token's confidential mode as a runtime stores it.
pub type ModeOf<T> = ConfidentialMode<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// One holder's confidential account of one token.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ConfidentialAccount<Deposit> {
	/// The owner's encryption key.
	pub key: EncryptionKey,
	/// What the owner can spend.
	pub available: Ciphertext,
	/// What others paid it (and it deposited) since it last applied them, in 16-bit limbs
	/// (least significant first): each limb is the sum of fewer than `MaxPendingCredits` limbs.
	pub pending: [Ciphertext; LIMBS],
	/// How many credits `pending` holds.
	pub pending_credits: u32,
	/// How many times `available` changed: every proof binds it.
	pub nonce: u64,
	/// The owner's own record of `available`, encrypted to itself.
	pub sealed: SealedBalance,
	/// The deposit held from the owner.
	pub deposit: Deposit,
}

/// A confidential account as a runtime stores it.
pub type AccountOf<T> = ConfidentialAccount<BalanceOf<T>>;

impl<Deposit> ConfidentialAccount<Deposit> {
	/// A new account with key `key`: nothing available, nothing pending.
	pub fn new(key: EncryptionKey, deposit: Deposit) -> Self {
		ConfidentialAccount {
			key,
			available: Ciphertext::ZERO,
			pending: [Ciphertext::ZERO; LIMBS],
			pending_credits: 0,
			nonce: 0,
			sealed: SealedBalance::default(),
			deposit,
		}
	}
}
