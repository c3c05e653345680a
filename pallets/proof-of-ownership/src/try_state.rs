//! The invariants of the pallet's storage, checked after every unit test and by `try-runtime`.

use crate::{
	AssetBindings, Attestors, Authority, BondOf, Certificates, ChainGenesis, ChainHeads,
	Challenges, Config, Disputes, HoldReason, NextAssetId, NextChallengeId, NextTransferId,
	OpenRequests, OwnerCertificates, OwnerUnits, Pallet, Pending, PendingByAsset, Requests,
	TokenAsset, UnderlyingAssetId, UnderlyingAssets,
};
use alloc::vec::Vec;
use frame_support::ensure;
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};
use vellum_primitives::{
	ledger::{ForcedKind, SecurityLedger},
	security::TokenId,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - bindings are one-to-one between registered assets and tokens (no token stays bound
	///   to a deregistered asset); chain heads and geneses are of registered assets, and every
	///   registered asset has a genesis;
	/// - every pending transfer is listed under its asset (and every listed id is pending),
	///   its asset is bound to its token, its stored attestor set is valid (distinct admitted
	///   attestors, threshold within 1..=n), its votes are by distinct attestors of that set
	///   and do not decide it yet, and its id was given out; each asset's pending issuance is
	///   the sum of its pending issuances;
	/// - every pending transfer has one request record (a holder's by the holder, a forced one
	///   by the agent that ordered it), but those the network forced, which have none; they
	///   are counted in `OpenRequests` per asset and requester, and the request deposits held
	///   from each requester are its requests'; a forced transfer takes from a holder, took no
	///   more frozen tokens than it escrowed, and names its order (a recovery none);
	/// - the escrow account (a custodian) holds exactly the sum of each bound token's pending
	///   transfers: what its pending items owe;
	/// - each owner's certified units are its ledger balance plus what it has in escrow, and
	///   they add up to the token's supply; the supply with pending issuances stands for no
	///   more units than the asset has;
	/// - each attestor's recorded bond is what is held from it, its asset count the assets
	///   naming it, its pending count the pending transfers whose set names it while their
	///   asset's does not, its challenge count its open challenges; every attestor an asset names is
	///   admitted; the challenge bonds held from each challenger are its open challenges';
	///   the asset deposits held from each issuer are its assets';
	/// - every asset's chain of title verifies, and the owner index lists exactly its
	///   certificates;
	/// - every dispute is of a confirmation of a stored certificate; an upheld one has no open
	///   challenge, any other has some; every open challenge is listed in its confirmation's
	///   dispute and every listed challenge is open and of it, its challengers distinct; each
	///   attestor's stake at risk is the sum of the stakes of its open disputes.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let escrow = Self::escrow_account();

		// Bindings.
		for (token, asset) in TokenAsset::<T>::iter() {
			ensure!(
				UnderlyingAssets::<T>::contains_key(asset),
				"a token is bound to an asset not registered"
			);
			ensure!(
				AssetBindings::<T>::get(asset).is_some_and(|b| b.token == token),
				"a token is bound to an asset not bound to it"
			);
		}
		let mut bound = 0usize;
		for (asset, binding) in AssetBindings::<T>::iter() {
			bound += 1;
			ensure!(
				UnderlyingAssets::<T>::contains_key(asset),
				"a binding of an unknown asset"
			);
			ensure!(
				TokenAsset::<T>::get(binding.token) == Some(asset),
				"a bound asset's token is not bound to it"
			);
		}
		ensure!(
			TokenAsset::<T>::iter().count() == bound,
			"bindings are not one-to-one"
		);

		// Chain heads and geneses.
		for asset in ChainHeads::<T>::iter_keys() {
			ensure!(
				UnderlyingAssets::<T>::contains_key(asset),
				"a chain head of an asset not registered"
			);
		}
		for asset in ChainGenesis::<T>::iter_keys() {
			ensure!(
				UnderlyingAssets::<T>::contains_key(asset),
				"a genesis of an asset not registered"
			);
		}
		for asset in UnderlyingAssets::<T>::iter_keys() {
			ensure!(
				ChainGenesis::<T>::contains_key(asset),
				"a registered asset without a genesis"
			);
		}

		// Pending transfers.
		let next_transfer = NextTransferId::<T>::get();
		let mut escrowed: BTreeMap<TokenId, T::Balance> = BTreeMap::new();
		let mut issuing: BTreeMap<UnderlyingAssetId, T::Balance> = BTreeMap::new();
		let mut outgoing: BTreeMap<(UnderlyingAssetId, T::AccountId), T::Balance> = BTreeMap::new();
		let mut departed: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut listed = 0usize;
		for (id, p) in Pending::<T>::iter() {
			listed += 1;
			ensure!(id < next_transfer, "a transfer id not given out yet");
			ensure!(
				PendingByAsset::<T>::get(p.asset).contains(&id),
				"a pending transfer missing from its asset's list"
			);
			ensure!(
				AssetBindings::<T>::get(p.asset).is_some_and(|b| b.token == p.token),
				"a pending transfer of a token not bound to its asset"
			);
			ensure!(!p.amount.is_zero(), "a pending transfer of nothing");
			let record =
				UnderlyingAssets::<T>::get(p.asset).ok_or("a pending transfer of no asset")?;
			let attestors = &p.attestors;
			ensure!(
				p.threshold >= 1 && p.threshold as usize <= attestors.len(),
				"a pending transfer's threshold is outside its attestor set"
			);
			for (i, a) in attestors.iter().enumerate() {
				ensure!(
					!attestors.iter().take(i).any(|b| b == a),
					"a pending transfer's attestor set names an attestor twice"
				);
				ensure!(
					Attestors::<T>::contains_key(a),
					"a pending transfer's attestor set names an account not an attestor"
				);
				if !record.definition.attestors.contains(a) {
					*departed.entry(a.clone()).or_default() += 1;
				}
			}
			let voters: Vec<&T::AccountId> = p
				.confirmations
				.iter()
				.map(|(a, _)| a)
				.chain(p.rejections.iter())
				.collect();
			for (i, v) in voters.iter().enumerate() {
				ensure!(
					attestors.contains(*v),
					"a vote by an account not in the transfer's attestor set"
				);
				ensure!(
					!voters.iter().take(i).any(|w| w == v),
					"an attestor voted twice"
				);
			}
			ensure!(
				(p.confirmations.len() as u32) < p.threshold
					&& (p.rejections.len() as u32) < p.rejection_threshold(),
				"a decided transfer is still pending"
			);
			if let Some(f) = &p.forced {
				ensure!(p.from.is_some(), "a forced transfer takes from no holder");
				ensure!(
					f.frozen <= p.amount,
					"a forced transfer took more frozen tokens than it escrowed"
				);
				ensure!(
					match f.kind {
						ForcedKind::Transfer => f.reason.is_some_and(|r| r != [0; 32]),
						ForcedKind::Recovery => f.reason.is_none(),
					},
					"a forced transfer without its order, or a recovery with one"
				);
			}
			match &p.from {
				Some(from) => {
					let e = escrowed.entry(p.token).or_insert_with(Zero::zero);
					*e = e.saturating_add(p.amount);
					let o = outgoing
						.entry((p.asset, from.clone()))
						.or_insert_with(Zero::zero);
					*o = o.saturating_add(p.amount);
				}
				None => {
					let i = issuing.entry(p.asset).or_insert_with(Zero::zero);
					*i = i.saturating_add(p.amount);
				}
			}
		}
		let mut in_lists = 0usize;
		for (asset, list) in PendingByAsset::<T>::iter() {
			ensure!(!list.is_empty(), "an empty pending list is stored");
			for (i, id) in list.iter().enumerate() {
				ensure!(
					!list.iter().take(i).any(|j| j == id),
					"a pending list names a transfer twice"
				);
				ensure!(
					Pending::<T>::get(id).is_some_and(|p| p.asset == asset),
					"a pending list names a transfer not pending for its asset"
				);
			}
			in_lists += list.len();
		}
		ensure!(
			in_lists == listed,
			"pending lists differ from the pending transfers"
		);

		// Escrow, certified units and supply of every bound asset.
		for (asset, binding) in AssetBindings::<T>::iter() {
			let token = binding.token;
			ensure!(
				T::Ledger::balance(token, &escrow)
					== escrowed.get(&token).copied().unwrap_or_default(),
				"escrowed tokens differ from the pending transfers"
			);
			ensure!(
				binding.pending_issue == issuing.get(&asset).copied().unwrap_or_default(),
				"pending issuance differs from the pending issuances"
			);
			ensure!(
				!OwnerUnits::<T>::contains_key(asset, &escrow),
				"the escrow account holds certified units"
			);
			let mut sum = T::Balance::zero();
			for (who, units) in OwnerUnits::<T>::iter_prefix(asset) {
				ensure!(!units.is_zero(), "zero certified units are stored");
				let out = outgoing
					.get(&(asset, who.clone()))
					.copied()
					.unwrap_or_default();
				ensure!(
					units == T::Ledger::balance(token, &who).saturating_add(out),
					"certified units differ from the balance and escrow of their owner"
				);
				sum = sum.checked_add(&units).ok_or("certified units overflow")?;
			}
			let supply = T::Ledger::total_supply(token);
			ensure!(
				sum == supply,
				"certified units differ from the token's supply"
			);
			let total = UnderlyingAssets::<T>::get(asset)
				.map(|a| a.definition.total_units)
				.unwrap_or_default();
			let represented: u128 = supply.saturating_add(binding.pending_issue).into();
			ensure!(
				represented
					.checked_mul(binding.units_per_token)
					.is_some_and(|u| u <= total),
				"the token stands for more units than the asset has"
			);
		}
		ensure!(
			OwnerUnits::<T>::iter_keys().all(|(a, _)| AssetBindings::<T>::contains_key(a)),
			"certified units of an unbound asset"
		);

		// Attestors, deposits and challenges.
		let mut named: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BondOf<T>> = BTreeMap::new();
		let next_asset = NextAssetId::<T>::get();
		for (asset, record) in UnderlyingAssets::<T>::iter() {
			ensure!(asset < next_asset, "an asset id not given out yet");
			for a in record.definition.attestors.iter() {
				*named.entry(a.clone()).or_default() += 1;
			}
			let d = deposits
				.entry(record.issuer.clone())
				.or_insert_with(Zero::zero);
			*d = d.saturating_add(record.deposit);
			ensure!(
				Self::verify_chain(asset),
				"a chain of title does not verify"
			);
		}
		for (issuer, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AssetDeposit.into(), &issuer) == deposit,
				"asset deposits held differ from the assets"
			);
		}
		// Requests: one per pending transfer, counted per asset and requester, their deposits
		// held.
		let mut requested: BTreeMap<(UnderlyingAssetId, T::AccountId), u32> = BTreeMap::new();
		let mut request_deposits: BTreeMap<T::AccountId, BondOf<T>> = BTreeMap::new();
		for (id, (requester, deposit)) in Requests::<T>::iter() {
			let p = Pending::<T>::get(id).ok_or("a request record of no pending transfer")?;
			match &p.forced {
				None => ensure!(
					p.from.is_none() || p.from.as_ref() == Some(&requester),
					"a holder's transfer requested by another account"
				),
				Some(f) => ensure!(
					f.by == Authority::Agent(requester.clone()),
					"a forced transfer's request record names another account than its agent"
				),
			}
			*requested.entry((p.asset, requester.clone())).or_default() += 1;
			let d = request_deposits.entry(requester).or_insert_with(Zero::zero);
			*d = d.saturating_add(deposit);
		}
		// The network's forced transfers alone have no request record (nobody holds a
		// deposit for them).
		for (id, p) in Pending::<T>::iter() {
			let by_network = p
				.forced
				.as_ref()
				.is_some_and(|f| f.by == Authority::Network);
			ensure!(
				Requests::<T>::contains_key(id) != by_network,
				"a pending transfer without its request record, or the network's with one"
			);
		}
		let counted: BTreeMap<(UnderlyingAssetId, T::AccountId), u32> = OpenRequests::<T>::iter()
			.map(|(asset, who, n)| ((asset, who), n))
			.collect();
		ensure!(
			counted == requested,
			"open request counts differ from the requests"
		);
		for (requester, deposit) in request_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RequestDeposit.into(), &requester)
					== deposit,
				"request deposits held differ from the requests"
			);
		}
		let mut open: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut challenge_bonds: BTreeMap<T::AccountId, BondOf<T>> = BTreeMap::new();
		let next_challenge = NextChallengeId::<T>::get();
		let mut challenges = 0usize;
		for (id, c) in Challenges::<T>::iter() {
			challenges += 1;
			ensure!(id < next_challenge, "a challenge id not given out yet");
			*open.entry(c.attestor.clone()).or_default() += 1;
			let b = challenge_bonds
				.entry(c.challenger.clone())
				.or_insert_with(Zero::zero);
			*b = b.saturating_add(c.bond);
			ensure!(
				Disputes::<T>::get((c.asset, c.seq, &c.attestor)).is_some_and(|d| d
					.open
					.iter()
					.any(|(i, who)| *i == id && *who == c.challenger)),
				"an open challenge is not listed in its confirmation's dispute"
			);
		}
		// Disputes: of stored confirmations; an upheld one has no open challenge, an open one
		// lists distinct challengers whose challenges are open and of it; the stakes of the open
		// ones add up per attestor.
		let mut at_stake: BTreeMap<T::AccountId, BondOf<T>> = BTreeMap::new();
		let mut listed_challenges = 0usize;
		for ((asset, seq, attestor), d) in Disputes::<T>::iter() {
			ensure!(
				Certificates::<T>::get(asset, seq)
					.is_some_and(|cert| cert.attestors.contains(&attestor)),
				"a dispute of no confirmation"
			);
			if d.upheld {
				ensure!(d.open.is_empty(), "an upheld dispute has open challenges");
				continue;
			}
			ensure!(
				!d.open.is_empty(),
				"a dispute without open challenges is stored"
			);
			for (i, (id, who)) in d.open.iter().enumerate() {
				ensure!(
					!d.open.iter().take(i).any(|(j, w)| j == id || w == who),
					"a dispute lists a challenge or a challenger twice"
				);
				ensure!(
					Challenges::<T>::get(id).is_some_and(|c| c.asset == asset
						&& c.seq == seq && c.attestor
						== attestor && c.challenger == *who),
					"a dispute lists a challenge that is not open, or not of it"
				);
			}
			listed_challenges += d.open.len();
			let s = at_stake.entry(attestor).or_insert_with(Zero::zero);
			*s = s.saturating_add(d.stake);
		}
		ensure!(
			listed_challenges == challenges,
			"the disputes list other challenges than the open ones"
		);
		for (challenger, bond) in challenge_bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ChallengeBond.into(), &challenger)
					== bond,
				"challenge bonds held differ from the open challenges"
			);
		}
		for (who, info) in Attestors::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AttestorBond.into(), &who) == info.bond,
				"an attestor's recorded bond differs from its hold"
			);
			ensure!(
				info.assets == named.remove(&who).unwrap_or(0),
				"an attestor's asset count differs from the assets"
			);
			ensure!(
				info.pending == departed.remove(&who).unwrap_or(0),
				"an attestor's pending count differs from the pending transfers naming it"
			);
			ensure!(
				info.challenges == open.remove(&who).unwrap_or(0),
				"an attestor's challenge count differs from its open challenges"
			);
			ensure!(
				info.at_stake == at_stake.remove(&who).unwrap_or_else(Zero::zero),
				"an attestor's stake at risk differs from its open disputes'"
			);
		}
		ensure!(
			at_stake.is_empty(),
			"a dispute names an account that is not an attestor"
		);
		ensure!(
			named.is_empty() && open.is_empty() && departed.is_empty(),
			"an asset or challenge names an account that is not an attestor"
		);

		// The owner index lists exactly the certificates.
		let mut indexed = 0usize;
		for (asset, owner, seq) in OwnerCertificates::<T>::iter_keys() {
			indexed += 1;
			ensure!(
				Certificates::<T>::get(asset, seq).is_some_and(|c| c.owner == owner),
				"the owner index names a certificate of someone else"
			);
		}
		ensure!(
			indexed == Certificates::<T>::iter_keys().count(),
			"the owner index differs from the certificates"
		);
		Ok(())
	}
}
