// The trace optimizer. optimize() rewrites a verified trace into a new, equivalent one; each
// part can be switched off (tests, and bisecting a miscompilation).
//
// So far: constant folding (with the interpreter's own semantics, ir_eval.h), algebraic
// simplification from a rule table, CSE of pure operations, removal of guards that always pass
// and use of the constants guard_value establishes, a heap cache (load forwarding, store-to-load
// forwarding; stores invalidate what may alias, calls what their effect info says they write;
// objects allocated in the trace alias nothing older until they escape, and start zeroed), and
// removal of unused pure operations, loads and allocations. Facts about label arguments do
// not cross a label: they change every iteration.
// Integer ranges (from constants, masks, arithmetic, comparisons and the guards on them) decide
// comparisons and turn overflow-checked ops that cannot overflow into plain ones.
// Virtuals (allocation removal): allocations that have not escaped are kept as their field
// values (opt/virtuals.h); guards describe them in their snapshots, and resume() materializes
// them if the guard fails.
// Lazy and dead stores, implied guards, elidable calls, quasi-immutable fields, known bits and
// loop peeling: see the options below. Facts about values a label does not redefine (computed
// once, before it) hold after it. docs/optimizer.md describes every part.
#pragma once

#include <span>
#include <string>
#include <vector>

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
  // Stores are delayed until something may read them (a load that may alias, a call, a guard,
  // the end of the trace); a store overwritten before that is dropped. Needs `heap`.
  bool lazy_stores = true;
  // Guards that earlier ones imply: known classes (guard_class, allocations), non-null values,
  // repeated guard_true/guard_false on the same value.
  bool implied_guards = true;
  // Elidable calls: folded by calling the function at optimization time when all operands are
  // constants and the effect info says it can neither raise nor collect; repeated ones shared.
  bool elidable = true;
  // Quasi-immutable fields of constant objects read as constants, checked by one
  // guard_not_invalidated (until a call that may write such a field); only when optimize() is
  // given an OptimizerReport to list them in.
  bool quasi_immutable = true;
  // Known bits of integers (in the bounds part): masks and bit tests folded.
  bool known_bits = true;
  // Loop peeling: a loop trace's first iteration is peeled off as a preamble, and the loop,
  // on a new label created in `peel_labels`, keeps only what varies between iterations:
  // invariant pure operations, guards and loads of fields the loop does not write run once, in
  // the preamble (a field the loop rewrites is passed to the next iteration in an extra label
  // argument; opt/loop_heap.cpp). Other traces still jump to the original label (the
  // preamble). Needs `peel_labels`.
  bool peel = true;
  DescrTable* peel_labels = nullptr;
  // Of the guards between two labels that bound the same integer (x + c against constants),
  // the first checks all their ranges at once and the others go (opt/guard_strengthening.h).
  // A trace may then leave earlier than before, at the first guard's snapshot.
  bool strengthen = true;
};

// The parts of OptimizerOptions by name, as set_param("enable_opts", "fold:cse:...") names them.
struct OptimizerPass {
  const char* name;
  bool OptimizerOptions::*flag;
};
std::span<const OptimizerPass> optimizer_passes();
// The default options with the parts named in `disabled` switched off (unknown names ignored).
OptimizerOptions optimizer_options_without(std::span<const std::string> disabled);

// What the optimizer assumed, for the caller to register.
struct OptimizerReport {
  // Quasi-immutable fields read as constants: the trace is valid only while `field` of
  // `object` keeps the value it had (register with QuasiImmutableDeps::depend, and make the
  // field notify on writes).
  struct QuasiImmutableDep {
    const void* object;
    const FieldDescr* field;
    bool operator==(const QuasiImmutableDep&) const = default;
  };
  std::vector<QuasiImmutableDep> quasi_immutable_deps;
  // How many times the optimizer went over the trace: a peeled loop whose carried heap facts
  // turned out planned wrong (opt/loop_heap.cpp) is optimized again.
  int runs = 0;
};

Trace optimize(const Trace& trace, const OptimizerOptions& options = {},
               OptimizerReport* report = nullptr);

}  // namespace weft::jit
