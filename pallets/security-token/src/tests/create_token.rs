//! create_token

use super::*;

#[test]
fn create_token_stores_the_token_and_holds_the_deposit() {
	run(|| {
		let free = Balances::free_balance(ISSUER);
		assert_eq!(deposit_held(ISSUER), 0);
		assert_ok!(SecurityToken::create_token(
			signed(ISSUER),
			Box::new(equity(1_000))
		));
		System::assert_last_event(
			Event::TokenCreated {
				token: 0,
				issuer: ISSUER,
				class: InstrumentClass::Equity,
				deposit: DEPOSIT,
			}
			.into(),
		);
		assert_eq!(NextTokenId::<Test>::get(), 1);
		assert_eq!(
			details(0),
			TokenDetails {
				issuer: ISSUER,
				class: InstrumentClass::Equity,
				jurisdiction: CountryCode(*b"US"),
				supply: 0,
				max_supply: 1_000,
				holders: 0,
				paused: false,
				redemption: RedemptionRule::Never,
				deposit: DEPOSIT,
				agents: 0,
				checkpoint: 0,
			}
		);
		assert_eq!(Definitions::<Test>::get(0), Some(equity(1_000)));
		assert_eq!(deposit_held(ISSUER), DEPOSIT);
		assert_eq!(Balances::free_balance(ISSUER), free - DEPOSIT);
		assert_eq!(Balances::total_balance_on_hold(&ISSUER), DEPOSIT);

		// A second token: the next id, a second deposit, the redemption rule resolved.
		assert_eq!(create(bond(MATURITY)), 1);
		System::assert_last_event(
			Event::TokenCreated {
				token: 1,
				issuer: ISSUER,
				class: InstrumentClass::Debt,
				deposit: DEPOSIT,
			}
			.into(),
		);
		assert_eq!(details(1).redemption, RedemptionRule::From(MATURITY));
		assert_eq!(create(fund()), 2);
		assert_eq!(details(2).redemption, RedemptionRule::Anytime);
		assert_eq!(details(2).class, InstrumentClass::FundUnits);
		assert_eq!(details(2).jurisdiction, CountryCode(*b"LU"));
		assert_eq!(create(other()), 3);
		assert_eq!(details(3).class, InstrumentClass::Other);
		assert_eq!(deposit_held(ISSUER), 4 * DEPOSIT);
		assert_eq!(Balances::free_balance(ISSUER), free - 4 * DEPOSIT);
	});
}

#[test]
fn create_token_keeps_the_documents_of_the_definition() {
	run(|| {
		let def = SecurityDefinition {
			documents: docs(vec![
				doc("prospectus", "ipfs://p"),
				doc("articles", "ipfs://a"),
			]),
			..equity(MAX)
		};
		let t = create(def.clone());
		assert_eq!(Definitions::<Test>::get(t), Some(def));
	});
}

#[test]
fn create_token_refuses_a_non_issuer() {
	run(|| {
		assert_noop!(
			SecurityToken::create_token(signed(BOB), Box::new(equity(10))),
			Error::<Test>::NotIssuer
		);
		assert_eq!(deposit_held(BOB), 0);
	});
}

#[test]
fn create_token_refuses_each_bad_definition() {
	run(|| {
		let bad_debt = |f: fn(&mut DebtTerms<Balance>)| {
			let mut d = debt_terms(MATURITY);
			f(&mut d);
			SecurityDefinition {
				terms: InstrumentTerms::Debt(d),
				..bond(MATURITY)
			}
		};
		let cases: Vec<(SecurityDefinition<Balance>, Error<Test>)> = vec![
			(
				SecurityDefinition {
					name: bv(""),
					..equity(MAX)
				},
				Error::BadName,
			),
			(
				SecurityDefinition {
					name: vec![0xff, 0xfe].try_into().unwrap(),
					..equity(MAX)
				},
				Error::BadName,
			),
			(
				SecurityDefinition {
					symbol: bv(""),
					..equity(MAX)
				},
				Error::BadSymbol,
			),
			(
				SecurityDefinition {
					symbol: bv("acme"),
					..equity(MAX)
				},
				Error::BadSymbol,
			),
			(
				SecurityDefinition {
					symbol: bv("AC ME"),
					..equity(MAX)
				},
				Error::BadSymbol,
			),
			(
				SecurityDefinition {
					decimals: 19,
					..equity(MAX)
				},
				Error::TooManyDecimals,
			),
			(equity(0), Error::ZeroMaxSupply),
			(
				SecurityDefinition {
					jurisdiction: CountryCode(*b"us"),
					..equity(MAX)
				},
				Error::InvalidCountry,
			),
			(
				SecurityDefinition {
					jurisdiction: CountryCode(*b"U1"),
					..equity(MAX)
				},
				Error::InvalidCountry,
			),
			(
				SecurityDefinition {
					identifier: Some(SecurityIdentifier {
						kind: IdentifierKind::Isin,
						value: bv("US0378331006"),
					}),
					..equity(MAX)
				},
				Error::BadIdentifier,
			),
			(
				SecurityDefinition {
					identifier: Some(SecurityIdentifier {
						kind: IdentifierKind::Cusip,
						value: bv("1234"),
					}),
					..equity(MAX)
				},
				Error::BadIdentifier,
			),
			(bad_debt(|d| d.face_value = 0), Error::BadTerms),
			(bad_debt(|d| d.maturity = 0), Error::BadTerms),
			(bad_debt(|d| d.coupon_rate_bps = 10_001), Error::BadTerms),
			(bad_debt(|d| d.coupon_interval_days = 0), Error::BadTerms),
			(
				SecurityDefinition {
					terms: InstrumentTerms::Equity {
						share_class: bv(""),
						votes_per_share: 1,
					},
					..equity(MAX)
				},
				Error::BadTerms,
			),
			(
				SecurityDefinition {
					terms: InstrumentTerms::FundUnits {
						fund_kind: bv(""),
						open_ended: true,
					},
					..fund()
				},
				Error::BadTerms,
			),
			(
				SecurityDefinition {
					terms: InstrumentTerms::ConvertibleDebt {
						debt: debt_terms(MATURITY),
						conversion: ConversionTerms {
							target: 0,
							target_units: 0,
							per_units: 1,
						},
					},
					..equity(MAX)
				},
				Error::BadTerms,
			),
			(
				SecurityDefinition {
					redemption: Redemption::AtMaturity,
					..equity(MAX)
				},
				Error::RedemptionWithoutMaturity,
			),
			(
				SecurityDefinition {
					redemption: Redemption::AtMaturity,
					..fund()
				},
				Error::RedemptionWithoutMaturity,
			),
			(
				SecurityDefinition {
					documents: docs(vec![doc("", "ipfs://x")]),
					..equity(MAX)
				},
				Error::BadDocument,
			),
			(
				SecurityDefinition {
					documents: docs(vec![doc("p", "")]),
					..equity(MAX)
				},
				Error::BadDocument,
			),
			(
				SecurityDefinition {
					documents: docs(vec![doc("p", "ipfs://x"), doc("p", "ipfs://y")]),
					..equity(MAX)
				},
				Error::DuplicateDocument,
			),
			(convertible(0), Error::UnknownConversionTarget),
		];
		for (def, err) in cases {
			assert_noop!(
				SecurityToken::create_token(signed(ISSUER), Box::new(def)),
				err
			);
		}
		assert_eq!(NextTokenId::<Test>::get(), 0);
		assert_eq!(deposit_held(ISSUER), 0);
	});
}

#[test]
fn create_token_needs_an_existing_conversion_target() {
	run(|| {
		assert_noop!(
			SecurityToken::create_token(signed(ISSUER), Box::new(convertible(0))),
			Error::<Test>::UnknownConversionTarget
		);
		let shares = create(equity(MAX));
		let cv = create(convertible(shares));
		assert_eq!(details(cv).class, InstrumentClass::ConvertibleDebt);
		assert_noop!(
			SecurityToken::create_token(signed(ISSUER), Box::new(convertible(cv + 1))),
			Error::<Test>::UnknownConversionTarget
		);
	});
}

#[test]
fn create_token_fails_without_funds_for_the_deposit() {
	// Unfunded at genesis.
	const POOR: AccountId = 77;
	run(|| {
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), NOBODY));
		assert_eq!(Balances::free_balance(NOBODY), 0);
		assert_noop!(
			SecurityToken::create_token(signed(NOBODY), Box::new(equity(10))),
			TokenError::FundsUnavailable
		);
		// Some funds, but less than the deposit.
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), POOR));
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<
			AccountId,
		>>::mint_into(&POOR, DEPOSIT / 2));
		assert_noop!(
			SecurityToken::create_token(signed(POOR), Box::new(equity(10))),
			TokenError::FundsUnavailable
		);
		assert!(Tokens::<Test>::iter().next().is_none());
		assert_eq!(NextTokenId::<Test>::get(), 0);
	});
}

#[test]
fn create_token_stops_when_ids_are_exhausted() {
	run(|| {
		NextTokenId::<Test>::put(TokenId::MAX);
		assert_noop!(
			SecurityToken::create_token(signed(ISSUER), Box::new(equity(10))),
			Error::<Test>::TokenIdsExhausted
		);
		assert_eq!(deposit_held(ISSUER), 0);
	});
}
