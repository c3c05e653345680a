//! The invariants of the pallet's storage, checked after every unit test and by `try-runtime`.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - every basket's id was given out; its token maps back to it, and it to its token;
	///   natural unit non-zero, fee at most `MaxFee`, multiplier in `(0, 1]`, composition valid
	///   in shape (non-empty, distinct tokens, non-zero units);
	/// - **collateral**: for each component, what the vault holds for the basket is at least
	///   `ceil(supply * units * multiplier / natural_unit)`, never less;
	/// - **supply**: the basket's supply is the ledger's total supply of its token;
	/// - the vault holds for a basket only its components, no zero entries, and per token the
	///   baskets' holdings add up to the vault's balance on the ledger; the vault is a custodian
	///   of the ledger whenever it holds anything;
	/// - a pending rebalance belongs to a basket and has a number below the basket's next;
	/// - held deposits are what the baskets and proposals say, per account.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let vault = Self::vault_account();
		let next = NextBasketId::<T>::get();
		let mut per_token: BTreeMap<TokenId, T::Balance> = BTreeMap::new();
		let mut basket_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut rebalance_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();

		for (id, b) in Baskets::<T>::iter() {
			ensure!(id < next, "a basket's id was never given out");
			ensure!(
				BasketOfToken::<T>::get(b.token) == Some(id),
				"a basket's token does not map back to it"
			);
			ensure!(!b.natural_unit.is_zero(), "a basket's natural unit is zero");
			ensure!(b.fee <= T::MaxFee::get(), "a basket's fee is above MaxFee");
			ensure!(
				b.multiplier > 0 && b.multiplier <= PRECISE_UNIT,
				"a basket's multiplier is out of range"
			);
			ensure!(!b.components.is_empty(), "a basket has no component");
			for (i, c) in b.components.iter().enumerate() {
				ensure!(!c.units.is_zero(), "a component has zero units");
				ensure!(
					!b.components.iter().skip(i + 1).any(|d| d.token == c.token),
					"a component appears twice"
				);
			}
			ensure!(
				b.supply == T::Ledger::total_supply(b.token),
				"a basket's supply is not the ledger's supply of its token"
			);
			for c in b.components.iter() {
				let held = VaultHoldings::<T>::get(id, c.token).unwrap_or_default();
				let need = maths::component_amount(
					Self::to_u128(b.supply),
					Self::to_u128(c.units),
					b.multiplier,
					Self::to_u128(b.natural_unit),
					Round::Up,
				)
				.ok_or("what a basket needs of a component overflows")?;
				ensure!(
					Self::to_u128(held) >= need,
					"a basket is under-collateralised in a component"
				);
			}
			for (token, held) in VaultHoldings::<T>::iter_prefix(id) {
				ensure!(
					b.components.iter().any(|c| c.token == token),
					"the vault holds a token for a basket that is not its component"
				);
				ensure!(!held.is_zero(), "a zero holding is stored");
				let sum = per_token.entry(token).or_insert_with(Zero::zero);
				*sum = sum.saturating_add(held);
			}
			let d = basket_deposits
				.entry(b.creator.clone())
				.or_insert_with(Zero::zero);
			*d = d.saturating_add(b.deposit);
		}

		for (token, id) in BasketOfToken::<T>::iter() {
			ensure!(
				Baskets::<T>::get(id).is_some_and(|b| b.token == token),
				"a basket token maps to a basket that is not its"
			);
		}
		for (id, _, _) in VaultHoldings::<T>::iter() {
			ensure!(
				Baskets::<T>::contains_key(id),
				"the vault holds tokens for a basket that does not exist"
			);
		}
		for (token, sum) in per_token.iter() {
			ensure!(
				T::Ledger::balance(*token, &vault) == *sum,
				"the vault's ledger balance is not the sum of the baskets' holdings"
			);
		}
		ensure!(
			per_token.is_empty() || T::Ledger::is_custodian(&vault),
			"the vault is not a custodian of the ledger"
		);

		for (id, r) in Rebalances::<T>::iter() {
			let b = Baskets::<T>::get(id).ok_or("a rebalance of no basket")?;
			ensure!(
				r.id < b.next_rebalance,
				"a rebalance's number was never given out"
			);
			let d = rebalance_deposits
				.entry(r.proposer.clone())
				.or_insert_with(Zero::zero);
			*d = d.saturating_add(r.deposit);
		}

		for (who, total) in basket_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::BasketDeposit.into(), &who) == total,
				"basket deposits held are not what the baskets say"
			);
		}
		for (who, total) in rebalance_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RebalanceDeposit.into(), &who) == total,
				"rebalance deposits held are not what the proposals say"
			);
		}
		Ok(())
	}
}
