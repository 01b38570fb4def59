// One-line tests of a value's layout, shared by the operator, comparison and container protocol
// files (ops.cpp, compare.cpp, container_protocol.cpp).
#pragma once

#include "vm/runtime.h"

namespace weft::python {

inline bool is_float(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Float; }
inline bool is_str(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Str; }
inline bool is_bytes(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Bytes; }
inline bool has_layout(Value v, Layout l) { return v.is_ptr() && v.obj()->type->layout == l; }
inline bool is_user(Value v) { return v.is_ptr() && !v.obj()->type->builtin; }

}  // namespace weft::python
