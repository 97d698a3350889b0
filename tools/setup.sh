#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) Tolk needs on a fresh
# Debian machine that has Rust (shared TOOLCHAIN.md), at pinned versions,
# skipping whatever is already installed at the right version.
#
#   tools/setup.sh app    # wasm target, trunk, wasm-bindgen CLI, wasm-opt
#   tools/setup.sh test   # the above, plus Chromium, ChromeDriver, Playwright, cargo-fuzz,
#                         # nginx and Apache (tests/deploy starts its own on loopback),
#                         # Firefox ESR and geckodriver
#   tools/setup.sh bench  # test's, plus bcftools, bgzip and hyperfine
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
GECKODRIVER_VERSION=0.37.1
# trunk refuses a wasm-bindgen CLI that differs from the library in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
version_of() { "$1" --version 2>/dev/null | head -n 1 || true; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

command -v cargo >/dev/null || { say "Rust is missing: install it with rustup first (see README)"; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(version_of trunk)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores, once)"
  cargo install --locked trunk --version "=$TRUNK_VERSION"
fi

if [ "$(version_of wasm-bindgen)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: one of its locked dependencies is gone from crates.io.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# wasm-opt (binaryen) and Playwright come from package-lock.json.
if ! cmp -s package-lock.json node_modules/.package-lock.json.stamp 2>/dev/null; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.stamp
fi

install_cargo_fuzz() {
  if [ "$(version_of cargo-fuzz)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 1 minute, once)"
    cargo install --locked cargo-fuzz --version "=$CARGO_FUZZ_VERSION"
  fi
}

# Firefox ESR for the wasm tests and the main flows in a second engine
# (docs/BROWSERS.md): Debian's firefox-esr, and geckodriver from crates.io,
# which Debian does not package and whose release binaries cannot be
# downloaded here. 0.37.1 builds with the toolchain's rustc (1.95).
install_firefox() {
  apt_install firefox-esr
  if [ "$(version_of geckodriver | cut -d' ' -f1-2)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 7 minutes on 2 cores, once)"
    cargo install --locked geckodriver --version "=$GECKODRIVER_VERSION"
  fi
}

# nginx and Apache for tests/deploy, which runs its own servers on loopback
# high ports. Their packages' own services (port 80) are kept from starting
# while they install (policy-rc.d, honoured by invoke-rc.d and
# deb-systemd-invoke) and, under systemd, from starting at boot.
apt_install_web_servers() {
  local missing=()
  for pkg in nginx apache2; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -gt 0 ] || return 0
  local policy=/usr/sbin/policy-rc.d made=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    made=1
  fi
  local status=0
  apt_install "${missing[@]}" || status=$?
  [ -z "$made" ] || as_root rm -f "$policy"
  [ "$status" = 0 ] || return "$status"
  if [ -d /run/systemd/system ]; then
    for pkg in "${missing[@]}"; do as_root systemctl disable --now "$pkg" >/dev/null 2>&1 || true; done
  fi
}

case "${1:-app}" in
  # Debian's Chromium; Playwright cannot download its own browsers here.
  test) apt_install chromium chromium-driver && apt_install_web_servers && install_cargo_fuzz && install_firefox ;;
  bench) apt_install chromium chromium-driver bcftools tabix hyperfine && apt_install_web_servers && install_firefox ;;
esac
say "ready"
