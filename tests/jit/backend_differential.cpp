#include "backend_differential.h"

#include <bit>
#include <sstream>

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
              reinterpret_cast<uintptr_t>(other)};
  }
};

bool same_cell(const Cell* x, const Cell* y) {
  return x->a == y->a && x->b == y->b &&
         std::bit_cast<uint64_t>(x->f) == std::bit_cast<uint64_t>(y->f);
}
bool same_cells(const World& a, const World& b) {
  return same_cell(a.cell, b.cell) && same_cell(a.other, b.other);
}

// Where `v` was saved by exit `e`, in `io`.
uint64_t saved_value(const ExitInfo& e, const uint64_t* io, Value v) {
  for (size_t k = 0; k < e.saved.size(); ++k)
    if (e.saved[k] == v) return io[k];
  return 0xdeadbeefdeadbeef;
}

// Runs `compiled` (compiled from `run_trace`) and compares with the interpreter on `reference`.
std::string compare(Backend& backend, weft::gc::Heap& heap, uint64_t seed, const Trace& reference,
                    const Trace& run_trace, const CompiledTrace& compiled, ExitInfo::Kind* kind) {
  World wi(heap, seed), wc(heap, seed);
  InterpResult expected = interpret(reference, wi.inputs);
  if (expected.exit == InterpResult::Exit::Error) return "interpreter error: " + expected.error;
  uint64_t io[Backend::kMaxIoWords];  // on the stack: the collector sees it
  const ExitInfo* e = backend.run(compiled, wc.inputs, io);
  *kind = e->kind;
  if (!same_cells(wi, wc)) return "the Cells differ after the runs";
  if (expected.exit == InterpResult::Exit::Finish) {
    if (e->kind != ExitInfo::Kind::Finish) return "compiled code did not reach the finish";
    for (size_t k = 0; k < expected.args.size(); ++k)
      if (io[k] != expected.args[k]) return "finish value " + std::to_string(k) + " differs";
    return "";
  }
  if (expected.exit != InterpResult::Exit::GuardFailed) return "unexpected interpreter exit";
  if (e->kind != ExitInfo::Kind::Guard) return "compiled code left through no guard";
  ResumedFrames want, have;
  std::string error;
  if (resume_frames(reference, expected, want, &error) != ResumeStatus::Ok)
    return "resume (interpreted): " + error;
  const Snapshot& snapshot = run_trace.snapshots[size_t(run_trace.insts[e->inst].snapshot)];
  auto saved = [&](Value v) { return saved_value(*e, io, v); };
  if (resume_frames(run_trace, snapshot, saved, have, &error) != ResumeStatus::Ok)
    return "resume (compiled): " + error;
  if (!same_frames(want, have, &error))
    return "resumed frames differ: " + error + "\ninterpreted: " + want.to_string() +
           "\ncompiled: " + have.to_string();
  return "";
}

}  // namespace

DifferentialResult check_compiled_trace(Backend& backend, weft::gc::Heap& heap,
                                        const CellDescrs& descrs, uint64_t seed,
                                        const OptimizerOptions& options) {
  DifferentialResult result;
  Trace t = random_trace(seed, descrs);
  Trace o = optimize(t, options);
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
    std::string problem = compare(backend, heap, seed, t, *run, *ct, &result.exit);
    backend.free(ct);
    if (!problem.empty()) {
      result.problem = describe((run == &t ? "as recorded: " : "optimized: ") + problem);
      return result;
    }
  }
  return result;
}

}  // namespace jit_test
