// libFuzzer target: optimizer + backend against the IR interpreter on random traces. The input
// chooses the generator's seed (8 bytes), its modes (bit 0 of byte 8: objects, arrays and raw
// memory; bit 1: frames and portal calls) and which optimizer parts run (bytes 9 and 10: bit k
// switches off the k-th of optimizer_passes()); any disagreement aborts with the traces. Built in
// the Asan tree as bin/fuzz-jit-backend; run e.g.
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
  static jit_test::PortalCallees callees(backend, descrs);
  uint64_t seed = 0;
  std::memcpy(&seed, data, size < 8 ? size : 8);
  jit_test::RandomTraceOptions generator;
  generator.objects = size > 8 && (data[8] & 1);
  generator.calls = size > 8 && (data[8] & 2);
  uint32_t off = (size > 9 ? data[9] : 0) | uint32_t(size > 10 ? data[10] : 0) << 8;
  weft::jit::OptimizerOptions options;
  auto passes = weft::jit::optimizer_passes();
  for (size_t k = 0; k < passes.size() && k < 16; ++k)
    if (off & (1u << k)) options.*passes[k].flag = false;
  jit_test::DifferentialResult r =
      jit_test::check_compiled_trace(backend, heap, descrs, callees, seed, options, generator);
  if (!r.problem.empty()) {
    std::fprintf(stderr, "%s\n", r.problem.c_str());
    std::abort();
  }
  return 0;
}
