//! Settings, proposing, closing, deposits, early decision, wait-for-quiet

use super::*;

#[test]
fn the_issuer_proposes_with_a_new_record_date_and_pays_the_deposit() {
	run(|| {
		let t = token_with(&[(BOB, 60), (CHARLIE, 40)]);
		let r = propose(t);
		let stored = res(r);
		assert_eq!(
			stored.record, 1,
			"the proposal took the token's first checkpoint"
		);
		assert_eq!(stored.total, 100);
		assert_eq!(stored.votes_per_unit, 1);
		assert_eq!(stored.thresholds, default_settings().ordinary);
		assert_eq!(stored.deadline, 1 + PERIOD);
		assert_eq!(stored.proposer, Proposer::Issuer(ISSUER));
		assert_eq!(held(HoldReason::ProposalDeposit, ISSUER), PROPOSAL_DEPOSIT);
		assert_eq!(Active::<Test>::get(t).total, 1);
		assert_eq!(Active::<Test>::get(t).by_holders, 0);
		assert_eq!(
			last_event(),
			Event::Proposed {
				resolution: r,
				token: t,
				kind: ResolutionKind::Ordinary,
				topic: Topic::Ordinary,
				record: 1,
				proposer: Proposer::Issuer(ISSUER),
				deposit: PROPOSAL_DEPOSIT,
				total: 100,
				deadline: 1 + PERIOD,
			}
		);
	});
}

#[test]
fn holders_above_the_threshold_and_the_network_propose() {
	run(|| {
		let t = token_with(&[(BOB, 10), (CHARLIE, 9), (DAVE, 81)]);
		let cp = checkpoint(t);
		// 10% of 100: BOB may, CHARLIE may not.
		let r = propose_as(
			signed(BOB),
			t,
			ResolutionKind::Special,
			Topic::Special,
			RecordDate::Existing(cp),
			None,
		)
		.unwrap();
		assert_eq!(res(r).proposer, Proposer::Holder(BOB));
		assert_eq!(res(r).thresholds, default_settings().special);
		assert_eq!(res(r).record, cp, "an existing record date");
		assert_eq!(held(HoldReason::ProposalDeposit, BOB), PROPOSAL_DEPOSIT);
		assert_eq!(Active::<Test>::get(t).by_holders, 1);
		assert_refused(
			|| {
				propose_as(
					signed(CHARLIE),
					t,
					ResolutionKind::Ordinary,
					Topic::Ordinary,
					RecordDate::New,
					None,
				)
				.map(|_| ())
			},
			Error::<Test>::NotAllowedToPropose,
		);
		// The network: no deposit.
		let r = propose_on(t, ResolutionKind::Ordinary, Topic::Custom);
		assert_eq!(res(r).proposer, Proposer::Network);
		assert_eq!(res(r).deposit, 0);
		assert_eq!(Active::<Test>::get(t).total, 2);
	});
}

#[test]
fn a_removed_issuer_proposes_only_as_a_holder() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		assert_ok!(SecurityToken::remove_issuer(RuntimeOrigin::root(), ISSUER));
		assert_refused(
			|| {
				propose_as(
					signed(ISSUER),
					t,
					ResolutionKind::Ordinary,
					Topic::Ordinary,
					RecordDate::New,
					None,
				)
				.map(|_| ())
			},
			Error::<Test>::NotAllowedToPropose,
		);
	});
}

#[test]
fn proposals_are_refused_for_bad_input() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let non_voting = new_token(ISSUER, 0);
		issue(non_voting, BOB, 10);
		let empty = new_token(ISSUER, 1);
		let p = |origin: RuntimeOrigin, t: TokenId, record: RecordDate, period: u64| {
			Voting::propose(
				origin,
				t,
				ResolutionKind::Ordinary,
				Topic::Ordinary,
				record,
				period,
				None,
				None,
			)
		};
		assert_refused(
			|| p(signed(ISSUER), UNKNOWN, RecordDate::New, PERIOD),
			Error::<Test>::UnknownToken,
		);
		assert_refused(
			|| p(signed(ISSUER), non_voting, RecordDate::New, PERIOD),
			Error::<Test>::NonVotingToken,
		);
		assert_refused(
			|| p(signed(ISSUER), t, RecordDate::New, MIN_PERIOD - 1),
			Error::<Test>::BadVotingPeriod,
		);
		assert_refused(
			|| p(signed(ISSUER), t, RecordDate::New, MAX_PERIOD + 1),
			Error::<Test>::BadVotingPeriod,
		);
		assert_refused(
			|| p(signed(ISSUER), t, RecordDate::Existing(1), PERIOD),
			Error::<Test>::UnknownCheckpoint,
		);
		assert_refused(
			|| p(signed(ISSUER), t, RecordDate::Existing(0), PERIOD),
			Error::<Test>::UnknownCheckpoint,
		);
		// (Refused after taking the checkpoint, which the dispatch rolls back.)
		assert_eq!(
			p(signed(ISSUER), empty, RecordDate::New, PERIOD),
			Err(Error::<Test>::NoVotingPower.into())
		);
		assert_refused(
			|| p(signed(VAULT), t, RecordDate::New, PERIOD),
			Error::<Test>::CustodianAccount,
		);
		assert_refused(
			|| p(RuntimeOrigin::none(), t, RecordDate::New, PERIOD),
			DispatchError::BadOrigin,
		);
		// A pruned checkpoint is refused.
		let first = checkpoint(t);
		for _ in 0..MAX_CHECKPOINTS {
			checkpoint(t);
		}
		assert_refused(
			|| p(signed(ISSUER), t, RecordDate::Existing(first), PERIOD),
			Error::<Test>::UnknownCheckpoint,
		);
		// A proposer without the deposit.
		assert_ok!(SecurityToken::transfer(signed(BOB), t, NOBODY, 50));
		assert!(p(signed(NOBODY), t, RecordDate::New, PERIOD).is_err());
	});
}

#[test]
fn a_call_longer_than_128_bytes_is_refused() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let long = RuntimeCall::System(frame_system::Call::remark {
			remark: vec![0; 200],
		});
		assert_refused(
			|| {
				propose_as(
					signed(ISSUER),
					t,
					ResolutionKind::Ordinary,
					Topic::Ordinary,
					RecordDate::New,
					Some(long),
				)
				.map(|_| ())
			},
			Error::<Test>::CallTooLong,
		);
		let short = RuntimeCall::Probe(pallet_probe::Call::act { token: t });
		let r = propose_as(
			signed(ISSUER),
			t,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::New,
			Some(short),
		)
		.unwrap();
		assert!(res(r).has_call);
		assert!(ResolutionCalls::<Test>::contains_key(r));
	});
}

#[test]
fn open_resolutions_are_bounded_and_holders_leave_room() {
	run(|| {
		let t = token_with(&[(BOB, 50), (CHARLIE, 50)]);
		for who in [BOB, CHARLIE] {
			propose_as(
				signed(who),
				t,
				ResolutionKind::Ordinary,
				Topic::Ordinary,
				RecordDate::New,
				None,
			)
			.unwrap();
		}
		// Holders filled their share; the issuer still finds room.
		assert_refused(
			|| {
				propose_as(
					signed(BOB),
					t,
					ResolutionKind::Ordinary,
					Topic::Ordinary,
					RecordDate::New,
					None,
				)
				.map(|_| ())
			},
			Error::<Test>::TooManyHolderProposals,
		);
		let r = propose(t);
		assert_refused(
			|| {
				propose_as(
					RuntimeOrigin::root(),
					t,
					ResolutionKind::Ordinary,
					Topic::Ordinary,
					RecordDate::New,
					None,
				)
				.map(|_| ())
			},
			Error::<Test>::TooManyActive,
		);
		// Closing one frees its place.
		past_deadline(r);
		close(r);
		assert_eq!(Active::<Test>::get(t).total, MAX_ACTIVE - 1);
		propose_on(t, ResolutionKind::Ordinary, Topic::Ordinary);
	});
}

#[test]
fn the_issuer_sets_the_token_settings() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let mut s = default_settings();
		s.ordinary.quorum = Perbill::from_percent(40);
		s.enactment_delay = 7;
		assert_ok!(Voting::set_token_settings(signed(ISSUER), t, Some(s)));
		assert_eq!(
			last_event(),
			Event::TokenSettingsSet {
				token: t,
				settings: Some(s)
			}
		);
		let r = propose(t);
		assert_eq!(res(r).thresholds.quorum, Perbill::from_percent(40));
		assert_eq!(res(r).enactment_delay, 7);
		// A later change does not touch a resolution already proposed.
		assert_ok!(Voting::set_token_settings(signed(ISSUER), t, None));
		assert_eq!(res(r).thresholds.quorum, Perbill::from_percent(40));
		assert_eq!(Voting::settings_of(t), default_settings());
		assert!(crate::Settings::<Test>::get(t).is_none());
	});
}

#[test]
fn token_settings_are_refused_out_of_bounds_or_from_others() {
	run(|| {
		let t = token_with(&[(BOB, 100)]);
		let s = default_settings();
		assert_refused(
			|| Voting::set_token_settings(signed(BOB), t, Some(s)),
			Error::<Test>::NotIssuer,
		);
		assert_refused(
			|| Voting::set_token_settings(signed(ISSUER), UNKNOWN, Some(s)),
			Error::<Test>::UnknownToken,
		);
		assert_refused(
			|| Voting::set_token_settings(RuntimeOrigin::none(), t, Some(s)),
			DispatchError::BadOrigin,
		);
		let bad = [
			TokenSettings {
				ordinary: Thresholds {
					approval: Perbill::from_percent(49),
					..s.ordinary
				},
				..s
			},
			TokenSettings {
				special: Thresholds {
					approval: Perbill::from_percent(50),
					..s.special
				},
				..s
			},
			TokenSettings {
				special: Thresholds {
					quorum: Perbill::from_percent(10),
					..s.special
				},
				..s
			},
			TokenSettings {
				claim_period: MAX_DELAY + 1,
				..s
			},
			TokenSettings {
				enactment_delay: MAX_DELAY + 1,
				..s
			},
		];
		for b in bad {
			assert_refused(
				|| Voting::set_token_settings(signed(ISSUER), t, Some(b)),
				Error::<Test>::InvalidSettings,
			);
		}
	});
}

#[test]
fn a_passed_resolution_returns_the_deposit() {
	run(|| {
		let t = token_with(&[(BOB, 60), (CHARLIE, 40)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Nay);
		past_deadline(r);
		let before = free(ISSUER);
		close(r);
		assert_eq!(outcome(r), Some(Outcome::Passed));
		assert_eq!(held(HoldReason::ProposalDeposit, ISSUER), 0);
		assert_eq!(free(ISSUER), before + PROPOSAL_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Closed {
				resolution: r,
				outcome: Outcome::Passed,
				tally: t3(60, 40, 0),
				deposit_returned: PROPOSAL_DEPOSIT,
				deposit_burned: 0,
			}
		);
		assert_eq!(Active::<Test>::get(t).total, 0);
		assert!(!Active::<Test>::contains_key(t), "no empty count is stored");
	});
}

#[test]
fn a_rejected_resolution_burns_the_deposit() {
	run(|| {
		let t = token_with(&[(BOB, 50), (CHARLIE, 50)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		vote(CHARLIE, r, Choice::Nay);
		past_deadline(r);
		let issuance = Balances::total_issuance();
		let before = free(ISSUER);
		close(r);
		assert_eq!(outcome(r), Some(Outcome::Rejected), "a tie is no majority");
		assert_eq!(held(HoldReason::ProposalDeposit, ISSUER), 0);
		assert_eq!(free(ISSUER), before, "nothing returned");
		assert_eq!(Balances::total_issuance(), issuance - PROPOSAL_DEPOSIT);
		assert!(matches!(
			last_event(),
			Event::Closed {
				deposit_burned: PROPOSAL_DEPOSIT,
				deposit_returned: 0,
				..
			}
		));
	});
}

#[test]
fn a_failed_quorum_returns_the_deposit_only_within_the_tolerance() {
	run(|| {
		// Ordinary quorum 20%, tolerance 5%: 15 of 100 is within, 14 is not.
		let t = token_with(&[(BOB, 15), (CHARLIE, 14), (DAVE, 71)]);
		let within = propose(t);
		let outside = propose(t);
		vote(BOB, within, Choice::Aye);
		vote(CHARLIE, outside, Choice::Aye);
		past_deadline(outside);
		close(within);
		assert_eq!(outcome(within), Some(Outcome::QuorumFailed));
		assert_eq!(held(HoldReason::ProposalDeposit, ISSUER), PROPOSAL_DEPOSIT);
		close(outside);
		assert_eq!(outcome(outside), Some(Outcome::QuorumFailed));
		assert_eq!(held(HoldReason::ProposalDeposit, ISSUER), 0);
		assert!(matches!(
			last_event(),
			Event::Closed {
				deposit_burned: PROPOSAL_DEPOSIT,
				..
			}
		));
	});
}

#[test]
fn close_is_refused_while_undecided_and_once_closed() {
	run(|| {
		let t = token_with(&[(BOB, 30), (CHARLIE, 70)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		assert_refused(
			|| Voting::close(signed(NOBODY), r),
			Error::<Test>::NotDecided,
		);
		assert_refused(
			|| Voting::close(signed(NOBODY), 9),
			Error::<Test>::UnknownResolution,
		);
		assert_refused(
			|| Voting::close(RuntimeOrigin::none(), r),
			DispatchError::BadOrigin,
		);
		past_deadline(r);
		close(r);
		assert_refused(
			|| Voting::close(signed(NOBODY), r),
			Error::<Test>::NotOngoing,
		);
	});
}

#[test]
fn an_absolute_majority_for_decides_early() {
	run(|| {
		// Ordinary: quorum 20%, more than half. 51 of 100 aye passes whatever the rest does.
		let t = token_with(&[(BOB, 50), (CHARLIE, 1), (DAVE, 49)]);
		let r = propose(t);
		vote(BOB, r, Choice::Aye);
		assert_refused(
			|| Voting::close(signed(NOBODY), r),
			Error::<Test>::NotDecided,
		);
		assert_eq!(Voting::api_resolution(r).unwrap().decided, None);
		vote(CHARLIE, r, Choice::Aye);
		assert_eq!(Voting::api_resolution(r).unwrap().decided, Some(true));
		close(r);
		assert_eq!(outcome(r), Some(Outcome::Passed));
	});
}

#[test]
fn a_blocking_minority_decides_early_against() {
	run(|| {
		// Special: quorum 50%, 75%: 26 of 100 nay blocks.
		let t = token_with(&[(BOB, 25), (CHARLIE, 1), (DAVE, 74)]);
		let r = propose_on(t, ResolutionKind::Special, Topic::Special);
		vote(BOB, r, Choice::Nay);
		assert_refused(
			|| Voting::close(signed(NOBODY), r),
			Error::<Test>::NotDecided,
		);
		vote(CHARLIE, r, Choice::Nay);
		assert_eq!(Voting::api_resolution(r).unwrap().decided, Some(false));
		close(r);
		// Closed early on a blocking minority, with the quorum not met: failed quorum.
		assert_eq!(outcome(r), Some(Outcome::QuorumFailed));
	});
}

#[test]
fn a_late_flip_of_the_lead_extends_the_deadline() {
	run(|| {
		let t = token_with(&[(BOB, 40), (CHARLIE, 50), (DAVE, 10)]);
		let r = propose(t);
		let initial = res(r).deadline;
		assert_eq!(initial, 101);
		// An early flip (aye leads from nothing) does not extend.
		vote(BOB, r, Choice::Aye);
		assert_eq!(res(r).deadline, initial);
		// A flip two blocks before the deadline: now + W + (initial - elapsed) / 2.
		run_to(99);
		vote(CHARLIE, r, Choice::Nay);
		assert_eq!(res(r).deadline, 99 + WFQ + (PERIOD - 98) / 2);
		assert_eq!(
			last_event(),
			Event::Voted {
				resolution: r,
				who: CHARLIE,
				choice: Choice::Nay,
				counted: 50
			}
		);
		assert!(events().contains(&Event::DeadlineExtended {
			resolution: r,
			deadline: 110
		}));
		// Votes that do not flip the lead do not extend.
		vote(DAVE, r, Choice::Nay);
		assert_eq!(res(r).deadline, 110);
		// The voting stays open until the new deadline, never past created + initial + 2W.
		run_to(109);
		vote(CHARLIE, r, Choice::Abstain);
		assert!(res(r).deadline <= 1 + PERIOD + 2 * WFQ);
		assert!(res(r).deadline > 110);
	});
}

#[test]
fn power_beyond_u128_is_refused() {
	run(|| {
		use vellum_primitives::security::{CountryCode, InstrumentTerms, SecurityDefinition};
		let mut def = SecurityDefinition::plain_equity(b"HUGE", CountryCode(*b"US"), u128::MAX);
		if let InstrumentTerms::Equity {
			votes_per_share, ..
		} = &mut def.terms
		{
			*votes_per_share = u32::MAX;
		}
		let t = pallet_security_token::NextTokenId::<Test>::get();
		assert_ok!(SecurityToken::create_token(signed(ISSUER), Box::new(def)));
		issue(t, BOB, u128::MAX / 2);
		assert_eq!(
			propose_as(
				signed(ISSUER),
				t,
				ResolutionKind::Ordinary,
				Topic::Ordinary,
				RecordDate::New,
				None
			),
			Err(Error::<Test>::Overflow.into())
		);
	});
}

#[test]
fn the_network_cancels_an_open_resolution() {
	run(|| {
		let t = token_with(&[(BOB, 60), (CHARLIE, 40)]);
		let call = RuntimeCall::Probe(pallet_probe::Call::act { token: t });
		let r = propose_as(
			signed(BOB),
			t,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::New,
			Some(call),
		)
		.unwrap();
		assert_ok!(Voting::fund_reward(signed(ISSUER), r, 100));
		vote(BOB, r, Choice::Aye);
		assert_refused(
			|| Voting::cancel(signed(ISSUER), r, false),
			DispatchError::BadOrigin,
		);
		assert_refused(
			|| Voting::cancel(RuntimeOrigin::root(), 9, false),
			Error::<Test>::UnknownResolution,
		);
		let before = free(BOB);
		assert_ok!(Voting::cancel(RuntimeOrigin::root(), r, false));
		assert_eq!(
			last_event(),
			Event::Cancelled {
				resolution: r,
				deposit_returned: PROPOSAL_DEPOSIT,
				deposit_burned: 0
			}
		);
		assert_eq!(free(BOB), before + PROPOSAL_DEPOSIT);
		assert_eq!(outcome(r), Some(Outcome::Cancelled));
		assert!(!ResolutionCalls::<Test>::contains_key(r));
		assert_eq!(Active::<Test>::get(t).total, 0);
		assert_refused(
			|| Voting::cancel(RuntimeOrigin::root(), r, false),
			Error::<Test>::NotOngoing,
		);
		assert_refused(
			|| Voting::vote(signed(CHARLIE), r, Choice::Nay),
			Error::<Test>::NotOngoing,
		);
		assert_refused(
			|| Voting::close(signed(NOBODY), r),
			Error::<Test>::NotOngoing,
		);
		// No rewards: the funder takes its reward back at once, and the records go.
		assert_refused(
			|| Voting::claim_reward(signed(BOB), r),
			Error::<Test>::ClaimPeriodOver,
		);
		assert_ok!(Voting::reclaim_reward(signed(NOBODY), r));
		assert_eq!(held(HoldReason::RewardFund, ISSUER), 0);
		assert_ok!(Voting::clear_resolution(signed(NOBODY), r, 10));
		assert!(!Resolutions::<Test>::contains_key(r));
		run_to(10);
		assert!(
			pallet_probe::Acted::<Test>::get().is_empty(),
			"the call was dropped"
		);
	});
}

#[test]
fn the_network_may_burn_a_spam_resolutions_deposit() {
	run(|| {
		let t = token_with(&[(BOB, 60), (CHARLIE, 40)]);
		let r = propose_as(
			signed(BOB),
			t,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::New,
			None,
		)
		.unwrap();
		let issuance = Balances::total_issuance();
		assert_ok!(Voting::cancel(RuntimeOrigin::root(), r, true));
		assert_eq!(held(HoldReason::ProposalDeposit, BOB), 0);
		assert_eq!(Balances::total_issuance(), issuance - PROPOSAL_DEPOSIT);
		assert!(matches!(
			last_event(),
			Event::Cancelled {
				deposit_burned: PROPOSAL_DEPOSIT,
				..
			}
		));
	});
}
