//! Shared helpers for the runtime integration tests: genesis from the real presets, signed
//! extrinsics applied through `Executive` (so fees, nonces and the call filter all apply),
//! and council motions.

#![allow(dead_code)]

use codec::{Decode, Encode};
use frame_support::{
	dispatch::{DispatchResult, GetDispatchInfo},
	traits::Get,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Era, SignedPayload},
	traits::{BlakeTwo256, Hash as _},
	ApplyExtrinsicResult, BuildStorage, MultiSignature,
};
use vellum_runtime::{
	genesis_config_presets, AccountId, Balance, Council, Executive, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeGenesisConfig, RuntimeOrigin, System, TxExtension, UncheckedExtrinsic,
};

/// Overlays a JSON patch onto a JSON value, as the node does when it builds genesis from a
/// preset: objects merge key by key, anything else replaces.
pub fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// The full genesis config of a preset (`development` or `local_testnet`).
pub fn preset_config(preset: &str) -> RuntimeGenesisConfig {
	let patch = genesis_config_presets::get_preset(&preset.into())
		.unwrap_or_else(|| panic!("preset {preset} exists"));
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("preset is JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("default config");
	merge(&mut config, patch);
	serde_json::from_value(config).expect("preset deserialises into the runtime's genesis config")
}

/// Externalities holding the genesis state of a preset, at block 1.
pub fn new_ext(preset: &str) -> sp_io::TestExternalities {
	let storage = preset_config(preset)
		.build_storage()
		.expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The account of a development key.
pub fn account(key: Sr25519Keyring) -> AccountId {
	key.to_account_id()
}

/// Free VLM of an account.
pub fn free(key: Sr25519Keyring) -> Balance {
	pallet_balances::Pallet::<Runtime>::free_balance(account(key))
}

/// The transaction extensions a wallet would attach (immortal era, no tip, no metadata hash).
pub fn tx_extension(nonce: u32) -> TxExtension {
	cumulus_pallet_weight_reclaim::StorageWeightReclaim::new((
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
	))
}

/// A signed extrinsic from `who` with its current nonce.
pub fn signed(who: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
	let nonce = System::account_nonce(account(who));
	let extension = tx_extension(nonce);
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("payload builds");
	let signature = payload.using_encoded(|bytes| who.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		account(who).into(),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

/// Applies a signed extrinsic as a block author would.
pub fn apply(who: Sr25519Keyring, call: RuntimeCall) -> ApplyExtrinsicResult {
	Executive::apply_extrinsic(signed(who, call))
}

/// Events emitted so far in this block.
pub fn events() -> Vec<RuntimeEvent> {
	System::events()
		.into_iter()
		.map(|record| record.event)
		.collect()
}

/// Puts `call` to the council: `ayes[0]` proposes with threshold 2, every member in `ayes`
/// (the proposer included) votes aye, and the proposer closes the motion. Returns the
/// result of executing the call with the council origin,
/// or the error that kept the motion from executing.
pub fn council_motion(call: RuntimeCall, ayes: &[Sr25519Keyring]) -> DispatchResult {
	let proposer = ayes[0];
	let length = call.encoded_size() as u32;
	let hash = BlakeTwo256::hash_of(&call);
	let weight = call.get_dispatch_info().call_weight;
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	Council::propose(
		RuntimeOrigin::signed(account(proposer)),
		2,
		Box::new(call),
		length,
	)
	.map_err(|e| e.error)?;
	for voter in ayes {
		Council::vote(RuntimeOrigin::signed(account(*voter)), hash, index, true)
			.map_err(|e| e.error)?;
	}
	System::reset_events();
	Council::close(
		RuntimeOrigin::signed(account(proposer)),
		hash,
		index,
		weight,
		length,
	)
	.map_err(|e| e.error)?;
	executed_result(hash)
}

/// A call dispatched directly by a council of which `ayes` out of all members agreed (the
/// origin a motion carries when it executes).
pub fn council_origin(ayes: u32) -> RuntimeOrigin {
	let members = pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get().len();
	pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(
		ayes,
		members as u32,
	)
	.into()
}

fn executed_result(hash: sp_core::H256) -> DispatchResult {
	events()
		.into_iter()
		.find_map(|event| match event {
			RuntimeEvent::Council(pallet_collective::Event::Executed {
				proposal_hash,
				result,
			}) if proposal_hash == hash => Some(result),
			_ => None,
		})
		.unwrap_or_else(|| panic!("motion {hash:?} was not executed; events: {:?}", events()))
}

/// The existential deposit, for assertions.
pub fn existential_deposit() -> Balance {
	<Runtime as pallet_balances::Config>::ExistentialDeposit::get()
}

/// Calls a runtime API method by name, SCALE in and out, as a client does.
pub fn runtime_api<R: Decode>(method: &str, args: impl Encode) -> R {
	let out = vellum_runtime::apis::api::dispatch(method, &args.encode())
		.unwrap_or_else(|| panic!("{method} exists"));
	R::decode(&mut &out[..]).expect("the answer decodes")
}

/// The council (Alice and Bob) admits `issuer` as a security-token issuer and trusts
/// `claim_issuer` network-wide for every claim topic.
pub fn admit_issuer_and_trust(issuer: Sr25519Keyring, claim_issuer: Sr25519Keyring) {
	use Sr25519Keyring::{Alice, Bob};
	let admit = RuntimeCall::SecurityToken(pallet_security_token::Call::admit_issuer {
		who: account(issuer),
	});
	assert_eq!(council_motion(admit, &[Alice, Bob]), Ok(()));
	let trust = RuntimeCall::Compliance(pallet_compliance::Call::trust_claim_issuer {
		issuer: account(claim_issuer),
		topics: None,
	});
	assert_eq!(council_motion(trust, &[Alice, Bob]), Ok(()));
}

/// Gives the current block a fresh weight budget, keeping its number: the tests apply long
/// flows in one block, which a chain spreads over many, and a call charged most of a block up
/// front (a basket's issue) would otherwise be refused as `ExhaustsResources`.
pub fn fresh_block_budget() {
	frame_system::BlockWeight::<Runtime>::kill();
}
