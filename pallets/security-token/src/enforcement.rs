//! The powers over holders' tokens: pausing a token, freezing accounts and balances, forced
//! transfers and the recovery of a lost account.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_paused(
		agent: &T::AccountId,
		token: TokenId,
		paused: bool,
	) -> DispatchResult {
		let mut details = Self::ensure_role(token, agent, Role::Freezer)?;
		if paused {
			ensure!(!details.paused, Error::<T>::AlreadyPaused);
		} else {
			ensure!(details.paused, Error::<T>::NotPaused);
		}
		details.paused = paused;
		Tokens::<T>::insert(token, details);
		Self::deposit_event(if paused {
			Event::Paused { token }
		} else {
			Event::Unpaused { token }
		});
		Ok(())
	}

	pub(crate) fn do_freeze_account(
		agent: &T::AccountId,
		token: TokenId,
		who: T::AccountId,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Freezer)?;
		ensure!(!T::Custodians::contains(&who), Error::<T>::CustodianAccount);
		let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
		ensure!(!holding.account_frozen, Error::<T>::AlreadyFrozen);
		holding.account_frozen = true;
		Holdings::<T>::insert(token, &who, holding);
		Self::deposit_event(Event::AccountFrozen { token, who });
		Ok(())
	}

	pub(crate) fn do_unfreeze_account(
		agent: &T::AccountId,
		token: TokenId,
		who: T::AccountId,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Freezer)?;
		let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
		ensure!(holding.account_frozen, Error::<T>::NotFrozen);
		holding.account_frozen = false;
		Self::write_holding(token, &who, &holding);
		Self::deposit_event(Event::AccountUnfrozen { token, who });
		Ok(())
	}

	pub(crate) fn do_freeze_tokens(
		agent: &T::AccountId,
		token: TokenId,
		who: T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Freezer)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(!T::Custodians::contains(&who), Error::<T>::CustodianAccount);
		let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
		let frozen = holding
			.frozen
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		ensure!(frozen <= holding.balance, Error::<T>::FreezeExceedsBalance);
		holding.frozen = frozen;
		Holdings::<T>::insert(token, &who, holding);
		Self::deposit_event(Event::TokensFrozen {
			token,
			who,
			amount,
			frozen,
		});
		Ok(())
	}

	pub(crate) fn do_unfreeze_tokens(
		agent: &T::AccountId,
		token: TokenId,
		who: T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Freezer)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
		let frozen = holding
			.frozen
			.checked_sub(&amount)
			.ok_or(Error::<T>::UnfreezeExceedsFrozen)?;
		holding.frozen = frozen;
		Self::write_holding(token, &who, &holding);
		Self::deposit_event(Event::TokensUnfrozen {
			token,
			who,
			amount,
			frozen,
		});
		Ok(())
	}

	pub(crate) fn do_force_transfer(
		agent: &T::AccountId,
		token: TokenId,
		from: T::AccountId,
		to: T::AccountId,
		amount: T::Balance,
		reason: BoundedVec<u8, T::MaxReasonLen>,
	) -> Result<Weight, DispatchError> {
		let mut details = Self::ensure_role(token, agent, Role::Controller)?;
		ensure!(!reason.is_empty(), Error::<T>::EmptyReason);
		let moved = Self::do_move_with(
			&mut details,
			&Movement::new(
				token,
				MovementKind::ForcedTransfer,
				Some(&from),
				Some(&to),
				amount,
			)
			.by(agent),
		)?;
		Self::deposit_event(Event::ForcedTransfer {
			token,
			from,
			to,
			amount,
			unfrozen: moved.unfrozen,
			reason,
		});
		Ok(Self::actual_weight(
			T::WeightInfo::force_transfer(),
			token,
			moved.unused,
			1,
		))
	}

	pub(crate) fn do_recover(
		agent: &T::AccountId,
		token: TokenId,
		lost: T::AccountId,
		new: T::AccountId,
	) -> Result<Weight, DispatchError> {
		let mut details = Self::ensure_role(token, agent, Role::Recovery)?;
		let holding = Holdings::<T>::get(token, &lost).unwrap_or_default();
		ensure!(!holding.balance.is_zero(), Error::<T>::NothingToRecover);
		let amount = holding.balance;
		let moved = Self::do_move_with(
			&mut details,
			&Movement::new(
				token,
				MovementKind::Recovery,
				Some(&lost),
				Some(&new),
				amount,
			)
			.by(agent),
		)?;
		Self::deposit_event(Event::Recovered {
			token,
			lost,
			new,
			amount,
			frozen: holding.frozen,
		});
		Ok(Self::actual_weight(
			T::WeightInfo::recover(),
			token,
			moved.unused,
			1,
		))
	}
}
