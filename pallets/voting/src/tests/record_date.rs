//! The record date: follows and balances after it change no tally

use super::*;

#[test]
fn a_follow_made_after_the_record_date_does_not_count() {
	run(|| {
		let t = token_with(&[(BOB, 30), (DAVE, 10)]);
		let r = propose(t);
		follow(BOB, t, None, DAVE);
		assert_eq!(carried(t, DAVE, Topic::Ordinary), 30, "the graph now");
		vote(DAVE, r, Choice::Aye);
		assert_eq!(
			tally_of(r),
			t3(10, 0, 0),
			"DAVE carried nobody at the record date"
		);
		assert_eq!(Voting::api_vote_of(r, &BOB), Some(CastVote::NotCounted));
		// A new record date sees the follow.
		let r2 = propose(t);
		vote(DAVE, r2, Choice::Aye);
		assert_eq!(tally_of(r2), t3(40, 0, 0));
	});
}

#[test]
fn a_follow_ended_after_the_record_date_still_counts() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 10), (DAVE, 5)]);
		follow(BOB, t, None, CHARLIE);
		follow(CHARLIE, t, None, DAVE);
		let r = propose(t);
		unfollow(BOB, t, None);
		follow(CHARLIE, t, None, EVE);
		assert!(!Nodes::<Test>::contains_key(t, BOB), "BOB's node is gone");
		vote(DAVE, r, Choice::Aye);
		assert_eq!(tally_of(r), t3(45, 0, 0), "the chain at the record date");
		assert_eq!(
			Voting::api_vote_of(r, &BOB),
			Some(CastVote::Via {
				via: DAVE,
				choice: Choice::Aye
			})
		);
		vote(BOB, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(15, 30, 0));
		assert_eq!(
			VoteRecords::<Test>::get(r, CHARLIE).unwrap().voted_below,
			30,
			"the walk went up the chain at the record date"
		);
		assert!(
			VoteRecords::<Test>::get(r, EVE).is_none(),
			"not up today's chain"
		);
	});
}

#[test]
fn balance_changes_after_the_record_date_change_no_carried_power_it_counts() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 10)]);
		follow(BOB, t, None, CHARLIE);
		let r = propose(t);
		transfer(t, BOB, DAVE, 25);
		issue(t, BOB, 100);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 105);
		assert_eq!(Voting::api_power(r, &CHARLIE).unwrap().carried, 30);
		vote(CHARLIE, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(0, 40, 0));
		// The history holds the values at the record date, saved once.
		let history = LinkHistory::<Test>::get((t, CHARLIE, Topic::Ordinary));
		assert_eq!(history.len(), 1);
		assert_eq!(history[0].0, res(r).record);
		assert_eq!(history[0].1.carried, 30);
	});
}

#[test]
fn a_node_created_after_a_checkpoint_did_not_exist_at_it() {
	run(|| {
		let t = token_with(&[(BOB, 30), (DAVE, 10)]);
		let first = checkpoint(t);
		// DAVE's node is created after checkpoint 1, and changes after checkpoint 2.
		follow(BOB, t, None, DAVE);
		let second = checkpoint(t);
		transfer(t, BOB, CHARLIE, 10);
		let r1 = propose_as(
			RuntimeOrigin::root(),
			t,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::Existing(first),
			None,
		)
		.unwrap();
		let r2 = propose_as(
			RuntimeOrigin::root(),
			t,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::Existing(second),
			None,
		)
		.unwrap();
		vote(DAVE, r1, Choice::Aye);
		vote(DAVE, r2, Choice::Aye);
		assert_eq!(tally_of(r1), t3(10, 0, 0), "no follow at checkpoint 1");
		assert_eq!(tally_of(r2), t3(40, 0, 0), "BOB's 30 at checkpoint 2");
	});
}

#[test]
fn a_node_removed_and_recreated_keeps_its_history() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 5), (DAVE, 10)]);
		follow(BOB, t, None, DAVE);
		let first = checkpoint(t);
		unfollow(BOB, t, None);
		assert!(!Nodes::<Test>::contains_key(t, DAVE));
		follow(CHARLIE, t, None, DAVE);
		let second = checkpoint(t);
		transfer(t, CHARLIE, BOB, 1);
		let at = |cp| {
			propose_as(
				RuntimeOrigin::root(),
				t,
				ResolutionKind::Ordinary,
				Topic::Ordinary,
				RecordDate::Existing(cp),
				None,
			)
			.unwrap()
		};
		let (r1, r2) = (at(first), at(second));
		vote(DAVE, r1, Choice::Aye);
		vote(DAVE, r2, Choice::Aye);
		assert_eq!(
			tally_of(r1),
			t3(40, 0, 0),
			"BOB followed DAVE at checkpoint 1"
		);
		assert_eq!(tally_of(r2), t3(15, 0, 0), "CHARLIE did at checkpoint 2");
	});
}

#[test]
fn resolutions_on_different_topics_count_different_follows() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 10), (DAVE, 5)]);
		follow(BOB, t, None, CHARLIE);
		follow(BOB, t, Some(Topic::IssuerChange), DAVE);
		let ordinary = propose_on(t, ResolutionKind::Ordinary, Topic::Ordinary);
		let change = propose_on(t, ResolutionKind::Special, Topic::IssuerChange);
		vote(CHARLIE, ordinary, Choice::Aye);
		vote(CHARLIE, change, Choice::Aye);
		vote(DAVE, change, Choice::Nay);
		assert_eq!(tally_of(ordinary), t3(40, 0, 0));
		assert_eq!(tally_of(change), t3(10, 35, 0));
	});
}
