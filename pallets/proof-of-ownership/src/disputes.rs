//! Disputes of attestors' confirmations: challenges (within `ChallengePeriod` of a
//! certificate, several challengers at once, holding each challenger's bond), the admin
//! origin's rulings within `RulingPeriod` of a challenge (slashing the stake fixed by the
//! first open challenge and paying the challenger its share, or burning the challenger's
//! bond), and the lapse of challenges not ruled on in time.

use crate::{
	AttestorInfoOf, Attestors, BondOf, CertificateSeq, Certificates, Challenge, ChallengeId,
	ChallengeOf, Challenges, Config, Dispute, DisputeOf, Disputes, Error, Event, HoldReason,
	NextChallengeId, Pallet, UnderlyingAssetId, WeightInfo,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

impl<T: Config> Pallet<T> {
	/// The weight charged for `rule`: an upheld ruling that closes the most other challenges,
	/// or a dismissal if heavier.
	pub fn rule_weight() -> Weight {
		T::WeightInfo::rule_upheld(Self::max_others()).max(T::WeightInfo::rule_dismissed())
	}

	/// The most other open challenges an upheld ruling closes.
	fn max_others() -> u32 {
		T::MaxChallengesPerAttestation::get().saturating_sub(1)
	}

	/// The last block at which the admin origin may rule on a challenge made at `at`.
	fn ruling_deadline(at: BlockNumberFor<T>) -> BlockNumberFor<T> {
		at.saturating_add(T::RulingPeriod::get())
	}

	/// Opens a challenge of `attestor`'s confirmation of certificate `seq` of `asset`, holding
	/// the challenger's bond. The first open challenge of the confirmation fixes its stake and
	/// adds it to what the attestor cannot unbond.
	pub(crate) fn do_challenge(
		challenger: T::AccountId,
		asset: UnderlyingAssetId,
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
		let mut info = Attestors::<T>::get(&attestor).ok_or(Error::<T>::NotAttestor)?;
		let key = (asset, seq, attestor.clone());
		let mut dispute = match Disputes::<T>::get(&key) {
			Some(d) => {
				ensure!(!d.upheld, Error::<T>::AlreadyUpheld);
				ensure!(
					!d.open.iter().any(|(_, who)| *who == challenger),
					Error::<T>::AlreadyChallenged
				);
				d
			}
			None => {
				let stake = T::SlashFraction::get() * info.bond;
				info.at_stake = info.at_stake.saturating_add(stake);
				Dispute {
					open: BoundedVec::new(),
					stake,
					upheld: false,
				}
			}
		};
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::ChallengeIdsExhausted)?;
		dispute
			.open
			.try_push((id, challenger.clone()))
			.map_err(|_| Error::<T>::TooManyChallenges)?;
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &challenger, bond)?;
		info.challenges = info.challenges.saturating_add(1);
		let stake = dispute.stake;
		Attestors::<T>::insert(&attestor, info);
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
		Disputes::<T>::insert(&key, dispute);
		NextChallengeId::<T>::put(next);
		Self::deposit_event(Event::Challenged {
			id,
			asset,
			seq,
			attestor,
			challenger,
			bond,
			stake,
		});
		Ok(())
	}

	/// Rules on challenge `id` within its ruling period: slashes the attestor the dispute's
	/// stake and closes every other open challenge of the confirmation (`upheld`), or burns
	/// the challenger's bond. Returns how many other challenges an upheld ruling closed.
	pub(crate) fn do_rule(id: ChallengeId, upheld: bool) -> Result<u32, DispatchError> {
		let c = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= Self::ruling_deadline(c.at),
			Error::<T>::RulingPeriodOver
		);
		let key = (c.asset, c.seq, c.attestor.clone());
		let dispute = Disputes::<T>::get(&key).ok_or(Error::<T>::UnknownChallenge)?;
		let mut info = Attestors::<T>::get(&c.attestor).ok_or(Error::<T>::NotAttestor)?;
		if upheld {
			Self::uphold(id, c, dispute, info)
		} else {
			let forfeited = T::Currency::burn_held(
				&HoldReason::ChallengeBond.into(),
				&c.challenger,
				c.bond,
				Precision::BestEffort,
				Fortitude::Force,
			)?;
			Self::close(id, &key, dispute, &mut info);
			Attestors::<T>::insert(&c.attestor, info);
			Self::deposit_event(Event::ChallengeDismissed {
				id,
				challenger: c.challenger,
				forfeited,
			});
			Ok(0)
		}
	}

	/// Closes challenge `id` after its ruling period, releasing the challenger's bond in full.
	pub(crate) fn do_lapse(id: ChallengeId) -> DispatchResult {
		let c = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now > Self::ruling_deadline(c.at),
			Error::<T>::RulingPeriodNotOver
		);
		let key = (c.asset, c.seq, c.attestor.clone());
		let dispute = Disputes::<T>::get(&key).ok_or(Error::<T>::UnknownChallenge)?;
		let mut info = Attestors::<T>::get(&c.attestor).ok_or(Error::<T>::NotAttestor)?;
		let released = Self::release_bond(&c)?;
		Self::close(id, &key, dispute, &mut info);
		Attestors::<T>::insert(&c.attestor, info);
		Self::deposit_event(Event::ChallengeLapsed {
			id,
			challenger: c.challenger,
			released,
		});
		Ok(())
	}

	/// Removes open challenge `id`, not upheld, from its dispute and the attestor's counts;
	/// the dispute ends with its last open challenge, and its stake is no longer locked.
	fn close(
		id: ChallengeId,
		key: &(UnderlyingAssetId, CertificateSeq, T::AccountId),
		mut dispute: DisputeOf<T>,
		info: &mut AttestorInfoOf<T>,
	) {
		dispute.open.retain(|(open, _)| *open != id);
		info.challenges = info.challenges.saturating_sub(1);
		if dispute.open.is_empty() {
			info.at_stake = info.at_stake.saturating_sub(dispute.stake);
			Disputes::<T>::remove(key);
		} else {
			Disputes::<T>::insert(key, dispute);
		}
		Challenges::<T>::remove(id);
	}

	/// Upholds challenge `id`: slashes the stake (at most what the attestor holds), pays the
	/// challenger its share and its bond back, closes the other open challenges with their
	/// bonds released, and settles the confirmation. Returns how many others it closed.
	fn uphold(
		id: ChallengeId,
		c: ChallengeOf<T>,
		mut dispute: DisputeOf<T>,
		mut info: AttestorInfoOf<T>,
	) -> Result<u32, DispatchError> {
		let bond_reason: T::RuntimeHoldReason = HoldReason::AttestorBond.into();
		let slash = dispute.stake;
		let share = T::ChallengerShare::get() * slash;
		Self::release_bond(&c)?;
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
		info.challenges = info.challenges.saturating_sub(dispute.open.len() as u32);
		info.at_stake = info.at_stake.saturating_sub(dispute.stake);
		info.bond = info.bond.saturating_sub(slashed);
		Attestors::<T>::insert(&c.attestor, info);
		let open = core::mem::take(&mut dispute.open);
		dispute.upheld = true;
		Disputes::<T>::insert((c.asset, c.seq, &c.attestor), dispute);
		Challenges::<T>::remove(id);
		Self::deposit_event(Event::ChallengeUpheld {
			id,
			attestor: c.attestor,
			challenger: c.challenger,
			slashed,
			reward,
		});
		let mut closed = 0u32;
		for (other, _) in open.iter().filter(|(other, _)| *other != id) {
			// Every id a dispute lists is an open challenge (`do_try_state`).
			if let Some(o) = Challenges::<T>::take(other) {
				let released = Self::release_bond(&o)?;
				closed = closed.saturating_add(1);
				Self::deposit_event(Event::ChallengeClosed {
					id: *other,
					challenger: o.challenger,
					released,
				});
			}
		}
		Ok(closed)
	}

	/// Releases challenge `c`'s bond to its challenger in full.
	fn release_bond(c: &ChallengeOf<T>) -> Result<BondOf<T>, DispatchError> {
		T::Currency::release(
			&HoldReason::ChallengeBond.into(),
			&c.challenger,
			c.bond,
			Precision::BestEffort,
		)
	}
}
