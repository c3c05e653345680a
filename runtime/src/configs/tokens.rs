//! Security tokens: the ledger of every regulated instrument on Vellum, the compliance
//! rules every issuance and transfer of one must pass, and the attested transfers of tokens
//! bound to an underlying asset.

use crate::{
	configs::governance::NetworkAdminOrigin, deposit, AccountId, Balance, Balances, Compliance,
	Runtime, RuntimeHoldReason, Timestamp, DAYS, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
	PalletId,
};
use pallet_identity::Judgement;
use sp_runtime::Perbill;
#[cfg(feature = "runtime-benchmarks")]
use vellum_primitives::security::TokenId;

/// Checkpoints the ledger retains per token (and the voting pallet's follow histories with it).
pub const MAX_CHECKPOINTS: u32 = 32;

parameter_types! {
	/// Held from an issuer for each token it creates (a token and its definition take up to
	/// ~6 KiB of state).
	pub const TokenDeposit: Balance = 100 * UNIT;
	/// Held from a holder per allowance it grants: one entry of ~130 bytes (token, owner,
	/// spender, amount, deposit).
	pub const AllowanceDeposit: Balance = deposit(1, 130);
	/// Held from an agent per account it freezes: a holding entry that outlives its balance
	/// and the deposit record (~150 bytes).
	pub const FreezeDeposit: Balance = deposit(2, 150);
}

impl pallet_security_token::Config for Runtime {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council admit and remove issuers.
	type AdminOrigin = NetworkAdminOrigin;
	// Compliance rules decide every issuance and transfer, and keep per-holder statistics;
	// proof of ownership refuses every movement of a token bound to an asset that is not an
	// attested transfer. The pallet charges them apart from its own benchmarked weights
	// (`movement_overhead`), so its benchmarks (and those of the pallets that move tokens
	// through it) run without them: both have benchmarks of their own.
	#[cfg(not(feature = "runtime-benchmarks"))]
	type TransferCheck = (Compliance, crate::ProofOfOwnership);
	// Compliance keeps its statistics, voting the power followees carry.
	#[cfg(not(feature = "runtime-benchmarks"))]
	type OnBalanceChange = (Compliance, crate::Voting);
	#[cfg(feature = "runtime-benchmarks")]
	type TransferCheck = ();
	#[cfg(feature = "runtime-benchmarks")]
	type OnBalanceChange = ();
	// The holders of a token, by a resolution they passed, may replace its issuer, appoint its
	// agents and pause it.
	type HoldersOrigin = pallet_voting::EnsureTokenHolders<crate::RuntimeOrigin>;
	// A bound asset's registrant (and its deposit) follows its token to a new issuer.
	type OnHandOver = crate::ProofOfOwnership;
	// The custodians: accounts that hold tokens for others, never holders, never frozen.
	type Custodians = Custodians;
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type AllowanceDeposit = AllowanceDeposit;
	type FreezeDeposit = FreezeDeposit;
	type MaxAgents = ConstU32<16>;
	type MaxBatch = ConstU32<64>;
	type MaxCheckpoints = ConstU32<MAX_CHECKPOINTS>;
	type MaxScheduledPerBlock = ConstU32<16>;
	type MaxSchedulesPerToken = ConstU32<8>;
	type MaxReasonLen = ConstU32<128>;
	type WeightInfo = pallet_security_token::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Held from a claim issuer for each claim it stores: one item of 84 bytes (the claim in
	/// its record, and its details with the deposit).
	pub const ClaimDeposit: Balance = deposit(1, 84);
	/// Held on top for a claim's 32-byte evidence hash.
	pub const EvidenceDeposit: Balance = deposit(0, 32);
	/// Held from the compliance agent for each account it puts on a token's lists: one item
	/// of 69 bytes and the payer's account.
	pub const ListDeposit: Balance = deposit(1, 69);
}

impl pallet_compliance::Config for Runtime {
	type Balance = Balance;
	type Ledger = crate::SecurityToken;
	// Root or two thirds of the council trust claim issuers network-wide.
	type AdminOrigin = NetworkAdminOrigin;
	type Identity = RegistrarJudgements;
	type UnixTime = Timestamp;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ClaimDeposit = ClaimDeposit;
	type EvidenceDeposit = EvidenceDeposit;
	type ListDeposit = ListDeposit;
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

parameter_types! {
	/// The account that holds tokens in escrow while their transfer awaits attestation.
	pub const ProofOfOwnershipPalletId: PalletId = PalletId(*b"vl/poown");
	/// Bonded by an attestor before an asset may name it: what one wrong attestation can
	/// cost it (with `SlashFraction`), so worth more than the fee of a challenge.
	pub const MinAttestorBond: Balance = 10_000 * UNIT;
	/// Held from a challenger while the council rules: lost if the challenge is dismissed.
	pub const ChallengeBond: Balance = 1_000 * UNIT;
	/// Held from an issuer for each asset it registers (a record of up to 730 bytes and its
	/// binding), until the asset is deregistered.
	pub const AssetDeposit: Balance = 100 * UNIT;
	/// Held from the requester of each pending attested transfer until it ends: a pending
	/// record takes up to ~2.2 KB (the 16 attestors who decide it, their votes with their
	/// evidence hashes), and 32 pending slots per asset then cost whoever fills them 320 VLM
	/// for up to 30 days.
	pub const RequestDeposit: Balance = 10 * UNIT;
	/// Part of an attestor's bond slashed when a challenge of its confirmation is upheld.
	pub const SlashFraction: Perbill = Perbill::from_percent(20);
	/// Part of a slash paid to the challenger (the rest is burned).
	pub const ChallengerShare: Perbill = Perbill::from_percent(50);
}

impl pallet_proof_of_ownership::Config for Runtime {
	type Balance = Balance;
	type Ledger = crate::SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Root or two thirds of the council admit attestors and rule on challenges.
	type AdminOrigin = NetworkAdminOrigin;
	type PalletId = ProofOfOwnershipPalletId;
	// An asset's issuer sets how long its attestors have to vote: from ten blocks (a minute;
	// a register that answers at once, or a test) to thirty days.
	type MinTransferPeriod = ConstU32<10>;
	type MaxTransferPeriod = ConstU32<{ 30 * DAYS }>;
	// Two weeks after a certificate to dispute its confirmations.
	type ChallengePeriod = ConstU32<{ 14 * DAYS }>;
	// A week after each challenge for the council to rule; after it the challenge lapses and
	// its bond is returned, so no challenger's bond is held for ever.
	type RulingPeriod = ConstU32<{ 7 * DAYS }>;
	// Four challengers of one confirmation at once: an attestor's accomplices cannot fill the
	// slots cheaply (each holds `ChallengeBond`, burned if dismissed), and an upheld ruling
	// releases every other challenger's bond.
	type MaxChallengesPerAttestation = ConstU32<4>;
	type MinAttestorBond = MinAttestorBond;
	type ChallengeBond = ChallengeBond;
	type AssetDeposit = AssetDeposit;
	type SlashFraction = SlashFraction;
	type ChallengerShare = ChallengerShare;
	type MaxIdLen = ConstU32<64>;
	type MaxAttestors = ConstU32<16>;
	type MaxPendingPerAsset = ConstU32<32>;
	// A holder takes at most 4 of an asset's 32 pending slots: filling them takes 8 funded,
	// compliant holders of the token and their deposits; the issuer's issuances are not
	// limited.
	type RequestDeposit = RequestDeposit;
	type MaxRequestsPerHolder = ConstU32<4>;
	type WeightInfo = pallet_proof_of_ownership::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// The ledger's custodians: accounts other pallets hold security tokens in for their
/// beneficial owners. The attested transfers' escrow, the baskets' vault and the confidential
/// pool (three equality checks, no storage read).
pub struct Custodians;

impl Contains<AccountId> for Custodians {
	fn contains(who: &AccountId) -> bool {
		*who == crate::ProofOfOwnership::escrow_account()
			|| *who == crate::SetDerivatives::vault_account()
			|| *who == crate::PrivateTransfers::pool_account()
	}
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
		use frame_support::BoundedVec;
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

/// Creates tokens for the compliance and proof-of-ownership benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_proof_of_ownership::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn create_token(issuer: &AccountId) -> TokenId {
		<Self as pallet_compliance::BenchmarkHelper<AccountId>>::create_token(issuer)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_compliance::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn create_token(issuer: &AccountId) -> TokenId {
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
