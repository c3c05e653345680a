//! Forced transfers and recoveries of bound tokens: a controller's (a court order) or a
//! recovery agent's (a lost key) request, or the network's, takes a holder's tokens into
//! escrow past pauses and freezes, and the asset's attestors decide it as they decide any
//! other transfer (`transfers.rs` settles, refuses and expires it).

use crate::{
	Authority, Config, Error, Event, ForcedRequest, OpenRequests, Pallet, UnderlyingAssetId,
	UnderlyingAssets,
};
use frame_support::{dispatch::DispatchResult, ensure};
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{traits::Zero, DispatchError};
use vellum_primitives::{
	ledger::{ForcedKind, SecurityLedger},
	security::TokenId,
};

impl<T: Config> Pallet<T> {
	/// Who may force `kind` on bound `token`: the admin origin (the network), tried first, or
	/// a signed account with the role `kind` needs on the token (its issuer holds every role)
	/// while the token's issuer is admitted. Returns the asset the token is bound to too.
	pub(crate) fn ensure_may_force(
		origin: OriginFor<T>,
		token: TokenId,
		kind: ForcedKind,
	) -> Result<(UnderlyingAssetId, Authority<T::AccountId>), DispatchError> {
		let by = Self::ensure_admin_or_signed(origin)?;
		let asset = crate::TokenAsset::<T>::get(token).ok_or(Error::<T>::NotBound)?;
		let by = match by {
			None => Authority::Network,
			Some(who) => {
				ensure!(
					T::Ledger::has_role(token, &who, kind.role()),
					Error::<T>::NoPermission
				);
				Authority::Agent(who)
			}
		};
		Ok((asset, by))
	}

	/// Records `by`'s forced transfer of `amount` from `from` to `to`, for the order with hash
	/// `reason`.
	pub(crate) fn do_request_forced_transfer(
		asset: UnderlyingAssetId,
		token: TokenId,
		by: Authority<T::AccountId>,
		from: T::AccountId,
		to: T::AccountId,
		amount: T::Balance,
		reason: [u8; 32],
	) -> DispatchResult {
		ensure!(reason != [0; 32], Error::<T>::EmptyReason);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::do_request_forced(
			asset,
			token,
			by,
			from,
			to,
			amount,
			ForcedKind::Transfer,
			Some(reason),
		)
	}

	/// Records `by`'s recovery of `lost`'s whole balance (outside escrow) to `new`.
	pub(crate) fn do_request_recovery(
		asset: UnderlyingAssetId,
		token: TokenId,
		by: Authority<T::AccountId>,
		lost: T::AccountId,
		new: T::AccountId,
	) -> DispatchResult {
		let amount = T::Ledger::balance(token, &lost);
		ensure!(!amount.is_zero(), Error::<T>::NothingToRecover);
		Self::do_request_forced(
			asset,
			token,
			by,
			lost,
			new,
			amount,
			ForcedKind::Recovery,
			None,
		)
	}

	/// Takes `amount` of `from`'s tokens into escrow by force for `to`, holding the agent's
	/// deposit (the network pays none), and opens the pending transfer the asset's attestors
	/// decide. Not limited per requester (an agent acts on many holders), only by the asset's
	/// pending slots.
	#[allow(clippy::too_many_arguments)]
	fn do_request_forced(
		asset: UnderlyingAssetId,
		token: TokenId,
		by: Authority<T::AccountId>,
		from: T::AccountId,
		to: T::AccountId,
		amount: T::Balance,
		kind: ForcedKind,
		reason: Option<[u8; 32]>,
	) -> DispatchResult {
		ensure!(from != to, Error::<T>::SameAccount);
		// Neither the escrow nor another custodian can receive (the settlement would refuse).
		let escrow = Self::escrow_account();
		ensure!(
			to != escrow && !T::Ledger::is_custodian(&to),
			Error::<T>::InvalidReceiver
		);
		let record = UnderlyingAssets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
		let (id, next, list) = Self::take_slot(asset)?;
		if let Some(agent) = by.account() {
			let open = OpenRequests::<T>::get(asset, agent).unwrap_or(0);
			Self::record_request(id, asset, agent, open)?;
		}
		let frozen = T::Ledger::deposit_forced(token, &escrow, &from, amount, by.account())?;
		let forced = ForcedRequest {
			kind,
			by: by.clone(),
			reason,
			frozen,
		};
		let p = Self::new_pending(
			asset,
			record,
			token,
			Some(from.clone()),
			to.clone(),
			amount,
			Some(forced),
		);
		Self::deposit_event(Event::ForcedTransferRequested {
			id,
			asset,
			token,
			kind,
			from,
			to,
			amount,
			frozen,
			deadline: p.deadline,
			by,
			reason,
		});
		Self::store_pending(id, next, list, p);
		Ok(())
	}
}
