//! Benchmarks of the security-token pallet.
//!
//! Every benchmark builds the worst case of its call:
//! - role-gated calls are made by an agent, not the issuer, so the agent's roles are read;
//! - a movement meets a token with a checkpoint newer than every holding it touches, and
//!   holdings whose history is full (`MaxCheckpoints` entries, the oldest of which the
//!   movement prunes before saving the balance it had at the latest checkpoint); receivers are
//!   new holders, so the holder count changes and the token is written back;
//! - lists (documents, agents, schedules, batches) are as long as the bounds allow.
//!
//! The transfer check and the balance-change hook run as the runtime configures them; the
//! calls charge them apart (`movement_overhead`), so a runtime benchmarks this pallet with
//! cheap ones (`()`).

use super::*;
use crate::Pallet as SecurityToken;
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get, Hooks,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Bounded, Saturating};
use vellum_primitives::{
	ledger::Role,
	security::{
		ConversionTerms, CountryCode, DebtTerms, IdentifierKind, InstrumentClass, InstrumentTerms,
		LegalDocument, Redemption, SecurityDefinition, SecurityIdentifier, TokenId, MAX_COUPON_BPS,
		MAX_DECIMALS, MAX_DESCRIPTION_LEN, MAX_DOCUMENTS, MAX_IDENTIFIER_LEN, MAX_LABEL_LEN,
		MAX_NAME_LEN, MAX_SYMBOL_LEN, MAX_URI_LEN,
	},
};

const SEED: u32 = 0;

/// The entries of a batch call.
type Batch<T> = BoundedVec<
	(
		<T as frame_system::Config>::AccountId,
		<T as Config>::Balance,
	),
	<T as Config>::MaxBatch,
>;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn bal<T: Config>(x: u32) -> T::Balance {
	x.into()
}

fn signed<T: Config>(who: &T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who.clone()).into()
}

fn bounded<S: Get<u32>>(byte: u8, len: u32) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(vec![byte; len as usize])
}

/// Enough native currency for the deposits of every token a benchmark creates.
fn fund<T: Config>(who: &T::AccountId) {
	let tokens = T::MaxScheduledPerBlock::get().saturating_add(100);
	let ed = <T::Currency as Inspect<T::AccountId>>::minimum_balance();
	let amount = T::TokenDeposit::get()
		.saturating_mul(tokens.into())
		.saturating_add(ed.saturating_mul(100u32.into()));
	<T::Currency as Mutate<T::AccountId>>::set_balance(who, amount);
}

/// Document `i`: the longest name and URI. All names share every byte but the last two, so
/// each comparison of two names reads them in full.
fn document(i: u32) -> LegalDocument {
	let mut name = vec![b'd'; MAX_LABEL_LEN as usize];
	let len = name.len();
	name[len - 2] = b'a' + (i / 26 % 26) as u8;
	name[len - 1] = b'a' + (i % 26) as u8;
	LegalDocument {
		name: BoundedVec::truncate_from(name),
		uri: bounded(b'u', MAX_URI_LEN),
		content_hash: [i as u8; 32].into(),
	}
}

/// The longest name, symbol and identifier, and `documents` documents.
fn definition<T: Config>(
	terms: InstrumentTerms<T::Balance>,
	redemption: Redemption,
	documents: u32,
) -> SecurityDefinition<T::Balance> {
	SecurityDefinition {
		name: bounded(b'N', MAX_NAME_LEN),
		symbol: bounded(b'S', MAX_SYMBOL_LEN),
		decimals: MAX_DECIMALS,
		identifier: Some(SecurityIdentifier {
			kind: IdentifierKind::Other,
			value: bounded(b'I', MAX_IDENTIFIER_LEN),
		}),
		jurisdiction: CountryCode(*b"DE"),
		max_supply: T::Balance::max_value(),
		terms,
		redemption,
		documents: BoundedVec::truncate_from((0..documents).map(document).collect()),
	}
}

/// The largest terms in storage.
fn other_terms<T: Config>() -> InstrumentTerms<T::Balance> {
	InstrumentTerms::Other {
		description: bounded(b'o', MAX_DESCRIPTION_LEN),
	}
}

/// Terms whose validation reads another token.
fn convertible_terms<T: Config>(target: TokenId) -> InstrumentTerms<T::Balance> {
	InstrumentTerms::ConvertibleDebt {
		debt: DebtTerms {
			face_value: T::Balance::max_value(),
			coupon_rate_bps: MAX_COUPON_BPS,
			coupon_interval_days: 365,
			maturity: u64::MAX,
		},
		conversion: ConversionTerms {
			target,
			target_units: u64::MAX,
			per_units: u64::MAX,
		},
	}
}

/// A token of `issuer` with the largest stored definition and `documents` documents.
fn new_token<T: Config>(issuer: &T::AccountId, documents: u32) -> Result<TokenId, BenchmarkError> {
	let def = definition::<T>(other_terms::<T>(), Redemption::Anytime, documents);
	Ok(SecurityToken::<T>::do_create_token(issuer.clone(), def)?)
}

/// A funded, admitted issuer and one token of it with `documents` documents.
fn setup<T: Config>(documents: u32) -> Result<(T::AccountId, TokenId), BenchmarkError> {
	let issuer: T::AccountId = account("issuer", 0, SEED);
	fund::<T>(&issuer);
	Issuers::<T>::insert(&issuer, ());
	let token = new_token::<T>(&issuer, documents)?;
	Ok((issuer, token))
}

/// An agent (not the issuer) with `role` on `token`.
fn grant<T: Config>(
	token: TokenId,
	issuer: &T::AccountId,
	role: Role,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("agent", role as u32, SEED);
	fund::<T>(&who);
	SecurityToken::<T>::grant_role(signed::<T>(issuer), token, who.clone(), role)?;
	Ok(who)
}

fn holder_count<T: Config>(token: TokenId) -> u32 {
	Tokens::<T>::get(token)
		.map(|d| d.holders)
		.unwrap_or_default()
}

fn holding<T: Config>(token: TokenId, who: &T::AccountId) -> Holding<T::Balance> {
	Holdings::<T>::get(token, who).unwrap_or_default()
}

/// Gives every account of `holders` and `fresh` a full balance history: `MaxCheckpoints`
/// rounds of a checkpoint and a one-unit issue to each. Then `holders` get their amount on
/// top, `fresh` are emptied (their holdings removed, their histories kept), and one more
/// checkpoint is recorded: the next change of any of them reads a full history, prunes its
/// oldest entry and saves the balance at that checkpoint.
fn fill_histories<T: Config>(
	token: TokenId,
	issuer: &T::AccountId,
	holders: &[(T::AccountId, T::Balance)],
	fresh: &[T::AccountId],
) -> Result<(), BenchmarkError> {
	let rounds = T::MaxCheckpoints::get();
	for _ in 0..rounds {
		SecurityToken::<T>::create_checkpoint(signed::<T>(issuer), token)?;
		for who in holders.iter().map(|(who, _)| who).chain(fresh) {
			SecurityToken::<T>::issue(signed::<T>(issuer), token, who.clone(), bal::<T>(1))?;
		}
	}
	for who in fresh {
		SecurityToken::<T>::burn(signed::<T>(issuer), token, who.clone(), rounds.into())?;
	}
	for (who, amount) in holders {
		SecurityToken::<T>::issue(signed::<T>(issuer), token, who.clone(), *amount)?;
	}
	SecurityToken::<T>::create_checkpoint(signed::<T>(issuer), token)?;
	Ok(())
}

/// The benchmarked call saved `who`'s balance at the latest checkpoint into a full history.
fn assert_history_saved<T: Config>(token: TokenId, who: &T::AccountId) {
	let latest = Tokens::<T>::get(token).map(|d| d.checkpoint);
	let history = BalanceHistory::<T>::get(token, who);
	assert_eq!(history.len() as u32, T::MaxCheckpoints::get());
	assert_eq!(history.last().map(|(id, _)| *id), latest);
}

fn accounts<T: Config>(name: &'static str, n: u32) -> Vec<T::AccountId> {
	(0..n).map(|i| account(name, i, SEED)).collect()
}

fn batch<T: Config>(to: &[T::AccountId], amount: T::Balance) -> Result<Batch<T>, BenchmarkError> {
	to.iter()
		.map(|who| (who.clone(), amount))
		.collect::<Vec<_>>()
		.try_into()
		.map_err(|_| BenchmarkError::Stop("batch longer than MaxBatch"))
}

/// The block after the current one, and `i` blocks later.
fn next_block<T: Config>(i: u32) -> BlockNumberFor<T> {
	// The benchmark harness moves a genesis state from block 0 to block 1 before the measured
	// call, so count from block 1 at least.
	frame_system::Pallet::<T>::block_number()
		.max(1u32.into())
		.saturating_add(1u32.into())
		.saturating_add(i.into())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("issuer", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Issuers::<T>::contains_key(&who));
		assert_last_event::<T>(Event::IssuerAdmitted { who });
		Ok(())
	}

	#[benchmark]
	fn remove_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("issuer", 0, SEED);
		Issuers::<T>::insert(&who, ());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Issuers::<T>::contains_key(&who));
		assert_last_event::<T>(Event::IssuerRemoved { who });
		Ok(())
	}

	/// A token with `a` agents, all removed; the new issuer pays the deposit.
	#[benchmark]
	fn hand_over(a: Linear<0, { T::MaxAgents::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (issuer, token) = setup::<T>(0)?;
		for i in 0..a {
			let agent: T::AccountId = account("agent", i, SEED);
			SecurityToken::<T>::grant_role(signed::<T>(&issuer), token, agent, Role::Supply)?;
		}
		let to: T::AccountId = account("new issuer", 0, SEED);
		fund::<T>(&to);
		Issuers::<T>::insert(&to, ());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, token, to.clone());

		assert_eq!(
			Tokens::<T>::get(token).map(|d| (d.issuer, d.agents)),
			Some((to.clone(), 0))
		);
		assert_last_event::<T>(Event::TokenHandedOver {
			token,
			from: issuer,
			to,
			deposit: T::TokenDeposit::get(),
			agents_removed: a,
		});
		Ok(())
	}

	/// The largest definition: every bound at its maximum, `MAX_DOCUMENTS` documents (their
	/// names compared pairwise in full), convertible terms whose target token is read.
	#[benchmark]
	fn create_token() -> Result<(), BenchmarkError> {
		let (_, target) = setup::<T>(0)?;
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		Issuers::<T>::insert(&caller, ());
		let def = definition::<T>(
			convertible_terms::<T>(target),
			Redemption::AtMaturity,
			MAX_DOCUMENTS,
		);
		let token = NextTokenId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), Box::new(def));

		let stored = Definitions::<T>::get(token).ok_or("definition not stored")?;
		assert_eq!(stored.documents.len() as u32, MAX_DOCUMENTS);
		assert_last_event::<T>(Event::TokenCreated {
			token,
			issuer: caller,
			class: InstrumentClass::ConvertibleDebt,
			deposit: T::TokenDeposit::get(),
		});
		Ok(())
	}

	/// A new agent: the agent count grows (to the most allowed) and the token is written.
	#[benchmark]
	fn grant_role() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		for i in 1..T::MaxAgents::get() {
			let other: T::AccountId = account("other", i, SEED);
			SecurityToken::<T>::grant_role(signed::<T>(&issuer), token, other, Role::Supply)?;
		}
		let who: T::AccountId = account("agent", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			token,
			who.clone(),
			Role::Checkpoints,
		);

		assert_eq!(
			Tokens::<T>::get(token).map(|d| d.agents),
			Some(T::MaxAgents::get())
		);
		assert_last_event::<T>(Event::RoleGranted {
			token,
			who,
			role: Role::Checkpoints,
		});
		Ok(())
	}

	/// The agent's last role: its entry is removed and the agent count written.
	#[benchmark]
	fn revoke_role() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let who = grant::<T>(token, &issuer, Role::Checkpoints)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			token,
			who.clone(),
			Role::Checkpoints,
		);

		assert!(!Agents::<T>::contains_key(token, &who));
		assert_eq!(Tokens::<T>::get(token).map(|d| d.agents), Some(0));
		assert_last_event::<T>(Event::RoleRevoked {
			token,
			who,
			role: Role::Checkpoints,
		});
		Ok(())
	}

	/// To a new holder whose full history is saved.
	#[benchmark]
	fn issue() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Supply)?;
		let to: T::AccountId = account("to", 0, SEED);
		fill_histories::<T>(token, &issuer, &[], core::slice::from_ref(&to))?;
		let holders = holder_count::<T>(token);
		let amount = bal::<T>(100);

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, to.clone(), amount);

		assert_eq!(holding::<T>(token, &to).balance, amount);
		assert_eq!(holder_count::<T>(token), holders + 1);
		assert_history_saved::<T>(token, &to);
		assert_last_event::<T>(Event::Issued { token, to, amount });
		Ok(())
	}

	/// `n` new holders, each with a full history saved.
	#[benchmark]
	fn issue_batch(n: Linear<1, { T::MaxBatch::get() }>) -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Supply)?;
		let receivers = accounts::<T>("to", n);
		fill_histories::<T>(token, &issuer, &[], &receivers)?;
		let holders = holder_count::<T>(token);
		let amount = bal::<T>(100);
		let issues = batch::<T>(&receivers, amount)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, issues);

		assert_eq!(holder_count::<T>(token), holders + n);
		for to in &receivers {
			assert_history_saved::<T>(token, to);
		}
		let to = receivers.last().cloned().ok_or("no receiver")?;
		assert_last_event::<T>(Event::Issued { token, to, amount });
		Ok(())
	}

	/// More than the unfrozen balance, so part of the frozen balance is released; the
	/// holder's full history is saved.
	#[benchmark]
	fn burn() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Supply)?;
		let from: T::AccountId = account("from", 0, SEED);
		fill_histories::<T>(token, &issuer, &[(from.clone(), bal::<T>(1_000))], &[])?;
		SecurityToken::<T>::freeze_tokens(
			signed::<T>(&issuer),
			token,
			from.clone(),
			bal::<T>(500),
		)?;
		let unfrozen = bal::<T>(200);
		let amount = holding::<T>(token, &from)
			.unfrozen()
			.saturating_add(unfrozen);

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, from.clone(), amount);

		assert_eq!(holding::<T>(token, &from).frozen, bal::<T>(300));
		assert_history_saved::<T>(token, &from);
		assert_last_event::<T>(Event::Burned {
			token,
			from,
			amount,
			unfrozen,
		});
		Ok(())
	}

	/// Under a matured `AtMaturity` rule (the one rule that reads the clock); the holder's
	/// full history is saved.
	#[benchmark]
	fn redeem() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let caller: T::AccountId = whitelisted_caller();
		fill_histories::<T>(token, &issuer, &[(caller.clone(), bal::<T>(1_000))], &[])?;
		// Matured at 0, so whatever the clock reads here (at genesis it reads 0, which no
		// definition's maturity can be) the rule allows the redemption after reading it.
		Tokens::<T>::mutate(token, |d| {
			if let Some(d) = d {
				d.redemption = RedemptionRule::From(0);
			}
		});
		let amount = bal::<T>(100);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), token, amount);

		assert_history_saved::<T>(token, &caller);
		assert_last_event::<T>(Event::Redeemed {
			token,
			holder: caller,
			amount,
		});
		Ok(())
	}

	/// To a new holder; both full histories saved.
	#[benchmark]
	fn transfer() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let caller: T::AccountId = whitelisted_caller();
		let to: T::AccountId = account("to", 0, SEED);
		fill_histories::<T>(
			token,
			&issuer,
			&[(caller.clone(), bal::<T>(1_000))],
			core::slice::from_ref(&to),
		)?;
		let holders = holder_count::<T>(token);
		let amount = bal::<T>(100);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), token, to.clone(), amount);

		assert_eq!(holder_count::<T>(token), holders + 1);
		assert_history_saved::<T>(token, &caller);
		assert_history_saved::<T>(token, &to);
		assert_last_event::<T>(Event::Transferred {
			token,
			from: caller,
			to,
			amount,
		});
		Ok(())
	}

	/// A transfer between existing holders with no checkpoint since their balances last
	/// changed: no history touched, the holder count (and the token record) unchanged.
	#[benchmark]
	fn transfer_typical() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let caller: T::AccountId = whitelisted_caller();
		let to: T::AccountId = account("to", 0, SEED);
		for who in [&caller, &to] {
			SecurityToken::<T>::issue(signed::<T>(&issuer), token, who.clone(), bal::<T>(1_000))?;
		}
		let holders = holder_count::<T>(token);
		let amount = bal::<T>(100);

		#[extrinsic_call]
		transfer(RawOrigin::Signed(caller.clone()), token, to.clone(), amount);

		assert_eq!(holder_count::<T>(token), holders);
		assert!(BalanceHistory::<T>::get(token, &caller).is_empty());
		assert_last_event::<T>(Event::Transferred {
			token,
			from: caller,
			to,
			amount,
		});
		Ok(())
	}

	#[benchmark]
	fn approve() -> Result<(), BenchmarkError> {
		let (_, token) = setup::<T>(0)?;
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		let spender: T::AccountId = account("spender", 0, SEED);
		let amount = bal::<T>(100);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			token,
			spender.clone(),
			amount,
		);

		assert_eq!(
			Allowances::<T>::get((token, &caller, &spender)).map(|a| a.amount),
			Some(amount)
		);
		assert_last_event::<T>(Event::Approved {
			token,
			owner: caller,
			spender,
			amount,
			deposit: T::AllowanceDeposit::get(),
		});
		Ok(())
	}

	/// By a spender that holds tokens (its holding is read too), spending the allowance in
	/// full (removed, its deposit released); to a new holder; both full histories saved.
	#[benchmark]
	fn transfer_from() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let spender: T::AccountId = whitelisted_caller();
		let from: T::AccountId = account("from", 0, SEED);
		let to: T::AccountId = account("to", 0, SEED);
		fill_histories::<T>(
			token,
			&issuer,
			&[(from.clone(), bal::<T>(1_000))],
			core::slice::from_ref(&to),
		)?;
		SecurityToken::<T>::issue(signed::<T>(&issuer), token, spender.clone(), bal::<T>(10))?;
		let amount = bal::<T>(100);
		fund::<T>(&from);
		SecurityToken::<T>::approve(signed::<T>(&from), token, spender.clone(), amount)?;
		let holders = holder_count::<T>(token);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(spender.clone()),
			token,
			from.clone(),
			to.clone(),
			amount,
		);

		assert!(!Allowances::<T>::contains_key((token, &from, &spender)));
		assert_eq!(holder_count::<T>(token), holders + 1);
		assert_history_saved::<T>(token, &from);
		assert_history_saved::<T>(token, &to);
		assert_last_event::<T>(Event::Transferred {
			token,
			from,
			to,
			amount,
		});
		Ok(())
	}

	/// To `n` new holders, each with a full history saved (and the sender's, once).
	#[benchmark]
	fn transfer_batch(n: Linear<1, { T::MaxBatch::get() }>) -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let caller: T::AccountId = whitelisted_caller();
		let receivers = accounts::<T>("to", n);
		let amount = bal::<T>(10);
		let balance = bal::<T>(10u32.saturating_mul(n).saturating_add(1_000));
		fill_histories::<T>(token, &issuer, &[(caller.clone(), balance)], &receivers)?;
		let holders = holder_count::<T>(token);
		let transfers = batch::<T>(&receivers, amount)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), token, transfers);

		assert_eq!(holder_count::<T>(token), holders + n);
		assert_history_saved::<T>(token, &caller);
		for to in &receivers {
			assert_history_saved::<T>(token, to);
		}
		let to = receivers.last().cloned().ok_or("no receiver")?;
		assert_last_event::<T>(Event::Transferred {
			token,
			from: caller,
			to,
			amount,
		});
		Ok(())
	}

	#[benchmark]
	fn pause() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Freezer)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(agent.clone()), token);

		assert_eq!(Tokens::<T>::get(token).map(|d| d.paused), Some(true));
		assert_last_event::<T>(Event::Paused {
			token,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	#[benchmark]
	fn unpause() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Freezer)?;
		SecurityToken::<T>::pause(signed::<T>(&issuer), token)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(agent.clone()), token);

		assert_eq!(Tokens::<T>::get(token).map(|d| d.paused), Some(false));
		assert_last_event::<T>(Event::Unpaused {
			token,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	/// An account with a holding (read and rewritten).
	#[benchmark]
	fn freeze_account() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Freezer)?;
		let who: T::AccountId = account("holder", 0, SEED);
		SecurityToken::<T>::issue(signed::<T>(&issuer), token, who.clone(), bal::<T>(100))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(agent.clone()), token, who.clone());

		assert!(holding::<T>(token, &who).account_frozen);
		assert_last_event::<T>(Event::AccountFrozen {
			token,
			who,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	/// An account with a holding that stays (rewritten, not removed).
	#[benchmark]
	fn unfreeze_account() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Freezer)?;
		let who: T::AccountId = account("holder", 0, SEED);
		SecurityToken::<T>::issue(signed::<T>(&issuer), token, who.clone(), bal::<T>(100))?;
		SecurityToken::<T>::freeze_account(signed::<T>(&issuer), token, who.clone())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(agent.clone()), token, who.clone());

		assert!(!holding::<T>(token, &who).account_frozen);
		assert!(Holdings::<T>::contains_key(token, &who));
		assert_last_event::<T>(Event::AccountUnfrozen {
			token,
			who,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	/// More of a partly frozen balance.
	#[benchmark]
	fn freeze_tokens() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Freezer)?;
		let who: T::AccountId = account("holder", 0, SEED);
		SecurityToken::<T>::issue(signed::<T>(&issuer), token, who.clone(), bal::<T>(100))?;
		SecurityToken::<T>::freeze_tokens(signed::<T>(&issuer), token, who.clone(), bal::<T>(10))?;
		let amount = bal::<T>(50);

		#[extrinsic_call]
		_(RawOrigin::Signed(agent.clone()), token, who.clone(), amount);

		let frozen = bal::<T>(60);
		assert_eq!(holding::<T>(token, &who).frozen, frozen);
		assert_last_event::<T>(Event::TokensFrozen {
			token,
			who,
			amount,
			frozen,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	/// Part of a frozen balance; the holding stays (rewritten, not removed).
	#[benchmark]
	fn unfreeze_tokens() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Freezer)?;
		let who: T::AccountId = account("holder", 0, SEED);
		SecurityToken::<T>::issue(signed::<T>(&issuer), token, who.clone(), bal::<T>(100))?;
		SecurityToken::<T>::freeze_tokens(signed::<T>(&issuer), token, who.clone(), bal::<T>(50))?;
		let amount = bal::<T>(20);

		#[extrinsic_call]
		_(RawOrigin::Signed(agent.clone()), token, who.clone(), amount);

		let frozen = bal::<T>(30);
		assert_eq!(holding::<T>(token, &who).frozen, frozen);
		assert_last_event::<T>(Event::TokensUnfrozen {
			token,
			who,
			amount,
			frozen,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	/// More than the unfrozen balance (part of the frozen balance is released), with the
	/// longest reason, to a new holder; both full histories saved.
	#[benchmark]
	fn force_transfer() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Controller)?;
		let from: T::AccountId = account("from", 0, SEED);
		let to: T::AccountId = account("to", 0, SEED);
		fill_histories::<T>(
			token,
			&issuer,
			&[(from.clone(), bal::<T>(1_000))],
			core::slice::from_ref(&to),
		)?;
		SecurityToken::<T>::freeze_tokens(
			signed::<T>(&issuer),
			token,
			from.clone(),
			bal::<T>(500),
		)?;
		let unfrozen = bal::<T>(200);
		let amount = holding::<T>(token, &from)
			.unfrozen()
			.saturating_add(unfrozen);
		let reason = bounded::<T::MaxReasonLen>(b'r', T::MaxReasonLen::get());
		let holders = holder_count::<T>(token);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(agent.clone()),
			token,
			from.clone(),
			to.clone(),
			amount,
			reason.clone(),
		);

		assert_eq!(holding::<T>(token, &from).frozen, bal::<T>(300));
		assert_eq!(holder_count::<T>(token), holders + 1);
		assert_history_saved::<T>(token, &from);
		assert_history_saved::<T>(token, &to);
		assert_last_event::<T>(Event::ForcedTransfer {
			token,
			from,
			to,
			amount,
			unfrozen,
			reason,
			by: Authority::Agent(agent),
		});
		Ok(())
	}

	/// A frozen lost account with a frozen part, carried over to an account that already
	/// holds tokens: the lost account leaves the holders while the new one was one already,
	/// so the holder count changes (to a new holder it would not, and the token would not be
	/// written). Both full histories saved.
	#[benchmark]
	fn recover() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Recovery)?;
		let lost: T::AccountId = account("lost", 0, SEED);
		let new: T::AccountId = account("new", 0, SEED);
		let holders_with = [
			(lost.clone(), bal::<T>(1_000)),
			(new.clone(), bal::<T>(1_000)),
		];
		fill_histories::<T>(token, &issuer, &holders_with, &[])?;
		let frozen = bal::<T>(500);
		SecurityToken::<T>::freeze_tokens(signed::<T>(&issuer), token, lost.clone(), frozen)?;
		SecurityToken::<T>::freeze_account(signed::<T>(&issuer), token, lost.clone())?;
		let amount = holding::<T>(token, &lost).balance;
		let holders = holder_count::<T>(token);

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, lost.clone(), new.clone());

		assert_eq!(holder_count::<T>(token), holders - 1);
		let left = holding::<T>(token, &lost);
		assert!(left.balance.is_zero() && left.frozen.is_zero() && left.account_frozen);
		let got = holding::<T>(token, &new);
		assert!(got.frozen == frozen && got.account_frozen);
		assert_history_saved::<T>(token, &lost);
		assert_history_saved::<T>(token, &new);
		assert_last_event::<T>(Event::Recovered {
			token,
			lost,
			new,
			amount,
			frozen,
		});
		Ok(())
	}

	/// The last document that fits, after `MAX_DOCUMENTS - 1` others whose names are all
	/// compared with its name; the largest definition is read and written.
	#[benchmark]
	fn add_document() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(MAX_DOCUMENTS - 1)?;
		let agent = grant::<T>(token, &issuer, Role::Documents)?;
		let doc = document(MAX_DOCUMENTS - 1);
		let name = doc.name.clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, doc);

		let stored = Definitions::<T>::get(token).ok_or("no definition")?;
		assert_eq!(stored.documents.len() as u32, MAX_DOCUMENTS);
		assert_last_event::<T>(Event::DocumentAdded { token, name });
		Ok(())
	}

	/// The last of `MAX_DOCUMENTS` documents.
	#[benchmark]
	fn replace_document() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(MAX_DOCUMENTS)?;
		let agent = grant::<T>(token, &issuer, Role::Documents)?;
		let doc = LegalDocument {
			uri: bounded(b'v', MAX_URI_LEN),
			content_hash: [0xff; 32].into(),
			..document(MAX_DOCUMENTS - 1)
		};
		let name = doc.name.clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, doc.clone());

		let stored = Definitions::<T>::get(token).ok_or("no definition")?;
		assert_eq!(stored.documents.last(), Some(&doc));
		assert_last_event::<T>(Event::DocumentReplaced { token, name });
		Ok(())
	}

	/// The last of `MAX_DOCUMENTS` documents.
	#[benchmark]
	fn remove_document() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(MAX_DOCUMENTS)?;
		let agent = grant::<T>(token, &issuer, Role::Documents)?;
		let name = document(MAX_DOCUMENTS - 1).name;

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, name.clone());

		let stored = Definitions::<T>::get(token).ok_or("no definition")?;
		assert_eq!(stored.documents.len() as u32, MAX_DOCUMENTS - 1);
		assert!(stored.documents.iter().all(|d| d.name != name));
		assert_last_event::<T>(Event::DocumentRemoved { token, name });
		Ok(())
	}

	/// After `MaxCheckpoints` checkpoints, so the oldest is pruned.
	#[benchmark]
	fn create_checkpoint() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Checkpoints)?;
		let max = T::MaxCheckpoints::get();
		for _ in 0..max {
			SecurityToken::<T>::create_checkpoint(signed::<T>(&issuer), token)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token);

		let checkpoint = max + 1;
		assert_eq!(
			Tokens::<T>::get(token).map(|d| d.checkpoint),
			Some(checkpoint)
		);
		assert!(!Checkpoints::<T>::contains_key(token, 1));
		assert!(Checkpoints::<T>::contains_key(token, checkpoint));
		let supply = bal::<T>(0);
		assert_last_event::<T>(Event::CheckpointCreated {
			token,
			checkpoint,
			supply,
		});
		Ok(())
	}

	/// Fills both lists: inserted before the token's `MaxSchedulesPerToken - 1` later
	/// schedules (moving all of them), appended after `MaxScheduledPerBlock - 1` other tokens
	/// scheduled for the same block.
	#[benchmark]
	fn schedule_checkpoint() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Checkpoints)?;
		let at = next_block::<T>(0);
		for i in 1..T::MaxSchedulesPerToken::get() {
			let later = next_block::<T>(i);
			SecurityToken::<T>::schedule_checkpoint(signed::<T>(&issuer), token, later)?;
		}
		for _ in 1..T::MaxScheduledPerBlock::get() {
			let other = new_token::<T>(&issuer, 0)?;
			SecurityToken::<T>::schedule_checkpoint(signed::<T>(&issuer), other, at)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, at);

		let schedule = TokenSchedules::<T>::get(token);
		assert_eq!(schedule.len() as u32, T::MaxSchedulesPerToken::get());
		assert_eq!(schedule.first(), Some(&at));
		let block = ScheduledCheckpoints::<T>::get(at);
		assert_eq!(block.len() as u32, T::MaxScheduledPerBlock::get());
		assert_last_event::<T>(Event::CheckpointScheduled { token, block: at });
		Ok(())
	}

	/// From full lists: the token's first schedule (the others all move), from a block list
	/// full of other tokens (it stays, so it is rewritten).
	#[benchmark]
	fn cancel_checkpoint() -> Result<(), BenchmarkError> {
		let (issuer, token) = setup::<T>(0)?;
		let agent = grant::<T>(token, &issuer, Role::Checkpoints)?;
		let at = next_block::<T>(0);
		for i in 0..T::MaxSchedulesPerToken::get() {
			let when = next_block::<T>(i);
			SecurityToken::<T>::schedule_checkpoint(signed::<T>(&issuer), token, when)?;
		}
		for _ in 1..T::MaxScheduledPerBlock::get() {
			let other = new_token::<T>(&issuer, 0)?;
			SecurityToken::<T>::schedule_checkpoint(signed::<T>(&issuer), other, at)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(agent), token, at);

		let schedule = TokenSchedules::<T>::get(token);
		assert_eq!(schedule.len() as u32, T::MaxSchedulesPerToken::get() - 1);
		assert!(!ScheduledCheckpoints::<T>::get(at).contains(&token));
		assert_last_event::<T>(Event::CheckpointCancelled { token, block: at });
		Ok(())
	}

	/// `n` tokens due this block, each with a full schedule (the due entry removed from it)
	/// and `MaxCheckpoints` checkpoints already (the oldest pruned).
	#[benchmark]
	fn on_initialize_checkpoints(
		n: Linear<0, { T::MaxScheduledPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		let issuer: T::AccountId = account("issuer", 0, SEED);
		fund::<T>(&issuer);
		Issuers::<T>::insert(&issuer, ());
		let at = next_block::<T>(0);
		let max = T::MaxCheckpoints::get();
		let mut tokens = Vec::new();
		for _ in 0..n {
			let token = new_token::<T>(&issuer, 0)?;
			for _ in 0..max {
				SecurityToken::<T>::create_checkpoint(signed::<T>(&issuer), token)?;
			}
			for i in 0..T::MaxSchedulesPerToken::get() {
				let when = next_block::<T>(i);
				SecurityToken::<T>::schedule_checkpoint(signed::<T>(&issuer), token, when)?;
			}
			tokens.push(token);
		}
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			<SecurityToken<T> as Hooks<BlockNumberFor<T>>>::on_initialize(at);
		}

		assert!(!ScheduledCheckpoints::<T>::contains_key(at));
		for token in tokens {
			assert_eq!(Tokens::<T>::get(token).map(|d| d.checkpoint), Some(max + 1));
			assert!(!Checkpoints::<T>::contains_key(token, 1));
			assert!(!TokenSchedules::<T>::get(token).contains(&at));
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
