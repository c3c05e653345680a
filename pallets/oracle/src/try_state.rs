//! The invariants of the pallet's storage, checked after every unit test and by `try-runtime`.

use crate::{
	BalanceOf, Config, Feeds, FundId, HoldReason, NextQuestionId, OpenQuestions, Pallet, Phase,
	Questions, Reporters, Reports, Stakes, Standings,
};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{ensure, traits::Get};
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::{oracle::QuestionId, security::TokenId};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - what is held from each account as a reporter's bond is its active bond plus its
	///   unbonding parts; its unbonding parts are within bounds; its feed count is the number of
	///   feeds it reports on, and its `at_risk` the sum of its standings' (non-zero exactly while
	///   their streak is);
	/// - every feed's reporter count is its number of report entries (at most
	///   `MaxReportersPerFeed`), every report entry is of a feed and of an admitted reporter
	///   (on at most `MaxFeedsPerReporter` feeds), every standing of a feed; the feed deposits
	///   held from each issuer are its feeds';
	/// - the pallet's account holds as feed rewards the feeds' pots and their unclaimed
	///   rewards, and as dispute stakes everything staked on questions less what was paid out
	///   and burned;
	/// - every question's id was given out; the question deposits held from each issuer are
	///   its unresolved questions'; the open-question count of each token is its unresolved
	///   questions; a question is open exactly while it has no round, its rounds are within
	///   `MaxDisputeRounds + 1` and name distinct crowdfunds below `next_fund`, as do its open
	///   disputes, each below its required stake and within `MaxContributors`;
	/// - the stakes recorded on each question add up to what it says was staked while it is
	///   unresolved (per filled round, per open dispute, per staker), each account's within
	///   `MaxStakesPerAccount`; for a resolved question, what was paid out, burned and is still
	///   owed (stakes to return, what is left of the pool) add up to everything staked on it,
	///   and once every stake is claimed, payouts and burn alone do.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let pallet = Self::account_id();
		let held = |reason: HoldReason, who: &T::AccountId| -> BalanceOf<T> {
			T::Currency::balance_on_hold(&reason.into(), who)
		};

		// Feeds, reports and standings.
		let mut feeds_of: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut risk_of: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut rewards: BalanceOf<T> = Zero::zero();
		let mut feed_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (key, feed) in Feeds::<T>::iter() {
			let members: Vec<T::AccountId> = Reports::<T>::iter_key_prefix(&key).collect();
			ensure!(
				feed.reporters == members.len() as u32,
				"a feed's reporter count is not its reports"
			);
			ensure!(
				feed.reporters <= T::MaxReportersPerFeed::get(),
				"a feed has too many reporters"
			);
			rewards = rewards.saturating_add(feed.pot);
			for m in members {
				ensure!(
					Reporters::<T>::contains_key(&m),
					"a feed's reporter is not a reporter"
				);
				let n = feeds_of.entry(m).or_default();
				*n = n.saturating_add(1);
			}
			if let Some(creator) = feed.creator {
				let d = feed_deposits.entry(creator).or_default();
				*d = d.saturating_add(feed.deposit);
			} else {
				ensure!(feed.deposit.is_zero(), "the network paid a feed deposit");
			}
		}
		for (key, _) in Reports::<T>::iter_keys() {
			ensure!(
				Feeds::<T>::contains_key(&key),
				"a report of an unknown feed"
			);
		}
		for (key, who, standing) in Standings::<T>::iter() {
			ensure!(
				Reports::<T>::contains_key(&key, &who),
				"a standing of a reporter not on the feed"
			);
			ensure!(
				standing.streak > 0 || standing.at_risk.is_zero(),
				"something is at risk without a streak"
			);
			ensure!(
				standing.streak < T::OutlierRounds::get().max(1),
				"a streak outlasted its slash"
			);
			rewards = rewards.saturating_add(standing.unclaimed);
			let r = risk_of.entry(who).or_default();
			*r = r.saturating_add(standing.at_risk);
		}
		ensure!(
			held(HoldReason::FeedRewards, &pallet) == rewards,
			"feed rewards held are not the pots and unclaimed rewards"
		);

		// Reporters.
		for (who, info) in Reporters::<T>::iter() {
			ensure!(
				held(HoldReason::ReporterBond, &who) == info.held(),
				"a reporter's bond held is not its bond and unbonding parts"
			);
			ensure!(
				info.feeds == feeds_of.get(&who).copied().unwrap_or(0),
				"a reporter's feed count is not its feeds"
			);
			ensure!(
				info.feeds <= T::MaxFeedsPerReporter::get(),
				"a reporter is on too many feeds"
			);
			ensure!(
				info.at_risk == risk_of.get(&who).copied().unwrap_or_default(),
				"a reporter's risk is not its streaks'"
			);
			ensure!(
				info.unlocking.iter().all(|c| !c.amount.is_zero()),
				"an empty unbonding part"
			);
		}
		for (creator, deposit) in &feed_deposits {
			ensure!(
				held(HoldReason::FeedDeposit, creator) == *deposit,
				"feed deposits held are not the creator's feeds'"
			);
		}

		// Stakes, by question.
		struct Tally<B> {
			total: B,
			per_fund: BTreeMap<FundId, (B, u32)>,
			owed: B,
			shares: B,
			records: u32,
		}
		let mut tallies: BTreeMap<QuestionId, Tally<BalanceOf<T>>> = BTreeMap::new();
		for (_, id, stakes) in Stakes::<T>::iter() {
			let q = Questions::<T>::get(id).ok_or("a stake on an unknown question")?;
			ensure!(
				stakes.len() as u32 <= T::MaxStakesPerAccount::get() && !stakes.is_empty(),
				"a stake record out of bounds"
			);
			let t = tallies.entry(id).or_insert(Tally {
				total: Zero::zero(),
				per_fund: BTreeMap::new(),
				owed: Zero::zero(),
				shares: Zero::zero(),
				records: 0,
			});
			t.records = t.records.saturating_add(1);
			for s in stakes.iter() {
				t.total = t.total.saturating_add(s.amount);
				let f = t.per_fund.entry(s.fund).or_insert((Zero::zero(), 0));
				f.0 = f.0.saturating_add(s.amount);
				f.1 = f.1.saturating_add(1);
				if let Some(settlement) = &q.settlement {
					match q.filled(s.fund) {
						None => t.owed = t.owed.saturating_add(s.amount),
						Some(o) if o == settlement.outcome => {
							t.owed = t.owed.saturating_add(s.amount);
							if !settlement.refund {
								t.shares = t.shares.saturating_add(s.amount);
							}
						}
						Some(_) => {
							if settlement.refund {
								t.shares = t.shares.saturating_add(s.amount);
							}
						}
					}
				}
			}
		}

		// Questions.
		let next = NextQuestionId::<T>::get();
		let mut held_stakes: BalanceOf<T> = Zero::zero();
		let mut question_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut open_of: BTreeMap<TokenId, u32> = BTreeMap::new();
		for (id, q) in Questions::<T>::iter() {
			ensure!(id < next, "a question id not given out");
			ensure!(
				(q.phase == Phase::Open) == q.rounds.is_empty(),
				"a question is open exactly while unreported"
			);
			ensure!(
				q.rounds.len() as u32 <= T::MaxDisputeRounds::get().saturating_add(1),
				"too many rounds"
			);
			let mut funds: Vec<FundId> = q
				.rounds
				.iter()
				.map(|r| r.fund)
				.chain(q.crowdfunds.iter().map(|c| c.fund))
				.collect();
			ensure!(
				funds.iter().all(|f| *f < q.next_fund.max(1)),
				"a crowdfund id not given out"
			);
			funds.sort_unstable();
			let len = funds.len();
			funds.dedup();
			ensure!(funds.len() == len, "a crowdfund filled twice or still open");
			if q.phase != Phase::Resolved {
				if let Some(asker) = &q.asker {
					let d = question_deposits.entry(asker.clone()).or_default();
					*d = d.saturating_add(q.deposit);
				}
				if let Some(token) = q.token {
					let n = open_of.entry(token).or_default();
					*n = n.saturating_add(1);
				}
			}
			ensure!(
				q.phase == Phase::Disputable || q.crowdfunds.is_empty(),
				"disputes open on a question not disputable"
			);
			let tally = tallies.remove(&id);
			let staked = tally.as_ref().map(|t| t.total).unwrap_or_default();
			match &q.settlement {
				None => {
					ensure!(q.phase != Phase::Resolved, "resolved without a settlement");
					ensure!(
						staked == q.total_staked,
						"the stakes on a question are not what it says was staked"
					);
					held_stakes = held_stakes.saturating_add(q.total_staked);
					let per_fund = tally.map(|t| t.per_fund).unwrap_or_default();
					for r in q.rounds.iter() {
						ensure!(
							per_fund.get(&r.fund).map(|f| f.0) == Some(r.stake),
							"a round's stake is not its stakers'"
						);
					}
					for c in q.crowdfunds.iter() {
						ensure!(
							per_fund.get(&c.fund).copied() == Some((c.raised, c.contributors)),
							"a dispute's stake is not its stakers'"
						);
						ensure!(
							c.raised < Self::required_stake(&q, &c.outcome),
							"an open dispute is filled"
						);
						ensure!(
							c.contributors <= T::MaxContributors::get(),
							"a dispute has too many stakers"
						);
					}
				}
				Some(s) => {
					ensure!(
						q.phase == Phase::Resolved,
						"a settlement of an unresolved question"
					);
					let (owed, shares, records) = tally
						.map(|t| (t.owed, t.shares, t.records))
						.unwrap_or_default();
					ensure!(
						s.paid
							.saturating_add(s.burned)
							.saturating_add(owed)
							.saturating_add(s.pool_left)
							== q.total_staked,
						"payouts, burn and what is owed are not everything staked"
					);
					ensure!(
						s.shares_left == shares,
						"the pool's shares are not the stakes owed it"
					);
					if records == 0 {
						ensure!(
							s.paid.saturating_add(s.burned) == q.total_staked,
							"payouts and burn are not everything staked"
						);
					}
					held_stakes = held_stakes.saturating_add(
						q.total_staked
							.saturating_sub(s.paid)
							.saturating_sub(s.burned),
					);
				}
			}
		}
		ensure!(tallies.is_empty(), "stakes on a question not stored");
		ensure!(
			held(HoldReason::DisputeStake, &pallet) == held_stakes,
			"dispute stakes held are not the questions' open stakes"
		);
		for (asker, deposit) in &question_deposits {
			ensure!(
				held(HoldReason::QuestionDeposit, asker) == *deposit,
				"question deposits held are not the asker's open questions'"
			);
		}
		for (token, n) in OpenQuestions::<T>::iter() {
			ensure!(
				open_of.get(&token).copied().unwrap_or(0) == n,
				"a token's open-question count is not its open questions"
			);
			ensure!(
				n <= T::MaxOpenQuestionsPerToken::get(),
				"a token has too many open questions"
			);
		}
		for (token, n) in open_of {
			ensure!(
				OpenQuestions::<T>::get(token) == n,
				"a token's open questions are not counted"
			);
		}
		Ok(())
	}
}
