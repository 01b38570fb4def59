// The portal rule (docs/meta-tracing.md §2): every value live across a jit_merge_point must be
// one of its greens or reds, because the JIT enters and leaves the portal there with nothing
// else. A value the interpreter keeps in a local variable across the loop head (a pointer
// hoisted out of the loop, a counter the author forgot to declare) would silently be garbage in
// traces; the codegen reports it at build time instead -- except for values it can recompute.
#pragma once

#include <llvm/IR/Function.h>

#include <map>
#include <string>
#include <vector>

namespace weft::codegen {

// What the codegen does at each merge point of a function.
struct MergePointPlan {
  // Per merge point call: values live across it that clang computed before the loop from the
  // merge point's own arguments and constants only (addresses of a green object's fields,
  // casts, arithmetic). They are not declared, but recomputing them right after the merge
  // point gives the same values, so the jitcode does that (in definition order).
  std::map<const llvm::Instruction*, std::vector<const llvm::Instruction*>> recompute;
  // One "FILE:LINE: error: ..." message per other undeclared value live across a merge point.
  std::vector<std::string> errors;
};

MergePointPlan plan_merge_points(const llvm::Function& f);

}  // namespace weft::codegen
