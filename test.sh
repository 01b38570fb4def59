#!/usr/bin/env bash
# Runs every test, from a fresh Debian 12 machine on: installs what is missing, builds the
# Release tree and the ASan+UBSan tree, and runs ctest in both (the Release run comes last,
# so the output ends with its summary).
set -euo pipefail
cd "$(dirname "$0")"
jobs=$(nproc)

./tools/bootstrap.sh

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Asan >/dev/null
cmake --build build-asan -j"$jobs"
ctest --test-dir build-asan --output-on-failure -L sanitize -j"$jobs"

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
