//! [`SecurityLedger`]: how other pallets (proof of ownership, voting, baskets, the
//! confidential pool) read and move tokens, through the same path as a holder's transfer.

use crate::*;
use vellum_primitives::{ledger::ForcedKind, security::InstrumentTerms};

impl<T: Config> SecurityLedger<T::AccountId, T::Balance> for Pallet<T> {
	fn exists(token: TokenId) -> bool {
		Tokens::<T>::contains_key(token)
	}

	fn issuer(token: TokenId) -> Option<T::AccountId> {
		Tokens::<T>::get(token).map(|d| d.issuer)
	}

	fn is_issuer(who: &T::AccountId) -> bool {
		Issuers::<T>::contains_key(who)
	}

	fn has_role(token: TokenId, who: &T::AccountId, role: Role) -> bool {
		Self::ensure_role(token, who, role).is_ok()
	}

	fn total_supply(token: TokenId) -> T::Balance {
		Tokens::<T>::get(token)
			.map(|d| d.supply)
			.unwrap_or_default()
	}

	fn holder_count(token: TokenId) -> u32 {
		Tokens::<T>::get(token)
			.map(|d| d.holders)
			.unwrap_or_default()
	}

	fn balance(token: TokenId, who: &T::AccountId) -> T::Balance {
		Holdings::<T>::get(token, who)
			.map(|h| h.balance)
			.unwrap_or_default()
	}

	fn transferable(token: TokenId, who: &T::AccountId) -> T::Balance {
		Self::api_position(token, who).transferable
	}

	fn transfer(
		token: TokenId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let kind = MovementKind::Transfer;
		Self::do_move(&Movement::new(token, kind, Some(from), Some(to), amount))?;
		Self::deposit_event(Event::Transferred {
			token,
			from: from.clone(),
			to: to.clone(),
			amount,
		});
		Ok(())
	}

	fn create_token(
		issuer: &T::AccountId,
		definition: SecurityDefinition<T::Balance>,
	) -> Result<TokenId, DispatchError> {
		let token = Self::do_create_token(issuer.clone(), definition)?;
		PalletSupplied::<T>::insert(token, ());
		Ok(token)
	}

	fn is_custodian(who: &T::AccountId) -> bool {
		T::Custodians::contains(who)
	}

	fn check_settlement(
		token: TokenId,
		custodian: &T::AccountId,
		from: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		Self::do_check_settlement(token, custodian, from, to, amount)
	}

	fn check_hidden_transfer(
		token: TokenId,
		custodian: &T::AccountId,
		from: &T::AccountId,
		to: &T::AccountId,
	) -> DispatchResult {
		Self::do_check_hidden_transfer(token, custodian, from, to)
	}

	fn deposit(
		token: TokenId,
		custodian: &T::AccountId,
		holder: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let kind = MovementKind::IntoCustody;
		let m = Movement::new(token, kind, Some(holder), Some(custodian), amount).via(custodian);
		Self::do_move(&m)?;
		Self::deposit_event(Event::CustodyDeposited {
			token,
			custodian: custodian.clone(),
			holder: holder.clone(),
			amount,
		});
		Ok(())
	}

	fn settle(
		token: TokenId,
		custodian: &T::AccountId,
		beneficiary: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		match beneficiary {
			Some(b) => {
				let kind = MovementKind::Settlement;
				let m = Movement::new(token, kind, Some(custodian), Some(to), amount)
					.via(custodian)
					.on_behalf_of(b);
				Self::do_move(&m)?;
				Self::deposit_event(Event::CustodySettled {
					token,
					custodian: custodian.clone(),
					beneficiary: b.clone(),
					to: to.clone(),
					amount,
				});
			}
			None => {
				let kind = MovementKind::Issue;
				let m = Movement::new(token, kind, None, Some(to), amount).via(custodian);
				Self::do_move(&m)?;
				Self::deposit_event(Event::Issued {
					token,
					to: to.clone(),
					amount,
				});
			}
		}
		Ok(())
	}

	fn release(
		token: TokenId,
		custodian: &T::AccountId,
		owner: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let kind = MovementKind::CustodyReturn;
		let m = Movement::new(token, kind, Some(custodian), Some(owner), amount).via(custodian);
		Self::do_move(&m)?;
		Self::deposit_event(Event::CustodyReturned {
			token,
			custodian: custodian.clone(),
			owner: owner.clone(),
			amount,
		});
		Ok(())
	}

	fn deposit_forced(
		token: TokenId,
		custodian: &T::AccountId,
		holder: &T::AccountId,
		amount: T::Balance,
		operator: Option<&T::AccountId>,
	) -> Result<T::Balance, DispatchError> {
		Self::do_deposit_forced(token, custodian, holder, amount, operator)
	}

	fn settle_forced(
		token: TokenId,
		custodian: &T::AccountId,
		beneficiary: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
		kind: ForcedKind,
		frozen: T::Balance,
		operator: Option<&T::AccountId>,
	) -> DispatchResult {
		Self::do_settle_forced(
			token,
			custodian,
			beneficiary,
			to,
			amount,
			kind,
			frozen,
			operator,
		)
	}

	fn release_frozen(
		token: TokenId,
		custodian: &T::AccountId,
		owner: &T::AccountId,
		amount: T::Balance,
		frozen: T::Balance,
	) -> DispatchResult {
		Self::release(token, custodian, owner, amount)?;
		Self::refreeze(token, owner, frozen);
		Ok(())
	}

	fn issue(token: TokenId, to: &T::AccountId, amount: T::Balance) -> DispatchResult {
		Self::do_move(&Movement::new(
			token,
			MovementKind::Issue,
			None,
			Some(to),
			amount,
		))?;
		Self::deposit_event(Event::Issued {
			token,
			to: to.clone(),
			amount,
		});
		Ok(())
	}

	fn burn(token: TokenId, from: &T::AccountId, amount: T::Balance) -> DispatchResult {
		// A ledger burn is not an agent's action: it respects a pause and takes only
		// transferable tokens.
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(!details.paused, Error::<T>::TokenPaused);
		ensure!(
			Self::transferable(token, from) >= amount,
			Error::<T>::BalanceFrozen
		);
		Self::do_move_with(
			&mut details,
			&Movement::new(token, MovementKind::Burn, Some(from), None, amount),
		)?;
		Self::deposit_event(Event::Burned {
			token,
			from: from.clone(),
			amount,
			unfrozen: Zero::zero(),
		});
		Ok(())
	}

	fn checkpoint(token: TokenId) -> Result<CheckpointId, DispatchError> {
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		let id = Self::do_checkpoint(token, &mut details)?;
		Tokens::<T>::insert(token, details);
		Ok(id)
	}

	fn balance_at(
		token: TokenId,
		who: &T::AccountId,
		checkpoint: CheckpointId,
	) -> Option<T::Balance> {
		Pallet::<T>::balance_at(token, who, checkpoint)
	}

	fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<T::Balance> {
		Pallet::<T>::supply_at(token, checkpoint)
	}

	fn latest_checkpoint(token: TokenId) -> CheckpointId {
		Tokens::<T>::get(token)
			.map(|d| d.checkpoint)
			.unwrap_or_default()
	}

	fn votes_per_unit(token: TokenId) -> Option<u32> {
		let details = Tokens::<T>::get(token)?;
		if details.class != InstrumentClass::Equity {
			return Some(1);
		}
		// Only an equity token's definition is read (it is large; other classes need not).
		match Definitions::<T>::get(token)?.terms {
			InstrumentTerms::Equity {
				votes_per_share, ..
			} => Some(votes_per_share),
			_ => Some(1),
		}
	}

	fn movement_overhead() -> Weight {
		Pallet::<T>::movement_overhead()
	}

	fn movement_overhead_of(token: TokenId) -> Weight {
		Pallet::<T>::movement_cost(token)
	}
}
