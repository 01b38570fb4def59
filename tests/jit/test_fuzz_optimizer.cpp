// Differential fuzzing with fixed seeds: random traces behave the same before and after
// optimization when run by the IR interpreter (same exit, same snapshot values, same memory).
#include <bit>
#include <catch2/catch.hpp>

#include "random_trace.h"
#include "weft/gc/gc.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;
using jit_test::Cell;

namespace {

struct Outcome {
  InterpResult::Exit exit = InterpResult::Exit::Error;
  uint32_t pc = 0;               // of the failed guard's frame
  std::vector<uint64_t> values;  // finish arguments or the snapshot's values
  Cell cell;
  Cell other;
};

Outcome run(const Trace& t, weft::gc::Heap& heap, uint64_t seed) {
  Cell* cell = heap.make<Cell>();
  cell->a = int64_t(seed % 17) - 8;
  cell->b = 1000;
  cell->f = 0.25;
  Cell* other = cell;  // even seeds: both references are the same Cell
  if (seed % 2) {
    other = heap.make<Cell>();
    other->a = 5;
  }
  uint64_t inputs[] = {0,
                       seed % 20,
                       uint64_t(-int64_t(seed % 7)),
                       std::bit_cast<uint64_t>(1.5),
                       reinterpret_cast<uintptr_t>(cell),
                       reinterpret_cast<uintptr_t>(other)};
  InterpResult r = interpret(t, inputs);
  Outcome o;
  o.exit = r.exit;
  if (r.exit == InterpResult::Exit::Finish) o.values = r.args;
  if (r.exit == InterpResult::Exit::GuardFailed) {
    const ResumeFrame& frame = t.snapshots[size_t(t.insts[r.inst].snapshot)].frames[0];
    o.pc = frame.pc;
    for (Value v : frame.values) o.values.push_back(r.value_of(t, v));
  }
  if (r.exit == InterpResult::Exit::Error) FAIL("interpreter error: " << r.error);
  o.cell = *cell;
  o.other = *other;
  return o;
}

}  // namespace

TEST_CASE("random traces: optimized and original behave the same (fixed seeds)") {
  weft::gc::Heap heap;
  jit_test::CellDescrs descrs;
  size_t removed = 0, total = 0, exits_by_guard = 0;
  constexpr size_t kSeeds = 20000;
  for (uint64_t seed = 1; seed <= kSeeds; ++seed) {
    Trace in = jit_test::random_trace(seed, descrs);
    std::string error;
    INFO("seed " << seed << "\n" << print_trace(in));
    REQUIRE(verify(in, &error));
    Trace out = optimize(in);
    INFO("optimized:\n" << print_trace(out));
    REQUIRE(verify(out, &error));
    Outcome a = run(in, heap, seed);
    Outcome b = run(out, heap, seed);
    REQUIRE(a.exit == b.exit);
    REQUIRE(a.pc == b.pc);
    REQUIRE(a.values == b.values);
    REQUIRE(a.cell.a == b.cell.a);
    REQUIRE(a.cell.b == b.cell.b);
    REQUIRE(std::bit_cast<uint64_t>(a.cell.f) == std::bit_cast<uint64_t>(b.cell.f));
    REQUIRE(a.other.a == b.other.a);
    REQUIRE(a.other.b == b.other.b);
    REQUIRE(std::bit_cast<uint64_t>(a.other.f) == std::bit_cast<uint64_t>(b.other.f));
    total += in.insts.size();
    removed += in.insts.size() - out.insts.size();
    exits_by_guard += a.exit == InterpResult::Exit::GuardFailed;
  }
  // The generator must exercise the optimizer and both ways of leaving a trace.
  CHECK(removed > total / 20);
  CHECK(exits_by_guard > kSeeds / 10);
  CHECK(kSeeds - exits_by_guard >= 100);  // and some reach their finish
}
