//! Holders' movements: transfers (single, by a spender within an allowance, batched),
//! allowances and redemption.

use crate::*;
use frame_support::traits::tokens::Precision;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_transfer(
		from: &T::AccountId,
		token: TokenId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<Weight, DispatchError> {
		let moved = Self::do_move(&Movement::new(
			token,
			MovementKind::Transfer,
			Some(from),
			Some(to),
			amount,
		))?;
		Self::deposit_event(Event::Transferred {
			token,
			from: from.clone(),
			to: to.clone(),
			amount,
		});
		Ok(Self::transfer_weight(token, moved.unused))
	}

	/// Sets an allowance. The first one from `owner` to `spender` holds
	/// [`Config::AllowanceDeposit`] from the owner; removing it (zero) releases the deposit.
	pub(crate) fn do_approve(
		owner: T::AccountId,
		token: TokenId,
		spender: T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		ensure!(Tokens::<T>::contains_key(token), Error::<T>::UnknownToken);
		ensure!(owner != spender, Error::<T>::SameAccount);
		let key = (token, &owner, &spender);
		let existing = Allowances::<T>::get(key);
		let deposit = if amount.is_zero() {
			if let Some(a) = existing {
				Allowances::<T>::remove(key);
				Self::release_allowance_deposit(&owner, a.deposit);
			}
			Zero::zero()
		} else {
			let deposit = match existing {
				Some(a) => a.deposit,
				None => {
					let deposit = T::AllowanceDeposit::get();
					T::Currency::hold(&HoldReason::AllowanceDeposit.into(), &owner, deposit)?;
					deposit
				}
			};
			Allowances::<T>::insert(key, Allowance { amount, deposit });
			deposit
		};
		Self::deposit_event(Event::Approved {
			token,
			owner,
			spender,
			amount,
			deposit,
		});
		Ok(())
	}

	/// Returns an allowance's deposit to its owner.
	fn release_allowance_deposit(owner: &T::AccountId, deposit: DepositOf<T>) {
		let reason = HoldReason::AllowanceDeposit.into();
		if let Err(e) = T::Currency::release(&reason, owner, deposit, Precision::BestEffort) {
			defensive!("an allowance's deposit is held from its owner", e);
		}
	}

	pub(crate) fn do_transfer_from(
		spender: &T::AccountId,
		token: TokenId,
		from: T::AccountId,
		to: T::AccountId,
		amount: T::Balance,
	) -> Result<Weight, DispatchError> {
		let allowance = Allowances::<T>::get((token, &from, spender));
		let Some(left) = allowance
			.map(|a| a.amount)
			.unwrap_or_default()
			.checked_sub(&amount)
		else {
			ensure!(Tokens::<T>::contains_key(token), Error::<T>::UnknownToken);
			return Err(Error::<T>::InsufficientAllowance.into());
		};
		let moved = Self::do_move(
			&Movement::new(
				token,
				MovementKind::Transfer,
				Some(&from),
				Some(&to),
				amount,
			)
			.by(spender),
		)?;
		if let Some(a) = allowance {
			if left.is_zero() {
				Allowances::<T>::remove((token, &from, spender));
				Self::release_allowance_deposit(&from, a.deposit);
			} else {
				Allowances::<T>::insert(
					(token, &from, spender),
					Allowance {
						amount: left,
						deposit: a.deposit,
					},
				);
			}
		}
		Self::deposit_event(Event::Transferred {
			token,
			from,
			to,
			amount,
		});
		Ok(Self::actual_weight(
			T::WeightInfo::transfer_from(),
			token,
			moved.unused,
			1,
		))
	}

	pub(crate) fn do_transfer_batch(
		from: &T::AccountId,
		token: TokenId,
		transfers: &[(T::AccountId, T::Balance)],
	) -> Result<Weight, DispatchError> {
		ensure!(!transfers.is_empty(), Error::<T>::EmptyBatch);
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		let mut unused = Unused::default();
		for (to, amount) in transfers {
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(token, MovementKind::Transfer, Some(from), Some(to), *amount),
			)?;
			unused.accrue(moved.unused);
			Self::deposit_event(Event::Transferred {
				token,
				from: from.clone(),
				to: to.clone(),
				amount: *amount,
			});
		}
		let n = transfers.len() as u32;
		Ok(Self::actual_weight(
			T::WeightInfo::transfer_batch(n),
			token,
			unused,
			n,
		))
	}

	pub(crate) fn do_redeem(
		holder: T::AccountId,
		token: TokenId,
		amount: T::Balance,
	) -> Result<Weight, DispatchError> {
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		match details.redemption {
			RedemptionRule::Never => return Err(Error::<T>::RedemptionNotAllowed.into()),
			RedemptionRule::Anytime => {}
			RedemptionRule::From(maturity) => ensure!(
				T::UnixTime::now().as_millis() >= u128::from(maturity),
				Error::<T>::NotMatured
			),
		}
		let moved = Self::do_move_with(
			&mut details,
			&Movement::new(token, MovementKind::Redeem, Some(&holder), None, amount),
		)?;
		Self::deposit_event(Event::Redeemed {
			token,
			holder,
			amount,
		});
		Ok(Self::actual_weight(
			T::WeightInfo::redeem(),
			token,
			moved.unused,
			1,
		))
	}
}
