//! The runtime API of proof of ownership: what wallets, registrars and explorers ask, its
//! result types, and the `Pallet::api_*` functions the runtime answers it with.

use crate::{
	AssetBindings, AssetKind, CertificateSeq, Certificates, ChainHeads, Config, ForcedRequest,
	OwnerCertificates, OwnerUnits, Pallet, Pending, PendingByAsset, TransferId, UnderlyingAssetId,
	UnderlyingAssets,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use vellum_primitives::security::{CountryCode, TokenId};

/// An asset with its binding and the head of its chain of title.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct AssetInfo<AccountId, Balance> {
	/// The asset.
	pub id: UnderlyingAssetId,
	/// Who registered it.
	pub issuer: AccountId,
	/// What it is.
	pub kind: AssetKind,
	/// Its identifier in its register.
	pub legal_id: Vec<u8>,
	/// The register's jurisdiction.
	pub jurisdiction: CountryCode,
	/// The registrar or custodian.
	pub registrar: AccountId,
	/// Hash of its founding document.
	pub document: [u8; 32],
	/// Units it is divided into.
	pub total_units: u128,
	/// Its attestors now (those of a pending transfer are in its [`PendingInfo`]).
	pub attestors: Vec<AccountId>,
	/// Confirmations a transfer requested now needs.
	pub threshold: u32,
	/// Blocks the attestors have to vote on a request.
	pub transfer_period: u32,
	/// The bound token and the asset units per token unit, if bound.
	pub token: Option<(TokenId, u128)>,
	/// Token units requested for issuance and not yet decided.
	pub pending_issue: Balance,
	/// Certificates issued so far.
	pub certificates: CertificateSeq,
	/// Hash of the last certificate (of the asset record as registered while there is none).
	pub head: [u8; 32],
	/// Whether the chain of title verifies from the registration on.
	pub chain_verified: bool,
}

/// A certificate, with its hash.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct CertificateInfo<AccountId, Balance, BlockNumber> {
	/// Its position in the chain.
	pub seq: CertificateSeq,
	/// Who acquired the units.
	pub owner: AccountId,
	/// Token units acquired.
	pub units: Balance,
	/// Who gave them up (`None`: issued).
	pub from: Option<AccountId>,
	/// The transfer it completes.
	pub transfer: TransferId,
	/// Hash of the confirmations' evidence.
	pub evidence: [u8; 32],
	/// The attestors that confirmed.
	pub attestors: Vec<AccountId>,
	/// The attestor set that decided it (the asset's when the transfer was requested).
	pub attestor_set: Vec<AccountId>,
	/// The confirmations it needed.
	pub threshold: u32,
	/// The block it was issued in.
	pub at: BlockNumber,
	/// Hash of the previous link.
	pub prev: [u8; 32],
	/// Its own hash (the next certificate's `prev`); not named `hash`, which clients such as
	/// polkadot.js reserve for the hash of the encoded value.
	pub certificate_hash: [u8; 32],
}

/// A pending transfer with its votes.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct PendingInfo<AccountId, Balance, BlockNumber> {
	/// The request.
	pub id: TransferId,
	/// The token.
	pub token: TokenId,
	/// The holder whose tokens are in escrow (`None`: an issuance).
	pub from: Option<AccountId>,
	/// The receiver.
	pub to: AccountId,
	/// Token units.
	pub amount: Balance,
	/// The last block at which attestors may vote.
	pub deadline: BlockNumber,
	/// The attestors who decide it (the asset's when it was requested).
	pub attestors: Vec<AccountId>,
	/// The confirmations that complete it.
	pub threshold: u32,
	/// Confirmations so far, with their evidence hashes.
	pub confirmations: Vec<(AccountId, [u8; 32])>,
	/// Rejections so far.
	pub rejections: Vec<AccountId>,
	/// Set if an agent or the network forced it: the kind, who ordered it, the order's hash
	/// and the escrowed tokens that were frozen.
	pub forced: Option<ForcedRequest<AccountId, Balance>>,
}

sp_api::decl_runtime_apis! {
	/// Queries of proof of ownership.
	pub trait ProofOfOwnershipApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// An asset's record, binding and chain head.
		fn asset(asset: UnderlyingAssetId) -> Option<AssetInfo<AccountId, Balance>>;

		/// The asset's current owners of record with their certified token units, in storage
		/// order.
		fn owners(asset: UnderlyingAssetId) -> Vec<(AccountId, Balance)>;

		/// Every certificate issued to `owner` for the asset, oldest first.
		fn certificates_of(asset: UnderlyingAssetId, owner: AccountId) -> Vec<CertificateInfo<AccountId, Balance, BlockNumber>>;

		/// The asset's pending transfers with their votes, in request order.
		fn pending(asset: UnderlyingAssetId) -> Vec<PendingInfo<AccountId, Balance, BlockNumber>>;
	}
}

impl<T: Config> Pallet<T> {
	/// `ProofOfOwnershipApi::asset`.
	pub fn api_asset(asset: UnderlyingAssetId) -> Option<AssetInfo<T::AccountId, T::Balance>> {
		let record = UnderlyingAssets::<T>::get(asset)?;
		let binding = AssetBindings::<T>::get(asset);
		let (certificates, head) = ChainHeads::<T>::get(asset);
		let d = record.definition;
		Some(AssetInfo {
			id: asset,
			issuer: record.issuer,
			kind: d.kind,
			legal_id: d.legal_id.into_inner(),
			jurisdiction: d.jurisdiction,
			registrar: d.registrar,
			document: d.document,
			total_units: d.total_units,
			attestors: d.attestors.into_inner(),
			threshold: d.threshold,
			transfer_period: d.transfer_period,
			token: binding.map(|b| (b.token, b.units_per_token)),
			pending_issue: binding.map(|b| b.pending_issue).unwrap_or_default(),
			certificates,
			head,
			chain_verified: Self::verify_chain(asset),
		})
	}

	/// `ProofOfOwnershipApi::owners`.
	pub fn api_owners(asset: UnderlyingAssetId) -> Vec<(T::AccountId, T::Balance)> {
		OwnerUnits::<T>::iter_prefix(asset).collect()
	}

	/// `ProofOfOwnershipApi::certificates_of`.
	pub fn api_certificates_of(
		asset: UnderlyingAssetId,
		owner: T::AccountId,
	) -> Vec<CertificateInfo<T::AccountId, T::Balance, BlockNumberFor<T>>> {
		let mut seqs: Vec<CertificateSeq> =
			OwnerCertificates::<T>::iter_key_prefix((asset, &owner)).collect();
		seqs.sort_unstable();
		seqs.into_iter()
			.filter_map(|seq| Certificates::<T>::get(asset, seq))
			.map(|c| {
				let hash = Self::certificate_hash(&c);
				CertificateInfo {
					seq: c.seq,
					owner: c.owner,
					units: c.units,
					from: c.from,
					transfer: c.transfer,
					evidence: c.evidence,
					attestors: c.attestors.into_inner(),
					attestor_set: c.attestor_set.into_inner(),
					threshold: c.threshold,
					at: c.at,
					prev: c.prev,
					certificate_hash: hash,
				}
			})
			.collect()
	}

	/// `ProofOfOwnershipApi::pending`.
	pub fn api_pending(
		asset: UnderlyingAssetId,
	) -> Vec<PendingInfo<T::AccountId, T::Balance, BlockNumberFor<T>>> {
		PendingByAsset::<T>::get(asset)
			.into_iter()
			.filter_map(|id| Pending::<T>::get(id).map(|p| (id, p)))
			.map(|(id, p)| PendingInfo {
				id,
				token: p.token,
				from: p.from,
				to: p.to,
				amount: p.amount,
				deadline: p.deadline,
				attestors: p.attestors.into_inner(),
				threshold: p.threshold,
				confirmations: p.confirmations.into_inner(),
				rejections: p.rejections.into_inner(),
				forced: p.forced,
			})
			.collect()
	}
}
