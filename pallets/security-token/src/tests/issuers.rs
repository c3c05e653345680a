//! admit_issuer, remove_issuer

use super::*;

#[test]
fn admit_issuer_works() {
	run(|| {
		assert!(Issuers::<Test>::contains_key(ISSUER), "genesis issuer");
		assert!(!Issuers::<Test>::contains_key(BOB));
		assert_noop!(
			SecurityToken::create_token(signed(BOB), Box::new(equity(10))),
			Error::<Test>::NotIssuer
		);
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), BOB));
		System::assert_last_event(Event::IssuerAdmitted { who: BOB }.into());
		assert!(Issuers::<Test>::contains_key(BOB));
		assert_ok!(SecurityToken::create_token(
			signed(BOB),
			Box::new(equity(10))
		));
		assert_eq!(details(0).issuer, BOB);
	});
}

#[test]
fn admit_issuer_refuses_an_issuer() {
	run(|| {
		assert_noop!(
			SecurityToken::admit_issuer(RuntimeOrigin::root(), ISSUER),
			Error::<Test>::AlreadyIssuer
		);
	});
}

#[test]
fn a_removed_issuer_and_its_agents_lose_their_powers_over_its_tokens() {
	run(|| {
		let t = token_with(&[(BOB, 10)]);
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Supply
		));
		assert_ok!(SecurityToken::remove_issuer(RuntimeOrigin::root(), ISSUER));
		System::assert_last_event(Event::IssuerRemoved { who: ISSUER }.into());
		assert!(!Issuers::<Test>::contains_key(ISSUER));
		assert_noop!(
			SecurityToken::create_token(signed(ISSUER), Box::new(equity(10))),
			Error::<Test>::NotIssuer
		);
		// The token stays, with its deposit; nobody acts on it in the issuer's name: not the
		// issuer, not an agent it appointed before its removal.
		assert_eq!(deposit_held(ISSUER), DEPOSIT);
		let removed = || DispatchError::from(Error::<Test>::IssuerRemoved);
		assert_noop!(
			post(SecurityToken::issue(signed(ISSUER), t, BOB, 5)),
			removed()
		);
		assert_noop!(
			post(SecurityToken::issue(signed(AGENT), t, BOB, 5)),
			removed()
		);
		assert_noop!(
			SecurityToken::grant_role(signed(ISSUER), t, DAVE, Role::Supply),
			removed()
		);
		assert_noop!(SecurityToken::pause(signed(ISSUER), t), removed());
		assert!(!has_role(t, ISSUER, Role::Supply));
		assert!(!has_role(t, AGENT, Role::Supply));
		// Holders still trade.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, CHARLIE, 4));
		// Readmitted, the issuer and its agents act again.
		assert_ok!(SecurityToken::admit_issuer(RuntimeOrigin::root(), ISSUER));
		issue(t, BOB, 5);
		assert_ok!(SecurityToken::issue(signed(AGENT), t, BOB, 1));
		assert_eq!(balance(t, BOB), 12);
	});
}

#[test]
fn remove_issuer_refuses_a_non_issuer() {
	run(|| {
		assert_noop!(
			SecurityToken::remove_issuer(RuntimeOrigin::root(), BOB),
			Error::<Test>::NotIssuer
		);
	});
}
