//! Participation rewards and the clean-up of closed resolutions.
//!
//! A reward stays held from its funders (at most [`Config::MaxFunders`] per resolution) until
//! it is paid: a claim moves the claimant's share out of the funders' holds in funding order,
//! and after the claim period what is left is released to them. An account's share is the
//! reward times its own power over the turnout; the own powers of every account whose power
//! counted sum to the turnout, so the shares never exceed the reward.

use crate::*;
use frame_support::traits::tokens::{Fortitude, Precision, Restriction};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto},
	Rounding,
};

impl<T: Config> Pallet<T> {
	/// The block from which a closed resolution's claim period is over.
	fn claims_end(res: &ResolutionOf<T>) -> Result<BlockNumberFor<T>, DispatchError> {
		match res.status {
			// A cancelled resolution pays no rewards: its claim period is over at once.
			ResolutionStatus::Closed {
				outcome: Outcome::Cancelled,
				at,
			} => Ok(at),
			ResolutionStatus::Closed { at, .. } => Ok(at.saturating_add(res.claim_period)),
			ResolutionStatus::Ongoing => Err(Error::<T>::NotClosed.into()),
		}
	}

	pub(crate) fn do_fund_reward(
		who: T::AccountId,
		index: ResolutionIndex,
		amount: DepositOf<T>,
	) -> DispatchResult {
		let res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		ensure!(
			res.status == ResolutionStatus::Ongoing,
			Error::<T>::NotOngoing
		);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut funders = RewardFunders::<T>::get(index);
		match funders.iter_mut().find(|f| f.who == who) {
			Some(f) => f.held = f.held.saturating_add(amount),
			None => funders
				.try_push(Funder {
					who: who.clone(),
					held: amount,
				})
				.map_err(|_| Error::<T>::TooManyFunders)?,
		}
		T::Currency::hold(&HoldReason::RewardFund.into(), &who, amount)?;
		let mut pool = RewardPools::<T>::get(index).unwrap_or_default();
		pool.total = pool.total.saturating_add(amount);
		RewardPools::<T>::insert(index, pool);
		RewardFunders::<T>::insert(index, funders);
		Self::deposit_event(Event::RewardFunded {
			resolution: index,
			funder: who,
			amount,
			total: pool.total,
		});
		Ok(())
	}

	/// Whether `who`'s power counted in a resolution: it voted directly, or its nearest
	/// ancestor at the record date that voted directly exists. Returns that and the number of
	/// ancestors walked.
	pub(crate) fn counted(
		res: &ResolutionOf<T>,
		index: ResolutionIndex,
		who: &T::AccountId,
	) -> (Option<T::AccountId>, u32) {
		if VoteRecords::<T>::get(index, who).is_some_and(|r| r.ballot.is_some()) {
			return (Some(who.clone()), 0);
		}
		let mut next = Self::link_at(res.token, who, res.topic, res.record).followee;
		let mut walked = 0;
		while let Some(ancestor) = next.take() {
			if walked >= T::MaxFollowDepth::get() {
				break;
			}
			walked += 1;
			if VoteRecords::<T>::get(index, &ancestor).is_some_and(|r| r.ballot.is_some()) {
				return (Some(ancestor), walked);
			}
			next = Self::link_at(res.token, &ancestor, res.topic, res.record).followee;
		}
		(None, walked)
	}

	/// `who`'s share of a reward of `total`.
	pub(crate) fn share(total: DepositOf<T>, own: Power, turnout: Power) -> DepositOf<T> {
		let total: u128 = total.unique_saturated_into();
		let share = multiply_by_rational_with_rounding(total, own, turnout, Rounding::Down)
			.unwrap_or_default()
			.min(total);
		DepositOf::<T>::unique_saturated_from(share)
	}

	/// Pays `who` its share; returns the number of ancestors walked.
	pub(crate) fn do_claim_reward(
		who: &T::AccountId,
		index: ResolutionIndex,
	) -> Result<u32, DispatchError> {
		let res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		let end = Self::claims_end(&res)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() < end,
			Error::<T>::ClaimPeriodOver
		);
		let mut pool = RewardPools::<T>::get(index).ok_or(Error::<T>::NoReward)?;
		let mut record = VoteRecords::<T>::get(index, who).unwrap_or_default();
		ensure!(!record.claimed, Error::<T>::AlreadyClaimed);
		let (by, walked) = Self::counted(&res, index, who);
		ensure!(by.is_some(), Error::<T>::NothingToClaim);
		let own = Self::own_power_at(&res, who)?;
		let mut owed = Self::share(pool.total, own, res.tally.turnout());
		ensure!(!owed.is_zero(), Error::<T>::NothingToClaim);
		let amount = owed;

		let reason = HoldReason::RewardFund.into();
		let mut funders = RewardFunders::<T>::get(index);
		for f in funders.iter_mut() {
			if owed.is_zero() {
				break;
			}
			let take = owed.min(f.held);
			if take.is_zero() {
				continue;
			}
			if f.who == *who {
				T::Currency::release(&reason, who, take, Precision::Exact)?;
			} else {
				T::Currency::transfer_on_hold(
					&reason,
					&f.who,
					who,
					take,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)?;
			}
			f.held = f.held.saturating_sub(take);
			owed = owed.saturating_sub(take);
		}
		ensure!(owed.is_zero(), Error::<T>::NothingToClaim);
		pool.paid = pool.paid.saturating_add(amount);
		record.claimed = true;
		VoteRecords::<T>::insert(index, who, record);
		RewardPools::<T>::insert(index, pool);
		RewardFunders::<T>::insert(index, funders);
		Self::deposit_event(Event::RewardClaimed {
			resolution: index,
			who: who.clone(),
			amount,
		});
		Ok(walked)
	}

	/// Returns the rest of a reward to its funders; returns the number of funders.
	pub(crate) fn do_reclaim_reward(index: ResolutionIndex) -> Result<u32, DispatchError> {
		let res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		let end = Self::claims_end(&res)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() >= end,
			Error::<T>::ClaimPeriodNotOver
		);
		ensure!(RewardPools::<T>::contains_key(index), Error::<T>::NoReward);
		let funders = RewardFunders::<T>::take(index);
		RewardPools::<T>::remove(index);
		let reason = HoldReason::RewardFund.into();
		let mut returned = DepositOf::<T>::zero();
		for f in &funders {
			if f.held.is_zero() {
				continue;
			}
			let released = T::Currency::release(&reason, &f.who, f.held, Precision::BestEffort)?;
			returned = returned.saturating_add(released);
		}
		Self::deposit_event(Event::RewardReclaimed {
			resolution: index,
			returned,
		});
		Ok(funders.len() as u32)
	}

	/// Removes up to `limit` vote records of a settled resolution; returns how many.
	pub(crate) fn do_clear_resolution(
		index: ResolutionIndex,
		limit: u32,
	) -> Result<u32, DispatchError> {
		let res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		let end = Self::claims_end(&res)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() >= end,
			Error::<T>::ClaimPeriodNotOver
		);
		ensure!(
			!RewardPools::<T>::contains_key(index),
			Error::<T>::RewardOutstanding
		);
		let limit = limit.min(MAX_CLEAR_BATCH);
		let keys: alloc::vec::Vec<_> = VoteRecords::<T>::iter_key_prefix(index)
			.take(limit as usize)
			.collect();
		let removed = keys.len() as u32;
		for who in keys {
			VoteRecords::<T>::remove(index, who);
		}
		let done = VoteRecords::<T>::iter_key_prefix(index).next().is_none();
		if done {
			Resolutions::<T>::remove(index);
		}
		Self::deposit_event(Event::ResolutionCleared {
			resolution: index,
			removed,
			done,
		});
		Ok(removed)
	}
}
