#!/usr/bin/env bash
# Installs every Debian package weft needs to build, test and benchmark.
# Idempotent: packages already installed are skipped, so a second run is instant.
# Works as root, or through sudo otherwise.
set -euo pipefail

packages=(
  # toolchain: the whole project is compiled with clang-19 (see shared ARCHITECTURE §3)
  clang-19 lld-19 llvm-19-dev libclang-rt-19-dev cmake ninja-build ccache pkg-config git
  # libraries
  catch2 libfmt-dev libboost-dev libasmjit-dev libgmp-dev libpcre2-dev libedit-dev libssl-dev libb2-dev
  zlib1g-dev libicu-dev
  # scripts (bench harness, test generators) use the system python3; weft-python imports
  # CPython's pure-Python standard library from libpython3.11-stdlib (/usr/lib/python3.11)
  python3 libpython3.11-stdlib
  # comparison and reference implementations for bench/ and differential tests
  libgc-dev php8.2-cli php8.2-opcache pypy3 hyperfine
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "bootstrap: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
