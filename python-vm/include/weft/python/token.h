// Tokens of Python 3.11 source, as the tokenizer produces them.
// Contract: token text views point into the source buffer, which must outlive the tokens.
// Keywords are NAME tokens (the parser decides); f-strings are single STRING tokens, as in
// CPython 3.11 (the parser splits them into their parts).
#pragma once

#include <string>
#include <string_view>

namespace weft::python {

enum class Tok { EndMarker, Name, Number, String, Newline, Indent, Dedent, Op };

const char* tok_name(Tok t);

struct Token {
  Tok kind = Tok::EndMarker;
  std::string_view text;
  int line = 0, col = 0;          // 1-based line, 0-based byte column (as CPython)
  int end_line = 0, end_col = 0;  // exclusive end

  bool is_op(std::string_view s) const { return kind == Tok::Op && text == s; }
  bool is_kw(std::string_view s) const { return kind == Tok::Name && text == s; }
};

}  // namespace weft::python
