//! Net asset value from the oracle's price feeds: per natural unit of a basket (what a
//! redemption of one natural unit pays, at each component's NAV price) and for the whole
//! basket (what the vault holds for it). A NAV is given only when every component's price is
//! fresh and all are in one unit; otherwise the quotes say which one is missing or stale.
//!
//! A component's price is its `FeedKey::Nav(token)` feed, read as the price of one smallest
//! unit of the token (the ledger's trait does not tell this pallet a token's decimals).

use crate::{runtime_api::NavInfo, *};
use alloc::vec::Vec;
use vellum_primitives::oracle::FeedKey;

impl<T: Config> Pallet<T> {
	/// The basket's NAV now, with every component's quote (`None`: no such basket).
	pub(crate) fn nav(id: BasketId) -> Option<NavInfo<BlockNumberFor<T>>> {
		let basket = Baskets::<T>::get(id)?;
		let quotes: Vec<_> = basket
			.components
			.iter()
			.map(|c| (c.token, T::Prices::price(&FeedKey::Nav(c.token))))
			.collect();
		let all_fresh = quotes
			.iter()
			.all(|(_, q)| q.as_ref().is_some_and(|q| q.is_fresh()));
		let unit = quotes.first().and_then(|(_, q)| q.as_ref().map(|q| q.unit));
		let one_unit = quotes
			.iter()
			.all(|(_, q)| q.as_ref().map(|q| q.unit) == unit);
		let usable = all_fresh && one_unit;
		let mut per_natural_unit = Some(0u128);
		let mut total = Some(0u128);
		for (c, (_, quote)) in basket.components.iter().zip(quotes.iter()) {
			let price = quote.as_ref().and_then(|q| q.fresh_value());
			let per_unit = maths::component_amount(
				Self::to_u128(basket.natural_unit),
				Self::to_u128(c.units),
				basket.multiplier,
				Self::to_u128(basket.natural_unit),
				Round::Down,
			);
			let held = Self::to_u128(VaultHoldings::<T>::get(id, c.token).unwrap_or_default());
			per_natural_unit = match (per_natural_unit, per_unit, price) {
				(Some(sum), Some(a), Some(p)) => {
					maths::value(a, p).and_then(|v| sum.checked_add(v))
				}
				_ => None,
			};
			total = match (total, price) {
				(Some(sum), Some(p)) => maths::value(held, p).and_then(|v| sum.checked_add(v)),
				_ => None,
			};
		}
		Some(NavInfo {
			per_natural_unit: per_natural_unit.filter(|_| usable),
			total: total.filter(|_| usable),
			unit: unit.filter(|_| one_unit),
			fresh: all_fresh,
			quotes,
		})
	}
}
