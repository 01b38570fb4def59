// Recursive-descent parser for the Python 3.11 grammar (hand-written, following the structure of
// CPython's Grammar/python.gram). Reports the first error with CPython's message and position.
// Contract: on success fills `mod` with nodes allocated in `arena`; source must outlive the
// call only (strings are copied into the AST).
#pragma once

#include <string_view>

#include "weft/python/ast.h"
#include "weft/python/syntax_error.h"

namespace weft::python {

bool parse_module(std::string_view source, AstArena& arena, Module& mod, SyntaxErrorInfo& err);

}  // namespace weft::python
