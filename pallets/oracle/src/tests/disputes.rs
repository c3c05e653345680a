//! Disputes: crowdfunds, Augur's required stakes, rounds with growing windows, escalation
//! and the network's decision.

use super::*;

/// [`reported`], with BOB, CHARLIE, DAVE and the whale admitted and bonded.
fn disputable() -> QuestionId {
	let (_, id) = reported();
	for who in [BOB, CHARLIE, DAVE, WHALE] {
		reporter(who);
	}
	id
}

/// A scalar question from -100 to 100, reported 0 by ALICE.
fn scalar() -> QuestionId {
	for who in [ALICE, BOB, CHARLIE, DAVE] {
		reporter(who);
	}
	assert_ok!(Oracle::ask(
		root(),
		None,
		QuestionKind::Scalar {
			min: -100,
			max: 100
		},
		TERMS,
		ALICE,
		RESOLVES
	));
	go_to(RESOLVES);
	assert_ok!(Oracle::report(signed(ALICE), 0, Outcome::Scalar(0)));
	0
}

#[test]
fn stakers_fill_a_dispute_together_and_start_a_longer_round() {
	run(|| {
		let id = disputable();
		assert_eq!(required(id, NO), 2 * DESIGNATED_BOND);
		assert_ok!(dispute(BOB, id, NO, 150));
		assert_eq!(
			last_event(),
			Event::Disputed {
				id,
				staker: BOB,
				fund: 1,
				outcome: NO,
				amount: 150,
				raised: 150,
				required: 200
			}
		);
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Tentative(YES)));
		// CHARLIE offers more than is missing: only the missing 50 is taken.
		let before = free(CHARLIE);
		assert_ok!(dispute(CHARLIE, id, NO, 500));
		assert_eq!(free(CHARLIE), before - 50);
		assert_eq!(
			last_event(),
			Event::RoundStarted {
				id,
				round: 1,
				outcome: NO,
				stake: 200,
				window_end: RESOLVES + 2 * DISPUTE_WINDOW
			}
		);
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Tentative(NO)));
		// Back to YES: 2 * 300 - 3 * 100.
		assert_eq!(required(id, YES), 300);
		assert_eq!(required(id, Outcome::Invalid), 600);
		assert_ok!(dispute(DAVE, id, YES, 300));
		assert_eq!(q(id).window_end, RESOLVES + 4 * DISPUTE_WINDOW);
		assert_eq!(q(id).disputes(), 2);
	});
}

#[test]
fn dispute_errors() {
	run(|| {
		let (_, open) = question();
		for who in [BOB, CHARLIE] {
			reporter(who);
		}
		assert_noop!(dispute(BOB, open, NO, 100), Error::<Test>::NotDisputable);
		assert_noop!(dispute(BOB, 9, NO, 100), Error::<Test>::UnknownQuestion);
		go_to(RESOLVES);
		assert_ok!(Oracle::report(signed(ALICE), open, YES));
		let id = open;
		assert_noop!(dispute(FUNDER, id, NO, 100), Error::<Test>::NotReporter);
		assert_noop!(
			dispute(BOB, id, Outcome::Category(7), 100),
			Error::<Test>::InvalidOutcome
		);
		assert_noop!(dispute(BOB, id, YES, 100), Error::<Test>::SameOutcome);
		assert_noop!(dispute(BOB, id, NO, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			dispute(BOB, id, NO, MIN_DISPUTE_STAKE - 1),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			Oracle::dispute(root(), id, NO, 100),
			DispatchError::BadOrigin
		);
		// The last few units that fill a dispute may be below the minimum.
		assert_ok!(dispute(BOB, id, NO, 195));
		assert_ok!(dispute(CHARLIE, id, NO, 5));
		assert_eq!(q(id).tentative(), Some(NO));
		assert_ok!(Oracle::unbond(signed(BOB), 1));
		assert_noop!(dispute(BOB, id, YES, 100), Error::<Test>::BondBelowMinimum);
	});
}

#[test]
fn a_dispute_has_a_bounded_number_of_stakers() {
	run(|| {
		let id = disputable();
		assert_ok!(dispute(BOB, id, NO, 10));
		assert_ok!(dispute(CHARLIE, id, NO, 10));
		assert_ok!(dispute(DAVE, id, NO, 10));
		assert_noop!(
			dispute(WHALE, id, NO, 10),
			Error::<Test>::TooManyContributors
		);
		// A staker adds to its own stake freely; the whale fills another dispute.
		assert_ok!(dispute(BOB, id, NO, 10));
		assert_ok!(dispute(WHALE, id, Outcome::Invalid, 10));
	});
}

#[test]
fn who_fills_a_rounds_dispute_slots_and_what_it_costs() {
	run(|| {
		let id = scalar();
		// Two disputes being filled at once; each slot costs its opener its stake until the
		// question resolves (refunded then, since they never filled).
		assert_ok!(dispute(BOB, id, Outcome::Scalar(1), 10));
		assert_ok!(dispute(CHARLIE, id, Outcome::Scalar(2), 20));
		assert_noop!(
			dispute(DAVE, id, Outcome::Scalar(3), 10),
			Error::<Test>::TooManyDisputes
		);
		// A larger one takes the slot of the smallest: squatting on slots cheaply fails.
		assert_ok!(dispute(DAVE, id, Outcome::Scalar(3), 11));
		let open: Vec<Outcome> = q(id).crowdfunds.iter().map(|c| c.outcome).collect();
		assert_eq!(open, vec![Outcome::Scalar(2), Outcome::Scalar(3)]);
		// BOB's evicted stake stays held, to be refunded.
		assert_eq!(Stakes::<Test>::get(BOB, id).unwrap()[0].amount, 10);
		// An account's stakes on one question are bounded.
		assert_ok!(dispute(ALICE, id, Outcome::Scalar(2), 10));
		assert_ok!(dispute(ALICE, id, Outcome::Scalar(3), 10));
		assert_noop!(
			dispute(ALICE, id, Outcome::Scalar(4), 50),
			Error::<Test>::TooManyStakes
		);
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		let before = free(BOB);
		assert_ok!(claim(id, BOB));
		assert_eq!(free(BOB), before + 10);
	});
}

#[test]
fn after_the_last_round_the_question_escalates_to_the_council() {
	run(|| {
		let id = disputable();
		assert_ok!(dispute(BOB, id, NO, 200));
		assert_ok!(dispute(CHARLIE, id, YES, 300));
		assert_noop!(Oracle::decide(root(), id, YES), Error::<Test>::NotEscalated);
		assert_ok!(dispute(DAVE, id, NO, 600));
		assert_eq!(
			last_event(),
			Event::Escalated {
				id,
				round: MAX_DISPUTE_ROUNDS,
				outcome: NO
			}
		);
		assert_eq!(q(id).phase, Phase::Escalated);
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Tentative(NO)));
		// No more disputes, no finalisation: only the admin origin decides.
		go_to(1_000);
		assert_noop!(dispute(BOB, id, YES, 1_200), Error::<Test>::NotDisputable);
		assert_noop!(
			Oracle::finalize(signed(NOBODY), id),
			Error::<Test>::NotDisputable
		);
		assert_noop!(
			Oracle::decide(signed(ALICE), id, YES),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Oracle::decide(root(), id, Outcome::Scalar(3)),
			Error::<Test>::InvalidOutcome
		);
		assert_noop!(
			Oracle::decide(root(), 9, YES),
			Error::<Test>::UnknownQuestion
		);
		assert_ok!(Oracle::decide(root(), id, YES));
		assert!(matches!(
			last_event(),
			Event::Resolved {
				outcome: YES,
				by_network: true,
				..
			}
		));
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Final(YES)));
	});
}

#[test]
fn a_dispute_at_the_escalation_threshold_escalates_when_it_fills() {
	run(|| {
		EscalationThreshold::set(&300);
		let id = disputable();
		assert_ok!(dispute(BOB, id, NO, 200));
		assert_eq!(q(id).phase, Phase::Disputable);
		assert_ok!(dispute(CHARLIE, id, YES, 300));
		assert!(matches!(
			last_event(),
			Event::Escalated {
				round: 2,
				outcome: YES,
				..
			}
		));
	});
}

#[test]
fn windows_grow_and_are_capped() {
	run(|| {
		assert_eq!(Oracle::window_of(0), DISPUTE_WINDOW);
		assert_eq!(Oracle::window_of(1), 2 * DISPUTE_WINDOW);
		assert_eq!(Oracle::window_of(2), 4 * DISPUTE_WINDOW);
		assert_eq!(Oracle::window_of(3), MAX_DISPUTE_WINDOW);
		assert_eq!(Oracle::window_of(40), MAX_DISPUTE_WINDOW);
	});
}
