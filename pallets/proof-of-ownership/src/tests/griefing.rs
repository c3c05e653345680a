//! Griefing and self-dealing

use super::*;

#[test]
fn only_admitted_issuers_register_assets_so_nobody_ties_up_attestors_bonds() {
	run(|| {
		three_attestors();
		assert_noop!(
			register_as(BOB, def(&[REGISTRY, NOTARY, CUSTODIAN], 2)),
			Error::<Test>::NotIssuer
		);
		assert_eq!(Attestors::<Test>::get(REGISTRY).unwrap().assets, 0);
		// A removed issuer registers, binds and issues no more.
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, NOTARY], 1)),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			ProofOfOwnership::bind_token(signed(ISSUER), asset, token, 1),
			Error::<Test>::NotIssuer
		);
		assert_ok!(SecurityToken::admit_issuer(root(), ISSUER));
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			1
		));
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, BOB, 1),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn an_attestor_cannot_vote_on_a_transfer_to_or_from_itself() {
	run(|| {
		let (_, token) = bob_holds();
		let to_registry = request(BOB, token, REGISTRY, 10);
		assert_noop!(
			confirm(REGISTRY, to_registry),
			Error::<Test>::InterestedAttestor
		);
		assert_noop!(
			reject(REGISTRY, to_registry),
			Error::<Test>::InterestedAttestor
		);
		// The others decide.
		assert_ok!(confirm(NOTARY, to_registry));
		assert_ok!(confirm(CUSTODIAN, to_registry));
		assert_eq!(balance(token, REGISTRY), 10);
		// Nor on its own sale.
		let from_registry = request(REGISTRY, token, CHARLIE, 5);
		assert_noop!(
			confirm(REGISTRY, from_registry),
			Error::<Test>::InterestedAttestor
		);
	});
}

#[test]
fn nobody_challenges_an_attestation_it_is_a_party_to() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		let seq = ChainHeads::<Test>::get(asset).0 - 1;
		for interested in [REGISTRY, BOB, CHARLIE] {
			assert_noop!(
				ProofOfOwnership::challenge(signed(interested), asset, seq, REGISTRY),
				Error::<Test>::InterestedChallenger
			);
		}
		// The issuance's receiver cannot dispute it either.
		assert_noop!(
			ProofOfOwnership::challenge(signed(BOB), asset, 0, NOTARY),
			Error::<Test>::InterestedChallenger
		);
		assert_ok!(ProofOfOwnership::challenge(
			signed(EVE),
			asset,
			seq,
			REGISTRY
		));
	});
}

#[test]
fn a_request_holds_a_deposit_until_it_ends_however_it_ends() {
	run(|| {
		let (_, token) = bob_holds();
		let deposit = || held(HoldReason::RequestDeposit, BOB);
		let settles = request(BOB, token, CHARLIE, 10);
		let refused = request(BOB, token, DAVE, 10);
		assert_eq!(deposit(), 2 * REQUEST_DEPOSIT);
		assert_eq!(
			crate::Requests::<Test>::get(settles),
			Some((BOB, REQUEST_DEPOSIT))
		);
		assert_ok!(confirm(REGISTRY, settles));
		assert_ok!(confirm(NOTARY, settles));
		assert_eq!(deposit(), REQUEST_DEPOSIT);
		assert_ok!(reject(REGISTRY, refused));
		assert_ok!(reject(NOTARY, refused));
		assert_eq!(deposit(), 0);
		// Expired and refused-at-settlement requests return it too.
		let lapses = request(BOB, token, CHARLIE, 1);
		let denied = request(BOB, token, DAVE, 1);
		assert_eq!(deposit(), 2 * REQUEST_DEPOSIT);
		DenyList::deny(&DAVE);
		assert_ok!(confirm(REGISTRY, denied));
		assert_ok!(confirm(NOTARY, denied));
		System::set_block_number(System::block_number() + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), lapses));
		assert_eq!(deposit(), 0);
		assert!(crate::OpenRequests::<Test>::get(0, BOB).is_none());
		// The issuer pays for its issuance requests.
		let before = held(HoldReason::RequestDeposit, ISSUER);
		request_issue(token, CHARLIE, 1);
		assert_eq!(
			held(HoldReason::RequestDeposit, ISSUER),
			before + REQUEST_DEPOSIT
		);
	});
}

#[test]
fn a_holder_without_the_deposit_cannot_request() {
	run(|| {
		let (_, token) = bob_holds();
		// Bob's whole native balance moves away: nothing left to hold.
		let all = free(BOB);
		assert_ok!(Balances::transfer_allow_death(signed(BOB), NOBODY, all));
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 1),
			TokenError::FundsUnavailable
		);
		assert_eq!(balance(token, BOB), 1_000);
	});
}
