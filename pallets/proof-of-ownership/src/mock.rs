//! A test runtime: system, balances, timestamp, the security-token ledger with a test double
//! of compliance (`DenyList`, which judges settlements between their beneficial parties) and
//! proof of ownership as its transfer check, and the pallet's escrow as the ledger's custodian.

use crate as pallet_proof_of_ownership;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Contains},
	PalletId,
};
use sp_runtime::{BuildStorage, Perbill};
use vellum_primitives::{
	security::{CountryCode, SecurityDefinition, TokenId},
	testing::DenyList,
};

/// An account in the tests.
pub type AccountId = u64;
/// A token (and native) balance in the tests.
pub type Balance = u128;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		SecurityToken: pallet_security_token,
		ProofOfOwnership: pallet_proof_of_ownership,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

parameter_types! {
	pub const TokenDeposit: Balance = 100;
}

impl pallet_security_token::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type HoldersOrigin = frame_support::traits::NeverEnsureOrigin<()>;
	type TransferCheck = (DenyList, ProofOfOwnership);
	type OnBalanceChange = ();
	type OnHandOver = ProofOfOwnership;
	type UnixTime = Timestamp;
	type TokenDeposit = TokenDeposit;
	type AllowanceDeposit = frame_support::traits::ConstU128<1>;
	type FreezeDeposit = frame_support::traits::ConstU128<1>;
	type MaxAgents = ConstU32<4>;
	type MaxBatch = ConstU32<8>;
	type MaxCheckpoints = ConstU32<4>;
	type MaxScheduledPerBlock = ConstU32<2>;
	type MaxSchedulesPerToken = ConstU32<2>;
	type MaxReasonLen = ConstU32<32>;
	type Custodians = Escrow;
	type WeightInfo = ();
}

/// The transfer period of the tests' assets.
pub const TRANSFER_PERIOD: u64 = 10;
/// The shortest and longest transfer period an asset may set.
pub const MIN_TRANSFER_PERIOD: u32 = 2;
pub const MAX_TRANSFER_PERIOD: u32 = 100;
/// Blocks during which a certificate may be challenged.
pub const CHALLENGE_PERIOD: u64 = 20;
/// Blocks after a challenge during which the admin origin may rule on it.
pub const RULING_PERIOD: u64 = 10;
/// Most open challenges of one confirmation at once.
pub const MAX_CHALLENGES: u32 = 3;
/// The least bond of a named attestor.
pub const MIN_BOND: Balance = 1_000;
/// A challenger's bond.
pub const CHALLENGE_BOND: Balance = 200;
/// The deposit per asset.
pub const ASSET_DEPOSIT: Balance = 50;
/// Most attestors per asset.
pub const MAX_ATTESTORS: u32 = 4;
/// Most pending transfers per asset.
pub const MAX_PENDING: u32 = 3;
/// Most pending transfers one holder may request of an asset.
pub const MAX_REQUESTS: u32 = 2;
/// The deposit per pending request.
pub const REQUEST_DEPOSIT: Balance = 5;
/// Longest legal identifier.
pub const MAX_ID_LEN: u32 = 16;

parameter_types! {
	pub const ProofPalletId: PalletId = PalletId(*b"vl/proof");
	pub const MinAttestorBond: Balance = MIN_BOND;
	pub const ChallengeBond: Balance = CHALLENGE_BOND;
	pub const AssetDeposit: Balance = ASSET_DEPOSIT;
	pub const RequestDeposit: Balance = REQUEST_DEPOSIT;
	pub const SlashFraction: Perbill = Perbill::from_percent(50);
	pub const ChallengerShare: Perbill = Perbill::from_percent(40);
}

impl pallet_proof_of_ownership::Config for Test {
	type Balance = Balance;
	type Ledger = SecurityToken;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type PalletId = ProofPalletId;
	type MinTransferPeriod = ConstU32<MIN_TRANSFER_PERIOD>;
	type MaxTransferPeriod = ConstU32<MAX_TRANSFER_PERIOD>;
	type ChallengePeriod = ConstU64<CHALLENGE_PERIOD>;
	type RulingPeriod = ConstU64<RULING_PERIOD>;
	type MaxChallengesPerAttestation = ConstU32<MAX_CHALLENGES>;
	type MinAttestorBond = MinAttestorBond;
	type ChallengeBond = ChallengeBond;
	type AssetDeposit = AssetDeposit;
	type SlashFraction = SlashFraction;
	type ChallengerShare = ChallengerShare;
	type MaxIdLen = ConstU32<MAX_ID_LEN>;
	type MaxAttestors = ConstU32<MAX_ATTESTORS>;
	type MaxPendingPerAsset = ConstU32<MAX_PENDING>;
	type RequestDeposit = RequestDeposit;
	type MaxRequestsPerHolder = ConstU32<MAX_REQUESTS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Helper;
}

/// The ledger's custodians: the pallet's escrow account.
pub struct Escrow;

impl Contains<AccountId> for Escrow {
	fn contains(who: &AccountId) -> bool {
		*who == ProofOfOwnership::escrow_account()
	}
}

/// Creates tokens for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct Helper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Helper {
	fn create_token(issuer: &AccountId) -> TokenId {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(issuer, 1_000);
		let _ = SecurityToken::admit_issuer(RuntimeOrigin::root(), *issuer);
		new_token(*issuer)
	}
}

/// The admitted token issuer, who also registers assets.
pub const ISSUER: AccountId = 1;
/// A second admitted issuer.
pub const OTHER_ISSUER: AccountId = 2;
/// Attestors: a land registry, a notary, a custodian; a fourth for full sets.
pub const REGISTRY: AccountId = 21;
pub const NOTARY: AccountId = 22;
pub const CUSTODIAN: AccountId = 23;
pub const FOURTH: AccountId = 24;
/// Investors.
pub const BOB: AccountId = 10;
pub const CHARLIE: AccountId = 11;
pub const DAVE: AccountId = 12;
/// A challenger.
pub const EVE: AccountId = 13;
/// An account without funds or roles.
pub const NOBODY: AccountId = 99;

/// Native balance of every funded account at genesis.
pub const FUNDS: Balance = 100_000;

/// Creates a token of `issuer` (admitted and funded) with a maximum supply of a million.
pub fn new_token(issuer: AccountId) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Test>::get();
	SecurityToken::create_token(
		RuntimeOrigin::signed(issuer),
		Box::new(SecurityDefinition::plain_equity(
			b"FLAT",
			CountryCode(*b"DE"),
			1_000_000,
		)),
	)
	.expect("the issuer is admitted and funded");
	id
}

/// Genesis: ISSUER and OTHER_ISSUER admitted; issuers, attestors, investors and the
/// challenger funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [
			ISSUER,
			OTHER_ISSUER,
			REGISTRY,
			NOTARY,
			CUSTODIAN,
			FOURTH,
			BOB,
			CHARLIE,
			DAVE,
			EVE,
		]
		.into_iter()
		.map(|a| (a, FUNDS))
		.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_security_token::GenesisConfig::<Test> {
		issuers: vec![ISSUER, OTHER_ISSUER],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		DenyList::clear();
	});
	ext
}

/// Runs `test` in a fresh genesis, then checks every invariant of proof of ownership and the
/// ledger.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ProofOfOwnership::do_try_state()
			.expect("proof-of-ownership invariants hold after the test");
		SecurityToken::do_try_state().expect("ledger invariants hold after the test");
	});
}
