//! Enactment: the scheduler dispatches a passed resolution's call with the holders' origin

use super::*;
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};

fn act(token: TokenId) -> RuntimeCall {
	RuntimeCall::Probe(pallet_probe::Call::act { token })
}

fn propose_call(t: TokenId, call: RuntimeCall) -> ResolutionIndex {
	propose_as(
		signed(ISSUER),
		t,
		ResolutionKind::Ordinary,
		Topic::Ordinary,
		RecordDate::New,
		Some(call),
	)
	.unwrap()
}

#[test]
fn a_passed_call_runs_after_the_enactment_delay_with_the_holders_origin() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let r = propose_call(t, act(t));
		vote(BOB, r, Choice::Aye);
		run_to(5);
		close(r);
		let at = 5 + ENACTMENT_DELAY + 1;
		assert_eq!(
			last_event(),
			Event::EnactmentScheduled {
				resolution: r,
				enacts_at: at
			}
		);
		assert!(!ResolutionCalls::<Test>::contains_key(r));
		run_to(at - 1);
		assert!(
			pallet_probe::Acted::<Test>::get().is_empty(),
			"not before the delay"
		);
		run_to(at);
		assert_eq!(pallet_probe::Acted::<Test>::get().to_vec(), vec![t]);
	});
}

#[test]
fn the_holders_origin_acts_only_on_its_own_token() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let other = token_with(&[(CHARLIE, 100)]);
		let r = propose_call(t, act(other));
		vote(BOB, r, Choice::Aye);
		close(r);
		run_to(2 + ENACTMENT_DELAY + 1);
		assert!(
			pallet_probe::Acted::<Test>::get().is_empty(),
			"the holders of one token cannot act on another"
		);
		assert!(System::events().iter().any(|e| matches!(
			e.event,
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
				result: Err(DispatchError::BadOrigin),
				..
			})
		)));
	});
}

#[test]
fn a_call_that_did_not_pass_is_dropped() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let r = propose_call(t, act(t));
		vote(BOB, r, Choice::Nay);
		close(r);
		assert!(!ResolutionCalls::<Test>::contains_key(r));
		run_to(20);
		assert!(pallet_probe::Acted::<Test>::get().is_empty());
		assert!(!events()
			.iter()
			.any(|e| matches!(e, Event::EnactmentScheduled { .. })));
	});
}

#[test]
fn a_full_agenda_is_reported_and_the_resolution_stays_passed() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let r = propose_call(t, act(t));
		vote(BOB, r, Choice::Aye);
		let at = 1 + ENACTMENT_DELAY + 1;
		for _ in 0..4 {
			assert_ok!(Scheduler::schedule(
				RuntimeOrigin::root(),
				at,
				None,
				0,
				Box::new(RuntimeCall::System(frame_system::Call::remark {
					remark: vec![]
				}))
			));
		}
		close(r);
		assert!(matches!(
			last_event(),
			Event::EnactmentFailed { resolution, .. } if resolution == r
		));
		assert_eq!(outcome(r), Some(Outcome::Passed));
	});
}

#[test]
fn ensure_token_holders_accepts_only_the_holders_origin() {
	run(|| {
		type E = crate::EnsureTokenHolders<RuntimeOrigin>;
		let holders = |token| RuntimeOrigin::from(Origin::TokenHolders { token });
		assert_eq!(<E as EnsureOrigin<_>>::try_origin(holders(3)).ok(), Some(3));
		assert!(<E as EnsureOrigin<_>>::try_origin(signed(BOB)).is_err());
		assert!(<E as EnsureOrigin<_>>::try_origin(RuntimeOrigin::root()).is_err());
		assert!(<E as EnsureOriginWithArg<_, _>>::try_origin(holders(3), &3).is_ok());
		assert!(<E as EnsureOriginWithArg<_, _>>::try_origin(holders(3), &4).is_err());
		assert!(<E as EnsureOriginWithArg<_, _>>::try_origin(RuntimeOrigin::root(), &3).is_err());
		assert_eq!(
			crate::Pallet::<Test>::task_name(1),
			crate::Pallet::<Test>::task_name(1)
		);
		assert_ne!(
			crate::Pallet::<Test>::task_name(1),
			crate::Pallet::<Test>::task_name(2)
		);
	});
}
