//! Property tests

use super::*;

mod props {
	use super::*;
	use proptest::{collection::vec as pvec, prelude::*, test_runner::TestCaseError};
	use std::collections::{BTreeMap, BTreeSet};

	const ACCOUNTS: [AccountId; 5] = [BOB, CHARLIE, DAVE, EVE, FERDIE];
	/// Accounts the model checks (the investors, and two that never hold anything).
	const CHECKED: [AccountId; 7] = [BOB, CHARLIE, DAVE, EVE, FERDIE, ISSUER, NOBODY];
	const PROP_MAX_SUPPLY: Balance = 1_000;
	/// Issued to the first four accounts before the operations run; each of them also lets
	/// the next account spend `INITIAL / 2`.
	const INITIAL: Balance = 100;

	/// Few cases, so the tests stay fast in debug builds; no regression files in the tree.
	fn config(cases: u32) -> ProptestConfig {
		ProptestConfig {
			cases,
			failure_persistence: None,
			..ProptestConfig::default()
		}
	}

	#[derive(Clone, Debug)]
	enum Op {
		Issue(usize, Balance),
		IssueBatch(Vec<(usize, Balance)>),
		Transfer(usize, usize, Balance),
		TransferBatch(usize, Vec<(usize, Balance)>),
		Approve(usize, usize, Balance),
		/// Which allowance to use (see [`parties`]), to, amount.
		TransferFrom(usize, usize, Balance),
		Burn(usize, Balance),
		Redeem(usize, Balance),
		FreezeTokens(usize, Balance),
		UnfreezeTokens(usize, Balance),
		FreezeAccount(usize),
		UnfreezeAccount(usize),
		ForceTransfer(usize, usize, Balance),
		Recover(usize, usize),
		Checkpoint,
		Schedule(u64),
		Cancel(u64),
		NextBlock,
		Pause,
		Unpause,
		Deny(usize),
		ClearDeny,
	}

	impl Op {
		/// Whether the operation dispatches a call (the others change the environment).
		fn is_call(&self) -> bool {
			!matches!(self, Op::NextBlock | Op::Deny(_) | Op::ClearDeny)
		}
	}

	fn account() -> impl Strategy<Value = usize> {
		0..ACCOUNTS.len()
	}

	/// Two accounts, mostly different ones.
	fn pair() -> impl Strategy<Value = (usize, usize)> {
		prop_oneof![
			9 => (account(), 1..ACCOUNTS.len()).prop_map(|(a, d)| (a, (a + d) % ACCOUNTS.len())),
			1 => account().prop_map(|a| (a, a)),
		]
	}

	/// Mostly small amounts (that often succeed), sometimes zero or large ones.
	fn amount() -> impl Strategy<Value = Balance> {
		prop_oneof![8 => 1..=30u128, 1 => Just(0u128), 2 => 0..=400u128]
	}

	fn entries() -> impl Strategy<Value = Vec<(usize, Balance)>> {
		pvec((account(), amount()), 0..4)
	}

	fn op() -> impl Strategy<Value = Op> {
		prop_oneof![
			5 => (account(), amount()).prop_map(|(a, x)| Op::Issue(a, x)),
			1 => entries().prop_map(Op::IssueBatch),
			6 => (pair(), amount()).prop_map(|((a, b), x)| Op::Transfer(a, b, x)),
			2 => (account(), entries()).prop_map(|(a, v)| Op::TransferBatch(a, v)),
			4 => (pair(), 0..=200u128).prop_map(|((a, b), x)| Op::Approve(a, b, x)),
			4 => (0..8usize, account(), amount()).prop_map(|(k, b, x)| Op::TransferFrom(k, b, x)),
			2 => (account(), amount()).prop_map(|(a, x)| Op::Burn(a, x)),
			1 => (account(), amount()).prop_map(|(a, x)| Op::Redeem(a, x)),
			2 => (account(), amount()).prop_map(|(a, x)| Op::FreezeTokens(a, x)),
			2 => (0..8usize, 0..=20u128).prop_map(|(k, x)| Op::UnfreezeTokens(k, x)),
			1 => account().prop_map(Op::FreezeAccount),
			2 => (0..8usize).prop_map(Op::UnfreezeAccount),
			2 => (pair(), amount()).prop_map(|((a, b), x)| Op::ForceTransfer(a, b, x)),
			1 => pair().prop_map(|(a, b)| Op::Recover(a, b)),
			4 => Just(Op::Checkpoint),
			1 => (1..=3u64).prop_map(Op::Schedule),
			1 => (1..=3u64).prop_map(Op::Cancel),
			2 => Just(Op::NextBlock),
			1 => Just(Op::Pause),
			2 => Just(Op::Unpause),
			1 => account().prop_map(Op::Deny),
			1 => Just(Op::ClearDeny),
		]
	}

	fn acc(i: usize) -> AccountId {
		ACCOUNTS[i]
	}

	fn entries_of(v: &[(usize, Balance)]) -> BoundedVec<(AccountId, Balance), ConstU32<MAX_BATCH>> {
		batch(v.iter().map(|(i, x)| (acc(*i), *x)).collect())
	}

	/// The owner and spender of the `k`-th `transfer_from`: those of an allowance if there is
	/// one, otherwise two accounts without allowance.
	fn parties(t: TokenId, k: usize) -> (AccountId, AccountId) {
		let all: Vec<_> = Allowances::<Test>::iter_prefix((t,))
			.map(|(key, _)| key)
			.collect();
		match all.len() {
			0 => (acc(k % ACCOUNTS.len()), acc((k + 1) % ACCOUNTS.len())),
			n => all[k % n],
		}
	}

	/// Issues the initial balances of token `t` and approves the initial allowances.
	fn setup(t: TokenId, model: &mut Model) {
		for (i, who) in ACCOUNTS[..4].iter().enumerate() {
			issue(t, *who, INITIAL);
			model.credit(*who, INITIAL);
			let spender = acc(i + 1);
			assert_ok!(SecurityToken::approve(
				signed(*who),
				t,
				spender,
				INITIAL / 2
			));
			model.allowances.insert((*who, spender), INITIAL / 2);
		}
	}

	/// The `k`-th account (cyclically) of those for which `pred` holds, or the `k`-th account
	/// if there is none: the unfreezing operations mostly pick accounts that are frozen.
	fn pick(t: TokenId, k: usize, pred: impl Fn(Holding<Balance>) -> bool) -> AccountId {
		let matching: Vec<_> = ACCOUNTS
			.into_iter()
			.filter(|a| Holdings::<Test>::get(t, a).is_some_and(&pred))
			.collect();
		match matching.len() {
			0 => acc(k % ACCOUNTS.len()),
			n => matching[k % n],
		}
	}

	/// Applies `op` to token `t`, with ISSUER as the agent.
	fn apply(t: TokenId, op: &Op) -> DispatchResult {
		let o = signed;
		let now = System::block_number();
		match op {
			Op::Issue(to, x) => post(SecurityToken::issue(o(ISSUER), t, acc(*to), *x)),
			Op::IssueBatch(v) => post(SecurityToken::issue_batch(o(ISSUER), t, entries_of(v))),
			Op::Transfer(f, to, x) => post(SecurityToken::transfer(o(acc(*f)), t, acc(*to), *x)),
			Op::TransferBatch(f, v) => {
				post(SecurityToken::transfer_batch(o(acc(*f)), t, entries_of(v)))
			}
			Op::Approve(owner, s, x) => SecurityToken::approve(o(acc(*owner)), t, acc(*s), *x),
			Op::TransferFrom(k, to, x) => {
				let (owner, spender) = parties(t, *k);
				post(SecurityToken::transfer_from(
					o(spender),
					t,
					owner,
					acc(*to),
					*x,
				))
			}
			Op::Burn(f, x) => post(SecurityToken::burn(o(ISSUER), t, acc(*f), *x)),
			Op::Redeem(f, x) => post(SecurityToken::redeem(o(acc(*f)), t, *x)),
			Op::FreezeTokens(w, x) => SecurityToken::freeze_tokens(o(ISSUER), t, acc(*w), *x),
			Op::UnfreezeTokens(k, x) => {
				let who = pick(t, *k, |h| h.frozen > 0);
				SecurityToken::unfreeze_tokens(o(ISSUER), t, who, *x)
			}
			Op::FreezeAccount(w) => SecurityToken::freeze_account(o(ISSUER), t, acc(*w)),
			Op::UnfreezeAccount(k) => {
				let who = pick(t, *k, |h| h.account_frozen);
				SecurityToken::unfreeze_account(o(ISSUER), t, who)
			}
			Op::ForceTransfer(f, to, x) => post(SecurityToken::force_transfer(
				o(ISSUER),
				t,
				acc(*f),
				acc(*to),
				*x,
				reason("prop"),
			)),
			Op::Recover(l, n) => post(SecurityToken::recover(o(ISSUER), t, acc(*l), acc(*n))),
			Op::Checkpoint => SecurityToken::create_checkpoint(o(ISSUER), t),
			Op::Schedule(k) => SecurityToken::schedule_checkpoint(o(ISSUER), t, now + k),
			Op::Cancel(k) => SecurityToken::cancel_checkpoint(o(ISSUER), t, now + k),
			Op::NextBlock => {
				on_initialize(now + 1);
				Ok(())
			}
			Op::Pause => SecurityToken::pause(o(ISSUER), t),
			Op::Unpause => SecurityToken::unpause(o(ISSUER), t),
			Op::Deny(w) => {
				DenyList::deny(&acc(*w));
				Ok(())
			}
			Op::ClearDeny => {
				DenyList::clear();
				Ok(())
			}
		}
	}

	/// What the balances should be: updated only by operations that succeeded.
	#[derive(Default)]
	struct Model {
		balances: BTreeMap<AccountId, Balance>,
		/// (owner, spender) → allowance.
		allowances: BTreeMap<(AccountId, AccountId), Balance>,
		/// The balances at checkpoint `i + 1`.
		snapshots: Vec<BTreeMap<AccountId, Balance>>,
		/// Blocks with a checkpoint of the token scheduled.
		schedules: BTreeSet<u64>,
	}

	impl Model {
		fn get(&self, who: AccountId) -> Balance {
			self.balances.get(&who).copied().unwrap_or_default()
		}
		fn credit(&mut self, who: AccountId, x: Balance) {
			*self.balances.entry(who).or_default() += x;
		}
		fn debit(&mut self, who: AccountId, x: Balance) {
			let b = self.balances.entry(who).or_default();
			*b = b
				.checked_sub(x)
				.expect("the pallet moved more than the model's balance");
		}
		fn supply(&self) -> Balance {
			self.balances.values().sum()
		}
		fn snapshot(&mut self) {
			self.snapshots.push(self.balances.clone());
		}

		/// `op` succeeded at block `now` (the block before it ran); `parties` are the owner
		/// and spender of a `transfer_from`.
		fn apply(&mut self, op: &Op, now: u64, parties: (AccountId, AccountId)) {
			match op {
				Op::Issue(to, x) => self.credit(acc(*to), *x),
				Op::IssueBatch(v) => {
					for (to, x) in v {
						self.credit(acc(*to), *x);
					}
				}
				Op::Transfer(f, to, x) | Op::ForceTransfer(f, to, x) => {
					self.debit(acc(*f), *x);
					self.credit(acc(*to), *x);
				}
				Op::TransferFrom(_, to, x) => {
					self.debit(parties.0, *x);
					self.credit(acc(*to), *x);
					let key = parties;
					let left = self.allowances[&key]
						.checked_sub(*x)
						.expect("spent beyond the allowance");
					if left == 0 {
						self.allowances.remove(&key);
					} else {
						self.allowances.insert(key, left);
					}
				}
				Op::Approve(owner, s, x) => {
					if *x == 0 {
						self.allowances.remove(&(acc(*owner), acc(*s)));
					} else {
						self.allowances.insert((acc(*owner), acc(*s)), *x);
					}
				}
				Op::TransferBatch(f, v) => {
					for (to, x) in v {
						self.debit(acc(*f), *x);
						self.credit(acc(*to), *x);
					}
				}
				Op::Burn(f, x) | Op::Redeem(f, x) => self.debit(acc(*f), *x),
				Op::Recover(l, n) => {
					let x = self.get(acc(*l));
					self.debit(acc(*l), x);
					self.credit(acc(*n), x);
				}
				Op::Checkpoint => self.snapshot(),
				Op::Schedule(k) => {
					self.schedules.insert(now + k);
				}
				Op::Cancel(k) => {
					self.schedules.remove(&(now + k));
				}
				Op::NextBlock => {
					if self.schedules.remove(&(now + 1)) {
						self.snapshot();
					}
				}
				Op::FreezeTokens(..)
				| Op::UnfreezeTokens(..)
				| Op::FreezeAccount(_)
				| Op::UnfreezeAccount(_)
				| Op::Pause
				| Op::Unpause
				| Op::Deny(_)
				| Op::ClearDeny => {}
			}
		}
	}

	fn try_state() -> Result<(), TestCaseError> {
		SecurityToken::do_try_state().map_err(|e| TestCaseError::fail(format!("try_state: {e:?}")))
	}

	/// The pallet agrees with the model now, and at every checkpoint.
	fn check(t: TokenId, model: &Model) -> Result<(), TestCaseError> {
		for who in CHECKED {
			prop_assert_eq!(balance(t, who), model.get(who), "balance of {}", who);
		}
		let d = details(t);
		prop_assert_eq!(d.supply, model.supply());
		prop_assert_eq!(
			d.holders as usize,
			model.balances.values().filter(|b| **b > 0).count()
		);
		let latest = model.snapshots.len() as CheckpointId;
		prop_assert_eq!(d.checkpoint, latest);
		let allowances: BTreeMap<_, _> = Allowances::<Test>::iter_prefix((t,))
			.map(|(key, a)| (key, a.amount))
			.collect();
		prop_assert_eq!(&allowances, &model.allowances);
		prop_assert_eq!(
			TokenSchedules::<Test>::get(t).into_inner(),
			model.schedules.iter().copied().collect::<Vec<_>>()
		);
		for id in 0..=latest + 1 {
			let retained = id >= 1 && id <= latest && id + MAX_CHECKPOINTS > latest;
			let snap = retained.then(|| &model.snapshots[id as usize - 1]);
			for who in CHECKED {
				let expected = snap.map(|s| s.get(&who).copied().unwrap_or_default());
				prop_assert_eq!(
					SecurityToken::balance_at(t, &who, id),
					expected,
					"balance of {} at checkpoint {} (latest {})",
					who,
					id,
					latest
				);
			}
			prop_assert_eq!(
				SecurityToken::supply_at(t, id),
				snap.map(|s| s.values().sum())
			);
		}
		Ok(())
	}

	proptest! {
		#![proptest_config(config(64))]

		/// Random operations keep every invariant, and the ledger (now and at every retained
		/// checkpoint) equals a model updated only by the operations that succeeded.
		#[test]
		fn random_operations_keep_the_ledger_consistent(ops in pvec(op(), 1..40)) {
			new_test_ext().execute_with(|| -> Result<(), TestCaseError> {
				Timestamp::set_timestamp(START);
				let t = create(SecurityDefinition { max_supply: PROP_MAX_SUPPLY, ..fund() });
				let mut model = Model::default();
				setup(t, &mut model);
				for op in &ops {
					let now = System::block_number();
					let parties = match op {
						Op::TransferFrom(k, ..) => parties(t, *k),
						_ => (NOBODY, NOBODY),
					};
					if apply(t, op).is_ok() {
						model.apply(op, now, parties);
					}
					try_state()?;
					check(t, &model)?;
				}
				Ok(())
			})?;
		}

	}

	proptest! {
		// Fewer cases: a storage root before every call is the expensive part.
		#![proptest_config(config(40))]

		/// A call that fails leaves storage (events included) exactly as it was; one that
		/// succeeds deposits an event.
		#[test]
		fn failed_calls_change_nothing(ops in pvec((0..4u32, op()), 1..40)) {
			new_test_ext().execute_with(|| -> Result<(), TestCaseError> {
				Timestamp::set_timestamp(START);
				// Three tokens with different redemption rules; token 3 does not exist.
				let definitions = [
					SecurityDefinition { max_supply: PROP_MAX_SUPPLY, ..fund() },
					equity(PROP_MAX_SUPPLY),
					bond(MATURITY),
				];
				for def in definitions {
					let t = create(def);
					setup(t, &mut Model::default());
				}
				for (t, op) in &ops {
					if !op.is_call() {
						let _ = apply(*t, op);
						continue;
					}
					let root = storage_root();
					let events = System::event_count();
					match apply(*t, op) {
						Err(e) => {
							prop_assert_eq!(
								storage_root(),
								root,
								"{:?} failed with {:?} but changed storage",
								op,
								e
							);
							prop_assert_eq!(System::event_count(), events);
						},
						Ok(()) => {
							prop_assert!(System::event_count() > events, "{:?}: no event", op);
						},
					}
					try_state()?;
				}
				Ok(())
			})?;
		}
	}
}

/// A movement is charged its benchmarked worst case (both histories saved, the token record
/// written) and refunded the storage accesses it skipped.
#[test]
fn transfers_are_refunded_the_storage_accesses_they_skip() {
	use crate::WeightInfo;
	use frame_support::weights::{constants::RocksDbWeight, Weight};
	run(|| {
		Timestamp::set_timestamp(START);
		let t = token_with(&[(BOB, 100), (CHARLIE, 100)]);
		let _ = Recorder::take();
		let hooks_and_check = vellum_primitives::testing::DENY_LIST_WEIGHT
			.saturating_add(Weight::from_parts(500_000, 0));
		let full = <() as WeightInfo>::transfer().saturating_add(hooks_and_check);
		let actual = |r: DispatchResultWithPostInfo| r.expect("transfer succeeds").actual_weight;

		// Between existing holders, no checkpoint: no history, holder count unchanged; the
		// worst case less the skipped accesses, or the typical transfer's benchmark if less.
		let plain = actual(SecurityToken::transfer(signed(BOB), t, CHARLIE, 10));
		let refunded = <() as WeightInfo>::transfer()
			.saturating_sub(RocksDbWeight::get().reads_writes(2, 3))
			.saturating_add(hooks_and_check);
		let typical = <() as WeightInfo>::transfer_typical().saturating_add(hooks_and_check);
		assert_eq!(plain, Some(refunded.min(typical)));
		// To a new holder after a checkpoint: the worst case, nothing refunded.
		assert_ok!(SecurityToken::create_checkpoint(signed(ISSUER), t));
		let worst = actual(SecurityToken::transfer(signed(BOB), t, DAVE, 10));
		assert_eq!(worst, Some(full));
		assert!(plain.unwrap().ref_time() < worst.unwrap().ref_time());
	});
}
