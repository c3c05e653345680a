//! The runtime API of the private-transfers pallet: what wallets, the `vellum` client and
//! auditors ask, and the `Pallet::api_*` functions the runtime answers it with.

use crate::{Accounts, AuditorsOf, Config, Modes, Pallet, PoolBalances};
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use vellum_confidential::{Ciphertext, EncryptionKey, SealedBalance, LIMBS};
use vellum_primitives::security::TokenId;

/// A confidential account as its owner needs it to make its next proof.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct AccountView {
	/// The owner's key.
	pub key: EncryptionKey,
	/// The available balance.
	pub available: Ciphertext,
	/// The pending balance, in 16-bit limbs.
	pub pending: [Ciphertext; LIMBS],
	/// Credits in the pending balance (what `apply_pending` expects).
	pub pending_credits: u32,
	/// The nonce the next proof binds.
	pub nonce: u64,
	/// The owner's sealed record of its available balance.
	pub sealed: SealedBalance,
}

/// A token's confidential mode.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ModeView<Balance> {
	/// The auditor keys, in handle order.
	pub auditors: AuditorsOf,
	/// Confidential accounts open.
	pub accounts: u32,
	/// Public tokens the pool holds for the token.
	pub pool_balance: Balance,
}

sp_api::decl_runtime_apis! {
	/// Confidential accounts and modes.
	pub trait PrivateTransfersApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// `who`'s confidential account of `token`, if it has one.
		fn account(token: TokenId, who: AccountId) -> Option<AccountView>;
		/// `token`'s confidential mode, if it has one.
		fn mode(token: TokenId) -> Option<ModeView<Balance>>;
	}
}

impl<T: Config> Pallet<T> {
	/// Answers `PrivateTransfersApi::account`.
	pub fn api_account(token: TokenId, who: T::AccountId) -> Option<AccountView> {
		Accounts::<T>::get(token, who).map(|a| AccountView {
			key: a.key,
			available: a.available,
			pending: a.pending,
			pending_credits: a.pending_credits,
			nonce: a.nonce,
			sealed: a.sealed,
		})
	}

	/// Answers `PrivateTransfersApi::mode`.
	pub fn api_mode(token: TokenId) -> Option<ModeView<T::Balance>> {
		Modes::<T>::get(token).map(|m| ModeView {
			auditors: m.auditors,
			accounts: m.accounts,
			pool_balance: PoolBalances::<T>::get(token),
		})
	}
}
