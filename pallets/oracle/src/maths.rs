//! The pallet's arithmetic as pure functions, apart from storage: medians, deviation bands,
//! staleness, Augur's dispute stakes, dispute windows and pro-rata shares. Nothing here
//! panics or overflows: every operation is checked or saturating.

use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Perbill, Rounding};

/// The median of `values`, reordering them; `None` if there are none. For an even number of
/// values, the mean of the two middle ones (rounded down). Linear time
/// (`select_nth_unstable`).
///
/// A strict minority of values, however extreme, cannot move it outside the range of the
/// others: at least half of the values on each side of it are the majority's.
pub fn median(values: &mut [u128]) -> Option<u128> {
	let len = values.len();
	if len == 0 {
		return None;
	}
	let mid = len / 2;
	let (lower, upper, _) = values.select_nth_unstable(mid);
	let upper = *upper;
	if len % 2 == 1 {
		return Some(upper);
	}
	let below = lower.iter().copied().max().unwrap_or(upper);
	Some(mean(below, upper))
}

/// The mean of two values, rounded down, without overflow.
pub fn mean(a: u128, b: u128) -> u128 {
	(a / 2)
		.saturating_add(b / 2)
		.saturating_add((a % 2).saturating_add(b % 2) / 2)
}

/// Whether `value` lies within `band` (a part of `median`) of `median`, bounds included.
pub fn within_band(value: u128, median: u128, band: Perbill) -> bool {
	let tolerance = band.mul_floor(median);
	value.abs_diff(median) <= tolerance
}

/// The first block at which a feed with reports made at `ats` (any order) has fewer than
/// `min_reports` fresh ones, each fresh for `max_age` blocks after its block; `None` if it
/// never had `min_reports` reports. Reorders `ats`.
pub fn stale_since(ats: &mut [u64], min_reports: u32, max_age: u64) -> Option<u64> {
	let k = usize::try_from(min_reports).ok()?;
	if k == 0 || ats.len() < k {
		return None;
	}
	// The k-th newest report: the feed is fresh while it is.
	let index = ats.len().checked_sub(k)?;
	let (_, kth, _) = ats.select_nth_unstable(index);
	Some(kth.saturating_add(max_age).saturating_add(1))
}

/// Augur's stake to dispute a round for an outcome: `2*total - 3*on_outcome`, where `total`
/// is the filled stake on all outcomes and `on_outcome` the filled stake on the outcome
/// disputed for (0 if below zero; it never is for an outcome other than the tentative one,
/// which holds at least two thirds of `total`).
pub fn required_stake(total: u128, on_outcome: u128) -> u128 {
	total
		.saturating_mul(2)
		.saturating_sub(on_outcome.saturating_mul(3))
}

/// The length of the dispute window of round `round` (0: the initial report's):
/// `base * 2^round`, at most `cap`.
pub fn dispute_window(base: u64, round: u32, cap: u64) -> u64 {
	let factor = 2u64.checked_pow(round).unwrap_or(u64::MAX);
	base.saturating_mul(factor).min(cap)
}

/// `part / whole` of `amount`, rounded down; all of `amount` if `part >= whole`, nothing if
/// `whole` is 0.
pub fn pro_rata(amount: u128, part: u128, whole: u128) -> u128 {
	if whole == 0 {
		return 0;
	}
	if part >= whole {
		return amount;
	}
	multiply_by_rational_with_rounding(amount, part, whole, Rounding::Down).unwrap_or(0)
}

/// How a pot is split among `winners` equally: each one's share and what is left over.
pub fn equal_shares(pot: u128, winners: u32) -> (u128, u128) {
	if winners == 0 {
		return (0, pot);
	}
	let n = u128::from(winners);
	let share = pot / n;
	(share, pot.saturating_sub(share.saturating_mul(n)))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_median_of_an_odd_count_is_the_middle_value() {
		assert_eq!(median(&mut []), None);
		assert_eq!(median(&mut [7]), Some(7));
		assert_eq!(median(&mut [9, 1, 5]), Some(5));
		assert_eq!(median(&mut [100, 1, 3, 2, 1_000]), Some(3));
	}

	#[test]
	fn the_median_of_an_even_count_is_the_mean_of_the_middle_values() {
		assert_eq!(median(&mut [1, 2]), Some(1));
		assert_eq!(median(&mut [4, 1, 3, 2]), Some(2));
		assert_eq!(median(&mut [10, 20, 30, 40]), Some(25));
		assert_eq!(median(&mut [u128::MAX, u128::MAX]), Some(u128::MAX));
		assert_eq!(mean(u128::MAX, u128::MAX - 1), u128::MAX - 1);
	}

	#[test]
	fn a_minority_cannot_move_the_median_outside_the_honest_range() {
		// Every way of placing 0..n/2 colluding values at the extremes.
		for honest in 1..=7u32 {
			for liars in 0..honest {
				for extreme in [0u128, u128::MAX] {
					let mut values: Vec<u128> =
						(0..honest).map(|i| 1_000 + u128::from(i) * 10).collect();
					let (lo, hi) = (1_000, 1_000 + u128::from(honest - 1) * 10);
					values.extend((0..liars).map(|_| extreme));
					let m = median(&mut values).unwrap();
					assert!(
						(lo..=hi).contains(&m),
						"{liars} liars at {extreme} moved the median of {honest} to {m}"
					);
				}
			}
		}
	}

	#[test]
	fn the_band_includes_its_bounds() {
		let band = Perbill::from_percent(2);
		assert!(within_band(102, 100, band));
		assert!(within_band(98, 100, band));
		assert!(!within_band(103, 100, band));
		assert!(!within_band(97, 100, band));
		assert!(within_band(0, 0, band));
		assert!(!within_band(1, 0, band));
		assert!(within_band(u128::MAX, u128::MAX, Perbill::zero()));
	}

	#[test]
	fn a_feed_goes_stale_when_its_kth_newest_report_ages_out() {
		// Reports at 10, 20, 30; two needed, fresh for 5 blocks: fresh while 20 is, until 25.
		assert_eq!(stale_since(&mut [30, 10, 20], 2, 5), Some(26));
		assert_eq!(stale_since(&mut [30, 10, 20], 3, 5), Some(16));
		assert_eq!(stale_since(&mut [30], 2, 5), None);
		assert_eq!(stale_since(&mut [30], 0, 5), None);
		assert_eq!(stale_since(&mut [u64::MAX], 1, 5), Some(u64::MAX));
	}

	#[test]
	fn dispute_stakes_follow_augur() {
		// Initial report of 10 on A: disputing for B takes 20.
		assert_eq!(required_stake(10, 0), 20);
		// A 10, B 20: back to A takes 2*30 - 3*10 = 30.
		assert_eq!(required_stake(30, 10), 30);
		// A 40, B 20: back to B takes 2*60 - 3*20 = 60; a new outcome C takes 120.
		assert_eq!(required_stake(60, 20), 60);
		assert_eq!(required_stake(60, 0), 120);
		// Never below zero, never overflowing.
		assert_eq!(required_stake(10, 10), 0);
		assert_eq!(required_stake(u128::MAX, 0), u128::MAX);
	}

	#[test]
	fn the_stake_on_the_tentative_outcome_is_two_thirds_after_each_dispute() {
		// Fill rounds alternately for A and B and check that the next dispute's stake is
		// positive and at least the whole stake so far.
		let (mut a, mut b) = (10u128, 0u128);
		for round in 0..12 {
			let total = a + b;
			let (tentative, other) = if round % 2 == 0 { (a, b) } else { (b, a) };
			assert!(tentative * 3 >= total * 2);
			let bond = required_stake(total, other);
			assert!(bond >= total, "round {round}: {bond} < {total}");
			if round % 2 == 0 {
				b += bond;
			} else {
				a += bond;
			}
		}
	}

	#[test]
	fn windows_double_and_are_capped() {
		assert_eq!(dispute_window(10, 0, 100), 10);
		assert_eq!(dispute_window(10, 1, 100), 20);
		assert_eq!(dispute_window(10, 3, 100), 80);
		assert_eq!(dispute_window(10, 4, 100), 100);
		assert_eq!(dispute_window(10, 200, 100), 100);
		assert_eq!(dispute_window(u64::MAX, 2, u64::MAX), u64::MAX);
	}

	#[test]
	fn shares_round_down_and_never_exceed_the_amount() {
		assert_eq!(pro_rata(100, 1, 3), 33);
		assert_eq!(pro_rata(100, 3, 3), 100);
		assert_eq!(pro_rata(100, 4, 3), 100);
		assert_eq!(pro_rata(100, 1, 0), 0);
		assert_eq!(pro_rata(u128::MAX, u128::MAX - 1, u128::MAX), u128::MAX - 1);
		assert_eq!(equal_shares(10, 3), (3, 1));
		assert_eq!(equal_shares(10, 0), (0, 10));
	}
}
