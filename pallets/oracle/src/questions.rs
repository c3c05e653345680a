//! Questions: asking (by the network, or by a token's issuer about its token with a deposit,
//! bounded per token), the initial report (the designated reporter in its window, any
//! reporter after it), finalisation after an undisputed window, the network's decision of an
//! escalated question, and the status consumers see.

use crate::{
	maths, Config, Error, Event, HoldReason, NextQuestionId, OpenQuestions, Pallet, Phase,
	Question, QuestionKindOf, Questions, Reporters, Round,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	DispatchError,
};
use vellum_primitives::{
	ledger::SecurityLedger,
	oracle::{Outcome, OutcomeStatus, QuestionId},
	security::TokenId,
};

impl<T: Config> Pallet<T> {
	/// The dispute window of round `round` (0: the initial report's).
	pub fn window_of(round: u32) -> BlockNumberFor<T> {
		let base: u64 = T::DisputeWindow::get().unique_saturated_into();
		let cap: u64 = T::MaxDisputeWindow::get().unique_saturated_into();
		BlockNumberFor::<T>::unique_saturated_from(maths::dispute_window(base, round, cap))
	}

	/// Asks a question for `by` (`None`: the network). Returns its id.
	pub(crate) fn do_ask(
		by: Option<T::AccountId>,
		token: Option<TokenId>,
		kind: QuestionKindOf<T>,
		terms: [u8; 32],
		designated: T::AccountId,
		resolves_at: BlockNumberFor<T>,
	) -> Result<QuestionId, DispatchError> {
		ensure!(kind.is_well_formed(), Error::<T>::InvalidQuestion);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(resolves_at >= now, Error::<T>::ResolutionInPast);
		if let Some(token) = token {
			ensure!(T::Ledger::exists(token), Error::<T>::UnknownToken);
		}
		if let Some(who) = &by {
			let token = token.ok_or(Error::<T>::NoPermission)?;
			ensure!(
				T::Ledger::issuer(token).as_ref() == Some(who) && T::Ledger::is_issuer(who),
				Error::<T>::NoPermission
			);
		}
		let bonded =
			Reporters::<T>::get(&designated).is_some_and(|i| i.bond >= T::MinReporterBond::get());
		ensure!(
			bonded && by.as_ref() != Some(&designated),
			Error::<T>::InvalidDesignated
		);
		if let Some(token) = token {
			ensure!(
				OpenQuestions::<T>::get(token) < T::MaxOpenQuestionsPerToken::get(),
				Error::<T>::TooManyQuestions
			);
		}
		let id = NextQuestionId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::QuestionIdsExhausted)?;
		let deposit = match &by {
			Some(who) => {
				let deposit = T::QuestionDeposit::get();
				if !deposit.is_zero() {
					T::Currency::hold(&HoldReason::QuestionDeposit.into(), who, deposit)?;
				}
				deposit
			}
			None => Zero::zero(),
		};
		if let Some(token) = token {
			OpenQuestions::<T>::mutate(token, |n| *n = n.saturating_add(1));
		}
		Questions::<T>::insert(
			id,
			Question {
				asker: by.clone(),
				token,
				kind,
				terms,
				designated: designated.clone(),
				resolves_at,
				deposit,
				phase: Phase::Open,
				initial_reporter: None,
				rounds: BoundedVec::new(),
				window_end: resolves_at,
				crowdfunds: BoundedVec::new(),
				next_fund: 0,
				total_staked: Zero::zero(),
				settlement: None,
			},
		);
		NextQuestionId::<T>::put(next);
		Self::deposit_event(Event::QuestionAsked {
			id,
			asker: by,
			token,
			designated,
			resolves_at,
			deposit,
		});
		Ok(id)
	}

	/// The initial report of question `id` by `who`, staking `DesignatedBond`.
	pub(crate) fn do_report(who: T::AccountId, id: QuestionId, outcome: Outcome) -> DispatchResult {
		let mut q = Questions::<T>::get(id).ok_or(Error::<T>::UnknownQuestion)?;
		ensure!(q.phase == Phase::Open, Error::<T>::AlreadyReported);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= q.resolves_at, Error::<T>::NotYetResolvable);
		let designated = who == q.designated;
		let open_from = q.resolves_at.saturating_add(T::DesignatedWindow::get());
		ensure!(designated || now >= open_from, Error::<T>::NotDesignated);
		Self::ensure_bonded(&who)?;
		ensure!(q.kind.admits(&outcome), Error::<T>::InvalidOutcome);
		let stake = T::DesignatedBond::get();
		Self::record_stake(&who, id, &mut q, 0, outcome, stake)?;
		q.rounds
			.try_push(Round {
				outcome,
				stake,
				fund: 0,
			})
			.map_err(|_| Error::<T>::Overflow)?;
		q.next_fund = 1;
		q.initial_reporter = Some(who.clone());
		q.phase = Phase::Disputable;
		q.window_end = now.saturating_add(Self::window_of(0));
		let window_end = q.window_end;
		Questions::<T>::insert(id, q);
		Self::deposit_event(Event::Reported {
			id,
			reporter: who,
			outcome,
			stake,
			designated,
			window_end,
		});
		Ok(())
	}

	/// Resolves question `id` with its tentative outcome after its window.
	pub(crate) fn do_finalize(id: QuestionId) -> DispatchResult {
		let q = Questions::<T>::get(id).ok_or(Error::<T>::UnknownQuestion)?;
		ensure!(q.phase == Phase::Disputable, Error::<T>::NotDisputable);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= q.window_end, Error::<T>::WindowOpen);
		let outcome = q.tentative().ok_or(Error::<T>::NotDisputable)?;
		Self::resolve(id, q, outcome, false)
	}

	/// The network decides escalated question `id` with `outcome`.
	pub(crate) fn do_decide(id: QuestionId, outcome: Outcome) -> DispatchResult {
		let q = Questions::<T>::get(id).ok_or(Error::<T>::UnknownQuestion)?;
		ensure!(q.phase == Phase::Escalated, Error::<T>::NotEscalated);
		ensure!(q.kind.admits(&outcome), Error::<T>::InvalidOutcome);
		Self::resolve(id, q, outcome, true)
	}

	/// Where question `id` stands, as consumers see it; `None` for an unknown question.
	pub fn status(id: QuestionId) -> Option<OutcomeStatus> {
		let q = Questions::<T>::get(id)?;
		Some(match q.phase {
			Phase::Open => OutcomeStatus::Asked,
			Phase::Disputable | Phase::Escalated => {
				OutcomeStatus::Tentative(q.tentative().unwrap_or(Outcome::Invalid))
			}
			Phase::Resolved => match q.settlement.map(|s| s.outcome) {
				Some(Outcome::Invalid) | None => OutcomeStatus::Invalid,
				Some(o) => OutcomeStatus::Final(o),
			},
		})
	}
}
