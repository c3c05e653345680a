//! Benchmarks of the compliance pallet.
//!
//! Every benchmark builds the worst case of its call: calls of a compliance admin are made by
//! the token's issuer (its role is read through the ledger); trust lists, claim records and
//! rule sets are as full as the bounds allow.
//!
//! `check` measures the transfer check on a rule set of complexity `c` made of claim
//! conditions that name no issuer (each scans the side's claims), against sides with full
//! claim records and a full network trust list (every claim's issuer is looked up in it);
//! `i`, `l` and `s` add identity conditions on both sides (each side's largest identity
//! record is read and decoded once), list entries on both sides, and the per-holder
//! restrictions (jurisdiction cap, lock-up, and every other restriction). Its
//! proof size is measured (`MaxEncodedLen` of the settings record would charge every token
//! the largest rule set); `check_weight` adds a margin per complexity unit for records whose
//! units encode larger than these conditions.

use super::*;
use crate::Pallet as Compliance;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{traits::EnsureOrigin, BoundedVec};
use frame_system::RawOrigin;
use sp_runtime::{traits::Bounded, Permill};
use vellum_primitives::security::CountryCode;

const SEED: u32 = 0;
const HOME: CountryCode = CountryCode(*b"DE");

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn signed<T: Config>(who: &T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who.clone()).into()
}

/// A token whose issuer makes the calls.
fn token<T: Config>() -> (T::AccountId, TokenId) {
	let issuer: T::AccountId = account("issuer", 0, SEED);
	let token = T::BenchmarkHelper::create_token(&issuer);
	(issuer, token)
}

/// The longest topic filter.
fn topics<T: Config>() -> TopicsOf<T> {
	BoundedVec::truncate_from((0..T::MaxTopics::get()).map(ClaimTopic::Custom).collect())
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
			account: who.clone(),
			topics: Some(topics::<T>()),
		});
		IssuerTrust::<T>::insert(&who, 1);
	}
	let issuer = claim_issuer::<T>();
	let _ = list.try_push(TrustedIssuer {
		account: issuer.clone(),
		topics: None,
	});
	IssuerTrust::<T>::insert(&issuer, 1);
	NetworkIssuers::<T>::put(list);
}

/// A full claim record about `who`: a jurisdiction, then custom topics.
fn fill_claims<T: Config>(who: &T::AccountId, expiry: Option<BlockNumberFor<T>>) {
	let issuer = claim_issuer::<T>();
	let max = T::MaxClaims::get();
	let claims = (0..max)
		.map(|k| Claim {
			topic: if k == 0 {
				ClaimTopic::Jurisdiction(HOME)
			} else {
				ClaimTopic::Custom(k)
			},
			issuer: issuer.clone(),
			expiry,
			evidence: Some([k as u8; 32]),
		})
		.collect();
	Claims::<T>::insert(who, BoundedVec::truncate_from(claims));
}

/// Condition `k` of a benchmark rule set: a claim the sides have, from a trusted issuer.
fn has_claim<T: Config>(k: u32) -> ConditionOf<T> {
	let custom = T::MaxClaims::get().saturating_sub(1).max(1);
	Condition::HasClaim {
		topic: ClaimTopic::Custom(1 + k % custom),
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

/// A full claim record about `who` from distinct issuers, all current, each trusted by one
/// list: a jurisdiction, then custom topics.
fn fill_claims_from_many<T: Config>(who: &T::AccountId) -> Vec<T::AccountId> {
	let issuers: Vec<T::AccountId> = (0..T::MaxClaims::get())
		.map(|k| account("many-issuer", k, SEED))
		.collect();
	let claims = issuers
		.iter()
		.enumerate()
		.map(|(k, issuer)| {
			IssuerTrust::<T>::insert(issuer, 1);
			Claim {
				topic: if k == 0 {
					ClaimTopic::Jurisdiction(HOME)
				} else {
					ClaimTopic::Custom(k as u32)
				},
				issuer: issuer.clone(),
				expiry: None,
				evidence: Some([k as u8; 32]),
			}
		})
		.collect();
	Claims::<T>::insert(who, BoundedVec::truncate_from(claims));
	issuers
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

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn trust_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill_network::<T>();
		let mut list = NetworkIssuers::<T>::get();
		list.pop();
		NetworkIssuers::<T>::put(list);
		let issuer: T::AccountId = account("new-issuer", 0, SEED);

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			issuer.clone(),
			Some(topics::<T>()),
		);

		assert_eq!(
			NetworkIssuers::<T>::get().len() as u32,
			T::MaxTrustedIssuers::get()
		);
		assert_last_event::<T>(Event::IssuerTrusted {
			token: None,
			issuer,
			topics: Some(topics::<T>()),
		});
		Ok(())
	}

	#[benchmark]
	fn distrust_issuer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill_network::<T>();
		let issuer = claim_issuer::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());

		assert!(!IssuerTrust::<T>::contains_key(&issuer));
		assert_last_event::<T>(Event::IssuerDistrusted {
			token: None,
			issuer,
		});
		Ok(())
	}

	#[benchmark]
	fn trust_token_issuer() -> Result<(), BenchmarkError> {
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

		assert_eq!(IssuerTrust::<T>::get(&issuer), Some(1));
		Ok(())
	}

	#[benchmark]
	fn distrust_token_issuer() -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		let issuer: T::AccountId = account("new-issuer", 0, SEED);
		Compliance::<T>::trust_token_issuer(
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

		assert!(!IssuerTrust::<T>::contains_key(&issuer));
		assert_last_event::<T>(Event::IssuerDistrusted {
			token: Some(token),
			issuer,
		});
		Ok(())
	}

	#[benchmark]
	fn add_claim() -> Result<(), BenchmarkError> {
		fill_network::<T>();
		let subject: T::AccountId = account("subject", 0, SEED);
		fill_claims::<T>(&subject, None);
		let mut claims = Claims::<T>::get(&subject);
		claims.pop();
		Claims::<T>::insert(&subject, claims);
		// An issuer only a token trusts: the claims of the others are counted against the
		// network's list.
		let issuer: T::AccountId = account("token-issuer", 0, SEED);
		IssuerTrust::<T>::insert(&issuer, 1);
		let topic = ClaimTopic::Custom(u32::MAX);
		let expiry = Some(BlockNumberFor::<T>::max_value());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			subject.clone(),
			topic,
			expiry,
			Some([7; 32]),
		);

		assert_eq!(Claims::<T>::get(&subject).len() as u32, T::MaxClaims::get());
		assert_last_event::<T>(Event::ClaimAdded {
			subject,
			issuer,
			topic,
			expiry,
		});
		Ok(())
	}

	#[benchmark]
	fn revoke_claim() -> Result<(), BenchmarkError> {
		let subject: T::AccountId = account("subject", 0, SEED);
		fill_claims::<T>(&subject, None);
		let issuer = claim_issuer::<T>();
		let topic = ClaimTopic::Custom(T::MaxClaims::get().saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), subject.clone(), topic);

		assert_last_event::<T>(Event::ClaimRevoked {
			subject,
			issuer,
			topic,
		});
		Ok(())
	}

	/// `n` of a full record's claims expired (the others' issuer is looked up).
	#[benchmark]
	fn purge_claims(n: Linear<1, { T::MaxClaims::get() }>) -> Result<(), BenchmarkError> {
		// Every claim current and from its own issuer (each trust looked up); `n` issuers
		// trusted nowhere any more.
		let subject: T::AccountId = account("subject", 0, SEED);
		let issuers = fill_claims_from_many::<T>(&subject);
		for issuer in issuers.iter().take(n as usize) {
			IssuerTrust::<T>::remove(issuer);
		}
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), subject.clone());

		assert_last_event::<T>(Event::ClaimsPurged {
			subject,
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
		// exemption, so it is counted in its jurisdiction.
		let (admin, token) = token::<T>();
		fill_network::<T>();
		Compliance::<T>::set_restrictions(signed::<T>(&admin), token, tracked_restrictions::<T>())?;
		let holders: Vec<T::AccountId> = (0..n).map(|i| account("listed", i, SEED)).collect();
		let exempt = holders
			.iter()
			.map(|h| (h.clone(), ListFlags(ListFlags::EXEMPT)))
			.collect();
		Compliance::<T>::set_lists(
			signed::<T>(&admin),
			token,
			BoundedVec::truncate_from(exempt),
		)?;
		for holder in &holders {
			fill_claims::<T>(holder, None);
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
				.map(|h| (h.clone(), ListFlags(ListFlags::ALLOW | ListFlags::DENY)))
				.collect(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), token, entries);

		assert_eq!(TokenSettings::<T>::get(token).map(|s| s.listed), Some(n));
		assert_eq!(JurisdictionHolders::<T>::get(token, HOME), Some(n));
		Ok(())
	}

	/// The transfer check: see the module docs.
	#[benchmark(pov_mode = Measured)]
	fn check(
		c: Linear<3, { T::MaxComplexity::get() }>,
		i: Linear<0, 1>,
		l: Linear<0, 1>,
		s: Linear<0, 1>,
	) -> Result<(), BenchmarkError> {
		let (admin, token) = token::<T>();
		fill_network::<T>();
		let from: T::AccountId = account("from", 0, SEED);
		let to: T::AccountId = account("to", 0, SEED);
		for who in [&from, &to] {
			fill_claims::<T>(who, Some(BlockNumberFor::<T>::max_value()));
			if i == 1 {
				T::Identity::set_judged(who);
			}
		}
		if l == 1 {
			let entries = BoundedVec::truncate_from(vec![
				(from.clone(), ListFlags(ListFlags::ALLOW)),
				(to.clone(), ListFlags(ListFlags::ALLOW)),
			]);
			Compliance::<T>::set_lists(signed::<T>(&admin), token, entries)?;
		}
		if s == 1 {
			Compliance::<T>::set_restrictions(
				signed::<T>(&admin),
				token,
				tracked_restrictions::<T>(),
			)?;
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
			requirements::<T>(c - s, i == 1, l == 1),
		)?;
		assert_eq!(
			TokenSettings::<T>::get(token).map(|s| s.complexity),
			Some(c)
		);
		let amount: T::Balance = 100u32.into();
		let movement = Movement {
			token,
			kind: MovementKind::Transfer,
			from: Some(&from),
			to: Some(&to),
			operator: None,
			amount,
		};
		let state = LedgerState {
			holders: 1,
			supply: amount,
			from_balance: amount,
			to_balance: 0u32.into(),
		};
		let result;

		#[block]
		{
			result = <Compliance<T> as TransferCheck<_, _>>::check(&movement, &state);
		}

		assert_eq!(result, Ok(()));
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
		let entries = BoundedVec::truncate_from(vec![(listed, ListFlags(ListFlags::EXEMPT))]);
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
		let movement = Movement {
			token,
			kind: MovementKind::Transfer,
			from: Some(&from),
			to: Some(&to),
			operator: None,
			amount,
		};
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
