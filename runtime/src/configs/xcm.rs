//! Cross-consensus messaging: message queues and the XCM executor.
//!
//! Only the native token (VLM) can cross chains, and no XCM `Transact` is accepted: security
//! tokens live in the security-token ledger, which no asset transactor here can reach, so
//! they can never be moved, minted or burnt by XCM. Sending a message costs a delivery fee,
//! as on the system parachains; the runtime itself and the relay chain are exempt.

use crate::{
	configs::governance::NetworkAdminOrigin, AccountId, AllPalletsWithSystem, Balances,
	MessageQueue, ParachainInfo, ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, WeightToFee, XcmpQueue, MILLIUNIT,
};
use cumulus_primitives_core::{AggregateMessageOrigin, ParaId};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8, Disabled, Equals, Everything, Nothing, TransformOrigin},
	weights::Weight,
};
use parachains_common::message_queue::{NarrowOriginToSibling, ParaIdToSibling};
use polkadot_parachain_primitives::primitives::Sibling;
use polkadot_runtime_common::xcm_sender::ExponentialPrice;
use sp_runtime::Perbill;
use xcm::latest::prelude::*;
use xcm_builder::{
	AccountId32Aliases, AllowKnownQueryResponses, AllowSubscriptionsFrom,
	AllowTopLevelPaidExecutionFrom, DenyRecursively, DenyReserveTransferToRelayChain, DenyThenTry,
	EnsureXcmOrigin, FrameTransactionalProcessor, FungibleAdapter, IsConcrete, IsParentsOnly,
	NativeAsset, ParentIsPreset, RelayChainAsNative, SiblingParachainAsNative,
	SiblingParachainConvertsVia, SignedAccountId32AsNative, SignedToAccountId32,
	SovereignSignedViaLocation, TakeWeightCredit, TrailingSetTopicAsId, UsingComponents,
	WeightInfoBounds, WithComputedOrigin, WithUniqueTopic, XcmFeeManagerFromComponents,
};
use xcm_executor::XcmExecutor;

use super::system::RuntimeBlockWeights;

parameter_types! {
	pub const RelayLocation: Location = Location::parent();
	pub const HereLocation: Location = Location::here();
	pub const RelayNetwork: Option<NetworkId> = None;
	pub RelayChainOrigin: RuntimeOrigin = cumulus_pallet_xcm::Origin::Relay.into();
	pub UniversalLocation: InteriorLocation = Parachain(ParachainInfo::parachain_id().into()).into();
	/// The most instructions a message may hold (nested ones included).
	pub const MaxInstructions: u32 = 100;
	pub const MaxAssetsIntoHolding: u32 = 64;
	/// Delivery fees are paid in VLM.
	pub FeeAssetId: AssetId = AssetId(HereLocation::get());
	/// The base fee of delivering one message (as the system parachains charge 3 cents of
	/// their token: a few cents' worth), before the fee per byte.
	pub const BaseDeliveryFee: u128 = 30 * MILLIUNIT;
	/// The fee per byte of a delivered message: the transaction fee per byte.
	pub DeliveryByteFee: u128 = super::money::TransactionByteFee::get();
}

/// The price of sending a message to a sibling parachain: `factor * (base + bytes * byte fee)`,
/// the factor rising while the channel is congested (the XCMP queue's fee tracker).
pub type PriceForSiblingDelivery =
	ExponentialPrice<FeeAssetId, BaseDeliveryFee, DeliveryByteFee, XcmpQueue>;

/// The price of sending a message up to the relay chain (parachain system's fee tracker).
pub type PriceForParentDelivery =
	ExponentialPrice<FeeAssetId, BaseDeliveryFee, DeliveryByteFee, ParachainSystem>;

/// Who sends without paying delivery fees: the runtime itself (root, the council) and the
/// relay chain.
pub type WaivedLocations = (Equals<HereLocation>, Equals<RelayLocation>);

/// How a location maps to a local account: the relay chain and sibling parachains to their
/// sovereign accounts, a 32-byte account on the relay network to the same account here.
pub type LocationToAccountId = (
	ParentIsPreset<AccountId>,
	SiblingParachainConvertsVia<Sibling, AccountId>,
	AccountId32Aliases<RelayNetwork, AccountId>,
);

/// VLM, and only VLM, moves in and out through XCM.
pub type LocalAssetTransactor =
	FungibleAdapter<Balances, IsConcrete<HereLocation>, LocationToAccountId, AccountId, ()>;

/// How an XCM origin becomes a local dispatch origin.
pub type XcmOriginToTransactDispatchOrigin = (
	SovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,
	RelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,
	SiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,
	SignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,
);

/// Which messages are executed at all: paid execution from anyone, query responses and
/// version subscriptions; reserve transfers to the relay chain are refused.
pub type Barrier = TrailingSetTopicAsId<
	DenyThenTry<
		DenyRecursively<DenyReserveTransferToRelayChain>,
		(
			TakeWeightCredit,
			WithComputedOrigin<
				(AllowTopLevelPaidExecutionFrom<Everything>,),
				UniversalLocation,
				ConstU32<8>,
			>,
			AllowKnownQueryResponses<PolkadotXcm>,
			AllowSubscriptionsFrom<IsParentsOnly<ConstU8<1>>>,
		),
	>,
>;

/// How messages are weighed, by the executor and by pallet-xcm: each instruction's
/// benchmarked weight in this runtime ([`crate::weights::xcm`]).
pub type Weigher = WeightInfoBounds<
	crate::weights::xcm::VellumXcmWeight<RuntimeCall>,
	RuntimeCall,
	MaxInstructions,
>;

/// The XCM executor's configuration.
pub struct XcmConfig;
impl xcm_executor::Config for XcmConfig {
	type RuntimeCall = RuntimeCall;
	type XcmSender = XcmRouter;
	type XcmEventEmitter = PolkadotXcm;
	type AssetTransactor = LocalAssetTransactor;
	type OriginConverter = XcmOriginToTransactDispatchOrigin;
	type IsReserve = NativeAsset;
	type IsTeleporter = ();
	type Aliasers = Nothing;
	type UniversalLocation = UniversalLocation;
	type Barrier = Barrier;
	type Weigher = Weigher;
	type Trader = UsingComponents<WeightToFee, HereLocation, AccountId, Balances, ()>;
	type ResponseHandler = PolkadotXcm;
	type AssetTrap = PolkadotXcm;
	type AssetLocker = ();
	type AssetExchanger = ();
	type SubscriptionService = PolkadotXcm;
	type PalletInstancesInfo = AllPalletsWithSystem;
	type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
	// Delivery fees are charged to every sender but the waived ones, and burned: Vellum has no
	// treasury to send them to.
	type FeeManager = XcmFeeManagerFromComponents<WaivedLocations, ()>;
	type MessageExporter = ();
	type UniversalAliases = Nothing;
	type CallDispatcher = RuntimeCall;
	// No `Transact`: no call of this runtime can be dispatched by a foreign chain.
	type SafeCallFilter = Nothing;
	type TransactionalProcessor = FrameTransactionalProcessor;
	type HrmpNewChannelOpenRequestHandler = ();
	type HrmpChannelAcceptedHandler = ();
	type HrmpChannelClosingHandler = ();
	type XcmRecorder = PolkadotXcm;
}

/// A local signed origin as an XCM location (an `AccountId32` junction).
pub type LocalOriginToLocation = SignedToAccountId32<RuntimeOrigin, AccountId, RelayNetwork>;

/// Outgoing messages: upward to the relay chain, or over XCMP to siblings.
pub type XcmRouter = WithUniqueTopic<(
	cumulus_primitives_utility::ParentAsUmp<ParachainSystem, PolkadotXcm, PriceForParentDelivery>,
	XcmpQueue,
)>;

impl pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type SendXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmRouter = XcmRouter;
	type ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	// Arbitrary local XCM execution is off; transfers go through the dedicated calls.
	type XcmExecuteFilter = Nothing;
	type XcmExecutor = XcmExecutor<XcmConfig>;
	type XcmTeleportFilter = Nothing;
	type XcmReserveTransferFilter = Everything;
	type Weigher = Weigher;
	type UniversalLocation = UniversalLocation;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
	type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
	type Currency = Balances;
	type CurrencyMatcher = ();
	type TrustedLockers = ();
	type SovereignAccountOf = LocationToAccountId;
	type MaxLockers = ConstU32<8>;
	type WeightInfo = crate::weights::pallet_xcm::WeightInfo<Runtime>;
	type AdminOrigin = NetworkAdminOrigin;
	type MaxRemoteLockConsumers = ConstU32<0>;
	type RemoteLockConsumerIdentifier = ();
	type AuthorizedAliasConsideration = Disabled;
}

impl cumulus_pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type XcmExecutor = XcmExecutor<XcmConfig>;
}

impl cumulus_pallet_xcmp_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ChannelInfo = ParachainSystem;
	type VersionWrapper = PolkadotXcm;
	// Messages from siblings are queued in the message queue, then executed.
	type XcmpQueue = TransformOrigin<MessageQueue, AggregateMessageOrigin, ParaId, ParaIdToSibling>;
	type MaxInboundSuspended = ConstU32<1_000>;
	type MaxActiveOutboundChannels = ConstU32<128>;
	type MaxPageSize = ConstU32<{ 103 * 1024 }>;
	type ControllerOrigin = NetworkAdminOrigin;
	type ControllerOriginConverter = XcmOriginToTransactDispatchOrigin;
	type WeightInfo = cumulus_pallet_xcmp_queue::weights::SubstrateWeight<Runtime>;
	type PriceForSiblingDelivery = PriceForSiblingDelivery;
}

parameter_types! {
	/// Message processing may use up to 35% of a block.
	pub MessageQueueServiceWeight: Weight =
		Perbill::from_percent(35) * RuntimeBlockWeights::get().max_block;
}

impl pallet_message_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_message_queue::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type MessageProcessor =
		pallet_message_queue::mock_helpers::NoopMessageProcessor<AggregateMessageOrigin>;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type MessageProcessor =
		xcm_builder::ProcessXcmMessage<AggregateMessageOrigin, XcmExecutor<XcmConfig>, RuntimeCall>;
	type Size = u32;
	// Only sibling origins can be suspended by the XCMP queue.
	type QueueChangeHandler = NarrowOriginToSibling<XcmpQueue>;
	type QueuePausedQuery = NarrowOriginToSibling<XcmpQueue>;
	type HeapSize = ConstU32<{ 103 * 1024 }>;
	type MaxStale = ConstU32<8>;
	type ServiceWeight = MessageQueueServiceWeight;
	type IdleMaxServiceWeight = MessageQueueServiceWeight;
}
