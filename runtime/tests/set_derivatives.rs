//! Baskets in the runtime: a REIT basket of three real-estate tokens. Bob issues and redeems
//! it; a leg refused by a component's compliance (Bob deny-listed on one property) refuses
//! the whole call, the dry run names the component, and Bob still redeems to another account
//! that qualifies; the NAV comes from the oracle's NAV feeds and goes stale when a feed stops;
//! a rebalance takes effect only after a resolution of the basket's holders passes, and its
//! participant carries it out at oracle prices.

mod common;

use common::{
	account, admit_issuer_and_trust, apply, council_motion, events, fresh_block_budget, new_ext,
	runtime_api,
};
use frame_support::{assert_ok, traits::Hooks, BoundedVec};
use pallet_compliance::{Condition, Requirement};
use pallet_oracle::{Call as OracleCall, FeedConfig};
use pallet_security_token::Call as TokenCall;
use pallet_set_derivatives::{
	runtime_api::{BasketInfo, DryRun, NavInfo},
	BasketId, Call as BasketCall, Component, ComponentsOf,
};
use pallet_voting::{Call as VotingCall, Choice, RecordDate, ResolutionKind, Topic};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{DispatchError, Perbill};
use vellum_primitives::{
	oracle::{FeedKey, Unit},
	security::{CountryCode, InstrumentTerms, Label, Redemption, SecurityDefinition, TokenId},
};
use vellum_runtime::{
	configs::{oracle::MinReporterBond, voting::DefaultSettings},
	AccountId, Balance, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, Scheduler, SetDerivatives,
	System,
};

/// The issuer of the three property tokens.
const PROPERTIES: Sr25519Keyring = Ferdie;
/// The REIT's manager: the issuer of the basket token.
const MANAGER: Sr25519Keyring = Eve;
/// The oracle's reporter of every NAV feed.
const REPORTER: Sr25519Keyring = Dave;
/// The authorised participant of the rebalance.
const PARTICIPANT: Sr25519Keyring = Alice;
/// The three properties, then the one the rebalance brings in.
const OFFICE: TokenId = 0;
const HOTEL: TokenId = 1;
const HOUSING: TokenId = 2;
const LOGISTICS: TokenId = 3;
/// The basket token (created after the four properties).
const REIT: TokenId = 4;
const BASKET: BasketId = 0;
/// Blocks a NAV report stays fresh.
const MAX_AGE: BlockNumber = 50;

fn call(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	apply(who, call).expect("the extrinsic is valid")
}

fn token(who: Sr25519Keyring, c: TokenCall<Runtime>) -> Result<(), DispatchError> {
	call(who, RuntimeCall::SecurityToken(c))
}

/// A basket call, in a block with its full budget (see `fresh_block_budget`).
fn basket(who: Sr25519Keyring, c: BasketCall<Runtime>) -> Result<(), DispatchError> {
	fresh_block_budget();
	call(who, RuntimeCall::SetDerivatives(c))
}

fn balance(t: TokenId, who: &AccountId) -> Balance {
	pallet_security_token::Holdings::<Runtime>::get(t, who).map_or(0, |h| h.balance)
}

fn vault() -> AccountId {
	SetDerivatives::vault_account()
}

fn info() -> BasketInfo<AccountId, Balance, Balance, BlockNumber> {
	runtime_api::<Option<_>>("SetDerivativesApi_basket", BASKET).expect("the basket exists")
}

fn nav() -> NavInfo<BlockNumber> {
	runtime_api::<Option<_>>("SetDerivativesApi_nav", BASKET).expect("the basket exists")
}

fn components(list: &[(TokenId, Balance)]) -> ComponentsOf<Runtime> {
	BoundedVec::truncate_from(
		list.iter()
			.map(|&(token, units)| Component { token, units })
			.collect(),
	)
}

/// The property issuer puts `who` on the hotel's lists `flags` (0: off every list).
fn set_listed(who: &AccountId, flags: u8) {
	assert_ok!(call(
		PROPERTIES,
		RuntimeCall::Compliance(pallet_compliance::Call::set_lists {
			token: HOTEL,
			entries: BoundedVec::truncate_from(vec![(
				who.clone(),
				pallet_compliance::ListFlags::from_bits(flags)
			)]),
		})
	));
}

fn go_to(n: BlockNumber) {
	System::set_block_number(n);
	Scheduler::on_initialize(n);
}

/// Reports `value` (EUR cents per unit) as the NAV of `t`.
fn report(t: TokenId, value: u128) {
	assert_ok!(call(
		REPORTER,
		RuntimeCall::Oracle(OracleCall::submit {
			values: BoundedVec::truncate_from(vec![(FeedKey::Nav(t), value)]),
		})
	));
}

/// The council admits the property issuer and the manager; the issuer creates four property
/// tokens and gives Bob 1 000 of each of the first three and the participant 1 000 of the
/// fourth; the manager creates the REIT (10 office, 20 hotel and 5 housing units per natural
/// unit of 10 basket units, 1% a year); the council admits the reporter, who feeds every
/// property's NAV (created by the network, fresh with one report of the last 50 blocks).
fn setup() {
	admit_issuer_and_trust(PROPERTIES, Charlie);
	assert_ok!(council_motion(
		RuntimeCall::SecurityToken(TokenCall::admit_issuer {
			who: account(MANAGER)
		}),
		&[Alice, Bob]
	));
	for symbol in [&b"OFFICE"[..], b"HOTEL", b"HOUSING", b"LOGISTIC"] {
		assert_ok!(token(
			PROPERTIES,
			TokenCall::create_token {
				definition: Box::new(SecurityDefinition::plain_equity(
					symbol,
					CountryCode(*b"DE"),
					1_000_000
				)),
			}
		));
	}
	for (t, to) in [
		(OFFICE, Bob),
		(HOTEL, Bob),
		(HOUSING, Bob),
		(LOGISTICS, PARTICIPANT),
	] {
		assert_ok!(token(
			PROPERTIES,
			TokenCall::issue {
				token: t,
				to: account(to),
				amount: 1_000
			}
		));
	}
	let mut reit = SecurityDefinition::plain_equity(b"REIT", CountryCode(*b"LU"), 1_000_000_000);
	reit.terms = InstrumentTerms::FundUnits {
		fund_kind: Label::truncate_from(b"REIT".to_vec()),
		open_ended: true,
	};
	reit.redemption = Redemption::Never;
	assert_ok!(basket(
		MANAGER,
		BasketCall::create_basket {
			components: components(&[(OFFICE, 10), (HOTEL, 20), (HOUSING, 5)]),
			natural_unit: 10,
			fee: Perbill::from_percent(1),
			definition: Box::new(reit),
		}
	));
	assert_eq!(info().token, REIT);

	assert_ok!(council_motion(
		RuntimeCall::Oracle(OracleCall::admit_reporter {
			who: account(REPORTER)
		}),
		&[Alice, Bob]
	));
	assert_ok!(call(
		REPORTER,
		RuntimeCall::Oracle(OracleCall::bond {
			amount: MinReporterBond::get()
		})
	));
	for t in [OFFICE, HOTEL, HOUSING, LOGISTICS] {
		assert_ok!(council_motion(
			RuntimeCall::Oracle(OracleCall::create_feed {
				key: FeedKey::Nav(t),
				config: FeedConfig {
					unit: Unit {
						code: *b"EUR",
						decimals: 2
					},
					min_reports: 1,
					max_age: MAX_AGE,
					band: Perbill::from_percent(2),
					reward_per_round: 0,
				},
			}),
			&[Alice, Bob]
		));
		assert_ok!(call(
			REPORTER,
			RuntimeCall::Oracle(OracleCall::join_feed {
				key: FeedKey::Nav(t)
			})
		));
	}
}

#[test]
fn bob_issues_and_redeems_the_reit_basket_and_a_refused_leg_refuses_the_call() {
	new_ext("development").execute_with(|| {
		setup();
		let bob = account(Bob);
		// Issue 30 units: 3 natural units of 10 office, 20 hotel, 5 housing each.
		assert_ok!(basket(
			Bob,
			BasketCall::issue {
				basket: BASKET,
				quantity: 30
			}
		));
		assert_eq!(balance(REIT, &bob), 30);
		for (t, moved) in [(OFFICE, 30), (HOTEL, 60), (HOUSING, 15)] {
			assert_eq!(balance(t, &bob), 1_000 - moved);
			assert_eq!(
				balance(t, &vault()),
				moved,
				"the vault holds the components"
			);
		}
		let view = info();
		assert_eq!(view.supply, 30);
		assert_eq!(view.vault, vault());
		// Not a multiple of the natural unit.
		assert_eq!(
			basket(
				Bob,
				BasketCall::issue {
					basket: BASKET,
					quantity: 15
				}
			),
			Err(pallet_set_derivatives::Error::<Runtime>::NotNaturalUnitMultiple.into())
		);

		// The hotel's rules refuse deny-listed senders and receivers, and its issuer
		// deny-lists Bob: his next issue is refused whole, with the compliance pallet's own
		// error, and nothing moves.
		let not_denied = || BoundedVec::truncate_from(vec![Condition::NotDenyListed]);
		assert_ok!(call(
			PROPERTIES,
			RuntimeCall::Compliance(pallet_compliance::Call::set_requirements {
				token: HOTEL,
				requirements: BoundedVec::truncate_from(vec![Requirement {
					sender: not_denied(),
					receiver: not_denied(),
				}]),
			})
		));
		set_listed(&bob, pallet_compliance::ListFlags::DENY);
		let refused = basket(
			Bob,
			BasketCall::issue {
				basket: BASKET,
				quantity: 10,
			},
		);
		let Err(DispatchError::Module(e)) = refused else {
			panic!("refused by a component's rules, got {refused:?}")
		};
		assert_eq!(
			e.index, 51,
			"the error is the compliance pallet's: {refused:?}"
		);
		assert_eq!(balance(REIT, &bob), 30);
		assert_eq!(balance(OFFICE, &vault()), 30, "the office leg was undone");
		// The dry run names the hotel leg, and only it.
		let dry: DryRun<Balance> = runtime_api::<Option<_>>(
			"SetDerivativesApi_dry_run_issue",
			(BASKET, bob.clone(), 10u128),
		)
		.expect("the basket exists");
		assert_eq!(dry.result, refused);
		let failing: Vec<TokenId> = dry
			.legs
			.iter()
			.filter(|l| l.error.is_some())
			.map(|l| l.token)
			.collect();
		assert_eq!(failing, vec![HOTEL]);

		// Redeeming to himself is refused too (the hotel would reach him), but he redeems
		// to Charlie, whom the hotel's rules admit; the basket units are burned first.
		let charlie = account(Charlie);
		assert!(basket(
			Bob,
			BasketCall::redeem {
				basket: BASKET,
				quantity: 10,
				to: None,
				forgo: BoundedVec::new(),
			}
		)
		.is_err());
		assert_ok!(basket(
			Bob,
			BasketCall::redeem {
				basket: BASKET,
				quantity: 10,
				to: Some(charlie.clone()),
				forgo: BoundedVec::new(),
			}
		));
		assert_eq!(balance(REIT, &bob), 20);
		// Rounded down: the fee accrued since the issue left a little less per unit.
		let got = [OFFICE, HOTEL, HOUSING].map(|t| balance(t, &charlie));
		assert!(got[0] <= 10 && got[1] <= 20 && got[2] <= 5, "{got:?}");
		assert!(got[0] >= 9 && got[1] >= 19 && got[2] >= 4, "{got:?}");
		// Off the deny list, Bob redeems the rest to himself: the vault keeps only what the
		// fee units are owed.
		set_listed(&bob, 0);
		assert_ok!(basket(
			Bob,
			BasketCall::redeem {
				basket: BASKET,
				quantity: 20,
				to: None,
				forgo: BoundedVec::new(),
			}
		));
		assert_eq!(balance(REIT, &bob), 0);
		let view = info();
		assert_eq!(
			view.supply,
			pallet_security_token::Tokens::<Runtime>::get(REIT)
				.unwrap()
				.supply
		);
		for c in &view.components {
			assert!(c.held >= c.needed, "never under-collateralised: {c:?}");
		}
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::SetDerivatives(pallet_set_derivatives::Event::Redeemed { .. })
		)));
	});
}

#[test]
fn nav_comes_from_the_oracle_and_a_rebalance_needs_the_holders_resolution() {
	new_ext("development").execute_with(|| {
		setup();
		let bob = account(Bob);
		assert_ok!(basket(
			Bob,
			BasketCall::issue {
				basket: BASKET,
				quantity: 100
			}
		));
		// No NAV before the prices.
		assert_eq!(nav().per_natural_unit, None);
		// Office 100.00, hotel 50.00, housing 80.00, logistics 80.00 EUR per unit.
		for (t, cents) in [
			(OFFICE, 10_000),
			(HOTEL, 5_000),
			(HOUSING, 8_000),
			(LOGISTICS, 8_000),
		] {
			report(t, cents);
		}
		let n = nav();
		assert!(n.fresh);
		// 10 x 100 + 20 x 50 + 5 x 80 = 2 400.00 EUR per natural unit.
		assert_eq!(n.per_natural_unit, Some(240_000));
		assert_eq!(n.total, Some(10 * 240_000));
		assert_eq!(
			n.unit,
			Some(Unit {
				code: *b"EUR",
				decimals: 2
			})
		);

		// The manager proposes to swap housing for logistics with the participant.
		assert_ok!(basket(
			MANAGER,
			BasketCall::propose_rebalance {
				basket: BASKET,
				components: components(&[(OFFICE, 10), (HOTEL, 20), (LOGISTICS, 5)]),
				participant: account(PARTICIPANT),
				max_slippage: Perbill::from_percent(1),
			}
		));
		// Not approved yet: the participant cannot carry it out.
		assert_eq!(
			basket(
				PARTICIPANT,
				BasketCall::execute_rebalance {
					basket: BASKET,
					id: 0
				}
			),
			Err(pallet_set_derivatives::Error::<Runtime>::NotApproved.into())
		);
		// Nor can the manager approve it itself.
		assert!(basket(
			MANAGER,
			BasketCall::approve_rebalance {
				basket: BASKET,
				id: 0
			}
		)
		.is_err());

		// The manager shortens the REIT's enactment delay; Bob, its only holder, proposes the
		// approval and votes it through.
		let mut settings = DefaultSettings::get();
		settings.enactment_delay = 5;
		assert_ok!(call(
			MANAGER,
			RuntimeCall::Voting(VotingCall::set_token_settings {
				token: REIT,
				settings: Some(settings)
			})
		));
		let approve = RuntimeCall::SetDerivatives(BasketCall::approve_rebalance {
			basket: BASKET,
			id: 0,
		});
		assert_ok!(call(
			Bob,
			RuntimeCall::Voting(VotingCall::propose {
				token: REIT,
				kind: ResolutionKind::Ordinary,
				topic: Topic::Ordinary,
				record: RecordDate::New,
				voting_period: vellum_runtime::HOURS,
				call: Some(Box::new(approve)),
				metadata: None,
			})
		));
		assert_ok!(call(
			Bob,
			RuntimeCall::Voting(VotingCall::vote {
				resolution: 0,
				choice: Choice::Aye
			})
		));
		assert_ok!(call(
			Bob,
			RuntimeCall::Voting(VotingCall::close { resolution: 0 })
		));
		let closed = System::block_number();
		for n in closed + 1..=closed + 6 {
			go_to(n);
		}
		assert!(
			info().rebalance.and_then(|r| r.approved_until).is_some(),
			"the holders' resolution approved it"
		);

		// The prices are fresh; the participant delivers 50 logistics and receives the 50
		// housing units (the fee accrued since the issue lowers both alike).
		for (t, cents) in [(HOUSING, 8_000), (LOGISTICS, 8_000)] {
			report(t, cents);
		}
		let alice = account(PARTICIPANT);
		assert_ok!(basket(
			PARTICIPANT,
			BasketCall::execute_rebalance {
				basket: BASKET,
				id: 0
			}
		));
		let view = info();
		let tokens: Vec<TokenId> = view.components.iter().map(|c| c.token).collect();
		assert_eq!(tokens, vec![OFFICE, HOTEL, LOGISTICS]);
		assert_eq!(balance(HOUSING, &vault()), 0);
		assert!(balance(HOUSING, &alice) > 0);
		assert_eq!(
			balance(LOGISTICS, &vault()),
			1_000 - balance(LOGISTICS, &alice)
		);
		for c in &view.components {
			assert!(c.held >= c.needed, "never under-collateralised: {c:?}");
		}

		// The logistics feed stops: once its report ages out there is no NAV.
		go_to(System::block_number() + MAX_AGE + 1);
		for t in [OFFICE, HOTEL] {
			report(t, 10_000);
		}
		let n = nav();
		assert!(!n.fresh);
		assert_eq!(n.per_natural_unit, None);
		// Bob's units stayed what they were through the swap.
		assert_eq!(balance(REIT, &bob), 100);
	});
}

/// The weight a successful extrinsic was charged after its refund (the last one applied).
fn last_used_weight() -> frame_support::weights::Weight {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { dispatch_info }) => {
				Some(dispatch_info.weight)
			}
			_ => None,
		})
		.last()
		.expect("the extrinsic succeeded")
}

/// The issue's cost goal, from the weights of one benchmark run (each pallet's `weights.rs`):
/// issuing a basket of 10 components, every one with a KYC rule on both sides, costs no more
/// than 10 compliant transfers of the same tokens plus one issuance. Both sides move each
/// token to an account that did not hold it (the vault; Dave), and the basket has no fee, so
/// no fee units are issued. Prints the figures (`--nocapture`).
#[test]
fn a_ten_component_issue_costs_no_more_than_ten_transfers_and_an_issuance() {
	use pallet_compliance::{Call as ComplianceCall, ClaimTopic};
	new_ext("development").execute_with(|| {
		admit_issuer_and_trust(PROPERTIES, Charlie);
		assert_ok!(council_motion(
			RuntimeCall::SecurityToken(TokenCall::admit_issuer {
				who: account(MANAGER)
			}),
			&[Alice, Bob]
		));
		let fund = SetDerivatives::basket_account(BASKET).expect("derivable");
		for subject in [account(Bob), account(Dave), fund] {
			assert_ok!(call(
				Charlie,
				RuntimeCall::Compliance(ComplianceCall::add_claim {
					subject,
					topic: ClaimTopic::Kyc,
					expiry: None,
					evidence: None,
				})
			));
		}
		let kyc = || {
			BoundedVec::truncate_from(vec![Condition::HasClaim {
				topic: ClaimTopic::Kyc,
				issuers: Default::default(),
			}])
		};
		let tokens: Vec<TokenId> = (0..10).collect();
		for t in &tokens {
			assert_ok!(token(
				PROPERTIES,
				TokenCall::create_token {
					definition: Box::new(SecurityDefinition::plain_equity(
						b"PROP",
						CountryCode(*b"DE"),
						1_000_000
					)),
				}
			));
			assert_ok!(call(
				PROPERTIES,
				RuntimeCall::Compliance(ComplianceCall::set_requirements {
					token: *t,
					requirements: BoundedVec::truncate_from(vec![Requirement {
						sender: kyc(),
						receiver: kyc(),
					}]),
				})
			));
			assert_ok!(token(
				PROPERTIES,
				TokenCall::issue {
					token: *t,
					to: account(Bob),
					amount: 1_000
				}
			));
		}
		// One issuance of a token to a holder it did not have, as the basket token's is.
		assert_ok!(token(
			PROPERTIES,
			TokenCall::issue {
				token: 0,
				to: account(Dave),
				amount: 1
			}
		));
		let issuance = last_used_weight();
		let mut reit = SecurityDefinition::plain_equity(b"REIT", CountryCode(*b"LU"), 1_000_000);
		reit.terms = InstrumentTerms::FundUnits {
			fund_kind: Label::truncate_from(b"REIT".to_vec()),
			open_ended: true,
		};
		reit.redemption = Redemption::Never;
		let list: Vec<(TokenId, Balance)> = tokens.iter().map(|t| (*t, 1)).collect();
		assert_ok!(basket(
			MANAGER,
			BasketCall::create_basket {
				components: components(&list),
				natural_unit: 1,
				fee: Perbill::zero(),
				definition: Box::new(reit),
			}
		));
		assert_ok!(basket(
			Bob,
			BasketCall::issue {
				basket: BASKET,
				quantity: 1
			}
		));
		let basket_issue = last_used_weight();

		// Ten transfers of the same tokens to Dave, who holds none of tokens 1-9 (token 0 he
		// holds from the issuance above: its transfer is the cheaper one of an existing
		// holder, so token 0 goes to Eve, who holds none).
		let mut transfers = frame_support::weights::Weight::zero();
		for t in &tokens {
			let to = if *t == 0 { Eve } else { Dave };
			if *t == 0 {
				assert_ok!(call(
					Charlie,
					RuntimeCall::Compliance(ComplianceCall::add_claim {
						subject: account(Eve),
						topic: ClaimTopic::Kyc,
						expiry: None,
						evidence: None,
					})
				));
			}
			assert_ok!(token(
				Bob,
				TokenCall::transfer {
					token: *t,
					to: account(to),
					amount: 1
				}
			));
			transfers = transfers.saturating_add(last_used_weight());
		}
		let goal = transfers.saturating_add(issuance);
		println!(
			"issue of a 10-component basket: {} ps ref_time, {} bytes proof; \
			 10 compliant transfers: {} ps, {} bytes; one issuance: {} ps, {} bytes; \
			 ratio to the goal: {:.2}x ref_time, {:.2}x proof",
			basket_issue.ref_time(),
			basket_issue.proof_size(),
			transfers.ref_time(),
			transfers.proof_size(),
			issuance.ref_time(),
			issuance.proof_size(),
			basket_issue.ref_time() as f64 / goal.ref_time() as f64,
			basket_issue.proof_size() as f64 / goal.proof_size() as f64,
		);
		assert!(
			basket_issue.all_lte(goal),
			"{basket_issue:?} against 10 transfers and an issuance, {goal:?}"
		);
	});
}
