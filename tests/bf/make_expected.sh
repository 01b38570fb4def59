#!/usr/bin/env bash
# Expected outputs of the bundled Brainfuck programs, from the reference interpreter
# (reference_bf.py). The input of each program is tests/bf/input.txt.
set -euo pipefail
cd "$(dirname "$0")"
programs=../../interpreters/bf/programs
for p in hello primes-small loops-small mandel-small cat runs; do
  python3 reference_bf.py "$programs/$p.b" < input.txt > "expected/$p.out"
done
