//! Rebalancing: proposed by the manager, approved by the holders, carried out as an in-kind
//! swap with the participant at oracle prices within the slippage

use super::*;
use vellum_primitives::oracle::{FeedKey, Freshness, PriceQuote, Unit};

/// The standard basket with BOB's 10 units (A 20, B 30, C 50 in the vault), a new component
/// D that AP holds, every price 100, and a proposal to replace B (3 per unit) by D (3 per
/// unit). Returns (basket, basket token, [A, B, C, D]).
fn proposed() -> (BasketId, TokenId, [TokenId; 4]) {
	let (b, token, [a, bb, c]) = standard();
	issue(BOB, b, 10);
	let d = tokens(1)[0];
	mint(d, AP, 1_000);
	for t in [a, bb, c, d] {
		set_price(t, 100);
	}
	assert_ok!(SetDerivatives::propose_rebalance(
		signed(MANAGER),
		b,
		comps(&[(a, 2), (c, 5), (d, 3)]),
		AP,
		Perbill::from_percent(1),
	));
	(b, token, [a, bb, c, d])
}

fn approve(b: BasketId, token: TokenId, id: crate::RebalanceId) {
	assert_ok!(SetDerivatives::approve_rebalance(
		holders_origin(token),
		b,
		id
	));
}

#[test]
fn an_approved_rebalance_is_carried_out_as_an_in_kind_swap() {
	run(|| {
		let (b, token, [a, bb, c, d]) = proposed();
		assert_eq!(
			deposit_held(HoldReason::RebalanceDeposit, MANAGER),
			REBALANCE_DEPOSIT
		);
		approve(b, token, 0);
		assert_eq!(
			last_event(),
			Event::RebalanceApproved {
				basket: b,
				id: 0,
				until: 1 + REBALANCE_PERIOD,
			}
		);
		assert_ok!(SetDerivatives::execute_rebalance(signed(AP), b, 0));
		// AP delivered D and received B.
		assert_eq!((balance(d, AP), balance(bb, AP)), (1_000 - 30, 30));
		assert_eq!(
			(held(b, a), held(b, bb), held(b, c), held(b, d)),
			(20, 0, 50, 30)
		);
		assert_eq!(basket(b).components, comps(&[(a, 2), (c, 5), (d, 3)]));
		assert!(Rebalances::<Test>::get(b).is_none());
		assert_eq!(deposit_held(HoldReason::RebalanceDeposit, MANAGER), 0);
		assert_eq!(
			last_event(),
			Event::Rebalanced {
				basket: b,
				id: 0,
				participant: AP,
				delivered: BoundedVec::truncate_from(vec![(d, 30)]),
				paid: BoundedVec::truncate_from(vec![(bb, 30)]),
				value_in: 3_000,
				value_out: 3_000,
			}
		);
		// Redemption pays the new composition.
		redeem(BOB, b, 10);
		assert_eq!(balance(d, BOB), 30);
	});
}

#[test]
fn every_proposal_refusal_has_its_own_error() {
	run(|| {
		let (b, token, [a, ..]) = standard();
		let ok = || comps(&[(a, 1)]);
		assert_refused(
			|| SetDerivatives::propose_rebalance(signed(BOB), b, ok(), AP, Perbill::zero()),
			Error::<Test>::NotManager,
		);
		assert_refused(
			|| {
				SetDerivatives::propose_rebalance(
					signed(MANAGER),
					UNKNOWN,
					ok(),
					AP,
					Perbill::zero(),
				)
			},
			Error::<Test>::UnknownBasket,
		);
		assert_refused(
			|| {
				SetDerivatives::propose_rebalance(
					signed(MANAGER),
					b,
					ok(),
					AP,
					Perbill::from_percent(6),
				)
			},
			Error::<Test>::SlippageTooHigh,
		);
		assert_refused(
			|| {
				SetDerivatives::propose_rebalance(
					signed(MANAGER),
					b,
					comps(&[(token, 1)]),
					AP,
					Perbill::zero(),
				)
			},
			Error::<Test>::NestedBasket,
		);
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			ok(),
			AP,
			Perbill::zero()
		));
		assert_refused(
			|| SetDerivatives::propose_rebalance(signed(MANAGER), b, ok(), AP, Perbill::zero()),
			Error::<Test>::RebalancePending,
		);
	});
}

#[test]
fn only_the_holders_approve_and_only_the_number_they_voted_on() {
	run(|| {
		let (b, token, [a, ..]) = proposed();
		assert_refused(
			|| SetDerivatives::approve_rebalance(signed(MANAGER), b, 0),
			DispatchError::BadOrigin,
		);
		assert_refused(
			|| SetDerivatives::approve_rebalance(holders_origin(token), UNKNOWN, 0),
			Error::<Test>::UnknownBasket,
		);
		assert_refused(
			|| SetDerivatives::approve_rebalance(holders_origin(token), b, 1),
			Error::<Test>::WrongRebalance,
		);
		// The manager replaces the proposal while the holders vote on number 0.
		assert_ok!(SetDerivatives::cancel_rebalance(signed(MANAGER), b));
		assert_refused(
			|| SetDerivatives::approve_rebalance(holders_origin(token), b, 0),
			Error::<Test>::NoRebalance,
		);
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			comps(&[(a, 1)]),
			AP,
			Perbill::zero()
		));
		assert_refused(
			|| SetDerivatives::approve_rebalance(holders_origin(token), b, 0),
			Error::<Test>::WrongRebalance,
		);
		approve(b, token, 1);
		assert_refused(
			|| SetDerivatives::approve_rebalance(holders_origin(token), b, 1),
			Error::<Test>::AlreadyApproved,
		);
	});
}

#[test]
fn every_execution_refusal_has_its_own_error_and_moves_nothing() {
	run(|| {
		let (b, token, [_, bb, _, d]) = proposed();
		let execute = |who| SetDerivatives::execute_rebalance(signed(who), b, 0);
		assert_refused(|| execute(AP), Error::<Test>::NotApproved);
		approve(b, token, 0);
		assert_refused(|| execute(BOB), Error::<Test>::NotParticipant);
		assert_refused(
			|| SetDerivatives::execute_rebalance(signed(AP), b, 1),
			Error::<Test>::WrongRebalance,
		);
		assert_refused(
			|| SetDerivatives::execute_rebalance(signed(AP), UNKNOWN, 0),
			Error::<Test>::UnknownBasket,
		);
		// Prices: missing, stale, in another unit, or making the swap worse than 1%.
		vellum_primitives::oracle::testing::TestPrices::remove(&FeedKey::Nav(d));
		assert_refused(|| execute(AP), Error::<Test>::NoPrice);
		stale_price(d, 100);
		assert_refused(|| execute(AP), Error::<Test>::StalePrice);
		vellum_primitives::oracle::testing::TestPrices::set(
			FeedKey::Nav(d),
			PriceQuote {
				value: 100,
				unit: Unit {
					code: *b"USD",
					decimals: 2,
				},
				updated_at: 1u64,
				reports: 3,
				freshness: Freshness::Fresh,
			},
		);
		assert_refused(|| execute(AP), Error::<Test>::MixedPriceUnits);
		set_price(d, 98);
		assert_refused(|| execute(AP), Error::<Test>::SlippageExceeded);
		// Within 1%: 30 * 99 = 2 970 against 3 000, 30 tolerated.
		set_price(d, 99);
		// A leg refused by its token's rules.
		TokenDenyList::deny(bb, AP);
		assert_refused(|| execute(AP), LEG_DENIED);
		TokenDenyList::clear();
		// A component bound to an asset since the proposal.
		TestBound::bind(d);
		assert_refused(|| execute(AP), Error::<Test>::BoundComponent);
	});
}

#[test]
fn an_approved_rebalance_expires() {
	run(|| {
		let (b, token, _) = proposed();
		approve(b, token, 0);
		run_to(2 + REBALANCE_PERIOD);
		assert_refused(
			|| SetDerivatives::execute_rebalance(signed(AP), b, 0),
			Error::<Test>::RebalanceExpired,
		);
		// Anyone may now withdraw it; the deposit goes back to the manager.
		assert_ok!(SetDerivatives::cancel_rebalance(signed(NOBODY), b));
		assert_eq!(deposit_held(HoldReason::RebalanceDeposit, MANAGER), 0);
		assert_eq!(
			last_event(),
			Event::RebalanceCancelled {
				basket: b,
				id: 0,
				by_network: false,
			}
		);
	});
}

#[test]
fn who_may_cancel_a_rebalance() {
	run(|| {
		let (b, token, [a, ..]) = proposed();
		assert_refused(
			|| SetDerivatives::cancel_rebalance(signed(BOB), b),
			Error::<Test>::RebalanceNotExpired,
		);
		assert_refused(
			|| SetDerivatives::cancel_rebalance(signed(BOB), UNKNOWN),
			Error::<Test>::NoRebalance,
		);
		approve(b, token, 0);
		assert_ok!(SetDerivatives::cancel_rebalance(RuntimeOrigin::root(), b));
		assert_eq!(
			last_event(),
			Event::RebalanceCancelled {
				basket: b,
				id: 0,
				by_network: true,
			}
		);
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			comps(&[(a, 1)]),
			AP,
			Perbill::zero()
		));
		assert_ok!(SetDerivatives::cancel_rebalance(signed(MANAGER), b));
		assert_eq!(deposit_held(HoldReason::RebalanceDeposit, MANAGER), 0);
	});
}

#[test]
fn a_rebalance_after_fees_keeps_the_multiplier_and_the_collateral() {
	run(|| {
		let t = tokens(2);
		mint(t[0], BOB, 10_000);
		mint(t[1], AP, 10_000);
		let (b, token) = create(&[(t[0], 2)], 1, Perbill::from_percent(10));
		issue(BOB, b, 900);
		set_price(t[0], 100);
		set_price(t[1], 100);
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			comps(&[(t[1], 2)]),
			AP,
			Perbill::zero()
		));
		approve(b, token, 0);
		advance(crate::maths::YEAR_MS);
		// The fee is accrued first (1 000 units at 0.9): the vault's 1 800 of t0 go out and
		// 1 800 of t1 come in, value for value.
		assert_ok!(SetDerivatives::execute_rebalance(signed(AP), b, 0));
		assert_eq!(basket(b).multiplier, PRECISE_UNIT / 10 * 9);
		assert_eq!((held(b, t[0]), held(b, t[1])), (0, 1_800));
		assert_eq!(balance(t[0], AP), 1_800);
	});
}

#[test]
fn a_rebalance_touching_more_tokens_than_the_leg_limit_is_refused() {
	run(|| {
		// A basket of 6 components; a proposal that keeps 2 of them and brings in 4 new ones
		// touches 6 + 4 = 10 tokens (the limit: the 4 that leave are legs too); one more new
		// token makes 11.
		let old = tokens(6);
		let list: Vec<(TokenId, Balance)> = old.iter().map(|t| (*t, 1)).collect();
		let (b, _) = create(&list, 1, Perbill::zero());
		let new = tokens(5);
		let target = |n: usize| {
			let mut l = vec![(old[0], 1), (old[1], 1)];
			l.extend(new.iter().take(n).map(|t| (*t, 1)));
			comps(&l)
		};
		assert_eq!(6 + 5, crate::mock::MAX_REBALANCE_LEGS + 1);
		assert_refused(
			|| {
				SetDerivatives::propose_rebalance(
					signed(MANAGER),
					b,
					target(5),
					AP,
					Perbill::zero(),
				)
			},
			Error::<Test>::TooManyLegs,
		);
		assert_ok!(SetDerivatives::propose_rebalance(
			signed(MANAGER),
			b,
			target(4),
			AP,
			Perbill::zero()
		));
	});
}
