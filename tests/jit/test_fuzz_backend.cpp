// Differential fuzzing of the backend with fixed seeds (backend_differential.h): random traces,
// compiled as recorded and after optimization, behave like the IR interpreter. The same check
// runs for longer under libFuzzer (tests/jit/fuzz/).
#include <catch2/catch.hpp>

#include "backend_differential.h"
#include "weft/gc/gc.h"

using namespace weft::jit;

TEST_CASE("random traces: compiled code behaves like the interpreter (fixed seeds)") {
  weft::gc::Heap heap;
  Backend backend;
  jit_test::CellDescrs descrs;
  constexpr uint64_t kSeeds = 20000;
  size_t guard_exits = 0, finishes = 0;
  for (uint64_t seed = 1; seed <= kSeeds; ++seed) {
    jit_test::DifferentialResult r = jit_test::check_compiled_trace(backend, heap, descrs, seed);
    INFO(r.problem);
    REQUIRE(r.problem.empty());
    guard_exits += r.exit == ExitInfo::Kind::Guard;
    finishes += r.exit == ExitInfo::Kind::Finish;
  }
  // Both ways of leaving a trace must be exercised.
  CHECK(guard_exits > kSeeds / 10);
  CHECK(finishes > kSeeds / 20);
  // Every optimizer part off, one at a time, on fewer seeds.
  for (bool OptimizerOptions::*part :
       {&OptimizerOptions::fold, &OptimizerOptions::cse, &OptimizerOptions::guards,
        &OptimizerOptions::heap, &OptimizerOptions::bounds, &OptimizerOptions::dce}) {
    OptimizerOptions options;
    options.*part = false;
    for (uint64_t seed = 1; seed <= 500; ++seed) {
      jit_test::DifferentialResult r =
          jit_test::check_compiled_trace(backend, heap, descrs, seed, options);
      INFO(r.problem);
      REQUIRE(r.problem.empty());
    }
  }
}
