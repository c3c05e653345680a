//! Checkpoints

use super::*;

#[test]
fn create_checkpoint_works() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 100), (CHARLIE, 50)]);
		System::set_block_number(7);
		Timestamp::set_timestamp(1_234_000);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Checkpoints
		));
		assert_ok!(SecurityToken::create_checkpoint(signed(AGENT), t));
		System::assert_last_event(
			Event::CheckpointCreated {
				token: t,
				checkpoint: 1,
				supply: 150,
			}
			.into(),
		);
		assert_eq!(details(t).checkpoint, 1);
		assert_eq!(
			Checkpoints::<Test>::get(t, 1),
			Some(CheckpointRecord {
				supply: 150,
				block: 7,
				timestamp: 1_234_000
			})
		);
		// Nothing is copied when the checkpoint is taken.
		assert_eq!(BalanceHistory::<Test>::iter_prefix(t).count(), 0);
		assert_eq!(SecurityToken::balance_at(t, &BOB, 1), Some(100));
		assert_eq!(SecurityToken::supply_at(t, 1), Some(150));
		assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
		System::assert_last_event(
			Event::CheckpointCreated {
				token: t,
				checkpoint: 2,
				supply: 150,
			}
			.into(),
		);
		// Per token.
		let t2 = token_with(&[]);
		assert_eq!(checkpoint(t2), 1);
		assert_eq!(details(t).checkpoint, 2);
	});
}

#[test]
fn create_checkpoint_errors() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[]);
		assert_noop!(
			SecurityToken::create_checkpoint(signed(BOB), t),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::create_checkpoint(signed(ISSUER), UNKNOWN),
			Error::<Test>::UnknownToken
		);
		// The counter cannot wrap.
		Tokens::<Test>::mutate(t, |d| d.as_mut().unwrap().checkpoint = CheckpointId::MAX);
		assert_noop!(
			SecurityToken::create_checkpoint(signed(ISSUER), t),
			Error::<Test>::Overflow
		);
		Tokens::<Test>::mutate(t, |d| d.as_mut().unwrap().checkpoint = 0);
	});
}

#[test]
fn checkpoints_answer_old_balances_after_later_changes() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = fund_with(&[(BOB, 100), (CHARLIE, 50)]);
		let c1 = checkpoint(t);
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 30));
		issue(t, DAVE, 20); // DAVE's first tokens, after c1
		let c2 = checkpoint(t);
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, CHARLIE, 80)); // CHARLIE emptied
		assert_ok!(SecurityToken::transfer(signed(BOB), t, DAVE, 70)); // BOB emptied
		let c3 = checkpoint(t);
		issue(t, BOB, 5); // refilled
		issue(t, CHARLIE, 7);
		assert_ok!(SecurityToken::redeem(signed(DAVE), t, 90)); // DAVE emptied
		assert_eq!((c1, c2, c3), (1, 2, 3));

		let at = |who, c| SecurityToken::balance_at(t, &who, c);
		assert_eq!(
			[at(BOB, 1), at(CHARLIE, 1), at(DAVE, 1), at(EVE, 1)],
			[Some(100), Some(50), Some(0), Some(0)]
		);
		assert_eq!(
			[at(BOB, 2), at(CHARLIE, 2), at(DAVE, 2), at(EVE, 2)],
			[Some(70), Some(80), Some(20), Some(0)]
		);
		assert_eq!(
			[at(BOB, 3), at(CHARLIE, 3), at(DAVE, 3), at(EVE, 3)],
			[Some(0), Some(0), Some(90), Some(0)]
		);
		assert_eq!(
			[1, 2, 3].map(|c| SecurityToken::supply_at(t, c)),
			[Some(150), Some(170), Some(90)]
		);
		// Current balances are unaffected.
		assert_eq!(
			(balance(t, BOB), balance(t, CHARLIE), balance(t, DAVE)),
			(5, 7, 0)
		);
		// Checkpoint 0 and future checkpoints are unknown.
		assert_eq!(at(BOB, 0), None);
		assert_eq!(at(BOB, 4), None);
		assert_eq!(SecurityToken::supply_at(t, 0), None);
		assert_eq!(SecurityToken::supply_at(t, 4), None);
		assert_eq!(SecurityToken::balance_at(UNKNOWN, &BOB, 1), None);
		assert_eq!(SecurityToken::supply_at(UNKNOWN, 1), None);
		// The same through the ledger trait.
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::balance_at(t, &BOB, 2),
			Some(70)
		);
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::supply_at(t, 2),
			Some(170)
		);
		// A new checkpoint sees the current state.
		let c4 = checkpoint(t);
		assert_eq!(
			[at(BOB, c4), at(CHARLIE, c4), at(DAVE, c4)],
			[Some(5), Some(7), Some(0)]
		);
		assert_eq!(SecurityToken::supply_at(t, c4), Some(12));
	});
}

#[test]
fn checkpoints_survive_accounts_emptied_and_refilled_in_one_window() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 10)]);
		let c1 = checkpoint(t);
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 10)); // emptied, removed
		assert!(Holdings::<Test>::get(t, BOB).is_none());
		assert_ok!(SecurityToken::transfer(signed(CHARLIE), t, BOB, 4)); // refilled
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 4)); // emptied again
		issue(t, BOB, 3);
		let c2 = checkpoint(t);
		let _c3 = checkpoint(t); // no change in between
		assert_ok!(SecurityToken::transfer(signed(BOB), t, DAVE, 3));
		let c4 = checkpoint(t);
		let at = |who, c| SecurityToken::balance_at(t, &who, c).unwrap();
		assert_eq!([1, 2, 3, 4].map(|c| at(BOB, c)), [10, 3, 3, 0]);
		assert_eq!([1, 2, 3, 4].map(|c| at(CHARLIE, c)), [0, 10, 10, 10]);
		assert_eq!([1, 2, 3, 4].map(|c| at(DAVE, c)), [0, 0, 0, 3]);
		assert_eq!((c1, c2, c4), (1, 2, 4));
		// One entry per checkpoint at most.
		assert_eq!(
			BalanceHistory::<Test>::get(t, BOB).into_inner(),
			vec![(1, 10), (3, 3)]
		);
	});
}

#[test]
fn frozen_empty_accounts_keep_their_history() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 10)]);
		checkpoint(t);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, BOB, 10)); // kept: frozen
		checkpoint(t);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB)); // removed
		issue(t, BOB, 4);
		checkpoint(t);
		// Freezing an account without a holding, then filling it.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			BOB,
			CHARLIE,
			4,
			reason("x")
		));
		checkpoint(t);
		let at = |who, c| SecurityToken::balance_at(t, &who, c).unwrap();
		assert_eq!([1, 2, 3, 4].map(|c| at(BOB, c)), [10, 0, 4, 0]);
		assert_eq!([1, 2, 3, 4].map(|c| at(CHARLIE, c)), [0, 0, 0, 4]);
		assert_eq!(
			[1, 2, 3, 4].map(|c| SecurityToken::supply_at(t, c).unwrap()),
			[10, 0, 4, 4]
		);
	});
}

#[test]
fn only_the_last_checkpoints_are_answerable() {
	run(|| {
		Timestamp::set_timestamp(START);
		assert_eq!(MAX_CHECKPOINTS, 4);
		let t = token_with(&[(DAVE, 7)]); // DAVE never changes
		System::set_block_number(3);
		for i in 1..=6u32 {
			issue(t, BOB, 1);
			assert_eq!(checkpoint(t), i);
		}
		// BOB held i at checkpoint i; checkpoints 1 and 2 are pruned.
		for c in 1..=2 {
			assert_eq!(SecurityToken::balance_at(t, &BOB, c), None);
			assert_eq!(SecurityToken::balance_at(t, &DAVE, c), None);
			assert_eq!(SecurityToken::balance_at(t, &CHARLIE, c), None);
			assert_eq!(SecurityToken::supply_at(t, c), None);
			assert!(!Checkpoints::<Test>::contains_key(t, c));
		}
		for c in 3..=6 {
			assert_eq!(SecurityToken::balance_at(t, &BOB, c), Some(c as Balance));
			assert_eq!(SecurityToken::balance_at(t, &DAVE, c), Some(7));
			assert_eq!(SecurityToken::balance_at(t, &CHARLIE, c), Some(0));
			assert_eq!(SecurityToken::supply_at(t, c), Some(7 + c as Balance));
		}
		assert_eq!(SecurityToken::balance_at(t, &BOB, 7), None);
		assert_eq!(SecurityToken::balance_at(t, &BOB, 0), None);
		// The history of a changing account stays bounded.
		assert!(BalanceHistory::<Test>::get(t, BOB).len() <= MAX_CHECKPOINTS as usize);
		assert_eq!(
			SecurityToken::api_checkpoints(t),
			(3..=6)
				.map(|id| CheckpointInfo {
					id,
					block: 3,
					timestamp: START,
					total_supply: 7 + id as Balance
				})
				.collect::<Vec<_>>()
		);
		// An account that changes much later still answers the retained checkpoints.
		for _ in 0..4 {
			checkpoint(t);
		}
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 6));
		assert_eq!(details(t).checkpoint, 10);
		assert_eq!(SecurityToken::balance_at(t, &BOB, 6), None);
		for c in 7..=10 {
			assert_eq!(SecurityToken::balance_at(t, &BOB, c), Some(6));
			assert_eq!(SecurityToken::balance_at(t, &CHARLIE, c), Some(0));
		}
	});
}

#[test]
fn schedule_checkpoint_works_and_runs_at_the_start_of_its_block() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Checkpoints
		));
		assert_ok!(SecurityToken::schedule_checkpoint(signed(AGENT), t, 4));
		System::assert_last_event(Event::CheckpointScheduled { token: t, block: 4 }.into());
		assert_ok!(SecurityToken::schedule_checkpoint(signed(AGENT), t, 2));
		assert_eq!(TokenSchedules::<Test>::get(t).into_inner(), vec![2, 4]);
		assert_eq!(ScheduledCheckpoints::<Test>::get(2).into_inner(), vec![t]);
		assert_eq!(
			SecurityToken::api_token(t).unwrap().scheduled_checkpoints,
			vec![2, 4]
		);

		on_initialize(2);
		assert_eq!(details(t).checkpoint, 1);
		System::assert_last_event(
			Event::CheckpointCreated {
				token: t,
				checkpoint: 1,
				supply: 100,
			}
			.into(),
		);
		assert_eq!(Checkpoints::<Test>::get(t, 1).unwrap().block, 2);
		assert_eq!(TokenSchedules::<Test>::get(t).into_inner(), vec![4]);
		assert!(!ScheduledCheckpoints::<Test>::contains_key(2));
		// The block's transactions come after the checkpoint.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 40));
		on_initialize(3);
		assert_eq!(details(t).checkpoint, 1);
		issue(t, CHARLIE, 10);
		on_initialize(4);
		assert_eq!(details(t).checkpoint, 2);
		assert!(
			!TokenSchedules::<Test>::contains_key(t),
			"an empty schedule is removed"
		);
		assert_eq!(SecurityToken::balance_at(t, &BOB, 1), Some(100));
		assert_eq!(SecurityToken::balance_at(t, &CHARLIE, 1), Some(0));
		assert_eq!(SecurityToken::balance_at(t, &BOB, 2), Some(60));
		assert_eq!(SecurityToken::balance_at(t, &CHARLIE, 2), Some(50));
		assert_eq!(SecurityToken::supply_at(t, 2), Some(110));
	});
}

#[test]
fn scheduled_checkpoints_of_several_tokens_run_together() {
	run(|| {
		Timestamp::set_timestamp(START);
		let a = token_with(&[(BOB, 1)]);
		let b = token_with(&[(BOB, 2)]);
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 5));
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), b, 5));
		assert_eq!(
			ScheduledCheckpoints::<Test>::get(5).into_inner(),
			vec![a, b]
		);
		on_initialize(5);
		assert_eq!(SecurityToken::supply_at(a, 1), Some(1));
		assert_eq!(SecurityToken::supply_at(b, 1), Some(2));
	});
}

#[test]
fn schedule_checkpoint_errors() {
	run(|| {
		Timestamp::set_timestamp(START);
		let a = token_with(&[]);
		let b = token_with(&[]);
		let c = token_with(&[]);
		System::set_block_number(10);
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(ISSUER), a, 10),
			Error::<Test>::ScheduleInPast
		);
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(ISSUER), a, 9),
			Error::<Test>::ScheduleInPast
		);
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(BOB), a, 11),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(ISSUER), UNKNOWN, 11),
			Error::<Test>::UnknownToken
		);
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 11));
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(ISSUER), a, 11),
			Error::<Test>::AlreadyScheduled
		);
		// At most 3 pending per token.
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 13));
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 12));
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(ISSUER), a, 14),
			Error::<Test>::TooManySchedules
		);
		assert_eq!(
			TokenSchedules::<Test>::get(a).into_inner(),
			vec![11, 12, 13]
		);
		// At most 2 per block: the token schedule written first is rolled back too.
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), b, 11));
		assert_noop!(
			SecurityToken::schedule_checkpoint(signed(ISSUER), c, 11),
			Error::<Test>::BlockScheduleFull
		);
		assert!(TokenSchedules::<Test>::get(c).is_empty());
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), c, 12));
		// A run checkpoint frees the token's place.
		on_initialize(11);
		assert_eq!(TokenSchedules::<Test>::get(a).into_inner(), vec![12, 13]);
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 14));
	});
}

#[test]
fn cancel_checkpoint_works() {
	run(|| {
		Timestamp::set_timestamp(START);
		let a = token_with(&[(BOB, 1)]);
		let b = token_with(&[(BOB, 1)]);
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 5));
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 6));
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), b, 5));
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			a,
			AGENT,
			Role::Checkpoints
		));
		assert_ok!(SecurityToken::cancel_checkpoint(signed(AGENT), a, 5));
		System::assert_last_event(Event::CheckpointCancelled { token: a, block: 5 }.into());
		assert_eq!(TokenSchedules::<Test>::get(a).into_inner(), vec![6]);
		assert_eq!(ScheduledCheckpoints::<Test>::get(5).into_inner(), vec![b]);
		assert_ok!(SecurityToken::cancel_checkpoint(signed(ISSUER), b, 5));
		assert!(!ScheduledCheckpoints::<Test>::contains_key(5));
		assert!(TokenSchedules::<Test>::get(b).is_empty());
		on_initialize(5);
		assert_eq!(details(a).checkpoint, 0);
		assert_eq!(details(b).checkpoint, 0);
		on_initialize(6);
		assert_eq!(details(a).checkpoint, 1);
	});
}

#[test]
fn cancel_checkpoint_errors() {
	run(|| {
		let a = token_with(&[]);
		let b = token_with(&[]);
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), a, 5));
		assert_noop!(
			SecurityToken::cancel_checkpoint(signed(ISSUER), a, 6),
			Error::<Test>::UnknownSchedule
		);
		assert_noop!(
			SecurityToken::cancel_checkpoint(signed(ISSUER), b, 5),
			Error::<Test>::UnknownSchedule
		);
		assert_noop!(
			SecurityToken::cancel_checkpoint(signed(BOB), a, 5),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::cancel_checkpoint(signed(ISSUER), UNKNOWN, 5),
			Error::<Test>::UnknownToken
		);
		assert_ok!(SecurityToken::cancel_checkpoint(signed(ISSUER), a, 5));
		assert_noop!(
			SecurityToken::cancel_checkpoint(signed(ISSUER), a, 5),
			Error::<Test>::UnknownSchedule
		);
	});
}
