//! Resolution and claims. At resolution `LosingBurn` of the losing stakes is burned and the
//! rest of them becomes the pool: stakes on the final outcome share it by stake, or (the
//! question resolved `Invalid`, or to an outcome nobody staked on) the losing stakes get it
//! back by stake. The question's deposit goes to the initial reporter if its outcome is the
//! final one, back to the asker otherwise. Claims are pulled, one staker's record per call;
//! the last claim of a group takes what rounding left in the pool, so that in the end the
//! payouts and the burn add up to everything staked.

use crate::{
	maths, BalanceOf, Config, Error, Event, HoldReason, OpenQuestions, Pallet, Phase, Question,
	Questions, Settlement, Stakes,
};
use frame_support::{
	dispatch::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero};
use vellum_primitives::oracle::{Outcome, QuestionId};

impl<T: Config> Pallet<T> {
	/// Resolves question `id` with `outcome` (`by_network`: the admin origin's decision).
	pub(crate) fn resolve(
		id: QuestionId,
		mut q: Question<T>,
		outcome: Outcome,
		by_network: bool,
	) -> DispatchResult {
		let winning = q.filled_on(&outcome);
		let losing = q.total_filled().saturating_sub(winning);
		let refund = outcome == Outcome::Invalid || winning.is_zero();
		let to_burn = T::LosingBurn::get() * losing;
		let burned = if to_burn.is_zero() {
			Zero::zero()
		} else {
			T::Currency::burn_held(
				&HoldReason::DisputeStake.into(),
				&Self::account_id(),
				to_burn,
				Precision::Exact,
				Fortitude::Force,
			)?
		};
		q.settlement = Some(Settlement {
			outcome,
			refund,
			winning,
			losing,
			burned,
			pool_left: losing.saturating_sub(burned),
			shares_left: if refund { losing } else { winning },
			paid: Zero::zero(),
		});
		q.phase = Phase::Resolved;
		q.crowdfunds.clear();

		let deposit_to = match (&q.asker, q.rounds.first()) {
			(None, _) => None,
			(Some(asker), first) => {
				let earned = first.is_some_and(|r| r.outcome == outcome);
				let to = match (&q.initial_reporter, earned) {
					(Some(reporter), true) => reporter.clone(),
					_ => asker.clone(),
				};
				if !q.deposit.is_zero() {
					let reason = HoldReason::QuestionDeposit.into();
					if to == *asker {
						T::Currency::release(&reason, asker, q.deposit, Precision::BestEffort)?;
					} else {
						T::Currency::transfer_on_hold(
							&reason,
							asker,
							&to,
							q.deposit,
							Precision::BestEffort,
							Restriction::Free,
							Fortitude::Force,
						)?;
					}
				}
				Some(to)
			}
		};
		if let Some(token) = q.token {
			OpenQuestions::<T>::mutate(token, |n| *n = n.saturating_sub(1));
		}
		Questions::<T>::insert(id, q);
		Self::deposit_event(Event::Resolved {
			id,
			outcome,
			by_network,
			burned,
			deposit_to,
		});
		Ok(())
	}

	/// What `staker`'s `stakes` on resolved question `q` pay, updating what is left of its
	/// pool (each stake in the sharing group takes `pool_left * stake / shares_left`).
	pub(crate) fn payout(
		q: &Question<T>,
		settlement: &mut Settlement<BalanceOf<T>>,
		stakes: &[crate::Stake<BalanceOf<T>>],
	) -> BalanceOf<T> {
		let mut total: BalanceOf<T> = Zero::zero();
		for stake in stakes {
			let shares = match q.filled(stake.fund) {
				// A dispute that never filled: the stake comes back.
				None => {
					total = total.saturating_add(stake.amount);
					false
				}
				Some(o) if o == settlement.outcome => {
					total = total.saturating_add(stake.amount);
					!settlement.refund
				}
				Some(_) => settlement.refund,
			};
			if shares {
				let share = maths::pro_rata(
					settlement.pool_left.unique_saturated_into(),
					stake.amount.unique_saturated_into(),
					settlement.shares_left.unique_saturated_into(),
				);
				let share = BalanceOf::<T>::unique_saturated_from(share);
				settlement.pool_left = settlement.pool_left.saturating_sub(share);
				settlement.shares_left = settlement.shares_left.saturating_sub(stake.amount);
				total = total.saturating_add(share);
			}
		}
		total
	}

	/// Pays out `staker`'s stakes on resolved question `id`.
	pub(crate) fn do_claim(id: QuestionId, staker: T::AccountId) -> DispatchResult {
		let mut q = Questions::<T>::get(id).ok_or(Error::<T>::UnknownQuestion)?;
		let mut settlement = q.settlement.ok_or(Error::<T>::NotResolved)?;
		let stakes = Stakes::<T>::take(&staker, id).ok_or(Error::<T>::NothingToClaim)?;
		let amount = Self::payout(&q, &mut settlement, &stakes);
		if !amount.is_zero() {
			T::Currency::transfer_on_hold(
				&HoldReason::DisputeStake.into(),
				&Self::account_id(),
				&staker,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
		}
		settlement.paid = settlement.paid.saturating_add(amount);
		q.settlement = Some(settlement);
		Questions::<T>::insert(id, q);
		Self::deposit_event(Event::Claimed { id, staker, amount });
		Ok(())
	}
}
