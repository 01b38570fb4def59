#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine on: installs what is missing, builds weft in
# Release mode, and runs the GC benchmark suite (weft::gc vs Boehm GC vs malloc/free) through
# the benchmark harness, printing the table. Results land in bench/results/gc/.
# Extra arguments go to the harness (e.g. --runs 5).
set -euo pipefail
cd "$(dirname "$0")"

./tools/bootstrap.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

python3 bench/harness.py bench/suites/gc.json --runs 3 "$@"
