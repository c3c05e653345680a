//! Per-holder state of tokens that keep it (jurisdiction caps, lock-ups): the holders
//! counted per jurisdiction and the units locked up, kept after every movement.

use crate::{
	Config, HolderStates, JurisdictionHolders, Lists, MovementOf, NetworkClaimIssuers, Pallet,
	TokenComplianceOf, TokenSettings, TrustedIssuersOf,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::{
	ledger::{BalanceUpdate, MovementKind},
	security::{CountryCode, TokenId},
};

impl<T: Config> Pallet<T> {
	/// A holder of a tracking token became exempt (no longer counted in a jurisdiction) or lost
	/// its exemption (counted in its jurisdiction now).
	pub(crate) fn recount(
		token: TokenId,
		who: &T::AccountId,
		exempt: bool,
		settings: &TokenComplianceOf<T>,
		network: &TrustedIssuersOf<T>,
		now: &BlockNumberFor<T>,
	) {
		let Some(mut state) = HolderStates::<T>::get(token, who) else {
			return;
		};
		if let Some(country) = state.counted_in.take() {
			Self::count_holder(token, country, false);
		}
		if !exempt {
			state.counted_in = Self::facts(token, who, settings, network, now).jurisdiction();
			if let Some(country) = state.counted_in {
				Self::count_holder(token, country, true);
			}
		}
		HolderStates::<T>::insert(token, who, state);
	}

	/// One more (or one fewer) holder of `token` in `country`.
	fn count_holder(token: TokenId, country: CountryCode, more: bool) {
		JurisdictionHolders::<T>::mutate_exists(token, country, |n| {
			let count = n.unwrap_or(0);
			let count = if more {
				count.saturating_add(1)
			} else {
				count.saturating_sub(1)
			};
			*n = (count > 0).then_some(count);
		});
	}

	/// Keeps the per-holder state of a token that tracks it, after a movement.
	pub(crate) fn track(
		m: &MovementOf<T>,
		from: Option<BalanceUpdate<T::Balance>>,
		to: Option<BalanceUpdate<T::Balance>>,
	) {
		let Some(settings) = TokenSettings::<T>::get(m.token) else {
			return;
		};
		if !settings.tracking {
			return;
		}
		let token = m.token;
		let mut carried = T::Balance::zero();
		// A custodian (the side a custody movement names) is not a holder and keeps no state.
		let custodian = |who: &T::AccountId| m.custodian == Some(who);
		if let (Some(who), Some(update)) = (m.from.filter(|w| !custodian(w)), from) {
			let mut state = HolderStates::<T>::get(token, who).unwrap_or_default();
			if m.kind == MovementKind::Recovery {
				carried = state.locked;
			}
			if update.new.is_zero() {
				if let Some(country) = state.counted_in {
					Self::count_holder(token, country, false);
				}
				HolderStates::<T>::remove(token, who);
			} else {
				state.locked = state.locked.min(update.new);
				HolderStates::<T>::insert(token, who, state);
			}
		}
		if let (Some(who), Some(update)) = (m.to.filter(|w| !custodian(w)), to) {
			let mut state = HolderStates::<T>::get(token, who).unwrap_or_default();
			if update.old.is_zero() {
				let exempt = settings.listed > 0
					&& Lists::<T>::get(token, who).is_some_and(|e| e.flags.exempt());
				state.counted_in = if exempt {
					None
				} else {
					let now = frame_system::Pallet::<T>::block_number();
					let network = NetworkClaimIssuers::<T>::get();
					Self::facts(token, who, &settings, &network, &now).jurisdiction()
				};
				if let Some(country) = state.counted_in {
					Self::count_holder(token, country, true);
				}
			}
			let locking = m.kind == MovementKind::Issue
				&& settings
					.restrictions
					.lockup_until
					.is_some_and(|until| Self::now() < until);
			if locking {
				state.locked = state.locked.saturating_add(m.amount);
			}
			state.locked = state.locked.saturating_add(carried).min(update.new);
			HolderStates::<T>::insert(token, who, state);
		}
	}
}
