//! # Voting pallet
//!
//! ## Overview
//!
//! Holder resolutions on security tokens. A resolution belongs to one token; its voting
//! power is every holder's balance at a record-date checkpoint of the ledger times the
//! token's votes per unit (an equity token's `votes_per_share`; 0 = non-voting shares). Holders
//! vote aye, nay or abstain, or follow another account per topic (liquid democracy, transitive
//! to [`Config::MaxFollowDepth`] edges). A passed resolution's call is dispatched through the
//! scheduler with the [`Origin::TokenHolders`] origin after the token's enactment delay; a
//! resolution's funders may pay its voters a participation reward.
//!
//! Every update is O(depth), never O(followers): each follow node keeps, per topic, the
//! balance it carries for its followers and how many followers it has at each distance; each
//! resolution keeps, per node, the power already voted directly below it. A vote walks at
//! most `MaxFollowDepth` ancestors; a balance change or a follow updates at most
//! `MaxFollowDepth` ancestors per topic. The follow graph that counts is the one at the
//! record date, kept copy-on-write like the ledger's balances.
//!
//! ## Terminology
//!
//! - **Resolution**: a question to a token's holders, ordinary or special (the token's
//!   thresholds for that kind), on a [`Topic`], with a record date, a deadline and maybe a
//!   call.
//! - **Record date**: a checkpoint of the token. Balances and follows after it change no
//!   tally.
//! - **Following**: an account's vote carries its followers' power unless they vote
//!   themselves. A follower's *effective* followee in a topic is its follow for the topic,
//!   else its catch-all follow.
//! - **Carried**: what a node carries for its followers in a topic: the sum, over its direct
//!   followers, of their balance and what they carry.
//! - **Voted below**: per resolution and node, the power of its nearest descendants that
//!   voted directly (which its own vote no longer counts).
//! - **Wait-for-quiet**: a vote that flips the lead (aye ahead of nay, or not) may move the
//!   deadline (NNS rule, capped at twice [`Config::WaitForQuiet`]).
//!
//! ## Interface
//!
//! Token issuer: `set_token_settings`. Issuer, holders above the token's proposal threshold
//! (paying [`Config::ProposalDeposit`]) and the admin origin (the network, no deposit):
//! `propose`. Holders: `vote`, `follow` (paying [`Config::FollowDeposit`] per follow).
//! Anyone: `close`, `fund_reward`, `claim_reward` (for itself), `reclaim_reward`,
//! `clear_resolution`. The admin origin: `cancel`.
//!
//! The ledger's balance-change hook: [`Pallet`] implements
//! [`OnBalanceChange`](vellum_primitives::ledger::OnBalanceChange).
//!
//! Queries: the `VotingApi` runtime API (declared in [`runtime_api`] with its result types),
//! answered by the `Pallet::api_*` functions. Enactment: [`EnsureTokenHolders`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod tally;
pub use tally::Tally;

pub mod weights;
pub use weights::WeightInfo;

mod enactment;
pub use enactment::EnsureTokenHolders;
mod following;
mod impl_balance_change;
mod resolutions;
mod rewards;
pub mod runtime_api;
mod try_state;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use alloc::boxed::Box;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		schedule::v3::Named as ScheduleNamed,
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, DispatchError, Perbill};
use vellum_primitives::{
	ledger::SecurityLedger,
	security::{CheckpointId, TokenId},
};

/// The most vote records one `clear_resolution` removes.
pub const MAX_CLEAR_BATCH: u32 = 512;

/// The follower count (`f`) at which `vote` is charged: the benchmarks' largest. A vote reads
/// no follower, yet its measured execution time grows by about 2 us per follower of the first
/// ancestor (most likely the benchmark state's larger trie, which the per-read database weight
/// covers on a real chain); charging the largest measured value keeps the charge at or above
/// every measured cost until that is explained.
pub const CHARGED_FOLLOWERS: u32 = 32;

/// What benchmarks need from the runtime: tokens to vote on.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a voting token (one vote per unit) of `issuer`, funding and admitting it as
	/// needed, and returns its id.
	fn create_token(issuer: &AccountId) -> TokenId;
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
		/// A resolution's proposal deposit, held from its proposer until it closes.
		ProposalDeposit,
		/// The deposit for follows, held from the follower while it follows.
		FollowDeposit,
		/// A participation reward, held from its funder until paid or returned.
		RewardFund,
	}

	/// The origin a passed resolution's call is dispatched with.
	#[pallet::origin]
	#[derive(
		Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
	)]
	pub enum Origin {
		/// The holders of `token`, by a passed resolution.
		TokenHolders {
			/// The token.
			token: TokenId,
		},
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the ledger's).
		type Balance: BalanceT + Into<u128>;

		/// The security-token ledger: balances at checkpoints, issuers, custodians.
		type Ledger: SecurityLedger<Self::AccountId, Self::Balance>;

		/// The native currency, in which deposits and rewards are held.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The network: may ask a token's holders (propose without a deposit).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The scheduler that dispatches passed resolutions' calls.
		type Scheduler: ScheduleNamed<
			BlockNumberFor<Self>,
			CallOf<Self>,
			Self::PalletsOrigin,
			Hasher = Self::Hashing,
		>;

		/// The runtime's origin callers (`OriginCaller`), which hold this pallet's origin.
		type PalletsOrigin: From<Origin>;

		/// Held from a signed proposer per resolution.
		#[pallet::constant]
		type ProposalDeposit: Get<DepositOf<Self>>;

		/// Held from a follower per follow it sets (a topic's or the catch-all): pays for its
		/// node and for one followee node the follow may create.
		#[pallet::constant]
		type FollowDeposit: Get<DepositOf<Self>>;

		/// The longest follow chain, in edges (1 to 16).
		#[pallet::constant]
		type MaxFollowDepth: Get<u32>;

		/// Most open resolutions per token.
		#[pallet::constant]
		type MaxActivePerToken: Get<u32>;

		/// Most open resolutions per token proposed by holders (fewer than
		/// `MaxActivePerToken`, so the issuer and the network always find room).
		#[pallet::constant]
		type MaxHolderProposals: Get<u32>;

		/// Checkpoints the ledger retains per token: the same value as the ledger's, so that
		/// the follow history answers exactly the checkpoints the ledger does.
		#[pallet::constant]
		type MaxCheckpoints: Get<u32>;

		/// Most funders of one resolution's reward.
		#[pallet::constant]
		type MaxFunders: Get<u32>;

		/// The shortest voting period.
		#[pallet::constant]
		type MinVotingPeriod: Get<BlockNumberFor<Self>>;

		/// The longest voting period.
		#[pallet::constant]
		type MaxVotingPeriod: Get<BlockNumberFor<Self>>;

		/// The longest enactment delay and claim period a token may set.
		#[pallet::constant]
		type MaxDelay: Get<BlockNumberFor<Self>>;

		/// Wait-for-quiet: a flip of the lead late in the vote extends it by up to this much,
		/// at most twice in total.
		#[pallet::constant]
		type WaitForQuiet: Get<BlockNumberFor<Self>>;

		/// The settings of a token whose issuer set none.
		#[pallet::constant]
		type DefaultSettings: Get<TokenSettingsOf<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Settings per token (absent: [`Config::DefaultSettings`]).
	#[pallet::storage]
	pub type Settings<T: Config> =
		StorageMap<_, Twox64Concat, TokenId, TokenSettingsOf<T>, OptionQuery>;

	/// The number the next resolution gets.
	#[pallet::storage]
	pub type NextResolution<T: Config> = StorageValue<_, ResolutionIndex, ValueQuery>;

	/// Every resolution, until it is cleared.
	#[pallet::storage]
	pub type Resolutions<T: Config> =
		StorageMap<_, Twox64Concat, ResolutionIndex, ResolutionOf<T>, OptionQuery>;

	/// The call of a resolution that carries one, until it closes.
	#[pallet::storage]
	pub type ResolutionCalls<T: Config> =
		StorageMap<_, Twox64Concat, ResolutionIndex, BoundedCallOf<T>, OptionQuery>;

	/// Open resolutions per token.
	#[pallet::storage]
	pub type Active<T: Config> = StorageMap<_, Twox64Concat, TokenId, ActiveCount, ValueQuery>;

	/// Per resolution and account: its direct vote, the power voted directly below it, and
	/// whether it claimed its reward.
	#[pallet::storage]
	pub type VoteRecords<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ResolutionIndex,
		Blake2_128Concat,
		T::AccountId,
		VoteRecord,
		OptionQuery,
	>;

	/// Follow nodes: per token and account, its follows and what it carries per topic. An
	/// entry exists only while it carries something.
	#[pallet::storage]
	pub type Nodes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		FollowNodeOf<T>,
		OptionQuery,
	>;

	/// Copy-on-write history of a node's topic: `(c, s)` means the topic had followee and
	/// carried balance `s` at checkpoint `c` and at every checkpoint after the previous entry.
	/// Sorted by checkpoint.
	#[pallet::storage]
	pub type LinkHistory<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, TokenId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, Topic>,
		),
		BoundedVec<(CheckpointId, LinkSnapshot<T::AccountId>), T::MaxCheckpoints>,
		ValueQuery,
	>;

	/// The number of (account, topic) follow edges per token: a token with none costs its
	/// balance changes one read.
	#[pallet::storage]
	pub type FollowEdges<T: Config> = StorageMap<_, Twox64Concat, TokenId, u32, ValueQuery>;

	/// A resolution's reward: funded and paid.
	#[pallet::storage]
	pub type RewardPools<T: Config> =
		StorageMap<_, Twox64Concat, ResolutionIndex, RewardPool<DepositOf<T>>, OptionQuery>;

	/// A resolution's funders, with what is still held from each, in funding order.
	#[pallet::storage]
	pub type RewardFunders<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ResolutionIndex,
		BoundedVec<Funder<T::AccountId, DepositOf<T>>, T::MaxFunders>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A token's issuer changed its settings (`None`: back to the defaults).
		TokenSettingsSet {
			token: TokenId,
			settings: Option<TokenSettingsOf<T>>,
		},
		/// A resolution was proposed.
		Proposed {
			resolution: ResolutionIndex,
			token: TokenId,
			kind: ResolutionKind,
			topic: Topic,
			record: CheckpointId,
			proposer: Proposer<T::AccountId>,
			deposit: DepositOf<T>,
			total: Power,
			deadline: BlockNumberFor<T>,
		},
		/// An account voted directly (`counted`: the power its vote counts now).
		Voted {
			resolution: ResolutionIndex,
			who: T::AccountId,
			choice: Choice,
			counted: Power,
		},
		/// A flip of the lead moved the deadline.
		DeadlineExtended {
			resolution: ResolutionIndex,
			deadline: BlockNumberFor<T>,
		},
		/// A resolution closed; its deposit was returned or burnt.
		Closed {
			resolution: ResolutionIndex,
			outcome: Outcome,
			tally: Tally,
			deposit_returned: DepositOf<T>,
			deposit_burned: DepositOf<T>,
		},
		/// The network cancelled a resolution; its deposit was returned or burnt.
		Cancelled {
			resolution: ResolutionIndex,
			deposit_returned: DepositOf<T>,
			deposit_burned: DepositOf<T>,
		},
		/// A passed resolution's call was scheduled for the start of block `enacts_at`.
		EnactmentScheduled {
			resolution: ResolutionIndex,
			enacts_at: BlockNumberFor<T>,
		},
		/// A passed resolution's call could not be scheduled (it is dropped).
		EnactmentFailed {
			resolution: ResolutionIndex,
			error: DispatchError,
		},
		/// An account set or removed a follow (`topic` `None`: the catch-all; `followee`
		/// `None`: removed). `deposit`: what is held from it for its follows now.
		Followed {
			token: TokenId,
			who: T::AccountId,
			topic: Option<Topic>,
			followee: Option<T::AccountId>,
			deposit: DepositOf<T>,
		},
		/// A reward was funded (`total`: the reward now).
		RewardFunded {
			resolution: ResolutionIndex,
			funder: T::AccountId,
			amount: DepositOf<T>,
			total: DepositOf<T>,
		},
		/// A voter claimed its reward.
		RewardClaimed {
			resolution: ResolutionIndex,
			who: T::AccountId,
			amount: DepositOf<T>,
		},
		/// What was not claimed went back to the funders.
		RewardReclaimed {
			resolution: ResolutionIndex,
			returned: DepositOf<T>,
		},
		/// Records of a closed resolution were removed (`done`: the resolution is gone).
		ResolutionCleared {
			resolution: ResolutionIndex,
			removed: u32,
			done: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such token.
		UnknownToken,
		/// No such resolution.
		UnknownResolution,
		/// The checkpoint is unknown or no longer retained.
		UnknownCheckpoint,
		/// The record checkpoint is no longer retained: the resolution takes no more votes.
		RecordDateUnavailable,
		/// The token's units carry no votes.
		NonVotingToken,
		/// There is no voting power (no supply at the record date, or none for this account).
		NoVotingPower,
		/// Only the token's issuer, a holder above the proposal threshold or the network may
		/// propose.
		NotAllowedToPropose,
		/// The token has the most open resolutions allowed.
		TooManyActive,
		/// The token has the most open resolutions by holders allowed.
		TooManyHolderProposals,
		/// The voting period is shorter or longer than allowed.
		BadVotingPeriod,
		/// The call is longer than a resolution can carry (128 bytes encoded).
		CallTooLong,
		/// The resolution is closed.
		NotOngoing,
		/// The deadline has passed: no more votes.
		VotingClosed,
		/// Before the deadline, a resolution closes only once its outcome is decided.
		NotDecided,
		/// The account already voted so.
		AlreadyVoted,
		/// Custodians (escrows, vaults, pools) neither vote, follow nor are followed.
		CustodianAccount,
		/// An account cannot follow itself.
		SelfFollow,
		/// The follow would close a cycle.
		FollowCycle,
		/// The follow would make a chain longer than `MaxFollowDepth`.
		FollowTooDeep,
		/// Only holders of the token follow.
		NotHolder,
		/// The account already follows this account there.
		AlreadyFollowing,
		/// The account follows nobody there.
		NotFollowing,
		/// Only the token's admitted issuer may do this.
		NotIssuer,
		/// The settings are out of bounds (approval under one half, special below ordinary,
		/// delays too long).
		InvalidSettings,
		/// The resolution is still open.
		NotClosed,
		/// The account's power did not count, or the reward is empty.
		NothingToClaim,
		/// The account claimed already.
		AlreadyClaimed,
		/// The claim period is over.
		ClaimPeriodOver,
		/// The claim period is not over yet.
		ClaimPeriodNotOver,
		/// The reward has the most funders allowed.
		TooManyFunders,
		/// The amount is zero.
		ZeroAmount,
		/// The resolution has no reward.
		NoReward,
		/// The reward must be reclaimed first.
		RewardOutstanding,
		/// An amount would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let d = T::MaxFollowDepth::get();
			assert!(
				(1..=MAX_FOLLOW_DEPTH).contains(&d),
				"MaxFollowDepth must be 1 to 16"
			);
			assert!(
				T::MaxActivePerToken::get() > 0,
				"MaxActivePerToken must be at least 1"
			);
			assert!(
				T::MaxHolderProposals::get() < T::MaxActivePerToken::get(),
				"MaxHolderProposals must leave room for the issuer and the network"
			);
			assert!(
				T::MaxCheckpoints::get() > 0,
				"MaxCheckpoints must be at least 1"
			);
			assert!(T::MaxFunders::get() > 0, "MaxFunders must be at least 1");
			assert!(
				!T::MinVotingPeriod::get().is_zero()
					&& T::MinVotingPeriod::get() <= T::MaxVotingPeriod::get(),
				"voting periods must be 1 <= MinVotingPeriod <= MaxVotingPeriod"
			);
			assert!(
				Pallet::<T>::settings_valid(&T::DefaultSettings::get()),
				"DefaultSettings must be valid settings"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Proposes a resolution to `token`'s holders, voted on for `voting_period` blocks,
		/// with power at `record`. The token's issuer or a holder with at least the token's
		/// proposal threshold of the supply (holding [`Config::ProposalDeposit`]), or the admin
		/// origin (the network, no deposit). `call`, if any, is dispatched with
		/// [`Origin::TokenHolders`] after the enactment delay if it passes.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose())]
		#[allow(clippy::too_many_arguments)]
		pub fn propose(
			origin: OriginFor<T>,
			token: TokenId,
			kind: ResolutionKind,
			topic: Topic,
			record: RecordDate,
			voting_period: BlockNumberFor<T>,
			call: Option<Box<CallOf<T>>>,
			metadata: Option<T::Hash>,
		) -> DispatchResult {
			let by = match T::AdminOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_propose(
				by,
				token,
				kind,
				topic,
				record,
				voting_period,
				call.map(|c| *c),
				metadata,
			)
			.map(|_| ())
		}

		/// Votes directly on a resolution (or changes a direct vote). Overrides following:
		/// what the caller's followee voted no longer counts the caller's power.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::vote(T::MaxFollowDepth::get(), CHARGED_FOLLOWERS))]
		pub fn vote(
			origin: OriginFor<T>,
			resolution: ResolutionIndex,
			choice: Choice,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let depth = Self::do_vote(&who, resolution, choice)?;
			Ok(Some(T::WeightInfo::vote(depth, CHARGED_FOLLOWERS)).into())
		}

		/// Closes a resolution after its deadline, or before once its outcome is decided.
		/// Anyone.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::close())]
		pub fn close(origin: OriginFor<T>, resolution: ResolutionIndex) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_close(resolution)
		}

		/// Follows `followee` on `token` in `topic` (`None`: the catch-all, for every topic
		/// without a follow of its own), or stops (`followee` `None`; a topic then falls back
		/// to the catch-all). Holds [`Config::FollowDeposit`] per follow set. Refused if it
		/// would close a cycle or make a chain longer than [`Config::MaxFollowDepth`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::follow(T::MaxFollowDepth::get(), 0))]
		pub fn follow(
			origin: OriginFor<T>,
			token: TokenId,
			topic: Option<Topic>,
			followee: Option<T::AccountId>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let depth = Self::do_follow(&who, token, topic, followee)?;
			Ok(Some(T::WeightInfo::follow(depth, 0)).into())
		}

		/// Sets `token`'s settings (`None`: back to the defaults); resolutions already proposed
		/// keep theirs. The token's admitted issuer.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_token_settings())]
		pub fn set_token_settings(
			origin: OriginFor<T>,
			token: TokenId,
			settings: Option<TokenSettingsOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_token_settings(&who, token, settings)
		}

		/// Adds `amount` to an open resolution's participation reward, held from the caller
		/// until paid to voters or returned. Anyone.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::fund_reward())]
		pub fn fund_reward(
			origin: OriginFor<T>,
			resolution: ResolutionIndex,
			amount: DepositOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_reward(who, resolution, amount)
		}

		/// Claims the caller's share of a closed resolution's reward: the reward times its own
		/// power over the turnout, if its power counted (it voted, or its nearest ancestor at
		/// the record date that voted directly counted it).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::claim_reward(T::MaxFollowDepth::get()))]
		pub fn claim_reward(
			origin: OriginFor<T>,
			resolution: ResolutionIndex,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let depth = Self::do_claim_reward(&who, resolution)?;
			Ok(Some(T::WeightInfo::claim_reward(depth)).into())
		}

		/// Returns what was not claimed to the funders, after the claim period. Anyone.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reclaim_reward(T::MaxFunders::get()))]
		pub fn reclaim_reward(
			origin: OriginFor<T>,
			resolution: ResolutionIndex,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let funders = Self::do_reclaim_reward(resolution)?;
			Ok(Some(T::WeightInfo::reclaim_reward(funders)).into())
		}

		/// Removes up to `limit` (at most [`MAX_CLEAR_BATCH`]) vote records of a closed resolution whose claim period is
		/// over and whose reward is settled; the resolution itself once none is left. Anyone.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::clear_resolution((*limit).min(MAX_CLEAR_BATCH)))]
		pub fn clear_resolution(
			origin: OriginFor<T>,
			resolution: ResolutionIndex,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let removed = Self::do_clear_resolution(resolution, limit)?;
			Ok(Some(T::WeightInfo::clear_resolution(removed)).into())
		}

		/// Cancels an open resolution: its call is dropped and its reward can be reclaimed at
		/// once; its deposit is returned, or burnt if `burn_deposit` (spam). Admin origin (the
		/// network).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(
			origin: OriginFor<T>,
			resolution: ResolutionIndex,
			burn_deposit: bool,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_cancel(resolution, burn_deposit)
		}
	}
}
