//! # Set derivatives pallet
//!
//! ## Overview
//!
//! Basket tokens of security tokens, after {Set} Protocol: a basket token is collateralised by
//! its constituent tokens, issued against them and redeemed for them, in kind. Unlike {Set},
//! every leg is a movement of the ledger judged by the rules of its token: a component's leg
//! into the vault as that component's transfer from the holder to the basket, a leg out of the
//! vault as its transfer from the basket to the redeemer, and the basket token's issuance by
//! the basket token's own rules. Any refused leg refuses the whole call.
//!
//! The basket token is an ordinary security token of the ledger (a `FundUnits` security
//! created through [`SecurityLedger::create_token`]), so holders, checkpoints, compliance,
//! voting and freezes work on it unchanged; its supply is kept by this pallet only (no agent
//! of the ledger issues, burns, freezes, forces or recovers it).
//!
//! ## Terminology
//!
//! - **Manager**: the issuer of the basket token on the ledger (an admitted issuer; the
//!   basket's creator until the network or the holders hand the token over). It proposes
//!   rebalances, lowers the fee and receives it. It can never stop a redemption.
//! - **Component**: a security token and its units per natural unit of the basket.
//! - **Natural unit**: issuance is in multiples of it ({Set} v1); a component's amount for
//!   `q` basket units is `q * units * multiplier / natural_unit`, rounded up when a holder
//!   delivers it and down when a holder receives it ({Set} v2 `BasicIssuanceModule`).
//! - **Multiplier**: the position multiplier ({Set} v2), lowered by the streaming fee so that
//!   the fee units it issues to the manager dilute every unit's collateral exactly.
//! - **Vault**: the one custodian account of the pallet ([`Pallet::vault_account`]); it holds
//!   the components of every basket, and [`VaultHoldings`] says how much of each is whose.
//! - **Basket account**: a keyless account per basket ([`Pallet::basket_account`]), the
//!   beneficial owner the components' rules judge: legs in are transfers to it, legs out are
//!   transfers from it. It never holds anything on the ledger.
//!
//! ## Interface
//!
//! Admitted issuers: `create_basket`. Anyone holding a component: `issue`. Holders of a basket
//! token: `redeem` (to themselves or another account, optionally leaving components behind).
//! Manager: `set_fee` (lower only), `propose_rebalance`, `cancel_rebalance`. The basket token's
//! holders (a passed resolution, [`Config::HoldersOrigin`]): `set_fee` (any fee up to
//! [`Config::MaxFee`]), `approve_rebalance`. The rebalance's participant: `execute_rebalance`.
//! The network ([`Config::AdminOrigin`]): `cancel_rebalance`. Anyone: `accrue_fee`.
//!
//! Queries: the `SetDerivativesApi` runtime API (declared in [`runtime_api`] with its result
//! types), answered by the `Pallet::api_*` functions: composition, holdings, collateral per
//! unit, NAV with freshness, and dry runs of issue and redeem with every failing leg.
//!
//! ## Limits
//!
//! See `README.md` of this pallet.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod maths;
pub mod runtime_api;
pub mod weights;
pub use weights::WeightInfo;

mod baskets;
mod fees;
mod issuance;
mod nav;
mod rebalance;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
mod weights_refund;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use alloc::boxed::Box;
use frame_support::{
	dispatch::{DispatchResult, DispatchResultWithPostInfo},
	pallet_prelude::*,
	traits::{fungible, Contains, EnsureOriginWithArg, UnixTime},
	PalletId,
};
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_runtime::{
	traits::{AccountIdConversion, Hash, TrailingZeroInput},
	Perbill,
};
use vellum_primitives::{
	ledger::SecurityLedger,
	oracle::PriceProvider,
	security::{SecurityDefinition, TokenId},
};

/// The native-currency balance in which deposits are held.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Token ids a holder leaves behind when it redeems.
pub type ForgoneOf<T> = BoundedVec<TokenId, <T as Config>::MaxComponents>;

/// The most legs of a rebalance: every component of the old and of the new composition.
pub struct MaxLegsOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<u32> for MaxLegsOf<T> {
	fn get() -> u32 {
		T::MaxComponents::get().saturating_mul(2)
	}
}

/// The legs of a rebalance: token and amount, in the order they moved.
pub type LegsOf<T> = BoundedVec<(TokenId, <T as Config>::Balance), MaxLegsOf<T>>;

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Admits `who` as an issuer of the ledger and funds it for deposits.
	fn admit_issuer(who: &AccountId);
	/// Creates a token of `issuer` (admitted and funded as needed) whose holders the runtime's
	/// transfer check admits, and returns its id.
	fn create_token(issuer: &AccountId) -> TokenId;
	/// Funds `who` with native currency for deposits and fees.
	fn fund(who: &AccountId);
	/// Makes `value` the fresh NAV price of `token` (in the same unit for every token).
	fn set_price(token: TokenId, value: u128);
	/// Sets the wall clock ([`Config::UnixTime`]) to `ms` since the Unix epoch (benchmarks
	/// start at genesis, at time 0, where no fee can have been due for a year).
	fn set_time(ms: u64);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::traits::tokens::Balance as BalanceT;
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds native tokens.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A basket's deposit, held from its creator for the basket's life.
		BasketDeposit,
		/// A rebalance proposal's deposit, held from its proposer until it is carried out or
		/// cancelled.
		RebalanceDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the ledger's).
		type Balance: BalanceT + Into<u128>;

		/// The security-token ledger: every leg moves through its custody functions.
		type Ledger: SecurityLedger<Self::AccountId, Self::Balance>;

		/// The native currency, in which deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// The network: may cancel any rebalance proposal.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The holders of a token, by a resolution they passed (voting's
		/// `EnsureTokenHolders`): approve their basket's rebalances and set its fee.
		type HoldersOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, TokenId>;

		/// Prices of components (the oracle's NAV feeds), with their freshness.
		type Prices: PriceProvider<BlockNumberFor<Self>>;

		/// Tokens bound to an underlying asset (proof-of-ownership): refused as components,
		/// since they move only through attested transfers.
		type BoundTokens: Contains<TokenId>;

		/// The wall clock, for the streaming fee.
		type UnixTime: UnixTime;

		/// The id of the vault, the pallet's custodian account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Most components of a basket. Every leg of an issue or a redemption is charged the
		/// ledger's movement overhead at its most before the call runs, so `issue` and `redeem`
		/// of this many components must fit in one extrinsic (`integrity_test` checks it).
		#[pallet::constant]
		type MaxComponents: Get<u32>;

		/// Most tokens a rebalance may touch: its proposal's components and the basket's
		/// together (a token in both counts once). Each is at most one leg of the swap, charged
		/// as an issue's legs are; `execute_rebalance` with this many legs must fit in one
		/// extrinsic (`integrity_test` checks it). At least 2 (one token swapped for another)
		/// and at least `MaxComponents` (a proposal may name a full composition).
		#[pallet::constant]
		type MaxRebalanceLegs: Get<u32>;

		/// Held from a basket's creator for the basket's life.
		#[pallet::constant]
		type BasketDeposit: Get<BalanceOf<Self>>;

		/// Held from a manager for each rebalance proposal.
		#[pallet::constant]
		type RebalanceDeposit: Get<BalanceOf<Self>>;

		/// The highest annual streaming fee (below 100%).
		#[pallet::constant]
		type MaxFee: Get<Perbill>;

		/// The highest slippage a rebalance may allow.
		#[pallet::constant]
		type MaxSlippage: Get<Perbill>;

		/// Blocks an approved rebalance may be carried out in.
		#[pallet::constant]
		type RebalancePeriod: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates issuers and tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Every basket.
	#[pallet::storage]
	pub type Baskets<T: Config> = StorageMap<_, Twox64Concat, BasketId, Basket<T>, OptionQuery>;

	/// The id the next basket gets.
	#[pallet::storage]
	pub type NextBasketId<T: Config> = StorageValue<_, BasketId, ValueQuery>;

	/// The basket whose token each basket token is.
	#[pallet::storage]
	pub type BasketOfToken<T: Config> = StorageMap<_, Twox64Concat, TokenId, BasketId, OptionQuery>;

	/// What the vault holds of each component for each basket; an entry exists only while it
	/// is non-zero. Per component token, the entries add up to the vault's ledger balance.
	#[pallet::storage]
	pub type VaultHoldings<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BasketId, Twox64Concat, TokenId, T::Balance, OptionQuery>;

	/// The pending rebalance of each basket (at most one).
	#[pallet::storage]
	pub type Rebalances<T: Config> =
		StorageMap<_, Twox64Concat, BasketId, Rebalance<T>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A basket was created with its basket token.
		BasketCreated {
			basket: BasketId,
			token: TokenId,
			manager: T::AccountId,
			natural_unit: T::Balance,
			components: ComponentsOf<T>,
			fee: Perbill,
			deposit: BalanceOf<T>,
		},
		/// `who` delivered `amounts` to the vault and was issued `quantity` basket units.
		Issued {
			basket: BasketId,
			who: T::AccountId,
			quantity: T::Balance,
			amounts: AmountsOf<T>,
		},
		/// `who` redeemed `quantity` basket units; `to` received `amounts`; `forgone`
		/// components stayed in the vault for the other holders.
		Redeemed {
			basket: BasketId,
			who: T::AccountId,
			to: T::AccountId,
			quantity: T::Balance,
			amounts: AmountsOf<T>,
			forgone: ForgoneOf<T>,
		},
		/// The annual fee changed (`by_holders`: by a holders' resolution, else the manager
		/// lowered it).
		FeeSet {
			basket: BasketId,
			fee: Perbill,
			by_holders: bool,
		},
		/// The streaming fee issued `units` basket units to the manager `to`; the multiplier
		/// is now `multiplier`.
		FeeAccrued {
			basket: BasketId,
			to: T::AccountId,
			units: T::Balance,
			multiplier: u128,
		},
		/// The manager proposed a rebalance.
		RebalanceProposed {
			basket: BasketId,
			id: RebalanceId,
			components: ComponentsOf<T>,
			participant: T::AccountId,
			max_slippage: Perbill,
			deposit: BalanceOf<T>,
		},
		/// The holders approved a rebalance: it may be carried out until block `until`.
		RebalanceApproved {
			basket: BasketId,
			id: RebalanceId,
			until: BlockNumberFor<T>,
		},
		/// A rebalance was withdrawn (`by_network`: by the admin origin) and its deposit
		/// returned.
		RebalanceCancelled {
			basket: BasketId,
			id: RebalanceId,
			by_network: bool,
		},
		/// A rebalance was carried out: the participant delivered `delivered` and received
		/// `paid`, worth `value_in` and `value_out` at oracle prices; the basket has its new
		/// composition.
		Rebalanced {
			basket: BasketId,
			id: RebalanceId,
			participant: T::AccountId,
			delivered: LegsOf<T>,
			paid: LegsOf<T>,
			value_in: u128,
			value_out: u128,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such basket.
		UnknownBasket,
		/// The caller is not an admitted issuer of the ledger.
		NotIssuer,
		/// The caller is not the basket's manager (the admitted issuer of its token).
		NotManager,
		/// A basket needs at least one component.
		NoComponents,
		/// A token appears twice in the composition.
		DuplicateComponent,
		/// A component is not a token of the ledger.
		UnknownComponent,
		/// A component has zero units.
		ZeroUnits,
		/// The natural unit is zero.
		ZeroNaturalUnit,
		/// A component is bound to an underlying asset (proof of ownership): it moves only by
		/// attested transfers, which baskets do not make.
		BoundComponent,
		/// A component is a basket token.
		NestedBasket,
		/// A basket token must be a `FundUnits` security.
		NotFundUnits,
		/// A basket token must not be redeemable on the ledger (`Redemption::Never`): only
		/// this pallet's `redeem` gives its components back.
		RedeemableBasketToken,
		/// The fee is above `MaxFee`.
		FeeTooHigh,
		/// The manager may only lower the fee; raising it takes the holders.
		FeeRaiseNeedsHolders,
		/// Every basket id has been given out.
		BasketIdsExhausted,
		/// The quantity is zero.
		ZeroQuantity,
		/// Issuance is in multiples of the natural unit.
		NotNaturalUnitMultiple,
		/// A component amount, a holding or the supply would overflow.
		Overflow,
		/// More basket units than are outstanding.
		InsufficientSupply,
		/// The vault's record holds less of a component than the call moves (never expected:
		/// the rounding keeps it over-collateralised).
		VaultShort,
		/// A forgone token is not a component of the basket.
		NotAComponent,
		/// The basket account cannot be derived for this account type.
		AccountUnderivable,
		/// The basket token has no issuer (no manager to pay the fee to).
		NoManager,
		/// No fee is due yet (zero fee, zero supply, or less than one unit accrued).
		NothingToAccrue,
		/// The fee would lower the multiplier to zero: the basket's units would hold nothing.
		MultiplierExhausted,
		/// The basket already has a pending rebalance.
		RebalancePending,
		/// The basket has no pending rebalance.
		NoRebalance,
		/// The pending rebalance has another number.
		WrongRebalance,
		/// The rebalance has not been approved by the holders.
		NotApproved,
		/// The rebalance is approved already.
		AlreadyApproved,
		/// The approved rebalance's period is over.
		RebalanceExpired,
		/// Only the manager or the network may cancel a rebalance before its period is over.
		RebalanceNotExpired,
		/// Only the rebalance's participant may carry it out.
		NotParticipant,
		/// The rebalance allows more slippage than `MaxSlippage`.
		SlippageTooHigh,
		/// The proposal and the basket's composition together name more tokens than
		/// `MaxRebalanceLegs`: replace fewer components per rebalance.
		TooManyLegs,
		/// The participant would deliver less value than it receives, beyond the slippage the
		/// holders approved.
		SlippageExceeded,
		/// A leg's token has no price.
		NoPrice,
		/// A leg's token's price is stale.
		StalePrice,
		/// The legs' prices are in different units.
		MixedPriceUnits,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			Self::do_integrity_test()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates a basket of `components` (token, units per natural unit), issued in
		/// multiples of `natural_unit`, with an annual streaming fee, and its basket token
		/// from `definition` (a `FundUnits` security, never redeemable on the ledger), whose
		/// issuer, the basket's manager, is the caller: an admitted issuer, holding
		/// [`Config::BasketDeposit`] and the ledger's token deposit.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_basket(components.len() as u32))]
		pub fn create_basket(
			origin: OriginFor<T>,
			components: ComponentsOf<T>,
			natural_unit: T::Balance,
			fee: Perbill,
			definition: Box<SecurityDefinition<T::Balance>>,
		) -> DispatchResult {
			let manager = ensure_signed(origin)?;
			Self::do_create_basket(manager, components, natural_unit, fee, *definition).map(|_| ())
		}

		/// Issues `quantity` basket units (a multiple of the natural unit) to the caller
		/// against its components: each moves into the vault, rounded up, judged as the
		/// component's transfer from the caller to the basket; then the basket token is issued
		/// under its own rules. All legs or none: a refused leg fails the call with the
		/// ledger's error (the `dry_run_issue` query names the component). Charged the most
		/// components, refunded to the basket's.
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::issue_weight(T::MaxComponents::get()))]
		pub fn issue(
			origin: OriginFor<T>,
			basket: BasketId,
			quantity: T::Balance,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let used = Self::do_issue(&who, basket, quantity)?;
			Ok(Some(used).into())
		}

		/// Redeems `quantity` of the caller's basket units: they are burnt first, then each
		/// component moves out of the vault to `to` (the caller if `None`), rounded down,
		/// judged as its transfer from the basket to `to`. Components in `forgo` stay in the
		/// vault (for the other holders): a holder whom one component's rules refuse can still
		/// take the rest. No manager can stop it; only the components' rules, a pause of the
		/// basket token, or frozen basket units can. Charged the most components, refunded to
		/// the basket's.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::redeem_weight(T::MaxComponents::get()))]
		pub fn redeem(
			origin: OriginFor<T>,
			basket: BasketId,
			quantity: T::Balance,
			to: Option<T::AccountId>,
			forgo: ForgoneOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let to = to.unwrap_or_else(|| who.clone());
			let used = Self::do_redeem(&who, basket, quantity, &to, &forgo)?;
			Ok(Some(used).into())
		}

		/// Sets the basket's annual fee, after accruing what is due at the old one. The
		/// manager may lower it; the basket token's holders ([`Config::HoldersOrigin`]) may
		/// set any fee up to [`Config::MaxFee`].
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::fee_weight(T::WeightInfo::set_fee()))]
		pub fn set_fee(origin: OriginFor<T>, basket: BasketId, fee: Perbill) -> DispatchResult {
			let by_holders = Self::manager_or_holders(origin, basket)?;
			Self::do_set_fee(basket, fee, by_holders)
		}

		/// Issues the streaming fee due since the last accrual to the manager, lowering the
		/// multiplier so that every unit's collateral is diluted exactly. Anyone may call it;
		/// it fails if less than one unit is due (the time keeps counting).
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::fee_weight(T::WeightInfo::accrue_fee()))]
		pub fn accrue_fee(origin: OriginFor<T>, basket: BasketId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_accrue_fee(basket)
		}

		/// Proposes a new composition, carried out as an in-kind swap with `participant` at
		/// oracle prices within `max_slippage`, once the basket token's holders approve it.
		/// Manager, holding [`Config::RebalanceDeposit`]; one pending proposal per basket.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::propose_rebalance(components.len() as u32))]
		pub fn propose_rebalance(
			origin: OriginFor<T>,
			basket: BasketId,
			components: ComponentsOf<T>,
			participant: T::AccountId,
			max_slippage: Perbill,
		) -> DispatchResult {
			let manager = ensure_signed(origin)?;
			Self::do_propose_rebalance(manager, basket, components, participant, max_slippage)
		}

		/// Approves the basket's pending rebalance number `id`: it may then be carried out for
		/// [`Config::RebalancePeriod`] blocks. The basket token's holders only.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::approve_rebalance())]
		pub fn approve_rebalance(
			origin: OriginFor<T>,
			basket: BasketId,
			id: RebalanceId,
		) -> DispatchResult {
			let token = Baskets::<T>::get(basket)
				.ok_or(Error::<T>::UnknownBasket)?
				.token;
			T::HoldersOrigin::ensure_origin(origin, &token)?;
			Self::do_approve_rebalance(basket, id)
		}

		/// Withdraws the basket's pending rebalance and returns its deposit. The manager or the
		/// admin origin at any time; anyone once an approved rebalance's period is over.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel_rebalance())]
		pub fn cancel_rebalance(origin: OriginFor<T>, basket: BasketId) -> DispatchResult {
			let by = match T::AdminOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_cancel_rebalance(basket, by)
		}

		/// Carries out the basket's approved rebalance `id` as an in-kind swap: the caller,
		/// its participant, delivers what the vault lacks of the new composition, then receives
		/// what the vault holds beyond it, every leg judged by its token's rules, at fresh
		/// oracle prices within the approved slippage. Charged `MaxRebalanceLegs` legs, refunded
		/// to those it moved.
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::rebalance_weight(T::MaxRebalanceLegs::get()))]
		pub fn execute_rebalance(
			origin: OriginFor<T>,
			basket: BasketId,
			id: RebalanceId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let used = Self::do_execute_rebalance(&who, basket, id)?;
			Ok(Some(used).into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The vault: the pallet's one custodian account, holding the components of every basket.
	/// The runtime declares it a custodian of the ledger (`Custodians`).
	pub fn vault_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The basket account of `basket`: keyless (derived from a hash, so nobody signs for it),
	/// the beneficial owner of the components the vault holds for the basket, as the
	/// components' rules see it. Not a custodian; never holds anything on the ledger.
	pub fn basket_account(basket: BasketId) -> Result<T::AccountId, DispatchError> {
		let seed = T::Hashing::hash_of(&(T::PalletId::get(), *b"bskt", basket));
		T::AccountId::decode(&mut TrailingZeroInput::new(seed.as_ref()))
			.map_err(|_| Error::<T>::AccountUnderivable.into())
	}

	/// The basket, if `who` is its manager: the admitted issuer of its token.
	pub(crate) fn ensure_manager(
		basket: BasketId,
		who: &T::AccountId,
	) -> Result<Basket<T>, DispatchError> {
		let b = Baskets::<T>::get(basket).ok_or(Error::<T>::UnknownBasket)?;
		ensure!(
			T::Ledger::issuer(b.token).as_ref() == Some(who) && T::Ledger::is_issuer(who),
			Error::<T>::NotManager
		);
		Ok(b)
	}

	/// Whether `origin` is the basket token's holders (`true`) or its manager (`false`).
	pub(crate) fn manager_or_holders(
		origin: OriginFor<T>,
		basket: BasketId,
	) -> Result<bool, DispatchError> {
		let b = Baskets::<T>::get(basket).ok_or(Error::<T>::UnknownBasket)?;
		match T::HoldersOrigin::try_origin(origin, &b.token) {
			Ok(_) => Ok(true),
			Err(origin) => {
				let who = frame_system::ensure_signed(origin)?;
				Self::ensure_manager(basket, &who)?;
				Ok(false)
			}
		}
	}

	/// Panics if a config value the pallet relies on is out of range.
	pub(crate) fn do_integrity_test() {
		assert!(
			T::MaxComponents::get() >= 1 && T::MaxComponents::get() <= 255,
			"a basket has a component, and leg indices fit in a byte"
		);
		assert!(
			T::MaxFee::get() < Perbill::one(),
			"a fee of 100% a year would issue unbounded units"
		);
		assert!(
			T::MaxSlippage::get() < Perbill::one(),
			"a rebalance must deliver some value"
		);
		assert!(
			Self::basket_account(0).is_ok_and(|a| a != Self::vault_account()),
			"basket accounts are derivable and distinct from the vault"
		);
		let legs = T::MaxRebalanceLegs::get();
		assert!(
			legs >= 2 && legs >= T::MaxComponents::get() && legs <= MaxLegsOf::<T>::get(),
			"a rebalance swaps at least one token for another, may propose a full composition, \
			 and touches at most every token of two"
		);
		// Every call that moves tokens is charged its legs at their most up front: at the
		// limits, it must still fit in one extrinsic, or it could never be included.
		let max_extrinsic = <T as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_extrinsic;
		if let Some(max) = max_extrinsic {
			let n = T::MaxComponents::get();
			for (call, weight) in [
				("create_basket", T::WeightInfo::create_basket(n)),
				("issue", Self::issue_weight(n)),
				("redeem", Self::redeem_weight(n)),
				("execute_rebalance", Self::rebalance_weight(legs)),
			] {
				assert!(
					weight.all_lte(max),
					"{call} at the limits ({weight:?}) exceeds the largest extrinsic ({max:?})"
				);
			}
		}
	}
}
