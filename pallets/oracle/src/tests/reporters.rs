//! Reporters: admission, bonds, unbonding through the queue, withdrawal, removal.

use super::*;

#[test]
fn the_admin_admits_a_reporter_once() {
	run(|| {
		assert_ok!(Oracle::admit_reporter(root(), ALICE));
		assert_eq!(last_event(), Event::ReporterAdmitted { who: ALICE });
		assert_noop!(
			Oracle::admit_reporter(root(), ALICE),
			Error::<Test>::AlreadyReporter
		);
		assert_noop!(
			Oracle::admit_reporter(signed(ALICE), BOB),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_reporter_bonds_from_its_balance() {
	run(|| {
		assert_ok!(Oracle::admit_reporter(root(), ALICE));
		assert_ok!(Oracle::bond(signed(ALICE), 1_500));
		assert_eq!(held(HoldReason::ReporterBond, ALICE), 1_500);
		assert_eq!(free(ALICE), FUNDS - 1_500);
		assert_eq!(
			last_event(),
			Event::Bonded {
				who: ALICE,
				amount: 1_500,
				bond: 1_500
			}
		);
		assert_noop!(Oracle::bond(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Oracle::bond(signed(BOB), 10), Error::<Test>::NotReporter);
		assert!(Oracle::bond(signed(ALICE), FUNDS).is_err());
		assert_noop!(Oracle::bond(root(), 10), DispatchError::BadOrigin);
	});
}

#[test]
fn unbonding_waits_for_the_delay_and_stays_held() {
	run(|| {
		reporter_with(ALICE, 1_500);
		assert_ok!(Oracle::unbond(signed(ALICE), 500));
		assert_eq!(
			last_event(),
			Event::Unbonding {
				who: ALICE,
				amount: 500,
				unlocks_at: 1 + UNBONDING_DELAY
			}
		);
		assert_eq!(bond_of(ALICE), 1_000);
		assert_eq!(held(HoldReason::ReporterBond, ALICE), 1_500);
		go_to(UNBONDING_DELAY);
		assert_noop!(
			Oracle::withdraw_unbonded(signed(ALICE)),
			Error::<Test>::NothingToWithdraw
		);
		go_to(1 + UNBONDING_DELAY);
		assert_ok!(Oracle::withdraw_unbonded(signed(ALICE)));
		assert_eq!(
			last_event(),
			Event::Withdrawn {
				who: ALICE,
				amount: 500
			}
		);
		assert_eq!(held(HoldReason::ReporterBond, ALICE), 1_000);
		assert_noop!(
			Oracle::withdraw_unbonded(signed(BOB)),
			Error::<Test>::NotReporter
		);
		assert_noop!(Oracle::withdraw_unbonded(root()), DispatchError::BadOrigin);
	});
}

#[test]
fn unbonding_errors() {
	run(|| {
		reporter_with(ALICE, 2_000);
		assert_noop!(Oracle::unbond(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Oracle::unbond(signed(ALICE), 2_001),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(Oracle::unbond(signed(BOB), 1), Error::<Test>::NotReporter);
		assert_noop!(Oracle::unbond(root(), 1), DispatchError::BadOrigin);
		for _ in 0..MAX_UNLOCKING {
			assert_ok!(Oracle::unbond(signed(ALICE), 1));
		}
		assert_noop!(
			Oracle::unbond(signed(ALICE), 1),
			Error::<Test>::TooManyUnlockingChunks
		);
	});
}

#[test]
fn a_reporter_on_a_feed_keeps_the_minimum_bond() {
	run(|| {
		reporter_with(ALICE, 1_200);
		feed_with(fx(), 1, &[ALICE]);
		assert_noop!(
			Oracle::unbond(signed(ALICE), 201),
			Error::<Test>::BondLocked
		);
		assert_ok!(Oracle::unbond(signed(ALICE), 200));
		// Off the feed, it may unbond everything.
		assert_ok!(Oracle::leave_feed(signed(ALICE), fx(), ALICE));
		assert_ok!(Oracle::unbond(signed(ALICE), 1_000));
	});
}

#[test]
fn the_admin_removes_an_idle_reporter_releasing_everything() {
	run(|| {
		reporter_with(ALICE, 1_500);
		assert_ok!(Oracle::unbond(signed(ALICE), 400));
		assert_ok!(Oracle::remove_reporter(root(), ALICE));
		assert_eq!(
			last_event(),
			Event::ReporterRemoved {
				who: ALICE,
				released: 1_500
			}
		);
		assert_eq!(free(ALICE), FUNDS);
		assert!(!Reporters::<Test>::contains_key(ALICE));
		assert_noop!(
			Oracle::remove_reporter(root(), ALICE),
			Error::<Test>::NotReporter
		);
		assert_noop!(
			Oracle::remove_reporter(signed(BOB), ALICE),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_reporter_on_a_feed_is_not_removed() {
	run(|| {
		feed_with(fx(), 1, &[ALICE]);
		assert_noop!(
			Oracle::remove_reporter(root(), ALICE),
			Error::<Test>::ReporterInUse
		);
		// The admin takes it off its feeds first.
		assert_ok!(Oracle::leave_feed(root(), fx(), ALICE));
		assert_ok!(Oracle::remove_reporter(root(), ALICE));
	});
}

#[test]
fn slashes_take_the_active_bond_first_then_the_newest_unbonding_parts() {
	run(|| {
		reporter_with(ALICE, 1_000);
		assert_ok!(Oracle::unbond(signed(ALICE), 300));
		assert_ok!(Oracle::unbond(signed(ALICE), 200));
		let mut info = Reporters::<Test>::get(ALICE).unwrap();
		let issuance = total_issuance();
		let slashed = Oracle::slash(&ALICE, &mut info, 700).unwrap();
		assert_eq!(slashed, 700);
		assert_eq!(info.bond, 0);
		// 500 active, then 200 of the newest part; the oldest stays whole.
		assert_eq!(info.unlocking.len(), 1);
		assert_eq!(info.unlocking[0].amount, 300);
		assert_eq!(total_issuance(), issuance - 700);
		Reporters::<Test>::insert(ALICE, info);
	});
}
