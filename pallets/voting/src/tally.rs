//! The pure maths of a resolution: the tally, the outcome, when the outcome is decided before
//! the deadline, and the wait-for-quiet deadline. Plain functions over plain numbers, apart
//! from storage, with unit tests of their own.

use crate::types::{Choice, Outcome, Power, Thresholds};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// The power counted for each choice.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Tally {
	/// For.
	pub aye: Power,
	/// Against.
	pub nay: Power,
	/// Abstaining (counts to the quorum only).
	pub abstain: Power,
}

impl Tally {
	/// Everything counted.
	pub fn turnout(&self) -> Power {
		self.aye
			.saturating_add(self.nay)
			.saturating_add(self.abstain)
	}

	/// Counts `power` more for `choice`.
	pub fn add(&mut self, choice: Choice, power: Power) {
		let side = self.side_mut(choice);
		*side = side.saturating_add(power);
	}

	/// Counts `power` less for `choice`.
	pub fn remove(&mut self, choice: Choice, power: Power) {
		let side = self.side_mut(choice);
		*side = side.saturating_sub(power);
	}

	/// Whether aye leads nay (the side wait-for-quiet watches).
	pub fn aye_leads(&self) -> bool {
		self.aye > self.nay
	}

	fn side_mut(&mut self, choice: Choice) -> &mut Power {
		match choice {
			Choice::Aye => &mut self.aye,
			Choice::Nay => &mut self.nay,
			Choice::Abstain => &mut self.abstain,
		}
	}
}

/// The least turnout that meets the quorum: `quorum * total`, rounded up.
pub fn quorum_needed(total: Power, quorum: Perbill) -> Power {
	quorum.mul_ceil(total)
}

/// Whether `aye` is enough against `nay`: some aye, and `aye >= approval * (aye + nay)`,
/// rounded up (so a 50% + 1 part in a billion approval refuses a tie).
pub fn approves(aye: Power, nay: Power, approval: Perbill) -> bool {
	aye > 0 && aye >= approval.mul_ceil(aye.saturating_add(nay))
}

/// Whether a tally passes: turnout meets the quorum and aye meets the approval.
pub fn passes(tally: &Tally, total: Power, thresholds: &Thresholds) -> bool {
	tally.turnout() >= quorum_needed(total, thresholds.quorum)
		&& approves(tally.aye, tally.nay, thresholds.approval)
}

/// How a tally ends: passed, failed quorum (turnout short), otherwise rejected.
pub fn outcome(tally: &Tally, total: Power, thresholds: &Thresholds) -> Outcome {
	if tally.turnout() < quorum_needed(total, thresholds.quorum) {
		Outcome::QuorumFailed
	} else if approves(tally.aye, tally.nay, thresholds.approval) {
		Outcome::Passed
	} else {
		Outcome::Rejected
	}
}

/// Whether the outcome is settled whatever the power not counted yet (`total - turnout`)
/// does: `Some(true)` if the tally passes even if all of it votes nay, `Some(false)` if it
/// fails even if all of it votes aye, `None` while either can still happen.
///
/// Derivation, with `R = total - turnout` split as `x` aye, `y` nay, `z` abstain
/// (`x + y + z <= R`): more turnout only helps the quorum, more nay only hurts the approval,
/// more aye only helps both (`aye - approval * (aye + nay)`, rounded up, never falls as aye
/// grows, since `approval <= 1`). So the tally passes whatever happens iff it meets the
/// quorum now and approves with `y = R`; and it can pass at all iff it approves with
/// `x = R` (turnout is then `total`, which meets any quorum).
pub fn decided(tally: &Tally, total: Power, thresholds: &Thresholds) -> Option<bool> {
	let rest = total.saturating_sub(tally.turnout());
	let quorate = tally.turnout() >= quorum_needed(total, thresholds.quorum);
	if quorate
		&& approves(
			tally.aye,
			tally.nay.saturating_add(rest),
			thresholds.approval,
		) {
		return Some(true);
	}
	if !approves(
		tally.aye.saturating_add(rest),
		tally.nay,
		thresholds.approval,
	) {
		return Some(false);
	}
	None
}

/// Whether a resolution that failed its quorum did so by at most `tolerance` of the power.
pub fn within_tolerance(turnout: Power, total: Power, quorum: Perbill, tolerance: Perbill) -> bool {
	quorum_needed(total, quorum).saturating_sub(turnout) <= tolerance.mul_floor(total)
}

/// The deadline after a vote flipped the leading side (NNS wait-for-quiet):
/// `max(deadline, now + w + (initial - elapsed) / 2)`, where `elapsed = now - created` (the
/// half may be negative once the initial period is over), and never beyond
/// `created + initial + 2w`.
pub fn wait_for_quiet(created: u64, initial: u64, w: u64, deadline: u64, now: u64) -> u64 {
	let elapsed = i128::from(now.saturating_sub(created));
	let half = (i128::from(initial) - elapsed) / 2;
	let candidate = i128::from(now)
		.saturating_add(i128::from(w))
		.saturating_add(half);
	let cap = i128::from(created)
		.saturating_add(i128::from(initial))
		.saturating_add(i128::from(w).saturating_mul(2));
	let new = candidate
		.max(i128::from(deadline))
		.min(cap.max(i128::from(deadline)));
	u64::try_from(new).unwrap_or(deadline)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn th(quorum: u32, approval: u32) -> Thresholds {
		Thresholds {
			quorum: Perbill::from_percent(quorum),
			approval: Perbill::from_percent(approval),
		}
	}

	fn tally(aye: Power, nay: Power, abstain: Power) -> Tally {
		Tally { aye, nay, abstain }
	}

	/// More than one half.
	fn majority() -> Thresholds {
		Thresholds {
			quorum: Perbill::from_percent(20),
			approval: Perbill::from_parts(500_000_001),
		}
	}

	#[test]
	fn the_tally_adds_and_removes_per_choice() {
		let mut t = Tally::default();
		t.add(Choice::Aye, 5);
		t.add(Choice::Nay, 3);
		t.add(Choice::Abstain, 2);
		assert_eq!(t, tally(5, 3, 2));
		assert_eq!(t.turnout(), 10);
		assert!(t.aye_leads());
		t.remove(Choice::Aye, 2);
		assert!(!t.aye_leads(), "a tie is not an aye lead");
		t.remove(Choice::Nay, 10);
		assert_eq!(t.nay, 0, "saturates");
		t.add(Choice::Aye, Power::MAX);
		assert_eq!(t.turnout(), Power::MAX);
	}

	#[test]
	fn quorum_and_approval_round_up() {
		assert_eq!(quorum_needed(10, Perbill::from_percent(25)), 3);
		assert_eq!(quorum_needed(0, Perbill::from_percent(25)), 0);
		assert_eq!(quorum_needed(Power::MAX, Perbill::one()), Power::MAX);
		// 75%: 3 of 4 is enough, 2 of 3 is not.
		assert!(approves(3, 1, Perbill::from_percent(75)));
		assert!(!approves(2, 1, Perbill::from_percent(75)));
		// Exactly one half approves a tie; one part more does not.
		assert!(approves(1, 1, Perbill::from_percent(50)));
		assert!(!approves(1, 1, majority().approval));
		assert!(approves(2, 1, majority().approval));
		// No aye, no pass, even with no nay.
		assert!(!approves(0, 0, Perbill::zero()));
	}

	#[test]
	fn outcomes() {
		let t = th(50, 60);
		assert_eq!(outcome(&tally(30, 10, 10), 100, &t), Outcome::Passed);
		assert_eq!(
			outcome(&tally(30, 10, 9), 100, &t),
			Outcome::QuorumFailed,
			"49 of 100"
		);
		assert_eq!(
			outcome(&tally(5, 5, 40), 100, &t),
			Outcome::Rejected,
			"abstain meets the quorum, not the approval"
		);
		assert_eq!(outcome(&tally(0, 0, 0), 0, &t), Outcome::Rejected);
		assert!(passes(&tally(30, 20, 0), 100, &t));
		assert!(!passes(&tally(29, 20, 0), 100, &t));
	}

	#[test]
	fn decided_to_pass_needs_the_quorum_and_the_approval_against_all_the_rest() {
		let t = th(50, 60);
		// 100 total: aye 60, nay 0, 40 left. All 40 nay: 60/100 = 60% approves.
		assert_eq!(decided(&tally(60, 0, 0), 100, &t), Some(true));
		// One less aye: 59/99 < 60% if the rest votes nay.
		assert_eq!(decided(&tally(59, 0, 1), 100, &t), None);
		// The approval is safe but the quorum is not met yet: more votes could come as
		// abstentions only, which cannot hurt, but the quorum is not met if none come.
		let t = th(80, 50);
		assert_eq!(decided(&tally(60, 0, 0), 100, &t), None);
		assert_eq!(decided(&tally(60, 0, 20), 100, &t), Some(true));
		// Everything counted: decided either way.
		assert_eq!(decided(&tally(60, 40, 0), 100, &th(50, 60)), Some(true));
		assert_eq!(decided(&tally(59, 41, 0), 100, &th(50, 60)), Some(false));
	}

	#[test]
	fn decided_to_fail_when_even_all_the_rest_as_aye_cannot_approve() {
		let t = th(50, 75);
		// nay 26 of 100: aye can reach at most 74/100.
		assert_eq!(decided(&tally(0, 26, 0), 100, &t), Some(false));
		assert_eq!(decided(&tally(0, 25, 0), 100, &t), None);
		// Abstentions shrink what aye can reach: 74 aye + 1 abstain vs 25 nay is 74.7%.
		assert_eq!(decided(&tally(0, 25, 1), 100, &t), Some(false));
		// Nothing can ever pass with no power.
		assert_eq!(decided(&tally(0, 0, 0), 0, &t), Some(false));
	}

	/// Exhaustive check on small numbers: `decided` agrees with trying every split of the
	/// rest.
	#[test]
	fn decided_agrees_with_every_split_of_the_rest() {
		for (q, a) in [(0, 50), (30, 50), (50, 67), (100, 100), (20, 51)] {
			let t = th(q, a);
			let total = 12;
			for aye in 0..=total {
				for nay in 0..=(total - aye) {
					for abstain in 0..=(total - aye - nay) {
						let now = tally(aye, nay, abstain);
						let rest = total - now.turnout();
						let mut can_pass = false;
						let mut can_fail = false;
						for x in 0..=rest {
							for y in 0..=(rest - x) {
								for z in 0..=(rest - x - y) {
									let later = tally(aye + x, nay + y, abstain + z);
									if passes(&later, total, &t) {
										can_pass = true;
									} else {
										can_fail = true;
									}
								}
							}
						}
						let expected = match (can_pass, can_fail) {
							(true, false) => Some(true),
							(false, true) => Some(false),
							_ => None,
						};
						assert_eq!(decided(&now, total, &t), expected, "{now:?} q{q} a{a}");
					}
				}
			}
		}
	}

	#[test]
	fn tolerance_of_a_failed_quorum() {
		let q = Perbill::from_percent(50);
		assert!(within_tolerance(45, 100, q, Perbill::from_percent(5)));
		assert!(!within_tolerance(44, 100, q, Perbill::from_percent(5)));
		assert!(!within_tolerance(49, 100, q, Perbill::zero()));
		assert!(within_tolerance(50, 100, q, Perbill::zero()));
	}

	#[test]
	fn wait_for_quiet_extends_late_flips_and_caps_at_twice_w() {
		// Created at 100, initial 40 (deadline 140), w = 10.
		let (c, i, w) = (100, 40, 10);
		// A flip early on: now + w + (40 - 2)/2 = 102 + 10 + 19 = 131 < 140: no change.
		assert_eq!(wait_for_quiet(c, i, w, 140, 102), 140);
		// A flip near the end: 138 + 10 + 1 = 149.
		assert_eq!(wait_for_quiet(c, i, w, 140, 138), 149);
		// Past the initial period the half is negative: 147 + 10 - 3 = 154.
		assert_eq!(wait_for_quiet(c, i, w, 149, 147), 154);
		// The extensions converge to created + initial + 2w = 160, never beyond.
		assert_eq!(wait_for_quiet(c, i, w, 154, 158), 159);
		assert_eq!(wait_for_quiet(c, i, w, 159, 159), 160);
		assert_eq!(wait_for_quiet(c, i, 2 * w, 140, 139), 159);
		// Never earlier than the current deadline.
		assert_eq!(wait_for_quiet(c, i, 0, 140, 139), 140);
		// No overflow at the edges.
		assert_eq!(
			wait_for_quiet(u64::MAX - 1, 1, u64::MAX, u64::MAX, u64::MAX),
			u64::MAX
		);
	}
}
