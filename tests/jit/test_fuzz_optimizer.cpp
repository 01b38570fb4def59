// Differential fuzzing with fixed seeds: random traces behave the same before and after
// optimization when run by the IR interpreter: same exit, and the same state afterwards, compared
// as resumed frames (resume_frames + same_frames), so that an object the optimized trace kept
// virtual and a failing guard materialized compares equal to the one the original allocated.
// The finish values and the two input Cells are compared the same way.
#include <bit>
#include <catch2/catch.hpp>
#include <memory>

#include "random_trace.h"
#include "weft/gc/gc.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/resume_frames.h"

using namespace weft::jit;
using jit_test::Cell;

namespace {

struct Outcome {
  InterpResult::Exit exit = InterpResult::Exit::Error;
  uint32_t pc = 0;    // of the failed guard's frame
  uint32_t inst = 0;  // the failed guard
  // The guard's frames (or the finish values as one frame), then a frame with the two Cells.
  std::unique_ptr<ResumedFrames> frames = std::make_unique<ResumedFrames>();
  std::vector<uint8_t> raw;  // the raw memory and frames afterwards (after resume)
  // What the raw reference cell and the frames' references hold then, as a frame of its own.
  std::unique_ptr<ResumedFrames> raw_ref = std::make_unique<ResumedFrames>();
  std::string error;
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
                       reinterpret_cast<uintptr_t>(other),
                       jit_test::caller_frame()};  // (read by traces of calls mode only)
  jit_test::reset_raw_memory(seed);
  InterpResult r = interpret(t, inputs);
  Outcome o;
  o.exit = r.exit;
  if (r.exit == InterpResult::Exit::Error) {
    o.error = "interpreter error: " + r.error;
    return o;
  }
  Snapshot snapshot;
  if (r.exit == InterpResult::Exit::GuardFailed) {
    snapshot = t.snapshots[size_t(t.insts[r.inst].snapshot)];
    o.pc = snapshot.frames[0].pc;
    o.inst = r.inst;
  } else {
    // The finish (or jump) values, as a frame of their own.
    std::span<const Value> args = t.args(t.insts[r.inst]);
    snapshot.frames.push_back(ResumeFrame{0, 0, {args.begin(), args.end()}});
  }
  // The input Cells as the values of one more frame: same_frames compares them (and whatever
  // they reach through Cell.next) structurally. They are constants of a copy of the trace: the
  // inputs' own values may have been replaced by a jump.
  Trace with_cells = t;
  snapshot.frames.push_back(
      ResumeFrame{9,
                  9,
                  {with_cells.const_ref(reinterpret_cast<uintptr_t>(cell)),
                   with_cells.const_ref(reinterpret_cast<uintptr_t>(other))}});
  auto saved = [&](Value v) { return r.values[v.index()]; };
  if (resume_frames(with_cells, snapshot, saved, *o.frames, &o.error) != ResumeStatus::Ok)
    o.error = "resume: " + o.error;
  // (Resume performs the stores the optimizer left pending at the guard.)
  o.raw = jit_test::raw_bytes();
  ResumedFrame refs{8, 8, {}};
  for (uint64_t ref : jit_test::raw_refs()) refs.values.push_back({Type::Ref, ref});
  o.raw_ref->assign({refs});
  return o;
}

struct Totals {
  size_t traces = 0, insts = 0, removed = 0, guard_exits = 0, allocations = 0, kept = 0;
  size_t quasi_deps = 0, peeled = 0;
  // Guards of optimized traces with raw stores in their snapshots, and how many of those the
  // runs failed (resume performed the stores).
  size_t raw_store_guards = 0, raw_store_exits = 0;
  // Calls mode: loads of frames after a call_assembler, before and after optimization, in
  // traces without a loop (peeling copies loads).
  size_t frame_loads_after_calls = 0, frame_loads_after_calls_kept = 0;
};

size_t frame_loads_after_calls(const Trace& t, const jit_test::CellDescrs& d) {
  size_t n = 0;
  bool called = false;
  for (const Inst& inst : t.insts) {
    if (inst.op == Op::label) return 0;
    called |= inst.op == Op::call_assembler;
    n += called && inst.op == Op::getfield_raw &&
         (inst.descr == d.frame_int || inst.descr == d.frame_ref);
  }
  return n;
}

// Runs `seeds` random traces through the optimizer with `options`; fails at the first whose
// optimized form does not verify or behaves differently.
Totals fuzz(uint64_t first_seed, uint64_t seeds, const jit_test::RandomTraceOptions& generator,
            const OptimizerOptions& options = {}) {
  weft::gc::Heap heap;
  jit_test::CellDescrs descrs;
  Totals totals;
  for (uint64_t seed = first_seed; seed < first_seed + seeds; ++seed) {
    Trace in = jit_test::random_trace(seed, descrs, generator);
    std::string error;
    INFO("seed " << seed << "\n" << print_trace(in));
    REQUIRE(verify(in, &error));
    OptimizerReport report;  // (quasi-immutable fields are read as constants only with one)
    DescrTable labels;       // where loop peeling creates the loop's label
    OptimizerOptions with_labels = options;
    with_labels.peel_labels = &labels;
    Trace out = optimize(in, with_labels, &report);
    for (const Inst& inst : out.insts)
      totals.peeled += inst.op == Op::label && inst.descr != descrs.loop;
    totals.quasi_deps += report.quasi_immutable_deps.size();
    INFO("optimized:\n" << print_trace(out));
    INFO(error);
    REQUIRE(verify(out, &error));
    Outcome a = run(in, heap, seed);
    Outcome b = run(out, heap, seed);
    REQUIRE(a.error.empty());
    INFO(b.error);
    REQUIRE(b.error.empty());
    REQUIRE(a.exit == b.exit);
    REQUIRE(a.pc == b.pc);
    REQUIRE(a.raw == b.raw);
    std::string difference;
    if (!same_frames(*a.raw_ref, *b.raw_ref, &difference)) FAIL("raw cell: " + difference);
    INFO("original: " << a.frames->to_string() << "\noptimized: " << b.frames->to_string());
    if (!same_frames(*a.frames, *b.frames, &difference)) FAIL(difference);
    ++totals.traces;
    totals.insts += in.insts.size();
    totals.removed += in.insts.size() - out.insts.size();
    totals.guard_exits += a.exit == InterpResult::Exit::GuardFailed;
    for (const Inst& inst : in.insts) totals.allocations += op_info(inst.op).has(opflag::ALLOC);
    for (const Inst& inst : out.insts) totals.kept += op_info(inst.op).has(opflag::ALLOC);
    for (const Snapshot& s : out.snapshots) totals.raw_store_guards += !s.raw_stores.empty();
    totals.frame_loads_after_calls += frame_loads_after_calls(in, descrs);
    totals.frame_loads_after_calls_kept += frame_loads_after_calls(out, descrs);
    if (b.exit == InterpResult::Exit::GuardFailed)
      totals.raw_store_exits +=
          !out.snapshots[size_t(out.insts[b.inst].snapshot)].raw_stores.empty();
  }
  return totals;
}

}  // namespace

// Guard strengthening (OptimizerOptions::strengthen) lets a trace leave at an earlier guard
// than the original: a different exit, not a different behaviour. These runs compare exits, so
// they leave it off; test_optimizer_strengthen.cpp checks it.
OptimizerOptions same_exits() {
  OptimizerOptions o;
  o.strengthen = false;
  return o;
}

TEST_CASE("random traces: optimized and original behave the same (fixed seeds)") {
  constexpr size_t kSeeds = 20000;
  Totals t = fuzz(1, kSeeds, {}, same_exits());
  // The generator must exercise the optimizer and both ways of leaving a trace.
  CHECK(t.removed > t.insts / 20);
  CHECK(t.guard_exits > kSeeds / 10);
  CHECK(kSeeds - t.guard_exits >= 100);  // and some reach their finish
}

TEST_CASE("random traces with object graphs: allocation removal keeps behaviour (fixed seeds)") {
  constexpr size_t kSeeds = 20000;
  jit_test::RandomTraceOptions objects;
  objects.objects = true;
  Totals t = fuzz(1, kSeeds, objects, same_exits());
  WARN("object traces: " << t.traces << ", allocations " << t.allocations << ", kept " << t.kept
                         << ", guard exits " << t.guard_exits << ", instructions " << t.insts
                         << " -> " << t.insts - t.removed << ", quasi-immutable reads folded in "
                         << t.quasi_deps << " traces, loops peeled " << t.peeled
                         << ", guards with raw stores " << t.raw_store_guards << " (failed "
                         << t.raw_store_exits << ")");
  CHECK(t.quasi_deps > 0);
  // Virtual objects stored to raw memory stay virtual past guards, whose failure stores them.
  CHECK(t.raw_store_guards > kSeeds / 40);
  CHECK(t.raw_store_exits > kSeeds / 400);
  CHECK(t.peeled > kSeeds / 3);
  CHECK(t.guard_exits > kSeeds / 10);
  CHECK(kSeeds - t.guard_exits >= 100);
  // Most allocations do not escape, many do.
  CHECK(t.kept < t.allocations * 3 / 4);
  CHECK(t.kept > t.allocations / 20);
}

TEST_CASE(
    "random traces with frames and portal calls: private frames keep behaviour (fixed seeds)") {
  constexpr size_t kSeeds = 20000;
  jit_test::RandomTraceOptions calls;
  calls.calls = true;
  Totals plain = fuzz(1, kSeeds, calls, same_exits());
  calls.objects = true;
  Totals objects = fuzz(1, kSeeds, calls, same_exits());
  WARN("frame loads after portal calls: "
       << plain.frame_loads_after_calls << " -> " << plain.frame_loads_after_calls_kept
       << " (objects mode " << objects.frame_loads_after_calls << " -> "
       << objects.frame_loads_after_calls_kept << "), guard exits " << plain.guard_exits << " and "
       << objects.guard_exits);
  // What the trace knows of its frame survives the calls not given that frame.
  CHECK(plain.frame_loads_after_calls_kept < plain.frame_loads_after_calls * 3 / 4);
  CHECK(objects.frame_loads_after_calls_kept < objects.frame_loads_after_calls * 3 / 4);
  for (const Totals& t : {plain, objects}) {
    CHECK(t.guard_exits > kSeeds / 10);
    CHECK(kSeeds - t.guard_exits >= 100);
  }
}

TEST_CASE("random traces: each optimizer part off in turn (fixed seeds)") {
  jit_test::RandomTraceOptions objects, calls;
  objects.objects = true;
  calls.objects = calls.calls = true;
  for (const OptimizerPass& pass : optimizer_passes()) {
    OptimizerOptions options = same_exits();
    options.*pass.flag = false;
    INFO("without " << pass.name);
    fuzz(100000, 1500, objects, options);
    fuzz(200000, 500, {}, options);
    fuzz(300000, 500, calls, options);
  }
}
