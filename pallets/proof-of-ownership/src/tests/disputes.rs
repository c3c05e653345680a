//! Disputes: several challengers of one confirmation, the stake fixed by the first, one slash
//! per confirmation, the ruling deadline and lapsed challenges.

use super::*;

/// A dispute as the tests compare it: its open challenges, stake and whether it was upheld.
type DisputeView = (Vec<(u64, AccountId)>, Balance, bool);

/// The dispute of `attestor`'s confirmation of certificate `seq`: its open challenges, stake
/// and whether it was upheld.
fn dispute(asset: UnderlyingAssetId, seq: u32, attestor: AccountId) -> Option<DisputeView> {
	Disputes::<Test>::get((asset, seq, attestor)).map(|d| (d.open.into_inner(), d.stake, d.upheld))
}

/// An attestor's open challenges and stake at risk.
fn exposure(who: AccountId) -> (u32, Balance) {
	Attestors::<Test>::get(who)
		.map(|i| (i.challenges, i.at_stake))
		.unwrap_or_default()
}

fn lapse(who: AccountId, id: u64) -> DispatchResult {
	ProofOfOwnership::lapse(signed(who), id)
}

/// [`bob_holds`], and `n` more certificates (1 ..= n), each a transfer of 10 from Bob to
/// Charlie confirmed by the registry and the notary.
fn certificates(n: u32) -> (UnderlyingAssetId, TokenId) {
	let (asset, token) = bob_holds();
	for _ in 0..n {
		let id = request(BOB, token, CHARLIE, 10);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
	}
	(asset, token)
}

#[test]
fn several_challengers_share_one_dispute_and_one_stake() {
	run(|| {
		let (asset, _) = bob_holds();
		let ids: Vec<u64> = [EVE, DAVE, CHARLIE]
			.into_iter()
			.map(|who| challenge_as(who, asset, 0, REGISTRY))
			.collect();
		assert_eq!(
			dispute(asset, 0, REGISTRY),
			Some((
				vec![(ids[0], EVE), (ids[1], DAVE), (ids[2], CHARLIE)],
				500,
				false
			))
		);
		// Three challenges, one attestation: its stake counts once.
		assert_eq!(exposure(REGISTRY), (3, 500));
		for who in [EVE, DAVE, CHARLIE] {
			assert_eq!(held(HoldReason::ChallengeBond, who), CHALLENGE_BOND);
		}
		assert_eq!(
			last_event(),
			Event::Challenged {
				id: ids[2],
				asset,
				seq: 0,
				attestor: REGISTRY,
				challenger: CHARLIE,
				bond: CHALLENGE_BOND,
				stake: 500,
			}
		);
	});
}

#[test]
fn one_open_challenge_per_challenger_and_confirmation() {
	run(|| {
		let (asset, _) = bob_holds();
		let first = challenge(asset, 0, REGISTRY);
		assert_noop!(
			ProofOfOwnership::challenge(signed(EVE), asset, 0, REGISTRY),
			Error::<Test>::AlreadyChallenged
		);
		// Another confirmation of the same certificate is another dispute.
		challenge(asset, 0, NOTARY);
		// Dismissed, Eve may try again within the period (with a new bond).
		assert_ok!(ProofOfOwnership::rule(root(), first, false));
		let second = challenge(asset, 0, REGISTRY);
		// Lapsed, too.
		System::set_block_number(1 + RULING_PERIOD + 1);
		assert_ok!(lapse(NOBODY, second));
		challenge(asset, 0, REGISTRY);
	});
}

#[test]
fn at_most_max_challenges_of_a_confirmation_are_open_at_once() {
	run(|| {
		let (asset, _) = bob_holds();
		let challengers = [EVE, DAVE, CHARLIE];
		assert_eq!(challengers.len() as u32, MAX_CHALLENGES);
		let ids: Vec<u64> = challengers
			.into_iter()
			.map(|who| challenge_as(who, asset, 0, REGISTRY))
			.collect();
		assert_noop!(
			ProofOfOwnership::challenge(signed(FOURTH), asset, 0, REGISTRY),
			Error::<Test>::TooManyChallenges
		);
		// A closed challenge frees its place; the stake stays the dispute's.
		assert_ok!(ProofOfOwnership::rule(root(), ids[1], false));
		let fourth = challenge_as(FOURTH, asset, 0, REGISTRY);
		assert_eq!(
			dispute(asset, 0, REGISTRY),
			Some((
				vec![(ids[0], EVE), (ids[2], CHARLIE), (fourth, FOURTH)],
				500,
				false
			))
		);
		assert_eq!(exposure(REGISTRY), (3, 500));
	});
}

#[test]
fn an_upheld_challenge_closes_the_others_and_settles_the_confirmation() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		let eve = challenge_as(EVE, asset, 0, REGISTRY);
		let dave = challenge_as(DAVE, asset, 0, REGISTRY);
		let charlie = challenge_as(CHARLIE, asset, 0, REGISTRY);
		let before = events().len();
		let info = ProofOfOwnership::rule(root(), dave, true).unwrap();
		// Charged the most others, refunded to the two it closed.
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::rule_upheld(2)));
		// One slash: the stake, 500; 40% of it (200) to Dave, 300 burned.
		assert_eq!(bond_of(REGISTRY), 500);
		assert_eq!(held(HoldReason::AttestorBond, REGISTRY), 500);
		assert_eq!(Balances::total_issuance(), issuance - 300);
		assert_eq!(free(DAVE), FUNDS + 200);
		// The others were right too: their bonds come back in full.
		for who in [EVE, DAVE, CHARLIE] {
			assert_eq!(held(HoldReason::ChallengeBond, who), 0);
		}
		assert_eq!((free(EVE), free(CHARLIE)), (FUNDS, FUNDS));
		assert_eq!(
			events()[before..],
			[
				Event::ChallengeUpheld {
					id: dave,
					attestor: REGISTRY,
					challenger: DAVE,
					slashed: 500,
					reward: 200
				},
				Event::ChallengeClosed {
					id: eve,
					challenger: EVE,
					released: CHALLENGE_BOND
				},
				Event::ChallengeClosed {
					id: charlie,
					challenger: CHARLIE,
					released: CHALLENGE_BOND
				},
			]
		);
		assert_eq!(Challenges::<Test>::iter_keys().count(), 0);
		assert_eq!(exposure(REGISTRY), (0, 0));
		assert_eq!(dispute(asset, 0, REGISTRY), Some((vec![], 500, true)));
		// Settled: no new challenge, and the closed ones cannot be ruled on or lapse.
		assert_noop!(
			ProofOfOwnership::challenge(signed(FOURTH), asset, 0, REGISTRY),
			Error::<Test>::AlreadyUpheld
		);
		assert_noop!(
			post(ProofOfOwnership::rule(root(), eve, true)),
			Error::<Test>::UnknownChallenge
		);
		System::set_block_number(1 + RULING_PERIOD + 1);
		assert_noop!(lapse(NOBODY, charlie), Error::<Test>::UnknownChallenge);
	});
}

#[test]
fn the_slash_is_the_stake_fixed_when_the_confirmation_was_first_challenged() {
	run(|| {
		let (asset, _) = bob_holds();
		// Challenged at a bond of 1 000: 500 at stake.
		let first = challenge(asset, 0, REGISTRY);
		// Bonding more later neither raises the stake of the open dispute...
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 1_000));
		challenge_as(DAVE, asset, 0, REGISTRY);
		assert_eq!(dispute(asset, 0, REGISTRY).unwrap().1, 500);
		assert_ok!(ProofOfOwnership::rule(root(), first, true));
		assert_eq!(bond_of(REGISTRY), 1_500);

		// ...nor does unbonding after a challenge lower it: the notary, at 3 000, has 1 500
		// at stake, and cannot unbond below that.
		assert_ok!(ProofOfOwnership::bond(signed(NOTARY), 2_000));
		let c = challenge(asset, 0, NOTARY);
		assert_eq!(exposure(NOTARY), (1, 1_500));
		assert_noop!(
			ProofOfOwnership::unbond(signed(NOTARY), 1_501),
			Error::<Test>::BondLocked
		);
		assert_ok!(ProofOfOwnership::unbond(signed(NOTARY), 1_500));
		assert_ok!(ProofOfOwnership::rule(root(), c, true));
		assert_eq!(bond_of(NOTARY), 0);
		assert_eq!(
			last_event(),
			Event::ChallengeUpheld {
				id: c,
				attestor: NOTARY,
				challenger: EVE,
				slashed: 1_500,
				reward: 600
			}
		);
	});
}

#[test]
fn a_dispute_whose_challenges_all_closed_unruled_fixes_a_new_stake() {
	run(|| {
		let (asset, _) = bob_holds();
		let c = challenge(asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), c, false));
		assert_eq!(dispute(asset, 0, REGISTRY), None);
		assert_eq!(exposure(REGISTRY), (0, 0));
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 1_000));
		challenge_as(DAVE, asset, 0, REGISTRY);
		assert_eq!(dispute(asset, 0, REGISTRY).unwrap().1, 1_000);
		assert_eq!(exposure(REGISTRY), (1, 1_000));
	});
}

#[test]
fn unbond_keeps_what_the_open_disputes_could_slash() {
	run(|| {
		let (asset, _) = certificates(1);
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 2_000));
		// Two challenges of certificate 0's confirmation, one of certificate 1's: two
		// attestations at 1 500 each.
		let zero_eve = challenge(asset, 0, REGISTRY);
		let zero_dave = challenge_as(DAVE, asset, 0, REGISTRY);
		let one = challenge(asset, 1, REGISTRY);
		assert_eq!(exposure(REGISTRY), (3, 3_000));
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 1),
			Error::<Test>::BondLocked
		);
		assert_ok!(ProofOfOwnership::rule(root(), one, false));
		assert_eq!(exposure(REGISTRY), (2, 1_500));
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 1_501),
			Error::<Test>::BondLocked
		);
		assert_ok!(ProofOfOwnership::unbond(signed(REGISTRY), 1_500));
		// One of two challenges closing leaves the attestation's stake locked.
		assert_ok!(ProofOfOwnership::rule(root(), zero_eve, false));
		assert_eq!(exposure(REGISTRY), (1, 1_500));
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 1),
			Error::<Test>::BondLocked
		);
		// No dispute open: only the minimum of a named attestor stays.
		assert_ok!(ProofOfOwnership::rule(root(), zero_dave, false));
		assert_eq!(exposure(REGISTRY), (0, 0));
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 501),
			Error::<Test>::BondLocked
		);
		assert_ok!(ProofOfOwnership::unbond(signed(REGISTRY), 500));
		assert_eq!(bond_of(REGISTRY), MIN_BOND);
	});
}

#[test]
fn slashes_take_at_most_what_the_attestor_holds() {
	run(|| {
		let (asset, _) = certificates(2);
		// Three attestations at 500 each: more than the 1 000 bonded, so nothing unbonds.
		let ids: Vec<u64> = (0..3).map(|seq| challenge(asset, seq, REGISTRY)).collect();
		assert_eq!(exposure(REGISTRY), (3, 1_500));
		for (id, slashed) in ids.into_iter().zip([500, 500, 0]) {
			assert_ok!(ProofOfOwnership::rule(root(), id, true));
			assert_eq!(
				last_event(),
				Event::ChallengeUpheld {
					id,
					attestor: REGISTRY,
					challenger: EVE,
					slashed,
					reward: slashed * 2 / 5
				}
			);
		}
		assert_eq!(bond_of(REGISTRY), 0);
		assert_eq!(held(HoldReason::AttestorBond, REGISTRY), 0);
		assert_eq!(exposure(REGISTRY), (0, 0));
		assert_eq!(held(HoldReason::ChallengeBond, EVE), 0);
	});
}

#[test]
fn the_ruling_period_ends_each_challenge_on_its_own() {
	run(|| {
		let (asset, _) = bob_holds();
		let eve = challenge(asset, 0, REGISTRY);
		let dave = challenge_as(DAVE, asset, 0, REGISTRY);
		// The last block to rule on them.
		System::set_block_number(1 + RULING_PERIOD);
		assert_ok!(ProofOfOwnership::rule(root(), eve, false));
		System::set_block_number(1 + RULING_PERIOD + 1);
		for upheld in [true, false] {
			assert_noop!(
				post(ProofOfOwnership::rule(root(), dave, upheld)),
				Error::<Test>::RulingPeriodOver
			);
		}
		// A challenge made now, within the challenge period, has a ruling period of its own.
		let charlie = challenge_as(CHARLIE, asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), charlie, true));
		// Its upheld ruling closes Dave's, past its own deadline, with the bond released.
		assert_eq!(
			last_event(),
			Event::ChallengeClosed {
				id: dave,
				challenger: DAVE,
				released: CHALLENGE_BOND
			}
		);
		assert_eq!(free(DAVE), FUNDS);
	});
}

#[test]
fn a_lapsed_challenge_releases_the_bond_and_slashes_nobody() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		let id = challenge(asset, 0, REGISTRY);
		System::set_block_number(1 + RULING_PERIOD + 1);
		// Anyone may lapse it, even an account without funds; the bond goes to Eve.
		let call = crate::Call::<Test>::lapse { id };
		use frame_support::dispatch::GetDispatchInfo;
		assert_eq!(
			call.get_dispatch_info().call_weight,
			<() as WeightInfo>::lapse()
		);
		assert_ok!(lapse(NOBODY, id));
		assert_eq!(
			last_event(),
			Event::ChallengeLapsed {
				id,
				challenger: EVE,
				released: CHALLENGE_BOND
			}
		);
		assert_eq!(
			(held(HoldReason::ChallengeBond, EVE), free(EVE)),
			(0, FUNDS)
		);
		assert_eq!(free(NOBODY), 0);
		assert_eq!(bond_of(REGISTRY), MIN_BOND);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(!Challenges::<Test>::contains_key(id));
		assert_eq!(dispute(asset, 0, REGISTRY), None);
		assert_eq!(exposure(REGISTRY), (0, 0));
		// Not settled: another challenge within the period, and it may be upheld.
		let again = challenge_as(DAVE, asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), again, true));
		assert_eq!(bond_of(REGISTRY), 500);
	});
}

#[test]
fn one_lapse_among_several_challenges_keeps_the_dispute() {
	run(|| {
		let (asset, _) = bob_holds();
		let eve = challenge(asset, 0, REGISTRY);
		System::set_block_number(5);
		let dave = challenge_as(DAVE, asset, 0, REGISTRY);
		System::set_block_number(1 + RULING_PERIOD + 1);
		assert_ok!(lapse(DAVE, eve));
		assert_noop!(lapse(EVE, dave), Error::<Test>::RulingPeriodNotOver);
		assert_eq!(
			dispute(asset, 0, REGISTRY),
			Some((vec![(dave, DAVE)], 500, false))
		);
		assert_eq!(exposure(REGISTRY), (1, 500));
		assert_ok!(ProofOfOwnership::rule(root(), dave, true));
		assert_eq!(bond_of(REGISTRY), 500);
	});
}

#[test]
fn lapse_errors() {
	run(|| {
		let (asset, _) = bob_holds();
		let id = challenge(asset, 0, REGISTRY);
		let ruled = challenge(asset, 0, NOTARY);
		for origin in [RuntimeOrigin::none(), root()] {
			assert_noop!(
				ProofOfOwnership::lapse(origin, id),
				DispatchError::BadOrigin
			);
		}
		assert_noop!(lapse(NOBODY, 999), Error::<Test>::UnknownChallenge);
		// At the deadline the admin origin may still rule.
		System::set_block_number(1 + RULING_PERIOD);
		assert_noop!(lapse(NOBODY, id), Error::<Test>::RulingPeriodNotOver);
		assert_ok!(ProofOfOwnership::rule(root(), ruled, false));
		System::set_block_number(1 + RULING_PERIOD + 1);
		assert_noop!(lapse(NOBODY, ruled), Error::<Test>::UnknownChallenge);
		assert_ok!(lapse(NOBODY, id));
		assert_noop!(lapse(NOBODY, id), Error::<Test>::UnknownChallenge);
	});
}

#[test]
fn accomplices_filling_a_confirmation_s_challenges_lose_their_bonds() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		// The registry's accomplices take every place to keep honest challengers out.
		let fakes: Vec<u64> = [DAVE, CHARLIE, FOURTH]
			.into_iter()
			.map(|who| challenge_as(who, asset, 0, REGISTRY))
			.collect();
		assert_noop!(
			ProofOfOwnership::challenge(signed(EVE), asset, 0, REGISTRY),
			Error::<Test>::TooManyChallenges
		);
		// The council dismisses them: each bond is burned, and the places are free again.
		for id in fakes {
			assert_ok!(ProofOfOwnership::rule(root(), id, false));
		}
		assert_eq!(Balances::total_issuance(), issuance - 3 * CHALLENGE_BOND);
		for who in [DAVE, CHARLIE, FOURTH] {
			assert_eq!(free(who), FUNDS - CHALLENGE_BOND);
		}
		let honest = challenge(asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), honest, true));
		assert_eq!(bond_of(REGISTRY), 500);
	});
}

#[test]
fn an_attestor_under_dispute_is_not_removed() {
	run(|| {
		let (asset, _) = bob_holds();
		let c = challenge(asset, 0, REGISTRY);
		// Were no asset to name it, the open dispute alone keeps it.
		Attestors::<Test>::mutate(REGISTRY, |i| i.as_mut().unwrap().assets = 0);
		assert_noop!(
			ProofOfOwnership::remove_attestor(root(), REGISTRY),
			Error::<Test>::AttestorInUse
		);
		Attestors::<Test>::mutate(REGISTRY, |i| i.as_mut().unwrap().assets = 1);
		assert_ok!(ProofOfOwnership::rule(root(), c, false));
	});
}

#[test]
fn rule_is_charged_the_most_challenges_an_upheld_ruling_closes() {
	run(|| {
		let charged = ProofOfOwnership::rule_weight();
		assert!(charged.all_gte(<() as WeightInfo>::rule_upheld(MAX_CHALLENGES - 1)));
		assert!(charged.all_gte(<() as WeightInfo>::rule_dismissed()));
		use frame_support::dispatch::GetDispatchInfo;
		let call = crate::Call::<Test>::rule {
			id: 0,
			upheld: true,
		};
		assert_eq!(call.get_dispatch_info().call_weight, charged);
		// Upheld alone, it is refunded to closing none.
		let (asset, _) = bob_holds();
		let c = challenge(asset, 0, REGISTRY);
		let info = ProofOfOwnership::rule(root(), c, true).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::rule_upheld(0)));
	});
}
