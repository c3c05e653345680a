//! The invariants of the pallet's storage, checked after every unit test and by `try-runtime`.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - **pool**: per token, the pool's balance on the ledger is what [`PoolBalances`] says
	///   (deposits less withdrawals), never above `u64::MAX`; the pool is a custodian of the
	///   ledger whenever it holds anything;
	/// - every confidential account belongs to a token in confidential mode, has a valid
	///   registered key, and holds fewer pending credits than allowed; each mode counts its
	///   accounts exactly;
	/// - a token without confidential mode has nothing in the pool;
	/// - held deposits are what the modes and accounts say, per account.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let pool = Self::pool_account();
		for (token, held) in PoolBalances::<T>::iter() {
			ensure!(
				T::Ledger::balance(token, &pool) == held,
				"the pool's ledger balance is not deposits less withdrawals"
			);
			ensure!(
				u64::try_from(Into::<u128>::into(held)).is_ok(),
				"the pool holds more than u64::MAX"
			);
			ensure!(
				held.is_zero() || Modes::<T>::contains_key(token),
				"the pool holds a token that has no confidential mode"
			);
			ensure!(
				held.is_zero() || T::Ledger::is_custodian(&pool),
				"the pool holds tokens but is not a custodian of the ledger"
			);
		}

		let mut counted: BTreeMap<TokenId, u32> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (token, who, account) in Accounts::<T>::iter() {
			ensure!(
				Modes::<T>::contains_key(token),
				"a confidential account of a token without confidential mode"
			);
			ensure!(
				account.key.decompress_key().is_ok(),
				"an account's key is not a valid key"
			);
			ensure!(
				account.pending_credits <= T::MaxPendingCredits::get(),
				"an account holds more pending credits than allowed"
			);
			*counted.entry(token).or_default() += 1;
			let d = deposits.entry(who).or_default();
			*d = d.saturating_add(account.deposit);
		}
		let mut mode_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (token, mode) in Modes::<T>::iter() {
			ensure!(
				counted.get(&token).copied().unwrap_or(0) == mode.accounts,
				"a mode's account count is wrong"
			);
			let d = mode_deposits.entry(mode.depositor).or_default();
			*d = d.saturating_add(mode.deposit);
		}
		for (who, d) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AccountDeposit.into(), &who) == d,
				"an owner's held account deposit differs from its accounts'"
			);
		}
		for (who, d) in mode_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ModeDeposit.into(), &who) == d,
				"a depositor's held mode deposit differs from its modes'"
			);
		}
		Ok(())
	}
}
