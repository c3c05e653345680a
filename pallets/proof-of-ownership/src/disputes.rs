//! Disputes of attestors' confirmations: challenges (within `ChallengePeriod` of a
//! certificate, holding the challenger's bond) and the admin origin's rulings (slashing the
//! attestor, paying the challenger its share, or burning the challenger's bond).

use crate::{
	AssetId, Attestors, CertificateSeq, Certificates, Challenge, ChallengeId, Challenges, Config,
	Disputes, Error, Event, HoldReason, NextChallengeId, Pallet,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Opens a challenge of `attestor`'s confirmation of certificate `seq` of `asset`, holding
	/// the challenger's bond.
	pub(crate) fn do_challenge(
		challenger: T::AccountId,
		asset: AssetId,
		seq: CertificateSeq,
		attestor: T::AccountId,
	) -> DispatchResult {
		let certificate =
			Certificates::<T>::get(asset, seq).ok_or(Error::<T>::UnknownCertificate)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= certificate.at.saturating_add(T::ChallengePeriod::get()),
			Error::<T>::ChallengePeriodOver
		);
		ensure!(
			certificate.attestors.contains(&attestor),
			Error::<T>::NotCertificateAttestor
		);
		ensure!(
			challenger != attestor
				&& challenger != certificate.owner
				&& certificate.from.as_ref() != Some(&challenger),
			Error::<T>::InterestedChallenger
		);
		ensure!(
			!Disputes::<T>::contains_key((asset, seq, &attestor)),
			Error::<T>::AlreadyChallenged
		);
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::ChallengeIdsExhausted)?;
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &challenger, bond)?;
		// An attestor an asset names is never removed: its record exists.
		Attestors::<T>::mutate(&attestor, |info| {
			if let Some(info) = info {
				info.challenges = info.challenges.saturating_add(1);
			}
		});
		Challenges::<T>::insert(
			id,
			Challenge {
				challenger: challenger.clone(),
				asset,
				seq,
				attestor: attestor.clone(),
				bond,
				at: now,
			},
		);
		Disputes::<T>::insert((asset, seq, &attestor), id);
		NextChallengeId::<T>::put(next);
		Self::deposit_event(Event::Challenged {
			id,
			asset,
			seq,
			attestor,
			challenger,
			bond,
		});
		Ok(())
	}

	/// Closes challenge `id`: slashes the attestor (`upheld`) or burns the challenger's bond.
	pub(crate) fn do_rule(id: ChallengeId, upheld: bool) -> DispatchResult {
		let c = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let mut info = Attestors::<T>::get(&c.attestor).unwrap_or_default();
		info.challenges = info.challenges.saturating_sub(1);
		let challenge_reason: T::RuntimeHoldReason = HoldReason::ChallengeBond.into();
		if upheld {
			let bond_reason: T::RuntimeHoldReason = HoldReason::AttestorBond.into();
			let slash = T::SlashFraction::get() * info.bond;
			let share = T::ChallengerShare::get() * slash;
			T::Currency::release(
				&challenge_reason,
				&c.challenger,
				c.bond,
				Precision::BestEffort,
			)?;
			let reward = if share.is_zero() {
				Zero::zero()
			} else {
				T::Currency::transfer_on_hold(
					&bond_reason,
					&c.attestor,
					&c.challenger,
					share,
					Precision::BestEffort,
					Restriction::Free,
					Fortitude::Force,
				)?
			};
			let rest = slash.saturating_sub(reward);
			let burned = if rest.is_zero() {
				Zero::zero()
			} else {
				T::Currency::burn_held(
					&bond_reason,
					&c.attestor,
					rest,
					Precision::BestEffort,
					Fortitude::Force,
				)?
			};
			let slashed = reward.saturating_add(burned);
			info.bond = info.bond.saturating_sub(slashed);
			Self::deposit_event(Event::ChallengeUpheld {
				id,
				attestor: c.attestor.clone(),
				challenger: c.challenger,
				slashed,
				reward,
			});
		} else {
			let forfeited = T::Currency::burn_held(
				&challenge_reason,
				&c.challenger,
				c.bond,
				Precision::BestEffort,
				Fortitude::Force,
			)?;
			Disputes::<T>::remove((c.asset, c.seq, &c.attestor));
			Self::deposit_event(Event::ChallengeDismissed {
				id,
				challenger: c.challenger,
				forfeited,
			});
		}
		Attestors::<T>::insert(&c.attestor, info);
		Challenges::<T>::remove(id);
		Ok(())
	}
}
