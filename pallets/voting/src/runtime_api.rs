//! The runtime API of the voting pallet: what wallets and polkadot.js ask about resolutions
//! and following, its result types, and the `Pallet::api_*` functions the runtime answers it
//! with.

use crate::*;
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

/// A resolution with its tally, deadline and state.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ResolutionInfo<AccountId, Balance, BlockNumber, Hash> {
	/// Its number.
	pub index: ResolutionIndex,
	/// The stored resolution (tally, deadline, thresholds, status, ...).
	pub resolution: Resolution<AccountId, Balance, BlockNumber, Hash>,
	/// The least turnout that meets its quorum.
	pub quorum_needed: Power,
	/// While it is open: whether its outcome is decided already (`Some(true)`: it passes,
	/// `Some(false)`: it cannot pass), so it may be closed before its deadline.
	pub decided: Option<bool>,
	/// How it would end if it closed now (for a closed one, how it ended).
	pub outcome: Outcome,
}

/// [`ResolutionInfo`] as a runtime answers it.
pub type ResolutionInfoOf<T> = ResolutionInfo<
	<T as frame_system::Config>::AccountId,
	DepositOf<T>,
	BlockNumberFor<T>,
	<T as frame_system::Config>::Hash,
>;

/// An account's power in a resolution, at its record date.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, Default, TypeInfo)]
pub struct AccountPower {
	/// Its own: balance times votes per unit.
	pub own: Power,
	/// What it carries for its followers in the resolution's topic.
	pub carried: Power,
}

/// Who an account follows on a token.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct Followees<AccountId> {
	/// The catch-all follow.
	pub catch_all: Option<AccountId>,
	/// Per topic: the effective followee and whether it is the topic's own follow (else the
	/// catch-all).
	pub topics: Vec<(Topic, Option<AccountId>, bool)>,
}

/// How an account's power was cast in a resolution.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub enum CastVote<AccountId> {
	/// It voted itself (`counted`: what its vote counts now, with what it carries).
	Direct {
		/// Its choice.
		choice: Choice,
		/// What its vote counts.
		counted: Power,
	},
	/// Its power is counted by the vote of `via`, its nearest ancestor at the record date that
	/// voted directly.
	Via {
		/// That ancestor.
		via: AccountId,
		/// Its choice.
		choice: Choice,
	},
	/// Not counted (nobody on its chain voted, or it has no power).
	NotCounted,
}

sp_api::decl_runtime_apis! {
	/// Queries of the voting pallet.
	pub trait VotingApi<AccountId, Balance, BlockNumber, Hash>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
		Hash: Codec,
	{
		/// A resolution with its tally, deadline and state (`None`: unknown or cleared).
		fn resolution(index: ResolutionIndex) -> Option<ResolutionInfo<AccountId, Balance, BlockNumber, Hash>>;

		/// `who`'s own and carried power in a resolution (`None`: unknown resolution, or its
		/// record date is no longer retained).
		fn power(index: ResolutionIndex, who: AccountId) -> Option<AccountPower>;

		/// Who `who` follows on `token` now.
		fn followees(token: TokenId, who: AccountId) -> Followees<AccountId>;

		/// How `who`'s power was cast in a resolution (`None`: unknown resolution).
		fn vote_of(index: ResolutionIndex, who: AccountId) -> Option<CastVote<AccountId>>;
	}
}

impl<T: Config> Pallet<T> {
	/// `VotingApi::resolution`.
	pub fn api_resolution(index: ResolutionIndex) -> Option<ResolutionInfoOf<T>> {
		let resolution = Resolutions::<T>::get(index)?;
		let (decided, outcome) = match resolution.status {
			ResolutionStatus::Ongoing => (
				tally::decided(&resolution.tally, resolution.total, &resolution.thresholds),
				tally::outcome(&resolution.tally, resolution.total, &resolution.thresholds),
			),
			ResolutionStatus::Closed { outcome, .. } => (None, outcome),
		};
		Some(ResolutionInfo {
			index,
			quorum_needed: tally::quorum_needed(resolution.total, resolution.thresholds.quorum),
			resolution,
			decided,
			outcome,
		})
	}

	/// `VotingApi::power`.
	pub fn api_power(index: ResolutionIndex, who: &T::AccountId) -> Option<AccountPower> {
		let res = Resolutions::<T>::get(index)?;
		if !Self::record_retained(res.token, res.record) {
			return None;
		}
		let own = Self::own_power_at(&res, who).ok()?;
		let carried = if T::Ledger::is_custodian(who) {
			0
		} else {
			Self::link_at(res.token, who, res.topic, res.record)
				.carried
				.saturating_mul(u128::from(res.votes_per_unit))
		};
		Some(AccountPower { own, carried })
	}

	/// `VotingApi::followees`.
	pub fn api_followees(token: TokenId, who: &T::AccountId) -> Followees<T::AccountId> {
		let node = Nodes::<T>::get(token, who).unwrap_or_default();
		Followees {
			topics: Topic::ALL
				.into_iter()
				.zip(node.topics.iter())
				.map(|(t, l)| (t, l.followee.clone(), l.explicit))
				.collect(),
			catch_all: node.catch_all,
		}
	}

	/// `VotingApi::vote_of`.
	pub fn api_vote_of(
		index: ResolutionIndex,
		who: &T::AccountId,
	) -> Option<CastVote<T::AccountId>> {
		let res = Resolutions::<T>::get(index)?;
		if let Some(ballot) = VoteRecords::<T>::get(index, who).and_then(|r| r.ballot) {
			return Some(CastVote::Direct {
				choice: ballot.choice,
				counted: ballot.counted,
			});
		}
		let has_power = Self::own_power_at(&res, who).is_ok_and(|p| p > 0);
		let (by, _) = Self::counted(&res, index, who);
		Some(
			match by.filter(|_| has_power).and_then(|via| {
				VoteRecords::<T>::get(index, &via)
					.and_then(|r| r.ballot)
					.map(|b| (via, b))
			}) {
				Some((via, ballot)) => CastVote::Via {
					via,
					choice: ballot.choice,
				},
				None => CastVote::NotCounted,
			},
		)
	}
}
