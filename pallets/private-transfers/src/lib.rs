//! # Private transfers pallet
//!
//! ## Overview
//!
//! Confidential balances of security tokens. A holder moves public tokens into its confidential
//! balance (`deposit`), pays other holders amounts nobody else can read
//! (`confidential_transfer`), and takes tokens back to its public balance (`withdraw`). Amounts
//! are twisted ElGamal ciphertexts over Ristretto (the [`vellum_confidential`] crate): one
//! Pedersen commitment per amount and one decryption handle each for the sender, the receiver and
//! every auditor key of the token. The chain verifies, without learning the amount, that the same
//! amount is encrypted for all of them, that it is in `[0, 2⁶⁴)`, and that the sender's
//! remaining balance is too.
//!
//! Compliance stays on the public identities: a confidential transfer is judged by the ledger as
//! a settlement through the pool from the sender to the receiver, by every rule that does not
//! read the amount (the pause, both accounts' freezes, claims, jurisdictions, identity
//! judgements, lists). Rules that read amounts or holder counts cannot judge a hidden amount, so
//! a token with any of them cannot enter confidential mode, and a confidential transfer of a
//! token that gained one later is refused (withdrawals still work).
//!
//! ## Terminology
//!
//! - **Pool**: the pallet's one custodian account ([`Pallet::pool_account`]); it holds the
//!   public tokens behind every confidential balance. [`PoolBalances`] says how much of each
//!   token; the ledger never counts it as a holder.
//! - **Available / pending**: an account's balance it can spend, and what others paid it since
//!   it last applied them, kept apart so that a proof made against the available balance stays
//!   valid while others pay in (token-2022's split). Pending amounts are kept in four 16-bit
//!   limbs so the owner decrypts them quickly; `apply_pending` adds them to the available balance.
//! - **Nonce**: how many times an account's available balance changed; every proof binds it, so
//!   no proof is ever accepted twice.
//! - **Sealed balance**: the owner's own record of its available balance, encrypted to itself;
//!   the chain stores it as given.
//!
//! ## Interface
//!
//! A token's compliance agents (its issuer included): `enable_confidential_mode` (holding
//! [`Config::ModeDeposit`]), `set_auditors`, `disable_confidential_mode` (once no account is
//! open). Holders: `register` (holding [`Config::AccountDeposit`]), `deposit`, `apply_pending`,
//! `confidential_transfer`, `withdraw`, `close`.
//!
//! Queries: the `PrivateTransfersApi` runtime API ([`runtime_api`]): an account's ciphertexts,
//! nonce and pending credits; a token's auditor keys and pool balance.
//!
//! ## Limits
//!
//! See `README.md` of this pallet.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod runtime_api;
pub mod weights;
pub use weights::WeightInfo;

mod accounts;
mod mode;
mod movements;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use vellum_confidential as confidential;

use alloc::boxed::Box;
use frame_support::{
	dispatch::DispatchResultWithPostInfo, pallet_prelude::*, traits::fungible, PalletId,
};
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::traits::AccountIdConversion;
use vellum_confidential::{
	EncryptionKey, KeyProof, SealedBalance, TransferAmount, TransferProof, WithdrawalProof,
	ZeroBalanceProof,
};
use vellum_primitives::{
	ledger::{AmountRules, SecurityLedger},
	security::TokenId,
};

/// The native-currency balance in which deposits are held.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a token whose issuer is `issuer` (admitted and funded as needed), whose rules
	/// admit `holders` and read no amounts, issues `amount` to each holder, and returns it.
	fn create_token(issuer: &AccountId, holders: &[AccountId], amount: u128) -> TokenId;
	/// Funds `who` with native currency for deposits and fees.
	fn fund(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::traits::tokens::Balance as BalanceT;
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds native tokens.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A token's confidential mode, held from the agent that enabled it until it is
		/// disabled.
		ModeDeposit,
		/// A confidential account, held from its owner until it closes the account.
		AccountDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the ledger's).
		type Balance: BalanceT + Into<u128>;

		/// The security-token ledger: deposits and withdrawals move through its custody
		/// functions, transfers are judged by it.
		type Ledger: SecurityLedger<Self::AccountId, Self::Balance>;

		/// Whether a token's rules read amounts (compliance): such tokens cannot be
		/// confidential.
		type AmountRules: AmountRules;

		/// The native currency, in which deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The chain's genesis hash: every proof binds it, so no proof made for another chain
		/// (a testnet, a fork) verifies here.
		type ChainId: Get<[u8; 32]>;

		/// The id of the pool, the pallet's custodian account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Held from the agent that enables a token's confidential mode.
		#[pallet::constant]
		type ModeDeposit: Get<BalanceOf<Self>>;

		/// Held from a holder for its confidential account.
		#[pallet::constant]
		type AccountDeposit: Get<BalanceOf<Self>>;

		/// Most credits (transfers in and deposits) an account's pending balance takes before
		/// its owner applies them. At most 2¹⁶, so that a pending limb stays below 2³² and
		/// decrypts quickly (`integrity_test` checks it).
		#[pallet::constant]
		type MaxPendingCredits: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates tokens and holders for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The confidential mode of each token that has one.
	#[pallet::storage]
	pub type Modes<T: Config> = StorageMap<_, Twox64Concat, TokenId, ModeOf<T>, OptionQuery>;

	/// Every confidential account, by token and owner.
	#[pallet::storage]
	pub type Accounts<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		AccountOf<T>,
		OptionQuery,
	>;

	/// The public tokens the pool holds for each token's confidential balances: deposits less
	/// withdrawals. Never above `u64::MAX`, so no confidential balance can be.
	#[pallet::storage]
	pub type PoolBalances<T: Config> = StorageMap<_, Twox64Concat, TokenId, T::Balance, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `by` enabled `token`'s confidential mode with these auditor keys.
		ConfidentialModeEnabled {
			token: TokenId,
			by: T::AccountId,
			auditors: AuditorsOf,
			deposit: BalanceOf<T>,
		},
		/// `token`'s auditor keys are now these (for transfers from now on).
		AuditorsSet {
			token: TokenId,
			auditors: AuditorsOf,
		},
		/// `token`'s confidential mode was disabled and its deposit returned.
		ConfidentialModeDisabled { token: TokenId },
		/// `who` opened a confidential account of `token` with `key`.
		AccountRegistered {
			token: TokenId,
			who: T::AccountId,
			key: EncryptionKey,
			deposit: BalanceOf<T>,
		},
		/// `who` closed its empty confidential account of `token`; its deposit was returned.
		AccountClosed { token: TokenId, who: T::AccountId },
		/// `who` moved `amount` of its public tokens into its pending confidential balance.
		Deposited {
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
		},
		/// `who` applied `credits` pending credits to its available balance.
		PendingApplied {
			token: TokenId,
			who: T::AccountId,
			credits: u32,
		},
		/// `from` paid `to` a hidden amount. Its handles, in order: the sender's, the
		/// receiver's, then one per auditor key of the token (`AuditorsSet`).
		ConfidentialTransfer {
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: Box<TransferAmount>,
		},
		/// `who` moved `amount` from its available confidential balance to its public balance.
		Withdrawn {
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such token.
		UnknownToken,
		/// The caller is neither the token's issuer nor an agent with its compliance role.
		NotComplianceAgent,
		/// The token's confidential mode is enabled already.
		AlreadyConfidential,
		/// The token has no confidential mode.
		NotConfidential,
		/// The token's rules read amounts or holder counts (holder, jurisdiction, balance or
		/// ownership caps, lock-ups), which a hidden amount cannot be judged by.
		RulesReadAmounts,
		/// A key is not a valid Ristretto point (or is the identity).
		InvalidKey,
		/// Confidential accounts of the token are still open.
		AccountsOpen,
		/// The caller has a confidential account of this token already.
		AlreadyRegistered,
		/// The caller has no confidential account of this token.
		NotRegistered,
		/// The receiver has no confidential account of this token.
		ReceiverNotRegistered,
		/// Sender and receiver are the same account.
		SameAccount,
		/// The amount is zero.
		ZeroAmount,
		/// The amount, or the pool's balance after it, exceeds `u64::MAX`.
		AmountTooLarge,
		/// The proof does not prove its statement (made for another state, nonce, token, chain
		/// or account, or simply wrong).
		InvalidProof,
		/// The range proof is malformed or does not show every value in range: for a transfer
		/// or a withdrawal, most often an amount beyond the available balance.
		InvalidRangeProof,
		/// A ciphertext or a proof holds a point that is not a valid encoding.
		MalformedCiphertext,
		/// The amount is not encrypted for exactly the sender, the receiver and the token's
		/// current auditors.
		WrongReaders,
		/// The receiver's pending balance holds `MaxPendingCredits` credits: it must apply them
		/// before it can be paid again.
		PendingFull,
		/// The pending balance changed since the caller looked (`expected_credits` differs).
		PendingChanged,
		/// The pending balance holds credits: apply them first.
		PendingNotEmpty,
		/// The pool's record holds less than a withdrawal (never expected).
		PoolShort,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			Self::do_integrity_test()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Enables `token`'s confidential mode with up to 8 auditor keys, which can decrypt
		/// every amount transferred from now on. The token's issuer or a compliance agent,
		/// holding [`Config::ModeDeposit`]; refused if the token's rules read amounts.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::enable_confidential_mode(auditors.len() as u32))]
		pub fn enable_confidential_mode(
			origin: OriginFor<T>,
			token: TokenId,
			auditors: AuditorsOf,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_enable(who, token, auditors)
		}

		/// Replaces `token`'s auditor keys (for transfers from now on: transfers already made
		/// stay readable by the keys they were made for). The token's issuer or a compliance
		/// agent.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_auditors(auditors.len() as u32))]
		pub fn set_auditors(
			origin: OriginFor<T>,
			token: TokenId,
			auditors: AuditorsOf,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_auditors(&who, token, auditors)
		}

		/// Disables `token`'s confidential mode once every account is closed, returning the
		/// mode's deposit to whoever paid it. The token's issuer or a compliance agent.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::disable_confidential_mode())]
		pub fn disable_confidential_mode(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_disable(&who, token)
		}

		/// Opens the caller's confidential account of `token` with encryption key `key`,
		/// proving it knows the key's secret. Holds [`Config::AccountDeposit`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			token: TokenId,
			key: EncryptionKey,
			proof: KeyProof,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, token, key, proof)
		}

		/// Closes the caller's confidential account of `token`, proving its available balance
		/// is zero (its pending balance must hold no credits), and returns its deposit.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close())]
		pub fn close(
			origin: OriginFor<T>,
			token: TokenId,
			proof: ZeroBalanceProof,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close(who, token, proof)
		}

		/// Moves `amount` of the caller's public tokens into the pool and credits it to the
		/// caller's pending confidential balance (the amount is public at this step). Refused
		/// by a pause and by the caller's freezes, as any movement into custody is.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::deposit().saturating_add(T::Ledger::movement_overhead()))]
		pub fn deposit(
			origin: OriginFor<T>,
			token: TokenId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_deposit(who, token, amount)
		}

		/// Adds the caller's pending balance to its available balance, if it still holds
		/// `expected_credits` credits, and stores `sealed` as the caller's own record of the
		/// new available balance.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::apply_pending())]
		pub fn apply_pending(
			origin: OriginFor<T>,
			token: TokenId,
			expected_credits: u32,
			sealed: SealedBalance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_apply_pending(who, token, expected_credits, sealed)
		}

		/// Pays `to` a hidden amount of `token` from the caller's available balance. `amount`
		/// is encrypted for the caller, `to` and every current auditor of the token, in that
		/// order; `proof` shows it is the same amount for all, in `[0, 2⁶⁴)`, and no more than
		/// the caller's available balance. Both parties must pass every rule of the token that
		/// does not read the amount. `sealed` is the caller's record of its new balance.
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::confidential_transfer(vellum_confidential::MAX_AUDITORS)
				.saturating_add(T::Ledger::movement_overhead())
		)]
		pub fn confidential_transfer(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: Box<TransferAmount>,
			proof: Box<TransferProof>,
			sealed: SealedBalance,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_confidential_transfer(who, token, to, *amount, *proof, sealed)
		}

		/// Moves `amount` from the caller's available confidential balance back to its public
		/// balance, proving the rest of the available balance is not negative. No pause, freeze
		/// or rule refuses it: the caller is the tokens' beneficial owner already.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw().saturating_add(T::Ledger::movement_overhead()))]
		pub fn withdraw(
			origin: OriginFor<T>,
			token: TokenId,
			amount: T::Balance,
			proof: Box<WithdrawalProof>,
			sealed: SealedBalance,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who, token, amount, *proof, sealed)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The pool: the pallet's one custodian account, holding the public tokens behind every
	/// confidential balance. The runtime declares it a custodian of the ledger.
	pub fn pool_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Panics if a config value the pallet relies on is out of range.
	pub(crate) fn do_integrity_test() {
		let credits = T::MaxPendingCredits::get();
		assert!(
			(1..=1 << 16).contains(&credits),
			"pending limbs are sums of at most 2^16 limbs of 16 bits, so they stay below 2^32"
		);
		// A transfer is charged its verification for the most auditors up front: it must fit
		// in one extrinsic, or no confidential transfer could ever be included.
		let max_extrinsic = <T as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_extrinsic;
		if let Some(max) = max_extrinsic {
			let transfer = T::WeightInfo::confidential_transfer(vellum_confidential::MAX_AUDITORS)
				.saturating_add(T::Ledger::movement_overhead());
			assert!(
				transfer.all_lte(max),
				"a transfer with every auditor ({transfer:?}) exceeds the largest extrinsic ({max:?})"
			);
		}
	}
}
