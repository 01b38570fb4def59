// Differential fuzzing of the backend with fixed seeds (backend_differential.h): random traces,
// compiled as recorded and after optimization, behave like the IR interpreter. The same check
// runs for longer under libFuzzer (tests/jit/fuzz/).
#include <catch2/catch.hpp>

#include "backend_differential.h"
#include "weft/gc/gc.h"

using namespace weft::jit;

namespace {

// Checks `seeds` seeds from `first`; counts the ways the compiled traces were left.
void check(Backend& backend, weft::gc::Heap& heap, const jit_test::CellDescrs& descrs,
           jit_test::PortalCallees& callees, uint64_t first, uint64_t seeds,
           const OptimizerOptions& options, const jit_test::RandomTraceOptions& generator,
           size_t* guard_exits = nullptr, size_t* finishes = nullptr) {
  for (uint64_t seed = first; seed < first + seeds; ++seed) {
    jit_test::DifferentialResult r =
        jit_test::check_compiled_trace(backend, heap, descrs, callees, seed, options, generator);
    INFO(r.problem);
    REQUIRE(r.problem.empty());
    if (guard_exits) *guard_exits += r.exit == ExitInfo::Kind::Guard;
    if (finishes) *finishes += r.exit == ExitInfo::Kind::Finish;
  }
}

}  // namespace

TEST_CASE("random traces: compiled code behaves like the interpreter (fixed seeds)") {
  weft::gc::Heap heap;
  Backend backend;
  jit_test::CellDescrs descrs;
  jit_test::PortalCallees callees(backend, descrs);
  jit_test::RandomTraceOptions objects, calls, both;
  objects.objects = true;
  calls.calls = true;
  both.objects = both.calls = true;
  for (const jit_test::RandomTraceOptions& generator :
       {jit_test::RandomTraceOptions{}, objects, calls, both}) {
    INFO((generator.objects ? "objects mode" : "plain") << (generator.calls ? ", calls" : ""));
    constexpr uint64_t kSeeds = 10000;
    size_t guard_exits = 0, finishes = 0;
    check(backend, heap, descrs, callees, 1, kSeeds, {}, generator, &guard_exits, &finishes);
    // Both ways of leaving a trace must be exercised.
    CHECK(guard_exits > kSeeds / 10);
    CHECK(finishes > kSeeds / 20);
  }
  // Compiled code's portal calls entered the compiled callee, which also left through its guard.
  CHECK(callees.direct_entries() > 1000);
  CHECK(jit_test::PortalCallees::guard_exits() > 100);
  // Every optimizer part off, one at a time, on fewer seeds.
  for (const OptimizerPass& pass : optimizer_passes()) {
    INFO("without " << pass.name);
    OptimizerOptions options;
    options.*pass.flag = false;
    check(backend, heap, descrs, callees, 300000, 200, options, {});
    check(backend, heap, descrs, callees, 400000, 400, options, objects);
    check(backend, heap, descrs, callees, 500000, 300, options, both);
  }
}
