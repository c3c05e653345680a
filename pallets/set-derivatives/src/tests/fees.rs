//! The streaming fee: new units to the manager, the multiplier lowered so that collateral per
//! unit stays honest; accrual before every issue and redeem, never stopping them

use super::*;
use crate::maths::YEAR_MS;

/// A basket of one component (2 per unit) with a 10% fee; BOB issued 900 units.
fn feed_basket() -> (BasketId, TokenId, TokenId) {
	let t = tokens(1);
	mint(t[0], BOB, 10_000);
	mint(t[0], CHARLIE, 10_000);
	let (b, token) = create(&[(t[0], 2)], 1, Perbill::from_percent(10));
	issue(BOB, b, 900);
	(b, token, t[0])
}

#[test]
fn a_year_of_fee_gives_the_manager_its_share_and_dilutes_every_unit_exactly() {
	run(|| {
		let (b, token, c) = feed_basket();
		advance(YEAR_MS);
		assert_ok!(SetDerivatives::accrue_fee(signed(NOBODY), b));
		// 10% of the new supply: 100 of 1 000.
		assert_eq!(balance(token, MANAGER), 100);
		assert_eq!(basket(b).supply, 1_000);
		assert_eq!(basket(b).multiplier, PRECISE_UNIT / 10 * 9);
		assert_eq!(
			last_event(),
			Event::FeeAccrued {
				basket: b,
				to: MANAGER,
				units: 100,
				multiplier: PRECISE_UNIT / 10 * 9,
			}
		);
		// The vault holds 1 800; together the holders redeem exactly that.
		redeem(BOB, b, 900);
		assert_eq!(balance(c, BOB), 10_000 - 1_800 + 1_620);
		redeem(MANAGER, b, 100);
		assert_eq!(balance(c, MANAGER), 180);
		assert_eq!(held(b, c), 0);
	});
}

#[test]
fn nothing_to_accrue_is_an_error_and_the_time_keeps_counting() {
	run(|| {
		let (b, _, _) = standard();
		issue(BOB, b, 10);
		assert_refused(
			|| SetDerivatives::accrue_fee(signed(NOBODY), b),
			Error::<Test>::NothingToAccrue,
		);
		assert_refused(
			|| SetDerivatives::accrue_fee(signed(NOBODY), UNKNOWN),
			Error::<Test>::UnknownBasket,
		);

		let (b, token, _) = feed_basket();
		// A millisecond of 10% on 900 units is less than a unit.
		advance(1);
		assert_refused(
			|| SetDerivatives::accrue_fee(signed(NOBODY), b),
			Error::<Test>::NothingToAccrue,
		);
		assert_eq!(basket(b).last_accrual, START, "the clock did not restart");
		advance(YEAR_MS - 1);
		assert_ok!(SetDerivatives::accrue_fee(signed(NOBODY), b));
		assert_eq!(balance(token, MANAGER), 100, "the whole year was counted");
	});
}

#[test]
fn accruing_often_moves_the_fee_only_towards_its_continuous_rate() {
	run(|| {
		let t = tokens(1);
		mint(t[0], BOB, 2_000_000);
		let (yearly, yearly_token) = create(&[(t[0], 1)], 1, Perbill::from_percent(10));
		let (monthly, monthly_token) = create(&[(t[0], 1)], 1, Perbill::from_percent(10));
		issue(BOB, yearly, 1_000_000);
		issue(BOB, monthly, 1_000_000);
		for _ in 0..12 {
			advance(YEAR_MS / 12);
			assert_ok!(SetDerivatives::accrue_fee(signed(NOBODY), monthly));
		}
		assert_ok!(SetDerivatives::accrue_fee(signed(NOBODY), yearly));
		let (y, m) = (
			balance(yearly_token, MANAGER),
			balance(monthly_token, MANAGER),
		);
		assert_eq!(y, 111_111);
		// (120/119)^12 - 1 = 10.56%: less than the nominal 11.11%, more than continuous
		// accrual's e^0.1 - 1 = 10.52%.
		assert!((105_000..106_000).contains(&m), "monthly accruals gave {m}");
	});
}

#[test]
fn the_manager_lowers_the_fee_and_only_the_holders_raise_it() {
	run(|| {
		let (b, token, _) = feed_basket();
		assert_ok!(SetDerivatives::set_fee(
			signed(MANAGER),
			b,
			Perbill::from_percent(5)
		));
		assert_eq!(basket(b).fee, Perbill::from_percent(5));
		assert_eq!(
			last_event(),
			Event::FeeSet {
				basket: b,
				fee: Perbill::from_percent(5),
				by_holders: false,
			}
		);
		assert_refused(
			|| SetDerivatives::set_fee(signed(MANAGER), b, Perbill::from_percent(6)),
			Error::<Test>::FeeRaiseNeedsHolders,
		);
		assert_refused(
			|| SetDerivatives::set_fee(signed(BOB), b, Perbill::from_percent(1)),
			Error::<Test>::NotManager,
		);
		assert_refused(
			|| SetDerivatives::set_fee(holders_origin(token), b, Perbill::from_percent(11)),
			Error::<Test>::FeeTooHigh,
		);
		assert_ok!(SetDerivatives::set_fee(
			holders_origin(token),
			b,
			Perbill::from_percent(10)
		));
		assert_eq!(basket(b).fee, Perbill::from_percent(10));
	});
}

#[test]
fn a_new_fee_does_not_apply_to_the_time_before_it() {
	run(|| {
		let (b, token, _) = feed_basket();
		advance(YEAR_MS);
		// Lowering to zero accrues the year at 10% first.
		assert_ok!(SetDerivatives::set_fee(signed(MANAGER), b, Perbill::zero()));
		assert_eq!(balance(token, MANAGER), 100);
		advance(YEAR_MS);
		assert_refused(
			|| SetDerivatives::accrue_fee(signed(NOBODY), b),
			Error::<Test>::NothingToAccrue,
		);
	});
}

#[test]
fn the_fee_accrues_before_an_issue_so_newcomers_do_not_pay_the_past() {
	run(|| {
		let (b, token, c) = feed_basket();
		advance(YEAR_MS);
		issue(CHARLIE, b, 100);
		assert_eq!(balance(token, MANAGER), 100);
		// 100 units at the diluted multiplier: 100 * 2 * 0.9.
		assert_eq!(balance(c, CHARLIE), 10_000 - 180);
	});
}

#[test]
fn a_fee_that_cannot_be_issued_never_stops_issue_or_redeem() {
	run(|| {
		let (b, token, c) = feed_basket();
		TokenDenyList::deny(token, MANAGER);
		advance(YEAR_MS);
		issue(CHARLIE, b, 100);
		assert_eq!(balance(c, CHARLIE), 10_000 - 200, "at the old multiplier");
		redeem(BOB, b, 100);
		assert_eq!(basket(b).last_accrual, START, "the fee is still due");
		assert_eq!(balance(token, MANAGER), 0);
		TokenDenyList::clear();
		assert_ok!(SetDerivatives::accrue_fee(signed(NOBODY), b));
		assert_eq!(
			balance(token, MANAGER),
			100,
			"900 units outstanding: a ninth of them"
		);
	});
}

#[test]
fn a_removed_manager_gets_no_fee_and_a_new_one_does() {
	run(|| {
		let (b, token, _) = feed_basket();
		advance(YEAR_MS);
		assert_ok!(SecurityToken::remove_issuer(RuntimeOrigin::root(), MANAGER));
		assert_refused(
			|| SetDerivatives::accrue_fee(signed(NOBODY), b),
			Error::<Test>::NoManager,
		);
		// The network hands the basket token to another issuer: the new manager.
		assert_ok!(SecurityToken::hand_over(
			RuntimeOrigin::root(),
			token,
			ISSUER
		));
		assert_ok!(SetDerivatives::accrue_fee(signed(NOBODY), b));
		assert_eq!(balance(token, ISSUER), 100);
		assert_ok!(SetDerivatives::set_fee(signed(ISSUER), b, Perbill::zero()));
	});
}
