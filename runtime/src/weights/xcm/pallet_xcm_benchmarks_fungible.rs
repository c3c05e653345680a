//! Placeholder until `scripts/bench.sh` generates this file (do not commit).
#![allow(unused_parens, unused_imports, missing_docs)]
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo<T> {
	pub(crate) fn withdraw_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn transfer_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn transfer_reserve_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn reserve_asset_deposited() -> Weight {
		Weight::MAX
	}
	pub(crate) fn initiate_reserve_withdraw() -> Weight {
		Weight::MAX
	}
	pub(crate) fn deposit_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn deposit_reserve_asset() -> Weight {
		Weight::MAX
	}
	pub(crate) fn initiate_teleport() -> Weight {
		Weight::MAX
	}
	pub(crate) fn initiate_transfer() -> Weight {
		Weight::MAX
	}
}
