//! `vellum-bench`: runs the benchmarks of a runtime Wasm built with the `runtime-benchmarks`
//! feature and writes weight files. It is `frame-benchmarking-cli`'s `benchmark pallet`
//! command with the host functions a Cumulus runtime needs; `scripts/bench.sh` drives it.

use clap::Parser;
use frame_benchmarking_cli::PalletCmd;
use sp_runtime::traits::BlakeTwo256;

/// Host functions beyond Substrate's defaults: the proof-size recorder of Cumulus.
type ExtraHostFunctions =
	cumulus_primitives_proof_size_hostfunction::storage_proof_size::HostFunctions;

fn main() {
	// Failing benchmarks report why through the log (RUST_LOG filters it).
	sp_tracing::try_init_simple();
	let cmd = PalletCmd::parse();
	if let Err(e) = cmd.run_with_spec::<BlakeTwo256, ExtraHostFunctions>(None) {
		eprintln!("Error: {e}");
		std::process::exit(1);
	}
}
