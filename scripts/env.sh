# Sourced by the other scripts (and by you: `source scripts/env.sh`): installs what a fresh
# Debian machine lacks and exports the build environment. Safe to source repeatedly; every
# step is a no-op when already done. It sets no shell options, so sourcing it into an
# interactive shell leaves that shell as it was.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# One persistent target dir, shared by every build (and by CI on the same machine).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/vellum/target}"
# With the target dir outside the repo, the Wasm build must be told where Cargo.lock is.
export WASM_BUILD_WORKSPACE_HINT="$REPO_ROOT"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Build the runtime's Wasm with the pinned toolchain too (the Wasm builder otherwise picks
# whichever cargo it finds first, which may lack the wasm32v1-none target).
WASM_BUILD_TOOLCHAIN="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$REPO_ROOT/rust-toolchain.toml")"
export WASM_BUILD_TOOLCHAIN
# The Wasm embeds source paths (panic locations); remap the checkout so that the runtime,
# and the chain specs that carry it, are the same bytes whatever the checkout's path.
export WASM_BUILD_RUSTFLAGS="--remap-path-prefix=$REPO_ROOT=/vellum"

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_system_packages() {
	local missing=()
	command -v protoc >/dev/null || missing+=(protobuf-compiler)
	command -v clang >/dev/null || missing+=(clang)
	dpkg -s libclang-dev >/dev/null 2>&1 || missing+=(libclang-dev)
	command -v make >/dev/null || missing+=(make)
	command -v curl >/dev/null || missing+=(curl)
	command -v node >/dev/null || missing+=(nodejs)
	command -v npm >/dev/null || missing+=(npm)
	if [ "${#missing[@]}" -gt 0 ]; then
		echo "installing Debian packages: ${missing[*]}"
		as_root apt-get update -qq
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

install_rust() {
	if ! command -v rustup >/dev/null; then
		echo "rustup is required: see https://rustup.rs (then re-run this command)" >&2
		return 1
	fi
	# rust-toolchain.toml pins the release; rustup does not add targets to an installed
	# toolchain by itself, so ask explicitly (instant when present).
	(cd "$REPO_ROOT" && rustup target add wasm32v1-none >/dev/null 2>&1 &&
		rustup component add rust-src rustfmt clippy >/dev/null 2>&1)
}

install_system_packages || return 1
install_rust || return 1
