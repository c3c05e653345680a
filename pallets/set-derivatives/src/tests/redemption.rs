//! Redeeming: basket units burnt first, then every component out of the vault, judged for the
//! receiver; nothing the manager does can stop it

use super::*;

#[test]
fn redeem_burns_first_then_pays_every_component() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		redeem(BOB, b, 4);
		for (t, units) in [(a, 2), (bb, 3), (c, 5)] {
			assert_eq!(balance(t, BOB), 1_000 - 6 * units);
			assert_eq!(held(b, t), 6 * units);
		}
		assert_eq!(balance(token, BOB), 6);
		assert_eq!(basket(b).supply, 6);
		assert_eq!(
			last_event(),
			Event::Redeemed {
				basket: b,
				who: BOB,
				to: BOB,
				quantity: 4,
				amounts: BoundedVec::truncate_from(vec![(a, 8), (bb, 12), (c, 20)]),
				forgone: BoundedVec::new(),
			}
		);
		// Redeeming everything empties the vault's record.
		redeem(BOB, b, 6);
		assert_eq!(VaultHoldings::<Test>::iter_prefix(b).count(), 0);
		assert_eq!(supply(token), 0);
	});
}

#[test]
fn a_holder_redeems_to_another_account() {
	run(|| {
		let (b, _, [a, ..]) = standard();
		issue(BOB, b, 10);
		assert_ok!(SetDerivatives::redeem(
			signed(BOB),
			b,
			10,
			Some(DAVE),
			no_forgo()
		));
		assert_eq!(balance(a, DAVE), 20);
		// Not to the vault: tokens reach it only by the pallet's own legs in.
		issue(BOB, b, 1);
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 1, Some(vault()), no_forgo()),
			TokenError::CustodianAccount,
		);
	});
}

#[test]
fn every_redeem_refusal_has_its_own_error_and_changes_nothing() {
	run(|| {
		let (b, token, _) = standard();
		issue(BOB, b, 10);
		issue(CHARLIE, b, 10);
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), UNKNOWN, 1, None, no_forgo()),
			Error::<Test>::UnknownBasket,
		);
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 0, None, no_forgo()),
			Error::<Test>::ZeroQuantity,
		);
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 21, None, no_forgo()),
			Error::<Test>::InsufficientSupply,
		);
		// More than BOB holds: the ledger's burn reports a short transferable balance so.
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 11, None, no_forgo()),
			TokenError::BalanceFrozen,
		);
		assert_refused(
			|| {
				SetDerivatives::redeem(
					signed(BOB),
					b,
					1,
					None,
					BoundedVec::truncate_from(vec![token]),
				)
			},
			Error::<Test>::NotAComponent,
		);
	});
}

#[test]
fn a_component_refusing_the_receiver_refuses_the_redemption_and_the_holder_has_ways_out() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		// B's rules now refuse BOB as a receiver (e.g. its KYC claim expired).
		TokenDenyList::deny(bb, BOB);
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 10, None, no_forgo()),
			LEG_DENIED,
		);
		assert_eq!(balance(token, BOB), 10, "nothing burnt");
		// To another of its accounts that qualifies...
		assert_ok!(SetDerivatives::redeem(
			signed(BOB),
			b,
			4,
			Some(DAVE),
			no_forgo()
		));
		assert_eq!(balance(bb, DAVE), 12);
		// ...or leaving B behind for the other holders.
		assert_ok!(SetDerivatives::redeem(
			signed(BOB),
			b,
			6,
			None,
			BoundedVec::truncate_from(vec![bb])
		));
		// BOB got A and C for his last 6 units (DAVE got the first 4's).
		assert_eq!(balance(a, BOB), 1_000 - 20 + 12);
		assert_eq!(balance(c, BOB), 1_000 - 50 + 30);
		assert_eq!(balance(bb, BOB), 1_000 - 30);
		assert_eq!(held(b, bb), 18, "B stays in the vault");
		assert_eq!(basket(b).supply, 0);
	});
}

#[test]
fn a_paused_component_does_not_stop_redemption() {
	run(|| {
		let (b, _, [a, ..]) = standard();
		issue(BOB, b, 10);
		assert_ok!(SecurityToken::pause(signed(ISSUER), a));
		redeem(BOB, b, 10);
		assert_eq!(balance(a, BOB), 1_000);
	});
}

#[test]
fn the_manager_cannot_stop_redemption() {
	run(|| {
		let t = tokens(2);
		mint(t[0], BOB, 1_000);
		mint(t[1], BOB, 1_000);
		let (b, token) = create(&[(t[0], 3), (t[1], 1)], 1, Perbill::from_percent(5));
		issue(BOB, b, 100);
		// Everything the manager might try:
		// - raise the fee (only the holders may);
		assert_refused(
			|| SetDerivatives::set_fee(signed(MANAGER), b, Perbill::from_percent(10)),
			Error::<Test>::FeeRaiseNeedsHolders,
		);
		// - pause or freeze the basket token (withheld; needs the ledger change);
		assert!(SecurityToken::pause(signed(MANAGER), token).is_err());
		assert!(SecurityToken::freeze_account(signed(MANAGER), token, BOB).is_err());
		// - make the fee unissuable (its own rules refuse it as a receiver) with fee due;
		TokenDenyList::deny(token, MANAGER);
		advance(crate::maths::YEAR_MS / 2);
		// - propose a rebalance.
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			comps(&[(t[0], 1)]),
			AP,
			Perbill::zero()
		));
		// BOB still redeems everything he holds; the fee stays due.
		let units = balance(token, BOB);
		redeem(BOB, b, units);
		assert_eq!(balance(token, BOB), 0);
		assert_eq!(
			basket(b).last_accrual,
			START,
			"the fee was not issued, and is still due"
		);
	});
}

#[test]
fn forgone_components_raise_the_collateral_of_the_other_holders() {
	run(|| {
		let (b, _, [a, bb, _]) = standard();
		issue(BOB, b, 10);
		issue(CHARLIE, b, 10);
		assert_ok!(SetDerivatives::redeem(
			signed(BOB),
			b,
			10,
			None,
			BoundedVec::truncate_from(vec![a])
		));
		// A: 40 held for 10 units (4 per unit, 2 needed); B: 30 for 10 (3 per unit).
		assert_eq!(held(b, a), 40);
		assert_eq!(held(b, bb), 30);
		let info = SetDerivatives::api_basket(b).unwrap();
		assert_eq!(info.components[0].collateral_per_natural_unit, Some(4));
		assert_eq!(info.components[0].per_natural_unit, 2);
	});
}
