//! Atomicity

use super::*;

/// `do_move` writes nothing unless every check passes, even outside a storage layer.
#[test]
fn a_refused_movement_writes_nothing_even_outside_a_transaction() {
	use vellum_primitives::ledger::Movement;
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 100)]);
		checkpoint(t); // so that a movement would save history first
		DenyList::deny(&CHARLIE);
		let root = storage_root();
		let m = |from: Option<&'static AccountId>, to: Option<&'static AccountId>, amount| {
			Movement::new(t, MovementKind::Transfer, from, to, amount)
		};
		static B: AccountId = BOB;
		static C: AccountId = CHARLIE;
		static D: AccountId = DAVE;
		assert_eq!(
			SecurityToken::do_move(&m(Some(&B), Some(&C), 10)),
			Err(DENIED_ERROR)
		);
		assert_eq!(
			SecurityToken::do_move(&m(Some(&B), Some(&D), 101)),
			Err(Error::<Test>::InsufficientBalance.into())
		);
		assert_eq!(storage_root(), root);
		assert_eq!(
			SecurityToken::do_move(&m(Some(&B), Some(&D), 100)).map(|m| m.unfrozen),
			Ok(0)
		);
		assert_ne!(storage_root(), root);
	});
}

/// Dispatchables run in a storage layer: a batch entry that fails after earlier entries were
/// applied leaves nothing behind, not even their events.
#[test]
fn dispatchables_roll_back_partial_work() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 100)]);
		checkpoint(t); // the first entry writes history too
		let events_before = System::event_count();
		let root = storage_root();
		let _ = Recorder::take();
		let r =
			SecurityToken::transfer_batch(signed(BOB), t, batch(vec![(CHARLIE, 50), (DAVE, 51)]));
		assert_eq!(post(r), Err(Error::<Test>::InsufficientBalance.into()));
		assert_eq!(storage_root(), root);
		assert_eq!(System::event_count(), events_before);
		assert_eq!(balance(t, CHARLIE), 0);
		assert!(BalanceHistory::<Test>::get(t, BOB).is_empty());
		// The test hook keeps no storage: it saw the first entry, which was rolled back. (A
		// runtime's hooks write storage, rolled back with the rest.)
		assert_eq!(
			Recorder::take(),
			vec![change(
				t,
				MovementKind::Transfer,
				Some((BOB, 100, 50)),
				Some((CHARLIE, 0, 50))
			)]
		);
	});
}
