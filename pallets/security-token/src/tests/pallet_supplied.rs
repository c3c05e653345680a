//! Tokens another pallet supplies (`SecurityLedger::create_token`, a basket's token): the
//! roles over supply and holders' balances are withheld from every agent, the issuer
//! included; the network, the holders and the creating pallet keep their powers.

use super::*;
use crate::PalletSupplied;

type Ledger = SecurityToken;

/// A token created through the ledger trait by ISSUER, with these balances issued by the
/// creating pallet.
fn supplied_with(balances: &[(AccountId, Balance)]) -> TokenId {
	let t = <Ledger as SecurityLedger<AccountId, Balance>>::create_token(&ISSUER, fund())
		.expect("an admitted issuer creates it");
	for (who, amount) in balances {
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::issue(
			t, who, *amount
		));
	}
	t
}

const WITHHELD: [Role; 4] = [
	Role::Supply,
	Role::Freezer,
	Role::Controller,
	Role::Recovery,
];

#[test]
fn create_token_through_the_ledger_is_a_token_like_any_other() {
	run(|| {
		let before = deposit_held(ISSUER);
		let t = supplied_with(&[(BOB, 100)]);
		assert!(PalletSupplied::<Test>::contains_key(t));
		assert_eq!(details(t).issuer, ISSUER);
		assert_eq!(
			deposit_held(ISSUER),
			before + DEPOSIT,
			"the token deposit is held"
		);
		assert!(events().contains(&Event::TokenCreated {
			token: t,
			issuer: ISSUER,
			class: InstrumentClass::FundUnits,
			deposit: DEPOSIT,
		}));
		// Holders move it as any token; the creating pallet burns it through the trait.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 40));
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::burn(
			t, &CHARLIE, 10
		));
		assert_eq!(
			(supply(t), balance(t, BOB), balance(t, CHARLIE)),
			(90, 60, 30)
		);
		// An ordinary token is not pallet-supplied.
		assert!(!PalletSupplied::<Test>::contains_key(token_with(&[])));
	});
}

#[test]
fn create_token_through_the_ledger_needs_an_admitted_issuer_and_a_valid_definition() {
	run(|| {
		let next = NextTokenId::<Test>::get();
		assert_refused(
			"not an issuer",
			|| {
				<Ledger as SecurityLedger<AccountId, Balance>>::create_token(&BOB, fund())
					.map(|_| ())
			},
			Error::<Test>::NotIssuer.into(),
		);
		assert_eq!(NextTokenId::<Test>::get(), next);
		assert!(!PalletSupplied::<Test>::contains_key(next));
	});
}

#[test]
fn no_agent_holds_a_withheld_power_over_a_supplied_token_not_even_its_issuer() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = supplied_with(&[(BOB, 100)]);
		let withheld: DispatchError = Error::<Test>::PowerWithheld.into();
		for (role, name, call) in gated_calls(t) {
			if WITHHELD.contains(&role) {
				assert_refused(name, || call(signed(ISSUER)), withheld);
				assert!(!has_role(t, ISSUER, role), "{role:?} shows as held");
			} else {
				assert!(has_role(t, ISSUER, role));
			}
		}
		// The others stay the issuer's, and grantable.
		assert_ok!(SecurityToken::add_document(
			signed(ISSUER),
			t,
			doc("memo", "ipfs://m")
		));
		assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Documents
		));
		// Withheld roles cannot be granted, by the issuer or by the holders.
		for role in WITHHELD {
			assert_refused(
				"grant by the issuer",
				|| SecurityToken::grant_role(signed(ISSUER), t, AGENT, role),
				withheld,
			);
			assert_refused(
				"grant by the holders",
				|| SecurityToken::grant_role(holders_origin(t), t, AGENT, role),
				withheld,
			);
		}
		assert_eq!(supply(t), 100);
	});
}

#[test]
fn the_network_and_the_holders_keep_their_powers_over_a_supplied_token() {
	run(|| {
		let t = supplied_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::pause(holders_origin(t), t));
		assert_ok!(SecurityToken::unpause(RuntimeOrigin::root(), t));
		assert_ok!(SecurityToken::freeze_tokens(
			RuntimeOrigin::root(),
			t,
			BOB,
			10
		));
		assert_ok!(SecurityToken::unfreeze_tokens(
			RuntimeOrigin::root(),
			t,
			BOB,
			10
		));
		assert_ok!(SecurityToken::force_transfer(
			RuntimeOrigin::root(),
			t,
			BOB,
			CHARLIE,
			5,
			reason("court order")
		));
		// A hand-over keeps the token pallet-supplied: the new issuer gains no withheld power.
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), DAVE));
		assert_ok!(SecurityToken::hand_over(RuntimeOrigin::root(), t, DAVE));
		assert!(PalletSupplied::<Test>::contains_key(t));
		assert_noop!(
			SecurityToken::issue(signed(DAVE), t, DAVE, 1),
			Error::<Test>::PowerWithheld
		);
	});
}
