//! What a transfer check really weighs: the benchmarked check for a token's complexity and
//! features plus what its settings record and the network trust list encode in beyond the
//! benchmark's. The ledger charges the maximum up front and refunds to this.

use crate::{
	Config, NetworkClaimIssuers, Pallet, RestrictionsOf, TokenComplianceOf, TrustedIssuersOf,
	WeightInfo,
};
use codec::{Encode, MaxEncodedLen};
use frame_support::{traits::Get, weights::Weight};

/// The settings records of the `check` benchmark encode in at least
/// `BENCHED_RECORD_BASE + BENCHED_BYTES_PER_UNIT * c` bytes at complexity `c` (a test keeps
/// this true). A token's record larger than that for its complexity is charged the difference
/// in proof size on top of the benchmarked weight.
pub const BENCHED_RECORD_BASE: u64 = 17;
/// See [`BENCHED_RECORD_BASE`].
pub const BENCHED_BYTES_PER_UNIT: u64 = 5;
/// The `check` benchmark's network trust list (one issuer, trusted for every topic) encodes in
/// this many bytes; a longer list is charged its further bytes, and every further trusted
/// issuer (of the network's list or the token's) the reading of its claim records on both
/// sides (`read_claims`).
pub const BENCHED_NETWORK_LIST: u64 = 6;

impl<T: Config> Pallet<T> {
	/// The weight of checking a movement of `token` (reads its settings and the network trust
	/// list: the check has, in the same block): the benchmarked check for its complexity,
	/// features and the length of the network list, the lookup of the issuers its conditions
	/// name, and the bytes its record and the network list encode in beyond the benchmark's.
	pub(crate) fn check_weight(settings: Option<&TokenComplianceOf<T>>) -> Weight {
		let Some(s) = settings else {
			return T::DbWeight::get().reads(1);
		};
		let network = NetworkClaimIssuers::<T>::get();
		let issuers = Self::issuers_read(
			s.issuers.iter().map(|i| i.issuer),
			network.iter().map(|i| i.issuer),
		);
		let records = Self::extra_records(issuers);
		let list_bytes = (network.encoded_size() as u64).saturating_sub(BENCHED_NETWORK_LIST);
		let named = s.named_issuers().len() as u32;
		let lookups = if named > 0 {
			T::WeightInfo::resolve_issuers(named)
		} else {
			Weight::zero()
		};
		Self::benchmarked_check(s)
			.saturating_add(lookups)
			.saturating_add(Self::proof_margin(s))
			.saturating_add(records)
			.saturating_add(Weight::from_parts(0, list_bytes))
	}

	/// What reading the claim records of `issuers` trusted issuers on both sides costs beyond
	/// the benchmarked check's one.
	pub(crate) fn extra_records(issuers: u32) -> Weight {
		T::WeightInfo::read_claims(issuers).saturating_sub(T::WeightInfo::read_claims(1))
	}

	/// [`Self::extra_records`] at its most: every issuer of a full network list and a full
	/// token list distinct.
	pub fn max_extra_records() -> Weight {
		Self::extra_records(T::MaxTrustedIssuers::get().saturating_mul(2))
	}

	/// The benchmarked check for a record's complexity and features: identity conditions (the
	/// dearest), else list entries or per-holder state, else claim conditions alone.
	fn benchmarked_check(s: &TokenComplianceOf<T>) -> Weight {
		let c = s.complexity.max(1);
		if s.uses_identity() {
			T::WeightInfo::check_identity(c.max(5))
		} else if s.listed > 0 || s.tracking {
			T::WeightInfo::check_listed_tracked(c.max(5))
		} else {
			T::WeightInfo::check(c)
		}
	}

	/// The proof size a settings record takes beyond the benchmark's records of its complexity
	/// (see [`BENCHED_RECORD_BASE`]).
	fn proof_margin(settings: &TokenComplianceOf<T>) -> Weight {
		let benched = BENCHED_RECORD_BASE
			.saturating_add(BENCHED_BYTES_PER_UNIT.saturating_mul(settings.complexity.into()));
		Weight::from_parts(0, (settings.encoded_size() as u64).saturating_sub(benched))
	}

	/// [`Self::proof_margin`] of the largest record a complexity allows: its fixed part (the
	/// top-level fields, two length prefixes per requirement, every restriction) and, per
	/// complexity unit, at most an account id (an issuer a condition names; every other unit
	/// encodes in 6 bytes at most); and the largest network list beyond the benchmark's.
	pub fn max_proof_margin() -> Weight {
		let list =
			(TrustedIssuersOf::<T>::max_encoded_len() as u64).saturating_sub(BENCHED_NETWORK_LIST);
		let per_unit = (T::AccountId::max_encoded_len() as u64).max(6);
		let fixed = 14u64
			.saturating_add(4u64.saturating_mul(T::MaxRequirements::get().into()))
			.saturating_add(RestrictionsOf::<T>::max_encoded_len() as u64);
		let units = u64::from(T::MaxComplexity::get());
		let largest = fixed.saturating_add(per_unit.saturating_mul(units));
		let benched =
			BENCHED_RECORD_BASE.saturating_add(BENCHED_BYTES_PER_UNIT.saturating_mul(units));
		Weight::from_parts(0, largest.saturating_sub(benched).saturating_add(list))
	}
}
