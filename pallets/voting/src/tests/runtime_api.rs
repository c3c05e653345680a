//! The runtime API

use super::*;

#[test]
fn the_api_tells_a_resolution_its_state_and_quorum() {
	run(|| {
		let t = token_with(&[(BOB, 60), (CHARLIE, 40)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		let info = Voting::api_resolution(r).unwrap();
		assert_eq!(info.index, r);
		assert_eq!(info.resolution.tally, t3(60, 0, 0));
		assert_eq!(info.quorum_needed, 20);
		assert_eq!(info.decided, Some(true));
		assert_eq!(info.outcome, Outcome::Passed);
		close(r);
		let info = Voting::api_resolution(r).unwrap();
		assert_eq!(info.decided, None);
		assert_eq!(info.outcome, Outcome::Passed);
		assert!(Voting::api_resolution(9).is_none());
	});
}

#[test]
fn the_api_tells_an_accounts_power_followees_and_how_its_vote_was_cast() {
	run(|| {
		let t = new_token(ISSUER, 2);
		issue(t, BOB, 30);
		issue(t, CHARLIE, 10);
		issue(t, DAVE, 5);
		follow(BOB, t, None, CHARLIE);
		follow(CHARLIE, t, Some(Topic::Ordinary), DAVE);
		let r = propose(t);
		assert_eq!(
			Voting::api_power(r, &CHARLIE),
			Some(AccountPower {
				own: 20,
				carried: 60
			})
		);
		assert_eq!(
			Voting::api_power(r, &DAVE),
			Some(AccountPower {
				own: 10,
				carried: 80
			})
		);
		assert_eq!(Voting::api_power(r, &NOBODY), Some(AccountPower::default()));
		assert_eq!(Voting::api_power(9, &BOB), None);
		assert_eq!(Voting::api_vote_of(r, &BOB), Some(CastVote::NotCounted));
		vote(DAVE, r, Choice::Aye);
		assert_eq!(
			Voting::api_vote_of(r, &BOB),
			Some(CastVote::Via {
				via: DAVE,
				choice: Choice::Aye
			})
		);
		assert_eq!(
			Voting::api_vote_of(r, &DAVE),
			Some(CastVote::Direct {
				choice: Choice::Aye,
				counted: 90
			})
		);
		assert_eq!(Voting::api_vote_of(r, &NOBODY), Some(CastVote::NotCounted));
		assert_eq!(Voting::api_vote_of(9, &BOB), None);
		let f = Voting::api_followees(t, &CHARLIE);
		assert_eq!(f.catch_all, None);
		assert_eq!(
			f.topics,
			vec![
				(Topic::Ordinary, Some(DAVE), true),
				(Topic::Special, None, false),
				(Topic::IssuerChange, None, false),
				(Topic::Custom, None, false),
			]
		);
		// A pruned record date.
		for _ in 0..MAX_CHECKPOINTS {
			checkpoint(t);
		}
		assert_eq!(Voting::api_power(r, &BOB), None);
	});
}
