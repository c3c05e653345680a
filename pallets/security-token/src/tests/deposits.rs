//! Deposits for what users store: allowances (from their owner) and account freezes (from the
//! agent that froze); the network freezes without one.

use super::*;

fn allowance_held(who: AccountId) -> Balance {
	held(HoldReason::AllowanceDeposit, who)
}

fn freeze_held(who: AccountId) -> Balance {
	held(HoldReason::FreezeDeposit, who)
}

#[test]
fn an_allowance_holds_one_deposit_from_its_owner_until_it_is_removed() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 50));
		assert_eq!(allowance_held(BOB), ALLOWANCE_DEPOSIT);
		// Changing it holds nothing more.
		assert_ok!(SecurityToken::approve(signed(BOB), t, CHARLIE, 70));
		assert_eq!(allowance_held(BOB), ALLOWANCE_DEPOSIT);
		// One per spender.
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 1));
		assert_eq!(allowance_held(BOB), 2 * ALLOWANCE_DEPOSIT);
		// Removing it releases its deposit.
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 0));
		assert_eq!(allowance_held(BOB), ALLOWANCE_DEPOSIT);
		// Removing what does not exist releases nothing.
		assert_ok!(SecurityToken::approve(signed(BOB), t, DAVE, 0));
		assert_eq!(allowance_held(BOB), ALLOWANCE_DEPOSIT);
		// Spending it in part keeps the deposit; in full releases it to the owner.
		assert_ok!(SecurityToken::transfer_from(
			signed(CHARLIE),
			t,
			BOB,
			DAVE,
			30
		));
		assert_eq!(allowance_held(BOB), ALLOWANCE_DEPOSIT);
		assert_eq!(allowance(t, BOB, CHARLIE), Some(40));
		assert_ok!(SecurityToken::transfer_from(
			signed(CHARLIE),
			t,
			BOB,
			DAVE,
			40
		));
		assert_eq!(allowance(t, BOB, CHARLIE), None);
		assert_eq!(allowance_held(BOB), 0);
		assert_eq!(allowance_held(CHARLIE), 0, "the spender pays nothing");
	});
}

#[test]
fn nobody_stores_an_allowance_for_free() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		// An account without funds cannot spread allowances over the state.
		assert_noop!(
			SecurityToken::approve(signed(NOBODY), t, CHARLIE, 1),
			TokenError::FundsUnavailable
		);
		assert!(!Allowances::<Test>::contains_key((t, NOBODY, CHARLIE)));
	});
}

#[test]
fn an_agents_account_freeze_holds_a_deposit_from_the_agent() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		// A freeze of an account that holds nothing creates a holding: paid for.
		assert_ok!(SecurityToken::freeze_account(signed(AGENT), t, NOBODY));
		assert_eq!(freeze_held(AGENT), FREEZE_DEPOSIT);
		assert_eq!(
			FreezeDeposits::<Test>::get(t, NOBODY),
			Some(FreezeDeposit {
				payer: AGENT,
				amount: FREEZE_DEPOSIT
			})
		);
		assert_ok!(SecurityToken::freeze_account(signed(AGENT), t, BOB));
		assert_eq!(freeze_held(AGENT), 2 * FREEZE_DEPOSIT);
		// Whoever unfreezes, the agent that paid gets its deposit back.
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, NOBODY));
		assert_eq!(freeze_held(AGENT), FREEZE_DEPOSIT);
		assert_eq!(freeze_held(ISSUER), 0);
		assert!(!Holdings::<Test>::contains_key(t, NOBODY));
		assert_ok!(SecurityToken::unfreeze_account(
			RuntimeOrigin::root(),
			t,
			BOB
		));
		assert_eq!(freeze_held(AGENT), 0);
		assert_eq!(FreezeDeposits::<Test>::iter().count(), 0);
	});
}

#[test]
fn the_network_freezes_without_a_deposit() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::freeze_account(
			RuntimeOrigin::root(),
			t,
			NOBODY
		));
		assert!(!FreezeDeposits::<Test>::contains_key(t, NOBODY));
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, NOBODY));
		assert_eq!(freeze_held(ISSUER), 0);
	});
}

#[test]
fn an_agent_without_funds_cannot_freeze_accounts() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			NOBODY,
			Role::Freezer
		));
		assert_noop!(
			SecurityToken::freeze_account(signed(NOBODY), t, CHARLIE),
			TokenError::FundsUnavailable
		);
		assert!(!account_frozen(t, CHARLIE));
	});
}

#[test]
fn recovery_pays_for_the_freezes_it_leaves() {
	run(|| {
		let t = token_with(&[(BOB, 100), (CHARLIE, 100)]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Recovery
		));
		// BOB was not frozen: recovery leaves the lost account frozen, and pays for it.
		assert_ok!(post(SecurityToken::recover(signed(AGENT), t, BOB, DAVE)));
		assert_eq!(freeze_held(AGENT), FREEZE_DEPOSIT);
		assert_eq!(
			FreezeDeposits::<Test>::get(t, BOB).map(|d| d.payer),
			Some(AGENT)
		);
		assert!(!account_frozen(t, DAVE));
		// CHARLIE was frozen by the issuer (paid): his freeze moves to the new account too,
		// which the recovery agent pays for; the lost account's deposit stays the issuer's.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_ok!(post(SecurityToken::recover(signed(AGENT), t, CHARLIE, EVE)));
		assert!(account_frozen(t, EVE));
		assert_eq!(freeze_held(ISSUER), FREEZE_DEPOSIT);
		assert_eq!(freeze_held(AGENT), 2 * FREEZE_DEPOSIT);
		assert_eq!(
			FreezeDeposits::<Test>::get(t, EVE).map(|d| d.payer),
			Some(AGENT)
		);
	});
}

#[test]
fn a_hand_over_leaves_freeze_deposits_with_the_agents_that_paid() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Freezer
		));
		assert_ok!(SecurityToken::freeze_account(signed(AGENT), t, BOB));
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), CHARLIE));
		assert_ok!(SecurityToken::hand_over(RuntimeOrigin::root(), t, CHARLIE));
		assert_eq!(freeze_held(AGENT), FREEZE_DEPOSIT);
		assert_ok!(SecurityToken::unfreeze_account(signed(CHARLIE), t, BOB));
		assert_eq!(freeze_held(AGENT), 0);
	});
}
