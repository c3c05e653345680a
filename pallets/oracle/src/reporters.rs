//! Reporters: admission by the admin origin, bonds held in the native currency, unbonding
//! through a bounded queue after `UnbondingDelay` (never below what outlier streaks put at
//! risk, nor below `MinReporterBond` while the reporter is on a feed), withdrawal, removal, and
//! the slashing of a bond.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Pallet, ReporterInfo, Reporters, UnlockChunk,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision},
		Get,
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

impl<T: Config> Pallet<T> {
	/// Admits `who` as a reporter, with no bond yet.
	pub(crate) fn do_admit_reporter(who: T::AccountId) -> DispatchResult {
		ensure!(
			!Reporters::<T>::contains_key(&who),
			Error::<T>::AlreadyReporter
		);
		Reporters::<T>::insert(&who, ReporterInfo::<T>::default());
		Self::deposit_event(Event::ReporterAdmitted { who });
		Ok(())
	}

	/// Removes reporter `who`, releasing everything held as its bond, while it is on no feed
	/// and has nothing at risk.
	pub(crate) fn do_remove_reporter(who: T::AccountId) -> DispatchResult {
		let info = Reporters::<T>::get(&who).ok_or(Error::<T>::NotReporter)?;
		ensure!(
			info.feeds == 0 && info.at_risk.is_zero(),
			Error::<T>::ReporterInUse
		);
		let held = info.held();
		let released = if held.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::ReporterBond.into(),
				&who,
				held,
				Precision::BestEffort,
			)?
		};
		Reporters::<T>::remove(&who);
		Self::deposit_event(Event::ReporterRemoved { who, released });
		Ok(())
	}

	/// Adds `amount` to reporter `who`'s active bond, held from its balance.
	pub(crate) fn do_bond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Reporters::<T>::get(&who).ok_or(Error::<T>::NotReporter)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Currency::hold(&HoldReason::ReporterBond.into(), &who, amount)?;
		info.bond = info.bond.saturating_add(amount);
		let bond = info.bond;
		Reporters::<T>::insert(&who, info);
		Self::deposit_event(Event::Bonded { who, amount, bond });
		Ok(())
	}

	/// Moves `amount` of reporter `who`'s active bond into its unbonding queue.
	pub(crate) fn do_unbond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Reporters::<T>::get(&who).ok_or(Error::<T>::NotReporter)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount <= info.bond, Error::<T>::InsufficientBond);
		let bond = info.bond.saturating_sub(amount);
		let floor = if info.feeds > 0 {
			info.at_risk.max(T::MinReporterBond::get())
		} else {
			info.at_risk
		};
		ensure!(bond >= floor, Error::<T>::BondLocked);
		let unlocks_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingDelay::get());
		info.unlocking
			.try_push(UnlockChunk { amount, unlocks_at })
			.map_err(|_| Error::<T>::TooManyUnlockingChunks)?;
		info.bond = bond;
		Reporters::<T>::insert(&who, info);
		Self::deposit_event(Event::Unbonding {
			who,
			amount,
			unlocks_at,
		});
		Ok(())
	}

	/// Releases reporter `who`'s unbonding parts whose delay has passed.
	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let mut info = Reporters::<T>::get(&who).ok_or(Error::<T>::NotReporter)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut amount: BalanceOf<T> = Zero::zero();
		info.unlocking.retain(|c| {
			if c.unlocks_at <= now {
				amount = amount.saturating_add(c.amount);
				false
			} else {
				true
			}
		});
		ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);
		T::Currency::release(
			&HoldReason::ReporterBond.into(),
			&who,
			amount,
			Precision::Exact,
		)?;
		Reporters::<T>::insert(&who, info);
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}

	/// Checks that `who` is a reporter whose active bond is at least `MinReporterBond`.
	pub(crate) fn ensure_bonded(who: &T::AccountId) -> Result<ReporterInfo<T>, DispatchError> {
		let info = Reporters::<T>::get(who).ok_or(Error::<T>::NotReporter)?;
		ensure!(
			info.bond >= T::MinReporterBond::get(),
			Error::<T>::BondBelowMinimum
		);
		Ok(info)
	}

	/// Burns up to `amount` of `info`'s bond (of `who`): from the active bond first, then from
	/// the unbonding parts, newest first. Returns what was burned.
	pub(crate) fn slash(
		who: &T::AccountId,
		info: &mut ReporterInfo<T>,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let amount = amount.min(info.held());
		if amount.is_zero() {
			return Ok(Zero::zero());
		}
		let burned = T::Currency::burn_held(
			&HoldReason::ReporterBond.into(),
			who,
			amount,
			Precision::BestEffort,
			Fortitude::Force,
		)?;
		let from_bond = burned.min(info.bond);
		info.bond = info.bond.saturating_sub(from_bond);
		let mut rest = burned.saturating_sub(from_bond);
		for chunk in info.unlocking.iter_mut().rev() {
			if rest.is_zero() {
				break;
			}
			let take = rest.min(chunk.amount);
			chunk.amount = chunk.amount.saturating_sub(take);
			rest = rest.saturating_sub(take);
		}
		info.unlocking.retain(|c| !c.amount.is_zero());
		Ok(burned)
	}
}
