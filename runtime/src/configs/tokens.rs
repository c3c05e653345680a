//! Security tokens: the ledger of every regulated instrument on Vellum, and the compliance
//! rules every issuance and transfer of one must pass.

use crate::{
	configs::governance::NetworkAdminOrigin, AccountId, Balance, Balances, Compliance, Runtime,
	RuntimeHoldReason, Timestamp, UNIT,
};
use frame_support::{parameter_types, traits::ConstU32};
use pallet_identity::Judgement;

parameter_types! {
	/// Held from an issuer for each token it creates (a token and its definition take up to
	/// ~6 KiB of state).
	pub const TokenDeposit: Balance = 100 * UNIT;
}

impl pallet_security_token::Config for Runtime {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council admit and remove issuers.
	type AdminOrigin = NetworkAdminOrigin;
	// Compliance rules decide every issuance and transfer, and keep per-holder statistics.
	// The pallet charges them apart from its own benchmarked weights (`movement_overhead`),
	// so its benchmarks run without them: compliance has benchmarks of its own.
	#[cfg(not(feature = "runtime-benchmarks"))]
	type TransferCheck = Compliance;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type OnBalanceChange = Compliance;
	#[cfg(feature = "runtime-benchmarks")]
	type TransferCheck = ();
	#[cfg(feature = "runtime-benchmarks")]
	type OnBalanceChange = ();
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type MaxAgents = ConstU32<16>;
	type MaxBatch = ConstU32<64>;
	type MaxCheckpoints = ConstU32<32>;
	type MaxScheduledPerBlock = ConstU32<16>;
	type MaxSchedulesPerToken = ConstU32<8>;
	type MaxReasonLen = ConstU32<128>;
	type WeightInfo = pallet_security_token::weights::SubstrateWeight<Runtime>;
}

impl pallet_compliance::Config for Runtime {
	type Balance = Balance;
	type Ledger = crate::SecurityToken;
	// Root or two thirds of the council trust claim issuers network-wide.
	type AdminOrigin = NetworkAdminOrigin;
	type Identity = RegistrarJudgements;
	type UnixTime = Timestamp;
	type MaxClaims = ConstU32<8>;
	type MaxTrustedIssuers = ConstU32<8>;
	type MaxTopics = ConstU32<8>;
	type MaxRequirements = ConstU32<8>;
	type MaxConditions = ConstU32<8>;
	type MaxConditionIssuers = ConstU32<4>;
	type MaxNamedIssuers = ConstU32<8>;
	type MaxCountries = ConstU32<32>;
	type MaxComplexity = ConstU32<64>;
	type MaxBatch = ConstU32<64>;
	type WeightInfo = pallet_compliance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Registrar judgements of pallet-identity, for `IdentityJudged` conditions: KnownGood and
/// Reasonable count (a registrar's index is its position in `Identity::registrars`). One read
/// and decode of the identity record per side of a transfer.
pub struct RegistrarJudgements;

impl pallet_compliance::IdentityJudgements<AccountId> for RegistrarJudgements {
	fn good_judgements(who: &AccountId) -> alloc::vec::Vec<u32> {
		pallet_identity::IdentityOf::<Runtime>::get(who)
			.map(|registration| {
				registration
					.judgements
					.iter()
					.filter(|(_, j)| matches!(j, Judgement::KnownGood | Judgement::Reasonable))
					.map(|(index, _)| *index)
					.collect()
			})
			.unwrap_or_default()
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_judged(who: &AccountId) {
		// The largest identity record, judged by the last of the most registrars.
		use frame_support::{traits::Get, BoundedVec};
		let raw = || pallet_identity::Data::Raw(BoundedVec::truncate_from(alloc::vec![0; 32]));
		let info = pallet_identity::legacy::IdentityInfo::<
			crate::configs::governance::MaxAdditionalFields,
		> {
			additional: BoundedVec::truncate_from(
				(0..crate::configs::governance::MaxAdditionalFields::get())
					.map(|_| (raw(), raw()))
					.collect(),
			),
			display: raw(),
			legal: raw(),
			web: raw(),
			riot: raw(),
			email: raw(),
			pgp_fingerprint: Some([0; 20]),
			image: raw(),
			twitter: raw(),
		};
		let max = crate::configs::governance::MaxRegistrars::get();
		let judgements = BoundedVec::truncate_from(
			(0..max)
				.map(|i| {
					(
						i,
						if i + 1 == max {
							Judgement::KnownGood
						} else {
							Judgement::Unknown
						},
					)
				})
				.collect(),
		);
		pallet_identity::IdentityOf::<Runtime>::insert(
			who,
			pallet_identity::Registration {
				judgements,
				deposit: 0,
				info,
			},
		);
	}
}

/// Creates tokens for the compliance benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_compliance::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn create_token(issuer: &AccountId) -> vellum_primitives::security::TokenId {
		use frame_support::traits::fungible::Mutate;
		use vellum_primitives::security::{CountryCode, SecurityDefinition};
		let _ = Balances::mint_into(issuer, 1_000 * UNIT);
		pallet_security_token::Issuers::<Runtime>::insert(issuer, ());
		let id = pallet_security_token::NextTokenId::<Runtime>::get();
		let definition =
			SecurityDefinition::plain_equity(b"BENCH", CountryCode(*b"DE"), Balance::MAX);
		let _ = crate::SecurityToken::create_token(
			crate::RuntimeOrigin::signed(issuer.clone()),
			alloc::boxed::Box::new(definition),
		);
		id
	}
}
