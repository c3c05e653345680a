//! Security tokens: the ledger of every regulated instrument on Vellum.

use crate::{
	configs::governance::NetworkAdminOrigin, Balance, Balances, Runtime, RuntimeHoldReason,
	Timestamp, UNIT,
};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	/// Held from an issuer for each token it creates (a token and its definition take up to
	/// ~6 KiB of state).
	pub const TokenDeposit: Balance = 100 * UNIT;
}

impl pallet_security_token::Config for Runtime {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council admit and remove issuers.
	type AdminOrigin = NetworkAdminOrigin;
	// Every transfer is allowed until the compliance pallet plugs in here.
	type TransferCheck = ();
	type OnBalanceChange = ();
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type MaxAgents = ConstU32<16>;
	type MaxBatch = ConstU32<64>;
	type MaxCheckpoints = ConstU32<32>;
	type MaxScheduledPerBlock = ConstU32<16>;
	type MaxSchedulesPerToken = ConstU32<8>;
	type MaxReasonLen = ConstU32<128>;
	type WeightInfo = pallet_security_token::weights::SubstrateWeight<Runtime>;
}
