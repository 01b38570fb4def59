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
  // The line to show when it is not the source's: an f-string's expression, which CPython 3.11
  // reports as the text it parsed, "(expr)", with columns into that text.
  std::string text;
  // Found by the symbol table or the compiler: CPython then reads the line from the file named
  // by the error (none when there is no such file, as for "<string>"), not from the source.
  bool text_from_file = false;
};

// A warning the parser or compiler found (CPython issues it through warnings.warn_explicit with
// the file and line). Turned into an error by the warnings filters, it becomes `as_error`, a
// SyntaxError with the warning's message at the construct's position.
struct CompileWarning {
  std::string category;  // "SyntaxWarning" or "DeprecationWarning"
  SyntaxErrorInfo as_error;
};

// Renders the error like CPython: '  File "name", line N' / source line / carets / 'Kind: msg'.
std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename,
                                std::string_view source);

// The text of 1-based line `line` of `source` (without its newline), or "".
std::string_view source_line(std::string_view source, int line);

// The text of line `line` of `e` as CPython shows it (with its newline, "" at the end of the
// source): from `source`, or from the file `filename` when e.text_from_file. False when there
// is none (the file cannot be read or is shorter).
bool syntax_error_text(const SyntaxErrorInfo& e, std::string_view filename, std::string_view source,
                       std::string& out);

}  // namespace weft::python
