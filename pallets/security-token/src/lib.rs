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
//! Admin origin: `admit_issuer`, `remove_issuer`.
//! Issuer: `create_token`, `grant_role`, `revoke_role`.
//! Supply agent: `issue`, `issue_batch`, `burn`. Freezer: `pause`, `unpause`,
//! `freeze_account`, `unfreeze_account`, `freeze_tokens`, `unfreeze_tokens`. Controller:
//! `force_transfer`. Recovery agent: `recover`. Document agent: `add_document`,
//! `replace_document`, `remove_document`. Checkpoint agent: `create_checkpoint`,
//! `schedule_checkpoint`, `cancel_checkpoint`.
//! Holders: `transfer`, `transfer_batch`, `approve`, `transfer_from`, `redeem`.
//!
//! Queries: the `SecurityTokenApi` runtime API (see `vellum_primitives::api`), answered by
//! the `Pallet::api_*` functions.
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
	traits::{fungible::MutateHold, Contains, UnixTime},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchError,
};
use vellum_primitives::{
	api::{AccountPosition, CheckpointInfo, TokenInfo, TokenSummary},
	ledger::{
		BalanceUpdate, LedgerState, Movement, MovementKind, OnBalanceChange, ReasonCode, Role,
		Roles, SecurityLedger, TransferCheck,
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

		/// Admits and removes issuers.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Asked before every movement (compliance; `()` allows everything).
		type TransferCheck: TransferCheck<Self::AccountId, Self::Balance>;

		/// Called after every movement.
		type OnBalanceChange: OnBalanceChange<Self::AccountId, Self::Balance>;

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

	/// Allowances: (token, owner, spender) → amount the spender may move.
	#[pallet::storage]
	pub type Allowances<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, TokenId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		T::Balance,
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
		/// An allowance was set.
		Approved {
			token: TokenId,
			owner: T::AccountId,
			spender: T::AccountId,
			amount: T::Balance,
		},
		/// Holder-initiated movements of a token are paused.
		Paused { token: TokenId },
		/// Holder-initiated movements of a token resumed.
		Unpaused { token: TokenId },
		/// An account was frozen.
		AccountFrozen { token: TokenId, who: T::AccountId },
		/// An account was unfrozen.
		AccountUnfrozen { token: TokenId, who: T::AccountId },
		/// Part of a balance was frozen (`frozen`: the frozen total now).
		TokensFrozen {
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
			frozen: T::Balance,
		},
		/// Part of a frozen balance was released (`frozen`: the frozen total now).
		TokensUnfrozen {
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
			frozen: T::Balance,
		},
		/// A controller forced a transfer (`unfrozen`: frozen tokens it had to unfreeze).
		ForcedTransfer {
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			unfrozen: T::Balance,
			reason: BoundedVec<u8, T::MaxReasonLen>,
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
		/// A checkpoint was scheduled for the start of block `at`.
		CheckpointScheduled {
			token: TokenId,
			at: BlockNumberFor<T>,
		},
		/// A scheduled checkpoint was cancelled.
		CheckpointCancelled {
			token: TokenId,
			at: BlockNumberFor<T>,
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
		BadJurisdiction,
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
		/// The sending account is frozen.
		Frozen,
		/// The receiving account is frozen.
		ReceiverFrozen,
		/// The spender's account is frozen.
		SpenderFrozen,
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
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = ScheduledCheckpoints::<T>::take(now);
			for token in &due {
				let mut blocks = TokenSchedules::<T>::get(token);
				blocks.retain(|b| *b != now);
				Self::put_schedules(*token, blocks);
				if let Some(mut details) = Tokens::<T>::get(token) {
					if Self::do_checkpoint(*token, &mut details).is_ok() {
						Tokens::<T>::insert(token, details);
					}
				}
			}
			T::WeightInfo::on_initialize_checkpoints(due.len() as u32)
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
			ensure!(!Issuers::<T>::contains_key(&who), Error::<T>::AlreadyIssuer);
			Issuers::<T>::insert(&who, ());
			Self::deposit_event(Event::IssuerAdmitted { who });
			Ok(())
		}

		/// Removes an issuer. Its tokens stay and their holders keep transferring them, but
		/// neither the issuer nor the agents it appointed may act on them (issue, burn, freeze,
		/// grant roles, administer compliance) until it is admitted again. Admin origin.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_issuer())]
		pub fn remove_issuer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Issuers::<T>::take(&who).is_some(), Error::<T>::NotIssuer);
			Self::deposit_event(Event::IssuerRemoved { who });
			Ok(())
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

		/// Grants `role` on `token` to `who`. Token issuer only.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::grant_role())]
		pub fn grant_role(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let mut details = Self::token_issued_by(token, &caller)?;
			let mut roles = Agents::<T>::get(token, &who).unwrap_or_default();
			ensure!(!roles.contains(role), Error::<T>::RoleAlreadyGranted);
			if roles.is_empty() {
				ensure!(
					details.agents < T::MaxAgents::get(),
					Error::<T>::TooManyAgents
				);
				details.agents.saturating_inc();
				Tokens::<T>::insert(token, details);
			}
			roles.insert(role);
			Agents::<T>::insert(token, &who, roles);
			Self::deposit_event(Event::RoleGranted { token, who, role });
			Ok(())
		}

		/// Revokes `role` on `token` from `who`. Token issuer only.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke_role())]
		pub fn revoke_role(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			role: Role,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let mut details = Self::token_issued_by(token, &caller)?;
			let mut roles = Agents::<T>::get(token, &who).unwrap_or_default();
			ensure!(roles.contains(role), Error::<T>::RoleNotGranted);
			roles.remove(role);
			if roles.is_empty() {
				Agents::<T>::remove(token, &who);
				details.agents.saturating_dec();
				Tokens::<T>::insert(token, details);
			} else {
				Agents::<T>::insert(token, &who, roles);
			}
			Self::deposit_event(Event::RoleRevoked { token, who, role });
			Ok(())
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
			let mut details = Self::ensure_role(token, &agent, Role::Supply)?;
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(token, MovementKind::Issue, None, Some(&to), amount).by(&agent),
			)?;
			Self::deposit_event(Event::Issued { token, to, amount });
			Ok(Some(Self::actual_weight(
				T::WeightInfo::issue(),
				token,
				moved.unused,
				1,
			))
			.into())
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
			ensure!(!issues.is_empty(), Error::<T>::EmptyBatch);
			let mut details = Self::ensure_role(token, &agent, Role::Supply)?;
			let mut unused = Weight::zero();
			for (to, amount) in &issues {
				let moved = Self::do_move_with(
					&mut details,
					&Movement::new(token, MovementKind::Issue, None, Some(to), *amount).by(&agent),
				)?;
				unused.saturating_accrue(moved.unused);
				Self::deposit_event(Event::Issued {
					token,
					to: to.clone(),
					amount: *amount,
				});
			}
			let n = issues.len() as u32;
			Ok(Some(Self::actual_weight(
				T::WeightInfo::issue_batch(n),
				token,
				unused,
				n,
			))
			.into())
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
			let mut details = Self::ensure_role(token, &agent, Role::Supply)?;
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(token, MovementKind::Burn, Some(&from), None, amount).by(&agent),
			)?;
			Self::deposit_event(Event::Burned {
				token,
				from,
				amount,
				unfrozen: moved.unfrozen,
			});
			Ok(Some(Self::actual_weight(
				T::WeightInfo::burn(),
				token,
				moved.unused,
				1,
			))
			.into())
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
			let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
			match details.redemption {
				RedemptionRule::Never => return Err(Error::<T>::RedemptionNotAllowed.into()),
				RedemptionRule::Anytime => {}
				RedemptionRule::From(maturity) => ensure!(
					T::UnixTime::now().as_millis() >= u128::from(maturity),
					Error::<T>::NotMatured
				),
			}
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(token, MovementKind::Redeem, Some(&holder), None, amount),
			)?;
			Self::deposit_event(Event::Redeemed {
				token,
				holder,
				amount,
			});
			Ok(Some(Self::actual_weight(
				T::WeightInfo::redeem(),
				token,
				moved.unused,
				1,
			))
			.into())
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
			let moved = Self::do_move(&Movement::new(
				token,
				MovementKind::Transfer,
				Some(&from),
				Some(&to),
				amount,
			))?;
			Self::deposit_event(Event::Transferred {
				token,
				from,
				to,
				amount,
			});
			Ok(Some(Self::transfer_weight(token, moved.unused)).into())
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
			ensure!(Tokens::<T>::contains_key(token), Error::<T>::UnknownToken);
			ensure!(owner != spender, Error::<T>::SameAccount);
			if amount.is_zero() {
				Allowances::<T>::remove((token, &owner, &spender));
			} else {
				Allowances::<T>::insert((token, &owner, &spender), amount);
			}
			Self::deposit_event(Event::Approved {
				token,
				owner,
				spender,
				amount,
			});
			Ok(())
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
			let allowance = Allowances::<T>::get((token, &from, &spender)).unwrap_or_default();
			let Some(left) = allowance.checked_sub(&amount) else {
				ensure!(Tokens::<T>::contains_key(token), Error::<T>::UnknownToken);
				return Err(Error::<T>::InsufficientAllowance.into());
			};
			let moved = Self::do_move(
				&Movement::new(
					token,
					MovementKind::Transfer,
					Some(&from),
					Some(&to),
					amount,
				)
				.by(&spender),
			)?;
			if left.is_zero() {
				Allowances::<T>::remove((token, &from, &spender));
			} else {
				Allowances::<T>::insert((token, &from, &spender), left);
			}
			Self::deposit_event(Event::Transferred {
				token,
				from,
				to,
				amount,
			});
			Ok(Some(Self::actual_weight(
				T::WeightInfo::transfer_from(),
				token,
				moved.unused,
				1,
			))
			.into())
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
			ensure!(!transfers.is_empty(), Error::<T>::EmptyBatch);
			let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
			let mut unused = Weight::zero();
			for (to, amount) in &transfers {
				let moved = Self::do_move_with(
					&mut details,
					&Movement::new(
						token,
						MovementKind::Transfer,
						Some(&from),
						Some(to),
						*amount,
					),
				)?;
				unused.saturating_accrue(moved.unused);
				Self::deposit_event(Event::Transferred {
					token,
					from: from.clone(),
					to: to.clone(),
					amount: *amount,
				});
			}
			let n = transfers.len() as u32;
			Ok(Some(Self::actual_weight(
				T::WeightInfo::transfer_batch(n),
				token,
				unused,
				n,
			))
			.into())
		}

		/// Pauses holder-initiated movements (transfers, redemptions, issuance). Freezer.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn pause(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			let mut details = Self::ensure_role(token, &agent, Role::Freezer)?;
			ensure!(!details.paused, Error::<T>::AlreadyPaused);
			details.paused = true;
			Tokens::<T>::insert(token, details);
			Self::deposit_event(Event::Paused { token });
			Ok(())
		}

		/// Resumes a paused token. Freezer.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::unpause())]
		pub fn unpause(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			let mut details = Self::ensure_role(token, &agent, Role::Freezer)?;
			ensure!(details.paused, Error::<T>::NotPaused);
			details.paused = false;
			Tokens::<T>::insert(token, details);
			Self::deposit_event(Event::Unpaused { token });
			Ok(())
		}

		/// Freezes `who`: it can neither send nor receive by its own or a spender's action.
		/// Freezer.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::freeze_account())]
		pub fn freeze_account(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::ensure_role(token, &agent, Role::Freezer)?;
			ensure!(!T::Custodians::contains(&who), Error::<T>::CustodianAccount);
			let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
			ensure!(!holding.account_frozen, Error::<T>::AlreadyFrozen);
			holding.account_frozen = true;
			Holdings::<T>::insert(token, &who, holding);
			Self::deposit_event(Event::AccountFrozen { token, who });
			Ok(())
		}

		/// Unfreezes `who`. Freezer.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::unfreeze_account())]
		pub fn unfreeze_account(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::ensure_role(token, &agent, Role::Freezer)?;
			let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
			ensure!(holding.account_frozen, Error::<T>::NotFrozen);
			holding.account_frozen = false;
			Self::write_holding(token, &who, &holding);
			Self::deposit_event(Event::AccountUnfrozen { token, who });
			Ok(())
		}

		/// Freezes `amount` more of `who`'s balance (the frozen part cannot exceed the
		/// balance). Freezer.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::freeze_tokens())]
		pub fn freeze_tokens(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::ensure_role(token, &agent, Role::Freezer)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(!T::Custodians::contains(&who), Error::<T>::CustodianAccount);
			let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
			let frozen = holding
				.frozen
				.checked_add(&amount)
				.ok_or(Error::<T>::Overflow)?;
			ensure!(frozen <= holding.balance, Error::<T>::FreezeExceedsBalance);
			holding.frozen = frozen;
			Holdings::<T>::insert(token, &who, holding);
			Self::deposit_event(Event::TokensFrozen {
				token,
				who,
				amount,
				frozen,
			});
			Ok(())
		}

		/// Releases `amount` of `who`'s frozen tokens. Freezer.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::unfreeze_tokens())]
		pub fn unfreeze_tokens(
			origin: OriginFor<T>,
			token: TokenId,
			who: T::AccountId,
			amount: T::Balance,
		) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			Self::ensure_role(token, &agent, Role::Freezer)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
			let frozen = holding
				.frozen
				.checked_sub(&amount)
				.ok_or(Error::<T>::UnfreezeExceedsFrozen)?;
			holding.frozen = frozen;
			Self::write_holding(token, &who, &holding);
			Self::deposit_event(Event::TokensUnfrozen {
				token,
				who,
				amount,
				frozen,
			});
			Ok(())
		}

		/// Moves `amount` from `from` to `to` without `from`'s consent, for a stated reason.
		/// Passes pauses and account freezes; unfreezes only the frozen tokens it needs.
		/// The transfer check still applies. Controller.
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
			let agent = ensure_signed(origin)?;
			let mut details = Self::ensure_role(token, &agent, Role::Controller)?;
			ensure!(!reason.is_empty(), Error::<T>::EmptyReason);
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(
					token,
					MovementKind::ForcedTransfer,
					Some(&from),
					Some(&to),
					amount,
				)
				.by(&agent),
			)?;
			Self::deposit_event(Event::ForcedTransfer {
				token,
				from,
				to,
				amount,
				unfrozen: moved.unfrozen,
				reason,
			});
			Ok(Some(Self::actual_weight(
				T::WeightInfo::force_transfer(),
				token,
				moved.unused,
				1,
			))
			.into())
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
			let mut details = Self::ensure_role(token, &agent, Role::Recovery)?;
			let holding = Holdings::<T>::get(token, &lost).unwrap_or_default();
			ensure!(!holding.balance.is_zero(), Error::<T>::NothingToRecover);
			let amount = holding.balance;
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(
					token,
					MovementKind::Recovery,
					Some(&lost),
					Some(&new),
					amount,
				)
				.by(&agent),
			)?;
			Self::deposit_event(Event::Recovered {
				token,
				lost,
				new,
				amount,
				frozen: holding.frozen,
			});
			Ok(Some(Self::actual_weight(
				T::WeightInfo::recover(),
				token,
				moved.unused,
				1,
			))
			.into())
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
			Self::ensure_role(token, &agent, Role::Documents)?;
			ensure!(
				!document.name.is_empty() && !document.uri.is_empty(),
				Error::<T>::BadDocument
			);
			let name = document.name.clone();
			Definitions::<T>::try_mutate(token, |def| {
				let def = def.as_mut().ok_or(Error::<T>::UnknownToken)?;
				ensure!(
					!def.documents.iter().any(|d| d.name == document.name),
					Error::<T>::DuplicateDocument
				);
				def.documents
					.try_push(document)
					.map_err(|_| Error::<T>::TooManyDocuments)
			})?;
			Self::deposit_event(Event::DocumentAdded { token, name });
			Ok(())
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
			Self::ensure_role(token, &agent, Role::Documents)?;
			ensure!(!document.uri.is_empty(), Error::<T>::BadDocument);
			let name = document.name.clone();
			Definitions::<T>::try_mutate(token, |def| {
				let def = def.as_mut().ok_or(Error::<T>::UnknownToken)?;
				let slot = def
					.documents
					.iter_mut()
					.find(|d| d.name == document.name)
					.ok_or(Error::<T>::UnknownDocument)?;
				*slot = document;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::DocumentReplaced { token, name });
			Ok(())
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
			Self::ensure_role(token, &agent, Role::Documents)?;
			Definitions::<T>::try_mutate(token, |def| {
				let def = def.as_mut().ok_or(Error::<T>::UnknownToken)?;
				let before = def.documents.len();
				def.documents.retain(|d| d.name != name);
				ensure!(def.documents.len() < before, Error::<T>::UnknownDocument);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::DocumentRemoved { token, name });
			Ok(())
		}

		/// Records a checkpoint of every balance and the supply now. Checkpoint agent.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::create_checkpoint())]
		pub fn create_checkpoint(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let agent = ensure_signed(origin)?;
			let mut details = Self::ensure_role(token, &agent, Role::Checkpoints)?;
			Self::do_checkpoint(token, &mut details)?;
			Tokens::<T>::insert(token, details);
			Ok(())
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
			Self::ensure_role(token, &agent, Role::Checkpoints)?;
			ensure!(
				at > frame_system::Pallet::<T>::block_number(),
				Error::<T>::ScheduleInPast
			);
			TokenSchedules::<T>::try_mutate(token, |blocks| {
				let pos = blocks
					.binary_search(&at)
					.err()
					.ok_or(Error::<T>::AlreadyScheduled)?;
				blocks
					.try_insert(pos, at)
					.map_err(|_| Error::<T>::TooManySchedules)
			})?;
			ScheduledCheckpoints::<T>::try_mutate(at, |tokens| tokens.try_push(token))
				.map_err(|_| Error::<T>::BlockScheduleFull)?;
			Self::deposit_event(Event::CheckpointScheduled { token, at });
			Ok(())
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
			Self::ensure_role(token, &agent, Role::Checkpoints)?;
			let mut blocks = TokenSchedules::<T>::get(token);
			let pos = blocks
				.binary_search(&at)
				.map_err(|_| Error::<T>::UnknownSchedule)?;
			blocks.remove(pos);
			Self::put_schedules(token, blocks);
			ScheduledCheckpoints::<T>::mutate_exists(at, |tokens| {
				if let Some(list) = tokens {
					list.retain(|t| *t != token);
					if list.is_empty() {
						*tokens = None;
					}
				}
			});
			Self::deposit_event(Event::CheckpointCancelled { token, at });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// What every movement may cost beyond the pallet's own work: the transfer check (at its
	/// most) and the hooks. Charged up front.
	pub fn movement_overhead() -> Weight {
		T::TransferCheck::max_weight().saturating_add(T::OnBalanceChange::max_weight())
	}

	/// What a movement of `token` costs beyond the pallet's own work. Charged after the fact.
	fn movement_cost(token: TokenId) -> Weight {
		T::TransferCheck::weight(token).saturating_add(T::OnBalanceChange::weight(token))
	}

	/// The weight a call that made `n` movements of `token` really used: its benchmarked
	/// (worst-case) weight less the storage accesses its movements skipped, plus the actual
	/// cost of the transfer check and hooks.
	fn actual_weight(benchmarked: Weight, token: TokenId, unused: Weight, n: u32) -> Weight {
		benchmarked
			.saturating_sub(unused)
			.saturating_add(Self::movement_cost(token).saturating_mul(n.into()))
	}

	/// What a `transfer` really used: its worst case less the storage accesses it skipped,
	/// or, when it skipped every one the typical path skips (no history touched, the token
	/// record not written), the benchmarked typical transfer if that is less (its proof size
	/// too: the worst case's is dominated by the histories). Plus the check and hooks.
	fn transfer_weight(token: TokenId, unused: Weight) -> Weight {
		let refunded = Self::actual_weight(T::WeightInfo::transfer(), token, unused, 1);
		if unused == T::DbWeight::get().reads_writes(2, 3) {
			let typical =
				T::WeightInfo::transfer_typical().saturating_add(Self::movement_cost(token));
			refunded.min(typical)
		} else {
			refunded
		}
	}

	/// The token, if `who` issued it.
	fn token_issued_by(
		token: TokenId,
		who: &T::AccountId,
	) -> Result<TokenDetailsOf<T>, DispatchError> {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(&details.issuer == who, Error::<T>::NotTokenIssuer);
		Self::ensure_admitted(&details)?;
		Ok(details)
	}

	/// The token, if `who` is its issuer or an agent with `role`, and its issuer is still
	/// admitted.
	fn ensure_role(
		token: TokenId,
		who: &T::AccountId,
		role: Role,
	) -> Result<TokenDetailsOf<T>, DispatchError> {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		let allowed = &details.issuer == who
			|| Agents::<T>::get(token, who).is_some_and(|roles| roles.contains(role));
		ensure!(allowed, Error::<T>::NoPermission);
		Self::ensure_admitted(&details)?;
		Ok(details)
	}

	/// `IssuerRemoved` unless the token's issuer is admitted: a removed issuer's powers end,
	/// and so do those of the agents it appointed (which would otherwise carry them on).
	fn ensure_admitted(details: &TokenDetailsOf<T>) -> DispatchResult {
		ensure!(
			Issuers::<T>::contains_key(&details.issuer),
			Error::<T>::IssuerRemoved
		);
		Ok(())
	}

	/// Writes a token's schedule, or removes it when empty.
	fn put_schedules(
		token: TokenId,
		blocks: BoundedVec<BlockNumberFor<T>, T::MaxSchedulesPerToken>,
	) {
		if blocks.is_empty() {
			TokenSchedules::<T>::remove(token);
		} else {
			TokenSchedules::<T>::insert(token, blocks);
		}
	}

	/// Writes a holding, or removes it when it carries nothing.
	fn write_holding(token: TokenId, who: &T::AccountId, holding: &Holding<T::Balance>) {
		if holding.is_empty() {
			Holdings::<T>::remove(token, who);
		} else {
			Holdings::<T>::insert(token, who, holding);
		}
	}

	pub(crate) fn do_create_token(
		issuer: T::AccountId,
		definition: SecurityDefinition<T::Balance>,
	) -> Result<TokenId, DispatchError> {
		ensure!(Issuers::<T>::contains_key(&issuer), Error::<T>::NotIssuer);
		definition.validate().map_err(Self::definition_error)?;
		if let vellum_primitives::security::InstrumentTerms::ConvertibleDebt {
			conversion, ..
		} = &definition.terms
		{
			ensure!(
				Tokens::<T>::contains_key(conversion.target),
				Error::<T>::UnknownConversionTarget
			);
		}
		let token = NextTokenId::<T>::get();
		let next = token.checked_add(1).ok_or(Error::<T>::TokenIdsExhausted)?;
		let deposit = T::TokenDeposit::get();
		T::Currency::hold(&HoldReason::TokenDeposit.into(), &issuer, deposit)?;
		let redemption = match (definition.redemption, definition.terms.maturity()) {
			(Redemption::Never, _) => RedemptionRule::Never,
			(Redemption::Anytime, _) => RedemptionRule::Anytime,
			(Redemption::AtMaturity, Some(m)) => RedemptionRule::From(m),
			(Redemption::AtMaturity, None) => {
				return Err(Error::<T>::RedemptionWithoutMaturity.into())
			}
		};
		let class = definition.terms.class();
		Tokens::<T>::insert(
			token,
			TokenDetails {
				issuer: issuer.clone(),
				class,
				jurisdiction: definition.jurisdiction,
				supply: Zero::zero(),
				max_supply: definition.max_supply,
				holders: 0,
				paused: false,
				redemption,
				deposit,
				agents: 0,
				checkpoint: 0,
			},
		);
		Definitions::<T>::insert(token, definition);
		NextTokenId::<T>::put(next);
		Self::deposit_event(Event::TokenCreated {
			token,
			issuer,
			class,
			deposit,
		});
		Ok(token)
	}

	fn definition_error(e: DefinitionError) -> DispatchError {
		match e {
			DefinitionError::BadName => Error::<T>::BadName,
			DefinitionError::BadSymbol => Error::<T>::BadSymbol,
			DefinitionError::TooManyDecimals => Error::<T>::TooManyDecimals,
			DefinitionError::ZeroMaxSupply => Error::<T>::ZeroMaxSupply,
			DefinitionError::BadJurisdiction => Error::<T>::BadJurisdiction,
			DefinitionError::BadIdentifier => Error::<T>::BadIdentifier,
			DefinitionError::BadTerms => Error::<T>::BadTerms,
			DefinitionError::RedemptionWithoutMaturity => Error::<T>::RedemptionWithoutMaturity,
			DefinitionError::BadDocument => Error::<T>::BadDocument,
			DefinitionError::DuplicateDocument => Error::<T>::DuplicateDocument,
		}
		.into()
	}

	/// The pallet error for a reason code it produces itself.
	fn reason_error(r: ReasonCode) -> DispatchError {
		match r {
			ReasonCode::UnknownToken => Error::<T>::UnknownToken,
			ReasonCode::TokenPaused => Error::<T>::TokenPaused,
			ReasonCode::ZeroAmount => Error::<T>::ZeroAmount,
			ReasonCode::SameAccount => Error::<T>::SameAccount,
			ReasonCode::SenderFrozen => Error::<T>::Frozen,
			ReasonCode::ReceiverFrozen => Error::<T>::ReceiverFrozen,
			ReasonCode::OperatorFrozen => Error::<T>::SpenderFrozen,
			ReasonCode::InsufficientBalance => Error::<T>::InsufficientBalance,
			ReasonCode::BalanceFrozen => Error::<T>::BalanceFrozen,
			ReasonCode::InsufficientAllowance => Error::<T>::InsufficientAllowance,
			ReasonCode::MaxSupplyExceeded => Error::<T>::MaxSupplyExceeded,
			ReasonCode::CustodianAccount => Error::<T>::CustodianAccount,
			// Codes of other pallets' rules never come from `evaluate`.
			_ => Error::<T>::Overflow,
		}
		.into()
	}

	pub(crate) fn policy(kind: MovementKind) -> Policy {
		let policy = |paused_refuses, freezes_refuse, unfreezes, carries_frozen| Policy {
			paused_refuses,
			freezes_refuse,
			unfreezes,
			carries_frozen,
		};
		match kind {
			MovementKind::Issue
			| MovementKind::Transfer
			| MovementKind::Redeem
			| MovementKind::IntoCustody => policy(true, true, false, false),
			// A settlement completes a transfer begun before any pause (its deposit was
			// refused while paused); its parties' freezes still stop it.
			MovementKind::Settlement => policy(false, true, false, false),
			MovementKind::CustodyReturn => policy(false, false, false, false),
			MovementKind::Burn | MovementKind::ForcedTransfer => policy(false, false, true, false),
			MovementKind::Recovery => policy(false, false, false, true),
		}
	}

	/// Whether a movement's accounts fit its kind: a custodian's account takes part only in
	/// custody movements, as their custodian side, and only with the custodian named; an
	/// issuance may name a custodian as its authority.
	fn custody_shape_holds(m: &Movement<T::AccountId, T::Balance>) -> bool {
		let custodian = |who: Option<&T::AccountId>| who.is_some_and(T::Custodians::contains);
		let named = m.custodian.is_some_and(T::Custodians::contains);
		match m.kind {
			MovementKind::IntoCustody => named && m.to == m.custodian && !custodian(m.from),
			MovementKind::Settlement => {
				named && m.from == m.custodian && !custodian(m.to) && m.beneficiary.is_some()
			}
			MovementKind::CustodyReturn => named && m.from == m.custodian && !custodian(m.to),
			MovementKind::Issue => {
				(m.custodian.is_none() || named) && !custodian(m.to) && m.beneficiary.is_none()
			}
			_ => {
				m.custodian.is_none()
					&& m.beneficiary.is_none()
					&& !custodian(m.from)
					&& !custodian(m.to)
					&& !custodian(m.operator)
			}
		}
	}

	/// The pallet's own rules for a movement. Calls `refuse` with each failed rule, in a fixed
	/// order, until it answers `Break`. Shared by `do_move` (first failure) and
	/// `can_transfer` (all failures), so the two never disagree.
	fn evaluate(
		m: &Movement<T::AccountId, T::Balance>,
		details: &TokenDetailsOf<T>,
		parties: &Parties<T::Balance>,
		refuse: &mut dyn FnMut(ReasonCode) -> ControlFlow<()>,
	) -> ControlFlow<()> {
		let policy = Self::policy(m.kind);
		if !Self::custody_shape_holds(m) {
			refuse(ReasonCode::CustodianAccount)?;
		}
		if m.amount.is_zero() {
			refuse(ReasonCode::ZeroAmount)?;
		}
		if m.from.is_some() && m.from == m.to {
			refuse(ReasonCode::SameAccount)?;
		}
		if m.beneficiary.is_some() && m.beneficiary == m.to {
			refuse(ReasonCode::SameAccount)?;
		}
		if policy.paused_refuses && details.paused {
			refuse(ReasonCode::TokenPaused)?;
		}
		if policy.freezes_refuse {
			// The sender is the beneficiary when the custodian pays out.
			let sender = parties.beneficiary.as_ref().or(parties.from.as_ref());
			if sender.is_some_and(|h| h.account_frozen) {
				refuse(ReasonCode::SenderFrozen)?;
			}
			if parties.to.as_ref().is_some_and(|h| h.account_frozen) {
				refuse(ReasonCode::ReceiverFrozen)?;
			}
			if parties.operator.as_ref().is_some_and(|h| h.account_frozen) {
				refuse(ReasonCode::OperatorFrozen)?;
			}
		}
		if let Some(h) = &parties.from {
			if h.balance < m.amount {
				refuse(ReasonCode::InsufficientBalance)?;
			} else if !policy.unfreezes && !policy.carries_frozen && h.unfrozen() < m.amount {
				refuse(ReasonCode::BalanceFrozen)?;
			}
		}
		if let Some(h) = &parties.to {
			// Only overflows if the supply does too; checked anyway.
			if h.balance.checked_add(&m.amount).is_none() {
				refuse(ReasonCode::Overflow)?;
			}
		}
		if m.kind == MovementKind::Issue {
			match details.supply.checked_add(&m.amount) {
				Some(s) if s <= details.max_supply => {}
				Some(_) => refuse(ReasonCode::MaxSupplyExceeded)?,
				None => refuse(ReasonCode::Overflow)?,
			}
		}
		ControlFlow::Continue(())
	}

	/// The pallet's own rules for a movement, as the call's error: the first rule it fails.
	fn first_refusal(
		m: &Movement<T::AccountId, T::Balance>,
		details: &TokenDetailsOf<T>,
		parties: &Parties<T::Balance>,
	) -> DispatchResult {
		let mut failure = None;
		let _ = Self::evaluate(m, details, parties, &mut |r| {
			failure = Some(r);
			ControlFlow::Break(())
		});
		failure.map_or(Ok(()), |reason| Err(Self::reason_error(reason)))
	}

	/// The one path of every balance change: the pallet's rules, the transfer check, holder
	/// count, checkpoint history, the balances, the supply, the hooks. Returns the frozen
	/// tokens it had to unfreeze and the weight of the storage accesses it skipped compared
	/// with the benchmarked worst case (both sides' histories saved, the token written).
	/// Nothing is written unless every check passes.
	pub(crate) fn do_move(
		m: &Movement<T::AccountId, T::Balance>,
	) -> Result<Moved<T::Balance>, DispatchError> {
		let mut details = Tokens::<T>::get(m.token).ok_or(Error::<T>::UnknownToken)?;
		Self::do_move_with(&mut details, m)
	}

	/// [`do_move`](Self::do_move) for a caller that has read the token's details already
	/// (to check a role or the redemption terms, or for the next entry of a batch): they are
	/// updated and written back here.
	pub(crate) fn do_move_with(
		details: &mut TokenDetailsOf<T>,
		m: &Movement<T::AccountId, T::Balance>,
	) -> Result<Moved<T::Balance>, DispatchError> {
		let policy = Self::policy(m.kind);
		let parties = Self::load_holdings(m);

		Self::first_refusal(m, details, &parties)?;
		T::TransferCheck::check(m, &Self::ledger_state(m, details, &parties))?;
		let Parties {
			mut from, mut to, ..
		} = parties;
		// A custodian's balance is never counted as a holder's.
		let counted = |who: &T::AccountId| m.custodian != Some(who);

		let before_holders = details.holders;
		let before_supply = details.supply;
		let mut unfrozen = Zero::zero();
		let mut from_update = None;
		let mut carried = (Zero::zero(), false);
		let mut skipped_histories = 0u64;
		if let (Some(who), Some(h)) = (m.from, from.as_mut()) {
			if !Self::save_history(m.token, who, h, details.checkpoint) {
				skipped_histories += 1;
			}
			let old = h.balance;
			if policy.carries_frozen {
				carried = (h.frozen, h.account_frozen);
				h.frozen = Zero::zero();
				h.account_frozen = true;
			} else if h.unfrozen() < m.amount {
				// Only reachable for policies that unfreeze (evaluate refused the others).
				unfrozen = m.amount.saturating_sub(h.unfrozen());
				h.frozen = h.frozen.saturating_sub(unfrozen);
			}
			h.balance = old
				.checked_sub(&m.amount)
				.ok_or(Error::<T>::InsufficientBalance)?;
			if counted(who) && !old.is_zero() && h.balance.is_zero() {
				details.holders.saturating_dec();
			}
			from_update = Some(BalanceUpdate {
				old,
				new: h.balance,
			});
		}
		let mut to_update = None;
		if let (Some(who), Some(h)) = (m.to, to.as_mut()) {
			if !Self::save_history(m.token, who, h, details.checkpoint) {
				skipped_histories += 1;
			}
			let old = h.balance;
			h.balance = old.checked_add(&m.amount).ok_or(Error::<T>::Overflow)?;
			if policy.carries_frozen {
				h.frozen = h.frozen.saturating_add(carried.0);
				h.account_frozen |= carried.1;
			}
			if counted(who) && old.is_zero() && !h.balance.is_zero() {
				details.holders = details.holders.checked_add(1).ok_or(Error::<T>::Overflow)?;
			}
			to_update = Some(BalanceUpdate {
				old,
				new: h.balance,
			});
		}
		match (m.from, m.to) {
			(None, Some(_)) => {
				details.supply = details
					.supply
					.checked_add(&m.amount)
					.ok_or(Error::<T>::Overflow)?
			}
			(Some(_), None) => {
				details.supply = details
					.supply
					.checked_sub(&m.amount)
					.ok_or(Error::<T>::InsufficientBalance)?
			}
			_ => {}
		}

		if let (Some(who), Some(h)) = (m.from, from.as_ref()) {
			Self::write_holding(m.token, who, h);
		}
		if let (Some(who), Some(h)) = (m.to, to.as_ref()) {
			Self::write_holding(m.token, who, h);
		}
		let token_written = details.holders != before_holders || details.supply != before_supply;
		if token_written {
			Tokens::<T>::insert(m.token, &*details);
		}
		T::OnBalanceChange::on_balance_change(m, from_update, to_update);
		let skipped_writes = skipped_histories.saturating_add(u64::from(!token_written));
		Ok(Moved {
			unfrozen,
			unused: T::DbWeight::get().reads_writes(skipped_histories, skipped_writes),
		})
	}

	/// [`SecurityLedger::check_settlement`]: the ledger's own rules for the movement straight
	/// from the holder (or an issuance) as it would be made now, and the transfer check for
	/// the settlement the custodian would make, with the ledger as it is now.
	fn do_check_settlement(
		token: TokenId,
		custodian: &T::AccountId,
		from: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(
			T::Custodians::contains(custodian),
			Error::<T>::CustodianAccount
		);
		let kind = if from.is_some() {
			MovementKind::Transfer
		} else {
			MovementKind::Issue
		};
		let direct = Movement::new(token, kind, from, Some(to), amount);
		let parties = Self::load_holdings(&direct);
		Self::first_refusal(&direct, &details, &parties)?;
		let settlement = match from {
			Some(holder) => Movement {
				kind: MovementKind::Settlement,
				from: Some(custodian),
				..direct
			}
			.via(custodian)
			.on_behalf_of(holder),
			None => direct.via(custodian),
		};
		T::TransferCheck::check(
			&settlement,
			&Self::ledger_state(&direct, &details, &parties),
		)
	}

	/// The ledger before a movement, as the transfer check sees it.
	fn ledger_state(
		m: &Movement<T::AccountId, T::Balance>,
		details: &TokenDetailsOf<T>,
		parties: &Parties<T::Balance>,
	) -> LedgerState<T::Balance> {
		// A settlement's sender is its beneficiary, which holds the settled amount through the
		// custodian on top of its own balance.
		let from_balance = match (&parties.beneficiary, m.kind) {
			(Some(b), MovementKind::Settlement) => b.balance.saturating_add(m.amount),
			_ => parties.from.as_ref().map(|h| h.balance).unwrap_or_default(),
		};
		let from_counted = m.from.is_some() && m.from != m.custodian;
		LedgerState {
			holders: details.holders,
			supply: details.supply,
			from_balance,
			to_balance: parties.to.as_ref().map(|h| h.balance).unwrap_or_default(),
			sender_leaves: from_counted && !from_balance.is_zero() && from_balance == m.amount,
		}
	}

	/// The holdings a movement reads: both sides, the spender's when a spender moves
	/// someone else's tokens, and the beneficiary's of a settlement (their freezes count too).
	fn load_holdings(m: &Movement<T::AccountId, T::Balance>) -> Parties<T::Balance> {
		let read = |a: &T::AccountId| Holdings::<T>::get(m.token, a).unwrap_or_default();
		let operator = match m.operator {
			Some(op) if m.kind == MovementKind::Transfer && m.from != Some(op) => Some(read(op)),
			_ => None,
		};
		let beneficiary = match m.beneficiary {
			Some(b) if m.kind == MovementKind::Settlement => Some(read(b)),
			_ => None,
		};
		Parties {
			from: m.from.map(read),
			to: m.to.map(read),
			operator,
			beneficiary,
		}
	}

	/// Copy-on-write: if a checkpoint was taken since `who`'s balance last changed, saves the
	/// balance it had then, before it changes. Returns whether it touched the history.
	fn save_history(
		token: TokenId,
		who: &T::AccountId,
		holding: &mut Holding<T::Balance>,
		latest: CheckpointId,
	) -> bool {
		if latest == 0 || holding.snapshot >= latest {
			return false;
		}
		holding.snapshot = latest;
		let horizon = Self::horizon(latest);
		BalanceHistory::<T>::mutate(token, who, |history| {
			if history.last().is_some_and(|(id, _)| *id == latest) {
				// Saved already (the holding had been emptied and removed since).
				return;
			}
			history.retain(|(id, _)| *id > horizon);
			if history.try_push((latest, holding.balance)).is_err() {
				defensive!("history holds only retained checkpoints, fewer than its bound");
			}
		});
		true
	}

	/// Checkpoints up to this id are no longer retained.
	fn horizon(latest: CheckpointId) -> CheckpointId {
		latest.saturating_sub(T::MaxCheckpoints::get())
	}

	/// Records a checkpoint (the caller writes `details` back) and prunes the oldest retained
	/// one.
	pub(crate) fn do_checkpoint(
		token: TokenId,
		details: &mut TokenDetailsOf<T>,
	) -> Result<CheckpointId, DispatchError> {
		let id = details
			.checkpoint
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		details.checkpoint = id;
		let timestamp = u64::try_from(T::UnixTime::now().as_millis()).unwrap_or(u64::MAX);
		Checkpoints::<T>::insert(
			token,
			id,
			CheckpointRecord {
				supply: details.supply,
				block: frame_system::Pallet::<T>::block_number(),
				timestamp,
			},
		);
		let horizon = Self::horizon(id);
		if horizon > 0 {
			Checkpoints::<T>::remove(token, horizon);
		}
		Self::deposit_event(Event::CheckpointCreated {
			token,
			checkpoint: id,
			supply: details.supply,
		});
		Ok(id)
	}

	/// Whether `checkpoint` of a token whose latest is `latest` can be answered.
	fn retained(checkpoint: CheckpointId, latest: CheckpointId) -> bool {
		checkpoint > Self::horizon(latest) && checkpoint <= latest && checkpoint > 0
	}

	/// `who`'s balance at `checkpoint`.
	pub fn balance_at(
		token: TokenId,
		who: &T::AccountId,
		checkpoint: CheckpointId,
	) -> Option<T::Balance> {
		let details = Tokens::<T>::get(token)?;
		if !Self::retained(checkpoint, details.checkpoint) {
			return None;
		}
		let history = BalanceHistory::<T>::get(token, who);
		let i = history.partition_point(|(id, _)| *id < checkpoint);
		match history.get(i) {
			Some((_, balance)) => Some(*balance),
			None => Some(
				Holdings::<T>::get(token, who)
					.map(|h| h.balance)
					.unwrap_or_default(),
			),
		}
	}

	/// The supply at `checkpoint`.
	pub fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<T::Balance> {
		Checkpoints::<T>::get(token, checkpoint).map(|c| c.supply)
	}

	/// Every reason a movement would be refused now: the pallet's rules, then the transfer
	/// check's.
	pub fn reasons(m: &Movement<T::AccountId, T::Balance>) -> Vec<ReasonCode> {
		let Some(details) = Tokens::<T>::get(m.token) else {
			return alloc::vec![ReasonCode::UnknownToken];
		};
		let parties = Self::load_holdings(m);
		let mut all = Vec::new();
		let _ = Self::evaluate(m, &details, &parties, &mut |r| {
			all.push(r);
			ControlFlow::Continue(())
		});
		all.extend(T::TransferCheck::reasons(
			m,
			&Self::ledger_state(m, &details, &parties),
		));
		all
	}

	// ---- runtime API ----

	/// `SecurityTokenApi::token`.
	pub fn api_token(
		token: TokenId,
	) -> Option<TokenInfo<T::AccountId, T::Balance, BlockNumberFor<T>>> {
		let details = Tokens::<T>::get(token)?;
		let definition = Definitions::<T>::get(token)?;
		Some(TokenInfo {
			id: token,
			issuer: details.issuer,
			definition,
			total_supply: details.supply,
			holders: details.holders,
			paused: details.paused,
			latest_checkpoint: details.checkpoint,
			scheduled_checkpoints: TokenSchedules::<T>::get(token).into_inner(),
		})
	}

	/// `SecurityTokenApi::tokens`.
	pub fn api_tokens(
		class: Option<InstrumentClass>,
		jurisdiction: Option<CountryCode>,
		start: TokenId,
		limit: u32,
	) -> Vec<TokenSummary<T::AccountId, T::Balance>> {
		let limit = limit.min(MAX_TOKENS_PER_QUERY) as usize;
		let end = NextTokenId::<T>::get();
		let mut out = Vec::new();
		let mut id = start;
		while id < end && out.len() < limit {
			if let Some(d) = Tokens::<T>::get(id) {
				if class.is_none_or(|c| c == d.class)
					&& jurisdiction.is_none_or(|j| j == d.jurisdiction)
				{
					let symbol = Definitions::<T>::get(id)
						.map(|def| def.symbol.into_inner())
						.unwrap_or_default();
					out.push(TokenSummary {
						id,
						issuer: d.issuer,
						class: d.class,
						jurisdiction: d.jurisdiction,
						symbol,
						total_supply: d.supply,
						holders: d.holders,
						paused: d.paused,
					});
				}
			}
			id = id.saturating_add(1);
		}
		out
	}

	/// `SecurityTokenApi::position`.
	pub fn api_position(token: TokenId, who: &T::AccountId) -> AccountPosition<T::Balance> {
		let h = Holdings::<T>::get(token, who).unwrap_or_default();
		AccountPosition {
			balance: h.balance,
			frozen: h.frozen,
			transferable: if h.account_frozen {
				Zero::zero()
			} else {
				h.unfrozen()
			},
			account_frozen: h.account_frozen,
		}
	}

	/// `SecurityTokenApi::holder_count`.
	pub fn api_holder_count(token: TokenId) -> Option<u32> {
		Tokens::<T>::get(token).map(|d| d.holders)
	}

	/// `SecurityTokenApi::checkpoints`.
	pub fn api_checkpoints(token: TokenId) -> Vec<CheckpointInfo<T::Balance, BlockNumberFor<T>>> {
		let Some(details) = Tokens::<T>::get(token) else {
			return Vec::new();
		};
		let first = Self::horizon(details.checkpoint).saturating_add(1);
		(first..=details.checkpoint)
			.filter_map(|id| {
				Checkpoints::<T>::get(token, id).map(|c| CheckpointInfo {
					id,
					block: c.block,
					timestamp: c.timestamp,
					total_supply: c.supply,
				})
			})
			.collect()
	}

	/// `SecurityTokenApi::can_transfer`.
	pub fn api_can_transfer(
		token: TokenId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Vec<ReasonCode> {
		Self::reasons(&Movement::new(
			token,
			MovementKind::Transfer,
			Some(from),
			Some(to),
			amount,
		))
	}

	/// The invariants of the ledger:
	/// - every token's supply is the sum of its balances, and its holder count the number of
	///   non-zero balances; supply never exceeds the maximum;
	/// - frozen never exceeds the balance; no empty holding is stored;
	/// - the agent count matches the agents stored; no agent has an empty role set;
	/// - every retained checkpoint's supply is the sum of the balances at that checkpoint;
	///   histories are sorted and hold no checkpoint later than the latest (entries older than
	///   the retained window stay until the account's next change, and are never answered);
	/// - schedules agree both ways and none is stored empty; no allowance is zero.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_set::BTreeSet;
		for (token, details) in Tokens::<T>::iter() {
			let mut sum = T::Balance::zero();
			let mut holders = 0u32;
			let mut accounts = BTreeSet::new();
			for (who, h) in Holdings::<T>::iter_prefix(token) {
				ensure!(h.frozen <= h.balance, "frozen exceeds balance");
				ensure!(!h.is_empty(), "an empty holding is stored");
				sum = sum.checked_add(&h.balance).ok_or("balances overflow")?;
				if T::Custodians::contains(&who) {
					ensure!(
						h.frozen.is_zero() && !h.account_frozen,
						"a custodian is frozen"
					);
				} else if !h.balance.is_zero() {
					holders += 1;
				}
				accounts.insert(who);
			}
			ensure!(
				sum == details.supply,
				"sum of balances differs from the supply"
			);
			ensure!(
				holders == details.holders,
				"holder count differs from non-zero balances of non-custodians"
			);
			ensure!(
				details.supply <= details.max_supply,
				"supply above the maximum"
			);
			ensure!(
				Definitions::<T>::contains_key(token),
				"token without definition"
			);

			let mut agents = 0u32;
			for (_, roles) in Agents::<T>::iter_prefix(token) {
				ensure!(!roles.is_empty(), "agent without roles");
				agents += 1;
			}
			ensure!(
				agents == details.agents,
				"agent count differs from agents stored"
			);

			let horizon = Self::horizon(details.checkpoint);
			for (who, history) in BalanceHistory::<T>::iter_prefix(token) {
				ensure!(
					history.windows(2).all(|w| w[0].0 < w[1].0),
					"balance history not sorted"
				);
				ensure!(
					history.iter().all(|(id, _)| *id <= details.checkpoint),
					"balance history ahead of the latest checkpoint"
				);
				accounts.insert(who);
			}
			for c in (horizon + 1)..=details.checkpoint {
				let record =
					Checkpoints::<T>::get(token, c).ok_or("retained checkpoint missing")?;
				let mut at = T::Balance::zero();
				for who in &accounts {
					let b = Self::balance_at(token, who, c)
						.ok_or("retained checkpoint unanswerable")?;
					at = at.checked_add(&b).ok_or("checkpoint balances overflow")?;
				}
				ensure!(
					at == record.supply,
					"checkpoint supply differs from checkpoint balances"
				);
			}
			ensure!(
				Checkpoints::<T>::iter_key_prefix(token)
					.all(|c| c > horizon && c <= details.checkpoint),
				"a pruned or future checkpoint is stored"
			);
			for at in TokenSchedules::<T>::get(token) {
				ensure!(
					ScheduledCheckpoints::<T>::get(at).contains(&token),
					"token schedule missing from the block schedule"
				);
			}
		}
		for (_, blocks) in TokenSchedules::<T>::iter() {
			ensure!(!blocks.is_empty(), "an empty token schedule is stored");
		}
		for (at, tokens) in ScheduledCheckpoints::<T>::iter() {
			ensure!(!tokens.is_empty(), "an empty block schedule is stored");
			for token in tokens {
				ensure!(
					TokenSchedules::<T>::get(token).contains(&at),
					"block schedule missing from the token schedule"
				);
			}
		}
		for ((token, _, _), amount) in Allowances::<T>::iter() {
			ensure!(!amount.is_zero(), "zero allowance stored");
			ensure!(
				Tokens::<T>::contains_key(token),
				"allowance for an unknown token"
			);
		}
		Ok(())
	}
}

impl<T: Config> SecurityLedger<T::AccountId, T::Balance> for Pallet<T> {
	fn exists(token: TokenId) -> bool {
		Tokens::<T>::contains_key(token)
	}

	fn issuer(token: TokenId) -> Option<T::AccountId> {
		Tokens::<T>::get(token).map(|d| d.issuer)
	}

	fn is_issuer(who: &T::AccountId) -> bool {
		Issuers::<T>::contains_key(who)
	}

	fn has_role(token: TokenId, who: &T::AccountId, role: Role) -> bool {
		Self::ensure_role(token, who, role).is_ok()
	}

	fn total_supply(token: TokenId) -> T::Balance {
		Tokens::<T>::get(token)
			.map(|d| d.supply)
			.unwrap_or_default()
	}

	fn holder_count(token: TokenId) -> u32 {
		Tokens::<T>::get(token)
			.map(|d| d.holders)
			.unwrap_or_default()
	}

	fn balance(token: TokenId, who: &T::AccountId) -> T::Balance {
		Holdings::<T>::get(token, who)
			.map(|h| h.balance)
			.unwrap_or_default()
	}

	fn transferable(token: TokenId, who: &T::AccountId) -> T::Balance {
		Self::api_position(token, who).transferable
	}

	fn transfer(
		token: TokenId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let kind = MovementKind::Transfer;
		Self::do_move(&Movement::new(token, kind, Some(from), Some(to), amount))?;
		Self::deposit_event(Event::Transferred {
			token,
			from: from.clone(),
			to: to.clone(),
			amount,
		});
		Ok(())
	}

	fn is_custodian(who: &T::AccountId) -> bool {
		T::Custodians::contains(who)
	}

	fn check_settlement(
		token: TokenId,
		custodian: &T::AccountId,
		from: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::do_check_settlement(token, custodian, from, to, amount)
	}

	fn deposit(
		token: TokenId,
		custodian: &T::AccountId,
		holder: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let kind = MovementKind::IntoCustody;
		let m = Movement::new(token, kind, Some(holder), Some(custodian), amount).via(custodian);
		Self::do_move(&m)?;
		Self::deposit_event(Event::CustodyDeposited {
			token,
			custodian: custodian.clone(),
			holder: holder.clone(),
			amount,
		});
		Ok(())
	}

	fn settle(
		token: TokenId,
		custodian: &T::AccountId,
		beneficiary: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		match beneficiary {
			Some(b) => {
				let kind = MovementKind::Settlement;
				let m = Movement::new(token, kind, Some(custodian), Some(to), amount)
					.via(custodian)
					.on_behalf_of(b);
				Self::do_move(&m)?;
				Self::deposit_event(Event::CustodySettled {
					token,
					custodian: custodian.clone(),
					beneficiary: b.clone(),
					to: to.clone(),
					amount,
				});
			}
			None => {
				let kind = MovementKind::Issue;
				let m = Movement::new(token, kind, None, Some(to), amount).via(custodian);
				Self::do_move(&m)?;
				Self::deposit_event(Event::Issued {
					token,
					to: to.clone(),
					amount,
				});
			}
		}
		Ok(())
	}

	fn release(
		token: TokenId,
		custodian: &T::AccountId,
		owner: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let kind = MovementKind::CustodyReturn;
		let m = Movement::new(token, kind, Some(custodian), Some(owner), amount).via(custodian);
		Self::do_move(&m)?;
		Self::deposit_event(Event::CustodyReturned {
			token,
			custodian: custodian.clone(),
			owner: owner.clone(),
			amount,
		});
		Ok(())
	}

	fn issue(token: TokenId, to: &T::AccountId, amount: T::Balance) -> DispatchResult {
		Self::do_move(&Movement::new(
			token,
			MovementKind::Issue,
			None,
			Some(to),
			amount,
		))?;
		Self::deposit_event(Event::Issued {
			token,
			to: to.clone(),
			amount,
		});
		Ok(())
	}

	fn burn(token: TokenId, from: &T::AccountId, amount: T::Balance) -> DispatchResult {
		// A ledger burn is not an agent's action: it respects a pause and takes only
		// transferable tokens.
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(!details.paused, Error::<T>::TokenPaused);
		ensure!(
			Self::transferable(token, from) >= amount,
			Error::<T>::BalanceFrozen
		);
		Self::do_move_with(
			&mut details,
			&Movement::new(token, MovementKind::Burn, Some(from), None, amount),
		)?;
		Self::deposit_event(Event::Burned {
			token,
			from: from.clone(),
			amount,
			unfrozen: Zero::zero(),
		});
		Ok(())
	}

	fn checkpoint(token: TokenId) -> Result<CheckpointId, DispatchError> {
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		let id = Self::do_checkpoint(token, &mut details)?;
		Tokens::<T>::insert(token, details);
		Ok(id)
	}

	fn balance_at(
		token: TokenId,
		who: &T::AccountId,
		checkpoint: CheckpointId,
	) -> Option<T::Balance> {
		Pallet::<T>::balance_at(token, who, checkpoint)
	}

	fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<T::Balance> {
		Pallet::<T>::supply_at(token, checkpoint)
	}

	fn movement_overhead() -> Weight {
		Pallet::<T>::movement_overhead()
	}

	fn movement_overhead_of(token: TokenId) -> Weight {
		Pallet::<T>::movement_cost(token)
	}
}
