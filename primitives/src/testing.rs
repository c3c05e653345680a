//! Test doubles of the ledger traits, for pallet mocks (std builds only; a runtime never uses
//! them).

use crate::{
	ledger::{
		BalanceUpdate, LedgerState, Movement, MovementKind, OnBalanceChange, ReasonCode,
		TransferCheck,
	},
	security::TokenId,
};
use codec::Encode;
use core::cell::RefCell;
use sp_runtime::{DispatchError, DispatchResult};
use sp_weights::Weight;
use std::{collections::BTreeSet, vec::Vec};

std::thread_local! {
	static DENIED: RefCell<BTreeSet<Vec<u8>>> = const { RefCell::new(BTreeSet::new()) };
	static CHANGES: RefCell<Vec<RecordedChange>> = const { RefCell::new(Vec::new()) };
}

/// A transfer check that refuses any movement to or from a denied account, judged between
/// its beneficial parties as every transfer check is ([`Movement::judged`]): a settlement by
/// its beneficiary and receiver, custody deposits and returns never.
pub struct DenyList;

impl DenyList {
	/// Refuse movements touching `who` from now on (in this thread).
	pub fn deny<A: Encode>(who: &A) {
		DENIED.with(|d| d.borrow_mut().insert(who.encode()));
	}
	/// Allow everything again.
	pub fn clear() {
		DENIED.with(|d| d.borrow_mut().clear());
	}
	fn denied<A: Encode>(who: Option<&A>) -> bool {
		who.is_some_and(|w| DENIED.with(|d| d.borrow().contains(&w.encode())))
	}
	fn refuses<A: Encode, B: Copy>(m: &Movement<A, B>) -> bool {
		m.judged()
			.is_some_and(|j| Self::denied(j.from) || Self::denied(j.to))
	}
}

/// The error [`DenyList`] refuses with.
pub const DENIED_ERROR: DispatchError = DispatchError::Other("denied by the test transfer check");

/// The weight [`DenyList`] declares per check.
pub const DENY_LIST_WEIGHT: Weight = Weight::from_parts(1_000_000, 100);

impl<A: Encode, B: Copy> TransferCheck<A, B> for DenyList {
	fn check(m: &Movement<A, B>, _state: &LedgerState<B>) -> DispatchResult {
		if Self::refuses(m) {
			return Err(DENIED_ERROR);
		}
		Ok(())
	}
	fn reasons(m: &Movement<A, B>, _state: &LedgerState<B>) -> Vec<ReasonCode> {
		let mut r = Vec::new();
		if Self::refuses(m) {
			r.push(ReasonCode::NotCompliant);
		}
		r
	}
	fn max_weight() -> Weight {
		DENY_LIST_WEIGHT
	}
	fn weight(_token: TokenId) -> Weight {
		DENY_LIST_WEIGHT
	}
}

/// One call of [`Recorder`], with accounts SCALE-encoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RecordedChange {
	/// The token.
	pub token: TokenId,
	/// Why it moved.
	pub kind: MovementKind,
	/// Debited account with its balance before and after.
	pub from: Option<(Vec<u8>, u128, u128)>,
	/// Credited account with its balance before and after.
	pub to: Option<(Vec<u8>, u128, u128)>,
}

/// The weight [`Recorder`] declares per call.
pub const RECORDER_WEIGHT: Weight = Weight::from_parts(500_000, 0);

/// A balance-change hook that records every call (in this thread).
pub struct Recorder;

impl Recorder {
	/// Takes the recorded calls.
	pub fn take() -> Vec<RecordedChange> {
		CHANGES.with(|c| core::mem::take(&mut *c.borrow_mut()))
	}
}

impl<A: Encode, B: Copy + Into<u128>> OnBalanceChange<A, B> for Recorder {
	fn on_balance_change(
		m: &Movement<A, B>,
		from: Option<BalanceUpdate<B>>,
		to: Option<BalanceUpdate<B>>,
	) -> Weight {
		let side = |who: Option<&A>, u: Option<BalanceUpdate<B>>| {
			who.zip(u)
				.map(|(w, u)| (w.encode(), u.old.into(), u.new.into()))
		};
		let change = RecordedChange {
			token: m.token,
			kind: m.kind,
			from: side(m.from, from),
			to: side(m.to, to),
		};
		CHANGES.with(|c| c.borrow_mut().push(change));
		RECORDER_WEIGHT
	}
	fn max_weight() -> Weight {
		RECORDER_WEIGHT
	}
	fn weight(_token: TokenId) -> Weight {
		RECORDER_WEIGHT
	}
}
