#!/usr/bin/env bash
# Generates the plain and raw chain specs of `dev` and `local` from the runtime's genesis
# presets, with the vellum-node built from this tree. Never edit the JSON by hand.
#
#   chain-specs/generate.sh          write chain-specs/*.json
#   chain-specs/generate.sh --check  fail if the committed files differ from a fresh build
#
# The runtime's Wasm depends on the path of the checkout it is built in (cargo hashes the
# paths of path dependencies into symbol names; the path remap of scripts/env.sh covers
# panic locations, not those). The committed specs embed the Wasm built in the CI checkout
# ($VELLUM_CI_SRC, default ~/.cache/vellum/src, the path .ci/run tests in). There the check
# compares every byte; in any other checkout it compares everything but the embedded code
# and says so.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
REPO_ROOT="$(cd .. && pwd)"
CANONICAL="${VELLUM_CI_SRC:-$HOME/.cache/vellum/src}"
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

files=(vellum-dev.json vellum-dev-raw.json vellum-local.json vellum-local-raw.json)
if [ "$out" = . ]; then
	echo "chain specs written to chain-specs/"
	if [ "$REPO_ROOT" != "$CANONICAL" ]; then
		echo "note: built in $REPO_ROOT, so the embedded code differs from a build in the CI" \
			"checkout ($CANONICAL), which CI compares byte for byte; regenerate there before committing" >&2
	fi
	exit 0
fi

if [ "$REPO_ROOT" = "$CANONICAL" ]; then
	status=0
	for f in "${files[@]}"; do
		if ! cmp -s "$f" "$out/$f"; then
			echo "chain-specs/$f is out of date: run chain-specs/generate.sh (in $CANONICAL) and commit it" >&2
			status=1
		fi
	done
	[ $status = 0 ] && echo "chain specs: all four identical to a fresh build, byte for byte (embedded code included)"
	exit $status
fi

# Another checkout: everything but the runtime code must match exactly.
node - "$out" "${files[@]}" <<'JS'
const fs = require('fs');
const [dir, ...files] = process.argv.slice(2);
const CODE_KEY = '0x3a636f6465'; // the well-known storage key `:code`
const withoutCode = (spec) => {
  if (spec.genesis.runtimeGenesis) delete spec.genesis.runtimeGenesis.code;
  if (spec.genesis.raw) delete spec.genesis.raw.top[CODE_KEY];
  return JSON.stringify(spec);
};
let status = 0;
let sameCode = 0;
for (const f of files) {
  const committed = JSON.parse(fs.readFileSync(f, 'utf8'));
  const fresh = JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
  const code = (s) => s.genesis.runtimeGenesis?.code ?? s.genesis.raw.top[CODE_KEY];
  if (code(committed) === code(fresh)) sameCode += 1;
  if (withoutCode(committed) !== withoutCode(fresh)) {
    console.error(`chain-specs/${f} is out of date (beyond its runtime code): run chain-specs/generate.sh in the CI checkout and commit it`);
    status = 1;
  }
}
if (status === 0) {
  console.log(`chain specs: all four identical to a fresh build except the embedded runtime code, ` +
    `which depends on the checkout's path and is compared byte for byte only in the CI checkout ` +
    `(${sameCode} of 4 code blobs identical here)`);
}
process.exit(status);
JS
