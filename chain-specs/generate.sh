#!/usr/bin/env bash
# Generates the plain and raw chain specs of `dev` and `local` from the runtime's genesis
# presets, with the vellum-node built from this tree. Never edit the JSON by hand.
#
#   chain-specs/generate.sh          write chain-specs/*.json
#   chain-specs/generate.sh --check  fail if the committed files differ from a fresh build

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
NODE="${VELLUM_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/vellum/target}/release/vellum-node}"
if [ ! -x "$NODE" ]; then
	echo "vellum-node not found at $NODE: build it with 'source scripts/env.sh && cargo build --release --workspace'" >&2
	exit 1
fi

out=.
case "${1:-}" in
	"" | --check) ;;
	*) echo "usage: chain-specs/generate.sh [--check]" >&2; exit 2 ;;
esac
if [ "${1:-}" = "--check" ]; then
	out=$(mktemp -d)
	trap 'rm -rf "$out"' EXIT
fi

for chain in dev local; do
	"$NODE" build-spec --chain "$chain" --disable-default-bootnode 2>/dev/null >"$out/vellum-$chain.json"
	"$NODE" build-spec --chain "$chain" --disable-default-bootnode --raw 2>/dev/null >"$out/vellum-$chain-raw.json"
done

if [ "$out" != . ]; then
	status=0
	for f in vellum-dev.json vellum-dev-raw.json vellum-local.json vellum-local-raw.json; do
		if ! cmp -s "$f" "$out/$f"; then
			echo "chain-specs/$f is out of date: run chain-specs/generate.sh and commit it" >&2
			status=1
		fi
	done
	exit $status
fi
echo "chain specs written to chain-specs/"
