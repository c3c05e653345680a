//! How pallets read the oracle: prices of feeds ([`PriceProvider`]), always with their
//! freshness, and the outcomes of questions about real-world events ([`OutcomeProvider`]).
//!
//! A consumer never sees an old price presented as current: a [`PriceQuote`] says whether it
//! is fresh, and a stale one says since when ([`Freshness::Stale`]). A consumer that needs a
//! current price takes [`PriceQuote::fresh_value`], which is `None` for a stale quote.

use crate::security::TokenId;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::ConstU32;
use sp_runtime::BoundedVec;
use sp_weights::Weight;

/// Longest name of a custom feed, in bytes.
pub const MAX_CUSTOM_KEY_LEN: u32 = 32;

/// Identifier of a question (0, 1, 2, ...), never reused.
pub type QuestionId = u64;

/// What a price feed prices.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum FeedKey {
	/// The net asset value of one unit of a security token.
	Nav(TokenId),
	/// An exchange rate: units of the second ISO 4217 currency per unit of the first
	/// (e.g. `Fx(*b"EUR", *b"USD")`).
	Fx([u8; 3], [u8; 3]),
	/// Anything else, by name (created by the network only).
	Custom(BoundedVec<u8, ConstU32<MAX_CUSTOM_KEY_LEN>>),
}

/// The unit of a feed's values: a currency (ISO 4217) or another three-letter code
/// (e.g. `PCT`), and the decimals of a value (a value `v` means `v / 10^decimals`).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Unit {
	/// The currency or unit code, upper-case ASCII letters.
	pub code: [u8; 3],
	/// Decimals of a value.
	pub decimals: u8,
}

/// Whether a quote is current.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Freshness<BlockNumber> {
	/// At least the feed's minimum number of reports are younger than its maximum age: the
	/// value is their median.
	Fresh,
	/// Too few fresh reports since block `since`: the value is the median of the last reports,
	/// however old, and is **not** a current price.
	Stale {
		/// The first block at which the feed had too few fresh reports (its creation, if it
		/// never had enough).
		since: BlockNumber,
	},
}

/// A feed's value as the oracle serves it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct PriceQuote<BlockNumber> {
	/// The median of the reports counted (the fresh ones, or every reporter's last if stale).
	pub value: u128,
	/// The unit of `value`.
	pub unit: Unit,
	/// The block of the newest report counted.
	pub updated_at: BlockNumber,
	/// How many reports were counted.
	pub reports: u32,
	/// Whether `value` is current.
	pub freshness: Freshness<BlockNumber>,
}

impl<BlockNumber> PriceQuote<BlockNumber> {
	/// Whether the quote is current.
	pub fn is_fresh(&self) -> bool {
		matches!(self.freshness, Freshness::Fresh)
	}
	/// The value if it is current, `None` if the feed is stale.
	pub fn fresh_value(&self) -> Option<u128> {
		self.is_fresh().then_some(self.value)
	}
}

/// Prices of feeds (implemented by the oracle pallet; `()` knows no feed).
pub trait PriceProvider<BlockNumber> {
	/// The quote of `key` now; `None` if there is no such feed or nothing was ever reported.
	fn price(key: &FeedKey) -> Option<PriceQuote<BlockNumber>>;
	/// The most one call of [`price`](Self::price) weighs.
	fn price_weight() -> Weight;
}

/// No feed.
impl<BlockNumber> PriceProvider<BlockNumber> for () {
	fn price(_key: &FeedKey) -> Option<PriceQuote<BlockNumber>> {
		None
	}
	fn price_weight() -> Weight {
		Weight::zero()
	}
}

/// An outcome of a question: a category (index into its labels), a value of a scalar range,
/// or `Invalid` (the question cannot be answered as asked).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Outcome {
	/// The category with this index.
	Category(u8),
	/// This value of the question's range.
	Scalar(i128),
	/// The question cannot be answered as asked.
	Invalid,
}

/// Where a question stands, as consumers see it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum OutcomeStatus {
	/// Asked and not yet reported.
	Asked,
	/// Reported; the outcome may still change by dispute or (escalated) by the network's
	/// decision. It may be [`Outcome::Invalid`].
	Tentative(Outcome),
	/// Resolved with this outcome, never [`Outcome::Invalid`].
	Final(Outcome),
	/// Resolved as invalid: the question had no valid answer.
	Invalid,
}

impl OutcomeStatus {
	/// The final outcome, if resolved with a valid one.
	pub fn final_outcome(&self) -> Option<Outcome> {
		match self {
			OutcomeStatus::Final(o) => Some(*o),
			_ => None,
		}
	}
	/// Whether the question is resolved (validly or not).
	pub fn is_resolved(&self) -> bool {
		matches!(self, OutcomeStatus::Final(_) | OutcomeStatus::Invalid)
	}
}

/// Outcomes of questions (implemented by the oracle pallet; `()` knows no question).
pub trait OutcomeProvider {
	/// Where `question` stands; `None` if there is no such question.
	fn outcome(question: QuestionId) -> Option<OutcomeStatus>;
	/// The most one call of [`outcome`](Self::outcome) weighs.
	fn outcome_weight() -> Weight;
}

/// No question.
impl OutcomeProvider for () {
	fn outcome(_question: QuestionId) -> Option<OutcomeStatus> {
		None
	}
	fn outcome_weight() -> Weight {
		Weight::zero()
	}
}

/// Test doubles of the oracle traits, for pallet mocks (std builds only; a runtime never uses
/// them).
#[cfg(feature = "std")]
pub mod testing {
	use super::*;
	use codec::{Decode, Encode};
	use core::cell::RefCell;
	use std::{collections::BTreeMap, vec::Vec};

	std::thread_local! {
		static PRICES: RefCell<BTreeMap<FeedKey, Vec<u8>>> = const { RefCell::new(BTreeMap::new()) };
		static OUTCOMES: RefCell<BTreeMap<QuestionId, OutcomeStatus>> =
			const { RefCell::new(BTreeMap::new()) };
	}

	/// The weight [`TestPrices`] and [`TestOutcomes`] declare per read.
	pub const TEST_READ_WEIGHT: Weight = Weight::from_parts(1_000_000, 1_000);

	/// A price provider serving the quotes a test sets (in this thread).
	pub struct TestPrices;

	impl TestPrices {
		/// Serves `quote` for `key` from now on.
		pub fn set<B: Encode>(key: FeedKey, quote: PriceQuote<B>) {
			PRICES.with(|p| p.borrow_mut().insert(key, quote.encode()));
		}
		/// Forgets `key`.
		pub fn remove(key: &FeedKey) {
			PRICES.with(|p| p.borrow_mut().remove(key));
		}
		/// Forgets every quote.
		pub fn clear() {
			PRICES.with(|p| p.borrow_mut().clear());
		}
	}

	impl<B: Decode> PriceProvider<B> for TestPrices {
		fn price(key: &FeedKey) -> Option<PriceQuote<B>> {
			PRICES.with(|p| {
				p.borrow()
					.get(key)
					.and_then(|bytes| PriceQuote::<B>::decode(&mut &bytes[..]).ok())
			})
		}
		fn price_weight() -> Weight {
			TEST_READ_WEIGHT
		}
	}

	/// An outcome provider serving the statuses a test sets (in this thread).
	pub struct TestOutcomes;

	impl TestOutcomes {
		/// Serves `status` for `question` from now on.
		pub fn set(question: QuestionId, status: OutcomeStatus) {
			OUTCOMES.with(|o| o.borrow_mut().insert(question, status));
		}
		/// Forgets every status.
		pub fn clear() {
			OUTCOMES.with(|o| o.borrow_mut().clear());
		}
	}

	impl OutcomeProvider for TestOutcomes {
		fn outcome(question: QuestionId) -> Option<OutcomeStatus> {
			OUTCOMES.with(|o| o.borrow().get(&question).copied())
		}
		fn outcome_weight() -> Weight {
			TEST_READ_WEIGHT
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_stale_quote_has_no_fresh_value() {
		let unit = Unit {
			code: *b"EUR",
			decimals: 6,
		};
		let fresh = PriceQuote {
			value: 101,
			unit,
			updated_at: 7u32,
			reports: 3,
			freshness: Freshness::Fresh,
		};
		assert_eq!(fresh.fresh_value(), Some(101));
		let stale = PriceQuote {
			freshness: Freshness::Stale { since: 9 },
			..fresh
		};
		assert!(!stale.is_fresh());
		assert_eq!(stale.fresh_value(), None);
	}

	#[test]
	fn only_resolved_statuses_are_final() {
		assert_eq!(
			OutcomeStatus::Final(Outcome::Category(1)).final_outcome(),
			Some(Outcome::Category(1))
		);
		assert_eq!(
			OutcomeStatus::Tentative(Outcome::Category(1)).final_outcome(),
			None
		);
		assert!(OutcomeStatus::Invalid.is_resolved());
		assert!(!OutcomeStatus::Asked.is_resolved());
		assert_eq!(<() as OutcomeProvider>::outcome(3), None);
		assert_eq!(<() as PriceProvider<u32>>::price(&FeedKey::Nav(1)), None);
	}

	#[test]
	fn the_test_doubles_serve_what_a_test_sets() {
		use testing::{TestOutcomes, TestPrices};
		let quote = PriceQuote {
			value: 5,
			unit: Unit {
				code: *b"USD",
				decimals: 2,
			},
			updated_at: 3u64,
			reports: 1,
			freshness: Freshness::Stale { since: 4 },
		};
		TestPrices::set(FeedKey::Fx(*b"EUR", *b"USD"), quote);
		assert_eq!(
			<TestPrices as PriceProvider<u64>>::price(&FeedKey::Fx(*b"EUR", *b"USD")),
			Some(quote)
		);
		TestPrices::clear();
		assert_eq!(
			<TestPrices as PriceProvider<u64>>::price(&FeedKey::Fx(*b"EUR", *b"USD")),
			None
		);
		TestOutcomes::set(1, OutcomeStatus::Invalid);
		assert_eq!(TestOutcomes::outcome(1), Some(OutcomeStatus::Invalid));
		assert_eq!(TestOutcomes::outcome(2), None);
	}
}
