#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, the release node build, unit and
# runtime integration tests, the chain-spec check and the end-to-end tests against
# `vellum-node --dev`. Prints one line per stage with its time.

source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

SUITE_START=$(date +%s)
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
stage unit-and-runtime-tests cargo test --locked --release --workspace
stage chain-specs-up-to-date chain-specs/generate.sh --check
stage e2e-install npm --prefix node/e2e ci --no-audit --no-fund
stage e2e env VELLUM_NODE="$CARGO_TARGET_DIR/release/vellum-node" npm --prefix node/e2e test

echo "::: all stages passed in $(($(date +%s) - SUITE_START)) s"
