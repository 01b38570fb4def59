// Misuse of a WEFT_VIRTUALIZABLE(Frame, fields...) declaration in traced code, reported at
// build time as "FILE:LINE: error: ... (in FUNCTION)". The JIT keeps a virtualizable frame's
// fields in registers and writes them back only where something else may read them (a guard
// failing, a residual call, the end of a trace: the driver's private frames, hints.h), so the
// traced code must reach the frame through its declared fields only:
//   - a load or store of a field of the frame that the declaration does not list;
//   - the frame pointer stored into memory (read through there, the frame would be stale);
//   - the frame passed to a residual call that traces do not write the frame back before
//     (WEFT_ELIDABLE, WEFT_NO_RAW_ACCESS: it would read stale fields).
// A frame pointer is a value the code accesses a field of through the frame type's TBAA struct
// path (items of an array field have no struct path: they are checked through such a pointer),
// or a parameter of a traced function that a frame pointer (or a pointer into the frame) is
// passed to, followed through any number of calls. Other residual calls may take the frame:
// the optimizer writes the fields back before them and reads them again after. A variable
// whose debug-info type is a pointer to the frame type (the portal's `Frame* frame`) is a frame
// pointer too.
#pragma once

#include <llvm/IR/Function.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "interpreter_hints.h"

namespace weft::codegen {

struct VirtualizableCheck {
  std::vector<std::string> errors;
  // By function with a WEFT_JIT_MERGE_POINT: the positions among its reds of those that point
  // to a declared frame. The jitcodes declare them (`frame NAME K`), and the JIT runtime makes
  // them the driver's private frames (hints.h).
  std::map<std::string, std::vector<unsigned>> frame_reds;
};

VirtualizableCheck check_virtualizables(const std::set<const llvm::Function*>& traced,
                                        const InterpreterHints& hints);

}  // namespace weft::codegen
