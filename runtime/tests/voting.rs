//! Voting in the runtime: the issuer proposes a special resolution to replace itself with a
//! record date; Bob follows Charlie and Charlie follows Dave; Dave's aye carries both, flips
//! the lead and extends the deadline; Bob overrides with nay; a transfer after the record date
//! changes no tally; the resolution passes, and after the enactment delay the scheduler hands
//! the token to the new issuer with the holders' origin. A rejected holder proposal burns its
//! deposit; the participation reward is claimed pro rata.

mod common;

use common::{account, apply, council_motion, events, new_ext, runtime_api};
use frame_support::{
	assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Hooks,
	},
};
use pallet_security_token::Call as TokenCall;
use pallet_voting::{
	runtime_api::{AccountPower, CastVote, ResolutionInfo},
	Call as VotingCall, Choice, Outcome, RecordDate, ResolutionKind, ResolutionStatus, Tally,
	Topic,
};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;
use vellum_primitives::security::{CountryCode, SecurityDefinition, TokenId};
use vellum_runtime::{
	configs::voting::{DefaultSettings, ProposalDeposit},
	AccountId, Balance, Balances, BlockNumber, Hash, Runtime, RuntimeCall, RuntimeEvent, Scheduler,
	System, HOURS, UNIT,
};

const ISSUER: Sr25519Keyring = Ferdie;
const NEW_ISSUER: Sr25519Keyring = Eve;
const TOKEN: TokenId = 0;
/// The shares: Alice 50, Bob 100, Charlie 100, Dave 700 (950 votes).
const SHARES: [(Sr25519Keyring, Balance); 4] =
	[(Alice, 50), (Bob, 100), (Charlie, 100), (Dave, 700)];
/// The enactment delay the issuer sets.
const DELAY: BlockNumber = 10;

fn voting(who: Sr25519Keyring, call: VotingCall<Runtime>) -> Result<(), DispatchError> {
	apply(who, RuntimeCall::Voting(call)).expect("the extrinsic is valid")
}

fn token(who: Sr25519Keyring, call: TokenCall<Runtime>) -> Result<(), DispatchError> {
	apply(who, RuntimeCall::SecurityToken(call)).expect("the extrinsic is valid")
}

fn info(index: u32) -> ResolutionInfo<AccountId, Balance, BlockNumber, Hash> {
	runtime_api::<Option<_>>("VotingApi_resolution", index).expect("the resolution exists")
}

fn tally(index: u32) -> Tally {
	info(index).resolution.tally
}

fn voting_events() -> Vec<pallet_voting::Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::Voting(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn issuer_of(t: TokenId) -> Option<AccountId> {
	pallet_security_token::Tokens::<Runtime>::get(t).map(|d| d.issuer)
}

/// The council admits both issuers; the issuer creates the token, issues the shares and
/// shortens its enactment delay; Bob follows Charlie and Charlie follows Dave on every topic.
fn setup() {
	for issuer in [ISSUER, NEW_ISSUER] {
		assert_ok!(council_motion(
			RuntimeCall::SecurityToken(TokenCall::admit_issuer {
				who: account(issuer)
			}),
			&[Alice, Bob]
		));
	}
	assert_ok!(token(
		ISSUER,
		TokenCall::create_token {
			definition: Box::new(SecurityDefinition::plain_equity(
				b"ACME",
				CountryCode(*b"DE"),
				1_000_000
			)),
		}
	));
	for (who, amount) in SHARES {
		assert_ok!(token(
			ISSUER,
			TokenCall::issue {
				token: TOKEN,
				to: account(who),
				amount
			}
		));
	}
	let mut settings = DefaultSettings::get();
	settings.enactment_delay = DELAY;
	assert_ok!(voting(
		ISSUER,
		VotingCall::set_token_settings {
			token: TOKEN,
			settings: Some(settings)
		}
	));
	assert_ok!(voting(
		Bob,
		VotingCall::follow {
			token: TOKEN,
			topic: None,
			followee: Some(account(Charlie))
		}
	));
	assert_ok!(voting(
		Charlie,
		VotingCall::follow {
			token: TOKEN,
			topic: None,
			followee: Some(account(Dave))
		}
	));
}

fn propose(who: Sr25519Keyring, kind: ResolutionKind, topic: Topic, call: Option<RuntimeCall>) {
	assert_ok!(voting(
		who,
		VotingCall::propose {
			token: TOKEN,
			kind,
			topic,
			record: RecordDate::New,
			voting_period: 24 * HOURS,
			call: call.map(Box::new),
			metadata: None,
		}
	));
}

fn vote(who: Sr25519Keyring, resolution: u32, choice: Choice) {
	assert_ok!(voting(who, VotingCall::vote { resolution, choice }));
}

#[test]
fn a_special_resolution_with_followers_replaces_the_issuer_after_the_enactment_delay() {
	new_ext("development").execute_with(|| {
		setup();
		let hand_over = RuntimeCall::SecurityToken(TokenCall::hand_over {
			token: TOKEN,
			to: account(NEW_ISSUER),
		});
		propose(
			ISSUER,
			ResolutionKind::Special,
			Topic::IssuerChange,
			Some(hand_over),
		);
		assert_eq!(info(0).resolution.total, 950);
		let reward = 950 * UNIT;
		assert_ok!(voting(
			ISSUER,
			VotingCall::fund_reward {
				resolution: 0,
				amount: reward
			}
		));

		// Alice leads with nay; Dave's aye carries Charlie and Bob (his followers at the
		// record date), flips the lead and moves the deadline.
		vote(Alice, 0, Choice::Nay);
		let deadline = info(0).resolution.deadline;
		System::set_block_number(20 * HOURS);
		vote(Dave, 0, Choice::Aye);
		assert_eq!(
			tally(0),
			Tally {
				aye: 900,
				nay: 50,
				abstain: 0
			}
		);
		let extended = info(0).resolution.deadline;
		assert!(
			extended > deadline,
			"a flip of the lead late in the vote extends it"
		);
		assert!(
			voting_events().contains(&pallet_voting::Event::DeadlineExtended {
				resolution: 0,
				deadline: extended
			})
		);
		assert_eq!(
			runtime_api::<Option<CastVote<AccountId>>>("VotingApi_vote_of", (0u32, account(Bob))),
			Some(CastVote::Via {
				via: account(Dave),
				choice: Choice::Aye
			})
		);
		assert_eq!(
			runtime_api::<Option<AccountPower>>("VotingApi_power", (0u32, account(Dave))),
			Some(AccountPower {
				own: 700,
				carried: 200
			})
		);

		// A transfer after the record date and a follow changed after it count for nothing.
		assert_ok!(token(
			Dave,
			TokenCall::transfer {
				token: TOKEN,
				to: account(Alice),
				amount: 300
			}
		));
		assert_ok!(voting(
			Charlie,
			VotingCall::follow {
				token: TOKEN,
				topic: None,
				followee: Some(account(Alice))
			}
		));
		assert_eq!(
			tally(0),
			Tally {
				aye: 900,
				nay: 50,
				abstain: 0
			}
		);

		// Bob overrides his followee's vote with his own.
		vote(Bob, 0, Choice::Nay);
		assert_eq!(
			tally(0),
			Tally {
				aye: 800,
				nay: 150,
				abstain: 0
			}
		);
		// 800 of 950 votes are more than three quarters of all: decided before the deadline.
		assert_eq!(info(0).decided, Some(true));
		assert_ok!(voting(Alice, VotingCall::close { resolution: 0 }));
		let closed = System::block_number();
		assert_eq!(
			info(0).resolution.status,
			ResolutionStatus::Closed {
				outcome: Outcome::Passed,
				at: closed
			}
		);
		// Passed: the proposer's deposit is back.
		assert!(voting_events().iter().any(|e| matches!(
			e,
			pallet_voting::Event::Closed {
				resolution: 0,
				outcome: Outcome::Passed,
				deposit_burned: 0,
				..
			}
		)));

		// Nothing happens before the delay; then the holders' origin hands the token over.
		let at = closed + DELAY + 1;
		for n in [at - 1, at] {
			System::set_block_number(n);
			Scheduler::on_initialize(n);
			if n < at {
				assert_eq!(issuer_of(TOKEN), Some(account(ISSUER)));
			}
		}
		assert_eq!(issuer_of(TOKEN), Some(account(NEW_ISSUER)));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::SecurityToken(pallet_security_token::Event::TokenHandedOver {
				token: TOKEN,
				..
			})
		)));

		// Everyone whose power counted claims pro rata to it: Bob 100 of 950.
		let before = Balances::balance(&account(Bob));
		assert_ok!(voting(Bob, VotingCall::claim_reward { resolution: 0 }));
		let claimed = voting_events()
			.into_iter()
			.find_map(|e| match e {
				pallet_voting::Event::RewardClaimed { amount, .. } => Some(amount),
				_ => None,
			})
			.expect("Bob claimed");
		assert_eq!(claimed, reward * 100 / 950);
		assert!(Balances::balance(&account(Bob)) > before);
		assert_eq!(
			voting(Bob, VotingCall::claim_reward { resolution: 0 }),
			Err(pallet_voting::Error::<Runtime>::AlreadyClaimed.into())
		);
	});
}

#[test]
fn a_rejected_holder_proposal_burns_its_deposit() {
	new_ext("development").execute_with(|| {
		setup();
		// Alice holds 50 of 950 shares, above the 5% threshold.
		let issuance = Balances::total_issuance();
		propose(Alice, ResolutionKind::Ordinary, Topic::Custom, None);
		vote(Dave, 0, Choice::Nay);
		assert_eq!(info(0).decided, Some(false));
		assert_ok!(voting(Bob, VotingCall::close { resolution: 0 }));
		assert_eq!(info(0).outcome, Outcome::Rejected);
		assert!(voting_events().iter().any(|e| matches!(
			e,
			pallet_voting::Event::Closed { resolution: 0, outcome: Outcome::Rejected, deposit_burned, .. }
				if *deposit_burned == ProposalDeposit::get()
		)));
		// The reject cost is burned (transaction fees are burned too: no treasury).
		assert!(Balances::total_issuance() <= issuance - ProposalDeposit::get());
		let reason =
			vellum_runtime::RuntimeHoldReason::Voting(pallet_voting::HoldReason::ProposalDeposit);
		assert_eq!(Balances::balance_on_hold(&reason, &account(Alice)), 0);
	});
}

#[test]
fn holders_act_only_through_a_passed_resolution_on_their_own_token() {
	new_ext("development").execute_with(|| {
		setup();
		// No signed account, holder or not, holds the holders' powers.
		assert_eq!(
			token(
				Dave,
				TokenCall::hand_over {
					token: TOKEN,
					to: account(NEW_ISSUER)
				}
			),
			Err(DispatchError::BadOrigin)
		);
		// The holders' origin of another token cannot pause this one.
		let origin: vellum_runtime::RuntimeOrigin =
			pallet_voting::Origin::TokenHolders { token: TOKEN + 1 }.into();
		assert_eq!(
			pallet_security_token::Pallet::<Runtime>::pause(origin, TOKEN),
			Err(DispatchError::BadOrigin)
		);
		let origin: vellum_runtime::RuntimeOrigin =
			pallet_voting::Origin::TokenHolders { token: TOKEN }.into();
		assert_ok!(pallet_security_token::Pallet::<Runtime>::pause(
			origin, TOKEN
		));
	});
}
