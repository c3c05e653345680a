//! The ledger trait (how other pallets move tokens)

use super::*;

#[test]
fn ledger_trait_moves_through_the_same_rules() {
	type Ledger = SecurityToken;
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[]);
		assert!(<Ledger as SecurityLedger<AccountId, Balance>>::exists(t));
		assert!(!<Ledger as SecurityLedger<AccountId, Balance>>::exists(
			UNKNOWN
		));
		assert_eq!(
			<Ledger as SecurityLedger<AccountId, Balance>>::issuer(t),
			Some(ISSUER)
		);
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::issue(
			t, &BOB, 100
		));
		System::assert_last_event(
			Event::Issued {
				token: t,
				to: BOB,
				amount: 100,
			}
			.into(),
		);
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::transfer(
			t, &BOB, &EVE, 30
		));
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::transfer(
			t, &EVE, &BOB, 10
		));
		assert_eq!(
			Recorder::take()[1..],
			[
				change(
					t,
					MovementKind::Transfer,
					Some((BOB, 100, 70)),
					Some((EVE, 0, 30))
				),
				change(
					t,
					MovementKind::Transfer,
					Some((EVE, 30, 20)),
					Some((BOB, 70, 80))
				),
			]
		);
		assert_eq!(
			<Ledger as SecurityLedger<AccountId, Balance>>::total_supply(t),
			100
		);
		// The same rules: pause, freezes, the transfer check.
		assert_ok!(SecurityToken::freeze_tokens(signed(ISSUER), t, BOB, 50));
		assert_eq!(
			<Ledger as SecurityLedger<AccountId, Balance>>::transferable(t, &BOB),
			30
		);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::transfer(t, &BOB, &EVE, 31),
			Error::<Test>::BalanceFrozen
		);
		// A ledger burn takes only transferable tokens.
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::burn(t, &BOB, 31),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(<Ledger as SecurityLedger<AccountId, Balance>>::burn(
			t, &BOB, 30
		));
		System::assert_last_event(
			Event::Burned {
				token: t,
				from: BOB,
				amount: 30,
				unfrozen: 0,
			}
			.into(),
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, EVE));
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::burn(t, &EVE, 1),
			Error::<Test>::BalanceFrozen
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::issue(t, &BOB, 1),
			Error::<Test>::TokenPaused
		);
		// Unlike an agent's burn, a ledger burn stops at a pause.
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::burn(t, &BOB, 1),
			Error::<Test>::TokenPaused
		);
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		DenyList::deny(&DAVE);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::issue(t, &DAVE, 1),
			DENIED_ERROR
		);
		assert_eq!(
			<Ledger as SecurityLedger<AccountId, Balance>>::checkpoint(t),
			Ok(1)
		);
		assert_eq!(
			<Ledger as SecurityLedger<AccountId, Balance>>::checkpoint(UNKNOWN),
			Err(Error::<Test>::UnknownToken.into())
		);
		assert_eq!(SecurityToken::supply_at(t, 1), Some(70));
	});
}

#[test]
fn ledger_trait_tells_the_latest_checkpoint_and_the_votes_per_unit() {
	type Ledger = SecurityToken;
	run(|| {
		Timestamp::set_timestamp(START);
		let voting = token_with(&[(BOB, 10)]);
		let non_voting = create(SecurityDefinition {
			symbol: bv("ACME.NV"),
			terms: InstrumentTerms::Equity {
				share_class: bv("N"),
				votes_per_share: 0,
			},
			..equity(MAX)
		});
		let super_voting = create(SecurityDefinition {
			symbol: bv("ACME.B"),
			terms: InstrumentTerms::Equity {
				share_class: bv("B"),
				votes_per_share: 10,
			},
			..equity(MAX)
		});
		let bond = create(bond(MATURITY));
		let fund = fund_with(&[]);
		let latest = <Ledger as SecurityLedger<AccountId, Balance>>::latest_checkpoint;
		let votes = <Ledger as SecurityLedger<AccountId, Balance>>::votes_per_unit;
		assert_eq!(latest(voting), 0, "no checkpoint yet");
		assert_eq!(latest(UNKNOWN), 0);
		assert_eq!(checkpoint(voting), 1);
		assert_eq!(checkpoint(voting), 2);
		assert_eq!(latest(voting), 2);
		assert_eq!(latest(bond), 0, "checkpoints are per token");
		assert_eq!(votes(voting), Some(1));
		assert_eq!(votes(non_voting), Some(0));
		assert_eq!(votes(super_voting), Some(10));
		assert_eq!(
			votes(bond),
			Some(1),
			"every other instrument: one vote per unit"
		);
		assert_eq!(votes(fund), Some(1));
		assert_eq!(votes(UNKNOWN), None);
	});
}
