//! # Proof-of-ownership pallet
//!
//! ## Overview
//!
//! A transfer of an asset-backed security token completes only with an attested legal
//! transfer of the underlying asset. An issuer registers an **asset** (company shares, real
//! estate, fund units, ...) with the **attestors** who vouch for changes of its legal owner
//! (registrars, notaries, custodians) and a threshold `k` of `n`, and binds its token to it
//! when the token is created. From then on the ledger refuses every movement of the token
//! that this pallet does not make ([`ReasonCode::AttestationRequired`]): a holder requests a
//! transfer, the tokens wait in escrow, and the transfer completes when `k` attestors confirm
//! it, issuing an ownership **certificate** that extends the asset's chain of title. Attestors
//! are bonded; a confirmation found wrong on a **challenge** costs the attestor part of its
//! bond, part of which pays the challenger.
//!
//! ## Terminology
//!
//! - **Asset**: an underlying thing with a legal owner of record, registered once by an
//!   admitted issuer with an [`AssetDefinition`] (kind, legal identifier, jurisdiction,
//!   registrar, document hash, total units, attestors, threshold); the issuer holds
//!   [`Config::AssetDeposit`] for it. Its issuer (while admitted) or the admin origin may
//!   change its attestors and threshold (`set_attestors`: a resigning attestor replaced), and
//!   deregister it while no supply is bound to it (`deregister_asset`: nothing pending, its
//!   token with no supply), which returns the deposit and unbinds the token.
//! - **Binding**: one token per asset and one asset per token, made by the issuer of both
//!   while nothing of the token is issued, with the asset units one token unit stands for.
//! - **Attestor**: an account admitted by [`Config::AdminOrigin`] that holds a bond in the
//!   native currency ([`HoldReason::AttestorBond`]); assets may name it while its bond is at
//!   least [`Config::MinAttestorBond`], and it may vote only then.
//! - **Pending transfer**: a request (`request_transfer` by a holder, with the tokens in
//!   escrow in the pallet's account; `request_issuance` by the token's issuer, nothing
//!   escrowed) that the asset's attestors confirm or reject until its deadline (the asset's
//!   `transfer_period` blocks after the request, which the runtime bounds by
//!   [`Config::MinTransferPeriod`] and [`Config::MaxTransferPeriod`]). At `k` confirmations
//!   it completes; at `n - k + 1` rejections, or by `expire` after the deadline, it fails and
//!   the escrow returns to the holder. `n` and `k` are the asset's attestor set and threshold
//!   when it was requested, stored with it: a later change of the set does not touch it, and
//!   an attestor that left the set stays locked (and may vote) until it ends.
//! - **Forced transfer** and **recovery**: a pending transfer the holder did not ask for.
//!   The token's controller (`request_forced_transfer`, carrying out an order named by its
//!   hash) or recovery agent (`request_recovery`, the whole balance of a lost account), or
//!   the admin origin, takes the holder's tokens into escrow past pauses and freezes; the
//!   attestors decide it like any other, and it settles as the ledger's forced transfer or
//!   recovery (which compliance lets pass), or goes back to the holder as it was.
//! - **Certificate**: issued for each completed transfer, numbered per asset; it names the
//!   new owner, the units, the previous owner, the confirming attestors and the hash of their
//!   evidence, and the hash of the previous certificate (of the asset record for the first):
//!   the chain of title, verifiable with [`Pallet::verify_chain`].
//! - **Certified units**: [`OwnerUnits`], the token units each owner holds by certificate
//!   (its ledger balance plus what it has in escrow).
//! - **Challenge**: anyone but the parties may, within [`Config::ChallengePeriod`] blocks of a
//!   certificate, dispute one attestor's confirmation of it, holding [`Config::ChallengeBond`];
//!   up to [`Config::MaxChallengesPerAttestation`] challengers at once. The first open
//!   challenge fixes the **stake**, [`Config::SlashFraction`] of the attestor's bond then,
//!   below which the attestor cannot unbond while the dispute is open. The admin origin rules
//!   within [`Config::RulingPeriod`] blocks of a challenge: upheld, the stake is slashed,
//!   [`Config::ChallengerShare`] of it paid to the challenger and the rest burned, every
//!   challenger's bond released and the confirmation settled (one slash per confirmation);
//!   dismissed, the challenger's bond is burned. A challenge not ruled on in time lapses
//!   (`lapse`, anyone): its bond is released.
//!
//! ## The transfer check
//!
//! The pallet is a [`TransferCheck`] of the security-token ledger (the runtime chains it
//! with compliance). It refuses every movement of a bound token that does not pass through
//! its escrow account, a custodian of the ledger: holder transfers, issuances, burns,
//! redemptions, the ledger's own forced transfers and recoveries, and other custodians'
//! movements alike (forced transfers and recoveries of a bound token go through the
//! pallet's escrow instead). The movement itself says so ([`Movement::custodian`], set only
//! by the ledger's custody functions), so no transient state decides what moves. Ownership
//! of a bound token changes only by attestation, so the certificates always account for the
//! whole supply.
//!
//! ## Compliance at settlement
//!
//! A request is checked when it is made ([`SecurityLedger::check_settlement`]: the ledger's
//! rules and the transfer check, as if the transfer happened now), so that one refused now is
//! refused at once. The transfer is judged again when the deciding confirmation settles it,
//! as a transfer from the holder to the receiver with the rules, claims, caps and freezes as
//! they are then. A settlement the ledger refuses does not complete: the escrowed tokens go
//! back to the holder (a pending issuance is released) and [`Event::SettlementRefused`] names
//! the failing rule. A pause of the token refuses new requests and pending issuances, not
//! the settlement of a pending transfer between holders nor any refund; freezing the holder
//! or the receiver stops a pending transfer at settlement.
//!
//! ## Interface
//!
//! Admin origin: `admit_attestor`, `remove_attestor`, `rule`, `set_attestors`,
//! `deregister_asset`, `request_forced_transfer`, `request_recovery`.
//! Attestors: `bond`, `unbond`, `confirm`, `reject`.
//! Issuers: `register_asset`, `bind_token`, `request_issuance`, `set_attestors`,
//! `deregister_asset`.
//! Holders: `request_transfer`. Controllers (or the admin origin): `request_forced_transfer`.
//! Recovery agents (or the admin origin): `request_recovery`. Anyone: `expire`, `challenge`,
//! `lapse`.
//!
//! Queries: the [`runtime_api::ProofOfOwnershipApi`] runtime API, answered by the
//! `Pallet::api_*` functions; [`Pallet::certificate_hash`], [`Pallet::verify_chain`].
//!
//! ## Limits
//!
//! See `README.md` of this pallet: an asset whose chain of title has begun is never
//! deregistered; a pending transfer cannot be withdrawn, forced ones included (the
//! attestors reject it, or it expires).
//!
//! [`ReasonCode::AttestationRequired`]: vellum_primitives::ledger::ReasonCode::AttestationRequired
//! [`TransferCheck`]: vellum_primitives::ledger::TransferCheck

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod runtime_api;
pub mod weights;
pub use weights::WeightInfo;

mod assets;
mod attestors;
mod disputes;
mod forced;
mod impl_hand_over;
mod impl_transfer_check;
mod integrity;
mod title;
mod transfers;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::{
	dispatch::{DispatchResult, DispatchResultWithPostInfo},
	ensure,
	pallet_prelude::*,
	traits::fungible,
	PalletId,
};
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_runtime::{DispatchError, Perbill};
use vellum_primitives::{
	ledger::{ForcedKind, Movement, SecurityLedger},
	security::TokenId,
};

/// The native-currency balance of bonds and deposits.
pub type BondOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// An asset definition as a runtime takes it.
pub type AssetDefinitionOf<T> = AssetDefinition<
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxIdLen,
	<T as Config>::MaxAttestors,
>;
/// An asset as a runtime stores it.
pub type AssetOf<T> = Asset<
	<T as frame_system::Config>::AccountId,
	BondOf<T>,
	<T as Config>::MaxIdLen,
	<T as Config>::MaxAttestors,
>;
/// A binding as a runtime stores it.
pub type BindingOf<T> = Binding<<T as Config>::Balance>;
/// What a runtime knows of an attestor.
pub type AttestorInfoOf<T> = AttestorInfo<BondOf<T>>;
/// A pending transfer as a runtime stores it.
pub type PendingTransferOf<T> = PendingTransfer<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Balance,
	BlockNumberFor<T>,
	<T as Config>::MaxAttestors,
>;
/// What makes a pending transfer forced, as a runtime stores it.
pub type ForcedRequestOf<T> =
	ForcedRequest<<T as frame_system::Config>::AccountId, <T as Config>::Balance>;
/// The pending transfers of an asset, as a runtime stores them.
pub type PendingListOf<T> = BoundedVec<TransferId, <T as Config>::MaxPendingPerAsset>;
/// A certificate as a runtime stores it.
pub type CertificateOf<T> = Certificate<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Balance,
	BlockNumberFor<T>,
	<T as Config>::MaxAttestors,
>;
/// A challenge as a runtime stores it.
pub type ChallengeOf<T> =
	Challenge<<T as frame_system::Config>::AccountId, BondOf<T>, BlockNumberFor<T>>;
/// The dispute of a confirmation as a runtime stores it.
pub type DisputeOf<T> = Dispute<
	<T as frame_system::Config>::AccountId,
	BondOf<T>,
	<T as Config>::MaxChallengesPerAttestation,
>;
/// A movement as the ledger describes it.
pub type MovementOf<'a, T> =
	Movement<'a, <T as frame_system::Config>::AccountId, <T as Config>::Balance>;

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a token issued by `issuer` (admitting and funding it as needed), with nothing
	/// issued and a maximum supply of at least a million units, and returns its id.
	fn create_token(issuer: &AccountId) -> TokenId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::traits::tokens::Balance as BalanceT;
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds native tokens.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An attestor's bond.
		AttestorBond,
		/// A challenger's bond, while its challenge is open.
		ChallengeBond,
		/// The deposit for an asset record, held from its issuer until the asset is
		/// deregistered.
		AssetDeposit,
		/// The deposit for a pending transfer request, held from its requester until the
		/// transfer settles, is refused, rejected or expires.
		RequestDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Balance of a security token (the ledger's).
		type Balance: BalanceT + Into<u128>;

		/// The security-token ledger: issuers, supplies, movements.
		type Ledger: SecurityLedger<Self::AccountId, Self::Balance>;

		/// The native currency, in which bonds and deposits are held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Admits and removes attestors, rules on challenges; changes any asset's attestors,
		/// deregisters any asset without supply, and requests forced transfers and recoveries
		/// of any bound token (the network acting).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The id of the account that holds escrowed tokens.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The shortest voting period an asset may set for its transfers, in blocks (not 0).
		#[pallet::constant]
		type MinTransferPeriod: Get<u32>;

		/// The longest voting period an asset may set for its transfers, in blocks: how long
		/// a holder's tokens may wait in escrow at most.
		#[pallet::constant]
		type MaxTransferPeriod: Get<u32>;

		/// Blocks after a certificate during which its confirmations may be challenged.
		#[pallet::constant]
		type ChallengePeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after a challenge during which the admin origin may rule on it; after them
		/// anyone may `lapse` it and the challenger's bond is released (not 0).
		#[pallet::constant]
		type RulingPeriod: Get<BlockNumberFor<Self>>;

		/// Most open challenges of one attestor's confirmation of one certificate at once, by
		/// distinct challengers (at least 1).
		#[pallet::constant]
		type MaxChallengesPerAttestation: Get<u32>;

		/// The least bond with which an attestor may be named by an asset and vote.
		#[pallet::constant]
		type MinAttestorBond: Get<BondOf<Self>>;

		/// Held from a challenger while its challenge is open.
		#[pallet::constant]
		type ChallengeBond: Get<BondOf<Self>>;

		/// Held from an issuer for each asset it registers.
		#[pallet::constant]
		type AssetDeposit: Get<BondOf<Self>>;

		/// Part of an attestor's bond slashed when a challenge of it is upheld.
		#[pallet::constant]
		type SlashFraction: Get<Perbill>;

		/// Part of a slash paid to the challenger (the rest is burned).
		#[pallet::constant]
		type ChallengerShare: Get<Perbill>;

		/// Longest legal identifier of an asset, in bytes.
		#[pallet::constant]
		type MaxIdLen: Get<u32>;

		/// Most attestors of an asset (at most 255).
		#[pallet::constant]
		type MaxAttestors: Get<u32>;

		/// Most pending transfers (issuances included) of an asset at once.
		#[pallet::constant]
		type MaxPendingPerAsset: Get<u32>;

		/// Held from the requester of each pending transfer (the issuer for an issuance, the
		/// agent for a forced transfer or a recovery; nothing from the admin origin) until it
		/// ends: what one pending record costs to store, and what filling an asset's pending
		/// slots costs.
		#[pallet::constant]
		type RequestDeposit: Get<BondOf<Self>>;

		/// Most pending transfers one holder may have requested of an asset at once (fewer
		/// than `MaxPendingPerAsset`, so that no holder fills the slots alone; the issuer's
		/// issuances and its agents' forced transfers and recoveries are not limited by it).
		#[pallet::constant]
		type MaxRequestsPerHolder: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Admitted attestors: bond, assets naming them, open challenges against them and the
	/// stake those could slash.
	#[pallet::storage]
	pub type Attestors<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AttestorInfoOf<T>, OptionQuery>;

	/// The id the next asset gets.
	#[pallet::storage]
	pub type NextAssetId<T: Config> = StorageValue<_, UnderlyingAssetId, ValueQuery>;

	/// Registered assets (their attestors and threshold change with `set_attestors`; removed
	/// by `deregister_asset`).
	#[pallet::storage]
	pub type UnderlyingAssets<T: Config> =
		StorageMap<_, Twox64Concat, UnderlyingAssetId, AssetOf<T>, OptionQuery>;

	/// The token each bound asset is bound to.
	#[pallet::storage]
	pub type AssetBindings<T: Config> =
		StorageMap<_, Twox64Concat, UnderlyingAssetId, BindingOf<T>, OptionQuery>;

	/// The asset each bound token is bound to (read by the transfer check).
	#[pallet::storage]
	pub type TokenAsset<T: Config> =
		StorageMap<_, Twox64Concat, TokenId, UnderlyingAssetId, OptionQuery>;

	/// The id the next transfer request gets.
	#[pallet::storage]
	pub type NextTransferId<T: Config> = StorageValue<_, TransferId, ValueQuery>;

	/// Transfers waiting for their attestors.
	#[pallet::storage]
	pub type Pending<T: Config> =
		StorageMap<_, Twox64Concat, TransferId, PendingTransferOf<T>, OptionQuery>;

	/// Who requested each pending transfer and the deposit held from it (none for a forced
	/// transfer or a recovery the network requested).
	#[pallet::storage]
	pub type Requests<T: Config> =
		StorageMap<_, Twox64Concat, TransferId, (T::AccountId, BondOf<T>), OptionQuery>;

	/// How many pending transfers each account has requested of each asset.
	#[pallet::storage]
	pub type OpenRequests<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		UnderlyingAssetId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		OptionQuery,
	>;

	/// The pending transfers of each asset, in request order.
	#[pallet::storage]
	pub type PendingByAsset<T: Config> =
		StorageMap<_, Twox64Concat, UnderlyingAssetId, PendingListOf<T>, ValueQuery>;

	/// The head of each asset's chain of title: the sequence number the next certificate gets
	/// and the hash of the last one (of the asset record while there is none).
	#[pallet::storage]
	pub type ChainHeads<T: Config> =
		StorageMap<_, Twox64Concat, UnderlyingAssetId, (CertificateSeq, [u8; 32]), ValueQuery>;

	/// The hash of each asset's record as registered: where its chain of title starts (the
	/// record itself changes with its attestors).
	#[pallet::storage]
	pub type ChainGenesis<T: Config> =
		StorageMap<_, Twox64Concat, UnderlyingAssetId, [u8; 32], OptionQuery>;

	/// Ownership certificates by asset and sequence number.
	#[pallet::storage]
	pub type Certificates<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		UnderlyingAssetId,
		Twox64Concat,
		CertificateSeq,
		CertificateOf<T>,
		OptionQuery,
	>;

	/// Index of the certificates issued to each owner of an asset.
	#[pallet::storage]
	pub type OwnerCertificates<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, UnderlyingAssetId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, CertificateSeq>,
		),
		(),
		OptionQuery,
	>;

	/// Token units each owner holds by certificate (its ledger balance plus its escrowed
	/// tokens); an entry exists only while it is not zero.
	#[pallet::storage]
	pub type OwnerUnits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		UnderlyingAssetId,
		Blake2_128Concat,
		T::AccountId,
		T::Balance,
		ValueQuery,
	>;

	/// The id the next challenge gets.
	#[pallet::storage]
	pub type NextChallengeId<T: Config> = StorageValue<_, ChallengeId, ValueQuery>;

	/// Open challenges.
	#[pallet::storage]
	pub type Challenges<T: Config> =
		StorageMap<_, Twox64Concat, ChallengeId, ChallengeOf<T>, OptionQuery>;

	/// Confirmations (asset, certificate, attestor) under challenge, with their open
	/// challenges and the stake at risk, or found wrong (upheld: never challenged again). A
	/// dispute whose last open challenge is dismissed or lapses is removed.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, UnderlyingAssetId>,
			NMapKey<Twox64Concat, CertificateSeq>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		DisputeOf<T>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account may now bond and attest.
		AttestorAdmitted { who: T::AccountId },
		/// An attestor was removed and its bond released.
		AttestorRemoved {
			who: T::AccountId,
			released: BondOf<T>,
		},
		/// An attestor's bond grew.
		Bonded {
			who: T::AccountId,
			amount: BondOf<T>,
			bond: BondOf<T>,
		},
		/// Part of an attestor's bond was released.
		Unbonded {
			who: T::AccountId,
			amount: BondOf<T>,
			bond: BondOf<T>,
		},
		/// An asset was registered; its chain of title starts at `genesis`.
		AssetRegistered {
			asset: UnderlyingAssetId,
			issuer: T::AccountId,
			kind: AssetKind,
			attestors: u32,
			threshold: u32,
			deposit: BondOf<T>,
			genesis: [u8; 32],
		},
		/// An asset's attestor set and threshold changed, for the transfers requested from now
		/// on, by its issuer or (`by_network`) the admin origin.
		AttestorsChanged {
			asset: UnderlyingAssetId,
			attestors: BoundedVec<T::AccountId, T::MaxAttestors>,
			threshold: u32,
			by_network: bool,
		},
		/// The token bound to `asset` was handed to a new issuer, and the asset with it: `to`
		/// answers for it now and `deposit` is held from it (the old issuer's released).
		AssetHandedOver {
			asset: UnderlyingAssetId,
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			deposit: BondOf<T>,
		},
		/// An asset without supply was deregistered by its issuer or (`by_network`) the admin
		/// origin: its token (if any) unbound, `released` of its deposit returned to `issuer`.
		AssetDeregistered {
			asset: UnderlyingAssetId,
			issuer: T::AccountId,
			released: BondOf<T>,
			by_network: bool,
		},
		/// A token was bound to an asset.
		TokenBound {
			asset: UnderlyingAssetId,
			token: TokenId,
			units_per_token: u128,
		},
		/// A transfer (`from: None`: an issuance) was requested; attestors may vote until
		/// `deadline`.
		TransferRequested {
			id: TransferId,
			asset: UnderlyingAssetId,
			token: TokenId,
			from: Option<T::AccountId>,
			to: T::AccountId,
			amount: T::Balance,
			deadline: BlockNumberFor<T>,
		},
		/// A forced transfer or a recovery (`kind`) was requested by an agent of the token or
		/// the network (`by`): `amount` of `from`'s tokens, `frozen` of them frozen until then,
		/// went into escrow for `to`; the asset's attestors may vote until `deadline`. `reason`
		/// is the hash of the order a forced transfer carries out (none for a recovery).
		ForcedTransferRequested {
			id: TransferId,
			asset: UnderlyingAssetId,
			token: TokenId,
			kind: ForcedKind,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			frozen: T::Balance,
			deadline: BlockNumberFor<T>,
			by: Authority<T::AccountId>,
			reason: Option<[u8; 32]>,
		},
		/// An attestor confirmed a transfer, having seen evidence with this hash.
		Confirmed {
			id: TransferId,
			attestor: T::AccountId,
			evidence: [u8; 32],
			confirmations: u32,
		},
		/// An attestor rejected a transfer.
		Rejected {
			id: TransferId,
			attestor: T::AccountId,
			rejections: u32,
		},
		/// A transfer completed: the tokens reached `to` and certificate `seq` was issued.
		TransferCompleted {
			id: TransferId,
			asset: UnderlyingAssetId,
			from: Option<T::AccountId>,
			to: T::AccountId,
			amount: T::Balance,
			seq: CertificateSeq,
			certificate: [u8; 32],
		},
		/// The deciding confirmation's settlement was refused by the ledger (a rule, claim, cap
		/// or freeze as it stood then, named by `error`); escrowed tokens went back to the
		/// holder, a pending issuance was released, and no certificate was issued.
		SettlementRefused {
			id: TransferId,
			asset: UnderlyingAssetId,
			error: DispatchError,
		},
		/// Too many attestors rejected a transfer; escrowed tokens went back to the holder.
		TransferRefused {
			id: TransferId,
			asset: UnderlyingAssetId,
		},
		/// A transfer's deadline passed; escrowed tokens went back to the holder.
		TransferExpired {
			id: TransferId,
			asset: UnderlyingAssetId,
		},
		/// An attestor's confirmation of a certificate was challenged; `stake` of its bond is
		/// at risk (fixed by the first open challenge of the confirmation).
		Challenged {
			id: ChallengeId,
			asset: UnderlyingAssetId,
			seq: CertificateSeq,
			attestor: T::AccountId,
			challenger: T::AccountId,
			bond: BondOf<T>,
			stake: BondOf<T>,
		},
		/// A challenge was upheld: `slashed` taken from the attestor's bond, `reward` of it
		/// paid to the challenger, the rest burned.
		ChallengeUpheld {
			id: ChallengeId,
			attestor: T::AccountId,
			challenger: T::AccountId,
			slashed: BondOf<T>,
			reward: BondOf<T>,
		},
		/// A challenge was dismissed: the challenger's bond was burned.
		ChallengeDismissed {
			id: ChallengeId,
			challenger: T::AccountId,
			forfeited: BondOf<T>,
		},
		/// Another challenge of the same confirmation was upheld: this one closed, its
		/// challenger's bond released in full.
		ChallengeClosed {
			id: ChallengeId,
			challenger: T::AccountId,
			released: BondOf<T>,
		},
		/// The ruling period of a challenge passed without a ruling: it closed, its
		/// challenger's bond released in full, nobody slashed.
		ChallengeLapsed {
			id: ChallengeId,
			challenger: T::AccountId,
			released: BondOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already an attestor.
		AlreadyAttestor,
		/// The account is not an admitted attestor.
		NotAttestor,
		/// An asset or a pending transfer names the attestor, or a challenge against it is
		/// open.
		AttestorInUse,
		/// The amount is zero.
		ZeroAmount,
		/// The attestor's bond is smaller than the amount.
		InsufficientBond,
		/// The bond may not fall below what the open disputes of the attestor's confirmations
		/// could slash, nor below `MinAttestorBond` while an asset or a pending transfer names
		/// the attestor or a challenge against it is open.
		BondLocked,
		/// The legal identifier is empty.
		EmptyLegalId,
		/// The jurisdiction is not a well-formed country code (two upper-case letters).
		InvalidCountry,
		/// The total units, or the units per token, are zero.
		ZeroUnits,
		/// The threshold is not between 1 and the number of attestors.
		InvalidThreshold,
		/// The asset's transfer period is outside `MinTransferPeriod..=MaxTransferPeriod`.
		InvalidTransferPeriod,
		/// Attestor `index` of the list appears earlier in it too.
		DuplicateAttestor { index: u8 },
		/// Attestor `index` of the list is not an admitted attestor.
		AttestorNotAdmitted { index: u8 },
		/// Attestor `index` of the list has a bond below `MinAttestorBond`.
		AttestorBondTooLow { index: u8 },
		/// Every asset id has been given out.
		AssetIdsExhausted,
		/// No such asset.
		UnknownAsset,
		/// The caller did not register the asset.
		NotAssetIssuer,
		/// No such token.
		UnknownToken,
		/// The caller is not the token's issuer.
		NotTokenIssuer,
		/// The asset is bound to a token already.
		AssetAlreadyBound,
		/// The token is bound to an asset already.
		TokenAlreadyBound,
		/// Units of the token are outstanding: a token is bound when it is created.
		TokenAlreadyIssued,
		/// The token's supply (with pending issuances) would stand for more units than the
		/// asset has.
		ExceedsAssetUnits,
		/// The token is not bound to an asset.
		NotBound,
		/// Sender and receiver are the same account.
		SameAccount,
		/// The pallet's escrow account cannot receive.
		InvalidReceiver,
		/// The asset has as many pending transfers as it may.
		TooManyPending,
		/// Every transfer id has been given out.
		TransferIdsExhausted,
		/// No such pending transfer.
		UnknownTransfer,
		/// The transfer's deadline has passed: it can only expire.
		DeadlinePassed,
		/// The transfer's deadline has not passed yet.
		NotExpired,
		/// The caller is not an attestor of the transfer's asset.
		NotAssetAttestor,
		/// The attestor's bond is below `MinAttestorBond`: it may not vote until it bonds more.
		BondBelowMinimum,
		/// The attestor has voted on this transfer already.
		AlreadyVoted,
		/// The asset's chain of title is as long as it may be.
		CertificatesExhausted,
		/// No such certificate.
		UnknownCertificate,
		/// The certificate is older than the challenge period.
		ChallengePeriodOver,
		/// The attestor did not confirm the certificate.
		NotCertificateAttestor,
		/// The caller's challenge of this confirmation is open already.
		AlreadyChallenged,
		/// A challenge of this confirmation was upheld: it was found wrong and is settled.
		AlreadyUpheld,
		/// The confirmation has as many open challenges as it may.
		TooManyChallenges,
		/// The challenge's ruling period is over: it can only lapse.
		RulingPeriodOver,
		/// The challenge's ruling period is not over yet.
		RulingPeriodNotOver,
		/// Every challenge id has been given out.
		ChallengeIdsExhausted,
		/// No such open challenge.
		UnknownChallenge,
		/// Refused: the token is bound to an asset; only an attested transfer moves it.
		AttestationRequired,
		/// Only an admitted issuer (of the security-token ledger) may do this.
		NotIssuer,
		/// An attestor may not vote on a transfer to or from itself, nor on a forced transfer
		/// or a recovery it requested.
		InterestedAttestor,
		/// A challenger may not be the challenged attestor, nor the sender or the receiver of
		/// the certified transfer (self-disputes would pay it).
		InterestedChallenger,
		/// The holder has as many pending requests of this asset as one holder may.
		TooManyRequests,
		/// The asset's token has supply: the asset cannot be deregistered.
		SupplyBound,
		/// Transfers or issuances of the asset are pending: it cannot be deregistered.
		TransfersPending,
		/// The asset's chain of title has begun: its certificates are kept, and so is it.
		TitleRecorded,
		/// The caller is neither the admin origin nor the token's issuer or agent with the role
		/// the call needs (controller, recovery) while the issuer is admitted.
		NoPermission,
		/// The reason of a forced transfer is the zero hash: it names the order it carries out.
		EmptyReason,
		/// The lost account holds none of the token outside escrow.
		NothingToRecover,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			Self::do_integrity_test()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits `who` as an attestor (with no bond yet).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit_attestor())]
		pub fn admit_attestor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_admit_attestor(who)
		}

		/// Removes attestor `who`, releasing its whole bond. Only while no asset or pending
		/// transfer names it and no challenge against it is open.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_attestor())]
		pub fn remove_attestor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_remove_attestor(who)
		}

		/// The caller, an attestor, adds `amount` to its bond (held from its balance).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, amount: BondOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(who, amount)
		}

		/// The caller, an attestor, releases `amount` of its bond. What its open disputes
		/// could slash (their stakes) stays, and while an asset or a pending transfer names it
		/// or a challenge against it is open, at least `MinAttestorBond` does.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BondOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, amount)
		}

		/// Registers an asset, holding `AssetDeposit` from the caller, an admitted issuer (so
		/// that nobody else can name attestors on junk assets and tie up their bonds). Its
		/// attestors must be
		/// admitted, each named once, each with at least `MinAttestorBond`; the threshold
		/// between 1 and their number.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_asset(definition.attestors.len() as u32))]
		pub fn register_asset(
			origin: OriginFor<T>,
			definition: alloc::boxed::Box<AssetDefinitionOf<T>>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			ensure!(T::Ledger::is_issuer(&issuer), Error::<T>::NotIssuer);
			Self::do_register(issuer, *definition).map(|_| ())
		}

		/// Binds `token` to `asset`, each unit of the token standing for `units_per_token`
		/// units of the asset. The caller must have registered the asset and be the token's
		/// issuer; nothing of the token may be issued yet.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::bind_token())]
		pub fn bind_token(
			origin: OriginFor<T>,
			asset: UnderlyingAssetId,
			token: TokenId,
			units_per_token: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bind(who, asset, token, units_per_token)
		}

		/// The caller, a holder of bound `token`, requests a transfer of `amount` to `to`. The
		/// transfer is checked as if it happened now and the tokens go into escrow until the
		/// asset's attestors decide; it is judged again when it settles. Charged the checks of
		/// the up-front check and of the movement into escrow.
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::request_transfer()
				.saturating_add(T::Ledger::movement_overhead().saturating_mul(2))
		)]
		pub fn request_transfer(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let from = ensure_signed(origin)?;
			let asset = TokenAsset::<T>::get(token).ok_or(Error::<T>::NotBound)?;
			Self::do_request(asset, token, from.clone(), Some(from), to, amount)?;
			Ok(Some(
				T::WeightInfo::request_transfer()
					.saturating_add(T::Ledger::movement_overhead_of(token).saturating_mul(2)),
			)
			.into())
		}

		/// The caller, the issuer of bound `token`, requests the issuance of `amount` to `to`,
		/// checked for compliance; the tokens are issued when the asset's attestors confirm.
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::request_issuance().saturating_add(T::Ledger::movement_overhead())
		)]
		pub fn request_issuance(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: T::Balance,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let asset = TokenAsset::<T>::get(token).ok_or(Error::<T>::NotBound)?;
			ensure!(
				T::Ledger::issuer(token).as_ref() == Some(&who),
				Error::<T>::NotTokenIssuer
			);
			ensure!(T::Ledger::is_issuer(&who), Error::<T>::NotIssuer);
			Self::do_request(asset, token, who, None, to, amount)?;
			Ok(Some(
				T::WeightInfo::request_issuance()
					.saturating_add(T::Ledger::movement_overhead_of(token)),
			)
			.into())
		}

		/// The caller, an attestor of the transfer's asset, confirms the legal transfer, having
		/// seen evidence with hash `evidence`. The threshold-th confirmation completes the
		/// transfer and issues its certificate (the weight of a confirmation that does not is
		/// refunded).
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::confirm_weight())]
		pub fn confirm(
			origin: OriginFor<T>,
			id: TransferId,
			evidence: [u8; 32],
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let actual = match Self::do_vote(&who, id, Some(evidence))? {
				Some((token, movements)) => T::WeightInfo::confirm_complete().saturating_add(
					T::Ledger::movement_overhead_of(token).saturating_mul(movements),
				),
				None => T::WeightInfo::confirm(),
			};
			Ok(Some(actual).into())
		}

		/// The caller, an attestor of the transfer's asset, rejects it. Once so many reject
		/// that the threshold cannot be reached, the transfer fails and escrowed tokens return
		/// to the holder (the weight of a rejection that does not fail it is refunded).
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::reject_weight())]
		pub fn reject(origin: OriginFor<T>, id: TransferId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let actual = match Self::do_vote(&who, id, None)? {
				Some((token, movements)) => T::WeightInfo::reject_final().saturating_add(
					T::Ledger::movement_overhead_of(token).saturating_mul(movements),
				),
				None => T::WeightInfo::reject(),
			};
			Ok(Some(actual).into())
		}

		/// Ends a transfer whose deadline has passed; escrowed tokens return to the holder.
		/// Anyone may call it.
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::expire().saturating_add(T::Ledger::movement_overhead())
		)]
		pub fn expire(origin: OriginFor<T>, id: TransferId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let token = Self::do_expire(id)?;
			Ok(
				Some(
					T::WeightInfo::expire().saturating_add(T::Ledger::movement_overhead_of(token)),
				)
				.into(),
			)
		}

		/// Disputes `attestor`'s confirmation of certificate `seq` of `asset`, within
		/// `ChallengePeriod` blocks of the certificate, holding `ChallengeBond` from the
		/// caller. Others may challenge the same confirmation while it is open (at most
		/// `MaxChallengesPerAttestation` at once, one per challenger), not once one was upheld.
		/// The first open challenge fixes the stake: `SlashFraction` of the attestor's bond.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::challenge())]
		pub fn challenge(
			origin: OriginFor<T>,
			asset: UnderlyingAssetId,
			seq: CertificateSeq,
			attestor: T::AccountId,
		) -> DispatchResult {
			let challenger = ensure_signed(origin)?;
			Self::do_challenge(challenger, asset, seq, attestor)
		}

		/// Rules on challenge `id`, within `RulingPeriod` blocks of it. Upheld: the dispute's
		/// stake is slashed from the attestor, `ChallengerShare` of it paid to the challenger
		/// and the rest burned; the challenger's bond is released, and so are those of the
		/// other open challenges of the same confirmation, which close; the confirmation is
		/// settled. Dismissed: the challenger's bond is burned. Charged the most other
		/// challenges an upheld ruling closes, refunded to those it closed.
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::rule_weight())]
		pub fn rule(
			origin: OriginFor<T>,
			id: ChallengeId,
			upheld: bool,
		) -> DispatchResultWithPostInfo {
			T::AdminOrigin::ensure_origin(origin)?;
			let closed = Self::do_rule(id, upheld)?;
			let actual = if upheld {
				T::WeightInfo::rule_upheld(closed)
			} else {
				T::WeightInfo::rule_dismissed()
			};
			Ok(Some(actual).into())
		}

		/// Closes challenge `id` once its ruling period is over without a ruling, releasing
		/// the challenger's bond in full; nobody is slashed and the confirmation may be
		/// challenged again within its challenge period. Anyone may call it.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::lapse())]
		pub fn lapse(origin: OriginFor<T>, id: ChallengeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_lapse(id)
		}

		/// Replaces `asset`'s attestors and threshold for the transfers requested from now on
		/// (pending ones keep the set they were requested under). By the asset's issuer, while
		/// an admitted issuer of the ledger, or by the admin origin. The new set is validated
		/// as at registration.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_attestors(attestors.len() as u32))]
		pub fn set_attestors(
			origin: OriginFor<T>,
			asset: UnderlyingAssetId,
			attestors: BoundedVec<T::AccountId, T::MaxAttestors>,
			threshold: u32,
		) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_set_attestors(by, asset, attestors, threshold)
		}

		/// Deregisters `asset` while no supply is bound to it: nothing of it pending, its token
		/// (if bound) with no supply. Returns the deposit to the issuer who paid it, unbinds
		/// the token and removes the asset's records. By the asset's issuer, while an
		/// admitted issuer of the ledger, or by the admin origin.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::deregister_asset())]
		pub fn deregister_asset(origin: OriginFor<T>, asset: UnderlyingAssetId) -> DispatchResult {
			let by = Self::ensure_admin_or_signed(origin)?;
			Self::do_deregister(by, asset)
		}

		/// Takes `amount` of `from`'s tokens of bound `token` into escrow without `from`'s
		/// consent, to go to `to` when the asset's attestors confirm, carrying out the order
		/// whose hash is `reason` (a court order; not zero). Passes pauses and freezes, taking
		/// frozen tokens as it needs; if the transfer fails they go back to `from`, frozen
		/// again. By the token's controller (or its issuer), while the issuer is admitted,
		/// holding `RequestDeposit`; or by the admin origin.
		#[pallet::call_index(16)]
		#[pallet::weight(
			T::WeightInfo::request_forced_transfer()
				.saturating_add(T::Ledger::movement_overhead())
		)]
		pub fn request_forced_transfer(
			origin: OriginFor<T>,
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			reason: [u8; 32],
		) -> DispatchResultWithPostInfo {
			let (asset, by) = Self::ensure_may_force(origin, token, ForcedKind::Transfer)?;
			Self::do_request_forced_transfer(asset, token, by, from, to, amount, reason)?;
			Ok(Some(
				T::WeightInfo::request_forced_transfer()
					.saturating_add(T::Ledger::movement_overhead_of(token)),
			)
			.into())
		}

		/// Takes the whole balance of `lost` (a lost or compromised account) in bound `token`
		/// into escrow, to go to `new` when the asset's attestors confirm, with its frozen
		/// part and its account freeze, leaving `lost` frozen. Passes pauses and freezes. By
		/// the token's recovery agent (or its issuer), while the issuer is admitted, holding
		/// `RequestDeposit`; or by the admin origin.
		#[pallet::call_index(17)]
		#[pallet::weight(
			T::WeightInfo::request_recovery().saturating_add(T::Ledger::movement_overhead())
		)]
		pub fn request_recovery(
			origin: OriginFor<T>,
			token: TokenId,
			lost: T::AccountId,
			new: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let (asset, by) = Self::ensure_may_force(origin, token, ForcedKind::Recovery)?;
			Self::do_request_recovery(asset, token, by, lost, new)?;
			Ok(Some(
				T::WeightInfo::request_recovery()
					.saturating_add(T::Ledger::movement_overhead_of(token)),
			)
			.into())
		}
	}
}
