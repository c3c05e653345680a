//! The transfer judgement: the facts about each side, the rules and restrictions of a token
//! evaluated for one movement, and the error a refusal fails with. One evaluation serves the
//! transfer check, its reason codes and the report, so they never disagree.

use crate::{
	rules::{self, SideFacts},
	runtime_api::{ComplianceReport, RestrictionKind, RestrictionResult},
	ClaimIssuerId, Config, Error, HolderStates, IdentityJudgements, JurisdictionHolders, ListFlags,
	Lists, MovementOf, NetworkClaimIssuers, Pallet, TokenComplianceOf, TokenSettings,
	TrustedIssuersOf,
};
use alloc::vec::Vec;
use frame_support::traits::UnixTime;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::{
	ledger::{LedgerState, MovementKind, ReasonCode},
	security::{Moment, TokenId},
};

/// The facts of one side, with identity judgements looked up on demand.
pub(crate) type Facts<T> =
	SideFacts<ClaimIssuerId, BlockNumberFor<T>, alloc::boxed::Box<dyn FnMut(Option<u32>) -> bool>>;

impl<T: Config> Pallet<T> {
	/// The facts about `who` for `token`'s rules.
	pub(crate) fn facts(
		token: TokenId,
		who: &T::AccountId,
		settings: &TokenComplianceOf<T>,
		network: &TrustedIssuersOf<T>,
		now: &BlockNumberFor<T>,
	) -> Facts<T> {
		let flags = if settings.listed > 0 {
			Lists::<T>::get(token, who)
				.map(|e| e.flags)
				.unwrap_or_default()
		} else {
			ListFlags::default()
		};
		let account = who.clone();
		let mut good: Option<Vec<u32>> = None;
		let judged = move |registrar: Option<u32>| {
			let good = good.get_or_insert_with(|| T::Identity::good_judgements(&account));
			registrar.map_or(!good.is_empty(), |r| good.contains(&r))
		};
		let issuers = settings.issuers.iter().chain(network.iter());
		SideFacts::new(
			Self::trusted_claims(who, issuers.map(|i| i.issuer)),
			now,
			&settings.issuers,
			network,
			flags,
			alloc::boxed::Box::new(judged),
		)
	}

	/// The movement compliance judges, if it judges `m`: issuances and holder transfers, and
	/// settlements out of custody as the transfer between their beneficial parties
	/// ([`Movement::judged`](vellum_primitives::ledger::Movement::judged)).
	pub(crate) fn judged<'a>(m: &MovementOf<'a, T>) -> Option<MovementOf<'a, T>> {
		m.judged()
			.filter(|j| matches!(j.kind, MovementKind::Issue | MovementKind::Transfer))
	}

	/// Evaluates `token`'s rules and restrictions for a movement: the one path of the transfer
	/// check, the reason codes and the report. Returns the report and, if refused, the error.
	pub fn assess(
		m: &MovementOf<T>,
		state: &LedgerState<T::Balance>,
	) -> (ComplianceReport, Option<Error<T>>) {
		let mut report = ComplianceReport {
			configured: false,
			paused: false,
			rules_passed: true,
			requirements: Vec::new(),
			restrictions: Vec::new(),
			passed: true,
			reasons: Vec::new(),
		};
		let (Some(settings), Some(to)) = (TokenSettings::<T>::get(m.token), m.to) else {
			return (report, None);
		};
		report.configured = true;
		report.paused = settings.paused;
		let now = frame_system::Pallet::<T>::block_number();
		let network = NetworkClaimIssuers::<T>::get();
		let mut receiver = Self::facts(m.token, to, &settings, &network, &now);
		let mut sender = m
			.from
			.map(|from| Self::facts(m.token, from, &settings, &network, &now));

		let named = Self::issuer_ids(settings.named_issuers());
		let resolve = |a: &T::AccountId| named.get(a).copied();
		let (rules_passed, results) = rules::evaluate(
			&settings.requirements,
			sender.as_mut(),
			&mut receiver,
			&resolve,
		);
		let failure = rules::failure(&results);
		report.rules_passed = rules_passed || settings.paused;
		report.requirements = results;
		let mut error = None;
		if !rules_passed && !settings.paused {
			if let Some(f) = failure {
				let (requirement, receiver, condition) = (f.requirement, f.receiver, f.condition);
				error = Some(match f.reason {
					ReasonCode::ForbiddenClaim => Error::<T>::ForbiddenClaim {
						requirement,
						receiver,
						condition,
					},
					ReasonCode::JurisdictionNotAllowed => Error::<T>::JurisdictionNotAllowed {
						requirement,
						receiver,
						condition,
					},
					ReasonCode::IdentityNotJudged => Error::<T>::IdentityNotJudged {
						requirement,
						receiver,
						condition,
					},
					ReasonCode::NotAllowListed => Error::<T>::NotAllowListed {
						requirement,
						receiver,
						condition,
					},
					ReasonCode::DenyListed => Error::<T>::DenyListed {
						requirement,
						receiver,
						condition,
					},
					_ => Error::<T>::MissingClaim {
						requirement,
						receiver,
						condition,
					},
				});
			}
			for r in &report.requirements {
				report
					.reasons
					.extend(r.sender.iter().chain(&r.receiver).filter_map(|c| c.reason));
			}
		}

		let restrictions = Self::restrictions(m, state, &settings, sender.as_ref(), &receiver);
		for (result, refusal, reason) in restrictions {
			if !result.passed {
				error = error.or(Some(refusal));
				report.reasons.push(reason);
			}
			report.restrictions.push(result);
		}
		report.reasons.sort();
		report.reasons.dedup();
		report.passed = error.is_none();
		(report, error)
	}

	/// Evaluates each configured restriction: its result, and the error and reason code it
	/// refuses with.
	fn restrictions(
		m: &MovementOf<T>,
		state: &LedgerState<T::Balance>,
		settings: &TokenComplianceOf<T>,
		sender: Option<&Facts<T>>,
		receiver: &Facts<T>,
	) -> Vec<(RestrictionResult, Error<T>, ReasonCode)> {
		let r = &settings.restrictions;
		let mut out = Vec::new();
		let mut push = |kind, passed, error, reason| {
			out.push((RestrictionResult { kind, passed }, error, reason));
		};
		let to_exempt = receiver.flags.exempt();
		let from_exempt = sender.is_some_and(|s| s.flags.exempt());
		let new_holder = state.to_balance.is_zero();
		// From the ledger, which knows whether the sender's balance is counted (a custodian's
		// is not: a settlement never makes room under a cap).
		let sender_leaves = m.kind == MovementKind::Transfer && state.sender_leaves;
		let after = state.to_balance.saturating_add(m.amount);

		if let Some(max) = r.max_holders {
			let passed = to_exempt || !new_holder || sender_leaves || state.holders < max;
			push(
				RestrictionKind::MaxHolders,
				passed,
				Error::<T>::HolderCapReached,
				ReasonCode::HolderCapReached,
			);
		}
		if !r.jurisdiction_caps.is_empty() {
			let passed = to_exempt || !new_holder || {
				match receiver
					.jurisdiction()
					.and_then(|j| r.jurisdiction_cap(j).map(|c| (j, c)))
				{
					None => true,
					Some((j, cap)) => {
						let mut count = JurisdictionHolders::<T>::get(m.token, j).unwrap_or(0);
						let leaving_same = sender_leaves
							&& m.from
								.and_then(|f| HolderStates::<T>::get(m.token, f))
								.is_some_and(|s| s.counted_in == Some(j));
						if leaving_same {
							count = count.saturating_sub(1);
						}
						count < cap
					}
				}
			};
			push(
				RestrictionKind::MaxHoldersInJurisdiction,
				passed,
				Error::<T>::JurisdictionCapReached,
				ReasonCode::HolderCapReached,
			);
		}
		if let Some(max) = r.max_balance {
			push(
				RestrictionKind::MaxBalance,
				to_exempt || after <= max,
				Error::<T>::BalanceCapExceeded,
				ReasonCode::BalanceCapExceeded,
			);
		}
		if let Some(share) = r.max_ownership {
			let supply = if m.kind == MovementKind::Issue {
				state.supply.saturating_add(m.amount)
			} else {
				state.supply
			};
			push(
				RestrictionKind::MaxOwnership,
				to_exempt || after <= share.mul_floor(supply),
				Error::<T>::OwnershipCapExceeded,
				ReasonCode::BalanceCapExceeded,
			);
		}
		if let (Some(until), MovementKind::Transfer, Some(from)) = (r.lockup_until, m.kind, m.from)
		{
			let passed = from_exempt || Self::now() >= until || {
				let locked = HolderStates::<T>::get(m.token, from)
					.map(|s| s.locked)
					.unwrap_or_default();
				state.from_balance.saturating_sub(locked) >= m.amount
			};
			push(
				RestrictionKind::LockUp,
				passed,
				Error::<T>::LockedUp,
				ReasonCode::LockedUp,
			);
		}
		out
	}

	/// The time now (ms since the Unix epoch), for lock-ups.
	pub(crate) fn now() -> Moment {
		u64::try_from(T::UnixTime::now().as_millis()).unwrap_or(u64::MAX)
	}
}
