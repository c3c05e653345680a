//! Governance: the council (a collective with managed membership) and the network admin
//! origin it wields; pallet-identity with council-appointed registrars; the scheduler,
//! preimages and the whitelist through which the council dispatches root calls such as
//! runtime upgrades.

use crate::{
	deposit, AccountId, Balance, Balances, BlockNumber, Council, OriginCaller, Preimage, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Signature, System, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, ConstU32, EitherOfDiverse, EqualPrivilegeOnly,
		LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::Verify, Perbill};

use super::system::RuntimeBlockWeights;

/// The council's collective instance.
pub type CouncilCollective = pallet_collective::Instance1;

/// The council's membership instance.
pub type CouncilMembershipInstance = pallet_membership::Instance1;

/// A motion carried by at least two thirds of the council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// The network admin origin: root, or a two-thirds council motion.
///
/// It admits collators, registrars and (in later pallets) issuers, claim issuers, attestors
/// and oracle reporters; it authorises runtime upgrades (through the whitelist).
pub type NetworkAdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

parameter_types! {
	/// How long a council motion stays open.
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = 32;
	/// A motion may use at most half a block.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership is managed by `CouncilMembership`, which calls into the collective directly.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = NetworkAdminOrigin;
	type KillOrigin = NetworkAdminOrigin;
	// Council members are few and admitted; proposing costs only the transaction fee.
	type Consideration = ();
}

impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = NetworkAdminOrigin;
	type RemoveOrigin = NetworkAdminOrigin;
	type SwapOrigin = NetworkAdminOrigin;
	type ResetOrigin = NetworkAdminOrigin;
	type PrimeOrigin = NetworkAdminOrigin;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	// One storage item; its key and value are 258 bytes.
	pub const BasicDeposit: Balance = deposit(1, 258);
	pub const ByteDeposit: Balance = deposit(0, 1);
	pub const UsernameDeposit: Balance = deposit(0, 32);
	// 53 bytes per sub-account: a 32-byte id and a 21-byte name.
	pub const SubAccountDeposit: Balance = deposit(1, 53);
	pub const MaxSubAccounts: u32 = 100;
	pub const MaxAdditionalFields: u32 = 100;
	pub const MaxRegistrars: u32 = 20;
}

impl pallet_identity::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BasicDeposit = BasicDeposit;
	type ByteDeposit = ByteDeposit;
	type UsernameDeposit = UsernameDeposit;
	type SubAccountDeposit = SubAccountDeposit;
	type MaxSubAccounts = MaxSubAccounts;
	type IdentityInformation = pallet_identity::legacy::IdentityInfo<MaxAdditionalFields>;
	type MaxRegistrars = MaxRegistrars;
	// Slashed deposits are burnt.
	type Slashed = ();
	type ForceOrigin = NetworkAdminOrigin;
	type RegistrarOrigin = NetworkAdminOrigin;
	type OffchainSignature = Signature;
	type SigningPublicKey = <Signature as Verify>::Signer;
	type UsernameAuthorityOrigin = NetworkAdminOrigin;
	type PendingUsernameExpiration = ConstU32<{ 7 * DAYS }>;
	type UsernameGracePeriod = ConstU32<{ 30 * DAYS }>;
	type MaxSuffixLength = ConstU32<7>;
	type MaxUsernameLength = ConstU32<32>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type WeightInfo = pallet_identity::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Scheduled calls may use up to 80% of a block.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = NetworkAdminOrigin;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = NetworkAdminOrigin;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	// The network admin origin both whitelists a call and dispatches it as root, so one
	// council motion (`utility.batchAll`) can authorise a runtime upgrade.
	type WhitelistOrigin = NetworkAdminOrigin;
	type DispatchWhitelistedOrigin = NetworkAdminOrigin;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = ConstU32<{ 7 * DAYS }>;
	type BlockNumberProvider = System;
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}
