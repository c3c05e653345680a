//! The checks of the config values the pallet relies on (`integrity_test`).

use crate::{Config, Pallet};
use frame_support::traits::Get;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Panics if a config value the pallet relies on is out of range.
	pub(crate) fn do_integrity_test() {
		assert!(
			T::MaxAttestors::get() >= 1 && T::MaxAttestors::get() <= 255,
			"attestor indices in errors are u8, and an asset needs an attestor"
		);
		assert!(
			T::MaxPendingPerAsset::get() >= 1,
			"an asset needs room for a request"
		);
		assert!(
			T::MaxRequestsPerHolder::get() >= 1
				&& T::MaxRequestsPerHolder::get() < T::MaxPendingPerAsset::get(),
			"a holder may request, but not fill an asset's pending slots alone"
		);
		assert!(T::MaxIdLen::get() >= 1, "legal identifiers are not empty");
		assert!(
			T::MinTransferPeriod::get() >= 1
				&& T::MinTransferPeriod::get() <= T::MaxTransferPeriod::get(),
			"attestors need time to vote"
		);
		assert!(
			!T::ChallengeBond::get().is_zero(),
			"a free challenge could be made for every confirmation"
		);
		assert!(
			T::MaxChallengesPerAttestation::get() >= 1,
			"a confirmation needs room for a challenge"
		);
		assert!(
			!T::RulingPeriod::get().is_zero(),
			"the admin origin needs time to rule"
		);
	}
}
