//! Private transfers: confidential balances of security tokens, verified on chain, readable by
//! each token's auditors, judged by the ledger on the public parties.

use crate::{deposit, Balance, Balances, Runtime, RuntimeHoldReason};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Get},
	PalletId,
};

parameter_types! {
	/// The pool: the custodian account that holds the public tokens behind every
	/// confidential balance.
	pub const PrivateTransfersPalletId: PalletId = PalletId(*b"vl/cpool");
	/// Held from the agent that enables a token's confidential mode: its record (up to 8
	/// auditor keys, ~300 bytes) and the pool's entry.
	pub ModeDeposit: Balance = deposit(2, 350);
	/// Held from a holder per confidential account: its record (~420 bytes).
	pub AccountDeposit: Balance = deposit(1, 450);
}

/// The chain's genesis hash, which every proof binds. Read from `frame_system`'s block hash of
/// block 0 (kept for ever); zero while block 0 itself is being built, when no call runs.
pub struct GenesisHash;

impl Get<[u8; 32]> for GenesisHash {
	fn get() -> [u8; 32] {
		frame_system::BlockHash::<Runtime>::get(0u32).into()
	}
}

impl pallet_private_transfers::Config for Runtime {
	type Balance = Balance;
	type Ledger = crate::SecurityToken;
	type AmountRules = crate::Compliance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ChainId = GenesisHash;
	type PalletId = PrivateTransfersPalletId;
	type ModeDeposit = ModeDeposit;
	type AccountDeposit = AccountDeposit;
	// A pending limb is a sum of at most this many 16-bit limbs: below 2^32, decrypted by the
	// client in at most 2^16 steps. Filling it costs an attacker this many full transfers, and
	// the receiver empties it with one `apply_pending`.
	type MaxPendingCredits = ConstU32<{ 1 << 16 }>;
	type WeightInfo = pallet_private_transfers::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::tokens::BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_private_transfers::BenchmarkHelper<crate::AccountId>
	for crate::configs::tokens::BenchmarkHelper
{
	fn create_token(
		issuer: &crate::AccountId,
		holders: &[crate::AccountId],
		amount: u128,
	) -> vellum_primitives::security::TokenId {
		let token =
			<Self as pallet_compliance::BenchmarkHelper<crate::AccountId>>::create_token(issuer);
		for holder in holders {
			<Self as pallet_private_transfers::BenchmarkHelper<crate::AccountId>>::fund(holder);
			crate::SecurityToken::issue(
				crate::RuntimeOrigin::signed(issuer.clone()),
				token,
				holder.clone(),
				amount,
			)
			.expect("the issuer issues to a holder of a token without rules");
		}
		token
	}

	fn fund(who: &crate::AccountId) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, 1_000_000 * crate::UNIT);
	}
}
