//! Confidential accounts: opening one, closing it, applying its pending balance.

use crate::*;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};
use vellum_confidential::{
	verify_registration, verify_zero_balance, Ciphertext, RegistrationStatement,
	ZeroBalanceStatement, LIMBS,
};

impl<T: Config> Pallet<T> {
	/// The error for a proof the crypto crate refused.
	pub(crate) fn proof_error(e: vellum_confidential::Error) -> Error<T> {
		use vellum_confidential::Error as E;
		match e {
			E::InvalidPoint | E::InvalidScalar => Error::<T>::MalformedCiphertext,
			E::WrongReaders => Error::<T>::WrongReaders,
			E::InvalidRangeProof => Error::<T>::InvalidRangeProof,
			E::InvalidProof
			| E::InsufficientBalance
			| E::NonZeroBalance
			| E::NotDecryptable
			| E::BadSeal => Error::<T>::InvalidProof,
		}
	}

	pub(crate) fn do_register(
		who: T::AccountId,
		token: TokenId,
		key: EncryptionKey,
		proof: KeyProof,
	) -> DispatchResult {
		Modes::<T>::try_mutate(token, |mode| {
			let mode = mode.as_mut().ok_or(Error::<T>::NotConfidential)?;
			ensure!(
				!Accounts::<T>::contains_key(token, &who),
				Error::<T>::AlreadyRegistered
			);
			key.decompress_key().map_err(|_| Error::<T>::InvalidKey)?;
			let account = who.encode();
			let statement = RegistrationStatement {
				genesis: T::ChainId::get(),
				token,
				account: &account,
				key,
			};
			verify_registration(&statement, &proof).map_err(Self::proof_error)?;
			let deposit = T::AccountDeposit::get();
			T::Currency::hold(&HoldReason::AccountDeposit.into(), &who, deposit)?;
			mode.accounts = mode.accounts.saturating_add(1);
			Accounts::<T>::insert(token, &who, ConfidentialAccount::new(key, deposit));
			Self::deposit_event(Event::AccountRegistered {
				token,
				who: who.clone(),
				key,
				deposit,
			});
			Ok(())
		})
	}

	pub(crate) fn do_close(
		who: T::AccountId,
		token: TokenId,
		proof: ZeroBalanceProof,
	) -> DispatchResult {
		let account = Accounts::<T>::get(token, &who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(account.pending_credits == 0, Error::<T>::PendingNotEmpty);
		let owner = who.encode();
		let statement = ZeroBalanceStatement {
			genesis: T::ChainId::get(),
			token,
			owner: &owner,
			nonce: account.nonce,
			key: account.key,
			available: account.available,
		};
		verify_zero_balance(&statement, &proof).map_err(Self::proof_error)?;
		T::Currency::release(
			&HoldReason::AccountDeposit.into(),
			&who,
			account.deposit,
			Precision::BestEffort,
		)?;
		Accounts::<T>::remove(token, &who);
		Modes::<T>::mutate(token, |mode| {
			if let Some(mode) = mode {
				mode.accounts = mode.accounts.saturating_sub(1);
			}
		});
		Self::deposit_event(Event::AccountClosed { token, who });
		Ok(())
	}

	pub(crate) fn do_apply_pending(
		who: T::AccountId,
		token: TokenId,
		expected_credits: u32,
		sealed: SealedBalance,
	) -> DispatchResult {
		Accounts::<T>::try_mutate(token, &who, |account| {
			let account = account.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(
				account.pending_credits == expected_credits,
				Error::<T>::PendingChanged
			);
			let pending = Ciphertext::join(&account.pending).map_err(Self::proof_error)?;
			account.available = account.available.add(&pending).map_err(Self::proof_error)?;
			account.pending = [Ciphertext::ZERO; LIMBS];
			let credits = core::mem::take(&mut account.pending_credits);
			account.nonce = account.nonce.saturating_add(1);
			account.sealed = sealed;
			Self::deposit_event(Event::PendingApplied {
				token,
				who: who.clone(),
				credits,
			});
			Ok(())
		})
	}
}
