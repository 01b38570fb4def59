// Misuse of the hint API (hints.h) that would make a wrong or useless JIT, reported at build
// time as "FILE:LINE: error: ... (in FUNCTION)" instead:
//   - a portal with more than one WEFT_JIT_MERGE_POINT (the JIT enters and leaves it at one);
//   - WEFT_CAN_ENTER_JIT / WEFT_PORTAL_ENTRY in a function without a merge point, or with a
//     different number of greens or reds than the merge point (the runtime writes the values
//     back by position);
//   - a WEFT_ELIDABLE function that returns nothing (an elidable call is removed when its
//     arguments are constants, so its side effects would be lost).
// Declarations the codegen itself reads (WEFT_IMMUTABLE_FIELDS or WEFT_VIRTUALIZABLE naming no
// field) are checked where they are read (InterpreterHints), the uses of a virtualizable frame
// in virtualizable_check.h.
#pragma once

#include <llvm/IR/Function.h>
#include <llvm/IR/Module.h>

#include <set>
#include <string>
#include <vector>

#include "interpreter_hints.h"

namespace weft::codegen {

// The errors of the traced functions' marker calls and of the module's hinted functions.
std::vector<std::string> check_hints(const llvm::Module& module,
                                     const std::set<const llvm::Function*>& traced,
                                     const InterpreterHints& hints);

}  // namespace weft::codegen
