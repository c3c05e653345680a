//! The invariants of the pallet's storage, checked after every unit test and by
//! `try-runtime`.

use crate::{
	ClaimDetails, ClaimIssuerId, ClaimIssuerIds, ClaimIssuers, Claims, Config, DepositOf,
	HoldReason, HolderStates, JurisdictionHolders, Lists, NetworkClaimIssuers, NextClaimIssuerId,
	Pallet, TokenSettings, TrustedIssuersOf,
};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::traits::{Saturating, Zero};
use vellum_primitives::{
	ledger::SecurityLedger,
	security::{CountryCode, TokenId},
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - each known issuer's `lists` count is the number of trust lists naming it and its
	///   `claims` count the number of its claims stored; one of them is not zero; no list names
	///   an issuer twice, nor one unknown; `ClaimIssuerIds` is exactly the inverse of `ClaimIssuers`, and
	///   every id is below `NextClaimIssuerId`;
	/// - no settings record is empty; its complexity is current and within the maximum; its
	///   `listed` count is the number of list entries; restrictions that need per-holder state
	///   have it, and then every holder (and only holders) has a state;
	/// - list entries carry at least one flag; claim records are never empty and hold one
	///   claim per slot; every stored claim has its details and only stored claims have
	///   details; what is held from each claim issuer and list depositor is exactly the
	///   deposits its claims and list entries record;
	/// - per-holder states belong to holders, lock up no more than they hold, and the
	///   jurisdiction counts are exactly the holders counted in each jurisdiction.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		// Trust counts match the lists.
		let mut trust: BTreeMap<ClaimIssuerId, u32> = BTreeMap::new();
		let mut count = |list: &TrustedIssuersOf<T>| -> Result<(), sp_runtime::TryRuntimeError> {
			for (i, issuer) in list.iter().enumerate() {
				ensure!(
					list.iter().skip(i + 1).all(|o| o.issuer != issuer.issuer),
					"an issuer appears twice in a trust list"
				);
				*trust.entry(issuer.issuer).or_default() += 1;
			}
			Ok(())
		};
		count(&NetworkClaimIssuers::<T>::get())?;
		for (token, settings) in TokenSettings::<T>::iter() {
			count(&settings.issuers)?;
			ensure!(!settings.is_empty(), "an empty settings record is stored");
			ensure!(
				settings.complexity == settings.compute_complexity()
					&& settings.complexity <= T::MaxComplexity::get(),
				"stored complexity is stale or above the maximum"
			);
			ensure!(
				settings.listed == Lists::<T>::iter_prefix(token).count() as u32,
				"listed count differs from the lists"
			);
			ensure!(
				!settings.restrictions.need_tracking() || settings.tracking,
				"restrictions need per-holder state that is not kept"
			);
			if settings.tracking {
				ensure!(
					HolderStates::<T>::iter_prefix(token).count() as u32
						== T::Ledger::holder_count(token),
					"per-holder state differs from the holders"
				);
			}
		}
		// Claims: records never empty, one claim per slot; every claim has its details (and
		// only stored claims have details).
		let mut claimed: BTreeMap<ClaimIssuerId, u32> = BTreeMap::new();
		let mut stored = 0usize;
		for (_, id, claims) in Claims::<T>::iter() {
			ensure!(!claims.is_empty(), "an empty claims record is stored");
			for (i, c) in claims.iter().enumerate() {
				ensure!(
					claims
						.iter()
						.skip(i + 1)
						.all(|o| !o.topic.same_slot(&c.topic)),
					"two claims of one issuer in one slot"
				);
			}
			*claimed.entry(id).or_default() += claims.len() as u32;
			stored += claims.len();
		}
		let mut held: BTreeMap<T::AccountId, DepositOf<T>> = BTreeMap::new();
		let mut details = 0usize;
		for (subject, (id, topic), detail) in ClaimDetails::<T>::iter() {
			details += 1;
			ensure!(
				Claims::<T>::get(&subject, id)
					.is_some_and(|claims| claims.iter().any(|c| c.topic == topic)),
				"details of a claim not stored"
			);
			let issuer =
				ClaimIssuers::<T>::get(id).ok_or("details of an unknown issuer's claim")?;
			let sum = held.entry(issuer.account).or_default();
			*sum = sum.saturating_add(detail.deposit);
		}
		ensure!(details == stored, "a stored claim has no details");
		// Known issuers: counted exactly, inverse maps, ids given out, deposits held.
		let next = NextClaimIssuerId::<T>::get();
		let mut known = 0usize;
		let claim_reason = HoldReason::ClaimDeposit.into();
		for (id, info) in ClaimIssuers::<T>::iter() {
			known += 1;
			ensure!(id < next, "an issuer id not given out yet");
			ensure!(
				ClaimIssuerIds::<T>::get(&info.account) == Some(id),
				"ClaimIssuerIds does not map an issuer's account to its id"
			);
			ensure!(
				info.lists == trust.remove(&id).unwrap_or(0),
				"an issuer's list count differs from the trust lists"
			);
			ensure!(
				info.claims == claimed.remove(&id).unwrap_or(0),
				"an issuer's claim count differs from its claims"
			);
			ensure!(
				info.lists > 0 || info.claims > 0,
				"an issuer named nowhere is kept"
			);
			ensure!(
				T::Currency::balance_on_hold(&claim_reason, &info.account)
					== held.remove(&info.account).unwrap_or_default(),
				"an issuer's claim deposits differ from what is held"
			);
		}
		ensure!(
			trust.is_empty() && claimed.is_empty(),
			"a trust list or claim names an unknown issuer"
		);
		ensure!(
			ClaimIssuerIds::<T>::iter().count() == known,
			"ClaimIssuerIds names an unknown issuer"
		);
		// List entries carry at least one flag; their deposits are held from their payers.
		let mut paid: BTreeMap<T::AccountId, DepositOf<T>> = BTreeMap::new();
		for (_, _, entry) in Lists::<T>::iter() {
			ensure!(!entry.flags.is_empty(), "bad list flags");
			if let Some((payer, deposit)) = entry.deposit {
				let sum = paid.entry(payer).or_default();
				*sum = sum.saturating_add(deposit);
			}
		}
		let list_reason = HoldReason::ListDeposit.into();
		for (payer, deposit) in paid {
			ensure!(
				T::Currency::balance_on_hold(&list_reason, &payer) == deposit,
				"list deposits differ from what is held"
			);
		}
		// Per-holder state: held balances, locked within them, jurisdiction counts exact.
		let mut counts: BTreeMap<(TokenId, CountryCode), u32> = BTreeMap::new();
		for (token, who, state) in HolderStates::<T>::iter() {
			let balance = T::Ledger::balance(token, &who);
			ensure!(
				!balance.is_zero(),
				"per-holder state of an account holding nothing"
			);
			ensure!(
				!T::Ledger::is_custodian(&who),
				"per-holder state of a custodian"
			);
			ensure!(state.locked <= balance, "more locked than held");
			ensure!(
				TokenSettings::<T>::get(token).is_some_and(|s| s.tracking),
				"per-holder state of a token that keeps none"
			);
			if let Some(c) = state.counted_in {
				*counts.entry((token, c)).or_default() += 1;
			}
		}
		let stored: BTreeMap<(TokenId, CountryCode), u32> = JurisdictionHolders::<T>::iter()
			.map(|(t, c, n)| ((t, c), n))
			.collect();
		ensure!(
			stored == counts,
			"jurisdiction holder counts differ from the holders"
		);
		Ok(())
	}
}
