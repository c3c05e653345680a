//! [`OnBalanceChange`]: the ledger tells the pallet of every balance change, which it carries
//! up the changed accounts' follow chains (at most `MaxFollowDepth` ancestors per topic).
//! Tallies never change here: they read the record date.

use crate::following::{Carry, NodeCache};
use crate::*;
use vellum_primitives::ledger::{BalanceUpdate, Movement, OnBalanceChange};

impl<T: Config> OnBalanceChange<T::AccountId, T::Balance> for Pallet<T> {
	fn on_balance_change(
		movement: &Movement<T::AccountId, T::Balance>,
		from: Option<BalanceUpdate<T::Balance>>,
		to: Option<BalanceUpdate<T::Balance>>,
	) {
		let token = movement.token;
		if FollowEdges::<T>::get(token) == 0 {
			return;
		}
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
					Self::carry_up(&mut cache, topic, followee, &carry);
				}
			}
		}
		cache.flush();
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
