#include "call_policy.h"

#include <llvm/Analysis/CFG.h>
#include <llvm/IR/Instructions.h>

namespace weft::codegen {

namespace {

// Whether `f` has a loop (a back edge in its control flow graph).
bool contains_loop(const llvm::Function& f) {
  llvm::SmallVector<std::pair<const llvm::BasicBlock*, const llvm::BasicBlock*>, 4> back_edges;
  llvm::FindFunctionBackedges(f, back_edges);
  return !back_edges.empty();
}

}  // namespace

// A function with a loop is not traced into unless it is WEFT_UNROLL_SAFE (its loops are short
// or unrolled by constant arguments) or WEFT_LOOK_INSIDE_IF (its predicate decides at each
// call); the roots are always traced.
const char* residual_reason(const llvm::Function& callee, const InterpreterHints& hints,
                            const std::set<std::string>& roots) {
  if (callee.isDeclaration()) return "no body";
  if (hints.has(callee, "dont_look_inside")) return "dont_look_inside";
  if (hints.has(callee, "elidable")) return "elidable";
  if (hints.look_inside_if(callee)) return nullptr;
  if (!roots.count(callee.getName().str()) && !hints.has(callee, "unroll_safe") &&
      contains_loop(callee))
    return "contains a loop; WEFT_UNROLL_SAFE traces into it";
  return nullptr;
}

std::set<const llvm::Function*> traced_functions(const llvm::Module& module,
                                                 const std::vector<std::string>& roots,
                                                 const InterpreterHints& hints) {
  std::set<const llvm::Function*> traced;
  std::set<std::string> names(roots.begin(), roots.end());
  std::vector<const llvm::Function*> work;
  auto add = [&](const llvm::Function* f) {
    if (traced.insert(f).second) work.push_back(f);
  };
  for (const std::string& name : roots)
    if (const llvm::Function* f = module.getFunction(name); f && !f->isDeclaration()) add(f);
  while (!work.empty()) {
    const llvm::Function* f = work.back();
    work.pop_back();
    for (const llvm::BasicBlock& bb : *f)
      for (const llvm::Instruction& inst : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallInst>(&inst))
          if (const llvm::Function* callee = call->getCalledFunction()) {
            if (residual_reason(*callee, hints, names)) continue;
            add(callee);
            if (const llvm::Function* predicate = hints.look_inside_if(*callee)) add(predicate);
          }
  }
  return traced;
}

}  // namespace weft::codegen
