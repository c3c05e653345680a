//! Requests

use super::*;

#[test]
fn request_transfer_escrows_the_tokens() {
	run(|| {
		let (asset, token) = bob_holds();
		System::set_block_number(5);
		let id = request(BOB, token, CHARLIE, 400);
		assert_eq!(balance(token, BOB), 600);
		assert_eq!(balance(token, escrow()), 400);
		// Still certified to Bob until the transfer completes.
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
		let p = Pending::<Test>::get(id).unwrap();
		assert_eq!(
			(p.asset, p.token, p.from, p.to, p.amount, p.deadline),
			(asset, token, Some(BOB), CHARLIE, 400, 5 + TRANSFER_PERIOD)
		);
		assert_eq!(PendingByAsset::<Test>::get(asset).into_inner(), vec![id]);
		assert_eq!(
			last_event(),
			Event::TransferRequested {
				id,
				asset,
				token,
				from: Some(BOB),
				to: CHARLIE,
				amount: 400,
				deadline: 5 + TRANSFER_PERIOD,
			}
		);
	});
}

#[test]
fn request_transfer_errors() {
	run(|| {
		let (_, token) = bob_holds();
		let unbound = new_token(ISSUER);
		let req = |from, token, to, amount| {
			ProofOfOwnership::request_transfer(signed(from), token, to, amount)
		};
		assert_noop!(
			ProofOfOwnership::request_transfer(RuntimeOrigin::none(), token, CHARLIE, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(req(BOB, unbound, CHARLIE, 1), Error::<Test>::NotBound);
		assert_noop!(req(BOB, token, CHARLIE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(req(BOB, token, BOB, 1), Error::<Test>::SameAccount);
		assert_noop!(req(BOB, token, escrow(), 1), Error::<Test>::InvalidReceiver);
		DenyList::deny(&DAVE);
		assert_noop!(req(BOB, token, DAVE, 1), DENIED_ERROR);
		// The ledger's own rules apply to the escrow movement.
		assert_noop!(
			req(BOB, token, CHARLIE, 1_001),
			pallet_security_token::Error::<Test>::InsufficientBalance
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		assert_noop!(
			req(BOB, token, CHARLIE, 1),
			pallet_security_token::Error::<Test>::SenderFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), token, BOB));
		// One holder takes at most MAX_REQUESTS of the asset's MAX_PENDING slots ...
		for _ in 0..MAX_REQUESTS {
			request(BOB, token, CHARLIE, 1);
		}
		assert_noop!(req(BOB, token, CHARLIE, 1), Error::<Test>::TooManyRequests);
		// ... the issuer's issuances are not limited per requester, only by the slots.
		for _ in MAX_REQUESTS..MAX_PENDING {
			request_issue(token, CHARLIE, 1);
		}
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, CHARLIE, 1),
			Error::<Test>::TooManyPending
		);
	});
}

#[test]
fn request_transfer_ids_run_out() {
	run(|| {
		let (_, token) = bob_holds();
		NextTransferId::<Test>::put(u64::MAX);
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 1),
			Error::<Test>::TransferIdsExhausted
		);
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, CHARLIE, 1),
			Error::<Test>::TransferIdsExhausted
		);
	});
}

#[test]
fn request_issuance_records_a_pending_issuance() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 700);
		assert_eq!(supply(token), 0);
		assert_eq!(
			AssetBindings::<Test>::get(asset).unwrap().pending_issue,
			700
		);
		let p = Pending::<Test>::get(id).unwrap();
		assert_eq!((p.from, p.to, p.amount), (None, BOB, 700));
		assert_eq!(
			last_event(),
			Event::TransferRequested {
				id,
				asset,
				token,
				from: None,
				to: BOB,
				amount: 700,
				deadline: 1 + TRANSFER_PERIOD,
			}
		);
	});
}

#[test]
fn request_issuance_errors() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		// One token unit stands for 1 000 of the asset's million units: 1 000 tokens at most.
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			1_000
		));
		let unbound = new_token(ISSUER);
		let req = |who, token, to, amount| {
			ProofOfOwnership::request_issuance(signed(who), token, to, amount)
		};
		assert_noop!(
			ProofOfOwnership::request_issuance(RuntimeOrigin::none(), token, BOB, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(req(ISSUER, unbound, BOB, 1), Error::<Test>::NotBound);
		assert_noop!(req(BOB, token, BOB, 1), Error::<Test>::NotTokenIssuer);
		// A supply agent is not the issuer.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			token,
			DAVE,
			Role::Supply
		));
		assert_noop!(req(DAVE, token, BOB, 1), Error::<Test>::NotTokenIssuer);
		assert_noop!(req(ISSUER, token, BOB, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			req(ISSUER, token, escrow(), 1),
			Error::<Test>::InvalidReceiver
		);
		DenyList::deny(&CHARLIE);
		assert_noop!(req(ISSUER, token, CHARLIE, 1), DENIED_ERROR);
		assert_noop!(
			req(ISSUER, token, BOB, 1_001),
			Error::<Test>::ExceedsAssetUnits
		);
		request_issue(token, BOB, 600);
		// Pending issuances count.
		assert_noop!(
			req(ISSUER, token, BOB, 401),
			Error::<Test>::ExceedsAssetUnits
		);
		request_issue(token, BOB, 1);
		request_issue(token, BOB, 1);
		assert_noop!(req(ISSUER, token, BOB, 1), Error::<Test>::TooManyPending);
	});
}
