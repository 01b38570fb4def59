// The tokens of the toy language (README.md), produced all at once from the source.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace toy {

enum class Tok : uint8_t { Int, Float, Str, Name, Punct, End };

struct Token {
  Tok kind = Tok::End;
  std::string text;  // names, punctuation and keywords; the decoded contents of strings
  int64_t int_value = 0;
  double float_value = 0;
  int line = 1;
};

// Splits `source` into tokens (the last one is End); on error returns false with
// "LINE: message".
bool lex(std::string_view source, std::vector<Token>& out, std::string* error);

}  // namespace toy
