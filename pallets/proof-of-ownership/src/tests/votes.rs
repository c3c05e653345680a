//! Votes

use super::*;

#[test]
fn a_confirmation_below_the_threshold_is_recorded() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		let p = Pending::<Test>::get(id).unwrap();
		assert_eq!(p.confirmations.into_inner(), vec![(REGISTRY, EVIDENCE)]);
		assert_eq!(balance(token, CHARLIE), 0);
		assert_eq!(
			last_event(),
			Event::Confirmed {
				id,
				attestor: REGISTRY,
				evidence: EVIDENCE,
				confirmations: 1
			}
		);
	});
}

#[test]
fn the_threshold_confirmation_completes_the_transfer() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(CUSTODIAN, id));
		System::set_block_number(3);
		assert_ok!(ProofOfOwnership::confirm(signed(NOTARY), id, [4; 32]));
		assert!(!Pending::<Test>::contains_key(id));
		assert!(!PendingByAsset::<Test>::contains_key(asset));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (600, 400));
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 600);
		assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 400);
		let cert = Certificates::<Test>::get(asset, 1).unwrap();
		let confirmations: Vec<(AccountId, [u8; 32])> =
			vec![(CUSTODIAN, EVIDENCE), (NOTARY, [4; 32])];
		assert_eq!(cert.seq, 1);
		assert_eq!(cert.owner, CHARLIE);
		assert_eq!(cert.units, 400);
		assert_eq!(cert.from, Some(BOB));
		assert_eq!(cert.transfer, id);
		assert_eq!(
			cert.evidence,
			sp_io::hashing::blake2_256(&confirmations.encode())
		);
		assert_eq!(cert.attestors.clone().into_inner(), vec![CUSTODIAN, NOTARY]);
		assert_eq!(cert.at, 3);
		let first = Certificates::<Test>::get(asset, 0).unwrap();
		assert_eq!(cert.prev, ProofOfOwnership::certificate_hash(&first));
		let hash = ProofOfOwnership::certificate_hash(&cert);
		assert_eq!(ChainHeads::<Test>::get(asset), (2, hash));
		assert!(ProofOfOwnership::verify_chain(asset));
		assert_eq!(
			last_event(),
			Event::TransferCompleted {
				id,
				asset,
				from: Some(BOB),
				to: CHARLIE,
				amount: 400,
				seq: 1,
				certificate: hash,
			}
		);
	});
}

#[test]
fn a_confirmed_issuance_issues_the_tokens() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 1_000);
		assert_ok!(confirm(REGISTRY, id));
		assert_eq!(supply(token), 0);
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(supply(token), 1_000);
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		let cert = Certificates::<Test>::get(asset, 0).unwrap();
		assert_eq!((cert.from, cert.owner, cert.units), (None, BOB, 1_000));
		let genesis = ProofOfOwnership::asset_hash(&UnderlyingAssets::<Test>::get(asset).unwrap());
		assert_eq!(cert.prev, genesis);
		assert!(ProofOfOwnership::verify_chain(asset));
	});
}

#[test]
fn confirm_and_reject_errors() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		for vote in [confirm, reject] {
			assert_noop!(vote(REGISTRY, 999), Error::<Test>::UnknownTransfer);
			assert_noop!(vote(FOURTH, id), Error::<Test>::NotAssetAttestor);
			assert_noop!(vote(BOB, id), Error::<Test>::NotAssetAttestor);
		}
		assert_noop!(
			ProofOfOwnership::confirm(RuntimeOrigin::none(), id, EVIDENCE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::reject(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(reject(NOTARY, id));
		for vote in [confirm, reject] {
			assert_noop!(vote(REGISTRY, id), Error::<Test>::AlreadyVoted);
			assert_noop!(vote(NOTARY, id), Error::<Test>::AlreadyVoted);
		}
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		for vote in [confirm, reject] {
			assert_noop!(vote(CUSTODIAN, id), Error::<Test>::DeadlinePassed);
		}
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), id));
	});
}

#[test]
fn votes_at_the_deadline_count() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		System::set_block_number(1 + TRANSFER_PERIOD);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(balance(token, CHARLIE), 10);
	});
}

#[test]
fn an_attestor_below_the_minimum_bond_may_not_vote() {
	run(|| {
		let (asset, token) = bob_holds();
		let c = challenge(asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), c, true));
		assert!(bond_of(REGISTRY) < MIN_BOND);
		let id = request(BOB, token, CHARLIE, 10);
		for vote in [confirm, reject] {
			assert_noop!(vote(REGISTRY, id), Error::<Test>::BondBelowMinimum);
		}
		// Topped up, it may again.
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), MIN_BOND));
		assert_ok!(confirm(REGISTRY, id));
	});
}

#[test]
fn confirm_fails_when_the_chain_is_full() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		assert_ok!(confirm(REGISTRY, id));
		let head = ChainHeads::<Test>::get(asset);
		ChainHeads::<Test>::insert(asset, (u32::MAX, head.1));
		assert_noop!(confirm(NOTARY, id), Error::<Test>::CertificatesExhausted);
		ChainHeads::<Test>::insert(asset, head);
		assert_ok!(confirm(NOTARY, id));
	});
}

#[test]
fn a_refund_reaches_a_frozen_holder_at_once() {
	run(|| {
		let (asset, token) = bob_holds();
		let rejected = request(BOB, token, CHARLIE, 400);
		let lapsed = request(BOB, token, CHARLIE, 100);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		// Refunds are never stuck behind a freeze: the tokens go back, the freeze keeps them.
		assert_ok!(reject(REGISTRY, rejected));
		assert_ok!(reject(NOTARY, rejected));
		assert_eq!(balance(token, BOB), 900);
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), lapsed));
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(last_event(), Event::TransferExpired { id: lapsed, asset });
		assert!(pallet_security_token::Holdings::<Test>::get(token, BOB)
			.is_some_and(|h| h.account_frozen));
	});
}

#[test]
fn a_rejection_below_the_threshold_is_recorded() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		let weight = ProofOfOwnership::reject(signed(REGISTRY), id).unwrap();
		assert_eq!(weight.actual_weight, Some(<() as WeightInfo>::reject()));
		assert_eq!(
			Pending::<Test>::get(id).unwrap().rejections.into_inner(),
			vec![REGISTRY]
		);
		assert_eq!(
			last_event(),
			Event::Rejected {
				id,
				attestor: REGISTRY,
				rejections: 1
			}
		);
	});
}

#[test]
fn enough_rejections_refund_the_holder() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		// 2 of 3: two rejections make two confirmations impossible.
		assert_ok!(reject(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(reject(CUSTODIAN, id));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
		assert_eq!(ChainHeads::<Test>::get(asset).0, 1);
		assert_eq!(last_event(), Event::TransferRefused { id, asset });
	});
}

#[test]
fn a_refused_issuance_just_ends() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 500);
		assert_ok!(reject(REGISTRY, id));
		assert_ok!(reject(NOTARY, id));
		assert_eq!(supply(token), 0);
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		assert_eq!(last_event(), Event::TransferRefused { id, asset });
	});
}

#[test]
fn expire_refunds_after_the_deadline() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		let issuance = request_issue(token, DAVE, 5);
		assert_ok!(confirm(REGISTRY, id));
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), id));
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(last_event(), Event::TransferExpired { id, asset });
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), issuance));
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		assert!(Pending::<Test>::iter().next().is_none());
	});
}

#[test]
fn expire_errors() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_noop!(
			ProofOfOwnership::expire(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::expire(signed(NOBODY), 999),
			Error::<Test>::UnknownTransfer
		);
		System::set_block_number(1 + TRANSFER_PERIOD);
		assert_noop!(
			ProofOfOwnership::expire(signed(NOBODY), id),
			Error::<Test>::NotExpired
		);
	});
}
