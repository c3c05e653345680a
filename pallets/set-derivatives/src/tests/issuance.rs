//! Issuing: every component into the vault, judged on each leg, then the basket token

use super::*;

#[test]
fn issue_moves_every_component_into_the_vault_and_issues_the_basket_token() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		let holders_before = holders(a);
		issue(BOB, b, 10);
		for (t, units) in [(a, 2), (bb, 3), (c, 5)] {
			assert_eq!(balance(t, BOB), 1_000 - 10 * units);
			assert_eq!(balance(t, vault()), 10 * units);
			assert_eq!(held(b, t), 10 * units);
			// The basket account holds nothing on the ledger: the vault holds for it.
			assert_eq!(balance(t, fund(b)), 0);
		}
		// The vault is never counted as a holder.
		assert_eq!(holders(a), holders_before);
		assert_eq!(balance(token, BOB), 10);
		assert_eq!(supply(token), 10);
		assert_eq!(basket(b).supply, 10);
		assert_eq!(
			last_event(),
			Event::Issued {
				basket: b,
				who: BOB,
				quantity: 10,
				amounts: BoundedVec::truncate_from(vec![(a, 20), (bb, 30), (c, 50)]),
			}
		);
	});
}

#[test]
fn issue_is_in_multiples_of_the_natural_unit() {
	run(|| {
		let t = tokens(1);
		mint(t[0], BOB, 1_000);
		let (b, _) = create(&[(t[0], 7)], 10, Perbill::zero());
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b, 15),
			Error::<Test>::NotNaturalUnitMultiple,
		);
		issue(BOB, b, 20);
		assert_eq!(held(b, t[0]), 14);
	});
}

#[test]
fn every_issue_refusal_has_its_own_error_and_changes_nothing() {
	run(|| {
		let (b, _, [a, ..]) = standard();
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), UNKNOWN, 1),
			Error::<Test>::UnknownBasket,
		);
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b, 0),
			Error::<Test>::ZeroQuantity,
		);
		// DAVE holds no component: the ledger's own error.
		assert_refused(
			|| SetDerivatives::issue(signed(DAVE), b, 1),
			TokenError::InsufficientBalance,
		);
		// More than BOB holds of C (5 per unit, 1 000 held).
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b, 201),
			TokenError::InsufficientBalance,
		);
		// A paused component refuses new deposits.
		assert_ok!(SecurityToken::pause(signed(ISSUER), a));
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b, 1),
			TokenError::TokenPaused,
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), a));
		// A frozen holder cannot deliver.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), a, BOB));
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b, 1),
			TokenError::SenderFrozen,
		);
	});
}

#[test]
fn a_refused_component_leg_refuses_the_whole_call() {
	run(|| {
		let (b, token, [a, bb, c]) = standard();
		// B's rules refuse CHARLIE as a sender: A's leg, before B's, is undone too.
		TokenDenyList::deny(bb, CHARLIE);
		assert_refused(|| SetDerivatives::issue(signed(CHARLIE), b, 10), LEG_DENIED);
		assert_eq!(balance(a, CHARLIE), 1_000);
		assert_eq!(held(b, a), 0);
		assert_eq!(supply(token), 0);
		// BOB is not concerned.
		issue(BOB, b, 10);
		assert_eq!(held(b, c), 50);
	});
}

#[test]
fn the_basket_account_is_judged_as_the_receiver_of_every_leg_in() {
	run(|| {
		let (b, _, [_, _, c]) = standard();
		// C's issuer does not admit the basket as a holder: nobody can put C in.
		TokenDenyList::deny(c, fund(b));
		assert_refused(|| SetDerivatives::issue(signed(BOB), b, 1), LEG_DENIED);
		assert_refused(|| SetDerivatives::issue(signed(CHARLIE), b, 1), LEG_DENIED);
		// A component's freezer freezing the basket account has the same effect.
		TokenDenyList::clear();
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), c, fund(b)));
		assert_refused(
			|| SetDerivatives::issue(signed(BOB), b, 1),
			TokenError::ReceiverFrozen,
		);
	});
}

#[test]
fn the_basket_tokens_own_rules_judge_its_issuance() {
	run(|| {
		let (b, token, [a, ..]) = standard();
		TokenDenyList::deny(token, CHARLIE);
		assert_refused(|| SetDerivatives::issue(signed(CHARLIE), b, 1), LEG_DENIED);
		assert_eq!(balance(a, CHARLIE), 1_000, "the components went back");
		issue(BOB, b, 1);
	});
}
