//! Participation rewards, reclaiming and clearing

use super::*;

/// BOB (60) votes, CHARLIE (30) follows BOB, DAVE (10) does nothing; the issuer funds 1 000.
fn funded() -> (TokenId, ResolutionIndex) {
	let t = token_with(&[(BOB, 60), (CHARLIE, 30), (DAVE, 10)]);
	follow(CHARLIE, t, None, BOB);
	let r = propose(t);
	assert_ok!(Voting::fund_reward(signed(ISSUER), r, 1_000));
	vote(BOB, r, Choice::Aye);
	(t, r)
}

fn claim(who: AccountId, r: ResolutionIndex) -> DispatchResult {
	post(Voting::claim_reward(signed(who), r))
}

#[test]
fn voters_claim_pro_rata_to_their_own_power_and_followees_earn_nothing_extra() {
	run(|| {
		let (_, r) = funded();
		assert!(events().contains(&Event::RewardFunded {
			resolution: r,
			funder: ISSUER,
			amount: 1_000,
			total: 1_000
		}));
		assert_eq!(held(HoldReason::RewardFund, ISSUER), 1_000);
		assert_eq!(
			RewardPools::<Test>::get(r).unwrap(),
			crate::RewardPool {
				total: 1_000,
				paid: 0
			}
		);
		close(r);
		let (bob, charlie) = (free(BOB), free(CHARLIE));
		assert_ok!(claim(BOB, r));
		assert_eq!(
			last_event(),
			Event::RewardClaimed {
				resolution: r,
				who: BOB,
				amount: 666
			}
		);
		assert_ok!(claim(CHARLIE, r));
		// Turnout 90: BOB 60/90, CHARLIE 30/90 of 1 000.
		assert_eq!(free(BOB), bob + 666, "only its own power, not CHARLIE's");
		assert_eq!(free(CHARLIE), charlie + 333);
		assert_eq!(held(HoldReason::RewardFund, ISSUER), 1);
		assert_refused(|| claim(BOB, r), Error::<Test>::AlreadyClaimed);
		assert_refused(|| claim(DAVE, r), Error::<Test>::NothingToClaim);
		assert_refused(|| claim(NOBODY, r), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn rewards_are_paid_from_several_funders_in_order() {
	run(|| {
		let (_, r) = funded();
		assert_ok!(Voting::fund_reward(signed(EVE), r, 500));
		assert_ok!(Voting::fund_reward(signed(ISSUER), r, 500));
		assert_eq!(
			RewardFunders::<Test>::get(r).len(),
			2,
			"one entry per funder"
		);
		assert_refused(
			|| Voting::fund_reward(signed(FERDIE), r, 1),
			Error::<Test>::TooManyFunders,
		);
		close(r);
		// BOB: 2 000 * 60 / 90 = 1 333, all from the issuer's 1 500.
		assert_ok!(claim(BOB, r));
		assert_eq!(held(HoldReason::RewardFund, ISSUER), 167);
		// CHARLIE: 666 = the issuer's last 167, then 499 of EVE's.
		assert_ok!(claim(CHARLIE, r));
		assert_eq!(held(HoldReason::RewardFund, ISSUER), 0);
		assert_eq!(held(HoldReason::RewardFund, EVE), 1);
		// After the claim period, the rest goes back.
		run_to(System::block_number() + CLAIM_PERIOD);
		let eve = free(EVE);
		assert_ok!(post(Voting::reclaim_reward(signed(NOBODY), r)));
		assert_eq!(
			last_event(),
			Event::RewardReclaimed {
				resolution: r,
				returned: 1
			}
		);
		assert_eq!(free(EVE), eve + 1);
		assert!(!RewardPools::<Test>::contains_key(r));
		assert!(!RewardFunders::<Test>::contains_key(r));
	});
}

#[test]
fn a_funder_that_votes_is_paid_from_its_own_hold() {
	run(|| {
		let t = token_with(&[(BOB, 60), (CHARLIE, 40)]);
		let r = propose(t);
		assert_ok!(Voting::fund_reward(signed(BOB), r, 100));
		vote(BOB, r, Choice::Aye);
		close(r);
		let before = free(BOB);
		assert_ok!(claim(BOB, r));
		assert_eq!(free(BOB), before + 100, "BOB's power is the whole turnout");
		assert_eq!(held(HoldReason::RewardFund, BOB), 0);
	});
}

#[test]
fn rewards_are_refused_at_the_wrong_time_or_for_bad_input() {
	run(|| {
		let (_, r) = funded();
		assert_refused(
			|| Voting::fund_reward(signed(ISSUER), r, 0),
			Error::<Test>::ZeroAmount,
		);
		assert_refused(
			|| Voting::fund_reward(signed(ISSUER), 9, 1),
			Error::<Test>::UnknownResolution,
		);
		assert!(
			Voting::fund_reward(signed(NOBODY), r, 1).is_err(),
			"no funds"
		);
		assert_refused(|| claim(BOB, r), Error::<Test>::NotClosed);
		assert_refused(|| claim(BOB, 9), Error::<Test>::UnknownResolution);
		assert_refused(
			|| Voting::reclaim_reward(signed(NOBODY), r),
			Error::<Test>::NotClosed,
		);
		close(r);
		assert_refused(
			|| Voting::fund_reward(signed(ISSUER), r, 1),
			Error::<Test>::NotOngoing,
		);
		assert_refused(
			|| Voting::reclaim_reward(signed(NOBODY), r),
			Error::<Test>::ClaimPeriodNotOver,
		);
		run_to(System::block_number() + CLAIM_PERIOD);
		assert_refused(|| claim(BOB, r), Error::<Test>::ClaimPeriodOver);
		assert_ok!(post(Voting::reclaim_reward(signed(NOBODY), r)));
		assert_eq!(held(HoldReason::RewardFund, ISSUER), 0);
		assert_refused(
			|| Voting::reclaim_reward(signed(NOBODY), r),
			Error::<Test>::NoReward,
		);
		assert_refused(
			|| Voting::reclaim_reward(signed(NOBODY), 9),
			Error::<Test>::UnknownResolution,
		);
		// A resolution without a reward.
		let t = token_with(&[(BOB, 1)]);
		let plain = propose(t);
		vote(BOB, plain, Choice::Aye);
		close(plain);
		assert_refused(|| claim(BOB, plain), Error::<Test>::NoReward);
	});
}

#[test]
fn a_settled_resolution_is_cleared_in_batches() {
	run(|| {
		let (_, r) = funded();
		vote(CHARLIE, r, Choice::Nay);
		vote(DAVE, r, Choice::Nay);
		// Records: BOB, CHARLIE, DAVE.
		assert_refused(
			|| Voting::clear_resolution(signed(NOBODY), r, 10),
			Error::<Test>::NotClosed,
		);
		close(r);
		assert_refused(
			|| Voting::clear_resolution(signed(NOBODY), r, 10),
			Error::<Test>::ClaimPeriodNotOver,
		);
		run_to(System::block_number() + CLAIM_PERIOD);
		assert_refused(
			|| Voting::clear_resolution(signed(NOBODY), r, 10),
			Error::<Test>::RewardOutstanding,
		);
		assert_ok!(post(Voting::reclaim_reward(signed(NOBODY), r)));
		assert_ok!(post(Voting::clear_resolution(signed(NOBODY), r, 2)));
		assert_eq!(
			last_event(),
			Event::ResolutionCleared {
				resolution: r,
				removed: 2,
				done: false
			}
		);
		assert!(Resolutions::<Test>::contains_key(r));
		let info = Voting::clear_resolution(signed(NOBODY), r, 10).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::clear_resolution(1))
		);
		assert_eq!(
			last_event(),
			Event::ResolutionCleared {
				resolution: r,
				removed: 1,
				done: true
			}
		);
		assert!(!Resolutions::<Test>::contains_key(r));
		assert_eq!(VoteRecords::<Test>::iter_prefix(r).count(), 0);
		assert_refused(
			|| Voting::clear_resolution(signed(NOBODY), r, 10),
			Error::<Test>::UnknownResolution,
		);
	});
}

#[test]
fn splitting_a_balance_before_the_record_date_earns_no_more() {
	run(|| {
		let t = token_with(&[(BOB, 50), (CHARLIE, 50)]);
		// BOB splits half into DAVE (its own second account); both vote.
		transfer(t, BOB, DAVE, 25);
		let r = propose(t);
		assert_ok!(Voting::fund_reward(signed(ISSUER), r, 1_000));
		vote(BOB, r, Choice::Aye);
		vote(DAVE, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Aye);
		close(r);
		let before = free(BOB) + free(DAVE);
		assert_ok!(claim(BOB, r));
		assert_ok!(claim(DAVE, r));
		assert_eq!(free(BOB) + free(DAVE) - before, 500, "the same half");
		// Tokens moved after the record date earn nothing at the new account.
		transfer(t, CHARLIE, EVE, 50);
		assert_refused(|| claim(EVE, r), Error::<Test>::NothingToClaim);
		assert_ok!(claim(CHARLIE, r));
	});
}
