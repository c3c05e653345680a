//! XCM delivery fees: every sender pays for the messages it sends, priced by size and by the
//! congestion of the route, except the runtime itself and the relay chain. XCM weights: every
//! instruction and pallet-xcm call is charged what its benchmark measured in this runtime.

mod common;

use common::new_ext;
use frame_support::weights::Weight;
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

/// What the runtime's weigher charges for `msg`, or `None` if it refuses to weigh it.
fn weigh(mut msg: Xcm<vellum_runtime::RuntimeCall>) -> Option<Weight> {
	use xcm_executor::traits::WeightBounds;
	vellum_runtime::configs::xcm::Weigher::weight(&mut msg, Weight::MAX / 2).ok()
}

fn vlm(amount: u128) -> Asset {
	(Location::here(), amount).into()
}

#[test]
fn messages_are_weighed_by_the_instruction_benchmarks_of_this_runtime() {
	let deposit = |assets: AssetFilter| {
		Xcm(vec![DepositAsset {
			assets,
			beneficiary: Location::new(
				0,
				[AccountId32 {
					network: None,
					id: [9; 32],
				}],
			),
		}])
	};
	let one = weigh(deposit(Wild(AllCounted(1)))).expect("a deposit is weighed");
	let two = weigh(deposit(Wild(AllCounted(2)))).expect("a deposit is weighed");
	// A deposit credits an account: it reads and writes storage, so it has a proof size, and
	// it is charged per asset.
	assert!(one.ref_time() > 0 && one.proof_size() > 0, "{one:?}");
	assert_eq!(two, one.saturating_mul(2));
	// Instructions weigh what their own benchmarks measured, not one flat unit.
	let topic = weigh(Xcm(vec![SetTopic([1; 32])])).expect("a topic is weighed");
	assert!(topic.ref_time() > 0);
	assert!(topic.ref_time() < one.ref_time(), "{topic:?} vs {one:?}");
	assert_eq!(topic.proof_size(), 0, "setting a topic touches no storage");
	// A transfer in: withdraw, buy execution, deposit, weighs the sum of its instructions.
	let withdraw = weigh(Xcm(vec![WithdrawAsset(vlm(1_000).into())])).unwrap();
	let buy = weigh(Xcm(vec![BuyExecution {
		fees: vlm(1_000),
		weight_limit: Unlimited,
	}]))
	.unwrap();
	let transfer_in = weigh(Xcm(vec![
		WithdrawAsset(vlm(1_000).into()),
		BuyExecution {
			fees: vlm(1_000),
			weight_limit: Unlimited,
		},
		DepositAsset {
			assets: Wild(AllCounted(1)),
			beneficiary: Location::new(
				0,
				[AccountId32 {
					network: None,
					id: [9; 32],
				}],
			),
		},
	]))
	.unwrap();
	assert_eq!(transfer_in, withdraw + buy + one);
}

#[test]
fn what_the_runtime_refuses_cannot_be_weighed() {
	let transact = Xcm(vec![Transact {
		origin_kind: OriginKind::SovereignAccount,
		fallback_max_weight: None,
		call: vec![0u8, 0u8].into(),
	}]);
	assert_eq!(weigh(transact), None, "no call can be dispatched by XCM");
	assert_eq!(
		weigh(Xcm(vec![ReceiveTeleportedAsset(vlm(1).into())])),
		None
	);
	assert_eq!(weigh(Xcm(vec![AliasOrigin(Location::parent())])), None);
	assert_eq!(
		weigh(Xcm(vec![ExchangeAsset {
			give: Wild(All),
			want: vlm(1).into(),
			maximal: true
		}])),
		None
	);
}

#[test]
fn pallet_xcm_calls_are_charged_their_benchmarks_in_this_runtime() {
	use pallet_xcm::WeightInfo;
	type W = vellum_runtime::weights::pallet_xcm::WeightInfo<vellum_runtime::Runtime>;
	// Sending reads the XCM version and queue state and writes the outbound queue: a real
	// proof size, unlike the crate's test weights (flat, no proof).
	let send = W::send();
	assert!(send.ref_time() > 0 && send.proof_size() > 0, "{send:?}");
	let transfer = W::reserve_transfer_assets();
	assert!(
		transfer.ref_time() > send.ref_time(),
		"{transfer:?} vs {send:?}"
	);
	assert!(
		transfer.proof_size() > 0 && transfer.proof_size() < u64::MAX / 2,
		"{transfer:?}"
	);
	// Refused calls weigh the most there is: teleports and local execution are off.
	assert!(W::teleport_assets().ref_time() >= u64::MAX / 2);
	assert!(W::execute().ref_time() >= u64::MAX / 2);
	assert_ne!(send, pallet_xcm::TestWeightInfo::send());
}
