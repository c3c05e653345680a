//! Underlying assets: their registration (validated, with the issuer's deposit held and the
//! chain of title started at the record's hash), the binding of a token to one, the change of
//! an asset's attestor set and the deregistration of an asset without supply, by its issuer
//! or the admin origin.

use crate::{
	Asset, AssetBindings, AssetDefinitionOf, AssetOf, Attestors, Binding, ChainGenesis, ChainHeads,
	Config, Error, Event, HoldReason, NextAssetId, Pallet, Pending, PendingByAsset,
	PendingTransferOf, TokenAsset, UnderlyingAssetId, UnderlyingAssets,
};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use sp_runtime::{traits::Zero, DispatchError};
use vellum_primitives::{ledger::SecurityLedger, security::TokenId};

impl<T: Config> Pallet<T> {
	/// Validates and stores an asset of `issuer`, holding its deposit; starts its chain of
	/// title at the record's hash.
	pub(crate) fn do_register(
		issuer: T::AccountId,
		definition: AssetDefinitionOf<T>,
	) -> Result<UnderlyingAssetId, DispatchError> {
		ensure!(!definition.legal_id.is_empty(), Error::<T>::EmptyLegalId);
		ensure!(
			definition.jurisdiction.is_well_formed(),
			Error::<T>::InvalidCountry
		);
		ensure!(definition.total_units > 0, Error::<T>::ZeroUnits);
		ensure!(
			(T::MinTransferPeriod::get()..=T::MaxTransferPeriod::get())
				.contains(&definition.transfer_period),
			Error::<T>::InvalidTransferPeriod
		);
		Self::ensure_valid_attestors(&definition.attestors, definition.threshold)?;
		let n = definition.attestors.len() as u32;
		let id = NextAssetId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::AssetIdsExhausted)?;
		let deposit = T::AssetDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::AssetDeposit.into(), &issuer, deposit)?;
		}
		Self::count_naming(&definition.attestors, true);
		let kind = definition.kind;
		let threshold = definition.threshold;
		let record = Asset {
			issuer: issuer.clone(),
			definition,
			deposit,
		};
		let genesis = Self::asset_hash(&record);
		UnderlyingAssets::<T>::insert(id, record);
		ChainHeads::<T>::insert(id, (0, genesis));
		ChainGenesis::<T>::insert(id, genesis);
		NextAssetId::<T>::put(next);
		Self::deposit_event(Event::AssetRegistered {
			asset: id,
			issuer,
			kind,
			attestors: n,
			threshold,
			deposit,
			genesis,
		});
		Ok(id)
	}

	/// Binds `token` to `asset` for `who`, which must have registered the asset and be the
	/// token's (admitted) issuer, while nothing of the token is issued; each unit of the token
	/// stands for `units_per_token` units of the asset.
	pub(crate) fn do_bind(
		who: T::AccountId,
		asset: UnderlyingAssetId,
		token: TokenId,
		units_per_token: u128,
	) -> DispatchResult {
		let record = UnderlyingAssets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(record.issuer == who, Error::<T>::NotAssetIssuer);
		let token_issuer = T::Ledger::issuer(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(token_issuer == who, Error::<T>::NotTokenIssuer);
		ensure!(T::Ledger::is_issuer(&who), Error::<T>::NotIssuer);
		ensure!(
			!AssetBindings::<T>::contains_key(asset),
			Error::<T>::AssetAlreadyBound
		);
		ensure!(
			!TokenAsset::<T>::contains_key(token),
			Error::<T>::TokenAlreadyBound
		);
		ensure!(
			T::Ledger::total_supply(token).is_zero(),
			Error::<T>::TokenAlreadyIssued
		);
		ensure!(units_per_token > 0, Error::<T>::ZeroUnits);
		ensure!(
			units_per_token <= record.definition.total_units,
			Error::<T>::ExceedsAssetUnits
		);
		AssetBindings::<T>::insert(
			asset,
			Binding {
				token,
				units_per_token,
				pending_issue: Zero::zero(),
			},
		);
		TokenAsset::<T>::insert(token, asset);
		Self::deposit_event(Event::TokenBound {
			asset,
			token,
			units_per_token,
		});
		Ok(())
	}

	/// Who acts on an asset: `None` for the admin origin (the network), tried first; else
	/// the signed caller.
	pub(crate) fn ensure_admin_or_signed(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match T::AdminOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(ensure_signed(origin)?)),
		}
	}

	/// Checks that `by` may manage `record`: the network (`None`) always, an account only if
	/// it registered the asset and is still an admitted issuer of the ledger.
	fn ensure_may_manage(by: Option<&T::AccountId>, record: &AssetOf<T>) -> DispatchResult {
		if let Some(who) = by {
			ensure!(record.issuer == *who, Error::<T>::NotAssetIssuer);
			ensure!(T::Ledger::is_issuer(who), Error::<T>::NotIssuer);
		}
		Ok(())
	}

	/// Replaces `asset`'s attestor set and threshold for the transfers requested from now on,
	/// for `by` (`None`: the network). The new set is validated as at registration. Attestors
	/// leaving the set stop counting it among their assets but stay locked, and may still
	/// vote, for each pending transfer that names them; joining ones count it.
	pub(crate) fn do_set_attestors(
		by: Option<T::AccountId>,
		asset: UnderlyingAssetId,
		attestors: BoundedVec<T::AccountId, T::MaxAttestors>,
		threshold: u32,
	) -> DispatchResult {
		let mut record = UnderlyingAssets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
		Self::ensure_may_manage(by.as_ref(), &record)?;
		Self::ensure_valid_attestors(&attestors, threshold)?;
		let old = core::mem::replace(&mut record.definition.attestors, attestors.clone());
		record.definition.threshold = threshold;
		// At most `MaxPendingPerAsset` records, each with at most `MaxAttestors` attestors.
		let pending: Vec<PendingTransferOf<T>> = PendingByAsset::<T>::get(asset)
			.iter()
			.filter_map(Pending::<T>::get)
			.collect();
		let naming = |who: &T::AccountId| {
			pending.iter().filter(|p| p.attestors.contains(who)).count() as u32
		};
		for a in old.iter().filter(|a| !attestors.contains(a)) {
			let held = naming(a);
			Attestors::<T>::mutate(a, |info| {
				if let Some(info) = info {
					info.assets = info.assets.saturating_sub(1);
					info.pending = info.pending.saturating_add(held);
				}
			});
		}
		for a in attestors.iter().filter(|a| !old.contains(a)) {
			let held = naming(a);
			Attestors::<T>::mutate(a, |info| {
				if let Some(info) = info {
					info.assets = info.assets.saturating_add(1);
					// Counted again through the asset: no longer as a departed attestor.
					info.pending = info.pending.saturating_sub(held);
				}
			});
		}
		UnderlyingAssets::<T>::insert(asset, record);
		Self::deposit_event(Event::AttestorsChanged {
			asset,
			attestors,
			threshold,
			by_network: by.is_none(),
		});
		Ok(())
	}

	/// Deregisters `asset` for `by` (`None`: the network) while no supply is bound to it:
	/// nothing pending, its token (if bound) with no supply, and no chain of title begun.
	/// Releases the deposit to the issuer who paid it, unbinds the token and removes the
	/// asset's records.
	pub(crate) fn do_deregister(
		by: Option<T::AccountId>,
		asset: UnderlyingAssetId,
	) -> DispatchResult {
		let record = UnderlyingAssets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
		Self::ensure_may_manage(by.as_ref(), &record)?;
		ensure!(
			!PendingByAsset::<T>::contains_key(asset),
			Error::<T>::TransfersPending
		);
		let binding = AssetBindings::<T>::get(asset);
		if let Some(b) = &binding {
			ensure!(
				T::Ledger::total_supply(b.token).is_zero(),
				Error::<T>::SupplyBound
			);
		}
		// A bound token's supply never falls, so an asset without supply has no certificate;
		// should one exist, it is part of a legal record and is never removed.
		ensure!(
			ChainHeads::<T>::get(asset).0 == 0,
			Error::<T>::TitleRecorded
		);
		let released = if record.deposit.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&HoldReason::AssetDeposit.into(),
				&record.issuer,
				record.deposit,
				Precision::BestEffort,
			)?
		};
		Self::count_naming(&record.definition.attestors, false);
		if let Some(b) = binding {
			TokenAsset::<T>::remove(b.token);
			AssetBindings::<T>::remove(asset);
		}
		UnderlyingAssets::<T>::remove(asset);
		ChainHeads::<T>::remove(asset);
		ChainGenesis::<T>::remove(asset);
		Self::deposit_event(Event::AssetDeregistered {
			asset,
			issuer: record.issuer,
			released,
			by_network: by.is_none(),
		});
		Ok(())
	}
}
