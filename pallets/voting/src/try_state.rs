//! The invariants of the voting pallet, checked after every unit test and by `try-runtime`.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The invariants:
	/// - every tally is at most the power at its record date, and every choice's count is the
	///   sum of what the direct votes for it count (each ballot counted once); while the
	///   record date is retained, each ballot counts exactly its voter's power there (own and
	///   carried) less the power voted directly below it, which never exceeds an account's
	///   power; a vote record belongs to a stored resolution; nothing empty is stored;
	/// - the open resolutions per token are what the counts say; only open ones keep a call;
	/// - per token, each node's carried balance in each topic is the sum over its direct
	///   followers of their balance plus what they carry, and its follower counts by distance
	///   agree with its followers'; no chain is longer than `MaxFollowDepth` (so none is a
	///   cycle); a topic without its own follow follows the catch-all; the edge count is the
	///   number of follow edges; no custodian is in the graph; histories are sorted and not
	///   ahead of the latest checkpoint;
	/// - held deposits and rewards are what the stored resolutions, nodes and funders say:
	///   proposal deposits of open resolutions, follow deposits of nodes, rewards of funders
	///   (and each reward's funders hold what it has not paid).
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::{collections::btree_map::BTreeMap, vec::Vec};
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::traits::Saturating;

		// Resolutions and tallies.
		let mut active = BTreeMap::<TokenId, ActiveCount>::new();
		let mut proposal_deposits = BTreeMap::<T::AccountId, DepositOf<T>>::new();
		for (index, res) in Resolutions::<T>::iter() {
			ensure!(
				res.tally.turnout() <= res.total,
				"tally above the power at the record date"
			);
			let mut counted = Tally::default();
			for (_, record) in VoteRecords::<T>::iter_prefix(index) {
				ensure!(!record.is_empty(), "an empty vote record is stored");
				if let Some(b) = record.ballot {
					counted.add(b.choice, b.counted);
				}
			}
			ensure!(
				counted == res.tally,
				"the tally differs from the sum of the ballots"
			);
			// Each direct vote counts its power at the record date less what voted directly
			// below it; nobody has more voted below it than its power.
			if Self::record_retained(res.token, res.record) {
				for (who, record) in VoteRecords::<T>::iter_prefix(index) {
					let own = Self::own_power_at(&res, &who)
						.map_err(|_| "a retained record date is unanswerable")?;
					let carried = Self::link_at(res.token, &who, res.topic, res.record)
						.carried
						.saturating_mul(u128::from(res.votes_per_unit));
					let power = own.saturating_add(carried);
					ensure!(
						record.voted_below <= power,
						"more voted below an account than its power"
					);
					if let Some(b) = record.ballot {
						ensure!(
							b.counted.saturating_add(record.voted_below) == power,
							"a ballot counts other than its power less what voted below it"
						);
					}
				}
			}
			if res.status == ResolutionStatus::Ongoing {
				let a = active.entry(res.token).or_default();
				a.total.saturating_inc();
				if matches!(res.proposer, Proposer::Holder(_)) {
					a.by_holders.saturating_inc();
				}
				if let Some(who) = res.proposer.account() {
					let sum = proposal_deposits.entry(who.clone()).or_default();
					*sum = sum.saturating_add(res.deposit);
				}
				ensure!(
					res.has_call == ResolutionCalls::<T>::contains_key(index),
					"an open resolution's call is missing"
				);
			} else {
				ensure!(
					!ResolutionCalls::<T>::contains_key(index),
					"a closed resolution keeps its call"
				);
			}
		}
		for index in VoteRecords::<T>::iter_keys().map(|(r, _)| r) {
			ensure!(
				Resolutions::<T>::contains_key(index),
				"a vote record of an unknown resolution"
			);
		}
		ensure!(
			Active::<T>::iter().all(|(t, a)| active.get(&t) == Some(&a)),
			"stored open counts differ from the open resolutions"
		);
		ensure!(
			active.iter().all(|(t, a)| Active::<T>::get(t) == *a),
			"an open resolution is not counted"
		);

		// The follow graph.
		let mut follow_deposits = BTreeMap::<T::AccountId, DepositOf<T>>::new();
		let mut tokens = Vec::new();
		for token in Nodes::<T>::iter_keys().map(|(t, _)| t) {
			if !tokens.contains(&token) {
				tokens.push(token);
			}
		}
		for token in FollowEdges::<T>::iter_keys() {
			ensure!(
				tokens.contains(&token),
				"follow edges of a token without nodes"
			);
		}
		let max = T::MaxFollowDepth::get() as usize;
		for token in tokens {
			let nodes: BTreeMap<T::AccountId, FollowNodeOf<T>> =
				Nodes::<T>::iter_prefix(token).collect();
			let latest = T::Ledger::latest_checkpoint(token);
			let mut edges = 0u32;
			for (who, node) in &nodes {
				ensure!(!node.is_empty(), "an empty node is stored");
				ensure!(
					!T::Ledger::is_custodian(who),
					"a custodian is in the follow graph"
				);
				let explicit = node.topics.iter().filter(|l| l.explicit).count();
				ensure!(
					usize::from(node.entries) == explicit + usize::from(node.catch_all.is_some()),
					"a node's follow count differs from its follows"
				);
				let sum = follow_deposits.entry(who.clone()).or_default();
				*sum = sum.saturating_add(node.deposit);
				for (t, link) in Topic::ALL.into_iter().zip(node.topics.iter()) {
					if !link.explicit {
						ensure!(
							link.followee == node.catch_all,
							"a topic without its own follow does not follow the catch-all"
						);
					}
					if let Some(f) = &link.followee {
						edges.saturating_inc();
						ensure!(nodes.contains_key(f), "a followee without a node");
					}
					ensure!(
						link.below.last() != Some(&0),
						"a follower histogram has trailing zeros"
					);
					// Carried balance and counts, from the direct followers.
					let mut carried = 0u128;
					let mut below = alloc::vec![0u32; max.saturating_add(1)];
					for (c, cn) in &nodes {
						let Some(cl) = cn.link(t) else { continue };
						if cl.followee.as_ref() != Some(who) {
							continue;
						}
						let own: u128 = T::Ledger::balance(token, c).into();
						carried = carried.saturating_add(own).saturating_add(cl.carried);
						if let Some(first) = below.get_mut(0) {
							*first = first.saturating_add(1);
						}
						for (k, n) in cl.below.iter().enumerate() {
							let Some(slot) = below.get_mut(k.saturating_add(1)) else {
								return Err("a chain longer than MaxFollowDepth".into());
							};
							*slot = slot.saturating_add(*n);
						}
					}
					ensure!(
						carried == link.carried,
						"carried balance differs from the sum over followers"
					);
					while below.last() == Some(&0) {
						below.pop();
					}
					ensure!(
						below.as_slice() == link.below.as_slice(),
						"follower counts differ from the followers'"
					);
					ensure!(
						link.below.len() <= max,
						"a chain longer than MaxFollowDepth"
					);
					// The chain above, and the longest one through this node.
					let mut up = 0usize;
					let mut at = link.followee.clone();
					while let Some(a) = at {
						up += 1;
						ensure!(up <= max, "a chain longer than MaxFollowDepth (or a cycle)");
						at = nodes
							.get(&a)
							.and_then(|n| n.link(t))
							.and_then(|l| l.followee.clone());
					}
					ensure!(
						up.saturating_add(link.below.len()) <= max,
						"a chain longer than MaxFollowDepth"
					);
					ensure!(
						link.snapshot <= latest && node.created <= latest,
						"a node ahead of the latest checkpoint"
					);
				}
			}
			ensure!(
				edges == FollowEdges::<T>::get(token),
				"the edge count differs from the follow edges"
			);
		}
		for ((token, _, _), history) in LinkHistory::<T>::iter() {
			let latest = T::Ledger::latest_checkpoint(token);
			ensure!(
				history.windows(2).all(|w| w[0].0 < w[1].0),
				"a follow history is not sorted"
			);
			ensure!(
				history.iter().all(|(id, _)| *id <= latest && *id > 0),
				"a follow history is ahead of the latest checkpoint"
			);
		}

		// Rewards.
		let mut reward_holds = BTreeMap::<T::AccountId, DepositOf<T>>::new();
		for (index, pool) in RewardPools::<T>::iter() {
			ensure!(
				Resolutions::<T>::contains_key(index),
				"a reward of an unknown resolution"
			);
			let funders = RewardFunders::<T>::get(index);
			let mut held = DepositOf::<T>::zero();
			for f in &funders {
				held = held.saturating_add(f.held);
				let sum = reward_holds.entry(f.who.clone()).or_default();
				*sum = sum.saturating_add(f.held);
			}
			ensure!(
				pool.paid <= pool.total && held == pool.total.saturating_sub(pool.paid),
				"a reward's funders hold other than what it has not paid"
			);
		}
		for index in RewardFunders::<T>::iter_keys() {
			ensure!(
				RewardPools::<T>::contains_key(index),
				"funders of no reward"
			);
		}

		for (reason, sums) in [
			(HoldReason::ProposalDeposit, proposal_deposits),
			(HoldReason::FollowDeposit, follow_deposits),
			(HoldReason::RewardFund, reward_holds),
		] {
			let reason = reason.into();
			for (who, sum) in sums {
				ensure!(
					T::Currency::balance_on_hold(&reason, &who) == sum,
					"held deposits or rewards differ from what is owed"
				);
			}
		}
		Ok(())
	}
}
