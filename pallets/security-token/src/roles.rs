//! Who may act: issuers admitted by the admin origin, the agents an issuer appoints on its
//! tokens, and the checks every call makes before it acts.

use crate::*;
use frame_support::traits::tokens::Precision;
use frame_system::{ensure_signed, pallet_prelude::OriginFor};

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

	/// Hands `token` to another admitted issuer (the network's power, e.g. when its issuer
	/// was removed): the new issuer pays the token deposit and the old one gets its deposit
	/// back; the agents the old issuer appointed lose their roles (the new issuer appoints its
	/// own).
	pub(crate) fn do_hand_over(token: TokenId, to: T::AccountId) -> DispatchResult {
		let mut details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(Issuers::<T>::contains_key(&to), Error::<T>::NotIssuer);
		ensure!(details.issuer != to, Error::<T>::AlreadyTokenIssuer);
		let reason = HoldReason::TokenDeposit.into();
		let deposit = T::TokenDeposit::get();
		T::Currency::hold(&reason, &to, deposit)?;
		T::Currency::release(
			&reason,
			&details.issuer,
			details.deposit,
			Precision::BestEffort,
		)?;
		// At most `MaxAgents` entries: `grant_role` admits no more.
		let agents_removed = Agents::<T>::drain_prefix(token).count() as u32;
		let from = core::mem::replace(&mut details.issuer, to.clone());
		T::OnHandOver::on_hand_over(token, &from, &to)?;
		details.deposit = deposit;
		details.agents = 0;
		Tokens::<T>::insert(token, details);
		Self::deposit_event(Event::TokenHandedOver {
			token,
			from,
			to,
			deposit,
			agents_removed,
		});
		Ok(())
	}

	/// `details`: the token's, read by [`issuer_or_holders`](Self::issuer_or_holders).
	pub(crate) fn do_grant_role(
		mut details: TokenDetailsOf<T>,
		token: TokenId,
		who: T::AccountId,
		role: Role,
	) -> DispatchResult {
		ensure!(!Self::withheld(token, role), Error::<T>::PowerWithheld);
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
		mut details: TokenDetailsOf<T>,
		token: TokenId,
		who: T::AccountId,
		role: Role,
	) -> DispatchResult {
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

	/// Who may use a power that needs `role` on `token`: the network (the admin origin) on any
	/// token, or a signed account that [`ensure_role`](Self::ensure_role) admits. Returns the
	/// token's details too.
	pub(crate) fn authority(
		origin: OriginFor<T>,
		token: TokenId,
		role: Role,
	) -> Result<(Authority<T::AccountId>, TokenDetailsOf<T>), DispatchError> {
		match T::AdminOrigin::try_origin(origin) {
			Ok(_) => {
				let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
				Ok((Authority::Network, details))
			}
			Err(origin) => {
				let who = ensure_signed(origin)?;
				let details = Self::ensure_role(token, &who, role)?;
				Ok((Authority::Agent(who), details))
			}
		}
	}

	/// The token's details, if `origin` is its holders ([`Config::HoldersOrigin`], also
	/// while its issuer is removed) or its admitted issuer.
	pub(crate) fn issuer_or_holders(
		origin: OriginFor<T>,
		token: TokenId,
	) -> Result<TokenDetailsOf<T>, DispatchError> {
		match T::HoldersOrigin::try_origin(origin, &token) {
			Ok(_) => Ok(Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?),
			Err(origin) => {
				let who = ensure_signed(origin)?;
				Self::token_issued_by(token, &who)
			}
		}
	}

	/// Who may pause and unpause `token`: [`authority`](Self::authority) with the freezer
	/// role, or the token's holders.
	pub(crate) fn pause_authority(
		origin: OriginFor<T>,
		token: TokenId,
	) -> Result<(Authority<T::AccountId>, TokenDetailsOf<T>), DispatchError> {
		match T::HoldersOrigin::try_origin(origin, &token) {
			Ok(_) => {
				let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
				Ok((Authority::Holders, details))
			}
			Err(origin) => Self::authority(origin, token, Role::Freezer),
		}
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

	/// Whether `role` is withheld on `token`: the roles over supply and holders' balances of
	/// a token another pallet supplies ([`PalletSupplied`]).
	pub(crate) fn withheld(token: TokenId, role: Role) -> bool {
		matches!(
			role,
			Role::Supply | Role::Freezer | Role::Controller | Role::Recovery
		) && PalletSupplied::<T>::contains_key(token)
	}

	/// The token, if `who` is its issuer or an agent with `role` (not withheld on it), and its
	/// issuer is still admitted.
	pub(crate) fn ensure_role(
		token: TokenId,
		who: &T::AccountId,
		role: Role,
	) -> Result<TokenDetailsOf<T>, DispatchError> {
		let details = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(!Self::withheld(token, role), Error::<T>::PowerWithheld);
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
