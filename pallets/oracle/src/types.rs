//! Storage types of the oracle pallet: reporters and their bonds, feeds and their reports,
//! questions with their dispute rounds, crowdfunded disputes, stakes and settlements.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};
use vellum_primitives::{
	oracle::{Outcome, Unit},
	security::TokenId,
};

/// Index of a feed round: `block / RoundLength`, the same for every feed.
pub type RoundIndex = u32;

/// Identifier of a crowdfund within its question (the initial report is fund 0).
pub type FundId = u32;

/// Part of a bond being unbonded: held, and slashable, until `unlocks_at`.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Default)]
pub struct UnlockChunk<Balance, BlockNumber> {
	/// How much.
	pub amount: Balance,
	/// The first block at which `withdraw_unbonded` releases it.
	pub unlocks_at: BlockNumber,
}

/// An admitted reporter: its bond, what is being unbonded, and what it may not unbond.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct ReporterInfo<T: Config> {
	/// The active bond (held as [`crate::HoldReason::ReporterBond`]).
	pub bond: BalanceOf<T>,
	/// Parts of the bond being unbonded, oldest first; still held and slashable.
	pub unlocking: BoundedVec<UnlockChunk<BalanceOf<T>, BlockNumberFor<T>>, T::MaxUnlockingChunks>,
	/// What the reporter's outlier streaks could slash: the active bond may not be unbonded
	/// below it.
	pub at_risk: BalanceOf<T>,
	/// Feeds whose reporters it is.
	pub feeds: u32,
}

impl<T: Config> Default for ReporterInfo<T> {
	fn default() -> Self {
		Self {
			bond: Zero::zero(),
			unlocking: BoundedVec::new(),
			at_risk: Zero::zero(),
			feeds: 0,
		}
	}
}

impl<T: Config> ReporterInfo<T> {
	/// Everything held as its bond: the active bond and the unlocking parts.
	pub fn held(&self) -> BalanceOf<T> {
		self.unlocking
			.iter()
			.fold(self.bond, |sum, c| sum.saturating_add(c.amount))
	}
}

/// How a feed is read and rewarded, set when it is created.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct FeedConfig<Balance, BlockNumber> {
	/// The unit of its values.
	pub unit: Unit,
	/// Fresh reports needed for a fresh value (1 to `MaxReportersPerFeed`).
	pub min_reports: u32,
	/// Blocks a report stays fresh (at least 1): a report made at block `b` is fresh up to and
	/// including block `b + max_age`.
	pub max_age: BlockNumber,
	/// Deviation band around a round's median, as a part of the median: a report within it
	/// shares the round's reward, one outside it is an outlier.
	pub band: Perbill,
	/// The most a closed round pays its reporters in the band, from the feed's pot.
	pub reward_per_round: Balance,
}

/// A price feed.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Feed<T: Config> {
	/// How it is read and rewarded.
	pub config: FeedConfig<BalanceOf<T>, BlockNumberFor<T>>,
	/// The issuer who created it and holds its deposit (`None`: the network).
	pub creator: Option<T::AccountId>,
	/// The deposit held from the creator.
	pub deposit: BalanceOf<T>,
	/// The block it was created in.
	pub created_at: BlockNumberFor<T>,
	/// Its reporters (each has a [`crate::Reports`] entry).
	pub reporters: u32,
	/// Rewards not yet given to rounds (held on the pallet's account).
	pub pot: BalanceOf<T>,
	/// The last round closed (`None`: none yet).
	pub last_closed: Option<RoundIndex>,
}

/// A reported value and the block it was reported in.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Default)]
pub struct Reported<BlockNumber> {
	/// The value, in the feed's unit.
	pub value: u128,
	/// The block.
	pub at: BlockNumber,
}

/// A reporter's slot in a feed: its last report, and its last report of an earlier round
/// (kept so that the round before the current one can still be closed).
///
/// No report is made at block 0 (genesis holds no extrinsics), so a place whose `at` is 0
/// is empty: the record needs no `Option` tags, which keeps the one entry a submitted value
/// reads and writes as small as the SDK pallet-oracle's (see the README, Weights).
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Default)]
pub struct Report<BlockNumber> {
	last: Reported<BlockNumber>,
	previous: Reported<BlockNumber>,
}

impl<BlockNumber: Zero + Copy> Report<BlockNumber> {
	/// A slot holding `last` and `previous` (a report made at block 0 counts as none).
	pub fn new(
		last: Option<Reported<BlockNumber>>,
		previous: Option<Reported<BlockNumber>>,
	) -> Self {
		let empty = Reported {
			value: 0,
			at: Zero::zero(),
		};
		Report {
			last: last.unwrap_or(empty),
			previous: previous.unwrap_or(empty),
		}
	}

	/// The last report (`None`: nothing reported yet).
	pub fn last(&self) -> Option<Reported<BlockNumber>> {
		(!self.last.at.is_zero()).then_some(self.last)
	}

	/// The last report of a round before [`last`](Self::last)'s.
	pub fn previous(&self) -> Option<Reported<BlockNumber>> {
		(!self.previous.at.is_zero()).then_some(self.previous)
	}

	/// Records `report` as the last; the last so far becomes the previous if
	/// `new_round` says `report` is of a later round than it.
	pub fn record(
		&mut self,
		report: Reported<BlockNumber>,
		new_round: impl Fn(BlockNumber) -> bool,
	) {
		if let Some(last) = self.last() {
			if new_round(last.at) {
				self.previous = last;
			}
		}
		self.last = report;
	}
}

/// How a reporter stands in a feed's rounds.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Default)]
pub struct Standing<Balance> {
	/// Consecutive scored rounds in which it was an outlier (rounds it did not report in
	/// neither count nor break it).
	pub streak: u32,
	/// What its streak puts at risk: `OutlierSlash` of its bond when the streak began.
	pub at_risk: Balance,
	/// Rewards it may claim.
	pub unclaimed: Balance,
}

/// A label of a categorical outcome.
pub type LabelOf<T> = BoundedVec<u8, <T as Config>::MaxLabelLen>;

/// The outcomes a question admits, besides [`Outcome::Invalid`].
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxLabels, MaxLabelLen))]
pub enum QuestionKind<MaxLabels: Get<u32>, MaxLabelLen: Get<u32>> {
	/// One of these categories (at least two): [`Outcome::Category`] with its index.
	Categorical(BoundedVec<BoundedVec<u8, MaxLabelLen>, MaxLabels>),
	/// A value from `min` to `max` (inclusive, `min < max`): [`Outcome::Scalar`].
	Scalar {
		/// The least value.
		min: i128,
		/// The greatest value.
		max: i128,
	},
}

impl<MaxLabels: Get<u32>, MaxLabelLen: Get<u32>> QuestionKind<MaxLabels, MaxLabelLen> {
	/// Whether the kind is well formed: at least two categories, none empty; or a range
	/// with `min < max`.
	pub fn is_well_formed(&self) -> bool {
		match self {
			QuestionKind::Categorical(labels) => {
				labels.len() >= 2 && labels.iter().all(|l| !l.is_empty())
			}
			QuestionKind::Scalar { min, max } => min < max,
		}
	}

	/// Whether `outcome` is one the question admits (`Invalid` always is).
	pub fn admits(&self, outcome: &Outcome) -> bool {
		match (self, outcome) {
			(_, Outcome::Invalid) => true,
			(QuestionKind::Categorical(labels), Outcome::Category(i)) => {
				usize::from(*i) < labels.len()
			}
			(QuestionKind::Scalar { min, max }, Outcome::Scalar(v)) => min <= v && v <= max,
			_ => false,
		}
	}
}

/// A question's kind as a runtime stores it.
pub type QuestionKindOf<T> = QuestionKind<<T as Config>::MaxLabels, <T as Config>::MaxLabelLen>;

/// Where a question is in its life.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Phase {
	/// Waiting for its initial report (before the resolution time, in the designated
	/// reporter's window, or open to any reporter after it).
	Open,
	/// Reported: the last round's outcome is tentative and may be disputed until the window
	/// ends.
	Disputable,
	/// Too many rounds or too large a stake: only the admin origin decides it.
	Escalated,
	/// Resolved: stakes are claimed.
	Resolved,
}

/// A filled round: the initial report (round 0) or a successful dispute.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Round<Balance> {
	/// The outcome it made tentative.
	pub outcome: Outcome,
	/// The stake that filled it.
	pub stake: Balance,
	/// The crowdfund that filled it (0: the initial report).
	pub fund: FundId,
}

/// A dispute being filled in the current round: stakes for `outcome` until they reach the
/// required stake.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Crowdfund<Balance> {
	/// Its id within the question.
	pub fund: FundId,
	/// The outcome it disputes for.
	pub outcome: Outcome,
	/// Staked so far.
	pub raised: Balance,
	/// Distinct stakers so far.
	pub contributors: u32,
}

/// How a resolved question's stakes are paid out. Stakes on the final outcome come back in
/// full with a share of `pool` by stake; losing stakes lose `LosingBurn` (burned at
/// resolution) and the rest of them is the pool. With `refund` (the question resolved
/// `Invalid`, or to an outcome nobody staked on) the pool goes back to the losing stakes by
/// stake instead. Stakes of disputes that never filled come back in full.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Settlement<Balance> {
	/// The final outcome.
	pub outcome: Outcome,
	/// Whether the pool goes back to the losing stakes.
	pub refund: bool,
	/// Filled stakes on the final outcome.
	pub winning: Balance,
	/// Filled stakes on other outcomes.
	pub losing: Balance,
	/// Burned at resolution.
	pub burned: Balance,
	/// What is left of the pool to pay out.
	pub pool_left: Balance,
	/// The stakes that still share the pool (the pool goes to them by stake).
	pub shares_left: Balance,
	/// Paid out so far (stakes returned and shares of the pool).
	pub paid: Balance,
}

/// A question about a real-world event.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Question<T: Config> {
	/// The token's issuer who asked it and holds its deposit (`None`: the network).
	pub asker: Option<T::AccountId>,
	/// The token it is about, if any.
	pub token: Option<TokenId>,
	/// The outcomes it admits.
	pub kind: QuestionKindOf<T>,
	/// Hash of its full text and resolution rules (kept off chain).
	pub terms: [u8; 32],
	/// The reporter who reports first, in its window.
	pub designated: T::AccountId,
	/// The block from which it may be reported.
	pub resolves_at: BlockNumberFor<T>,
	/// Held from the asker: the initial reporter's reward if its outcome is the final one,
	/// returned to the asker otherwise.
	pub deposit: BalanceOf<T>,
	/// Where it is in its life.
	pub phase: Phase,
	/// Who made the initial report.
	pub initial_reporter: Option<T::AccountId>,
	/// Filled rounds: the initial report, then each successful dispute. The last one's
	/// outcome is tentative.
	pub rounds: BoundedVec<Round<BalanceOf<T>>, crate::MaxRoundsOf<T>>,
	/// The first block at which the current round can no longer be disputed.
	pub window_end: BlockNumberFor<T>,
	/// Disputes being filled in the current round.
	pub crowdfunds: BoundedVec<Crowdfund<BalanceOf<T>>, T::MaxOpenDisputes>,
	/// The id the next crowdfund gets.
	pub next_fund: FundId,
	/// Everything ever staked on it (filled or not).
	pub total_staked: BalanceOf<T>,
	/// Set at resolution.
	pub settlement: Option<Settlement<BalanceOf<T>>>,
}

impl<T: Config> Question<T> {
	/// The tentative outcome: the last filled round's.
	pub fn tentative(&self) -> Option<Outcome> {
		self.rounds.last().map(|r| r.outcome)
	}

	/// Filled stake on all outcomes (`A`).
	pub fn total_filled(&self) -> BalanceOf<T> {
		self.rounds
			.iter()
			.fold(Zero::zero(), |sum: BalanceOf<T>, r| {
				sum.saturating_add(r.stake)
			})
	}

	/// Filled stake on `outcome` (`S(outcome)`).
	pub fn filled_on(&self, outcome: &Outcome) -> BalanceOf<T> {
		self.rounds
			.iter()
			.filter(|r| r.outcome == *outcome)
			.fold(Zero::zero(), |sum: BalanceOf<T>, r| {
				sum.saturating_add(r.stake)
			})
	}

	/// Whether crowdfund `fund` filled a round.
	pub fn filled(&self, fund: FundId) -> Option<Outcome> {
		self.rounds
			.iter()
			.find(|r| r.fund == fund)
			.map(|r| r.outcome)
	}

	/// Successful disputes so far.
	pub fn disputes(&self) -> u32 {
		(self.rounds.len() as u32).saturating_sub(1)
	}
}

/// One stake of an account on a question: in crowdfund `fund` (0: the initial report), for
/// `outcome`.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Stake<Balance> {
	/// The crowdfund.
	pub fund: FundId,
	/// The outcome it is for.
	pub outcome: Outcome,
	/// How much.
	pub amount: Balance,
}
