//! Storage types of the proof-of-ownership pallet: underlying assets, bindings, attestors,
//! pending transfers (forced ones with who ordered them), certificates and challenges.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use vellum_primitives::{
	ledger::ForcedKind,
	security::{CountryCode, TokenId},
};

/// Identifier of an underlying asset (0, 1, 2, ...).
pub type UnderlyingAssetId = u32;
/// Identifier of a transfer request (issuances included), never reused.
pub type TransferId = u64;
/// Identifier of a challenge, never reused.
pub type ChallengeId = u64;
/// Position of a certificate in its asset's chain of title (0 is the first).
pub type CertificateSeq = u32;

/// What kind of thing an asset is.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum AssetKind {
	/// Shares of a company, held in a share register.
	CompanyShares,
	/// Land or buildings, held in a land register.
	RealEstate,
	/// Units of a fund, held by a transfer agent or custodian.
	FundUnits,
	/// Anything else with a legal owner of record.
	Other,
}

/// What an issuer states about an asset when registering it. Only the attestors and the
/// threshold change afterwards (`set_attestors`); the rest is fixed.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxIdLen, MaxAttestors))]
// The derives add their own bounds on `AccountId` next to the ones the no-bound derives need.
#[allow(clippy::multiple_bound_locations)]
pub struct AssetDefinition<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxIdLen: Get<u32>,
	MaxAttestors: Get<u32>,
> {
	/// What the asset is.
	pub kind: AssetKind,
	/// Its identifier in its register (land parcel number, company number and share class,
	/// fund ISIN ...), as bytes; not empty.
	pub legal_id: BoundedVec<u8, MaxIdLen>,
	/// The jurisdiction whose register records its legal owner.
	pub jurisdiction: CountryCode,
	/// The registrar or custodian who keeps that register.
	pub registrar: AccountId,
	/// Hash of the asset's founding document (deed, articles, fund prospectus).
	pub document: [u8; 32],
	/// Units the asset is divided into (shares, square metres, fund units); not zero.
	pub total_units: u128,
	/// The accounts that attest legal transfers of it: admitted attestors, each once. A
	/// transfer is decided by the attestors named here when it was requested.
	pub attestors: BoundedVec<AccountId, MaxAttestors>,
	/// How many of them must confirm a transfer (1 to the number of attestors).
	pub threshold: u32,
	/// Blocks the attestors have to vote on a request, from the block of the request: as
	/// long as the asset's register takes to record a change of owner (within the runtime's
	/// `MinTransferPeriod..=MaxTransferPeriod`). The escrow returns after it.
	pub transfer_period: u32,
}

impl<AccountId, MaxIdLen, MaxAttestors> AssetDefinition<AccountId, MaxIdLen, MaxAttestors>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxIdLen: Get<u32>,
	MaxAttestors: Get<u32>,
{
	/// Rejections that fail a transfer: once this many attestors reject, the threshold can
	/// no longer be reached (`n - k + 1`).
	pub fn rejection_threshold(&self) -> u32 {
		rejection_threshold(self.attestors.len() as u32, self.threshold)
	}
}

/// Rejections that fail a transfer decided by `n` attestors of whom `k` must confirm: once
/// this many reject, `k` can no longer be reached (`n - k + 1`).
pub fn rejection_threshold(n: u32, k: u32) -> u32 {
	n.saturating_sub(k).saturating_add(1)
}

/// A registered asset: the definition, who registered it and the deposit held for it.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxIdLen, MaxAttestors))]
#[allow(clippy::multiple_bound_locations)]
pub struct Asset<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Deposit: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxIdLen: Get<u32>,
	MaxAttestors: Get<u32>,
> {
	/// The account that registered it, and may bind a token of its own to it.
	pub issuer: AccountId,
	/// What the issuer stated.
	pub definition: AssetDefinition<AccountId, MaxIdLen, MaxAttestors>,
	/// Native tokens held from the issuer for the record, until the asset is deregistered.
	pub deposit: Deposit,
}

/// The security token an asset is bound to.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Binding<Balance> {
	/// The token.
	pub token: TokenId,
	/// Units of the asset one unit of the token stands for.
	pub units_per_token: u128,
	/// Token units requested for issuance and not yet issued or refused.
	pub pending_issue: Balance,
}

/// What is known of an admitted attestor.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, Default, TypeInfo, MaxEncodedLen)]
pub struct AttestorInfo<Bond> {
	/// Native tokens held as its bond (always what is on hold for `AttestorBond`).
	pub bond: Bond,
	/// Registered assets that name it.
	pub assets: u32,
	/// Pending transfers whose attestor set (the asset's when they were requested) names it
	/// while their asset no longer does: it may still vote on them, and its bond stays
	/// locked as if an asset named it until they end.
	pub pending: u32,
	/// Open challenges against its attestations (every challenge counted).
	pub challenges: u32,
	/// What upholding every open dispute of its attestations could slash: the sum of their
	/// stakes, each attestation counted once however many challenges it has. `unbond` keeps
	/// at least this much bonded.
	pub at_stake: Bond,
}

impl<Bond> AttestorInfo<Bond> {
	/// Whether an asset or a pending transfer names the attestor or a challenge against it is
	/// open: it may then not be removed nor unbond below `MinAttestorBond`.
	pub fn in_use(&self) -> bool {
		self.assets > 0 || self.pending > 0 || self.challenges > 0
	}
}

pub use vellum_primitives::ledger::Authority;

/// What makes a pending transfer forced: an agent of its token, or the network, ordered it
/// without its holder's consent, and its tokens were taken into escrow by force.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ForcedRequest<AccountId, Balance> {
	/// A forced transfer (a court order) or the recovery of a lost account.
	pub kind: ForcedKind,
	/// Who ordered it (and, if an agent, holds its `RequestDeposit`).
	pub by: Authority<AccountId>,
	/// For a forced transfer, the hash of the order it carries out (not zero); none for a
	/// recovery.
	pub reason: Option<[u8; 32]>,
	/// How many of the escrowed tokens were frozen at the holder when they were taken: frozen
	/// again at the holder if the transfer fails, and at the new account when a recovery
	/// completes.
	pub frozen: Balance,
}

/// A transfer (or issuance) waiting for its attestors.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxAttestors))]
#[allow(clippy::multiple_bound_locations)]
pub struct PendingTransfer<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxAttestors: Get<u32>,
> {
	/// The asset whose attestors decide.
	pub asset: UnderlyingAssetId,
	/// The token bound to it.
	pub token: TokenId,
	/// The holder whose tokens are in escrow (`None`: an issuance, nothing escrowed).
	pub from: Option<AccountId>,
	/// The receiver.
	pub to: AccountId,
	/// Token units.
	pub amount: Balance,
	/// The last block at which attestors may vote; `expire` is possible after it.
	pub deadline: BlockNumber,
	/// The asset's attestors when it was requested: they alone vote on it, whatever the
	/// asset's set becomes meanwhile.
	pub attestors: BoundedVec<AccountId, MaxAttestors>,
	/// The asset's threshold when it was requested: the confirmations that complete it.
	pub threshold: u32,
	/// Attestors that confirmed, with the hash of the evidence each saw, in order.
	pub confirmations: BoundedVec<(AccountId, [u8; 32]), MaxAttestors>,
	/// Attestors that rejected, in order.
	pub rejections: BoundedVec<AccountId, MaxAttestors>,
	/// Set if an agent or the network forced it (`from` is then always set); `None` for a
	/// holder's transfer or an issuance.
	pub forced: Option<ForcedRequest<AccountId, Balance>>,
}

impl<AccountId, Balance, BlockNumber, MaxAttestors>
	PendingTransfer<AccountId, Balance, BlockNumber, MaxAttestors>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxAttestors: Get<u32>,
{
	/// Whether `who` has confirmed or rejected it.
	pub fn has_voted(&self, who: &AccountId) -> bool {
		self.confirmations.iter().any(|(a, _)| a == who) || self.rejections.contains(who)
	}

	/// Rejections that fail it (`n - k + 1` of its own attestor set).
	pub fn rejection_threshold(&self) -> u32 {
		rejection_threshold(self.attestors.len() as u32, self.threshold)
	}

	/// The account that ordered it, if it is forced by an agent.
	pub fn forced_by(&self) -> Option<&AccountId> {
		self.forced.as_ref().and_then(|f| f.by.account())
	}
}

/// An ownership certificate: one link of an asset's chain of title. `prev` is the hash of the
/// previous certificate (of the asset record for the first), so the chain can be verified
/// from the asset's registration on.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxAttestors))]
#[allow(clippy::multiple_bound_locations)]
pub struct Certificate<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxAttestors: Get<u32>,
> {
	/// Its position in the chain.
	pub seq: CertificateSeq,
	/// Who acquired the units.
	pub owner: AccountId,
	/// Token units acquired (times the binding's `units_per_token`: units of the asset).
	pub units: Balance,
	/// Who gave them up (`None`: issued).
	pub from: Option<AccountId>,
	/// The transfer request it completes.
	pub transfer: TransferId,
	/// BLAKE2-256 of the SCALE-encoded list of `(attestor, evidence hash)` confirmations.
	pub evidence: [u8; 32],
	/// The attestors that confirmed, in order.
	pub attestors: BoundedVec<AccountId, MaxAttestors>,
	/// The attestor set that decided it (the asset's when the transfer was requested): every
	/// confirmer is one of them.
	pub attestor_set: BoundedVec<AccountId, MaxAttestors>,
	/// The confirmations it needed (the asset's threshold when the transfer was requested).
	pub threshold: u32,
	/// The block it was issued in.
	pub at: BlockNumber,
	/// Hash of the previous certificate, or of the asset record for the first.
	pub prev: [u8; 32],
}

/// The dispute of one attestor's confirmation of one certificate: its open challenges and the
/// stake at risk. Stored from the first open challenge until the last closes without a
/// ruling against the attestor; once one is upheld, for good (the confirmation was found
/// wrong and cannot be challenged again).
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxChallenges))]
#[allow(clippy::multiple_bound_locations)]
pub struct Dispute<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Bond: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxChallenges: Get<u32>,
> {
	/// The open challenges with their challengers, oldest first (none once upheld).
	pub open: BoundedVec<(ChallengeId, AccountId), MaxChallenges>,
	/// `SlashFraction` of the attestor's bond when the first open challenge was made: what an
	/// upheld ruling slashes (what a later bond or unbond does not change).
	pub stake: Bond,
	/// A challenge was upheld: the attestor was slashed `stake` (at most what it held).
	pub upheld: bool,
}

/// A challenge of one attestor's confirmation of one certificate.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Challenge<AccountId, Bond, BlockNumber> {
	/// Who challenged (its bond is held).
	pub challenger: AccountId,
	/// The asset.
	pub asset: UnderlyingAssetId,
	/// The certificate.
	pub seq: CertificateSeq,
	/// The attestor whose confirmation is challenged.
	pub attestor: AccountId,
	/// The challenger's bond.
	pub bond: Bond,
	/// The block it was made in.
	pub at: BlockNumber,
}
