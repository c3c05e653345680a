//! The oracle in the runtime: reporters admitted by a council motion bond VLM and feed a
//! token's NAV, served as the median and marked stale when they stop; a question about the
//! token is reported, disputed twice, escalated and decided by a council motion, and the
//! winners claim the losers' stake less the part burned.

mod common;

use common::{
	account, admit_issuer_and_trust, apply, council_motion, events, new_ext, runtime_api,
};
use frame_support::{assert_ok, traits::fungible::Inspect, BoundedVec};
use pallet_oracle::{Call as OracleCall, FeedConfig, QuestionKind};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{DispatchError, Perbill};
use vellum_primitives::{
	oracle::{FeedKey, Freshness, Outcome, PriceQuote, QuestionId, Unit},
	security::{CountryCode, SecurityDefinition, TokenId},
};
use vellum_runtime::{
	configs::oracle::{DesignatedBond, MinReporterBond, QuestionDeposit},
	Balance, Balances, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, System,
};

const ISSUER: Sr25519Keyring = Charlie;
const REPORTERS: [Sr25519Keyring; 3] = [Dave, Eve, Ferdie];
const TOKEN: TokenId = 0;
/// Blocks a NAV report stays fresh.
const MAX_AGE: BlockNumber = 20;
const NO: Outcome = Outcome::Category(0);
const YES: Outcome = Outcome::Category(1);

fn dispatch(who: Sr25519Keyring, call: OracleCall<Runtime>) -> Result<(), DispatchError> {
	apply(who, RuntimeCall::Oracle(call)).expect("the extrinsic is valid")
}

fn go_to(block: BlockNumber) {
	System::set_block_number(block);
}

fn price() -> Option<PriceQuote<BlockNumber>> {
	runtime_api("OracleApi_price", FeedKey::Nav(TOKEN))
}

fn required_stake(id: QuestionId, outcome: Outcome) -> Balance {
	runtime_api::<Option<Balance>>("OracleApi_required_stake", (id, outcome))
		.expect("the question is disputable for it")
}

fn oracle_events() -> Vec<pallet_oracle::Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::Oracle(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// The council admits the three reporters, each bonds the minimum; the council admits the
/// issuer, which creates its token.
fn setup() {
	admit_issuer_and_trust(ISSUER, Alice);
	assert_ok!(apply(
		ISSUER,
		RuntimeCall::SecurityToken(pallet_security_token::Call::create_token {
			definition: Box::new(SecurityDefinition::plain_equity(
				b"FUND",
				CountryCode(*b"DE"),
				1_000_000
			)),
		})
	)
	.expect("valid"));
	for reporter in REPORTERS {
		assert_ok!(council_motion(
			RuntimeCall::Oracle(OracleCall::admit_reporter {
				who: account(reporter)
			}),
			&[Alice, Bob]
		));
		assert_ok!(dispatch(
			reporter,
			OracleCall::bond {
				amount: MinReporterBond::get()
			}
		));
	}
}

#[test]
fn three_reporters_feed_a_nav_that_goes_stale_when_they_stop() {
	new_ext("development").execute_with(|| {
		setup();
		// The issuer creates its token's NAV feed, fresh with two reports of the last 20
		// blocks, holding the feed deposit.
		let reserved_before = Balances::total_balance(&account(ISSUER));
		assert_ok!(dispatch(
			ISSUER,
			OracleCall::create_feed {
				key: FeedKey::Nav(TOKEN),
				config: FeedConfig {
					unit: Unit {
						code: *b"EUR",
						decimals: 2,
					},
					min_reports: 2,
					max_age: MAX_AGE,
					band: Perbill::from_percent(2),
					reward_per_round: 0,
				},
			}
		));
		assert!(Balances::total_balance(&account(ISSUER)) <= reserved_before);
		// Nobody else may create the NAV feed of the issuer's token.
		assert!(dispatch(
			Dave,
			OracleCall::create_feed {
				key: FeedKey::Nav(TOKEN),
				config: FeedConfig {
					unit: Unit {
						code: *b"EUR",
						decimals: 2
					},
					min_reports: 1,
					max_age: 1,
					band: Perbill::from_percent(2),
					reward_per_round: 0,
				},
			}
		)
		.is_err());
		for reporter in REPORTERS {
			assert_ok!(dispatch(
				reporter,
				OracleCall::join_feed {
					key: FeedKey::Nav(TOKEN)
				}
			));
		}
		// NAV 101.00, 100.50 and a colluder's 150.00: the median is honest.
		for (reporter, value) in [(Dave, 10_100u128), (Eve, 10_050), (Ferdie, 15_000)] {
			assert_ok!(dispatch(
				reporter,
				OracleCall::submit {
					values: BoundedVec::truncate_from(vec![(FeedKey::Nav(TOKEN), value)]),
				}
			));
		}
		let quote = price().expect("the feed has reports");
		assert_eq!(quote.value, 10_100);
		assert_eq!(quote.reports, 3);
		assert_eq!(quote.freshness, Freshness::Fresh);
		// The reporters stop: once their reports age out the feed says it is stale.
		go_to(1 + MAX_AGE + 1);
		let quote = price().expect("the feed has reports");
		assert!(
			matches!(quote.freshness, Freshness::Stale { .. }),
			"{quote:?}"
		);
		assert!(!quote.is_fresh());
	});
}

#[test]
fn a_disputed_question_escalates_to_the_council_and_winners_split_the_losing_stake() {
	new_ext("development").execute_with(|| {
		setup();
		// The issuer asks whether its coupon was paid, Dave designated to report at block 10.
		let id: QuestionId = 0;
		assert_ok!(dispatch(
			ISSUER,
			OracleCall::ask {
				token: Some(TOKEN),
				kind: QuestionKind::Categorical(BoundedVec::truncate_from(vec![
					BoundedVec::truncate_from(b"no".to_vec()),
					BoundedVec::truncate_from(b"yes".to_vec()),
				])),
				terms: [7; 32],
				designated: account(Dave),
				resolves_at: 10,
			}
		));
		go_to(10);
		assert_ok!(dispatch(
			Dave,
			OracleCall::report {
				question: id,
				outcome: YES
			}
		));
		// Eve disputes for NO, then Ferdie for YES, each with Augur's required stake
		// (2 * all staked - 3 * staked on the outcome disputed for).
		let eve_stake = required_stake(id, NO);
		assert_eq!(eve_stake, 2 * DesignatedBond::get());
		assert_ok!(dispatch(
			Eve,
			OracleCall::dispute {
				question: id,
				outcome: NO,
				amount: eve_stake
			}
		));
		let ferdie_stake = required_stake(id, YES);
		assert_eq!(
			ferdie_stake,
			2 * (DesignatedBond::get() + eve_stake) - 3 * DesignatedBond::get()
		);
		assert_ok!(dispatch(
			Ferdie,
			OracleCall::dispute {
				question: id,
				outcome: YES,
				amount: ferdie_stake
			}
		));
		// After the second dispute only the council decides.
		assert!(oracle_events()
			.iter()
			.any(|e| matches!(e, pallet_oracle::Event::Escalated { id: 0, .. })));
		go_to(10_000);
		assert!(dispatch(Alice, OracleCall::finalize { question: id }).is_err());
		assert!(dispatch(
			Alice,
			OracleCall::decide {
				question: id,
				outcome: NO
			}
		)
		.is_err());

		let issuance = Balances::total_issuance();
		let dave_before_motion = Balances::free_balance(account(Dave));
		assert_ok!(council_motion(
			RuntimeCall::Oracle(OracleCall::decide {
				question: id,
				outcome: YES
			}),
			&[Alice, Bob]
		));
		// A fifth of Eve's losing stake is burned; the rest is the winners' to share. The
		// question deposit goes to Dave, whose initial report stood.
		let burned = eve_stake / 5;
		assert_eq!(Balances::total_issuance(), issuance - burned);
		assert!(oracle_events().contains(&pallet_oracle::Event::Resolved {
			id,
			outcome: YES,
			by_network: true,
			burned,
			deposit_to: Some(account(Dave)),
		}));
		assert_eq!(
			Balances::free_balance(account(Dave)),
			dave_before_motion + QuestionDeposit::get()
		);

		// Anyone claims for the stakers: by stake, Dave 100 and Ferdie 300 of the 400 on YES.
		let pool = eve_stake - burned;
		let total_yes = DesignatedBond::get() + ferdie_stake;
		let claimed = |who: Sr25519Keyring| {
			System::reset_events();
			assert_ok!(dispatch(
				Alice,
				OracleCall::claim {
					question: id,
					staker: account(who)
				}
			));
			oracle_events()
				.into_iter()
				.find_map(|e| match e {
					pallet_oracle::Event::Claimed { amount, .. } => Some(amount),
					_ => None,
				})
				.expect("a claim event")
		};
		let dave_free = Balances::free_balance(account(Dave));
		assert_eq!(
			claimed(Dave),
			DesignatedBond::get() + pool * DesignatedBond::get() / total_yes
		);
		assert_eq!(
			Balances::free_balance(account(Dave)),
			dave_free + DesignatedBond::get() + pool * DesignatedBond::get() / total_yes
		);
		// Ferdie's is the last claim of the winners: it takes what rounding left.
		assert_eq!(
			claimed(Ferdie),
			ferdie_stake + pool - pool * DesignatedBond::get() / total_yes
		);
		// Eve lost her stake: claiming her record pays nothing.
		assert_eq!(claimed(Eve), 0);
	});
}
