//! # Compliance pallet
//!
//! ## Overview
//!
//! Who may hold and transfer each security token on Vellum. Accounts carry **claims** (KYC,
//! AML, accredited investor, qualified purchaser, jurisdiction, blocked, exempt, custom
//! topics) issued by **claim issuers** the network or the token trusts; each token has **rule
//! sets** composed from a fixed vocabulary of conditions and **transfer restrictions** kept
//! incrementally (holder caps, balance and ownership caps, lock-up). The pallet is the
//! security-token pallet's [`TransferCheck`] (asked before every issuance and transfer) and
//! its [`OnBalanceChange`] hook (per-holder statistics).
//!
//! ## Terminology
//!
//! - **Claim**: `(topic, issuer, expiry)` about an account. Each claim issuer has its own
//!   record about each account ([`Claims`], [`Config::MaxClaims`] claims of 8 bytes at most),
//!   so no issuer's claims can take room from another's; the hash of the off-chain evidence
//!   and the deposit are kept apart ([`ClaimDetails`]: no check reads them). An issuer holds
//!   at most one claim per topic about an account (one jurisdiction). A claim counts while it
//!   is current (before its expiry block) and its issuer is trusted for its topic; an expired
//!   or revoked claim, or one from an issuer no longer trusted, counts as absent. A check
//!   reads the records of the issuers its token and the network trust, and no other. No
//!   personal data: at most the hash of the evidence.
//! - **Deposits**: a claim holds [`Config::ClaimDeposit`] (and [`Config::EvidenceDeposit`]
//!   with evidence) from its issuer, a list entry [`Config::ListDeposit`] from the agent that
//!   made it (none from the admin origin), each returned to its payer when the item goes.
//! - **Trusted issuer**: trusted network-wide by the admin origin or by one token by its
//!   compliance admin, for every topic or only some. Claims and trust lists name an issuer by
//!   its [`ClaimIssuerId`] (4 bytes, given when a list first names the account, [`ClaimIssuers`]); an
//!   issuer named by no list and with no claim stored is forgotten, and its id never reused.
//!   Calls, events and conditions name issuers by account.
//! - **Requirement**: conditions on the sender and on the receiver; it holds if all of them
//!   hold. A transfer passes the rules if any requirement of the token holds (or it has
//!   none). Conditions: has claim (topic, optional issuers), lacks claim, jurisdiction in /
//!   not in a set, identity judged by a registrar (pallet-identity), allow-listed, not
//!   deny-listed.
//! - **Restrictions**: maximum holders (in total and per jurisdiction), maximum balance and
//!   maximum share of the supply per holder, lock-up of tokens acquired in issuance. Exempt
//!   accounts (agents, escrow and vault accounts) are not subject to them.
//! - **Complexity**: computed when a token's settings are written, refused above
//!   [`Config::MaxComplexity`]: one per condition and per issuer or country it lists, one per
//!   token-trusted issuer and per topic it is limited to, one per jurisdiction cap. A transfer
//!   is charged the benchmarked weight of its token's complexity.
//! - **Compliance admin** of a token: its issuer or an agent with the `Compliance` role, or
//!   the network admin origin.
//!
//! ## What is checked
//!
//! Issuances (receiver conditions only) and holder transfers (both sides), and settlements
//! out of custody (an escrowed attested transfer, later a basket's redemption) as the
//! transfer between their beneficial parties, with the rules and the ledger as they are when
//! the settlement happens. Tokens entering custody, or returning from it to their owner,
//! change no beneficial owner and are not judged; custodians keep no per-holder state and
//! never count under a cap. Redemptions and burns are not refused; forced transfers and
//! recoveries (regulatory actions by the token's agents) pass, but every movement keeps the
//! statistics. A
//! refused movement fails with an error naming the requirement and condition that failed (of
//! the requirement closest to holding), or the restriction; `can_transfer` of security-token
//! gets every reason code, and the [`ComplianceApi`](runtime_api::ComplianceApi) runtime API
//! the result of every requirement, condition and restriction.
//!
//! ## Interface
//!
//! Admin origin: `trust_claim_issuer`, `distrust_claim_issuer`, and every call of a compliance admin.
//! Compliance admin: `trust_claim_issuer_for_token`, `distrust_claim_issuer_for_token`, `set_requirements`
//! (replaces the rule set atomically), `pause_rules`, `resume_rules`, `set_restrictions`,
//! `set_lists`. Claim issuers: `add_claim`, `revoke_claim`. Anyone: `purge_claims` (drops an
//! issuer's expired claims about an account, or all of them once no list trusts the issuer,
//! returning their deposits to the issuer).
//!
//! Runtime API: `ComplianceApi::compliance_report`, declared with its result types in
//! [`runtime_api`] and answered by [`Pallet::report`].
//!
//! ## Limits
//!
//! See `README.md` of this pallet: the bounds are the `Max*` constants of [`Config`];
//! per-jurisdiction holder caps and lock-ups keep per-holder state, which can only be
//! switched on while none of a token is outstanding.
//!
//! [`TransferCheck`]: vellum_primitives::ledger::TransferCheck
//! [`OnBalanceChange`]: vellum_primitives::ledger::OnBalanceChange

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod rules;
mod types;
pub use types::*;

pub mod runtime_api;
pub mod weights;
pub use weights::WeightInfo;

mod assessment;
mod claims;
mod holders;
mod impl_ledger_hooks;
mod issuers;
mod settings;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
mod weights_refund;
pub use weights_refund::{BENCHED_BYTES_PER_UNIT, BENCHED_NETWORK_LIST, BENCHED_RECORD_BASE};

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	pallet_prelude::*,
	traits::{fungible, UnixTime},
};
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use vellum_primitives::{
	ledger::{Movement, SecurityLedger},
	security::{CountryCode, TokenId},
};

/// A claim with its issuer, as the rules see it.
pub type ClaimOf<T> = Claim<ClaimIssuerId, BlockNumberFor<T>>;
/// A claim as its issuer's record stores it.
pub type IssuerClaimOf<T> = IssuerClaim<BlockNumberFor<T>>;
/// The claims one issuer holds about one account.
pub type ClaimRecordOf<T> = BoundedVec<IssuerClaimOf<T>, <T as Config>::MaxClaims>;
/// The native currency's balance, in which deposits are held.
pub type DepositOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A list entry as a runtime stores it.
pub type ListEntryOf<T> = ListEntry<<T as frame_system::Config>::AccountId, DepositOf<T>>;
/// A trusted issuer as a runtime stores it.
pub type TrustedIssuerOf<T> = TrustedIssuer<ClaimIssuerId, <T as Config>::MaxTopics>;
/// What is known of a claim issuer.
pub type ClaimIssuerInfoOf<T> = ClaimIssuerInfo<<T as frame_system::Config>::AccountId>;
/// A list of trusted issuers.
pub type TrustedIssuersOf<T> = BoundedVec<TrustedIssuerOf<T>, <T as Config>::MaxTrustedIssuers>;
/// A topic filter.
pub type TopicsOf<T> = BoundedVec<ClaimTopic, <T as Config>::MaxTopics>;
/// A condition as a runtime stores it.
pub type ConditionOf<T> = Condition<
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxConditionIssuers,
	<T as Config>::MaxCountries,
>;
/// A requirement as a runtime stores it.
pub type RequirementOf<T> = Requirement<
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxConditions,
	<T as Config>::MaxConditionIssuers,
	<T as Config>::MaxCountries,
>;
/// A rule set.
pub type RequirementsOf<T> = BoundedVec<RequirementOf<T>, <T as Config>::MaxRequirements>;
/// Restrictions as a runtime stores them.
pub type RestrictionsOf<T> = Restrictions<<T as Config>::Balance, <T as Config>::MaxCountries>;
/// A token's compliance record as a runtime stores it.
pub type TokenComplianceOf<T> = TokenCompliance<
	<T as frame_system::Config>::AccountId,
	ClaimIssuerId,
	<T as Config>::Balance,
	<T as Config>::MaxRequirements,
	<T as Config>::MaxConditions,
	<T as Config>::MaxConditionIssuers,
	<T as Config>::MaxCountries,
	<T as Config>::MaxTrustedIssuers,
	<T as Config>::MaxTopics,
>;
/// A batch of list entries.
pub type ListEntriesOf<T> =
	BoundedVec<(<T as frame_system::Config>::AccountId, ListFlags), <T as Config>::MaxBatch>;
/// A movement as the ledger describes it.
pub type MovementOf<'a, T> =
	Movement<'a, <T as frame_system::Config>::AccountId, <T as Config>::Balance>;

/// Registrar judgements on on-chain identities (pallet-identity in the runtime).
pub trait IdentityJudgements<AccountId> {
	/// The registrars that judged `who`'s identity KnownGood or Reasonable. Read at most once
	/// per side of a transfer, however many conditions ask.
	fn good_judgements(who: &AccountId) -> Vec<u32>;

	/// Makes `who` judged KnownGood by registrar 0 (benchmarks only).
	#[cfg(feature = "runtime-benchmarks")]
	fn set_judged(who: &AccountId);
}

/// No identities: nobody is judged.
impl<AccountId> IdentityJudgements<AccountId> for () {
	fn good_judgements(_who: &AccountId) -> Vec<u32> {
		Vec::new()
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set_judged(_who: &AccountId) {}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a token issued by `issuer` (funding it as needed) and returns its id.
	fn create_token(issuer: &AccountId) -> TokenId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::traits::tokens::Balance as BalanceT;
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds native tokens.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a claim and its evidence, held from the claim's issuer.
		ClaimDeposit,
		/// The deposit for an account's entry on a token's lists, held from the compliance
		/// agent (or issuer) that made it.
		ListDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the ledger's).
		type Balance: BalanceT;

		/// The security-token ledger: token existence, roles, balances.
		type Ledger: SecurityLedger<Self::AccountId, Self::Balance>;

		/// Trusts claim issuers network-wide; may also act as any token's compliance admin.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Registrar judgements for `IdentityJudged` conditions.
		type Identity: IdentityJudgements<Self::AccountId>;

		/// The time, for lock-ups.
		type UnixTime: UnixTime;

		/// The native currency, in which deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Held from a claim issuer for each claim it stores about an account, until the claim
		/// is revoked or purged.
		#[pallet::constant]
		type ClaimDeposit: Get<DepositOf<Self>>;

		/// Held from a claim issuer on top of [`Config::ClaimDeposit`] for a claim with an
		/// evidence hash.
		#[pallet::constant]
		type EvidenceDeposit: Get<DepositOf<Self>>;

		/// Held from the compliance agent (or issuer) for each account it puts on a token's
		/// lists, until the account is taken off them. The admin origin pays none.
		#[pallet::constant]
		type ListDeposit: Get<DepositOf<Self>>;

		/// Most claims one claim issuer holds about one account (one per topic slot). Every
		/// issuer has its own record: no issuer's claims take room from another's.
		#[pallet::constant]
		type MaxClaims: Get<u32>;

		/// Most trusted issuers network-wide, and per token.
		#[pallet::constant]
		type MaxTrustedIssuers: Get<u32>;

		/// Most topics an issuer's trust can be limited to.
		#[pallet::constant]
		type MaxTopics: Get<u32>;

		/// Most requirements per token (at most 255).
		#[pallet::constant]
		type MaxRequirements: Get<u32>;

		/// Most conditions per side of a requirement (at most 255).
		#[pallet::constant]
		type MaxConditions: Get<u32>;

		/// Most issuers a condition names.
		#[pallet::constant]
		type MaxConditionIssuers: Get<u32>;

		/// Most distinct issuers a token's conditions name together (each is looked up when
		/// the token is checked).
		#[pallet::constant]
		type MaxNamedIssuers: Get<u32>;

		/// Most countries a condition names, and most jurisdiction caps per token.
		#[pallet::constant]
		type MaxCountries: Get<u32>;

		/// The most complex settings a token may have (see the pallet docs).
		#[pallet::constant]
		type MaxComplexity: Get<u32>;

		/// Most list entries set in one call.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// Weights of the calls and of the transfer check.
		type WeightInfo: WeightInfo;

		/// Creates tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The claims each claim issuer holds about each account, in the order it added them: one
	/// record per account and issuer, so that no issuer's claims can crowd out another's. A
	/// check reads the records of the issuers its token and the network trust.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		ClaimIssuerId,
		ClaimRecordOf<T>,
	>;

	/// Claim issuers trusted by the whole network.
	#[pallet::storage]
	pub type NetworkClaimIssuers<T: Config> = StorageValue<_, TrustedIssuersOf<T>, ValueQuery>;

	/// Claim issuers by id: their account, how many trust lists name them (only those named
	/// somewhere may add claims) and how many of their claims are stored. Kept while either
	/// count is not zero.
	#[pallet::storage]
	pub type ClaimIssuers<T: Config> =
		StorageMap<_, Twox64Concat, ClaimIssuerId, ClaimIssuerInfoOf<T>>;

	/// The id of each claim issuer in [`ClaimIssuers`].
	#[pallet::storage]
	pub type ClaimIssuerIds<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ClaimIssuerId>;

	/// The id the next new claim issuer gets.
	#[pallet::storage]
	pub type NextClaimIssuerId<T: Config> = StorageValue<_, ClaimIssuerId, ValueQuery>;

	/// The evidence hash and the deposit of each stored claim, by the account it is about and
	/// its issuer and topic (apart from the claims: no check reads them).
	#[pallet::storage]
	pub type ClaimDetails<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		(ClaimIssuerId, ClaimTopic),
		ClaimDetail<DepositOf<T>>,
	>;

	/// Each token's compliance settings, in one record.
	#[pallet::storage]
	pub type TokenSettings<T: Config> = StorageMap<_, Twox64Concat, TokenId, TokenComplianceOf<T>>;

	/// Accounts on a token's allow, deny and exemption lists, with the deposit paid for each.
	#[pallet::storage]
	pub type Lists<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		ListEntryOf<T>,
	>;

	/// Per-holder state of tokens that keep it (jurisdiction caps, lock-ups): one entry per
	/// holder.
	#[pallet::storage]
	pub type HolderStates<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		HolderState<T::Balance>,
	>;

	/// Holders of a token per jurisdiction (tokens that keep per-holder state).
	#[pallet::storage]
	pub type JurisdictionHolders<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, TokenId, Blake2_128Concat, CountryCode, u32>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An issuer is trusted (network-wide when `token` is `None`), or its topics changed.
		/// Claims and trust lists name it by `id`.
		ClaimIssuerTrusted {
			token: Option<TokenId>,
			issuer: T::AccountId,
			id: ClaimIssuerId,
			topics: Option<TopicsOf<T>>,
		},
		/// An issuer is no longer trusted (network-wide when `token` is `None`).
		ClaimIssuerDistrusted {
			token: Option<TokenId>,
			issuer: T::AccountId,
		},
		/// A claim was added or replaced; `deposit` is held for it from its issuer.
		ClaimAdded {
			subject: T::AccountId,
			issuer: T::AccountId,
			topic: ClaimTopic,
			expiry: Option<BlockNumberFor<T>>,
			evidence: Option<[u8; 32]>,
			deposit: DepositOf<T>,
		},
		/// A claim was revoked by its issuer.
		ClaimRevoked {
			subject: T::AccountId,
			issuer: T::AccountId,
			topic: ClaimTopic,
		},
		/// An issuer's expired claims about an account, or all of them if no list trusts it any
		/// more, were dropped (their deposits returned to the issuer).
		ClaimsPurged {
			subject: T::AccountId,
			issuer: T::AccountId,
			removed: u32,
		},
		/// A token's rule set was replaced.
		RequirementsSet {
			token: TokenId,
			requirements: u32,
			complexity: u32,
		},
		/// Rule evaluation of a token is paused: every transfer passes the rules.
		RulesPaused { token: TokenId },
		/// Rule evaluation of a token resumed.
		RulesResumed { token: TokenId },
		/// A token's restrictions were replaced.
		RestrictionsSet {
			token: TokenId,
			restrictions: RestrictionsOf<T>,
		},
		/// An account's list entries on a token changed (no flag: off every list). `deposit`
		/// is what is held for the entry now, from the agent that made it.
		ListsUpdated {
			token: TokenId,
			account: T::AccountId,
			flags: ListFlags,
			deposit: DepositOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such token.
		UnknownToken,
		/// The caller is neither the admin origin nor the token's issuer or compliance agent.
		NotComplianceAdmin,
		/// The trust list is full.
		TooManyTrustedIssuers,
		/// The issuer is not on that trust list.
		ClaimIssuerNotTrusted,
		/// Only accounts trusted by the network or a token may add claims.
		NotClaimIssuer,
		/// The caller holds as many claims about the account as one issuer may.
		TooManyClaims,
		/// The caller has no claim on that topic about the account.
		ClaimNotFound,
		/// The expiry is not after the current block.
		ExpiryInPast,
		/// The issuer has no expired claims about the account, nor any while a list trusts it.
		NothingToPurge,
		/// The settings would be more complex than `MaxComplexity`.
		TooComplex,
		/// A country code is not two upper-case letters.
		InvalidCountry,
		/// A jurisdiction has two caps.
		DuplicateCap,
		/// Jurisdiction caps and lock-ups need per-holder state, which can only be switched on
		/// while no units of the token are outstanding; a lock-up can only be set or moved
		/// then too (lifting it is always possible).
		TokenAlreadyIssued,
		/// A topic filter names a topic twice (every jurisdiction is one topic).
		DuplicateTopic,
		/// Rule evaluation is already paused.
		AlreadyPaused,
		/// Rule evaluation is not paused.
		NotPaused,
		/// Every issuer id has been given out.
		ClaimIssuerIdsExhausted,
		/// The conditions would name more distinct issuers than `MaxNamedIssuers`.
		TooManyNamedIssuers,
		/// Refused: a `HasClaim` condition failed (the claim is missing, expired, or from an
		/// untrusted issuer).
		MissingClaim {
			requirement: u8,
			receiver: bool,
			condition: u8,
		},
		/// Refused: a `LacksClaim` condition failed.
		ForbiddenClaim {
			requirement: u8,
			receiver: bool,
			condition: u8,
		},
		/// Refused: a jurisdiction condition failed.
		JurisdictionNotAllowed {
			requirement: u8,
			receiver: bool,
			condition: u8,
		},
		/// Refused: an `IdentityJudged` condition failed.
		IdentityNotJudged {
			requirement: u8,
			receiver: bool,
			condition: u8,
		},
		/// Refused: an `AllowListed` condition failed.
		NotAllowListed {
			requirement: u8,
			receiver: bool,
			condition: u8,
		},
		/// Refused: a `NotDenyListed` condition failed.
		DenyListed {
			requirement: u8,
			receiver: bool,
			condition: u8,
		},
		/// Refused: the token has as many holders as it may.
		HolderCapReached,
		/// Refused: the token has as many holders in the receiver's jurisdiction as it may.
		JurisdictionCapReached,
		/// Refused: the receiver would hold more than the maximum balance.
		BalanceCapExceeded,
		/// Refused: the receiver would hold more than the maximum share of the supply.
		OwnershipCapExceeded,
		/// Refused: the tokens were acquired in issuance and are locked up.
		LockedUp,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxRequirements::get() <= 255,
				"requirement indices are u8"
			);
			assert!(T::MaxConditions::get() <= 255, "condition indices are u8");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Trusts `issuer` network-wide, for `topics` only or every topic (replaces its topics
		/// if it is trusted already).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::trust_claim_issuer())]
		pub fn trust_claim_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			topics: Option<TopicsOf<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let id = Self::do_trust_issuer(None, &issuer, topics.clone())?;
			Self::deposit_event(Event::ClaimIssuerTrusted {
				token: None,
				issuer,
				id,
				topics,
			});
			Ok(())
		}

		/// No longer trusts `issuer` network-wide: its claims stop counting (unless a token
		/// trusts it, for that token).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::distrust_claim_issuer())]
		pub fn distrust_claim_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_distrust_issuer(None, &issuer)?;
			Self::deposit_event(Event::ClaimIssuerDistrusted {
				token: None,
				issuer,
			});
			Ok(())
		}

		/// Trusts `issuer` for `token`, for `topics` only or every topic.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::trust_claim_issuer_for_token())]
		pub fn trust_claim_issuer_for_token(
			origin: OriginFor<T>,
			token: TokenId,
			issuer: T::AccountId,
			topics: Option<TopicsOf<T>>,
		) -> DispatchResult {
			Self::ensure_compliance_admin(origin, token)?;
			let id = Self::do_trust_issuer(Some(token), &issuer, topics.clone())?;
			Self::deposit_event(Event::ClaimIssuerTrusted {
				token: Some(token),
				issuer,
				id,
				topics,
			});
			Ok(())
		}

		/// No longer trusts `issuer` for `token`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::distrust_claim_issuer_for_token())]
		pub fn distrust_claim_issuer_for_token(
			origin: OriginFor<T>,
			token: TokenId,
			issuer: T::AccountId,
		) -> DispatchResult {
			Self::ensure_compliance_admin(origin, token)?;
			Self::do_distrust_issuer(Some(token), &issuer)?;
			Self::deposit_event(Event::ClaimIssuerDistrusted {
				token: Some(token),
				issuer,
			});
			Ok(())
		}

		/// The caller, a claim issuer trusted by the network or some token, asserts `topic`
		/// about `subject` until `expiry` (exclusive; `None`: until revoked), with the hash of
		/// its off-chain evidence. Replaces the caller's claim in the same slot (a jurisdiction
		/// replaces its jurisdiction).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_claim())]
		pub fn add_claim(
			origin: OriginFor<T>,
			subject: T::AccountId,
			topic: ClaimTopic,
			expiry: Option<BlockNumberFor<T>>,
			evidence: Option<[u8; 32]>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			let deposit = Self::do_add_claim(&issuer, &subject, topic, expiry, evidence)?;
			Self::deposit_event(Event::ClaimAdded {
				subject,
				issuer,
				topic,
				expiry,
				evidence,
				deposit,
			});
			Ok(())
		}

		/// The caller revokes its claim in `topic`'s slot about `subject`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_claim())]
		pub fn revoke_claim(
			origin: OriginFor<T>,
			subject: T::AccountId,
			topic: ClaimTopic,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			let topic = Self::do_revoke_claim(&issuer, &subject, topic)?;
			Self::deposit_event(Event::ClaimRevoked {
				subject,
				issuer,
				topic,
			});
			Ok(())
		}

		/// Drops `issuer`'s expired claims about `subject`, or all of them if no trust list
		/// names `issuer` any more, returning their deposits to `issuer`. Anyone may call it.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::purge_claims(T::MaxClaims::get()))]
		pub fn purge_claims(
			origin: OriginFor<T>,
			subject: T::AccountId,
			issuer: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let removed = Self::do_purge_claims(&subject, &issuer)?;
			Self::deposit_event(Event::ClaimsPurged {
				subject,
				issuer,
				removed,
			});
			Ok(())
		}

		/// Replaces `token`'s rule set, atomically (an empty set: every transfer passes the
		/// rules).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_requirements(T::MaxComplexity::get()))]
		pub fn set_requirements(
			origin: OriginFor<T>,
			token: TokenId,
			requirements: RequirementsOf<T>,
		) -> DispatchResult {
			Self::ensure_compliance_admin(origin, token)?;
			let count = requirements.len() as u32;
			let complexity = Self::do_set_requirements(token, requirements)?;
			Self::deposit_event(Event::RequirementsSet {
				token,
				requirements: count,
				complexity,
			});
			Ok(())
		}

		/// Pauses rule evaluation of `token`: every transfer passes the rules (restrictions
		/// still apply).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::pause_rules())]
		pub fn pause_rules(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			Self::ensure_compliance_admin(origin, token)?;
			Self::do_set_paused(token, true)?;
			Self::deposit_event(Event::RulesPaused { token });
			Ok(())
		}

		/// Resumes rule evaluation of `token`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::resume_rules())]
		pub fn resume_rules(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			Self::ensure_compliance_admin(origin, token)?;
			Self::do_set_paused(token, false)?;
			Self::deposit_event(Event::RulesResumed { token });
			Ok(())
		}

		/// Replaces `token`'s transfer restrictions. Jurisdiction caps and lock-ups keep
		/// per-holder state, which can only be switched on while none of the token is outstanding.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_restrictions())]
		pub fn set_restrictions(
			origin: OriginFor<T>,
			token: TokenId,
			restrictions: RestrictionsOf<T>,
		) -> DispatchResult {
			Self::ensure_compliance_admin(origin, token)?;
			Self::do_set_restrictions(token, &restrictions)?;
			Self::deposit_event(Event::RestrictionsSet {
				token,
				restrictions,
			});
			Ok(())
		}

		/// Sets accounts' entries on `token`'s allow, deny and exemption lists
		/// (`ListFlags { allow, deny, exempt }`; no flag set takes the account off every list).
		/// A signed caller pays [`Config::ListDeposit`] for each account it puts on the lists;
		/// taking an account off returns the deposit to whoever paid it.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_lists(entries.len() as u32))]
		pub fn set_lists(
			origin: OriginFor<T>,
			token: TokenId,
			entries: ListEntriesOf<T>,
		) -> DispatchResult {
			let payer = Self::ensure_compliance_admin(origin, token)?;
			Self::do_set_lists(token, payer.as_ref(), &entries)
		}
	}
}
