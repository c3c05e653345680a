//! XCM delivery fees: every sender pays for the messages it sends, priced by size and by the
//! congestion of the route, except the runtime itself and the relay chain.

mod common;

use common::new_ext;
use polkadot_runtime_common::xcm_sender::PriceForMessageDelivery;
use vellum_runtime::configs::xcm::{
	BaseDeliveryFee, DeliveryByteFee, PriceForParentDelivery, PriceForSiblingDelivery, XcmConfig,
};
use xcm::latest::prelude::*;
use xcm_executor::traits::{FeeManager, FeeReason};

fn message() -> Xcm<()> {
	Xcm(vec![ClearOrigin, SetTopic([7; 32])])
}

/// The fee of `msg` at the uncongested factor of one: base plus bytes times the byte fee.
fn uncongested_fee(msg: &Xcm<()>) -> u128 {
	use codec::Encode;
	BaseDeliveryFee::get() + msg.encoded_size() as u128 * DeliveryByteFee::get()
}

fn amount(assets: &Assets) -> u128 {
	match assets.get(0) {
		Some(Asset {
			id,
			fun: Fungible(amount),
		}) if *id == AssetId(Location::here()) => *amount,
		other => panic!("delivery is priced in VLM, got {other:?}"),
	}
}

#[test]
fn messages_up_to_the_relay_chain_and_to_siblings_cost_a_delivery_fee() {
	new_ext("development").execute_with(|| {
		let msg = message();
		let up = amount(&PriceForParentDelivery::price_for_delivery((), &msg));
		let across = amount(&PriceForSiblingDelivery::price_for_delivery(
			2001u32.into(),
			&msg,
		));
		assert!(up > 0);
		assert_eq!(up, uncongested_fee(&msg));
		assert_eq!(across, uncongested_fee(&msg));
		// A longer message costs more.
		let long = Xcm(vec![SetTopic([1; 32]); 8]);
		assert!(amount(&PriceForParentDelivery::price_for_delivery((), &long)) > up);
	});
}

#[test]
fn only_the_runtime_and_the_relay_chain_send_for_free() {
	type Fees = <XcmConfig as xcm_executor::Config>::FeeManager;
	let user = Location::new(
		0,
		[AccountId32 {
			network: None,
			id: [9; 32],
		}],
	);
	let sibling = Location::new(1, [Parachain(2001)]);
	assert!(Fees::is_waived(
		Some(&Location::here()),
		FeeReason::ChargeFees
	));
	assert!(Fees::is_waived(
		Some(&Location::parent()),
		FeeReason::ChargeFees
	));
	assert!(!Fees::is_waived(Some(&user), FeeReason::ChargeFees));
	assert!(!Fees::is_waived(Some(&sibling), FeeReason::ChargeFees));
	assert!(!Fees::is_waived(None, FeeReason::ChargeFees));
}
