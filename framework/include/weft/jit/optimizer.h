// The trace optimizer. optimize() rewrites a verified trace into a new, equivalent one; each
// part can be switched off (tests, and bisecting a miscompilation).
//
// So far: constant folding (with the interpreter's own semantics, ir_eval.h), algebraic
// simplification from a rule table, CSE of pure operations, removal of guards that always pass
// and use of the constants guard_value establishes, a heap cache (load forwarding, store-to-load
// forwarding; stores invalidate what may alias, calls what their effect info says they write;
// objects allocated in the trace alias nothing older until they escape, and start zeroed), and
// removal of unused pure operations, loads and allocations. Facts do not cross a label: label
// arguments change every iteration.
// Integer ranges (from constants, masks, arithmetic, comparisons and the guards on them) decide
// comparisons and turn overflow-checked ops that cannot overflow into plain ones.
// Virtuals (allocation removal): allocations that have not escaped are kept as their field
// values (opt/virtuals.h); guards describe them in their snapshots, and resume() materializes
// them if the guard fails.
// To come (issue 3): known bits, lazy/dead stores, loop peeling, quasi-immutables.
#pragma once

#include <span>

#include "weft/jit/ir.h"

namespace weft::jit {

struct OptimizerOptions {
  bool fold = true;    // constant folding and algebraic simplification
  bool cse = true;     // reuse the result of an identical earlier pure operation
  bool guards = true;  // drop guards that always pass; guard_value makes its operand constant
  bool heap = true;    // forward loads from earlier loads and stores
  bool bounds = true;  // integer ranges: decide comparisons, drop overflow checks that can't fail
  bool dce = true;     // drop pure operations, loads and allocations nobody uses
  // Allocation removal: objects and small constant-length arrays that do not escape are kept
  // as their field values; materialized where they escape; described in guard snapshots.
  bool virtuals = true;
};

// The parts of OptimizerOptions by name, as set_param("enable_opts", "fold:cse:...") names them.
struct OptimizerPass {
  const char* name;
  bool OptimizerOptions::*flag;
};
std::span<const OptimizerPass> optimizer_passes();

Trace optimize(const Trace& trace, const OptimizerOptions& options = {});

}  // namespace weft::jit
