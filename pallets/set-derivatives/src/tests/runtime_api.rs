//! The runtime API: composition and holdings, NAV with freshness, dry runs naming every
//! refused leg

use super::*;
use vellum_primitives::oracle::Freshness;

#[test]
fn a_basket_shows_its_composition_holdings_and_collateral() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		let info = SetDerivatives::api_basket(b).expect("the basket exists");
		assert_eq!(info.token, token);
		assert_eq!(info.manager, Some(MANAGER));
		assert!(info.manager_admitted);
		assert_eq!(info.supply, 10);
		assert_eq!(info.vault, vault());
		assert_eq!(info.basket_account, Some(fund(b)));
		assert_eq!(info.rebalance, None);
		let rows: Vec<_> = info
			.components
			.iter()
			.map(|c| {
				(
					c.token,
					c.per_natural_unit,
					c.held,
					c.needed,
					c.collateral_per_natural_unit,
				)
			})
			.collect();
		assert_eq!(
			rows,
			vec![
				(a, 2, 20, 20, Some(2)),
				(bb, 3, 30, 30, Some(3)),
				(c, 5, 50, 50, Some(5)),
			]
		);
		assert_eq!(SetDerivatives::api_basket_of_token(token), Some(b));
		assert_eq!(SetDerivatives::api_basket_of_token(a), None);
		assert_eq!(SetDerivatives::api_basket(UNKNOWN), None);
	});
}

#[test]
fn nav_is_given_only_when_every_price_is_fresh_and_in_one_unit() {
	run(|| {
		let (b, _, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		set_price(a, 100);
		set_price(bb, 200);
		set_price(c, 300);
		let nav = SetDerivatives::api_nav(b).unwrap();
		assert_eq!(nav.per_natural_unit, Some(2 * 100 + 3 * 200 + 5 * 300));
		assert_eq!(nav.total, Some(20 * 100 + 30 * 200 + 50 * 300));
		assert_eq!(nav.unit, Some(EUR));
		assert!(nav.fresh);
		// C's feed stops: no NAV, and the quotes say which one and since when.
		stale_price(c, 300);
		let nav = SetDerivatives::api_nav(b).unwrap();
		assert_eq!((nav.per_natural_unit, nav.total), (None, None));
		assert!(!nav.fresh);
		assert!(matches!(
			nav.quotes[2].1.map(|q| q.freshness),
			Some(Freshness::Stale { .. })
		));
		// No feed at all for C.
		vellum_primitives::oracle::testing::TestPrices::remove(
			&vellum_primitives::oracle::FeedKey::Nav(c),
		);
		let nav = SetDerivatives::api_nav(b).unwrap();
		assert_eq!(nav.per_natural_unit, None);
		assert_eq!(nav.quotes[2].1, None);
		assert_eq!(SetDerivatives::api_nav(UNKNOWN), None);
	});
}

#[test]
fn the_dry_run_of_an_issue_names_every_refused_leg_and_changes_nothing() {
	run(|| {
		let (b, _, [a, bb, c]) = standard();
		TokenDenyList::deny(a, CHARLIE);
		TokenDenyList::deny(c, CHARLIE);
		let root = storage_root();
		let report = SetDerivatives::api_dry_run_issue(b, CHARLIE, 10).unwrap();
		assert_eq!(storage_root(), root, "a dry run leaves no trace");
		assert_eq!(report.result, Err(LEG_DENIED));
		let legs: Vec<_> = report
			.legs
			.iter()
			.map(|l| (l.token, l.amount, l.error))
			.collect();
		assert_eq!(
			legs,
			vec![
				(a, 20, Some(LEG_DENIED)),
				(bb, 30, None),
				(c, 50, Some(LEG_DENIED))
			]
		);
		assert_eq!(report.basket_token, None);
		// What the call would say is what it says.
		assert_refused(|| SetDerivatives::issue(signed(CHARLIE), b, 10), LEG_DENIED);
		// A holder of nothing: every leg refused by the ledger.
		let report = SetDerivatives::api_dry_run_issue(b, DAVE, 1).unwrap();
		assert!(report
			.legs
			.iter()
			.all(|l| l.error == Some(TokenError::InsufficientBalance.into())));
		// A fine issue.
		let report = SetDerivatives::api_dry_run_issue(b, BOB, 10).unwrap();
		assert_eq!(report.result, Ok(()));
		assert!(report.legs.iter().all(|l| l.error.is_none()));
	});
}

#[test]
fn the_dry_run_of_a_redemption_shows_what_to_forgo() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		TokenDenyList::deny(bb, BOB);
		let report = SetDerivatives::api_dry_run_redeem(b, BOB, 10, BOB, vec![]).unwrap();
		assert_eq!(report.result, Err(LEG_DENIED));
		let refused: Vec<_> = report
			.legs
			.iter()
			.filter(|l| l.error.is_some())
			.map(|l| l.token)
			.collect();
		assert_eq!(refused, vec![bb]);
		let report = SetDerivatives::api_dry_run_redeem(b, BOB, 10, BOB, vec![bb]).unwrap();
		assert_eq!(report.result, Ok(()));
		assert!(report.legs[1].forgone);
		assert_eq!(
			report
				.legs
				.iter()
				.map(|l| (l.token, l.amount))
				.collect::<Vec<_>>(),
			vec![(a, 20), (bb, 30), (c, 50)]
		);
		// The basket token's own refusal: more than BOB holds.
		let report = SetDerivatives::api_dry_run_redeem(b, BOB, 11, BOB, vec![]).unwrap();
		assert!(report.basket_token.is_some());
		assert_eq!(balance(token, BOB), 10);
	});
}
