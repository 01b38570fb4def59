// The PHP 8.2 lexer: source text to the token stream php's token_get_all() produces (inline
// HTML, open/close tags, whitespace and comments included), plus the first lexical error php
// would report while parsing (invalid numeric literal, heredoc indentation, unclosed or
// unmatched brackets, unterminated comment, ...).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "weft/php/token.h"

namespace weft::php {

struct LexError {
  bool set = false;
  uint32_t token_index = 0;  // php reports it when the parser reaches this token
  uint32_t line = 0;
  std::string message;  // without the "PHP Parse error:  " prefix and the location
};

struct LexResult {
  std::vector<Token> tokens;  // always ends with one T_END token
  LexError error;
};

// Tokenizes the whole of `src`. Never fails: after a lexical error the tokens go on the way
// token_get_all() would, so the same call serves the token dump and the parser. `src` must
// outlive the result (tokens point into it).
LexResult lex(std::string_view src);

// True for the bytes php allows in identifiers (`[a-zA-Z0-9_\x80-\xff]`).
inline bool is_label_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
inline bool is_label_char(unsigned char c) { return is_label_start(c) || (c >= '0' && c <= '9'); }

}  // namespace weft::php
