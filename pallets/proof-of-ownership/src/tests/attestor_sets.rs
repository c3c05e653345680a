//! Changes of an asset's attestor set, and pending transfers that keep the set they were
//! requested under

use super::*;

fn attestors_of(asset: UnderlyingAssetId) -> (Vec<AccountId>, u32) {
	let d = UnderlyingAssets::<Test>::get(asset).unwrap().definition;
	(d.attestors.into_inner(), d.threshold)
}

fn changed(
	asset: UnderlyingAssetId,
	attestors: &[AccountId],
	threshold: u32,
	by_network: bool,
) -> Event<Test> {
	Event::AttestorsChanged {
		asset,
		attestors: attestors.to_vec().try_into().unwrap(),
		threshold,
		by_network,
	}
}

#[test]
fn the_issuer_replaces_a_resigning_attestor() {
	run(|| {
		let (asset, _) = bound();
		let genesis = ChainGenesis::<Test>::get(asset).unwrap();
		admit_bonded(FOURTH, MIN_BOND);
		assert_ok!(set_as(
			signed(ISSUER),
			asset,
			&[REGISTRY, NOTARY, FOURTH],
			3
		));
		assert_eq!(attestors_of(asset), (vec![REGISTRY, NOTARY, FOURTH], 3));
		assert_eq!(
			last_event(),
			changed(asset, &[REGISTRY, NOTARY, FOURTH], 3, false)
		);
		// The counts follow: the custodian is named by nothing, the fourth by the asset.
		assert_eq!((info(CUSTODIAN).assets, info(CUSTODIAN).pending), (0, 0));
		for who in [REGISTRY, NOTARY, FOURTH] {
			assert_eq!((info(who).assets, info(who).pending), (1, 0));
		}
		// The chain of title still starts at the record as registered.
		assert_eq!(ChainGenesis::<Test>::get(asset), Some(genesis));
		assert_eq!(ChainHeads::<Test>::get(asset), (0, genesis));
		assert!(ProofOfOwnership::verify_chain(asset));
		// The resigning custodian unbonds and the admin origin removes it.
		assert_ok!(ProofOfOwnership::unbond(signed(CUSTODIAN), MIN_BOND));
		assert_ok!(ProofOfOwnership::remove_attestor(root(), CUSTODIAN));
		assert!(!Attestors::<Test>::contains_key(CUSTODIAN));
	});
}

#[test]
fn the_network_changes_any_asset_s_attestors_even_of_a_removed_issuer() {
	run(|| {
		let (asset, _) = bound();
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_ok!(set_as(root(), asset, &[NOTARY], 1));
		assert_eq!(attestors_of(asset), (vec![NOTARY], 1));
		assert_eq!(last_event(), changed(asset, &[NOTARY], 1, true));
		for who in [REGISTRY, CUSTODIAN] {
			assert_eq!(info(who).assets, 0);
		}
		// The same set again changes only the threshold, and nothing of the counts.
		admit_bonded(FOURTH, MIN_BOND);
		assert_ok!(set_as(root(), asset, &[NOTARY, FOURTH], 2));
		assert_ok!(set_as(root(), asset, &[FOURTH, NOTARY], 1));
		assert_eq!((info(NOTARY).assets, info(FOURTH).assets), (1, 1));
	});
}

#[test]
fn set_attestors_errors() {
	run(|| {
		let (asset, _) = bound();
		let all = [REGISTRY, NOTARY, CUSTODIAN];
		assert_noop!(
			set_as(RuntimeOrigin::none(), asset, &all, 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			set_as(signed(ISSUER), asset + 1, &all, 2),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			set_as(root(), asset + 1, &all, 2),
			Error::<Test>::UnknownAsset
		);
		// Nobody else, not even another admitted issuer or an attestor of the asset.
		for who in [BOB, OTHER_ISSUER, REGISTRY] {
			assert_noop!(
				set_as(signed(who), asset, &[REGISTRY], 1),
				Error::<Test>::NotAssetIssuer
			);
		}
		// The set is validated as at registration.
		for (attestors, threshold) in [(&all[..], 0), (&all[..], 4), (&[][..], 0), (&[][..], 1)] {
			assert_noop!(
				set_as(signed(ISSUER), asset, attestors, threshold),
				Error::<Test>::InvalidThreshold
			);
		}
		assert_noop!(
			set_as(signed(ISSUER), asset, &[REGISTRY, NOTARY, REGISTRY], 2),
			Error::<Test>::DuplicateAttestor { index: 2 }
		);
		assert_noop!(
			set_as(root(), asset, &[REGISTRY, NOBODY], 1),
			Error::<Test>::AttestorNotAdmitted { index: 1 }
		);
		admit_bonded(FOURTH, MIN_BOND - 1);
		assert_noop!(
			set_as(signed(ISSUER), asset, &[REGISTRY, FOURTH], 1),
			Error::<Test>::AttestorBondTooLow { index: 1 }
		);
		// A removed issuer loses the power.
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(
			set_as(signed(ISSUER), asset, &[REGISTRY], 1),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn a_pending_transfer_is_decided_by_the_set_it_was_requested_under() {
	run(|| {
		let (asset, token) = bob_holds();
		let before = request(BOB, token, CHARLIE, 100);
		admit_bonded(FOURTH, MIN_BOND);
		// The issuer hands the asset to the fourth attestor alone, 1 of 1.
		assert_ok!(set_as(signed(ISSUER), asset, &[FOURTH], 1));
		let p = Pending::<Test>::get(before).unwrap();
		assert_eq!(
			(p.attestors.into_inner(), p.threshold),
			(vec![REGISTRY, NOTARY, CUSTODIAN], 2)
		);
		// The newcomer may not vote on it; the departed custodian may, and one confirmation
		// of the old 2-of-3 does not complete it.
		assert_noop!(confirm(FOURTH, before), Error::<Test>::NotAssetAttestor);
		assert_noop!(reject(FOURTH, before), Error::<Test>::NotAssetAttestor);
		assert_ok!(confirm(CUSTODIAN, before));
		assert!(Pending::<Test>::contains_key(before));
		assert_ok!(confirm(REGISTRY, before));
		assert!(!Pending::<Test>::contains_key(before));
		assert_eq!(balance(token, CHARLIE), 100);
		let cert = Certificates::<Test>::get(asset, 1).unwrap();
		assert_eq!(cert.attestors.into_inner(), vec![CUSTODIAN, REGISTRY]);
		assert_eq!(
			(cert.attestor_set.into_inner(), cert.threshold),
			(vec![REGISTRY, NOTARY, CUSTODIAN], 2)
		);
		// A transfer requested now is the fourth's alone.
		let after = request(BOB, token, CHARLIE, 50);
		assert_noop!(confirm(CUSTODIAN, after), Error::<Test>::NotAssetAttestor);
		assert_ok!(confirm(FOURTH, after));
		assert_eq!(balance(token, CHARLIE), 150);
		let cert = Certificates::<Test>::get(asset, 2).unwrap();
		assert_eq!(
			(cert.attestor_set.into_inner(), cert.threshold),
			(vec![FOURTH], 1)
		);
		// The chain verifies across the change.
		assert!(ProofOfOwnership::verify_chain(asset));
	});
}

#[test]
fn rejections_count_against_the_stored_set() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 100);
		admit_bonded(FOURTH, MIN_BOND);
		// Under the new 1-of-1 set one rejection would fail a transfer; under the stored
		// 2-of-3 set it takes two.
		assert_ok!(set_as(root(), asset, &[FOURTH], 1));
		assert_ok!(reject(REGISTRY, id));
		assert!(Pending::<Test>::contains_key(id));
		assert_ok!(reject(CUSTODIAN, id));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!(last_event(), Event::TransferRefused { id, asset });
		assert_eq!(balance(token, BOB), 1_000);
		for who in [REGISTRY, NOTARY, CUSTODIAN] {
			assert_eq!((info(who).assets, info(who).pending), (0, 0));
		}
	});
}

#[test]
fn a_pending_issuance_keeps_its_set_too() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 10);
		admit_bonded(FOURTH, MIN_BOND);
		assert_ok!(set_as(signed(ISSUER), asset, &[FOURTH], 1));
		assert_noop!(confirm(FOURTH, id), Error::<Test>::NotAssetAttestor);
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(confirm(CUSTODIAN, id));
		assert_eq!(balance(token, BOB), 10);
	});
}

#[test]
fn a_departed_attestor_stays_locked_while_it_may_still_vote() {
	run(|| {
		let (asset, token) = bob_holds();
		let first = request(BOB, token, CHARLIE, 100);
		let second = request(BOB, token, DAVE, 100);
		assert_ok!(set_as(signed(ISSUER), asset, &[REGISTRY, NOTARY], 2));
		// Named by no asset, but by two pending transfers: it cannot leave with its bond.
		assert_eq!((info(CUSTODIAN).assets, info(CUSTODIAN).pending), (0, 2));
		assert_noop!(
			ProofOfOwnership::unbond(signed(CUSTODIAN), 1),
			Error::<Test>::BondLocked
		);
		assert_noop!(
			ProofOfOwnership::remove_attestor(root(), CUSTODIAN),
			Error::<Test>::AttestorInUse
		);
		// One transfer completes without it, one expires: each releases it once.
		assert_ok!(confirm(REGISTRY, first));
		assert_ok!(confirm(NOTARY, first));
		assert_eq!(info(CUSTODIAN).pending, 1);
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(post(ProofOfOwnership::expire(signed(NOBODY), second)));
		assert_eq!(info(CUSTODIAN).pending, 0);
		assert_ok!(ProofOfOwnership::unbond(signed(CUSTODIAN), MIN_BOND));
		assert_ok!(ProofOfOwnership::remove_attestor(root(), CUSTODIAN));
	});
}

#[test]
fn an_attestor_that_leaves_and_returns_is_counted_once() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 100);
		admit_bonded(FOURTH, MIN_BOND);
		assert_ok!(set_as(root(), asset, &[REGISTRY, NOTARY, FOURTH], 2));
		assert_eq!((info(CUSTODIAN).assets, info(CUSTODIAN).pending), (0, 1));
		// Back in the set: held by the asset again, no longer as a departed attestor.
		assert_ok!(set_as(root(), asset, &[CUSTODIAN, FOURTH], 1));
		assert_eq!((info(CUSTODIAN).assets, info(CUSTODIAN).pending), (1, 0));
		assert_eq!((info(REGISTRY).assets, info(REGISTRY).pending), (0, 1));
		assert_eq!((info(NOTARY).assets, info(NOTARY).pending), (0, 1));
		assert_eq!((info(FOURTH).assets, info(FOURTH).pending), (1, 0));
		// The transfer, decided by its own set, releases exactly the departed ones.
		assert_ok!(confirm(CUSTODIAN, id));
		assert_ok!(confirm(NOTARY, id));
		for who in [REGISTRY, NOTARY] {
			assert_eq!((info(who).assets, info(who).pending), (0, 0));
		}
		assert_eq!((info(CUSTODIAN).assets, info(CUSTODIAN).pending), (1, 0));
	});
}

#[test]
fn an_issuer_cannot_steer_a_pending_transfer_by_changing_the_set() {
	run(|| {
		// The issuer dislikes Bob's sale to Charlie and names attestors of its choosing at a
		// threshold nobody can reach: the pending transfer is still the old set's to decide.
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 100);
		admit_bonded(FOURTH, MIN_BOND);
		assert_ok!(set_as(signed(ISSUER), asset, &[FOURTH], 1));
		assert_noop!(reject(FOURTH, id), Error::<Test>::NotAssetAttestor);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(balance(token, CHARLIE), 100);
		// Nor can a holder's pending request stop the issuer (or the network) from replacing
		// a resigning attestor.
		let pending = request(CHARLIE, token, BOB, 1);
		assert_ok!(set_as(root(), asset, &[FOURTH, NOTARY], 1));
		assert!(Pending::<Test>::contains_key(pending));
	});
}

#[test]
fn set_attestors_is_charged_its_new_set() {
	run(|| {
		use frame_support::dispatch::GetDispatchInfo;
		let call = crate::Call::<Test>::set_attestors {
			asset: 0,
			attestors: vec![REGISTRY, NOTARY].try_into().unwrap(),
			threshold: 1,
		};
		assert_eq!(
			call.get_dispatch_info().call_weight,
			<() as WeightInfo>::set_attestors(2)
		);
		let call = crate::Call::<Test>::deregister_asset { asset: 0 };
		assert_eq!(
			call.get_dispatch_info().call_weight,
			<() as WeightInfo>::deregister_asset()
		);
	});
}
