//! The runtime APIs: what the node and clients (polkadot.js apps, @polkadot/api) may ask of
//! the runtime. Besides the standard ones, `SecurityTokenApi` answers questions about
//! security tokens, `ComplianceApi` reports what a token's rules say about a transfer,
//! `ProofOfOwnershipApi` shows assets, their owners of record, chains of title and pending
//! attested transfers, `OracleApi` shows feeds with their freshness, questions and reporters,
//! `VotingApi` shows resolutions with their tallies, an account's power and how it was cast,
//! and who follows whom, `SetDerivativesApi` shows baskets with their composition and
//! collateral, their NAV with its freshness, and dry runs of issue and redeem naming every
//! refused leg, and `PrivateTransfersApi` gives a confidential account's ciphertexts and nonce
//! and a token's auditor keys; their types are in the metadata, so clients need no custom
//! types.

use crate::{
	genesis_config_presets, AccountId, AuraId, Balance, Block, BlockNumber, Compliance, Executive,
	Hash, InherentDataExt, Nonce, Oracle, ParachainInfo, ParachainSystem, PrivateTransfers,
	ProofOfOwnership, Runtime, RuntimeCall, RuntimeGenesisConfig, SecurityToken, SessionKeys,
	SetDerivatives, System, TransactionPayment, Voting, VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::Get,
	weights::Weight,
};
use pallet_compliance::runtime_api::ComplianceReport;
use pallet_oracle::runtime_api::{FeedInfo, QuestionInfo, ReporterView};
use pallet_private_transfers::runtime_api::{AccountView, ModeView};
use pallet_proof_of_ownership::{
	runtime_api::{AssetInfo, CertificateInfo, PendingInfo},
	UnderlyingAssetId,
};
use pallet_security_token::runtime_api::{
	AccountPosition, CheckpointInfo, TokenInfo, TokenSummary,
};
use pallet_set_derivatives::{
	runtime_api::{BasketInfo, DryRun, NavInfo},
	BasketId,
};
use pallet_voting::{
	runtime_api::{AccountPower, CastVote, Followees, ResolutionInfo},
	ResolutionIndex,
};
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;
use vellum_primitives::{
	ledger::ReasonCode,
	oracle::{FeedKey, Outcome, PriceQuote, QuestionId},
	security::{CheckpointId, CountryCode, InstrumentClass, TokenId},
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(crate::SLOT_DURATION)
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			crate::configs::system::ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			<Runtime as cumulus_pallet_parachain_system::Config>::RelayParentOffset::get()
		}

		fn max_claim_queue_offset() -> u8 {
			ParachainSystem::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(
			header: &<Block as BlockT>::Header,
		) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_compliance::runtime_api::ComplianceApi<Block, AccountId, Balance> for Runtime {
		fn compliance_report(
			token: TokenId,
			from: Option<AccountId>,
			to: AccountId,
			amount: Balance,
		) -> ComplianceReport {
			Compliance::report(token, from, to, amount)
		}
	}

	impl pallet_oracle::runtime_api::OracleApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn price(key: FeedKey) -> Option<PriceQuote<BlockNumber>> {
			Oracle::api_price(key)
		}

		fn feed(key: FeedKey) -> Option<FeedInfo<AccountId, Balance, BlockNumber>> {
			Oracle::api_feed(key)
		}

		fn question(id: QuestionId) -> Option<QuestionInfo<AccountId, Balance, BlockNumber>> {
			Oracle::api_question(id)
		}

		fn required_stake(id: QuestionId, outcome: Outcome) -> Option<Balance> {
			Oracle::api_required_stake(id, outcome)
		}

		fn reporter(who: AccountId) -> ReporterView<Balance, BlockNumber> {
			Oracle::api_reporter(who)
		}
	}

	impl pallet_voting::runtime_api::VotingApi<Block, AccountId, Balance, BlockNumber, Hash> for Runtime {
		fn resolution(index: ResolutionIndex) -> Option<ResolutionInfo<AccountId, Balance, BlockNumber, Hash>> {
			Voting::api_resolution(index)
		}

		fn power(index: ResolutionIndex, who: AccountId) -> Option<AccountPower> {
			Voting::api_power(index, &who)
		}

		fn followees(token: TokenId, who: AccountId) -> Followees<AccountId> {
			Voting::api_followees(token, &who)
		}

		fn vote_of(index: ResolutionIndex, who: AccountId) -> Option<CastVote<AccountId>> {
			Voting::api_vote_of(index, &who)
		}
	}

	impl pallet_set_derivatives::runtime_api::SetDerivativesApi<Block, AccountId, Balance, Balance, BlockNumber> for Runtime {
		fn basket(id: BasketId) -> Option<BasketInfo<AccountId, Balance, Balance, BlockNumber>> {
			SetDerivatives::api_basket(id)
		}

		fn basket_of_token(token: TokenId) -> Option<BasketId> {
			SetDerivatives::api_basket_of_token(token)
		}

		fn nav(id: BasketId) -> Option<NavInfo<BlockNumber>> {
			SetDerivatives::api_nav(id)
		}

		fn dry_run_issue(id: BasketId, who: AccountId, quantity: Balance) -> Option<DryRun<Balance>> {
			SetDerivatives::api_dry_run_issue(id, who, quantity)
		}

		fn dry_run_redeem(
			id: BasketId,
			who: AccountId,
			quantity: Balance,
			to: AccountId,
			forgo: Vec<TokenId>,
		) -> Option<DryRun<Balance>> {
			SetDerivatives::api_dry_run_redeem(id, who, quantity, to, forgo)
		}
	}

	impl pallet_private_transfers::runtime_api::PrivateTransfersApi<Block, AccountId, Balance> for Runtime {
		fn account(token: TokenId, who: AccountId) -> Option<AccountView> {
			PrivateTransfers::api_account(token, who)
		}

		fn mode(token: TokenId) -> Option<ModeView<Balance>> {
			PrivateTransfers::api_mode(token)
		}
	}

	impl pallet_proof_of_ownership::runtime_api::ProofOfOwnershipApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn asset(asset: UnderlyingAssetId) -> Option<AssetInfo<AccountId, Balance>> {
			ProofOfOwnership::api_asset(asset)
		}

		fn owners(asset: UnderlyingAssetId) -> Vec<(AccountId, Balance)> {
			ProofOfOwnership::api_owners(asset)
		}

		fn certificates_of(
			asset: UnderlyingAssetId,
			owner: AccountId,
		) -> Vec<CertificateInfo<AccountId, Balance, BlockNumber>> {
			ProofOfOwnership::api_certificates_of(asset, owner)
		}

		fn pending(asset: UnderlyingAssetId) -> Vec<PendingInfo<AccountId, Balance, BlockNumber>> {
			ProofOfOwnership::api_pending(asset)
		}
	}

	impl pallet_security_token::runtime_api::SecurityTokenApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn token(token: TokenId) -> Option<TokenInfo<AccountId, Balance, BlockNumber>> {
			SecurityToken::api_token(token)
		}

		fn tokens(
			class: Option<InstrumentClass>,
			jurisdiction: Option<CountryCode>,
			start: TokenId,
			limit: u32,
		) -> Vec<TokenSummary<AccountId, Balance>> {
			SecurityToken::api_tokens(class, jurisdiction, start, limit)
		}

		fn position(token: TokenId, who: AccountId) -> AccountPosition<Balance> {
			SecurityToken::api_position(token, &who)
		}

		fn holder_count(token: TokenId) -> Option<u32> {
			SecurityToken::api_holder_count(token)
		}

		fn checkpoints(token: TokenId) -> Vec<CheckpointInfo<Balance, BlockNumber>> {
			SecurityToken::api_checkpoints(token)
		}

		fn balance_at(token: TokenId, who: AccountId, checkpoint: CheckpointId) -> Option<Balance> {
			SecurityToken::balance_at(token, &who, checkpoint)
		}

		fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<Balance> {
			SecurityToken::supply_at(token, checkpoint)
		}

		fn can_transfer(token: TokenId, from: AccountId, to: AccountId, amount: Balance) -> Vec<ReasonCode> {
			SecurityToken::api_can_transfer(token, &from, &to, amount)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use super::*;
			use crate::benchmarks::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use super::*;
			use crate::benchmarks::*;

			let whitelist = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.unwrap_or_else(|e| panic!("try_runtime_upgrade failed: {e:?}"));
			(weight, crate::configs::system::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.unwrap_or_else(|e| panic!("try_execute_block failed: {e:?}"))
		}
	}
}
