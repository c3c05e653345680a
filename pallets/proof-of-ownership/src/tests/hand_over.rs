//! A bound token handed to a new issuer takes its asset along.

use super::*;

#[test]
fn a_handed_over_token_takes_its_asset_and_the_assets_deposit_along() {
	run(|| {
		let (asset, token) = bound();
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), ASSET_DEPOSIT);
		assert_ok!(SecurityToken::hand_over(root(), token, OTHER_ISSUER));
		assert!(events().contains(&Event::AssetHandedOver {
			asset,
			token,
			from: ISSUER,
			to: OTHER_ISSUER,
			deposit: ASSET_DEPOSIT,
		}));
		assert_eq!(
			UnderlyingAssets::<Test>::get(asset).map(|a| a.issuer),
			Some(OTHER_ISSUER)
		);
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), 0);
		assert_eq!(held(HoldReason::AssetDeposit, OTHER_ISSUER), ASSET_DEPOSIT);
		// The new issuer answers for the asset: it requests issuance and changes the
		// attestors; the old issuer no longer can.
		assert!(ProofOfOwnership::request_issuance(signed(ISSUER), token, BOB, 10).is_err());
		assert_ok!(ProofOfOwnership::request_issuance(
			signed(OTHER_ISSUER),
			token,
			BOB,
			10
		));
		assert_noop!(
			set_as(signed(ISSUER), asset, &[REGISTRY, NOTARY], 2),
			Error::<Test>::NotAssetIssuer
		);
		assert_ok!(set_as(signed(OTHER_ISSUER), asset, &[REGISTRY, NOTARY], 2));
	});
}

#[test]
fn a_hand_over_to_an_issuer_that_cannot_pay_the_assets_deposit_is_refused() {
	run(|| {
		let (asset, token) = bound();
		// OTHER_ISSUER can pay the token deposit but not the asset's on top.
		let token_deposit = TokenDeposit::get();
		let ed =
			<<Test as pallet_balances::Config>::ExistentialDeposit as frame_support::traits::Get<
				Balance,
			>>::get();
		let keep = token_deposit + ASSET_DEPOSIT - 1 + ed;
		assert_ok!(Balances::transfer_allow_death(
			signed(OTHER_ISSUER),
			NOBODY,
			free(OTHER_ISSUER) - keep
		));
		assert!(SecurityToken::hand_over(root(), token, OTHER_ISSUER).is_err());
		assert_eq!(
			UnderlyingAssets::<Test>::get(asset).map(|a| a.issuer),
			Some(ISSUER)
		);
		assert_eq!(
			pallet_security_token::Tokens::<Test>::get(token).map(|t| t.issuer),
			Some(ISSUER)
		);
	});
}

#[test]
fn a_hand_over_of_an_unbound_token_changes_no_asset() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		assert_ok!(SecurityToken::hand_over(root(), token, OTHER_ISSUER));
		assert_eq!(
			UnderlyingAssets::<Test>::get(asset).map(|a| a.issuer),
			Some(ISSUER)
		);
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), ASSET_DEPOSIT);
	});
}
