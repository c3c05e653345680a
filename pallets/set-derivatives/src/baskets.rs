//! Baskets: creating a basket with its basket token, and the checks every composition passes
//! (at creation and in a rebalance proposal).

use crate::*;
use frame_support::{storage::with_storage_layer, traits::fungible::MutateHold};
use sp_runtime::traits::Zero;
use vellum_primitives::security::{InstrumentTerms, Redemption};

impl<T: Config> Pallet<T> {
	/// `create_basket`, in one storage layer (the ledger may refuse the definition after the
	/// deposit is held).
	pub(crate) fn do_create_basket(
		manager: T::AccountId,
		components: ComponentsOf<T>,
		natural_unit: T::Balance,
		fee: Perbill,
		definition: SecurityDefinition<T::Balance>,
	) -> Result<BasketId, DispatchError> {
		with_storage_layer(|| {
			Self::create_basket_unlayered(manager, components, natural_unit, fee, definition)
		})
	}

	fn create_basket_unlayered(
		manager: T::AccountId,
		components: ComponentsOf<T>,
		natural_unit: T::Balance,
		fee: Perbill,
		definition: SecurityDefinition<T::Balance>,
	) -> Result<BasketId, DispatchError> {
		ensure!(T::Ledger::is_issuer(&manager), Error::<T>::NotIssuer);
		ensure!(!natural_unit.is_zero(), Error::<T>::ZeroNaturalUnit);
		ensure!(fee <= T::MaxFee::get(), Error::<T>::FeeTooHigh);
		Self::ensure_composition(&components, None)?;
		ensure!(
			matches!(definition.terms, InstrumentTerms::FundUnits { .. }),
			Error::<T>::NotFundUnits
		);
		ensure!(
			definition.redemption == Redemption::Never,
			Error::<T>::RedeemableBasketToken
		);
		let basket = NextBasketId::<T>::get();
		let next = basket
			.checked_add(1)
			.ok_or(Error::<T>::BasketIdsExhausted)?;
		// Derivable before anything is written.
		Self::basket_account(basket)?;
		let deposit = T::BasketDeposit::get();
		T::Currency::hold(&HoldReason::BasketDeposit.into(), &manager, deposit)?;
		// The ledger validates the definition, holds its token deposit from the manager and
		// withholds the powers that could take or stop a holder's basket units.
		let token = T::Ledger::create_token(&manager, definition)?;
		Baskets::<T>::insert(
			basket,
			Basket {
				token,
				creator: manager.clone(),
				deposit,
				natural_unit,
				components: components.clone(),
				multiplier: PRECISE_UNIT,
				supply: Zero::zero(),
				fee,
				last_accrual: Self::now(),
				next_rebalance: 0,
			},
		);
		BasketOfToken::<T>::insert(token, basket);
		NextBasketId::<T>::put(next);
		Self::deposit_event(Event::BasketCreated {
			basket,
			token,
			manager,
			natural_unit,
			components,
			fee,
			deposit,
		});
		Ok(basket)
	}

	/// Checks a composition: at least one component, each a distinct existing token with
	/// non-zero units, none bound to an underlying asset, none a basket token (nor `own`, the
	/// basket's own token, when a basket is rebalanced).
	pub(crate) fn ensure_composition(
		components: &ComponentsOf<T>,
		own: Option<TokenId>,
	) -> DispatchResult {
		ensure!(!components.is_empty(), Error::<T>::NoComponents);
		for (i, c) in components.iter().enumerate() {
			ensure!(!c.units.is_zero(), Error::<T>::ZeroUnits);
			ensure!(
				!components.iter().skip(i + 1).any(|d| d.token == c.token),
				Error::<T>::DuplicateComponent
			);
			ensure!(T::Ledger::exists(c.token), Error::<T>::UnknownComponent);
			ensure!(
				Some(c.token) != own && !BasketOfToken::<T>::contains_key(c.token),
				Error::<T>::NestedBasket
			);
			ensure!(
				!T::BoundTokens::contains(&c.token),
				Error::<T>::BoundComponent
			);
		}
		Ok(())
	}

	/// The time now, in ms since the Unix epoch.
	pub(crate) fn now() -> vellum_primitives::security::Moment {
		u64::try_from(T::UnixTime::now().as_millis()).unwrap_or(u64::MAX)
	}
}
