//! Chain specs: `dev` and `local` are built from the runtime's genesis presets and embedded
//! Wasm; anything else is read as a chain spec JSON file.

use polkadot_omni_node_lib::chain_spec::{ChainSpec, Extensions, GenericChainSpec, LoadSpec};
use sc_chain_spec::{ChainType, Properties};
use std::path::Path;
use vellum_runtime::{
	genesis_config_presets::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
	PARA_ID, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL,
};

/// The relay chain Vellum's test networks run against (zombienet's `rococo-local`).
const LOCAL_RELAY_CHAIN: &str = "rococo-local";

/// Loads the embedded `dev` and `local` specs, or a chain spec file.
pub struct VellumChainSpecLoader;

impl LoadSpec for VellumChainSpecLoader {
	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		match id {
			"" | "dev" => Ok(Box::new(development()?)),
			"local" => Ok(Box::new(local_testnet()?)),
			path => Ok(Box::new(from_file(Path::new(path))?)),
		}
	}
}

/// Token properties polkadot.js apps shows (symbol, decimals, address format).
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<GenericChainSpec, String> {
	let wasm = vellum_runtime::WASM_BINARY.ok_or_else(|| {
		"this vellum-node was built without the runtime's Wasm (SKIP_WASM_BUILD was set); \
		 rebuild it without SKIP_WASM_BUILD"
			.to_string()
	})?;
	Ok(
		GenericChainSpec::builder(wasm, Extensions::new(LOCAL_RELAY_CHAIN.into(), PARA_ID))
			.with_name(name)
			.with_id(id)
			.with_chain_type(chain_type)
			.with_genesis_config_preset_name(preset)
			.with_properties(properties())
			.build(),
	)
}

/// One-node development chain: Alice collates; Alice, Bob and Charlie form the council.
pub fn development() -> Result<GenericChainSpec, String> {
	from_preset(
		"Vellum Development",
		"vellum_dev",
		ChainType::Development,
		DEV_RUNTIME_PRESET,
	)
}

/// Local test network: Alice and Bob collate.
pub fn local_testnet() -> Result<GenericChainSpec, String> {
	from_preset(
		"Vellum Local Testnet",
		"vellum_local",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// Reads a chain spec file, with an error that names the file and what is wrong with it.
fn from_file(path: &Path) -> Result<GenericChainSpec, String> {
	if !path.is_file() {
		return Err(format!(
			"chain spec `{}` not found: pass `dev`, `local` or the path of a chain spec JSON file",
			path.display()
		));
	}
	GenericChainSpec::from_json_file(path.to_path_buf()).map_err(|e| {
		format!(
			"chain spec `{}` is not a valid chain spec: {e}",
			path.display()
		)
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn missing_file_is_a_clear_error() {
		let err = VellumChainSpecLoader
			.load_spec("/nonexistent/vellum.json")
			.err();
		assert!(err.is_some_and(|e| e.contains("not found")));
	}

	#[test]
	fn malformed_file_is_a_clear_error() {
		let dir = std::env::temp_dir().join(format!("vellum-spec-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let file = dir.join("broken.json");
		std::fs::write(&file, b"{ this is not json").unwrap();
		let err = VellumChainSpecLoader
			.load_spec(file.to_str().unwrap())
			.err();
		std::fs::remove_dir_all(&dir).unwrap();
		assert!(err.is_some_and(|e| e.contains("is not a valid chain spec")));
	}

	#[test]
	fn embedded_specs_carry_the_para_id_and_token() {
		for id in ["dev", "local"] {
			let spec = VellumChainSpecLoader
				.load_spec(id)
				.expect("embedded spec builds");
			let ext = Extensions::try_get(&*spec).expect("parachain extensions present");
			assert_eq!(ext.para_id(), Some(PARA_ID));
			assert_eq!(
				spec.properties().get("tokenSymbol"),
				Some(&serde_json::Value::from(TOKEN_SYMBOL))
			);
		}
	}
}
