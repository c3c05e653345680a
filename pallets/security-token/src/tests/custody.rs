//! Custody (escrow, vaults): movements through a custodian, judged when they settle

use super::*;

type Ledger = SecurityToken;

fn deposit(t: TokenId, holder: AccountId, amount: Balance) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::deposit(t, &VAULT, &holder, amount)
}

fn settle(t: TokenId, from: Option<AccountId>, to: AccountId, amount: Balance) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::settle(t, &VAULT, from.as_ref(), &to, amount)
}

fn release(t: TokenId, owner: AccountId, amount: Balance) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::release(t, &VAULT, &owner, amount)
}

fn check_settlement(
	t: TokenId,
	from: Option<AccountId>,
	to: AccountId,
	amount: Balance,
) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::check_settlement(
		t,
		&VAULT,
		from.as_ref(),
		&to,
		amount,
	)
}

#[test]
fn custody_moves_tokens_through_a_custodian_that_is_never_a_holder() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert!(<Ledger as SecurityLedger<AccountId, Balance>>::is_custodian(&VAULT));
		assert!(!<Ledger as SecurityLedger<AccountId, Balance>>::is_custodian(&BOB));
		let _ = Recorder::take();
		// Bob's whole balance goes into custody: Bob leaves the holders, the vault never joins.
		assert_ok!(deposit(t, BOB, 100));
		System::assert_last_event(
			Event::CustodyDeposited {
				token: t,
				custodian: VAULT,
				holder: BOB,
				amount: 100,
			}
			.into(),
		);
		assert_eq!(
			(balance(t, BOB), balance(t, VAULT), holders(t)),
			(0, 100, 0)
		);
		assert_ok!(settle(t, Some(BOB), CHARLIE, 60));
		System::assert_last_event(
			Event::CustodySettled {
				token: t,
				custodian: VAULT,
				beneficiary: BOB,
				to: CHARLIE,
				amount: 60,
			}
			.into(),
		);
		assert_ok!(release(t, BOB, 40));
		System::assert_last_event(
			Event::CustodyReturned {
				token: t,
				custodian: VAULT,
				owner: BOB,
				amount: 40,
			}
			.into(),
		);
		assert_eq!(
			(
				balance(t, BOB),
				balance(t, CHARLIE),
				balance(t, VAULT),
				holders(t)
			),
			(40, 60, 0, 2)
		);
		// The hooks see each movement with its kind and the accounts the ledger changed.
		assert_eq!(
			Recorder::take(),
			vec![
				change(
					t,
					MovementKind::IntoCustody,
					Some((BOB, 100, 0)),
					Some((VAULT, 0, 100))
				),
				change(
					t,
					MovementKind::Settlement,
					Some((VAULT, 100, 40)),
					Some((CHARLIE, 0, 60))
				),
				change(
					t,
					MovementKind::CustodyReturn,
					Some((VAULT, 40, 0)),
					Some((BOB, 0, 40))
				),
			]
		);
		// An issuance settled on the custodian's authority is an issuance.
		assert_ok!(settle(t, None, DAVE, 5));
		System::assert_last_event(
			Event::Issued {
				token: t,
				to: DAVE,
				amount: 5,
			}
			.into(),
		);
		assert_eq!((supply(t), holders(t)), (105, 3));
	});
}

#[test]
fn a_settlement_is_judged_between_its_beneficial_parties_when_it_settles() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		// The check does not judge tokens entering custody for their owner (it judges the
		// settlement), so a denied holder can still deposit and be refunded.
		DenyList::deny(&BOB);
		assert_ok!(deposit(t, BOB, 50));
		assert_noop!(settle(t, Some(BOB), CHARLIE, 10), DENIED_ERROR);
		assert_ok!(release(t, BOB, 10));
		DenyList::clear();
		// The receiver as it is when the transfer settles.
		DenyList::deny(&CHARLIE);
		assert_noop!(settle(t, Some(BOB), CHARLIE, 10), DENIED_ERROR);
		DenyList::clear();
		assert_ok!(settle(t, Some(BOB), CHARLIE, 10));
		// Freezes of the beneficiary and of the receiver stop a settlement.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_noop!(
			settle(t, Some(BOB), CHARLIE, 10),
			Error::<Test>::SenderFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(
			settle(t, Some(BOB), CHARLIE, 10),
			Error::<Test>::ReceiverFrozen
		);
		// ... but never a refund to the owner, frozen or not.
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_ok!(release(t, BOB, 5));
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, CHARLIE));
		// A pause refuses new deposits; transfers already in custody settle and refund.
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(deposit(t, BOB, 1), Error::<Test>::TokenPaused);
		assert_ok!(settle(t, Some(BOB), CHARLIE, 5));
		assert_ok!(release(t, BOB, 5));
		assert_ok!(SecurityToken::unpause(signed(ISSUER), t));
		// The custodian pays out only what it holds.
		assert_eq!(balance(t, VAULT), 15);
		assert_noop!(
			settle(t, Some(BOB), CHARLIE, 16),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(release(t, BOB, 16), Error::<Test>::InsufficientBalance);
		// A settlement to its own beneficiary is a refund, not a transfer.
		assert_noop!(settle(t, Some(BOB), BOB, 1), Error::<Test>::SameAccount);
		// Frozen tokens do not go into custody.
		assert_ok!(SecurityToken::freeze_tokens(
			signed(ISSUER),
			t,
			BOB,
			balance(t, BOB)
		));
		assert_noop!(deposit(t, BOB, 1), Error::<Test>::BalanceFrozen);
	});
}

#[test]
fn a_custodian_takes_part_only_in_custody_movements_and_cannot_be_frozen() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(deposit(t, BOB, 50));
		let custodian = || DispatchError::from(Error::<Test>::CustodianAccount);
		// Neither a holder nor an agent moves the custodian's tokens, nor sends it any.
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, VAULT, 1),
			custodian()
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, VAULT, BOB, 50, reason("court")),
			custodian()
		);
		assert_noop!(
			SecurityToken::force_transfer(signed(ISSUER), t, BOB, VAULT, 1, reason("court")),
			custodian()
		);
		assert_noop!(
			SecurityToken::recover(signed(ISSUER), t, VAULT, DAVE),
			custodian()
		);
		assert_noop!(
			SecurityToken::burn(signed(ISSUER), t, VAULT, 1),
			custodian()
		);
		assert_noop!(
			SecurityToken::issue(signed(ISSUER), t, VAULT, 1),
			custodian()
		);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::transfer(t, &VAULT, &BOB, 1),
			custodian()
		);
		// It cannot be frozen, so nothing it holds gets stuck.
		assert_noop!(
			SecurityToken::freeze_account(signed(ISSUER), t, VAULT),
			custodian()
		);
		assert_noop!(
			SecurityToken::freeze_tokens(signed(ISSUER), t, VAULT, 1),
			custodian()
		);
		// Custody movements name a custodian.
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::deposit(t, &DAVE, &BOB, 1),
			custodian()
		);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::release(t, &BOB, &DAVE, 1),
			custodian()
		);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::settle(t, &BOB, Some(&BOB), &DAVE, 1),
			custodian()
		);
		// The dry run names the reason.
		assert!(SecurityToken::api_can_transfer(t, &BOB, &VAULT, 1)
			.contains(&ReasonCode::CustodianAccount));
		assert_eq!(balance(t, VAULT), 50);
	});
}

fn check_hidden(t: TokenId, from: AccountId, to: AccountId) -> DispatchResult {
	<Ledger as SecurityLedger<AccountId, Balance>>::check_hidden_transfer(t, &VAULT, &from, &to)
}

#[test]
fn a_hidden_transfer_is_judged_by_every_rule_but_the_amount() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		// Bob's whole balance is in custody: a hidden transfer of it is still judged.
		assert_ok!(deposit(t, BOB, 100));
		assert_ok!(check_hidden(t, BOB, CHARLIE));
		assert_noop!(check_hidden(t, BOB, BOB), Error::<Test>::SameAccount);
		assert_noop!(check_hidden(t, BOB, VAULT), Error::<Test>::CustodianAccount);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::check_hidden_transfer(
				t, &DAVE, &BOB, &CHARLIE
			),
			Error::<Test>::CustodianAccount
		);
		assert_noop!(
			check_hidden(UNKNOWN, BOB, CHARLIE),
			Error::<Test>::UnknownToken
		);
		DenyList::deny(&CHARLIE);
		assert_noop!(check_hidden(t, BOB, CHARLIE), DENIED_ERROR);
		DenyList::deny(&BOB);
		assert_noop!(check_hidden(t, BOB, DAVE), DENIED_ERROR);
		DenyList::clear();
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(check_hidden(t, BOB, CHARLIE), Error::<Test>::ReceiverFrozen);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, BOB));
		assert_noop!(check_hidden(t, BOB, DAVE), Error::<Test>::SenderFrozen);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), t, BOB));
		// A pause stops a new hidden transfer (unlike a settlement already under way).
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(check_hidden(t, BOB, DAVE), Error::<Test>::TokenPaused);
		// Nothing moved.
		assert_eq!((balance(t, BOB), balance(t, VAULT)), (0, 100));
	});
}

#[test]
fn check_settlement_answers_as_the_settlement_would_now() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(check_settlement(t, Some(BOB), CHARLIE, 100));
		assert_ok!(check_settlement(t, None, CHARLIE, MAX - 100));
		assert_noop!(
			check_settlement(t, None, CHARLIE, MAX - 99),
			Error::<Test>::MaxSupplyExceeded
		);
		assert_noop!(
			check_settlement(t, Some(BOB), CHARLIE, 101),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			check_settlement(t, Some(BOB), VAULT, 1),
			Error::<Test>::CustodianAccount
		);
		assert_noop!(
			<Ledger as SecurityLedger<AccountId, Balance>>::check_settlement(
				t,
				&DAVE,
				Some(&BOB),
				&CHARLIE,
				1
			),
			Error::<Test>::CustodianAccount
		);
		assert_noop!(
			check_settlement(UNKNOWN, Some(BOB), CHARLIE, 1),
			Error::<Test>::UnknownToken
		);
		DenyList::deny(&CHARLIE);
		assert_noop!(check_settlement(t, Some(BOB), CHARLIE, 1), DENIED_ERROR);
		assert_noop!(check_settlement(t, None, CHARLIE, 1), DENIED_ERROR);
		DenyList::clear();
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), t, CHARLIE));
		assert_noop!(
			check_settlement(t, Some(BOB), CHARLIE, 1),
			Error::<Test>::ReceiverFrozen
		);
		assert_ok!(SecurityToken::pause(signed(ISSUER), t));
		assert_noop!(
			check_settlement(t, Some(BOB), DAVE, 1),
			Error::<Test>::TokenPaused
		);
	});
}
