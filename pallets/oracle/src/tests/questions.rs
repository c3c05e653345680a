//! Questions: asking, the designated and the open report, finalisation, the network's
//! decision.

use super::*;

#[test]
fn an_issuer_asks_about_its_token_holding_the_deposit() {
	run(|| {
		let (token, id) = question();
		assert_eq!(
			last_event(),
			Event::QuestionAsked {
				id,
				asker: Some(ISSUER),
				token: Some(token),
				designated: ALICE,
				resolves_at: RESOLVES,
				deposit: QUESTION_DEPOSIT
			}
		);
		assert_eq!(held(HoldReason::QuestionDeposit, ISSUER), QUESTION_DEPOSIT);
		assert_eq!(q(id).phase, Phase::Open);
		assert_eq!(crate::OpenQuestions::<Test>::get(token), 1);
	});
}

#[test]
fn the_admin_asks_about_anything_without_deposit() {
	run(|| {
		reporter(ALICE);
		let id = ask_as(root(), None, ALICE);
		assert_eq!(q(id).deposit, 0);
		assert_eq!(q(id).asker, None);
		let token = new_token(OTHER_ISSUER);
		ask_as(root(), Some(token), ALICE);
	});
}

#[test]
fn asking_errors() {
	run(|| {
		reporter(ALICE);
		let token = new_token(ISSUER);
		let ask = |origin: RuntimeOrigin,
		           token: Option<TokenId>,
		           kind: QuestionKindOf<Test>,
		           designated: AccountId,
		           at: u64| Oracle::ask(origin, token, kind, TERMS, designated, at);
		let one_label =
			QuestionKind::Categorical(BoundedVec::truncate_from(vec![BoundedVec::truncate_from(
				b"yes".to_vec(),
			)]));
		let empty_label = QuestionKind::Categorical(BoundedVec::truncate_from(vec![
			BoundedVec::truncate_from(b"yes".to_vec()),
			BoundedVec::new(),
		]));
		for kind in [
			one_label,
			empty_label,
			QuestionKind::Scalar { min: 5, max: 5 },
		] {
			assert_noop!(
				ask(signed(ISSUER), Some(token), kind, ALICE, RESOLVES),
				Error::<Test>::InvalidQuestion
			);
		}
		go_to(5);
		assert_noop!(
			ask(signed(ISSUER), Some(token), yes_no(), ALICE, 4),
			Error::<Test>::ResolutionInPast
		);
		assert_noop!(
			ask(signed(ISSUER), Some(77), yes_no(), ALICE, RESOLVES),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			ask(signed(ISSUER), None, yes_no(), ALICE, RESOLVES),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			ask(signed(OTHER_ISSUER), Some(token), yes_no(), ALICE, RESOLVES),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			ask(signed(ISSUER), Some(token), yes_no(), BOB, RESOLVES),
			Error::<Test>::InvalidDesignated
		);
		// The asker may not report on its own question.
		reporter(ISSUER);
		assert_noop!(
			ask(signed(ISSUER), Some(token), yes_no(), ISSUER, RESOLVES),
			Error::<Test>::InvalidDesignated
		);
		assert_noop!(
			ask(
				RuntimeOrigin::none(),
				Some(token),
				yes_no(),
				ALICE,
				RESOLVES
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn who_fills_a_tokens_question_slots_and_what_it_costs() {
	run(|| {
		let (token, _) = question();
		ask_as(signed(ISSUER), Some(token), ALICE);
		assert_eq!(
			held(HoldReason::QuestionDeposit, ISSUER),
			2 * QUESTION_DEPOSIT
		);
		// Only the token's issuer or the network, and only so many unresolved at once.
		assert_noop!(
			Oracle::ask(
				signed(ISSUER),
				Some(token),
				yes_no(),
				TERMS,
				ALICE,
				RESOLVES
			),
			Error::<Test>::TooManyQuestions
		);
		assert_noop!(
			Oracle::ask(root(), Some(token), yes_no(), TERMS, ALICE, RESOLVES),
			Error::<Test>::TooManyQuestions
		);
		// Resolving one frees its slot.
		go_to(RESOLVES);
		assert_ok!(Oracle::report(signed(ALICE), 0, YES));
		after_window(0);
		assert_ok!(Oracle::finalize(signed(NOBODY), 0));
		assert_ok!(Oracle::ask(
			signed(ISSUER),
			Some(token),
			yes_no(),
			TERMS,
			ALICE,
			now() + 10
		));
		assert_ok!(claim(0, ALICE));
	});
}

#[test]
fn the_designated_reporter_reports_first_staking_the_designated_bond() {
	run(|| {
		let (_, id) = question();
		go_to(RESOLVES - 1);
		assert_noop!(
			Oracle::report(signed(ALICE), id, YES),
			Error::<Test>::NotYetResolvable
		);
		go_to(RESOLVES);
		reporter(BOB);
		assert_noop!(
			Oracle::report(signed(BOB), id, YES),
			Error::<Test>::NotDesignated
		);
		assert_noop!(
			Oracle::report(signed(ALICE), id, Outcome::Category(2)),
			Error::<Test>::InvalidOutcome
		);
		assert_noop!(
			Oracle::report(signed(ALICE), id, Outcome::Scalar(1)),
			Error::<Test>::InvalidOutcome
		);
		let before = free(ALICE);
		assert_ok!(Oracle::report(signed(ALICE), id, YES));
		assert_eq!(
			last_event(),
			Event::Reported {
				id,
				reporter: ALICE,
				outcome: YES,
				stake: DESIGNATED_BOND,
				designated: true,
				window_end: RESOLVES + DISPUTE_WINDOW
			}
		);
		assert_eq!(free(ALICE), before - DESIGNATED_BOND);
		assert_eq!(
			held(HoldReason::DisputeStake, pallet_account()),
			DESIGNATED_BOND
		);
		assert_eq!(q(id).phase, Phase::Disputable);
		assert_noop!(
			Oracle::report(signed(ALICE), id, NO),
			Error::<Test>::AlreadyReported
		);
		assert_noop!(
			Oracle::report(signed(ALICE), 9, NO),
			Error::<Test>::UnknownQuestion
		);
		assert_noop!(Oracle::report(root(), id, NO), DispatchError::BadOrigin);
	});
}

#[test]
fn a_designated_reporter_below_the_minimum_bond_cannot_report() {
	run(|| {
		let (_, id) = question();
		assert_ok!(Oracle::unbond(signed(ALICE), 1));
		go_to(RESOLVES);
		assert_noop!(
			Oracle::report(signed(ALICE), id, YES),
			Error::<Test>::BondBelowMinimum
		);
	});
}

#[test]
fn after_the_designated_window_any_reporter_takes_its_place_and_reward() {
	run(|| {
		let (_, id) = question();
		reporter(BOB);
		go_to(RESOLVES + DESIGNATED_WINDOW - 1);
		assert_noop!(
			Oracle::report(signed(BOB), id, YES),
			Error::<Test>::NotDesignated
		);
		go_to(RESOLVES + DESIGNATED_WINDOW);
		assert_noop!(
			Oracle::report(signed(FUNDER), id, YES),
			Error::<Test>::NotReporter
		);
		assert_ok!(Oracle::report(signed(BOB), id, YES));
		assert!(matches!(
			last_event(),
			Event::Reported {
				reporter: BOB,
				designated: false,
				stake: DESIGNATED_BOND,
				..
			}
		));
		after_window(id);
		let before = free(BOB);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert!(matches!(
			last_event(),
			Event::Resolved {
				deposit_to: Some(BOB),
				..
			}
		));
		assert_eq!(free(BOB), before + QUESTION_DEPOSIT);
		assert_ok!(claim(id, BOB));
		assert_eq!(free(BOB), before + QUESTION_DEPOSIT + DESIGNATED_BOND);
	});
}

#[test]
fn an_undisputed_report_is_final_after_its_window() {
	run(|| {
		let (token, id) = reported();
		assert_noop!(
			Oracle::finalize(signed(NOBODY), id),
			Error::<Test>::WindowOpen
		);
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_eq!(
			last_event(),
			Event::Resolved {
				id,
				outcome: YES,
				by_network: false,
				burned: 0,
				deposit_to: Some(ALICE)
			}
		);
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Final(YES)));
		assert_eq!(crate::OpenQuestions::<Test>::get(token), 0);
		assert_noop!(
			Oracle::finalize(signed(NOBODY), id),
			Error::<Test>::NotDisputable
		);
		assert_noop!(
			Oracle::finalize(signed(NOBODY), 9),
			Error::<Test>::UnknownQuestion
		);
		assert_noop!(Oracle::finalize(root(), id), DispatchError::BadOrigin);
		let before = free(ALICE);
		assert_ok!(claim(id, ALICE));
		assert_eq!(free(ALICE), before + DESIGNATED_BOND);
	});
}

#[test]
fn an_unreported_question_cannot_be_finalized_or_decided() {
	run(|| {
		let (_, id) = question();
		go_to(100);
		assert_noop!(
			Oracle::finalize(signed(NOBODY), id),
			Error::<Test>::NotDisputable
		);
		assert_noop!(Oracle::decide(root(), id, YES), Error::<Test>::NotEscalated);
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Asked));
	});
}

#[test]
fn scalar_questions_take_values_of_their_range() {
	run(|| {
		reporter(ALICE);
		let token = new_token(ISSUER);
		assert_ok!(Oracle::ask(
			signed(ISSUER),
			Some(token),
			QuestionKind::Scalar {
				min: -500,
				max: 500
			},
			TERMS,
			ALICE,
			RESOLVES
		));
		go_to(RESOLVES);
		assert_noop!(
			Oracle::report(signed(ALICE), 0, Outcome::Scalar(501)),
			Error::<Test>::InvalidOutcome
		);
		assert_noop!(
			Oracle::report(signed(ALICE), 0, YES),
			Error::<Test>::InvalidOutcome
		);
		assert_ok!(Oracle::report(signed(ALICE), 0, Outcome::Scalar(-125)));
		assert_eq!(
			Oracle::status(0),
			Some(OutcomeStatus::Tentative(Outcome::Scalar(-125)))
		);
	});
}

#[test]
fn question_ids_are_never_reused() {
	run(|| {
		reporter(ALICE);
		crate::NextQuestionId::<Test>::put(QuestionId::MAX);
		assert_noop!(
			Oracle::ask(root(), None, yes_no(), TERMS, ALICE, RESOLVES),
			Error::<Test>::QuestionIdsExhausted
		);
	});
}
