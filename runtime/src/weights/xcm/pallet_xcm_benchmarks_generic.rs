//! Placeholder until `scripts/bench.sh` generates this file (do not commit).
#![allow(unused_parens, unused_imports, missing_docs)]
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo<T> {
	pub(crate) fn report_holding() -> Weight {
		Weight::MAX
	}
	pub(crate) fn buy_execution() -> Weight {
		Weight::MAX
	}
	pub(crate) fn pay_fees() -> Weight {
		Weight::MAX
	}
	pub(crate) fn asset_claimer() -> Weight {
		Weight::MAX
	}
	pub(crate) fn query_response() -> Weight {
		Weight::MAX
	}
	pub(crate) fn refund_surplus() -> Weight {
		Weight::MAX
	}
	pub(crate) fn set_error_handler() -> Weight {
		Weight::MAX
	}
	pub(crate) fn set_appendix() -> Weight {
		Weight::MAX
	}
	pub(crate) fn clear_error() -> Weight {
		Weight::MAX
	}
	pub(crate) fn descend_origin() -> Weight {
		Weight::MAX
	}
	pub(crate) fn execute_with_origin() -> Weight {
		Weight::MAX
	}
	pub(crate) fn clear_origin() -> Weight {
		Weight::MAX
	}
	pub(crate) fn report_error() -> Weight {
		Weight::MAX
	}
	pub(crate) fn claim_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn trap() -> Weight {
		Weight::MAX
	}
	pub(crate) fn subscribe_version() -> Weight {
		Weight::MAX
	}
	pub(crate) fn unsubscribe_version() -> Weight {
		Weight::MAX
	}
	pub(crate) fn burn_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn expect_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn expect_origin() -> Weight {
		Weight::MAX
	}
	pub(crate) fn expect_error() -> Weight {
		Weight::MAX
	}
	pub(crate) fn expect_transact_status() -> Weight {
		Weight::MAX
	}
	pub(crate) fn query_pallet() -> Weight {
		Weight::MAX
	}
	pub(crate) fn expect_pallet() -> Weight {
		Weight::MAX
	}
	pub(crate) fn report_transact_status() -> Weight {
		Weight::MAX
	}
	pub(crate) fn clear_transact_status() -> Weight {
		Weight::MAX
	}
	pub(crate) fn set_topic() -> Weight {
		Weight::MAX
	}
	pub(crate) fn clear_topic() -> Weight {
		Weight::MAX
	}
	pub(crate) fn set_fees_mode() -> Weight {
		Weight::MAX
	}
	pub(crate) fn unpaid_execution() -> Weight {
		Weight::MAX
	}
}
