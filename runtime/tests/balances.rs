//! VLM moves through the real runtime: signed extrinsics, fees to the collators' pot, and a
//! decodable error for an overdraft.

mod common;

use common::{account, apply, events, free, new_ext};
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::{DispatchError, ModuleError, TokenError};
use vellum_runtime::{Runtime, RuntimeCall, RuntimeEvent, UNIT};

fn transfer(to: sp_keyring::Sr25519Keyring, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: account(to).into(),
		value,
	})
}

fn pot() -> vellum_runtime::AccountId {
	pallet_collator_selection::Pallet::<Runtime>::account_id()
}

#[test]
fn a_signed_transfer_moves_vlm_and_pays_a_fee_to_the_collators() {
	new_ext("development").execute_with(|| {
		let (alice_before, bob_before) = (free(Alice), free(Bob));
		let pot_before = pallet_balances::Pallet::<Runtime>::free_balance(pot());

		let outcome = apply(Alice, transfer(Bob, 10 * UNIT));
		assert_eq!(outcome, Ok(Ok(())));

		assert_eq!(free(Bob), bob_before + 10 * UNIT);
		let fee = alice_before - 10 * UNIT - free(Alice);
		assert!(fee > 0, "a fee is charged");
		assert!(fee < UNIT / 10, "the fee of a transfer is small: {fee}");
		assert_eq!(
			pallet_balances::Pallet::<Runtime>::free_balance(pot()),
			pot_before + fee
		);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Balances(pallet_balances::Event::Transfer { amount, .. }) if *amount == 10 * UNIT
		)));
		assert_eq!(
			frame_system::Pallet::<Runtime>::account_nonce(account(Alice)),
			1
		);
	});
}

#[test]
fn an_overdraft_fails_with_a_decodable_error_and_moves_nothing() {
	new_ext("development").execute_with(|| {
		let bob_before = free(Bob);
		let alice_before = free(Alice);
		let outcome = apply(Alice, transfer(Bob, alice_before * 2)).expect("valid transaction");
		// The SDK's fungible traits report an overdraft as a token error.
		assert_eq!(
			outcome,
			Err(DispatchError::Token(TokenError::FundsUnavailable))
		);
		assert_eq!(free(Bob), bob_before);
		// Only the fee left Alice's account.
		assert!(alice_before - free(Alice) < UNIT / 10);
	});
}

#[test]
fn a_pallet_failure_is_a_module_error_decodable_to_its_name() {
	new_ext("development").execute_with(|| {
		let call = RuntimeCall::Identity(pallet_identity::Call::request_judgement {
			reg_index: 0,
			max_fee: 0,
		});
		let outcome = apply(Bob, call).expect("valid transaction");
		let Err(error @ DispatchError::Module(ModuleError { index, .. })) = outcome else {
			panic!("expected a module error, got {outcome:?}");
		};
		assert_eq!(index, 42, "pallet-identity sits at index 42");
		let name: &'static str = match vellum_runtime::RuntimeError::from_dispatch_error(error) {
			Some(vellum_runtime::RuntimeError::Identity(e)) => e.into(),
			other => panic!("not an identity error: {other:?}"),
		};
		// No registrar has been appointed yet.
		assert_eq!(name, "EmptyIndex");
	});
}

#[test]
fn the_existential_deposit_is_one_milli_vlm() {
	new_ext("development").execute_with(|| {
		assert_eq!(common::existential_deposit(), vellum_runtime::MILLIUNIT);
	});
}
