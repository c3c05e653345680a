//! Direct votes: power at the record date, changes, errors

use super::*;

#[test]
fn a_vote_counts_the_balance_at_the_record_date_times_the_votes_per_unit() {
	run(|| {
		let t = new_token(ISSUER, 3);
		issue(t, BOB, 10);
		issue(t, CHARLIE, 20);
		let r = propose(t);
		assert_eq!(res(r).total, 90);
		// Balances move after the record date: no tally changes.
		transfer(t, CHARLIE, BOB, 15);
		issue(t, DAVE, 1_000);
		vote(BOB, r, Choice::Aye);
		assert_eq!(tally_of(r), t3(30, 0, 0));
		assert_eq!(
			ballot(r, BOB),
			Some(Ballot {
				choice: Choice::Aye,
				counted: 30
			})
		);
		vote(CHARLIE, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(30, 60, 0));
		assert_eq!(
			last_event(),
			Event::Voted {
				resolution: r,
				who: CHARLIE,
				choice: Choice::Nay,
				counted: 60
			}
		);
		// DAVE held nothing at the record date.
		assert_refused(
			|| Voting::vote(signed(DAVE), r, Choice::Aye),
			Error::<Test>::NoVotingPower,
		);
	});
}

#[test]
fn a_direct_vote_can_change_but_not_repeat() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 5)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		vote(BOB, r, Choice::Abstain);
		assert_eq!(tally_of(r), t3(0, 0, 10));
		assert_refused(
			|| Voting::vote(signed(BOB), r, Choice::Abstain),
			Error::<Test>::AlreadyVoted,
		);
		vote(BOB, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(0, 10, 0));
	});
}

#[test]
fn votes_are_refused_when_closed_unknown_or_from_custodians() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 5)]);
		into_vault(t, CHARLIE, 5);
		let r = propose(t);
		assert_refused(
			|| Voting::vote(signed(BOB), 9, Choice::Aye),
			Error::<Test>::UnknownResolution,
		);
		assert_refused(
			|| Voting::vote(signed(VAULT), r, Choice::Aye),
			Error::<Test>::CustodianAccount,
		);
		assert_refused(
			|| Voting::vote(RuntimeOrigin::none(), r, Choice::Aye),
			DispatchError::BadOrigin,
		);
		past_deadline(r);
		assert_refused(
			|| Voting::vote(signed(BOB), r, Choice::Aye),
			Error::<Test>::VotingClosed,
		);
		close(r);
		assert_refused(
			|| Voting::vote(signed(BOB), r, Choice::Aye),
			Error::<Test>::NotOngoing,
		);
	});
}

#[test]
fn a_pruned_record_date_takes_no_new_votes_but_changes_and_close_work() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 5)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		for _ in 0..MAX_CHECKPOINTS {
			checkpoint(t);
		}
		assert_refused(
			|| Voting::vote(signed(CHARLIE), r, Choice::Nay),
			Error::<Test>::RecordDateUnavailable,
		);
		vote(BOB, r, Choice::Nay);
		past_deadline(r);
		close(r);
		assert_eq!(outcome(r), Some(Outcome::Rejected));
	});
}

#[test]
fn the_vote_weight_is_refunded_to_the_depth_walked() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 5), (DAVE, 5)]);
		follow(CHARLIE, t, None, BOB);
		follow(DAVE, t, None, CHARLIE);
		let r = propose(t);
		let info = Voting::vote(signed(BOB), r, Choice::Aye).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::vote(0, crate::CHARGED_FOLLOWERS))
		);
		let info = Voting::vote(signed(DAVE), r, Choice::Nay).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::vote(2, crate::CHARGED_FOLLOWERS)),
			"DAVE's vote walked CHARLIE and BOB"
		);
	});
}
