//! # vellum-node
//!
//! The Vellum collator: `polkadot-omni-node-lib` with the Vellum runtime embedded, so that
//! `--chain dev` and `--chain local` need no file and `vellum-node --dev` runs a one-node
//! chain (embedded database, Alice authoring, blocks sealed and finalised without a relay
//! chain). With relay chain arguments after `--` it runs as a real collator.
//!
//! Every failure to start (missing or malformed chain spec, busy port, unusable base path)
//! ends with a one-line error on stderr and exit status 1, never a panic.

mod chain_spec;
mod preflight;

use polkadot_omni_node_lib::{
	chain_spec::ChainSpec,
	run,
	runtime::{AuraConsensusId, BlockNumber, Consensus, Runtime, RuntimeResolver},
	CliConfig, RunConfig,
};

/// The runtime of every Vellum chain spec: Aura with sr25519 keys, u32 block numbers.
/// (omni-node's default resolver finds that out by building the chain spec's whole genesis
/// state and reading the runtime's metadata before the node builds genesis again, which
/// doubled the start of a dev chain.)
struct VellumRuntime;

impl RuntimeResolver for VellumRuntime {
	fn runtime(&self, _chain_spec: &dyn ChainSpec) -> sc_cli::Result<Runtime> {
		Ok(Runtime::Omni(
			BlockNumber::U32,
			Consensus::Aura(AuraConsensusId::Sr25519),
		))
	}
}

/// What `--help` and `--version` say about this binary.
struct VellumCli;

impl CliConfig for VellumCli {
	fn impl_version() -> String {
		env!("CARGO_PKG_VERSION").into()
	}

	fn description(executable_name: String) -> String {
		format!(
			"Vellum collator: a parachain for regulated security tokens.\n\n\
			 Development chain:  {executable_name} --dev\n\
			 Collator:           {executable_name} --chain <dev|local|SPEC.json> --collator [parachain-args] -- [relay-chain-args]"
		)
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"the Vellum issue tracker".into()
	}

	fn copyright_start_year() -> u16 {
		2026
	}
}

fn main() {
	if let Err(error) = preflight::check_rpc_port(&std::env::args().collect::<Vec<_>>()) {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
	let config = RunConfig::new(
		Box::new(VellumRuntime),
		Box::new(chain_spec::VellumChainSpecLoader),
	);
	if let Err(error) = run::<VellumCli>(config) {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
