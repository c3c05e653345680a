#!/usr/bin/env bash
# Regenerates the weights of Vellum's pallets, of pallet-xcm and of the XCM instructions on this
# machine, and the weight comparisons in pallets/security-token/README.md and
# pallets/compliance/README.md. Usage: scripts/bench.sh [steps] [repeat]
#
# 1. `cargo check -p vellum-runtime --features runtime-benchmarks` builds the runtime Wasm
#    with the benchmarks compiled in (the Wasm build runs in the build script; the native
#    crates are only checked). It lands in target/debug/wbuild, apart from the release
#    Wasm that vellum-node embeds.
# 2. vellum-bench (built with the workspace) runs the benchmarks of pallet_balances, every
#    Vellum pallet, pallet-xcm and the XCM instructions in that Wasm, in one run, and writes
#    weight files with scripts/weight-template.hbs (a Vellum pallet's file declares its
#    `WeightInfo`; pallet-xcm's implements the SDK trait; the XCM instructions' are what
#    runtime/src/weights/xcm/mod.rs maps each instruction to).
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
# error on every call; keep the log to warnings and benchmark failures.
export RUST_LOG="${RUST_LOG:-warn,runtime::timestamp=off}"
rm -rf "$OUT" && mkdir -p "$OUT"
echo "::: running benchmarks: $STEPS steps, $REPEAT repeats"
"$BENCH" \
	--runtime "$WASM" --genesis-builder runtime --genesis-builder-preset development \
	--pallets pallet_balances,pallet_security_token,pallet_compliance,pallet_proof_of_ownership,pallet_oracle,pallet_xcm,pallet_xcm_benchmarks::generic,pallet_xcm_benchmarks::fungible \
	--extrinsic '*' \
	--steps "$STEPS" --repeat "$REPEAT" \
	--template scripts/weight-template.hbs --output "$OUT" | tee "$OUT/run.log"

cp "$OUT/pallet_security_token.rs" pallets/security-token/src/weights.rs
cp "$OUT/pallet_compliance.rs" pallets/compliance/src/weights.rs
cp "$OUT/pallet_proof_of_ownership.rs" pallets/proof-of-ownership/src/weights.rs
cp "$OUT/pallet_oracle.rs" pallets/oracle/src/weights.rs
cp "$OUT/pallet_xcm.rs" runtime/src/weights/pallet_xcm.rs
cp "$OUT/pallet_xcm_benchmarks_generic.rs" "$OUT/pallet_xcm_benchmarks_fungible.rs" runtime/src/weights/xcm/
python3 scripts/weight-report.py "$OUT/pallet_balances.rs" pallets/security-token/src/weights.rs \
	pallets/security-token/README.md pallets/compliance/src/weights.rs pallets/compliance/README.md
echo "::: weights written; review with git diff"
