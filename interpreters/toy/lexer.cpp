#include "lexer.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace toy {

bool lex(std::string_view s, std::vector<Token>& out, std::string* error) {
  int line = 1;
  size_t i = 0;
  auto fail = [&](const std::string& what) {
    *error = std::to_string(line) + ": " + what;
    return false;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == '\n') {
      ++line;
      ++i;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (c == '#') {  // comment to the end of the line
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    Token t;
    t.line = line;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      size_t start = i;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      bool is_float =
          i + 1 < s.size() && s[i] == '.' && std::isdigit(static_cast<unsigned char>(s[i + 1]));
      if (is_float) {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      }
      std::string text(s.substr(start, i - start));
      t.text = text;
      if (is_float) {
        t.kind = Tok::Float;
        t.float_value = std::strtod(text.c_str(), nullptr);
      } else {
        t.kind = Tok::Int;
        errno = 0;
        t.int_value = std::strtoll(text.c_str(), nullptr, 10);
        if (errno) return fail("integer literal too large: " + text);
      }
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t start = i;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
      t.kind = Tok::Name;
      t.text = std::string(s.substr(start, i - start));
    } else if (c == '"') {
      t.kind = Tok::Str;
      for (++i;; ++i) {
        if (i >= s.size() || s[i] == '\n') return fail("unterminated string");
        if (s[i] == '"') break;
        if (s[i] == '\\' && i + 1 < s.size()) {
          char e = s[++i];
          t.text += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
          t.text += s[i];
        }
      }
      ++i;
    } else {
      static const char* const kTwo[] = {"==", "!=", "<=", ">="};
      t.kind = Tok::Punct;
      for (const char* two : kTwo)
        if (s.substr(i, 2) == two) t.text = two;
      if (t.text.empty()) {
        if (std::string_view("+-*/%<>=(){},;.:!").find(c) == std::string_view::npos)
          return fail(std::string("unexpected character '") + c + "'");
        t.text = std::string(1, c);
      }
      i += t.text.size();
    }
    out.push_back(std::move(t));
  }
  Token end;
  end.line = line;
  out.push_back(end);
  return true;
}

}  // namespace toy
