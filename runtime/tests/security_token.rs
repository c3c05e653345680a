//! Security tokens on the real runtime: the council admits an issuer, who defines an equity
//! token and a bond, issues, and manages them through agents; holders transfer; the runtime
//! API answers; nothing outside the pallet (no generic asset path, no XCM) moves a token.

mod common;

use codec::{Decode, Encode};
use common::{account, apply, council_motion, events, new_ext};
use frame_support::{assert_ok, traits::fungible::InspectHold};
use pallet_security_token::runtime_api::{AccountPosition, TokenInfo};
use pallet_security_token::{
	Authority, Call as TokenCall, Error as TokenError, Event as TokenEvent, HoldReason,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie, One};
use sp_runtime::{BoundedVec, DispatchError};
use vellum_primitives::{
	ledger::{ReasonCode, Role},
	security::*,
};
use vellum_runtime::{
	AccountId, Balance, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason,
	SecurityToken, UNIT,
};

const ISSUER: Sr25519Keyring = Dave;
const FREEZER: Sr25519Keyring = Eve;
const CONTROLLER: Sr25519Keyring = Ferdie;

fn bv<S: sp_core::Get<u32>>(s: &str) -> BoundedVec<u8, S> {
	s.as_bytes().to_vec().try_into().expect("fits its bound")
}

fn equity() -> SecurityDefinition<Balance> {
	SecurityDefinition {
		name: bv("Acme Corp. Class A Shares"),
		symbol: bv("ACME.A"),
		decimals: 0,
		identifier: Some(SecurityIdentifier {
			kind: IdentifierKind::Isin,
			value: bv("US0378331005"),
		}),
		jurisdiction: CountryCode(*b"US"),
		max_supply: 1_000_000,
		terms: InstrumentTerms::Equity {
			share_class: bv("A"),
			votes_per_share: 1,
		},
		redemption: Redemption::Never,
		documents: vec![LegalDocument {
			name: bv("articles"),
			uri: bv("https://acme.example/articles.pdf"),
			content_hash: H256::repeat_byte(7),
		}]
		.try_into()
		.expect("one document"),
	}
}

fn bond() -> SecurityDefinition<Balance> {
	SecurityDefinition {
		name: bv("Acme 4.5% 2030"),
		symbol: bv("ACME30"),
		decimals: 2,
		identifier: Some(SecurityIdentifier {
			kind: IdentifierKind::Isin,
			value: bv("DE000BAY0017"),
		}),
		jurisdiction: CountryCode(*b"DE"),
		max_supply: 10_000_000,
		terms: InstrumentTerms::Debt(DebtTerms {
			face_value: 1_000,
			coupon_rate_bps: 450,
			coupon_interval_days: 182,
			maturity: 1_893_456_000_000,
		}),
		redemption: Redemption::AtMaturity,
		documents: Default::default(),
	}
}

fn token_call(call: TokenCall<Runtime>) -> RuntimeCall {
	RuntimeCall::SecurityToken(call)
}

/// Applies a signed extrinsic and returns the dispatch outcome (the extrinsic itself must be
/// valid and included).
fn dispatch(who: Sr25519Keyring, call: TokenCall<Runtime>) -> Result<(), DispatchError> {
	apply(who, token_call(call)).expect("the extrinsic is valid")
}

/// Calls a method of `SecurityTokenApi` the way a client does: by name, SCALE in and out.
fn runtime_api<R: Decode>(method: &str, args: impl Encode) -> R {
	let out =
		vellum_runtime::apis::api::dispatch(&format!("SecurityTokenApi_{method}"), &args.encode())
			.unwrap_or_else(|| panic!("SecurityTokenApi_{method} exists"));
	R::decode(&mut &out[..]).expect("the answer decodes")
}

fn balance(token: TokenId, who: Sr25519Keyring) -> Balance {
	runtime_api::<AccountPosition<Balance>>("position", (token, account(who))).balance
}

/// The council admits the issuer, who creates the equity token (0) and the bond (1), issues
/// 1 000 shares to Bob and grants the freezer and controller roles.
fn setup() {
	assert_ok!(council_motion(
		token_call(TokenCall::admit_issuer {
			who: account(ISSUER)
		}),
		&[Alice, Bob]
	));
	assert!(
		events().contains(&RuntimeEvent::SecurityToken(TokenEvent::IssuerAdmitted {
			who: account(ISSUER)
		}))
	);
	assert_ok!(dispatch(
		ISSUER,
		TokenCall::create_token {
			definition: Box::new(equity())
		}
	));
	assert_ok!(dispatch(
		ISSUER,
		TokenCall::create_token {
			definition: Box::new(bond())
		}
	));
	assert_ok!(dispatch(
		ISSUER,
		TokenCall::issue {
			token: 0,
			to: account(Bob),
			amount: 1_000
		}
	));
	assert_ok!(dispatch(
		ISSUER,
		TokenCall::grant_role {
			token: 0,
			who: account(FREEZER),
			role: Role::Freezer
		}
	));
	for role in [Role::Controller, Role::Recovery] {
		assert_ok!(dispatch(
			ISSUER,
			TokenCall::grant_role {
				token: 0,
				who: account(CONTROLLER),
				role
			}
		));
	}
}

#[test]
fn the_issuance_and_transfer_flow_works_end_to_end() {
	new_ext("development").execute_with(|| {
		setup();

		// The definitions are stored and listed by class and jurisdiction.
		let info: Option<TokenInfo<AccountId, Balance, BlockNumber>> = runtime_api("token", 0u32);
		let info = info.expect("token 0 exists");
		assert_eq!(info.definition, equity());
		assert_eq!(info.issuer, account(ISSUER));
		assert_eq!((info.total_supply, info.holders), (1_000, 1));
		let debt: Vec<pallet_security_token::runtime_api::TokenSummary<AccountId, Balance>> =
			runtime_api(
				"tokens",
				(
					Some(InstrumentClass::Debt),
					None::<CountryCode>,
					0u32,
					10u32,
				),
			);
		assert_eq!(debt.iter().map(|t| t.id).collect::<Vec<_>>(), vec![1]);
		let german: Vec<pallet_security_token::runtime_api::TokenSummary<AccountId, Balance>> =
			runtime_api(
				"tokens",
				(
					None::<InstrumentClass>,
					Some(CountryCode(*b"DE")),
					0u32,
					10u32,
				),
			);
		assert_eq!(german.len(), 1);
		assert_eq!(german[0].symbol, b"ACME30".to_vec());

		// Each token holds its deposit from the issuer.
		let held = pallet_balances::Pallet::<Runtime>::balance_on_hold(
			&RuntimeHoldReason::SecurityToken(HoldReason::TokenDeposit),
			&account(ISSUER),
		);
		assert_eq!(held, 2 * 100 * UNIT);

		// Bob transfers to Charlie; a checkpoint records the balances.
		assert_ok!(dispatch(
			Bob,
			TokenCall::transfer {
				token: 0,
				to: account(Charlie),
				amount: 300
			}
		));
		assert_ok!(dispatch(ISSUER, TokenCall::create_checkpoint { token: 0 }));
		assert_eq!((balance(0, Bob), balance(0, Charlie)), (700, 300));

		// The freezer freezes Charlie: his transfer fails with a decodable `SenderFrozen` error, and
		// can_transfer gives every reason at once.
		assert_ok!(dispatch(
			FREEZER,
			TokenCall::freeze_account {
				token: 0,
				who: account(Charlie)
			}
		));
		let err = dispatch(
			Charlie,
			TokenCall::transfer {
				token: 0,
				to: account(Bob),
				amount: 500,
			},
		)
		.expect_err("a frozen account cannot send");
		assert_eq!(err, TokenError::<Runtime>::SenderFrozen.into());
		let DispatchError::Module(module_error) = err else {
			panic!("a module error: {err:?}")
		};
		assert_eq!(module_error.index, 50);
		let reasons: Vec<ReasonCode> = runtime_api(
			"can_transfer",
			(0u32, account(Charlie), account(Bob), 500u128),
		);
		assert_eq!(
			reasons,
			vec![ReasonCode::SenderFrozen, ReasonCode::InsufficientBalance]
		);
		assert_eq!(
			reasons.iter().map(|r| r.code()).collect::<Vec<_>>(),
			vec![0x20, 0x30]
		);
		let clean: Vec<ReasonCode> =
			runtime_api("can_transfer", (0u32, account(Bob), account(Alice), 10u128));
		assert!(clean.is_empty());

		// The controller forces 100 back from Charlie (frozen accounts do not stop it).
		let reason: BoundedVec<u8, _> = bv("court order 2026-17");
		assert_ok!(dispatch(
			CONTROLLER,
			TokenCall::force_transfer {
				token: 0,
				from: account(Charlie),
				to: account(Bob),
				amount: 100,
				reason: reason.clone(),
			}
		));
		assert!(
			events().contains(&RuntimeEvent::SecurityToken(TokenEvent::ForcedTransfer {
				token: 0,
				from: account(Charlie),
				to: account(Bob),
				amount: 100,
				unfrozen: 0,
				reason,
				by: Authority::Agent(account(CONTROLLER)),
			}))
		);

		// Charlie lost his key: recovery moves his balance and his freeze to a new account.
		assert_ok!(dispatch(
			CONTROLLER,
			TokenCall::recover {
				token: 0,
				lost: account(Charlie),
				new: account(One)
			}
		));
		assert_eq!((balance(0, Charlie), balance(0, One)), (0, 200));
		let one: AccountPosition<Balance> = runtime_api("position", (0u32, account(One)));
		assert!(one.account_frozen);

		// The checkpoint still answers the balances it recorded.
		let at = |who| runtime_api::<Option<Balance>>("balance_at", (0u32, account(who), 1u32));
		assert_eq!(
			(at(Bob), at(Charlie), at(One)),
			(Some(700), Some(300), Some(0))
		);
		assert_eq!(
			runtime_api::<Option<Balance>>("supply_at", (0u32, 1u32)),
			Some(1_000)
		);
		assert_eq!(runtime_api::<Option<u32>>("holder_count", 0u32), Some(2));

		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn only_the_admin_origin_admits_issuers_and_only_issuers_create_tokens() {
	new_ext("development").execute_with(|| {
		let err = dispatch(
			Alice,
			TokenCall::admit_issuer {
				who: account(Alice),
			},
		)
		.expect_err("a signed account is not the admin");
		assert_eq!(err, DispatchError::BadOrigin);
		let err = dispatch(
			ISSUER,
			TokenCall::create_token {
				definition: Box::new(equity()),
			},
		)
		.expect_err("not admitted yet");
		assert_eq!(err, TokenError::<Runtime>::NotIssuer.into());
	});
}

#[test]
fn no_generic_asset_path_or_xcm_moves_a_security_token() {
	use xcm::latest::prelude::*;
	use xcm_executor::traits::TransactAsset;
	new_ext("development").execute_with(|| {
		setup();
		let bob_location = Location::new(
			0,
			[AccountId32 {
				network: None,
				id: account(Bob).into(),
			}],
		);
		let token_asset: Asset = (
			Location::new(0, [PalletInstance(50), GeneralIndex(0)]),
			500u128,
		)
			.into();

		// The XCM asset transactor knows only VLM: it cannot withdraw the token from Bob.
		type Transactor =
			<vellum_runtime::configs::xcm::XcmConfig as xcm_executor::Config>::AssetTransactor;
		assert!(Transactor::withdraw_asset(&token_asset, &bob_location, None).is_err());

		// Neither a local XCM program nor a cross-chain transfer moves it.
		let program: Xcm<RuntimeCall> = Xcm(vec![
			WithdrawAsset(token_asset.clone().into()),
			DepositAsset {
				assets: All.into(),
				beneficiary: Location::new(
					0,
					[AccountId32 {
						network: None,
						id: account(Charlie).into(),
					}],
				),
			},
		]);
		let execute = RuntimeCall::PolkadotXcm(pallet_xcm::Call::execute {
			message: Box::new(xcm::VersionedXcm::from(program)),
			max_weight: frame_support::weights::Weight::from_parts(1_000_000_000, 100_000),
		});
		// Local XCM execution is off: `execute` weighs `Weight::MAX`, so no block takes it.
		assert_eq!(
			apply(Bob, execute),
			Err(
				sp_runtime::transaction_validity::TransactionValidityError::Invalid(
					sp_runtime::transaction_validity::InvalidTransaction::ExhaustsResources
				)
			)
		);
		let transfer = RuntimeCall::PolkadotXcm(pallet_xcm::Call::transfer_assets {
			dest: Box::new(Location::parent().into()),
			beneficiary: Box::new(bob_location.clone().into()),
			assets: Box::new(token_asset.into()),
			fee_asset_item: 0,
			weight_limit: Unlimited,
		});
		assert!(apply(Bob, transfer).expect("valid extrinsic").is_err());

		assert_eq!((balance(0, Bob), balance(0, Charlie)), (1_000, 0));
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn a_removed_issuer_and_its_agents_can_no_longer_act_on_its_tokens() {
	new_ext("development").execute_with(|| {
		setup();
		assert_ok!(dispatch(
			ISSUER,
			TokenCall::grant_role {
				token: 0,
				who: account(FREEZER),
				role: Role::Supply,
			}
		));
		assert_ok!(council_motion(
			token_call(TokenCall::remove_issuer {
				who: account(ISSUER)
			}),
			&[Alice, Bob]
		));
		let issue = |amount| TokenCall::issue {
			token: 0,
			to: account(Bob),
			amount,
		};
		// The removed issuer issued 5 more units before: now neither it nor its agent can.
		assert_eq!(
			dispatch(ISSUER, issue(5)),
			Err(TokenError::<Runtime>::IssuerRemoved.into())
		);
		assert_eq!(
			dispatch(FREEZER, issue(5)),
			Err(TokenError::<Runtime>::IssuerRemoved.into())
		);
		assert_eq!(
			dispatch(FREEZER, TokenCall::pause { token: 0 }),
			Err(TokenError::<Runtime>::IssuerRemoved.into())
		);
		// Nor administer the token's compliance.
		assert_eq!(
			apply(
				ISSUER,
				RuntimeCall::Compliance(pallet_compliance::Call::pause_rules { token: 0 })
			)
			.expect("the extrinsic is valid"),
			Err(pallet_compliance::Error::<Runtime>::NotComplianceAdmin.into())
		);
		assert_eq!(balance(0, Bob), 1_000);
		// Holders still trade.
		assert_ok!(dispatch(
			Bob,
			TokenCall::transfer {
				token: 0,
				to: account(Charlie),
				amount: 10,
			}
		));
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

/// The network steps in where the issuer cannot: after the council removed the issuer, its
/// motions pause the token, freeze an account, force a transfer (a court order) and hand the
/// token to a new issuer, who pays the deposit; every event says the network acted.
#[test]
fn the_council_pauses_freezes_forces_and_hands_over_a_token_of_a_removed_issuer() {
	new_ext("development").execute_with(|| {
		setup();
		assert_ok!(council_motion(
			token_call(TokenCall::remove_issuer {
				who: account(ISSUER)
			}),
			&[Alice, Bob]
		));
		let network = |call: TokenCall<Runtime>| council_motion(token_call(call), &[Alice, Bob]);
		let emitted = |event: TokenEvent<Runtime>| {
			assert!(
				events().contains(&RuntimeEvent::SecurityToken(event.clone())),
				"{event:?} emitted"
			)
		};

		assert_ok!(network(TokenCall::pause { token: 0 }));
		emitted(TokenEvent::Paused {
			token: 0,
			by: Authority::Network,
		});
		assert_eq!(
			dispatch(
				Bob,
				TokenCall::transfer {
					token: 0,
					to: account(Charlie),
					amount: 1
				}
			),
			Err(TokenError::<Runtime>::TokenPaused.into())
		);

		assert_ok!(network(TokenCall::freeze_account {
			token: 0,
			who: account(Bob)
		}));
		emitted(TokenEvent::AccountFrozen {
			token: 0,
			who: account(Bob),
			by: Authority::Network,
		});

		// A court order: Bob's 100 go to Charlie, past the pause and Bob's freeze.
		let reason: BoundedVec<u8, _> = bv("court order 2026-41");
		assert_ok!(network(TokenCall::force_transfer {
			token: 0,
			from: account(Bob),
			to: account(Charlie),
			amount: 100,
			reason: reason.clone(),
		}));
		emitted(TokenEvent::ForcedTransfer {
			token: 0,
			from: account(Bob),
			to: account(Charlie),
			amount: 100,
			unfrozen: 0,
			reason,
			by: Authority::Network,
		});
		assert_eq!((balance(0, Bob), balance(0, Charlie)), (900, 100));

		// A signed account is not the network, even the removed issuer's freezer.
		assert_eq!(
			dispatch(FREEZER, TokenCall::unpause { token: 0 }),
			Err(TokenError::<Runtime>::IssuerRemoved.into())
		);

		// Hand-over to Eve, admitted first: she pays the deposit, Dave gets his back, and
		// the old agents' roles end.
		let deposit_reason =
			vellum_runtime::RuntimeHoldReason::SecurityToken(HoldReason::TokenDeposit);
		let held = |who: Sr25519Keyring| {
			<vellum_runtime::Balances as InspectHold<_>>::balance_on_hold(
				&deposit_reason,
				&account(who),
			)
		};
		let dave_before = held(ISSUER);
		assert_ok!(network(TokenCall::admit_issuer { who: account(Eve) }));
		assert_ok!(network(TokenCall::hand_over {
			token: 0,
			to: account(Eve)
		}));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::SecurityToken(TokenEvent::TokenHandedOver { token: 0, to, .. })
				if *to == account(Eve)
		)));
		let deposit = vellum_runtime::configs::tokens::TokenDeposit::get();
		assert_eq!(held(Eve), deposit);
		assert_eq!(held(ISSUER), dave_before - deposit);
		assert_eq!(
			dispatch(CONTROLLER, TokenCall::unpause { token: 0 }),
			Err(TokenError::<Runtime>::NoPermission.into())
		);
		// The new issuer acts on its token.
		assert_ok!(dispatch(Eve, TokenCall::unpause { token: 0 }));
		assert_ok!(dispatch(
			Eve,
			TokenCall::unfreeze_account {
				token: 0,
				who: account(Bob)
			}
		));
		assert_ok!(dispatch(
			Bob,
			TokenCall::transfer {
				token: 0,
				to: account(Charlie),
				amount: 1
			}
		));
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

/// Nothing a user stores is free: an allowance holds a deposit from its owner until it is
/// spent or removed, and an account freeze one from the agent that froze, until unfrozen.
#[test]
fn allowances_and_account_freezes_hold_deposits_until_removed() {
	new_ext("development").execute_with(|| {
		setup();
		let held = |reason: HoldReason, who: Sr25519Keyring| {
			<vellum_runtime::Balances as InspectHold<_>>::balance_on_hold(
				&vellum_runtime::RuntimeHoldReason::SecurityToken(reason),
				&account(who),
			)
		};
		let allowance_deposit = vellum_runtime::configs::tokens::AllowanceDeposit::get();
		let freeze_deposit = vellum_runtime::configs::tokens::FreezeDeposit::get();
		assert!(allowance_deposit > 0 && freeze_deposit > 0);

		assert_ok!(dispatch(
			Bob,
			TokenCall::approve {
				token: 0,
				spender: account(Charlie),
				amount: 10
			}
		));
		assert_eq!(held(HoldReason::AllowanceDeposit, Bob), allowance_deposit);
		assert_ok!(dispatch(
			Charlie,
			TokenCall::transfer_from {
				token: 0,
				from: account(Bob),
				to: account(Charlie),
				amount: 10
			}
		));
		assert_eq!(held(HoldReason::AllowanceDeposit, Bob), 0);

		// The freezer freezes an account that holds nothing: it pays for the entry.
		assert_ok!(dispatch(
			FREEZER,
			TokenCall::freeze_account {
				token: 0,
				who: account(One)
			}
		));
		assert_eq!(held(HoldReason::FreezeDeposit, FREEZER), freeze_deposit);
		assert_ok!(dispatch(
			ISSUER,
			TokenCall::unfreeze_account {
				token: 0,
				who: account(One)
			}
		));
		assert_eq!(held(HoldReason::FreezeDeposit, FREEZER), 0);
		SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}
