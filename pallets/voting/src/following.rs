//! Following: the follow graph per token and topic, kept so that every update is O(depth).
//!
//! Each node (one storage item per token and account) holds, per topic, its effective
//! followee, what it carries for its followers (`carried`: over its direct followers, their
//! balance plus what they carry) and how many followers it has at each distance (`below`).
//! Attaching or detaching an account adds or removes its balance plus what it carries, and its
//! follower counts shifted by the distance, at each of its at most `MaxFollowDepth`
//! ancestors: no walk over followers. The depth limit is checked from the counts: a follow of
//! `b` by `a` is allowed iff `up(b) + 1 + height(a) <= MaxFollowDepth`.
//!
//! Record dates: before a topic of a node changes, if the token has a checkpoint newer than
//! the topic's last change, its followee and carried balance are saved to the topic's history
//! (copy-on-write, as the ledger does for balances), so that tallies read the graph as it was
//! at their record date.

use crate::*;
use alloc::vec::Vec;
use frame_support::traits::tokens::Precision;
use sp_runtime::traits::Saturating;

/// The nodes one operation touches, read once and written back once.
pub(crate) struct NodeCache<T: Config> {
	token: TokenId,
	latest: CheckpointId,
	/// (account, node as it is now (`None`: absent), changed).
	entries: Vec<(T::AccountId, Option<FollowNodeOf<T>>, bool)>,
}

impl<T: Config> NodeCache<T> {
	/// A cache for `token`, whose latest checkpoint is `latest`.
	pub(crate) fn new(token: TokenId, latest: CheckpointId) -> Self {
		NodeCache {
			token,
			latest,
			entries: Vec::new(),
		}
	}

	fn position(&mut self, who: &T::AccountId) -> usize {
		if let Some(i) = self.entries.iter().position(|(a, _, _)| a == who) {
			return i;
		}
		let node = Nodes::<T>::get(self.token, who);
		self.entries.push((who.clone(), node, false));
		self.entries.len().saturating_sub(1)
	}

	/// `who`'s node, if it has one.
	pub(crate) fn get(&mut self, who: &T::AccountId) -> Option<&FollowNodeOf<T>> {
		let i = self.position(who);
		self.entries.get(i).and_then(|(_, n, _)| n.as_ref())
	}

	/// `who`'s node to change, created if it has none.
	pub(crate) fn node_mut(&mut self, who: &T::AccountId) -> Option<&mut FollowNodeOf<T>> {
		let latest = self.latest;
		let i = self.position(who);
		let (_, node, changed) = self.entries.get_mut(i)?;
		*changed = true;
		Some(node.get_or_insert_with(|| Pallet::<T>::new_node(latest)))
	}

	/// `who`'s link in `topic` to change (its node created if it has none), its old values
	/// saved to the history first if a checkpoint was taken since it last changed.
	pub(crate) fn link_mut(
		&mut self,
		who: &T::AccountId,
		topic: Topic,
	) -> Option<&mut TopicLink<T::AccountId>> {
		let (token, latest) = (self.token, self.latest);
		let node = self.node_mut(who)?;
		Pallet::<T>::save_link(token, who, node, topic, latest);
		node.link_mut(topic)
	}

	/// The effective followee of `who` in `topic` now.
	pub(crate) fn followee(&mut self, who: &T::AccountId, topic: Topic) -> Option<T::AccountId> {
		self.get(who)
			.and_then(|n| n.link(topic))
			.and_then(|l| l.followee.clone())
	}

	/// Writes every changed node back (removing those that carry nothing).
	pub(crate) fn flush(self) {
		for (who, node, changed) in self.entries {
			if !changed {
				continue;
			}
			match node {
				Some(n) if !n.is_empty() => Nodes::<T>::insert(self.token, &who, n),
				_ => Nodes::<T>::remove(self.token, &who),
			}
		}
	}
}

/// Adds `counts` (a node and its followers by distance: `[1, below...]`) to `below`, `offset`
/// places further down.
fn add_counts(below: &mut Histogram, offset: usize, counts: &[u32]) {
	for (m, c) in counts.iter().enumerate() {
		let k = offset.saturating_add(m);
		while below.len() <= k {
			if below.try_push(0).is_err() {
				frame_support::defensive!("follow chains are at most MaxFollowDepth long");
				return;
			}
		}
		if let Some(x) = below.get_mut(k) {
			*x = x.saturating_add(*c);
		}
	}
}

/// Removes what [`add_counts`] added, and the trailing zeros.
fn remove_counts(below: &mut Histogram, offset: usize, counts: &[u32]) {
	for (m, c) in counts.iter().enumerate() {
		if let Some(x) = below.get_mut(offset.saturating_add(m)) {
			*x = x.saturating_sub(*c);
		}
	}
	while below.last() == Some(&0) {
		below.pop();
	}
}

/// A change carried up a chain: a balance (and follower counts) added or removed.
pub(crate) struct Carry<'a> {
	/// The balance.
	pub amount: u128,
	/// Follower counts by distance from the first ancestor's direct follower (`[1, below...]`
	/// for an attached or detached account; empty for a balance change).
	pub counts: &'a [u32],
	/// Added (else removed).
	pub add: bool,
}

impl<T: Config> Pallet<T> {
	/// Checkpoints up to this id are no longer retained.
	pub(crate) fn horizon(latest: CheckpointId) -> CheckpointId {
		latest.saturating_sub(T::MaxCheckpoints::get())
	}

	/// A node created now.
	pub(crate) fn new_node(latest: CheckpointId) -> FollowNodeOf<T> {
		let mut node = FollowNodeOf::<T> {
			created: latest,
			..Default::default()
		};
		for link in node.topics.iter_mut() {
			link.snapshot = latest;
		}
		node
	}

	/// Copy-on-write: if a checkpoint was taken since `who`'s link in `topic` last changed,
	/// saves the values it had then (and, for a node created after an earlier checkpoint and
	/// unchanged since, that it did not exist before), before it changes.
	pub(crate) fn save_link(
		token: TokenId,
		who: &T::AccountId,
		node: &mut FollowNodeOf<T>,
		topic: Topic,
		latest: CheckpointId,
	) {
		let created = node.created;
		let Some(link) = node.link_mut(topic) else {
			return;
		};
		if latest == 0 || link.snapshot >= latest {
			return;
		}
		let horizon = Self::horizon(latest);
		let since_creation = link.snapshot == created;
		let saved = LinkSnapshot {
			followee: link.followee.clone(),
			carried: link.carried,
		};
		link.snapshot = latest;
		LinkHistory::<T>::mutate((token, who, topic), |history| {
			if history.last().is_some_and(|(id, _)| *id == latest) {
				// Saved already (the node was emptied and removed since).
				return;
			}
			history.retain(|(id, _)| *id > horizon);
			if since_creation
				&& created > horizon
				&& history.last().is_none_or(|(id, _)| *id < created)
				&& history
					.try_push((created, LinkSnapshot::default()))
					.is_err()
			{
				frame_support::defensive!("history holds only retained checkpoints");
			}
			if history.try_push((latest, saved)).is_err() {
				frame_support::defensive!("history holds only retained checkpoints");
			}
		});
	}

	/// `who`'s followee and carried balance in `topic` at `checkpoint`: the node's current
	/// values if it did not change since the checkpoint was taken (one read), else the first
	/// saved entry at or after the checkpoint.
	pub fn link_at(
		token: TokenId,
		who: &T::AccountId,
		topic: Topic,
		checkpoint: CheckpointId,
	) -> LinkSnapshot<T::AccountId> {
		let node = Nodes::<T>::get(token, who);
		let current = node.as_ref().and_then(|n| {
			n.link(topic).map(|l| LinkSnapshot {
				followee: l.followee.clone(),
				carried: l.carried,
			})
		});
		if let (Some(n), Some(current)) = (&node, &current) {
			if n.link(topic).is_some_and(|l| l.snapshot < checkpoint) {
				return current.clone();
			}
		}
		let history = LinkHistory::<T>::get((token, who, topic));
		let i = history.partition_point(|(id, _)| *id < checkpoint);
		if let Some((_, saved)) = history.get(i) {
			return saved.clone();
		}
		match (node, current) {
			(Some(n), Some(current)) if n.created < checkpoint => current,
			_ => LinkSnapshot::default(),
		}
	}

	/// Carries `carry` up the chain starting at `first` in `topic`: to each ancestor's carried
	/// balance, and its counts shifted by the ancestor's distance. Returns the number of
	/// ancestors (at most `MaxFollowDepth`).
	pub(crate) fn carry_up(
		cache: &mut NodeCache<T>,
		topic: Topic,
		first: Option<T::AccountId>,
		carry: &Carry,
	) -> u32 {
		let mut next = first;
		let mut distance = 0u32;
		while let Some(ancestor) = next.take() {
			if distance >= T::MaxFollowDepth::get() {
				frame_support::defensive!("follow chains are at most MaxFollowDepth long");
				break;
			}
			let Some(link) = cache.link_mut(&ancestor, topic) else {
				break;
			};
			if carry.add {
				link.carried = link.carried.saturating_add(carry.amount);
				add_counts(&mut link.below, distance as usize, carry.counts);
			} else {
				link.carried = link.carried.saturating_sub(carry.amount);
				remove_counts(&mut link.below, distance as usize, carry.counts);
			}
			distance.saturating_inc();
			next = link.followee.clone();
		}
		distance
	}

	/// Checks that `who` (whose longest chain of followers in `topic` is `height`) may follow
	/// `followee` there: no cycle, no chain longer than `MaxFollowDepth`. Returns the number
	/// of ancestors of `followee`.
	fn check_attach(
		cache: &mut NodeCache<T>,
		who: &T::AccountId,
		followee: &T::AccountId,
		topic: Topic,
		height: u32,
	) -> Result<u32, DispatchError> {
		let max = T::MaxFollowDepth::get();
		let mut up = 0u32;
		let mut at = followee.clone();
		loop {
			ensure!(at != *who, Error::<T>::FollowCycle);
			let Some(next) = cache.followee(&at, topic) else {
				break;
			};
			up.saturating_inc();
			ensure!(up < max, Error::<T>::FollowTooDeep);
			at = next;
		}
		ensure!(
			up.saturating_add(1).saturating_add(height) <= max,
			Error::<T>::FollowTooDeep
		);
		Ok(up)
	}

	/// Sets or removes a follow; returns the longest chain it walked.
	pub(crate) fn do_follow(
		who: &T::AccountId,
		token: TokenId,
		topic: Option<Topic>,
		followee: Option<T::AccountId>,
	) -> Result<u32, DispatchError> {
		ensure!(T::Ledger::exists(token), Error::<T>::UnknownToken);
		ensure!(!T::Ledger::is_custodian(who), Error::<T>::CustodianAccount);
		let own: u128 = T::Ledger::balance(token, who).into();
		if let Some(f) = &followee {
			ensure!(f != who, Error::<T>::SelfFollow);
			ensure!(!T::Ledger::is_custodian(f), Error::<T>::CustodianAccount);
			ensure!(own > 0, Error::<T>::NotHolder);
		}
		let latest = T::Ledger::latest_checkpoint(token);
		let mut cache = NodeCache::<T>::new(token, latest);
		let node = cache.get(who).cloned().unwrap_or_default();

		// The follow set before, and the effective followee of each topic it changes.
		let old = match topic {
			Some(t) => node
				.link(t)
				.filter(|l| l.explicit)
				.and_then(|l| l.followee.clone()),
			None => node.catch_all.clone(),
		};
		if old == followee {
			return Err(match followee {
				None => Error::<T>::NotFollowing,
				Some(_) => Error::<T>::AlreadyFollowing,
			}
			.into());
		}
		let mut changes = Vec::new();
		match topic {
			Some(t) => changes.push((t, followee.clone().or(node.catch_all.clone()), true)),
			None => {
				for t in Topic::ALL {
					if node.link(t).is_some_and(|l| !l.explicit) {
						changes.push((t, followee.clone(), false));
					}
				}
			}
		}

		// Every check first.
		let mut walked = 0u32;
		for (t, new, _) in &changes {
			let Some(link) = node.link(*t) else { continue };
			if let Some(b) = new.as_ref().filter(|b| link.followee.as_ref() != Some(*b)) {
				let up = Self::check_attach(&mut cache, who, b, *t, link.height())?;
				walked = walked.max(up.saturating_add(1));
			}
		}

		// Then the changes: detach from the old chain, attach to the new one.
		let mut edges = FollowEdges::<T>::get(token);
		for (t, new, is_topic_follow) in changes {
			let Some(link) = node.link(t) else { continue };
			let explicit = if is_topic_follow {
				new.is_some() && followee.is_some()
			} else {
				link.explicit
			};
			if link.followee == new {
				if let Some(l) = cache.link_mut(who, t) {
					l.explicit = explicit;
				}
				continue;
			}
			let mut counts = Vec::with_capacity(link.below.len().saturating_add(1));
			counts.push(1u32);
			counts.extend(link.below.iter().copied());
			let amount = own.saturating_add(link.carried);
			if let Some(o) = link.followee.clone() {
				let carry = Carry {
					amount,
					counts: &counts,
					add: false,
				};
				walked = walked.max(Self::carry_up(&mut cache, t, Some(o), &carry));
				edges.saturating_dec();
			}
			if let Some(l) = cache.link_mut(who, t) {
				l.followee = new.clone();
				l.explicit = explicit;
			}
			if new.is_some() {
				let carry = Carry {
					amount,
					counts: &counts,
					add: true,
				};
				Self::carry_up(&mut cache, t, new, &carry);
				edges.saturating_inc();
			}
		}

		// The follow itself and its deposit.
		let reason = HoldReason::FollowDeposit.into();
		let n = cache.node_mut(who).ok_or(Error::<T>::Overflow)?;
		if topic.is_none() {
			n.catch_all = followee.clone();
		}
		match (old.is_some(), followee.is_some()) {
			(false, true) => {
				let amount = T::FollowDeposit::get();
				T::Currency::hold(&reason, who, amount)?;
				n.deposit = n.deposit.saturating_add(amount);
				n.entries.saturating_inc();
			}
			(true, false) => {
				let amount = if n.entries <= 1 {
					n.deposit
				} else {
					T::FollowDeposit::get().min(n.deposit)
				};
				let released = T::Currency::release(&reason, who, amount, Precision::BestEffort)?;
				n.deposit = n.deposit.saturating_sub(released);
				n.entries.saturating_dec();
			}
			_ => {}
		}
		let deposit = n.deposit;
		cache.flush();
		if edges == 0 {
			FollowEdges::<T>::remove(token);
		} else {
			FollowEdges::<T>::insert(token, edges);
		}
		Self::deposit_event(Event::Followed {
			token,
			who: who.clone(),
			topic,
			followee,
			deposit,
		});
		Ok(walked)
	}
}
