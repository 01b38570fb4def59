// Tokenizer for Python 3.11 source: produces the whole token list at once, with INDENT/DEDENT,
// implicit line joining inside brackets, backslash continuation and CPython's error messages
// ("unterminated string literal (detected at line N)", "'(' was never closed", "unindent does
// not match any outer indentation level", ...).
// Contract: returns false and fills `err` on the first error; `out` then holds the tokens seen
// so far. Token texts view into `source`.
#pragma once

#include <string_view>
#include <vector>

#include "weft/python/syntax_error.h"
#include "weft/python/token.h"

namespace weft::python {

bool tokenize(std::string_view source, std::vector<Token>& out, SyntaxErrorInfo& err);

}  // namespace weft::python
