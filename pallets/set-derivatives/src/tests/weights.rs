//! Charged weights and refunds: a call is charged the most components, refunded to its basket's

use super::*;
use crate::WeightInfo;

#[test]
fn issue_and_redeem_are_refunded_to_the_baskets_component_count() {
	run(|| {
		let (b, _, _) = standard();
		let charged = SetDerivatives::issue_weight(MAX_COMPONENTS);
		let post = SetDerivatives::issue(signed(BOB), b, 1).expect("issues");
		let actual = post.actual_weight.expect("an issue reports what it used");
		assert!(
			actual.all_lt(charged),
			"three components cost less than eight"
		);
		assert!(actual.all_gte(<() as WeightInfo>::issue(3)));

		let charged = SetDerivatives::redeem_weight(MAX_COMPONENTS);
		let post = SetDerivatives::redeem(signed(BOB), b, 1, None, no_forgo()).expect("redeems");
		let actual = post
			.actual_weight
			.expect("a redemption reports what it used");
		assert!(actual.all_lt(charged));
		assert!(actual.all_gte(<() as WeightInfo>::redeem(3)));
	});
}

#[test]
fn a_forgone_leg_is_not_charged_its_ledger_overhead() {
	run(|| {
		let (b, _, [a, ..]) = standard();
		issue(BOB, b, 2);
		let all = SetDerivatives::redeem(signed(BOB), b, 1, None, no_forgo())
			.expect("redeems")
			.actual_weight
			.expect("reported");
		let fewer =
			SetDerivatives::redeem(signed(BOB), b, 1, None, BoundedVec::truncate_from(vec![a]))
				.expect("redeems")
				.actual_weight
				.expect("reported");
		assert!(fewer.all_lt(all));
	});
}
