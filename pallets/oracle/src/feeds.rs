//! Price feeds: creation (by the network, or by a token's issuer for its NAV with a deposit),
//! reporters joining and leaving, submissions (one storage entry per value), the lazy closing
//! of rounds with their rewards, outlier streaks and slashes, reward pots and claims, and the
//! quote: the median of fresh reports, or stale and since when.

use crate::{
	maths, BalanceOf, Config, Error, Event, Feed, FeedConfigOf, Feeds, HoldReason, Pallet, Report,
	Reported, Reporters, Reports, RoundIndex, Standings, ValuesOf,
};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	DispatchError,
};
use vellum_primitives::{
	ledger::SecurityLedger,
	oracle::{FeedKey, Freshness, PriceQuote},
};

impl<T: Config> Pallet<T> {
	/// The round block `at` belongs to.
	pub fn round_of(at: BlockNumberFor<T>) -> RoundIndex {
		let length = T::RoundLength::get().max(1u32.into());
		(at / length).unique_saturated_into()
	}

	/// The current round.
	pub fn current_round() -> RoundIndex {
		Self::round_of(frame_system::Pallet::<T>::block_number())
	}

	/// Makes sure the pallet's account exists, so that it can hold stakes and pots (it keeps a
	/// provider reference of its own, and nothing but holds).
	pub(crate) fn ensure_pallet_account() {
		let account = Self::account_id();
		if !frame_system::Pallet::<T>::account_exists(&account) {
			frame_system::Pallet::<T>::inc_providers(&account);
		}
	}

	/// Creates feed `key` for `by` (`None`: the network).
	pub(crate) fn do_create_feed(
		by: Option<T::AccountId>,
		key: FeedKey,
		config: FeedConfigOf<T>,
	) -> DispatchResult {
		ensure!(!Feeds::<T>::contains_key(&key), Error::<T>::FeedExists);
		ensure!(
			config.min_reports >= 1
				&& config.min_reports <= T::MaxReportersPerFeed::get()
				&& !config.max_age.is_zero()
				&& config.unit.code.iter().all(u8::is_ascii_uppercase),
			Error::<T>::InvalidFeedConfig
		);
		let deposit = match &by {
			None => Zero::zero(),
			Some(who) => {
				let FeedKey::Nav(token) = key else {
					return Err(Error::<T>::NoPermission.into());
				};
				ensure!(T::Ledger::exists(token), Error::<T>::UnknownToken);
				ensure!(
					T::Ledger::issuer(token).as_ref() == Some(who) && T::Ledger::is_issuer(who),
					Error::<T>::NoPermission
				);
				let deposit = T::FeedDeposit::get();
				if !deposit.is_zero() {
					T::Currency::hold(&HoldReason::FeedDeposit.into(), who, deposit)?;
				}
				deposit
			}
		};
		Feeds::<T>::insert(
			&key,
			Feed {
				config,
				creator: by.clone(),
				deposit,
				created_at: frame_system::Pallet::<T>::block_number(),
				reporters: 0,
				pot: Zero::zero(),
				last_closed: None,
			},
		);
		Self::deposit_event(Event::FeedCreated {
			key,
			creator: by,
			config,
			deposit,
		});
		Ok(())
	}

	/// Removes feed `key` for `by` (`None`: the network): its reporters leave with their
	/// rewards, the deposit is released, the pot burned. Returns how many reporters it had.
	pub(crate) fn do_remove_feed(
		by: Option<T::AccountId>,
		key: FeedKey,
	) -> Result<u32, DispatchError> {
		let feed = Feeds::<T>::get(&key).ok_or(Error::<T>::UnknownFeed)?;
		if let Some(who) = &by {
			ensure!(feed.creator.as_ref() == Some(who), Error::<T>::NoPermission);
		}
		let members: Vec<T::AccountId> = Reports::<T>::iter_key_prefix(&key).collect();
		let reporters = members.len() as u32;
		for reporter in members {
			Self::remove_from_feed(&key, &reporter)?;
		}
		let burned = if feed.pot.is_zero() {
			Zero::zero()
		} else {
			T::Currency::burn_held(
				&HoldReason::FeedRewards.into(),
				&Self::account_id(),
				feed.pot,
				Precision::BestEffort,
				Fortitude::Force,
			)?
		};
		if let Some(creator) = &feed.creator {
			if !feed.deposit.is_zero() {
				T::Currency::release(
					&HoldReason::FeedDeposit.into(),
					creator,
					feed.deposit,
					Precision::BestEffort,
				)?;
			}
		}
		Feeds::<T>::remove(&key);
		Self::deposit_event(Event::FeedRemoved {
			key,
			reporters,
			burned,
		});
		Ok(reporters)
	}

	/// Reporter `who` joins feed `key`.
	pub(crate) fn do_join_feed(who: T::AccountId, key: FeedKey) -> DispatchResult {
		let mut info = Self::ensure_bonded(&who)?;
		let mut feed = Feeds::<T>::get(&key).ok_or(Error::<T>::UnknownFeed)?;
		ensure!(
			!Reports::<T>::contains_key(&key, &who),
			Error::<T>::AlreadyFeedReporter
		);
		ensure!(
			feed.reporters < T::MaxReportersPerFeed::get(),
			Error::<T>::TooManyReporters
		);
		ensure!(
			info.feeds < T::MaxFeedsPerReporter::get(),
			Error::<T>::TooManyFeeds
		);
		feed.reporters = feed.reporters.saturating_add(1);
		info.feeds = info.feeds.saturating_add(1);
		Reports::<T>::insert(&key, &who, Report::default());
		Feeds::<T>::insert(&key, feed);
		Reporters::<T>::insert(&who, info);
		Self::deposit_event(Event::FeedJoined { key, reporter: who });
		Ok(())
	}

	/// `reporter` leaves feed `key`, by itself (`by` is it) or by the network (`None`).
	pub(crate) fn do_leave_feed(
		by: Option<T::AccountId>,
		key: FeedKey,
		reporter: T::AccountId,
	) -> DispatchResult {
		if let Some(who) = &by {
			ensure!(*who == reporter, Error::<T>::NoPermission);
		}
		ensure!(Feeds::<T>::contains_key(&key), Error::<T>::UnknownFeed);
		ensure!(
			Reports::<T>::contains_key(&key, &reporter),
			Error::<T>::NotFeedReporter
		);
		if by.is_some() {
			ensure!(
				Standings::<T>::get(&key, &reporter).streak == 0,
				Error::<T>::OutlierStreak
			);
		}
		Self::remove_from_feed(&key, &reporter)
	}

	/// Removes `reporter`'s slot from feed `key`: pays its rewards, forgives its streak.
	fn remove_from_feed(key: &FeedKey, reporter: &T::AccountId) -> DispatchResult {
		let standing = Standings::<T>::take(key, reporter);
		let paid = Self::pay_rewards(reporter, standing.unclaimed)?;
		Reports::<T>::remove(key, reporter);
		Feeds::<T>::mutate(key, |f| {
			if let Some(f) = f {
				f.reporters = f.reporters.saturating_sub(1);
			}
		});
		Reporters::<T>::mutate(reporter, |i| {
			if let Some(i) = i {
				i.feeds = i.feeds.saturating_sub(1);
				i.at_risk = i.at_risk.saturating_sub(standing.at_risk);
			}
		});
		Self::deposit_event(Event::FeedLeft {
			key: key.clone(),
			reporter: reporter.clone(),
			paid,
		});
		Ok(())
	}

	/// Pays `amount` of rewards held on the pallet's account to `to`.
	fn pay_rewards(to: &T::AccountId, amount: BalanceOf<T>) -> Result<BalanceOf<T>, DispatchError> {
		if amount.is_zero() {
			return Ok(Zero::zero());
		}
		T::Currency::transfer_on_hold(
			&HoldReason::FeedRewards.into(),
			&Self::account_id(),
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)
	}

	/// Records `who`'s `values`: one [`Reports`] entry read and written per value.
	pub(crate) fn do_submit(who: T::AccountId, values: ValuesOf<T>) -> DispatchResult {
		Self::ensure_bonded(&who)?;
		let now = frame_system::Pallet::<T>::block_number();
		let round = Self::round_of(now);
		for (key, value) in values.iter() {
			Reports::<T>::try_mutate(key, &who, |slot| -> DispatchResult {
				let report = slot.as_mut().ok_or(Error::<T>::NotFeedReporter)?;
				let reported = Reported {
					value: *value,
					at: now,
				};
				report.record(reported, |at| Self::round_of(at) < round);
				Ok(())
			})?;
		}
		Self::deposit_event(Event::Submitted {
			reporter: who,
			values,
		});
		Ok(())
	}

	/// Closes the round before the current one of feed `key`. Returns how many reporters the
	/// feed has (what the call weighs).
	pub(crate) fn do_close_round(key: FeedKey) -> Result<u32, DispatchError> {
		let mut feed = Feeds::<T>::get(&key).ok_or(Error::<T>::UnknownFeed)?;
		let round = Self::current_round()
			.checked_sub(1)
			.ok_or(Error::<T>::NoRoundToClose)?;
		ensure!(
			feed.last_closed.is_none_or(|c| c < round) && Self::round_of(feed.created_at) <= round,
			Error::<T>::NoRoundToClose
		);
		let mut members = 0u32;
		let mut entries: Vec<(T::AccountId, u128)> = Vec::new();
		for (reporter, report) in Reports::<T>::iter_prefix(&key) {
			members = members.saturating_add(1);
			let made = [report.last(), report.previous()]
				.into_iter()
				.flatten()
				.find(|r| Self::round_of(r.at) == round);
			if let Some(r) = made {
				entries.push((reporter, r.value));
			}
		}
		feed.last_closed = Some(round);
		let reports = entries.len() as u32;
		let mut median = None;
		let mut in_band = 0u32;
		let mut reward: BalanceOf<T> = Zero::zero();
		if reports >= feed.config.min_reports {
			let mut values: Vec<u128> = entries.iter().map(|(_, v)| *v).collect();
			median = maths::median(&mut values);
		}
		if let Some(m) = median {
			let band = feed.config.band;
			in_band = entries
				.iter()
				.filter(|(_, v)| maths::within_band(*v, m, band))
				.count() as u32;
			let pay: u128 = feed
				.config
				.reward_per_round
				.min(feed.pot)
				.unique_saturated_into();
			let (share, _) = maths::equal_shares(pay, in_band);
			let share = BalanceOf::<T>::unique_saturated_from(share);
			for (reporter, value) in &entries {
				if maths::within_band(*value, m, band) {
					Self::score_in_band(&key, reporter, share);
					reward = reward.saturating_add(share);
				} else {
					Self::score_outlier(&key, reporter)?;
				}
			}
			feed.pot = feed.pot.saturating_sub(reward);
		}
		Feeds::<T>::insert(&key, feed);
		Self::deposit_event(Event::RoundClosed {
			key,
			round,
			reports,
			median,
			in_band,
			reward,
		});
		Ok(members)
	}

	/// A report in the band: `share` of the round's reward, and its streak ends.
	fn score_in_band(key: &FeedKey, reporter: &T::AccountId, share: BalanceOf<T>) {
		let mut standing = Standings::<T>::get(key, reporter);
		standing.unclaimed = standing.unclaimed.saturating_add(share);
		if standing.streak > 0 {
			let released = core::mem::take(&mut standing.at_risk);
			Reporters::<T>::mutate(reporter, |i| {
				if let Some(i) = i {
					i.at_risk = i.at_risk.saturating_sub(released);
				}
			});
			standing.streak = 0;
		}
		Standings::<T>::insert(key, reporter, standing);
	}

	/// A report outside the band: its streak grows; the first outlier round fixes what the
	/// streak puts at risk, the `OutlierRounds`-th slashes it.
	fn score_outlier(key: &FeedKey, reporter: &T::AccountId) -> DispatchResult {
		let mut standing = Standings::<T>::get(key, reporter);
		// Every feed reporter is a reporter (`do_try_state`).
		let Some(mut info) = Reporters::<T>::get(reporter) else {
			return Ok(());
		};
		standing.streak = standing.streak.saturating_add(1);
		if standing.streak == 1 {
			standing.at_risk = T::OutlierSlash::get() * info.bond;
			info.at_risk = info.at_risk.saturating_add(standing.at_risk);
		}
		if standing.streak >= T::OutlierRounds::get() {
			let stake = core::mem::take(&mut standing.at_risk);
			let slashed = Self::slash(reporter, &mut info, stake)?;
			info.at_risk = info.at_risk.saturating_sub(stake);
			standing.streak = 0;
			Self::deposit_event(Event::OutlierSlashed {
				key: key.clone(),
				reporter: reporter.clone(),
				slashed,
			});
		} else {
			Self::deposit_event(Event::Outlier {
				key: key.clone(),
				reporter: reporter.clone(),
				streak: standing.streak,
				at_risk: standing.at_risk,
			});
		}
		Reporters::<T>::insert(reporter, info);
		Standings::<T>::insert(key, reporter, standing);
		Ok(())
	}

	/// Adds `amount` of `who`'s balance to feed `key`'s pot.
	pub(crate) fn do_fund_feed(
		who: T::AccountId,
		key: FeedKey,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut feed = Feeds::<T>::get(&key).ok_or(Error::<T>::UnknownFeed)?;
		Self::ensure_pallet_account();
		T::Currency::transfer_and_hold(
			&HoldReason::FeedRewards.into(),
			&who,
			&Self::account_id(),
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		feed.pot = feed.pot.saturating_add(amount);
		let pot = feed.pot;
		Feeds::<T>::insert(&key, feed);
		Self::deposit_event(Event::FeedFunded {
			key,
			from: who,
			amount,
			pot,
		});
		Ok(())
	}

	/// Pays `who` its rewards of feed `key`.
	pub(crate) fn do_claim_rewards(who: T::AccountId, key: FeedKey) -> DispatchResult {
		let mut standing = Standings::<T>::get(&key, &who);
		ensure!(!standing.unclaimed.is_zero(), Error::<T>::NothingToClaim);
		let amount = Self::pay_rewards(&who, core::mem::take(&mut standing.unclaimed))?;
		if Reports::<T>::contains_key(&key, &who) {
			Standings::<T>::insert(&key, &who, standing);
		} else {
			Standings::<T>::remove(&key, &who);
		}
		Self::deposit_event(Event::RewardsClaimed {
			key,
			reporter: who,
			amount,
		});
		Ok(())
	}

	/// Feed `key`'s value now: the median of its fresh reports if at least `min_reports` are
	/// fresh; otherwise the median of every reporter's last report, marked stale since the
	/// first block with too few fresh reports (as far as the last reports tell; the feed's
	/// creation if it never had enough). `None` for an unknown feed or one never reported.
	pub fn quote(key: &FeedKey) -> Option<PriceQuote<BlockNumberFor<T>>> {
		let feed = Feeds::<T>::get(key)?;
		let now = frame_system::Pallet::<T>::block_number();
		let max_age = feed.config.max_age;
		let last: Vec<Reported<BlockNumberFor<T>>> = Reports::<T>::iter_prefix_values(key)
			.filter_map(|r| r.last())
			.collect();
		if last.is_empty() {
			return None;
		}
		let fresh: Vec<&Reported<BlockNumberFor<T>>> = last
			.iter()
			.filter(|r| now.saturating_sub(r.at) <= max_age)
			.collect();
		let fresh_enough = fresh.len() as u32 >= feed.config.min_reports;
		let counted: Vec<&Reported<BlockNumberFor<T>>> = if fresh_enough {
			fresh
		} else {
			last.iter().collect()
		};
		let mut values: Vec<u128> = counted.iter().map(|r| r.value).collect();
		let value = maths::median(&mut values)?;
		let updated_at = counted.iter().map(|r| r.at).max()?;
		let freshness = if fresh_enough {
			Freshness::Fresh
		} else {
			let mut ats: Vec<u64> = last.iter().map(|r| r.at.unique_saturated_into()).collect();
			let since = maths::stale_since(
				&mut ats,
				feed.config.min_reports,
				max_age.unique_saturated_into(),
			)
			.map(BlockNumberFor::<T>::unique_saturated_from)
			.unwrap_or(feed.created_at)
			.max(feed.created_at);
			Freshness::Stale { since }
		};
		Some(PriceQuote {
			value,
			unit: feed.config.unit,
			updated_at,
			reports: counted.len() as u32,
			freshness,
		})
	}
}
