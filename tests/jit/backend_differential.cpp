#include "backend_differential.h"

#include <algorithm>
#include <bit>
#include <sstream>

#include "portal_calls.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/resume_frames.h"

namespace jit_test {

using namespace weft::jit;

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
              reinterpret_cast<uintptr_t>(other),
              caller_frame()};  // (read by traces of calls mode only)
  }
};

// Where `v` was saved by exit `e`, in `io`.
uint64_t saved_value(const ExitInfo& e, const uint64_t* io, Value v) {
  for (size_t k = 0; k < e.saved.size(); ++k)
    if (e.saved[k] == v) return io[k];
  return 0xdeadbeefdeadbeef;
}

// The state a run of `trace` left, into `out`: the frames of `snapshot` (a failed guard's, or
// the finish values as one frame) with `saved` values, then the world's two Cells as one more
// frame, so that same_frames compares them and what they reach through Cell.next.
std::string resolve(const Trace& trace, Snapshot snapshot, const World& w, const SavedValues& saved,
                    ResumedFrames& out) {
  Trace with_cells = trace;  // (the Cells become constants of a copy)
  snapshot.frames.push_back(
      ResumeFrame{9,
                  9,
                  {with_cells.const_ref(reinterpret_cast<uintptr_t>(w.cell)),
                   with_cells.const_ref(reinterpret_cast<uintptr_t>(w.other))}});
  std::string error;
  if (resume_frames(with_cells, snapshot, saved, out, &error) != ResumeStatus::Ok) return error;
  return "";
}

Snapshot finish_frame(const Trace& t, uint32_t inst) {
  std::span<const Value> args = t.args(t.insts[inst]);
  return Snapshot{{ResumeFrame{0, 0, {args.begin(), args.end()}}}, {}};
}

void assign_raw_refs(ResumedFrames& out) {
  ResumedFrame frame{8, 8, {}};
  for (uint64_t ref : raw_refs()) frame.values.push_back({Type::Ref, ref});
  out.assign({frame});
}

// Runs `compiled` (compiled from `run_trace`) and compares with the interpreter on `reference`:
// the same exit, the same resumed frames or finish values, the same Cells and raw memory.
std::string compare(Backend& backend, weft::gc::Heap& heap, uint64_t seed, const Trace& reference,
                    const Trace& run_trace, const CompiledTrace& compiled, ExitInfo::Kind* kind,
                    PortalCallees& callees) {
  World wi(heap, seed), wc(heap, seed);
  reset_raw_memory(seed);
  // The interpreter's portal calls take the call stub's slow path (the callee's C++ twin);
  // the compiled code's, for most seeds, the compiled callee.
  callees.direct(false);
  InterpResult expected = interpret(reference, wi.inputs);
  if (expected.exit == InterpResult::Exit::Error) return "interpreter error: " + expected.error;
  if (expected.exit != InterpResult::Exit::GuardFailed &&
      expected.exit != InterpResult::Exit::Finish)
    return "unexpected interpreter exit";
  // Resolved now: the frames root the objects the interpreter made while the compiled code runs.
  ResumedFrames want, have, want_ref, have_ref;
  Snapshot snapshot = expected.exit == InterpResult::Exit::Finish
                          ? finish_frame(reference, expected.inst)
                          : reference.snapshots[size_t(reference.insts[expected.inst].snapshot)];
  std::string error = resolve(
      reference, snapshot, wi, [&](Value v) { return expected.values[v.index()]; }, want);
  if (!error.empty()) return "resume (interpreted): " + error;
  std::vector<uint8_t> raw = raw_bytes();
  assign_raw_refs(want_ref);

  reset_raw_memory(seed);
  callees.direct(seed % 4 != 0);
  uint64_t io[Backend::kMaxIoWords];  // on the stack: the collector sees it
  const ExitInfo* e = backend.run(compiled, wc.inputs, io);
  *kind = e->kind;
  if (expected.exit == InterpResult::Exit::Finish && e->kind != ExitInfo::Kind::Finish)
    return "compiled code did not reach the finish";
  if (expected.exit == InterpResult::Exit::GuardFailed && e->kind != ExitInfo::Kind::Guard)
    return "compiled code left through no guard";
  snapshot = e->kind == ExitInfo::Kind::Finish
                 ? finish_frame(run_trace, e->inst)
                 : run_trace.snapshots[size_t(run_trace.insts[e->inst].snapshot)];
  error = resolve(
      run_trace, snapshot, wc, [&](Value v) { return saved_value(*e, io, v); }, have);
  if (!error.empty()) return "resume (compiled): " + error;
  // (After resume, which performs the raw stores the optimizer left pending at the guard.)
  if (raw != raw_bytes()) return "the raw memory or the frames differ after the runs";
  assign_raw_refs(have_ref);
  if (!same_frames(want_ref, have_ref, &error))
    return "the raw reference cell or the frames' references differ: " + error;
  if (!same_frames(want, have, &error))
    return "different states: " + error + "\ninterpreted: " + want.to_string() +
           "\ncompiled: " + have.to_string();
  return "";
}

}  // namespace

DifferentialResult check_compiled_trace(Backend& backend, weft::gc::Heap& heap,
                                        const CellDescrs& descrs, PortalCallees& callees,
                                        uint64_t seed, const OptimizerOptions& options,
                                        const RandomTraceOptions& generator) {
  DifferentialResult result;
  Trace t = random_trace(seed, descrs, generator);
  // Loops are peeled (into a table of this check's own: the names of peeled labels grow) and
  // quasi-immutable fields folded (the report lists them; nothing writes them).
  DescrTable labels;
  OptimizerOptions with_labels = options;
  with_labels.peel_labels = &labels;
  OptimizerReport report;
  Trace o = optimize(t, with_labels, &report);
  std::string error;
  auto describe = [&](std::string problem) {
    std::ostringstream s;
    s << "seed " << seed << ": " << problem << "\ntrace:\n"
      << print_trace(t) << "optimized:\n"
      << print_trace(o);
    return s.str();
  };
  if (!verify(o, &error)) {
    result.problem = describe("the optimized trace does not verify: " + error);
    return result;
  }
  for (const Trace* run : {&t, &o}) {
    CompiledTrace* ct = backend.compile_trace(*run, "fuzz", &error);
    if (!ct) {
      result.problem = describe("compilation failed: " + error);
      return result;
    }
    // Each against its own interpretation: the optimizer may move a trace's exits
    // (strengthened guards); test_fuzz_optimizer.cpp compares the optimizer's output with its
    // input.
    std::string problem = compare(backend, heap, seed, *run, *run, *ct, &result.exit, callees);
    backend.free(ct);
    if (!problem.empty()) {
      result.problem = describe((run == &t ? "as recorded: " : "optimized: ") + problem);
      return result;
    }
  }
  return result;
}

}  // namespace jit_test
