//! Resolution and claims: winners' shares, the burn, rounding, refunds of unfilled disputes,
//! invalid questions, the deposit.

use super::*;

/// [`reported`] YES by ALICE, disputed NO by BOB (`bob`) and CHARLIE (`200 - bob`).
fn disputed_no(bob: Balance) -> QuestionId {
	let (_, id) = reported();
	reporter(BOB);
	reporter(CHARLIE);
	assert_ok!(dispute(BOB, id, NO, bob));
	if bob < 200 {
		assert_ok!(dispute(CHARLIE, id, NO, 200 - bob));
	}
	id
}

#[test]
fn winners_take_the_losing_stakes_less_the_burn() {
	run(|| {
		let id = disputed_no(200);
		after_window(id);
		let issuance = total_issuance();
		let issuer = free(ISSUER);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_eq!(
			last_event(),
			Event::Resolved {
				id,
				outcome: NO,
				by_network: false,
				burned: 50,
				deposit_to: Some(ISSUER)
			}
		);
		// Half of ALICE's losing 100 burned; the deposit back to the asker, whose question
		// was answered wrongly at first.
		assert_eq!(total_issuance(), issuance - 50);
		assert_eq!(free(ISSUER), issuer + QUESTION_DEPOSIT);
		let bob = free(BOB);
		assert_ok!(claim(id, BOB));
		assert_eq!(free(BOB), bob + 250);
		assert_eq!(
			last_event(),
			Event::Claimed {
				id,
				staker: BOB,
				amount: 250
			}
		);
		let alice = free(ALICE);
		assert_ok!(claim(id, ALICE));
		assert_eq!(free(ALICE), alice);
		assert_eq!(held(HoldReason::DisputeStake, pallet_account()), 0);
		let s = q(id).settlement.unwrap();
		assert_eq!(s.paid + s.burned, q(id).total_staked);
	});
}

#[test]
fn the_last_winner_takes_what_rounding_left() {
	run(|| {
		let id = disputed_no(150);
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		let (bob, charlie) = (free(BOB), free(CHARLIE));
		assert_ok!(claim(id, BOB));
		assert_ok!(claim(id, CHARLIE));
		// 50 to share: 150/200 of it rounded down to BOB, the rest to CHARLIE.
		assert_eq!(free(BOB), bob + 150 + 37);
		assert_eq!(free(CHARLIE), charlie + 50 + 13);
		assert_ok!(claim(id, ALICE));
		let s = q(id).settlement.unwrap();
		assert_eq!((s.pool_left, s.shares_left), (0, 0));
		assert_eq!(s.paid + s.burned, q(id).total_staked);
	});
}

#[test]
fn claim_errors() {
	run(|| {
		let id = disputed_no(200);
		assert_noop!(claim(id, BOB), Error::<Test>::NotResolved);
		assert_noop!(claim(9, BOB), Error::<Test>::UnknownQuestion);
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_noop!(claim(id, DAVE), Error::<Test>::NothingToClaim);
		assert_ok!(claim(id, BOB));
		assert_noop!(claim(id, BOB), Error::<Test>::NothingToClaim);
		assert_noop!(
			Oracle::claim(RuntimeOrigin::none(), id, ALICE),
			DispatchError::BadOrigin
		);
		assert_ok!(claim(id, ALICE));
	});
}

#[test]
fn an_invalid_question_returns_the_stakes_less_the_burn_and_says_so() {
	run(|| {
		let (_, id) = reported();
		reporter(BOB);
		assert_ok!(dispute(BOB, id, Outcome::Invalid, 200));
		assert_eq!(
			Oracle::status(id),
			Some(OutcomeStatus::Tentative(Outcome::Invalid))
		);
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Invalid));
		let (alice, bob) = (free(ALICE), free(BOB));
		assert_ok!(claim(id, ALICE));
		assert_ok!(claim(id, BOB));
		// Nobody wins anything: BOB's stake on `Invalid` comes back, ALICE's loses the burn.
		assert_eq!(free(BOB), bob + 200);
		assert_eq!(free(ALICE), alice + 50);
	});
}

#[test]
fn a_decision_nobody_staked_on_refunds_every_stake_less_the_burn() {
	run(|| {
		for who in [ALICE, BOB, CHARLIE, DAVE] {
			reporter(who);
		}
		assert_ok!(Oracle::ask(
			root(),
			None,
			QuestionKind::Scalar { min: 0, max: 10 },
			TERMS,
			ALICE,
			RESOLVES
		));
		go_to(RESOLVES);
		assert_ok!(Oracle::report(signed(ALICE), 0, Outcome::Scalar(0)));
		assert_ok!(dispute(BOB, 0, Outcome::Scalar(1), 200));
		assert_ok!(dispute(CHARLIE, 0, Outcome::Scalar(0), 300));
		assert_ok!(dispute(DAVE, 0, Outcome::Scalar(1), 600));
		assert_eq!(q(0).phase, Phase::Escalated);
		assert_ok!(Oracle::decide(root(), 0, Outcome::Scalar(5)));
		let before: Vec<Balance> = [ALICE, BOB, CHARLIE, DAVE].map(free).to_vec();
		for who in [ALICE, BOB, CHARLIE, DAVE] {
			assert_ok!(claim(0, who));
		}
		let gained: Vec<Balance> = [ALICE, BOB, CHARLIE, DAVE]
			.iter()
			.zip(before)
			.map(|(w, b)| free(*w) - b)
			.collect();
		assert_eq!(gained, vec![50, 100, 150, 300]);
		assert_eq!(
			Oracle::status(0),
			Some(OutcomeStatus::Final(Outcome::Scalar(5)))
		);
	});
}

#[test]
fn disputes_that_never_filled_are_refunded_in_full() {
	run(|| {
		let (_, id) = reported();
		reporter(BOB);
		assert_ok!(dispute(BOB, id, NO, 150));
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		let bob = free(BOB);
		assert_ok!(claim(id, BOB));
		assert_eq!(free(BOB), bob + 150);
		// ALICE's report stood: her stake comes back.
		let alice = free(ALICE);
		assert_ok!(claim(id, ALICE));
		assert_eq!(free(ALICE), alice + DESIGNATED_BOND);
	});
}
