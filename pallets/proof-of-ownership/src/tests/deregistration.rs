//! Deregistration of assets without supply

use super::*;

#[test]
fn the_issuer_deregisters_an_unbound_asset_and_gets_its_deposit_back() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), ASSET_DEPOSIT);
		let before = free(ISSUER);
		assert_ok!(deregister_as(signed(ISSUER), asset));
		assert_eq!(
			last_event(),
			Event::AssetDeregistered {
				asset,
				issuer: ISSUER,
				released: ASSET_DEPOSIT,
				by_network: false,
			}
		);
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), 0);
		assert_eq!(free(ISSUER), before + ASSET_DEPOSIT);
		assert!(!UnderlyingAssets::<Test>::contains_key(asset));
		assert!(!ChainHeads::<Test>::contains_key(asset));
		assert!(!ChainGenesis::<Test>::contains_key(asset));
		assert!(ProofOfOwnership::api_asset(asset).is_none());
		assert!(!ProofOfOwnership::verify_chain(asset));
		// Its attestors are named by nothing: they may leave.
		for who in [REGISTRY, NOTARY, CUSTODIAN] {
			assert_eq!(info(who).assets, 0);
			assert_ok!(ProofOfOwnership::unbond(signed(who), MIN_BOND));
		}
		// Its id is never given out again.
		admit_bonded(FOURTH, MIN_BOND);
		assert_eq!(register(&[FOURTH], 1), asset + 1);
	});
}

#[test]
fn the_network_deregisters_a_bound_asset_without_supply_and_unbinds_its_token() {
	run(|| {
		let (asset, token) = bound();
		// The issuer was removed; the network cleans up and the deposit returns to it.
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_ok!(deregister_as(root(), asset));
		assert_eq!(
			last_event(),
			Event::AssetDeregistered {
				asset,
				issuer: ISSUER,
				released: ASSET_DEPOSIT,
				by_network: true,
			}
		);
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), 0);
		assert!(!TokenAsset::<Test>::contains_key(token));
		assert!(!AssetBindings::<Test>::contains_key(asset));
		// The token is a plain token again: no attestation requested nor required.
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, BOB, 1),
			Error::<Test>::NotBound
		);
		assert_ok!(SecurityToken::admit_issuer(root(), ISSUER));
		assert_ok!(SecurityToken::issue(signed(ISSUER), token, BOB, 5));
		assert_eq!(balance(token, BOB), 5);
	});
}

#[test]
fn a_token_freed_by_deregistration_may_be_bound_to_a_new_asset() {
	run(|| {
		let (asset, token) = bound();
		assert_ok!(deregister_as(signed(ISSUER), asset));
		let again = register(&[REGISTRY, NOTARY], 2);
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			again,
			token,
			1
		));
		issue(token, BOB, 10);
		assert!(ProofOfOwnership::verify_chain(again));
	});
}

#[test]
fn deregister_asset_errors() {
	run(|| {
		let (asset, token) = bound();
		assert_noop!(
			deregister_as(RuntimeOrigin::none(), asset),
			DispatchError::BadOrigin
		);
		assert_noop!(
			deregister_as(signed(ISSUER), asset + 1),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			deregister_as(root(), asset + 1),
			Error::<Test>::UnknownAsset
		);
		for who in [BOB, OTHER_ISSUER, REGISTRY] {
			assert_noop!(
				deregister_as(signed(who), asset),
				Error::<Test>::NotAssetIssuer
			);
		}
		// A pending issuance keeps it, for the issuer and the network alike.
		let id = request_issue(token, BOB, 10);
		assert_noop!(
			deregister_as(signed(ISSUER), asset),
			Error::<Test>::TransfersPending
		);
		assert_noop!(
			deregister_as(root(), asset),
			Error::<Test>::TransfersPending
		);
		// Once issued, the supply keeps it.
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert_noop!(
			deregister_as(signed(ISSUER), asset),
			Error::<Test>::SupplyBound
		);
		assert_noop!(deregister_as(root(), asset), Error::<Test>::SupplyBound);
		// A removed issuer loses the power.
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(
			deregister_as(signed(ISSUER), asset),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn an_asset_with_a_chain_of_title_is_kept() {
	run(|| {
		// A bound token's supply never falls, so certificates always come with supply; the
		// guard holds should a certificate ever outlive the supply.
		let (asset, _) = bound();
		let head = ChainHeads::<Test>::get(asset);
		ChainHeads::<Test>::insert(asset, (1, head.1));
		assert_noop!(deregister_as(root(), asset), Error::<Test>::TitleRecorded);
		ChainHeads::<Test>::insert(asset, head);
	});
}

#[test]
fn a_holder_cannot_keep_an_asset_registered_nor_free_bound_supply() {
	run(|| {
		// A holder's request needs tokens, so an asset without supply has no holder to
		// block its deregistration; and with supply nobody can deregister it, not even the
		// network, so no bound token ever escapes attestation.
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 1);
		assert_noop!(
			deregister_as(root(), asset),
			Error::<Test>::TransfersPending
		);
		assert_ok!(reject(REGISTRY, id));
		assert_ok!(reject(NOTARY, id));
		assert_noop!(deregister_as(root(), asset), Error::<Test>::SupplyBound);
		assert_eq!(TokenAsset::<Test>::get(token), Some(asset));
	});
}
