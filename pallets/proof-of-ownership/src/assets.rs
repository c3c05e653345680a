//! Underlying assets: their registration (validated, with the issuer's deposit held and the
//! chain of title started at the record's hash) and the binding of a token to one.

use crate::{
	Asset, AssetBindings, AssetDefinitionOf, AssetId, Assets, Attestors, Binding, ChainHeads,
	Config, Error, Event, HoldReason, NextAssetId, Pallet, TokenAsset,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, Get},
};
use sp_runtime::{traits::Zero, DispatchError};
use vellum_primitives::{ledger::SecurityLedger, security::TokenId};

impl<T: Config> Pallet<T> {
	/// Validates and stores an asset of `issuer`, holding its deposit; starts its chain of
	/// title at the record's hash.
	pub(crate) fn do_register(
		issuer: T::AccountId,
		definition: AssetDefinitionOf<T>,
	) -> Result<AssetId, DispatchError> {
		ensure!(!definition.legal_id.is_empty(), Error::<T>::EmptyLegalId);
		ensure!(
			definition.jurisdiction.is_well_formed(),
			Error::<T>::InvalidJurisdiction
		);
		ensure!(definition.total_units > 0, Error::<T>::ZeroUnits);
		let n = definition.attestors.len() as u32;
		ensure!(
			definition.threshold >= 1 && definition.threshold <= n,
			Error::<T>::InvalidThreshold
		);
		ensure!(
			(T::MinTransferPeriod::get()..=T::MaxTransferPeriod::get())
				.contains(&definition.transfer_period),
			Error::<T>::InvalidTransferPeriod
		);
		let min = T::MinAttestorBond::get();
		for (i, a) in definition.attestors.iter().enumerate() {
			let index = u8::try_from(i).unwrap_or(u8::MAX);
			ensure!(
				!definition.attestors.iter().take(i).any(|b| b == a),
				Error::<T>::DuplicateAttestor { index }
			);
			let info = Attestors::<T>::get(a).ok_or(Error::<T>::AttestorNotAdmitted { index })?;
			ensure!(info.bond >= min, Error::<T>::AttestorBondTooLow { index });
		}
		let id = NextAssetId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::AssetIdsExhausted)?;
		let deposit = T::AssetDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::AssetDeposit.into(), &issuer, deposit)?;
		}
		for a in definition.attestors.iter() {
			Attestors::<T>::mutate(a, |info| {
				if let Some(info) = info {
					info.assets = info.assets.saturating_add(1);
				}
			});
		}
		let kind = definition.kind;
		let threshold = definition.threshold;
		let record = Asset {
			issuer: issuer.clone(),
			definition,
			deposit,
		};
		let genesis = Self::asset_hash(&record);
		Assets::<T>::insert(id, record);
		ChainHeads::<T>::insert(id, (0, genesis));
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
		asset: AssetId,
		token: TokenId,
		units_per_token: u128,
	) -> DispatchResult {
		let record = Assets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
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
}
