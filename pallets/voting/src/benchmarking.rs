//! Benchmarks of the voting pallet.
//!
//! Every benchmark builds the worst case of its call:
//! - follow chains are `d` edges long, every topic on a chain of its own accounts (so nothing
//!   is read twice), and `f` other followers hang under the first ancestor (a popular
//!   followee): the components show that the cost grows with `d` and not with `f`;
//! - a checkpoint is taken after the graph is built, so every node a call changes saves its
//!   history first, and the record-date reads of `vote` and `claim_reward` meet nodes changed
//!   after the record date (one history read each);
//! - a vote walks all `d` ancestors to a directly voted one and moves power out of its vote;
//!   a claim is paid from every funder.
//!
//! The ledger comes from [`Config::BenchmarkHelper`]: its token must let the benchmark accounts
//! hold units (a runtime benchmarks with the transfer check it configures; the compliance
//! rules of a fresh token admit everyone).

use super::*;
use crate::Pallet as Voting;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;
use vellum_primitives::ledger::{BalanceUpdate, Movement, MovementKind, OnBalanceChange};

const SEED: u32 = 0;
/// Units each benchmark holder gets.
const UNITS: u32 = 100;
/// The most followers of one account the benchmarks build.
const MAX_FOLLOWERS: u32 = CHARGED_FOLLOWERS;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// Enough native currency for every deposit and reward a benchmark takes.
fn fund<T: Config>(who: &T::AccountId) {
	let ed = T::Currency::minimum_balance();
	let amount = T::ProposalDeposit::get()
		.saturating_add(T::FollowDeposit::get())
		.saturating_mul(50u32.into())
		.saturating_add(ed.saturating_mul(1_000_000u32.into()));
	T::Currency::set_balance(who, amount);
}

/// A funded account holding [`UNITS`] of `token`.
fn holder<T: Config>(
	token: TokenId,
	name: &'static str,
	i: u32,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account(name, i, SEED);
	fund::<T>(&who);
	T::Ledger::issue(token, &who, UNITS.into())?;
	Ok(who)
}

/// A token of a fresh issuer.
fn token<T: Config>() -> (T::AccountId, TokenId) {
	let issuer: T::AccountId = account("issuer", 0, SEED);
	fund::<T>(&issuer);
	let token = T::BenchmarkHelper::create_token(&issuer);
	(issuer, token)
}

/// `d` holders above `base` in `topic` (`None`: the catch-all), base -> c1 -> ... -> cd, built
/// from the top. Returns c1..cd. Accounts are `name` numbered from `offset`.
fn chain_above<T: Config>(
	token: TokenId,
	base: &T::AccountId,
	topic: Option<Topic>,
	d: u32,
	name: &'static str,
	offset: u32,
) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let mut chain = Vec::new();
	for i in 0..d {
		chain.push(holder::<T>(token, name, offset + i)?);
	}
	for w in chain.windows(2).rev() {
		Voting::<T>::do_follow(&w[0], token, topic, Some(w[1].clone()))?;
	}
	if let Some(first) = chain.first() {
		Voting::<T>::do_follow(base, token, topic, Some(first.clone()))?;
	}
	Ok(chain)
}

/// `f` holders following `followee` (catch-all).
fn followers<T: Config>(
	token: TokenId,
	followee: &T::AccountId,
	f: u32,
) -> Result<(), BenchmarkError> {
	for i in 0..f {
		let who = holder::<T>(token, "follower", i)?;
		Voting::<T>::do_follow(&who, token, None, Some(followee.clone()))?;
	}
	Ok(())
}

/// An open resolution of the network with a new record date.
fn resolution<T: Config>(token: TokenId) -> Result<ResolutionIndex, BenchmarkError> {
	Ok(Voting::<T>::do_propose(
		None,
		token,
		ResolutionKind::Ordinary,
		Topic::Ordinary,
		RecordDate::New,
		T::MaxVotingPeriod::get(),
		None,
		None,
	)?)
}

/// Moves past a resolution's deadline and closes it.
fn close_it<T: Config>(index: ResolutionIndex) -> Result<BlockNumberFor<T>, BenchmarkError> {
	let deadline = Resolutions::<T>::get(index)
		.ok_or("no resolution")?
		.deadline;
	frame_system::Pallet::<T>::set_block_number(deadline);
	Voting::<T>::do_close(index)?;
	Ok(deadline)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A holder (the widest origin check) proposes with a new record date and a call.
	#[benchmark]
	fn propose() -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let who = holder::<T>(token, "proposer", 0)?;
		let call: CallOf<T> = frame_system::Call::<T>::remark { remark: vec![] }.into();
		let index = NextResolution::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			token,
			ResolutionKind::Special,
			Topic::Special,
			RecordDate::New,
			T::MaxVotingPeriod::get(),
			Some(Box::new(call)),
			None,
		);

		assert!(ResolutionCalls::<T>::contains_key(index));
		Ok(())
	}

	/// A first vote `d` edges below a voter that voted directly, with `f` other followers of
	/// its followee, after the voter and its chain changed since the record date.
	#[benchmark]
	fn vote(
		d: Linear<0, { T::MaxFollowDepth::get() }>,
		f: Linear<0, MAX_FOLLOWERS>,
	) -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let voter = holder::<T>(token, "voter", 0)?;
		let chain = chain_above::<T>(token, &voter, None, d, "chain", 0)?;
		followers::<T>(token, chain.first().unwrap_or(&voter), f)?;
		let index = resolution::<T>(token)?;
		// After the record date the voter follows someone else: its node and every ancestor's
		// change, so the vote reads their histories.
		let other: T::AccountId = account("other", 0, SEED);
		Voting::<T>::do_follow(&voter, token, Some(Topic::Ordinary), Some(other))?;
		if let Some(top) = chain.last() {
			Voting::<T>::do_vote(top, index, Choice::Nay)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), index, Choice::Aye);

		let expected = Power::from(UNITS).saturating_mul(f.saturating_add(1).into());
		let counted = VoteRecords::<T>::get(index, &voter)
			.and_then(|r| r.ballot)
			.map(|b| b.counted);
		assert_eq!(
			counted,
			Some(if d == 0 { expected } else { Power::from(UNITS) })
		);
		Ok(())
	}

	/// A passed resolution of a holder, with a call: the deposit is released and the call
	/// scheduled.
	#[benchmark]
	fn close() -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let who = holder::<T>(token, "proposer", 0)?;
		let call: CallOf<T> = frame_system::Call::<T>::remark { remark: vec![] }.into();
		let index = Voting::<T>::do_propose(
			Some(who.clone()),
			token,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::New,
			T::MinVotingPeriod::get(),
			Some(call),
			None,
		)?;
		Voting::<T>::do_vote(&who, index, Choice::Aye)?;
		let deadline = Resolutions::<T>::get(index)
			.ok_or("no resolution")?
			.deadline;
		frame_system::Pallet::<T>::set_block_number(deadline);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), index);

		assert!(matches!(
			Resolutions::<T>::get(index).map(|r| r.status),
			Some(ResolutionStatus::Closed {
				outcome: Outcome::Passed,
				..
			})
		));
		Ok(())
	}

	/// The network cancels a holder's resolution with a call, returning the deposit.
	#[benchmark]
	fn cancel() -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let who = holder::<T>(token, "proposer", 0)?;
		let call: CallOf<T> = frame_system::Call::<T>::remark { remark: vec![] }.into();
		let index = Voting::<T>::do_propose(
			Some(who),
			token,
			ResolutionKind::Ordinary,
			Topic::Ordinary,
			RecordDate::New,
			T::MinVotingPeriod::get(),
			Some(call),
			None,
		)?;
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, index, false);

		assert!(!ResolutionCalls::<T>::contains_key(index));
		Ok(())
	}

	/// A catch-all change from an old followee to a new one, each with its own chain of `d`
	/// edges in every topic, the new one with `f` other followers.
	#[benchmark]
	fn follow(
		d: Linear<1, { T::MaxFollowDepth::get() }>,
		f: Linear<0, MAX_FOLLOWERS>,
	) -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let who = holder::<T>(token, "who", 0)?;
		let old = holder::<T>(token, "old", 0)?;
		let new = holder::<T>(token, "new", 0)?;
		for (i, topic) in Topic::ALL.into_iter().enumerate() {
			let i = i as u32;
			chain_above::<T>(token, &old, Some(topic), d - 1, "chain", i * 100)?;
			chain_above::<T>(token, &new, Some(topic), d - 1, "chain", 1_000 + i * 100)?;
		}
		followers::<T>(token, &new, f)?;
		Voting::<T>::do_follow(&who, token, None, Some(old))?;
		T::Ledger::checkpoint(token)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			token,
			None,
			Some(new.clone()),
		);

		let followee = Nodes::<T>::get(token, &who).and_then(|n| n.catch_all);
		assert_eq!(followee, Some(new));
		Ok(())
	}

	#[benchmark]
	fn set_token_settings() -> Result<(), BenchmarkError> {
		let (issuer, token) = token::<T>();
		let settings = T::DefaultSettings::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, Some(settings));

		assert_eq!(Settings::<T>::get(token), Some(settings));
		assert_last_event::<T>(Event::TokenSettingsSet {
			token,
			settings: Some(settings),
		});
		Ok(())
	}

	/// A new funder joins `MaxFunders - 1` others.
	#[benchmark]
	fn fund_reward() -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		holder::<T>(token, "holder", 0)?;
		let index = resolution::<T>(token)?;
		let amount = T::Currency::minimum_balance();
		for i in 1..T::MaxFunders::get() {
			let funder: T::AccountId = account("funder", i, SEED);
			fund::<T>(&funder);
			Voting::<T>::do_fund_reward(funder, index, amount)?;
		}
		let funder: T::AccountId = account("funder", 0, SEED);
		fund::<T>(&funder);

		#[extrinsic_call]
		_(RawOrigin::Signed(funder), index, amount);

		assert_eq!(
			RewardFunders::<T>::get(index).len() as u32,
			T::MaxFunders::get()
		);
		Ok(())
	}

	/// A claim `d` edges below the voter that counted it, after the claimant and its chain
	/// changed since the record date, paid from every funder.
	#[benchmark]
	fn claim_reward(d: Linear<0, { T::MaxFollowDepth::get() }>) -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let claimant = holder::<T>(token, "claimant", 0)?;
		let chain = chain_above::<T>(token, &claimant, None, d, "chain", 0)?;
		let index = resolution::<T>(token)?;
		let other: T::AccountId = account("other", 0, SEED);
		Voting::<T>::do_follow(&claimant, token, Some(Topic::Ordinary), Some(other))?;
		let voter = chain.last().unwrap_or(&claimant).clone();
		Voting::<T>::do_vote(&voter, index, Choice::Aye)?;
		// Every funder but the last funds a little, so the claim takes from all of them.
		let small = T::Currency::minimum_balance();
		let funders = T::MaxFunders::get();
		for i in 0..funders {
			let funder: T::AccountId = account("funder", i, SEED);
			fund::<T>(&funder);
			let amount = if i + 1 == funders {
				small.saturating_mul(1_000u32.into())
			} else {
				small
			};
			Voting::<T>::do_fund_reward(funder, index, amount)?;
		}
		close_it::<T>(index)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(claimant.clone()), index);

		assert!(VoteRecords::<T>::get(index, &claimant).is_some_and(|r| r.claimed));
		Ok(())
	}

	/// The rest of a reward goes back to `n` funders.
	#[benchmark]
	fn reclaim_reward(n: Linear<1, { T::MaxFunders::get() }>) -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		holder::<T>(token, "holder", 0)?;
		let index = resolution::<T>(token)?;
		for i in 0..n {
			let funder: T::AccountId = account("funder", i, SEED);
			fund::<T>(&funder);
			Voting::<T>::do_fund_reward(funder, index, T::Currency::minimum_balance())?;
		}
		let closed = close_it::<T>(index)?;
		let claim_period = Resolutions::<T>::get(index)
			.ok_or("no resolution")?
			.claim_period;
		frame_system::Pallet::<T>::set_block_number(closed.saturating_add(claim_period));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), index);

		assert!(!RewardPools::<T>::contains_key(index));
		Ok(())
	}

	/// `n` vote records removed, the last batch removing the resolution.
	#[benchmark]
	fn clear_resolution(n: Linear<1, MAX_CLEAR_BATCH>) -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let mut voters = Vec::new();
		for i in 0..n {
			voters.push(holder::<T>(token, "voter", i)?);
		}
		let index = resolution::<T>(token)?;
		for v in &voters {
			Voting::<T>::do_vote(v, index, Choice::Abstain)?;
		}
		let closed = close_it::<T>(index)?;
		let claim_period = Resolutions::<T>::get(index)
			.ok_or("no resolution")?
			.claim_period;
		frame_system::Pallet::<T>::set_block_number(closed.saturating_add(claim_period));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), index, n);

		assert!(!Resolutions::<T>::contains_key(index));
		Ok(())
	}

	/// A transfer between two followers, each `d` edges below the top of a chain of its own in
	/// every topic, with `f` other followers under the sender's first ancestor.
	#[benchmark]
	fn on_balance_change(
		d: Linear<1, { T::MaxFollowDepth::get() }>,
		f: Linear<0, MAX_FOLLOWERS>,
	) -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let from = holder::<T>(token, "from", 0)?;
		let to = holder::<T>(token, "to", 0)?;
		let mut first = None;
		for (i, topic) in Topic::ALL.into_iter().enumerate() {
			let i = i as u32;
			let chain = chain_above::<T>(token, &from, Some(topic), d, "chain", i * 100)?;
			chain_above::<T>(token, &to, Some(topic), d, "chain", 1_000 + i * 100)?;
			if first.is_none() {
				first = chain.first().cloned();
			}
		}
		let first = first.ok_or("no chain")?;
		followers::<T>(token, &first, f)?;
		T::Ledger::checkpoint(token)?;
		let amount: T::Balance = 1u32.into();
		let movement = Movement::new(
			token,
			MovementKind::Transfer,
			Some(&from),
			Some(&to),
			amount,
		);
		let before: T::Balance = UNITS.into();
		let from_update = BalanceUpdate {
			old: before,
			new: before.saturating_sub(amount),
		};
		let to_update = BalanceUpdate {
			old: before,
			new: before.saturating_add(amount),
		};

		#[block]
		{
			<Voting<T> as OnBalanceChange<T::AccountId, T::Balance>>::on_balance_change(
				&movement,
				Some(from_update),
				Some(to_update),
			);
		}

		let carried =
			Nodes::<T>::get(token, &first).and_then(|n| n.link(Topic::Ordinary).map(|l| l.carried));
		assert_eq!(
			carried,
			Some(u128::from(UNITS) * u128::from(f) + u128::from(UNITS) - 1)
		);
		Ok(())
	}

	/// A balance change of a token nobody follows on.
	#[benchmark]
	fn on_balance_change_unfollowed() -> Result<(), BenchmarkError> {
		let (_, token) = token::<T>();
		let from = holder::<T>(token, "from", 0)?;
		let to = holder::<T>(token, "to", 0)?;
		let amount: T::Balance = 1u32.into();
		let movement = Movement::new(
			token,
			MovementKind::Transfer,
			Some(&from),
			Some(&to),
			amount,
		);
		let update = BalanceUpdate {
			old: amount,
			new: amount,
		};

		#[block]
		{
			<Voting<T> as OnBalanceChange<T::AccountId, T::Balance>>::on_balance_change(
				&movement,
				Some(update),
				Some(update),
			);
		}

		assert_eq!(FollowEdges::<T>::get(token), 0);
		Ok(())
	}

	impl_benchmark_test_suite!(Voting, crate::mock::new_test_ext(), crate::mock::Test);
}
