//! Griefing and free storage: what an attacker can and cannot do

use super::*;

#[test]
fn holders_filling_the_open_slots_cannot_lock_out_the_issuer_or_the_network() {
	run(|| {
		let t = token_with(&[(BOB, 50), (CHARLIE, 50)]);
		for who in [BOB, CHARLIE] {
			propose_as(
				signed(who),
				t,
				ResolutionKind::Ordinary,
				Topic::Ordinary,
				RecordDate::New,
				None,
			)
			.unwrap();
		}
		// Holders are capped below the token's bound; each paid a deposit it loses if
		// rejected.
		assert_eq!(held(HoldReason::ProposalDeposit, BOB), PROPOSAL_DEPOSIT);
		propose_on(t, ResolutionKind::Ordinary, Topic::Ordinary);
	});
}

#[test]
fn a_self_proposal_without_support_costs_its_deposit() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 90)]);
		let r = propose_as(
			signed(BOB),
			t,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::New,
			None,
		)
		.unwrap();
		vote(BOB, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Nay);
		close(r);
		assert_eq!(outcome(r), Some(Outcome::Rejected));
		assert_eq!(held(HoldReason::ProposalDeposit, BOB), 0);
		assert_eq!(free(BOB), 10_000 - PROPOSAL_DEPOSIT, "burnt");
	});
}

#[test]
fn a_chain_hung_under_an_account_only_limits_that_accounts_own_depth() {
	run(|| {
		// Attackers need tokens to follow (a regulated token reaches only admitted holders).
		let t = token_with(&[
			(BOB, 10),
			(CHARLIE, 10),
			(DAVE_FREE, 1),
			(EVE, 1),
			(20, 1),
			(21, 1),
			(22, 1),
		]);
		assert_refused(
			|| Voting::follow(signed(NOBODY), t, None, Some(BOB)),
			Error::<Test>::NotHolder,
		);
		// 22 -> 21 -> 20 -> BOB: BOB's height is 3 of 4.
		follow(20, t, None, BOB);
		follow(21, t, None, 20);
		follow(22, t, None, 21);
		// BOB can still follow a root, not a followed follower.
		follow(DAVE_FREE, t, None, CHARLIE);
		assert_refused(
			|| Voting::follow(signed(BOB), t, None, Some(DAVE_FREE)),
			Error::<Test>::FollowTooDeep,
		);
		follow(BOB, t, None, CHARLIE);
		// Others are not limited by BOB's chain: DAVE_FREE can be followed as before.
		follow(EVE, t, None, DAVE_FREE);
		// And BOB's vote overrides whatever the chain does.
		let r = propose(t);
		vote(22, r, Choice::Nay);
		vote(BOB, r, Choice::Aye);
		assert_eq!(tally_of(r).aye, 12, "BOB and the two between it and 22");
		// Every attacker paid for its follow.
		for who in [20, 21, 22] {
			assert_eq!(held(HoldReason::FollowDeposit, who), FOLLOW_DEPOSIT);
		}
	});
}

/// Another holder.
const DAVE_FREE: AccountId = 15;

#[test]
fn follow_nodes_are_paid_for_by_their_followers() {
	run(|| {
		let t = token_with(&[(BOB, 1), (CHARLIE, 1)]);
		let nodes = || Nodes::<Test>::iter_prefix(t).count();
		follow(BOB, t, None, NOBODY);
		assert_eq!(nodes(), 2, "BOB's and the followee's");
		assert_eq!(held(HoldReason::FollowDeposit, BOB), FOLLOW_DEPOSIT);
		follow(BOB, t, Some(Topic::Special), CHARLIE);
		assert_eq!(
			nodes(),
			3,
			"one more follow, one more node, one more deposit"
		);
		assert_eq!(held(HoldReason::FollowDeposit, BOB), 2 * FOLLOW_DEPOSIT);
		// Changing a followee creates no deposit and leaves nothing behind.
		follow(BOB, t, Some(Topic::Special), NOBODY);
		assert_eq!(nodes(), 2);
		assert_eq!(held(HoldReason::FollowDeposit, BOB), 2 * FOLLOW_DEPOSIT);
		unfollow(BOB, t, Some(Topic::Special));
		unfollow(BOB, t, None);
		assert_eq!(nodes(), 0);
		assert_eq!(held(HoldReason::FollowDeposit, BOB), 0);
	});
}

#[test]
fn ballots_are_stored_only_for_power_at_the_record_date_and_cleared_later() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 10), (DAVE, 10)]);
		follow(BOB, t, None, CHARLIE);
		follow(CHARLIE, t, None, DAVE);
		let r = propose(t);
		// Accounts without power at the record date store nothing.
		for who in [NOBODY, EVE, ISSUER] {
			assert_refused(
				|| Voting::vote(signed(who), r, Choice::Aye),
				Error::<Test>::NoVotingPower,
			);
		}
		// A vote stores at most one record per ancestor walked (and its own).
		vote(BOB, r, Choice::Aye);
		assert_eq!(VoteRecords::<Test>::iter_prefix(r).count(), 3);
		// Tokens bought after the record date vote nothing: no double voting.
		transfer(t, BOB, EVE, 10);
		assert_refused(
			|| Voting::vote(signed(EVE), r, Choice::Aye),
			Error::<Test>::NoVotingPower,
		);
		assert_eq!(tally_of(r), t3(10, 0, 0));
	});
}

#[test]
fn a_followee_cannot_vote_its_followers_twice() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 10)]);
		follow(BOB, t, None, CHARLIE);
		let r = propose(t);
		vote(CHARLIE, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Nay);
		vote(BOB, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(10, 10, 0));
	});
}
