//! The basket's arithmetic, as pure functions over `u128`: component amounts (rounded in the
//! basket's favour), the streaming fee and the multiplier it leaves, values at oracle prices.
//! Every function returns `None` instead of overflowing; callers turn that into an error.
//!
//! Why the rounding keeps a basket over-collateralised: with `x = units * multiplier /
//! (natural_unit * PRECISE_UNIT)` per basket unit, the vault must hold `need(S) = ceil(S * x)`
//! of a component for a supply `S`. Issuing `q` takes `ceil(q * x)` from the holder and
//! `ceil(S x) + ceil(q x) >= ceil((S + q) x)`; redeeming `q` pays `floor(q * x)` and
//! `ceil(S x) - floor(q x) >= ceil((S - q) x)`; the fee issues `f` units and lowers the
//! multiplier to `floor(m * S / (S + f))`, so `(S + f) * m' <= S * m` and `need` does not
//! grow. So `holding >= need(supply)` holds after every step (`do_try_state` checks it).

use crate::types::{Round, PRECISE_UNIT};
use sp_core::U512;
use sp_runtime::{PerThing, Perbill};

/// Milliseconds in a year of 365.25 days: the fee's period.
pub const YEAR_MS: u64 = 31_557_600_000;

/// `a * b * c / (d * e)`, rounded as `round`; `None` if the divisor is zero or the result does
/// not fit in `u128`. Exact: the products are taken in 512 bits.
pub fn mul_div(a: u128, b: u128, c: u128, d: u128, e: u128, round: Round) -> Option<u128> {
	let num = U512::from(a)
		.checked_mul(U512::from(b))?
		.checked_mul(U512::from(c))?;
	let den = U512::from(d).checked_mul(U512::from(e))?;
	if den.is_zero() {
		return None;
	}
	let (quotient, remainder) = num.div_mod(den);
	let quotient = match round {
		Round::Up if !remainder.is_zero() => quotient.checked_add(U512::from(1u8))?,
		_ => quotient,
	};
	u128::try_from(quotient).ok()
}

/// The amount of a component (`units` per natural unit) for `quantity` basket units at
/// `multiplier`: rounded up for what a holder delivers or the vault must hold, down for what
/// a holder receives.
pub fn component_amount(
	quantity: u128,
	units: u128,
	multiplier: u128,
	natural_unit: u128,
	round: Round,
) -> Option<u128> {
	mul_div(
		quantity,
		units,
		multiplier,
		natural_unit,
		PRECISE_UNIT,
		round,
	)
}

/// The basket units a streaming fee of `annual` issues for `elapsed_ms` on `supply`: the
/// manager then owns the fee's share `p = annual * elapsed / year` of the new supply
/// (`f = S * p / (1 - p)`, {Set} v2's `StreamingFeeModule`), rounded down. At most one year
/// is counted per accrual. `None` if `annual` is 100% or the result overflows.
pub fn streaming_fee(supply: u128, annual: Perbill, elapsed_ms: u64) -> Option<u128> {
	let elapsed = u128::from(elapsed_ms.min(YEAR_MS));
	let parts = u128::from(annual.deconstruct());
	// p = parts * elapsed / (1e9 * YEAR): both fit easily in u128 (< 2^66).
	let p_num = parts.checked_mul(elapsed)?;
	let p_den = u128::from(Perbill::ACCURACY).checked_mul(u128::from(YEAR_MS))?;
	let rest = p_den.checked_sub(p_num)?;
	if rest == 0 {
		return None;
	}
	mul_div(supply, p_num, 1, rest, 1, Round::Down)
}

/// The multiplier after `supply` grew to `new_supply` by fee units: `floor(multiplier *
/// supply / new_supply)`, so no component needs more collateral than before. `None` if
/// `new_supply` is zero.
pub fn diluted_multiplier(multiplier: u128, supply: u128, new_supply: u128) -> Option<u128> {
	mul_div(multiplier, supply, 1, new_supply, 1, Round::Down)
}

/// `amount * price`, `None` on overflow.
pub fn value(amount: u128, price: u128) -> Option<u128> {
	amount.checked_mul(price)
}

#[cfg(test)]
mod tests {
	use super::*;

	const P: u128 = PRECISE_UNIT;

	#[test]
	fn amounts_round_in_the_baskets_favour() {
		// 7 units per natural unit of 3: one basket unit is 7/3 = 2.33...
		assert_eq!(component_amount(1, 7, P, 3, Round::Up), Some(3));
		assert_eq!(component_amount(1, 7, P, 3, Round::Down), Some(2));
		// Exact amounts are not rounded.
		assert_eq!(component_amount(3, 7, P, 3, Round::Up), Some(7));
		assert_eq!(component_amount(3, 7, P, 3, Round::Down), Some(7));
		// A halved multiplier halves the amount.
		assert_eq!(component_amount(4, 7, P / 2, 1, Round::Up), Some(14));
	}

	#[test]
	fn large_operands_do_not_overflow_when_the_result_fits() {
		let big = u128::MAX / 2;
		assert_eq!(component_amount(big, 2, P, 2, Round::Up), Some(big));
		assert_eq!(
			component_amount(u128::MAX, u128::MAX, P, u128::MAX, Round::Down),
			Some(u128::MAX)
		);
		// A result beyond u128 is None, not a wrap.
		assert_eq!(component_amount(u128::MAX, 2, P, 1, Round::Up), None);
		// A zero divisor is None, not a panic.
		assert_eq!(component_amount(1, 1, P, 0, Round::Up), None);
	}

	#[test]
	fn the_fee_gives_the_manager_its_share_of_the_new_supply() {
		// 10% for a whole year on 900 units: 100 new units, a tenth of 1 000.
		assert_eq!(
			streaming_fee(900, Perbill::from_percent(10), YEAR_MS),
			Some(100)
		);
		// Half a year of 10%: p = 5%, f = 1 000 * 0.05 / 0.95 = 52.6 -> 52.
		assert_eq!(
			streaming_fee(1_000, Perbill::from_percent(10), YEAR_MS / 2),
			Some(52)
		);
		// More than a year counts as one.
		assert_eq!(
			streaming_fee(900, Perbill::from_percent(10), 5 * YEAR_MS),
			Some(100)
		);
		assert_eq!(streaming_fee(900, Perbill::zero(), YEAR_MS), Some(0));
		// A fee of 100% a year is refused, not a division by zero.
		assert_eq!(streaming_fee(900, Perbill::one(), YEAR_MS), None);
	}

	#[test]
	fn the_diluted_multiplier_never_raises_what_the_vault_must_hold() {
		for (supply, fee) in [(1u128, 1u128), (3, 1), (1_000, 7), (999_983, 13)] {
			let m = diluted_multiplier(P, supply, supply + fee).unwrap();
			for units in [1u128, 2, 7, 1_000_003] {
				for nu in [1u128, 3, 10] {
					let before = component_amount(supply, units, P, nu, Round::Up).unwrap();
					let after = component_amount(supply + fee, units, m, nu, Round::Up).unwrap();
					assert!(
						after <= before,
						"supply {supply} fee {fee} units {units} nu {nu}"
					);
				}
			}
		}
	}

	mod props {
		use super::*;
		use proptest::prelude::*;

		fn config() -> ProptestConfig {
			ProptestConfig {
				cases: 256,
				failure_persistence: None,
				..ProptestConfig::default()
			}
		}

		proptest! {
			#![proptest_config(config())]

			/// Issuing `q` and redeeming `q` never returns more than was delivered, and the
			/// vault keeps at least what the remaining supply needs.
			#[test]
			fn issue_then_redeem_never_gains(
				supply in 0u128..1_000_000,
				q in 1u128..1_000_000,
				units in prop_oneof![Just(1u128), Just(7), Just(1_000_003), 1u128..u64::MAX as u128],
				nu in prop_oneof![Just(1u128), Just(3), Just(97), 1u128..1_000_000],
				m in (P / 2)..=P,
			) {
				let need = |s| component_amount(s, units, m, nu, Round::Up).unwrap();
				let held = need(supply);
				let delivered = component_amount(q, units, m, nu, Round::Up).unwrap();
				let paid = component_amount(q, units, m, nu, Round::Down).unwrap();
				prop_assert!(paid <= delivered);
				prop_assert!(held + delivered >= need(supply + q));
				prop_assert!(held + delivered - paid >= need(supply));
			}
		}
	}
}
