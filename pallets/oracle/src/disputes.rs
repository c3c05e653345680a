//! Disputes of a question's tentative outcome: crowdfunds (several stakers fill one dispute,
//! up to `MaxContributors`; up to `MaxOpenDisputes` per round, a larger new one evicting the
//! smallest), Augur's required stake `2*A - 3*S`, the next round with a longer window when a
//! dispute fills, and escalation to the network after `MaxDisputeRounds` or at
//! `EscalationThreshold`.

use crate::{
	maths, BalanceOf, Config, Crowdfund, Error, Event, FundId, HoldReason, Pallet, Phase, Question,
	Questions, Round, Stake, Stakes,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Preservation},
		Get,
	},
};
use sp_runtime::traits::{CheckedAdd, Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero};
use vellum_primitives::oracle::{Outcome, QuestionId};

impl<T: Config> Pallet<T> {
	/// The stake a dispute of question `q` for `outcome` needs in all (`2*A - 3*S(outcome)`).
	pub fn required_stake(q: &Question<T>, outcome: &Outcome) -> BalanceOf<T> {
		let total: u128 = q.total_filled().unique_saturated_into();
		let on: u128 = q.filled_on(outcome).unique_saturated_into();
		BalanceOf::<T>::unique_saturated_from(maths::required_stake(total, on))
	}

	/// Holds `amount` of `who`'s balance on the pallet's account as a stake on question `id`
	/// in crowdfund `fund` for `outcome`, and records it.
	pub(crate) fn record_stake(
		who: &T::AccountId,
		id: QuestionId,
		q: &mut Question<T>,
		fund: FundId,
		outcome: Outcome,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut stakes = Stakes::<T>::get(who, id).unwrap_or_default();
		match stakes.iter_mut().find(|s| s.fund == fund) {
			Some(s) => s.amount = s.amount.saturating_add(amount),
			None => stakes
				.try_push(Stake {
					fund,
					outcome,
					amount,
				})
				.map_err(|_| Error::<T>::TooManyStakes)?,
		}
		Self::ensure_pallet_account();
		T::Currency::transfer_and_hold(
			&HoldReason::DisputeStake.into(),
			who,
			&Self::account_id(),
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		q.total_staked = q
			.total_staked
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		Stakes::<T>::insert(who, id, stakes);
		Ok(())
	}

	/// `who` stakes up to `amount` on a dispute of question `id` for `outcome`.
	pub(crate) fn do_dispute(
		who: T::AccountId,
		id: QuestionId,
		outcome: Outcome,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut q = Questions::<T>::get(id).ok_or(Error::<T>::UnknownQuestion)?;
		ensure!(q.phase == Phase::Disputable, Error::<T>::NotDisputable);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < q.window_end, Error::<T>::WindowClosed);
		Self::ensure_bonded(&who)?;
		ensure!(q.kind.admits(&outcome), Error::<T>::InvalidOutcome);
		ensure!(q.tentative() != Some(outcome), Error::<T>::SameOutcome);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let required = Self::required_stake(&q, &outcome);

		// The crowdfund for `outcome` in this round: the one being filled, or a new one.
		let existing = q.crowdfunds.iter().find(|c| c.outcome == outcome).copied();
		let is_new = existing.is_none();
		let mut fund = match existing {
			Some(c) => c,
			None => Crowdfund {
				fund: q.next_fund,
				outcome,
				raised: Zero::zero(),
				contributors: 0,
			},
		};
		let remaining = required.saturating_sub(fund.raised);
		let take = amount.min(remaining);
		ensure!(!take.is_zero(), Error::<T>::StakeTooLow);
		ensure!(
			take >= T::MinDisputeStake::get() || take == remaining,
			Error::<T>::StakeTooLow
		);
		if is_new {
			Self::make_room(&mut q, take)?;
			q.next_fund = q.next_fund.checked_add(1).ok_or(Error::<T>::Overflow)?;
		}
		let first_of_staker =
			Stakes::<T>::get(&who, id).is_none_or(|s| !s.iter().any(|s| s.fund == fund.fund));
		if first_of_staker {
			ensure!(
				fund.contributors < T::MaxContributors::get(),
				Error::<T>::TooManyContributors
			);
			fund.contributors = fund.contributors.saturating_add(1);
		}
		Self::record_stake(&who, id, &mut q, fund.fund, outcome, take)?;
		fund.raised = fund.raised.saturating_add(take);
		Self::deposit_event(Event::Disputed {
			id,
			staker: who,
			fund: fund.fund,
			outcome,
			amount: take,
			raised: fund.raised,
			required,
		});

		if fund.raised >= required {
			Self::fill(id, &mut q, fund, required)?;
		} else if let Some(c) = q.crowdfunds.iter_mut().find(|c| c.fund == fund.fund) {
			*c = fund;
		} else {
			q.crowdfunds
				.try_push(fund)
				.map_err(|_| Error::<T>::TooManyDisputes)?;
		}
		Questions::<T>::insert(id, q);
		Ok(())
	}

	/// Makes room for a new crowdfund opening with `stake`: if the round's crowdfunds are
	/// full, the one with the least stake goes if it has less than `stake` (its stakes are
	/// refunded at resolution, as every dispute that never filled).
	fn make_room(q: &mut Question<T>, stake: BalanceOf<T>) -> DispatchResult {
		if (q.crowdfunds.len() as u32) < T::MaxOpenDisputes::get() {
			return Ok(());
		}
		let smallest = q
			.crowdfunds
			.iter()
			.enumerate()
			.min_by_key(|(_, c)| c.raised)
			.map(|(i, c)| (i, c.raised));
		match smallest {
			Some((i, raised)) if raised < stake => {
				q.crowdfunds.remove(i);
				Ok(())
			}
			_ => Err(Error::<T>::TooManyDisputes.into()),
		}
	}

	/// Crowdfund `fund` filled the round: its outcome is tentative in the next round, or the
	/// question escalates.
	fn fill(
		id: QuestionId,
		q: &mut Question<T>,
		fund: Crowdfund<BalanceOf<T>>,
		required: BalanceOf<T>,
	) -> DispatchResult {
		q.rounds
			.try_push(Round {
				outcome: fund.outcome,
				stake: fund.raised,
				fund: fund.fund,
			})
			.map_err(|_| Error::<T>::Overflow)?;
		q.crowdfunds.clear();
		let round = q.disputes();
		if round >= T::MaxDisputeRounds::get() || required >= T::EscalationThreshold::get() {
			q.phase = Phase::Escalated;
			Self::deposit_event(Event::Escalated {
				id,
				round,
				outcome: fund.outcome,
			});
		} else {
			let now = frame_system::Pallet::<T>::block_number();
			q.window_end = now.saturating_add(Self::window_of(round));
			Self::deposit_event(Event::RoundStarted {
				id,
				round,
				outcome: fund.outcome,
				stake: fund.raised,
				window_end: q.window_end,
			});
		}
		Ok(())
	}
}
