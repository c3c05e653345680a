//! Weights: what calls are charged and refunded, and the per-value cost of a submission.

use super::*;
use crate::WeightInfo;
use frame_support::dispatch::GetDispatchInfo;

#[test]
fn a_submission_is_charged_per_value() {
	run(|| {
		let one = values(&[(fx(), 1)]);
		let four = values(&[(fx(), 1), (fx(), 2), (fx(), 3), (fx(), 4)]);
		let charged = |v: ValuesOf<Test>| {
			crate::Call::<Test>::submit { values: v }
				.get_dispatch_info()
				.call_weight
		};
		assert_eq!(charged(one), <() as WeightInfo>::submit(1));
		assert_eq!(charged(four), <() as WeightInfo>::submit(4));
	});
}

#[test]
fn a_reported_value_costs_one_storage_entry_of_proof() {
	// The benchmark's slope: one `Reports` entry per value, read and written, no dearer in
	// proof than pallet-oracle's `feed_values` per value (2.6 KB).
	let per_value = <() as WeightInfo>::submit(2).saturating_sub(<() as WeightInfo>::submit(1));
	assert!(
		per_value.proof_size() > 0 && per_value.proof_size() <= 2_600,
		"{}",
		per_value.proof_size()
	);
	let db = frame_support::weights::constants::RocksDbWeight::get();
	// One read and one write, plus execution far below the price of another access.
	assert!(per_value.ref_time() > db.reads_writes(1, 1).ref_time());
	assert!(per_value.ref_time() < db.reads_writes(1, 1).ref_time() + db.reads(1).ref_time());
}

#[test]
fn the_reports_entry_is_as_small_as_the_estimate_says() {
	use codec::MaxEncodedLen;
	// Key: two `Twox64Concat` hashes and the keys; value: the report. With a 32-byte account
	// and a `u32` block number, 124 bytes (`weights.rs`); the mock's `u64` account and block
	// number make it smaller.
	let key = 8 + FeedKey::max_encoded_len() + 8 + AccountId::max_encoded_len();
	let value = crate::Report::<u64>::max_encoded_len();
	assert_eq!(FeedKey::max_encoded_len(), 34);
	assert_eq!(crate::Report::<u32>::max_encoded_len(), 42);
	assert!(key + value <= 124);
}
