//! The weight of every XCM instruction in this runtime, from the XCM instruction benchmarks
//! (pallet-xcm-benchmarks, run in this runtime by `scripts/bench.sh`): the XCM executor and
//! pallet-xcm weigh messages with [`VellumXcmWeight`] through xcm-builder's
//! `WeightInfoBounds`.
//!
//! An instruction that moves assets weighs its benchmark once per asset it names; a wildcard
//! that names no count weighs as many assets as the holding register can hold. What this
//! runtime refuses (`Transact`, exchanges, locks, aliases, exports, universal origins, HRMP
//! notifications, which only the relay chain sends and this runtime does not handle) weighs
//! `Weight::MAX`: a message that holds one is never executed.

mod pallet_xcm_benchmarks_fungible;
mod pallet_xcm_benchmarks_generic;

use crate::{configs::xcm::MaxAssetsIntoHolding, Runtime};
use alloc::vec::Vec;
use frame_support::{weights::Weight, BoundedVec};
use pallet_xcm_benchmarks_fungible::WeightInfo as XcmFungibleWeight;
use pallet_xcm_benchmarks_generic::WeightInfo as XcmGenericWeight;
use xcm::{
	latest::{prelude::*, AssetTransferFilter, Hint, HintNumVariants, MaxAssetTransferFilters},
	DoubleEncoded,
};

/// How many assets an instruction's asset argument stands for.
trait AssetCount {
	fn named(&self) -> u64;
}

impl AssetCount for Assets {
	fn named(&self) -> u64 {
		self.len() as u64
	}
}

impl AssetCount for AssetFilter {
	fn named(&self) -> u64 {
		match self {
			Definite(assets) => assets.len() as u64,
			Wild(AllCounted(count)) | Wild(AllOfCounted { count, .. }) => u64::from(*count),
			Wild(All) | Wild(AllOf { .. }) => u64::from(MaxAssetsIntoHolding::get()),
		}
	}
}

impl AssetCount for AssetTransferFilter {
	fn named(&self) -> u64 {
		match self {
			AssetTransferFilter::Teleport(filter)
			| AssetTransferFilter::ReserveDeposit(filter)
			| AssetTransferFilter::ReserveWithdraw(filter) => filter.named(),
		}
	}
}

/// `weight` once per asset `assets` stands for.
fn per_asset(assets: &impl AssetCount, weight: Weight) -> Weight {
	weight.saturating_mul(assets.named())
}

type Generic = XcmGenericWeight<Runtime>;
type Fungible = XcmFungibleWeight<Runtime>;

/// Weighs XCM instructions with this runtime's benchmarks.
pub struct VellumXcmWeight<Call>(core::marker::PhantomData<Call>);

impl<Call> XcmWeightInfo<Call> for VellumXcmWeight<Call> {
	fn withdraw_asset(assets: &Assets) -> Weight {
		per_asset(assets, Fungible::withdraw_asset())
	}
	fn reserve_asset_deposited(assets: &Assets) -> Weight {
		per_asset(assets, Fungible::reserve_asset_deposited())
	}
	fn receive_teleported_asset(_assets: &Assets) -> Weight {
		// No chain is trusted to teleport here.
		Weight::MAX
	}
	fn query_response(
		_query_id: &u64,
		_response: &Response,
		_max_weight: &Weight,
		_querier: &Option<Location>,
	) -> Weight {
		Generic::query_response()
	}
	fn transfer_asset(assets: &Assets, _beneficiary: &Location) -> Weight {
		per_asset(assets, Fungible::transfer_asset())
	}
	fn transfer_reserve_asset(assets: &Assets, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
		per_asset(assets, Fungible::transfer_reserve_asset())
	}
	fn transact(
		_origin_kind: &OriginKind,
		_fallback_max_weight: &Option<Weight>,
		_call: &DoubleEncoded<Call>,
	) -> Weight {
		// No call of this runtime can be dispatched by XCM.
		Weight::MAX
	}
	fn hrmp_new_channel_open_request(
		_sender: &u32,
		_max_message_size: &u32,
		_max_capacity: &u32,
	) -> Weight {
		Weight::MAX
	}
	fn hrmp_channel_accepted(_recipient: &u32) -> Weight {
		Weight::MAX
	}
	fn hrmp_channel_closing(_initiator: &u32, _sender: &u32, _recipient: &u32) -> Weight {
		Weight::MAX
	}
	fn clear_origin() -> Weight {
		Generic::clear_origin()
	}
	fn descend_origin(_who: &InteriorLocation) -> Weight {
		Generic::descend_origin()
	}
	fn report_error(_query_response_info: &QueryResponseInfo) -> Weight {
		Generic::report_error()
	}
	fn deposit_asset(assets: &AssetFilter, _beneficiary: &Location) -> Weight {
		per_asset(assets, Fungible::deposit_asset())
	}
	fn deposit_reserve_asset(assets: &AssetFilter, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
		per_asset(assets, Fungible::deposit_reserve_asset())
	}
	fn exchange_asset(_give: &AssetFilter, _receive: &Assets, _maximal: &bool) -> Weight {
		Weight::MAX
	}
	fn initiate_reserve_withdraw(
		assets: &AssetFilter,
		_reserve: &Location,
		_xcm: &Xcm<()>,
	) -> Weight {
		per_asset(assets, Fungible::initiate_reserve_withdraw())
	}
	fn initiate_teleport(assets: &AssetFilter, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
		per_asset(assets, Fungible::initiate_teleport())
	}
	fn report_holding(_response_info: &QueryResponseInfo, _assets: &AssetFilter) -> Weight {
		Generic::report_holding()
	}
	fn buy_execution(_fees: &Asset, _weight_limit: &WeightLimit) -> Weight {
		Generic::buy_execution()
	}
	fn pay_fees(_asset: &Asset) -> Weight {
		Generic::pay_fees()
	}
	fn refund_surplus() -> Weight {
		Generic::refund_surplus()
	}
	fn set_error_handler(_xcm: &Xcm<Call>) -> Weight {
		Generic::set_error_handler()
	}
	fn set_appendix(_xcm: &Xcm<Call>) -> Weight {
		Generic::set_appendix()
	}
	fn clear_error() -> Weight {
		Generic::clear_error()
	}
	fn set_hints(hints: &BoundedVec<Hint, HintNumVariants>) -> Weight {
		hints.iter().fold(Weight::zero(), |total, hint| {
			total.saturating_add(match hint {
				Hint::AssetClaimer { .. } => Generic::asset_claimer(),
			})
		})
	}
	fn claim_asset(_assets: &Assets, _ticket: &Location) -> Weight {
		Generic::claim_asset()
	}
	fn trap(_code: &u64) -> Weight {
		Generic::trap()
	}
	fn subscribe_version(_query_id: &QueryId, _max_response_weight: &Weight) -> Weight {
		Generic::subscribe_version()
	}
	fn unsubscribe_version() -> Weight {
		// Its benchmark subscribes through a `Transact` origin, which this runtime refuses, so
		// it is not measured here: weighed as subscribing, which reads and writes the same
		// subscription entry and sends a message on top.
		Generic::subscribe_version()
	}
	fn burn_asset(assets: &Assets) -> Weight {
		per_asset(assets, Generic::burn_asset())
	}
	fn expect_asset(assets: &Assets) -> Weight {
		per_asset(assets, Generic::expect_asset())
	}
	fn expect_origin(_origin: &Option<Location>) -> Weight {
		Generic::expect_origin()
	}
	fn expect_error(_error: &Option<(u32, XcmError)>) -> Weight {
		Generic::expect_error()
	}
	fn expect_transact_status(_transact_status: &MaybeErrorCode) -> Weight {
		Generic::expect_transact_status()
	}
	fn query_pallet(_module_name: &Vec<u8>, _response_info: &QueryResponseInfo) -> Weight {
		Generic::query_pallet()
	}
	fn expect_pallet(
		_index: &u32,
		_name: &Vec<u8>,
		_module_name: &Vec<u8>,
		_crate_major: &u32,
		_min_crate_minor: &u32,
	) -> Weight {
		Generic::expect_pallet()
	}
	fn report_transact_status(_response_info: &QueryResponseInfo) -> Weight {
		Generic::report_transact_status()
	}
	fn clear_transact_status() -> Weight {
		Generic::clear_transact_status()
	}
	fn universal_origin(_: &Junction) -> Weight {
		Weight::MAX
	}
	fn export_message(_: &NetworkId, _: &Junctions, _: &Xcm<()>) -> Weight {
		Weight::MAX
	}
	fn lock_asset(_: &Asset, _: &Location) -> Weight {
		Weight::MAX
	}
	fn unlock_asset(_: &Asset, _: &Location) -> Weight {
		Weight::MAX
	}
	fn note_unlockable(_: &Asset, _: &Location) -> Weight {
		Weight::MAX
	}
	fn request_unlock(_: &Asset, _: &Location) -> Weight {
		Weight::MAX
	}
	fn set_fees_mode(_: &bool) -> Weight {
		Generic::set_fees_mode()
	}
	fn set_topic(_topic: &[u8; 32]) -> Weight {
		Generic::set_topic()
	}
	fn clear_topic() -> Weight {
		Generic::clear_topic()
	}
	fn alias_origin(_: &Location) -> Weight {
		// No aliasers: an alias is always refused.
		Weight::MAX
	}
	fn unpaid_execution(_: &WeightLimit, _: &Option<Location>) -> Weight {
		Generic::unpaid_execution()
	}
	fn initiate_transfer(
		_dest: &Location,
		remote_fees: &Option<AssetTransferFilter>,
		_preserve_origin: &bool,
		assets: &BoundedVec<AssetTransferFilter, MaxAssetTransferFilters>,
		_xcm: &Xcm<()>,
	) -> Weight {
		let named = assets
			.iter()
			.chain(remote_fees.iter())
			.fold(0u64, |n, filter| n.saturating_add(filter.named()));
		Fungible::initiate_transfer().saturating_mul(named.max(1))
	}
	fn execute_with_origin(
		_descendant_origin: &Option<InteriorLocation>,
		_xcm: &Xcm<Call>,
	) -> Weight {
		Generic::execute_with_origin()
	}
}
