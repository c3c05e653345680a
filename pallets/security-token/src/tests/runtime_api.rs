//! Runtime API

use super::*;

#[test]
fn can_transfer_reports_every_reason_at_once() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 10)]);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &CHARLIE, 10),
			vec![]
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		DenyList::deny(&CHARLIE);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &CHARLIE, 20),
			vec![
				ReasonCode::TokenPaused,
				ReasonCode::SenderFrozen,
				ReasonCode::InsufficientBalance,
				ReasonCode::NotCompliant,
			]
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &CHARLIE, 20),
			vec![
				ReasonCode::TokenPaused,
				ReasonCode::SenderFrozen,
				ReasonCode::ReceiverFrozen,
				ReasonCode::InsufficientBalance,
				ReasonCode::NotCompliant,
			]
		);
		// The transfer fails with the first of them.
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 20),
			Error::<Test>::TokenPaused
		);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &BOB, 0),
			vec![
				ReasonCode::ZeroAmount,
				ReasonCode::SameAccount,
				ReasonCode::TokenPaused,
				ReasonCode::SenderFrozen,
				ReasonCode::ReceiverFrozen,
			]
		);
		// A dry run changes nothing.
		assert_eq!(balance(t, BOB), 10);
	});
}

#[test]
fn can_transfer_single_reasons_and_valid_transfers() {
	run(|| {
		let t = token_with(&[(BOB, 10)]);
		assert_eq!(SecurityToken::api_can_transfer(t, &BOB, &DAVE, 10), vec![]);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 11),
			vec![ReasonCode::InsufficientBalance]
		);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 0),
			vec![ReasonCode::ZeroAmount]
		);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &BOB, 1),
			vec![ReasonCode::SameAccount]
		);
		assert_eq!(
			SecurityToken::api_can_transfer(UNKNOWN, &BOB, &DAVE, 1),
			vec![ReasonCode::UnknownToken]
		);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 5));
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 6),
			vec![ReasonCode::BalanceFrozen]
		);
		assert_eq!(SecurityToken::api_can_transfer(t, &BOB, &DAVE, 5), vec![]);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, DAVE));
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &DAVE, 5),
			vec![ReasonCode::ReceiverFrozen]
		);
		DenyList::deny(&BOB);
		assert_eq!(
			SecurityToken::api_can_transfer(t, &BOB, &CHARLIE, 5),
			vec![ReasonCode::NotCompliant]
		);
		// Each agrees with the transfer itself.
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 5),
			DENIED_ERROR
		);
		DenyList::clear();
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 5));
	});
}

#[test]
fn api_tokens_filters_and_pages() {
	run(|| {
		let us_equity = create(equity(MAX));
		let us_bond = create(bond(MATURITY));
		let lu_fund = create(fund());
		let de_equity = create(SecurityDefinition {
			jurisdiction: CountryCode(*b"DE"),
			..equity(MAX)
		});
		let us_other = create(other());
		issue(us_equity, BOB, 10);
		issue(us_equity, CHARLIE, 5);
		assert_ok!(SecurityToken::pause(signed(ISSUER), de_equity));

		let ids = |class, j, start, limit| {
			SecurityToken::api_tokens(class, j, start, limit)
				.into_iter()
				.map(|s| s.id)
				.collect::<Vec<_>>()
		};
		let us = Some(CountryCode(*b"US"));
		assert_eq!(ids(None, None, 0, 10), vec![0, 1, 2, 3, 4]);
		assert_eq!(
			ids(Some(InstrumentClass::Equity), None, 0, 10),
			vec![us_equity, de_equity]
		);
		assert_eq!(
			ids(Some(InstrumentClass::Equity), us, 0, 10),
			vec![us_equity]
		);
		assert_eq!(ids(None, us, 0, 10), vec![us_equity, us_bond, us_other]);
		assert_eq!(ids(None, Some(CountryCode(*b"LU")), 0, 10), vec![lu_fund]);
		assert_eq!(
			ids(Some(InstrumentClass::ConvertibleDebt), None, 0, 10),
			Vec::<TokenId>::new()
		);
		// Paging.
		assert_eq!(ids(None, None, 0, 2), vec![0, 1]);
		assert_eq!(ids(None, None, 2, 2), vec![2, 3]);
		assert_eq!(ids(None, None, 4, 2), vec![4]);
		assert_eq!(ids(None, None, 5, 2), Vec::<TokenId>::new());
		assert_eq!(ids(None, None, 0, 0), Vec::<TokenId>::new());
		assert_eq!(ids(None, us, 1, 1), vec![us_bond]);
		assert_eq!(ids(None, us, 2, 1), vec![us_other]);
		// The summary.
		let s = &SecurityToken::api_tokens(None, None, us_equity, 1)[0];
		assert_eq!(
			(
				s.issuer,
				s.class,
				s.jurisdiction,
				s.symbol.clone(),
				s.total_supply,
				s.holders,
				s.paused
			),
			(
				ISSUER,
				InstrumentClass::Equity,
				CountryCode(*b"US"),
				b"ACME".to_vec(),
				15,
				2,
				false
			)
		);
		assert!(SecurityToken::api_tokens(None, None, de_equity, 1)[0].paused);
		assert_eq!(crate::MAX_TOKENS_PER_QUERY, 100);
	});
}

#[test]
fn api_token_position_holder_count_and_checkpoints() {
	run(|| {
		Timestamp::set_timestamp(START);
		assert_eq!(SecurityToken::api_token(UNKNOWN), None);
		assert_eq!(SecurityToken::api_holder_count(UNKNOWN), None);
		assert_eq!(SecurityToken::api_checkpoints(UNKNOWN), vec![]);
		assert_eq!(
			SecurityToken::api_position(UNKNOWN, &BOB),
			AccountPosition::default()
		);

		let t = token_with(&[(BOB, 100), (CHARLIE, 1)]);
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 40));
		assert_eq!(
			SecurityToken::api_position(t, &BOB),
			AccountPosition {
				balance: 100,
				frozen: 40,
				transferable: 60,
				account_frozen: false
			}
		);
		assert_eq!(
			SecurityToken::api_position(t, &DAVE),
			AccountPosition::default()
		);
		assert_eq!(SecurityToken::api_holder_count(t), Some(2));
		assert_eq!(SecurityToken::api_checkpoints(t), vec![]);
		System::set_block_number(5);
		Timestamp::set_timestamp(42_000);
		checkpoint(t);
		assert_ok!(SecurityToken::burn(signed(ISSUER), t, CHARLIE, 1));
		checkpoint(t);
		assert_ok!(SecurityToken::schedule_checkpoint(signed(ISSUER), t, 9));
		assert_eq!(
			SecurityToken::api_checkpoints(t),
			vec![
				CheckpointInfo {
					id: 1,
					block: 5,
					timestamp: 42_000,
					total_supply: 101
				},
				CheckpointInfo {
					id: 2,
					block: 5,
					timestamp: 42_000,
					total_supply: 100
				},
			]
		);
		assert_eq!(SecurityToken::api_holder_count(t), Some(1));
		let info = SecurityToken::api_token(t).unwrap();
		assert_eq!(info.id, t);
		assert_eq!(info.issuer, ISSUER);
		assert_eq!(info.definition, equity(MAX));
		assert_eq!(info.total_supply, 100);
		assert_eq!(info.holders, 1);
		assert!(!info.paused);
		assert_eq!(info.latest_checkpoint, 2);
		assert_eq!(info.scheduled_checkpoints, vec![9]);
	});
}
