//! The runtime API of the oracle: what wallets, issuers, reporters and explorers ask, its
//! result types, and the `Pallet::api_*` functions the runtime answers it with.

use crate::{
	BalanceOf, Config, FeedConfig, Feeds, FundId, Pallet, Phase, QuestionKind, Questions,
	Reporters, Reports, Round, Settlement, Stakes, Standings,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::{
	oracle::{FeedKey, Outcome, OutcomeStatus, PriceQuote, QuestionId},
	security::TokenId,
};

/// One reporter's last report on a feed.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ReportInfo<AccountId, BlockNumber> {
	/// The reporter.
	pub reporter: AccountId,
	/// Its last value and block (`None`: nothing reported yet).
	pub last: Option<(u128, BlockNumber)>,
	/// Whether that report is fresh now.
	pub fresh: bool,
	/// Its outlier streak.
	pub streak: u32,
}

/// A feed with its quote and every reporter's last report.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct FeedInfo<AccountId, Balance, BlockNumber> {
	/// The feed.
	pub key: FeedKey,
	/// How it is read and rewarded.
	pub config: FeedConfig<Balance, BlockNumber>,
	/// The issuer who created it (`None`: the network).
	pub creator: Option<AccountId>,
	/// The creator's deposit.
	pub deposit: Balance,
	/// Rewards not yet given to rounds.
	pub pot: Balance,
	/// The last round closed.
	pub last_closed: Option<u32>,
	/// The current round.
	pub current_round: u32,
	/// Its value now, with its freshness (`None`: never reported).
	pub quote: Option<PriceQuote<BlockNumber>>,
	/// Every reporter's last report; the fresh ones make a fresh quote.
	pub reports: Vec<ReportInfo<AccountId, BlockNumber>>,
}

/// A dispute being filled.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct DisputeInfo<Balance> {
	/// Its crowdfund.
	pub fund: FundId,
	/// The outcome it disputes for.
	pub outcome: Outcome,
	/// Staked so far.
	pub raised: Balance,
	/// The stake that fills it.
	pub required: Balance,
	/// Distinct stakers so far.
	pub contributors: u32,
}

/// A question and where it stands.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct QuestionInfo<AccountId, Balance, BlockNumber> {
	/// The question.
	pub id: QuestionId,
	/// The issuer who asked it (`None`: the network).
	pub asker: Option<AccountId>,
	/// The token it is about.
	pub token: Option<TokenId>,
	/// Category labels of a categorical question (empty for a scalar one).
	pub labels: Vec<Vec<u8>>,
	/// The range of a scalar question.
	pub range: Option<(i128, i128)>,
	/// Hash of its terms.
	pub terms: [u8; 32],
	/// Its designated reporter.
	pub designated: AccountId,
	/// The block from which it may be reported.
	pub resolves_at: BlockNumber,
	/// The block from which any reporter may report it.
	pub open_reporting_from: BlockNumber,
	/// The asker's deposit (the initial reporter's reward).
	pub deposit: Balance,
	/// Where it is in its life.
	pub phase: Phase,
	/// What consumers see.
	pub status: OutcomeStatus,
	/// Successful disputes so far (the round of the tentative outcome).
	pub round: u32,
	/// The first block at which the current round can no longer be disputed (while
	/// disputable).
	pub window_end: Option<BlockNumber>,
	/// Filled rounds, the initial report first.
	pub rounds: Vec<Round<Balance>>,
	/// Disputes being filled in the current round.
	pub disputes: Vec<DisputeInfo<Balance>>,
	/// The stake a dispute for a new outcome (one nobody staked on) needs.
	pub required_for_new_outcome: Option<Balance>,
	/// Everything staked on it.
	pub total_staked: Balance,
	/// How its stakes are paid out, once resolved.
	pub settlement: Option<Settlement<Balance>>,
}

/// A reporter (or any staker): its bond, its open stakes and what it may claim.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ReporterView<Balance, BlockNumber> {
	/// Whether it is an admitted reporter.
	pub admitted: bool,
	/// Its active bond.
	pub bond: Balance,
	/// Parts being unbonded and the block each is released from.
	pub unlocking: Vec<(Balance, BlockNumber)>,
	/// What its outlier streaks put at risk.
	pub at_risk: Balance,
	/// The feeds it reports on.
	pub feeds: Vec<FeedKey>,
	/// Its stakes on questions not yet resolved.
	pub open_stakes: Vec<(QuestionId, Balance)>,
	/// What a claim would pay it now, per resolved question.
	pub claimable_stakes: Vec<(QuestionId, Balance)>,
	/// Its rewards to claim, per feed.
	pub claimable_rewards: Vec<(FeedKey, Balance)>,
}

sp_api::decl_runtime_apis! {
	/// Queries of the oracle.
	pub trait OracleApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A feed's value with its freshness (`None`: unknown or never reported).
		fn price(key: FeedKey) -> Option<PriceQuote<BlockNumber>>;

		/// A feed with its quote and its reporters' last reports.
		fn feed(key: FeedKey) -> Option<FeedInfo<AccountId, Balance, BlockNumber>>;

		/// A question: state, tentative outcome, round, deadlines, disputes.
		fn question(id: QuestionId) -> Option<QuestionInfo<AccountId, Balance, BlockNumber>>;

		/// The stake a dispute of the question for `outcome` needs in all now (`None`: not
		/// disputable for it).
		fn required_stake(id: QuestionId, outcome: Outcome) -> Option<Balance>;

		/// A reporter's bond, open stakes and claimable rewards.
		fn reporter(who: AccountId) -> ReporterView<Balance, BlockNumber>;
	}
}

impl<T: Config> Pallet<T> {
	/// `OracleApi::price`.
	pub fn api_price(key: FeedKey) -> Option<PriceQuote<BlockNumberFor<T>>> {
		Self::quote(&key)
	}

	/// `OracleApi::feed`.
	pub fn api_feed(
		key: FeedKey,
	) -> Option<FeedInfo<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let feed = Feeds::<T>::get(&key)?;
		let now = frame_system::Pallet::<T>::block_number();
		let reports = Reports::<T>::iter_prefix(&key)
			.map(|(reporter, r)| ReportInfo {
				streak: Standings::<T>::get(&key, &reporter).streak,
				reporter,
				last: r.last().map(|l| (l.value, l.at)),
				fresh: r
					.last()
					.is_some_and(|l| now.saturating_sub(l.at) <= feed.config.max_age),
			})
			.collect();
		Some(FeedInfo {
			quote: Self::quote(&key),
			key,
			config: feed.config,
			creator: feed.creator,
			deposit: feed.deposit,
			pot: feed.pot,
			last_closed: feed.last_closed,
			current_round: Self::current_round(),
			reports,
		})
	}

	/// `OracleApi::question`.
	pub fn api_question(
		id: QuestionId,
	) -> Option<QuestionInfo<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let q = Questions::<T>::get(id)?;
		let status = Self::status(id)?;
		let (labels, range) = match &q.kind {
			QuestionKind::Categorical(labels) => (
				labels.iter().map(|l| l.clone().into_inner()).collect(),
				None,
			),
			QuestionKind::Scalar { min, max } => (Vec::new(), Some((*min, *max))),
		};
		let disputable = q.phase == Phase::Disputable;
		let disputes = q
			.crowdfunds
			.iter()
			.map(|c| DisputeInfo {
				fund: c.fund,
				outcome: c.outcome,
				raised: c.raised,
				required: Self::required_stake(&q, &c.outcome),
				contributors: c.contributors,
			})
			.collect();
		let required_for_new_outcome = disputable.then(|| {
			let total = q.total_filled();
			total.saturating_add(total)
		});
		Some(QuestionInfo {
			id,
			asker: q.asker.clone(),
			token: q.token,
			labels,
			range,
			terms: q.terms,
			designated: q.designated.clone(),
			resolves_at: q.resolves_at,
			open_reporting_from: q.resolves_at.saturating_add(T::DesignatedWindow::get()),
			deposit: q.deposit,
			phase: q.phase,
			status,
			round: q.disputes(),
			window_end: disputable.then_some(q.window_end),
			rounds: q.rounds.clone().into_inner(),
			disputes,
			required_for_new_outcome,
			total_staked: q.total_staked,
			settlement: q.settlement,
		})
	}

	/// `OracleApi::required_stake`.
	pub fn api_required_stake(id: QuestionId, outcome: Outcome) -> Option<BalanceOf<T>> {
		let q = Questions::<T>::get(id)?;
		let disputable = q.phase == Phase::Disputable
			&& q.kind.admits(&outcome)
			&& q.tentative() != Some(outcome);
		disputable.then(|| Self::required_stake(&q, &outcome))
	}

	/// `OracleApi::reporter`.
	pub fn api_reporter(who: T::AccountId) -> ReporterView<BalanceOf<T>, BlockNumberFor<T>> {
		let info = Reporters::<T>::get(&who);
		let mut open_stakes = Vec::new();
		let mut claimable_stakes = Vec::new();
		for (id, stakes) in Stakes::<T>::iter_prefix(&who) {
			let Some(q) = Questions::<T>::get(id) else {
				continue;
			};
			match q.settlement {
				Some(mut s) => {
					claimable_stakes.push((id, Self::payout(&q, &mut s, &stakes)));
				}
				None => {
					let sum = stakes.iter().fold(Zero::zero(), |a: BalanceOf<T>, s| {
						a.saturating_add(s.amount)
					});
					open_stakes.push((id, sum));
				}
			}
		}
		let mut feeds = Vec::new();
		let mut claimable_rewards = Vec::new();
		for key in Feeds::<T>::iter_keys() {
			if Reports::<T>::contains_key(&key, &who) {
				feeds.push(key.clone());
			}
			let unclaimed = Standings::<T>::get(&key, &who).unclaimed;
			if !unclaimed.is_zero() {
				claimable_rewards.push((key, unclaimed));
			}
		}
		ReporterView {
			admitted: info.is_some(),
			bond: info.as_ref().map(|i| i.bond).unwrap_or_default(),
			unlocking: info
				.as_ref()
				.map(|i| {
					i.unlocking
						.iter()
						.map(|c| (c.amount, c.unlocks_at))
						.collect()
				})
				.unwrap_or_default(),
			at_risk: info.as_ref().map(|i| i.at_risk).unwrap_or_default(),
			feeds,
			open_stakes,
			claimable_stakes,
			claimable_rewards,
		}
	}
}
