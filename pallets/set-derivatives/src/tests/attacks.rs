//! Griefing and theft attempts: splitting redemptions, moving tokens around the pallet, one
//! basket's holders taking another's collateral, a component issuer blocking a basket

use super::*;

#[test]
fn splitting_a_redemption_never_pays_more_than_redeeming_at_once() {
	run(|| {
		let t = tokens(1);
		mint(t[0], BOB, 1_000);
		let (b, _) = create(&[(t[0], 7)], 3, Perbill::zero());
		issue(BOB, b, 30);
		assert_eq!(held(b, t[0]), 70);
		// Thirty redemptions of one unit: floor(7/3) = 2 each.
		for _ in 0..30 {
			redeem(BOB, b, 1);
		}
		assert_eq!(balance(t[0], BOB), 1_000 - 70 + 60);
		assert_eq!(held(b, t[0]), 10, "the rounding stays with the basket");
	});
}

#[test]
fn nobody_moves_tokens_into_or_out_of_the_vault_but_the_pallet() {
	run(|| {
		let (b, _, [a, ..]) = standard();
		issue(BOB, b, 10);
		assert_refused(
			|| SecurityToken::transfer(signed(BOB), a, vault(), 1),
			TokenError::CustodianAccount,
		);
		// Not even the network, nor the component's controller, takes from the vault.
		let reason = || BoundedVec::truncate_from(b"court".to_vec());
		assert_refused(
			|| SecurityToken::force_transfer(RuntimeOrigin::root(), a, vault(), BOB, 1, reason()),
			TokenError::CustodianAccount,
		);
		assert_refused(
			|| SecurityToken::force_transfer(signed(ISSUER), a, vault(), BOB, 1, reason()),
			TokenError::CustodianAccount,
		);
		assert_refused(
			|| SecurityToken::freeze_account(signed(ISSUER), a, vault()),
			TokenError::CustodianAccount,
		);
	});
}

#[test]
fn one_baskets_holders_cannot_take_anothers_collateral() {
	run(|| {
		let t = tokens(1);
		mint(t[0], BOB, 1_000);
		mint(t[0], CHARLIE, 1_000);
		let (b1, _) = create(&[(t[0], 2)], 1, Perbill::zero());
		let (b2, _) = create(&[(t[0], 4)], 1, Perbill::zero());
		issue(BOB, b1, 10);
		issue(CHARLIE, b2, 10);
		assert_eq!(balance(t[0], vault()), 60);
		// BOB redeems all of b1: the vault keeps b2's 40, and b1 can pay no more.
		redeem(BOB, b1, 10);
		assert_eq!((held(b1, t[0]), held(b2, t[0])), (0, 40));
		assert_eq!(balance(t[0], vault()), 40);
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b1, 1, None, no_forgo()),
			Error::<Test>::InsufficientSupply,
		);
	});
}

#[test]
fn a_donation_to_a_basket_account_changes_no_basket() {
	run(|| {
		let (b, _, [a, ..]) = standard();
		issue(BOB, b, 10);
		// The basket account is an ordinary (keyless) account of the ledger: a transfer to it
		// is a gift nobody can spend, and no part of the vault's record.
		assert_ok!(SecurityToken::transfer(signed(CHARLIE), a, fund(b), 5));
		assert_eq!(held(b, a), 20);
		redeem(BOB, b, 10);
		assert_eq!(balance(a, BOB), 1_000);
		assert_eq!(balance(a, fund(b)), 5);
	});
}

#[test]
fn a_component_issuer_blocking_the_basket_blocks_only_its_component() {
	run(|| {
		let (b, _, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		// C's freezer freezes the basket account: C can neither come in nor go out.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), c, fund(b)));
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 10, None, no_forgo()),
			TokenError::SenderFrozen,
		);
		// The holders leave C behind and take the rest.
		assert_ok!(SetDerivatives::redeem(
			signed(BOB),
			b,
			10,
			None,
			BoundedVec::truncate_from(vec![c])
		));
		assert_eq!((balance(a, BOB), balance(bb, BOB)), (1_000, 1_000));
		assert_eq!(held(b, c), 50);
	});
}

#[test]
fn only_the_holders_own_resolution_or_the_network_pauses_redemption() {
	run(|| {
		let (b, token, _) = standard();
		issue(BOB, b, 10);
		assert_ok!(SecurityToken::pause(holders_origin(token), token));
		assert_refused(
			|| SetDerivatives::redeem(signed(BOB), b, 10, None, no_forgo()),
			TokenError::TokenPaused,
		);
		assert_ok!(SecurityToken::unpause(RuntimeOrigin::root(), token));
		redeem(BOB, b, 10);
	});
}

#[test]
fn a_participant_cannot_take_more_value_than_it_delivers() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		issue(BOB, b, 10);
		// A rebalance that drops every component but A, priced so that the participant would
		// receive B and C (worth 8 000) for nothing.
		for t in [a, bb, c] {
			set_price(t, 100);
		}
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			comps(&[(a, 2)]),
			AP,
			Perbill::from_percent(5)
		));
		assert_ok!(SetDerivatives::approve_rebalance(
			holders_origin(token),
			b,
			0
		));
		assert_refused(
			|| SetDerivatives::execute_rebalance(signed(AP), b, 0),
			Error::<Test>::SlippageExceeded,
		);
	});
}
