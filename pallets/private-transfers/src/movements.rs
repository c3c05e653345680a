//! Tokens moving: into the pool (`deposit`), between confidential balances
//! (`confidential_transfer`), and back out (`withdraw`).

use crate::*;
use sp_runtime::traits::{CheckedAdd, CheckedSub, Zero};
use vellum_confidential::{
	limbs_of, verify_transfer, verify_withdrawal, Ciphertext, TransferStatement,
	WithdrawalStatement, LIMBS, RECEIVER, SENDER,
};

impl<T: Config> Pallet<T> {
	/// `amount` as a confidential value: non-zero and at most `u64::MAX`.
	fn confidential_value(amount: T::Balance) -> Result<u64, Error<T>> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		u64::try_from(Into::<u128>::into(amount)).map_err(|_| Error::<T>::AmountTooLarge)
	}

	pub(crate) fn do_deposit(
		who: T::AccountId,
		token: TokenId,
		amount: T::Balance,
	) -> DispatchResultWithPostInfo {
		let value = Self::confidential_value(amount)?;
		ensure!(Modes::<T>::contains_key(token), Error::<T>::NotConfidential);
		ensure!(
			!T::AmountRules::reads_amounts(token),
			Error::<T>::RulesReadAmounts
		);
		let pool = PoolBalances::<T>::get(token)
			.checked_add(&amount)
			.filter(|p| u64::try_from(Into::<u128>::into(*p)).is_ok())
			.ok_or(Error::<T>::AmountTooLarge)?;
		Accounts::<T>::try_mutate(token, &who, |account| {
			let account = account.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(
				account.pending_credits < T::MaxPendingCredits::get(),
				Error::<T>::PendingFull
			);
			T::Ledger::deposit(token, &Self::pool_account(), &who, amount)?;
			for (limb, v) in account.pending.iter_mut().zip(limbs_of(value)) {
				*limb = limb
					.add(&Ciphertext::public(v))
					.map_err(Self::proof_error)?;
			}
			account.pending_credits = account.pending_credits.saturating_add(1);
			Ok::<_, DispatchError>(())
		})?;
		PoolBalances::<T>::insert(token, pool);
		Self::deposit_event(Event::Deposited { token, who, amount });
		Ok(
			Some(T::WeightInfo::deposit().saturating_add(T::Ledger::movement_overhead_of(token)))
				.into(),
		)
	}

	pub(crate) fn do_confidential_transfer(
		who: T::AccountId,
		token: TokenId,
		to: T::AccountId,
		amount: TransferAmount,
		proof: TransferProof,
		sealed: SealedBalance,
	) -> DispatchResultWithPostInfo {
		ensure!(who != to, Error::<T>::SameAccount);
		let mode = Modes::<T>::get(token).ok_or(Error::<T>::NotConfidential)?;
		ensure!(
			!T::AmountRules::reads_amounts(token),
			Error::<T>::RulesReadAmounts
		);
		let mut sender = Accounts::<T>::get(token, &who).ok_or(Error::<T>::NotRegistered)?;
		let mut receiver =
			Accounts::<T>::get(token, &to).ok_or(Error::<T>::ReceiverNotRegistered)?;
		ensure!(
			receiver.pending_credits < T::MaxPendingCredits::get(),
			Error::<T>::PendingFull
		);
		// The public parties first: cheaper than the proof, and the clearer error.
		T::Ledger::check_hidden_transfer(token, &Self::pool_account(), &who, &to)?;

		let (sender_bytes, receiver_bytes) = (who.encode(), to.encode());
		let statement = TransferStatement {
			genesis: T::ChainId::get(),
			token,
			sender: &sender_bytes,
			receiver: &receiver_bytes,
			nonce: sender.nonce,
			sender_key: sender.key,
			receiver_key: receiver.key,
			auditors: &mode.auditors,
			available: sender.available,
			amount: &amount,
		};
		verify_transfer(&statement, &proof).map_err(Self::proof_error)?;

		let sent = amount.for_reader(SENDER).map_err(Self::proof_error)?;
		sender.available = sender.available.sub(&sent).map_err(Self::proof_error)?;
		sender.nonce = sender.nonce.saturating_add(1);
		sender.sealed = sealed;
		for j in 0..LIMBS {
			let limb = amount
				.limb_for_reader(j, RECEIVER)
				.map_err(Self::proof_error)?;
			if let Some(pending) = receiver.pending.get_mut(j) {
				*pending = pending.add(&limb).map_err(Self::proof_error)?;
			}
		}
		receiver.pending_credits = receiver.pending_credits.saturating_add(1);
		Accounts::<T>::insert(token, &who, sender);
		Accounts::<T>::insert(token, &to, receiver);
		Self::deposit_event(Event::ConfidentialTransfer {
			token,
			from: who,
			to,
			amount: Box::new(amount),
		});
		Ok(Some(
			T::WeightInfo::confidential_transfer(mode.auditors.len() as u32)
				.saturating_add(T::Ledger::movement_overhead_of(token)),
		)
		.into())
	}

	pub(crate) fn do_withdraw(
		who: T::AccountId,
		token: TokenId,
		amount: T::Balance,
		proof: WithdrawalProof,
		sealed: SealedBalance,
	) -> DispatchResultWithPostInfo {
		let value = Self::confidential_value(amount)?;
		let mut account = Accounts::<T>::get(token, &who).ok_or(Error::<T>::NotRegistered)?;
		let pool = PoolBalances::<T>::get(token);
		let rest = pool.checked_sub(&amount).ok_or(Error::<T>::PoolShort)?;
		let owner = who.encode();
		let statement = WithdrawalStatement {
			genesis: T::ChainId::get(),
			token,
			owner: &owner,
			nonce: account.nonce,
			key: account.key,
			available: account.available,
			amount: value,
		};
		verify_withdrawal(&statement, &proof).map_err(Self::proof_error)?;
		account.available = account
			.available
			.sub(&Ciphertext::public(value))
			.map_err(Self::proof_error)?;
		account.nonce = account.nonce.saturating_add(1);
		account.sealed = sealed;
		T::Ledger::release(token, &Self::pool_account(), &who, amount)?;
		PoolBalances::<T>::insert(token, rest);
		Accounts::<T>::insert(token, &who, account);
		Self::deposit_event(Event::Withdrawn { token, who, amount });
		Ok(
			Some(T::WeightInfo::withdraw().saturating_add(T::Ledger::movement_overhead_of(token)))
				.into(),
		)
	}
}
