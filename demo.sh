#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine on: installs what is missing, builds weft in
# Release mode, and runs through the benchmark harness the GC suite (weft::gc vs Boehm GC vs
# malloc/free) and the JIT backend suite (loop traces compiled by weft vs the same loops by
# clang -O2) and the Brainfuck interpreter bin/weft-bf with its generated JIT on and off,
# printing the tables. Results land in bench/results/<suite>/.
# Then the toy language's JIT on and off, and the flagship VMs against their reference
# implementations: weft-python vs python3 and pypy3, weft-php vs php (without and with opcache,
# and with its tracing JIT). Extra arguments go to the harness (e.g. --runs 5).
set -euo pipefail
cd "$(dirname "$0")"

./tools/bootstrap.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

python3 bench/harness.py bench/suites/gc.json --runs 3 "$@"
python3 bench/harness.py bench/suites/jit.json --runs 3 "$@"
# The generated JIT on a real interpreter: weft-bf with the JIT on and off, and C -O2.
python3 bench/harness.py bench/suites/bf.json --runs 3 "$@"
python3 bench/harness.py bench/suites/toy.json --runs 3 "$@"
# The flagship VMs (their interpreters so far; the JIT drives weft-bf and weft-toy).
python3 bench/harness.py bench/suites/python.json --runs 3 "$@"
python3 bench/harness.py bench/suites/php.json --runs 3 "$@"
