//! The network's powers: the admin origin pauses, freezes and forces transfers on any token,
//! whoever its issuer, and hands a token to a new issuer.

use super::*;

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// A token whose issuer has been removed, with BOB holding 100 and AGENT a controller.
fn orphaned_token() -> TokenId {
	let t = token_with(&[(BOB, 100)]);
	assert_ok!(SecurityToken::grant_role(
		signed(ISSUER),
		t,
		AGENT,
		Role::Controller
	));
	assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
	t
}

#[test]
fn the_network_pauses_and_unpauses_a_token_of_a_removed_issuer() {
	run(|| {
		let t = orphaned_token();
		assert_noop!(
			SecurityToken::pause(signed(ISSUER), t),
			Error::<Test>::IssuerRemoved
		);
		assert_ok!(SecurityToken::pause(root(), t));
		assert_eq!(
			last_event(),
			Event::Paused {
				token: t,
				by: Authority::Network
			}
		);
		assert!(details(t).paused);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::TokenPaused
		);
		assert_noop!(
			SecurityToken::pause(root(), t),
			Error::<Test>::AlreadyPaused
		);
		assert_ok!(SecurityToken::unpause(root(), t));
		assert_eq!(
			last_event(),
			Event::Unpaused {
				token: t,
				by: Authority::Network
			}
		);
		assert_noop!(SecurityToken::unpause(root(), t), Error::<Test>::NotPaused);
	});
}

#[test]
fn the_network_freezes_accounts_and_balances_on_any_token() {
	run(|| {
		let t = orphaned_token();
		assert_ok!(SecurityToken::freeze_account(root(), t, BOB));
		assert_eq!(
			last_event(),
			Event::AccountFrozen {
				token: t,
				who: BOB,
				by: Authority::Network
			}
		);
		assert_noop!(
			SecurityToken::transfer(signed(BOB), t, CHARLIE, 1),
			Error::<Test>::SenderFrozen
		);
		assert_ok!(SecurityToken::unfreeze_account(root(), t, BOB));
		assert_eq!(
			last_event(),
			Event::AccountUnfrozen {
				token: t,
				who: BOB,
				by: Authority::Network
			}
		);
		assert_ok!(SecurityToken::freeze_tokens(root(), t, BOB, 60));
		assert_eq!(
			last_event(),
			Event::TokensFrozen {
				token: t,
				who: BOB,
				amount: 60,
				frozen: 60,
				by: Authority::Network
			}
		);
		assert_noop!(
			SecurityToken::freeze_tokens(root(), t, BOB, 41),
			Error::<Test>::FreezeExceedsBalance
		);
		assert_ok!(SecurityToken::unfreeze_tokens(root(), t, BOB, 60));
		assert_eq!(
			last_event(),
			Event::TokensUnfrozen {
				token: t,
				who: BOB,
				amount: 60,
				frozen: 0,
				by: Authority::Network
			}
		);
		// Custodians stay unfreezable, by the network too.
		assert_noop!(
			SecurityToken::freeze_account(root(), t, VAULT),
			Error::<Test>::CustodianAccount
		);
		assert_noop!(
			SecurityToken::freeze_tokens(root(), t, VAULT, 1),
			Error::<Test>::CustodianAccount
		);
		assert_noop!(
			SecurityToken::freeze_account(root(), UNKNOWN, BOB),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn the_network_forces_a_transfer_under_the_transfer_check() {
	run(|| {
		let t = orphaned_token();
		// The removed issuer's controller cannot; the network can.
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(AGENT),
				t,
				BOB,
				CHARLIE,
				30,
				reason("order")
			)),
			Error::<Test>::IssuerRemoved
		);
		assert_ok!(SecurityToken::freeze_tokens(root(), t, BOB, 80));
		assert_ok!(SecurityToken::freeze_account(root(), t, BOB));
		let _ = Recorder::take();
		assert_ok!(SecurityToken::force_transfer(
			root(),
			t,
			BOB,
			CHARLIE,
			30,
			reason("court order")
		));
		assert_eq!(
			last_event(),
			Event::ForcedTransfer {
				token: t,
				from: BOB,
				to: CHARLIE,
				amount: 30,
				unfrozen: 10,
				reason: reason("court order"),
				by: Authority::Network
			}
		);
		assert_eq!((balance(t, BOB), balance(t, CHARLIE)), (70, 30));
		assert_eq!(
			Recorder::take(),
			vec![change(
				t,
				MovementKind::ForcedTransfer,
				Some((BOB, 100, 70)),
				Some((CHARLIE, 0, 30))
			)]
		);
		assert_noop!(
			SecurityToken::force_transfer(root(), t, BOB, CHARLIE, 1, reason("")),
			Error::<Test>::EmptyReason
		);
		// The register cannot take an ineligible holder, whoever orders the transfer.
		DenyList::deny(&DAVE);
		assert_noop!(
			SecurityToken::force_transfer(root(), t, BOB, DAVE, 1, reason("x")),
			DENIED_ERROR
		);
		assert_noop!(
			SecurityToken::force_transfer(root(), t, BOB, VAULT, 1, reason("x")),
			Error::<Test>::CustodianAccount
		);
	});
}

#[test]
fn the_network_does_not_recover_nor_issue() {
	run(|| {
		let t = orphaned_token();
		assert_noop!(
			post(SecurityToken::recover(root(), t, BOB, DAVE)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			post(SecurityToken::issue(root(), t, BOB, 1)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn hand_over_moves_the_token_its_deposit_and_ends_the_old_agents_roles() {
	run(|| {
		let t = orphaned_token();
		assert_ok!(SecurityToken::admit_issuer(root(), CHARLIE));
		assert_eq!(deposit_held(ISSUER), DEPOSIT);
		assert_ok!(SecurityToken::hand_over(root(), t, CHARLIE));
		assert_eq!(
			last_event(),
			Event::TokenHandedOver {
				token: t,
				from: ISSUER,
				to: CHARLIE,
				deposit: DEPOSIT,
				agents_removed: 1
			}
		);
		assert_eq!(details(t).issuer, CHARLIE);
		assert_eq!(details(t).agents, 0);
		assert_eq!((deposit_held(ISSUER), deposit_held(CHARLIE)), (0, DEPOSIT));
		assert!(!has_role(t, AGENT, Role::Controller));
		// The new issuer holds every power; the old one and its agent none.
		assert_ok!(post(SecurityToken::issue(signed(CHARLIE), t, BOB, 5)));
		assert_eq!(balance(t, BOB), 105);
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(AGENT),
				t,
				BOB,
				DAVE,
				1,
				reason("x")
			)),
			Error::<Test>::NoPermission
		);
		assert_ok!(SecurityToken::admit_issuer(root(), ISSUER));
		assert_noop!(
			post(SecurityToken::issue(signed(ISSUER), t, BOB, 1)),
			Error::<Test>::NoPermission
		);
		// The ledger answers the new issuer.
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::issuer(t),
			Some(CHARLIE)
		);
	});
}

#[test]
fn hand_over_errors() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_noop!(
			SecurityToken::hand_over(root(), UNKNOWN, BOB),
			Error::<Test>::UnknownToken
		);
		// Only to an admitted issuer, and not to the issuer it has.
		assert_noop!(
			SecurityToken::hand_over(root(), t, BOB),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			SecurityToken::hand_over(root(), t, ISSUER),
			Error::<Test>::AlreadyTokenIssuer
		);
		// The new issuer must pay the deposit: nothing changes if it cannot.
		assert_ok!(SecurityToken::admit_issuer(root(), NOBODY));
		assert_noop!(
			SecurityToken::hand_over(root(), t, NOBODY),
			TokenError::FundsUnavailable
		);
		assert_eq!(details(t).issuer, ISSUER);
		assert_eq!(deposit_held(ISSUER), DEPOSIT);
	});
}
