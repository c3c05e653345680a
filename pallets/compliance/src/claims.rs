//! Claims about accounts: adding, revoking and purging them, and keeping their issuers'
//! claim counts and the evidence hashes in step.

use crate::{
	Claim, ClaimEvidence, ClaimOf, ClaimTopic, Claims, Config, Error, IssuerId, IssuerIds, Issuers,
	NetworkIssuers, Pallet,
};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// `issuer`, a claim issuer trusted by the network or some token, asserts `topic` about
	/// `subject` until `expiry`, with the hash of its off-chain evidence; replaces its claim in
	/// the same slot.
	pub(crate) fn do_add_claim(
		issuer: &T::AccountId,
		subject: &T::AccountId,
		topic: ClaimTopic,
		expiry: Option<BlockNumberFor<T>>,
		evidence: Option<[u8; 32]>,
	) -> DispatchResult {
		let id = IssuerIds::<T>::get(issuer)
			.filter(|id| Issuers::<T>::get(id).is_some_and(|i| i.lists > 0))
			.ok_or(Error::<T>::NotClaimIssuer)?;
		if let ClaimTopic::Jurisdiction(country) = topic {
			ensure!(country.is_well_formed(), Error::<T>::InvalidCountry);
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(expiry.is_none_or(|e| e > now), Error::<T>::ExpiryInPast);
		let network = NetworkIssuers::<T>::get();
		let by_network = |i: IssuerId| network.iter().any(|t| t.issuer == i);
		let replaced = Claims::<T>::try_mutate(subject, |claims| {
			let claim = Claim {
				topic,
				issuer: id,
				expiry,
			};
			match claims
				.iter_mut()
				.find(|c| c.issuer == id && c.topic.same_slot(&topic))
			{
				Some(existing) => Ok(Some(core::mem::replace(existing, claim).topic)),
				None => {
					if !by_network(id) {
						let others = claims.iter().filter(|c| !by_network(c.issuer)).count();
						ensure!(
							(others as u32) < T::MaxClaims::get() / 2,
							Error::<T>::ClaimSlotsReserved
						);
					}
					claims
						.try_push(claim)
						.map_err(|_| Error::<T>::TooManyClaims)?;
					Ok::<_, DispatchError>(None)
				}
			}
		})?;
		match replaced {
			None => Self::update_issuer(id, |i| i.claims = i.claims.saturating_add(1)),
			Some(old) if old != topic => ClaimEvidence::<T>::remove(subject, (id, old)),
			Some(_) => {}
		}
		match evidence {
			Some(hash) => ClaimEvidence::<T>::insert(subject, (id, topic), hash),
			None => ClaimEvidence::<T>::remove(subject, (id, topic)),
		}
		Ok(())
	}

	/// `issuer` revokes its claim in `topic`'s slot about `subject`. Returns the revoked
	/// claim's topic.
	pub(crate) fn do_revoke_claim(
		issuer: &T::AccountId,
		subject: &T::AccountId,
		topic: ClaimTopic,
	) -> Result<ClaimTopic, DispatchError> {
		let id = IssuerIds::<T>::get(issuer).ok_or(Error::<T>::ClaimNotFound)?;
		let removed = Claims::<T>::try_mutate_exists(subject, |maybe| {
			let claims = maybe.as_mut().ok_or(Error::<T>::ClaimNotFound)?;
			let i = claims
				.iter()
				.position(|c| c.issuer == id && c.topic.same_slot(&topic))
				.ok_or(Error::<T>::ClaimNotFound)?;
			let removed = claims.remove(i);
			if claims.is_empty() {
				*maybe = None;
			}
			Ok::<_, Error<T>>(removed)
		})?;
		ClaimEvidence::<T>::remove(subject, (id, removed.topic));
		Self::update_issuer(id, |i| i.claims = i.claims.saturating_sub(1));
		Ok(removed.topic)
	}

	/// Drops `subject`'s expired claims and those whose issuer no trust list names. Returns
	/// how many were dropped.
	pub(crate) fn do_purge_claims(subject: &T::AccountId) -> Result<u32, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut trusted = alloc::collections::BTreeMap::<IssuerId, bool>::new();
		let (kept, dropped): (Vec<ClaimOf<T>>, Vec<ClaimOf<T>>) =
			Claims::<T>::get(subject).into_iter().partition(|c| {
				c.is_current(&now)
					&& *trusted
						.entry(c.issuer)
						.or_insert_with(|| Issuers::<T>::get(c.issuer).is_some_and(|i| i.lists > 0))
			});
		let removed = dropped.len() as u32;
		ensure!(removed > 0, Error::<T>::NothingToPurge);
		if kept.is_empty() {
			Claims::<T>::remove(subject);
		} else {
			Claims::<T>::insert(subject, BoundedVec::truncate_from(kept));
		}
		for claim in dropped {
			ClaimEvidence::<T>::remove(subject, (claim.issuer, claim.topic));
			Self::update_issuer(claim.issuer, |i| i.claims = i.claims.saturating_sub(1));
		}
		Ok(removed)
	}
}
