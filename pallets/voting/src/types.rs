//! Storage and call types of the voting pallet.

use crate::tally::Tally;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::{fungible::Inspect, Bounded};
use scale_info::TypeInfo;
use sp_runtime::{traits::ConstU32, BoundedVec, Perbill};
use vellum_primitives::security::{CheckpointId, TokenId};

/// Voting power: a token balance times the token's votes per unit. Follow graphs carry
/// balances (units), resolutions power.
pub type Power = u128;

/// The number of a resolution (0, 1, ...; never reused).
pub type ResolutionIndex = u32;

/// The native-currency balance in which deposits and rewards are held.
pub type DepositOf<T> =
	<<T as crate::Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The runtime's call type.
pub type CallOf<T> = <T as frame_system::Config>::RuntimeCall;

/// A call as a resolution stores it for the scheduler (always inline).
pub type BoundedCallOf<T> = Bounded<CallOf<T>, <T as frame_system::Config>::Hashing>;

/// [`Resolution`] as stored by a runtime.
pub type ResolutionOf<T> = Resolution<
	<T as frame_system::Config>::AccountId,
	DepositOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as frame_system::Config>::Hash,
>;

/// [`FollowNode`] as stored by a runtime.
pub type FollowNodeOf<T> = FollowNode<<T as frame_system::Config>::AccountId, DepositOf<T>>;

/// [`TokenSettings`] as stored by a runtime.
pub type TokenSettingsOf<T> = TokenSettings<frame_system::pallet_prelude::BlockNumberFor<T>>;

/// The hard upper limit of [`crate::Config::MaxFollowDepth`]: the length of a node's
/// follower histograms.
pub const MAX_FOLLOW_DEPTH: u32 = 16;

/// Counts of followers by distance (index `k`: followers `k + 1` edges below), without
/// trailing zeros.
pub type Histogram = BoundedVec<u32, ConstU32<MAX_FOLLOW_DEPTH>>;

/// What a resolution is about, and what a holder follows others on. A holder may follow one
/// account per topic and one for every topic it does not name (the catch-all).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Topic {
	/// Ordinary business (accounts, dividends, auditors).
	Ordinary,
	/// Special business (articles, capital changes, mergers).
	Special,
	/// Replacing the token's issuer.
	IssuerChange,
	/// Anything else.
	Custom,
}

impl Topic {
	/// Every topic, in order.
	pub const ALL: [Topic; 4] = [
		Topic::Ordinary,
		Topic::Special,
		Topic::IssuerChange,
		Topic::Custom,
	];

	/// The topic's position in [`Topic::ALL`] and in a node's per-topic arrays.
	pub fn index(self) -> usize {
		match self {
			Topic::Ordinary => 0,
			Topic::Special => 1,
			Topic::IssuerChange => 2,
			Topic::Custom => 3,
		}
	}
}

/// The kind of a resolution: which of the token's thresholds it must meet.
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
pub enum ResolutionKind {
	/// The token's ordinary thresholds.
	Ordinary,
	/// The token's special thresholds.
	Special,
}

/// The record date of a resolution.
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
pub enum RecordDate {
	/// A checkpoint the token already has (still retained).
	Existing(CheckpointId),
	/// A checkpoint the proposal takes now.
	New,
}

/// A vote.
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
pub enum Choice {
	/// For.
	Aye,
	/// Against.
	Nay,
	/// Neither: counts to the quorum only.
	Abstain,
}

/// The share of power a resolution needs.
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
pub struct Thresholds {
	/// The least turnout (aye + nay + abstain), as a share of the power at the record date.
	pub quorum: Perbill,
	/// The least share of aye in aye + nay (at least one half).
	pub approval: Perbill,
}

/// What a token's issuer sets for its resolutions (each resolution copies them when it is
/// proposed).
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
pub struct TokenSettings<BlockNumber> {
	/// The thresholds of an ordinary resolution.
	pub ordinary: Thresholds,
	/// The thresholds of a special resolution (at least the ordinary ones).
	pub special: Thresholds,
	/// The least balance, as a share of the supply, with which a holder may propose.
	pub proposal_threshold: Perbill,
	/// A resolution that failed its quorum by at most this share of the power gets its
	/// deposit back.
	pub quorum_tolerance: Perbill,
	/// How long after closing a reward can be claimed.
	pub claim_period: BlockNumber,
	/// How long after closing a passed resolution's call is dispatched.
	pub enactment_delay: BlockNumber,
}

/// Who proposed a resolution.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Proposer<AccountId> {
	/// The token's issuer (pays the deposit).
	Issuer(AccountId),
	/// A holder above the token's proposal threshold (pays the deposit).
	Holder(AccountId),
	/// The network (the admin origin; no deposit).
	Network,
}

impl<AccountId> Proposer<AccountId> {
	/// The account that pays the deposit, if any.
	pub fn account(&self) -> Option<&AccountId> {
		match self {
			Proposer::Issuer(who) | Proposer::Holder(who) => Some(who),
			Proposer::Network => None,
		}
	}
}

/// How a resolution ended.
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
pub enum Outcome {
	/// Quorum and approval met.
	Passed,
	/// Quorum met, approval not.
	Rejected,
	/// Too little turnout.
	QuorumFailed,
	/// Cancelled by the network before it closed (no rewards are paid).
	Cancelled,
}

/// Where a resolution is in its life.
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
pub enum ResolutionStatus<BlockNumber> {
	/// Open for votes.
	Ongoing,
	/// Closed: the outcome and the block it was closed in.
	Closed {
		/// How it ended.
		outcome: Outcome,
		/// When.
		at: BlockNumber,
	},
}

/// A resolution: everything a vote reads, in one record. Its call is stored apart
/// ([`crate::ResolutionCalls`]), read only when it closes.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Resolution<AccountId, Deposit, BlockNumber, Hash> {
	/// The token whose holders vote.
	pub token: TokenId,
	/// Ordinary or special.
	pub kind: ResolutionKind,
	/// The topic: which follows count.
	pub topic: Topic,
	/// The record date.
	pub record: CheckpointId,
	/// Votes per unit of the token (copied at proposal).
	pub votes_per_unit: u32,
	/// All power at the record date: supply times votes per unit.
	pub total: Power,
	/// The thresholds it must meet (copied at proposal).
	pub thresholds: Thresholds,
	/// The votes counted so far.
	pub tally: Tally,
	/// The block it was proposed in.
	pub created: BlockNumber,
	/// The voting period it was proposed with.
	pub voting_period: BlockNumber,
	/// Votes are taken while the block number is below it (wait-for-quiet may move it).
	pub deadline: BlockNumber,
	/// Who proposed it.
	pub proposer: Proposer<AccountId>,
	/// Held from the proposer.
	pub deposit: Deposit,
	/// The token's quorum tolerance (copied at proposal).
	pub quorum_tolerance: Perbill,
	/// The token's enactment delay (copied at proposal).
	pub enactment_delay: BlockNumber,
	/// The token's claim period (copied at proposal).
	pub claim_period: BlockNumber,
	/// Hash of the resolution's text (off chain).
	pub metadata: Option<Hash>,
	/// Whether it carries a call.
	pub has_call: bool,
	/// Ongoing or closed.
	pub status: ResolutionStatus<BlockNumber>,
}

/// A direct vote: the choice and the power it counts now (its voter's own power and what it
/// carries, less what voters below it counted themselves).
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
pub struct Ballot {
	/// The choice.
	pub choice: Choice,
	/// The power it counts.
	pub counted: Power,
}

/// What one resolution keeps about one account: its direct vote, the power voted directly
/// below it, and whether it claimed its reward. One item per (resolution, account), so a
/// vote's walk reads one per ancestor.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct VoteRecord {
	/// Its direct vote.
	pub ballot: Option<Ballot>,
	/// The power of its nearest descendants that voted directly (what its own vote no
	/// longer counts).
	pub voted_below: Power,
	/// Whether it claimed its reward.
	pub claimed: bool,
}

impl VoteRecord {
	/// Whether the record carries nothing.
	pub fn is_empty(&self) -> bool {
		self.ballot.is_none() && self.voted_below == 0 && !self.claimed
	}
}

/// One topic of a follow node.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct TopicLink<AccountId> {
	/// The effective followee: the explicit one of the topic, else the catch-all.
	pub followee: Option<AccountId>,
	/// Whether the followee is the topic's own (not the catch-all).
	pub explicit: bool,
	/// The balance carried for followers: over every direct follower, its balance plus what
	/// it carries.
	pub carried: u128,
	/// Followers by distance.
	pub below: Histogram,
	/// The token's latest checkpoint when this topic last changed: if the token has a newer
	/// one, the topic's values must be saved to its history before the next change.
	pub snapshot: CheckpointId,
}

impl<AccountId> Default for TopicLink<AccountId> {
	fn default() -> Self {
		TopicLink {
			followee: None,
			explicit: false,
			carried: 0,
			below: Histogram::new(),
			snapshot: 0,
		}
	}
}

impl<AccountId> TopicLink<AccountId> {
	/// The longest follow chain below (0: no followers).
	pub fn height(&self) -> u32 {
		self.below.len() as u32
	}

	/// Whether the topic carries nothing.
	pub fn is_empty(&self) -> bool {
		self.followee.is_none() && !self.explicit && self.carried == 0 && self.below.is_empty()
	}
}

/// What one account's following looks like for one token: its follows and, per topic, what
/// it carries for its followers. One item per (token, account), so each step up a chain
/// reads one item.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct FollowNode<AccountId, Deposit> {
	/// The catch-all followee (for topics without their own).
	pub catch_all: Option<AccountId>,
	/// Per topic, in [`Topic::ALL`] order.
	pub topics: [TopicLink<AccountId>; 4],
	/// The token's latest checkpoint when the node was created: before it (at checkpoints up
	/// to this one) it did not exist.
	pub created: CheckpointId,
	/// Follows set by this account (explicit topics and the catch-all).
	pub entries: u8,
	/// Held from this account for its follows.
	pub deposit: Deposit,
}

impl<AccountId, Deposit: Default> Default for FollowNode<AccountId, Deposit> {
	fn default() -> Self {
		FollowNode {
			catch_all: None,
			topics: Default::default(),
			created: 0,
			entries: 0,
			deposit: Deposit::default(),
		}
	}
}

impl<AccountId, Deposit: sp_runtime::traits::Zero> FollowNode<AccountId, Deposit> {
	/// Whether the node carries nothing worth storing.
	pub fn is_empty(&self) -> bool {
		self.catch_all.is_none()
			&& self.entries == 0
			&& self.deposit.is_zero()
			&& self.topics.iter().all(TopicLink::is_empty)
	}

	/// The topic's link.
	pub fn link(&self, topic: Topic) -> Option<&TopicLink<AccountId>> {
		self.topics.get(topic.index())
	}

	/// The topic's link, to change.
	pub fn link_mut(&mut self, topic: Topic) -> Option<&mut TopicLink<AccountId>> {
		self.topics.get_mut(topic.index())
	}
}

/// A topic's saved values at a checkpoint: the followee then, and the balance it carried.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct LinkSnapshot<AccountId> {
	/// The followee.
	pub followee: Option<AccountId>,
	/// The balance carried for followers.
	pub carried: u128,
}

impl<AccountId> Default for LinkSnapshot<AccountId> {
	fn default() -> Self {
		LinkSnapshot {
			followee: None,
			carried: 0,
		}
	}
}

/// A resolution's participation reward.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RewardPool<Deposit> {
	/// Everything funded.
	pub total: Deposit,
	/// Paid to claimants so far.
	pub paid: Deposit,
}

/// One funder of a reward: held from it until paid or returned.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Funder<AccountId, Deposit> {
	/// Who funded.
	pub who: AccountId,
	/// What is still held from it.
	pub held: Deposit,
}

/// Counts of a token's open resolutions.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ActiveCount {
	/// Every open resolution.
	pub total: u32,
	/// Those proposed by holders (not the issuer, not the network).
	pub by_holders: u32,
}
