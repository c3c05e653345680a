//! Weights: the balance-change hook costs one read for a token nobody follows on

use super::*;
use crate::WeightInfo;
use vellum_primitives::ledger::OnBalanceChange;

#[test]
fn the_hook_weighs_one_read_where_nobody_follows_and_the_worst_case_otherwise() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 10)]);
		let hook = <Voting as OnBalanceChange<AccountId, Balance>>::weight;
		let max = <Voting as OnBalanceChange<AccountId, Balance>>::max_weight();
		assert_eq!(hook(t), <() as WeightInfo>::on_balance_change_unfollowed());
		assert!(hook(t).all_lt(max));
		assert_eq!(max, <() as WeightInfo>::on_balance_change(DEPTH, 0));
		follow(BOB, t, None, CHARLIE);
		assert_eq!(hook(t), max);
		unfollow(BOB, t, None);
		assert_eq!(hook(t), <() as WeightInfo>::on_balance_change_unfollowed());
	});
}

#[test]
fn weights_grow_with_the_depth_and_not_with_followers() {
	let w = <() as WeightInfo>::vote;
	assert!(w(DEPTH, 0).all_gt(w(0, 0)));
	assert_eq!(w(2, 0), w(2, 1_000), "followers cost nothing");
	assert_eq!(
		<() as WeightInfo>::follow(2, 0),
		<() as WeightInfo>::follow(2, 1_000)
	);
	assert_eq!(
		<() as WeightInfo>::on_balance_change(2, 0),
		<() as WeightInfo>::on_balance_change(2, 1_000)
	);
}

#[test]
fn a_transfer_of_a_token_nobody_follows_on_is_refunded_the_hook() {
	run(|| {
		let quiet = token_with(&[(BOB, 10)]);
		let busy = token_with(&[(BOB, 10), (CHARLIE, 10)]);
		follow(CHARLIE, busy, None, DAVE);
		let weight = |t| {
			SecurityToken::transfer(signed(BOB), t, EVE, 1)
				.unwrap()
				.actual_weight
				.unwrap()
		};
		let (quiet, busy) = (weight(quiet), weight(busy));
		let max = <Voting as OnBalanceChange<AccountId, Balance>>::max_weight();
		assert_eq!(
			busy.saturating_sub(quiet),
			max.saturating_sub(<() as WeightInfo>::on_balance_change_unfollowed())
		);
	});
}
