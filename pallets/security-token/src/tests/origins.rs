//! Origins, permissions, unknown tokens: every call

use super::*;

#[test]
fn every_call_rejects_a_bad_origin() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let bad = DispatchError::BadOrigin;
		// Admin calls: root only.
		for o in [signed(ISSUER), RuntimeOrigin::none()] {
			assert_noop!(SecurityToken::admit_issuer(o.clone(), BOB), bad);
			assert_noop!(SecurityToken::remove_issuer(o, ISSUER), bad);
		}
		assert_noop!(SecurityToken::hand_over(signed(ISSUER), t, BOB), bad);
		assert_noop!(SecurityToken::hand_over(RuntimeOrigin::none(), t, BOB), bad);
		// Signed calls: no none; no root either, but for the network's powers.
		for (o, root) in [
			(RuntimeOrigin::root(), true),
			(RuntimeOrigin::none(), false),
		] {
			for (_, name, call) in gated_calls(t) {
				if root && NETWORK_POWERS.contains(&name) {
					continue;
				}
				assert_refused(name, || call(o.clone()), bad);
			}
			for (name, call) in holder_calls(t) {
				assert_refused(name, || call(o.clone()), bad);
			}
		}
	});
}

#[test]
fn every_gated_call_needs_its_role() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let denied: DispatchError = Error::<Test>::NoPermission.into();
		// Without any role; a holder is no agent either.
		for (_, name, call) in gated_calls(t) {
			assert_refused(name, || call(signed(NOBODY)), denied);
			assert_refused(name, || call(signed(BOB)), denied);
		}
		// With every role but the one needed.
		for role in Role::ALL {
			assert_ok!(SecurityToken::grant_role(signed(ISSUER), t, AGENT, role));
		}
		for (role, name, call) in gated_calls(t) {
			assert_ok!(SecurityToken::revoke_role(signed(ISSUER), t, AGENT, role));
			assert_refused(name, || call(signed(AGENT)), denied);
			assert_ok!(SecurityToken::grant_role(signed(ISSUER), t, AGENT, role));
		}
	});
}

#[test]
fn every_token_call_refuses_an_unknown_token() {
	run(|| {
		let _ = token_with(&[(BOB, 100)]);
		let unknown: DispatchError = Error::<Test>::UnknownToken.into();
		for (_, name, call) in gated_calls(UNKNOWN) {
			assert_refused(name, || call(signed(ISSUER)), unknown);
		}
		for (name, call) in holder_calls(UNKNOWN) {
			if name != "create_token" {
				assert_refused(name, || call(signed(BOB)), unknown);
			}
		}
		// With an amount too, transfer_from names the unknown token, not the missing allowance.
		assert_noop!(
			SecurityToken::transfer_from(signed(CHARLIE), UNKNOWN, BOB, DAVE, 1),
			Error::<Test>::UnknownToken
		);
	});
}

/// The issuer holds every role implicitly; an agent exactly the roles granted to it.
#[test]
fn issuer_holds_every_role_and_agents_only_theirs() {
	// One representative call per role, which succeeds for whoever may make it.
	fn act(t: TokenId, who: AccountId, role: Role) -> DispatchResult {
		match role {
			Role::Supply => post(SecurityToken::issue(signed(who), t, BOB, 1)),
			Role::Freezer => SecurityToken::freeze_tokens(signed(who), t, BOB, 1),
			Role::Controller => post(SecurityToken::force_transfer(
				signed(who),
				t,
				BOB,
				CHARLIE,
				1,
				reason("order"),
			)),
			Role::Recovery => post(SecurityToken::recover(signed(who), t, BOB, DAVE)),
			Role::Documents => SecurityToken::add_document(signed(who), t, doc("memo", "ipfs://m")),
			Role::Checkpoints => SecurityToken::create_checkpoint(signed(who), t),
			// Used by the compliance pallet; visible through the ledger trait.
			Role::Compliance => {
				if has_role(t, who, Role::Compliance) {
					Ok(())
				} else {
					Err(Error::<Test>::NoPermission.into())
				}
			}
		}
	}
	// Recovery last: it empties BOB.
	let order = [
		Role::Supply,
		Role::Freezer,
		Role::Controller,
		Role::Documents,
		Role::Checkpoints,
		Role::Compliance,
		Role::Recovery,
	];
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 100)]);
		for role in order {
			assert!(has_role(t, ISSUER, role));
			assert_ok!(act(t, ISSUER, role));
		}
		assert_eq!(details(t).agents, 0, "the issuer is no stored agent");
	});
	for granted in Role::ALL {
		run(|| {
			Timestamp::set_timestamp(START);
			let t = token_with(&[(BOB, 100)]);
			assert_ok!(SecurityToken::grant_role(signed(ISSUER), t, AGENT, granted));
			for role in order {
				if role == granted {
					assert!(has_role(t, AGENT, role));
					assert_ok!(act(t, AGENT, role));
				} else {
					assert!(!has_role(t, AGENT, role), "{granted:?} grants {role:?}");
					assert_noop!(act(t, AGENT, role), Error::<Test>::NoPermission);
				}
			}
		});
	}
}
