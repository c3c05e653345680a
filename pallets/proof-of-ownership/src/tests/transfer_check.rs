//! The transfer check, through the ledger

use super::*;

#[test]
fn the_ledger_refuses_every_other_movement_of_a_bound_token() {
	run(|| {
		let (_, token) = bob_holds();
		let refused = || Error::<Test>::AttestationRequired;
		assert_noop!(
			post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 10)),
			refused()
		);
		assert_noop!(
			post(SecurityToken::issue(signed(ISSUER), token, CHARLIE, 10)),
			refused()
		);
		assert_noop!(
			post(SecurityToken::burn(signed(ISSUER), token, BOB, 10)),
			refused()
		);
		let reason: BoundedVec<u8, ConstU32<32>> = b"court order".to_vec().try_into().unwrap();
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(ISSUER),
				token,
				BOB,
				CHARLIE,
				10,
				reason
			)),
			refused()
		);
		assert_noop!(
			post(SecurityToken::recover(signed(ISSUER), token, BOB, DAVE)),
			refused()
		);
		assert_ok!(SecurityToken::approve(signed(BOB), token, DAVE, 10));
		assert_noop!(
			post(SecurityToken::transfer_from(
				signed(DAVE),
				token,
				BOB,
				CHARLIE,
				10
			)),
			refused()
		);
		assert_eq!(
			SecurityToken::api_can_transfer(token, &BOB, &CHARLIE, 10),
			vec![ReasonCode::AttestationRequired]
		);
		assert_eq!(ReasonCode::AttestationRequired.code(), 0x60);
	});
}

#[test]
fn redemptions_of_a_bound_token_are_refused() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = pallet_security_token::NextTokenId::<Test>::get();
		assert_ok!(SecurityToken::create_token(
			signed(ISSUER),
			Box::new(SecurityDefinition {
				redemption: Redemption::Anytime,
				..SecurityDefinition::plain_equity(b"UNITS", DE, 1_000_000)
			})
		));
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			1
		));
		issue(token, BOB, 100);
		assert_noop!(
			post(SecurityToken::redeem(signed(BOB), token, 10)),
			Error::<Test>::AttestationRequired
		);
		assert_eq!(supply(token), 100);
	});
}

#[test]
fn unbound_tokens_move_freely() {
	run(|| {
		let token = new_token(ISSUER);
		assert_ok!(post(SecurityToken::issue(signed(ISSUER), token, BOB, 10)));
		assert_ok!(post(SecurityToken::transfer(
			signed(BOB),
			token,
			CHARLIE,
			4
		)));
		assert!(SecurityToken::api_can_transfer(token, &BOB, &CHARLIE, 1).is_empty());
		assert_eq!(balance(token, CHARLIE), 4);
	});
}

#[test]
fn the_refusal_decodes_as_a_client_sees_it() {
	run(|| {
		use codec::Decode;
		use frame_support::traits::PalletInfoAccess;
		let (_, token) = bob_holds();
		match post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 10)) {
			Err(DispatchError::Module(e)) => {
				assert_eq!(
					usize::from(e.index),
					<ProofOfOwnership as PalletInfoAccess>::index()
				);
				assert!(matches!(
					Error::<Test>::decode(&mut &e.error[..]),
					Ok(Error::<Test>::AttestationRequired)
				));
			}
			other => panic!("expected a module error, got {other:?}"),
		}
	});
}
