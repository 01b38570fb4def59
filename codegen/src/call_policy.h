// Which calls the jitcodes trace into and which they make (residual calls), as in RPython: the
// roots (the portal) and functions with a body are traced, unless they are WEFT_DONT_LOOK_INSIDE
// or WEFT_ELIDABLE, or have a loop and are not WEFT_UNROLL_SAFE (tracing a long loop inside a
// call would unroll it into the trace). A WEFT_LOOK_INSIDE_IF function is both: each call runs
// its predicate and then the traced body or the residual call.
#pragma once

#include <llvm/IR/Function.h>
#include <llvm/IR/Module.h>

#include <set>
#include <string>
#include <vector>

#include "interpreter_hints.h"

namespace weft::codegen {

// Why a call of `callee` is residual (executed natively, not traced), or null if it is traced.
const char* residual_reason(const llvm::Function& callee, const InterpreterHints& hints,
                            const std::set<std::string>& roots);

// The functions the jitcodes are made of: the roots and what they call, except functions
// without a body and those the hints keep residual.
std::set<const llvm::Function*> traced_functions(const llvm::Module& module,
                                                 const std::vector<std::string>& roots,
                                                 const InterpreterHints& hints);

}  // namespace weft::codegen
