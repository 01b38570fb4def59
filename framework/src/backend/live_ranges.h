// What the register allocator needs to know before it starts: where each value is last used,
// which values a loop keeps alive, what each guard exit saves, and which labels can be entered
// from other traces.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "weft/jit/backend.h"
#include "weft/jit/ir.h"

namespace weft::jit::backend {

// Reused from one trace to the next (compute() refills it; its vectors keep their memory).
struct LiveRanges {
  // Fills the ranges of `trace`, whose exits (guards and finishes in order, then OutOfMemory)
  // are `exits`, with their saved values: they must outlive the result.
  void compute(const Trace& trace, const std::vector<ExitInfo>& exits);

  // For each instruction, the index of the last instruction that reads its value (itself if
  // none). A value read inside a loop (label .. jump back to it) that was defined before the
  // label lives until the jump: the next iteration reads it again.
  std::vector<uint32_t> last_use;
  // The instruction values each guard's snapshot refers to, once each in order of first
  // reference (frames, then virtual objects): its exit's `saved`; empty for other
  // instructions.
  std::vector<std::span<const Value>> saved;
  // For label `l`: the values defined before it and read after it.
  std::span<const uint32_t> live_at_label(uint32_t l) const;
  // The label the trace's final jump goes back to, or -1.
  int32_t loop_label = -1;
  // An `int_add(x, c)` read only as the address of raw field loads and stores and saved by
  // guards' exits, with no label between it and them, is not computed: they address
  // `[x + c + field offset]`, exits compute it from x (Loc::RegPlus, SlotPlus), and x lives as
  // long as they need it (a frame's slots, without a register each for their addresses, and not
  // spilled across calls). For each instruction: x's index if it is such an addition, else -1;
  // and c.
  std::vector<int32_t> address_base;
  std::vector<int32_t> address_offset;

 private:
  void find_address_additions(const Trace& trace);

  // live_at_label(): the labels' values, one run each in label order.
  struct LabelRun {
    uint32_t label, begin, end;
  };
  std::vector<LabelRun> label_runs_;
  std::vector<uint32_t> label_values_;
  std::vector<bool> other_use_;       // find_address_additions()
  std::vector<bool> label_argument_;  // by instruction: an argument of the loop's label
};

// The instruction values of snapshots, each once, in order of first reference: for the
// snapshots of one trace, with a table by instruction index of what the current snapshot has
// named so far (no hash set per snapshot).
class SnapshotValues {
 public:
  // Starts the snapshots of `trace` (the table is reused from one trace to the next).
  void start(const Trace& trace);
  std::vector<Value> of(const Snapshot& snapshot);

 private:
  std::vector<uint32_t> seen_;  // == mark_: named by the current snapshot
  uint32_t mark_ = 0;
  std::vector<Value> found_;  // reused: the result is allocated once, at its size
};

}  // namespace weft::jit::backend
