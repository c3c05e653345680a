//! Challenges

use super::*;

#[test]
fn challenge_holds_the_bond() {
	run(|| {
		let (asset, _) = bob_holds();
		let id = challenge(asset, 0, NOTARY);
		assert_eq!(held(HoldReason::ChallengeBond, EVE), CHALLENGE_BOND);
		let c = Challenges::<Test>::get(id).unwrap();
		assert_eq!(
			(c.challenger, c.asset, c.seq, c.attestor, c.bond),
			(EVE, asset, 0, NOTARY, CHALLENGE_BOND)
		);
		// Half of the notary's 1 000 is at stake (the mock's `SlashFraction`).
		let d = Disputes::<Test>::get((asset, 0, NOTARY)).unwrap();
		assert_eq!(
			(d.open.into_inner(), d.stake, d.upheld),
			(vec![(id, EVE)], 500, false)
		);
		let info = Attestors::<Test>::get(NOTARY).unwrap();
		assert_eq!((info.challenges, info.at_stake), (1, 500));
		assert_eq!(
			last_event(),
			Event::Challenged {
				id,
				asset,
				seq: 0,
				attestor: NOTARY,
				challenger: EVE,
				bond: CHALLENGE_BOND,
				stake: 500,
			}
		);
	});
}

#[test]
fn challenge_errors() {
	run(|| {
		let (asset, _) = bob_holds();
		let ch =
			|who, seq, attestor| ProofOfOwnership::challenge(signed(who), asset, seq, attestor);
		assert_noop!(
			ProofOfOwnership::challenge(RuntimeOrigin::none(), asset, 0, REGISTRY),
			DispatchError::BadOrigin
		);
		assert_noop!(ch(EVE, 1, REGISTRY), Error::<Test>::UnknownCertificate);
		assert_noop!(
			ProofOfOwnership::challenge(signed(EVE), UNKNOWN, 0, REGISTRY),
			Error::<Test>::UnknownCertificate
		);
		// The custodian did not confirm the issuance.
		assert_noop!(ch(EVE, 0, CUSTODIAN), Error::<Test>::NotCertificateAttestor);
		assert_noop!(ch(NOBODY, 0, REGISTRY), TokenError::FundsUnavailable);
		NextChallengeId::<Test>::put(u64::MAX);
		assert_noop!(ch(EVE, 0, REGISTRY), Error::<Test>::ChallengeIdsExhausted);
		NextChallengeId::<Test>::put(0);
		challenge(asset, 0, REGISTRY);
		assert_noop!(ch(EVE, 0, REGISTRY), Error::<Test>::AlreadyChallenged);
		for who in [DAVE, CHARLIE] {
			assert_ok!(ch(who, 0, REGISTRY));
		}
		assert_noop!(ch(FOURTH, 0, REGISTRY), Error::<Test>::TooManyChallenges);
		// A confirmation by an account that is no longer an attestor (its record removed).
		let info = Attestors::<Test>::take(NOTARY).unwrap();
		assert_noop!(ch(EVE, 0, NOTARY), Error::<Test>::NotAttestor);
		Attestors::<Test>::insert(NOTARY, info);
		System::set_block_number(1 + CHALLENGE_PERIOD + 1);
		assert_noop!(ch(EVE, 0, NOTARY), Error::<Test>::ChallengePeriodOver);
	});
}

#[test]
fn challenges_are_possible_until_the_end_of_the_period() {
	run(|| {
		let (asset, _) = bob_holds();
		System::set_block_number(1 + CHALLENGE_PERIOD);
		challenge(asset, 0, NOTARY);
	});
}

#[test]
fn an_upheld_challenge_slashes_the_attestor() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		let id = challenge(asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), id, true));
		// Half of the 1 000 bond is slashed; 40% of that (200) pays Eve, 300 are burned.
		assert_eq!(bond_of(REGISTRY), 500);
		assert_eq!(held(HoldReason::AttestorBond, REGISTRY), 500);
		assert_eq!(free(REGISTRY), FUNDS - MIN_BOND);
		assert_eq!(held(HoldReason::ChallengeBond, EVE), 0);
		assert_eq!(free(EVE), FUNDS + 200);
		assert_eq!(Balances::total_issuance(), issuance - 300);
		let info = Attestors::<Test>::get(REGISTRY).unwrap();
		assert_eq!((info.challenges, info.at_stake), (0, 0));
		assert!(!Challenges::<Test>::contains_key(id));
		// Found wrong once: settled, never challenged again, by anyone.
		let d = Disputes::<Test>::get((asset, 0, REGISTRY)).unwrap();
		assert!(d.upheld && d.open.is_empty());
		for who in [DAVE, EVE] {
			assert_noop!(
				ProofOfOwnership::challenge(signed(who), asset, 0, REGISTRY),
				Error::<Test>::AlreadyUpheld
			);
		}
		assert_eq!(
			last_event(),
			Event::ChallengeUpheld {
				id,
				attestor: REGISTRY,
				challenger: EVE,
				slashed: 500,
				reward: 200
			}
		);
	});
}

#[test]
fn a_dismissed_challenge_forfeits_the_bond() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		let id = challenge(asset, 0, NOTARY);
		assert_ok!(ProofOfOwnership::rule(root(), id, false));
		assert_eq!(bond_of(NOTARY), MIN_BOND);
		assert_eq!(held(HoldReason::ChallengeBond, EVE), 0);
		assert_eq!(free(EVE), FUNDS - CHALLENGE_BOND);
		assert_eq!(Balances::total_issuance(), issuance - CHALLENGE_BOND);
		assert_eq!(Attestors::<Test>::get(NOTARY).unwrap().challenges, 0);
		assert!(!Disputes::<Test>::contains_key((asset, 0, NOTARY)));
		assert_eq!(
			last_event(),
			Event::ChallengeDismissed {
				id,
				challenger: EVE,
				forfeited: CHALLENGE_BOND
			}
		);
		// Someone else may still challenge within the period.
		assert_ok!(ProofOfOwnership::challenge(signed(DAVE), asset, 0, NOTARY));
	});
}

#[test]
fn rule_errors() {
	run(|| {
		let (asset, _) = bob_holds();
		let id = challenge(asset, 0, NOTARY);
		assert_noop!(
			ProofOfOwnership::rule(signed(ISSUER), id, true),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::rule(root(), 999, true),
			Error::<Test>::UnknownChallenge
		);
		assert_ok!(ProofOfOwnership::rule(root(), id, false));
		assert_noop!(
			ProofOfOwnership::rule(root(), id, false),
			Error::<Test>::UnknownChallenge
		);
	});
}

#[test]
fn rule_charges_the_weight_of_its_ruling() {
	run(|| {
		let (asset, _) = bob_holds();
		let upheld = challenge(asset, 0, REGISTRY);
		let dismissed = challenge(asset, 0, NOTARY);
		let info = ProofOfOwnership::rule(root(), upheld, true).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::rule_upheld(0)));
		let info = ProofOfOwnership::rule(root(), dismissed, false).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as WeightInfo>::rule_dismissed())
		);
	});
}
