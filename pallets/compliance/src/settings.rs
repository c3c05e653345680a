//! A token's compliance settings and who may change them: the compliance admin, rule sets,
//! pausing, restrictions and the allow, deny and exemption lists.

use crate::{
	ClaimTopic, Condition, Config, DepositOf, Error, Event, HoldReason, ListEntriesOf, ListEntry,
	Lists, NetworkClaimIssuers, Pallet, RequirementsOf, RestrictionsOf, TokenComplianceOf,
	TokenSettings,
};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, EnsureOrigin, Get},
};
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{traits::Zero, DispatchError};
use vellum_primitives::{
	ledger::{Role, SecurityLedger},
	security::TokenId,
};

impl<T: Config> Pallet<T> {
	/// The origin is the admin origin (`None`), or the issuer or a compliance agent of `token`
	/// (which must exist), returned to pay what it stores.
	pub(crate) fn ensure_compliance_admin(
		origin: OriginFor<T>,
		token: TokenId,
	) -> Result<Option<T::AccountId>, DispatchError> {
		ensure!(T::Ledger::exists(token), Error::<T>::UnknownToken);
		if T::AdminOrigin::ensure_origin(origin.clone()).is_ok() {
			return Ok(None);
		}
		let who = frame_system::ensure_signed(origin)?;
		ensure!(
			T::Ledger::has_role(token, &who, Role::Compliance),
			Error::<T>::NotComplianceAdmin
		);
		Ok(Some(who))
	}

	/// Changes a token's settings, recomputes and checks their complexity, and stores them
	/// (removing a record left with nothing configured). Returns the complexity.
	pub(crate) fn mutate_settings(
		token: TokenId,
		f: impl FnOnce(&mut TokenComplianceOf<T>) -> DispatchResult,
	) -> Result<u32, DispatchError> {
		TokenSettings::<T>::try_mutate_exists(token, |maybe| {
			let mut settings = maybe.take().unwrap_or_default();
			f(&mut settings)?;
			settings.complexity = settings.compute_complexity();
			ensure!(
				settings.complexity <= T::MaxComplexity::get(),
				Error::<T>::TooComplex
			);
			ensure!(
				settings.named_issuers().len() as u32 <= T::MaxNamedIssuers::get(),
				Error::<T>::TooManyNamedIssuers
			);
			let complexity = settings.complexity;
			*maybe = (!settings.is_empty()).then_some(settings);
			Ok(complexity)
		})
	}

	/// Replaces `token`'s rule set, once every country it names is well-formed. Returns the
	/// settings' complexity.
	pub(crate) fn do_set_requirements(
		token: TokenId,
		requirements: RequirementsOf<T>,
	) -> Result<u32, DispatchError> {
		for condition in requirements
			.iter()
			.flat_map(|r| r.sender.iter().chain(&r.receiver))
		{
			if let Condition::JurisdictionIn(set) | Condition::JurisdictionNotIn(set) = condition {
				ensure!(
					set.iter().all(|c| c.is_well_formed()),
					Error::<T>::InvalidCountry
				);
			}
			if let Condition::HasClaim {
				topic: ClaimTopic::Jurisdiction(c),
				..
			}
			| Condition::LacksClaim {
				topic: ClaimTopic::Jurisdiction(c),
				..
			} = condition
			{
				ensure!(c.is_well_formed(), Error::<T>::InvalidCountry);
			}
		}
		Self::mutate_settings(token, |s| {
			s.requirements = requirements;
			Ok(())
		})
	}

	/// Pauses (`paused`) or resumes rule evaluation of `token`.
	pub(crate) fn do_set_paused(token: TokenId, paused: bool) -> DispatchResult {
		Self::mutate_settings(token, |s| {
			if paused {
				ensure!(!s.paused, Error::<T>::AlreadyPaused);
			} else {
				ensure!(s.paused, Error::<T>::NotPaused);
			}
			s.paused = paused;
			Ok(())
		})?;
		Ok(())
	}

	/// Replaces `token`'s transfer restrictions, switching on per-holder state when they
	/// need it (only while none of the token is outstanding).
	pub(crate) fn do_set_restrictions(
		token: TokenId,
		restrictions: &RestrictionsOf<T>,
	) -> DispatchResult {
		let caps = &restrictions.jurisdiction_caps;
		ensure!(
			caps.iter().all(|c| c.country.is_well_formed()),
			Error::<T>::InvalidCountry
		);
		for (i, cap) in caps.iter().enumerate() {
			ensure!(
				caps.iter()
					.skip(i + 1)
					.all(|other| other.country != cap.country),
				Error::<T>::DuplicateCap
			);
		}
		let supply_zero = T::Ledger::total_supply(token).is_zero();
		Self::mutate_settings(token, |s| {
			if restrictions.need_tracking() && !s.tracking {
				ensure!(supply_zero, Error::<T>::TokenAlreadyIssued);
				s.tracking = true;
			}
			// A lock-up applies to what is issued while it is set: it may be lifted at any
			// time, but set or moved only before anything is issued.
			let lockup = restrictions.lockup_until;
			if lockup.is_some() && lockup != s.restrictions.lockup_until {
				ensure!(supply_zero, Error::<T>::TokenAlreadyIssued);
			}
			s.restrictions = restrictions.clone();
			Ok(())
		})?;
		Ok(())
	}

	/// Sets accounts' entries on `token`'s lists, keeping the listed count and, for a token
	/// with per-holder state, the jurisdiction counts of holders whose exemption changed. A
	/// new entry holds [`Config::ListDeposit`] from `payer` (none for the admin origin); a
	/// changed entry keeps its deposit; a removed one returns it to whoever paid it.
	pub(crate) fn do_set_lists(
		token: TokenId,
		payer: Option<&T::AccountId>,
		entries: &ListEntriesOf<T>,
	) -> DispatchResult {
		let network = NetworkClaimIssuers::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let reason = HoldReason::ListDeposit.into();
		let mut events = Vec::with_capacity(entries.len());
		Self::mutate_settings(token, |s| {
			for (account, flags) in entries {
				let old = Lists::<T>::get(token, account);
				let mut held = DepositOf::<T>::zero();
				if flags.is_empty() {
					if let Some((payer, deposit)) = old.as_ref().and_then(|e| e.deposit.clone()) {
						Self::release_deposit(&reason, &payer, deposit);
					}
					Lists::<T>::remove(token, account);
					s.listed = s.listed.saturating_sub(u32::from(old.is_some()));
				} else {
					let deposit = match &old {
						Some(entry) => entry.deposit.clone(),
						None => match payer {
							Some(payer) => {
								let amount = T::ListDeposit::get();
								T::Currency::hold(&reason, payer, amount)?;
								Some((payer.clone(), amount))
							}
							None => None,
						},
					};
					held = deposit.as_ref().map(|(_, d)| *d).unwrap_or_default();
					Lists::<T>::insert(
						token,
						account,
						ListEntry {
							flags: *flags,
							deposit,
						},
					);
					s.listed = s.listed.saturating_add(u32::from(old.is_none()));
				}
				let was_exempt = old.is_some_and(|e| e.flags.exempt());
				if s.tracking && was_exempt != flags.exempt() {
					Self::recount(token, account, flags.exempt(), s, &network, &now);
				}
				events.push(Event::ListsUpdated {
					token,
					account: account.clone(),
					flags: *flags,
					deposit: held,
				});
			}
			Ok(())
		})?;
		for event in events {
			Self::deposit_event(event);
		}
		Ok(())
	}

	/// Returns a deposit held for `reason` to `payer`.
	pub(crate) fn release_deposit(
		reason: &T::RuntimeHoldReason,
		payer: &T::AccountId,
		amount: DepositOf<T>,
	) {
		if amount.is_zero() {
			return;
		}
		if let Err(e) = T::Currency::release(reason, payer, amount, Precision::BestEffort) {
			frame_support::defensive!("a deposit is held from whoever paid it", e);
		}
	}
}
