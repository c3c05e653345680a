//! Storage types of the security-token pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::fungible::Inspect;
use scale_info::TypeInfo;
use sp_runtime::traits::Zero;
use vellum_primitives::security::{CheckpointId, CountryCode, InstrumentClass, Moment};

/// The native-currency balance in which deposits are held.
pub type DepositOf<T> =
	<<T as crate::Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// [`TokenDetails`] as stored by a runtime.
pub type TokenDetailsOf<T> = TokenDetails<
	<T as frame_system::Config>::AccountId,
	<T as crate::Config>::Balance,
	DepositOf<T>,
>;

pub use vellum_primitives::ledger::Authority;

/// When a holder may redeem, resolved from the definition at creation.
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
pub enum RedemptionRule {
	/// Never.
	Never,
	/// At any time.
	Anytime,
	/// From this moment (the maturity) on.
	From(Moment),
}

/// What a transfer needs to know about a token: kept small, read on every movement. The full
/// definition is stored apart.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct TokenDetails<AccountId, Balance, Deposit> {
	/// The issuer: holds every agent role, grants and revokes them.
	pub issuer: AccountId,
	/// The instrument class.
	pub class: InstrumentClass,
	/// The governing jurisdiction.
	pub jurisdiction: CountryCode,
	/// Units outstanding.
	pub supply: Balance,
	/// The most units that may be outstanding.
	pub max_supply: Balance,
	/// Accounts with a non-zero balance.
	pub holders: u32,
	/// Whether holder-initiated movements are paused.
	pub paused: bool,
	/// When holders may redeem.
	pub redemption: RedemptionRule,
	/// The deposit held from the issuer for this token.
	pub deposit: Deposit,
	/// Accounts holding at least one agent role.
	pub agents: u32,
	/// The latest checkpoint (0: none yet).
	pub checkpoint: CheckpointId,
}

/// One account's holding of one token.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Holding<Balance> {
	/// The whole balance.
	pub balance: Balance,
	/// The part of the balance that is frozen (never more than the balance).
	pub frozen: Balance,
	/// Whether the whole account is frozen.
	pub account_frozen: bool,
	/// The token's latest checkpoint when this balance last changed: if the token has a newer
	/// one, the balance before the next change must be saved to the history first.
	pub snapshot: CheckpointId,
}

impl<Balance: Zero + Copy + PartialOrd + core::ops::Sub<Output = Balance>> Holding<Balance> {
	/// Whether the entry carries nothing worth storing.
	pub fn is_empty(&self) -> bool {
		self.balance.is_zero() && self.frozen.is_zero() && !self.account_frozen
	}

	/// The balance that is not frozen.
	pub fn unfrozen(&self) -> Balance {
		if self.frozen >= self.balance {
			Balance::zero()
		} else {
			self.balance - self.frozen
		}
	}
}

/// An allowance: what the spender may still move, and the deposit held from the owner for it.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Allowance<Balance, Deposit> {
	/// What the spender may still move.
	pub amount: Balance,
	/// Held from the owner while the allowance is stored.
	pub deposit: Deposit,
}

/// The deposit for an account freeze an agent made: who paid it and how much.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct FreezeDeposit<AccountId, Deposit> {
	/// The agent that froze the account (it gets the deposit back on unfreezing).
	pub payer: AccountId,
	/// What is held from it.
	pub amount: Deposit,
}

/// A recorded checkpoint.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct CheckpointRecord<Balance, BlockNumber> {
	/// Units outstanding at the checkpoint.
	pub supply: Balance,
	/// The block it was recorded in.
	pub block: BlockNumber,
	/// The time it was recorded.
	pub timestamp: Moment,
}

/// How a movement kind treats the token's and the accounts' state.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Policy {
	/// Refused while the token is paused.
	pub paused_refuses: bool,
	/// Refused for frozen parties (sender, receiver, spender, a settlement's beneficiary).
	pub freezes_refuse: bool,
	/// May take frozen tokens, unfreezing what it needs.
	pub unfreezes: bool,
	/// Moves the frozen part and the account freeze along (recovery).
	pub carries_frozen: bool,
}

/// The holdings a movement reads, as they are before it.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub(crate) struct Parties<Balance> {
	/// The debited account's.
	pub from: Option<Holding<Balance>>,
	/// The credited account's.
	pub to: Option<Holding<Balance>>,
	/// A spender's, when it moves another account's tokens.
	pub operator: Option<Holding<Balance>>,
	/// A settlement's beneficiary's (the sender the rules judge).
	pub beneficiary: Option<Holding<Balance>>,
}

/// What a movement did, for the call that made it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Moved<Balance> {
	/// Frozen tokens it had to unfreeze (burns and forced transfers).
	pub unfrozen: Balance,
	/// The weight it did not use compared with what its call is charged.
	pub unused: Unused,
}

/// The weight one or more movements did not use compared with what their call is charged.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Unused {
	/// The storage accesses skipped compared with the benchmarked worst case.
	pub storage: frame_support::weights::Weight,
	/// The balance-change hooks' weight for the token less what they reported using.
	pub hooks: frame_support::weights::Weight,
}

impl Unused {
	/// Adds another movement's.
	pub fn accrue(&mut self, other: Unused) {
		self.storage.saturating_accrue(other.storage);
		self.hooks.saturating_accrue(other.hooks);
	}
}
