//! Claim issuers and the trust lists that name them: trusting and distrusting an issuer,
//! network-wide or for one token, and the issuer ids claims and lists name issuers by.

use crate::{
	ClaimIssuerId, ClaimIssuerIds, ClaimIssuerInfo, ClaimIssuerInfoOf, ClaimIssuers, ClaimTopic,
	Config, Error, NetworkClaimIssuers, NextClaimIssuerId, Pallet, TopicsOf, TrustedIssuer,
	TrustedIssuersOf,
};
use frame_support::{dispatch::DispatchResult, ensure};
use sp_runtime::DispatchError;
use vellum_primitives::security::TokenId;

impl<T: Config> Pallet<T> {
	/// Trusts `issuer` network-wide (`token` is `None`) or for `token`, for `topics` only or
	/// every topic (replaces its topics if it is trusted already). Returns its id.
	pub(crate) fn do_trust_issuer(
		token: Option<TokenId>,
		issuer: &T::AccountId,
		topics: Option<TopicsOf<T>>,
	) -> Result<ClaimIssuerId, DispatchError> {
		Self::validate_topics(topics.as_ref().map(|t| t.as_slice()))?;
		match token {
			None => {
				let mut list = NetworkClaimIssuers::<T>::get();
				let id = Self::upsert_issuer(&mut list, issuer, topics)?;
				NetworkClaimIssuers::<T>::put(list);
				Ok(id)
			}
			Some(token) => {
				let mut id = 0;
				Self::mutate_settings(token, |s| {
					id = Self::upsert_issuer(&mut s.issuers, issuer, topics)?;
					Ok(())
				})?;
				Ok(id)
			}
		}
	}

	/// No longer trusts `issuer` network-wide (`token` is `None`) or for `token`.
	pub(crate) fn do_distrust_issuer(
		token: Option<TokenId>,
		issuer: &T::AccountId,
	) -> DispatchResult {
		match token {
			None => {
				let mut list = NetworkClaimIssuers::<T>::get();
				Self::drop_issuer(&mut list, issuer)?;
				NetworkClaimIssuers::<T>::put(list);
			}
			Some(token) => {
				Self::mutate_settings(token, |s| Self::drop_issuer(&mut s.issuers, issuer))?;
			}
		}
		Ok(())
	}

	/// A topic filter names well-formed countries, and each slot once.
	fn validate_topics(topics: Option<&[ClaimTopic]>) -> DispatchResult {
		let topics = topics.unwrap_or_default();
		for (i, topic) in topics.iter().enumerate() {
			if let ClaimTopic::Jurisdiction(c) = topic {
				ensure!(c.is_well_formed(), Error::<T>::InvalidCountry);
			}
			ensure!(
				topics[i + 1..].iter().all(|other| !other.same_slot(topic)),
				Error::<T>::DuplicateTopic
			);
		}
		Ok(())
	}

	/// Adds `issuer` to `list` or replaces its topics; a new entry counts in its
	/// [`ClaimIssuerInfo`] (given an id if it has none). Returns its id.
	fn upsert_issuer(
		list: &mut TrustedIssuersOf<T>,
		issuer: &T::AccountId,
		topics: Option<TopicsOf<T>>,
	) -> Result<ClaimIssuerId, DispatchError> {
		let known = ClaimIssuerIds::<T>::get(issuer);
		let id = match known {
			Some(id) => id,
			None => NextClaimIssuerId::<T>::get(),
		};
		match list.iter_mut().find(|i| i.issuer == id) {
			Some(existing) => existing.topics = topics,
			None => {
				list.try_push(TrustedIssuer { issuer: id, topics })
					.map_err(|_| Error::<T>::TooManyTrustedIssuers)?;
				if known.is_none() {
					let next = id
						.checked_add(1)
						.ok_or(Error::<T>::ClaimIssuerIdsExhausted)?;
					NextClaimIssuerId::<T>::put(next);
					ClaimIssuerIds::<T>::insert(issuer, id);
					ClaimIssuers::<T>::insert(
						id,
						ClaimIssuerInfo {
							account: issuer.clone(),
							lists: 0,
							claims: 0,
						},
					);
				}
				Self::update_issuer(id, |i| i.lists = i.lists.saturating_add(1));
			}
		}
		Ok(id)
	}

	/// Removes `issuer` from `list`; uncounts it in its [`ClaimIssuerInfo`].
	fn drop_issuer(list: &mut TrustedIssuersOf<T>, issuer: &T::AccountId) -> DispatchResult {
		let id = ClaimIssuerIds::<T>::get(issuer).ok_or(Error::<T>::ClaimIssuerNotTrusted)?;
		let i = list
			.iter()
			.position(|t| t.issuer == id)
			.ok_or(Error::<T>::ClaimIssuerNotTrusted)?;
		list.remove(i);
		Self::update_issuer(id, |i| i.lists = i.lists.saturating_sub(1));
		Ok(())
	}

	/// Changes what is known of issuer `id`, forgetting it once no list names it and none of
	/// its claims is stored.
	pub(crate) fn update_issuer(id: ClaimIssuerId, f: impl FnOnce(&mut ClaimIssuerInfoOf<T>)) {
		let Some(mut info) = ClaimIssuers::<T>::get(id) else {
			return;
		};
		f(&mut info);
		if info.lists == 0 && info.claims == 0 {
			ClaimIssuers::<T>::remove(id);
			ClaimIssuerIds::<T>::remove(&info.account);
		} else {
			ClaimIssuers::<T>::insert(id, info);
		}
	}

	/// The ids of `accounts` that have one (the issuers conditions name; an account without
	/// an id made no claim stored).
	pub fn issuer_ids<'a>(
		accounts: impl IntoIterator<Item = &'a T::AccountId>,
	) -> alloc::collections::BTreeMap<T::AccountId, ClaimIssuerId> {
		accounts
			.into_iter()
			.filter_map(|a| ClaimIssuerIds::<T>::get(a).map(|id| (a.clone(), id)))
			.collect()
	}
}
