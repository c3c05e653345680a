#!/usr/bin/env bash
# Builds vellum-node (if needed) and runs a one-node development chain:
# RPC on ws://127.0.0.1:9944, Alice authoring, blocks sealed and finalised every 3 s.
# Extra arguments go to vellum-node, e.g. `scripts/dev-chain.sh --base-path /tmp/vellum`.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
cargo build --release --locked --workspace
exec "$CARGO_TARGET_DIR/release/vellum-node" --dev "$@"
