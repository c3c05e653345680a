//! Flows from the issue: "a token transfer completes only with attested legal transfer of the asset"

use super::*;

/// A flat in Berlin is tokenised: three attestors (the land registry, a notary, a
/// custodian), two of whom must confirm each change of owner.
fn tokenised_flat() -> (UnderlyingAssetId, TokenId) {
	three_attestors();
	let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
	// One token per square metre of the flat's 1 000 000 units (square centimetres).
	let token = new_token(ISSUER);
	assert_ok!(ProofOfOwnership::bind_token(
		signed(ISSUER),
		asset,
		token,
		10_000
	));
	let id = request_issue(token, BOB, 100);
	assert_ok!(confirm(REGISTRY, id));
	assert_ok!(confirm(CUSTODIAN, id));
	assert_eq!(balance(token, BOB), 100);
	(asset, token)
}

#[test]
fn flow_bob_sells_to_charlie_with_two_of_three_attestations() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_eq!(balance(token, BOB), 60);
		// The notary confirms the deed: one of two.
		assert_ok!(ProofOfOwnership::confirm(signed(NOTARY), id, [1; 32]));
		assert!(Pending::<Test>::contains_key(id));
		assert_eq!(balance(token, CHARLIE), 0);
		// The land registry records Charlie: two of two, the transfer completes.
		assert_ok!(ProofOfOwnership::confirm(signed(REGISTRY), id, [2; 32]));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (60, 40));
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 60);
		assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 40);
		let cert = Certificates::<Test>::get(asset, 1).unwrap();
		assert_eq!(
			(cert.owner, cert.units, cert.from),
			(CHARLIE, 40, Some(BOB))
		);
		assert_eq!(cert.attestors.into_inner(), vec![NOTARY, REGISTRY]);
		assert!(ProofOfOwnership::verify_chain(asset));
		let charlies = ProofOfOwnership::api_certificates_of(asset, CHARLIE);
		assert_eq!(charlies.len(), 1);
		assert_eq!(
			charlies[0].certificate_hash,
			ChainHeads::<Test>::get(asset).1
		);
	});
}

#[test]
fn flow_a_rejected_transfer_is_refunded() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(reject(REGISTRY, id));
		assert!(Pending::<Test>::contains_key(id));
		assert_ok!(reject(NOTARY, id));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (100, 0));
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 100);
		assert!(events().contains(&Event::TransferRefused { id, asset }));
	});
}

#[test]
fn flow_an_unattested_transfer_expires_and_is_refunded() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(confirm(NOTARY, id));
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(CHARLIE), id));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (100, 0));
		assert_eq!(last_event(), Event::TransferExpired { id, asset });
	});
}

#[test]
fn flow_a_wrong_attestation_is_challenged_and_slashed() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(confirm(CUSTODIAN, id));
		// The custodian never received the deed: Eve challenges its confirmation.
		System::set_block_number(5);
		let c = challenge(asset, 1, CUSTODIAN);
		assert_ok!(ProofOfOwnership::rule(root(), c, true));
		assert_eq!(bond_of(CUSTODIAN), MIN_BOND / 2);
		assert_eq!(free(EVE), FUNDS + MIN_BOND / 2 * 2 / 5);
		// The certificate stands; the custodian may not vote again until it tops up.
		assert!(ProofOfOwnership::verify_chain(asset));
		let next = request(CHARLIE, token, DAVE, 1);
		assert_noop!(confirm(CUSTODIAN, next), Error::<Test>::BondBelowMinimum);
	});
}

#[test]
fn flow_a_failed_challenge_forfeits_the_bond() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(confirm(REGISTRY, id));
		let c = challenge(asset, 1, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), c, false));
		assert_eq!(bond_of(REGISTRY), MIN_BOND);
		assert_eq!(free(EVE), FUNDS - CHALLENGE_BOND);
	});
}

#[test]
fn flow_a_plain_transfer_of_the_flat_token_is_refused() {
	run(|| {
		let (_, token) = tokenised_flat();
		assert_noop!(
			post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 40)),
			Error::<Test>::AttestationRequired
		);
	});
}
