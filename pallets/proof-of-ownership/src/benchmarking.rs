//! Benchmarks of the proof-of-ownership pallet.
//!
//! Every benchmark builds the worst case of its call: assets have `MaxAttestors` attestors,
//! pending lists hold `MaxPendingPerAsset - 1` other requests (a request fills the list, a
//! decision scans it), and votes are cast on records as full as a vote can find them. The
//! completing confirmation, the failing rejection and `expire` end a transfer whose attestors
//! have all left the asset's set (each released by it), and include the ledger movement of
//! a token without compliance settings; the call weights add `SecurityLedger::movement_overhead`
//! on top for what the ledger's checks and hooks may cost beyond that. The completing
//! confirmation settles a recovery its token's issuer requested (the heaviest settlement: it
//! also freezes the lost account, holding the issuer's freeze deposit); forced requests are
//! made by the token's issuer, which holds every agent role and pays the request deposit.

use super::*;
use crate::Pallet as ProofOfOwnership;
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;
use vellum_primitives::security::CountryCode;

const SEED: u32 = 0;
const EVIDENCE: [u8; 32] = [1; 32];

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn signed<T: Config>(who: &T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who.clone()).into()
}

/// The bond every attestor of the benchmarks holds (the minimum, at least one unit).
fn min_bond<T: Config>() -> BondOf<T> {
	T::MinAttestorBond::get().max(1u32.into())
}

/// Gives `who` a thousand times the largest bond or deposit.
fn fund<T: Config>(who: &T::AccountId) {
	let unit = min_bond::<T>()
		.max(T::ChallengeBond::get())
		.max(T::AssetDeposit::get())
		.max(T::RequestDeposit::get())
		.max(T::Currency::minimum_balance());
	let _ = T::Currency::set_balance(who, unit.saturating_mul(1_000u32.into()));
}

/// Admitted attestor `i`, holding `bond`.
fn attestor<T: Config>(i: u32, bond: BondOf<T>) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("attestor", i, SEED);
	fund::<T>(&who);
	Attestors::<T>::insert(&who, AttestorInfoOf::<T>::default());
	ProofOfOwnership::<T>::bond(signed::<T>(&who), bond)?;
	Ok(who)
}

/// `n` admitted attestors with the minimum bond.
fn attestors<T: Config>(n: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	(0..n).map(|i| attestor::<T>(i, min_bond::<T>())).collect()
}

/// `n` more admitted attestors with the minimum bond, after the first `MaxAttestors`.
fn new_attestors<T: Config>(n: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let first = T::MaxAttestors::get();
	(first..first.saturating_add(n))
		.map(|i| attestor::<T>(i, min_bond::<T>()))
		.collect()
}

/// `asset`'s issuer replaces its whole set by `MaxAttestors` new attestors, 1 of them: every
/// attestor of its pending transfers has left the asset's set (the most a transfer's end then
/// releases).
fn replace_set<T: Config>(asset: UnderlyingAssetId) -> Result<(), BenchmarkError> {
	let issuer = UnderlyingAssets::<T>::get(asset)
		.map(|a| a.issuer)
		.ok_or(BenchmarkError::Stop("no asset"))?;
	let set = new_attestors::<T>(T::MaxAttestors::get())?;
	ProofOfOwnership::<T>::set_attestors(
		signed::<T>(&issuer),
		asset,
		BoundedVec::truncate_from(set),
		1,
	)?;
	Ok(())
}

/// The largest definition: the longest legal identifier, `attestors`, threshold `k`.
fn definition<T: Config>(attestors: Vec<T::AccountId>, k: u32) -> AssetDefinitionOf<T> {
	AssetDefinition {
		kind: AssetKind::RealEstate,
		legal_id: BoundedVec::truncate_from(vec![b'X'; T::MaxIdLen::get() as usize]),
		jurisdiction: CountryCode(*b"DE"),
		registrar: account("registrar", 0, SEED),
		document: [7; 32],
		total_units: u128::MAX,
		attestors: BoundedVec::truncate_from(attestors),
		threshold: k,
		transfer_period: T::MaxTransferPeriod::get(),
	}
}

/// A funded issuer with a new token.
fn issuer<T: Config>() -> (T::AccountId, TokenId) {
	let issuer: T::AccountId = account("issuer", 0, SEED);
	fund::<T>(&issuer);
	let token = T::BenchmarkHelper::create_token(&issuer);
	(issuer, token)
}

/// An asset with `n` attestors (threshold `k`) registered by a funded issuer, with a new token
/// of the issuer bound to it, one asset unit per token unit.
#[allow(clippy::type_complexity)]
fn bound_asset<T: Config>(
	n: u32,
	k: u32,
) -> Result<(T::AccountId, UnderlyingAssetId, TokenId, Vec<T::AccountId>), BenchmarkError> {
	let (issuer, token) = issuer::<T>();
	let attestors = attestors::<T>(n)?;
	let asset = NextAssetId::<T>::get();
	ProofOfOwnership::<T>::register_asset(
		signed::<T>(&issuer),
		Box::new(definition::<T>(attestors.clone(), k)),
	)?;
	ProofOfOwnership::<T>::bind_token(signed::<T>(&issuer), asset, token, 1)?;
	Ok((issuer, asset, token, attestors))
}

/// Issues `amount` of bound `token` to `who` as an attested issuance would.
fn give<T: Config>(
	asset: UnderlyingAssetId,
	token: TokenId,
	who: &T::AccountId,
	amount: T::Balance,
) -> Result<(), BenchmarkError> {
	T::Ledger::settle(
		token,
		&ProofOfOwnership::<T>::escrow_account(),
		None,
		who,
		amount,
	)?;
	OwnerUnits::<T>::mutate(asset, who, |u| *u = u.saturating_add(amount));
	Ok(())
}

/// `count` pending issuances of one unit of `token`, to distinct receivers.
fn fill_pending<T: Config>(
	issuer: &T::AccountId,
	token: TokenId,
	count: u32,
) -> Result<(), BenchmarkError> {
	for i in 0..count {
		let to: T::AccountId = account("other-receiver", i, SEED);
		ProofOfOwnership::<T>::request_issuance(signed::<T>(issuer), token, to, 1u32.into())?;
	}
	Ok(())
}

/// A holder's pending transfer of 100 units on a full asset (`MaxAttestors` attestors,
/// threshold `k`) whose pending list is then full; returns the asset, the token, the
/// attestors, the request and its receiver.
#[allow(clippy::type_complexity)]
fn full_request<T: Config>(
	k: u32,
) -> Result<
	(
		UnderlyingAssetId,
		TokenId,
		Vec<T::AccountId>,
		TransferId,
		T::AccountId,
	),
	BenchmarkError,
> {
	full_request_of::<T>(k, false)
}

/// [`full_request`], or (`recovery`) the token's issuer's recovery of the holder's 100 units
/// to the receiver.
#[allow(clippy::type_complexity)]
fn full_request_of<T: Config>(
	k: u32,
	recovery: bool,
) -> Result<
	(
		UnderlyingAssetId,
		TokenId,
		Vec<T::AccountId>,
		TransferId,
		T::AccountId,
	),
	BenchmarkError,
> {
	let n = T::MaxAttestors::get();
	let (issuer, asset, token, attestors) = bound_asset::<T>(n, k)?;
	let holder: T::AccountId = account("holder", 0, SEED);
	let receiver: T::AccountId = account("receiver", 0, SEED);
	let amount: T::Balance = 100u32.into();
	fund::<T>(&holder);
	give::<T>(asset, token, &holder, amount)?;
	fill_pending::<T>(
		&issuer,
		token,
		T::MaxPendingPerAsset::get().saturating_sub(1),
	)?;
	let id = NextTransferId::<T>::get();
	if recovery {
		ProofOfOwnership::<T>::request_recovery(
			signed::<T>(&issuer),
			token,
			holder,
			receiver.clone(),
		)?;
	} else {
		ProofOfOwnership::<T>::request_transfer(
			signed::<T>(&holder),
			token,
			receiver.clone(),
			amount,
		)?;
	}
	Ok((asset, token, attestors, id, receiver))
}

/// A bound token whose asset names `MaxAttestors` attestors and whose pending list has room
/// for one more request, and a holder of 100 units of it; returns the issuer, the asset, the
/// token, the holder and a receiver.
#[allow(clippy::type_complexity)]
fn forced_setup<T: Config>() -> Result<
	(
		T::AccountId,
		UnderlyingAssetId,
		TokenId,
		T::AccountId,
		T::AccountId,
	),
	BenchmarkError,
> {
	let (issuer, asset, token, _) = bound_asset::<T>(T::MaxAttestors::get(), 1)?;
	let holder: T::AccountId = account("holder", 0, SEED);
	let receiver: T::AccountId = account("receiver", 0, SEED);
	give::<T>(asset, token, &holder, 100u32.into())?;
	fill_pending::<T>(
		&issuer,
		token,
		T::MaxPendingPerAsset::get().saturating_sub(1),
	)?;
	Ok((issuer, asset, token, holder, receiver))
}

/// A certificate confirmed by `MaxAttestors` attestors; returns the asset, its sequence
/// number and the last attestor.
fn full_certificate<T: Config>(
) -> Result<(UnderlyingAssetId, CertificateSeq, T::AccountId), BenchmarkError> {
	let n = T::MaxAttestors::get();
	let (asset, _, attestors, id, _) = full_request::<T>(n)?;
	for a in &attestors {
		ProofOfOwnership::<T>::confirm(signed::<T>(a), id, EVIDENCE)?;
	}
	let seq = ChainHeads::<T>::get(asset).0.saturating_sub(1);
	let last = attestors
		.last()
		.cloned()
		.ok_or(BenchmarkError::Stop("no attestor"))?;
	Ok((asset, seq, last))
}

/// Challenger `i`, funded, challenges `attestor`'s confirmation of certificate `seq` of
/// `asset`; returns the challenge.
fn challenge_by<T: Config>(
	i: u32,
	asset: UnderlyingAssetId,
	seq: CertificateSeq,
	attestor: &T::AccountId,
) -> Result<ChallengeId, BenchmarkError> {
	let challenger: T::AccountId = account("challenger", i, SEED);
	fund::<T>(&challenger);
	let id = NextChallengeId::<T>::get();
	ProofOfOwnership::<T>::challenge(signed::<T>(&challenger), asset, seq, attestor.clone())?;
	Ok(id)
}

/// The last attestor's confirmation of a full certificate with `others` open challenges of
/// other challengers and then one more (challenger 0's, which it returns): a dispute as full as
/// `others + 1` challenges make it.
fn open_challenges<T: Config>(
	others: u32,
) -> Result<(ChallengeId, UnderlyingAssetId, CertificateSeq, T::AccountId), BenchmarkError> {
	let (asset, seq, attestor) = full_certificate::<T>()?;
	for i in 1..=others {
		challenge_by::<T>(i, asset, seq, &attestor)?;
	}
	let id = challenge_by::<T>(0, asset, seq, &attestor)?;
	Ok((id, asset, seq, attestor))
}

/// The most other open challenges of a confirmation one challenge finds.
fn max_others<T: Config>() -> u32 {
	T::MaxChallengesPerAttestation::get().saturating_sub(1)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_attestor() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("attestor", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Attestors::<T>::contains_key(&who));
		assert_last_event::<T>(Event::AttestorAdmitted { who });
		Ok(())
	}

	#[benchmark]
	fn remove_attestor() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = attestor::<T>(0, min_bond::<T>())?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Attestors::<T>::contains_key(&who));
		assert_last_event::<T>(Event::AttestorRemoved {
			who,
			released: min_bond::<T>(),
		});
		Ok(())
	}

	#[benchmark]
	fn bond() -> Result<(), BenchmarkError> {
		let who = attestor::<T>(0, min_bond::<T>())?;
		let amount = min_bond::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(
			Attestors::<T>::get(&who).map(|i| i.bond),
			Some(amount.saturating_add(amount))
		);
		Ok(())
	}

	#[benchmark]
	fn unbond() -> Result<(), BenchmarkError> {
		// Named by an asset: the bond may not fall below the minimum (the check runs).
		let (_, _, _, attestors) = bound_asset::<T>(T::MaxAttestors::get(), 1)?;
		let who = attestors
			.first()
			.cloned()
			.ok_or(BenchmarkError::Stop("no attestor"))?;
		let amount = min_bond::<T>();
		ProofOfOwnership::<T>::bond(signed::<T>(&who), amount)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(Attestors::<T>::get(&who).map(|i| i.bond), Some(amount));
		Ok(())
	}

	#[benchmark]
	fn register_asset(a: Linear<1, { T::MaxAttestors::get() }>) -> Result<(), BenchmarkError> {
		let (issuer, _) = issuer::<T>();
		let attestors = attestors::<T>(a)?;
		let asset = NextAssetId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			Box::new(definition::<T>(attestors, a)),
		);

		assert!(UnderlyingAssets::<T>::contains_key(asset));
		Ok(())
	}

	#[benchmark]
	fn bind_token() -> Result<(), BenchmarkError> {
		let (issuer, token) = issuer::<T>();
		let attestors = attestors::<T>(T::MaxAttestors::get())?;
		let asset = NextAssetId::<T>::get();
		ProofOfOwnership::<T>::register_asset(
			signed::<T>(&issuer),
			Box::new(definition::<T>(attestors, 1)),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), asset, token, 1);

		assert_eq!(TokenAsset::<T>::get(token), Some(asset));
		Ok(())
	}

	#[benchmark]
	fn request_transfer() -> Result<(), BenchmarkError> {
		let (issuer, asset, token, _) = bound_asset::<T>(T::MaxAttestors::get(), 1)?;
		let holder: T::AccountId = account("holder", 0, SEED);
		let receiver: T::AccountId = account("receiver", 0, SEED);
		let amount: T::Balance = 100u32.into();
		fund::<T>(&holder);
		give::<T>(asset, token, &holder, amount)?;
		fill_pending::<T>(
			&issuer,
			token,
			T::MaxPendingPerAsset::get().saturating_sub(1),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(holder), token, receiver, amount);

		assert_eq!(
			PendingByAsset::<T>::get(asset).len() as u32,
			T::MaxPendingPerAsset::get()
		);
		assert_eq!(
			T::Ledger::balance(token, &ProofOfOwnership::<T>::escrow_account()),
			amount
		);
		Ok(())
	}

	#[benchmark]
	fn request_issuance() -> Result<(), BenchmarkError> {
		let (issuer, asset, token, _) = bound_asset::<T>(T::MaxAttestors::get(), 1)?;
		let receiver: T::AccountId = account("receiver", 0, SEED);
		fill_pending::<T>(
			&issuer,
			token,
			T::MaxPendingPerAsset::get().saturating_sub(1),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), token, receiver, 100u32.into());

		assert_eq!(
			PendingByAsset::<T>::get(asset).len() as u32,
			T::MaxPendingPerAsset::get()
		);
		Ok(())
	}

	#[benchmark]
	fn confirm() -> Result<(), BenchmarkError> {
		let n = T::MaxAttestors::get();
		if n < 2 {
			// Every confirmation completes: `confirm_complete` is the only case.
			return Err(BenchmarkError::Weightless);
		}
		let (_, _, attestors, id, _) = full_request::<T>(n)?;
		let (voters, rest) = attestors.split_at((n - 2) as usize);
		for a in voters {
			ProofOfOwnership::<T>::confirm(signed::<T>(a), id, EVIDENCE)?;
		}
		let who = rest
			.first()
			.cloned()
			.ok_or(BenchmarkError::Stop("no attestor"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, EVIDENCE);

		assert_eq!(
			Pending::<T>::get(id).map(|p| p.confirmations.len() as u32),
			Some(n - 1)
		);
		Ok(())
	}

	#[benchmark]
	fn confirm_complete() -> Result<(), BenchmarkError> {
		let n = T::MaxAttestors::get();
		let (asset, token, attestors, id, receiver) = full_request_of::<T>(n, true)?;
		let (last, others) = attestors
			.split_last()
			.ok_or(BenchmarkError::Stop("no attestor"))?;
		for a in others {
			ProofOfOwnership::<T>::confirm(signed::<T>(a), id, EVIDENCE)?;
		}
		replace_set::<T>(asset)?;

		#[extrinsic_call]
		confirm(RawOrigin::Signed(last.clone()), id, EVIDENCE);

		assert!(!Pending::<T>::contains_key(id));
		assert_eq!(T::Ledger::balance(token, &receiver), 100u32.into());
		assert!(ProofOfOwnership::<T>::verify_chain(asset));
		Ok(())
	}

	#[benchmark]
	fn reject() -> Result<(), BenchmarkError> {
		let n = T::MaxAttestors::get();
		if n < 2 {
			// Every rejection fails the transfer: `reject_final` is the only case.
			return Err(BenchmarkError::Weightless);
		}
		// Threshold 1: only all `n` rejections fail it.
		let (_, _, attestors, id, _) = full_request::<T>(1)?;
		let (voters, rest) = attestors.split_at((n - 2) as usize);
		for a in voters {
			ProofOfOwnership::<T>::reject(signed::<T>(a), id)?;
		}
		let who = rest
			.first()
			.cloned()
			.ok_or(BenchmarkError::Stop("no attestor"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(
			Pending::<T>::get(id).map(|p| p.rejections.len() as u32),
			Some(n - 1)
		);
		Ok(())
	}

	#[benchmark]
	fn reject_final() -> Result<(), BenchmarkError> {
		let (asset, token, attestors, id, _) = full_request::<T>(1)?;
		let (last, others) = attestors
			.split_last()
			.ok_or(BenchmarkError::Stop("no attestor"))?;
		for a in others {
			ProofOfOwnership::<T>::reject(signed::<T>(a), id)?;
		}
		replace_set::<T>(asset)?;

		#[extrinsic_call]
		reject(RawOrigin::Signed(last.clone()), id);

		assert!(!Pending::<T>::contains_key(id));
		assert!(T::Ledger::balance(token, &ProofOfOwnership::<T>::escrow_account()).is_zero());
		Ok(())
	}

	#[benchmark]
	fn expire() -> Result<(), BenchmarkError> {
		let n = T::MaxAttestors::get();
		let (asset, token, attestors, id, _) = full_request::<T>(n)?;
		for a in attestors.iter().take((n - 1) as usize) {
			ProofOfOwnership::<T>::confirm(signed::<T>(a), id, EVIDENCE)?;
		}
		replace_set::<T>(asset)?;
		let deadline = Pending::<T>::get(id)
			.map(|p| p.deadline)
			.ok_or(BenchmarkError::Stop("not pending"))?;
		frame_system::Pallet::<T>::set_block_number(deadline.saturating_add(1u32.into()));
		let caller: T::AccountId = account("caller", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(T::Ledger::balance(token, &ProofOfOwnership::<T>::escrow_account()).is_zero());
		assert_last_event::<T>(Event::TransferExpired { id, asset });
		Ok(())
	}

	#[benchmark]
	fn challenge() -> Result<(), BenchmarkError> {
		// The last free place of a confirmation's dispute: the others are scanned for the
		// challenger and the dispute written back full.
		let (asset, seq, attestor) = full_certificate::<T>()?;
		for i in 1..=max_others::<T>() {
			challenge_by::<T>(i, asset, seq, &attestor)?;
		}
		let stake = Disputes::<T>::get((asset, seq, &attestor))
			.map(|d| d.stake)
			.unwrap_or_else(|| T::SlashFraction::get() * min_bond::<T>());
		let challenger: T::AccountId = account("challenger", 0, SEED);
		fund::<T>(&challenger);
		let id = NextChallengeId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(challenger.clone()),
			asset,
			seq,
			attestor.clone(),
		);

		assert_eq!(
			Disputes::<T>::get((asset, seq, &attestor)).map(|d| d.open.len() as u32),
			Some(T::MaxChallengesPerAttestation::get())
		);
		assert_last_event::<T>(Event::Challenged {
			id,
			asset,
			seq,
			attestor,
			challenger,
			bond: T::ChallengeBond::get(),
			stake,
		});
		Ok(())
	}

	#[benchmark]
	fn rule_upheld(c: Linear<0, { max_others::<T>() }>) -> Result<(), BenchmarkError> {
		// The ruled challenge and `c` others, which the ruling closes.
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, asset, seq, attestor) = open_challenges::<T>(c)?;

		#[extrinsic_call]
		rule(origin as T::RuntimeOrigin, id, true);

		assert!(!Challenges::<T>::contains_key(id));
		assert!(Challenges::<T>::iter_keys().next().is_none());
		assert_eq!(
			Attestors::<T>::get(&attestor).map(|i| (i.challenges, i.at_stake.is_zero())),
			Some((0, true))
		);
		assert!(Disputes::<T>::get((asset, seq, &attestor)).is_some_and(|d| d.upheld));
		Ok(())
	}

	#[benchmark]
	fn rule_dismissed() -> Result<(), BenchmarkError> {
		// A full dispute: the ruled challenge is found among the others and removed.
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, asset, seq, attestor) = open_challenges::<T>(max_others::<T>())?;

		#[extrinsic_call]
		rule(origin as T::RuntimeOrigin, id, false);

		assert!(!Challenges::<T>::contains_key(id));
		assert_eq!(
			Disputes::<T>::get((asset, seq, &attestor)).map(|d| d.open.len() as u32),
			Some(max_others::<T>())
		);
		Ok(())
	}

	#[benchmark]
	fn lapse() -> Result<(), BenchmarkError> {
		// A full dispute, past the ruling period of its last challenge.
		let (id, asset, seq, attestor) = open_challenges::<T>(max_others::<T>())?;
		let at = Challenges::<T>::get(id)
			.map(|c| c.at)
			.ok_or(BenchmarkError::Stop("not open"))?;
		frame_system::Pallet::<T>::set_block_number(
			at.saturating_add(T::RulingPeriod::get())
				.saturating_add(1u32.into()),
		);
		let caller: T::AccountId = account("caller", 0, SEED);
		let challenger: T::AccountId = account("challenger", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Challenges::<T>::contains_key(id));
		assert_eq!(
			Disputes::<T>::get((asset, seq, &attestor)).map(|d| d.open.len() as u32),
			Some(max_others::<T>())
		);
		assert_last_event::<T>(Event::ChallengeLapsed {
			id,
			challenger,
			released: T::ChallengeBond::get(),
		});
		Ok(())
	}

	#[benchmark]
	fn set_attestors(a: Linear<1, { T::MaxAttestors::get() }>) -> Result<(), BenchmarkError> {
		// `MaxAttestors` leave, `a` join, and `MaxPendingPerAsset` pending transfers name
		// every leaving attestor (each is counted as held by them).
		let n = T::MaxAttestors::get();
		let (issuer, asset, token, old) = bound_asset::<T>(n, 1)?;
		fill_pending::<T>(&issuer, token, T::MaxPendingPerAsset::get())?;
		let set = BoundedVec::truncate_from(new_attestors::<T>(a)?);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), asset, set.clone(), a);

		assert_eq!(
			UnderlyingAssets::<T>::get(asset).map(|r| r.definition.attestors),
			Some(set.clone())
		);
		for who in &old {
			assert_eq!(
				Attestors::<T>::get(who).map(|i| (i.assets, i.pending)),
				Some((0, T::MaxPendingPerAsset::get()))
			);
		}
		assert_last_event::<T>(Event::AttestorsChanged {
			asset,
			attestors: set,
			threshold: a,
			by_network: false,
		});
		Ok(())
	}

	#[benchmark]
	fn deregister_asset() -> Result<(), BenchmarkError> {
		// A bound asset (its token without supply) naming `MaxAttestors` attestors.
		let (issuer, asset, token, attestors) = bound_asset::<T>(T::MaxAttestors::get(), 1)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), asset);

		assert!(!UnderlyingAssets::<T>::contains_key(asset));
		assert!(!TokenAsset::<T>::contains_key(token));
		for who in &attestors {
			assert_eq!(Attestors::<T>::get(who).map(|i| i.assets), Some(0));
		}
		assert_last_event::<T>(Event::AssetDeregistered {
			asset,
			issuer,
			released: T::AssetDeposit::get(),
			by_network: false,
		});
		Ok(())
	}

	#[benchmark]
	fn request_forced_transfer() -> Result<(), BenchmarkError> {
		let (issuer, asset, token, holder, receiver) = forced_setup::<T>()?;
		let amount: T::Balance = 100u32.into();
		let id = NextTransferId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			token,
			holder,
			receiver,
			amount,
			[1; 32],
		);

		assert_eq!(
			PendingByAsset::<T>::get(asset).len() as u32,
			T::MaxPendingPerAsset::get()
		);
		assert_eq!(
			Pending::<T>::get(id).and_then(|p| p.forced).map(|f| f.by),
			Some(Authority::Agent(issuer))
		);
		assert_eq!(
			T::Ledger::balance(token, &ProofOfOwnership::<T>::escrow_account()),
			amount
		);
		Ok(())
	}

	#[benchmark]
	fn request_recovery() -> Result<(), BenchmarkError> {
		let (issuer, asset, token, holder, receiver) = forced_setup::<T>()?;
		let id = NextTransferId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			token,
			holder.clone(),
			receiver,
		);

		assert_eq!(
			PendingByAsset::<T>::get(asset).len() as u32,
			T::MaxPendingPerAsset::get()
		);
		assert!(T::Ledger::balance(token, &holder).is_zero());
		assert_eq!(
			Pending::<T>::get(id).and_then(|p| p.forced).map(|f| f.kind),
			Some(ForcedKind::Recovery)
		);
		Ok(())
	}

	impl_benchmark_test_suite!(
		ProofOfOwnership,
		crate::mock::new_test_ext(),
		crate::mock::Test
	);
}
