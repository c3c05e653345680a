//! Genesis presets, built from typed configuration: `development` (one collator, Alice) and
//! `local_testnet` (Alice and Bob collate). Chain specs are generated from these, never edited
//! by hand.

use crate::{
	AccountId, AuraId, Balance, BalancesConfig, CollatorSelectionConfig, CouncilMembershipConfig,
	ParachainInfoConfig, PolkadotXcmConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys,
	PARA_ID, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, BoundedVec};
use serde_json::Value;
use sp_genesis_builder::PresetId;
pub use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

/// VLM given to each endowed development account.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The accounts endowed in both presets: the well-known development keys.
pub fn endowed_accounts() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
	]
	.iter()
	.map(|k| k.to_account_id())
	.collect()
}

/// The council of both presets: Alice, Bob and Charlie.
pub fn council_members() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
	]
	.iter()
	.map(|k| k.to_account_id())
	.collect()
}

fn collator(key: Sr25519Keyring) -> (AccountId, AuraId) {
	(key.to_account_id(), AuraId::from(key.public()))
}

fn genesis(collators: Vec<(AccountId, AuraId)>) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts()
				.into_iter()
				.map(|a| (a, DEV_ENDOWMENT))
				.collect(),
		},
		parachain_info: ParachainInfoConfig {
			parachain_id: PARA_ID.into()
		},
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators
				.iter()
				.map(|(account, _)| account.clone())
				.collect(),
			candidacy_bond: 0,
			desired_candidates: 0,
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(account, aura)| (account.clone(), account, SessionKeys { aura }))
				.collect(),
		},
		polkadot_xcm: PolkadotXcmConfig {
			safe_xcm_version: Some(xcm::prelude::XCM_VERSION)
		},
		council_membership: CouncilMembershipConfig {
			members: BoundedVec::truncate_from(council_members()),
		},
	})
}

/// The `development` preset: Alice is the only collator.
pub fn development() -> Value {
	genesis(vec![collator(Sr25519Keyring::Alice)])
}

/// The `local_testnet` preset: Alice and Bob collate.
pub fn local_testnet() -> Value {
	genesis(vec![
		collator(Sr25519Keyring::Alice),
		collator(Sr25519Keyring::Bob),
	])
}

/// The JSON patch of a preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
