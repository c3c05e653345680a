#!/usr/bin/env bash
# Regenerates the weights of Vellum's pallets, of pallet-xcm and of the XCM instructions on this
# machine, and the weight comparisons in pallets/security-token/README.md and
# pallets/compliance/README.md. Usage: scripts/bench.sh [steps] [repeat] [pallets]
# (pallets: a space-separated list of benchmark names, e.g. "pallet_oracle pallet_xcm").
#
# 1. `cargo check -p vellum-runtime --features runtime-benchmarks` builds the runtime Wasm
#    with the benchmarks compiled in (the Wasm build runs in the build script; the native
#    crates are only checked). It lands in target/debug/wbuild, apart from the release
#    Wasm that vellum-node embeds.
# 2. vellum-bench (built with the workspace) runs the benchmarks of pallet_balances (for the
#    READMEs' comparisons), every Vellum pallet, the XCM instructions and pallet-xcm in that
#    Wasm, one pallet per run, and writes weight files with scripts/weight-template.hbs (a
#    Vellum pallet's file declares its `WeightInfo`; pallet-xcm's implements the SDK trait; the
#    XCM instructions' are what runtime/src/weights/xcm/mod.rs maps each instruction to).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

STEPS="${1:-50}"
REPEAT="${2:-20}"
OUT="$CARGO_TARGET_DIR/bench"
# A check (dev-profile) build leaves the Wasm uncompacted; its code is the same optimised Wasm.
WASM="$CARGO_TARGET_DIR/debug/wbuild/vellum-runtime/vellum_runtime.wasm"
BENCH="$CARGO_TARGET_DIR/release/vellum-bench"

echo "::: building the runtime Wasm with runtime-benchmarks"
cargo check --locked -p vellum-runtime --features runtime-benchmarks
echo "::: building vellum-bench"
cargo build --locked --release --workspace

# Benchmark setups take checkpoints at genesis time 0, which pallet-timestamp reports as an
# error on every call, and the XCM benchmarks log every instruction the runtime refuses; keep
# the log to warnings and benchmark failures.
export RUST_LOG="${RUST_LOG:-warn,runtime::timestamp=off,vellum_runtime::apis=off}"
mkdir -p "$OUT"

# Each pallet runs on its own: the CLI writes nothing when one benchmark of a run fails, and a
# pallet that fails keeps its previous weights. pallet-xcm's benchmarks weigh messages with
# the XCM instructions' weights, so those run first (on a new runtime, run the script twice).
ALL="pallet_balances pallet_security_token pallet_compliance pallet_proof_of_ownership"
ALL="$ALL pallet_voting pallet_oracle pallet_set_derivatives pallet_private_transfers pallet_xcm_benchmarks::generic pallet_xcm_benchmarks::fungible pallet_xcm"
PALLETS="${3:-$ALL}"
failed=()
for pallet in $PALLETS; do
	file="$OUT/${pallet//::/_}.rs"
	rm -f "$file"
	echo "::: $pallet: $STEPS steps, $REPEAT repeats"
	if ! "$BENCH" \
		--runtime "$WASM" --genesis-builder runtime --genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" \
		--template scripts/weight-template.hbs --output "$file" >"$OUT/${pallet//::/_}.log" 2>&1; then
		failed+=("$pallet")
		tail -n 20 "$OUT/${pallet//::/_}.log"
		continue
	fi
	case "$pallet" in
	pallet_balances) ;;
	pallet_xcm) cp "$file" runtime/src/weights/pallet_xcm.rs ;;
	pallet_xcm_benchmarks::*) cp "$file" runtime/src/weights/xcm/ ;;
	*) crate="${pallet#pallet_}" && cp "$file" "pallets/${crate//_/-}/src/weights.rs" ;;
	esac
done

if [ -f "$OUT/pallet_balances.rs" ]; then
	python3 scripts/weight-report.py "$OUT/pallet_balances.rs" pallets/security-token/src/weights.rs \
		pallets/security-token/README.md pallets/compliance/src/weights.rs pallets/compliance/README.md
fi
if [ "${#failed[@]}" -gt 0 ]; then
	echo "::: benchmarks failed (weights kept as they were): ${failed[*]}" >&2
	exit 1
fi
echo "::: weights written; review with git diff"
