//! The attacks the issue names, each as a test.

use super::*;

#[test]
fn a_colluding_minority_of_feeders_cannot_move_the_median_outside_the_honest_range() {
	run(|| {
		feed_with(fx(), 3, &[ALICE, BOB, CHARLIE, DAVE, EVE]);
		for (liar_value, lo, hi) in [(u128::MAX, 1_000, 1_010), (0, 1_000, 1_010)] {
			submit(ALICE, &fx(), 1_000);
			submit(BOB, &fx(), 1_004);
			submit(CHARLIE, &fx(), 1_010);
			// Two of five collude on an extreme value.
			submit(DAVE, &fx(), liar_value);
			submit(EVE, &fx(), liar_value);
			let quote = Oracle::quote(&fx()).unwrap();
			assert!(quote.is_fresh());
			assert!((lo..=hi).contains(&quote.value), "moved to {}", quote.value);
		}
		// And they are the round's outliers, the honest majority its earners.
		assert_ok!(Oracle::fund_feed(signed(FUNDER), fx(), 1_000));
		go_to(ROUND);
		assert_ok!(close(&fx()));
		assert_eq!(Standings::<Test>::get(fx(), DAVE).streak, 1);
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 1);
		assert_eq!(Standings::<Test>::get(fx(), ALICE).unclaimed, REWARD / 3);
	});
}

#[test]
fn a_feed_whose_reporters_stop_reports_stale_and_since_when() {
	run(|| {
		feed_with(fx(), 2, &[ALICE, BOB, CHARLIE]);
		submit(ALICE, &fx(), 100);
		go_to(4);
		submit(BOB, &fx(), 102);
		go_to(6);
		submit(CHARLIE, &fx(), 104);
		// The reporters stop. Two fresh reports are needed: BOB's, the second newest, is
		// fresh through block 4 + MAX_AGE.
		go_to(4 + MAX_AGE);
		assert!(Oracle::quote(&fx()).unwrap().is_fresh());
		go_to(4 + MAX_AGE + 1);
		let quote = Oracle::quote(&fx()).unwrap();
		assert_eq!(
			quote.freshness,
			Freshness::Stale {
				since: 4 + MAX_AGE + 1
			}
		);
		assert_eq!(quote.fresh_value(), None);
		// The last values are shown, flagged, never as a current price.
		assert_eq!((quote.value, quote.reports, quote.updated_at), (102, 3, 6));
		go_to(500);
		let quote = Oracle::quote(&fx()).unwrap();
		assert_eq!(quote.freshness, Freshness::Stale { since: 25 });
		// A new report alone does not make it fresh again; two do.
		submit(ALICE, &fx(), 110);
		assert!(!Oracle::quote(&fx()).unwrap().is_fresh());
		submit(BOB, &fx(), 112);
		assert_eq!(Oracle::quote(&fx()).unwrap().fresh_value(), Some(111));
	});
}

#[test]
fn a_feed_that_never_had_enough_reports_is_stale_since_its_creation() {
	run(|| {
		go_to(3);
		feed_with(fx(), 2, &[ALICE, BOB]);
		go_to(7);
		submit(ALICE, &fx(), 100);
		assert_eq!(
			Oracle::quote(&fx()).unwrap().freshness,
			Freshness::Stale { since: 3 }
		);
	});
}

#[test]
fn disputing_oneself_loses_money() {
	run(|| {
		let (_, id) = reported();
		let start = free(ALICE) + DESIGNATED_BOND;
		// ALICE disputes her own report, then lets her dispute stand.
		assert_ok!(dispute(ALICE, id, NO, 200));
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_ok!(claim(id, ALICE));
		// She gets back her winning 200 and her losing 100 less the burn: 50 lost, and the
		// deposit went back to the asker.
		assert_eq!(free(ALICE), start - 50);
		assert!(matches!(
			events()
				.iter()
				.rev()
				.find(|e| matches!(e, Event::Resolved { .. })),
			Some(Event::Resolved {
				deposit_to: Some(ISSUER),
				..
			})
		));
	});
}

#[test]
fn disputing_oneself_back_and_forth_loses_more() {
	run(|| {
		let (_, id) = reported();
		let start = free(ALICE) + DESIGNATED_BOND;
		assert_ok!(dispute(ALICE, id, NO, 200));
		assert_ok!(dispute(ALICE, id, YES, 300));
		after_window(id);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_ok!(claim(id, ALICE));
		// YES wins 400 back; NO's 200 loses half. The deposit is her only gain: 100 - 100.
		assert_eq!(free(ALICE), start - 100 + QUESTION_DEPOSIT);
		assert!(free(ALICE) <= start);
	});
}

#[test]
fn a_dispute_one_block_before_the_window_ends_counts_one_block_after_does_not() {
	run(|| {
		let (_, id) = reported();
		reporter(BOB);
		let end = q(id).window_end;
		go_to(end - 1);
		assert_ok!(dispute(BOB, id, NO, 50));
		assert_noop!(
			Oracle::finalize(signed(NOBODY), id),
			Error::<Test>::WindowOpen
		);
		go_to(end);
		assert_noop!(dispute(BOB, id, NO, 150), Error::<Test>::WindowClosed);
		assert_ok!(Oracle::finalize(signed(NOBODY), id));
		assert_eq!(Oracle::status(id), Some(OutcomeStatus::Final(YES)));
		// The partial dispute never filled: refunded in full.
		let bob = free(BOB);
		assert_ok!(claim(id, BOB));
		assert_eq!(free(BOB), bob + 50);
		assert_ok!(claim(id, ALICE));
	});
}

#[test]
fn a_whale_outstaking_honest_reporters_in_the_last_window_escalates_instead_of_winning() {
	run(|| {
		let (_, id) = reported();
		reporter(BOB);
		reporter(WHALE);
		let whale = free(WHALE);
		// The whale disputes the honest report, honest BOB disputes back.
		assert_ok!(dispute(WHALE, id, NO, 200));
		assert_ok!(dispute(BOB, id, YES, 300));
		// The last round: the whale outstakes everyone else together...
		after_window(id);
		go_to(now() - 1);
		assert_ok!(dispute(WHALE, id, NO, 1_000_000));
		// ...but does not win outright: the council decides.
		assert_eq!(q(id).phase, Phase::Escalated);
		go_to(10_000);
		assert_noop!(
			Oracle::finalize(signed(NOBODY), id),
			Error::<Test>::NotDisputable
		);
		assert_ok!(Oracle::decide(root(), id, YES));
		let (alice, bob) = (free(ALICE), free(BOB));
		for who in [ALICE, BOB, WHALE] {
			assert_ok!(claim(id, who));
		}
		// The whale staked 800 on NO and lost it; half is burned, half goes to YES by stake.
		assert_eq!(free(WHALE), whale - 800);
		assert_eq!(free(ALICE), alice + 100 + 100);
		assert_eq!(free(BOB), bob + 300 + 300);
	});
}
