//! The powers over holders' tokens: pausing a token, freezing accounts and balances, forced
//! transfers and the recovery of a lost account. The token's agents hold them while its issuer
//! is admitted; the network (the admin origin) holds all but recovery on every token, always.
//! A custodian's pallet (an attested transfer's escrow) makes forced transfers and recoveries
//! through its account: the forced custody movements here.

use crate::*;
use frame_support::traits::tokens::Precision;
use vellum_primitives::ledger::ForcedKind;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_paused(
		by: Authority<T::AccountId>,
		token: TokenId,
		mut details: TokenDetailsOf<T>,
		paused: bool,
	) -> DispatchResult {
		if paused {
			ensure!(!details.paused, Error::<T>::AlreadyPaused);
		} else {
			ensure!(details.paused, Error::<T>::NotPaused);
		}
		details.paused = paused;
		Tokens::<T>::insert(token, details);
		Self::deposit_event(if paused {
			Event::Paused { token, by }
		} else {
			Event::Unpaused { token, by }
		});
		Ok(())
	}

	pub(crate) fn do_freeze_account(
		by: Authority<T::AccountId>,
		token: TokenId,
		who: T::AccountId,
	) -> DispatchResult {
		ensure!(!T::Custodians::contains(&who), Error::<T>::CustodianAccount);
		let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
		ensure!(!holding.account_frozen, Error::<T>::AlreadyFrozen);
		holding.account_frozen = true;
		Holdings::<T>::insert(token, &who, holding);
		if let Some(payer) = by.account() {
			Self::hold_freeze_deposit(token, &who, payer)?;
		}
		Self::deposit_event(Event::AccountFrozen { token, who, by });
		Ok(())
	}

	pub(crate) fn do_unfreeze_account(
		by: Authority<T::AccountId>,
		token: TokenId,
		who: T::AccountId,
	) -> DispatchResult {
		let mut holding = Holdings::<T>::get(token, &who).unwrap_or_default();
		ensure!(holding.account_frozen, Error::<T>::NotFrozen);
		holding.account_frozen = false;
		Self::write_holding(token, &who, &holding);
		Self::release_freeze_deposit(token, &who);
		Self::deposit_event(Event::AccountUnfrozen { token, who, by });
		Ok(())
	}

	pub(crate) fn do_freeze_tokens(
		by: Authority<T::AccountId>,
		token: TokenId,
		who: T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
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
			by,
		});
		Ok(())
	}

	pub(crate) fn do_unfreeze_tokens(
		by: Authority<T::AccountId>,
		token: TokenId,
		who: T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
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
			by,
		});
		Ok(())
	}

	pub(crate) fn do_force_transfer(
		by: Authority<T::AccountId>,
		mut details: TokenDetailsOf<T>,
		token: TokenId,
		from: T::AccountId,
		to: T::AccountId,
		amount: T::Balance,
		reason: BoundedVec<u8, T::MaxReasonLen>,
	) -> Result<Weight, DispatchError> {
		ensure!(!reason.is_empty(), Error::<T>::EmptyReason);
		let mut m = Movement::new(
			token,
			MovementKind::ForcedTransfer,
			Some(&from),
			Some(&to),
			amount,
		);
		if let Some(agent) = by.account() {
			m = m.by(agent);
		}
		let moved = Self::do_move_with(&mut details, &m)?;
		Self::deposit_event(Event::ForcedTransfer {
			token,
			from,
			to,
			amount,
			unfrozen: moved.unfrozen,
			reason,
			by,
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
		// The lost account stays frozen, and the new one is frozen if the lost one was: the
		// recovery agent pays for the freezes it leaves that nobody paid for yet.
		Self::hold_freeze_deposit(token, &lost, agent)?;
		if Holdings::<T>::get(token, &new).is_some_and(|h| h.account_frozen) {
			Self::hold_freeze_deposit(token, &new, agent)?;
		}
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

	/// [`SecurityLedger::deposit_forced`]: `holder`'s tokens into `custodian`'s account by an
	/// agent's (`operator`) or the network's act, past pauses and freezes, unfreezing what it
	/// needs. Returns the frozen tokens it took.
	pub(crate) fn do_deposit_forced(
		token: TokenId,
		custodian: &T::AccountId,
		holder: &T::AccountId,
		amount: T::Balance,
		operator: Option<&T::AccountId>,
	) -> Result<T::Balance, DispatchError> {
		let kind = MovementKind::ForcedIntoCustody;
		let mut m =
			Movement::new(token, kind, Some(holder), Some(custodian), amount).via(custodian);
		if let Some(agent) = operator {
			m = m.by(agent);
		}
		let moved = Self::do_move(&m)?;
		Self::deposit_event(Event::CustodyDeposited {
			token,
			custodian: custodian.clone(),
			holder: holder.clone(),
			amount,
		});
		Ok(moved.unfrozen)
	}

	/// [`SecurityLedger::settle_forced`]: the custodian's tokens held for `beneficiary` to
	/// `to` as a forced transfer or a recovery; a recovery carries the freezes along as
	/// [`do_recover`](Self::do_recover) does. All or nothing.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_settle_forced(
		token: TokenId,
		custodian: &T::AccountId,
		beneficiary: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
		kind: ForcedKind,
		frozen: T::Balance,
		operator: Option<&T::AccountId>,
	) -> DispatchResult {
		frame_support::storage::with_storage_layer(|| {
			let mut m = Movement::new(
				token,
				kind.movement_kind(),
				Some(custodian),
				Some(to),
				amount,
			)
			.via(custodian)
			.on_behalf_of(beneficiary);
			if let Some(agent) = operator {
				m = m.by(agent);
			}
			Self::do_move(&m)?;
			if kind == ForcedKind::Recovery {
				Self::carry_freezes(token, beneficiary, to, frozen, operator)?;
			}
			Self::deposit_event(Event::CustodySettled {
				token,
				custodian: custodian.clone(),
				beneficiary: beneficiary.clone(),
				to: to.clone(),
				amount,
			});
			Ok(())
		})
	}

	/// After a recovery through a custodian reached `new`: `frozen` of it (what the deposit took
	/// frozen) is frozen again at `new`, `lost`'s account freeze extends to `new`, and `lost`
	/// stays frozen; `payer` (the agent; the network pays nothing) pays the deposit of each
	/// account freeze nobody paid for yet.
	fn carry_freezes(
		token: TokenId,
		lost: &T::AccountId,
		new: &T::AccountId,
		frozen: T::Balance,
		payer: Option<&T::AccountId>,
	) -> DispatchResult {
		let mut old = Holdings::<T>::get(token, lost).unwrap_or_default();
		let mut holding = Holdings::<T>::get(token, new).unwrap_or_default();
		// `new` received at least `frozen`, and its own frozen part never exceeded its balance.
		holding.frozen = holding.frozen.saturating_add(frozen).min(holding.balance);
		holding.account_frozen |= old.account_frozen;
		old.account_frozen = true;
		Self::write_holding(token, lost, &old);
		Self::write_holding(token, new, &holding);
		if let Some(payer) = payer {
			Self::hold_freeze_deposit(token, lost, payer)?;
			if holding.account_frozen {
				Self::hold_freeze_deposit(token, new, payer)?;
			}
		}
		Ok(())
	}

	/// Freezes `frozen` more of `who`'s balance (at most all of it): what a forced deposit took
	/// frozen, back with its owner.
	pub(crate) fn refreeze(token: TokenId, who: &T::AccountId, frozen: T::Balance) {
		if frozen.is_zero() {
			return;
		}
		let mut holding = Holdings::<T>::get(token, who).unwrap_or_default();
		holding.frozen = holding.frozen.saturating_add(frozen).min(holding.balance);
		Self::write_holding(token, who, &holding);
	}

	/// Holds [`Config::FreezeDeposit`] from `payer` for `who`'s account freeze, unless one is
	/// held for it already.
	fn hold_freeze_deposit(
		token: TokenId,
		who: &T::AccountId,
		payer: &T::AccountId,
	) -> DispatchResult {
		if FreezeDeposits::<T>::contains_key(token, who) {
			return Ok(());
		}
		let amount = T::FreezeDeposit::get();
		T::Currency::hold(&HoldReason::FreezeDeposit.into(), payer, amount)?;
		FreezeDeposits::<T>::insert(
			token,
			who,
			FreezeDeposit {
				payer: payer.clone(),
				amount,
			},
		);
		Ok(())
	}

	/// Returns the deposit for `who`'s account freeze, if an agent paid one.
	fn release_freeze_deposit(token: TokenId, who: &T::AccountId) {
		if let Some(d) = FreezeDeposits::<T>::take(token, who) {
			let reason = HoldReason::FreezeDeposit.into();
			if let Err(e) = T::Currency::release(&reason, &d.payer, d.amount, Precision::BestEffort)
			{
				defensive!("a freeze deposit is held from its payer", e);
			}
		}
	}
}
