// libFuzzer target: optimizer + backend against the IR interpreter on random traces. The input
// chooses the generator's seed and which optimizer parts run; any disagreement aborts with the
// traces. Built in the Asan tree as bin/fuzz-jit-backend; run e.g.
//     build-asan/bin/fuzz-jit-backend -max_total_time=600
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "backend_differential.h"
#include "weft/gc/gc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static weft::gc::Heap heap;
  static weft::jit::Backend backend;
  static jit_test::CellDescrs descrs;
  uint64_t seed = 0;
  std::memcpy(&seed, data, size < 8 ? size : 8);
  uint8_t parts = size > 8 ? data[8] : 0;
  weft::jit::OptimizerOptions options;
  options.fold = !(parts & 1);
  options.cse = !(parts & 2);
  options.guards = !(parts & 4);
  options.heap = !(parts & 8);
  options.bounds = !(parts & 16);
  options.dce = !(parts & 32);
  jit_test::DifferentialResult r =
      jit_test::check_compiled_trace(backend, heap, descrs, seed, options);
  if (!r.problem.empty()) {
    std::fprintf(stderr, "%s\n", r.problem.c_str());
    std::abort();
  }
  return 0;
}
