// Guard strengthening: of three or more guards between two labels that bound the same integer
// (x + c compared with constants), the first stays and one guard right after it checks the
// rest of the intersection of their ranges (lo <= x <= hi as one unsigned comparison); the
// others go. A guard that fails only sends execution back to the interpreter at its snapshot,
// which then redoes what lies between, so failing earlier is always correct. The added guard
// resumes at the first's snapshot with the first's condition as it passed.
// The gain: a chain of bounds checks (an interpreter's `if (--pos < 0)` at every step of a
// pointer walk) becomes two compares, and the values only the dropped guards' snapshots kept
// alive die. Two guards stay as they are: moving one up would not make fewer.
#pragma once

#include "weft/jit/ir.h"

namespace weft::jit::opt {

// Strengthens and merges the range guards of `trace` (renumbering it; the comparisons the
// dropped guards used stay for remove_dead). Returns false, leaving the trace as it was, when
// there is nothing to merge (the common case, and the pass copies the trace otherwise).
// Needs each guard_true/guard_false snapshot's condition_slots (see Snapshot).
bool strengthen_guards(Trace& trace);

}  // namespace weft::jit::opt
