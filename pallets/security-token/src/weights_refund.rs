//! What a call really weighs: the benchmarked worst case less the storage accesses a movement
//! skipped, plus the actual cost of the token's transfer check and hooks.

use crate::*;

impl<T: Config> Pallet<T> {
	/// What every movement may cost beyond the pallet's own work: the transfer check (at its
	/// most) and the hooks. Charged up front.
	pub fn movement_overhead() -> Weight {
		T::TransferCheck::max_weight().saturating_add(T::OnBalanceChange::max_weight())
	}

	/// What a movement of `token` costs beyond the pallet's own work. Charged after the fact.
	pub(crate) fn movement_cost(token: TokenId) -> Weight {
		T::TransferCheck::weight(token).saturating_add(T::OnBalanceChange::weight(token))
	}

	/// The weight a call that made `n` movements of `token` really used: its benchmarked
	/// (worst-case) weight less the storage accesses its movements skipped, plus the cost of
	/// the transfer check and hooks for the token less what the hooks reported not using.
	pub(crate) fn actual_weight(
		benchmarked: Weight,
		token: TokenId,
		unused: Unused,
		n: u32,
	) -> Weight {
		benchmarked.saturating_sub(unused.storage).saturating_add(
			Self::movement_cost(token)
				.saturating_mul(n.into())
				.saturating_sub(unused.hooks),
		)
	}

	/// What a `transfer` really used: its worst case less the storage accesses it skipped,
	/// or, when it skipped every one the typical path skips (no history touched, the token
	/// record not written), the benchmarked typical transfer if that is less (its proof size
	/// too: the worst case's is dominated by the histories). Plus the check and hooks.
	pub(crate) fn transfer_weight(token: TokenId, unused: Unused) -> Weight {
		let refunded = Self::actual_weight(T::WeightInfo::transfer(), token, unused, 1);
		if unused.storage == T::DbWeight::get().reads_writes(2, 3) {
			let typical = T::WeightInfo::transfer_typical()
				.saturating_add(Self::movement_cost(token).saturating_sub(unused.hooks));
			refunded.min(typical)
		} else {
			refunded
		}
	}
}
