//! set_restrictions / set_lists

use super::*;

#[test]
fn set_restrictions_replaces_the_restrictions() {
	run(|| {
		let t = new_token(ISSUER);
		let r = Restrictions {
			max_holders: Some(10),
			jurisdiction_caps: caps(&[(US, 2), (DE, 1)]),
			max_balance: Some(1_000),
			max_ownership: Some(Permill::from_percent(20)),
			lockup_until: Some(START),
		};
		assert_ok!(Compliance::set_restrictions(signed(ISSUER), t, r.clone()));
		System::assert_last_event(
			Event::RestrictionsSet {
				token: t,
				restrictions: r.clone(),
			}
			.into(),
		);
		let s = settings(t);
		assert_eq!(s.restrictions, r);
		assert!(s.tracking);
		// One per jurisdiction cap.
		assert_eq!(s.complexity, 2);
		// Replaced entirely.
		let r2 = restr(|r| r.max_holders = Some(3));
		assert_ok!(Compliance::set_restrictions(signed(ISSUER), t, r2.clone()));
		System::assert_last_event(
			Event::RestrictionsSet {
				token: t,
				restrictions: r2.clone(),
			}
			.into(),
		);
		assert_eq!(settings(t).restrictions, r2);
		assert_eq!(settings(t).complexity, 0);
		// Per-holder state is never switched off again.
		assert!(settings(t).tracking);
	});
}

#[test]
fn set_restrictions_refuses_duplicate_and_malformed_caps() {
	run(|| {
		let t = new_token(ISSUER);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.jurisdiction_caps = caps(&[(US, 2), (DE, 1), (US, 3)]))
			),
			Error::<Test>::DuplicateCap
		);
		for bad in [LOWER, DIGIT] {
			assert_noop!(
				Compliance::set_restrictions(
					signed(ISSUER),
					t,
					restr(|r| r.jurisdiction_caps = caps(&[(US, 2), (bad, 1)]))
				),
				Error::<Test>::InvalidCountry
			);
		}
	});
}

#[test]
fn set_restrictions_refuses_settings_above_the_maximum_complexity() {
	run(|| {
		let t = new_token(ISSUER);
		set_reqs(t, vec![heavy()]);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 1), (FR, 1)]))
			),
			Error::<Test>::TooComplex
		);
		set_restr(
			t,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 1)])),
		);
		assert_eq!(settings(t).complexity, MAX_COMPLEXITY);
	});
}

#[test]
fn per_holder_restrictions_must_be_set_before_the_first_issuance() {
	run(|| {
		let t = new_token(ISSUER);
		assert_ok!(issue(t, BOB, 10));
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.jurisdiction_caps = caps(&[(US, 1)]))
			),
			Error::<Test>::TokenAlreadyIssued
		);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t,
				restr(|r| r.lockup_until = Some(START))
			),
			Error::<Test>::TokenAlreadyIssued
		);
		// Restrictions without per-holder state may come at any time.
		set_restr(
			t,
			restr(|r| {
				r.max_holders = Some(3);
				r.max_balance = Some(100);
				r.max_ownership = Some(Permill::from_percent(90));
			}),
		);
		assert!(!settings(t).tracking);

		// A token that keeps per-holder state from before its issuance may change its caps
		// later, but a lock-up applies to what is issued while it is set: it can be set or moved
		// only before the first issuance, and lifted at any time.
		let t2 = new_token(ISSUER);
		set_restr(t2, restr(|r| r.jurisdiction_caps = caps(&[(US, 1)])));
		assert_ok!(issue(t2, BOB, 10));
		set_restr(
			t2,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 2), (DE, 1)])),
		);
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t2,
				restr(|r| {
					r.jurisdiction_caps = caps(&[(US, 2), (DE, 1)]);
					r.lockup_until = Some(START);
				})
			),
			Error::<Test>::TokenAlreadyIssued
		);
		assert_eq!(
			HolderStates::<Test>::get(t2, BOB),
			Some(HolderState {
				counted_in: None,
				locked: 0
			})
		);
		let t3 = new_token(ISSUER);
		set_restr(t3, restr(|r| r.lockup_until = Some(START)));
		assert_ok!(issue(t3, BOB, 10));
		assert_noop!(
			Compliance::set_restrictions(
				signed(ISSUER),
				t3,
				restr(|r| r.lockup_until = Some(START + 1))
			),
			Error::<Test>::TokenAlreadyIssued
		);
		set_restr(t3, restr(|r| r.lockup_until = Some(START)));
		set_restr(t3, restr(|r| r.lockup_until = None));
		assert!(settings(t3).tracking);
	});
}

#[test]
fn set_lists_sets_and_removes_list_entries() {
	run(|| {
		let t = new_token(ISSUER);
		let deny_exempt = ListFlags::DENY | ListFlags::EXEMPT;
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, ListFlags::ALLOW), (CHARLIE, deny_exempt)])
		));
		let n = events().len();
		assert_eq!(
			events()[n - 2..].to_vec(),
			vec![
				Event::ListsUpdated {
					token: t,
					account: BOB,
					flags: ListFlags::from_bits(ListFlags::ALLOW),
					deposit: LIST_DEPOSIT,
				},
				Event::ListsUpdated {
					token: t,
					account: CHARLIE,
					flags: ListFlags::from_bits(deny_exempt),
					deposit: LIST_DEPOSIT,
				},
			]
		);
		assert_eq!(settings(t).listed, 2);
		assert_eq!(list_deposits(ISSUER), 2 * LIST_DEPOSIT);
		assert_eq!(
			Lists::<Test>::get(t, CHARLIE).map(|e| e.flags),
			Some(ListFlags::from_bits(deny_exempt))
		);
		// Lists add no complexity.
		assert_eq!(settings(t).complexity, 0);

		// Changing an entry keeps the count; 0 takes an account off every list; taking off an
		// account on none changes nothing.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, ListFlags::ALL), (CHARLIE, 0), (DAVE, 0)])
		));
		System::assert_last_event(
			Event::ListsUpdated {
				token: t,
				account: DAVE,
				flags: ListFlags::from_bits(0),
				deposit: 0,
			}
			.into(),
		);
		assert_eq!(settings(t).listed, 1);
		// BOB's changed entry keeps its deposit; CHARLIE's came back.
		assert_eq!(list_deposits(ISSUER), LIST_DEPOSIT);
		assert_eq!(
			Lists::<Test>::get(t, BOB).map(|e| e.flags),
			Some(ListFlags::from_bits(ListFlags::ALL))
		);
		assert_eq!(Lists::<Test>::get(t, CHARLIE), None);
		// The same account twice in a batch: the last entry wins, counted once.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(DAVE, ListFlags::ALLOW), (DAVE, ListFlags::DENY)])
		));
		assert_eq!(settings(t).listed, 2);
		assert_eq!(
			Lists::<Test>::get(t, DAVE).map(|e| e.flags),
			Some(ListFlags::from_bits(ListFlags::DENY))
		);
		// The last entries go: so does the record.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, 0), (DAVE, 0)])
		));
		assert!(!TokenSettings::<Test>::contains_key(t));
		assert_eq!(Lists::<Test>::iter_prefix(t).count(), 0);
		assert_eq!(list_deposits(ISSUER), 0);
	});
}

/// Issue 12, part 4: list entries are paid for by the agent that makes them, returned to it
/// whoever takes the account off; the admin origin pays nothing; an agent that cannot pay
/// stores nothing.
#[test]
fn list_entries_hold_a_deposit_from_the_agent_that_made_them() {
	run(|| {
		let t = new_token(ISSUER);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Compliance
		));
		assert_ok!(Compliance::set_lists(
			signed(AGENT),
			t,
			entries(&[(BOB, ListFlags::ALLOW)])
		));
		assert_eq!(list_deposits(AGENT), LIST_DEPOSIT);
		assert_eq!(
			Lists::<Test>::get(t, BOB).and_then(|e| e.deposit),
			Some((AGENT, LIST_DEPOSIT))
		);
		// The network's entries are free.
		assert_ok!(Compliance::set_lists(
			root(),
			t,
			entries(&[(CHARLIE, ListFlags::DENY)])
		));
		assert_eq!(Lists::<Test>::get(t, CHARLIE).and_then(|e| e.deposit), None);
		// The issuer takes BOB off: the agent gets its deposit back, the issuer pays nothing.
		assert_ok!(Compliance::set_lists(
			signed(ISSUER),
			t,
			entries(&[(BOB, 0), (CHARLIE, 0)])
		));
		assert_eq!(list_deposits(AGENT), 0);
		assert_eq!(list_deposits(ISSUER), 0);
		// An agent without funds cannot fill the lists.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			NOBODY,
			Role::Compliance
		));
		assert_noop!(
			Compliance::set_lists(signed(NOBODY), t, entries(&[(DAVE, ListFlags::ALLOW)])),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}
