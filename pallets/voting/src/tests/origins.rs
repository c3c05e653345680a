//! Origins: every call refuses an origin it does not take

use super::*;

#[test]
fn every_call_needs_a_signed_origin_or_the_admin_origin() {
	run(|| {
		let t = token_with(&[(BOB, 10)]);
		let r = propose(t);
		let none = RuntimeOrigin::none;
		let calls: Vec<(&str, DispatchResult)> = vec![
			(
				"propose",
				Voting::propose(
					none(),
					t,
					ResolutionKind::Ordinary,
					Topic::Ordinary,
					RecordDate::New,
					PERIOD,
					None,
					None,
				),
			),
			("vote", post(Voting::vote(none(), r, Choice::Aye))),
			("close", Voting::close(none(), r)),
			("follow", post(Voting::follow(none(), t, None, Some(BOB)))),
			(
				"set_token_settings",
				Voting::set_token_settings(none(), t, None),
			),
			("fund_reward", Voting::fund_reward(none(), r, 1)),
			("claim_reward", post(Voting::claim_reward(none(), r))),
			("reclaim_reward", post(Voting::reclaim_reward(none(), r))),
			(
				"clear_resolution",
				post(Voting::clear_resolution(none(), r, 1)),
			),
			("cancel", Voting::cancel(none(), r, false)),
		];
		assert_eq!(
			Voting::cancel(signed(BOB), r, false),
			Err(DispatchError::BadOrigin),
			"cancel is the network's"
		);
		for (name, result) in calls {
			assert_eq!(result, Err(DispatchError::BadOrigin), "{name}");
		}
		// The holders' origin is no signed origin either.
		let holders = RuntimeOrigin::from(Origin::TokenHolders { token: t });
		assert_eq!(
			post(Voting::vote(holders, r, Choice::Aye)),
			Err(DispatchError::BadOrigin)
		);
	});
}
