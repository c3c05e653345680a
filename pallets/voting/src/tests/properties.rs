//! Property test: over random follow graphs, balance changes before and after record dates,
//! checkpoints, votes and overrides, the O(depth) tallies equal a naive recomputation over
//! all holders at the record date, follows are refused exactly when they would close a cycle
//! or exceed the depth, and every invariant holds after every step.
//!
//! (A small deterministic generator instead of a property-testing crate: each case is seeded
//! by its number, so a failure names its case.)

use super::*;
use std::collections::BTreeMap;

/// A linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
	fn next(&mut self) -> u64 {
		self.0 = self
			.0
			.wrapping_mul(6_364_136_223_846_793_005)
			.wrapping_add(1_442_695_040_888_963_407);
		self.0 >> 33
	}

	fn below(&mut self, n: u64) -> u64 {
		self.next() % n.max(1)
	}

	fn pick<T: Copy>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize]
	}
}

const HOLDERS: [AccountId; 8] = [20, 21, 22, 23, 24, 25, 26, 27];

#[derive(Clone, Default)]
struct Follows {
	catch_all: Option<AccountId>,
	topic: [Option<AccountId>; 4],
}

impl Follows {
	fn effective(&self, t: usize) -> Option<AccountId> {
		self.topic[t].or(self.catch_all)
	}
}

/// Balances and effective followees (per topic) at one checkpoint.
type Snapshot = (
	BTreeMap<AccountId, Balance>,
	BTreeMap<(AccountId, usize), AccountId>,
);

#[derive(Default)]
struct Model {
	follows: BTreeMap<AccountId, Follows>,
	snapshots: BTreeMap<u32, Snapshot>,
	resolutions: Vec<(ResolutionIndex, u32, Topic)>,
	votes: BTreeMap<(ResolutionIndex, AccountId), Choice>,
}

impl Model {
	fn snapshot(&mut self, t: TokenId, cp: u32) {
		let balances = HOLDERS.iter().map(|a| (*a, balance(t, *a))).collect();
		let mut edges = BTreeMap::new();
		for (a, f) in &self.follows {
			for topic in 0..4 {
				if let Some(b) = f.effective(topic) {
					edges.insert((*a, topic), b);
				}
			}
		}
		self.snapshots.insert(cp, (balances, edges));
	}

	/// The chain above `a` at a snapshot (at most DEPTH + 1 steps).
	fn chain(snap: &Snapshot, a: AccountId, topic: usize) -> Vec<AccountId> {
		let mut out = vec![];
		let mut at = a;
		while let Some(next) = snap.1.get(&(at, topic)) {
			out.push(*next);
			at = *next;
			if out.len() > DEPTH as usize + 1 {
				break;
			}
		}
		out
	}

	fn naive_tally(&self, r: ResolutionIndex, cp: u32, topic: Topic) -> Tally {
		let snap = &self.snapshots[&cp];
		let mut tally = Tally::default();
		for a in HOLDERS {
			let power = snap.0[&a];
			let by = std::iter::once(a)
				.chain(Self::chain(snap, a, topic.index()))
				.find_map(|x| self.votes.get(&(r, x)));
			if let Some(choice) = by {
				tally.add(*choice, power);
			}
		}
		tally
	}

	fn naive_carried(&self, cp: u32, topic: Topic, a: AccountId) -> Power {
		let snap = &self.snapshots[&cp];
		HOLDERS
			.iter()
			.filter(|b| Self::chain(snap, **b, topic.index()).contains(&a))
			.map(|b| snap.0[b])
			.sum()
	}

	/// Whether the follows have no cycle and no chain longer than DEPTH.
	fn graph_ok(follows: &BTreeMap<AccountId, Follows>) -> bool {
		for topic in 0..4 {
			for a in follows.keys() {
				let mut at = *a;
				let mut steps = 0;
				while let Some(next) = follows.get(&at).and_then(|f| f.effective(topic)) {
					steps += 1;
					if steps > DEPTH {
						return false;
					}
					at = next;
				}
			}
		}
		true
	}
}

fn run_case(seed: u64, steps: u32) {
	new_test_ext().execute_with(|| {
		let mut rng = Lcg(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1));
		let t = new_token(ISSUER, 1);
		for a in HOLDERS {
			if rng.below(4) > 0 {
				issue(t, a, 1 + u128::from(rng.below(100) as u32));
			}
		}
		let mut m = Model::default();
		for step in 0..steps {
			let ctx = format!("case {seed} step {step}");
			match rng.below(12) {
				0..=3 => {
					let who = rng.pick(&HOLDERS);
					let topic = match rng.below(3) {
						0 => None,
						_ => Some(rng.pick(&Topic::ALL)),
					};
					let followee = match rng.below(4) {
						0 => None,
						_ => Some(rng.pick(&HOLDERS)),
					};
					let mut next = m.follows.clone();
					let f = next.entry(who).or_default();
					match topic {
						Some(tp) => f.topic[tp.index()] = followee,
						None => f.catch_all = followee,
					}
					let result = post(Voting::follow(signed(who), t, topic, followee));
					match result {
						Ok(()) => {
							assert!(Model::graph_ok(&next), "{ctx}: an invalid follow passed");
							m.follows = next;
						}
						Err(e)
							if e == Error::<Test>::FollowCycle.into()
								|| e == Error::<Test>::FollowTooDeep.into() =>
						{
							assert!(!Model::graph_ok(&next), "{ctx}: a valid follow refused");
						}
						Err(e) => assert!(
							[
								Error::<Test>::SelfFollow.into(),
								Error::<Test>::NotHolder.into(),
								Error::<Test>::AlreadyFollowing.into(),
								Error::<Test>::NotFollowing.into(),
							]
							.contains(&e),
							"{ctx}: {e:?}"
						),
					}
				}
				4 | 5 => {
					let from = rng.pick(&HOLDERS);
					let to = rng.pick(&HOLDERS);
					let have = balance(t, from);
					if from != to && have > 0 {
						transfer(t, from, to, 1 + u128::from(rng.below(have as u64) as u32));
					} else {
						issue(t, to, 1 + u128::from(rng.below(30) as u32));
					}
				}
				6 => {
					// Into custody and back: the power leaves the graph while there.
					let who = rng.pick(&HOLDERS);
					let have = balance(t, who);
					if have > 0 {
						let amount = 1 + u128::from(rng.below(have as u64) as u32);
						into_vault(t, who, amount);
						if rng.below(2) == 0 {
							assert_ok!(
								<SecurityToken as SecurityLedger<AccountId, Balance>>::release(
									t, &VAULT, &who, amount
								)
							);
						}
					}
				}
				7 => {
					let cp = checkpoint(t);
					m.snapshot(t, cp);
				}
				8 => {
					let topic = rng.pick(&Topic::ALL);
					let latest =
						<SecurityToken as SecurityLedger<AccountId, Balance>>::latest_checkpoint(t);
					let retained: Vec<u32> = m
						.snapshots
						.keys()
						.copied()
						.filter(|c| *c + MAX_CHECKPOINTS > latest)
						.collect();
					let record = if retained.is_empty() || rng.below(2) == 0 {
						RecordDate::New
					} else {
						RecordDate::Existing(rng.pick(&retained))
					};
					let index = next_index();
					let result = propose_as(
						RuntimeOrigin::root(),
						t,
						ResolutionKind::Ordinary,
						topic,
						record,
						None,
					);
					match result {
						Ok(_) => {
							let cp = res(index).record;
							if record == RecordDate::New {
								m.snapshot(t, cp);
							}
							m.resolutions.push((index, cp, topic));
						}
						Err(e) if e == Error::<Test>::TooManyActive.into() => {
							// Let every open one run out and close it (its tally stays checked).
							run_to(System::block_number() + PERIOD + 2 * WFQ + 1);
							for (r, _, _) in &m.resolutions {
								if res(*r).status == ResolutionStatus::Ongoing {
									close(*r);
								}
							}
						}
						Err(e) => assert_eq!(e, Error::<Test>::NoVotingPower.into(), "{ctx}"),
					}
				}
				_ => {
					if m.resolutions.is_empty() {
						continue;
					}
					let (r, _, _) = rng.pick(&m.resolutions);
					let who = rng.pick(&HOLDERS);
					let choice = rng.pick(&[Choice::Aye, Choice::Nay, Choice::Abstain]);
					match post(Voting::vote(signed(who), r, choice)) {
						Ok(()) => {
							m.votes.insert((r, who), choice);
						}
						Err(e) => assert!(
							[
								Error::<Test>::NoVotingPower.into(),
								Error::<Test>::AlreadyVoted.into(),
								Error::<Test>::RecordDateUnavailable.into(),
								Error::<Test>::NotOngoing.into(),
							]
							.contains(&e),
							"{ctx}: {e:?}"
						),
					}
				}
			}
			// The tallies and the carried power at every record date.
			let latest =
				<SecurityToken as SecurityLedger<AccountId, Balance>>::latest_checkpoint(t);
			for (r, cp, topic) in &m.resolutions {
				assert_eq!(
					tally_of(*r),
					m.naive_tally(*r, *cp, *topic),
					"{ctx}: resolution {r} at checkpoint {cp}"
				);
				// (The carried power every few steps: it is the slow check.)
				if cp + MAX_CHECKPOINTS > latest && (step % 4 == 0 || step + 1 == steps) {
					for a in HOLDERS {
						assert_eq!(
							Voting::api_power(*r, &a).map(|p| p.carried),
							Some(m.naive_carried(*cp, *topic, a)),
							"{ctx}: carried by {a} at checkpoint {cp}"
						);
					}
				}
			}
			if let Err(e) = Voting::do_try_state() {
				panic!("{ctx}: {e:?}");
			}
		}
		SecurityToken::do_try_state().expect("ledger invariants");
	});
}

// 300 random cases of 60 steps, in three tests so that they run in parallel.
#[test]
fn o_depth_tallies_equal_a_naive_recount_over_random_graphs() {
	for seed in 0..100 {
		run_case(seed, 60);
	}
}

#[test]
fn o_depth_tallies_equal_a_naive_recount_over_more_random_graphs() {
	for seed in 100..200 {
		run_case(seed, 60);
	}
}

#[test]
fn o_depth_tallies_equal_a_naive_recount_over_yet_more_random_graphs() {
	for seed in 200..300 {
		run_case(seed, 60);
	}
}

#[test]
fn long_runs_keep_every_invariant() {
	for seed in 1_000..1_004 {
		run_case(seed, 300);
	}
}
