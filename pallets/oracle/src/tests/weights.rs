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
fn the_reports_entry_is_as_small_as_the_sdk_oracles() {
	use codec::MaxEncodedLen;
	// Key: the keys themselves (`Identity`); value: the report, two places without `Option`
	// tags. With a 32-byte account and a `u32` block number, 34 + 32 + 40 = 106 bytes: what
	// the SDK pallet-oracle's `RawValues` entry takes for a `FeedKey` and a `u128` value (two
	// `Twox64Concat` hashes, the keys, the value and a `u64` timestamp).
	assert_eq!(FeedKey::max_encoded_len(), 34);
	assert_eq!(crate::Report::<u32>::max_encoded_len(), 40);
	let ours = FeedKey::max_encoded_len() + 32 + crate::Report::<u32>::max_encoded_len();
	let sdk = (8 + 32) + (8 + FeedKey::max_encoded_len()) + (16 + 8);
	assert_eq!((ours, sdk), (106, 106));
}

#[test]
fn an_empty_place_of_a_report_reads_as_none() {
	let r = crate::Reported { value: 7, at: 3u32 };
	let mut report = crate::Report::new(None, None);
	assert_eq!((report.last(), report.previous()), (None, None));
	// A report in the same round replaces the last; one in a later round keeps it.
	report.record(r, |_| false);
	assert_eq!((report.last(), report.previous()), (Some(r), None));
	let later = crate::Reported { value: 8, at: 9 };
	report.record(later, |at| at < 9);
	assert_eq!((report.last(), report.previous()), (Some(later), Some(r)));
}
