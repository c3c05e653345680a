//! # Oracle pallet
//!
//! ## Overview
//!
//! Off-chain data for regulated securities, from reporters who put money behind it. Bonded
//! **reporters**, admitted by the network's admin origin, serve two things:
//!
//! - **Price feeds** (a token's net asset value, an FX rate, a custom series): reporters
//!   submit values; the feed's value is the median of the fresh reports when enough are
//!   fresh, and otherwise the feed says it is stale, and since when. Feeds are scored in
//!   rounds: reports within a deviation band around the round's median share the round's
//!   reward, reports outside it are outliers, and a reporter that stays an outlier for
//!   [`Config::OutlierRounds`] scored rounds in a row loses [`Config::OutlierSlash`] of its
//!   bond (one outlier round is noise, not fraud).
//! - **Questions** about real-world events ("did the issuer pay the coupon due on
//!   2027-01-01?"), after Augur v2: a designated reporter reports the outcome after the
//!   resolution time, staking [`Config::DesignatedBond`]; if it does not within
//!   [`Config::DesignatedWindow`], any reporter may (open reporting). Anyone bonded may then
//!   dispute the tentative outcome by staking for another one; a dispute succeeds when its
//!   stakes reach `2*A - 3*S` (`A` all filled stake, `S` the filled stake on the outcome
//!   disputed for), starting a new round with a window twice as long. After
//!   [`Config::MaxDisputeRounds`] successful disputes, or a dispute of at least
//!   [`Config::EscalationThreshold`], the question escalates and only the admin origin (a
//!   council motion) decides it. Winners get their stakes back with the losing stakes, less
//!   [`Config::LosingBurn`] of them, which is burned: disputing oneself never pays.
//!
//! Other pallets read both through the traits of `vellum_primitives::oracle`
//! ([`PriceProvider`], [`OutcomeProvider`]), which this pallet implements.
//!
//! ## Terminology
//!
//! - **Reporter**: an account admitted by [`Config::AdminOrigin`], holding a bond in the
//!   native currency ([`HoldReason::ReporterBond`]). It reports and stakes while its bond is at
//!   least [`Config::MinReporterBond`]. Unbonding takes [`Config::UnbondingDelay`] blocks (the
//!   unbonding part stays held and slashable), and never takes the active bond below what its
//!   outlier streaks put at risk.
//! - **Feed**: identified by a [`FeedKey`]; created by the admin origin, or by a token's
//!   issuer for its own token's NAV (holding [`Config::FeedDeposit`]). Its [`FeedConfig`]
//!   gives the unit, the minimum fresh reports, the maximum age of a fresh report, the
//!   deviation band and the reward per round. At most [`Config::MaxReportersPerFeed`]
//!   reporters join a feed (`join_feed`) and report on it (`submit`).
//! - **Round**: [`Config::RoundLength`] blocks, the same for every feed (round `r` is blocks
//!   `r*L .. (r+1)*L`). During round `r + 1` anyone may close round `r` of a feed
//!   (`close_round`), scoring the reports made in it; a round not closed then is never scored.
//! - **Pot**: a feed's rewards, funded by anyone (`fund_feed`), held on the pallet's account
//!   ([`HoldReason::FeedRewards`]); rewards are claimed (`claim_rewards`).
//! - **Question**: categorical (labels) or scalar (a range) outcomes, plus
//!   [`Outcome::Invalid`]; asked by a token's issuer about its token (holding
//!   [`Config::QuestionDeposit`], the initial reporter's reward) or by the admin origin.
//! - **Stake**: native currency held on the pallet's account ([`HoldReason::DisputeStake`])
//!   for an outcome of a question: the initial report's, or a contribution to a
//!   **crowdfund**, a dispute several stakers fill together.
//!
//! ## Interface
//!
//! Admin origin: `admit_reporter`, `remove_reporter`, `create_feed`, `remove_feed`,
//! `leave_feed` (for any reporter), `ask`, `decide`.
//! Reporters: `bond`, `unbond`, `withdraw_unbonded`, `join_feed`, `leave_feed`, `submit`,
//! `claim_rewards`, `report`, `dispute`.
//! Issuers: `create_feed` and `remove_feed` (their token's NAV), `ask` (about their token).
//! Anyone: `close_round`, `fund_feed`, `finalize`, `claim` (pays the staker).
//!
//! Queries: the [`runtime_api::OracleApi`] runtime API, answered by the `Pallet::api_*`
//! functions; [`Pallet::quote`], [`Pallet::status`].
//!
//! ## Limits
//!
//! See `README.md` of this pallet.
//!
//! [`PriceProvider`]: vellum_primitives::oracle::PriceProvider
//! [`OutcomeProvider`]: vellum_primitives::oracle::OutcomeProvider

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod maths;
pub mod runtime_api;
pub mod weights;
pub use weights::WeightInfo;

mod disputes;
mod feeds;
mod impl_providers;
mod payouts;
mod questions;
mod reporters;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::{
	dispatch::{DispatchResult, DispatchResultWithPostInfo},
	pallet_prelude::*,
	traits::fungible,
	PalletId,
};
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_runtime::Perbill;
use vellum_primitives::{
	ledger::SecurityLedger,
	oracle::{FeedKey, Outcome, QuestionId},
	security::TokenId,
};

/// The native-currency balance of bonds, stakes, deposits and rewards.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A feed's configuration as a runtime takes it.
pub type FeedConfigOf<T> = FeedConfig<BalanceOf<T>, BlockNumberFor<T>>;
/// The values of one `submit` call.
pub type ValuesOf<T> = BoundedVec<(FeedKey, u128), <T as Config>::MaxValuesPerCall>;
/// An account's stakes on one question.
pub type StakesOf<T> = BoundedVec<Stake<BalanceOf<T>>, <T as Config>::MaxStakesPerAccount>;

/// The most filled rounds of a question: the initial report and `MaxDisputeRounds` disputes.
pub struct MaxRoundsOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<u32> for MaxRoundsOf<T> {
	fn get() -> u32 {
		T::MaxDisputeRounds::get().saturating_add(1)
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a token issued by `issuer` (admitting and funding it as needed) and returns its
	/// id.
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
		/// A reporter's bond (active and unbonding), held from the reporter.
		ReporterBond,
		/// Stakes on outcomes of questions, held on the pallet's account until claimed.
		DisputeStake,
		/// A question's deposit, held from its asker until the question resolves.
		QuestionDeposit,
		/// A feed's deposit, held from the issuer who created it until it is removed.
		FeedDeposit,
		/// Feeds' reward pots and unclaimed rewards, held on the pallet's account.
		FeedRewards,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the ledger's).
		type TokenBalance: BalanceT;

		/// The security-token ledger: who issues which token.
		type Ledger: SecurityLedger<Self::AccountId, Self::TokenBalance>;

		/// The native currency, in which bonds, stakes, deposits and rewards are held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Admits and removes reporters, creates and removes any feed, removes any reporter
		/// from a feed, asks questions about anything, and decides escalated questions (the
		/// network acting: the council).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The id of the account that holds stakes and reward pots.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The least bond with which a reporter may report, join feeds and stake.
		#[pallet::constant]
		type MinReporterBond: Get<BalanceOf<Self>>;

		/// Blocks between `unbond` and the release of the amount (it stays slashable).
		#[pallet::constant]
		type UnbondingDelay: Get<BlockNumberFor<Self>>;

		/// Most parts of a bond unbonding at once.
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;

		/// Most reporters of one feed.
		#[pallet::constant]
		type MaxReportersPerFeed: Get<u32>;

		/// Most feeds one reporter reports on.
		#[pallet::constant]
		type MaxFeedsPerReporter: Get<u32>;

		/// Most values in one `submit`.
		#[pallet::constant]
		type MaxValuesPerCall: Get<u32>;

		/// Held from an issuer for each feed it creates.
		#[pallet::constant]
		type FeedDeposit: Get<BalanceOf<Self>>;

		/// Blocks per feed round (not 0).
		#[pallet::constant]
		type RoundLength: Get<BlockNumberFor<Self>>;

		/// Part of its bond a reporter loses after `OutlierRounds` outlier rounds in a row.
		#[pallet::constant]
		type OutlierSlash: Get<Perbill>;

		/// Scored rounds in a row as an outlier after which the reporter is slashed (at least
		/// 2: one outlier round is noise).
		#[pallet::constant]
		type OutlierRounds: Get<u32>;

		/// Held from an issuer for each question it asks: the initial reporter's reward.
		#[pallet::constant]
		type QuestionDeposit: Get<BalanceOf<Self>>;

		/// Most unresolved questions about one token at once.
		#[pallet::constant]
		type MaxOpenQuestionsPerToken: Get<u32>;

		/// Most categories of a categorical question.
		#[pallet::constant]
		type MaxLabels: Get<u32>;

		/// Longest label of a category, in bytes.
		#[pallet::constant]
		type MaxLabelLen: Get<u32>;

		/// Blocks after the resolution time in which only the designated reporter may report.
		#[pallet::constant]
		type DesignatedWindow: Get<BlockNumberFor<Self>>;

		/// What the initial report stakes on its outcome (designated or open).
		#[pallet::constant]
		type DesignatedBond: Get<BalanceOf<Self>>;

		/// Blocks in which the initial report may be disputed; round `n`'s window is
		/// `DisputeWindow * 2^n`, at most `MaxDisputeWindow`.
		#[pallet::constant]
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// The longest dispute window.
		#[pallet::constant]
		type MaxDisputeWindow: Get<BlockNumberFor<Self>>;

		/// Successful disputes after which a question escalates to the admin origin.
		#[pallet::constant]
		type MaxDisputeRounds: Get<u32>;

		/// A dispute whose required stake is at least this escalates the question when it
		/// fills, instead of starting another round.
		#[pallet::constant]
		type EscalationThreshold: Get<BalanceOf<Self>>;

		/// Part of the losing stakes burned at resolution.
		#[pallet::constant]
		type LosingBurn: Get<Perbill>;

		/// The least contribution to a dispute (but the one that fills it).
		#[pallet::constant]
		type MinDisputeStake: Get<BalanceOf<Self>>;

		/// Most disputes being filled in one round of a question.
		#[pallet::constant]
		type MaxOpenDisputes: Get<u32>;

		/// Most distinct stakers of one dispute.
		#[pallet::constant]
		type MaxContributors: Get<u32>;

		/// Most stakes of one account on one question (one per crowdfund it contributed to).
		#[pallet::constant]
		type MaxStakesPerAccount: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Admitted reporters.
	#[pallet::storage]
	pub type Reporters<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ReporterInfo<T>, OptionQuery>;

	/// Price feeds.
	#[pallet::storage]
	pub type Feeds<T: Config> = StorageMap<_, Blake2_128Concat, FeedKey, Feed<T>, OptionQuery>;

	/// Each feed's reporters and their last reports: the one entry a submitted value touches.
	/// Its keys are not hashed (`Identity`), which keeps that entry's key 16 bytes shorter:
	/// no attacker chooses them in numbers that could unbalance the trie. A feed's key is a
	/// token's NAV (token ids are assigned by the ledger, and only the token's issuer creates
	/// its feed) or a key the network chose; its reporters are accounts the network admitted,
	/// at most `MaxReportersPerFeed` of them.
	#[pallet::storage]
	pub type Reports<T: Config> = StorageDoubleMap<
		_,
		Identity,
		FeedKey,
		Identity,
		T::AccountId,
		Report<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// How each reporter of each feed stands in its rounds (outlier streak, rewards).
	#[pallet::storage]
	pub type Standings<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		FeedKey,
		Twox64Concat,
		T::AccountId,
		Standing<BalanceOf<T>>,
		ValueQuery,
	>;

	/// The id the next question gets.
	#[pallet::storage]
	pub type NextQuestionId<T: Config> = StorageValue<_, QuestionId, ValueQuery>;

	/// Questions, kept after they resolve (consumers read their outcomes).
	#[pallet::storage]
	pub type Questions<T: Config> =
		StorageMap<_, Twox64Concat, QuestionId, Question<T>, OptionQuery>;

	/// Each account's stakes on each question, until claimed.
	#[pallet::storage]
	pub type Stakes<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		QuestionId,
		StakesOf<T>,
		OptionQuery,
	>;

	/// Unresolved questions about each token.
	#[pallet::storage]
	pub type OpenQuestions<T: Config> = StorageMap<_, Twox64Concat, TokenId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account may now bond and report.
		ReporterAdmitted { who: T::AccountId },
		/// A reporter was removed and its whole bond released.
		ReporterRemoved {
			who: T::AccountId,
			released: BalanceOf<T>,
		},
		/// A reporter's bond grew.
		Bonded {
			who: T::AccountId,
			amount: BalanceOf<T>,
			bond: BalanceOf<T>,
		},
		/// Part of a reporter's bond started unbonding; it is released from `unlocks_at`.
		Unbonding {
			who: T::AccountId,
			amount: BalanceOf<T>,
			unlocks_at: BlockNumberFor<T>,
		},
		/// Unbonded parts of a reporter's bond were released.
		Withdrawn {
			who: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// A feed was created by an issuer holding `deposit`, or (`creator: None`) by the
		/// network.
		FeedCreated {
			key: FeedKey,
			creator: Option<T::AccountId>,
			config: FeedConfigOf<T>,
			deposit: BalanceOf<T>,
		},
		/// A feed was removed: its reporters left it with their rewards paid, its deposit was
		/// released and `burned` was left in its pot.
		FeedRemoved {
			key: FeedKey,
			reporters: u32,
			burned: BalanceOf<T>,
		},
		/// A reporter joined a feed.
		FeedJoined {
			key: FeedKey,
			reporter: T::AccountId,
		},
		/// A reporter left a feed (or the network removed it), its rewards paid.
		FeedLeft {
			key: FeedKey,
			reporter: T::AccountId,
			paid: BalanceOf<T>,
		},
		/// A reporter submitted values.
		Submitted {
			reporter: T::AccountId,
			values: ValuesOf<T>,
		},
		/// A round of a feed was closed: `reports` were made in it; if at least the feed's
		/// minimum, their `median` scored them and `in_band` of them shared `reward`.
		RoundClosed {
			key: FeedKey,
			round: RoundIndex,
			reports: u32,
			median: Option<u128>,
			in_band: u32,
			reward: BalanceOf<T>,
		},
		/// A reporter was an outlier of a round; `streak` rounds in a row now, putting
		/// `at_risk` of its bond at risk.
		Outlier {
			key: FeedKey,
			reporter: T::AccountId,
			streak: u32,
			at_risk: BalanceOf<T>,
		},
		/// A reporter was an outlier for `OutlierRounds` rounds in a row: `slashed` of its bond
		/// was burned.
		OutlierSlashed {
			key: FeedKey,
			reporter: T::AccountId,
			slashed: BalanceOf<T>,
		},
		/// A feed's pot grew.
		FeedFunded {
			key: FeedKey,
			from: T::AccountId,
			amount: BalanceOf<T>,
			pot: BalanceOf<T>,
		},
		/// A reporter claimed its rewards of a feed.
		RewardsClaimed {
			key: FeedKey,
			reporter: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// A question was asked by a token's issuer holding `deposit`, or (`asker: None`) by
		/// the network.
		QuestionAsked {
			id: QuestionId,
			asker: Option<T::AccountId>,
			token: Option<TokenId>,
			designated: T::AccountId,
			resolves_at: BlockNumberFor<T>,
			deposit: BalanceOf<T>,
		},
		/// The initial report of a question (`designated`: by its designated reporter),
		/// staking `stake`; it may be disputed until `window_end`.
		Reported {
			id: QuestionId,
			reporter: T::AccountId,
			outcome: Outcome,
			stake: BalanceOf<T>,
			designated: bool,
			window_end: BlockNumberFor<T>,
		},
		/// A staker contributed to a dispute for `outcome`: `raised` of `required` so far.
		Disputed {
			id: QuestionId,
			staker: T::AccountId,
			fund: FundId,
			outcome: Outcome,
			amount: BalanceOf<T>,
			raised: BalanceOf<T>,
			required: BalanceOf<T>,
		},
		/// A dispute filled: `outcome` is tentative in round `round`, which may be disputed
		/// until `window_end`.
		RoundStarted {
			id: QuestionId,
			round: u32,
			outcome: Outcome,
			stake: BalanceOf<T>,
			window_end: BlockNumberFor<T>,
		},
		/// A question escalated with `outcome` tentative: only the admin origin decides it.
		Escalated {
			id: QuestionId,
			round: u32,
			outcome: Outcome,
		},
		/// A question resolved (`by_network`: decided by the admin origin); `burned` of the
		/// losing stakes was burned and the deposit went to `deposit_to`.
		Resolved {
			id: QuestionId,
			outcome: Outcome,
			by_network: bool,
			burned: BalanceOf<T>,
			deposit_to: Option<T::AccountId>,
		},
		/// A staker's stakes on a resolved question were paid out.
		Claimed {
			id: QuestionId,
			staker: T::AccountId,
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a reporter.
		AlreadyReporter,
		/// The account is not an admitted reporter.
		NotReporter,
		/// The reporter reports on feeds or has an outlier streak: it cannot be removed.
		ReporterInUse,
		/// The amount is zero.
		ZeroAmount,
		/// The active bond is smaller than the amount.
		InsufficientBond,
		/// The active bond may not fall below what the reporter's outlier streaks put at risk,
		/// nor below `MinReporterBond` while it reports on feeds.
		BondLocked,
		/// The reporter's bond is below `MinReporterBond`.
		BondBelowMinimum,
		/// The bond has as many unbonding parts as it may.
		TooManyUnlockingChunks,
		/// Nothing unbonded can be released yet.
		NothingToWithdraw,
		/// The feed exists already.
		FeedExists,
		/// No such feed.
		UnknownFeed,
		/// The feed's configuration is out of range (minimum reports, maximum age).
		InvalidFeedConfig,
		/// The caller is neither the admin origin nor the issuer allowed to do this: an
		/// issuer creates only its own token's NAV feed and asks only about its own token.
		NoPermission,
		/// No such token.
		UnknownToken,
		/// The reporter reports on this feed already.
		AlreadyFeedReporter,
		/// The reporter does not report on this feed.
		NotFeedReporter,
		/// The feed has as many reporters as it may.
		TooManyReporters,
		/// The reporter reports on as many feeds as it may.
		TooManyFeeds,
		/// The reporter has an outlier streak on this feed: it may leave only after a report
		/// in the band (the admin origin may remove it).
		OutlierStreak,
		/// No round of this feed can be closed now: the last round is closed, or began before
		/// the feed.
		NoRoundToClose,
		/// Nothing to claim.
		NothingToClaim,
		/// The question is not well formed: fewer than two categories, an empty label, or an
		/// empty range.
		InvalidQuestion,
		/// The resolution time has passed.
		ResolutionInPast,
		/// The designated reporter is not a reporter with at least `MinReporterBond`, or is the
		/// asker.
		InvalidDesignated,
		/// The token has as many unresolved questions as it may.
		TooManyQuestions,
		/// Every question id has been given out.
		QuestionIdsExhausted,
		/// No such question.
		UnknownQuestion,
		/// The question's resolution time has not come.
		NotYetResolvable,
		/// Only the designated reporter may report in its window.
		NotDesignated,
		/// The question has been reported already.
		AlreadyReported,
		/// The question does not admit this outcome.
		InvalidOutcome,
		/// The question is not disputable (not reported yet, escalated or resolved).
		NotDisputable,
		/// The dispute window is over.
		WindowClosed,
		/// The dispute window is not over yet.
		WindowOpen,
		/// The outcome is the tentative one: dispute for another.
		SameOutcome,
		/// The contribution is below `MinDisputeStake` and does not fill the dispute.
		StakeTooLow,
		/// The round has as many disputes being filled as it may, each with more stake than
		/// this one.
		TooManyDisputes,
		/// The dispute has as many stakers as it may.
		TooManyContributors,
		/// The account has as many stakes on this question as it may.
		TooManyStakes,
		/// The question has not escalated: only escalated questions are decided.
		NotEscalated,
		/// The question has not resolved yet.
		NotResolved,
		/// A stake would overflow.
		Overflow,
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
		/// Admits `who` as a reporter (with no bond yet).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit_reporter())]
		pub fn admit_reporter(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_admit_reporter(who)
		}

		/// Removes reporter `who`, releasing its whole bond (unbonding parts included). Only
		/// while it reports on no feed and has no outlier streak (remove it from its feeds
		/// first with `leave_feed`). Its stakes on questions stay and are claimed as any.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_reporter())]
		pub fn remove_reporter(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_remove_reporter(who)
		}

		/// The caller, a reporter, adds `amount` to its bond (held from its balance).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(who, amount)
		}

		/// The caller, a reporter, starts unbonding `amount` of its active bond: released by
		/// `withdraw_unbonded` after `UnbondingDelay` blocks, slashable until then. What its
		/// outlier streaks put at risk stays, and while it reports on a feed at least
		/// `MinReporterBond` does.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, amount)
		}

		/// Releases the caller's unbonded parts whose delay has passed.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who)
		}

		/// Creates the feed `key`. By the admin origin (any key, no deposit), or by a token's
		/// issuer, while admitted, for its own token's NAV (`FeedKey::Nav`), holding
		/// `FeedDeposit`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_feed())]
		pub fn create_feed(
			origin: OriginFor<T>,
			key: FeedKey,
			config: FeedConfigOf<T>,
		) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_create_feed(by, key, config)
		}

		/// Removes feed `key`: every reporter leaves it with its rewards paid (and its streak
		/// forgiven), the creator's deposit is released and what is left in the pot is burned.
		/// By the admin origin or the issuer who created it. Charged the most reporters a
		/// feed has, refunded to those it had.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_feed(T::MaxReportersPerFeed::get()))]
		pub fn remove_feed(origin: OriginFor<T>, key: FeedKey) -> DispatchResultWithPostInfo {
			let by = Self::ensure_admin_or_signed(origin)?;
			let n = Self::do_remove_feed(by, key)?;
			Ok(Some(T::WeightInfo::remove_feed(n)).into())
		}

		/// The caller, a reporter with at least `MinReporterBond`, joins feed `key`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::join_feed())]
		pub fn join_feed(origin: OriginFor<T>, key: FeedKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_join_feed(who, key)
		}

		/// `reporter` leaves feed `key`, its rewards of the feed paid. By the reporter itself
		/// (not while it has an outlier streak on the feed) or the admin origin (which forgives
		/// the streak).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::leave_feed())]
		pub fn leave_feed(
			origin: OriginFor<T>,
			key: FeedKey,
			reporter: T::AccountId,
		) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_leave_feed(by, key, reporter)
		}

		/// The caller, a reporter with at least `MinReporterBond`, reports `values`, one per
		/// feed it reports on (a later value for the same feed in the call wins).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::submit(values.len() as u32))]
		pub fn submit(origin: OriginFor<T>, values: ValuesOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit(who, values)
		}

		/// Closes the round before the current one of feed `key`, scoring the reports made in
		/// it: with at least the feed's minimum of them, those within the band around their
		/// median share the round's reward and the others are outliers. Anyone may call it.
		/// Charged the most reporters a feed has, refunded to those it has.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::close_round(T::MaxReportersPerFeed::get()))]
		pub fn close_round(origin: OriginFor<T>, key: FeedKey) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let n = Self::do_close_round(key)?;
			Ok(Some(T::WeightInfo::close_round(n)).into())
		}

		/// Adds `amount` of the caller's balance to feed `key`'s reward pot (it cannot be
		/// taken back).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::fund_feed())]
		pub fn fund_feed(
			origin: OriginFor<T>,
			key: FeedKey,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_feed(who, key, amount)
		}

		/// The caller claims its rewards of feed `key`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::claim_rewards())]
		pub fn claim_rewards(origin: OriginFor<T>, key: FeedKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_rewards(who, key)
		}

		/// Asks a question with outcomes `kind` (plus `Invalid`) and terms hashed to `terms`,
		/// reported first by `designated` (a reporter with at least `MinReporterBond`, not the
		/// asker) from block `resolves_at`. By the admin origin (any token or none, no
		/// deposit), or by a token's issuer, while admitted, about its own token, holding
		/// `QuestionDeposit`. At most `MaxOpenQuestionsPerToken` unresolved per token.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::ask())]
		pub fn ask(
			origin: OriginFor<T>,
			token: Option<TokenId>,
			kind: QuestionKindOf<T>,
			terms: [u8; 32],
			designated: T::AccountId,
			resolves_at: BlockNumberFor<T>,
		) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_ask(by, token, kind, terms, designated, resolves_at).map(|_| ())
		}

		/// The initial report of `question`: `outcome`, staking `DesignatedBond`. From the
		/// resolution time, by the designated reporter only during `DesignatedWindow`; after
		/// it, by any reporter with at least `MinReporterBond`, who takes the designated
		/// reporter's place (its stake and its reward).
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::report())]
		pub fn report(
			origin: OriginFor<T>,
			question: QuestionId,
			outcome: Outcome,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report(who, question, outcome)
		}

		/// The caller, a reporter with at least `MinReporterBond`, stakes up to `amount` on a
		/// dispute of `question`'s tentative outcome for `outcome`, while the round's window
		/// is open. The dispute succeeds when its stakes reach `2*A - 3*S(outcome)`; what
		/// exceeds that is not taken. The filling stake starts the next round, or escalates
		/// the question after `MaxDisputeRounds` or at `EscalationThreshold`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(
			origin: OriginFor<T>,
			question: QuestionId,
			outcome: Outcome,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(who, question, outcome, amount)
		}

		/// Resolves `question` with its tentative outcome once the window of its last round
		/// has passed without a successful dispute. Anyone may call it.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::finalize())]
		pub fn finalize(origin: OriginFor<T>, question: QuestionId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_finalize(question)
		}

		/// Decides escalated `question` with `outcome` (a council motion).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::decide())]
		pub fn decide(
			origin: OriginFor<T>,
			question: QuestionId,
			outcome: Outcome,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_decide(question, outcome)
		}

		/// Pays out `staker`'s stakes on resolved `question` to `staker`, and removes their
		/// record. Anyone may call it.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(
			origin: OriginFor<T>,
			question: QuestionId,
			staker: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim(question, staker)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account holding stakes and reward pots.
	pub fn account_id() -> T::AccountId {
		use sp_runtime::traits::AccountIdConversion;
		T::PalletId::get().into_account_truncating()
	}

	/// `None` for the admin origin, the signer otherwise.
	pub(crate) fn ensure_admin_or_signed(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, sp_runtime::DispatchError> {
		match T::AdminOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(frame_system::ensure_signed(origin)?)),
		}
	}

	/// Panics if a config value the pallet relies on is out of range.
	pub(crate) fn do_integrity_test() {
		use sp_runtime::traits::Zero;
		assert!(
			!T::RoundLength::get().is_zero(),
			"rounds are at least a block long"
		);
		assert!(
			T::OutlierRounds::get() >= 2,
			"one outlier round is noise, not fraud"
		);
		assert!(
			T::MaxReportersPerFeed::get() >= 1 && T::MaxValuesPerCall::get() >= 1,
			"a feed needs a reporter, a submission a value"
		);
		assert!(
			T::MaxDisputeRounds::get() >= 1 && T::MaxOpenDisputes::get() >= 1,
			"a question may be disputed"
		);
		assert!(
			T::MaxContributors::get() >= 1 && T::MaxStakesPerAccount::get() >= 1,
			"a dispute needs a staker"
		);
		assert!(
			T::MaxLabels::get() >= 2 && T::MaxLabels::get() <= 256,
			"categories are indexed by u8, and a question has two"
		);
		assert!(
			!T::DisputeWindow::get().is_zero()
				&& T::DisputeWindow::get() <= T::MaxDisputeWindow::get(),
			"disputes need time"
		);
		assert!(
			!T::DesignatedBond::get().is_zero() && !T::MinDisputeStake::get().is_zero(),
			"free reports and disputes could be made for every question"
		);
		assert!(
			!T::MinReporterBond::get().is_zero(),
			"a reporter puts money behind its reports"
		);
	}
}
