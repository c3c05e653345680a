//! Creating baskets: the basket token, deposits, accounts, and every refusal

use super::*;
use vellum_primitives::security::{InstrumentClass, Redemption};

#[test]
fn an_issuer_creates_a_basket_with_its_token_and_deposit() {
	run(|| {
		let t = tokens(2);
		let (b, token) = create(&[(t[0], 2), (t[1], 3)], 10, Perbill::from_percent(1));
		let stored = basket(b);
		assert_eq!(stored.creator, MANAGER);
		assert_eq!(stored.deposit, BASKET_DEPOSIT);
		assert_eq!(stored.natural_unit, 10);
		assert_eq!(stored.multiplier, PRECISE_UNIT);
		assert_eq!(stored.supply, 0);
		assert_eq!(stored.last_accrual, START);
		assert_eq!(BasketOfToken::<Test>::get(token), Some(b));
		assert_eq!(
			deposit_held(HoldReason::BasketDeposit, MANAGER),
			BASKET_DEPOSIT
		);
		// The basket token is an ordinary token of the ledger, issued by the manager.
		assert_eq!(
			<Ledger as SecurityLedger<AccountId, Balance>>::issuer(token),
			Some(MANAGER)
		);
		assert_eq!(
			pallet_security_token::Tokens::<Test>::get(token).map(|d| d.class),
			Some(InstrumentClass::FundUnits)
		);
		assert_eq!(
			last_event(),
			Event::BasketCreated {
				basket: b,
				token,
				manager: MANAGER,
				natural_unit: 10,
				components: comps(&[(t[0], 2), (t[1], 3)]),
				fee: Perbill::from_percent(1),
				deposit: BASKET_DEPOSIT,
			}
		);
	});
}

#[test]
fn the_vault_is_the_one_custodian_and_basket_accounts_are_not() {
	run(|| {
		assert!(<Ledger as SecurityLedger<AccountId, Balance>>::is_custodian(&vault()));
		let (a, b) = (fund(0), fund(1));
		assert_ne!(a, b);
		assert_ne!(a, vault());
		assert!(!<Ledger as SecurityLedger<AccountId, Balance>>::is_custodian(&a));
	});
}

#[test]
fn every_malformed_basket_is_refused() {
	run(|| {
		let t = tokens(2);
		let (_, other_basket_token) = create(&[(t[0], 1)], 1, Perbill::zero());
		let attempt =
			|who: AccountId,
			 list: &[(TokenId, Balance)],
			 nu: Balance,
			 fee: Perbill,
			 def: vellum_primitives::security::SecurityDefinition<Balance>| {
				SetDerivatives::create_basket(signed(who), comps(list), nu, fee, Box::new(def))
			};
		let ok = || fund_units(b"BSKT");
		assert_refused(
			|| attempt(BOB, &[(t[0], 1)], 1, Perbill::zero(), ok()),
			Error::<Test>::NotIssuer,
		);
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1)], 0, Perbill::zero(), ok()),
			Error::<Test>::ZeroNaturalUnit,
		);
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1)], 1, Perbill::from_percent(11), ok()),
			Error::<Test>::FeeTooHigh,
		);
		assert_refused(
			|| attempt(MANAGER, &[], 1, Perbill::zero(), ok()),
			Error::<Test>::NoComponents,
		);
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 0)], 1, Perbill::zero(), ok()),
			Error::<Test>::ZeroUnits,
		);
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1), (t[0], 2)], 1, Perbill::zero(), ok()),
			Error::<Test>::DuplicateComponent,
		);
		assert_refused(
			|| attempt(MANAGER, &[(777, 1)], 1, Perbill::zero(), ok()),
			Error::<Test>::UnknownComponent,
		);
		assert_refused(
			|| {
				attempt(
					MANAGER,
					&[(other_basket_token, 1)],
					1,
					Perbill::zero(),
					ok(),
				)
			},
			Error::<Test>::NestedBasket,
		);
		TestBound::bind(t[1]);
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1), (t[1], 1)], 1, Perbill::zero(), ok()),
			Error::<Test>::BoundComponent,
		);
		let equity = vellum_primitives::security::SecurityDefinition::plain_equity(
			b"EQ",
			vellum_primitives::security::CountryCode(*b"LU"),
			1_000u128,
		);
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1)], 1, Perbill::zero(), equity),
			Error::<Test>::NotFundUnits,
		);
		let mut redeemable = ok();
		redeemable.redemption = Redemption::Anytime;
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1)], 1, Perbill::zero(), redeemable),
			Error::<Test>::RedeemableBasketToken,
		);
		// The ledger's own validation, after the deposit was held: all undone.
		let mut bad_symbol = ok();
		bad_symbol.symbol = BoundedVec::truncate_from(b"bad symbol".to_vec());
		assert_refused(
			|| attempt(MANAGER, &[(t[0], 1)], 1, Perbill::zero(), bad_symbol),
			TokenError::BadSymbol,
		);
	});
}

#[test]
fn a_manager_without_funds_for_both_deposits_creates_nothing() {
	run(|| {
		let t = tokens(1);
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), NOBODY));
		assert!(SetDerivatives::create_basket(
			signed(NOBODY),
			comps(&[(t[0], 1)]),
			1,
			Perbill::zero(),
			Box::new(fund_units(b"BSKT")),
		)
		.is_err());
		assert_eq!(crate::NextBasketId::<Test>::get(), 0);
	});
}

/// Needs the ledger change proposed in README ("What the ledger needs"): a basket token's
/// supply, freeze, controller and recovery powers are withheld from everyone but the network.
#[test]
fn the_manager_holds_no_power_that_could_take_or_stop_basket_units() {
	run(|| {
		let (b, token, _) = standard();
		issue(BOB, b, 10);
		let withheld: DispatchError = TokenError::PowerWithheld.into();
		assert_refused(
			|| SecurityToken::issue(signed(MANAGER), token, MANAGER, 1),
			withheld,
		);
		assert_refused(
			|| SecurityToken::burn(signed(MANAGER), token, BOB, 1),
			withheld,
		);
		assert_refused(|| SecurityToken::pause(signed(MANAGER), token), withheld);
		assert_refused(
			|| SecurityToken::freeze_account(signed(MANAGER), token, BOB),
			withheld,
		);
		assert_refused(
			|| SecurityToken::freeze_tokens(signed(MANAGER), token, BOB, 1),
			withheld,
		);
		assert_refused(
			|| {
				SecurityToken::force_transfer(
					signed(MANAGER),
					token,
					BOB,
					MANAGER,
					1,
					BoundedVec::truncate_from(b"mine".to_vec()),
				)
			},
			withheld,
		);
		assert_refused(
			|| SecurityToken::recover(signed(MANAGER), token, BOB, MANAGER),
			withheld,
		);
		// The network keeps its powers over every token.
		assert_ok!(SecurityToken::pause(RuntimeOrigin::root(), token));
	});
}
