//! Settlement: judged when the deciding confirmation settles, with the state as it is then

use super::*;

/// An error as an event keeps it: without the message of `DispatchError::Other`.
fn stored(error: DispatchError) -> DispatchError {
	DispatchError::decode(&mut &error.encode()[..]).expect("an encoded error decodes")
}

/// Bob holds 1 000 and has asked for 400 to go to Charlie (transfer id returned); the
/// registry has confirmed, the notary's confirmation would decide.
fn pending_sale() -> (UnderlyingAssetId, TokenId, TransferId) {
	let (asset, token) = bob_holds();
	let id = request(BOB, token, CHARLIE, 400);
	assert_ok!(confirm(REGISTRY, id));
	(asset, token, id)
}

/// The transfer ended refused at settlement: Bob has his tokens back, nothing reached
/// Charlie, no certificate was issued, the certified units did not move.
fn assert_refused_at_settlement(
	asset: UnderlyingAssetId,
	token: TokenId,
	id: TransferId,
	error: DispatchError,
) {
	let error = stored(error);
	assert_eq!(last_event(), Event::SettlementRefused { id, asset, error });
	assert!(!Pending::<Test>::contains_key(id));
	assert!(PendingByAsset::<Test>::get(asset).is_empty());
	assert_eq!(
		(
			balance(token, BOB),
			balance(token, CHARLIE),
			balance(token, escrow())
		),
		(1_000, 0, 0)
	);
	assert_eq!(
		ChainHeads::<Test>::get(asset).0,
		1,
		"only the issuance's certificate"
	);
	assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
	assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 0);
}

#[test]
fn a_receiver_refused_after_the_request_does_not_receive() {
	run(|| {
		let (asset, token, id) = pending_sale();
		// Charlie's standing changes while the attestors deliberate (a revoked claim, a deny
		// list): the settlement is judged as it stands now.
		DenyList::deny(&CHARLIE);
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(asset, token, id, DENIED_ERROR);
	});
}

#[test]
fn a_sender_refused_after_the_request_does_not_complete() {
	run(|| {
		let (asset, token, id) = pending_sale();
		DenyList::deny(&BOB);
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(asset, token, id, DENIED_ERROR);
	});
}

#[test]
fn a_sender_frozen_after_the_request_does_not_complete() {
	run(|| {
		let (asset, token, id) = pending_sale();
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(
			asset,
			token,
			id,
			pallet_security_token::Error::<Test>::SenderFrozen.into(),
		);
		// The refund reached Bob although he is frozen: nothing is lost.
		assert_eq!(balance(token, BOB), 1_000);
	});
}

#[test]
fn a_receiver_frozen_after_the_request_does_not_receive() {
	run(|| {
		let (asset, token, id) = pending_sale();
		assert_ok!(SecurityToken::freeze_account(
			signed(ISSUER),
			token,
			CHARLIE
		));
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(
			asset,
			token,
			id,
			pallet_security_token::Error::<Test>::ReceiverFrozen.into(),
		);
	});
}

#[test]
fn an_issuance_refused_at_settlement_releases_its_units() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, CHARLIE, 100);
		assert_ok!(confirm(REGISTRY, id));
		DenyList::deny(&CHARLIE);
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(
			last_event(),
			Event::SettlementRefused {
				id,
				asset,
				error: stored(DENIED_ERROR)
			}
		);
		assert_eq!((supply(token), balance(token, CHARLIE)), (0, 0));
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!(ChainHeads::<Test>::get(asset).0, 0);
		// The units are free again: the whole asset can still be issued.
		DenyList::clear();
		issue(token, DAVE, 1_000_000);
	});
}

#[test]
fn a_pause_stops_new_requests_but_not_pending_settlements_or_refunds() {
	run(|| {
		let (asset, token, id) = pending_sale();
		let refunded = request(BOB, token, DAVE, 100);
		assert_ok!(SecurityToken::pause(signed(ISSUER), token));
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, DAVE, 1),
			pallet_security_token::Error::<Test>::TokenPaused
		);
		// The attested transfer settles, the rejected one is refunded, both during the pause.
		assert_ok!(confirm(NOTARY, id));
		assert!(matches!(last_event(), Event::TransferCompleted { .. }));
		assert_ok!(reject(REGISTRY, refunded));
		assert_ok!(reject(NOTARY, refunded));
		assert_eq!(
			(
				balance(token, BOB),
				balance(token, CHARLIE),
				balance(token, escrow())
			),
			(600, 400, 0)
		);
		assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 400);
	});
}

#[test]
fn the_escrow_is_a_custodian_nobody_can_freeze_or_drain() {
	run(|| {
		let (_, token, _) = pending_sale();
		let custodian =
			|| DispatchError::from(pallet_security_token::Error::<Test>::CustodianAccount);
		// The escrow cannot be frozen, so refunds and settlements never get stuck behind a
		// freeze of it; no agent can move what it holds, nor anyone send it tokens.
		assert_noop!(
			SecurityToken::freeze_account(signed(ISSUER), token, escrow()),
			custodian()
		);
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(ISSUER),
				token,
				escrow(),
				DAVE,
				400,
				b"court".to_vec().try_into().unwrap()
			)),
			custodian()
		);
		let unbound = new_token(ISSUER);
		assert_ok!(SecurityToken::issue(signed(ISSUER), unbound, BOB, 10));
		assert_noop!(
			post(SecurityToken::transfer(signed(BOB), unbound, escrow(), 1)),
			custodian()
		);
		// The escrow never counts as a holder: Bob alone holds the token.
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::holder_count(token),
			1
		);
	});
}

#[test]
fn a_refused_settlement_is_charged_its_refund_too() {
	run(|| {
		let (_, token, id) = pending_sale();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		DenyList::deny(&CHARLIE);
		let info = ProofOfOwnership::confirm(signed(NOTARY), id, EVIDENCE).unwrap();
		let actual =
			<() as WeightInfo>::confirm_complete().saturating_add(overhead.saturating_mul(2));
		assert_eq!(info.actual_weight, Some(actual));
		assert!(ProofOfOwnership::confirm_weight().all_gte(actual));
	});
}
