//! Rule evaluation as pure functions: what a requirement and its conditions say about the
//! facts known of the two sides of a transfer. No storage is read here; the pallet gathers the
//! facts ([`SideFacts`]) and the property tests build them by hand.
//!
//! Claims and trust lists name issuers by id (`I`); conditions name them by account (`A`),
//! which a resolver turns into ids (an account with no id made no claim).

use crate::{
	runtime_api::{ConditionResult, RequirementResult},
	types::{Claim, ClaimTopic, Condition, ListFlags, Requirement, TrustedIssuer},
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use vellum_primitives::{ledger::ReasonCode, security::CountryCode};

/// What is known about one side of a transfer: its claims (each marked whether it is current
/// and from an issuer trusted by default for its topic), its list entries and how registrars
/// judged its identity.
pub struct SideFacts<I, BlockNumber, J> {
	/// The account's claims, in the order they were added.
	pub claims: Vec<Claim<I, BlockNumber>>,
	/// For each claim: whether it counts (current, and its issuer trusted by the token or the
	/// network for its topic).
	pub trusted: Vec<bool>,
	/// The account's entries on the token's lists.
	pub flags: ListFlags,
	/// Whether a registrar (this one, or any) judged the identity KnownGood or Reasonable.
	pub judged: J,
}

impl<I: PartialEq, BlockNumber: PartialOrd, J: FnMut(Option<u32>) -> bool>
	SideFacts<I, BlockNumber, J>
{
	/// Facts about an account with `claims`, at block `now`, given the issuers the token and
	/// the network trust.
	pub fn new<M: Get<u32>>(
		claims: Vec<Claim<I, BlockNumber>>,
		now: &BlockNumber,
		token_issuers: &[TrustedIssuer<I, M>],
		network_issuers: &[TrustedIssuer<I, M>],
		flags: ListFlags,
		judged: J,
	) -> Self
	where
		I: Clone + Eq + core::fmt::Debug,
	{
		let trusted = claims
			.iter()
			.map(|c| {
				c.is_current(now)
					&& token_issuers
						.iter()
						.chain(network_issuers)
						.any(|i| i.issuer == c.issuer && i.covers(&c.topic))
			})
			.collect();
		Self {
			claims,
			trusted,
			flags,
			judged,
		}
	}

	/// Whether a claim on `topic` counts: current, from a trusted issuer, and, if `issuers`
	/// are named, from one of them (`resolve` gives a named account's issuer id).
	pub fn has_claim<A>(
		&self,
		topic: &ClaimTopic,
		issuers: &[A],
		resolve: &impl Fn(&A) -> Option<I>,
	) -> bool {
		self.claims.iter().zip(&self.trusted).any(|(c, trusted)| {
			*trusted
				&& c.topic == *topic
				&& (issuers.is_empty()
					|| issuers
						.iter()
						.any(|a| resolve(a).as_ref() == Some(&c.issuer)))
		})
	}

	/// The account's jurisdiction: that of its first current jurisdiction claim from a
	/// trusted issuer.
	pub fn jurisdiction(&self) -> Option<CountryCode> {
		self.claims
			.iter()
			.zip(&self.trusted)
			.find_map(|(c, t)| match c.topic {
				ClaimTopic::Jurisdiction(country) if *t => Some(country),
				_ => None,
			})
	}
}

/// Evaluates one condition: `None` if it holds, else the reason it does not.
pub fn condition<A, I, BlockNumber, J, MI, MC>(
	condition: &Condition<A, MI, MC>,
	facts: &mut SideFacts<I, BlockNumber, J>,
	resolve: &impl Fn(&A) -> Option<I>,
) -> Option<ReasonCode>
where
	A: Clone + PartialEq + Eq + core::fmt::Debug,
	I: PartialEq,
	BlockNumber: PartialOrd,
	J: FnMut(Option<u32>) -> bool,
	MI: Get<u32>,
	MC: Get<u32>,
{
	let (holds, reason) = match condition {
		Condition::HasClaim { topic, issuers } => (
			facts.has_claim(topic, issuers, resolve),
			ReasonCode::MissingClaim,
		),
		Condition::LacksClaim { topic, issuers } => (
			!facts.has_claim(topic, issuers, resolve),
			ReasonCode::ForbiddenClaim,
		),
		Condition::JurisdictionIn(set) => (
			facts.jurisdiction().is_some_and(|j| set.contains(&j)),
			ReasonCode::JurisdictionNotAllowed,
		),
		Condition::JurisdictionNotIn(set) => (
			facts.jurisdiction().is_some_and(|j| !set.contains(&j)),
			ReasonCode::JurisdictionNotAllowed,
		),
		Condition::IdentityJudged { registrar } => {
			((facts.judged)(*registrar), ReasonCode::IdentityNotJudged)
		}
		Condition::AllowListed => (facts.flags.allowed(), ReasonCode::NotAllowListed),
		Condition::NotDenyListed => (!facts.flags.denied(), ReasonCode::DenyListed),
	};
	(!holds).then_some(reason)
}

fn side<A, I, BlockNumber, J, MI, MC>(
	conditions: &[Condition<A, MI, MC>],
	facts: &mut SideFacts<I, BlockNumber, J>,
	resolve: &impl Fn(&A) -> Option<I>,
) -> Vec<ConditionResult>
where
	A: Clone + PartialEq + Eq + core::fmt::Debug,
	I: PartialEq,
	BlockNumber: PartialOrd,
	J: FnMut(Option<u32>) -> bool,
	MI: Get<u32>,
	MC: Get<u32>,
{
	conditions
		.iter()
		.map(|c| {
			let reason = condition(c, facts, resolve);
			ConditionResult {
				passed: reason.is_none(),
				reason,
			}
		})
		.collect()
}

/// Evaluates one requirement, every condition of it (no short cut: the report shows them
/// all, and the weight charged covers them all). Without a sender (issuance) only the
/// receiver's conditions count.
pub fn requirement<A, I, BlockNumber, J, MC, MI, MK>(
	requirement: &Requirement<A, MC, MI, MK>,
	sender: Option<&mut SideFacts<I, BlockNumber, J>>,
	receiver: &mut SideFacts<I, BlockNumber, J>,
	resolve: &impl Fn(&A) -> Option<I>,
) -> RequirementResult
where
	A: Clone + PartialEq + Eq + core::fmt::Debug,
	I: PartialEq,
	BlockNumber: PartialOrd,
	J: FnMut(Option<u32>) -> bool,
	MC: Get<u32>,
	MI: Get<u32>,
	MK: Get<u32>,
{
	let sender = match sender {
		Some(facts) => side(&requirement.sender, facts, resolve),
		None => Vec::new(),
	};
	let receiver = side(&requirement.receiver, receiver, resolve);
	let passed = sender.iter().chain(&receiver).all(|c| c.passed);
	RequirementResult {
		passed,
		sender,
		receiver,
	}
}

/// Evaluates a rule set: it passes if it has no requirement or if any requirement holds.
pub fn evaluate<A, I, BlockNumber, J, MC, MI, MK>(
	requirements: &[Requirement<A, MC, MI, MK>],
	mut sender: Option<&mut SideFacts<I, BlockNumber, J>>,
	receiver: &mut SideFacts<I, BlockNumber, J>,
	resolve: &impl Fn(&A) -> Option<I>,
) -> (bool, Vec<RequirementResult>)
where
	A: Clone + PartialEq + Eq + core::fmt::Debug,
	I: PartialEq,
	BlockNumber: PartialOrd,
	J: FnMut(Option<u32>) -> bool,
	MC: Get<u32>,
	MI: Get<u32>,
	MK: Get<u32>,
{
	let results: Vec<RequirementResult> = requirements
		.iter()
		.map(|r| requirement(r, sender.as_deref_mut(), receiver, resolve))
		.collect();
	let passed = results.is_empty() || results.iter().any(|r| r.passed);
	(passed, results)
}

/// Where a refused rule set failed: the requirement closest to holding (fewest failed
/// conditions, the first of equals) and its first failed condition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Failure {
	/// Index of the requirement.
	pub requirement: u8,
	/// Whether the condition is the receiver's (else the sender's).
	pub receiver: bool,
	/// Index of the condition on its side.
	pub condition: u8,
	/// Why it failed.
	pub reason: ReasonCode,
}

/// The failure a refused rule set reports (`None` if some requirement holds or there are
/// none).
pub fn failure(results: &[RequirementResult]) -> Option<Failure> {
	if results.is_empty() || results.iter().any(|r| r.passed) {
		return None;
	}
	let failed = |r: &RequirementResult| {
		r.sender
			.iter()
			.chain(&r.receiver)
			.filter(|c| !c.passed)
			.count()
	};
	let (index, closest) = results
		.iter()
		.enumerate()
		.min_by_key(|(i, r)| (failed(r), *i))?;
	let first = |conditions: &[ConditionResult]| {
		conditions
			.iter()
			.position(|c| !c.passed)
			.map(|i| (i, conditions[i].reason))
	};
	let (receiver, (condition, reason)) = match first(&closest.sender) {
		Some(found) => (false, found),
		None => (true, first(&closest.receiver)?),
	};
	Some(Failure {
		requirement: index.try_into().unwrap_or(u8::MAX),
		receiver,
		condition: condition.try_into().unwrap_or(u8::MAX),
		reason: reason.unwrap_or(ReasonCode::NotCompliant),
	})
}
