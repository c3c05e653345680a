//! Issue and redeem in kind: the component amounts of a quantity (rounded in the basket's
//! favour), the legs into and out of the vault, and the two calls, each all or nothing.
//!
//! A leg into the vault is asked first as a settlement (`check_settlement`: the component's
//! transfer from the holder to the basket account, with the component's rules as they are now)
//! and then made as a deposit; a leg out is a settlement from the vault, for the basket
//! account, to the receiver, judged as the component's transfer between them. The ledger's
//! error of a refused leg is the call's error; the whole call runs in one storage layer, so
//! the legs before it are undone, also when another pallet or a test calls `do_issue`.

use crate::*;
use frame_support::{storage::with_storage_layer, weights::Weight};
use sp_runtime::traits::{CheckedAdd, CheckedSub, Zero};

impl<T: Config> Pallet<T> {
	/// A token amount as `u128`, for the maths.
	pub(crate) fn to_u128(b: T::Balance) -> u128 {
		b.into()
	}

	/// A `u128` from the maths as a token amount.
	pub(crate) fn to_balance(x: u128) -> Result<T::Balance, DispatchError> {
		<T::Balance as TryFrom<u128>>::try_from(x).map_err(|_| Error::<T>::Overflow.into())
	}

	/// Each component's amount for `quantity` units of `basket`, in leg order, rounded as
	/// `round` (up for what a holder delivers, down for what it receives).
	pub(crate) fn amounts(
		basket: &Basket<T>,
		quantity: T::Balance,
		round: Round,
	) -> Result<AmountsOf<T>, DispatchError> {
		let mut amounts = AmountsOf::<T>::default();
		for c in basket.components.iter() {
			let amount = maths::component_amount(
				Self::to_u128(quantity),
				Self::to_u128(c.units),
				basket.multiplier,
				Self::to_u128(basket.natural_unit),
				round,
			)
			.ok_or(Error::<T>::Overflow)?;
			amounts
				.try_push((c.token, Self::to_balance(amount)?))
				.map_err(|_| Error::<T>::Overflow)?;
		}
		Ok(amounts)
	}

	/// Moves `amount` of `token` from `from` into the vault for `basket`: judged as the
	/// token's transfer from `from` to the basket account, then deposited. Nothing for zero.
	pub(crate) fn leg_in(
		basket: BasketId,
		token: TokenId,
		from: &T::AccountId,
		vault: &T::AccountId,
		fund: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Ledger::check_settlement(token, vault, Some(from), fund, amount)?;
		T::Ledger::deposit(token, vault, from, amount)?;
		VaultHoldings::<T>::try_mutate(basket, token, |held| -> DispatchResult {
			let now = held
				.unwrap_or_default()
				.checked_add(&amount)
				.ok_or(Error::<T>::Overflow)?;
			*held = Some(now);
			Ok(())
		})
	}

	/// Moves `amount` of `token` that the vault holds for `basket` to `to`: a settlement for
	/// the basket account, judged as the token's transfer from it to `to`. Nothing for zero.
	pub(crate) fn leg_out(
		basket: BasketId,
		token: TokenId,
		vault: &T::AccountId,
		fund: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		VaultHoldings::<T>::try_mutate(basket, token, |held| -> DispatchResult {
			let left = held
				.unwrap_or_default()
				.checked_sub(&amount)
				.ok_or(Error::<T>::VaultShort)?;
			*held = (!left.is_zero()).then_some(left);
			Ok(())
		})?;
		T::Ledger::settle(token, vault, Some(fund), to, amount)
	}

	/// `issue`: the fee due first, then every leg in, then the basket token's issuance.
	/// Returns the weight used.
	pub(crate) fn do_issue(
		who: &T::AccountId,
		id: BasketId,
		quantity: T::Balance,
	) -> Result<Weight, DispatchError> {
		with_storage_layer(|| {
			let mut basket = Baskets::<T>::get(id).ok_or(Error::<T>::UnknownBasket)?;
			ensure!(!quantity.is_zero(), Error::<T>::ZeroQuantity);
			let natural_unit = Self::to_u128(basket.natural_unit);
			ensure!(natural_unit != 0, Error::<T>::ZeroNaturalUnit);
			ensure!(
				Self::to_u128(quantity) % natural_unit == 0,
				Error::<T>::NotNaturalUnitMultiple
			);
			let fee = Self::accrue_quietly(id, &mut basket);
			let amounts = Self::amounts(&basket, quantity, Round::Up)?;
			let vault = Self::vault_account();
			let fund = Self::basket_account(id)?;
			for (token, amount) in amounts.iter() {
				Self::leg_in(id, *token, who, &vault, &fund, *amount)?;
			}
			T::Ledger::issue(basket.token, who, quantity)?;
			basket.supply = basket
				.supply
				.checked_add(&quantity)
				.ok_or(Error::<T>::Overflow)?;
			Baskets::<T>::insert(id, &basket);
			Self::deposit_event(Event::Issued {
				basket: id,
				who: who.clone(),
				quantity,
				amounts,
			});
			Ok(Self::issue_actual(&basket, fee))
		})
	}

	/// `redeem`: the fee due first, then the basket units burnt, then every leg out but the
	/// forgone ones. Returns the weight used.
	pub(crate) fn do_redeem(
		who: &T::AccountId,
		id: BasketId,
		quantity: T::Balance,
		to: &T::AccountId,
		forgo: &[TokenId],
	) -> Result<Weight, DispatchError> {
		with_storage_layer(|| {
			let mut basket = Baskets::<T>::get(id).ok_or(Error::<T>::UnknownBasket)?;
			ensure!(!quantity.is_zero(), Error::<T>::ZeroQuantity);
			for token in forgo {
				ensure!(
					basket.components.iter().any(|c| c.token == *token),
					Error::<T>::NotAComponent
				);
			}
			let fee = Self::accrue_quietly(id, &mut basket);
			ensure!(quantity <= basket.supply, Error::<T>::InsufficientSupply);
			let amounts = Self::amounts(&basket, quantity, Round::Down)?;
			// Burnt first: the holder gives up its claim before the vault pays it.
			T::Ledger::burn(basket.token, who, quantity)?;
			basket.supply = basket
				.supply
				.checked_sub(&quantity)
				.ok_or(Error::<T>::InsufficientSupply)?;
			let vault = Self::vault_account();
			let fund = Self::basket_account(id)?;
			let mut paid = AmountsOf::<T>::default();
			let mut moved = alloc::vec::Vec::new();
			for (token, amount) in amounts {
				if forgo.contains(&token) {
					continue;
				}
				Self::leg_out(id, token, &vault, &fund, to, amount)?;
				if !amount.is_zero() {
					moved.push(token);
				}
				paid.try_push((token, amount))
					.map_err(|_| Error::<T>::Overflow)?;
			}
			Baskets::<T>::insert(id, &basket);
			Self::deposit_event(Event::Redeemed {
				basket: id,
				who: who.clone(),
				to: to.clone(),
				quantity,
				amounts: paid,
				forgone: BoundedVec::truncate_from(forgo.to_vec()),
			});
			Ok(Self::redeem_actual(&basket, &moved, fee))
		})
	}
}
