//! Assets and bindings

use super::*;

#[test]
fn register_asset_records_it_and_starts_its_chain() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let record = UnderlyingAssets::<Test>::get(asset).unwrap();
		assert_eq!(record.issuer, ISSUER);
		assert_eq!(record.deposit, ASSET_DEPOSIT);
		assert_eq!(record.definition, def(&[REGISTRY, NOTARY, CUSTODIAN], 2));
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), ASSET_DEPOSIT);
		let genesis = ProofOfOwnership::asset_hash(&record);
		assert_eq!(genesis, sp_io::hashing::blake2_256(&record.encode()));
		assert_eq!(ChainHeads::<Test>::get(asset), (0, genesis));
		for who in [REGISTRY, NOTARY, CUSTODIAN] {
			assert_eq!(Attestors::<Test>::get(who).unwrap().assets, 1);
		}
		assert_eq!(NextAssetId::<Test>::get(), asset + 1);
		assert!(ProofOfOwnership::verify_chain(asset));
		assert_eq!(
			last_event(),
			Event::AssetRegistered {
				asset,
				issuer: ISSUER,
				kind: AssetKind::RealEstate,
				attestors: 3,
				threshold: 2,
				deposit: ASSET_DEPOSIT,
				genesis,
			}
		);
	});
}

#[test]
fn register_asset_errors() {
	run(|| {
		three_attestors();
		let all = [REGISTRY, NOTARY, CUSTODIAN];
		assert_noop!(
			ProofOfOwnership::register_asset(RuntimeOrigin::none(), Box::new(def(&all, 2))),
			DispatchError::BadOrigin
		);
		let mut d = def(&all, 2);
		d.legal_id = BoundedVec::new();
		assert_noop!(register_as(ISSUER, d), Error::<Test>::EmptyLegalId);
		let mut d = def(&all, 2);
		d.jurisdiction = CountryCode(*b"de");
		assert_noop!(register_as(ISSUER, d), Error::<Test>::InvalidCountry);
		let mut d = def(&all, 2);
		d.total_units = 0;
		assert_noop!(register_as(ISSUER, d), Error::<Test>::ZeroUnits);
		for (attestors, threshold) in [(&all[..], 0), (&all[..], 4), (&[][..], 0), (&[][..], 1)] {
			assert_noop!(
				register_as(ISSUER, def(attestors, threshold)),
				Error::<Test>::InvalidThreshold
			);
		}
		for period in [0, MIN_TRANSFER_PERIOD - 1, MAX_TRANSFER_PERIOD + 1] {
			let mut d = def(&all, 2);
			d.transfer_period = period;
			assert_noop!(register_as(ISSUER, d), Error::<Test>::InvalidTransferPeriod);
		}
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, NOTARY, REGISTRY], 2)),
			Error::<Test>::DuplicateAttestor { index: 2 }
		);
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, NOTARY, NOBODY], 2)),
			Error::<Test>::AttestorNotAdmitted { index: 2 }
		);
		admit_bonded(FOURTH, MIN_BOND - 1);
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, FOURTH], 1)),
			Error::<Test>::AttestorBondTooLow { index: 1 }
		);
		// The deposit cannot be held from an (admitted) issuer without funds.
		assert_ok!(SecurityToken::admit_issuer(root(), NOBODY));
		assert_noop!(
			register_as(NOBODY, def(&all, 2)),
			TokenError::FundsUnavailable
		);
		NextAssetId::<Test>::put(u32::MAX);
		assert_noop!(
			register_as(ISSUER, def(&all, 2)),
			Error::<Test>::AssetIdsExhausted
		);
	});
}

#[test]
fn bind_token_binds_both_ways() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			50
		));
		let binding = AssetBindings::<Test>::get(asset).unwrap();
		assert_eq!(
			(
				binding.token,
				binding.units_per_token,
				binding.pending_issue
			),
			(token, 50, 0)
		);
		assert_eq!(TokenAsset::<Test>::get(token), Some(asset));
		assert_eq!(
			last_event(),
			Event::TokenBound {
				asset,
				token,
				units_per_token: 50
			}
		);
	});
}

#[test]
fn bind_token_errors() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let other_asset = register(&[REGISTRY], 1);
		let token = new_token(ISSUER);
		let others = new_token(OTHER_ISSUER);
		let bind = |who, asset, token, units| {
			ProofOfOwnership::bind_token(signed(who), asset, token, units)
		};
		assert_noop!(
			ProofOfOwnership::bind_token(RuntimeOrigin::none(), asset, token, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(bind(ISSUER, UNKNOWN, token, 1), Error::<Test>::UnknownAsset);
		assert_noop!(
			bind(OTHER_ISSUER, asset, others, 1),
			Error::<Test>::NotAssetIssuer
		);
		assert_noop!(bind(ISSUER, asset, UNKNOWN, 1), Error::<Test>::UnknownToken);
		assert_noop!(
			bind(ISSUER, asset, others, 1),
			Error::<Test>::NotTokenIssuer
		);
		assert_noop!(bind(ISSUER, asset, token, 0), Error::<Test>::ZeroUnits);
		assert_noop!(
			bind(ISSUER, asset, token, 1_000_001),
			Error::<Test>::ExceedsAssetUnits
		);
		// A token some of which is outstanding cannot be bound.
		let issued = new_token(ISSUER);
		assert_ok!(post(SecurityToken::issue(signed(ISSUER), issued, BOB, 5)));
		assert_noop!(
			bind(ISSUER, asset, issued, 1),
			Error::<Test>::TokenAlreadyIssued
		);
		assert_ok!(bind(ISSUER, asset, token, 1));
		let spare = new_token(ISSUER);
		assert_noop!(
			bind(ISSUER, asset, spare, 1),
			Error::<Test>::AssetAlreadyBound
		);
		assert_noop!(
			bind(ISSUER, other_asset, token, 1),
			Error::<Test>::TokenAlreadyBound
		);
	});
}
