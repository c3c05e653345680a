//! The streaming fee ({Set} v2 `StreamingFeeModule`): new basket units issued to the manager,
//! with the position multiplier lowered so that each unit's collateral is diluted exactly and
//! the vault never needs more than it holds.
//!
//! The fee is accrued before every issue, redeem, fee change and rebalance, so nobody joins or
//! leaves a basket without bearing the fee of its time in it, and by `accrue_fee`. Accruing
//! inside another call never stops that call: if the fee cannot be issued (the basket token's
//! rules refuse the manager, the maximum supply is reached, the manager was removed) it stays
//! due, and the call goes on at the old multiplier.

use crate::*;
use frame_support::storage::with_storage_layer;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Issues the fee due on `basket` (stored as `id`) to its manager, updating `basket` in
	/// memory (supply, multiplier, last accrual) and writing only the ledger's issuance and the
	/// event. `Ok(None)` if nothing is due: with a zero fee or no supply the clock restarts;
	/// with less than one unit due it keeps counting from the last accrual, so frequent calls
	/// cannot round the fee away.
	pub(crate) fn accrue(
		id: BasketId,
		basket: &mut Basket<T>,
	) -> Result<Option<T::Balance>, DispatchError> {
		let now = Self::now();
		if basket.fee.is_zero() || basket.supply.is_zero() {
			basket.last_accrual = now;
			return Ok(None);
		}
		let elapsed = now.saturating_sub(basket.last_accrual);
		let supply = Self::to_u128(basket.supply);
		let units =
			maths::streaming_fee(supply, basket.fee, elapsed).ok_or(Error::<T>::Overflow)?;
		if units == 0 {
			return Ok(None);
		}
		let new_supply = supply.checked_add(units).ok_or(Error::<T>::Overflow)?;
		let multiplier = maths::diluted_multiplier(basket.multiplier, supply, new_supply)
			.ok_or(Error::<T>::Overflow)?;
		ensure!(multiplier > 0, Error::<T>::MultiplierExhausted);
		let manager = T::Ledger::issuer(basket.token)
			.filter(T::Ledger::is_issuer)
			.ok_or(Error::<T>::NoManager)?;
		let fee_units = Self::to_balance(units)?;
		T::Ledger::issue(basket.token, &manager, fee_units)?;
		basket.supply = Self::to_balance(new_supply)?;
		basket.multiplier = multiplier;
		basket.last_accrual = now;
		Self::deposit_event(Event::FeeAccrued {
			basket: id,
			to: manager,
			units: fee_units,
			multiplier,
		});
		Ok(Some(fee_units))
	}

	/// [`accrue`](Self::accrue) in a storage layer of its own, for calls that must not fail
	/// because the fee cannot be issued: then nothing of it is kept and `basket` is unchanged.
	/// Returns whether fee units were issued.
	pub(crate) fn accrue_quietly(id: BasketId, basket: &mut Basket<T>) -> bool {
		let mut updated = basket.clone();
		match with_storage_layer(|| Self::accrue(id, &mut updated)) {
			Ok(issued) => {
				*basket = updated;
				issued.is_some()
			}
			Err(_) => false,
		}
	}

	/// `accrue_fee`.
	pub(crate) fn do_accrue_fee(id: BasketId) -> DispatchResult {
		with_storage_layer(|| {
			let mut basket = Baskets::<T>::get(id).ok_or(Error::<T>::UnknownBasket)?;
			let issued = Self::accrue(id, &mut basket)?;
			ensure!(issued.is_some(), Error::<T>::NothingToAccrue);
			Baskets::<T>::insert(id, basket);
			Ok(())
		})
	}

	/// `set_fee`: accrues at the old fee first; what cannot be issued now is forgone, so a new
	/// fee never applies to time before it was set.
	pub(crate) fn do_set_fee(id: BasketId, fee: Perbill, by_holders: bool) -> DispatchResult {
		let mut basket = Baskets::<T>::get(id).ok_or(Error::<T>::UnknownBasket)?;
		ensure!(fee <= T::MaxFee::get(), Error::<T>::FeeTooHigh);
		ensure!(
			by_holders || fee <= basket.fee,
			Error::<T>::FeeRaiseNeedsHolders
		);
		Self::accrue_quietly(id, &mut basket);
		basket.fee = fee;
		basket.last_accrual = Self::now();
		Baskets::<T>::insert(id, basket);
		Self::deposit_event(Event::FeeSet {
			basket: id,
			fee,
			by_holders,
		});
		Ok(())
	}
}
