//! A token's confidential mode: enabling it, its auditor keys, disabling it.

use crate::*;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};
use vellum_primitives::ledger::Role;

impl<T: Config> Pallet<T> {
	/// Refuses unless `who` is `token`'s issuer or one of its compliance agents.
	fn ensure_compliance_agent(token: TokenId, who: &T::AccountId) -> DispatchResult {
		ensure!(T::Ledger::exists(token), Error::<T>::UnknownToken);
		ensure!(
			T::Ledger::has_role(token, who, Role::Compliance),
			Error::<T>::NotComplianceAgent
		);
		Ok(())
	}

	/// Refuses keys that are not valid points (or are the identity, which would encrypt
	/// nothing).
	fn ensure_keys(auditors: &AuditorsOf) -> DispatchResult {
		for key in auditors {
			key.decompress_key().map_err(|_| Error::<T>::InvalidKey)?;
		}
		Ok(())
	}

	pub(crate) fn do_enable(
		who: T::AccountId,
		token: TokenId,
		auditors: AuditorsOf,
	) -> DispatchResult {
		Self::ensure_compliance_agent(token, &who)?;
		ensure!(
			!Modes::<T>::contains_key(token),
			Error::<T>::AlreadyConfidential
		);
		ensure!(
			!T::AmountRules::reads_amounts(token),
			Error::<T>::RulesReadAmounts
		);
		Self::ensure_keys(&auditors)?;
		let deposit = T::ModeDeposit::get();
		T::Currency::hold(&HoldReason::ModeDeposit.into(), &who, deposit)?;
		Modes::<T>::insert(
			token,
			ConfidentialMode {
				auditors: auditors.clone(),
				depositor: who.clone(),
				deposit,
				accounts: 0,
			},
		);
		Self::deposit_event(Event::ConfidentialModeEnabled {
			token,
			by: who,
			auditors,
			deposit,
		});
		Ok(())
	}

	pub(crate) fn do_set_auditors(
		who: &T::AccountId,
		token: TokenId,
		auditors: AuditorsOf,
	) -> DispatchResult {
		Self::ensure_compliance_agent(token, who)?;
		Self::ensure_keys(&auditors)?;
		Modes::<T>::try_mutate(token, |mode| {
			let mode = mode.as_mut().ok_or(Error::<T>::NotConfidential)?;
			mode.auditors = auditors.clone();
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::AuditorsSet { token, auditors });
		Ok(())
	}

	pub(crate) fn do_disable(who: &T::AccountId, token: TokenId) -> DispatchResult {
		Self::ensure_compliance_agent(token, who)?;
		let mode = Modes::<T>::get(token).ok_or(Error::<T>::NotConfidential)?;
		ensure!(mode.accounts == 0, Error::<T>::AccountsOpen);
		T::Currency::release(
			&HoldReason::ModeDeposit.into(),
			&mode.depositor,
			mode.deposit,
			Precision::BestEffort,
		)?;
		Modes::<T>::remove(token);
		Self::deposit_event(Event::ConfidentialModeDisabled { token });
		Ok(())
	}
}
