//! # Security token pallet
//!
//! ## Overview
//!
//! The ledger and lifecycle of every security token on Vellum. A token is created by an
//! admitted issuer from a declarative [`SecurityDefinition`] (name, symbol, identifier,
//! jurisdiction, maximum supply, instrument terms, redemption, legal documents). Its balances
//! live here and nowhere else: compliance, proof-of-ownership, voting and the other Vellum
//! pallets move them through [`SecurityLedger`], which takes the same path as a holder's
//! transfer.
//!
//! ## Terminology
//!
//! - **Issuer**: an account admitted by the admin origin. It creates tokens (holding
//!   [`Config::TokenDeposit`] per token) and holds every agent role on them.
//! - **Agent**: an account granted [`Role`]s on one token by its issuer: supply, freezer,
//!   controller, recovery, compliance, documents, checkpoints.
//! - **Movement**: any change of balances: issue, transfer, redeem, burn, forced transfer,
//!   recovery, custody. Every movement goes through one internal function (`do_move`) that
//!   applies the pallet's rules, asks [`Config::TransferCheck`], keeps the holder count,
//!   saves checkpoint history and calls [`Config::OnBalanceChange`].
//! - **Frozen**: an account can be frozen (it neither sends nor receives by its own or a
//!   spender's action), and part of a balance can be frozen (it cannot move). Agent actions
//!   (burn, forced transfer, recovery) pass freezes and pauses: a forced transfer unfreezes
//!   only what it needs; recovery carries the frozen part and the account freeze over.
//! - **Checkpoint**: a numbered record of every balance and the supply at one point, kept
//!   copy-on-write: the first change of an account's balance after a checkpoint saves the old
//!   balance (one bounded read and write); nothing is copied when the checkpoint is taken.
//!   The last [`Config::MaxCheckpoints`] checkpoints of a token are answerable.
//!
//! ## Interface
//!
//! Admin origin (the network): `admit_issuer`, `remove_issuer`, `hand_over`; and, on any
//! token whatever its issuer, the freezer's and the controller's calls (events say `by:
//! Network`).
//! Issuer: `create_token`, `grant_role`, `revoke_role`.
//! Supply agent: `issue`, `issue_batch`, `burn`. Freezer: `pause`, `unpause`,
//! `freeze_account`, `unfreeze_account`, `freeze_tokens`, `unfreeze_tokens`. Controller:
//! `force_transfer`. Recovery agent: `recover`. Document agent: `add_document`,
//! `replace_document`, `remove_document`. Checkpoint agent: `create_checkpoint`,
//! `schedule_checkpoint`, `cancel_checkpoint`.
//! Holders: `transfer`, `transfer_batch`, `approve`, `transfer_from`, `redeem`.
//!
//! Queries: the `SecurityTokenApi` runtime API (declared in [`runtime_api`] with its result
//! types), answered by the `Pallet::api_*` functions.
//!
//! ## Limits
//!
//! Batches hold at most [`Config::MaxBatch`] entries; a token has at most
//! [`Config::MaxAgents`] agents, [`vellum_primitives::security::MAX_DOCUMENTS`] documents and
//! [`Config::MaxSchedulesPerToken`] scheduled checkpoints; a block runs at most
//! [`Config::MaxScheduledPerBlock`] scheduled checkpoints. Tokens cannot be destroyed: the
//! deposit is held for the token's life.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod weights;
pub use weights::WeightInfo;

mod checkpoints;
mod definition;
mod enforcement;
mod functions;
mod impl_ledger;
mod roles;
pub mod runtime_api;
mod supply;
mod transfers;
mod try_state;
mod weights_refund;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use alloc::{boxed::Box, vec::Vec};
use core::ops::ControlFlow;
use frame_support::{
	defensive,
	dispatch::DispatchResult,
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, Contains, EnsureOriginWithArg, UnixTime},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchError,
};
use vellum_primitives::{
	ledger::{
		BalanceUpdate, LedgerState, Movement, MovementKind, OnBalanceChange, OnHandOver,
		ReasonCode, Role, Roles, SecurityLedger, TransferCheck,
	},
	security::{
		CheckpointId, CountryCode, DefinitionError, InstrumentClass, Label, LegalDocument,
		Redemption, SecurityDefinition, TokenId,
	},
};

/// The most tokens one `tokens` query returns.
pub const MAX_TOKENS_PER_QUERY: u32 = 100;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::traits::{fungible, tokens::Balance as BalanceT};
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds native tokens.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a token, held from its issuer.
		TokenDeposit,
		/// The deposit for an allowance, held from its owner.
		AllowanceDeposit,
		/// The deposit for an account freeze, held from the agent that froze the account.
		FreezeDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the same type for every token).
		type Balance: BalanceT + Into<u128>;

		/// The native currency, in which token deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The network: admits and removes issuers, hands tokens to new issuers, and may pause,
		/// freeze and force transfers on any token.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The holders of a token, by a resolution they passed (voting's
		/// `EnsureTokenHolders`): may hand the token to another admitted issuer, grant and
		/// revoke its roles (appoint its compliance agent), and pause and unpause it. Nothing
		/// that moves a holder's tokens: no freeze, no forced transfer.
		type HoldersOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, TokenId>;

		/// Asked before every movement (compliance; `()` allows everything).
		type TransferCheck: TransferCheck<Self::AccountId, Self::Balance>;

		/// Called after every movement.
		type OnBalanceChange: OnBalanceChange<Self::AccountId, Self::Balance>;

		/// Told when a token passes to a new issuer (`hand_over`).
		type OnHandOver: OnHandOver<Self::AccountId>;

		/// The custodians: accounts other pallets hold tokens in for others (the attested
		/// transfers' escrow, baskets' vaults, the confidential pool). Their balances are never
		/// counted as holders', they cannot be frozen, and tokens reach and leave them only by
		/// the custody movements of [`SecurityLedger`].
		type Custodians: Contains<Self::AccountId>;

		/// The wall clock (maturities and checkpoint times).
		type UnixTime: UnixTime;

		/// Held from the issuer for each token it creates.
		#[pallet::constant]
		type TokenDeposit: Get<DepositOf<Self>>;

		/// Held from a holder for each allowance it grants (returned when the allowance is
		/// spent or removed).
		#[pallet::constant]
		type AllowanceDeposit: Get<DepositOf<Self>>;

		/// Held from an agent for each account it freezes (returned on unfreezing); the network
		/// freezes without a deposit.
		#[pallet::constant]
		type FreezeDeposit: Get<DepositOf<Self>>;

		/// Most agents per token.
		#[pallet::constant]
		type MaxAgents: Get<u32>;

		/// Most entries in `issue_batch` and `transfer_batch`.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// Checkpoints retained per token (older ones are pruned and no longer answerable).
		#[pallet::constant]
		type MaxCheckpoints: Get<u32>;

		/// Most scheduled checkpoints run in one block (over all tokens).
		#[pallet::constant]
		type MaxScheduledPerBlock: Get<u32>;

		/// Most pending scheduled checkpoints per token.
		#[pallet::constant]
		type MaxSchedulesPerToken: Get<u32>;

		/// Longest reason of a forced transfer, in bytes.
		#[pallet::constant]
		type MaxReasonLen: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Accounts admitted to create tokens.
	#[pallet::storage]
	pub type Issuers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, (), OptionQuery>;

	/// The id the next token gets.
	#[pallet::storage]
	pub type NextTokenId<T: Config> = StorageValue<_, TokenId, ValueQuery>;

	/// The state of every token (read by every movement).
	#[pallet::storage]
	pub type Tokens<T: Config> =
		StorageMap<_, Twox64Concat, TokenId, TokenDetailsOf<T>, OptionQuery>;

	/// The definition of every token, with its current documents.
	#[pallet::storage]
	pub type Definitions<T: Config> =
		StorageMap<_, Twox64Concat, TokenId, SecurityDefinition<T::Balance>, OptionQuery>;

	/// Balances and freezes; an entry exists only while it carries something.
	#[pallet::storage]
	pub type Holdings<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		Holding<T::Balance>,
		OptionQuery,
	>;

	/// Allowances: (token, owner, spender) → what the spender may move, and the owner's
	/// deposit.
	#[pallet::storage]
	pub type Allowances<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, TokenId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		Allowance<T::Balance, DepositOf<T>>,
		OptionQuery,
	>;

	/// The deposits for account freezes made by agents (the network's carry none).
	#[pallet::storage]
	pub type FreezeDeposits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		FreezeDeposit<T::AccountId, DepositOf<T>>,
		OptionQuery,
	>;

	/// Agent roles per token.
	#[pallet::storage]
	pub type Agents<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		Roles,
		OptionQuery,
	>;

	/// Tokens created through [`SecurityLedger::create_token`] (a basket's token): their
	/// supply is kept by the pallet that created them, and the roles over their supply and
	/// their holders' balances ([`Role::Supply`], [`Role::Freezer`], [`Role::Controller`],
	/// [`Role::Recovery`]) are withheld from every agent, the issuer included. The network
	/// and the token's holders keep their powers.
	#[pallet::storage]
	pub type PalletSupplied<T: Config> = StorageMap<_, Twox64Concat, TokenId, (), OptionQuery>;

	/// Recorded checkpoints (the last `MaxCheckpoints` of each token).
	#[pallet::storage]
	pub type Checkpoints<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Twox64Concat,
		CheckpointId,
		CheckpointRecord<T::Balance, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// Copy-on-write balance history: `(c, b)` means the account held `b` at checkpoint `c`
	/// and at every checkpoint after the previous entry. Sorted by checkpoint.
	#[pallet::storage]
	pub type BalanceHistory<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(CheckpointId, T::Balance), T::MaxCheckpoints>,
		ValueQuery,
	>;

	/// Tokens whose checkpoint is scheduled at the start of a block.
	#[pallet::storage]
	pub type ScheduledCheckpoints<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<TokenId, T::MaxScheduledPerBlock>,
		ValueQuery,
	>;

	/// The blocks at which a token's checkpoints are scheduled, in order.
	#[pallet::storage]
	pub type TokenSchedules<T: Config> = StorageMap<
		_,
		Twox64Concat,
		TokenId,
		BoundedVec<BlockNumberFor<T>, T::MaxSchedulesPerToken>,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Issuers admitted at genesis.
		pub issuers: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for who in &self.issuers {
				Issuers::<T>::insert(who, ());
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account may now create tokens.
		IssuerAdmitted { who: T::AccountId },
		/// An account may no longer create tokens, nor act on its tokens (they stay).
		IssuerRemoved { who: T::AccountId },
		/// A token was created.
		TokenCreated {
			token: TokenId,
			issuer: T::AccountId,
			class: InstrumentClass,
			deposit: DepositOf<T>,
		},
		/// An agent was granted a role.
		RoleGranted {
			token: TokenId,
			who: T::AccountId,
			role: Role,
		},
		/// An agent lost a role.
		RoleRevoked {
			token: TokenId,
			who: T::AccountId,
			role: Role,
		},
		/// Tokens were issued.
		Issued {
			token: TokenId,
			to: T::AccountId,
			amount: T::Balance,
		},
		/// A supply agent burnt tokens (`unfrozen`: frozen tokens it had to unfreeze).
		Burned {
			token: TokenId,
			from: T::AccountId,
			amount: T::Balance,
			unfrozen: T::Balance,
		},
		/// A holder redeemed tokens.
		Redeemed {
			token: TokenId,
			holder: T::AccountId,
			amount: T::Balance,
		},
		/// Tokens moved between holders (by transfer, transfer_from or batch).
		Transferred {
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
		},
		/// An allowance was set (`deposit`: what is held from the owner for it now; zero when
		/// the allowance was removed).
		Approved {
			token: TokenId,
			owner: T::AccountId,
			spender: T::AccountId,
			amount: T::Balance,
			deposit: DepositOf<T>,
		},
		/// Holder-initiated movements of a token are paused (`by`: an agent, or the network).
		Paused {
			token: TokenId,
			by: Authority<T::AccountId>,
		},
		/// Holder-initiated movements of a token resumed.
		Unpaused {
			token: TokenId,
			by: Authority<T::AccountId>,
		},
		/// An account was frozen.
		AccountFrozen {
			token: TokenId,
			who: T::AccountId,
			by: Authority<T::AccountId>,
		},
		/// An account was unfrozen.
		AccountUnfrozen {
			token: TokenId,
			who: T::AccountId,
			by: Authority<T::AccountId>,
		},
		/// Part of a balance was frozen (`frozen`: the frozen total now).
		TokensFrozen {
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
			frozen: T::Balance,
			by: Authority<T::AccountId>,
		},
		/// Part of a frozen balance was released (`frozen`: the frozen total now).
		TokensUnfrozen {
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
			frozen: T::Balance,
			by: Authority<T::AccountId>,
		},
		/// A controller, or the network, forced a transfer (`unfrozen`: frozen tokens it had to
		/// unfreeze).
		ForcedTransfer {
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			unfrozen: T::Balance,
			reason: BoundedVec<u8, T::MaxReasonLen>,
			by: Authority<T::AccountId>,
		},
		/// The network handed a token to another issuer, who now holds its deposit; the old
		/// issuer's agents lost their roles.
		TokenHandedOver {
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			deposit: DepositOf<T>,
			agents_removed: u32,
		},
		/// A lost account's balance, frozen part and freeze moved to a new account.
		Recovered {
			token: TokenId,
			lost: T::AccountId,
			new: T::AccountId,
			amount: T::Balance,
			frozen: T::Balance,
		},
		/// A document was added.
		DocumentAdded { token: TokenId, name: Label },
		/// A document was replaced by a new version.
		DocumentReplaced { token: TokenId, name: Label },
		/// A document was removed.
		DocumentRemoved { token: TokenId, name: Label },
		/// A checkpoint was recorded.
		CheckpointCreated {
			token: TokenId,
			checkpoint: CheckpointId,
			supply: T::Balance,
		},
		/// A holder's tokens went into a custodian's account (escrow, vault, pool); the holder
		/// stays their beneficial owner.
		CustodyDeposited {
			token: TokenId,
			custodian: T::AccountId,
			holder: T::AccountId,
			amount: T::Balance,
		},
		/// Tokens a custodian held for `beneficiary` reached `to`: a transfer from
		/// `beneficiary` to `to`, judged as one when it settled.
		CustodySettled {
			token: TokenId,
			custodian: T::AccountId,
			beneficiary: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
		},
		/// Tokens a custodian held went back to their owner.
		CustodyReturned {
			token: TokenId,
			custodian: T::AccountId,
			owner: T::AccountId,
			amount: T::Balance,
		},
		/// A checkpoint was scheduled for the start of block `block`. (Not named `at`: event
		/// data is an array in polkadot.js, whose `at` method would hide the field.)
		CheckpointScheduled {
			token: TokenId,
			block: BlockNumberFor<T>,
		},
		/// A scheduled checkpoint was cancelled.
		CheckpointCancelled {
			token: TokenId,
			block: BlockNumberFor<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already an issuer.
		AlreadyIssuer,
		/// The account is not an admitted issuer.
		NotIssuer,
		/// No more token ids.
		TokenIdsExhausted,
		/// The name is empty or not UTF-8.
		BadName,
		/// The symbol is empty or has characters other than `A-Z`, `0-9`, `.`, `-`.
		BadSymbol,
		/// More than 18 decimals.
		TooManyDecimals,
		/// The maximum supply is zero.
		ZeroMaxSupply,
		/// The jurisdiction is not an ISO 3166-1 alpha-2 code (two upper-case letters).
		InvalidCountry,
		/// The identifier does not have its scheme's shape, or an ISIN's check digit is wrong.
		BadIdentifier,
		/// Inconsistent instrument terms (zero face value or maturity, coupon above 100% or
		/// without interval, zero conversion units, empty labels).
		BadTerms,
		/// `AtMaturity` redemption for an instrument without a maturity.
		RedemptionWithoutMaturity,
		/// A document has an empty name or URI.
		BadDocument,
		/// Two documents share a name, or a document with this name exists.
		DuplicateDocument,
		/// The conversion target of a convertible is not a token.
		UnknownConversionTarget,
		/// No such token.
		UnknownToken,
		/// Only the token's issuer may do this.
		NotTokenIssuer,
		/// The caller is neither the issuer nor an agent with the required role.
		NoPermission,
		/// The agent already has this role.
		RoleAlreadyGranted,
		/// The agent does not have this role.
		RoleNotGranted,
		/// The token has the most agents allowed.
		TooManyAgents,
		/// The amount is zero.
		ZeroAmount,
		/// Sender and receiver are the same account.
		SameAccount,
		/// The token is paused.
		TokenPaused,
		/// The sending account is frozen (for a settlement: the beneficiary it settles for).
		SenderFrozen,
		/// The receiving account is frozen.
		ReceiverFrozen,
		/// The account moving another's tokens (a spender within an allowance) is frozen.
		OperatorFrozen,
		/// The balance is below the amount.
		InsufficientBalance,
		/// The balance is enough, but part of it is frozen.
		BalanceFrozen,
		/// The allowance is below the amount.
		InsufficientAllowance,
		/// The amount would exceed the token's maximum supply.
		MaxSupplyExceeded,
		/// An amount or counter would overflow.
		Overflow,
		/// The token's terms do not let holders redeem.
		RedemptionNotAllowed,
		/// The token's terms let holders redeem only from maturity.
		NotMatured,
		/// The token is already paused.
		AlreadyPaused,
		/// The token is not paused.
		NotPaused,
		/// The account is already frozen.
		AlreadyFrozen,
		/// The account is not frozen.
		NotFrozen,
		/// Freezing this much would freeze more than the balance.
		FreezeExceedsBalance,
		/// Less than this much is frozen.
		UnfreezeExceedsFrozen,
		/// The batch is empty.
		EmptyBatch,
		/// A forced transfer needs a reason.
		EmptyReason,
		/// The lost account holds nothing.
		NothingToRecover,
		/// No document with this name.
		UnknownDocument,
		/// The token has the most documents allowed.
		TooManyDocuments,
		/// A checkpoint can only be scheduled for a future block.
		ScheduleInPast,
		/// A checkpoint is already scheduled for this block.
		AlreadyScheduled,
		/// The block has the most scheduled checkpoints allowed.
		BlockScheduleFull,
		/// The token has the most scheduled checkpoints allowed.
		TooManySchedules,
		/// No checkpoint of this token is scheduled for this block.
		UnknownSchedule,
		/// The account is a custodian (escrow, vault, pool): tokens reach and leave it only by
		/// its own pallet's custody movements, and it cannot be frozen.
		CustodianAccount,
		/// The token's issuer has been removed: neither it nor its agents may act on it.
		IssuerRemoved,
		/// The account already is the token's issuer.
		AlreadyTokenIssuer,
		/// The token's supply is kept by another pallet (a basket's token): no agent, its
		/// issuer included, issues, burns, freezes, pauses, forces or recovers it, and the
		/// role cannot be granted (the network and its holders keep their powers).
		PowerWithheld,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::run_scheduled_checkpoints(now)
		}

		fn integrity_test() {
			assert!(
				T::MaxCheckpoints::get() > 0,
				"MaxCheckpoints must be at least 1"
			);
			assert!(T::MaxBatch::get() > 0, "MaxBatch must be at least 1");
			assert!(T::MaxAgents::get() > 0, "MaxAgents must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits `who` as an issuer. Admin origin.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit_issuer())]
		pub fn admit_issuer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_admit_issuer(who)
		}

		/// Removes an issuer. Its tokens stay and their holders keep transferring them, but
		/// neither the issuer nor the agents it appointed may act on them (issue, burn, freeze,
		/// grant roles, administer compliance) until it is admitted again. Admin origin.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_issuer())]
		pub fn remove_issuer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_remove_issuer(who)
		}

		/// Creates a token from its definition, holding [`Config::TokenDeposit`] from the
		/// caller, who must be an admitted issuer.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::create_token())]
		pub fn create_token(
			origin: OriginFor<T>,
			definition: Box<SecurityDefinition<T::Balance>>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_create_token(issuer, *definition).map(|_| ())
		}

		/// Grants `role` on `token` to `who`. Token issuer, or the token's holders
		/// ([`Config::HoldersOrigin`]).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::grant_role())]
		pub fn grant_role(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let details = Self::issuer_or_holders(origin, token)?;
			Self::do_grant_role(details, token, who, role)
		}

		/// Revokes `role` on `token` from `who`. Token issuer, or the token's holders.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke_role())]
		pub fn revoke_role(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let details = Self::issuer_or_holders(origin, token)?;
			Self::do_revoke_role(details, token, who, role)
		}

		/// Issues `amount` new tokens to `to`. Supply agent.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::issue().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn issue(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let agent = ensure_signed(origin)?;
			let used = Self::do_issue(&agent, token, to, amount)?;
			Ok(Some(used).into())
		}

		/// Issues to several accounts at once, all or nothing. Supply agent.
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::issue_batch(T::MaxBatch::get())
				.saturating_add(Pallet::<T>::movement_overhead().saturating_mul(T::MaxBatch::get().into()))
		)]
		pub fn issue_batch(
			origin: OriginFor<T>,
			token: TokenId,
			issues: BoundedVec<(T::AccountId, T::Balance), T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let agent = ensure_signed(origin)?;
			let used = Self::do_issue_batch(&agent, token, &issues)?;
			Ok(Some(used).into())
		}

		/// Burns `amount` of `from`'s tokens, unfreezing frozen tokens if it must. Supply agent.
		/// Works while the token is paused and on frozen accounts.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::burn().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn burn(
			origin: OriginFor<T>,
			token: TokenId,
			from: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let agent = ensure_signed(origin)?;
			let used = Self::do_burn(&agent, token, from, amount)?;
			Ok(Some(used).into())
		}

		/// Redeems (burns) `amount` of the caller's tokens, where the token's terms allow it.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::redeem().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn redeem(
			origin: OriginFor<T>,
			token: TokenId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let holder = ensure_signed(origin)?;
			let used = Self::do_redeem(holder, token, amount)?;
			Ok(Some(used).into())
		}

		/// Transfers `amount` of the caller's tokens to `to`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::transfer().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn transfer(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let from = ensure_signed(origin)?;
			let used = Self::do_transfer(&from, token, &to, amount)?;
			Ok(Some(used).into())
		}

		/// Lets `spender` move up to `amount` of the caller's tokens (replacing any previous
		/// allowance; zero removes it).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::approve())]
		pub fn approve(
			origin: OriginFor<T>,
			token: TokenId,
			spender: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_approve(owner, token, spender, amount)
		}

		/// Moves `amount` from `from` to `to` within the caller's allowance. The caller (the
		/// spender) is checked like the two sides: it must not be frozen, and the transfer
		/// check sees it as the operator.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::transfer_from().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn transfer_from(
			origin: OriginFor<T>,
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let spender = ensure_signed(origin)?;
			let used = Self::do_transfer_from(&spender, token, from, to, amount)?;
			Ok(Some(used).into())
		}

		/// Transfers to several accounts at once, all or nothing.
		#[pallet::call_index(12)]
		#[pallet::weight(
			T::WeightInfo::transfer_batch(T::MaxBatch::get())
				.saturating_add(Pallet::<T>::movement_overhead().saturating_mul(T::MaxBatch::get().into()))
		)]
		pub fn transfer_batch(
			origin: OriginFor<T>,
			token: TokenId,
			transfers: BoundedVec<(T::AccountId, T::Balance), T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let from = ensure_signed(origin)?;
			let used = Self::do_transfer_batch(&from, token, &transfers)?;
			Ok(Some(used).into())
		}

		/// Pauses holder-initiated movements (transfers, redemptions, issuance). Freezer, the
		/// token's holders, or the admin origin (the network) on any token.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn pause(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let (by, details) = Self::pause_authority(origin, token)?;
			Self::do_set_paused(by, token, details, true)
		}

		/// Resumes a paused token. Freezer, the token's holders, or the admin origin.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::unpause())]
		pub fn unpause(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let (by, details) = Self::pause_authority(origin, token)?;
			Self::do_set_paused(by, token, details, false)
		}

		/// Freezes `who`: it can neither send nor receive by its own or a spender's action.
		/// Freezer, or the admin origin.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::freeze_account())]
		pub fn freeze_account(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
		) -> DispatchResult {
			let (by, _) = Self::authority(origin, token, Role::Freezer)?;
			Self::do_freeze_account(by, token, who)
		}

		/// Unfreezes `who`. Freezer, or the admin origin.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::unfreeze_account())]
		pub fn unfreeze_account(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
		) -> DispatchResult {
			let (by, _) = Self::authority(origin, token, Role::Freezer)?;
			Self::do_unfreeze_account(by, token, who)
		}

		/// Freezes `amount` more of `who`'s balance (the frozen part cannot exceed the
		/// balance). Freezer, or the admin origin.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::freeze_tokens())]
		pub fn freeze_tokens(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let (by, _) = Self::authority(origin, token, Role::Freezer)?;
			Self::do_freeze_tokens(by, token, who, amount)
		}

		/// Releases `amount` of `who`'s frozen tokens. Freezer, or the admin origin.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::unfreeze_tokens())]
		pub fn unfreeze_tokens(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let (by, _) = Self::authority(origin, token, Role::Freezer)?;
			Self::do_unfreeze_tokens(by, token, who, amount)
		}

		/// Moves `amount` from `from` to `to` without `from`'s consent, for a stated reason.
		/// Passes pauses and account freezes; unfreezes only the frozen tokens it needs.
		/// The transfer check still applies. Controller, or the admin origin (a court order).
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::force_transfer().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn force_transfer(
			origin: OriginFor<T>,
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			reason: BoundedVec<u8, T::MaxReasonLen>,
		) -> DispatchResultWithPostInfo {
			let (by, details) = Self::authority(origin, token, Role::Controller)?;
			let used = Self::do_force_transfer(by, details, token, from, to, amount, reason)?;
			Ok(Some(used).into())
		}

		/// Moves the whole balance of a lost account to `new`, with its frozen part and its
		/// account freeze; the lost account is left frozen. Recovery agent.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::recover().saturating_add(Pallet::<T>::movement_overhead()))]
		pub fn recover(
			origin: OriginFor<T>,
			token: TokenId,
			lost: T::AccountId,
			new: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let agent = ensure_signed(origin)?;
			let used = Self::do_recover(&agent, token, lost, new)?;
			Ok(Some(used).into())
		}

		/// Adds a legal document. Document agent.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::add_document())]
		pub fn add_document(
			origin: OriginFor<T>,
			token: TokenId,
			document: LegalDocument,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::do_add_document(&agent, token, document)
		}

		/// Replaces the document of the same name with a new version. Document agent.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::replace_document())]
		pub fn replace_document(
			origin: OriginFor<T>,
			token: TokenId,
			document: LegalDocument,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::do_replace_document(&agent, token, document)
		}

		/// Removes a document. Document agent.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::remove_document())]
		pub fn remove_document(
			origin: OriginFor<T>,
			token: TokenId,
			name: Label,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::do_remove_document(&agent, token, name)
		}

		/// Records a checkpoint of every balance and the supply now. Checkpoint agent.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::create_checkpoint())]
		pub fn create_checkpoint(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::do_create_checkpoint(&agent, token)
		}

		/// Schedules a checkpoint at the start of block `at` (before its extrinsics).
		/// Checkpoint agent.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::schedule_checkpoint())]
		pub fn schedule_checkpoint(
			origin: OriginFor<T>,
			token: TokenId,
			at: BlockNumberFor<T>,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::do_schedule_checkpoint(&agent, token, at)
		}

		/// Cancels a scheduled checkpoint. Checkpoint agent.
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::cancel_checkpoint())]
		pub fn cancel_checkpoint(
			origin: OriginFor<T>,
			token: TokenId,
			at: BlockNumberFor<T>,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::do_cancel_checkpoint(&agent, token, at)
		}

		/// Hands `token` to `to`, an admitted issuer: `to` pays the token deposit, the old
		/// issuer's is released, and the old issuer's agents lose their roles. Admin origin
		/// (the network: when an issuer is removed, its tokens need someone who answers for
		/// them), or the token's holders (replacing their issuer).
		#[pallet::call_index(27)]
		#[pallet::weight(
			T::WeightInfo::hand_over(T::MaxAgents::get()).saturating_add(T::OnHandOver::weight())
		)]
		pub fn hand_over(origin: OriginFor<T>, token: TokenId, to: T::AccountId) -> DispatchResult {
			if let Err(origin) = T::AdminOrigin::try_origin(origin) {
				T::HoldersOrigin::ensure_origin(origin, &token)?;
			}
			Self::do_hand_over(token, to)
		}
	}
}
