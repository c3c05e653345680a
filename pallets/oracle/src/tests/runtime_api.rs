//! The runtime API's answers.

use super::*;

#[test]
fn the_feed_query_shows_the_quote_and_every_report() {
	run(|| {
		feed_with(fx(), 2, &[ALICE, BOB]);
		submit(ALICE, &fx(), 100);
		let info = Oracle::api_feed(fx()).unwrap();
		assert_eq!(info.reports.len(), 2);
		assert!(!info.quote.unwrap().is_fresh());
		let alice = info.reports.iter().find(|r| r.reporter == ALICE).unwrap();
		assert_eq!((alice.last, alice.fresh), (Some((100, 1)), true));
		let bob = info.reports.iter().find(|r| r.reporter == BOB).unwrap();
		assert_eq!(bob.last, None);
		assert_eq!(Oracle::api_price(fx()), Oracle::quote(&fx()));
		assert_eq!(Oracle::api_feed(FeedKey::Nav(3)), None);
	});
}

#[test]
fn the_question_query_shows_the_round_deadlines_and_stakes() {
	run(|| {
		let (token, id) = reported();
		reporter(BOB);
		assert_ok!(dispute(BOB, id, NO, 150));
		let info = Oracle::api_question(id).unwrap();
		assert_eq!(info.token, Some(token));
		assert_eq!(info.labels, vec![b"no".to_vec(), b"yes".to_vec()]);
		assert_eq!(info.status, OutcomeStatus::Tentative(YES));
		assert_eq!(info.round, 0);
		assert_eq!(info.window_end, Some(RESOLVES + DISPUTE_WINDOW));
		assert_eq!(info.open_reporting_from, RESOLVES + DESIGNATED_WINDOW);
		assert_eq!(info.disputes.len(), 1);
		assert_eq!(
			(info.disputes[0].raised, info.disputes[0].required),
			(150, 200)
		);
		assert_eq!(info.required_for_new_outcome, Some(200));
		assert_eq!(Oracle::api_required_stake(id, YES), None);
		assert_eq!(Oracle::api_required_stake(id, NO), Some(200));
		assert_eq!(Oracle::api_question(9), None);
	});
}

#[test]
fn the_reporter_query_shows_bond_open_stakes_and_claimable_rewards() {
	run(|| {
		feed_with(fx(), 1, &[ALICE]);
		assert_ok!(Oracle::fund_feed(signed(FUNDER), fx(), 1_000));
		submit(ALICE, &fx(), 100);
		let token = new_token(ISSUER);
		let id = ask_as(signed(ISSUER), Some(token), ALICE);
		go_to(RESOLVES);
		assert_ok!(close(&fx()));
		assert_ok!(Oracle::report(signed(ALICE), id, YES));
		let view = Oracle::api_reporter(ALICE);
		assert!(view.admitted);
		assert_eq!(view.bond, MIN_BOND);
		assert_eq!(view.feeds, vec![fx()]);
		assert_eq!(view.open_stakes, vec![(id, DESIGNATED_BOND)]);
		assert_eq!(view.claimable_rewards, vec![(fx(), REWARD)]);
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		let view = Oracle::api_reporter(ALICE);
		assert_eq!(view.open_stakes, vec![]);
		assert_eq!(view.claimable_stakes, vec![(id, DESIGNATED_BOND)]);
		assert_ok!(claim(id, ALICE));
		assert!(!Oracle::api_reporter(NOBODY).admitted);
	});
}
