//! Tests of the private-transfers pallet, by area, on the mock runtime: proofs are made by the
//! real client (`vellum_confidential::prover`), verified by the pallet, and decrypted by the
//! client again.

mod accounts;
mod attacks;
mod mode;
mod movements;

use crate::{mock::*, Accounts, AuditorsOf, Event};
use codec::Encode;
use frame_support::assert_ok;
use rand::{rngs::StdRng, SeedableRng};
use vellum_confidential::{
	prover::{
		prove_registration, prove_transfer, prove_withdrawal, prove_zero_balance, Keypair,
		TransferInput, WithdrawalInput,
	},
	Ciphertext, SealedBalance, TransferAmount, TransferProof, WithdrawalProof, LIMBS,
};
use vellum_primitives::{ledger::Role, security::TokenId};

/// Public tokens Bob starts with.
pub const BOB_PUBLIC: Balance = 10_000;

pub fn rng() -> StdRng {
	StdRng::seed_from_u64(
		System::block_number() + u64::from(Accounts::<Test>::iter().count() as u32),
	)
}

/// `who`'s key pair for the tests' token.
pub fn keys(who: AccountId) -> Keypair {
	Keypair::from_seed(&who.to_le_bytes())
}

/// The auditor's key pair.
pub fn auditor() -> Keypair {
	Keypair::from_seed(b"auditor")
}

/// A token of ISSUER with OFFICER as its compliance agent, BOB holding `BOB_PUBLIC`.
pub fn new_plain_token() -> TokenId {
	let token = new_token(ISSUER);
	assert_ok!(SecurityToken::grant_role(
		RuntimeOrigin::signed(ISSUER),
		token,
		OFFICER,
		Role::Compliance
	));
	assert_ok!(SecurityToken::issue(
		RuntimeOrigin::signed(ISSUER),
		token,
		BOB,
		BOB_PUBLIC
	));
	token
}

pub fn auditors(keys: &[&Keypair]) -> AuditorsOf {
	AuditorsOf::truncate_from(keys.iter().map(|k| k.public()).collect())
}

/// A confidential token (one auditor) with BOB and CHARLIE registered.
pub fn confidential_token() -> TokenId {
	let token = new_plain_token();
	assert_ok!(PrivateTransfers::enable_confidential_mode(
		RuntimeOrigin::signed(OFFICER),
		token,
		auditors(&[&auditor()])
	));
	register(token, BOB);
	register(token, CHARLIE);
	token
}

pub fn register(token: TokenId, who: AccountId) {
	let kp = keys(who);
	let proof = prove_registration(GENESIS, token, &who.encode(), &kp, &mut rng());
	assert_ok!(PrivateTransfers::register(
		RuntimeOrigin::signed(who),
		token,
		kp.public(),
		proof
	));
}

pub fn sealed(who: AccountId, balance: u64) -> SealedBalance {
	keys(who).seal_balance(balance, &mut rng())
}

/// The available balance `who` reads from its sealed record.
pub fn available(token: TokenId, who: AccountId) -> u64 {
	let account = Accounts::<Test>::get(token, who).expect("registered");
	if account.sealed == SealedBalance::default() {
		// Never applied: nothing sealed yet, nothing available.
		assert_eq!(account.available, Ciphertext::ZERO);
		return 0;
	}
	let value = keys(who)
		.open_balance(&account.sealed)
		.expect("sealed by the owner");
	assert!(
		keys(who).holds(&account.available, value),
		"the sealed record is the ciphertext's"
	);
	value
}

/// What `who`'s pending balance holds.
pub fn pending(token: TokenId, who: AccountId) -> u128 {
	let account = Accounts::<Test>::get(token, who).expect("registered");
	keys(who)
		.decrypt_pending(&account.pending)
		.expect("decryptable")
}

/// `who` applies its pending balance, sealing the new total.
pub fn apply(token: TokenId, who: AccountId) {
	let account = Accounts::<Test>::get(token, who).expect("registered");
	let total = available(token, who) as u128 + pending(token, who);
	assert_ok!(PrivateTransfers::apply_pending(
		RuntimeOrigin::signed(who),
		token,
		account.pending_credits,
		sealed(who, total as u64)
	));
}

/// `who` deposits `amount` and applies it.
pub fn deposit_and_apply(token: TokenId, who: AccountId, amount: u64) {
	assert_ok!(PrivateTransfers::deposit(
		RuntimeOrigin::signed(who),
		token,
		amount.into()
	));
	apply(token, who);
}

/// The amount and proof of a transfer of `amount` from `from` to `to`, against the state now.
pub fn transfer_proof(
	token: TokenId,
	from: AccountId,
	to: AccountId,
	amount: u64,
) -> (TransferAmount, TransferProof) {
	let sender = Accounts::<Test>::get(token, from).expect("sender registered");
	let receiver = Accounts::<Test>::get(token, to).expect("receiver registered");
	let mode = crate::Modes::<Test>::get(token).expect("confidential");
	let kp = keys(from);
	let (from_bytes, to_bytes) = (from.encode(), to.encode());
	prove_transfer(
		&TransferInput {
			genesis: GENESIS,
			token,
			sender: &from_bytes,
			receiver: &to_bytes,
			nonce: sender.nonce,
			sender_keypair: &kp,
			receiver_key: receiver.key,
			auditors: &mode.auditors,
			available: sender.available,
			balance: available(token, from),
			amount,
		},
		&mut rng(),
	)
	.expect("the client proves")
}

/// Submits a transfer made by [`transfer_proof`].
pub fn submit_transfer(
	token: TokenId,
	from: AccountId,
	to: AccountId,
	amount: TransferAmount,
	proof: TransferProof,
	rest: u64,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	PrivateTransfers::confidential_transfer(
		RuntimeOrigin::signed(from),
		token,
		to,
		Box::new(amount),
		Box::new(proof),
		sealed(from, rest),
	)
}

/// `from` pays `to` `amount`, hidden.
pub fn transfer(token: TokenId, from: AccountId, to: AccountId, amount: u64) {
	let rest = available(token, from) - amount;
	let (ct, proof) = transfer_proof(token, from, to, amount);
	assert_ok!(submit_transfer(token, from, to, ct, proof, rest));
}

/// A withdrawal proof of `amount` by `who`, against the state now.
pub fn withdrawal_proof(token: TokenId, who: AccountId, amount: u64) -> WithdrawalProof {
	let account = Accounts::<Test>::get(token, who).expect("registered");
	let kp = keys(who);
	let owner = who.encode();
	prove_withdrawal(
		&WithdrawalInput {
			genesis: GENESIS,
			token,
			owner: &owner,
			nonce: account.nonce,
			keypair: &kp,
			available: account.available,
			balance: available(token, who),
			amount,
		},
		&mut rng(),
	)
	.expect("the client proves")
}

/// `who` withdraws `amount`.
pub fn withdraw(token: TokenId, who: AccountId, amount: u64) {
	let rest = available(token, who) - amount;
	let proof = withdrawal_proof(token, who, amount);
	assert_ok!(PrivateTransfers::withdraw(
		RuntimeOrigin::signed(who),
		token,
		amount.into(),
		Box::new(proof),
		sealed(who, rest)
	));
}

/// The zero-balance proof `who` closes with.
pub fn zero_proof(token: TokenId, who: AccountId) -> vellum_confidential::ZeroBalanceProof {
	let account = Accounts::<Test>::get(token, who).expect("registered");
	prove_zero_balance(
		GENESIS,
		token,
		&who.encode(),
		account.nonce,
		&keys(who),
		account.available,
		&mut rng(),
	)
	.expect("zero")
}

/// The last confidential transfer's amount, from the events.
pub fn last_transfer_amount() -> TransferAmount {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::PrivateTransfers(Event::ConfidentialTransfer { amount, .. }) => {
				Some(*amount)
			}
			_ => None,
		})
		.expect("a confidential transfer happened")
}

pub fn zero_pending() -> [Ciphertext; LIMBS] {
	[Ciphertext::ZERO; LIMBS]
}

/// `who`'s public balance of `token`.
pub fn public(token: TokenId, who: AccountId) -> Balance {
	<SecurityToken as vellum_primitives::ledger::SecurityLedger<AccountId, Balance>>::balance(
		token, &who,
	)
}

/// How many holders the ledger counts for `token`.
pub fn holders(token: TokenId) -> u32 {
	<SecurityToken as vellum_primitives::ledger::SecurityLedger<AccountId, Balance>>::holder_count(
		token,
	)
}
