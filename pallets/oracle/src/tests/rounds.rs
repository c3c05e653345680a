//! Rounds: closing, rewards in the band, outlier streaks, slashes after `OutlierRounds`.

use super::*;

/// ALICE, BOB and CHARLIE report on the funded FX feed (two needed); EVE is the outlier.
fn scored_feed() {
	feed_with(fx(), 2, &[ALICE, BOB, CHARLIE, EVE]);
	assert_ok!(Oracle::fund_feed(signed(FUNDER), fx(), 10_000));
}

/// Everyone reports in the current round (EVE `eve`), then the round closes.
fn round_with(eve: Option<u128>) {
	submit(ALICE, &fx(), 1_000);
	submit(BOB, &fx(), 1_010);
	submit(CHARLIE, &fx(), 995);
	if let Some(v) = eve {
		submit(EVE, &fx(), v);
	}
	go_to((now() / ROUND + 1) * ROUND);
	assert_ok!(close(&fx()));
}

#[test]
fn reports_in_the_band_share_the_rounds_reward() {
	run(|| {
		scored_feed();
		round_with(Some(1_015));
		assert_eq!(
			last_event(),
			Event::RoundClosed {
				key: fx(),
				round: 0,
				reports: 4,
				median: Some(1_005),
				in_band: 4,
				reward: (REWARD / 4) * 4
			}
		);
		for who in [ALICE, BOB, CHARLIE, EVE] {
			assert_eq!(Standings::<Test>::get(fx(), who).unclaimed, REWARD / 4);
		}
		// What does not divide stays in the pot.
		assert_eq!(
			Feeds::<Test>::get(fx()).unwrap().pot,
			10_000 - (REWARD / 4) * 4
		);
	});
}

#[test]
fn a_round_is_closed_once_and_only_after_it_ends() {
	run(|| {
		scored_feed();
		assert_noop!(close(&fx()), Error::<Test>::NoRoundToClose);
		go_to(ROUND);
		assert_ok!(close(&fx()));
		assert_noop!(close(&fx()), Error::<Test>::NoRoundToClose);
		assert_noop!(close(&FeedKey::Nav(1)), Error::<Test>::UnknownFeed);
		assert_noop!(
			post(Oracle::close_round(RuntimeOrigin::none(), fx())),
			DispatchError::BadOrigin
		);
		// A feed created in round 1 has no round 0 to close.
		go_to(ROUND + 1);
		assert_ok!(Oracle::create_feed(root(), FeedKey::Nav(0), config(1)));
		go_to(2 * ROUND);
		assert_ok!(post(Oracle::close_round(signed(NOBODY), FeedKey::Nav(0))));
		go_to(3 * ROUND);
		assert_ok!(close(&fx()));
	});
}

#[test]
fn a_round_with_too_few_reports_scores_nobody() {
	run(|| {
		scored_feed();
		submit(EVE, &fx(), 5);
		go_to(ROUND);
		assert_ok!(close(&fx()));
		assert_eq!(
			last_event(),
			Event::RoundClosed {
				key: fx(),
				round: 0,
				reports: 1,
				median: None,
				in_band: 0,
				reward: 0
			}
		);
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 0);
	});
}

#[test]
fn a_report_of_the_previous_round_counts_even_after_a_new_one() {
	run(|| {
		scored_feed();
		submit(ALICE, &fx(), 1_000);
		submit(BOB, &fx(), 1_000);
		go_to(ROUND);
		// ALICE reports again before anyone closes round 0.
		submit(ALICE, &fx(), 2_000);
		assert_ok!(close(&fx()));
		assert!(matches!(
			last_event(),
			Event::RoundClosed {
				reports: 2,
				median: Some(1_000),
				in_band: 2,
				..
			}
		));
	});
}

#[test]
fn one_outlier_round_is_noise_three_in_a_row_are_slashed() {
	run(|| {
		reporter_with(EVE, 20_000);
		scored_feed();
		round_with(Some(1_500));
		let risk = Perbill::from_percent(10) * 20_000;
		assert_eq!(
			events().into_iter().rev().nth(1),
			Some(Event::Outlier {
				key: fx(),
				reporter: EVE,
				streak: 1,
				at_risk: risk
			})
		);
		assert_eq!(at_risk(EVE), risk);
		assert_eq!(Standings::<Test>::get(fx(), EVE).unclaimed, 0);
		// What is at risk cannot be unbonded, nor can EVE leave the feed.
		assert_noop!(
			Oracle::unbond(signed(EVE), 20_000 - risk + 1),
			Error::<Test>::BondLocked
		);
		assert_noop!(
			Oracle::leave_feed(signed(EVE), fx(), EVE),
			Error::<Test>::OutlierStreak
		);
		assert_ok!(Oracle::unbond(signed(EVE), 20_000 - risk));
		// A round EVE skips neither counts nor breaks the streak.
		round_with(None);
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 1);
		round_with(Some(1_500));
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 2);
		let issuance = total_issuance();
		round_with(Some(1_500));
		assert!(events().contains(&Event::OutlierSlashed {
			key: fx(),
			reporter: EVE,
			slashed: risk
		}));
		assert_eq!(total_issuance(), issuance - risk);
		// The slash took what the streak put at risk, the unbonding part is whole.
		assert_eq!(held(HoldReason::ReporterBond, EVE), 20_000 - risk);
		assert_eq!(bond_of(EVE), 0);
		assert_eq!(at_risk(EVE), 0);
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 0);
	});
}

#[test]
fn a_report_in_the_band_ends_a_streak_and_frees_what_it_put_at_risk() {
	run(|| {
		scored_feed();
		round_with(Some(1_500));
		round_with(Some(1_500));
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 2);
		round_with(Some(1_001));
		assert_eq!(Standings::<Test>::get(fx(), EVE).streak, 0);
		assert_eq!(at_risk(EVE), 0);
		assert_eq!(bond_of(EVE), MIN_BOND);
		assert_ok!(Oracle::leave_feed(signed(EVE), fx(), EVE));
	});
}

#[test]
fn the_admin_removing_an_outlier_forgives_its_streak() {
	run(|| {
		scored_feed();
		round_with(Some(1_500));
		assert_ok!(Oracle::leave_feed(root(), fx(), EVE));
		assert_eq!(at_risk(EVE), 0);
		assert_ok!(Oracle::remove_reporter(root(), EVE));
	});
}

#[test]
fn closing_is_charged_the_largest_feed_and_refunded_to_this_one() {
	run(|| {
		scored_feed();
		go_to(ROUND);
		let info = Oracle::close_round(signed(NOBODY), fx()).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::close_round(4))
		);
	});
}
