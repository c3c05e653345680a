//! [`OnBalanceChange`]: the ledger tells the pallet of every balance change, which it carries
//! up the changed accounts' follow chains (at most `MaxFollowDepth` ancestors per topic).
//! Tallies never change here: they read the record date. It reports the weight of the
//! ancestors it walked, so a movement of a token with follows pays for the chains it moved
//! along, not for the deepest chains possible.

use crate::following::{Carry, NodeCache};
use crate::*;
use sp_runtime::traits::Saturating;
use vellum_primitives::ledger::{BalanceUpdate, Movement, OnBalanceChange};

impl<T: Config> OnBalanceChange<T::AccountId, T::Balance> for Pallet<T> {
	fn on_balance_change(
		movement: &Movement<T::AccountId, T::Balance>,
		from: Option<BalanceUpdate<T::Balance>>,
		to: Option<BalanceUpdate<T::Balance>>,
	) -> Weight {
		let token = movement.token;
		if FollowEdges::<T>::get(token) == 0 {
			return T::WeightInfo::on_balance_change_unfollowed();
		}
		let mut walked = 0u32;
		let mut cache = NodeCache::<T>::new(token, T::Ledger::latest_checkpoint(token));
		for (who, update) in [(movement.from, from), (movement.to, to)] {
			let (Some(who), Some(update)) = (who, update) else {
				continue;
			};
			if update.old == update.new || T::Ledger::is_custodian(who) {
				continue;
			}
			let (old, new): (u128, u128) = (update.old.into(), update.new.into());
			let carry = Carry {
				amount: old.abs_diff(new),
				counts: &[],
				add: new > old,
			};
			let followees = match cache.get(who) {
				Some(node) => node.topics.clone().map(|l| l.followee),
				None => continue,
			};
			for (topic, followee) in Topic::ALL.into_iter().zip(followees) {
				if followee.is_some() {
					walked.saturating_accrue(Self::carry_up(&mut cache, topic, followee, &carry));
				}
			}
		}
		cache.flush();
		Self::walk_weight(walked)
	}

	fn max_weight() -> Weight {
		T::WeightInfo::on_balance_change(T::MaxFollowDepth::get(), 0)
	}

	fn weight(token: TokenId) -> Weight {
		if FollowEdges::<T>::get(token) == 0 {
			T::WeightInfo::on_balance_change_unfollowed()
		} else {
			Self::max_weight()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of a balance change that walked `walked` ancestors in all. The benchmark
	/// walks `d` ancestors on each of its 2 sides x [`Topic::ALL`] chains, so a walk of
	/// `walked` is covered by its `d = ceil(walked / chains)` (at least 1: the nodes of both
	/// sides are read whatever they follow).
	pub(crate) fn walk_weight(walked: u32) -> Weight {
		let chains = 2u32.saturating_mul(Topic::ALL.len() as u32);
		let d = walked
			.div_ceil(chains)
			.clamp(1, T::MaxFollowDepth::get().max(1));
		T::WeightInfo::on_balance_change(d, 0)
	}
}
