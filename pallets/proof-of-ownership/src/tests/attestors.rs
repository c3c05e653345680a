//! Attestors

use super::*;

#[test]
fn admit_attestor_records_it_without_bond() {
	run(|| {
		admit(REGISTRY);
		let info = Attestors::<Test>::get(REGISTRY).unwrap();
		assert_eq!((info.bond, info.assets, info.challenges), (0, 0, 0));
		assert_eq!(last_event(), Event::AttestorAdmitted { who: REGISTRY });
	});
}

#[test]
fn admit_attestor_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::admit_attestor(signed(ISSUER), REGISTRY),
			DispatchError::BadOrigin
		);
		admit(REGISTRY);
		assert_noop!(
			ProofOfOwnership::admit_attestor(root(), REGISTRY),
			Error::<Test>::AlreadyAttestor
		);
	});
}

#[test]
fn bond_holds_and_records() {
	run(|| {
		admit_bonded(FOURTH, 300);
		assert_ok!(ProofOfOwnership::bond(signed(FOURTH), 200));
		assert_eq!(bond_of(FOURTH), 500);
		assert_eq!(held(HoldReason::AttestorBond, FOURTH), 500);
		assert_eq!(free(FOURTH), FUNDS - 500);
		assert_eq!(
			last_event(),
			Event::Bonded {
				who: FOURTH,
				amount: 200,
				bond: 500
			}
		);
	});
}

#[test]
fn bond_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::bond(signed(FOURTH), 10),
			Error::<Test>::NotAttestor
		);
		assert_noop!(
			ProofOfOwnership::bond(RuntimeOrigin::none(), 10),
			DispatchError::BadOrigin
		);
		admit(FOURTH);
		assert_noop!(
			ProofOfOwnership::bond(signed(FOURTH), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			ProofOfOwnership::bond(signed(FOURTH), FUNDS * 2),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn unbond_releases() {
	run(|| {
		// Not named anywhere: the whole bond may go.
		admit_bonded(FOURTH, 300);
		assert_ok!(ProofOfOwnership::unbond(signed(FOURTH), 300));
		assert_eq!(bond_of(FOURTH), 0);
		assert_eq!(free(FOURTH), FUNDS);
		assert_eq!(
			last_event(),
			Event::Unbonded {
				who: FOURTH,
				amount: 300,
				bond: 0
			}
		);
		// Named by an asset: down to the minimum.
		let _ = bound();
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 500));
		assert_ok!(ProofOfOwnership::unbond(signed(REGISTRY), 500));
		assert_eq!(bond_of(REGISTRY), MIN_BOND);
		assert_eq!(held(HoldReason::AttestorBond, REGISTRY), MIN_BOND);
	});
}

#[test]
fn unbond_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::unbond(signed(FOURTH), 10),
			Error::<Test>::NotAttestor
		);
		assert_noop!(
			ProofOfOwnership::unbond(RuntimeOrigin::none(), 10),
			DispatchError::BadOrigin
		);
		let _ = bound();
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), MIN_BOND + 1),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 1),
			Error::<Test>::BondLocked
		);
	});
}

#[test]
fn unbond_is_locked_while_a_challenge_is_open() {
	run(|| {
		let (asset, _) = bob_holds();
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 100));
		challenge(asset, 0, REGISTRY);
		assert_eq!(Attestors::<Test>::get(REGISTRY).unwrap().challenges, 1);
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 101),
			Error::<Test>::BondLocked
		);
		assert_ok!(ProofOfOwnership::unbond(signed(REGISTRY), 100));
	});
}

#[test]
fn remove_attestor_releases_its_bond() {
	run(|| {
		admit_bonded(FOURTH, 300);
		assert_ok!(ProofOfOwnership::remove_attestor(root(), FOURTH));
		assert!(!Attestors::<Test>::contains_key(FOURTH));
		assert_eq!(held(HoldReason::AttestorBond, FOURTH), 0);
		assert_eq!(free(FOURTH), FUNDS);
		assert_eq!(
			last_event(),
			Event::AttestorRemoved {
				who: FOURTH,
				released: 300
			}
		);
		// Without a bond too.
		admit(FOURTH);
		assert_ok!(ProofOfOwnership::remove_attestor(root(), FOURTH));
	});
}

#[test]
fn remove_attestor_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::remove_attestor(root(), FOURTH),
			Error::<Test>::NotAttestor
		);
		let _ = bound();
		assert_noop!(
			ProofOfOwnership::remove_attestor(signed(ISSUER), REGISTRY),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::remove_attestor(root(), REGISTRY),
			Error::<Test>::AttestorInUse
		);
	});
}
