//! Who may act: issuers admitted by the admin origin, the agents an issuer appoints on its
//! tokens, and the checks every call makes before it acts.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_admit_issuer(who: T::AccountId) -> DispatchResult {
		ensure!(!Issuers::<T>::contains_key(&who), Error::<T>::AlreadyIssuer);
		Issuers::<T>::insert(&who, ());
		Self::deposit_event(Event::IssuerAdmitted { who });
		Ok(())
	}

	pub(crate) fn do_remove_issuer(who: T::AccountId) -> DispatchResult {
		ensure!(Issuers::<T>::take(&who).is_some(), Error::<T>::NotIssuer);
		Self::deposit_event(Event::IssuerRemoved { who });
		Ok(())
	}

	pub(crate) fn do_grant_role(
		caller: &T::AccountId,
		token: TokenId,
		who: T::AccountId,
		role: Role,
	) -> DispatchResult {
		let mut details = Self::token_issued_by(token, caller)?;
		let mut roles = Agents::<T>::get(token, &who).unwrap_or_default();
		ensure!(!roles.contains(role), Error::<T>::RoleAlreadyGranted);
		if roles.is_empty() {
			ensure!(
				details.agents < T::MaxAgents::get(),
				Error::<T>::TooManyAgents
			);
			details.agents.saturating_inc();
			Tokens::<T>::insert(token, details);
		}
		roles.insert(role);
		Agents::<T>::insert(token, &who, roles);
		Self::deposit_event(Event::RoleGranted { token, who, role });
		Ok(())
	}

	pub(crate) fn do_revoke_role(
		caller: &T::AccountId,
		token: TokenId,
		who: T::AccountId,
		role: Role,
	) -> DispatchResult {
		let mut details = Self::token_issued_by(token, caller)?;
		let mut roles = Agents::<T>::get(token, &who).unwrap_or_default();
		ensure!(roles.contains(role), Error::<T>::RoleNotGranted);
		roles.remove(role);
		if roles.is_empty() {
			Agents::<T>::remove(token, &who);
			details.agents.saturating_dec();
			Tokens::<T>::insert(token, details);
		} else {
			Agents::<T>::insert(token, &who, roles);
		}
		Self::deposit_event(Event::RoleRevoked { token, who, role });
		Ok(())
	}

	/// The token, if `who` issued it.
	pub(crate) fn token_issued_by(
		token: TokenId,
		who: &T::AccountId,
	) -> Result<TokenDetailsOf<T>, DispatchError> {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(&details.issuer == who, Error::<T>::NotTokenIssuer);
		Self::ensure_admitted(&details)?;
		Ok(details)
	}

	/// The token, if `who` is its issuer or an agent with `role`, and its issuer is still
	/// admitted.
	pub(crate) fn ensure_role(
		token: TokenId,
		who: &T::AccountId,
		role: Role,
	) -> Result<TokenDetailsOf<T>, DispatchError> {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		let allowed = &details.issuer == who
			|| Agents::<T>::get(token, who).is_some_and(|roles| roles.contains(role));
		ensure!(allowed, Error::<T>::NoPermission);
		Self::ensure_admitted(&details)?;
		Ok(details)
	}

	/// `IssuerRemoved` unless the token's issuer is admitted: a removed issuer's powers end,
	/// and so do those of the agents it appointed (which would otherwise carry them on).
	pub(crate) fn ensure_admitted(details: &TokenDetailsOf<T>) -> DispatchResult {
		ensure!(
			Issuers::<T>::contains_key(&details.issuer),
			Error::<T>::IssuerRemoved
		);
		Ok(())
	}
}
