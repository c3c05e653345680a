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
	// No storage access grows with the followers (the same reads, writes and proof). The
	// measured execution has a slope in `f` (about 2 us per follower of the first ancestor
	// in the benchmark): not yet explained, so calls charge the largest `f` measured
	// (`CHARGED_FOLLOWERS`); see the README.
	let (few, many) = (w(2, 0), w(2, 1_000));
	assert_eq!(
		few.proof_size(),
		many.proof_size(),
		"followers cost no proof"
	);
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
fn a_transfer_pays_for_the_chains_it_walks_not_for_the_deepest_possible() {
	run(|| {
		let quiet = token_with(&[(BOB, 10)]);
		// Others follow on this token, not the sender nor the receiver.
		let busy = token_with(&[(BOB, 10), (CHARLIE, 10)]);
		follow(CHARLIE, busy, None, DAVE);
		// The sender's catch-all chain is 3 deep: 4 topics x 3 ancestors walked.
		let deep = token_with(&[(BOB, 10), (CHARLIE, 10), (DAVE, 10)]);
		follow(DAVE, deep, None, FERDIE);
		follow(CHARLIE, deep, None, DAVE);
		follow(BOB, deep, None, CHARLIE);
		let weight = |t| {
			SecurityToken::transfer(signed(BOB), t, EVE, 1)
				.unwrap()
				.actual_weight
				.unwrap()
		};
		let (quiet, busy, deep) = (weight(quiet), weight(busy), weight(deep));
		let hook = <() as WeightInfo>::on_balance_change;
		let unfollowed = <() as WeightInfo>::on_balance_change_unfollowed();
		assert_eq!(
			busy.saturating_sub(quiet),
			hook(1, 0).saturating_sub(unfollowed)
		);
		// ceil(12 / (2 sides x 4 topics)) = 2.
		assert_eq!(
			deep.saturating_sub(quiet),
			hook(2, 0).saturating_sub(unfollowed)
		);
		let max = <Voting as OnBalanceChange<AccountId, Balance>>::max_weight();
		assert!(deep.saturating_sub(quiet).all_lt(max));
	});
}

#[test]
fn the_walk_weight_covers_every_chain_of_the_benchmark() {
	let hook = <() as WeightInfo>::on_balance_change;
	assert_eq!(Voting::walk_weight(0), hook(1, 0));
	assert_eq!(Voting::walk_weight(8), hook(1, 0));
	assert_eq!(Voting::walk_weight(9), hook(2, 0));
	assert_eq!(Voting::walk_weight(8 * DEPTH), hook(DEPTH, 0));
	// A walk never exceeds the deepest chains (defensively capped).
	assert_eq!(Voting::walk_weight(u32::MAX), hook(DEPTH, 0));
}
