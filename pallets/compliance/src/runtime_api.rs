//! The runtime API of compliance: the report of what a dry run of a token's rules says about
//! one movement, condition by condition, its result types, and the `Pallet::report` function
//! the runtime answers it with.

use crate::{Config, Pallet};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::traits::Zero;
use vellum_primitives::{
	ledger::{LedgerState, Movement, MovementKind, ReasonCode, SecurityLedger},
	security::TokenId,
};

/// The result of one condition of a requirement.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
pub struct ConditionResult {
	/// Whether it holds.
	pub passed: bool,
	/// Why not, when it does not.
	pub reason: Option<ReasonCode>,
}

/// The result of one requirement: it holds if all its conditions hold.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct RequirementResult {
	/// Whether every condition holds.
	pub passed: bool,
	/// The sender's conditions, in the order of the rule (empty when tokens are issued: there
	/// is no sender).
	pub sender: Vec<ConditionResult>,
	/// The receiver's conditions, in the order of the rule.
	pub receiver: Vec<ConditionResult>,
}

/// A transfer restriction of a token, as the report names it.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
pub enum RestrictionKind {
	/// The maximum number of holders.
	MaxHolders,
	/// The maximum number of holders in the receiver's jurisdiction.
	MaxHoldersInJurisdiction,
	/// The maximum balance of one holder.
	MaxBalance,
	/// The maximum share of the supply one holder may own.
	MaxOwnership,
	/// The lock-up of tokens acquired in issuance.
	LockUp,
}

/// The result of one configured restriction.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
pub struct RestrictionResult {
	/// Which restriction.
	pub kind: RestrictionKind,
	/// Whether the movement respects it (also true when a side is exempt).
	pub passed: bool,
}

/// Everything the compliance rules of a token say about one movement.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ComplianceReport {
	/// Whether the token has compliance settings at all (if not, everything passes).
	pub configured: bool,
	/// Whether rule evaluation is paused (requirements then pass; restrictions still apply).
	pub paused: bool,
	/// Whether the rules (any requirement, or no requirements at all) let it pass.
	pub rules_passed: bool,
	/// Every requirement, in order, evaluated even when paused.
	pub requirements: Vec<RequirementResult>,
	/// Every configured restriction.
	pub restrictions: Vec<RestrictionResult>,
	/// Whether the movement complies: what the transfer check would answer.
	pub passed: bool,
	/// The reason codes of every failure that makes it not comply (sorted, no repeats).
	pub reasons: Vec<ReasonCode>,
}

sp_api::decl_runtime_apis! {
	/// Queries of the compliance rules.
	pub trait ComplianceApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The full report for a transfer of `amount` of `token` from `from` to `to` (an
		/// issuance when `from` is `None`), against the ledger as it is now.
		fn compliance_report(
			token: TokenId,
			from: Option<AccountId>,
			to: AccountId,
			amount: Balance,
		) -> ComplianceReport;
	}
}

impl<T: Config> Pallet<T> {
	/// `ComplianceApi::compliance_report`.
	pub fn report(
		token: TokenId,
		from: Option<T::AccountId>,
		to: T::AccountId,
		amount: T::Balance,
	) -> ComplianceReport {
		let kind = if from.is_some() {
			MovementKind::Transfer
		} else {
			MovementKind::Issue
		};
		let m = Movement::new(token, kind, from.as_ref(), Some(&to), amount);
		let state = Self::ledger_state(token, from.as_ref(), &to, amount);
		Self::assess(&m, &state).0
	}

	/// The ledger as it is now, for a movement between `from` and `to`.
	fn ledger_state(
		token: TokenId,
		from: Option<&T::AccountId>,
		to: &T::AccountId,
		amount: T::Balance,
	) -> LedgerState<T::Balance> {
		let from_balance = from
			.map(|f| T::Ledger::balance(token, f))
			.unwrap_or_default();
		LedgerState {
			holders: T::Ledger::holder_count(token),
			supply: T::Ledger::total_supply(token),
			from_balance,
			to_balance: T::Ledger::balance(token, to),
			sender_leaves: amount == from_balance && !from_balance.is_zero(),
		}
	}
}
