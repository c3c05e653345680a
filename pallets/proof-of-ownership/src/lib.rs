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
//!   issuer with an [`AssetDefinition`] (kind, legal identifier, jurisdiction, registrar,
//!   document hash, total units, attestors, threshold). The record never changes; the issuer
//!   holds [`Config::AssetDeposit`] for it.
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
//!   the escrow returns to the holder.
//! - **Certificate**: issued for each completed transfer, numbered per asset; it names the
//!   new owner, the units, the previous owner, the confirming attestors and the hash of their
//!   evidence, and the hash of the previous certificate (of the asset record for the first):
//!   the chain of title, verifiable with [`Pallet::verify_chain`].
//! - **Certified units**: [`OwnerUnits`], the token units each owner holds by certificate
//!   (its ledger balance plus what it has in escrow).
//! - **Challenge**: anyone may, within [`Config::ChallengePeriod`] blocks of a certificate,
//!   dispute one attestor's confirmation of it, holding [`Config::ChallengeBond`]. The admin
//!   origin rules: upheld, [`Config::SlashFraction`] of the attestor's bond is slashed,
//!   [`Config::ChallengerShare`] of that paid to the challenger and the rest burned, and the
//!   challenger's bond released; dismissed, the challenger's bond is burned.
//!
//! ## The transfer check
//!
//! The pallet is a [`TransferCheck`] of the security-token ledger (the runtime chains it
//! with compliance). It refuses every movement of a bound token that does not pass through
//! its escrow account, a custodian of the ledger: holder transfers, issuances, burns,
//! redemptions, forced transfers, recoveries and other custodians' movements alike. The
//! movement itself says so ([`Movement::custodian`], set only by the ledger's custody
//! functions), so no transient state decides what moves. Ownership of a bound token changes
//! only by attestation, so the certificates always account for the whole supply.
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
//! Admin origin: `admit_attestor`, `remove_attestor`, `rule`.
//! Attestors: `bond`, `unbond`, `confirm`, `reject`.
//! Issuers: `register_asset`, `bind_token`, `request_issuance`.
//! Holders: `request_transfer`. Anyone: `expire`, `challenge`.
//!
//! Queries: the [`runtime_api::ProofOfOwnershipApi`] runtime API, answered by the
//! `Pallet::api_*` functions; [`Pallet::certificate_hash`], [`Pallet::verify_chain`].
//!
//! ## Limits
//!
//! See `README.md` of this pallet: assets are permanent and their attestor sets fixed, so an
//! attestor an asset names can never be removed; lost keys of a bound token cannot be
//! recovered by the ledger's recovery agent.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod runtime_api;
pub mod weights;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use alloc::vec::Vec;
use frame_support::{
	dispatch::{DispatchResult, DispatchResultWithPostInfo},
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{self, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
	},
	weights::Weight,
	PalletId,
};
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use runtime_api::{AssetInfo, CertificateInfo, PendingInfo};
use sp_io::hashing::blake2_256;
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Saturating, Zero},
	DispatchError, Perbill,
};
use vellum_primitives::{
	ledger::{LedgerState, Movement, ReasonCode, SecurityLedger, TransferCheck},
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
		/// The deposit for an asset record, held from its issuer for the asset's life.
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

		/// Admits and removes attestors, rules on challenges.
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

		/// Held from the requester of each pending transfer (the issuer for an issuance) until
		/// it ends: what one pending record costs to store, and what filling an asset's
		/// pending slots costs.
		#[pallet::constant]
		type RequestDeposit: Get<BondOf<Self>>;

		/// Most pending transfers one holder may have requested of an asset at once (fewer
		/// than `MaxPendingPerAsset`, so that no holder fills the slots alone; the issuer's
		/// issuances are not limited by it).
		#[pallet::constant]
		type MaxRequestsPerHolder: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates tokens for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Admitted attestors: bond, assets naming them, open challenges against them.
	#[pallet::storage]
	pub type Attestors<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AttestorInfoOf<T>, OptionQuery>;

	/// The id the next asset gets.
	#[pallet::storage]
	pub type NextAssetId<T: Config> = StorageValue<_, AssetId, ValueQuery>;

	/// Registered assets (never changed or removed).
	#[pallet::storage]
	pub type Assets<T: Config> = StorageMap<_, Twox64Concat, AssetId, AssetOf<T>, OptionQuery>;

	/// The token each bound asset is bound to.
	#[pallet::storage]
	pub type AssetBindings<T: Config> =
		StorageMap<_, Twox64Concat, AssetId, BindingOf<T>, OptionQuery>;

	/// The asset each bound token is bound to (read by the transfer check).
	#[pallet::storage]
	pub type TokenAsset<T: Config> = StorageMap<_, Twox64Concat, TokenId, AssetId, OptionQuery>;

	/// The id the next transfer request gets.
	#[pallet::storage]
	pub type NextTransferId<T: Config> = StorageValue<_, TransferId, ValueQuery>;

	/// Transfers waiting for their attestors.
	#[pallet::storage]
	pub type Pending<T: Config> =
		StorageMap<_, Twox64Concat, TransferId, PendingTransferOf<T>, OptionQuery>;

	/// Who requested each pending transfer and the deposit held from it.
	#[pallet::storage]
	pub type Requests<T: Config> =
		StorageMap<_, Twox64Concat, TransferId, (T::AccountId, BondOf<T>), OptionQuery>;

	/// How many pending transfers each account has requested of each asset.
	#[pallet::storage]
	pub type OpenRequests<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AssetId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		OptionQuery,
	>;

	/// The pending transfers of each asset, in request order.
	#[pallet::storage]
	pub type PendingByAsset<T: Config> = StorageMap<
		_,
		Twox64Concat,
		AssetId,
		BoundedVec<TransferId, T::MaxPendingPerAsset>,
		ValueQuery,
	>;

	/// The head of each asset's chain of title: the sequence number the next certificate gets
	/// and the hash of the last one (of the asset record while there is none).
	#[pallet::storage]
	pub type ChainHeads<T: Config> =
		StorageMap<_, Twox64Concat, AssetId, (CertificateSeq, [u8; 32]), ValueQuery>;

	/// Ownership certificates by asset and sequence number.
	#[pallet::storage]
	pub type Certificates<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AssetId,
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
			NMapKey<Twox64Concat, AssetId>,
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
		AssetId,
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

	/// Confirmations (asset, certificate, attestor) under challenge or found wrong, with the
	/// challenge: none of them can be challenged again. A dismissed challenge is removed.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, AssetId>,
			NMapKey<Twox64Concat, CertificateSeq>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		ChallengeId,
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
			asset: AssetId,
			issuer: T::AccountId,
			kind: AssetKind,
			attestors: u32,
			threshold: u32,
			deposit: BondOf<T>,
			genesis: [u8; 32],
		},
		/// A token was bound to an asset.
		TokenBound {
			asset: AssetId,
			token: TokenId,
			units_per_token: u128,
		},
		/// A transfer (`from: None`: an issuance) was requested; attestors may vote until
		/// `deadline`.
		TransferRequested {
			id: TransferId,
			asset: AssetId,
			token: TokenId,
			from: Option<T::AccountId>,
			to: T::AccountId,
			amount: T::Balance,
			deadline: BlockNumberFor<T>,
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
			asset: AssetId,
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
			asset: AssetId,
			error: DispatchError,
		},
		/// Too many attestors rejected a transfer; escrowed tokens went back to the holder.
		TransferRefused { id: TransferId, asset: AssetId },
		/// A transfer's deadline passed; escrowed tokens went back to the holder.
		TransferExpired { id: TransferId, asset: AssetId },
		/// An attestor's confirmation of a certificate was challenged.
		Challenged {
			id: ChallengeId,
			asset: AssetId,
			seq: CertificateSeq,
			attestor: T::AccountId,
			challenger: T::AccountId,
			bond: BondOf<T>,
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
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already an attestor.
		AlreadyAttestor,
		/// The account is not an admitted attestor.
		NotAttestor,
		/// An asset names the attestor, or a challenge against it is open.
		AttestorInUse,
		/// The amount is zero.
		ZeroAmount,
		/// The attestor's bond is smaller than the amount.
		InsufficientBond,
		/// The bond may not fall below `MinAttestorBond` while an asset names the attestor or
		/// a challenge against it is open.
		BondLocked,
		/// The legal identifier is empty.
		EmptyLegalId,
		/// The jurisdiction is not two upper-case letters.
		InvalidJurisdiction,
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
		/// The confirmation is under challenge, or was found wrong already.
		AlreadyChallenged,
		/// Every challenge id has been given out.
		ChallengeIdsExhausted,
		/// No such open challenge.
		UnknownChallenge,
		/// Refused: the token is bound to an asset; only an attested transfer moves it.
		AttestationRequired,
		/// Only an admitted issuer (of the security-token ledger) may do this.
		NotIssuer,
		/// An attestor may not vote on a transfer to or from itself.
		InterestedAttestor,
		/// A challenger may not be the challenged attestor, nor the sender or the receiver of
		/// the certified transfer (self-disputes would pay it).
		InterestedChallenger,
		/// The holder has as many pending requests of this asset as one holder may.
		TooManyRequests,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxAttestors::get() >= 1 && T::MaxAttestors::get() <= 255,
				"attestor indices in errors are u8, and an asset needs an attestor"
			);
			assert!(
				T::MaxPendingPerAsset::get() >= 1,
				"an asset needs room for a request"
			);
			assert!(
				T::MaxRequestsPerHolder::get() >= 1
					&& T::MaxRequestsPerHolder::get() < T::MaxPendingPerAsset::get(),
				"a holder may request, but not fill an asset's pending slots alone"
			);
			assert!(T::MaxIdLen::get() >= 1, "legal identifiers are not empty");
			assert!(
				T::MinTransferPeriod::get() >= 1
					&& T::MinTransferPeriod::get() <= T::MaxTransferPeriod::get(),
				"attestors need time to vote"
			);
			assert!(
				!T::ChallengeBond::get().is_zero(),
				"a free challenge could be made for every confirmation"
			);
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
			ensure!(
				!Attestors::<T>::contains_key(&who),
				Error::<T>::AlreadyAttestor
			);
			Attestors::<T>::insert(&who, AttestorInfoOf::<T>::default());
			Self::deposit_event(Event::AttestorAdmitted { who });
			Ok(())
		}

		/// Removes attestor `who`, releasing its whole bond. Only while no asset names it and
		/// no challenge against it is open.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_attestor())]
		pub fn remove_attestor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
			ensure!(
				info.assets == 0 && info.challenges == 0,
				Error::<T>::AttestorInUse
			);
			let released = if info.bond.is_zero() {
				Zero::zero()
			} else {
				T::Currency::release(
					&HoldReason::AttestorBond.into(),
					&who,
					info.bond,
					Precision::BestEffort,
				)?
			};
			Attestors::<T>::remove(&who);
			Self::deposit_event(Event::AttestorRemoved { who, released });
			Ok(())
		}

		/// The caller, an attestor, adds `amount` to its bond (held from its balance).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, amount: BondOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			T::Currency::hold(&HoldReason::AttestorBond.into(), &who, amount)?;
			info.bond = info.bond.saturating_add(amount);
			let bond = info.bond;
			Attestors::<T>::insert(&who, info);
			Self::deposit_event(Event::Bonded { who, amount, bond });
			Ok(())
		}

		/// The caller, an attestor, releases `amount` of its bond. While an asset names it or
		/// a challenge against it is open, at least `MinAttestorBond` stays.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BondOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut info = Attestors::<T>::get(&who).ok_or(Error::<T>::NotAttestor)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(amount <= info.bond, Error::<T>::InsufficientBond);
			let bond = info.bond.saturating_sub(amount);
			if info.assets > 0 || info.challenges > 0 {
				ensure!(bond >= T::MinAttestorBond::get(), Error::<T>::BondLocked);
			}
			T::Currency::release(
				&HoldReason::AttestorBond.into(),
				&who,
				amount,
				Precision::Exact,
			)?;
			info.bond = bond;
			Attestors::<T>::insert(&who, info);
			Self::deposit_event(Event::Unbonded { who, amount, bond });
			Ok(())
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
			asset: AssetId,
			token: TokenId,
			units_per_token: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Assets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
			ensure!(record.issuer == who, Error::<T>::NotAssetIssuer);
			let token_issuer = T::Ledger::issuer(token).ok_or(Error::<T>::UnknownToken)?;
			ensure!(token_issuer == who, Error::<T>::NotTokenIssuer);
			ensure!(T::Ledger::is_issuer(&who), Error::<T>::NotIssuer);
			ensure!(
				!AssetBindings::<T>::contains_key(asset),
				Error::<T>::AssetAlreadyBound
			);
			ensure!(
				!TokenAsset::<T>::contains_key(token),
				Error::<T>::TokenAlreadyBound
			);
			ensure!(
				T::Ledger::total_supply(token).is_zero(),
				Error::<T>::TokenAlreadyIssued
			);
			ensure!(units_per_token > 0, Error::<T>::ZeroUnits);
			ensure!(
				units_per_token <= record.definition.total_units,
				Error::<T>::ExceedsAssetUnits
			);
			AssetBindings::<T>::insert(
				asset,
				Binding {
					token,
					units_per_token,
					pending_issue: Zero::zero(),
				},
			);
			TokenAsset::<T>::insert(token, asset);
			Self::deposit_event(Event::TokenBound {
				asset,
				token,
				units_per_token,
			});
			Ok(())
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
			let p = Pending::<T>::get(id).ok_or(Error::<T>::UnknownTransfer)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now > p.deadline, Error::<T>::NotExpired);
			let (asset, token) = (p.asset, p.token);
			Self::do_close(id, p)?;
			Self::deposit_event(Event::TransferExpired { id, asset });
			Ok(
				Some(
					T::WeightInfo::expire().saturating_add(T::Ledger::movement_overhead_of(token)),
				)
				.into(),
			)
		}

		/// Disputes `attestor`'s confirmation of certificate `seq` of `asset`, within
		/// `ChallengePeriod` blocks of the certificate, holding `ChallengeBond` from the
		/// caller.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::challenge())]
		pub fn challenge(
			origin: OriginFor<T>,
			asset: AssetId,
			seq: CertificateSeq,
			attestor: T::AccountId,
		) -> DispatchResult {
			let challenger = ensure_signed(origin)?;
			Self::do_challenge(challenger, asset, seq, attestor)
		}

		/// Rules on challenge `id`. Upheld: `SlashFraction` of the attestor's bond is
		/// slashed, `ChallengerShare` of that paid to the challenger and the rest burned; the
		/// challenger's bond is released. Dismissed: the challenger's bond is burned.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::rule_upheld().max(T::WeightInfo::rule_dismissed()))]
		pub fn rule(
			origin: OriginFor<T>,
			id: ChallengeId,
			upheld: bool,
		) -> DispatchResultWithPostInfo {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_rule(id, upheld)?;
			let actual = if upheld {
				T::WeightInfo::rule_upheld()
			} else {
				T::WeightInfo::rule_dismissed()
			};
			Ok(Some(actual).into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account that holds escrowed tokens.
	pub fn escrow_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The hash of a certificate (BLAKE2-256 of its SCALE encoding): the next certificate's
	/// `prev`.
	pub fn certificate_hash(certificate: &CertificateOf<T>) -> [u8; 32] {
		blake2_256(&certificate.encode())
	}

	/// The hash of an asset record: the `prev` of its first certificate.
	pub fn asset_hash(asset: &AssetOf<T>) -> [u8; 32] {
		blake2_256(&asset.encode())
	}

	/// Whether `asset`'s chain of title verifies: from the hash of the asset record, every
	/// certificate in order names the hash of the one before, is numbered in order, was
	/// confirmed by at least the threshold of distinct attestors of the asset, and the last
	/// hash is the stored head.
	pub fn verify_chain(asset: AssetId) -> bool {
		let Some(record) = Assets::<T>::get(asset) else {
			return false;
		};
		let attestors = &record.definition.attestors;
		let threshold = record.definition.threshold as usize;
		let (next, head) = ChainHeads::<T>::get(asset);
		let mut prev = Self::asset_hash(&record);
		for seq in 0..next {
			let Some(cert) = Certificates::<T>::get(asset, seq) else {
				return false;
			};
			let confirmed_by_attestors = cert.attestors.len() >= threshold
				&& cert.attestors.iter().enumerate().all(|(i, a)| {
					attestors.contains(a) && !cert.attestors.iter().take(i).any(|b| b == a)
				});
			if cert.seq != seq || cert.prev != prev || !confirmed_by_attestors {
				return false;
			}
			prev = Self::certificate_hash(&cert);
		}
		prev == head && Certificates::<T>::iter_key_prefix(asset).count() == next as usize
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

	/// Validates and stores an asset of `issuer`, holding its deposit; starts its chain of
	/// title at the record's hash.
	fn do_register(
		issuer: T::AccountId,
		definition: AssetDefinitionOf<T>,
	) -> Result<AssetId, DispatchError> {
		ensure!(!definition.legal_id.is_empty(), Error::<T>::EmptyLegalId);
		ensure!(
			definition.jurisdiction.is_well_formed(),
			Error::<T>::InvalidJurisdiction
		);
		ensure!(definition.total_units > 0, Error::<T>::ZeroUnits);
		let n = definition.attestors.len() as u32;
		ensure!(
			definition.threshold >= 1 && definition.threshold <= n,
			Error::<T>::InvalidThreshold
		);
		ensure!(
			(T::MinTransferPeriod::get()..=T::MaxTransferPeriod::get())
				.contains(&definition.transfer_period),
			Error::<T>::InvalidTransferPeriod
		);
		let min = T::MinAttestorBond::get();
		for (i, a) in definition.attestors.iter().enumerate() {
			let index = u8::try_from(i).unwrap_or(u8::MAX);
			ensure!(
				!definition.attestors.iter().take(i).any(|b| b == a),
				Error::<T>::DuplicateAttestor { index }
			);
			let info = Attestors::<T>::get(a).ok_or(Error::<T>::AttestorNotAdmitted { index })?;
			ensure!(info.bond >= min, Error::<T>::AttestorBondTooLow { index });
		}
		let id = NextAssetId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::AssetIdsExhausted)?;
		let deposit = T::AssetDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::AssetDeposit.into(), &issuer, deposit)?;
		}
		for a in definition.attestors.iter() {
			Attestors::<T>::mutate(a, |info| {
				if let Some(info) = info {
					info.assets = info.assets.saturating_add(1);
				}
			});
		}
		let kind = definition.kind;
		let threshold = definition.threshold;
		let record = Asset {
			issuer: issuer.clone(),
			definition,
			deposit,
		};
		let genesis = Self::asset_hash(&record);
		Assets::<T>::insert(id, record);
		ChainHeads::<T>::insert(id, (0, genesis));
		NextAssetId::<T>::put(next);
		Self::deposit_event(Event::AssetRegistered {
			asset: id,
			issuer,
			kind,
			attestors: n,
			threshold,
			deposit,
			genesis,
		});
		Ok(id)
	}

	/// Records `requester`'s transfer request (an issuance if `from` is `None`), after the
	/// settlement check, holding its deposit and moving a holder's tokens into escrow.
	fn do_request(
		asset: AssetId,
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
		let id = NextTransferId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::TransferIdsExhausted)?;
		let mut list = PendingByAsset::<T>::get(asset);
		list.try_push(id).map_err(|_| Error::<T>::TooManyPending)?;
		if from.is_none() {
			Self::reserve_issuance(asset, token, amount)?;
		}
		T::Ledger::check_settlement(token, &escrow, from.as_ref(), &to, amount)?;
		let open = OpenRequests::<T>::get(asset, &requester).unwrap_or(0);
		ensure!(
			from.is_none() || open < T::MaxRequestsPerHolder::get(),
			Error::<T>::TooManyRequests
		);
		let deposit = T::RequestDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::RequestDeposit.into(), &requester, deposit)?;
		}
		if let Some(holder) = &from {
			T::Ledger::deposit(token, &escrow, holder, amount)?;
		}
		Requests::<T>::insert(id, (requester.clone(), deposit));
		OpenRequests::<T>::insert(asset, &requester, open.saturating_add(1));
		let period = Assets::<T>::get(asset)
			.ok_or(Error::<T>::UnknownAsset)?
			.definition
			.transfer_period;
		let deadline = frame_system::Pallet::<T>::block_number().saturating_add(period.into());
		Pending::<T>::insert(
			id,
			PendingTransfer {
				asset,
				token,
				from: from.clone(),
				to: to.clone(),
				amount,
				deadline,
				confirmations: BoundedVec::new(),
				rejections: BoundedVec::new(),
			},
		);
		PendingByAsset::<T>::insert(asset, list);
		NextTransferId::<T>::put(next);
		Self::deposit_event(Event::TransferRequested {
			id,
			asset,
			token,
			from,
			to,
			amount,
			deadline,
		});
		Ok(())
	}

	/// Counts `amount` as pending issuance of `asset`, if the token's supply and every
	/// pending issuance still stand for no more units than the asset has.
	fn reserve_issuance(asset: AssetId, token: TokenId, amount: T::Balance) -> DispatchResult {
		let record = Assets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
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
	/// completing or failing it when that decides it. Returns, if it did, the token and the
	/// number of ledger movements made (for the weight).
	fn do_vote(
		who: &T::AccountId,
		id: TransferId,
		confirm: Option<[u8; 32]>,
	) -> Result<Option<(TokenId, u64)>, DispatchError> {
		let mut p = Pending::<T>::get(id).ok_or(Error::<T>::UnknownTransfer)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= p.deadline, Error::<T>::DeadlinePassed);
		let record = Assets::<T>::get(p.asset).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(
			record.definition.attestors.contains(who),
			Error::<T>::NotAssetAttestor
		);
		let bond = Attestors::<T>::get(who).map(|i| i.bond).unwrap_or_default();
		ensure!(
			bond >= T::MinAttestorBond::get(),
			Error::<T>::BondBelowMinimum
		);
		ensure!(!p.has_voted(who), Error::<T>::AlreadyVoted);
		ensure!(
			p.from.as_ref() != Some(who) && &p.to != who,
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
				if confirmations >= record.definition.threshold {
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
				if rejections >= record.definition.rejection_threshold() {
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
		let escrow = Self::escrow_account();
		if let Err(error) = T::Ledger::settle(p.token, &escrow, p.from.as_ref(), &p.to, p.amount) {
			let movements = if p.from.is_some() { 2 } else { 1 };
			Self::do_close(id, p)?;
			Self::deposit_event(Event::SettlementRefused { id, asset, error });
			return Ok(movements);
		}
		match &p.from {
			Some(from) => {
				OwnerUnits::<T>::mutate_exists(asset, from, |units| {
					let left = units.unwrap_or_default().saturating_sub(p.amount);
					*units = (!left.is_zero()).then_some(left);
				});
			}
			None => Self::release_issuance(asset, p.amount),
		}
		OwnerUnits::<T>::mutate(asset, &p.to, |units| {
			*units = units.saturating_add(p.amount)
		});
		let attestors = BoundedVec::truncate_from(
			p.confirmations
				.iter()
				.map(|(a, _)| a.clone())
				.collect::<Vec<_>>(),
		);
		let certificate = Certificate {
			seq,
			owner: p.to.clone(),
			units: p.amount,
			from: p.from.clone(),
			transfer: id,
			evidence: blake2_256(&p.confirmations.encode()),
			attestors,
			at: frame_system::Pallet::<T>::block_number(),
			prev,
		};
		let hash = Self::certificate_hash(&certificate);
		Certificates::<T>::insert(asset, seq, certificate);
		OwnerCertificates::<T>::insert((asset, &p.to, seq), ());
		ChainHeads::<T>::insert(asset, (next, hash));
		Self::unlist(asset, id);
		Pending::<T>::remove(id);
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

	/// Ends a transfer without completing it: escrowed tokens return to the holder, a
	/// pending issuance is released.
	fn do_close(id: TransferId, p: PendingTransferOf<T>) -> DispatchResult {
		match &p.from {
			Some(from) => {
				T::Ledger::release(p.token, &Self::escrow_account(), from, p.amount)?;
			}
			None => Self::release_issuance(p.asset, p.amount),
		}
		Self::unlist(p.asset, id);
		Pending::<T>::remove(id);
		Ok(())
	}

	/// `amount` is no longer pending issuance of `asset`.
	fn release_issuance(asset: AssetId, amount: T::Balance) {
		AssetBindings::<T>::mutate(asset, |binding| {
			if let Some(b) = binding {
				b.pending_issue = b.pending_issue.saturating_sub(amount);
			}
		});
	}

	/// Takes transfer `id` off `asset`'s pending list and returns its requester's deposit.
	fn unlist(asset: AssetId, id: TransferId) {
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

	/// Opens a challenge of `attestor`'s confirmation of certificate `seq` of `asset`, holding
	/// the challenger's bond.
	fn do_challenge(
		challenger: T::AccountId,
		asset: AssetId,
		seq: CertificateSeq,
		attestor: T::AccountId,
	) -> DispatchResult {
		let certificate =
			Certificates::<T>::get(asset, seq).ok_or(Error::<T>::UnknownCertificate)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= certificate.at.saturating_add(T::ChallengePeriod::get()),
			Error::<T>::ChallengePeriodOver
		);
		ensure!(
			certificate.attestors.contains(&attestor),
			Error::<T>::NotCertificateAttestor
		);
		ensure!(
			challenger != attestor
				&& challenger != certificate.owner
				&& certificate.from.as_ref() != Some(&challenger),
			Error::<T>::InterestedChallenger
		);
		ensure!(
			!Disputes::<T>::contains_key((asset, seq, &attestor)),
			Error::<T>::AlreadyChallenged
		);
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::ChallengeIdsExhausted)?;
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &challenger, bond)?;
		// An attestor an asset names is never removed: its record exists.
		Attestors::<T>::mutate(&attestor, |info| {
			if let Some(info) = info {
				info.challenges = info.challenges.saturating_add(1);
			}
		});
		Challenges::<T>::insert(
			id,
			Challenge {
				challenger: challenger.clone(),
				asset,
				seq,
				attestor: attestor.clone(),
				bond,
				at: now,
			},
		);
		Disputes::<T>::insert((asset, seq, &attestor), id);
		NextChallengeId::<T>::put(next);
		Self::deposit_event(Event::Challenged {
			id,
			asset,
			seq,
			attestor,
			challenger,
			bond,
		});
		Ok(())
	}

	/// Closes challenge `id`: slashes the attestor (`upheld`) or burns the challenger's bond.
	fn do_rule(id: ChallengeId, upheld: bool) -> DispatchResult {
		let c = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let mut info = Attestors::<T>::get(&c.attestor).unwrap_or_default();
		info.challenges = info.challenges.saturating_sub(1);
		let challenge_reason: T::RuntimeHoldReason = HoldReason::ChallengeBond.into();
		if upheld {
			let bond_reason: T::RuntimeHoldReason = HoldReason::AttestorBond.into();
			let slash = T::SlashFraction::get() * info.bond;
			let share = T::ChallengerShare::get() * slash;
			T::Currency::release(
				&challenge_reason,
				&c.challenger,
				c.bond,
				Precision::BestEffort,
			)?;
			let reward = if share.is_zero() {
				Zero::zero()
			} else {
				T::Currency::transfer_on_hold(
					&bond_reason,
					&c.attestor,
					&c.challenger,
					share,
					Precision::BestEffort,
					Restriction::Free,
					Fortitude::Force,
				)?
			};
			let rest = slash.saturating_sub(reward);
			let burned = if rest.is_zero() {
				Zero::zero()
			} else {
				T::Currency::burn_held(
					&bond_reason,
					&c.attestor,
					rest,
					Precision::BestEffort,
					Fortitude::Force,
				)?
			};
			let slashed = reward.saturating_add(burned);
			info.bond = info.bond.saturating_sub(slashed);
			Self::deposit_event(Event::ChallengeUpheld {
				id,
				attestor: c.attestor.clone(),
				challenger: c.challenger,
				slashed,
				reward,
			});
		} else {
			let forfeited = T::Currency::burn_held(
				&challenge_reason,
				&c.challenger,
				c.bond,
				Precision::BestEffort,
				Fortitude::Force,
			)?;
			Disputes::<T>::remove((c.asset, c.seq, &c.attestor));
			Self::deposit_event(Event::ChallengeDismissed {
				id,
				challenger: c.challenger,
				forfeited,
			});
		}
		Attestors::<T>::insert(&c.attestor, info);
		Challenges::<T>::remove(id);
		Ok(())
	}

	/// `ProofOfOwnershipApi::asset`.
	pub fn api_asset(asset: AssetId) -> Option<AssetInfo<T::AccountId, T::Balance>> {
		let record = Assets::<T>::get(asset)?;
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
	pub fn api_owners(asset: AssetId) -> Vec<(T::AccountId, T::Balance)> {
		OwnerUnits::<T>::iter_prefix(asset).collect()
	}

	/// `ProofOfOwnershipApi::certificates_of`.
	pub fn api_certificates_of(
		asset: AssetId,
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
					at: c.at,
					prev: c.prev,
					certificate_hash: hash,
				}
			})
			.collect()
	}

	/// `ProofOfOwnershipApi::pending`.
	pub fn api_pending(
		asset: AssetId,
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
				confirmations: p.confirmations.into_inner(),
				rejections: p.rejections.into_inner(),
			})
			.collect()
	}

	/// Checks every invariant of the pallet's storage:
	/// - bindings are one-to-one between registered assets and tokens;
	/// - every pending transfer is listed under its asset (and every listed id is pending),
	///   its asset is bound to its token, its votes are by distinct attestors of the asset
	///   and do not decide it yet, and its id was given out; each asset's pending issuance is
	///   the sum of its pending issuances;
	/// - every pending transfer has one request record (a holder's by the holder), counted
	///   in `OpenRequests` per asset and requester, and the request deposits held from each
	///   requester are its requests';
	/// - the escrow account (a custodian) holds exactly the sum of each bound token's pending
	///   transfers: what its pending items owe;
	/// - each owner's certified units are its ledger balance plus what it has in escrow, and
	///   they add up to the token's supply; the supply with pending issuances stands for no
	///   more units than the asset has;
	/// - each attestor's recorded bond is what is held from it, its asset count the assets
	///   naming it, its challenge count its open challenges; every attestor an asset names is
	///   admitted; the challenge bonds held from each challenger are its open challenges';
	///   the asset deposits held from each issuer are its assets';
	/// - every asset's chain of title verifies, and the owner index lists exactly its
	///   certificates; every open challenge names a confirmation of a stored certificate and
	///   is recorded as its dispute.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let escrow = Self::escrow_account();

		// Bindings.
		for (token, asset) in TokenAsset::<T>::iter() {
			ensure!(
				AssetBindings::<T>::get(asset).is_some_and(|b| b.token == token),
				"a token is bound to an asset not bound to it"
			);
		}
		let mut bound = 0usize;
		for (asset, binding) in AssetBindings::<T>::iter() {
			bound += 1;
			ensure!(
				Assets::<T>::contains_key(asset),
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

		// Pending transfers.
		let next_transfer = NextTransferId::<T>::get();
		let mut escrowed: BTreeMap<TokenId, T::Balance> = BTreeMap::new();
		let mut issuing: BTreeMap<AssetId, T::Balance> = BTreeMap::new();
		let mut outgoing: BTreeMap<(AssetId, T::AccountId), T::Balance> = BTreeMap::new();
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
			let record = Assets::<T>::get(p.asset).ok_or("a pending transfer of no asset")?;
			let attestors = &record.definition.attestors;
			let voters: Vec<&T::AccountId> = p
				.confirmations
				.iter()
				.map(|(a, _)| a)
				.chain(p.rejections.iter())
				.collect();
			for (i, v) in voters.iter().enumerate() {
				ensure!(
					attestors.contains(*v),
					"a vote by an account not an attestor of the asset"
				);
				ensure!(
					!voters.iter().take(i).any(|w| w == v),
					"an attestor voted twice"
				);
			}
			ensure!(
				(p.confirmations.len() as u32) < record.definition.threshold
					&& (p.rejections.len() as u32) < record.definition.rejection_threshold(),
				"a decided transfer is still pending"
			);
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
			let total = Assets::<T>::get(asset)
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
		for (asset, record) in Assets::<T>::iter() {
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
		let mut requested: BTreeMap<(AssetId, T::AccountId), u32> = BTreeMap::new();
		let mut request_deposits: BTreeMap<T::AccountId, BondOf<T>> = BTreeMap::new();
		for (id, (requester, deposit)) in Requests::<T>::iter() {
			let p = Pending::<T>::get(id).ok_or("a request record of no pending transfer")?;
			ensure!(
				p.from.is_none() || p.from.as_ref() == Some(&requester),
				"a holder's transfer requested by another account"
			);
			*requested.entry((p.asset, requester.clone())).or_default() += 1;
			let d = request_deposits.entry(requester).or_insert_with(Zero::zero);
			*d = d.saturating_add(deposit);
		}
		ensure!(
			Requests::<T>::iter_keys().count() == Pending::<T>::iter_keys().count(),
			"a pending transfer without its request record"
		);
		let counted: BTreeMap<(AssetId, T::AccountId), u32> = OpenRequests::<T>::iter()
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
		for (id, c) in Challenges::<T>::iter() {
			ensure!(id < next_challenge, "a challenge id not given out yet");
			*open.entry(c.attestor.clone()).or_default() += 1;
			let b = challenge_bonds
				.entry(c.challenger.clone())
				.or_insert_with(Zero::zero);
			*b = b.saturating_add(c.bond);
			ensure!(
				Certificates::<T>::get(c.asset, c.seq)
					.is_some_and(|cert| cert.attestors.contains(&c.attestor)),
				"a challenge of no confirmation"
			);
			ensure!(
				Disputes::<T>::get((c.asset, c.seq, &c.attestor)) == Some(id),
				"an open challenge is not its confirmation's dispute"
			);
		}
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
				info.challenges == open.remove(&who).unwrap_or(0),
				"an attestor's challenge count differs from its open challenges"
			);
		}
		ensure!(
			named.is_empty() && open.is_empty(),
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

impl<T: Config> TransferCheck<T::AccountId, T::Balance> for Pallet<T> {
	fn check(m: &MovementOf<T>, _state: &LedgerState<T::Balance>) -> DispatchResult {
		if Self::refuses(m) {
			return Err(Error::<T>::AttestationRequired.into());
		}
		Ok(())
	}

	fn reasons(m: &MovementOf<T>, _state: &LedgerState<T::Balance>) -> Vec<ReasonCode> {
		if Self::refuses(m) {
			alloc::vec![ReasonCode::AttestationRequired]
		} else {
			Vec::new()
		}
	}

	fn max_weight() -> Weight {
		T::DbWeight::get().reads(1)
	}

	fn weight(_token: TokenId) -> Weight {
		T::DbWeight::get().reads(1)
	}
}

impl<T: Config> Pallet<T> {
	/// Whether a movement is refused: its token is bound and it does not pass through the
	/// pallet's escrow (which only the pallet's own ledger calls name).
	fn refuses(m: &MovementOf<T>) -> bool {
		m.custodian != Some(&Self::escrow_account()) && TokenAsset::<T>::contains_key(m.token)
	}
}
