//! The movement path: the pallet's own rules for every movement (`evaluate`, shared by the
//! real movement and its dry run), the transfer check, and `do_move`, the one function that
//! changes balances.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Writes a holding, or removes it when it carries nothing.
	pub(crate) fn write_holding(token: TokenId, who: &T::AccountId, holding: &Holding<T::Balance>) {
		if holding.is_empty() {
			Holdings::<T>::remove(token, who);
		} else {
			Holdings::<T>::insert(token, who, holding);
		}
	}

	/// The pallet error for a reason code it produces itself.
	pub(crate) fn reason_error(r: ReasonCode) -> DispatchError {
		match r {
			ReasonCode::UnknownToken => Error::<T>::UnknownToken,
			ReasonCode::TokenPaused => Error::<T>::TokenPaused,
			ReasonCode::ZeroAmount => Error::<T>::ZeroAmount,
			ReasonCode::SameAccount => Error::<T>::SameAccount,
			ReasonCode::SenderFrozen => Error::<T>::SenderFrozen,
			ReasonCode::ReceiverFrozen => Error::<T>::ReceiverFrozen,
			ReasonCode::OperatorFrozen => Error::<T>::OperatorFrozen,
			ReasonCode::InsufficientBalance => Error::<T>::InsufficientBalance,
			ReasonCode::BalanceFrozen => Error::<T>::BalanceFrozen,
			ReasonCode::InsufficientAllowance => Error::<T>::InsufficientAllowance,
			ReasonCode::MaxSupplyExceeded => Error::<T>::MaxSupplyExceeded,
			ReasonCode::CustodianAccount => Error::<T>::CustodianAccount,
			// Codes of other pallets' rules never come from `evaluate`.
			_ => Error::<T>::Overflow,
		}
		.into()
	}

	pub(crate) fn policy(m: &Movement<T::AccountId, T::Balance>) -> Policy {
		let policy = |paused_refuses, freezes_refuse, unfreezes, carries_frozen| Policy {
			paused_refuses,
			freezes_refuse,
			unfreezes,
			carries_frozen,
		};
		match m.kind {
			MovementKind::Issue
			| MovementKind::Transfer
			| MovementKind::Redeem
			| MovementKind::IntoCustody => policy(true, true, false, false),
			// A settlement completes a transfer begun before any pause (its deposit was
			// refused while paused); its parties' freezes still stop it.
			MovementKind::Settlement => policy(false, true, false, false),
			MovementKind::CustodyReturn => policy(false, false, false, false),
			// Out of custody, a forced movement takes from an account never frozen; what a
			// recovery carries along, `settle_forced` moves from the beneficiary itself.
			MovementKind::ForcedTransfer | MovementKind::Recovery if m.leaves_custody() => {
				policy(false, false, false, false)
			}
			MovementKind::Burn | MovementKind::ForcedTransfer | MovementKind::ForcedIntoCustody => {
				policy(false, false, true, false)
			}
			MovementKind::Recovery => policy(false, false, false, true),
		}
	}

	/// Whether a movement's accounts fit its kind: a custodian's account takes part only in
	/// custody movements, as their custodian side, and only with the custodian named; an
	/// issuance may name a custodian as its authority.
	pub(crate) fn custody_shape_holds(m: &Movement<T::AccountId, T::Balance>) -> bool {
		let custodian = |who: Option<&T::AccountId>| who.is_some_and(T::Custodians::contains);
		let named = m.custodian.is_some_and(T::Custodians::contains);
		match m.kind {
			MovementKind::IntoCustody => named && m.to == m.custodian && !custodian(m.from),
			MovementKind::Settlement => {
				named && m.from == m.custodian && !custodian(m.to) && m.beneficiary.is_some()
			}
			MovementKind::CustodyReturn => named && m.from == m.custodian && !custodian(m.to),
			MovementKind::ForcedIntoCustody => {
				named
					&& m.to == m.custodian
					&& !custodian(m.from)
					&& !custodian(m.operator)
					&& m.beneficiary.is_none()
			}
			MovementKind::ForcedTransfer | MovementKind::Recovery if m.custodian.is_some() => {
				named
					&& m.from == m.custodian
					&& !custodian(m.to)
					&& !custodian(m.operator)
					&& m.beneficiary.is_some_and(|b| !T::Custodians::contains(b))
			}
			MovementKind::Issue => {
				(m.custodian.is_none() || named) && !custodian(m.to) && m.beneficiary.is_none()
			}
			_ => {
				m.custodian.is_none()
					&& m.beneficiary.is_none()
					&& !custodian(m.from)
					&& !custodian(m.to)
					&& !custodian(m.operator)
			}
		}
	}

	/// The pallet's own rules for a movement. Calls `refuse` with each failed rule, in a fixed
	/// order, until it answers `Break`. Shared by `do_move` (first failure) and
	/// `can_transfer` (all failures), so the two never disagree.
	pub(crate) fn evaluate(
		m: &Movement<T::AccountId, T::Balance>,
		details: &TokenDetailsOf<T>,
		parties: &Parties<T::Balance>,
		refuse: &mut dyn FnMut(ReasonCode) -> ControlFlow<()>,
	) -> ControlFlow<()> {
		let policy = Self::policy(m);
		if !Self::custody_shape_holds(m) {
			refuse(ReasonCode::CustodianAccount)?;
		}
		if m.amount.is_zero() {
			refuse(ReasonCode::ZeroAmount)?;
		}
		if m.from.is_some() && m.from == m.to {
			refuse(ReasonCode::SameAccount)?;
		}
		if m.beneficiary.is_some() && m.beneficiary == m.to {
			refuse(ReasonCode::SameAccount)?;
		}
		if policy.paused_refuses && details.paused {
			refuse(ReasonCode::TokenPaused)?;
		}
		if policy.freezes_refuse {
			// The sender is the beneficiary when the custodian pays out.
			let sender = parties.beneficiary.as_ref().or(parties.from.as_ref());
			if sender.is_some_and(|h| h.account_frozen) {
				refuse(ReasonCode::SenderFrozen)?;
			}
			if parties.to.as_ref().is_some_and(|h| h.account_frozen) {
				refuse(ReasonCode::ReceiverFrozen)?;
			}
			if parties.operator.as_ref().is_some_and(|h| h.account_frozen) {
				refuse(ReasonCode::OperatorFrozen)?;
			}
		}
		if let Some(h) = &parties.from {
			if h.balance < m.amount {
				refuse(ReasonCode::InsufficientBalance)?;
			} else if !policy.unfreezes && !policy.carries_frozen && h.unfrozen() < m.amount {
				refuse(ReasonCode::BalanceFrozen)?;
			}
		}
		if let Some(h) = &parties.to {
			// Only overflows if the supply does too; checked anyway.
			if h.balance.checked_add(&m.amount).is_none() {
				refuse(ReasonCode::Overflow)?;
			}
		}
		if m.kind == MovementKind::Issue {
			match details.supply.checked_add(&m.amount) {
				Some(s) if s <= details.max_supply => {}
				Some(_) => refuse(ReasonCode::MaxSupplyExceeded)?,
				None => refuse(ReasonCode::Overflow)?,
			}
		}
		ControlFlow::Continue(())
	}

	/// The pallet's own rules for a movement, as the call's error: the first rule it fails.
	pub(crate) fn first_refusal(
		m: &Movement<T::AccountId, T::Balance>,
		details: &TokenDetailsOf<T>,
		parties: &Parties<T::Balance>,
	) -> DispatchResult {
		let mut failure = None;
		let _ = Self::evaluate(m, details, parties, &mut |r| {
			failure = Some(r);
			ControlFlow::Break(())
		});
		failure.map_or(Ok(()), |reason| Err(Self::reason_error(reason)))
	}

	/// The one path of every balance change: the pallet's rules, the transfer check, holder
	/// count, checkpoint history, the balances, the supply, the hooks. Returns the frozen
	/// tokens it had to unfreeze and the weight of the storage accesses it skipped compared
	/// with the benchmarked worst case (both sides' histories saved, the token written).
	/// Nothing is written unless every check passes.
	pub(crate) fn do_move(
		m: &Movement<T::AccountId, T::Balance>,
	) -> Result<Moved<T::Balance>, DispatchError> {
		let mut details = Tokens::<T>::get(m.token).ok_or(Error::<T>::UnknownToken)?;
		Self::do_move_with(&mut details, m)
	}

	/// [`do_move`](Self::do_move) for a caller that has read the token's details already
	/// (to check a role or the redemption terms, or for the next entry of a batch): they are
	/// updated and written back here.
	pub(crate) fn do_move_with(
		details: &mut TokenDetailsOf<T>,
		m: &Movement<T::AccountId, T::Balance>,
	) -> Result<Moved<T::Balance>, DispatchError> {
		let policy = Self::policy(m);
		let parties = Self::load_holdings(m);

		Self::first_refusal(m, details, &parties)?;
		T::TransferCheck::check(m, &Self::ledger_state(m, details, &parties))?;
		let Parties {
			mut from, mut to, ..
		} = parties;
		// A custodian's balance is never counted as a holder's.
		let counted = |who: &T::AccountId| m.custodian != Some(who);

		let before_holders = details.holders;
		let before_supply = details.supply;
		let mut unfrozen = Zero::zero();
		let mut from_update = None;
		let mut carried = (Zero::zero(), false);
		let mut skipped_histories = 0u64;
		if let (Some(who), Some(h)) = (m.from, from.as_mut()) {
			if !Self::save_history(m.token, who, h, details.checkpoint) {
				skipped_histories += 1;
			}
			let old = h.balance;
			if policy.carries_frozen {
				carried = (h.frozen, h.account_frozen);
				h.frozen = Zero::zero();
				h.account_frozen = true;
			} else if h.unfrozen() < m.amount {
				// Only reachable for policies that unfreeze (evaluate refused the others).
				unfrozen = m.amount.saturating_sub(h.unfrozen());
				h.frozen = h.frozen.saturating_sub(unfrozen);
			}
			h.balance = old
				.checked_sub(&m.amount)
				.ok_or(Error::<T>::InsufficientBalance)?;
			if counted(who) && !old.is_zero() && h.balance.is_zero() {
				details.holders.saturating_dec();
			}
			from_update = Some(BalanceUpdate {
				old,
				new: h.balance,
			});
		}
		let mut to_update = None;
		if let (Some(who), Some(h)) = (m.to, to.as_mut()) {
			if !Self::save_history(m.token, who, h, details.checkpoint) {
				skipped_histories += 1;
			}
			let old = h.balance;
			h.balance = old.checked_add(&m.amount).ok_or(Error::<T>::Overflow)?;
			if policy.carries_frozen {
				h.frozen = h.frozen.saturating_add(carried.0);
				h.account_frozen |= carried.1;
			}
			if counted(who) && old.is_zero() && !h.balance.is_zero() {
				details.holders = details.holders.checked_add(1).ok_or(Error::<T>::Overflow)?;
			}
			to_update = Some(BalanceUpdate {
				old,
				new: h.balance,
			});
		}
		match (m.from, m.to) {
			(None, Some(_)) => {
				details.supply = details
					.supply
					.checked_add(&m.amount)
					.ok_or(Error::<T>::Overflow)?
			}
			(Some(_), None) => {
				details.supply = details
					.supply
					.checked_sub(&m.amount)
					.ok_or(Error::<T>::InsufficientBalance)?
			}
			_ => {}
		}

		if let (Some(who), Some(h)) = (m.from, from.as_ref()) {
			Self::write_holding(m.token, who, h);
		}
		if let (Some(who), Some(h)) = (m.to, to.as_ref()) {
			Self::write_holding(m.token, who, h);
		}
		let token_written = details.holders != before_holders || details.supply != before_supply;
		if token_written {
			Tokens::<T>::insert(m.token, &*details);
		}
		let hooks = T::OnBalanceChange::on_balance_change(m, from_update, to_update);
		let skipped_writes = skipped_histories.saturating_add(u64::from(!token_written));
		Ok(Moved {
			unfrozen,
			unused: Unused {
				storage: T::DbWeight::get().reads_writes(skipped_histories, skipped_writes),
				hooks: T::OnBalanceChange::weight(m.token).saturating_sub(hooks),
			},
		})
	}

	/// [`SecurityLedger::check_settlement`]: the ledger's own rules for the movement straight
	/// from the holder (or an issuance) as it would be made now, and the transfer check for
	/// the settlement the custodian would make, with the ledger as it is now.
	pub(crate) fn do_check_settlement(
		token: TokenId,
		custodian: &T::AccountId,
		from: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(
			T::Custodians::contains(custodian),
			Error::<T>::CustodianAccount
		);
		let kind = if from.is_some() {
			MovementKind::Transfer
		} else {
			MovementKind::Issue
		};
		let direct = Movement::new(token, kind, from, Some(to), amount);
		let parties = Self::load_holdings(&direct);
		Self::first_refusal(&direct, &details, &parties)?;
		let settlement = match from {
			Some(holder) => Movement {
				kind: MovementKind::Settlement,
				from: Some(custodian),
				..direct
			}
			.via(custodian)
			.on_behalf_of(holder),
			None => direct.via(custodian),
		};
		T::TransferCheck::check(
			&settlement,
			&Self::ledger_state(&direct, &details, &parties),
		)
	}

	/// [`SecurityLedger::check_hidden_transfer`]: as [`do_check_settlement`] of one unit, with
	/// the sender's balance taken as at least that unit and unfrozen (the amount and the
	/// balance are not what is judged; the confidential balance behind it is in custody).
	/// Unlike a settlement already under way, a pause refuses it: it is a new transfer.
	///
	/// [`do_check_settlement`]: Self::do_check_settlement
	pub(crate) fn do_check_hidden_transfer(
		token: TokenId,
		custodian: &T::AccountId,
		from: &T::AccountId,
		to: &T::AccountId,
	) -> DispatchResult {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(
			T::Custodians::contains(custodian),
			Error::<T>::CustodianAccount
		);
		let one = T::Balance::one();
		let direct = Movement::new(token, MovementKind::Transfer, Some(from), Some(to), one);
		let mut parties = Self::load_holdings(&direct);
		if let Some(held) = parties.from.as_mut() {
			held.balance = held.balance.max(one);
			held.frozen = Zero::zero();
		}
		Self::first_refusal(&direct, &details, &parties)?;
		let settlement = Movement {
			kind: MovementKind::Settlement,
			from: Some(custodian),
			..direct
		}
		.via(custodian)
		.on_behalf_of(from);
		T::TransferCheck::check(
			&settlement,
			&Self::ledger_state(&direct, &details, &parties),
		)
	}

	/// The ledger before a movement, as the transfer check sees it.
	pub(crate) fn ledger_state(
		m: &Movement<T::AccountId, T::Balance>,
		details: &TokenDetailsOf<T>,
		parties: &Parties<T::Balance>,
	) -> LedgerState<T::Balance> {
		// The sender of a movement out of custody (a settlement, a forced transfer or a
		// recovery) is its beneficiary, which holds the amount through the custodian on top of
		// its own balance.
		let from_balance = match &parties.beneficiary {
			Some(b) => b.balance.saturating_add(m.amount),
			None => parties.from.as_ref().map(|h| h.balance).unwrap_or_default(),
		};
		let from_counted = m.from.is_some() && m.from != m.custodian;
		LedgerState {
			holders: details.holders,
			supply: details.supply,
			from_balance,
			to_balance: parties.to.as_ref().map(|h| h.balance).unwrap_or_default(),
			sender_leaves: from_counted && !from_balance.is_zero() && from_balance == m.amount,
		}
	}

	/// The holdings a movement reads: both sides, the spender's when a spender moves
	/// someone else's tokens, and the beneficiary's of a movement out of custody (a
	/// settlement's freezes count too).
	pub(crate) fn load_holdings(m: &Movement<T::AccountId, T::Balance>) -> Parties<T::Balance> {
		let read = |a: &T::AccountId| Holdings::<T>::get(m.token, a).unwrap_or_default();
		let operator = match m.operator {
			Some(op) if m.kind == MovementKind::Transfer && m.from != Some(op) => Some(read(op)),
			_ => None,
		};
		let beneficiary = match m.beneficiary {
			Some(b) if m.leaves_custody() => Some(read(b)),
			_ => None,
		};
		Parties {
			from: m.from.map(read),
			to: m.to.map(read),
			operator,
			beneficiary,
		}
	}

	/// Every reason a movement would be refused now: the pallet's rules, then the transfer
	/// check's.
	pub fn reasons(m: &Movement<T::AccountId, T::Balance>) -> Vec<ReasonCode> {
		let Some(details) = Tokens::<T>::get(m.token) else {
			return alloc::vec![ReasonCode::UnknownToken];
		};
		let parties = Self::load_holdings(m);
		let mut all = Vec::new();
		let _ = Self::evaluate(m, &details, &parties, &mut |r| {
			all.push(r);
			ControlFlow::Continue(())
		});
		all.extend(T::TransferCheck::reasons(
			m,
			&Self::ledger_state(m, &details, &parties),
		));
		all
	}
}
