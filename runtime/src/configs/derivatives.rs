//! Set derivatives: basket tokens collateralised in kind by security tokens, issued and
//! redeemed through the ledger with every component's rules judged on each leg, priced from
//! the oracle's NAV feeds and rebalanced only by a resolution of the basket's holders.

use crate::{
	configs::governance::NetworkAdminOrigin, deposit, Balance, Balances, Runtime,
	RuntimeHoldReason, Timestamp, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
	PalletId,
};
use sp_runtime::Perbill;
use vellum_primitives::security::TokenId;

parameter_types! {
	/// The vault: the custodian account that holds every basket's components.
	pub const SetDerivativesPalletId: PalletId = PalletId(*b"vl/baskt");
	/// Held from a basket's creator for the basket's life: its record (up to 12 components
	/// of 24 bytes, ~330 bytes), its token lookup and up to 12 vault holdings of ~40 bytes.
	pub BasketDeposit: Balance = deposit(14, 900);
	/// Held from the manager per rebalance proposal (a record of up to ~500 bytes).
	pub RebalanceDeposit: Balance = deposit(1, 500);
	/// The highest annual streaming fee a basket may charge.
	pub const MaxFee: Perbill = Perbill::from_percent(5);
	/// The most a rebalance may lose to its participant, as a part of what it pays out.
	pub const MaxSlippage: Perbill = Perbill::from_percent(2);
}

/// Tokens bound to an underlying asset: they move only through proof-of-ownership's attested
/// transfers, which baskets do not make, so they cannot be components.
pub struct BoundTokens;

impl Contains<TokenId> for BoundTokens {
	fn contains(token: &TokenId) -> bool {
		pallet_proof_of_ownership::TokenAsset::<Runtime>::contains_key(token)
	}
}

impl pallet_set_derivatives::Config for Runtime {
	type Balance = Balance;
	type Ledger = crate::SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council withdraw any rebalance proposal.
	type AdminOrigin = NetworkAdminOrigin;
	// A passed resolution of the basket token's holders approves rebalances and raises fees.
	type HoldersOrigin = pallet_voting::EnsureTokenHolders<crate::RuntimeOrigin>;
	type Prices = crate::Oracle;
	type BoundTokens = BoundTokens;
	type UnixTime = Timestamp;
	type PalletId = SetDerivativesPalletId;
	// Every leg of an issue is charged the compliance check at its most (about 450 KB of
	// proof) before it runs: 12 legs, the basket token's issuance and the fee's fit in one
	// extrinsic's proof limit (the pallet's integrity test checks it), 16 would not.
	type MaxComponents = ConstU32<12>;
	// A rebalance replaces at most 6 of 12 components at once (6 legs in, 6 out).
	type MaxRebalanceLegs = ConstU32<12>;
	type BasketDeposit = BasketDeposit;
	type RebalanceDeposit = RebalanceDeposit;
	type MaxFee = MaxFee;
	type MaxSlippage = MaxSlippage;
	// An approved rebalance is carried out within a week, or lapses.
	type RebalancePeriod = ConstU32<{ 7 * DAYS }>;
	type WeightInfo = pallet_set_derivatives::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::tokens::BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
use crate::AccountId;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_set_derivatives::BenchmarkHelper<AccountId>
	for crate::configs::tokens::BenchmarkHelper
{
	fn admit_issuer(who: &AccountId) {
		Self::fund(who);
		pallet_security_token::Issuers::<Runtime>::insert(who, ());
	}

	fn create_token(issuer: &AccountId) -> TokenId {
		<Self as pallet_compliance::BenchmarkHelper<AccountId>>::create_token(issuer)
	}

	fn fund(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, 1_000_000 * crate::UNIT);
	}

	fn set_time(ms: u64) {
		pallet_timestamp::Now::<Runtime>::put(ms);
	}

	/// Through the oracle's own calls: a reporter per token (admitted, bonded) feeds the
	/// token's NAV feed (created by the network, fresh with one report). A refused step stops
	/// the benchmark with its error.
	fn set_price(token: TokenId, value: u128) {
		use crate::{Oracle, RuntimeOrigin};
		use pallet_oracle::{FeedConfig, Feeds, Reporters};
		use vellum_primitives::oracle::{FeedKey, Unit};
		let key = FeedKey::Nav(token);
		// Benchmarks start at block 0, and the oracle reads a report made at block 0 as none.
		if crate::System::block_number() == 0 {
			crate::System::set_block_number(1);
		}
		let mut raw = [0x6f; 32];
		raw[..4].copy_from_slice(&token.to_le_bytes());
		let reporter = AccountId::from(raw);
		if !Reporters::<Runtime>::contains_key(&reporter) {
			Self::fund(&reporter);
			Oracle::admit_reporter(RuntimeOrigin::root(), reporter.clone())
				.expect("the network admits the reporter");
			Oracle::bond(
				RuntimeOrigin::signed(reporter.clone()),
				crate::configs::oracle::MinReporterBond::get(),
			)
			.expect("the funded reporter bonds");
		}
		if !Feeds::<Runtime>::contains_key(&key) {
			let config = FeedConfig {
				unit: Unit {
					code: *b"EUR",
					decimals: 2,
				},
				min_reports: 1,
				max_age: 30 * DAYS,
				band: Perbill::from_percent(2),
				reward_per_round: 0,
			};
			Oracle::create_feed(RuntimeOrigin::root(), key.clone(), config)
				.expect("the network creates the feed");
			Oracle::join_feed(RuntimeOrigin::signed(reporter.clone()), key.clone())
				.expect("the bonded reporter joins");
		}
		let values = frame_support::BoundedVec::truncate_from(alloc::vec![(key, value)]);
		Oracle::submit(RuntimeOrigin::signed(reporter), values).expect("the reporter submits");
	}
}
