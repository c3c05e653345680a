//! The oracle as other pallets read it: [`PriceProvider`] (a feed's quote, always with its
//! freshness) and [`OutcomeProvider`] (where a question stands).

use crate::{Config, Pallet, WeightInfo};
use frame_support::{traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use vellum_primitives::oracle::{
	FeedKey, OutcomeProvider, OutcomeStatus, PriceProvider, PriceQuote, QuestionId,
};

impl<T: Config> PriceProvider<BlockNumberFor<T>> for Pallet<T> {
	fn price(key: &FeedKey) -> Option<PriceQuote<BlockNumberFor<T>>> {
		Self::quote(key)
	}

	fn price_weight() -> Weight {
		T::WeightInfo::quote(T::MaxReportersPerFeed::get())
	}
}

impl<T: Config> OutcomeProvider for Pallet<T> {
	fn outcome(question: QuestionId) -> Option<OutcomeStatus> {
		Self::status(question)
	}

	fn outcome_weight() -> Weight {
		T::WeightInfo::outcome()
	}
}
