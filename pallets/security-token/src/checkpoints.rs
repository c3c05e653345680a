//! Checkpoints: copy-on-write balance history, recording and pruning, scheduling, and the
//! balances and supply at a checkpoint.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Writes a token's schedule, or removes it when empty.
	pub(crate) fn put_schedules(
		token: TokenId,
		blocks: BoundedVec<BlockNumberFor<T>, T::MaxSchedulesPerToken>,
	) {
		if blocks.is_empty() {
			TokenSchedules::<T>::remove(token);
		} else {
			TokenSchedules::<T>::insert(token, blocks);
		}
	}

	/// Copy-on-write: if a checkpoint was taken since `who`'s balance last changed, saves the
	/// balance it had then, before it changes. Returns whether it touched the history.
	pub(crate) fn save_history(
		token: TokenId,
		who: &T::AccountId,
		holding: &mut Holding<T::Balance>,
		latest: CheckpointId,
	) -> bool {
		if latest == 0 || holding.snapshot >= latest {
			return false;
		}
		holding.snapshot = latest;
		let horizon = Self::horizon(latest);
		BalanceHistory::<T>::mutate(token, who, |history| {
			if history.last().is_some_and(|(id, _)| *id == latest) {
				// Saved already (the holding had been emptied and removed since).
				return;
			}
			history.retain(|(id, _)| *id > horizon);
			if history.try_push((latest, holding.balance)).is_err() {
				defensive!("history holds only retained checkpoints, fewer than its bound");
			}
		});
		true
	}

	/// Checkpoints up to this id are no longer retained.
	pub(crate) fn horizon(latest: CheckpointId) -> CheckpointId {
		latest.saturating_sub(T::MaxCheckpoints::get())
	}

	/// Records a checkpoint (the caller writes `details` back) and prunes the oldest retained
	/// one.
	pub(crate) fn do_checkpoint(
		token: TokenId,
		details: &mut TokenDetailsOf<T>,
	) -> Result<CheckpointId, DispatchError> {
		let id = details
			.checkpoint
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		details.checkpoint = id;
		let timestamp = u64::try_from(T::UnixTime::now().as_millis()).unwrap_or(u64::MAX);
		Checkpoints::<T>::insert(
			token,
			id,
			CheckpointRecord {
				supply: details.supply,
				block: frame_system::Pallet::<T>::block_number(),
				timestamp,
			},
		);
		let horizon = Self::horizon(id);
		if horizon > 0 {
			Checkpoints::<T>::remove(token, horizon);
		}
		Self::deposit_event(Event::CheckpointCreated {
			token,
			checkpoint: id,
			supply: details.supply,
		});
		Ok(id)
	}

	/// Whether `checkpoint` of a token whose latest is `latest` can be answered.
	pub(crate) fn retained(checkpoint: CheckpointId, latest: CheckpointId) -> bool {
		checkpoint > Self::horizon(latest) && checkpoint <= latest && checkpoint > 0
	}

	/// `who`'s balance at `checkpoint`.
	pub fn balance_at(
		token: TokenId,
		who: &T::AccountId,
		checkpoint: CheckpointId,
	) -> Option<T::Balance> {
		let details = Tokens::<T>::get(token)?;
		if !Self::retained(checkpoint, details.checkpoint) {
			return None;
		}
		let history = BalanceHistory::<T>::get(token, who);
		let i = history.partition_point(|(id, _)| *id < checkpoint);
		match history.get(i) {
			Some((_, balance)) => Some(*balance),
			None => Some(
				Holdings::<T>::get(token, who)
					.map(|h| h.balance)
					.unwrap_or_default(),
			),
		}
	}

	/// The supply at `checkpoint`.
	pub fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<T::Balance> {
		Checkpoints::<T>::get(token, checkpoint).map(|c| c.supply)
	}

	pub(crate) fn do_create_checkpoint(agent: &T::AccountId, token: TokenId) -> DispatchResult {
		let mut details = Self::ensure_role(token, agent, Role::Checkpoints)?;
		Self::do_checkpoint(token, &mut details)?;
		Tokens::<T>::insert(token, details);
		Ok(())
	}

	pub(crate) fn do_schedule_checkpoint(
		agent: &T::AccountId,
		token: TokenId,
		at: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Checkpoints)?;
		ensure!(
			at > frame_system::Pallet::<T>::block_number(),
			Error::<T>::ScheduleInPast
		);
		TokenSchedules::<T>::try_mutate(token, |blocks| {
			let pos = blocks
				.binary_search(&at)
				.err()
				.ok_or(Error::<T>::AlreadyScheduled)?;
			blocks
				.try_insert(pos, at)
				.map_err(|_| Error::<T>::TooManySchedules)
		})?;
		ScheduledCheckpoints::<T>::try_mutate(at, |tokens| tokens.try_push(token))
			.map_err(|_| Error::<T>::BlockScheduleFull)?;
		Self::deposit_event(Event::CheckpointScheduled { token, block: at });
		Ok(())
	}

	pub(crate) fn do_cancel_checkpoint(
		agent: &T::AccountId,
		token: TokenId,
		at: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Checkpoints)?;
		let mut blocks = TokenSchedules::<T>::get(token);
		let pos = blocks
			.binary_search(&at)
			.map_err(|_| Error::<T>::UnknownSchedule)?;
		blocks.remove(pos);
		Self::put_schedules(token, blocks);
		ScheduledCheckpoints::<T>::mutate_exists(at, |tokens| {
			if let Some(list) = tokens {
				list.retain(|t| *t != token);
				if list.is_empty() {
					*tokens = None;
				}
			}
		});
		Self::deposit_event(Event::CheckpointCancelled { token, block: at });
		Ok(())
	}

	/// Records the checkpoints scheduled for the start of block `now`.
	pub(crate) fn run_scheduled_checkpoints(now: BlockNumberFor<T>) -> Weight {
		let due = ScheduledCheckpoints::<T>::take(now);
		for token in &due {
			let mut blocks = TokenSchedules::<T>::get(token);
			blocks.retain(|b| *b != now);
			Self::put_schedules(*token, blocks);
			if let Some(mut details) = Tokens::<T>::get(token) {
				if Self::do_checkpoint(*token, &mut details).is_ok() {
					Tokens::<T>::insert(token, details);
				}
			}
		}
		T::WeightInfo::on_initialize_checkpoints(due.len() as u32)
	}
}
