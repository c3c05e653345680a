//! The runtime API of the set-derivatives pallet: what wallets, managers and explorers ask,
//! its result types, and the `Pallet::api_*` functions the runtime answers it with.
//!
//! The dry runs execute the real legs against the state as it is, each in a storage layer that
//! is rolled back, so a report never disagrees with the call: `result` is the whole call's
//! outcome (the ledger's error of its first refused leg), and `legs` judge every leg on its
//! own, so that all refused components are named, not only the first.

use crate::{
	AmountsOf, BalanceOf, BasketId, BasketOfToken, Baskets, Component, Config, Pallet, RebalanceId,
	Rebalances, Round, VaultHoldings,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use frame_support::storage::{with_transaction_unchecked, TransactionOutcome};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, Perbill};
use vellum_primitives::{
	ledger::SecurityLedger,
	oracle::{PriceQuote, Unit},
	security::{Moment, TokenId},
};

/// One component of a basket, with what the vault holds of it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ComponentInfo<Balance> {
	/// The component's token.
	pub token: TokenId,
	/// Units per natural unit before the multiplier.
	pub units: Balance,
	/// What a redemption of one natural unit pays of it now (units at the multiplier, rounded
	/// down).
	pub per_natural_unit: Balance,
	/// What the vault holds of it for the basket.
	pub held: Balance,
	/// What the vault must hold for the supply (rounded up): never more than `held`.
	pub needed: Balance,
	/// What the vault holds of it per natural unit of supply (`None` without supply): the
	/// collateral per unit, at least `per_natural_unit`.
	pub collateral_per_natural_unit: Option<Balance>,
}

/// A pending rebalance.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct RebalanceView<AccountId, Balance, BlockNumber> {
	/// Its number.
	pub id: RebalanceId,
	/// The composition it would set.
	pub components: Vec<Component<Balance>>,
	/// Who may carry it out.
	pub participant: AccountId,
	/// The slippage it allows.
	pub max_slippage: Perbill,
	/// When it was proposed.
	pub proposed_at: BlockNumber,
	/// Until when it may be carried out, once approved.
	pub approved_until: Option<BlockNumber>,
}

/// A basket: its token, composition, holdings and state.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct BasketInfo<AccountId, Balance, Deposit, BlockNumber> {
	/// The basket.
	pub id: BasketId,
	/// Its basket token.
	pub token: TokenId,
	/// Its manager: the basket token's issuer (`None` should not happen).
	pub manager: Option<AccountId>,
	/// Whether the manager is an admitted issuer (a removed one receives no fee).
	pub manager_admitted: bool,
	/// Who created it and holds its deposit.
	pub creator: AccountId,
	/// The deposit.
	pub deposit: Deposit,
	/// Issuance is in multiples of this.
	pub natural_unit: Balance,
	/// The position multiplier (1 = 10^18).
	pub multiplier: u128,
	/// Basket units outstanding.
	pub supply: Balance,
	/// The annual fee.
	pub fee: Perbill,
	/// When the fee was last accrued (ms since the Unix epoch).
	pub last_accrual: Moment,
	/// The composition with the vault's holdings.
	pub components: Vec<ComponentInfo<Balance>>,
	/// The vault (the custodian account of every basket).
	pub vault: AccountId,
	/// The basket account: the beneficial owner the components' rules judge.
	pub basket_account: Option<AccountId>,
	/// The pending rebalance.
	pub rebalance: Option<RebalanceView<AccountId, Balance, BlockNumber>>,
}

/// A basket's net asset value at the oracle's prices.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct NavInfo<BlockNumber> {
	/// The value of what one natural unit redeems for, in `unit` (`None` unless every price is
	/// fresh and in one unit, or if it overflows).
	pub per_natural_unit: Option<u128>,
	/// The value of everything the vault holds for the basket (same conditions).
	pub total: Option<u128>,
	/// The unit of the values (`None` if the quotes are in different units or missing).
	pub unit: Option<Unit>,
	/// Whether every component has a fresh price.
	pub fresh: bool,
	/// Each component's quote (`None`: no feed or never reported).
	pub quotes: Vec<(TokenId, Option<PriceQuote<BlockNumber>>)>,
}

/// One leg of a dry run.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct LegReport<Balance> {
	/// The component.
	pub token: TokenId,
	/// What the leg would move (rounded as the call rounds it).
	pub amount: Balance,
	/// Left in the vault (a redemption's `forgo`): not judged.
	pub forgone: bool,
	/// Why the leg alone would be refused now (`None`: it would pass).
	pub error: Option<DispatchError>,
}

/// A dry run of `issue` or `redeem`.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct DryRun<Balance> {
	/// Every component leg, judged on its own.
	pub legs: Vec<LegReport<Balance>>,
	/// Why the basket token's own movement (its issuance, or the burn) alone would be refused.
	pub basket_token: Option<DispatchError>,
	/// The whole call as it would run now.
	pub result: Result<(), DispatchError>,
}

sp_api::decl_runtime_apis! {
	/// Queries of the set-derivatives pallet.
	pub trait SetDerivativesApi<AccountId, Balance, Deposit, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		Deposit: Codec,
		BlockNumber: Codec,
	{
		/// A basket's token, composition, vault holdings, collateral per unit and state.
		fn basket(id: BasketId) -> Option<BasketInfo<AccountId, Balance, Deposit, BlockNumber>>;

		/// The basket whose basket token `token` is.
		fn basket_of_token(token: TokenId) -> Option<BasketId>;

		/// A basket's NAV at the oracle's prices, with each component's quote; no NAV when a
		/// price is stale or missing.
		fn nav(id: BasketId) -> Option<NavInfo<BlockNumber>>;

		/// What `who` issuing `quantity` would deliver, and every reason it would be refused.
		fn dry_run_issue(id: BasketId, who: AccountId, quantity: Balance) -> Option<DryRun<Balance>>;

		/// What `who` redeeming `quantity` to `to`, leaving `forgo` in the vault, would
		/// receive, and every reason it would be refused.
		fn dry_run_redeem(
			id: BasketId,
			who: AccountId,
			quantity: Balance,
			to: AccountId,
			forgo: Vec<TokenId>,
		) -> Option<DryRun<Balance>>;
	}
}

/// A basket as the runtime API shows it, with the runtime's types.
pub type BasketInfoOf<T> = BasketInfo<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Balance,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;

impl<T: Config> Pallet<T> {
	/// Runs `f` in a storage layer that is always rolled back.
	fn rolled_back<R>(f: impl FnOnce() -> R) -> R {
		with_transaction_unchecked(|| TransactionOutcome::Rollback(f()))
	}

	/// `SetDerivativesApi::basket`.
	pub fn api_basket(id: BasketId) -> Option<BasketInfoOf<T>> {
		let b = Baskets::<T>::get(id)?;
		let supply = Self::to_u128(b.supply);
		let nu = Self::to_u128(b.natural_unit);
		let components = b
			.components
			.iter()
			.map(|c| {
				let units = Self::to_u128(c.units);
				let held = VaultHoldings::<T>::get(id, c.token).unwrap_or_default();
				let amount = |q: u128, round| {
					crate::maths::component_amount(q, units, b.multiplier, nu, round)
						.and_then(|a| Self::to_balance(a).ok())
						.unwrap_or_default()
				};
				let collateral = (supply > 0)
					.then(|| {
						crate::maths::mul_div(Self::to_u128(held), nu, 1, supply, 1, Round::Down)
					})
					.flatten()
					.and_then(|a| Self::to_balance(a).ok());
				ComponentInfo {
					token: c.token,
					units: c.units,
					per_natural_unit: amount(nu, Round::Down),
					held,
					needed: amount(supply, Round::Up),
					collateral_per_natural_unit: collateral,
				}
			})
			.collect();
		let manager = T::Ledger::issuer(b.token);
		let rebalance = Rebalances::<T>::get(id).map(|r| RebalanceView {
			id: r.id,
			components: r.components.into_inner(),
			participant: r.participant,
			max_slippage: r.max_slippage,
			proposed_at: r.proposed_at,
			approved_until: r.approved_until,
		});
		Some(BasketInfo {
			id,
			token: b.token,
			manager_admitted: manager.as_ref().is_some_and(T::Ledger::is_issuer),
			manager,
			creator: b.creator,
			deposit: b.deposit,
			natural_unit: b.natural_unit,
			multiplier: b.multiplier,
			supply: b.supply,
			fee: b.fee,
			last_accrual: b.last_accrual,
			components,
			vault: Self::vault_account(),
			basket_account: Self::basket_account(id).ok(),
			rebalance,
		})
	}

	/// `SetDerivativesApi::basket_of_token`.
	pub fn api_basket_of_token(token: TokenId) -> Option<BasketId> {
		BasketOfToken::<T>::get(token)
	}

	/// `SetDerivativesApi::nav`.
	pub fn api_nav(id: BasketId) -> Option<NavInfo<BlockNumberFor<T>>> {
		Self::nav(id)
	}

	/// `SetDerivativesApi::dry_run_issue`.
	pub fn api_dry_run_issue(
		id: BasketId,
		who: T::AccountId,
		quantity: T::Balance,
	) -> Option<DryRun<T::Balance>> {
		Self::rolled_back(|| {
			let result = Self::rolled_back(|| Self::do_issue(&who, id, quantity).map(|_| ()));
			let mut basket = Baskets::<T>::get(id)?;
			let fund = Self::basket_account(id).ok()?;
			let vault = Self::vault_account();
			// The fee the call would issue first, and so its multiplier.
			Self::accrue_quietly(id, &mut basket);
			let amounts = Self::amounts(&basket, quantity, Round::Up).unwrap_or_default();
			let legs = Self::judge_legs(amounts, &[], |token, amount| {
				Self::leg_in(id, token, &who, &vault, &fund, amount)
			});
			let basket_token =
				Self::rolled_back(|| T::Ledger::issue(basket.token, &who, quantity)).err();
			Some(DryRun {
				legs,
				basket_token,
				result,
			})
		})
	}

	/// `SetDerivativesApi::dry_run_redeem`.
	pub fn api_dry_run_redeem(
		id: BasketId,
		who: T::AccountId,
		quantity: T::Balance,
		to: T::AccountId,
		forgo: Vec<TokenId>,
	) -> Option<DryRun<T::Balance>> {
		Self::rolled_back(|| {
			let result =
				Self::rolled_back(|| Self::do_redeem(&who, id, quantity, &to, &forgo).map(|_| ()));
			let mut basket = Baskets::<T>::get(id)?;
			let fund = Self::basket_account(id).ok()?;
			let vault = Self::vault_account();
			Self::accrue_quietly(id, &mut basket);
			let amounts = Self::amounts(&basket, quantity, Round::Down).unwrap_or_default();
			let legs = Self::judge_legs(amounts, &forgo, |token, amount| {
				Self::leg_out(id, token, &vault, &fund, &to, amount)
			});
			let basket_token =
				Self::rolled_back(|| T::Ledger::burn(basket.token, &who, quantity)).err();
			Some(DryRun {
				legs,
				basket_token,
				result,
			})
		})
	}

	/// Each leg of `amounts` made on its own and rolled back: its error, if any.
	fn judge_legs(
		amounts: AmountsOf<T>,
		forgo: &[TokenId],
		leg: impl Fn(TokenId, T::Balance) -> sp_runtime::DispatchResult,
	) -> Vec<LegReport<T::Balance>> {
		amounts
			.into_iter()
			.map(|(token, amount)| {
				let forgone = forgo.contains(&token);
				let error = if forgone {
					None
				} else {
					Self::rolled_back(|| leg(token, amount)).err()
				};
				LegReport {
					token,
					amount,
					forgone,
					error,
				}
			})
			.collect()
	}
}
