//! Storage and call types of the set-derivatives pallet: components, baskets and rebalance
//! proposals.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::Perbill;
use vellum_primitives::security::{Moment, TokenId};

/// Identifier of a basket (0, 1, 2, ...), never reused.
pub type BasketId = u32;

/// Number of a basket's rebalance proposal (0, 1, 2, ... per basket), never reused: a
/// holders' resolution approves one number, so a proposal replaced after the resolution was
/// put to the vote is not the one approved.
pub type RebalanceId = u32;

/// The scale of a basket's position multiplier: [`PRECISE_UNIT`] is 1.
pub const PRECISE_UNIT: u128 = 1_000_000_000_000_000_000;

/// One component of a basket: a security token and how many of its smallest units one
/// natural unit of the basket holds (before the position multiplier).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Component<Balance> {
	/// The component's security token.
	pub token: TokenId,
	/// Units of `token` per natural unit of the basket, at a multiplier of [`PRECISE_UNIT`].
	pub units: Balance,
}

/// The components of a basket, in the order their legs move.
pub type ComponentsOf<T> =
	BoundedVec<Component<<T as Config>::Balance>, <T as Config>::MaxComponents>;

/// Amounts of component tokens moved by one call, per token, in leg order.
pub type AmountsOf<T> = BoundedVec<(TokenId, <T as Config>::Balance), <T as Config>::MaxComponents>;

/// A basket: a security token of the ledger (its **basket token**, `FundUnits`) collateralised
/// by the components the pallet's vault holds for it.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Basket<T: Config> {
	/// The basket token. Its issuer on the ledger is the basket's **manager** (the account
	/// that created the basket, until the network or the holders hand the token over).
	pub token: TokenId,
	/// Who created the basket and holds [`Config::BasketDeposit`] for it.
	pub creator: T::AccountId,
	/// The deposit held from `creator`.
	pub deposit: BalanceOf<T>,
	/// Issuance is in multiples of this many basket units ({Set} v1's natural unit).
	pub natural_unit: T::Balance,
	/// The composition, in the order the legs move.
	pub components: ComponentsOf<T>,
	/// The position multiplier (scale [`PRECISE_UNIT`], at most 1): a component's amount for
	/// `q` basket units is `q * units * multiplier / (natural_unit * PRECISE_UNIT)`. The
	/// streaming fee lowers it as it issues fee units, so the collateral per unit stays what
	/// the vault holds.
	pub multiplier: u128,
	/// Basket units outstanding (always the ledger's supply of `token`).
	pub supply: T::Balance,
	/// The annual streaming fee, at most [`Config::MaxFee`].
	pub fee: Perbill,
	/// When the fee was last accrued (ms since the Unix epoch).
	pub last_accrual: Moment,
	/// The number the next rebalance proposal gets.
	pub next_rebalance: RebalanceId,
}

/// A rebalance proposed by a basket's manager: a new composition, carried out as an in-kind
/// swap with `participant` at oracle prices, once the basket token's holders approved it.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
pub struct Rebalance<T: Config> {
	/// Its number (see [`RebalanceId`]).
	pub id: RebalanceId,
	/// The composition after the swap, in units before the multiplier, as the basket's own:
	/// the fee that accrues until the swap lowers both alike.
	pub components: ComponentsOf<T>,
	/// The only account that may carry the swap out: it delivers what the vault lacks and
	/// receives what the vault holds beyond the new composition.
	pub participant: T::AccountId,
	/// How much less value the participant may deliver than it receives, at oracle prices (at
	/// most [`Config::MaxSlippage`]).
	pub max_slippage: Perbill,
	/// Who proposed it and holds [`Config::RebalanceDeposit`] for it.
	pub proposer: T::AccountId,
	/// The deposit held from `proposer`.
	pub deposit: BalanceOf<T>,
	/// The block it was proposed in.
	pub proposed_at: BlockNumberFor<T>,
	/// Once the holders approved it: the last block in which it may be carried out.
	pub approved_until: Option<BlockNumberFor<T>>,
}

/// Rounding of a component amount: always in the basket's favour.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Round {
	/// Towards infinity: what a holder delivers (issue) and what the vault must hold.
	Up,
	/// Towards zero: what a holder receives (redeem).
	Down,
}
