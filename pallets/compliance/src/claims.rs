//! Claims about accounts: adding, revoking and purging them, one record per account and
//! issuer, with their deposits, evidence hashes and their issuers' claim counts kept in step.

use crate::{
	ClaimDetail, ClaimDetails, ClaimIssuerId, ClaimIssuerIds, ClaimIssuers, ClaimOf, ClaimTopic,
	Claims, Config, DepositOf, Error, HoldReason, IssuerClaim, Pallet,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, DispatchError};

impl<T: Config> Pallet<T> {
	/// `issuer`, a claim issuer trusted by the network or some token, asserts `topic` about
	/// `subject` until `expiry`, with the hash of its off-chain evidence; replaces its claim in
	/// the same slot. Holds the claim's deposit from `issuer` (adjusting the replaced claim's)
	/// and returns it.
	pub(crate) fn do_add_claim(
		issuer: &T::AccountId,
		subject: &T::AccountId,
		topic: ClaimTopic,
		expiry: Option<BlockNumberFor<T>>,
		evidence: Option<[u8; 32]>,
	) -> Result<DepositOf<T>, DispatchError> {
		let id = ClaimIssuerIds::<T>::get(issuer)
			.filter(|id| ClaimIssuers::<T>::get(id).is_some_and(|i| i.lists > 0))
			.ok_or(Error::<T>::NotClaimIssuer)?;
		if let ClaimTopic::Jurisdiction(country) = topic {
			ensure!(country.is_well_formed(), Error::<T>::InvalidCountry);
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(expiry.is_none_or(|e| e > now), Error::<T>::ExpiryInPast);
		let mut record = Claims::<T>::get(subject, id).unwrap_or_default();
		let claim = IssuerClaim { topic, expiry };
		let replaced = match record.iter_mut().find(|c| c.topic.same_slot(&topic)) {
			Some(existing) => Some(core::mem::replace(existing, claim).topic),
			None => {
				record
					.try_push(claim)
					.map_err(|_| Error::<T>::TooManyClaims)?;
				None
			}
		};
		let mut deposit = T::ClaimDeposit::get();
		if evidence.is_some() {
			deposit = deposit.saturating_add(T::EvidenceDeposit::get());
		}
		let held = replaced
			.and_then(|old| ClaimDetails::<T>::get(subject, (id, old)))
			.map(|d| d.deposit)
			.unwrap_or_default();
		let reason = HoldReason::ClaimDeposit.into();
		if deposit > held {
			T::Currency::hold(&reason, issuer, deposit.saturating_sub(held))?;
		} else {
			Self::release_deposit(&reason, issuer, held.saturating_sub(deposit));
		}
		Claims::<T>::insert(subject, id, record);
		if let Some(old) = replaced.filter(|old| *old != topic) {
			ClaimDetails::<T>::remove(subject, (id, old));
		}
		ClaimDetails::<T>::insert(subject, (id, topic), ClaimDetail { evidence, deposit });
		if replaced.is_none() {
			Self::update_issuer(id, |i| i.claims = i.claims.saturating_add(1));
		}
		Ok(deposit)
	}

	/// `issuer` revokes its claim in `topic`'s slot about `subject`, getting its deposit back.
	/// Returns the revoked claim's topic.
	pub(crate) fn do_revoke_claim(
		issuer: &T::AccountId,
		subject: &T::AccountId,
		topic: ClaimTopic,
	) -> Result<ClaimTopic, DispatchError> {
		let id = ClaimIssuerIds::<T>::get(issuer).ok_or(Error::<T>::ClaimNotFound)?;
		let removed = Claims::<T>::try_mutate_exists(subject, id, |maybe| {
			let claims = maybe.as_mut().ok_or(Error::<T>::ClaimNotFound)?;
			let i = claims
				.iter()
				.position(|c| c.topic.same_slot(&topic))
				.ok_or(Error::<T>::ClaimNotFound)?;
			let removed = claims.remove(i);
			if claims.is_empty() {
				*maybe = None;
			}
			Ok::<_, Error<T>>(removed)
		})?;
		Self::drop_details(subject, id, issuer, removed.topic);
		Self::update_issuer(id, |i| i.claims = i.claims.saturating_sub(1));
		Ok(removed.topic)
	}

	/// Drops `issuer`'s expired claims about `subject`, or all of them if no trust list names
	/// `issuer` any more, returning their deposits. Returns how many were dropped.
	pub(crate) fn do_purge_claims(
		subject: &T::AccountId,
		issuer: &T::AccountId,
	) -> Result<u32, DispatchError> {
		let id = ClaimIssuerIds::<T>::get(issuer).ok_or(Error::<T>::NothingToPurge)?;
		let trusted = ClaimIssuers::<T>::get(id).is_some_and(|i| i.lists > 0);
		let now = frame_system::Pallet::<T>::block_number();
		let (kept, dropped): (Vec<_>, Vec<_>) = Claims::<T>::get(subject, id)
			.unwrap_or_default()
			.into_iter()
			.partition(|c| trusted && c.is_current(&now));
		let removed = dropped.len() as u32;
		ensure!(removed > 0, Error::<T>::NothingToPurge);
		if kept.is_empty() {
			Claims::<T>::remove(subject, id);
		} else {
			Claims::<T>::insert(subject, id, BoundedVec::truncate_from(kept));
		}
		for claim in dropped {
			Self::drop_details(subject, id, issuer, claim.topic);
		}
		Self::update_issuer(id, |i| i.claims = i.claims.saturating_sub(removed));
		Ok(removed)
	}

	/// Removes a claim's details, returning its deposit to its issuer.
	fn drop_details(
		subject: &T::AccountId,
		id: ClaimIssuerId,
		issuer: &T::AccountId,
		topic: ClaimTopic,
	) {
		if let Some(detail) = ClaimDetails::<T>::take(subject, (id, topic)) {
			Self::release_deposit(&HoldReason::ClaimDeposit.into(), issuer, detail.deposit);
		}
	}

	/// The claims about `who` from `issuers` (the token's trusted claim issuers, then the
	/// network's: each issuer's record read once, in that order), as the rules see them.
	pub(crate) fn trusted_claims(
		who: &T::AccountId,
		issuers: impl IntoIterator<Item = ClaimIssuerId>,
	) -> Vec<ClaimOf<T>> {
		let mut read: Vec<ClaimIssuerId> = Vec::new();
		let mut claims = Vec::new();
		for id in issuers {
			if read.contains(&id) {
				continue;
			}
			read.push(id);
			if let Some(record) = Claims::<T>::get(who, id) {
				claims.extend(record.into_iter().map(|c| crate::Claim {
					topic: c.topic,
					issuer: id,
					expiry: c.expiry,
				}));
			}
		}
		claims
	}

	/// How many distinct issuers' records a check of a token with `token_issuers` reads per
	/// side (at least one: the benchmark's).
	pub(crate) fn issuers_read(
		token_issuers: impl IntoIterator<Item = ClaimIssuerId>,
		network: impl IntoIterator<Item = ClaimIssuerId>,
	) -> u32 {
		let mut seen: Vec<ClaimIssuerId> = Vec::new();
		for id in token_issuers.into_iter().chain(network) {
			if !seen.contains(&id) {
				seen.push(id);
			}
		}
		(seen.len() as u32).max(1)
	}
}
