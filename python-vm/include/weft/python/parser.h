// Recursive-descent parser for the Python 3.11 grammar (hand-written, following the structure of
// CPython's Grammar/python.gram). Reports the first error with CPython's message and position.
// Contract: on success fills `mod` with nodes allocated in `arena`; source must outlive the
// call only (strings are copied into the AST).
#pragma once

#include <cstdint>
#include <string_view>

#include "weft/python/ast.h"
#include "weft/python/syntax_error.h"

namespace weft::python {

bool parse_module(std::string_view source, AstArena& arena, Module& mod, SyntaxErrorInfo& err);

// Decimal int literals with more digits than this are a SyntaxError, as in CPython (the limit
// is sys.get_int_max_str_digits(), 4300 by default; 0: none).
void set_int_literal_digit_limit(int64_t digits);

}  // namespace weft::python
