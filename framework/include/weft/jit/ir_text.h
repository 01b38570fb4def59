// The trace IR's text format, for logs and for tests written as "input trace -> expected trace".
//
//   [i0, p1]                                   the inputs
//   debug_merge_point(7, 12)
//   i2 = int_add(i0, 1)
//   i3 = int_lt(i2, 100)
//   guard_true(i3) [7@12: i2, p1, v0 / v0 = Node(Node.value=i2, Node.next=null)]
//   p4 = getfield_gc(p1, descr=Node.next)
//   jump(i2, p4, descr=loop)
//
// Values are named by their type's letter (i int, p ref, f float) and instruction number.
// Constants are written as themselves: 7, -1, 2.5, null, ref(0x1000). A guard's snapshot lists
// its frames (jitcode@pc: values), outermost first, then the virtual objects it refers to.
#pragma once

#include <string>
#include <string_view>

#include "weft/jit/ir.h"

namespace weft::jit {

std::string print_trace(const Trace& trace);
std::string print_inst(const Trace& trace, size_t index);
std::string print_value(const Trace& trace, Value value);

// Parses the text format into `out` (which should be empty). Descriptors are looked up by name
// in `descrs`; labels are created there on first use. Value names are free-form but must start
// with their type's letter (i, p, f); blank lines and lines starting with '#' are ignored.
// On error returns false with "line L, column C: what" in `error`.
bool parse_trace(std::string_view text, DescrTable& descrs, Trace& out, std::string* error);

}  // namespace weft::jit
