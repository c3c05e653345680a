//! Benchmarks of the compliance pallet.
//!
//! Every benchmark builds the worst case of its call: calls of a compliance admin are made by
//! the token's issuer (its role is read through the ledger); trust lists, claim records and
//! rule sets are as full as the bounds allow.
//!
//! `check` measures the transfer check on a rule set of complexity `c` made of claim
//! conditions that name no issuer (each scans the side's claims), against sides with full
//! claim records and a network trust list of the one issuer of their claims
//! (`BENCHED_NETWORK_LIST`; a longer list is charged its bytes and `scan_network`'s time);
//! `i`, `l` and `s` add identity conditions on both sides (each side's largest identity
//! record is read and decoded once), list entries on both sides, and the per-holder
//! restrictions (jurisdiction cap, lock-up, and every other restriction). Its
//! proof size is measured (`MaxEncodedLen` of the settings record would charge every token
//! the largest rule set); `check_weight` adds the bytes a token's record encodes in beyond
//! these records' (`BENCHED_RECORD_BASE`), and `resolve_issuers` for the issuers its
//! conditions name. The two sides' claim records differ (their expiries), as real ones do:
//! identical records would be one node of the proof.

use super::*;
use crate::Pallet as Compliance;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{traits::EnsureOrigin, BoundedVec};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Bounded, Saturating},
	Permill,
};
use vellum_primitives::{
	ledger::{BalanceUpdate, LedgerState, MovementKind, OnBalanceChange, TransferCheck},
	security::CountryCode,
};

const SEED: u32 = 0;
const HOME: CountryCode = CountryCode(*b"DE");

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn signed<T: Config>(who: &T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who.clone()).into()
}

/// A token whose issuer makes the calls (funded for every deposit they hold).
fn token<T: Config>() -> (T::AccountId, TokenId) {
	let issuer: T::AccountId = account("issuer", 0, SEED);
	let token = T::BenchmarkHelper::create_token(&issuer);
	fund::<T>(&issuer);
	(issuer, token)
}

/// Gives `who` enough to pay every deposit of a benchmark (on top of what it has).
fn fund<T: Config>(who: &T::AccountId) {
	use frame_support::traits::fungible::{Inspect, Mutate};
	let per = T::ClaimDeposit::get()
		.saturating_add(T::EvidenceDeposit::get())
		.saturating_add(T::ListDeposit::get())
		.saturating_add(T::Currency::minimum_balance());
	let count = T::MaxBatch::get()
		.max(T::MaxClaims::get())
		.saturating_mul(4)
		+ 4;
	let want = T::Currency::balance(who)
		.saturating_add(per.saturating_mul(count.into()))
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(who, want);
}

/// The longest topic filter.
fn topics<T: Config>() -> TopicsOf<T> {
	BoundedVec::truncate_from(
		(0..T::MaxTopics::get())
			.map(|k| ClaimTopic::Custom(k as u16))
			.collect(),
	)
}

/// Gives `who` an issuer id, named by `lists` trust lists.
fn register<T: Config>(who: &T::AccountId, lists: u32) -> ClaimIssuerId {
	let id = NextClaimIssuerId::<T>::get();
	NextClaimIssuerId::<T>::put(id + 1);
	ClaimIssuerIds::<T>::insert(who, id);
	ClaimIssuers::<T>::insert(
		id,
		ClaimIssuerInfo {
			account: who.clone(),
			lists,
			claims: 0,
		},
	);
	id
}

/// An expiry far ahead, different for each `k` (so claim records differ).
fn far<T: Config>(k: u32) -> Option<BlockNumberFor<T>> {
	Some(BlockNumberFor::<T>::max_value().saturating_sub(k.into()))
}

/// Stores `claims` about `who` in their issuers' records, with evidence and their deposits
/// held, counted for their issuers.
fn store_claims<T: Config>(who: &T::AccountId, claims: Vec<ClaimOf<T>>) {
	use frame_support::traits::fungible::MutateHold;
	let deposit = T::ClaimDeposit::get().saturating_add(T::EvidenceDeposit::get());
	for c in &claims {
		let Some(info) = ClaimIssuers::<T>::get(c.issuer) else {
			continue;
		};
		fund::<T>(&info.account);
		let _ = T::Currency::hold(&HoldReason::ClaimDeposit.into(), &info.account, deposit);
		ClaimDetails::<T>::insert(
			who,
			(c.issuer, c.topic),
			ClaimDetail {
				evidence: Some([7; 32]),
				deposit,
			},
		);
		ClaimIssuers::<T>::mutate(c.issuer, |i| {
			if let Some(i) = i {
				i.claims += 1;
			}
		});
		let mut record = Claims::<T>::get(who, c.issuer).unwrap_or_default();
		let _ = record.try_push(IssuerClaim {
			topic: c.topic,
			expiry: c.expiry,
		});
		Claims::<T>::insert(who, c.issuer, record);
	}
}

/// The claim issuer every claim of the benchmarks comes from.
fn claim_issuer<T: Config>() -> T::AccountId {
	account("claim-issuer", 0, SEED)
}

/// A full network trust list: dummies with the longest topic filters, then the claim issuer
/// (every topic), so every lookup scans the whole list.
fn fill_network<T: Config>() {
	let max = T::MaxTrustedIssuers::get();
	let mut list: TrustedIssuersOf<T> = BoundedVec::new();
	for i in 0..max.saturating_sub(1) {
		let who: T::AccountId = account("dummy-issuer", i, SEED);
		let _ = list.try_push(TrustedIssuer {
			issuer: register::<T>(&who, 1),
			topics: Some(topics::<T>()),
		});
	}
	let issuer = register::<T>(&claim_issuer::<T>(), 1);
	let _ = list.try_push(TrustedIssuer {
		issuer,
		topics: None,
	});
	NetworkClaimIssuers::<T>::put(list);
}

/// A network trust list of `w` issuers trusted for every topic, the claim issuer last (every
/// lookup scans the whole list): `1 + 5 * w` bytes.
fn network_of<T: Config>(w: u32) {
	let mut list: TrustedIssuersOf<T> = BoundedVec::new();
	for k in 0..w.saturating_sub(1) {
		let who: T::AccountId = account("dummy-issuer", k, SEED);
		let _ = list.try_push(TrustedIssuer {
			issuer: register::<T>(&who, 1),
			topics: None,
		});
	}
	let _ = list.try_push(TrustedIssuer {
		issuer: register::<T>(&claim_issuer::<T>(), 1),
		topics: None,
	});
	NetworkClaimIssuers::<T>::put(list);
}

/// A full claim record about `who` from the claim issuer (given an id if it has none): a
/// jurisdiction, then custom topics.
fn fill_claims<T: Config>(who: &T::AccountId, expiry: Option<BlockNumberFor<T>>) {
	let account = claim_issuer::<T>();
	let issuer = ClaimIssuerIds::<T>::get(&account).unwrap_or_else(|| register::<T>(&account, 0));
	fill_claims_of::<T>(issuer, who, expiry);
}

/// A full claim record about `who` from issuer `issuer`: a jurisdiction, then custom topics.
fn fill_claims_of<T: Config>(
	issuer: ClaimIssuerId,
	who: &T::AccountId,
	expiry: Option<BlockNumberFor<T>>,
) {
	let claims = (0..T::MaxClaims::get())
		.map(|k| Claim {
			topic: if k == 0 {
				ClaimTopic::Jurisdiction(HOME)
			} else {
				ClaimTopic::Custom(k as u16)
			},
			issuer,
			expiry,
		})
		.collect();
	store_claims::<T>(who, claims);
}

/// Condition `k` of a benchmark rule set: a claim the sides have, from a trusted issuer.
fn has_claim<T: Config>(k: u32) -> ConditionOf<T> {
	let custom = T::MaxClaims::get().saturating_sub(1).max(1);
	Condition::HasClaim {
		topic: ClaimTopic::Custom((1 + k % custom) as u16),
		issuers: BoundedVec::new(),
	}
}

/// Requirements holding `n` conditions, alternating sender and receiver, filling one
/// requirement before the next; the first on each side are identity conditions if `identity`,
/// the next list conditions if `lists`.
fn requirements<T: Config>(n: u32, identity: bool, lists: bool) -> RequirementsOf<T> {
	let per_requirement = T::MaxConditions::get().saturating_mul(2);
	let mut reqs: Vec<RequirementOf<T>> = Vec::new();
	for k in 0..n {
		let condition = match k {
			0 | 1 if identity => Condition::IdentityJudged { registrar: None },
			2 | 3 if lists => Condition::AllowListed,
			_ => has_claim::<T>(k),
		};
		let req = (k / per_requirement) as usize;
		if reqs.len() <= req {
			reqs.push(Requirement {
				sender: BoundedVec::new(),
				receiver: BoundedVec::new(),
			});
		}
		let side = if k % 2 == 1 {
			&mut reqs[req].receiver
		} else {
			&mut reqs[req].sender
		};
		let _ = side.try_push(condition);
	}
	BoundedVec::truncate_from(reqs)
}

/// Restrictions that keep per-holder state, with every kind configured and one jurisdiction
/// cap (complexity 1).
fn tracked_restrictions<T: Config>() -> RestrictionsOf<T> {
	Restrictions {
		max_holders: Some(u32::MAX),
		jurisdiction_caps: BoundedVec::truncate_from(vec![JurisdictionCap {
			country: HOME,
			max_holders: u32::MAX,
		}]),
		max_balance: Some(T::Balance::max_value()),
		max_ownership: Some(Permill::one()),
		lockup_until: Some(u64::MAX),
	}
}

/// The token and sides of a `check` benchmark: a rule set of complexity `c` (identity
/// conditions on both sides if `identity`, list conditions and entries on both sides if
/// `lists`, per-holder restrictions if `tracked`), sides with full, different claim records,
/// and a network list of the one issuer of their claims.
#[allow(clippy::type_complexity)]
fn check_case<T: Config>(
	c: u32,
	identity: bool,
	lists: bool,
	tracked: bool,
) -> Result<(TokenId, T::AccountId, T::AccountId), BenchmarkError> {
	let (admin, token) = token::<T>();
	network_of::<T>(1);
	let from: T::AccountId = account("from", 0, SEED);
	let to: T::AccountId = account("to", 0, SEED);
	for (k, who) in [&from, &to].into_iter().enumerate() {
		fill_claims::<T>(who, far::<T>(k as u32));
		if identity {
			T::Identity::set_judged(who);
		}
	}
	if lists {
		let entries = BoundedVec::truncate_from(vec![
			(from.clone(), ListFlags::from_bits(ListFlags::ALLOW)),
			(to.clone(), ListFlags::from_bits(ListFlags::ALLOW)),
		]);
		Compliance::<T>::set_lists(signed::<T>(&admin), token, entries)?;
	}
	if tracked {
		Compliance::<T>::set_restrictions(signed::<T>(&admin), token, tracked_restrictions::<T>())?;
		// The sender is counted in the jurisdiction, holds locked tokens, and leaves.
		HolderStates::<T>::insert(
			token,
			&from,
			HolderState {
				counted_in: Some(HOME),
				locked: 0u32.into(),
			},
		);
		JurisdictionHolders::<T>::insert(token, HOME, 1);
	}
	Compliance::<T>::set_requirements(
		signed::<T>(&admin),
		token,
		requirements::<T>(c - u32::from(tracked), identity, lists),
	)?;
	assert_eq!(
		TokenSettings::<T>::get(token).map(|s| s.complexity),
		Some(c)
	);
	Ok((token, from, to))
}

/// A transfer of 100 units from `from`, who holds them all and leaves, to `to`, a new holder.
fn transfer_of<'a, T: Config>(
	token: TokenId,
	from: &'a T::AccountId,
	to: &'a T::AccountId,
) -> (MovementOf<'a, T>, LedgerState<T::Balance>) {
	let amount: T::Balance = 100u32.into();
	let movement = Movement::new(token, MovementKind::Transfer, Some(from), Some(to), amount);
	let state = LedgerState {
		holders: 1,
		supply: amount,
		from_balance: amount,
		to_balance: 0u32.into(),
		sender_leaves: true,
	};
	(movement, state)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn trust_claim_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill_network::<T>();
		let mut list = NetworkClaimIssuers::<T>::get();
		list.pop();
		NetworkClaimIssuers::<T>::put(list);
		// A new issuer: given an id.
		let issuer: T::AccountId = account("new-issuer", 0, SEED);
		let id = NextClaimIssuerId::<T>::get();

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			issuer.clone(),
			Some(topics::<T>()),
		);

		assert_eq!(
			NetworkClaimIssuers::<T>::get().len() as u32,
			T::MaxTrustedIssuers::get()
		);
		assert_last_event::<T>(Event::ClaimIssuerTrusted {
			token: None,
			issuer,
			id,
			topics: Some(topics::<T>()),
		});
		Ok(())
	}

	#[benchmark]
	fn distrust_claim_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill_network::<T>();
		let issuer = claim_issuer::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());

		// Named nowhere else and without claims: forgotten.
		assert!(!ClaimIssuerIds::<T>::contains_key(&issuer));
		assert_last_event::<T>(Event::ClaimIssuerDistrusted {
			token: None,
			issuer,
		});
		Ok(())
	}

	#[benchmark]
	fn trust_claim_issuer_for_token() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		// The largest record the new issuer still fits in.
		let room = T::MaxComplexity::get().saturating_sub(1 + T::MaxTopics::get());
		Compliance::<T>::set_requirements(
			signed::<T>(&admin),
			token,
			requirements::<T>(room, false, false),
		)?;
		let issuer: T::AccountId = account("new-issuer", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(admin),
			token,
			issuer.clone(),
			Some(topics::<T>()),
		);

		let id = ClaimIssuerIds::<T>::get(&issuer).ok_or(BenchmarkError::Stop("no id"))?;
		assert_eq!(ClaimIssuers::<T>::get(id).map(|i| i.lists), Some(1));
		Ok(())
	}

	#[benchmark]
	fn distrust_claim_issuer_for_token() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		let issuer: T::AccountId = account("new-issuer", 0, SEED);
		Compliance::<T>::trust_claim_issuer_for_token(
			signed::<T>(&admin),
			token,
			issuer.clone(),
			Some(topics::<T>()),
		)?;
		let room = T::MaxComplexity::get().saturating_sub(1 + T::MaxTopics::get());
		Compliance::<T>::set_requirements(
			signed::<T>(&admin),
			token,
			requirements::<T>(room, false, false),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token, issuer.clone());

		assert!(!ClaimIssuerIds::<T>::contains_key(&issuer));
		assert_last_event::<T>(Event::ClaimIssuerDistrusted {
			token: Some(token),
			issuer,
		});
		Ok(())
	}

	/// The issuer's last free slot about an account, with evidence (its deposit held), in a
	/// full network list.
	#[benchmark]
	fn add_claim() -> Result<(), BenchmarkError> {
		fill_network::<T>();
		let subject: T::AccountId = account("subject", 0, SEED);
		let issuer = claim_issuer::<T>();
		let id = ClaimIssuerIds::<T>::get(&issuer).ok_or(BenchmarkError::Stop("no id"))?;
		fill_claims::<T>(&subject, None);
		let mut record = Claims::<T>::get(&subject, id).unwrap_or_default();
		if let Some(last) = record.pop() {
			ClaimDetails::<T>::remove(&subject, (id, last.topic));
			ClaimIssuers::<T>::mutate(id, |i| {
				if let Some(i) = i {
					i.claims -= 1;
				}
			});
		}
		Claims::<T>::insert(&subject, id, record);
		let topic = ClaimTopic::Custom(u16::MAX);
		let expiry = Some(BlockNumberFor::<T>::max_value());
		let deposit = T::ClaimDeposit::get().saturating_add(T::EvidenceDeposit::get());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			subject.clone(),
			topic,
			expiry,
			Some([7; 32]),
		);

		assert_eq!(
			Claims::<T>::get(&subject, id).map(|r| r.len() as u32),
			Some(T::MaxClaims::get())
		);
		assert_last_event::<T>(Event::ClaimAdded {
			subject,
			issuer,
			topic,
			expiry,
			evidence: Some([7; 32]),
			deposit,
		});
		Ok(())
	}

	/// The last claim of a full record, of an issuer no list names any more (so it is
	/// forgotten), its deposit returned.
	#[benchmark]
	fn revoke_claim() -> Result<(), BenchmarkError> {
		let subject: T::AccountId = account("subject", 0, SEED);
		let issuer = claim_issuer::<T>();
		let id = register::<T>(&issuer, 0);
		fill_claims_of::<T>(id, &subject, None);
		let topic = ClaimTopic::Custom(T::MaxClaims::get().saturating_sub(1) as u16);
		// Revoke all but the last: the benchmarked call removes the record and the issuer.
		let record = Claims::<T>::get(&subject, id).unwrap_or_default();
		for c in record.iter().filter(|c| c.topic != topic) {
			Compliance::<T>::revoke_claim(signed::<T>(&issuer), subject.clone(), c.topic)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), subject.clone(), topic);

		assert_last_event::<T>(Event::ClaimRevoked {
			subject,
			issuer: issuer.clone(),
			topic,
		});
		assert!(!ClaimIssuerIds::<T>::contains_key(&issuer));
		Ok(())
	}

	/// `n` claims of an issuer's full record expired (their deposits returned).
	#[benchmark]
	fn purge_claims(n: Linear<1, { T::MaxClaims::get() }>) -> Result<(), BenchmarkError> {
		let subject: T::AccountId = account("subject", 0, SEED);
		let issuer = claim_issuer::<T>();
		let id = register::<T>(&issuer, 1);
		frame_system::Pallet::<T>::set_block_number(10u32.into());
		fill_claims_of::<T>(id, &subject, far::<T>(0));
		Claims::<T>::mutate(&subject, id, |record| {
			for c in record
				.iter_mut()
				.flat_map(|r| r.iter_mut())
				.take(n as usize)
			{
				c.expiry = Some(5u32.into());
			}
		});
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), subject.clone(), issuer.clone());

		assert_last_event::<T>(Event::ClaimsPurged {
			subject,
			issuer,
			removed: n,
		});
		Ok(())
	}

	#[benchmark]
	fn set_requirements(c: Linear<1, { T::MaxComplexity::get() }>) -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		// Replaces a rule set as complex as the new one.
		Compliance::<T>::set_requirements(
			signed::<T>(&admin),
			token,
			requirements::<T>(c, false, false),
		)?;
		let new = requirements::<T>(c, true, true);
		let count = new.len() as u32;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token, new);

		assert_last_event::<T>(Event::RequirementsSet {
			token,
			requirements: count,
			complexity: c,
		});
		Ok(())
	}

	#[benchmark]
	fn pause_rules() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		Compliance::<T>::set_requirements(
			signed::<T>(&admin),
			token,
			requirements::<T>(T::MaxComplexity::get(), false, false),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token);

		assert_last_event::<T>(Event::RulesPaused { token });
		Ok(())
	}

	#[benchmark]
	fn resume_rules() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		Compliance::<T>::set_requirements(
			signed::<T>(&admin),
			token,
			requirements::<T>(T::MaxComplexity::get(), false, false),
		)?;
		Compliance::<T>::pause_rules(signed::<T>(&admin), token)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token);

		assert_last_event::<T>(Event::RulesResumed { token });
		Ok(())
	}

	/// Switches per-holder state on (reads the supply) with every restriction and as many
	/// jurisdiction caps as fit.
	#[benchmark]
	fn set_restrictions() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		let caps = T::MaxCountries::get().min(T::MaxComplexity::get());
		let mut restrictions = tracked_restrictions::<T>();
		restrictions.jurisdiction_caps = BoundedVec::truncate_from(
			(0..caps)
				.map(|i| JurisdictionCap {
					country: CountryCode([b'A' + (i / 26) as u8, b'A' + (i % 26) as u8]),
					max_holders: i,
				})
				.collect(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token, restrictions.clone());

		assert_last_event::<T>(Event::RestrictionsSet {
			token,
			restrictions,
		});
		assert!(TokenSettings::<T>::get(token).is_some_and(|s| s.tracking));
		Ok(())
	}

	#[benchmark]
	fn set_lists(n: Linear<1, { T::MaxBatch::get() }>) -> Result<(), BenchmarkError> {
		// A token keeping per-holder state; every entry is an exempt holder losing its
		// exemption, so it is counted in its jurisdiction (dearer than a new entry, whose
		// deposit is held: its claims are read from every trusted issuer).
		let (admin, token) = token::<T>();
		fill_network::<T>();
		Compliance::<T>::set_restrictions(signed::<T>(&admin), token, tracked_restrictions::<T>())?;
		let holders: Vec<T::AccountId> = (0..n).map(|i| account("listed", i, SEED)).collect();
		let exempt = holders
			.iter()
			.map(|h| (h.clone(), ListFlags::from_bits(ListFlags::EXEMPT)))
			.collect();
		Compliance::<T>::set_lists(
			signed::<T>(&admin),
			token,
			BoundedVec::truncate_from(exempt),
		)?;
		for (k, holder) in holders.iter().enumerate() {
			fill_claims::<T>(holder, far::<T>(k as u32));
			HolderStates::<T>::insert(
				token,
				holder,
				HolderState {
					counted_in: None,
					locked: 0u32.into(),
				},
			);
		}
		let entries: ListEntriesOf<T> = BoundedVec::truncate_from(
			holders
				.iter()
				.map(|h| {
					(
						h.clone(),
						ListFlags::from_bits(ListFlags::ALLOW | ListFlags::DENY),
					)
				})
				.collect(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token, entries);

		assert_eq!(TokenSettings::<T>::get(token).map(|s| s.listed), Some(n));
		assert_eq!(JurisdictionHolders::<T>::get(token, HOME), Some(n));
		Ok(())
	}

	/// The transfer check of a rule set of claim conditions only (see the module docs).
	#[benchmark(pov_mode = Measured)]
	fn check(c: Linear<1, { T::MaxComplexity::get() }>) -> Result<(), BenchmarkError> {
		let (token, from, to) = check_case::<T>(c, false, false, false)?;
		let (movement, state) = transfer_of::<T>(token, &from, &to);
		let result;

		#[block]
		{
			result = <Compliance<T> as TransferCheck<_, _>>::check(&movement, &state);
		}

		assert_eq!(result, Ok(()));
		Ok(())
	}

	/// The same with list conditions and entries on both sides and every restriction, with
	/// per-holder state (charged to tokens with listed accounts or per-holder state).
	#[benchmark(pov_mode = Measured)]
	fn check_listed_tracked(
		c: Linear<5, { T::MaxComplexity::get() }>,
	) -> Result<(), BenchmarkError> {
		let (token, from, to) = check_case::<T>(c, false, true, true)?;
		let (movement, state) = transfer_of::<T>(token, &from, &to);
		let result;

		#[block]
		{
			result = <Compliance<T> as TransferCheck<_, _>>::check(&movement, &state);
		}

		assert_eq!(result, Ok(()));
		Ok(())
	}

	/// The same with identity conditions on both sides too (charged to tokens whose rules ask
	/// for a registrar's judgement).
	#[benchmark(pov_mode = Measured)]
	fn check_identity(c: Linear<5, { T::MaxComplexity::get() }>) -> Result<(), BenchmarkError> {
		let (token, from, to) = check_case::<T>(c, true, true, true)?;
		let (movement, state) = transfer_of::<T>(token, &from, &to);
		let result;

		#[block]
		{
			result = <Compliance<T> as TransferCheck<_, _>>::check(&movement, &state);
		}

		assert_eq!(result, Ok(()));
		Ok(())
	}

	/// Reading and weighing the claims of both sides of a transfer from `w` trusted issuers
	/// (a full network list, then a token's list), each with a full record about each side:
	/// what every trusted issuer beyond the one of `check` adds to it.
	#[benchmark(pov_mode = Measured)]
	fn read_claims(
		w: Linear<1, { T::MaxTrustedIssuers::get() * 2 }>,
	) -> Result<(), BenchmarkError> {
		let max = T::MaxTrustedIssuers::get();
		let mut network: TrustedIssuersOf<T> = BoundedVec::new();
		let mut by_token: TrustedIssuersOf<T> = BoundedVec::new();
		let sides: [T::AccountId; 2] = [account("from", 0, SEED), account("to", 0, SEED)];
		for k in 0..w {
			let who: T::AccountId = account("trusted-issuer", k, SEED);
			let id = register::<T>(&who, 1);
			for (s, side) in sides.iter().enumerate() {
				fill_claims_of::<T>(id, side, far::<T>(k * 2 + s as u32));
			}
			let list = if k < max { &mut network } else { &mut by_token };
			let _ = list.try_push(TrustedIssuer {
				issuer: id,
				topics: None,
			});
		}
		let now = frame_system::Pallet::<T>::block_number();
		let trusted;

		#[block]
		{
			trusted = sides
				.iter()
				.map(|who| {
					let ids = by_token.iter().chain(network.iter()).map(|i| i.issuer);
					rules::SideFacts::new(
						Compliance::<T>::trusted_claims(who, ids),
						&now,
						&by_token,
						&network,
						ListFlags::from_bits(0),
						|_: Option<u32>| false,
					)
					.trusted
					.iter()
					.filter(|t| **t)
					.count()
				})
				.sum::<usize>();
		}

		assert_eq!(trusted as u32, 2 * w * T::MaxClaims::get());
		Ok(())
	}

	/// Looking up the ids of `n` issuers that conditions name, each its own read.
	#[benchmark(pov_mode = Measured)]
	fn resolve_issuers(n: Linear<1, { T::MaxComplexity::get() }>) -> Result<(), BenchmarkError> {
		let named: Vec<T::AccountId> = (0..n).map(|k| account("named", k, SEED)).collect();
		for who in &named {
			register::<T>(who, 1);
		}
		let ids;

		#[block]
		{
			ids = Compliance::<T>::issuer_ids(named.iter());
		}

		assert_eq!(ids.len() as u32, n);
		Ok(())
	}

	/// The per-holder state after a transfer from a holder who leaves to a new holder, both
	/// counted in jurisdictions, of a token with listed accounts and the largest settings
	/// record (measured, as the check's).
	#[benchmark(pov_mode = Measured)]
	fn on_balance_change() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		fill_network::<T>();
		let from: T::AccountId = account("from", 0, SEED);
		let to: T::AccountId = account("to", 0, SEED);
		fill_claims::<T>(&to, None);
		let listed: T::AccountId = account("listed", 0, SEED);
		let entries =
			BoundedVec::truncate_from(vec![(listed, ListFlags::from_bits(ListFlags::EXEMPT))]);
		Compliance::<T>::set_lists(signed::<T>(&admin), token, entries)?;
		Compliance::<T>::set_restrictions(signed::<T>(&admin), token, tracked_restrictions::<T>())?;
		// The largest settings record: decoded to find the receiver's jurisdiction.
		Compliance::<T>::set_requirements(
			signed::<T>(&admin),
			token,
			requirements::<T>(T::MaxComplexity::get() - 1, false, false),
		)?;
		// The sender, counted in another jurisdiction, leaves; the receiver is new.
		let elsewhere = CountryCode(*b"FR");
		let amount: T::Balance = 100u32.into();
		HolderStates::<T>::insert(
			token,
			&from,
			HolderState {
				counted_in: Some(elsewhere),
				locked: amount,
			},
		);
		JurisdictionHolders::<T>::insert(token, elsewhere, 1);
		let movement = Movement::new(
			token,
			MovementKind::Transfer,
			Some(&from),
			Some(&to),
			amount,
		);
		let zero: T::Balance = 0u32.into();

		#[block]
		{
			<Compliance<T> as OnBalanceChange<_, _>>::on_balance_change(
				&movement,
				Some(BalanceUpdate {
					old: amount,
					new: zero,
				}),
				Some(BalanceUpdate {
					old: zero,
					new: amount,
				}),
			);
		}

		assert!(!HolderStates::<T>::contains_key(token, &from));
		assert_eq!(
			HolderStates::<T>::get(token, &to),
			Some(HolderState {
				counted_in: Some(HOME),
				locked: zero
			})
		);
		assert_eq!(JurisdictionHolders::<T>::get(token, HOME), Some(1));
		assert_eq!(JurisdictionHolders::<T>::get(token, elsewhere), None);
		Ok(())
	}

	impl_benchmark_test_suite!(Compliance, crate::mock::new_test_ext(), crate::mock::Test);
}

#[cfg(test)]
mod record_size {
	use super::*;
	use crate::mock::Test;

	/// `check_weight` charges a record's bytes beyond `BENCHED_RECORD_BASE +
	/// BENCHED_BYTES_PER_UNIT * c`: the `check` benchmark's records must encode in at least
	/// that, or records would be charged too little.
	#[test]
	fn the_check_benchmark_records_are_at_least_the_bound_the_margin_starts_from() {
		use frame_support::traits::Get;
		let most = 2
			* <<Test as Config>::MaxRequirements as Get<u32>>::get()
			* <<Test as Config>::MaxConditions as Get<u32>>::get();
		for c in 0..=most.min(<<Test as Config>::MaxComplexity as Get<u32>>::get()) {
			let record = TokenComplianceOf::<Test> {
				requirements: requirements::<Test>(c, false, false),
				..Default::default()
			};
			assert_eq!(record.compute_complexity(), c);
			let bound = BENCHED_RECORD_BASE + BENCHED_BYTES_PER_UNIT * u64::from(c);
			assert!(
				record.encoded_size() as u64 >= bound,
				"complexity {c}: {} bytes, below {bound}",
				record.encoded_size()
			);
		}
	}

	/// The network list of the `check` benchmark encodes in exactly the bytes `check_weight`
	/// charges beyond.
	#[test]
	fn the_check_benchmark_network_list_is_the_bound_the_margin_starts_from() {
		crate::mock::new_test_ext().execute_with(|| {
			network_of::<Test>(1);
			assert_eq!(
				NetworkClaimIssuers::<Test>::get().encoded_size() as u64,
				BENCHED_NETWORK_LIST
			);
		});
	}
}
