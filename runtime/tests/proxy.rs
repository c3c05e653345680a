//! Proxies on the real runtime: a `NonTransfer` proxy moves neither VLM nor security tokens
//! (not even inside a batch) but still does the principal's other business; a
//! `TokenTransfer` proxy (a custodian's settlement desk) moves the principal's tokens and
//! nothing else; a `TokenAgent` proxy (an issuer's back office) takes the issuer's agent
//! actions but makes no holder transfer; and `is_superset` agrees with the filters, so a
//! proxy can only appoint proxies it covers.

mod common;

use codec::Encode;
use common::{account, apply, events, free, new_ext};
use frame_support::{assert_ok, traits::InstanceFilter};
use pallet_compliance::{Call as ComplianceCall, ClaimTopic, Event as ComplianceEvent};
use pallet_proof_of_ownership::{Call as ProofCall, Error as ProofError};
use pallet_security_token::{
	Authority, Call as TokenCall, Error as TokenError, Event as TokenEvent,
};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{traits::Dispatchable, DispatchError, DispatchResult};
use vellum_primitives::{
	ledger::Role,
	security::{CountryCode, SecurityDefinition, TokenId},
};
use vellum_runtime::{
	configs::accounts::ProxyType, Balance, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	SecurityToken, System, UNIT,
};

/// Admitted as an issuer in [`setup_token`]; creates [`TOKEN`].
const ISSUER: Sr25519Keyring = Dave;
const TOKEN: TokenId = 0;

fn token(call: TokenCall<Runtime>) -> RuntimeCall {
	RuntimeCall::SecurityToken(call)
}

fn proof(call: ProofCall<Runtime>) -> RuntimeCall {
	RuntimeCall::ProofOfOwnership(call)
}

fn transfer(to: Sr25519Keyring, amount: Balance) -> RuntimeCall {
	token(TokenCall::transfer {
		token: TOKEN,
		to: account(to),
		amount,
	})
}

fn vlm_transfer(to: Sr25519Keyring, value: Balance) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: account(to).into(),
		value,
	})
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark {
		remark: b"no value moves".to_vec(),
	})
}

fn batch(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch { calls })
}

fn batch_all(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
}

fn add_proxy_call(delegate: Sr25519Keyring, proxy_type: ProxyType) -> RuntimeCall {
	RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
		delegate: account(delegate).into(),
		proxy_type,
		delay: 0,
	})
}

fn proxy_call(real: Sr25519Keyring, call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Proxy(pallet_proxy::Call::proxy {
		real: account(real).into(),
		force_proxy_type: None,
		call: Box::new(call),
	})
}

/// The error a call refused by its origin's filter fails with.
fn filtered() -> DispatchError {
	frame_system::Error::<Runtime>::CallFiltered.into()
}

/// Applies a signed extrinsic and returns the dispatch outcome (the extrinsic itself must be
/// valid and included).
fn dispatch(who: Sr25519Keyring, call: RuntimeCall) -> DispatchResult {
	apply(who, call).expect("the extrinsic is valid")
}

/// `principal` appoints `delegate` as a proxy of `proxy_type`, without delay.
fn add_proxy(principal: Sr25519Keyring, delegate: Sr25519Keyring, proxy_type: ProxyType) {
	assert_ok!(dispatch(principal, add_proxy_call(delegate, proxy_type)));
}

/// The result of the proxied call, from the `ProxyExecuted` event.
fn proxy_result() -> DispatchResult {
	events()
		.into_iter()
		.find_map(|event| match event {
			RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(result),
			_ => None,
		})
		.unwrap_or_else(|| panic!("no ProxyExecuted event; events: {:?}", events()))
}

/// `delegate` makes `call` as `real`'s proxy, in a signed extrinsic applied through
/// `Executive` (fees, the base call filter, the proxy filter): the proxy call itself must
/// succeed; returns the result of the proxied call.
fn proxied_extrinsic(
	delegate: Sr25519Keyring,
	real: Sr25519Keyring,
	call: RuntimeCall,
) -> DispatchResult {
	System::reset_events();
	assert_ok!(dispatch(delegate, proxy_call(real, call)));
	proxy_result()
}

/// As [`proxied_extrinsic`], but the `proxy.proxy` call is dispatched directly with
/// `delegate`'s signed origin (the base call filter and the proxy filter apply; no fees and
/// no block weight, so batch calls of their declared worst-case weight can be made in one
/// block).
fn proxied(delegate: Sr25519Keyring, real: Sr25519Keyring, call: RuntimeCall) -> DispatchResult {
	System::reset_events();
	assert_ok!(proxy_call(real, call).dispatch(RuntimeOrigin::signed(account(delegate))));
	proxy_result()
}

fn balance(who: Sr25519Keyring) -> Balance {
	pallet_security_token::Holdings::<Runtime>::get(TOKEN, account(who))
		.map(|h| h.balance)
		.unwrap_or_default()
}

fn allowance(owner: Sr25519Keyring, spender: Sr25519Keyring) -> Option<Balance> {
	pallet_security_token::Allowances::<Runtime>::get((TOKEN, account(owner), account(spender)))
		.map(|a| a.amount)
}

/// The issuer is admitted (by root, the admin origin's other half), creates a plain equity
/// token (no compliance rules: every transfer passes) and issues 1,000 to Alice.
fn setup_token() {
	assert_ok!(SecurityToken::admit_issuer(
		RuntimeOrigin::root(),
		account(ISSUER)
	));
	assert_ok!(dispatch(
		ISSUER,
		token(TokenCall::create_token {
			definition: Box::new(SecurityDefinition::plain_equity(
				b"VPRX",
				CountryCode(*b"DE"),
				1_000_000
			)),
		})
	));
	assert_ok!(dispatch(
		ISSUER,
		token(TokenCall::issue {
			token: TOKEN,
			to: account(Alice),
			amount: 1_000,
		})
	));
	assert_eq!(balance(Alice), 1_000);
}

#[test]
fn non_transfer_proxy_cannot_move_security_tokens() {
	new_ext("development").execute_with(|| {
		setup_token();
		add_proxy(Alice, Bob, ProxyType::NonTransfer);
		let charlie_vlm = free(Charlie);

		// Through a real extrinsic: the proxy call succeeds, the transfer inside is filtered.
		assert_eq!(
			proxied_extrinsic(Bob, Alice, transfer(Charlie, 100)),
			Err(filtered())
		);

		// Every other way of moving the principal's tokens or VLM, or committing them.
		let refused = [
			token(TokenCall::transfer_from {
				token: TOKEN,
				from: account(Charlie),
				to: account(Bob),
				amount: 1,
			}),
			token(TokenCall::transfer_batch {
				token: TOKEN,
				transfers: vec![(account(Charlie), 100), (account(Bob), 100)]
					.try_into()
					.unwrap(),
			}),
			token(TokenCall::approve {
				token: TOKEN,
				spender: account(Bob),
				amount: 500,
			}),
			token(TokenCall::redeem {
				token: TOKEN,
				amount: 100,
			}),
			proof(ProofCall::request_transfer {
				token: TOKEN,
				to: account(Charlie),
				amount: 100,
			}),
			proof(ProofCall::bond { amount: UNIT }),
			proof(ProofCall::unbond { amount: UNIT }),
			proof(ProofCall::challenge {
				asset: 0,
				seq: 0,
				attestor: account(Eve),
			}),
			vlm_transfer(Charlie, UNIT),
			batch_all(vec![remark(), transfer(Charlie, 100)]),
		];
		for call in refused {
			assert_eq!(
				proxied(Bob, Alice, call.clone()),
				Err(filtered()),
				"a NonTransfer proxy must not make {call:?}"
			);
		}

		// A batch is no way around the filter: its calls are filtered too.
		assert_ok!(proxied(
			Bob,
			Alice,
			batch(vec![remark(), transfer(Charlie, 100)])
		));
		let batch_events = events();
		assert!(batch_events.contains(&RuntimeEvent::Utility(
			pallet_utility::Event::BatchInterrupted {
				index: 1,
				error: filtered(),
			}
		)));
		assert!(!batch_events.contains(&RuntimeEvent::Utility(
			pallet_utility::Event::BatchCompleted
		)));

		// Business that moves no value passes the filter: a remark succeeds, and a
		// proof-of-ownership `expire` reaches the pallet (which knows no such transfer).
		assert_ok!(proxied(Bob, Alice, remark()));
		assert_eq!(
			proxied(Bob, Alice, proof(ProofCall::expire { id: 0 })),
			Err(ProofError::<Runtime>::UnknownTransfer.into())
		);

		// Nothing moved.
		assert_eq!(
			(balance(Alice), balance(Bob), balance(Charlie)),
			(1_000, 0, 0)
		);
		assert_eq!(allowance(Alice, Bob), None);
		assert_eq!(free(Charlie), charlie_vlm);

		// The issuer's NonTransfer proxy keeps the books but neither issues, forces a
		// transfer nor grants itself a role that would let it.
		add_proxy(ISSUER, Eve, ProxyType::NonTransfer);
		assert_ok!(proxied(
			Eve,
			ISSUER,
			token(TokenCall::create_checkpoint { token: TOKEN })
		));
		let refused = [
			token(TokenCall::issue {
				token: TOKEN,
				to: account(Eve),
				amount: 10,
			}),
			token(TokenCall::force_transfer {
				token: TOKEN,
				from: account(Alice),
				to: account(Eve),
				amount: 10,
				reason: b"none".to_vec().try_into().unwrap(),
			}),
			token(TokenCall::recover {
				token: TOKEN,
				lost: account(Alice),
				new: account(Eve),
			}),
			token(TokenCall::grant_role {
				token: TOKEN,
				who: account(Eve),
				role: Role::Supply,
			}),
			proof(ProofCall::request_issuance {
				token: TOKEN,
				to: account(Eve),
				amount: 10,
			}),
			proof(ProofCall::request_forced_transfer {
				token: TOKEN,
				from: account(Alice),
				to: account(Eve),
				amount: 10,
				reason: [1; 32],
			}),
			proof(ProofCall::request_recovery {
				token: TOKEN,
				lost: account(Alice),
				new: account(Eve),
			}),
		];
		for call in refused {
			assert_eq!(
				proxied(Eve, ISSUER, call.clone()),
				Err(filtered()),
				"an issuer's NonTransfer proxy must not make {call:?}"
			);
		}
		assert_eq!((balance(Alice), balance(Eve)), (1_000, 0));
		assert_eq!(
			pallet_security_token::Agents::<Runtime>::get(TOKEN, account(Eve)),
			None
		);
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn token_transfer_proxy_moves_the_principals_tokens_and_nothing_else() {
	new_ext("development").execute_with(|| {
		setup_token();
		add_proxy(Alice, Bob, ProxyType::TokenTransfer);
		let charlie_vlm = free(Charlie);

		// Allowed: the holder movements, alone or batched.
		assert_ok!(proxied_extrinsic(Bob, Alice, transfer(Charlie, 100)));
		assert_eq!((balance(Alice), balance(Charlie)), (900, 100));
		assert_ok!(proxied(
			Bob,
			Alice,
			token(TokenCall::transfer_batch {
				token: TOKEN,
				transfers: vec![(account(Charlie), 50), (account(Ferdie), 50)]
					.try_into()
					.unwrap(),
			})
		));
		assert_eq!(
			(balance(Alice), balance(Charlie), balance(Ferdie)),
			(800, 150, 50)
		);
		assert_ok!(proxied(
			Bob,
			Alice,
			token(TokenCall::approve {
				token: TOKEN,
				spender: account(Eve),
				amount: 200,
			})
		));
		assert_eq!(allowance(Alice, Eve), Some(200));
		assert_ok!(dispatch(
			Eve,
			token(TokenCall::transfer_from {
				token: TOKEN,
				from: account(Alice),
				to: account(Eve),
				amount: 200,
			})
		));
		assert_eq!((balance(Alice), balance(Eve)), (600, 200));
		assert_ok!(proxied(
			Bob,
			Alice,
			batch_all(vec![transfer(Charlie, 10), transfer(Ferdie, 10)])
		));
		assert_eq!(
			(balance(Alice), balance(Charlie), balance(Ferdie)),
			(580, 160, 60)
		);
		// Redemption and attested transfer requests pass the filter; the pallets then refuse
		// them on their merits (the token is never redeemable, and bound to no asset).
		assert_eq!(
			proxied(
				Bob,
				Alice,
				token(TokenCall::redeem {
					token: TOKEN,
					amount: 10,
				})
			),
			Err(TokenError::<Runtime>::RedemptionNotAllowed.into())
		);
		assert_eq!(
			proxied(
				Bob,
				Alice,
				proof(ProofCall::request_transfer {
					token: TOKEN,
					to: account(Charlie),
					amount: 10,
				})
			),
			Err(ProofError::<Runtime>::NotBound.into())
		);

		// Refused: VLM, agent actions, claims, bonds, anything else.
		let refused = [
			vlm_transfer(Charlie, UNIT),
			token(TokenCall::issue {
				token: TOKEN,
				to: account(Alice),
				amount: 10,
			}),
			token(TokenCall::freeze_account {
				token: TOKEN,
				who: account(Charlie),
			}),
			RuntimeCall::Compliance(ComplianceCall::add_claim {
				subject: account(Alice),
				topic: ClaimTopic::Kyc,
				expiry: None,
				evidence: None,
			}),
			proof(ProofCall::bond { amount: UNIT }),
			remark(),
			add_proxy_call(Charlie, ProxyType::TokenTransfer),
			batch_all(vec![transfer(Charlie, 10), vlm_transfer(Charlie, UNIT)]),
		];
		for call in refused {
			assert_eq!(
				proxied(Bob, Alice, call.clone()),
				Err(filtered()),
				"a TokenTransfer proxy must not make {call:?}"
			);
		}
		assert_ok!(proxied(
			Bob,
			Alice,
			batch(vec![vlm_transfer(Charlie, UNIT)])
		));
		assert!(events().contains(&RuntimeEvent::Utility(
			pallet_utility::Event::BatchInterrupted {
				index: 0,
				error: filtered(),
			}
		)));

		assert_eq!(free(Charlie), charlie_vlm);
		assert_eq!((balance(Alice), balance(Charlie)), (580, 160));
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn token_agent_proxy_runs_the_issuers_back_office_but_makes_no_holder_transfer() {
	new_ext("development").execute_with(|| {
		setup_token();
		add_proxy(ISSUER, Eve, ProxyType::TokenAgent);
		let charlie_vlm = free(Charlie);

		// Allowed: the issuer's agent actions take effect.
		assert_ok!(proxied_extrinsic(
			Eve,
			ISSUER,
			token(TokenCall::issue {
				token: TOKEN,
				to: account(Charlie),
				amount: 500,
			})
		));
		assert_eq!(balance(Charlie), 500);
		assert_ok!(proxied(
			Eve,
			ISSUER,
			token(TokenCall::force_transfer {
				token: TOKEN,
				from: account(Alice),
				to: account(Charlie),
				amount: 100,
				reason: b"court order 2026-17".to_vec().try_into().unwrap(),
			})
		));
		assert_eq!((balance(Alice), balance(Charlie)), (900, 600));
		assert_ok!(proxied(
			Eve,
			ISSUER,
			token(TokenCall::freeze_account {
				token: TOKEN,
				who: account(Charlie),
			})
		));
		assert!(
			pallet_security_token::Holdings::<Runtime>::get(TOKEN, account(Charlie))
				.expect("Charlie holds the token")
				.account_frozen
		);
		assert_ok!(proxied(
			Eve,
			ISSUER,
			token(TokenCall::pause { token: TOKEN })
		));
		assert!(
			events().contains(&RuntimeEvent::SecurityToken(TokenEvent::Paused {
				token: TOKEN,
				by: Authority::Agent(account(ISSUER)),
			}))
		);
		assert_ok!(proxied(
			Eve,
			ISSUER,
			batch_all(vec![
				token(TokenCall::unpause { token: TOKEN }),
				token(TokenCall::create_checkpoint { token: TOKEN }),
				token(TokenCall::grant_role {
					token: TOKEN,
					who: account(Ferdie),
					role: Role::Documents,
				}),
			])
		));
		assert!(
			events().contains(&RuntimeEvent::SecurityToken(TokenEvent::Unpaused {
				token: TOKEN,
				by: Authority::Agent(account(ISSUER)),
			}))
		);
		assert!(
			pallet_security_token::Agents::<Runtime>::get(TOKEN, account(Ferdie))
				.is_some_and(|roles| roles.contains(Role::Documents))
		);
		assert_ok!(proxied(
			Eve,
			ISSUER,
			RuntimeCall::Compliance(ComplianceCall::pause_rules { token: TOKEN })
		));
		assert!(
			events().contains(&RuntimeEvent::Compliance(ComplianceEvent::RulesPaused {
				token: TOKEN
			}))
		);
		// A proof-of-ownership issuer call passes the filter (and the pallet knows no asset 0).
		assert_eq!(
			proxied(
				Eve,
				ISSUER,
				proof(ProofCall::bind_token {
					asset: 0,
					token: TOKEN,
					units_per_token: 1,
				})
			),
			Err(ProofError::<Runtime>::UnknownAsset.into())
		);

		// Refused: holder movements, VLM, claims, anything else.
		let refused = [
			transfer(Bob, 1),
			token(TokenCall::approve {
				token: TOKEN,
				spender: account(Eve),
				amount: 1,
			}),
			token(TokenCall::redeem {
				token: TOKEN,
				amount: 1,
			}),
			proof(ProofCall::request_transfer {
				token: TOKEN,
				to: account(Bob),
				amount: 1,
			}),
			vlm_transfer(Charlie, UNIT),
			RuntimeCall::Compliance(ComplianceCall::add_claim {
				subject: account(Charlie),
				topic: ClaimTopic::Kyc,
				expiry: None,
				evidence: None,
			}),
			remark(),
			add_proxy_call(Bob, ProxyType::TokenAgent),
			batch_all(vec![
				token(TokenCall::create_checkpoint { token: TOKEN }),
				vlm_transfer(Charlie, UNIT),
			]),
		];
		for call in refused {
			assert_eq!(
				proxied(Eve, ISSUER, call.clone()),
				Err(filtered()),
				"a TokenAgent proxy must not make {call:?}"
			);
		}

		assert_eq!(free(Charlie), charlie_vlm);
		assert_eq!(
			(balance(Alice), balance(Bob), balance(Charlie)),
			(900, 0, 600)
		);
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

/// Whether a proxy of type `proxy_type` may make `call`.
fn allows(proxy_type: ProxyType, call: &RuntimeCall) -> bool {
	InstanceFilter::<RuntimeCall>::filter(&proxy_type, call)
}

/// Whether a proxy of type `a` may appoint (or remove) one of type `b`.
fn covers(a: ProxyType, b: ProxyType) -> bool {
	InstanceFilter::<RuntimeCall>::is_superset(&a, &b)
}

/// Calls that tell the proxy types apart.
fn sample_calls() -> Vec<RuntimeCall> {
	vec![
		remark(),
		vlm_transfer(Charlie, UNIT),
		transfer(Charlie, 1),
		token(TokenCall::issue {
			token: TOKEN,
			to: account(Charlie),
			amount: 1,
		}),
		token(TokenCall::create_checkpoint { token: TOKEN }),
		proof(ProofCall::request_transfer {
			token: TOKEN,
			to: account(Charlie),
			amount: 1,
		}),
		RuntimeCall::Identity(pallet_identity::Call::clear_identity {}),
		RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement {
			delegate: account(Bob).into(),
			call_hash: Default::default(),
		}),
		add_proxy_call(Bob, ProxyType::Governance),
		batch(vec![remark()]),
	]
}

#[test]
fn is_superset_agrees_with_the_filters_and_keeps_scale_indices() {
	use ProxyType::*;
	let all = [
		Any,
		NonTransfer,
		Governance,
		CancelProxy,
		TokenTransfer,
		TokenAgent,
	];

	// The existing indices never move; the new types are appended.
	assert_eq!(
		all.iter().map(|t| t.encode()).collect::<Vec<_>>(),
		(0u8..6).map(|i| vec![i]).collect::<Vec<_>>()
	);

	let expected = |a: ProxyType, b: ProxyType| {
		a == b || a == Any || (a == NonTransfer && matches!(b, Governance | CancelProxy))
	};
	new_ext("development").execute_with(|| {
		let calls = sample_calls();
		for a in all {
			for b in all {
				assert_eq!(covers(a, b), expected(a, b), "{a:?} ⊇ {b:?}");
				// A superset allows every call the other type allows; where `is_superset`
				// says no, some call shows it.
				let witness = calls.iter().find(|c| allows(b, c) && !allows(a, c));
				if covers(a, b) {
					assert_eq!(
						witness, None,
						"{a:?} ⊇ {b:?}, yet it refuses a call {b:?} allows"
					);
				} else {
					assert!(
						witness.is_some(),
						"no sample call shows that {a:?} is not a superset of {b:?}"
					);
				}
			}
		}
		// The token types move security tokens, which NonTransfer never does.
		assert!(allows(TokenTransfer, &transfer(Charlie, 1)));
		assert!(!allows(NonTransfer, &transfer(Charlie, 1)));
		assert!(allows(TokenAgent, &calls[3]));
		assert!(!allows(NonTransfer, &calls[3]));
	});
}

#[test]
fn a_proxy_appoints_only_proxies_it_covers() {
	new_ext("development").execute_with(|| {
		add_proxy(Alice, Bob, ProxyType::NonTransfer);
		for (proxy_type, expected) in [
			(ProxyType::Governance, Ok(())),
			(ProxyType::CancelProxy, Ok(())),
			(ProxyType::NonTransfer, Ok(())),
			(ProxyType::Any, Err(filtered())),
			(ProxyType::TokenTransfer, Err(filtered())),
			(ProxyType::TokenAgent, Err(filtered())),
		] {
			assert_eq!(
				proxied(Bob, Alice, add_proxy_call(Charlie, proxy_type)),
				expected,
				"a NonTransfer proxy adding a {proxy_type:?} proxy"
			);
		}
		let charlies: Vec<ProxyType> = pallet_proxy::Proxies::<Runtime>::get(account(Alice))
			.0
			.iter()
			.filter(|d| d.delegate == account(Charlie))
			.map(|d| d.proxy_type)
			.collect();
		assert_eq!(
			charlies,
			vec![
				ProxyType::NonTransfer,
				ProxyType::Governance,
				ProxyType::CancelProxy
			]
		);
	});
}

/// Baskets: issuing, redeeming and a rebalance swap move the principal's components and basket
/// units, so only `TokenTransfer` (and `Any`) allows them; the manager's business moves
/// nothing, so `NonTransfer` and `TokenAgent` allow it and `TokenTransfer` does not.
#[test]
fn basket_calls_are_classified_as_movements_or_administration() {
	use frame_support::BoundedVec;
	use pallet_set_derivatives::Call as BasketCall;
	use sp_runtime::Perbill;
	use ProxyType::*;
	let basket = |c: BasketCall<Runtime>| RuntimeCall::SetDerivatives(c);
	let movements = [
		basket(BasketCall::issue {
			basket: 0,
			quantity: 1,
		}),
		basket(BasketCall::redeem {
			basket: 0,
			quantity: 1,
			to: None,
			forgo: BoundedVec::new(),
		}),
		basket(BasketCall::execute_rebalance { basket: 0, id: 0 }),
	];
	let administration = [
		basket(BasketCall::set_fee {
			basket: 0,
			fee: Perbill::zero(),
		}),
		basket(BasketCall::accrue_fee { basket: 0 }),
		basket(BasketCall::propose_rebalance {
			basket: 0,
			components: BoundedVec::new(),
			participant: account(Charlie),
			max_slippage: Perbill::zero(),
		}),
		basket(BasketCall::cancel_rebalance { basket: 0 }),
	];
	new_ext("development").execute_with(|| {
		for call in &movements {
			assert!(allows(Any, call) && allows(TokenTransfer, call), "{call:?}");
			assert!(!allows(NonTransfer, call), "{call:?} moves tokens");
			assert!(!allows(TokenAgent, call), "{call:?} moves tokens");
			assert!(!allows(Governance, call) && !allows(CancelProxy, call));
		}
		for call in &administration {
			assert!(
				allows(NonTransfer, call) && allows(TokenAgent, call),
				"{call:?}"
			);
			assert!(
				!allows(TokenTransfer, call),
				"{call:?} is no holder movement"
			);
		}
		// Approving a rebalance is the holders' resolution, never a proxy's business but Any's.
		let approve = basket(BasketCall::approve_rebalance { basket: 0, id: 0 });
		assert!(!allows(TokenTransfer, &approve) && !allows(TokenAgent, &approve));
	});
}

/// A holder's confidential account moves or holds its tokens, so only `TokenTransfer` (and
/// `Any`) allows its calls; a token's confidential mode and auditor keys are administration.
#[test]
fn private_transfer_calls_are_classified_as_movements_or_administration() {
	use pallet_private_transfers::{AuditorsOf, Call as PrivateCall};
	use vellum_confidential::{
		prover::{prove_registration, prove_transfer, prove_withdrawal, prove_zero_balance},
		prover::{seeded_rng, Keypair, TransferInput, WithdrawalInput},
		Ciphertext, SealedBalance,
	};
	use ProxyType::*;
	let private = |c: PrivateCall<Runtime>| RuntimeCall::PrivateTransfers(c);
	let kp = Keypair::from_seed(b"bob");
	let rng = || seeded_rng(b"proxy");
	let zero = Ciphertext::public(1);
	let (amount, proof) = prove_transfer(
		&TransferInput {
			genesis: [0; 32],
			token: 0,
			sender: b"a",
			receiver: b"b",
			nonce: 0,
			sender_keypair: &kp,
			receiver_key: kp.public(),
			auditors: &[],
			available: zero,
			balance: 1,
			amount: 1,
		},
		&mut rng(),
	)
	.unwrap();
	let withdrawal = prove_withdrawal(
		&WithdrawalInput {
			genesis: [0; 32],
			token: 0,
			owner: b"a",
			nonce: 0,
			keypair: &kp,
			available: zero,
			balance: 1,
			amount: 1,
		},
		&mut rng(),
	)
	.unwrap();
	let empty = Ciphertext::ZERO;
	let movements = [
		private(PrivateCall::register {
			token: 0,
			key: kp.public(),
			proof: prove_registration([0; 32], 0, b"a", &kp, &mut rng()),
		}),
		private(PrivateCall::close {
			token: 0,
			proof: prove_zero_balance([0; 32], 0, b"a", 0, &kp, empty, &mut rng()).unwrap(),
		}),
		private(PrivateCall::deposit {
			token: 0,
			amount: 1,
		}),
		private(PrivateCall::apply_pending {
			token: 0,
			expected_credits: 0,
			sealed: SealedBalance::default(),
		}),
		private(PrivateCall::confidential_transfer {
			token: 0,
			to: account(Charlie),
			amount: Box::new(amount),
			proof: Box::new(proof),
			sealed: SealedBalance::default(),
		}),
		private(PrivateCall::withdraw {
			token: 0,
			amount: 1,
			proof: Box::new(withdrawal),
			sealed: SealedBalance::default(),
		}),
	];
	let administration = [
		private(PrivateCall::enable_confidential_mode {
			token: 0,
			auditors: AuditorsOf::default(),
		}),
		private(PrivateCall::set_auditors {
			token: 0,
			auditors: AuditorsOf::default(),
		}),
		private(PrivateCall::disable_confidential_mode { token: 0 }),
	];
	new_ext("development").execute_with(|| {
		for call in &movements {
			assert!(allows(Any, call) && allows(TokenTransfer, call), "{call:?}");
			assert!(!allows(NonTransfer, call), "{call:?} moves tokens");
			assert!(!allows(TokenAgent, call), "{call:?} moves tokens");
			assert!(!allows(Governance, call) && !allows(CancelProxy, call));
		}
		for call in &administration {
			assert!(
				allows(NonTransfer, call) && allows(TokenAgent, call),
				"{call:?}"
			);
			assert!(
				!allows(TokenTransfer, call),
				"{call:?} is no holder movement"
			);
		}
	});
}
