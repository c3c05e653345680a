//! What the calls that move tokens are charged, and what they are refunded to.
//!
//! The benchmarks measure this pallet's work and the ledger's own work of each leg (a runtime
//! benchmarks with neither transfer check nor hooks, which have benchmarks of their own), so
//! each leg adds the ledger's [`movement_overhead`](SecurityLedger::movement_overhead): charged
//! at its maximum before the call, refunded to
//! [`movement_overhead_of`](SecurityLedger::movement_overhead_of) the tokens it moved. Every leg
//! counts one overhead: a leg in is a settlement check (the transfer check, no hooks) and then a
//! deposit into custody (the hooks; the transfer check judges no movement into custody, since
//! the beneficial owner does not change), a leg out, a burn or an issuance one movement with
//! both.

use crate::*;
use frame_support::weights::Weight;

impl<T: Config> Pallet<T> {
	/// The overhead of the fee's issuance that `issue`, `redeem`, `set_fee`, `accrue_fee` and
	/// `execute_rebalance` may make.
	fn fee_overhead() -> Weight {
		T::Ledger::movement_overhead()
	}

	/// What `issue` is charged for a basket of `n` components.
	pub fn issue_weight(n: u32) -> Weight {
		T::WeightInfo::issue(n)
			.saturating_add(T::Ledger::movement_overhead().saturating_mul(u64::from(n)))
			// The basket token's issuance.
			.saturating_add(T::Ledger::movement_overhead())
			.saturating_add(Self::fee_overhead())
	}

	/// What `redeem` is charged for a basket of `n` components.
	pub fn redeem_weight(n: u32) -> Weight {
		T::WeightInfo::redeem(n)
			.saturating_add(T::Ledger::movement_overhead().saturating_mul(u64::from(n)))
			// The basket token's burn.
			.saturating_add(T::Ledger::movement_overhead())
			.saturating_add(Self::fee_overhead())
	}

	/// What a call whose own weight is `base` and that may issue the fee is charged.
	pub fn fee_weight(base: Weight) -> Weight {
		base.saturating_add(Self::fee_overhead())
	}

	/// What `execute_rebalance` is charged for `n` legs.
	pub fn rebalance_weight(n: u32) -> Weight {
		T::WeightInfo::execute_rebalance(n)
			.saturating_add(T::Ledger::movement_overhead().saturating_mul(u64::from(n)))
			.saturating_add(T::Prices::price_weight().saturating_mul(u64::from(n)))
			.saturating_add(Self::fee_overhead())
	}

	/// What an `issue` of `basket` cost: its benchmark for the basket's component count, and
	/// the overhead of the tokens it moved (`fee`: whether it issued the fee).
	pub(crate) fn issue_actual(basket: &Basket<T>, fee: bool) -> Weight {
		let n = basket.components.len() as u32;
		let legs = basket.components.iter().fold(Weight::zero(), |w, c| {
			w.saturating_add(T::Ledger::movement_overhead_of(c.token))
		});
		T::WeightInfo::issue(n)
			.saturating_add(legs)
			.saturating_add(Self::basket_token_overhead(basket, fee))
	}

	/// What a `redeem` of `basket` cost (`moved`: the legs it made; `fee`: whether it issued
	/// the fee).
	pub(crate) fn redeem_actual(basket: &Basket<T>, moved: &[TokenId], fee: bool) -> Weight {
		let n = basket.components.len() as u32;
		let legs = moved.iter().fold(Weight::zero(), |w, t| {
			w.saturating_add(T::Ledger::movement_overhead_of(*t))
		});
		T::WeightInfo::redeem(n)
			.saturating_add(legs)
			.saturating_add(Self::basket_token_overhead(basket, fee))
	}

	/// What an `execute_rebalance` cost for `legs` (token ids of the legs it moved, in and
	/// out; `fee`: whether it issued the fee).
	pub(crate) fn rebalance_actual(basket: &Basket<T>, legs: &[TokenId], fee: bool) -> Weight {
		let n = legs.len() as u32;
		let moved = legs.iter().fold(Weight::zero(), |w, t| {
			w.saturating_add(T::Ledger::movement_overhead_of(*t))
		});
		let fee = if fee {
			T::Ledger::movement_overhead_of(basket.token)
		} else {
			Weight::zero()
		};
		T::WeightInfo::execute_rebalance(n)
			.saturating_add(moved)
			.saturating_add(T::Prices::price_weight().saturating_mul(u64::from(n)))
			.saturating_add(fee)
	}

	/// The basket token's own movement (the issuance or the burn), and the fee's if issued.
	fn basket_token_overhead(basket: &Basket<T>, fee: bool) -> Weight {
		let one = T::Ledger::movement_overhead_of(basket.token);
		if fee {
			one.saturating_mul(2)
		} else {
			one
		}
	}
}
