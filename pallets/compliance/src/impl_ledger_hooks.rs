//! The pallet as the ledger's hooks: its `TransferCheck`, asked before every movement, and
//! its `OnBalanceChange`, called after; and as the `AmountRules` other pallets ask.

use crate::{Config, MovementOf, Pallet, TokenSettings, WeightInfo};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, traits::Get, weights::Weight};
use vellum_primitives::{
	ledger::{AmountRules, BalanceUpdate, LedgerState, OnBalanceChange, ReasonCode, TransferCheck},
	security::TokenId,
};

impl<T: Config> AmountRules for Pallet<T> {
	fn reads_amounts(token: TokenId) -> bool {
		TokenSettings::<T>::get(token).is_some_and(|s| s.restrictions.read_amounts())
	}
}

impl<T: Config> TransferCheck<T::AccountId, T::Balance> for Pallet<T> {
	fn check(m: &MovementOf<T>, state: &LedgerState<T::Balance>) -> DispatchResult {
		let Some(m) = Self::judged(m) else {
			return Ok(());
		};
		match Self::assess(&m, state).1 {
			Some(e) => Err(e.into()),
			None => Ok(()),
		}
	}

	fn reasons(m: &MovementOf<T>, state: &LedgerState<T::Balance>) -> Vec<ReasonCode> {
		let Some(m) = Self::judged(m) else {
			return Vec::new();
		};
		Self::assess(&m, state).0.reasons
	}

	fn max_weight() -> Weight {
		T::WeightInfo::check_identity(T::MaxComplexity::get())
			.saturating_add(Self::max_extra_records())
			.saturating_add(T::WeightInfo::resolve_issuers(T::MaxNamedIssuers::get()))
			.saturating_add(Self::max_proof_margin())
	}

	fn weight(token: TokenId) -> Weight {
		Self::check_weight(TokenSettings::<T>::get(token).as_ref())
	}
}

impl<T: Config> OnBalanceChange<T::AccountId, T::Balance> for Pallet<T> {
	fn on_balance_change(
		m: &MovementOf<T>,
		from: Option<BalanceUpdate<T::Balance>>,
		to: Option<BalanceUpdate<T::Balance>>,
	) -> Weight {
		Self::track(m, from, to);
		<Self as OnBalanceChange<_, _>>::weight(m.token)
	}

	fn max_weight() -> Weight {
		// The benchmark's transfer reads both sides; an issuance during a lock-up reads the
		// time instead of the sender's state: charged on top.
		// Its proof is measured with the largest record of the benchmark's rule sets, whose
		// units encode small: the check's margin for the largest record on top.
		// The benchmark reads the receiver's claim records from a full network list; a token
		// may trust as many issuers more.
		T::WeightInfo::on_balance_change()
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(Self::max_proof_margin())
			.saturating_add(Self::extra_records(
				T::MaxTrustedIssuers::get().saturating_add(1),
			))
	}

	fn weight(token: TokenId) -> Weight {
		if TokenSettings::<T>::get(token).is_some_and(|s| s.tracking) {
			<Self as OnBalanceChange<_, _>>::max_weight()
		} else {
			T::DbWeight::get().reads(1)
		}
	}
}
