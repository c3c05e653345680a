//! The traits other pallets read the oracle through.

use super::*;
use vellum_primitives::oracle::{OutcomeProvider, PriceProvider};

#[test]
fn the_price_provider_serves_the_quote_with_its_freshness() {
	run(|| {
		feed_with(fx(), 1, &[ALICE]);
		assert_eq!(<Oracle as PriceProvider<u64>>::price(&fx()), None);
		submit(ALICE, &fx(), 1_085_000);
		let quote = <Oracle as PriceProvider<u64>>::price(&fx()).unwrap();
		assert_eq!(quote.fresh_value(), Some(1_085_000));
		go_to(2 + MAX_AGE);
		let quote = <Oracle as PriceProvider<u64>>::price(&fx()).unwrap();
		assert_eq!(quote.fresh_value(), None);
		assert_eq!(
			<Oracle as PriceProvider<u64>>::price_weight(),
			<() as crate::WeightInfo>::quote(MAX_REPORTERS)
		);
	});
}

#[test]
fn the_outcome_provider_follows_a_question_from_asked_to_final() {
	run(|| {
		assert_eq!(<Oracle as OutcomeProvider>::outcome(0), None);
		let (_, id) = question();
		assert_eq!(Oracle::outcome(id), Some(OutcomeStatus::Asked));
		go_to(RESOLVES);
		assert_ok!(Oracle::report(signed(ALICE), id, YES));
		assert_eq!(Oracle::outcome(id), Some(OutcomeStatus::Tentative(YES)));
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_eq!(Oracle::outcome(id), Some(OutcomeStatus::Final(YES)));
		assert_eq!(
			<Oracle as OutcomeProvider>::outcome_weight(),
			<() as crate::WeightInfo>::outcome()
		);
		assert_ok!(claim(id, ALICE));
	});
}
