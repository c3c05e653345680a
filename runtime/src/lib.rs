//! # Vellum runtime
//!
//! ## Overview
//!
//! The state transition function of the Vellum parachain: a network for regulated security
//! tokens. This crate declares the runtime (which pallets, at which index), its types and
//! constants; each pallet's configuration lives in [`configs`], the runtime APIs in [`apis`]
//! and the genesis presets in [`genesis_config_presets`].
//!
//! ## Terminology
//!
//! - **Network admin origin**: root, or a motion of at least two thirds of the council
//!   ([`configs::governance::NetworkAdminOrigin`]). It admits collators, registrars and
//!   (later) issuers, claim issuers, attestors and oracle reporters, and upgrades the runtime.
//! - **Permissioned collators**: the block authors are the collator-selection invulnerables,
//!   set only by the network admin origin. Open candidacy is filtered out.
//!
//! ## Pallet index bands
//!
//! system 0-9, money 10s, collators 20s, XCM 30s, governance and identity 40s, Vellum
//! pallets 50 and up. An index never changes once used.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` recurses deeply.
#![recursion_limit = "256"]

extern crate alloc;

// The Wasm blob, for the node to embed (`WASM_BINARY` is `None` under `SKIP_WASM_BUILD`).
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use alloc::vec::Vec;
use frame_support::weights::{
	constants::{ExtrinsicBaseWeight, WEIGHT_REF_TIME_PER_SECOND},
	Weight, WeightToFeeCoefficient, WeightToFeeCoefficients, WeightToFeePolynomial,
};
use smallvec::smallvec;
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256, Perbill};
use sp_version::RuntimeVersion;

pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;
pub use sp_runtime::{MultiAddress, Permill};
pub use vellum_primitives::{
	AccountId, Balance, BlockNumber, Hash, Nonce, Signature, MICROUNIT, MILLIUNIT, PARA_ID,
	SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, UNIT,
};

/// The address format of extrinsics: an account id (or index, unused here).
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;

/// The transaction extensions every signed extrinsic carries, in order. Storage-proof weight
/// actually used is reclaimed after dispatch.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// Extrinsic type as it arrives, before its signature is checked.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Runtime migrations run at the next upgrade (none yet).
pub type Migrations = ();

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Converts weight to a fee: the base weight of an extrinsic costs 1/10 of a milli-VLM, and
/// fees grow linearly with weight.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let fee_of_base: Balance = MILLIUNIT / 10;
		let base_ref_time = Balance::from(ExtrinsicBaseWeight::get().ref_time()).max(1);
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(fee_of_base % base_ref_time, base_ref_time),
			coeff_integer: fee_of_base / base_ref_time,
		}]
	}
}

/// Types the node can use without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

impl_opaque_keys! {
	/// The session keys of a collator: only its Aura block-authoring key.
	pub struct SessionKeys {
		/// Aura authority key.
		pub aura: Aura,
	}
}

/// The runtime version. Bump `spec_version` with every change of behaviour and
/// `transaction_version` with every change of a call's encoding.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("vellum"),
	impl_name: alloc::borrow::Cow::Borrowed("vellum"),
	authoring_version: 1,
	spec_version: 11,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Target block time. Changing the slot duration of a live chain stops block production.
pub const MILLISECS_PER_BLOCK: u64 = 6000;
/// Aura slot duration, one block per slot.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Below this, an account is reaped. One milli-VLM.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLIUNIT;

/// Share of a block's weight that `on_initialize` hooks may use.
pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);
/// Share of a block that normal (non-operational) extrinsics may fill.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// Two seconds of compute per block, and the relay chain's proof-of-validity size limit.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// Parachain blocks that may be built before the relay chain includes them.
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
/// Parachain blocks per relay chain block.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// Relay chain slot duration, in milliseconds.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;

/// Deposit for `items` storage items taking `bytes` bytes.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	(items as Balance) * 20 * UNIT / 100 + (bytes as Balance) * 100 * MICROUNIT
}

#[frame_support::runtime]
mod runtime {
	/// The Vellum runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// --- System: 0-9 ---
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(4)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;
	#[runtime::pallet_index(5)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(6)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(7)]
	pub type Proxy = pallet_proxy;

	// --- Money: 10s ---
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;

	// --- Collators: 20s. Their order matters (session keys before Aura) and never changes. ---
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(21)]
	pub type CollatorSelection = pallet_collator_selection;
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(23)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(24)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	// --- XCM: 30s ---
	#[runtime::pallet_index(30)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(31)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(32)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(33)]
	pub type MessageQueue = pallet_message_queue;

	// --- Governance and identity: 40s ---
	#[runtime::pallet_index(40)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(41)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(42)]
	pub type Identity = pallet_identity;
	#[runtime::pallet_index(43)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(44)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(45)]
	pub type Whitelist = pallet_whitelist;

	// --- Vellum pallets: 50 and up ---
	#[runtime::pallet_index(50)]
	pub type SecurityToken = pallet_security_token;
	#[runtime::pallet_index(51)]
	pub type Compliance = pallet_compliance;
	#[runtime::pallet_index(52)]
	pub type ProofOfOwnership = pallet_proof_of_ownership;
	#[runtime::pallet_index(53)]
	pub type Voting = pallet_voting;
	#[runtime::pallet_index(54)]
	pub type Oracle = pallet_oracle;
	#[runtime::pallet_index(55)]
	pub type SetDerivatives = pallet_set_derivatives;
	#[runtime::pallet_index(56)]
	pub type PrivateTransfers = pallet_private_transfers;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
