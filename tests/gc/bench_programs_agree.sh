#!/usr/bin/env bash
# Differential test: every GC benchmark program prints the same on weft::gc (normally and in
# stress mode), on Boehm GC and on malloc/free. Usage: bench_programs_agree.sh BIN_DIR
set -euo pipefail
bin=$1
failures=0

check() {
  local program=$1
  shift
  local expected actual
  expected=$("$bin/bench-gc-$program-malloc" "$@")
  for run in weft weft-stress boehm; do
    local variant=${run%-stress}
    [ -x "$bin/bench-gc-$program-$variant" ] || { echo "skip $program/$run (not built)"; continue; }
    if [ "$run" = weft-stress ]; then
      actual=$(WEFT_GC_STRESS=97 "$bin/bench-gc-$program-$variant" "$@")
    else
      actual=$("$bin/bench-gc-$program-$variant" "$@")
    fi
    if [ "$actual" = "$expected" ]; then
      echo "ok   $program $* on $run"
    else
      echo "FAIL $program $* on $run"; diff <(echo "$expected") <(echo "$actual") || true
      failures=$((failures + 1))
    fi
  done
}

check binary_trees 12
check alloc_throughput 1
exit $((failures > 0))
