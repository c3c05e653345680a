//! The runtime's benchmarks: which pallets `vellum-bench` measures (`scripts/bench.sh`), and
//! the set-up that pallet-xcm's benchmarks and the XCM instruction benchmarks
//! (pallet-xcm-benchmarks) need from this runtime.
//!
//! XCM here moves VLM only: it is benchmarked as the asset every instruction handles, with
//! the relay chain and a sibling parachain as destinations. What this runtime refuses
//! (teleports, `Transact`, exchanges, locks, aliases, exports, universal origins) is not
//! benchmarked: its instructions weigh `Weight::MAX` in [`crate::weights::xcm`], so a
//! message that holds one cannot be executed.

use crate::{
	configs::xcm::{
		HereLocation, LocationToAccountId, PriceForParentDelivery, PriceForSiblingDelivery,
		RelayLocation, XcmConfig,
	},
	AccountId, Balances, ParachainSystem, Runtime, RuntimeCall, EXISTENTIAL_DEPOSIT, UNIT,
};
use alloc::{boxed::Box, vec};
use cumulus_primitives_core::ParaId;
use frame_benchmarking::BenchmarkError;
use frame_support::{parameter_types, weights::Weight};
use xcm::latest::prelude::*;
use xcm_executor::AssetsInHolding;

frame_benchmarking::define_benchmarks!(
	[pallet_balances, Balances]
	[pallet_security_token, SecurityToken]
	[pallet_compliance, Compliance]
	[pallet_proof_of_ownership, ProofOfOwnership]
	[pallet_voting, Voting]
	[pallet_set_derivatives, SetDerivatives]
	[pallet_private_transfers, PrivateTransfers]
	[pallet_oracle, Oracle]
	[pallet_xcm, PalletXcmBenchmark::<Runtime>]
	[pallet_xcm_benchmarks::generic, XcmGeneric]
	[pallet_xcm_benchmarks::fungible, XcmFungible]
);

/// pallet-xcm's extrinsics.
pub type PalletXcmBenchmark<T> = pallet_xcm::benchmarking::Pallet<T>;
/// The XCM instructions that do not move assets.
pub type XcmGeneric = pallet_xcm_benchmarks::generic::Pallet<Runtime>;
/// The XCM instructions that move VLM through the asset transactor.
pub type XcmFungible = pallet_xcm_benchmarks::fungible::Pallet<Runtime>;

parameter_types! {
	/// The sibling parachain that benchmarks send to (any id but Vellum's own).
	pub const BenchSibling: ParaId = ParaId::new(2001);
	/// The existential deposit as an XCM asset: what a delivery helper gives an account
	/// before it pays a fee.
	pub ExistentialDepositAsset: Option<Asset> = Some((HereLocation::get(), EXISTENTIAL_DEPOSIT).into());
}

/// Funds the sender's delivery fees, up to the relay chain or across to the sibling.
pub type DeliveryHelper = (
	cumulus_primitives_utility::ToParentDeliveryHelper<
		XcmConfig,
		ExistentialDepositAsset,
		PriceForParentDelivery,
	>,
	polkadot_runtime_common::xcm_sender::ToParachainDeliveryHelper<
		XcmConfig,
		ExistentialDepositAsset,
		PriceForSiblingDelivery,
		BenchSibling,
		ParachainSystem,
	>,
);

/// The sibling parachain as a location.
fn sibling() -> Location {
	Location::new(1, [Parachain(BenchSibling::get().into())])
}

/// An amount of VLM no benchmark runs short of.
fn vlm(amount: u128) -> Asset {
	(HereLocation::get(), amount).into()
}

impl pallet_xcm::benchmarking::Config for Runtime {
	type DeliveryHelper = DeliveryHelper;

	fn reachable_dest() -> Option<Location> {
		Some(RelayLocation::get())
	}

	// No teleports: `teleport_assets` is refused and weighs `Weight::MAX`.
	fn teleportable_asset_and_dest() -> Option<(Asset, Location)> {
		None
	}

	// VLM's reserve is Vellum: it is reserve-transferred to a sibling.
	fn reserve_transferable_asset_and_dest() -> Option<(Asset, Location)> {
		Some((vlm(EXISTENTIAL_DEPOSIT), sibling()))
	}

	fn set_up_complex_asset_transfer() -> Option<(Assets, u32, Location, Box<dyn FnOnce()>)> {
		// A reserve transfer of VLM to the sibling, VLM paying the fees: the only transfer
		// `transfer_assets` can make here.
		let dest = sibling();
		let amount = EXISTENTIAL_DEPOSIT * 10;
		let who: AccountId = frame_benchmarking::whitelisted_caller();
		let _ =
			<Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(&who, amount * 100);
		Some((vlm(amount).into(), 0, dest, Box::new(|| {})))
	}

	fn get_asset() -> Asset {
		vlm(EXISTENTIAL_DEPOSIT)
	}
}

impl pallet_xcm_benchmarks::Config for Runtime {
	type XcmConfig = XcmConfig;
	type AccountIdConverter = LocationToAccountId;
	type DeliveryHelper = DeliveryHelper;

	fn valid_destination() -> Result<Location, BenchmarkError> {
		Ok(RelayLocation::get())
	}

	fn worst_case_holding(depositable_count: u32) -> AssetsInHolding {
		let max = <XcmConfig as xcm_executor::Config>::MaxAssetsIntoHolding::get();
		pallet_xcm_benchmarks::generate_holding_assets(max.saturating_sub(depositable_count))
	}
}

impl pallet_xcm_benchmarks::fungible::Config for Runtime {
	type TransactAsset = Balances;
	// No teleports: no checking account, no trusted teleporter.
	type CheckedAccount = NoCheckedAccount;
	type TrustedTeleporter = NoTrustedLocation;
	// Only VLM is transacted, and Vellum is its reserve: no other chain is trusted as one.
	type TrustedReserve = NoTrustedLocation;

	fn get_asset() -> Asset {
		vlm(EXISTENTIAL_DEPOSIT * 10)
	}
}

parameter_types! {
	pub const NoCheckedAccount: Option<(AccountId, xcm_builder::MintLocation)> = None;
	pub const NoTrustedLocation: Option<(Location, Asset)> = None;
}

impl pallet_xcm_benchmarks::generic::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type TransactAsset = Balances;

	fn worst_case_response() -> (u64, Response) {
		(0u64, Response::Version(Default::default()))
	}

	fn worst_case_asset_exchange() -> Result<(Assets, Assets), BenchmarkError> {
		Err(BenchmarkError::Skip)
	}

	fn universal_alias() -> Result<(Location, Junction), BenchmarkError> {
		Err(BenchmarkError::Skip)
	}

	fn transact_origin_and_runtime_call() -> Result<(Location, RuntimeCall), BenchmarkError> {
		Err(BenchmarkError::Skip)
	}

	fn subscribe_origin() -> Result<Location, BenchmarkError> {
		Ok(RelayLocation::get())
	}

	fn claimable_asset() -> Result<(Location, Location, Assets), BenchmarkError> {
		let origin = RelayLocation::get();
		let assets: Assets = vec![vlm(EXISTENTIAL_DEPOSIT * 10)].into();
		// pallet-xcm's asset trap: an empty ticket claims in the current XCM version.
		let ticket = Location::here();
		Ok((origin, ticket, assets))
	}

	fn worst_case_for_trader() -> Result<(Asset, WeightLimit), BenchmarkError> {
		// A weight to buy, so that the trader prices it and takes the fee.
		Ok((
			vlm(1_000_000 * UNIT),
			WeightLimit::Limited(Weight::from_parts(5_000, 5_000)),
		))
	}

	fn unlockable_asset() -> Result<(Location, Location, Asset), BenchmarkError> {
		Err(BenchmarkError::Skip)
	}

	fn export_message_origin_and_destination(
	) -> Result<(Location, NetworkId, InteriorLocation), BenchmarkError> {
		Err(BenchmarkError::Skip)
	}

	fn alias_origin() -> Result<(Location, Location), BenchmarkError> {
		Err(BenchmarkError::Skip)
	}
}
