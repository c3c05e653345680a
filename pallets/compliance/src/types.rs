//! The vocabulary of compliance: claims, trusted issuers, conditions, requirements and
//! restrictions, with their storage types.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Permill;
use vellum_primitives::security::{CountryCode, Moment};

/// What a claim asserts about an account.
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
pub enum ClaimTopic {
	/// Know-your-customer checks passed.
	Kyc,
	/// Anti-money-laundering screening passed.
	Aml,
	/// An accredited investor.
	Accredited,
	/// A qualified purchaser.
	QualifiedPurchaser,
	/// Resident of (or established in) this ISO 3166 country.
	Jurisdiction(CountryCode),
	/// Blocked (sanctioned, suspended): rules forbid it with `LacksClaim`.
	Blocked,
	/// Exempt from some requirement, as the rules that name it say.
	Exempt,
	/// A topic the network or an issuer defines.
	Custom(u16),
}

impl ClaimTopic {
	/// Whether `self` and `other` occupy the same slot: an issuer holds at most one claim per
	/// slot about an account. Every jurisdiction shares one slot (an issuer states one
	/// jurisdiction per account); any other topic is its own slot.
	pub fn same_slot(&self, other: &ClaimTopic) -> bool {
		match (self, other) {
			(ClaimTopic::Jurisdiction(_), ClaimTopic::Jurisdiction(_)) => true,
			_ => self == other,
		}
	}
}

/// The number a claim issuer is known by in claims and trust lists (4 bytes instead of an
/// account id, so a check reads less).
pub type ClaimIssuerId = u32;

/// A claim as its issuer's record about an account stores it (`Claims`): 8 bytes at most. No
/// personal data; the hash of the off-chain evidence, if any, and the deposit are kept apart
/// (`ClaimDetails`), as no check reads them.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct IssuerClaim<BlockNumber> {
	/// What it asserts.
	pub topic: ClaimTopic,
	/// The first block at which it no longer counts (`None`: until revoked).
	pub expiry: Option<BlockNumber>,
}

impl<BlockNumber: PartialOrd> IssuerClaim<BlockNumber> {
	/// Whether it still counts at block `now`: expiry is exclusive.
	pub fn is_current(&self, now: &BlockNumber) -> bool {
		self.expiry.as_ref().is_none_or(|e| now < e)
	}
}

/// What is kept of a claim apart from the record a check reads.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ClaimDetail<Deposit> {
	/// The hash of the off-chain evidence.
	pub evidence: Option<[u8; 32]>,
	/// Held from the claim's issuer while the claim is stored.
	pub deposit: Deposit,
}

/// An account's entry on a token's lists, with who paid for it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ListEntry<AccountId, Deposit> {
	/// The lists the account is on.
	pub flags: ListFlags,
	/// The compliance agent (or issuer) that put the account on the lists and the deposit
	/// held from it; `None` when the admin origin did (no deposit).
	pub deposit: Option<(AccountId, Deposit)>,
}

/// A claim about an account with its issuer, as the rules see it (gathered from the records
/// of the issuers a token trusts).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Claim<Issuer, BlockNumber> {
	/// What it asserts.
	pub topic: ClaimTopic,
	/// Who asserts it.
	pub issuer: Issuer,
	/// The first block at which it no longer counts (`None`: until revoked).
	pub expiry: Option<BlockNumber>,
}

impl<Issuer, BlockNumber: PartialOrd> Claim<Issuer, BlockNumber> {
	/// Whether it still counts at block `now`: expiry is exclusive.
	pub fn is_current(&self, now: &BlockNumber) -> bool {
		self.expiry.as_ref().is_none_or(|e| now < e)
	}
}

/// A claim issuer trusted network-wide or by one token, optionally only for some topics.
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
#[scale_info(skip_type_params(MaxTopics))]
// The derives add their own bounds on `Issuer` next to the ones the no-bound derives need.
#[allow(clippy::multiple_bound_locations)]
pub struct TrustedIssuer<Issuer: Clone + PartialEq + Eq + core::fmt::Debug, MaxTopics: Get<u32>> {
	/// The issuer.
	pub issuer: Issuer,
	/// The topics it is trusted for (`None`: every topic). A `Jurisdiction` entry covers every
	/// country.
	pub topics: Option<BoundedVec<ClaimTopic, MaxTopics>>,
}

impl<Issuer: Clone + PartialEq + Eq + core::fmt::Debug, MaxTopics: Get<u32>>
	TrustedIssuer<Issuer, MaxTopics>
{
	/// Whether it is trusted for `topic`.
	pub fn covers(&self, topic: &ClaimTopic) -> bool {
		self.topics
			.as_ref()
			.is_none_or(|t| t.iter().any(|x| x.same_slot(topic)))
	}
}

/// One condition on one side of a transfer.
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
#[scale_info(skip_type_params(MaxIssuers, MaxCountries))]
pub enum Condition<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxIssuers: Get<u32>,
	MaxCountries: Get<u32>,
> {
	/// The account has a current claim on `topic` from an issuer the token or the network
	/// trusts for the topic, and, if `issuers` is not empty, from one of them.
	HasClaim {
		topic: ClaimTopic,
		issuers: BoundedVec<AccountId, MaxIssuers>,
	},
	/// The account has no such claim (e.g. `Blocked`).
	LacksClaim {
		topic: ClaimTopic,
		issuers: BoundedVec<AccountId, MaxIssuers>,
	},
	/// The account's jurisdiction (its first current, trusted jurisdiction claim) is one of
	/// these. An empty set admits nobody.
	JurisdictionIn(BoundedVec<CountryCode, MaxCountries>),
	/// The account has a jurisdiction and it is none of these. An account without a
	/// jurisdiction claim fails.
	JurisdictionNotIn(BoundedVec<CountryCode, MaxCountries>),
	/// A registrar (this one, or any) judged the account's on-chain identity KnownGood or
	/// Reasonable.
	IdentityJudged { registrar: Option<u32> },
	/// The account is on the token's allow list.
	AllowListed,
	/// The account is not on the token's deny list.
	NotDenyListed,
}

impl<
		AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
		MaxIssuers: Get<u32>,
		MaxCountries: Get<u32>,
	> Condition<AccountId, MaxIssuers, MaxCountries>
{
	/// Its share of a rule set's complexity: one, plus one per issuer or country it lists.
	pub fn complexity(&self) -> u32 {
		let listed = match self {
			Condition::HasClaim { issuers, .. } | Condition::LacksClaim { issuers, .. } => {
				issuers.len()
			}
			Condition::JurisdictionIn(c) | Condition::JurisdictionNotIn(c) => c.len(),
			Condition::IdentityJudged { .. }
			| Condition::AllowListed
			| Condition::NotDenyListed => 0,
		};
		1u32.saturating_add(listed as u32)
	}

	/// The issuers it names (a claim counts only if one of them made it).
	pub fn named_issuers(&self) -> &[AccountId] {
		match self {
			Condition::HasClaim { issuers, .. } | Condition::LacksClaim { issuers, .. } => issuers,
			_ => &[],
		}
	}
}

/// A claim issuer known by its [`ClaimIssuerId`]: kept while a trust list names it or a claim of
/// it is stored, then dropped (its id is never given out again).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ClaimIssuerInfo<AccountId> {
	/// Its account.
	pub account: AccountId,
	/// How many trust lists (the network's and the tokens') name it. It may add claims while
	/// this is not zero.
	pub lists: u32,
	/// How many claims of it are stored.
	pub claims: u32,
}

/// A requirement: it holds if every sender condition and every receiver condition holds. A
/// transfer passes if any requirement of its token holds.
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
#[scale_info(skip_type_params(MaxConditions, MaxIssuers, MaxCountries))]
pub struct Requirement<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxConditions: Get<u32>,
	MaxIssuers: Get<u32>,
	MaxCountries: Get<u32>,
> {
	/// Conditions on the sender (not evaluated when tokens are issued).
	pub sender: BoundedVec<Condition<AccountId, MaxIssuers, MaxCountries>, MaxConditions>,
	/// Conditions on the receiver.
	pub receiver: BoundedVec<Condition<AccountId, MaxIssuers, MaxCountries>, MaxConditions>,
}

/// How many holders a token may have in one jurisdiction.
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
pub struct JurisdictionCap {
	/// The jurisdiction.
	pub country: CountryCode,
	/// The most holders with that jurisdiction.
	pub max_holders: u32,
}

/// The transfer restrictions of a token, kept incrementally. Exempt accounts are not subject
/// to them (and are not counted per jurisdiction).
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
#[scale_info(skip_type_params(MaxCountries))]
pub struct Restrictions<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxCountries: Get<u32>>
{
	/// The most holders of the token (exempt holders count too, but an exempt receiver is
	/// never refused).
	pub max_holders: Option<u32>,
	/// The most holders per jurisdiction.
	pub jurisdiction_caps: BoundedVec<JurisdictionCap, MaxCountries>,
	/// The most units one holder may hold.
	pub max_balance: Option<Balance>,
	/// The largest share of the supply (after the movement) one holder may hold.
	pub max_ownership: Option<Permill>,
	/// Tokens acquired in issuance before this moment (ms since the Unix epoch) cannot be
	/// transferred before it.
	pub lockup_until: Option<Moment>,
}

impl<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxCountries: Get<u32>> Default
	for Restrictions<Balance, MaxCountries>
{
	fn default() -> Self {
		Self {
			max_holders: None,
			jurisdiction_caps: BoundedVec::new(),
			max_balance: None,
			max_ownership: None,
			lockup_until: None,
		}
	}
}

impl<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxCountries: Get<u32>>
	Restrictions<Balance, MaxCountries>
{
	/// Whether they need per-holder state (jurisdiction counts, locked-up amounts).
	pub fn need_tracking(&self) -> bool {
		!self.jurisdiction_caps.is_empty() || self.lockup_until.is_some()
	}

	/// Whether any of them reads an amount, a balance or a holder count (all of them do but
	/// none): a movement whose amount is hidden cannot be judged by them.
	pub fn read_amounts(&self) -> bool {
		self.max_holders.is_some()
			|| !self.jurisdiction_caps.is_empty()
			|| self.max_balance.is_some()
			|| self.max_ownership.is_some()
			|| self.lockup_until.is_some()
	}

	/// The cap for `country`.
	pub fn jurisdiction_cap(&self, country: CountryCode) -> Option<u32> {
		self.jurisdiction_caps
			.iter()
			.find(|c| c.country == country)
			.map(|c| c.max_holders)
	}
}

/// Everything compliance keeps about one token, in one record: the single read a transfer
/// check starts with.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(
	MaxRequirements,
	MaxConditions,
	MaxIssuers,
	MaxCountries,
	MaxTrusted,
	MaxTopics
))]
pub struct TokenCompliance<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Issuer: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxRequirements: Get<u32>,
	MaxConditions: Get<u32>,
	MaxIssuers: Get<u32>,
	MaxCountries: Get<u32>,
	MaxTrusted: Get<u32>,
	MaxTopics: Get<u32>,
> {
	/// Whether rule evaluation is paused (requirements pass; restrictions still apply).
	pub paused: bool,
	/// The requirements (none: every transfer passes the rules).
	pub requirements: BoundedVec<
		Requirement<AccountId, MaxConditions, MaxIssuers, MaxCountries>,
		MaxRequirements,
	>,
	/// Claim issuers this token trusts, beyond the network's.
	pub issuers: BoundedVec<TrustedIssuer<Issuer, MaxTopics>, MaxTrusted>,
	/// The transfer restrictions.
	pub restrictions: Restrictions<Balance, MaxCountries>,
	/// The complexity of all of the above, as last computed.
	pub complexity: u32,
	/// Accounts on the token's allow, deny or exemption lists.
	pub listed: u32,
	/// Whether per-holder state is kept (switched on once, while none is outstanding, when a
	/// restriction first needs it; never off again).
	pub tracking: bool,
}

impl<
		AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
		Issuer: Clone + PartialEq + Eq + core::fmt::Debug,
		Balance: Clone + PartialEq + Eq + core::fmt::Debug,
		MaxRequirements: Get<u32>,
		MaxConditions: Get<u32>,
		MaxIssuers: Get<u32>,
		MaxCountries: Get<u32>,
		MaxTrusted: Get<u32>,
		MaxTopics: Get<u32>,
	> Default
	for TokenCompliance<
		AccountId,
		Issuer,
		Balance,
		MaxRequirements,
		MaxConditions,
		MaxIssuers,
		MaxCountries,
		MaxTrusted,
		MaxTopics,
	>
{
	fn default() -> Self {
		Self {
			paused: false,
			requirements: BoundedVec::new(),
			issuers: BoundedVec::new(),
			restrictions: Restrictions::default(),
			complexity: 0,
			listed: 0,
			tracking: false,
		}
	}
}

impl<
		AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
		Issuer: Clone + PartialEq + Eq + core::fmt::Debug,
		Balance: Clone + PartialEq + Eq + core::fmt::Debug,
		MaxRequirements: Get<u32>,
		MaxConditions: Get<u32>,
		MaxIssuers: Get<u32>,
		MaxCountries: Get<u32>,
		MaxTrusted: Get<u32>,
		MaxTopics: Get<u32>,
	>
	TokenCompliance<
		AccountId,
		Issuer,
		Balance,
		MaxRequirements,
		MaxConditions,
		MaxIssuers,
		MaxCountries,
		MaxTrusted,
		MaxTopics,
	>
{
	/// The complexity of the record: one per condition and per issuer or country a condition
	/// lists, one per trusted issuer and per topic it is limited to, one per jurisdiction cap.
	/// What a transfer check is charged by.
	pub fn compute_complexity(&self) -> u32 {
		let conditions: u32 = self
			.requirements
			.iter()
			.flat_map(|r| r.sender.iter().chain(r.receiver.iter()))
			.map(Condition::complexity)
			.fold(0, u32::saturating_add);
		let issuers: u32 = self
			.issuers
			.iter()
			.map(|i| 1u32.saturating_add(i.topics.as_ref().map_or(0, |t| t.len() as u32)))
			.fold(0, u32::saturating_add);
		conditions
			.saturating_add(issuers)
			.saturating_add(self.restrictions.jurisdiction_caps.len() as u32)
	}

	/// Whether any condition asks for a registrar's judgement.
	pub fn uses_identity(&self) -> bool {
		self.requirements
			.iter()
			.flat_map(|r| r.sender.iter().chain(r.receiver.iter()))
			.any(|c| matches!(c, Condition::IdentityJudged { .. }))
	}

	/// The distinct issuers its conditions name (looked up by account when it is checked).
	pub fn named_issuers(&self) -> alloc::collections::BTreeSet<&AccountId>
	where
		AccountId: Ord,
	{
		self.requirements
			.iter()
			.flat_map(|r| r.sender.iter().chain(r.receiver.iter()))
			.flat_map(|c| c.named_issuers())
			.collect()
	}

	/// Whether nothing is configured: the record can go.
	pub fn is_empty(&self) -> bool {
		!self.paused
			&& self.requirements.is_empty()
			&& self.issuers.is_empty()
			&& self.restrictions == Restrictions::default()
			&& self.listed == 0
			&& !self.tracking
	}
}

/// An account's entries on a token's lists: named flags (a wallet shows them by name).
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
pub struct ListFlags {
	/// On the allow list (`AllowListed` conditions pass).
	pub allow: bool,
	/// On the deny list (`NotDenyListed` conditions fail).
	pub deny: bool,
	/// Exempt from the transfer restrictions (agents, escrow and vault accounts).
	pub exempt: bool,
}

impl ListFlags {
	/// The bit of `allow` in [`ListFlags::from_bits`].
	pub const ALLOW: u8 = 1;
	/// The bit of `deny`.
	pub const DENY: u8 = 2;
	/// The bit of `exempt`.
	pub const EXEMPT: u8 = 4;
	/// Every flag.
	pub const ALL: u8 = Self::ALLOW | Self::DENY | Self::EXEMPT;

	/// The flags whose bits are set (a shorthand for tests and benchmarks).
	pub fn from_bits(bits: u8) -> Self {
		ListFlags {
			allow: bits & Self::ALLOW != 0,
			deny: bits & Self::DENY != 0,
			exempt: bits & Self::EXEMPT != 0,
		}
	}

	/// No flag set: the entry can go.
	pub fn is_empty(self) -> bool {
		!(self.allow || self.deny || self.exempt)
	}
	/// On the allow list.
	pub fn allowed(self) -> bool {
		self.allow
	}
	/// On the deny list.
	pub fn denied(self) -> bool {
		self.deny
	}
	/// Exempt from the restrictions.
	pub fn exempt(self) -> bool {
		self.exempt
	}
}

/// What compliance keeps per holder of a token that needs it (jurisdiction caps, lock-up).
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct HolderState<Balance> {
	/// The jurisdiction the holder is counted in (`None`: exempt or without a jurisdiction
	/// claim when it became a holder).
	pub counted_in: Option<CountryCode>,
	/// Units acquired in issuance during the lock-up, not yet transferable.
	pub locked: Balance,
}
