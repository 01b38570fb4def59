// The trace IR verifier: checks the invariants every pass may rely on and must preserve.
#pragma once

#include <string>

#include "weft/jit/ir.h"

namespace weft::jit {

// True if the trace is well formed; otherwise false, with the first problem in `error` as
// "instruction N `text`: what is wrong". Checked: inputs first; operands defined before use
// (SSA) and of the types the op table and the descriptor require; descriptor kinds; every guard
// has a snapshot whose values and virtual objects are valid; overflow ops are followed by
// guard_no_overflow or guard_overflow; guard_value compares with a constant; labels take
// distinct values; a jump to a label of this trace passes values of the label's types; the
// trace ends with jump or finish, and nothing follows them.
bool verify(const Trace& trace, std::string* error);

}  // namespace weft::jit
