//! Benchmarks of the oracle pallet.
//!
//! Every benchmark builds the worst case of its call: feeds are keyed by the longest custom
//! name; `submit` reports on `n` feeds, each value the first of a new round (its last report
//! moves to `previous`); `close_round` scores `n` reporters with a zero band, so all but the
//! median are outliers, each at the end of its streak and slashed; questions have
//! `MaxLabels` labels of `MaxLabelLen` bytes and are asked by a token's issuer (with a
//! deposit); `dispute` fills a dispute other stakers started and starts the next round;
//! `finalize` and `decide` burn losing stakes and pay the deposit to the initial reporter.

use super::*;
use crate::Pallet as Oracle;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::oracle::{FeedKey, Unit, MAX_CUSTOM_KEY_LEN};

const SEED: u32 = 0;

fn signed<T: Config>(who: &T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who.clone()).into()
}

fn admin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The largest of the pallet's fixed amounts.
fn unit<T: Config>() -> BalanceOf<T> {
	T::MinReporterBond::get()
		.max(T::DesignatedBond::get())
		.max(T::QuestionDeposit::get())
		.max(T::FeedDeposit::get())
		.max(T::MinDisputeStake::get())
		.max(T::Currency::minimum_balance())
		.max(1u32.into())
}

/// Gives `who` a million times the largest amount.
fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, unit::<T>().saturating_mul(1_000_000u32.into()));
}

/// Admitted reporter `i`, funded, with the minimum bond.
fn reporter<T: Config>(i: u32) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("reporter", i, SEED);
	fund::<T>(&who);
	if !Reporters::<T>::contains_key(&who) {
		Reporters::<T>::insert(&who, ReporterInfo::<T>::default());
		Oracle::<T>::bond(
			signed::<T>(&who),
			T::MinReporterBond::get().max(1u32.into()),
		)?;
	}
	Ok(who)
}

/// Feed key `i`: a custom name of the longest length.
fn key(i: u32) -> FeedKey {
	let mut name = vec![b'F'; MAX_CUSTOM_KEY_LEN as usize];
	name.truncate(MAX_CUSTOM_KEY_LEN.saturating_sub(4) as usize);
	name.extend(i.to_le_bytes());
	FeedKey::Custom(BoundedVec::truncate_from(name))
}

fn config<T: Config>(min_reports: u32, band: Perbill) -> FeedConfigOf<T> {
	FeedConfig {
		unit: Unit {
			code: *b"EUR",
			decimals: 6,
		},
		min_reports,
		max_age: T::RoundLength::get().saturating_mul(10u32.into()),
		band,
		reward_per_round: unit::<T>(),
	}
}

/// A network feed `key(i)` with `n` reporters (reporters `0..n`).
/// Set-ups that submit run at block 1 at least: no report is made at block 0 (a place of a
/// [`Report`] whose block is 0 is empty), and a benchmark's set-up starts there.
fn feed<T: Config>(i: u32, n: u32, band: Perbill) -> Result<Vec<T::AccountId>, BenchmarkError> {
	if frame_system::Pallet::<T>::block_number().is_zero() {
		frame_system::Pallet::<T>::set_block_number(1u32.into());
	}
	Oracle::<T>::create_feed(admin::<T>()?, key(i), config::<T>(1, band))?;
	let mut members = Vec::new();
	for r in 0..n {
		let who = reporter::<T>(r)?;
		Oracle::<T>::join_feed(signed::<T>(&who), key(i))?;
		members.push(who);
	}
	Ok(members)
}

/// Moves to the start of round `round`.
fn to_round<T: Config>(round: u32) {
	let at = T::RoundLength::get().saturating_mul(round.into());
	frame_system::Pallet::<T>::set_block_number(at);
}

/// The most labels, each as long as may be.
fn labels<T: Config>() -> QuestionKindOf<T> {
	let label = BoundedVec::truncate_from(vec![b'L'; T::MaxLabelLen::get() as usize]);
	QuestionKind::Categorical(BoundedVec::truncate_from(vec![
		label;
		T::MaxLabels::get() as usize
	]))
}

const YES: Outcome = Outcome::Category(1);
const NO: Outcome = Outcome::Category(0);

/// A funded issuer with a new token.
fn issuer<T: Config>() -> (T::AccountId, TokenId) {
	let issuer: T::AccountId = account("issuer", 0, SEED);
	fund::<T>(&issuer);
	let token = T::BenchmarkHelper::create_token(&issuer);
	fund::<T>(&issuer);
	(issuer, token)
}

/// A question of an issuer about its token, designated to reporter 0, resolving now.
fn question<T: Config>() -> Result<(QuestionId, T::AccountId), BenchmarkError> {
	let (issuer, token) = issuer::<T>();
	let designated = reporter::<T>(0)?;
	let id = NextQuestionId::<T>::get();
	let now = frame_system::Pallet::<T>::block_number();
	Oracle::<T>::ask(
		signed::<T>(&issuer),
		Some(token),
		labels::<T>(),
		[7; 32],
		designated.clone(),
		now,
	)?;
	Ok((id, designated))
}

/// [`question`], reported YES by its designated reporter.
fn reported<T: Config>() -> Result<(QuestionId, T::AccountId), BenchmarkError> {
	let (id, designated) = question::<T>()?;
	Oracle::<T>::report(signed::<T>(&designated), id, YES)?;
	Ok((id, designated))
}

/// Fills a dispute of `id` for `outcome` by reporter `i`.
fn fill<T: Config>(id: QuestionId, i: u32, outcome: Outcome) -> Result<(), BenchmarkError> {
	let who = reporter::<T>(i)?;
	let q = Questions::<T>::get(id).ok_or(BenchmarkError::Stop("no question"))?;
	let required = Oracle::<T>::required_stake(&q, &outcome);
	Oracle::<T>::dispute(signed::<T>(&who), id, outcome, required)?;
	Ok(())
}

/// Ends the current window of `id`.
fn after_window<T: Config>(id: QuestionId) -> Result<(), BenchmarkError> {
	let q = Questions::<T>::get(id).ok_or(BenchmarkError::Stop("no question"))?;
	frame_system::Pallet::<T>::set_block_number(q.window_end);
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_reporter() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("reporter", 0, SEED);
		let origin = admin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(Reporters::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_reporter() -> Result<(), BenchmarkError> {
		let who = reporter::<T>(0)?;
		Oracle::<T>::bond(signed::<T>(&who), unit::<T>())?;
		for _ in 0..T::MaxUnlockingChunks::get() {
			Oracle::<T>::unbond(signed::<T>(&who), 1u32.into())?;
		}
		let origin = admin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!Reporters::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn bond() -> Result<(), BenchmarkError> {
		let who = reporter::<T>(0)?;
		let before = Reporters::<T>::get(&who)
			.map(|i| i.bond)
			.unwrap_or_default();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), unit::<T>());
		let after = Reporters::<T>::get(&who)
			.map(|i| i.bond)
			.unwrap_or_default();
		assert_eq!(after, before.saturating_add(unit::<T>()));
		Ok(())
	}

	#[benchmark]
	fn unbond() -> Result<(), BenchmarkError> {
		let who = reporter::<T>(0)?;
		Oracle::<T>::bond(signed::<T>(&who), unit::<T>())?;
		for _ in 1..T::MaxUnlockingChunks::get() {
			Oracle::<T>::unbond(signed::<T>(&who), 1u32.into())?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 1u32.into());
		let chunks = Reporters::<T>::get(&who).map(|i| i.unlocking.len() as u32);
		assert_eq!(chunks, Some(T::MaxUnlockingChunks::get()));
		Ok(())
	}

	#[benchmark]
	fn withdraw_unbonded() -> Result<(), BenchmarkError> {
		let who = reporter::<T>(0)?;
		Oracle::<T>::bond(signed::<T>(&who), unit::<T>())?;
		for _ in 0..T::MaxUnlockingChunks::get() {
			Oracle::<T>::unbond(signed::<T>(&who), 1u32.into())?;
		}
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingDelay::get());
		frame_system::Pallet::<T>::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(
			Reporters::<T>::get(&who).map(|i| i.unlocking.len()),
			Some(0)
		);
		Ok(())
	}

	#[benchmark]
	fn create_feed() -> Result<(), BenchmarkError> {
		let (issuer, token) = issuer::<T>();
		let key = FeedKey::Nav(token);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			key.clone(),
			config::<T>(1, Perbill::from_percent(1)),
		);
		assert!(Feeds::<T>::contains_key(&key));
		Ok(())
	}

	#[benchmark]
	fn remove_feed(n: Linear<0, { T::MaxReportersPerFeed::get() }>) -> Result<(), BenchmarkError> {
		let (issuer, token) = issuer::<T>();
		let key = FeedKey::Nav(token);
		Oracle::<T>::create_feed(
			signed::<T>(&issuer),
			key.clone(),
			config::<T>(1, Perbill::from_percent(100)),
		)?;
		for r in 0..n {
			let who = reporter::<T>(r)?;
			Oracle::<T>::join_feed(signed::<T>(&who), key.clone())?;
			Oracle::<T>::submit(
				signed::<T>(&who),
				BoundedVec::truncate_from(vec![(key.clone(), 100)]),
			)?;
		}
		Oracle::<T>::fund_feed(
			signed::<T>(&issuer),
			key.clone(),
			unit::<T>().saturating_mul(100u32.into()),
		)?;
		to_round::<T>(Oracle::<T>::current_round().saturating_add(1));
		Oracle::<T>::close_round(signed::<T>(&issuer), key.clone())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), key.clone());
		assert!(!Feeds::<T>::contains_key(&key));
		Ok(())
	}

	#[benchmark]
	fn join_feed() -> Result<(), BenchmarkError> {
		let max = T::MaxReportersPerFeed::get();
		feed::<T>(0, max.saturating_sub(1), Perbill::zero())?;
		let who = reporter::<T>(max)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), key(0));
		assert!(Reports::<T>::contains_key(key(0), &who));
		Ok(())
	}

	#[benchmark]
	fn leave_feed() -> Result<(), BenchmarkError> {
		let members = feed::<T>(0, 1, Perbill::zero())?;
		let who = members
			.first()
			.cloned()
			.ok_or(BenchmarkError::Stop("no reporter"))?;
		Oracle::<T>::fund_feed(signed::<T>(&who), key(0), unit::<T>())?;
		Oracle::<T>::submit(
			signed::<T>(&who),
			BoundedVec::truncate_from(vec![(key(0), 1)]),
		)?;
		to_round::<T>(Oracle::<T>::current_round().saturating_add(1));
		Oracle::<T>::close_round(signed::<T>(&who), key(0))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), key(0), who.clone());
		assert!(!Reports::<T>::contains_key(key(0), &who));
		Ok(())
	}

	#[benchmark]
	fn submit(n: Linear<1, { T::MaxValuesPerCall::get() }>) -> Result<(), BenchmarkError> {
		let who = reporter::<T>(0)?;
		to_round::<T>(1);
		let old = Reported {
			value: 1,
			at: frame_system::Pallet::<T>::block_number(),
		};
		// Slots on `n` feeds (written directly: a reporter's feeds are bounded apart), each
		// with a report of the previous round.
		for i in 0..n {
			Reports::<T>::insert(key(i), &who, Report::new(Some(old), Some(old)));
		}
		to_round::<T>(2);
		let values: ValuesOf<T> =
			BoundedVec::truncate_from((0..n).map(|i| (key(i), u128::MAX)).collect());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), values);
		let last = Reports::<T>::get(key(0), &who).and_then(|r| r.last());
		assert_eq!(last.map(|r| r.value), Some(u128::MAX));
		Ok(())
	}

	#[benchmark]
	fn close_round(n: Linear<0, { T::MaxReportersPerFeed::get() }>) -> Result<(), BenchmarkError> {
		to_round::<T>(1);
		let members = feed::<T>(0, n, Perbill::zero())?;
		let streak = T::OutlierRounds::get().saturating_sub(1);
		for (i, who) in members.iter().enumerate() {
			Oracle::<T>::submit(
				signed::<T>(who),
				BoundedVec::truncate_from(vec![(key(0), 1_000u128.saturating_add(i as u128))]),
			)?;
			// Each at the end of its streak: a slash when it is an outlier again.
			let at_risk = T::OutlierSlash::get() * T::MinReporterBond::get();
			Standings::<T>::insert(
				key(0),
				who,
				Standing {
					streak,
					at_risk,
					unclaimed: Zero::zero(),
				},
			);
			Reporters::<T>::mutate(who, |i| {
				if let Some(i) = i {
					i.at_risk = i.at_risk.saturating_add(at_risk);
				}
			});
		}
		let caller = reporter::<T>(n)?;
		Oracle::<T>::fund_feed(signed::<T>(&caller), key(0), unit::<T>())?;
		to_round::<T>(2);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), key(0));
		assert_eq!(Feeds::<T>::get(key(0)).and_then(|f| f.last_closed), Some(1));
		Ok(())
	}

	#[benchmark]
	fn fund_feed() -> Result<(), BenchmarkError> {
		feed::<T>(0, 0, Perbill::zero())?;
		let funder: T::AccountId = account("funder", 0, SEED);
		fund::<T>(&funder);
		#[extrinsic_call]
		_(RawOrigin::Signed(funder), key(0), unit::<T>());
		assert_eq!(Feeds::<T>::get(key(0)).map(|f| f.pot), Some(unit::<T>()));
		Ok(())
	}

	#[benchmark]
	fn claim_rewards() -> Result<(), BenchmarkError> {
		let members = feed::<T>(0, 1, Perbill::zero())?;
		let who = members
			.first()
			.cloned()
			.ok_or(BenchmarkError::Stop("no reporter"))?;
		Oracle::<T>::fund_feed(signed::<T>(&who), key(0), unit::<T>())?;
		Oracle::<T>::submit(
			signed::<T>(&who),
			BoundedVec::truncate_from(vec![(key(0), 1)]),
		)?;
		to_round::<T>(Oracle::<T>::current_round().saturating_add(1));
		Oracle::<T>::close_round(signed::<T>(&who), key(0))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), key(0));
		assert!(Standings::<T>::get(key(0), &who).unclaimed.is_zero());
		Ok(())
	}

	#[benchmark]
	fn ask() -> Result<(), BenchmarkError> {
		let (issuer, token) = issuer::<T>();
		let designated = reporter::<T>(0)?;
		// The harness moves a runtime at block 0 to block 1 before the call.
		let at = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			Some(token),
			labels::<T>(),
			[7; 32],
			designated,
			at,
		);
		assert!(Questions::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn report() -> Result<(), BenchmarkError> {
		let (id, designated) = question::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(designated), id, YES);
		assert_eq!(
			Questions::<T>::get(id).map(|q| q.phase),
			Some(Phase::Disputable)
		);
		Ok(())
	}

	#[benchmark]
	fn dispute() -> Result<(), BenchmarkError> {
		let (id, _) = reported::<T>()?;
		let q = Questions::<T>::get(id).ok_or(BenchmarkError::Stop("no question"))?;
		let required = Oracle::<T>::required_stake(&q, &NO);
		let min = T::MinDisputeStake::get();
		// Other stakers started the dispute; the caller fills it.
		let others = T::MaxContributors::get().saturating_sub(1);
		let mut raised: BalanceOf<T> = Zero::zero();
		for i in 1..=others {
			if raised.saturating_add(min) >= required {
				break;
			}
			let who = reporter::<T>(i)?;
			Oracle::<T>::dispute(signed::<T>(&who), id, NO, min)?;
			raised = raised.saturating_add(min);
		}
		let caller = reporter::<T>(others.saturating_add(1))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, NO, required);
		let q = Questions::<T>::get(id).ok_or(BenchmarkError::Stop("no question"))?;
		assert_eq!(q.tentative(), Some(NO));
		Ok(())
	}

	#[benchmark]
	fn finalize() -> Result<(), BenchmarkError> {
		let (id, _) = reported::<T>()?;
		fill::<T>(id, 1, NO)?;
		let phase = Questions::<T>::get(id).map(|q| q.phase);
		if phase == Some(Phase::Disputable) {
			fill::<T>(id, 2, YES)?;
		}
		if Questions::<T>::get(id).map(|q| q.phase) != Some(Phase::Disputable) {
			return Err(BenchmarkError::Weightless);
		}
		after_window::<T>(id)?;
		let caller = reporter::<T>(3)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert_eq!(
			Questions::<T>::get(id).map(|q| q.phase),
			Some(Phase::Resolved)
		);
		Ok(())
	}

	#[benchmark]
	fn decide() -> Result<(), BenchmarkError> {
		let (id, _) = reported::<T>()?;
		let mut i = 1;
		while Questions::<T>::get(id).map(|q| q.phase) == Some(Phase::Disputable) {
			let side = if i % 2 == 1 { NO } else { YES };
			fill::<T>(id, i, side)?;
			i += 1;
		}
		let origin = admin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, YES);
		assert_eq!(
			Questions::<T>::get(id).map(|q| q.phase),
			Some(Phase::Resolved)
		);
		Ok(())
	}

	#[benchmark]
	fn claim() -> Result<(), BenchmarkError> {
		let (id, designated) = reported::<T>()?;
		fill::<T>(id, 1, NO)?;
		if Questions::<T>::get(id).map(|q| q.phase) == Some(Phase::Disputable) {
			after_window::<T>(id)?;
			Oracle::<T>::finalize(signed::<T>(&designated), id)?;
		} else {
			Oracle::<T>::decide(admin::<T>()?, id, NO)?;
		}
		let winner = reporter::<T>(1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(designated), id, winner.clone());
		assert!(!Stakes::<T>::contains_key(&winner, id));
		Ok(())
	}

	#[benchmark]
	fn quote(n: Linear<1, { T::MaxReportersPerFeed::get() }>) -> Result<(), BenchmarkError> {
		let members = feed::<T>(0, n, Perbill::zero())?;
		for (i, who) in members.iter().enumerate() {
			Oracle::<T>::submit(
				signed::<T>(who),
				BoundedVec::truncate_from(vec![(key(0), i as u128)]),
			)?;
		}
		let served;
		#[block]
		{
			served = Oracle::<T>::quote(&key(0));
		}
		assert!(served.is_some());
		Ok(())
	}

	#[benchmark]
	fn outcome() -> Result<(), BenchmarkError> {
		let (id, _) = reported::<T>()?;
		let seen;
		#[block]
		{
			seen = Oracle::<T>::status(id);
		}
		assert!(seen.is_some());
		Ok(())
	}

	impl_benchmark_test_suite!(Oracle, crate::mock::new_test_ext(), crate::mock::Test);
}
