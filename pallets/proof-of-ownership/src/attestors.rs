//! Attestors: admission by the admin origin, bonds held in the native currency, unbonding
//! (locked at what its open disputes could slash, and at `MinAttestorBond` while an asset names
//! the attestor or a challenge of it is open) and removal.

use crate::{AttestorInfoOf, Attestors, BondOf, Config, Error, Event, HoldReason, Pallet};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Admits `who` as an attestor, with no bond yet.
	pub(crate) fn do_admit_attestor(who: T::AccountId) -> DispatchResult {
		ensure!(
			!Attestors::<T>::contains_key(&who),
			Error::<T>::AlreadyAttestor
		);
		Attestors::<T>::insert(&who, AttestorInfoOf::<T>::default());
		Self::deposit_event(Event::AttestorAdmitted { who });
		Ok(())
	}

	/// Removes attestor `who`, releasing its whole bond, while no asset names it and no
	/// challenge against it is open.
	pub(crate) fn do_remove_attestor(who: T::AccountId) -> DispatchResult {
		let info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		ensure!(
			info.assets == 0 && info.challenges == 0,
			Error::<T>::AttestorInUse
		);
		let released = if info.bond.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::AttestorBond.into(),
				&who,
				info.bond,
				Precision::BestEffort,
			)?
		};
		Attestors::<T>::remove(&who);
		Self::deposit_event(Event::AttestorRemoved { who, released });
		Ok(())
	}

	/// Adds `amount` to attestor `who`'s bond, held from its balance.
	pub(crate) fn do_bond(who: T::AccountId, amount: BondOf<T>) -> DispatchResult {
		let mut info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Currency::hold(&HoldReason::AttestorBond.into(), &who, amount)?;
		info.bond = info.bond.saturating_add(amount);
		let bond = info.bond;
		Attestors::<T>::insert(&who, info);
		Self::deposit_event(Event::Bonded { who, amount, bond });
		Ok(())
	}

	/// Releases `amount` of attestor `who`'s bond. What its open disputes could slash stays
	/// (their stakes, fixed when each was first challenged), and while an asset names it or a
	/// challenge against it is open, at least `MinAttestorBond` stays.
	pub(crate) fn do_unbond(who: T::AccountId, amount: BondOf<T>) -> DispatchResult {
		let mut info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount <= info.bond, Error::<T>::InsufficientBond);
		let bond = info.bond.saturating_sub(amount);
		let floor = if info.assets > 0 || info.challenges > 0 {
			info.at_stake.max(T::MinAttestorBond::get())
		} else {
			info.at_stake
		};
		ensure!(bond >= floor, Error::<T>::BondLocked);
		T::Currency::release(
			&HoldReason::AttestorBond.into(),
			&who,
			amount,
			Precision::Exact,
		)?;
		info.bond = bond;
		Attestors::<T>::insert(&who, info);
		Self::deposit_event(Event::Unbonded { who, amount, bond });
		Ok(())
	}
}
