//! Feeds: creation, removal, joining and leaving, submissions, pots and claims, quotes.

use super::*;

#[test]
fn the_admin_creates_any_feed_without_deposit() {
	run(|| {
		assert_ok!(Oracle::create_feed(root(), fx(), config(2)));
		assert_eq!(
			last_event(),
			Event::FeedCreated {
				key: fx(),
				creator: None,
				config: config(2),
				deposit: 0
			}
		);
		assert_noop!(
			Oracle::create_feed(root(), fx(), config(2)),
			Error::<Test>::FeedExists
		);
		let custom = FeedKey::Custom(BoundedVec::truncate_from(b"EURIBOR-3M".to_vec()));
		assert_ok!(Oracle::create_feed(root(), custom, config(1)));
		assert_noop!(
			Oracle::create_feed(RuntimeOrigin::none(), FeedKey::Nav(0), config(1)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_feed_config_out_of_range_is_refused() {
	run(|| {
		let mut bad = vec![config(0), config(MAX_REPORTERS + 1)];
		let mut c = config(1);
		c.max_age = 0;
		bad.push(c);
		let mut c = config(1);
		c.unit.code = *b"eur";
		bad.push(c);
		for c in bad {
			assert_noop!(
				Oracle::create_feed(root(), fx(), c),
				Error::<Test>::InvalidFeedConfig
			);
		}
	});
}

#[test]
fn an_issuer_creates_its_own_tokens_nav_feed_with_a_deposit() {
	run(|| {
		let token = new_token(ISSUER);
		let other = new_token(OTHER_ISSUER);
		let before = held(HoldReason::FeedDeposit, ISSUER);
		assert_ok!(Oracle::create_feed(
			signed(ISSUER),
			FeedKey::Nav(token),
			config(1)
		));
		assert_eq!(held(HoldReason::FeedDeposit, ISSUER), before + FEED_DEPOSIT);
		assert_eq!(
			Feeds::<Test>::get(FeedKey::Nav(token)).unwrap().creator,
			Some(ISSUER)
		);
		// Not another issuer's token, not an FX rate, not an unknown token, not as anyone.
		assert_noop!(
			Oracle::create_feed(signed(ISSUER), FeedKey::Nav(other), config(1)),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Oracle::create_feed(signed(ISSUER), fx(), config(1)),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Oracle::create_feed(signed(ISSUER), FeedKey::Nav(77), config(1)),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			Oracle::create_feed(signed(FUNDER), FeedKey::Nav(other), config(1)),
			Error::<Test>::NoPermission
		);
	});
}

#[test]
fn removing_a_feed_pays_its_reporters_releases_the_deposit_and_burns_the_pot() {
	run(|| {
		let token = new_token(ISSUER);
		let key = FeedKey::Nav(token);
		let deposit_before = held(HoldReason::FeedDeposit, ISSUER);
		assert_ok!(Oracle::create_feed(signed(ISSUER), key.clone(), config(1)));
		reporter(ALICE);
		reporter(BOB);
		assert_ok!(Oracle::join_feed(signed(ALICE), key.clone()));
		assert_ok!(Oracle::join_feed(signed(BOB), key.clone()));
		assert_ok!(Oracle::fund_feed(signed(FUNDER), key.clone(), 1_000));
		submit(ALICE, &key, 100);
		go_to(ROUND);
		assert_ok!(close(&key));
		assert_eq!(Standings::<Test>::get(&key, ALICE).unclaimed, REWARD);
		assert_noop!(
			post(Oracle::remove_feed(signed(OTHER_ISSUER), key.clone())),
			Error::<Test>::NoPermission
		);
		let alice = free(ALICE);
		let issuance = total_issuance();
		assert_ok!(post(Oracle::remove_feed(signed(ISSUER), key.clone())));
		assert_eq!(
			last_event(),
			Event::FeedRemoved {
				key: key.clone(),
				reporters: 2,
				burned: 1_000 - REWARD
			}
		);
		assert_eq!(free(ALICE), alice + REWARD);
		assert_eq!(total_issuance(), issuance - (1_000 - REWARD));
		assert_eq!(held(HoldReason::FeedDeposit, ISSUER), deposit_before);
		assert_eq!(Reporters::<Test>::get(ALICE).unwrap().feeds, 0);
		assert_noop!(
			post(Oracle::remove_feed(root(), key)),
			Error::<Test>::UnknownFeed
		);
	});
}

#[test]
fn the_admin_removes_any_feed_and_its_weight_is_refunded() {
	run(|| {
		feed_with(fx(), 1, &[ALICE]);
		let info = Oracle::remove_feed(root(), fx()).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::remove_feed(1))
		);
		assert!(!Feeds::<Test>::contains_key(fx()));
		assert!(!Reports::<Test>::contains_key(fx(), ALICE));
	});
}

#[test]
fn joining_a_feed_takes_a_bonded_reporter_and_a_free_slot() {
	run(|| {
		assert_ok!(Oracle::create_feed(root(), fx(), config(1)));
		assert_noop!(
			Oracle::join_feed(signed(ALICE), fx()),
			Error::<Test>::NotReporter
		);
		reporter_with(ALICE, MIN_BOND - 1);
		assert_noop!(
			Oracle::join_feed(signed(ALICE), fx()),
			Error::<Test>::BondBelowMinimum
		);
		assert_ok!(Oracle::bond(signed(ALICE), 1));
		assert_noop!(
			Oracle::join_feed(signed(ALICE), FeedKey::Nav(5)),
			Error::<Test>::UnknownFeed
		);
		assert_ok!(Oracle::join_feed(signed(ALICE), fx()));
		assert_eq!(
			last_event(),
			Event::FeedJoined {
				key: fx(),
				reporter: ALICE
			}
		);
		assert_noop!(
			Oracle::join_feed(signed(ALICE), fx()),
			Error::<Test>::AlreadyFeedReporter
		);
		assert_noop!(Oracle::join_feed(root(), fx()), DispatchError::BadOrigin);
	});
}

#[test]
fn who_fills_a_feeds_reporter_slots_and_what_it_costs() {
	run(|| {
		// Only admitted reporters, each with at least the minimum bond locked while on it.
		feed_with(fx(), 1, &[ALICE, BOB, CHARLIE, DAVE, EVE]);
		reporter(FERDIE);
		assert_noop!(
			Oracle::join_feed(signed(FERDIE), fx()),
			Error::<Test>::TooManyReporters
		);
		for who in [ALICE, BOB, CHARLIE, DAVE, EVE] {
			assert_noop!(Oracle::unbond(signed(who), 1), Error::<Test>::BondLocked);
		}
		// The admin frees a slot.
		assert_ok!(Oracle::leave_feed(root(), fx(), EVE));
		assert_ok!(Oracle::join_feed(signed(FERDIE), fx()));
		// A reporter's own slots are bounded too.
		for i in 0..MAX_FEEDS {
			let key = FeedKey::Fx(*b"EUR", [b'A', b'A', b'A' + i as u8]);
			assert_ok!(Oracle::create_feed(root(), key.clone(), config(1)));
			if i + 1 < MAX_FEEDS {
				assert_ok!(Oracle::join_feed(signed(FERDIE), key));
			} else {
				assert_noop!(
					Oracle::join_feed(signed(FERDIE), key),
					Error::<Test>::TooManyFeeds
				);
			}
		}
	});
}

#[test]
fn leaving_a_feed_pays_the_rewards_and_only_the_reporter_or_the_admin_may() {
	run(|| {
		feed_with(fx(), 1, &[ALICE, BOB]);
		assert_noop!(
			Oracle::leave_feed(signed(BOB), fx(), ALICE),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Oracle::leave_feed(signed(ALICE), FeedKey::Nav(3), ALICE),
			Error::<Test>::UnknownFeed
		);
		assert_noop!(
			Oracle::leave_feed(signed(CHARLIE), fx(), CHARLIE),
			Error::<Test>::NotFeedReporter
		);
		assert_noop!(
			Oracle::leave_feed(RuntimeOrigin::none(), fx(), ALICE),
			DispatchError::BadOrigin
		);
		assert_ok!(Oracle::leave_feed(signed(ALICE), fx(), ALICE));
		assert_eq!(
			last_event(),
			Event::FeedLeft {
				key: fx(),
				reporter: ALICE,
				paid: 0
			}
		);
		assert_eq!(Feeds::<Test>::get(fx()).unwrap().reporters, 1);
	});
}

#[test]
fn a_submission_touches_one_entry_per_value() {
	run(|| {
		let nav = FeedKey::Nav(0);
		assert_ok!(Oracle::create_feed(root(), nav.clone(), config(1)));
		feed_with(fx(), 1, &[ALICE]);
		assert_ok!(Oracle::join_feed(signed(ALICE), nav.clone()));
		let v = values(&[(fx(), 108), (nav.clone(), 5_000)]);
		assert_ok!(Oracle::submit(signed(ALICE), v.clone()));
		assert_eq!(
			last_event(),
			Event::Submitted {
				reporter: ALICE,
				values: v
			}
		);
		let report = Reports::<Test>::get(&nav, ALICE).unwrap();
		assert_eq!(report.last().map(|r| (r.value, r.at)), Some((5_000, 1)));
		assert_eq!(report.previous(), None);
		// A later report of the same round replaces it; one of a new round keeps it.
		submit(ALICE, &nav, 5_001);
		go_to(ROUND);
		submit(ALICE, &nav, 5_002);
		let report = Reports::<Test>::get(&nav, ALICE).unwrap();
		assert_eq!(report.last().map(|r| r.value), Some(5_002));
		assert_eq!(report.previous().map(|r| r.value), Some(5_001));
	});
}

#[test]
fn submission_errors() {
	run(|| {
		feed_with(fx(), 1, &[ALICE]);
		assert_noop!(
			Oracle::submit(signed(BOB), values(&[(fx(), 1)])),
			Error::<Test>::NotReporter
		);
		reporter(BOB);
		assert_noop!(
			Oracle::submit(signed(BOB), values(&[(fx(), 1)])),
			Error::<Test>::NotFeedReporter
		);
		// One unknown feed fails the whole call.
		assert_noop!(
			Oracle::submit(signed(ALICE), values(&[(fx(), 1), (FeedKey::Nav(9), 2)])),
			Error::<Test>::NotFeedReporter
		);
		reporter_with(CHARLIE, MIN_BOND - 1);
		assert_noop!(
			Oracle::submit(signed(CHARLIE), values(&[(fx(), 1)])),
			Error::<Test>::BondBelowMinimum
		);
		assert_noop!(
			Oracle::submit(root(), values(&[(fx(), 1)])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_quote_is_the_median_of_fresh_reports() {
	run(|| {
		feed_with(fx(), 2, &[ALICE, BOB, CHARLIE]);
		assert_eq!(Oracle::quote(&fx()), None);
		submit(ALICE, &fx(), 100);
		go_to(3);
		submit(BOB, &fx(), 104);
		go_to(5);
		submit(CHARLIE, &fx(), 101);
		let q = Oracle::quote(&fx()).unwrap();
		assert_eq!(q.value, 101);
		assert_eq!(q.unit, eur());
		assert_eq!(q.updated_at, 5);
		assert_eq!(q.reports, 3);
		assert_eq!(q.freshness, Freshness::Fresh);
		assert_eq!(q.fresh_value(), Some(101));
		// ALICE's report ages out; two fresh ones still make a fresh (even) median.
		go_to(1 + MAX_AGE + 1);
		let q = Oracle::quote(&fx()).unwrap();
		assert_eq!((q.value, q.reports, q.is_fresh()), (102, 2, true));
		assert_eq!(Oracle::quote(&FeedKey::Nav(1)), None);
	});
}

#[test]
fn pots_are_funded_by_anyone_and_rewards_claimed() {
	run(|| {
		feed_with(fx(), 1, &[ALICE]);
		assert_noop!(
			Oracle::fund_feed(signed(FUNDER), fx(), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Oracle::fund_feed(signed(FUNDER), FeedKey::Nav(4), 10),
			Error::<Test>::UnknownFeed
		);
		assert_noop!(
			Oracle::fund_feed(root(), fx(), 10),
			DispatchError::BadOrigin
		);
		assert_ok!(Oracle::fund_feed(signed(FUNDER), fx(), 500));
		assert_eq!(
			last_event(),
			Event::FeedFunded {
				key: fx(),
				from: FUNDER,
				amount: 500,
				pot: 500
			}
		);
		assert_eq!(held(HoldReason::FeedRewards, pallet_account()), 500);
		assert_noop!(
			Oracle::claim_rewards(signed(ALICE), fx()),
			Error::<Test>::NothingToClaim
		);
		submit(ALICE, &fx(), 100);
		go_to(ROUND);
		assert_ok!(close(&fx()));
		let before = free(ALICE);
		assert_ok!(Oracle::claim_rewards(signed(ALICE), fx()));
		assert_eq!(
			last_event(),
			Event::RewardsClaimed {
				key: fx(),
				reporter: ALICE,
				amount: REWARD
			}
		);
		assert_eq!(free(ALICE), before + REWARD);
		assert_eq!(Feeds::<Test>::get(fx()).unwrap().pot, 500 - REWARD);
		assert_noop!(
			Oracle::claim_rewards(root(), fx()),
			DispatchError::BadOrigin
		);
	});
}
