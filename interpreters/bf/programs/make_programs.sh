#!/usr/bin/env bash
# Regenerates the bundled Brainfuck programs from bfgen.py.
set -euo pipefail
cd "$(dirname "$0")"
python3 bfgen.py hello Hello from weft-bf > hello.b
python3 bfgen.py primes 3 256 > primes.b        # benchmark: >= 1 s without the JIT
python3 bfgen.py primes 1 60 > primes-small.b   # test size
python3 bfgen.py loops 255 3 > loops.b          # benchmark: >= 1 s without the JIT
python3 bfgen.py loops 3 1 > loops-small.b      # test size
python3 bfgen.py mandel 30 12 > mandel.b        # benchmark: >= 1 s without the JIT
python3 bfgen.py mandel 8 1 > mandel-small.b    # test size
# The generated Mandelbrot must draw what a direct computation of its arithmetic draws.
python3 bfgen.py mandel-reference 8 1 |
  cmp - <(python3 ../../../tests/bf/reference_bf.py mandel-small.b </dev/null)
python3 bfgen.py runs > runs.b                  # test: the bytecode's merged runs
