//! The ledger's hand-over hook: when the network hands a bound token to a new issuer, the
//! asset it is bound to follows, so that the new issuer answers for the asset (changes its
//! attestors, requests issuance, deregisters it) and pays its deposit.

use crate::{Config, Event, HoldReason, Pallet, TokenAsset, UnderlyingAssets};
use frame_support::{
	dispatch::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	weights::Weight,
};
use sp_runtime::traits::Zero;
use vellum_primitives::{ledger::OnHandOver, security::TokenId};

impl<T: Config> OnHandOver<T::AccountId> for Pallet<T> {
	/// If `token` is bound and `old` registered its asset, the asset passes to `new`: `new`
	/// pays [`Config::AssetDeposit`], the deposit held from `old` is released. An asset
	/// registered by someone else (never the case today: only a token's issuer binds it)
	/// stays as it is.
	fn on_hand_over(token: TokenId, old: &T::AccountId, new: &T::AccountId) -> DispatchResult {
		let Some(asset) = TokenAsset::<T>::get(token) else {
			return Ok(());
		};
		let Some(mut record) = UnderlyingAssets::<T>::get(asset) else {
			return Ok(());
		};
		if record.issuer != *old {
			return Ok(());
		}
		let reason = HoldReason::AssetDeposit.into();
		let deposit = T::AssetDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&reason, new, deposit)?;
		}
		if !record.deposit.is_zero() {
			T::Currency::release(&reason, old, record.deposit, Precision::BestEffort)?;
		}
		record.issuer = new.clone();
		record.deposit = deposit;
		UnderlyingAssets::<T>::insert(asset, record);
		Self::deposit_event(Event::AssetHandedOver {
			asset,
			token,
			from: old.clone(),
			to: new.clone(),
			deposit,
		});
		Ok(())
	}

	/// Two reads (the binding, the asset), the asset written, and a hold and a release (the
	/// two accounts' holds and balances).
	fn weight() -> Weight {
		T::DbWeight::get()
			.reads_writes(6, 5)
			.saturating_add(Weight::from_parts(40_000_000, 9_000))
	}
}
