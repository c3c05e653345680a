//! The council is the network admin: it changes the collator set, appoints identity
//! registrars and authorises runtime upgrades. Nobody else can, and open candidacy is closed.

mod common;

use common::{account, apply, council_motion, council_origin, events, new_ext};
use frame_support::{assert_noop, assert_ok, dispatch::RawOrigin, traits::UnfilteredDispatchable};
use pallet_identity::{legacy::IdentityInfo, Data, Judgement};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave};
use sp_runtime::{
	traits::{BlakeTwo256, Dispatchable, Hash as _},
	DispatchError,
};
use vellum_runtime::{AccountId, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin};

fn invulnerables() -> Vec<AccountId> {
	pallet_collator_selection::Invulnerables::<Runtime>::get().into_inner()
}

fn remove_invulnerable(who: sp_keyring::Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::CollatorSelection(pallet_collator_selection::Call::remove_invulnerable {
		who: account(who),
	})
}

fn add_invulnerable(who: sp_keyring::Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::CollatorSelection(pallet_collator_selection::Call::add_invulnerable {
		who: account(who),
	})
}

#[test]
fn a_council_motion_changes_the_invulnerables() {
	new_ext("local_testnet").execute_with(|| {
		assert!(invulnerables().contains(&account(Bob)));

		assert_ok!(council_motion(remove_invulnerable(Bob), &[Alice, Charlie]));
		assert_eq!(invulnerables(), vec![account(Alice)]);

		// Bob still has session keys, so the council can admit him again.
		assert_ok!(council_motion(add_invulnerable(Bob), &[Alice, Bob]));
		assert!(invulnerables().contains(&account(Bob)));

		// Dave never registered session keys: admitting him fails, with the pallet's reason.
		let refused = council_motion(add_invulnerable(Dave), &[Alice, Bob]);
		assert_eq!(
			refused,
			Err(pallet_collator_selection::Error::<Runtime>::ValidatorNotRegistered.into())
		);
	});
}

#[test]
fn the_collator_set_never_drops_below_one() {
	new_ext("development").execute_with(|| {
		let refused = council_motion(remove_invulnerable(Alice), &[Alice, Bob]);
		assert_eq!(
			refused,
			Err(pallet_collator_selection::Error::<Runtime>::TooFewEligibleCollators.into())
		);
		assert_eq!(invulnerables(), vec![account(Alice)]);
	});
}

#[test]
fn open_candidacy_is_filtered() {
	new_ext("development").execute_with(|| {
		let calls = [
			RuntimeCall::CollatorSelection(
				pallet_collator_selection::Call::register_as_candidate {},
			),
			RuntimeCall::CollatorSelection(pallet_collator_selection::Call::take_candidate_slot {
				deposit: 0,
				target: account(Alice),
			}),
			RuntimeCall::CollatorSelection(
				pallet_collator_selection::Call::set_desired_candidates { max: 5 },
			),
		];
		for call in calls {
			// Even the council cannot reopen candidacy.
			let result = call.clone().dispatch(council_origin(3));
			assert_eq!(
				result.map_err(|e| e.error),
				Err(frame_system::Error::<Runtime>::CallFiltered.into())
			);
			let outcome = apply(Charlie, call).expect("valid transaction");
			assert_eq!(
				outcome,
				Err(frame_system::Error::<Runtime>::CallFiltered.into())
			);
		}
		assert!(pallet_collator_selection::CandidateList::<Runtime>::get().is_empty());
	});
}

#[test]
fn the_council_appoints_a_registrar_who_judges_an_identity() {
	new_ext("development").execute_with(|| {
		let add_registrar = RuntimeCall::Identity(pallet_identity::Call::add_registrar {
			account: account(Charlie).into(),
		});
		assert_ok!(council_motion(add_registrar, &[Alice, Bob]));
		assert_eq!(pallet_identity::Registrars::<Runtime>::get().len(), 1);

		let info = IdentityInfo {
			display: Data::Raw(b"Bob Investor".to_vec().try_into().unwrap()),
			..Default::default()
		};
		let identity_hash = BlakeTwo256::hash_of(&info);
		assert_ok!(pallet_identity::Pallet::<Runtime>::set_identity(
			RuntimeOrigin::signed(account(Bob)),
			Box::new(info)
		));
		assert_ok!(pallet_identity::Pallet::<Runtime>::request_judgement(
			RuntimeOrigin::signed(account(Bob)),
			0,
			0
		));
		assert_ok!(pallet_identity::Pallet::<Runtime>::provide_judgement(
			RuntimeOrigin::signed(account(Charlie)),
			0,
			account(Bob).into(),
			Judgement::KnownGood,
			identity_hash,
		));
		let registration =
			pallet_identity::IdentityOf::<Runtime>::get(account(Bob)).expect("Bob has an identity");
		assert_eq!(
			registration.judgements.into_inner(),
			vec![(0, Judgement::KnownGood)]
		);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Identity(pallet_identity::Event::JudgementGiven { .. })
		)));

		// A non-registrar cannot judge.
		assert_noop!(
			pallet_identity::Pallet::<Runtime>::provide_judgement(
				RuntimeOrigin::signed(account(Dave)),
				0,
				account(Bob).into(),
				Judgement::Reasonable,
				identity_hash,
			),
			pallet_identity::Error::<Runtime>::InvalidIndex
		);
	});
}

/// Every action reserved to the network admin origin.
fn admin_calls() -> Vec<RuntimeCall> {
	vec![
		add_invulnerable(Bob),
		remove_invulnerable(Alice),
		RuntimeCall::CollatorSelection(pallet_collator_selection::Call::set_invulnerables {
			new: vec![account(Bob)],
		}),
		RuntimeCall::Identity(pallet_identity::Call::add_registrar {
			account: account(Dave).into(),
		}),
		RuntimeCall::Identity(pallet_identity::Call::kill_identity {
			target: account(Bob).into(),
		}),
		RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
			who: account(Dave).into(),
		}),
		RuntimeCall::CouncilMembership(pallet_membership::Call::remove_member {
			who: account(Alice).into(),
		}),
		RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call {
			call_hash: sp_core::H256::repeat_byte(1),
		}),
		RuntimeCall::Scheduler(pallet_scheduler::Call::schedule {
			when: 10,
			maybe_periodic: None,
			priority: 0,
			call: Box::new(RuntimeCall::System(frame_system::Call::remark {
				remark: vec![],
			})),
		}),
		RuntimeCall::PolkadotXcm(pallet_xcm::Call::force_default_xcm_version {
			maybe_xcm_version: Some(5),
		}),
		RuntimeCall::XcmpQueue(cumulus_pallet_xcmp_queue::Call::suspend_xcm_execution {}),
	]
}

#[test]
fn a_non_admin_origin_is_refused_every_admin_action() {
	for call in admin_calls() {
		// Each call in a fresh chain, so that one admin action cannot change the council
		// that judges the next.
		new_ext("development").execute_with(|| {
			let name = format!("{call:?}");
			// A plain signed account, even a council member.
			let signed = call.clone().dispatch(RuntimeOrigin::signed(account(Alice)));
			assert_eq!(
				signed.map_err(|e| e.error),
				Err(DispatchError::BadOrigin),
				"{name}"
			);
			// One council member out of three is not two thirds.
			let minority = call.clone().dispatch(council_origin(1));
			assert_eq!(
				minority.map_err(|e| e.error),
				Err(DispatchError::BadOrigin),
				"{name}"
			);
			// Two thirds passes the origin check (the call may still fail on its own terms).
			let majority = call.clone().dispatch(council_origin(2));
			assert_ne!(
				majority.map_err(|e| e.error),
				Err(DispatchError::BadOrigin),
				"{name}"
			);
		});
	}
}

#[test]
fn the_council_authorises_a_runtime_upgrade_through_the_whitelist() {
	new_ext("development").execute_with(|| {
		let code_hash = sp_core::H256::repeat_byte(7);
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let authorize_hash = BlakeTwo256::hash_of(&authorize);

		// Root only: a signed account cannot authorise an upgrade.
		assert_eq!(
			authorize
				.clone()
				.dispatch(RuntimeOrigin::signed(account(Alice)))
				.map_err(|e| e.error),
			Err(DispatchError::BadOrigin)
		);
		// Neither can the council directly: it must go through the whitelist.
		assert_eq!(
			authorize
				.clone()
				.dispatch(council_origin(3))
				.map_err(|e| e.error),
			Err(DispatchError::BadOrigin)
		);

		let motion = RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call {
					call_hash: authorize_hash,
				}),
				RuntimeCall::Whitelist(
					pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
						call: Box::new(authorize.clone()),
					},
				),
			],
		});
		assert_ok!(council_motion(motion, &[Alice, Bob]));
		let authorized = frame_system::Pallet::<Runtime>::authorized_upgrade()
			.expect("the upgrade is authorised");
		assert_eq!(authorized.code_hash(), &code_hash);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::System(frame_system::Event::UpgradeAuthorized { .. })
		)));
	});
}

#[test]
fn root_remains_an_admin_origin() {
	new_ext("development").execute_with(|| {
		let call = pallet_collator_selection::Call::<Runtime>::set_invulnerables {
			new: vec![account(Alice)],
		};
		assert_ok!(call.dispatch_bypass_filter(RawOrigin::Root.into()));
		assert_eq!(invulnerables(), vec![account(Alice)]);
	});
}
