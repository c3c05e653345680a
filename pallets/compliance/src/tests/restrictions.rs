//! Restrictions

use super::*;

#[test]
fn max_holders_refuses_a_new_holder_only() {
	run(|| {
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.max_holders = Some(2)));
		assert_ok!(issue(t, BOB, 100));
		assert_ok!(issue(t, CHARLIE, 100));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, DAVE, 1),
			Error::<Test>::HolderCapReached
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, DAVE, 1),
			Error::<Test>::HolderCapReached
		);
		// Existing holders may receive more.
		assert_ok!(issue(t, BOB, 1));
		assert_ok!(transfer(t, CHARLIE, BOB, 10));
		// A sender that leaves makes room for its receiver.
		assert_ok!(transfer(t, CHARLIE, DAVE, 90));
		assert_eq!(holders(t), 2);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::HolderCapReached
		);
		// An exempt receiver is never refused, and counts.
		list(t, EVE, ListFlags::EXEMPT);
		assert_ok!(transfer(t, BOB, EVE, 1));
		assert_eq!(holders(t), 3);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::HolderCapReached
		);
		// Exempt holders count: with Dave gone, Bob and Eve fill the two places.
		assert_ok!(burn(t, DAVE, 90));
		assert_eq!(holders(t), 2);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::HolderCapReached
		);
		// A holder that burns out makes room.
		assert_ok!(burn(t, EVE, 1));
		assert_ok!(transfer(t, BOB, CHARLIE, 1));
		assert_eq!(holders(t), 2);
	});
}

#[test]
fn a_holder_gaining_or_losing_its_exemption_is_uncounted_or_counted() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.jurisdiction_caps = caps(&[(US, 5)])));
		claim(BOB, Jurisdiction(US));
		claim(CHARLIE, Jurisdiction(US));
		let count = || JurisdictionHolders::<Test>::get(t, US);
		let counted = |who| HolderStates::<Test>::get(t, who).and_then(|s| s.counted_in);
		list(t, CHARLIE, ListFlags::EXEMPT);
		assert_ok!(issue(t, BOB, 10));
		assert_ok!(issue(t, CHARLIE, 10));
		assert_eq!(
			(count(), counted(BOB), counted(CHARLIE)),
			(Some(1), Some(US), None)
		);

		// Bob becomes exempt: no longer counted; Charlie loses it: counted now.
		list(t, BOB, ListFlags::EXEMPT | ListFlags::ALLOW);
		assert_eq!((count(), counted(BOB)), (None, None));
		list(t, CHARLIE, ListFlags::ALLOW);
		assert_eq!((count(), counted(CHARLIE)), (Some(1), Some(US)));
		// Flags that keep the exemption as it is change nothing.
		list(t, BOB, ListFlags::EXEMPT);
		list(t, CHARLIE, ListFlags::DENY);
		assert_eq!(
			(count(), counted(BOB), counted(CHARLIE)),
			(Some(1), None, Some(US))
		);
		// Off every list: Bob is counted again.
		list(t, BOB, 0);
		assert_eq!((count(), counted(BOB)), (Some(2), Some(US)));
		// An account that holds nothing has no state to change.
		list(t, DAVE, ListFlags::EXEMPT);
		list(t, DAVE, 0);
		assert_eq!(HolderStates::<Test>::get(t, DAVE), None);
	});
}

#[test]
fn jurisdiction_caps_count_holders_per_jurisdiction() {
	run(|| {
		trust(KYC);
		let t = new_token(ISSUER);
		set_restr(
			t,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 2)])),
		);
		for (who, country) in [
			(BOB, US),
			(CHARLIE, US),
			(DAVE, DE),
			(EVE, DE),
			(FERDIE, DE),
		] {
			claim(who, Jurisdiction(country));
		}
		let count = |c| JurisdictionHolders::<Test>::get(t, c);
		let counted = |who| HolderStates::<Test>::get(t, who).map(|s| s.counted_in);

		assert_ok!(issue(t, BOB, 100));
		assert_eq!(count(US), Some(1));
		assert_eq!(
			HolderStates::<Test>::get(t, BOB),
			Some(HolderState {
				counted_in: Some(US),
				locked: 0
			})
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		// Bob leaving the US makes room for Charlie, in the same transfer.
		assert_ok!(transfer(t, BOB, CHARLIE, 100));
		assert_eq!(count(US), Some(1));
		assert_eq!(counted(BOB), None);
		assert_eq!(counted(CHARLIE), Some(Some(US)));

		// Two in DE.
		assert_ok!(issue(t, DAVE, 10));
		assert_ok!(issue(t, EVE, 10));
		assert_eq!(count(DE), Some(2));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, FERDIE, 1),
			Error::<Test>::JurisdictionCapReached
		);
		// Existing holders may receive more.
		assert_ok!(issue(t, DAVE, 5));
		assert_ok!(transfer(t, CHARLIE, EVE, 5));
		assert_eq!(count(DE), Some(2));
		// An exempt receiver is neither refused nor counted.
		list(t, FERDIE, ListFlags::EXEMPT);
		assert_ok!(issue(t, FERDIE, 1));
		assert_eq!(counted(FERDIE), Some(None));
		assert_eq!(count(DE), Some(2));
		// An account without a jurisdiction (or one without a cap) is neither.
		assert_ok!(issue(t, NOBODY, 1));
		assert_eq!(counted(NOBODY), Some(None));
		claim(AGENT, Jurisdiction(FR));
		assert_ok!(issue(t, AGENT, 1));
		assert_eq!(count(FR), Some(1));

		// Burns keep the counts.
		assert_ok!(burn(t, DAVE, 5));
		assert_eq!(count(DE), Some(2));
		assert_ok!(burn(t, DAVE, 10));
		assert_eq!(count(DE), Some(1));
		assert_eq!(counted(DAVE), None);
		// A holder is counted where it was when it became one.
		claim(EVE, Jurisdiction(US));
		assert_ok!(burn(t, EVE, 15));
		assert_eq!(count(DE), None);
		assert_eq!(count(US), Some(1));
		// Transfers keep them too: Charlie sends everything to Ferdie (exempt, uncounted).
		assert_ok!(transfer(t, CHARLIE, FERDIE, 95));
		assert_eq!(count(US), None);
		assert_ok!(issue(t, BOB, 1));
		assert_eq!(count(US), Some(1));
	});
}

#[test]
fn max_balance_caps_every_receiver_but_the_exempt() {
	run(|| {
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.max_balance = Some(100)));
		assert_ok!(issue(t, BOB, 100));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::BalanceCapExceeded
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 101),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(issue(t, CHARLIE, 60));
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, BOB, 1),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(transfer(t, BOB, CHARLIE, 40));
		assert_eq!(balance(t, CHARLIE), 100);
		list(t, DAVE, ListFlags::EXEMPT);
		assert_ok!(issue(t, DAVE, 500));
		assert_ok!(transfer(t, CHARLIE, DAVE, 100));
	});
}

#[test]
fn max_ownership_caps_the_share_of_the_supply_after_the_movement() {
	run(|| {
		let t = new_token(ISSUER);
		set_restr(
			t,
			restr(|r| r.max_ownership = Some(Permill::from_percent(50))),
		);
		// The first issuance would give one holder the whole supply.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 100),
			Error::<Test>::OwnershipCapExceeded
		);
		list(t, DAVE, ListFlags::EXEMPT);
		assert_ok!(issue(t, DAVE, 100));
		// 100 of the 200 there are after the issuance: exactly half.
		assert_ok!(issue(t, BOB, 100));
		// 101 of 201.
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, BOB, 1),
			Error::<Test>::OwnershipCapExceeded
		);
		// 101 of 200.
		assert_noop!(
			SecurityToken::transfer(signed(DAVE), t, BOB, 1),
			Error::<Test>::OwnershipCapExceeded
		);
		assert_ok!(transfer(t, DAVE, CHARLIE, 100));
		assert_eq!(balance(t, CHARLIE), 100);
	});
}

#[test]
fn issued_tokens_are_locked_up_until_the_end_of_the_lock_up() {
	run(|| {
		Timestamp::set_timestamp(START);
		let until = START + 1_000;
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.lockup_until = Some(until)));
		let locked = |who| HolderStates::<Test>::get(t, who).map(|s| s.locked);
		assert_ok!(issue(t, BOB, 100));
		assert_eq!(locked(BOB), Some(100));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::LockedUp
		);
		// An exempt sender's issued tokens move.
		list(t, DAVE, ListFlags::EXEMPT);
		assert_ok!(issue(t, DAVE, 100));
		assert_ok!(transfer(t, DAVE, BOB, 30));
		// Tokens received by transfer are not locked.
		assert_eq!(locked(BOB), Some(100));
		assert_ok!(transfer(t, BOB, CHARLIE, 30));
		assert_eq!(locked(CHARLIE), Some(0));
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::LockedUp
		);
		assert_ok!(transfer(t, CHARLIE, EVE, 30));
		// A millisecond before the end, still locked.
		Timestamp::set_timestamp(until - 1);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::LockedUp
		);
		// From the end on, everything moves; issued tokens are no longer locked.
		Timestamp::set_timestamp(until);
		assert_ok!(transfer(t, BOB, CHARLIE, 100));
		assert_eq!(locked(BOB), None);
		assert_ok!(issue(t, FERDIE, 10));
		assert_eq!(locked(FERDIE), Some(0));
	});
}

#[test]
fn locked_tokens_follow_burns_and_recovery() {
	run(|| {
		Timestamp::set_timestamp(START);
		let t = new_token(ISSUER);
		set_restr(t, restr(|r| r.lockup_until = Some(START + 1_000)));
		let locked = |who| HolderStates::<Test>::get(t, who).map(|s| s.locked);
		assert_ok!(issue(t, BOB, 100));
		// Burning locked tokens leaves no more locked than held.
		assert_ok!(burn(t, BOB, 30));
		assert_eq!(locked(BOB), Some(70));
		// Recovery carries the locked tokens to the new account, where they stay locked.
		assert_ok!(SecurityToken::recover(signed(ISSUER), t, BOB, CHARLIE));
		assert_eq!(locked(BOB), None);
		assert_eq!(locked(CHARLIE), Some(70));
		assert_noop!(
			SecurityToken::transfer(signed(CHARLIE), t, DAVE, 1),
			Error::<Test>::LockedUp
		);
		// A forced transfer is a regulatory action: not refused.
		assert_ok!(SecurityToken::force_transfer(
			signed(ISSUER),
			t,
			CHARLIE,
			DAVE,
			20,
			court_order()
		));
		assert_eq!(locked(CHARLIE), Some(50));
	});
}

#[test]
fn restrictions_hold_for_receivers_that_pass_the_rules() {
	run(|| {
		// Rules and restrictions together: the rule's error comes first.
		let t = kyc_token();
		set_restr(t, restr(|r| r.max_balance = Some(10)));
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 11),
			Error::<Test>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
		);
		claim(CHARLIE, Kyc);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, CHARLIE, 11),
			Error::<Test>::BalanceCapExceeded
		);
		assert_ok!(issue(t, CHARLIE, 10));
	});
}

#[test]
fn every_restriction_but_none_reads_amounts_for_a_hidden_transfer() {
	use vellum_primitives::ledger::AmountRules;
	run(|| {
		let t = new_token(ISSUER);
		assert!(!Compliance::reads_amounts(t), "no rule set");
		set_restr(t, restr(|_| {}));
		assert!(!Compliance::reads_amounts(t), "no restriction");
		let each: [fn(&mut RestrictionsOf<Test>); 5] = [
			|r| r.max_holders = Some(10),
			|r| r.jurisdiction_caps = caps(&[(CountryCode(*b"DE"), 3)]),
			|r| r.max_balance = Some(1_000),
			|r| r.max_ownership = Some(Permill::from_percent(10)),
			|r| r.lockup_until = Some(1),
		];
		for (i, f) in each.into_iter().enumerate() {
			set_restr(t, restr(f));
			assert!(Compliance::reads_amounts(t), "restriction {i}");
		}
	});
}
