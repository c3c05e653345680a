//! The invariants of the ledger, checked after every unit test and by `try-runtime`.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The invariants of the ledger:
	/// - every token's supply is the sum of its balances, and its holder count the number of
	///   non-zero balances; supply never exceeds the maximum;
	/// - frozen never exceeds the balance; no empty holding is stored;
	/// - the agent count matches the agents stored; no agent has an empty role set;
	/// - every retained checkpoint's supply is the sum of the balances at that checkpoint;
	///   histories are sorted and hold no checkpoint later than the latest (entries older than
	///   the retained window stay until the account's next change, and are never answered);
	/// - schedules agree both ways and none is stored empty; no allowance is zero;
	/// - every account that paid deposits for allowances or account freezes has exactly their
	///   sum on hold; a freeze deposit belongs to a frozen account;
	/// - every pallet-supplied token exists, and no agent holds a withheld role on it.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
		use frame_support::traits::fungible::InspectHold;
		for (token, details) in Tokens::<T>::iter() {
			let mut sum = T::Balance::zero();
			let mut holders = 0u32;
			let mut accounts = BTreeSet::new();
			for (who, h) in Holdings::<T>::iter_prefix(token) {
				ensure!(h.frozen <= h.balance, "frozen exceeds balance");
				ensure!(!h.is_empty(), "an empty holding is stored");
				sum = sum.checked_add(&h.balance).ok_or("balances overflow")?;
				if T::Custodians::contains(&who) {
					ensure!(
						h.frozen.is_zero() && !h.account_frozen,
						"a custodian is frozen"
					);
				} else if !h.balance.is_zero() {
					holders += 1;
				}
				accounts.insert(who);
			}
			ensure!(
				sum == details.supply,
				"sum of balances differs from the supply"
			);
			ensure!(
				holders == details.holders,
				"holder count differs from non-zero balances of non-custodians"
			);
			ensure!(
				details.supply <= details.max_supply,
				"supply above the maximum"
			);
			ensure!(
				Definitions::<T>::contains_key(token),
				"token without definition"
			);

			let mut agents = 0u32;
			for (_, roles) in Agents::<T>::iter_prefix(token) {
				ensure!(!roles.is_empty(), "agent without roles");
				agents += 1;
			}
			ensure!(
				agents == details.agents,
				"agent count differs from agents stored"
			);

			let horizon = Self::horizon(details.checkpoint);
			for (who, history) in BalanceHistory::<T>::iter_prefix(token) {
				ensure!(
					history.windows(2).all(|w| w[0].0 < w[1].0),
					"balance history not sorted"
				);
				ensure!(
					history.iter().all(|(id, _)| *id <= details.checkpoint),
					"balance history ahead of the latest checkpoint"
				);
				accounts.insert(who);
			}
			for c in (horizon + 1)..=details.checkpoint {
				let record =
					Checkpoints::<T>::get(token, c).ok_or("retained checkpoint missing")?;
				let mut at = T::Balance::zero();
				for who in &accounts {
					let b = Self::balance_at(token, who, c)
						.ok_or("retained checkpoint unanswerable")?;
					at = at.checked_add(&b).ok_or("checkpoint balances overflow")?;
				}
				ensure!(
					at == record.supply,
					"checkpoint supply differs from checkpoint balances"
				);
			}
			ensure!(
				Checkpoints::<T>::iter_key_prefix(token)
					.all(|c| c > horizon && c <= details.checkpoint),
				"a pruned or future checkpoint is stored"
			);
			for at in TokenSchedules::<T>::get(token) {
				ensure!(
					ScheduledCheckpoints::<T>::get(at).contains(&token),
					"token schedule missing from the block schedule"
				);
			}
		}
		// A token another pallet supplies exists, and no agent holds a withheld role on it.
		for token in PalletSupplied::<T>::iter_keys() {
			ensure!(
				Tokens::<T>::contains_key(token),
				"a pallet-supplied token does not exist"
			);
			ensure!(
				Agents::<T>::iter_prefix(token).all(|(_, roles)| {
					![
						Role::Supply,
						Role::Freezer,
						Role::Controller,
						Role::Recovery,
					]
					.into_iter()
					.any(|r| roles.contains(r))
				}),
				"an agent holds a withheld role on a pallet-supplied token"
			);
		}
		for (_, blocks) in TokenSchedules::<T>::iter() {
			ensure!(!blocks.is_empty(), "an empty token schedule is stored");
		}
		for (at, tokens) in ScheduledCheckpoints::<T>::iter() {
			ensure!(!tokens.is_empty(), "an empty block schedule is stored");
			for token in tokens {
				ensure!(
					TokenSchedules::<T>::get(token).contains(&at),
					"block schedule missing from the token schedule"
				);
			}
		}
		// Deposits: what each account has on hold for allowances and freezes is exactly what
		// the stored allowances and freeze deposits say.
		let mut allowance_deposits = BTreeMap::<T::AccountId, DepositOf<T>>::new();
		for ((token, owner, _), a) in Allowances::<T>::iter() {
			ensure!(!a.amount.is_zero(), "zero allowance stored");
			ensure!(
				Tokens::<T>::contains_key(token),
				"allowance for an unknown token"
			);
			let sum = allowance_deposits.entry(owner).or_default();
			*sum = sum.saturating_add(a.deposit);
		}
		let mut freeze_deposits = BTreeMap::<T::AccountId, DepositOf<T>>::new();
		for (token, who, d) in FreezeDeposits::<T>::iter() {
			ensure!(
				Holdings::<T>::get(token, &who).is_some_and(|h| h.account_frozen),
				"a freeze deposit for an account that is not frozen"
			);
			let sum = freeze_deposits.entry(d.payer).or_default();
			*sum = sum.saturating_add(d.amount);
		}
		for (reason, sums) in [
			(HoldReason::AllowanceDeposit, allowance_deposits),
			(HoldReason::FreezeDeposit, freeze_deposits),
		] {
			let reason = reason.into();
			for (who, sum) in sums {
				ensure!(
					T::Currency::balance_on_hold(&reason, &who) == sum,
					"held deposits differ from the stored ones"
				);
			}
		}
		Ok(())
	}
}
