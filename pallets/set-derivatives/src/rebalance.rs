//! Rebalancing: the manager proposes a new composition, the basket token's holders approve it
//! by a resolution, and the participant the proposal names carries it out as an in-kind swap
//! at oracle prices within the approved slippage.
//!
//! The swap computes, for the supply at that moment, what the vault must hold of each token of
//! the new composition (rounded up) and compares it with what it holds: the participant first
//! delivers every shortfall (legs in), then receives every excess, the tokens that leave the
//! composition included (legs out). Each leg is judged by its token's rules as for issue and
//! redeem. Since every leg in comes before any leg out and the vault ends holding exactly what
//! the new composition needs, the basket is never under-collateralised; and the whole swap is
//! one storage layer, all legs or none.

use crate::*;
use frame_support::{
	storage::with_storage_layer,
	traits::{fungible::MutateHold, tokens::Precision},
	weights::Weight,
};
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::oracle::{FeedKey, Unit};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose_rebalance(
		manager: T::AccountId,
		id: BasketId,
		components: ComponentsOf<T>,
		participant: T::AccountId,
		max_slippage: Perbill,
	) -> DispatchResult {
		let mut basket = Self::ensure_manager(id, &manager)?;
		ensure!(
			!Rebalances::<T>::contains_key(id),
			Error::<T>::RebalancePending
		);
		ensure!(
			max_slippage <= T::MaxSlippage::get(),
			Error::<T>::SlippageTooHigh
		);
		Self::ensure_composition(&components, Some(basket.token))?;
		let leaving = basket
			.components
			.iter()
			.filter(|c| !components.iter().any(|n| n.token == c.token))
			.count();
		ensure!(
			components.len().saturating_add(leaving) <= T::MaxRebalanceLegs::get() as usize,
			Error::<T>::TooManyLegs
		);
		let number = basket.next_rebalance;
		basket.next_rebalance = number.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::RebalanceDeposit::get();
		T::Currency::hold(&HoldReason::RebalanceDeposit.into(), &manager, deposit)?;
		Rebalances::<T>::insert(
			id,
			Rebalance {
				id: number,
				components: components.clone(),
				participant: participant.clone(),
				max_slippage,
				proposer: manager,
				deposit,
				proposed_at: frame_system::Pallet::<T>::block_number(),
				approved_until: None,
			},
		);
		Baskets::<T>::insert(id, basket);
		Self::deposit_event(Event::RebalanceProposed {
			basket: id,
			id: number,
			components,
			participant,
			max_slippage,
			deposit,
		});
		Ok(())
	}

	pub(crate) fn do_approve_rebalance(id: BasketId, number: RebalanceId) -> DispatchResult {
		Rebalances::<T>::try_mutate(id, |pending| -> DispatchResult {
			let r = pending.as_mut().ok_or(Error::<T>::NoRebalance)?;
			ensure!(r.id == number, Error::<T>::WrongRebalance);
			ensure!(r.approved_until.is_none(), Error::<T>::AlreadyApproved);
			let until =
				frame_system::Pallet::<T>::block_number().saturating_add(T::RebalancePeriod::get());
			r.approved_until = Some(until);
			Self::deposit_event(Event::RebalanceApproved {
				basket: id,
				id: number,
				until,
			});
			Ok(())
		})
	}

	/// `cancel_rebalance` by `by` (`None`: the network).
	pub(crate) fn do_cancel_rebalance(id: BasketId, by: Option<T::AccountId>) -> DispatchResult {
		let r = Rebalances::<T>::get(id).ok_or(Error::<T>::NoRebalance)?;
		if let Some(who) = &by {
			let now = frame_system::Pallet::<T>::block_number();
			let expired = r.approved_until.is_some_and(|until| now > until);
			ensure!(
				expired || Self::ensure_manager(id, who).is_ok(),
				Error::<T>::RebalanceNotExpired
			);
		}
		Self::close_rebalance(id, &r)?;
		Self::deposit_event(Event::RebalanceCancelled {
			basket: id,
			id: r.id,
			by_network: by.is_none(),
		});
		Ok(())
	}

	/// Removes the pending rebalance and returns its deposit.
	fn close_rebalance(id: BasketId, r: &Rebalance<T>) -> DispatchResult {
		Rebalances::<T>::remove(id);
		T::Currency::release(
			&HoldReason::RebalanceDeposit.into(),
			&r.proposer,
			r.deposit,
			Precision::BestEffort,
		)?;
		Ok(())
	}

	/// `execute_rebalance` by `who`. Returns the weight used.
	pub(crate) fn do_execute_rebalance(
		who: &T::AccountId,
		id: BasketId,
		number: RebalanceId,
	) -> Result<Weight, DispatchError> {
		with_storage_layer(|| {
			let mut basket = Baskets::<T>::get(id).ok_or(Error::<T>::UnknownBasket)?;
			let r = Rebalances::<T>::get(id).ok_or(Error::<T>::NoRebalance)?;
			ensure!(r.id == number, Error::<T>::WrongRebalance);
			ensure!(&r.participant == who, Error::<T>::NotParticipant);
			let until = r.approved_until.ok_or(Error::<T>::NotApproved)?;
			ensure!(
				frame_system::Pallet::<T>::block_number() <= until,
				Error::<T>::RebalanceExpired
			);
			// A component may have become bound or a basket token since the proposal.
			Self::ensure_composition(&r.components, Some(basket.token))?;
			let fee = Self::accrue_quietly(id, &mut basket);
			let (delivered, paid) = Self::rebalance_legs(id, &basket, &r.components)?;
			let (value_in, value_out) = Self::legs_value(&delivered, &paid)?;
			let tolerance = r.max_slippage.mul_floor(value_out);
			ensure!(
				value_in.saturating_add(tolerance) >= value_out,
				Error::<T>::SlippageExceeded
			);
			let vault = Self::vault_account();
			let fund = Self::basket_account(id)?;
			for (token, amount) in delivered.iter() {
				Self::leg_in(id, *token, who, &vault, &fund, *amount)?;
			}
			for (token, amount) in paid.iter() {
				Self::leg_out(id, *token, &vault, &fund, who, *amount)?;
			}
			// The multiplier stays: the new units are, as the old, before it.
			basket.components = r.components.clone();
			Baskets::<T>::insert(id, &basket);
			Self::close_rebalance(id, &r)?;
			let moved: alloc::vec::Vec<TokenId> = delivered
				.iter()
				.chain(paid.iter())
				.map(|(t, _)| *t)
				.collect();
			Self::deposit_event(Event::Rebalanced {
				basket: id,
				id: number,
				participant: who.clone(),
				delivered,
				paid,
				value_in,
				value_out,
			});
			Ok(Self::rebalance_actual(&basket, &moved, fee))
		})
	}

	/// The legs of a swap to `target` (units before the multiplier, as the basket's) for
	/// `basket`'s supply and multiplier now: what the participant
	/// delivers (shortfalls of the new composition) and what it receives (excess holdings,
	/// removed components included), without zero legs.
	pub(crate) fn rebalance_legs(
		id: BasketId,
		basket: &Basket<T>,
		target: &ComponentsOf<T>,
	) -> Result<(LegsOf<T>, LegsOf<T>), DispatchError> {
		let mut delivered = LegsOf::<T>::default();
		let mut paid = LegsOf::<T>::default();
		let supply = Self::to_u128(basket.supply);
		let natural_unit = Self::to_u128(basket.natural_unit);
		let push = |legs: &mut LegsOf<T>, token: TokenId, amount: T::Balance| {
			legs.try_push((token, amount))
				.map_err(|_| DispatchError::from(Error::<T>::Overflow))
		};
		for c in target.iter() {
			let need = maths::component_amount(
				supply,
				Self::to_u128(c.units),
				basket.multiplier,
				natural_unit,
				Round::Up,
			)
			.ok_or(Error::<T>::Overflow)?;
			let need = Self::to_balance(need)?;
			let held = VaultHoldings::<T>::get(id, c.token).unwrap_or_default();
			if need > held {
				push(&mut delivered, c.token, need.saturating_sub(held))?;
			} else if held > need {
				push(&mut paid, c.token, held.saturating_sub(need))?;
			}
		}
		for c in basket.components.iter() {
			if target.iter().any(|t| t.token == c.token) {
				continue;
			}
			let held = VaultHoldings::<T>::get(id, c.token).unwrap_or_default();
			if !held.is_zero() {
				push(&mut paid, c.token, held)?;
			}
		}
		Ok((delivered, paid))
	}

	/// The values at fresh oracle prices of the legs `delivered` and `paid`: every leg of the
	/// swap must have a fresh price, all in one unit. One price read per leg.
	fn legs_value(delivered: &LegsOf<T>, paid: &LegsOf<T>) -> Result<(u128, u128), DispatchError> {
		let mut unit: Option<Unit> = None;
		let mut sum = |legs: &LegsOf<T>| -> Result<u128, DispatchError> {
			let mut total: u128 = 0;
			for (token, amount) in legs.iter() {
				let price = Self::fresh_price(*token, &mut unit)?;
				let v = maths::value(Self::to_u128(*amount), price).ok_or(Error::<T>::Overflow)?;
				total = total.checked_add(v).ok_or(Error::<T>::Overflow)?;
			}
			Ok(total)
		};
		let value_in = sum(delivered)?;
		let value_out = sum(paid)?;
		Ok((value_in, value_out))
	}

	/// `token`'s fresh price (its NAV feed), in the same unit as the prices before it
	/// (`unit`, set by the first).
	pub(crate) fn fresh_price(
		token: TokenId,
		unit: &mut Option<Unit>,
	) -> Result<u128, DispatchError> {
		let quote = T::Prices::price(&FeedKey::Nav(token)).ok_or(Error::<T>::NoPrice)?;
		let value = quote.fresh_value().ok_or(Error::<T>::StalePrice)?;
		match unit {
			Some(u) => ensure!(*u == quote.unit, Error::<T>::MixedPriceUnits),
			None => *unit = Some(quote.unit),
		}
		Ok(value)
	}
}
