#include "hint_checks.h"

#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/Instructions.h>

namespace weft::codegen {

namespace {

std::string line_of(const llvm::Instruction& inst) {
  if (const llvm::DebugLoc& loc = inst.getDebugLoc())
    return loc->getFilename().str() + ":" + std::to_string(loc.getLine());
  return "function " + inst.getFunction()->getName().str();
}

std::string line_of(const llvm::Function& f) {
  if (const llvm::DISubprogram* sp = f.getSubprogram())
    return sp->getFilename().str() + ":" + std::to_string(sp->getLine());
  return "function " + f.getName().str();
}

// The hint macro a marker function comes from, or null for other calls.
const char* marker_macro(const llvm::CallInst& call) {
  const llvm::Function* callee = call.getCalledFunction();
  if (!callee) return nullptr;
  llvm::StringRef name = callee->getName();
  if (name == "weft_jit_merge_point") return "WEFT_JIT_MERGE_POINT";
  if (name == "weft_jit_can_enter_jit") return "WEFT_CAN_ENTER_JIT";
  if (name == "weft_jit_portal_entry") return "WEFT_PORTAL_ENTRY";
  return nullptr;
}

// Greens and reds of a marker call: (driver, number of greens, greens..., reds...). False if
// the number of greens is not a constant (reported by the translator).
bool shape(const llvm::CallInst& call, uint64_t& greens, uint64_t& reds) {
  auto* count = llvm::dyn_cast<llvm::ConstantInt>(call.getArgOperand(1));
  if (!count || call.arg_size() < 2 + count->getZExtValue()) return false;
  greens = count->getZExtValue();
  reds = call.arg_size() - 2 - greens;
  return true;
}

void check_markers(const llvm::Function& f, std::vector<std::string>& errors) {
  const llvm::CallInst* merge_point = nullptr;
  std::vector<const llvm::CallInst*> others;
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
      const char* macro = call ? marker_macro(*call) : nullptr;
      if (!macro) continue;
      if (std::string(macro) != "WEFT_JIT_MERGE_POINT") {
        others.push_back(call);
      } else if (!merge_point) {
        merge_point = call;
      } else {
        errors.push_back(line_of(*call) +
                         ": error: a second WEFT_JIT_MERGE_POINT (the first is at " +
                         line_of(*merge_point) +
                         "): a portal has one merge point, where the JIT enters and leaves it "
                         "(in " +
                         f.getName().str() + ")");
      }
    }
  uint64_t greens = 0, reds = 0;
  bool known = merge_point && shape(*merge_point, greens, reds);
  for (const llvm::CallInst* call : others) {
    std::string macro = marker_macro(*call);
    if (!merge_point) {
      errors.push_back(line_of(*call) + ": error: " + macro +
                       " in a function without a WEFT_JIT_MERGE_POINT: it belongs in the "
                       "portal, with the merge point's greens and reds (in " +
                       f.getName().str() + ")");
      continue;
    }
    uint64_t g = 0, r = 0;
    if (!known || !shape(*call, g, r) || (g == greens && r == reds)) continue;
    errors.push_back(line_of(*call) + ": error: " + macro + " passes " + std::to_string(g) +
                     " greens and " + std::to_string(r) + " reds, the WEFT_JIT_MERGE_POINT at " +
                     line_of(*merge_point) + " passes " + std::to_string(greens) + " and " +
                     std::to_string(reds) +
                     ": the JIT writes them back by position, so they must be the same "
                     "variables (in " +
                     f.getName().str() + ")");
  }
}

}  // namespace

std::vector<std::string> check_hints(const llvm::Module& module,
                                     const std::set<const llvm::Function*>& traced,
                                     const InterpreterHints& hints) {
  std::vector<std::string> errors;
  for (const llvm::Function* f : traced) check_markers(*f, errors);
  for (const llvm::Function& f : module)
    if (hints.has(f, "elidable") && f.getReturnType()->isVoidTy())
      errors.push_back(line_of(f) + ": error: WEFT_ELIDABLE on a function that returns nothing: " +
                       "a trace drops an elidable call whose arguments are constants, and its " +
                       "effects with it (use WEFT_DONT_LOOK_INSIDE) (in " + f.getName().str() +
                       ")");
  return errors;
}

}  // namespace weft::codegen
