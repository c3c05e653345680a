#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, the release node build, unit and
# runtime integration tests, the chain-spec check and the end-to-end tests against
# `vellum-node --dev`. Prints one line per stage with its time.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

SUITE_START=$(date +%s)
TEST_LOG="$(mktemp)"
trap 'rm -f "$TEST_LOG"' EXIT
# Runs a test command, keeping its output for the summary line at the end.
logged() {
	"$@" 2>&1 | tee -a "$TEST_LOG"
}
stage() {
	local name="$1"
	shift
	local start
	start=$(date +%s)
	echo "::: stage $name: start"
	"$@"
	echo "::: stage $name: ok in $(($(date +%s) - start)) s"
}

stage fmt cargo fmt --all -- --check
# Lints build in check mode; SKIP_WASM_BUILD keeps the runtime's Wasm out of it.
stage clippy env SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --exclude vellum-node \
	--all-targets -- -D warnings
# The node and the tests share the release profile and one feature set, so the runtime
# (native and Wasm) is compiled once for both.
stage build-node cargo build --locked --release --workspace
# The runtime with its benchmarks compiled in, as scripts/bench.sh builds it (its Wasm lands in
# target/debug/wbuild, apart from the node's): the benchmark set-up code compiles only here.
stage runtime-benchmarks-build cargo check --locked -p vellum-runtime --features runtime-benchmarks
# Pallets are tested on their mocks in the dev profile, with their benchmarks compiled in so
# that every benchmark also runs as a test. The release test below leaves them out: their
# dev-dependencies would change the release feature set and rebuild the runtime and node.
PALLETS=(pallet-compliance pallet-oracle pallet-private-transfers pallet-proof-of-ownership
	pallet-security-token pallet-set-derivatives pallet-voting)
for pallet in "${PALLETS[@]}"; do
	stage "$pallet-clippy" env SKIP_WASM_BUILD=1 cargo clippy --locked -p "$pallet" --all-targets \
		--features runtime-benchmarks -- -D warnings
	stage "$pallet" logged env SKIP_WASM_BUILD=1 cargo test --locked -p "$pallet" \
		--features runtime-benchmarks
done
stage unit-and-runtime-tests logged cargo test --locked --release --workspace \
	"${PALLETS[@]/#/--exclude=}"
stage chain-specs-up-to-date chain-specs/generate.sh --check
stage e2e-install npm --prefix node/e2e ci --no-audit --no-fund
stage e2e logged env VELLUM_NODE="$CARGO_TARGET_DIR/release/vellum-node" npm --prefix node/e2e test

# One closing line over both runners: cargo's "test result" lines and node's TAP summary.
passed=$(($(grep -oE '^test result: [a-z]+\. [0-9]+ passed' "$TEST_LOG" | awk '{s += $4} END {print s + 0}') +
	$(grep -oE '^# pass [0-9]+' "$TEST_LOG" | awk '{s += $3} END {print s + 0}')))
failed=$(($(grep -E '^test result:' "$TEST_LOG" | grep -oE '[0-9]+ failed' | awk '{s += $1} END {print s + 0}') +
	$(grep -oE '^# fail [0-9]+' "$TEST_LOG" | awk '{s += $3} END {print s + 0}')))

echo "::: all stages passed in $(($(date +%s) - SUITE_START)) s"
echo "tests: $passed passed, $failed failed"
