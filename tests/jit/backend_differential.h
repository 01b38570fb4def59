// One differential check of the backend, shared by the fixed-seed test and the libFuzzer
// target: the random trace of a seed, compiled as it is and after optimization (loops peeled),
// must leave the way the IR interpreter leaves the original trace (same exit, same resumed
// frames or finish values, same Cells, raw memory and frames; objects compared structurally).
// `callees` (made with `backend`) are what portal calls call.
#pragma once

#include <cstdint>
#include <string>

#include "portal_calls.h"
#include "random_trace.h"
#include "weft/gc/heap.h"
#include "weft/jit/backend.h"
#include "weft/jit/optimizer.h"

namespace jit_test {

struct DifferentialResult {
  std::string problem;  // empty if compiled and interpreted runs agree
  weft::jit::ExitInfo::Kind exit = weft::jit::ExitInfo::Kind::OutOfMemory;
};

DifferentialResult check_compiled_trace(weft::jit::Backend& backend, weft::gc::Heap& heap,
                                        const CellDescrs& descrs, PortalCallees& callees,
                                        uint64_t seed,
                                        const weft::jit::OptimizerOptions& options = {},
                                        const RandomTraceOptions& generator = {});

}  // namespace jit_test
