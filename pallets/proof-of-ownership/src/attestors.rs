//! Attestors: admission by the admin origin, bonds held in the native currency, unbonding
//! (locked at what its open disputes could slash, and at `MinAttestorBond` while an asset or a
//! pending transfer names the attestor or a challenge of it is open), removal, and the
//! validation of an asset's attestor set.

use crate::{AttestorInfoOf, Attestors, BondOf, Config, Error, Event, HoldReason, Pallet};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
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

	/// Checks an asset's attestor set (at registration and when it changes): the threshold
	/// between 1 and the number of attestors; each attestor admitted, named once, with at
	/// least `MinAttestorBond`.
	pub(crate) fn ensure_valid_attestors(
		attestors: &BoundedVec<T::AccountId, T::MaxAttestors>,
		threshold: u32,
	) -> DispatchResult {
		let n = attestors.len() as u32;
		ensure!(
			threshold >= 1 && threshold <= n,
			Error::<T>::InvalidThreshold
		);
		let min = T::MinAttestorBond::get();
		for (i, a) in attestors.iter().enumerate() {
			let index = u8::try_from(i).unwrap_or(u8::MAX);
			ensure!(
				!attestors.iter().take(i).any(|b| b == a),
				Error::<T>::DuplicateAttestor { index }
			);
			let info = Attestors::<T>::get(a).ok_or(Error::<T>::AttestorNotAdmitted { index })?;
			ensure!(info.bond >= min, Error::<T>::AttestorBondTooLow { index });
		}
		Ok(())
	}

	/// Counts one more (`named`) or one fewer asset naming each of `attestors`.
	pub(crate) fn count_naming(attestors: &[T::AccountId], named: bool) {
		for a in attestors {
			Attestors::<T>::mutate(a, |info| {
				if let Some(info) = info {
					info.assets = if named {
						info.assets.saturating_add(1)
					} else {
						info.assets.saturating_sub(1)
					};
				}
			});
		}
	}

	/// Removes attestor `who`, releasing its whole bond, while no asset or pending transfer
	/// names it and no challenge against it is open.
	pub(crate) fn do_remove_attestor(who: T::AccountId) -> DispatchResult {
		let info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		ensure!(!info.in_use(), Error::<T>::AttestorInUse);
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
	/// (their stakes, fixed when each was first challenged), and while an asset or a pending
	/// transfer names it or a challenge against it is open, at least `MinAttestorBond` stays.
	pub(crate) fn do_unbond(who: T::AccountId, amount: BondOf<T>) -> DispatchResult {
		let mut info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount <= info.bond, Error::<T>::InsufficientBond);
		let bond = info.bond.saturating_sub(amount);
		let floor = if info.in_use() {
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
