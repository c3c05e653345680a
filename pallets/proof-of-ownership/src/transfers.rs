//! Transfers of a bound token: requests (the settlement check, the requester's deposit, a
//! holder's tokens into escrow), the attestors' votes, settlement through the ledger (or its
//! refusal), rejection and expiry, and the weights charged for the votes.

use crate::{
	AssetBindings, AssetOf, Attestors, ChainHeads, Config, Error, Event, ForcedRequestOf,
	HoldReason, NextTransferId, OpenRequests, Pallet, Pending, PendingByAsset, PendingListOf,
	PendingTransfer, PendingTransferOf, Requests, TransferId, UnderlyingAssetId, UnderlyingAssets,
	WeightInfo,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	weights::Weight,
	BoundedVec,
};
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Saturating, Zero},
	DispatchError,
};
use vellum_primitives::{ledger::SecurityLedger, security::TokenId};

impl<T: Config> Pallet<T> {
	/// The account that holds escrowed tokens.
	pub fn escrow_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The weight charged for `confirm`: the completing confirmation, with the checks of its
	/// settlement and, should the ledger refuse it, of the refund. (A refused settlement writes
	/// no more than a completed one: its refund instead of the settlement, and no certificate.)
	pub fn confirm_weight() -> Weight {
		T::WeightInfo::confirm().max(
			T::WeightInfo::confirm_complete()
				.saturating_add(T::Ledger::movement_overhead().saturating_mul(2)),
		)
	}

	/// The weight charged for `reject`: the failing rejection, with its refund.
	pub fn reject_weight() -> Weight {
		T::WeightInfo::reject()
			.max(T::WeightInfo::reject_final().saturating_add(T::Ledger::movement_overhead()))
	}

	/// Records `requester`'s transfer request (an issuance if `from` is `None`), after the
	/// settlement check, holding its deposit and moving a holder's tokens into escrow.
	pub(crate) fn do_request(
		asset: UnderlyingAssetId,
		token: TokenId,
		requester: T::AccountId,
		from: Option<T::AccountId>,
		to: T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(from.as_ref() != Some(&to), Error::<T>::SameAccount);
		let escrow = Self::escrow_account();
		ensure!(to != escrow, Error::<T>::InvalidReceiver);
		let record = UnderlyingAssets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
		let (id, next, list) = Self::take_slot(asset)?;
		if from.is_none() {
			Self::reserve_issuance(asset, &record, token, amount)?;
		}
		T::Ledger::check_settlement(token, &escrow, from.as_ref(), &to, amount)?;
		let open = OpenRequests::<T>::get(asset, &requester).unwrap_or(0);
		ensure!(
			from.is_none() || open < T::MaxRequestsPerHolder::get(),
			Error::<T>::TooManyRequests
		);
		Self::record_request(id, asset, &requester, open)?;
		if let Some(holder) = &from {
			T::Ledger::deposit(token, &escrow, holder, amount)?;
		}
		let p = Self::new_pending(asset, record, token, from, to, amount, None);
		let deadline = p.deadline;
		Self::deposit_event(Event::TransferRequested {
			id,
			asset,
			token,
			from: p.from.clone(),
			to: p.to.clone(),
			amount,
			deadline,
		});
		Self::store_pending(id, next, list, p);
		Ok(())
	}

	/// The id the next request of `asset` gets, the id after it, and the asset's pending list
	/// with the id in it: what a request takes, if the asset has a free slot.
	pub(crate) fn take_slot(
		asset: UnderlyingAssetId,
	) -> Result<(TransferId, TransferId, PendingListOf<T>), DispatchError> {
		let id = NextTransferId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::TransferIdsExhausted)?;
		let mut list = PendingByAsset::<T>::get(asset);
		list.try_push(id).map_err(|_| Error::<T>::TooManyPending)?;
		Ok((id, next, list))
	}

	/// Holds `RequestDeposit` from `requester` for request `id` of `asset`, one more of its
	/// `open` requests there, until the request ends.
	pub(crate) fn record_request(
		id: TransferId,
		asset: UnderlyingAssetId,
		requester: &T::AccountId,
		open: u32,
	) -> DispatchResult {
		let deposit = T::RequestDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::RequestDeposit.into(), requester, deposit)?;
		}
		Requests::<T>::insert(id, (requester.clone(), deposit));
		OpenRequests::<T>::insert(asset, requester, open.saturating_add(1));
		Ok(())
	}

	/// A transfer of `asset` requested now: decided by the asset's attestors and threshold
	/// as they are now, until the asset's transfer period from now.
	pub(crate) fn new_pending(
		asset: UnderlyingAssetId,
		record: AssetOf<T>,
		token: TokenId,
		from: Option<T::AccountId>,
		to: T::AccountId,
		amount: T::Balance,
		forced: Option<ForcedRequestOf<T>>,
	) -> PendingTransferOf<T> {
		let definition = record.definition;
		let deadline = frame_system::Pallet::<T>::block_number()
			.saturating_add(definition.transfer_period.into());
		PendingTransfer {
			asset,
			token,
			from,
			to,
			amount,
			deadline,
			attestors: definition.attestors,
			threshold: definition.threshold,
			confirmations: BoundedVec::new(),
			rejections: BoundedVec::new(),
			forced,
		}
	}

	/// Stores pending transfer `id` in the slot [`take_slot`](Self::take_slot) gave it.
	pub(crate) fn store_pending(
		id: TransferId,
		next: TransferId,
		list: PendingListOf<T>,
		p: PendingTransferOf<T>,
	) {
		PendingByAsset::<T>::insert(p.asset, list);
		Pending::<T>::insert(id, p);
		NextTransferId::<T>::put(next);
	}

	/// Counts `amount` as pending issuance of `asset`, if the token's supply and every
	/// pending issuance still stand for no more units than the asset has.
	fn reserve_issuance(
		asset: UnderlyingAssetId,
		record: &AssetOf<T>,
		token: TokenId,
		amount: T::Balance,
	) -> DispatchResult {
		let mut binding = AssetBindings::<T>::get(asset).ok_or(Error::<T>::NotBound)?;
		let after = T::Ledger::total_supply(token)
			.saturating_add(binding.pending_issue)
			.checked_add(&amount)
			.ok_or(Error::<T>::ExceedsAssetUnits)?;
		let units: u128 = after.into();
		ensure!(
			units
				.checked_mul(binding.units_per_token)
				.is_some_and(|u| u <= record.definition.total_units),
			Error::<T>::ExceedsAssetUnits
		);
		binding.pending_issue = binding.pending_issue.saturating_add(amount);
		AssetBindings::<T>::insert(asset, binding);
		Ok(())
	}

	/// Records `who`'s confirmation (with `evidence`) or rejection (`None`) of transfer `id`,
	/// completing or failing it when that decides it. The transfer's own attestor set and
	/// threshold (the asset's when it was requested) decide it. Returns, if it did, the token and the
	/// number of ledger movements made (for the weight).
	pub(crate) fn do_vote(
		who: &T::AccountId,
		id: TransferId,
		confirm: Option<[u8; 32]>,
	) -> Result<Option<(TokenId, u64)>, DispatchError> {
		let mut p = Pending::<T>::get(id).ok_or(Error::<T>::UnknownTransfer)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= p.deadline, Error::<T>::DeadlinePassed);
		ensure!(p.attestors.contains(who), Error::<T>::NotAssetAttestor);
		let bond = Attestors::<T>::get(who).map(|i| i.bond).unwrap_or_default();
		ensure!(
			bond >= T::MinAttestorBond::get(),
			Error::<T>::BondBelowMinimum
		);
		ensure!(!p.has_voted(who), Error::<T>::AlreadyVoted);
		ensure!(
			p.from.as_ref() != Some(who) && &p.to != who && p.forced_by() != Some(who),
			Error::<T>::InterestedAttestor
		);
		let asset = p.asset;
		// The voters are distinct attestors of the asset, at most `MaxAttestors`: the lists
		// always have room for one who has not voted.
		match confirm {
			Some(evidence) => {
				p.confirmations
					.try_push((who.clone(), evidence))
					.map_err(|_| Error::<T>::AlreadyVoted)?;
				let confirmations = p.confirmations.len() as u32;
				Self::deposit_event(Event::Confirmed {
					id,
					attestor: who.clone(),
					evidence,
					confirmations,
				});
				if confirmations >= p.threshold {
					let token = p.token;
					let movements = Self::do_complete(id, p)?;
					return Ok(Some((token, movements)));
				}
			}
			None => {
				p.rejections
					.try_push(who.clone())
					.map_err(|_| Error::<T>::AlreadyVoted)?;
				let rejections = p.rejections.len() as u32;
				Self::deposit_event(Event::Rejected {
					id,
					attestor: who.clone(),
					rejections,
				});
				if rejections >= p.rejection_threshold() {
					let token = p.token;
					Self::do_close(id, p)?;
					Self::deposit_event(Event::TransferRefused { id, asset });
					return Ok(Some((token, 1)));
				}
			}
		}
		Pending::<T>::insert(id, p);
		Ok(None)
	}

	/// Settles a confirmed transfer: the tokens reach the receiver (from escrow, or newly
	/// issued), judged by the ledger now; certified units follow, and the certificate extends
	/// the chain of title. If the ledger refuses the settlement, the transfer ends as a
	/// refused one instead (escrow returned, issuance released).
	fn do_complete(id: TransferId, p: PendingTransferOf<T>) -> Result<u64, DispatchError> {
		let asset = p.asset;
		let (seq, prev) = ChainHeads::<T>::get(asset);
		let next = seq
			.checked_add(1)
			.ok_or(Error::<T>::CertificatesExhausted)?;
		if let Err(error) = Self::settle(&p) {
			let movements = if p.from.is_some() { 2 } else { 1 };
			Self::do_close(id, p)?;
			Self::deposit_event(Event::SettlementRefused { id, asset, error });
			return Ok(movements);
		}
		if p.from.is_none() {
			Self::release_issuance(asset, p.amount);
		}
		let hash = Self::record_title(id, &p, seq, prev, next);
		Self::forget(id, &p);
		Self::deposit_event(Event::TransferCompleted {
			id,
			asset,
			from: p.from,
			to: p.to,
			amount: p.amount,
			seq,
			certificate: hash,
		});
		Ok(1)
	}

	/// Settles a confirmed transfer through the ledger: a holder's from escrow as a transfer,
	/// a forced one as its kind (with the freezes a recovery carries), an issuance as an
	/// issuance on the escrow's authority.
	fn settle(p: &PendingTransferOf<T>) -> DispatchResult {
		let escrow = Self::escrow_account();
		match (&p.from, &p.forced) {
			(Some(from), Some(f)) => T::Ledger::settle_forced(
				p.token,
				&escrow,
				from,
				&p.to,
				p.amount,
				f.kind,
				f.frozen,
				f.by.account(),
			),
			// Never stored (`do_try_state`): a forced transfer always takes from a holder.
			(None, Some(_)) => Err(Error::<T>::UnknownTransfer.into()),
			(from, None) => T::Ledger::settle(p.token, &escrow, from.as_ref(), &p.to, p.amount),
		}
	}

	/// Ends transfer `id` once its deadline has passed; escrowed tokens return to the holder.
	/// Returns the token (for the weight).
	pub(crate) fn do_expire(id: TransferId) -> Result<TokenId, DispatchError> {
		let p = Pending::<T>::get(id).ok_or(Error::<T>::UnknownTransfer)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > p.deadline, Error::<T>::NotExpired);
		let (asset, token) = (p.asset, p.token);
		Self::do_close(id, p)?;
		Self::deposit_event(Event::TransferExpired { id, asset });
		Ok(token)
	}

	/// Ends a transfer without completing it: escrowed tokens return to the holder (those a
	/// forced transfer took frozen, frozen again), a pending issuance is released.
	fn do_close(id: TransferId, p: PendingTransferOf<T>) -> DispatchResult {
		let escrow = Self::escrow_account();
		match (&p.from, &p.forced) {
			(Some(from), Some(f)) => {
				T::Ledger::release_frozen(p.token, &escrow, from, p.amount, f.frozen)?;
			}
			(Some(from), None) => T::Ledger::release(p.token, &escrow, from, p.amount)?,
			(None, _) => Self::release_issuance(p.asset, p.amount),
		}
		Self::forget(id, &p);
		Ok(())
	}

	/// Removes ended transfer `id`: off its asset's list, its requester's deposit returned,
	/// and the attestors of its set that its asset no longer names no longer held by it.
	fn forget(id: TransferId, p: &PendingTransferOf<T>) {
		Self::unlist(p.asset, id);
		Pending::<T>::remove(id);
		let current = UnderlyingAssets::<T>::get(p.asset)
			.map(|record| record.definition.attestors)
			.unwrap_or_default();
		for a in p.attestors.iter().filter(|a| !current.contains(a)) {
			Attestors::<T>::mutate(a, |info| {
				if let Some(info) = info {
					info.pending = info.pending.saturating_sub(1);
				}
			});
		}
	}

	/// `amount` is no longer pending issuance of `asset`.
	fn release_issuance(asset: UnderlyingAssetId, amount: T::Balance) {
		AssetBindings::<T>::mutate(asset, |binding| {
			if let Some(b) = binding {
				b.pending_issue = b.pending_issue.saturating_sub(amount);
			}
		});
	}

	/// Takes transfer `id` off `asset`'s pending list and returns its requester's deposit.
	fn unlist(asset: UnderlyingAssetId, id: TransferId) {
		PendingByAsset::<T>::mutate_exists(asset, |list| {
			if let Some(l) = list {
				l.retain(|x| *x != id);
				if l.is_empty() {
					*list = None;
				}
			}
		});
		if let Some((requester, deposit)) = Requests::<T>::take(id) {
			if !deposit.is_zero() {
				// Held by this request alone: the whole of it is there to release.
				let _ = T::Currency::release(
					&HoldReason::RequestDeposit.into(),
					&requester,
					deposit,
					Precision::BestEffort,
				);
			}
			OpenRequests::<T>::mutate_exists(asset, &requester, |n| {
				let left = n.unwrap_or(0).saturating_sub(1);
				*n = (left > 0).then_some(left);
			});
		}
	}
}
