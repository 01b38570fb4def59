// SyntaxError / IndentationError raised by the tokenizer, parser or symbol-table pass.
// Contract: `line` is 1-based; `col`/`end_col` are 1-based byte offsets into that line as in
// CPython's SyntaxError.offset/end_offset (0 means "no caret"). format() renders the message
// exactly as CPython 3.11 prints an uncaught one (without the "Traceback" header, which CPython
// does not print for syntax errors found at compile time).
#pragma once

#include <string>
#include <string_view>

namespace weft::python {

struct SyntaxErrorInfo {
  std::string kind = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
};

// Renders the error like CPython: '  File "name", line N' / source line / carets / 'Kind: msg'.
std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename,
                                std::string_view source);

// The text of 1-based line `line` of `source` (without its newline), or "".
std::string_view source_line(std::string_view source, int line);

}  // namespace weft::python
