// Differential fuzzing of the backend with fixed seeds: random traces, compiled as they are and
// after optimization, must leave the way the IR interpreter leaves the original trace: same
// exit, same saved values (same trace) or same resumed frames (optimized trace), same memory.
#include <bit>
#include <catch2/catch.hpp>

#include "backend_test_util.h"
#include "random_trace.h"
#include "weft/gc/gc.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/resume_frames.h"

using namespace weft::jit;
using jit_test::Cell;

namespace {

// Fresh Cells with the same contents for every run of a seed.
struct World {
  Cell* cell;
  Cell* other;
  std::vector<uint64_t> inputs;
  World(weft::gc::Heap& heap, uint64_t seed) {
    cell = heap.make<Cell>();
    cell->a = int64_t(seed % 17) - 8;
    cell->b = 1000;
    cell->f = 0.25;
    other = cell;  // even seeds: both references are the same Cell
    if (seed % 2) {
      other = heap.make<Cell>();
      other->a = 5;
    }
    inputs = {0,
              seed % 20,
              uint64_t(-int64_t(seed % 7)),
              std::bit_cast<uint64_t>(1.5),
              reinterpret_cast<uintptr_t>(cell),
              reinterpret_cast<uintptr_t>(other)};
  }
};

void check_same_cells(const World& a, const World& b) {
  for (auto [x, y] : {std::pair{a.cell, b.cell}, std::pair{a.other, b.other}}) {
    CHECK(x->a == y->a);
    CHECK(x->b == y->b);
    CHECK(std::bit_cast<uint64_t>(x->f) == std::bit_cast<uint64_t>(y->f));
  }
}

}  // namespace

TEST_CASE("random traces: compiled code behaves like the interpreter (fixed seeds)") {
  weft::gc::Heap heap;
  Backend backend;
  jit_test::CellDescrs descrs;
  constexpr uint64_t kSeeds = 20000;
  size_t guard_exits = 0, finishes = 0;
  for (uint64_t seed = 1; seed <= kSeeds; ++seed) {
    Trace t = jit_test::random_trace(seed, descrs);
    INFO("seed " << seed << "\n" << print_trace(t));
    std::string error;
    CompiledTrace* ct = backend.compile_trace(t, "fuzz", &error);
    INFO(error);
    REQUIRE(ct != nullptr);

    // The same trace interpreted and compiled: same exit, same saved values, same memory.
    World wi(heap, seed), wc(heap, seed);
    jit_test::Outcome expected = jit_test::run_interpreted(t, *ct, wi.inputs);
    jit_test::Outcome got = jit_test::run_compiled(backend, *ct, wc.inputs);
    check_same_cells(wi, wc);
    jit_test::check_same_outcome(expected, wi.inputs, got, wc.inputs);
    guard_exits += got.kind == ExitInfo::Kind::Guard;
    finishes += got.kind == ExitInfo::Kind::Finish;

    // The optimized trace compiled: same way out as the original, interpreted.
    Trace o = optimize(t);
    INFO("optimized:\n" << print_trace(o));
    REQUIRE(verify(o, &error));
    CompiledTrace* co = backend.compile_trace(o, "fuzz-opt", &error);
    REQUIRE(co != nullptr);
    World wo(heap, seed), wf(heap, seed);
    InterpResult reference = interpret(t, wf.inputs);
    uint64_t io[Backend::kMaxIoWords];
    const ExitInfo* e = backend.run(*co, wo.inputs, io);
    check_same_cells(wf, wo);
    if (reference.exit == InterpResult::Exit::Finish) {
      REQUIRE(e->kind == ExitInfo::Kind::Finish);
      CHECK(std::vector<uint64_t>(io, io + e->saved.size()) == reference.args);
    } else {
      REQUIRE(reference.exit == InterpResult::Exit::GuardFailed);
      REQUIRE(e->kind == ExitInfo::Kind::Guard);
      ResumedFrames want, have;
      REQUIRE(resume_frames(t, reference, want) == ResumeStatus::Ok);
      auto saved = [&](Value v) -> uint64_t {
        for (size_t k = 0; k < e->saved.size(); ++k)
          if (e->saved[k] == v) return io[k];
        FAIL("a snapshot value the exit did not save");
        return 0;
      };
      const Snapshot& snapshot = o.snapshots[size_t(o.insts[e->inst].snapshot)];
      REQUIRE(resume_frames(o, snapshot, saved, have) == ResumeStatus::Ok);
      std::string difference;
      INFO("interpreted: " << want.to_string() << "\ncompiled: " << have.to_string());
      CHECK(same_frames(want, have, &difference));
      INFO(difference);
    }
    backend.free(ct);
    backend.free(co);
  }
  // Both ways of leaving a trace must be exercised.
  CHECK(guard_exits > kSeeds / 10);
  CHECK(finishes > kSeeds / 20);
}
