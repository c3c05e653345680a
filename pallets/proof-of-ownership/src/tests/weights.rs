//! Weights

use super::*;

#[test]
fn a_confirmation_that_does_not_complete_is_refunded() {
	run(|| {
		let (_, token) = bob_holds();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		let id = request(BOB, token, CHARLIE, 10);
		let info = ProofOfOwnership::confirm(signed(REGISTRY), id, EVIDENCE).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::confirm()));
		// The completing confirmation: its benchmark and the checks of this token's movement.
		let info = ProofOfOwnership::confirm(signed(NOTARY), id, EVIDENCE).unwrap();
		let complete = <() as WeightInfo>::confirm_complete().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(complete));
		assert!(ProofOfOwnership::confirm_weight().all_gte(complete));
		assert!(ProofOfOwnership::reject_weight().all_gte(<() as WeightInfo>::reject_final()));
	});
}

#[test]
fn requests_rejections_and_expiry_are_charged_the_checks_of_their_token() {
	run(|| {
		let (_, token) = bob_holds();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		// The up-front check and the movement into escrow each cost a movement's checks.
		let escrow_check = overhead;
		let charged = |call: crate::Call<Test>| {
			use frame_support::dispatch::GetDispatchInfo;
			call.get_dispatch_info().call_weight
		};

		// A request: its benchmark, the up-front check and the movement into escrow, for this
		// token; refunded down from the most of each.
		let info = ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 10).unwrap();
		let actual = <() as WeightInfo>::request_transfer()
			.saturating_add(escrow_check)
			.saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		let call = crate::Call::<Test>::request_transfer {
			token,
			to: CHARLIE,
			amount: 10,
		};
		assert!(charged(call).all_gte(actual));
		let first = NextTransferId::<Test>::get() - 1;

		let info = ProofOfOwnership::request_issuance(signed(ISSUER), token, CHARLIE, 5).unwrap();
		let actual = <() as WeightInfo>::request_issuance().saturating_add(escrow_check);
		assert_eq!(info.actual_weight, Some(actual));
		let call = crate::Call::<Test>::request_issuance {
			token,
			to: CHARLIE,
			amount: 5,
		};
		assert!(charged(call).all_gte(actual));

		// A rejection that does not fail the transfer, then the failing one.
		let info = ProofOfOwnership::reject(signed(REGISTRY), first).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::reject()));
		let info = ProofOfOwnership::reject(signed(NOTARY), first).unwrap();
		let actual = <() as WeightInfo>::reject_final().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		assert!(ProofOfOwnership::reject_weight().all_gte(actual));

		// Expiry returns the escrow: its benchmark and the checks of the movement back.
		let lapsed = request(BOB, token, CHARLIE, 10);
		System::set_block_number(System::block_number() + TRANSFER_PERIOD + 1);
		let info = ProofOfOwnership::expire(signed(NOBODY), lapsed).unwrap();
		let actual = <() as WeightInfo>::expire().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		assert!(charged(crate::Call::<Test>::expire { id: lapsed }).all_gte(actual));
	});
}
