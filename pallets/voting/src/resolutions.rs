//! Resolutions: settings, proposing, voting (the O(depth) walk) and closing.

use crate::*;
use sp_runtime::traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto};

/// What ending a resolution gave back: the deposit returned and burnt, and its call.
pub(crate) struct Ended<T: Config> {
	returned: DepositOf<T>,
	burned: DepositOf<T>,
	call: Option<BoundedCallOf<T>>,
}

impl<T: Config> Pallet<T> {
	/// Whether settings are within bounds: approvals at least one half, a special resolution
	/// at least as demanding as an ordinary one, delays at most [`Config::MaxDelay`].
	pub fn settings_valid(s: &TokenSettingsOf<T>) -> bool {
		let half = Perbill::from_percent(50);
		s.ordinary.approval >= half
			&& s.special.approval >= s.ordinary.approval
			&& s.special.quorum >= s.ordinary.quorum
			&& s.claim_period <= T::MaxDelay::get()
			&& s.enactment_delay <= T::MaxDelay::get()
	}

	/// A token's settings: its issuer's, else the defaults.
	pub fn settings_of(token: TokenId) -> TokenSettingsOf<T> {
		Settings::<T>::get(token).unwrap_or_else(T::DefaultSettings::get)
	}

	/// Whether `who` is `token`'s issuer, and admitted.
	pub(crate) fn is_token_issuer(token: TokenId, who: &T::AccountId) -> bool {
		T::Ledger::issuer(token).as_ref() == Some(who) && T::Ledger::is_issuer(who)
	}

	pub(crate) fn do_set_token_settings(
		who: &T::AccountId,
		token: TokenId,
		settings: Option<TokenSettingsOf<T>>,
	) -> DispatchResult {
		ensure!(T::Ledger::exists(token), Error::<T>::UnknownToken);
		ensure!(Self::is_token_issuer(token, who), Error::<T>::NotIssuer);
		match &settings {
			Some(s) => {
				ensure!(Self::settings_valid(s), Error::<T>::InvalidSettings);
				Settings::<T>::insert(token, s);
			}
			None => Settings::<T>::remove(token),
		}
		Self::deposit_event(Event::TokenSettingsSet { token, settings });
		Ok(())
	}

	/// Who `by` proposes as on `token` (`None`: the network).
	fn proposer(
		by: Option<T::AccountId>,
		token: TokenId,
		settings: &TokenSettingsOf<T>,
	) -> Result<Proposer<T::AccountId>, DispatchError> {
		let Some(who) = by else {
			return Ok(Proposer::Network);
		};
		if Self::is_token_issuer(token, &who) {
			return Ok(Proposer::Issuer(who));
		}
		ensure!(!T::Ledger::is_custodian(&who), Error::<T>::CustodianAccount);
		let supply: u128 = T::Ledger::total_supply(token).into();
		let needed = settings.proposal_threshold.mul_ceil(supply).max(1);
		let balance: u128 = T::Ledger::balance(token, &who).into();
		ensure!(balance >= needed, Error::<T>::NotAllowedToPropose);
		Ok(Proposer::Holder(who))
	}

	/// Whether `checkpoint` of `token` is still retained (by the follow history, and by the
	/// ledger, which prunes by the same rule). Reads only the token's record, which a vote
	/// reads anyway for the balance at the checkpoint.
	pub(crate) fn record_retained(token: TokenId, checkpoint: CheckpointId) -> bool {
		let latest = T::Ledger::latest_checkpoint(token);
		checkpoint > 0 && checkpoint <= latest && checkpoint > Self::horizon(latest)
	}

	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_propose(
		by: Option<T::AccountId>,
		token: TokenId,
		kind: ResolutionKind,
		topic: Topic,
		record: RecordDate,
		voting_period: BlockNumberFor<T>,
		call: Option<CallOf<T>>,
		metadata: Option<T::Hash>,
	) -> Result<ResolutionIndex, DispatchError> {
		let votes_per_unit = T::Ledger::votes_per_unit(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(votes_per_unit > 0, Error::<T>::NonVotingToken);
		let settings = Self::settings_of(token);
		let proposer = Self::proposer(by, token, &settings)?;
		ensure!(
			voting_period >= T::MinVotingPeriod::get()
				&& voting_period <= T::MaxVotingPeriod::get(),
			Error::<T>::BadVotingPeriod
		);
		let mut active = Active::<T>::get(token);
		ensure!(
			active.total < T::MaxActivePerToken::get(),
			Error::<T>::TooManyActive
		);
		let by_holder = matches!(proposer, Proposer::Holder(_));
		if by_holder {
			ensure!(
				active.by_holders < T::MaxHolderProposals::get(),
				Error::<T>::TooManyHolderProposals
			);
		}
		let call = match call {
			Some(call) => Some(Self::bound_call(call)?),
			None => None,
		};
		let record = match record {
			RecordDate::Existing(cp) => {
				ensure!(
					Self::record_retained(token, cp),
					Error::<T>::UnknownCheckpoint
				);
				cp
			}
			RecordDate::New => T::Ledger::checkpoint(token)?,
		};
		let supply: u128 = T::Ledger::supply_at(token, record)
			.ok_or(Error::<T>::UnknownCheckpoint)?
			.into();
		let total = supply
			.checked_mul(u128::from(votes_per_unit))
			.ok_or(Error::<T>::Overflow)?;
		ensure!(total > 0, Error::<T>::NoVotingPower);

		let deposit = match proposer.account() {
			Some(who) => {
				let amount = T::ProposalDeposit::get();
				T::Currency::hold(&HoldReason::ProposalDeposit.into(), who, amount)?;
				amount
			}
			None => Zero::zero(),
		};
		let index = NextResolution::<T>::get();
		NextResolution::<T>::put(index.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(voting_period);
		let thresholds = match kind {
			ResolutionKind::Ordinary => settings.ordinary,
			ResolutionKind::Special => settings.special,
		};
		active.total.saturating_inc();
		if by_holder {
			active.by_holders.saturating_inc();
		}
		Active::<T>::insert(token, active);
		if let Some(call) = &call {
			ResolutionCalls::<T>::insert(index, call);
		}
		Resolutions::<T>::insert(
			index,
			Resolution {
				token,
				kind,
				topic,
				record,
				votes_per_unit,
				total,
				thresholds,
				tally: Tally::default(),
				created: now,
				voting_period,
				deadline,
				proposer: proposer.clone(),
				deposit,
				quorum_tolerance: settings.quorum_tolerance,
				enactment_delay: settings.enactment_delay,
				claim_period: settings.claim_period,
				metadata,
				has_call: call.is_some(),
				status: ResolutionStatus::Ongoing,
			},
		);
		Self::deposit_event(Event::Proposed {
			resolution: index,
			token,
			kind,
			topic,
			record,
			proposer,
			deposit,
			total,
			deadline,
		});
		Ok(index)
	}

	/// `who`'s own power at a resolution's record date (custodians: none).
	pub(crate) fn own_power_at(
		res: &ResolutionOf<T>,
		who: &T::AccountId,
	) -> Result<Power, DispatchError> {
		if T::Ledger::is_custodian(who) {
			return Ok(0);
		}
		let own: u128 = T::Ledger::balance_at(res.token, who, res.record)
			.ok_or(Error::<T>::RecordDateUnavailable)?
			.into();
		Ok(own.saturating_mul(u128::from(res.votes_per_unit)))
	}

	/// Votes directly; returns the number of ancestors walked.
	pub(crate) fn do_vote(
		who: &T::AccountId,
		index: ResolutionIndex,
		choice: Choice,
	) -> Result<u32, DispatchError> {
		let mut res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		ensure!(
			res.status == ResolutionStatus::Ongoing,
			Error::<T>::NotOngoing
		);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < res.deadline, Error::<T>::VotingClosed);
		ensure!(!T::Ledger::is_custodian(who), Error::<T>::CustodianAccount);
		let aye_led = res.tally.aye_leads();
		let mut record = VoteRecords::<T>::get(index, who).unwrap_or_default();
		let mut walked = 0;
		let counted = match record.ballot.as_mut() {
			Some(ballot) => {
				// A change of a direct vote moves what it counts; nothing else changes.
				ensure!(ballot.choice != choice, Error::<T>::AlreadyVoted);
				res.tally.remove(ballot.choice, ballot.counted);
				res.tally.add(choice, ballot.counted);
				ballot.choice = choice;
				ballot.counted
			}
			None => {
				ensure!(
					Self::record_retained(res.token, res.record),
					Error::<T>::RecordDateUnavailable
				);
				let own = Self::own_power_at(&res, who)?;
				let link = Self::link_at(res.token, who, res.topic, res.record);
				let carried = link.carried.saturating_mul(u128::from(res.votes_per_unit));
				let power = own.saturating_add(carried);
				ensure!(power > 0, Error::<T>::NoVotingPower);
				// What voters below counted themselves stays theirs.
				let counted = power.saturating_sub(record.voted_below);
				res.tally.add(choice, counted);
				record.ballot = Some(Ballot { choice, counted });
				walked = Self::hand_up(&mut res, index, link.followee, counted);
				counted
			}
		};
		VoteRecords::<T>::insert(index, who, record);
		if res.tally.aye_leads() != aye_led {
			Self::wait_for_quiet(&mut res, index, now);
		}
		Resolutions::<T>::insert(index, &res);
		Self::deposit_event(Event::Voted {
			resolution: index,
			who: who.clone(),
			choice,
			counted,
		});
		Ok(walked)
	}

	/// A new direct vote counting `counted`: every ancestor at the record date up to the
	/// first that voted directly records it as voted below; that one counts it no longer.
	/// Returns the number of ancestors walked (at most `MaxFollowDepth`).
	fn hand_up(
		res: &mut ResolutionOf<T>,
		index: ResolutionIndex,
		mut next: Option<T::AccountId>,
		counted: Power,
	) -> u32 {
		let mut walked = 0;
		while let Some(ancestor) = next.take() {
			if walked >= T::MaxFollowDepth::get() {
				frame_support::defensive!("follow chains are at most MaxFollowDepth long");
				break;
			}
			walked += 1;
			let mut rec = VoteRecords::<T>::get(index, &ancestor).unwrap_or_default();
			rec.voted_below = rec.voted_below.saturating_add(counted);
			if let Some(ballot) = rec.ballot.as_mut() {
				ballot.counted = ballot.counted.saturating_sub(counted);
				res.tally.remove(ballot.choice, counted);
				VoteRecords::<T>::insert(index, &ancestor, rec);
				break;
			}
			VoteRecords::<T>::insert(index, &ancestor, rec);
			next = Self::link_at(res.token, &ancestor, res.topic, res.record).followee;
		}
		walked
	}

	/// Moves the deadline after a flip of the lead (wait-for-quiet).
	fn wait_for_quiet(res: &mut ResolutionOf<T>, index: ResolutionIndex, now: BlockNumberFor<T>) {
		let deadline = tally::wait_for_quiet(
			res.created.unique_saturated_into(),
			res.voting_period.unique_saturated_into(),
			T::WaitForQuiet::get().unique_saturated_into(),
			res.deadline.unique_saturated_into(),
			now.unique_saturated_into(),
		);
		let deadline = BlockNumberFor::<T>::unique_saturated_from(deadline);
		if deadline > res.deadline {
			res.deadline = deadline;
			Self::deposit_event(Event::DeadlineExtended {
				resolution: index,
				deadline,
			});
		}
	}

	pub(crate) fn do_close(index: ResolutionIndex) -> DispatchResult {
		let mut res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		ensure!(
			res.status == ResolutionStatus::Ongoing,
			Error::<T>::NotOngoing
		);
		let now = frame_system::Pallet::<T>::block_number();
		if now < res.deadline {
			ensure!(
				tally::decided(&res.tally, res.total, &res.thresholds).is_some(),
				Error::<T>::NotDecided
			);
		}
		let outcome = tally::outcome(&res.tally, res.total, &res.thresholds);
		let keeps_deposit = match outcome {
			Outcome::Passed => true,
			Outcome::Rejected | Outcome::Cancelled => false,
			Outcome::QuorumFailed => tally::within_tolerance(
				res.tally.turnout(),
				res.total,
				res.thresholds.quorum,
				res.quorum_tolerance,
			),
		};
		let Ended {
			returned,
			burned,
			call,
		} = Self::finish(index, &mut res, outcome, keeps_deposit, now)?;
		Self::deposit_event(Event::Closed {
			resolution: index,
			outcome,
			tally: res.tally,
			deposit_returned: returned,
			deposit_burned: burned,
		});
		if let (Outcome::Passed, Some(call)) = (outcome, call) {
			Self::enact(index, &res, call);
		}
		Ok(())
	}

	/// Ends an open resolution: its status, its deposit (returned or burnt), its place among
	/// the token's open resolutions; returns what was returned and burnt, and its call.
	fn finish(
		index: ResolutionIndex,
		res: &mut ResolutionOf<T>,
		outcome: Outcome,
		keeps_deposit: bool,
		now: BlockNumberFor<T>,
	) -> Result<Ended<T>, DispatchError> {
		use frame_support::traits::tokens::{Fortitude, Precision};
		res.status = ResolutionStatus::Closed { outcome, at: now };
		let (mut returned, mut burned) = (Zero::zero(), Zero::zero());
		if let Some(who) = res.proposer.account() {
			let reason = HoldReason::ProposalDeposit.into();
			if keeps_deposit {
				returned = T::Currency::release(&reason, who, res.deposit, Precision::BestEffort)?;
			} else {
				burned = T::Currency::burn_held(
					&reason,
					who,
					res.deposit,
					Precision::BestEffort,
					Fortitude::Force,
				)?;
			}
		}
		Active::<T>::mutate_exists(res.token, |active| {
			let mut a = active.take().unwrap_or_default();
			a.total.saturating_dec();
			if matches!(res.proposer, Proposer::Holder(_)) {
				a.by_holders.saturating_dec();
			}
			*active = (a.total > 0).then_some(a);
		});
		Resolutions::<T>::insert(index, &*res);
		Ok(Ended {
			returned,
			burned,
			call: ResolutionCalls::<T>::take(index),
		})
	}

	/// The network cancels an open resolution: its call is dropped, its deposit returned or
	/// (for spam) burnt, its reward returnable at once.
	pub(crate) fn do_cancel(index: ResolutionIndex, burn_deposit: bool) -> DispatchResult {
		let mut res = Resolutions::<T>::get(index).ok_or(Error::<T>::UnknownResolution)?;
		ensure!(
			res.status == ResolutionStatus::Ongoing,
			Error::<T>::NotOngoing
		);
		let now = frame_system::Pallet::<T>::block_number();
		let Ended {
			returned, burned, ..
		} = Self::finish(index, &mut res, Outcome::Cancelled, !burn_deposit, now)?;
		Self::deposit_event(Event::Cancelled {
			resolution: index,
			deposit_returned: returned,
			deposit_burned: burned,
		});
		Ok(())
	}
}
