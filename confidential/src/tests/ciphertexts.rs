use super::*;
use crate::{client::discrete_log_u32, limbs_of, Error, SealedBalance, LIMBS};
use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT as G;
use proptest::prelude::*;

#[test]
fn ciphertexts_add_and_subtract_as_their_values_do() {
	let kp = keypair("dave");
	let a = encrypted(&kp, 700, 1);
	let b = encrypted(&kp, 300, 2);
	assert!(kp.holds(&a.add(&b).unwrap(), 1_000));
	assert!(kp.holds(&a.sub(&b).unwrap(), 400));
	assert!(kp.holds(&a.add(&Ciphertext::public(5)).unwrap(), 705));
	assert!(kp.holds(&Ciphertext::ZERO, 0));
	assert_eq!(
		Ciphertext::ZERO.add(&Ciphertext::ZERO),
		Ok(Ciphertext::ZERO)
	);
	let bad = Ciphertext {
		commitment: Point([0xff; 32]),
		handle: Point::IDENTITY,
	};
	assert_eq!(a.add(&bad), Err(Error::InvalidPoint));
}

#[test]
fn pending_limbs_join_into_the_whole_value() {
	let kp = keypair("dave");
	let value: u64 = 0x0123_4567_89ab_cdef;
	let limbs = limbs_of(value);
	let cts: [Ciphertext; LIMBS] = core::array::from_fn(|j| encrypted(&kp, limbs[j], j as u64));
	assert!(kp.holds(&Ciphertext::join(&cts).unwrap(), value));
	assert_eq!(kp.decrypt_pending(&cts), Ok(u128::from(value)));
}

#[test]
fn the_discrete_log_covers_every_u32_and_nothing_beyond() {
	for v in [0u64, 1, 0xffff, 0x1_0000, 0x1234_5678, 0xffff_ffff] {
		assert_eq!(discrete_log_u32(&(Scalar::from(v) * G)), Some(v));
	}
	assert_eq!(discrete_log_u32(&(Scalar::from(1u64 << 32) * G)), None);
}

#[test]
fn a_sealed_balance_opens_only_with_its_key() {
	let kp = keypair("erin");
	let sealed = kp.seal_balance(123_456, &mut rng(3));
	assert_eq!(kp.open_balance(&sealed), Ok(123_456));
	assert_eq!(keypair("frank").open_balance(&sealed), Err(Error::BadSeal));
	let mut tampered = sealed;
	tampered.0[20] ^= 1;
	assert_eq!(kp.open_balance(&tampered), Err(Error::BadSeal));
	assert_eq!(
		kp.open_balance(&SealedBalance::default()),
		Err(Error::BadSeal)
	);
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

	#[test]
	fn sums_of_limbs_decrypt_to_the_sum_of_values(values in proptest::collection::vec(any::<u64>(), 1..6)) {
		let kp = keypair("grace");
		let mut pending = [Ciphertext::ZERO; LIMBS];
		for (n, v) in values.iter().enumerate() {
			let limbs = limbs_of(*v);
			for j in 0..LIMBS {
				pending[j] = pending[j].add(&encrypted(&kp, limbs[j], (n * LIMBS + j) as u64)).unwrap();
			}
		}
		let total: u128 = values.iter().map(|v| u128::from(*v)).sum();
		prop_assert_eq!(kp.decrypt_pending(&pending), Ok(total));
	}
}
