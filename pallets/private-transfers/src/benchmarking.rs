//! Benchmarks (v2). Every proof is made here, by the client's prover with a seeded generator,
//! against the state the call meets, so the benchmark measures the real verification in the
//! runtime's Wasm.

use super::*;
use crate::Pallet as PrivateTransfers;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Zero;
use vellum_confidential::prover::{
	prove_registration, prove_transfer, prove_withdrawal, prove_zero_balance, seeded_rng, Keypair,
	TransferInput, WithdrawalInput,
};

/// The genesis hash proofs bind.
fn genesis<T: Config>() -> [u8; 32] {
	T::ChainId::get()
}

fn keys_of<T: Config>(who: &T::AccountId) -> Keypair {
	Keypair::from_seed(&who.encode())
}

fn auditors(n: u32) -> AuditorsOf {
	let keys: Vec<_> = (0..n)
		.map(|i| Keypair::from_seed(&i.to_le_bytes()).public())
		.collect();
	AuditorsOf::truncate_from(keys)
}

/// A token with `issuer` and two holders of 1,000,000 public units, in confidential mode with
/// `a` auditors.
fn confidential<T: Config>(a: u32) -> (TokenId, T::AccountId, T::AccountId, T::AccountId) {
	let issuer: T::AccountId = account("issuer", 0, 0);
	let bob: T::AccountId = account("bob", 0, 0);
	let charlie: T::AccountId = account("charlie", 0, 0);
	let token =
		T::BenchmarkHelper::create_token(&issuer, &[bob.clone(), charlie.clone()], 1_000_000);
	PrivateTransfers::<T>::do_enable(issuer.clone(), token, auditors(a))
		.expect("the issuer enables confidential mode");
	(token, issuer, bob, charlie)
}

fn open_account<T: Config>(token: TokenId, who: &T::AccountId) {
	let kp = keys_of::<T>(who);
	let proof = prove_registration(
		genesis::<T>(),
		token,
		&who.encode(),
		&kp,
		&mut seeded_rng(b"r"),
	);
	PrivateTransfers::<T>::do_register(who.clone(), token, kp.public(), proof).expect("registers");
}

/// `who` deposits and applies `amount`.
fn fund_confidential<T: Config>(token: TokenId, who: &T::AccountId, amount: u32) {
	PrivateTransfers::<T>::do_deposit(who.clone(), token, amount.into()).expect("deposits");
	let credits = Accounts::<T>::get(token, who)
		.expect("registered")
		.pending_credits;
	PrivateTransfers::<T>::do_apply_pending(who.clone(), token, credits, SealedBalance::default())
		.expect("applies");
}

/// Fills `who`'s pending limbs so that applying them adds four real ciphertexts.
fn fill_pending<T: Config>(token: TokenId, who: &T::AccountId) {
	for _ in 0..T::MaxPendingCredits::get().saturating_sub(1).min(2) {
		PrivateTransfers::<T>::do_deposit(who.clone(), token, 0x1_0001u32.into())
			.expect("deposits");
	}
}

/// `who`'s proof of a withdrawal of `amount` from its available `balance`, against the state now.
fn withdrawal_proof<T: Config>(
	token: TokenId,
	who: &T::AccountId,
	balance: u64,
	amount: u64,
) -> WithdrawalProof {
	let account = Accounts::<T>::get(token, who).expect("registered");
	prove_withdrawal(
		&WithdrawalInput {
			genesis: genesis::<T>(),
			token,
			owner: &who.encode(),
			nonce: account.nonce,
			keypair: &keys_of::<T>(who),
			available: account.available,
			balance,
			amount,
		},
		&mut seeded_rng(b"w"),
	)
	.expect("proves")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn enable_confidential_mode(a: Linear<0, { vellum_confidential::MAX_AUDITORS }>) {
		let issuer: T::AccountId = account("issuer", 0, 0);
		let token = T::BenchmarkHelper::create_token(&issuer, &[], 0);
		let keys = auditors(a);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, keys);
		assert!(Modes::<T>::contains_key(token));
	}

	#[benchmark]
	fn set_auditors(a: Linear<0, { vellum_confidential::MAX_AUDITORS }>) {
		let (token, issuer, _, _) = confidential::<T>(0);
		let keys = auditors(a);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, keys.clone());
		assert_eq!(Modes::<T>::get(token).map(|m| m.auditors), Some(keys));
	}

	#[benchmark]
	fn disable_confidential_mode() {
		let (token, issuer, _, _) = confidential::<T>(vellum_confidential::MAX_AUDITORS);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token);
		assert!(!Modes::<T>::contains_key(token));
	}

	#[benchmark]
	fn register() {
		let (token, _, bob, _) = confidential::<T>(0);
		let kp = keys_of::<T>(&bob);
		let proof = prove_registration(
			genesis::<T>(),
			token,
			&bob.encode(),
			&kp,
			&mut seeded_rng(b"r"),
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(bob.clone()), token, kp.public(), proof);
		assert!(Accounts::<T>::contains_key(token, &bob));
	}

	#[benchmark]
	fn close() {
		let (token, _, bob, _) = confidential::<T>(0);
		open_account::<T>(token, &bob);
		fund_confidential::<T>(token, &bob, 500);
		let proof = withdrawal_proof::<T>(token, &bob, 500, 500);
		PrivateTransfers::<T>::do_withdraw(
			bob.clone(),
			token,
			500u32.into(),
			proof,
			SealedBalance::default(),
		)
		.expect("withdraws");
		// The available balance is now a real ciphertext of zero, not the identity.
		let account = Accounts::<T>::get(token, &bob).expect("registered");
		let zero = prove_zero_balance(
			genesis::<T>(),
			token,
			&bob.encode(),
			account.nonce,
			&keys_of::<T>(&bob),
			account.available,
			&mut seeded_rng(b"z"),
		)
		.expect("zero");
		#[extrinsic_call]
		_(RawOrigin::Signed(bob.clone()), token, zero);
		assert!(!Accounts::<T>::contains_key(token, &bob));
	}

	#[benchmark]
	fn deposit() {
		let (token, _, bob, _) = confidential::<T>(0);
		open_account::<T>(token, &bob);
		fill_pending::<T>(token, &bob);
		#[extrinsic_call]
		_(RawOrigin::Signed(bob.clone()), token, 70_000u32.into());
		assert!(!PoolBalances::<T>::get(token).is_zero());
	}

	#[benchmark]
	fn apply_pending() {
		let (token, _, bob, _) = confidential::<T>(0);
		open_account::<T>(token, &bob);
		fund_confidential::<T>(token, &bob, 1_000);
		fill_pending::<T>(token, &bob);
		let credits = Accounts::<T>::get(token, &bob)
			.expect("registered")
			.pending_credits;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(bob.clone()),
			token,
			credits,
			SealedBalance::default(),
		);
		assert_eq!(
			Accounts::<T>::get(token, &bob).map(|a| a.pending_credits),
			Some(0)
		);
	}

	#[benchmark]
	fn confidential_transfer(a: Linear<0, { vellum_confidential::MAX_AUDITORS }>) {
		let (token, _, bob, charlie) = confidential::<T>(a);
		open_account::<T>(token, &bob);
		open_account::<T>(token, &charlie);
		fund_confidential::<T>(token, &bob, 1_000_000);
		let sender = Accounts::<T>::get(token, &bob).expect("registered");
		let receiver = Accounts::<T>::get(token, &charlie).expect("registered");
		let mode = Modes::<T>::get(token).expect("confidential");
		let (amount, proof) = prove_transfer(
			&TransferInput {
				genesis: genesis::<T>(),
				token,
				sender: &bob.encode(),
				receiver: &charlie.encode(),
				nonce: sender.nonce,
				sender_keypair: &keys_of::<T>(&bob),
				receiver_key: receiver.key,
				auditors: &mode.auditors,
				available: sender.available,
				balance: 1_000_000,
				// Verification costs the same for every amount.
				amount: 123_456,
			},
			&mut seeded_rng(b"t"),
		)
		.expect("proves");
		#[extrinsic_call]
		_(
			RawOrigin::Signed(bob.clone()),
			token,
			charlie.clone(),
			Box::new(amount),
			Box::new(proof),
			SealedBalance::default(),
		);
		assert_eq!(
			Accounts::<T>::get(token, &charlie).map(|a| a.pending_credits),
			Some(1)
		);
	}

	#[benchmark]
	fn withdraw() {
		let (token, _, bob, _) = confidential::<T>(0);
		open_account::<T>(token, &bob);
		fund_confidential::<T>(token, &bob, 1_000_000);
		let proof = withdrawal_proof::<T>(token, &bob, 1_000_000, 0x1_0001);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(bob.clone()),
			token,
			0x1_0001u32.into(),
			Box::new(proof),
			SealedBalance::default(),
		);
		assert_eq!(Accounts::<T>::get(token, &bob).map(|a| a.nonce), Some(2));
	}

	impl_benchmark_test_suite!(
		PrivateTransfers,
		crate::mock::new_test_ext(),
		crate::mock::Test
	);
}
