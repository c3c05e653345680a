//! Following: carried power, transitive votes, overrides, topics, limits, deposits

use super::*;

#[test]
fn a_follow_carries_the_followers_balance_up_the_chain() {
	run(|| {
		let t = token_with(&[(BOB, 1), (CHARLIE, 10), (DAVE, 100)]);
		follow(BOB, t, None, CHARLIE);
		assert_eq!(
			last_event(),
			Event::Followed {
				token: t,
				who: BOB,
				topic: None,
				followee: Some(CHARLIE),
				deposit: FOLLOW_DEPOSIT
			}
		);
		follow(CHARLIE, t, None, DAVE);
		for topic in Topic::ALL {
			assert_eq!(carried(t, CHARLIE, topic), 1);
			assert_eq!(carried(t, DAVE, topic), 11);
		}
		let dave = Nodes::<Test>::get(t, DAVE).unwrap();
		assert_eq!(
			dave.topics[0].below.to_vec(),
			vec![1, 1],
			"CHARLIE at 1, BOB at 2"
		);
		assert_eq!(FollowEdges::<Test>::get(t), 8, "two followers, four topics");
		assert_eq!(held(HoldReason::FollowDeposit, BOB), FOLLOW_DEPOSIT);
		assert_eq!(
			held(HoldReason::FollowDeposit, DAVE),
			0,
			"followees pay nothing"
		);
		// Balance changes of followers reach every ancestor.
		transfer(t, DAVE, BOB, 4);
		assert_eq!(carried(t, CHARLIE, Topic::Special), 5);
		assert_eq!(carried(t, DAVE, Topic::Special), 15);
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, CHARLIE, 10));
		assert_eq!(carried(t, DAVE, Topic::Custom), 5);
		// BOB stops: the chain loses him, and nodes that carry nothing go.
		unfollow(BOB, t, None);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 0);
		assert_eq!(carried(t, DAVE, Topic::Ordinary), 0);
		assert_eq!(held(HoldReason::FollowDeposit, BOB), 0);
		assert!(!Nodes::<Test>::contains_key(t, BOB));
		unfollow(CHARLIE, t, None);
		assert!(!Nodes::<Test>::contains_key(t, DAVE));
		assert!(!Nodes::<Test>::contains_key(t, CHARLIE));
		assert!(!FollowEdges::<Test>::contains_key(t));
	});
}

/// The issue's flow: Bob follows Charlie, Charlie follows Dave; Dave votes aye and carries
/// both; Bob overrides with nay; the lead flips.
#[test]
fn a_followee_carries_its_chain_and_a_direct_vote_overrides() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 10), (DAVE, 25), (EVE, 35)]);
		follow(BOB, t, None, CHARLIE);
		follow(CHARLIE, t, None, DAVE);
		let r = propose_on(t, ResolutionKind::Special, Topic::Special);
		vote(DAVE, r, Choice::Aye);
		assert_eq!(tally_of(r), t3(65, 0, 0), "DAVE carries CHARLIE and BOB");
		vote(EVE, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(65, 35, 0));
		assert!(res(r).tally.aye_leads());
		vote(BOB, r, Choice::Nay);
		assert_eq!(tally_of(r), t3(35, 65, 0), "BOB's 30 left DAVE's vote");
		assert!(!res(r).tally.aye_leads(), "the lead flipped");
		assert_eq!(ballot(r, DAVE).unwrap().counted, 35);
		assert_eq!(
			VoteRecords::<Test>::get(r, CHARLIE).unwrap().voted_below,
			30
		);
		// CHARLIE votes too: only its own 10 move.
		vote(CHARLIE, r, Choice::Abstain);
		assert_eq!(tally_of(r), t3(25, 65, 10));
		assert_eq!(
			Voting::api_vote_of(r, &BOB),
			Some(CastVote::Direct {
				choice: Choice::Nay,
				counted: 30
			})
		);
	});
}

#[test]
fn a_follower_that_voted_first_keeps_its_vote_when_the_followee_votes() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 10), (DAVE, 25)]);
		follow(BOB, t, None, CHARLIE);
		follow(CHARLIE, t, None, DAVE);
		let r = propose(t);
		vote(BOB, r, Choice::Nay);
		vote(DAVE, r, Choice::Aye);
		assert_eq!(tally_of(r), t3(35, 30, 0));
		vote(CHARLIE, r, Choice::Aye);
		assert_eq!(tally_of(r), t3(35, 30, 0), "CHARLIE's own 10 stay aye");
		assert_eq!(ballot(r, CHARLIE).unwrap().counted, 10);
		assert_eq!(ballot(r, DAVE).unwrap().counted, 25);
		assert_eq!(
			Voting::api_vote_of(r, &BOB),
			Some(CastVote::Direct {
				choice: Choice::Nay,
				counted: 30
			})
		);
	});
}

#[test]
fn a_topic_follow_overrides_the_catch_all_and_falls_back_to_it() {
	run(|| {
		let t = token_with(&[(BOB, 7), (CHARLIE, 1), (DAVE, 1)]);
		follow(BOB, t, None, CHARLIE);
		follow(BOB, t, Some(Topic::IssuerChange), DAVE);
		assert_eq!(carried(t, CHARLIE, Topic::IssuerChange), 0);
		assert_eq!(carried(t, DAVE, Topic::IssuerChange), 7);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 7);
		assert_eq!(held(HoldReason::FollowDeposit, BOB), 2 * FOLLOW_DEPOSIT);
		let f = Voting::api_followees(t, &BOB);
		assert_eq!(f.catch_all, Some(CHARLIE));
		assert_eq!(f.topics[2], (Topic::IssuerChange, Some(DAVE), true));
		assert_eq!(f.topics[0], (Topic::Ordinary, Some(CHARLIE), false));
		// A catch-all change leaves the topic's own follow alone.
		follow(BOB, t, None, DAVE);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 0);
		assert_eq!(carried(t, DAVE, Topic::Ordinary), 7);
		follow(BOB, t, None, CHARLIE);
		// Removing the topic's follow falls back to the catch-all.
		unfollow(BOB, t, Some(Topic::IssuerChange));
		assert_eq!(carried(t, DAVE, Topic::IssuerChange), 0);
		assert_eq!(carried(t, CHARLIE, Topic::IssuerChange), 7);
		assert_eq!(held(HoldReason::FollowDeposit, BOB), FOLLOW_DEPOSIT);
		// The same account as a topic's own follow and the catch-all: no edge changes.
		follow(BOB, t, Some(Topic::Custom), CHARLIE);
		assert_eq!(carried(t, CHARLIE, Topic::Custom), 7);
		assert_eq!(FollowEdges::<Test>::get(t), 4);
		unfollow(BOB, t, None);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 0);
		assert_eq!(
			carried(t, CHARLIE, Topic::Custom),
			7,
			"its own follow stays"
		);
		assert_eq!(FollowEdges::<Test>::get(t), 1);
	});
}

#[test]
fn follows_that_close_a_cycle_are_refused() {
	run(|| {
		let t = token_with(&[(BOB, 1), (CHARLIE, 1), (DAVE, 1)]);
		follow(BOB, t, None, CHARLIE);
		follow(CHARLIE, t, None, DAVE);
		assert_refused(
			|| Voting::follow(signed(DAVE), t, None, Some(BOB)),
			Error::<Test>::FollowCycle,
		);
		assert_refused(
			|| Voting::follow(signed(DAVE), t, Some(Topic::Custom), Some(CHARLIE)),
			Error::<Test>::FollowCycle,
		);
		// In a topic where BOB follows someone else, DAVE may follow BOB ...
		follow(BOB, t, Some(Topic::Custom), EVE_HOLDER);
		follow(DAVE, t, Some(Topic::Custom), BOB);
		// ... but BOB may then not fall back to the catch-all there (it would close a cycle).
		assert_refused(
			|| Voting::follow(signed(BOB), t, Some(Topic::Custom), None),
			Error::<Test>::FollowCycle,
		);
		assert_refused(
			|| Voting::follow(signed(BOB), t, None, Some(BOB)),
			Error::<Test>::SelfFollow,
		);
	});
}

/// An account that follows nobody but is followed.
const EVE_HOLDER: AccountId = EVE;

#[test]
fn follows_that_make_a_chain_longer_than_the_depth_are_refused() {
	run(|| {
		// DEPTH 4: a chain of four edges is the longest.
		let chain = [20, 21, 22, 23, 24, 25];
		let t = token_with(&chain.iter().map(|w| (*w, 1)).collect::<Vec<_>>());
		for w in chain.windows(2).take(3) {
			follow(w[0], t, None, w[1]);
		}
		// 20 -> 21 -> 22 -> 23: three edges; 23 -> 24 makes four.
		follow(23, t, None, 24);
		assert_refused(
			|| Voting::follow(signed(24), t, None, Some(25)),
			Error::<Test>::FollowTooDeep,
		);
		assert_refused(
			|| Voting::follow(signed(25), t, None, Some(20)),
			Error::<Test>::FollowTooDeep,
		);
		// Height counts too: 25 (followed by nobody) may follow 22 (two above it: 23, 24).
		follow(25, t, None, 22);
		let node = Nodes::<Test>::get(t, 24).unwrap();
		assert_eq!(node.topics[0].below.to_vec(), vec![1, 1, 2, 1]);
	});
}

#[test]
fn follows_are_refused_for_bad_input() {
	run(|| {
		let t = token_with(&[(BOB, 2), (CHARLIE, 1)]);
		into_vault(t, BOB, 1);
		assert_refused(
			|| Voting::follow(signed(BOB), UNKNOWN, None, Some(CHARLIE)),
			Error::<Test>::UnknownToken,
		);
		assert_refused(
			|| Voting::follow(signed(VAULT), t, None, Some(CHARLIE)),
			Error::<Test>::CustodianAccount,
		);
		assert_refused(
			|| Voting::follow(signed(BOB), t, None, Some(VAULT)),
			Error::<Test>::CustodianAccount,
		);
		assert_refused(
			|| Voting::follow(signed(DAVE), t, None, Some(CHARLIE)),
			Error::<Test>::NotHolder,
		);
		assert_refused(
			|| Voting::follow(signed(BOB), t, None, None),
			Error::<Test>::NotFollowing,
		);
		assert_refused(
			|| Voting::follow(signed(BOB), t, Some(Topic::Special), None),
			Error::<Test>::NotFollowing,
		);
		assert_refused(
			|| Voting::follow(RuntimeOrigin::none(), t, None, Some(CHARLIE)),
			DispatchError::BadOrigin,
		);
		follow(BOB, t, None, CHARLIE);
		assert_refused(
			|| Voting::follow(signed(BOB), t, None, Some(CHARLIE)),
			Error::<Test>::AlreadyFollowing,
		);
		// Without funds for the deposit.
		transfer(t, BOB, NOBODY, 1);
		issue(t, NOBODY, 1);
		assert!(Voting::follow(signed(NOBODY), t, None, Some(CHARLIE)).is_err());
		// A holder that sold everything may still stop following.
		unfollow(BOB, t, None);
	});
}

#[test]
fn a_follower_keeps_its_follow_when_it_sells_out_and_carries_nothing() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 1)]);
		follow(BOB, t, None, CHARLIE);
		transfer(t, BOB, DAVE, 10);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 0);
		assert!(
			Nodes::<Test>::contains_key(t, CHARLIE),
			"still followed by BOB"
		);
		transfer(t, DAVE, BOB, 3);
		assert_eq!(carried(t, CHARLIE, Topic::Ordinary), 3);
	});
}

#[test]
fn custody_moves_carried_power_with_the_beneficial_owner_out_of_the_graph() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 1)]);
		follow(BOB, t, None, CHARLIE);
		assert_ok!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::deposit(t, &VAULT, &BOB, 4)
		);
		assert_eq!(
			carried(t, CHARLIE, Topic::Ordinary),
			6,
			"tokens in custody carry nothing"
		);
		assert!(!Nodes::<Test>::contains_key(t, VAULT));
	});
}

#[test]
fn the_follow_weight_is_refunded_to_the_depth_walked() {
	run(|| {
		let t = token_with(&[(BOB, 1), (CHARLIE, 1), (DAVE, 1)]);
		let info = Voting::follow(signed(BOB), t, None, Some(CHARLIE)).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::follow(1, 0))
		);
		let info = Voting::follow(signed(DAVE), t, None, Some(BOB)).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::follow(2, 0))
		);
		let _ = post(Voting::follow(signed(DAVE), t, None, None));
	});
}
