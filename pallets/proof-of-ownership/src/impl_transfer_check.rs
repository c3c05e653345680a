//! [`TransferCheck`] for the security-token ledger: every movement of a bound token that does
//! not pass through the pallet's escrow is refused.

use crate::{Config, Error, MovementOf, Pallet, TokenAsset};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, traits::Get, weights::Weight};
use vellum_primitives::{
	ledger::{LedgerState, ReasonCode, TransferCheck},
	security::TokenId,
};

impl<T: Config> TransferCheck<T::AccountId, T::Balance> for Pallet<T> {
	fn check(m: &MovementOf<T>, _state: &LedgerState<T::Balance>) -> DispatchResult {
		if Self::refuses(m) {
			return Err(Error::<T>::AttestationRequired.into());
		}
		Ok(())
	}

	fn reasons(m: &MovementOf<T>, _state: &LedgerState<T::Balance>) -> Vec<ReasonCode> {
		if Self::refuses(m) {
			alloc::vec![ReasonCode::AttestationRequired]
		} else {
			Vec::new()
		}
	}

	fn max_weight() -> Weight {
		T::DbWeight::get().reads(1)
	}

	fn weight(_token: TokenId) -> Weight {
		T::DbWeight::get().reads(1)
	}
}

impl<T: Config> Pallet<T> {
	/// Whether a movement is refused: its token is bound and it does not pass through the
	/// pallet's escrow (which only the pallet's own ledger calls name).
	fn refuses(m: &MovementOf<T>) -> bool {
		m.custodian != Some(&Self::escrow_account()) && TokenAsset::<T>::contains_key(m.token)
	}
}
