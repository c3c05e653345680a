//! Placeholder until `scripts/bench.sh` generates this file (do not commit).
#![allow(unused_parens, unused_imports, missing_docs)]
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_xcm::WeightInfo for WeightInfo<T> {
	fn send() -> Weight {
		Weight::MAX
	}
	fn teleport_assets() -> Weight {
		Weight::MAX
	}
	fn reserve_transfer_assets() -> Weight {
		Weight::MAX
	}
	fn transfer_assets() -> Weight {
		Weight::MAX
	}
	fn execute() -> Weight {
		Weight::MAX
	}
	fn force_xcm_version() -> Weight {
		Weight::MAX
	}
	fn force_default_xcm_version() -> Weight {
		Weight::MAX
	}
	fn force_subscribe_version_notify() -> Weight {
		Weight::MAX
	}
	fn force_unsubscribe_version_notify() -> Weight {
		Weight::MAX
	}
	fn force_suspension() -> Weight {
		Weight::MAX
	}
	fn migrate_supported_version() -> Weight {
		Weight::MAX
	}
	fn migrate_version_notifiers() -> Weight {
		Weight::MAX
	}
	fn already_notified_target() -> Weight {
		Weight::MAX
	}
	fn notify_current_targets() -> Weight {
		Weight::MAX
	}
	fn notify_target_migration_fail() -> Weight {
		Weight::MAX
	}
	fn migrate_version_notify_targets() -> Weight {
		Weight::MAX
	}
	fn migrate_and_notify_old_targets() -> Weight {
		Weight::MAX
	}
	fn new_query() -> Weight {
		Weight::MAX
	}
	fn take_response() -> Weight {
		Weight::MAX
	}
	fn claim_assets(_n: u32) -> Weight {
		Weight::MAX
	}
	fn add_authorized_alias() -> Weight {
		Weight::MAX
	}
	fn remove_authorized_alias() -> Weight {
		Weight::MAX
	}
	fn weigh_message(_n: u32) -> Weight {
		Weight::MAX
	}
	fn decode_xcm(_n: u32) -> Weight {
		Weight::MAX
	}
}
