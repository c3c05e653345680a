//! Rounding with awkward units (1, primes, large): issue rounds up, redeem rounds down, so the
//! basket stays over-collateralised and nobody gains by issuing and redeeming

use super::*;

#[test]
fn a_unit_of_one_per_natural_unit_of_three() {
	run(|| {
		let t = tokens(1);
		mint(t[0], BOB, 100);
		let (b, token) = create(&[(t[0], 1)], 3, Perbill::zero());
		issue(BOB, b, 3);
		assert_eq!(held(b, t[0]), 1);
		// One basket unit is a third of a component unit: redeeming it pays nothing of it,
		// and the vault keeps what the remaining two units need.
		redeem(BOB, b, 1);
		assert_eq!(balance(t[0], BOB), 99);
		assert_eq!(held(b, t[0]), 1);
		assert_eq!(balance(token, BOB), 2);
		redeem(BOB, b, 2);
		assert_eq!(
			balance(t[0], BOB),
			99,
			"two thirds round down to nothing too"
		);
		assert_eq!(held(b, t[0]), 1, "the dust stays with the basket");
	});
}

#[test]
fn prime_units_and_natural_unit() {
	run(|| {
		let t = tokens(2);
		mint(t[0], BOB, 10_000);
		mint(t[1], BOB, 10_000);
		let (b, _) = create(&[(t[0], 7), (t[1], 13)], 97, Perbill::zero());
		issue(BOB, b, 97 * 3);
		assert_eq!((held(b, t[0]), held(b, t[1])), (21, 39));
		// 100 redemptions of one unit each pay floor(7/97) = floor(13/97) = 0 every time.
		for _ in 0..100 {
			redeem(BOB, b, 1);
		}
		assert_eq!((held(b, t[0]), held(b, t[1])), (21, 39));
		// One redemption of 50 pays floor(350/97) = 3 and floor(650/97) = 6.
		redeem(BOB, b, 50);
		assert_eq!((held(b, t[0]), held(b, t[1])), (18, 33));
		// Whatever is left covers the remaining 141 units, rounded up: 11 and 19.
		assert!(held(b, t[0]) >= 11 && held(b, t[1]) >= 19);
	});
}

#[test]
fn large_units_are_exact_and_overflow_is_an_error() {
	run(|| {
		let t = tokens(1);
		let big: Balance = 10u128.pow(24);
		mint(t[0], BOB, 5 * big);
		let (b, _) = create(&[(t[0], big)], 1, Perbill::zero());
		issue(BOB, b, 3);
		assert_eq!(held(b, t[0]), 3 * big);
		redeem(BOB, b, 3);
		assert_eq!(balance(t[0], BOB), 5 * big);

		let huge = u128::MAX / 2;
		let (b2, _) = create(&[(t[0], huge)], 1, Perbill::zero());
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b2, 3),
			Error::<Test>::Overflow,
		);
	});
}

#[test]
fn issuing_and_redeeming_the_same_quantity_never_gains() {
	run(|| {
		let t = tokens(3);
		for token in &t {
			mint(*token, BOB, 10_000_000);
		}
		let (b, _) = create(
			&[(t[0], 1), (t[1], 7), (t[2], 1_000_003)],
			3,
			Perbill::zero(),
		);
		// Another holder first, so BOB's rounding meets a non-empty vault.
		for token in &t {
			mint(*token, CHARLIE, 10_000_000);
		}
		issue(CHARLIE, b, 3);
		let before: Vec<Balance> = t.iter().map(|x| balance(*x, BOB)).collect();
		issue(BOB, b, 3);
		for q in [1, 1, 1] {
			redeem(BOB, b, q);
		}
		for (i, token) in t.iter().enumerate() {
			assert!(balance(*token, BOB) <= before[i], "BOB gained {token}");
		}
	});
}
