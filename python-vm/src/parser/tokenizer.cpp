// Hand-written tokenizer following CPython 3.11's Parser/tokenizer.c behaviour (not its code):
// indentation stack with tabs to multiples of 8, bracket depth for implicit joining, string
// prefixes (r, b, u, f and their combinations), numbers with underscores and imaginary suffix.
#include "weft/python/tokenizer.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace weft::python {

const char* tok_name(Tok t) {
  switch (t) {
    case Tok::EndMarker:
      return "ENDMARKER";
    case Tok::Name:
      return "NAME";
    case Tok::Number:
      return "NUMBER";
    case Tok::String:
      return "STRING";
    case Tok::Newline:
      return "NEWLINE";
    case Tok::Indent:
      return "INDENT";
    case Tok::Dedent:
      return "DEDENT";
    case Tok::Op:
      return "OP";
  }
  return "?";
}

namespace {

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_id_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_id_char(unsigned char c) { return is_id_start(c) || is_digit(c); }

const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "...", "!=="};
const char* const kOps2[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
                             ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
const char kOps1[] = "()[]{}:,;+-*/|&<>=.%~^@";

struct Tokenizer {
  std::string_view src;
  std::vector<Token>& out;
  SyntaxErrorInfo& err;
  size_t pos = 0;
  int line = 1;
  size_t line_start = 0;
  std::vector<int> indents{0};
  // the same indentation with tabs counted as one column: the two stacks must agree, or tabs
  // and spaces are mixed inconsistently (TabError), as in CPython
  std::vector<int> alt_indents{0};
  struct Open {
    char c;
    int line, col;
  };
  std::vector<Open> parens;
  bool at_line_start = true;
  int comment_col = -1;  // where a comment starts on the current line, if any

  Tokenizer(std::string_view s, std::vector<Token>& o, SyntaxErrorInfo& e)
      : src(s), out(o), err(e) {}

  int col() const { return static_cast<int>(pos - line_start); }
  char peek(size_t k = 0) const { return pos + k < src.size() ? src[pos + k] : '\0'; }

  bool fail(const char* kind, std::string msg, int l, int c, int end_c = 0) {
    err.kind = kind;
    err.msg = std::move(msg);
    err.line = l;
    err.col = c;
    err.end_line = l;
    err.end_col = end_c ? end_c : c;
    return false;
  }

  void emit(Tok k, size_t start, int start_line, int start_col) {
    Token t;
    t.kind = k;
    t.text = src.substr(start, pos - start);
    t.line = start_line;
    t.col = start_col;
    t.end_line = line;
    t.end_col = col();
    out.push_back(t);
  }

  void newline_at(size_t p) {
    comment_col = -1;
    line++;
    line_start = p + 1;
  }

  // Handles indentation at the start of a logical line. Returns false on error; sets `skip`
  // when the line is blank or a comment only.
  bool indentation(bool& blank) {
    int width = 0;
    size_t p = pos, alt_start = pos;  // a form feed starts the count again
    while (p < src.size() && (src[p] == ' ' || src[p] == '\t' || src[p] == '\f')) {
      if (src[p] == ' ') {
        width++;
      } else if (src[p] == '\t') {
        width = (width / 8 + 1) * 8;
      } else {
        width = 0;
        alt_start = p + 1;
      }
      p++;
    }
    int alt_width = static_cast<int>(p - alt_start);  // tabs counted as one column
    pos = p;
    char c = peek();
    if (c == '#' || c == '\n' || c == '\r' || c == '\\' || pos >= src.size()) {
      blank = c != '\\';
      if (c == '\\') blank = false;
      if (blank || pos >= src.size()) {
        blank = true;
        return true;
      }
    }
    blank = false;
    auto tab_error = [&]() {
      return fail("TabError", "inconsistent use of tabs and spaces in indentation", line, 0, 0);
    };
    if (width == indents.back() && alt_width != alt_indents.back()) return tab_error();
    if (width > indents.back()) {
      if (alt_width <= alt_indents.back()) return tab_error();
      indents.push_back(width);
      alt_indents.push_back(alt_width);
      Token t;
      t.kind = Tok::Indent;
      t.text = src.substr(line_start, pos - line_start);
      t.line = line;
      t.col = 0;
      t.end_line = line;
      t.end_col = col();
      out.push_back(t);
    } else {
      while (width < indents.back()) {
        indents.pop_back();
        alt_indents.pop_back();
        Token t;
        t.kind = Tok::Dedent;
        t.line = line;
        t.col = col();
        t.end_line = line;
        t.end_col = col();
        out.push_back(t);
      }
      if (width != indents.back()) {
        size_t eol = src.find('\n', pos);
        if (eol == std::string_view::npos) eol = src.size();
        int c = static_cast<int>(eol - line_start) + 1;
        return fail("IndentationError", "unindent does not match any outer indentation level", line,
                    c, c);
      }
      if (alt_width != alt_indents.back()) return tab_error();
    }
    return true;
  }

  bool string(size_t start, int start_col, size_t prefix_len) {
    int start_line = line;
    size_t saved_line_start = line_start;
    char q = peek();
    bool triple = peek(1) == q && peek(2) == q;
    bool raw = false;
    for (size_t i = start; i < start + prefix_len; i++)
      if (src[i] == 'r' || src[i] == 'R') raw = true;
    pos += triple ? 3 : 1;
    for (;;) {
      if (pos >= src.size()) {
        if (!src.empty() && src.back() == '\n') line--;
        if (triple) {
          line_start = saved_line_start;
          return fail("SyntaxError",
                      "unterminated triple-quoted string literal (detected at line " +
                          std::to_string(line) + ")",
                      start_line, start_col + 1);
        }
        return fail("SyntaxError",
                    "unterminated string literal (detected at line " + std::to_string(line) + ")",
                    start_line, start_col + 1);
      }
      char c = src[pos];
      if (c == '\\') {
        if (pos + 1 < src.size() && src[pos + 1] == '\n') newline_at(pos + 1);
        pos += 2;
        (void)raw;
        continue;
      }
      if (c == '\n') {
        if (!triple)
          return fail("SyntaxError",
                      "unterminated string literal (detected at line " + std::to_string(line) + ")",
                      start_line, start_col + 1);
        newline_at(pos);
        pos++;
        continue;
      }
      if (c == q) {
        if (!triple) {
          pos++;
          break;
        }
        if (peek(1) == q && peek(2) == q) {
          pos += 3;
          break;
        }
      }
      pos++;
    }
    Token t;
    t.kind = Tok::String;
    t.text = src.substr(start, pos - start);
    t.line = start_line;
    t.col = start_col;
    t.end_line = line;
    t.end_col = col();
    out.push_back(t);
    return true;
  }

  bool digits(bool (*ok)(unsigned char), const char* kind) {
    // digits with single underscores between them
    for (;;) {
      if (ok(static_cast<unsigned char>(peek()))) {
        pos++;
      } else if (peek() == '_' && ok(static_cast<unsigned char>(peek(1)))) {
        pos++;
      } else if (peek() == '_') {
        pos++;
        return fail("SyntaxError", std::string("invalid ") + kind + " literal", line, col());
      } else {
        return true;
      }
    }
  }

  bool number(size_t start, int start_col) {
    auto dec = [](unsigned char c) { return is_digit(c); };
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                          peek(1) == 'b' || peek(1) == 'B')) {
      char k = static_cast<char>(peek(1) | 0x20);
      pos += 2;
      if (peek() == '_') pos++;
      bool ok;
      if (k == 'x')
        ok = digits(
            [](unsigned char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); },
            "hexadecimal");
      else if (k == 'o')
        ok = digits([](unsigned char c) { return c >= '0' && c <= '7'; }, "octal");
      else
        ok = digits([](unsigned char c) { return c == '0' || c == '1'; }, "binary");
      if (!ok) return false;
      if (is_id_char(static_cast<unsigned char>(peek()))) {
        const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        if (is_digit(static_cast<unsigned char>(peek())))
          return fail("SyntaxError",
                      std::string("invalid digit '") + peek() + "' in " + kind + " literal", line,
                      col() + 1);
        return fail("SyntaxError", std::string("invalid ") + kind + " literal", line, col());
      }
      emit(Tok::Number, start, line, start_col);
      return true;
    }
    if (peek() != '.' && !digits(dec, "decimal")) return false;
    if (peek() == '.') {
      pos++;
      if (is_digit(static_cast<unsigned char>(peek())) && !digits(dec, "decimal")) return false;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (is_digit(static_cast<unsigned char>(peek(1))) ||
         ((peek(1) == '+' || peek(1) == '-') && is_digit(static_cast<unsigned char>(peek(2)))))) {
      pos += 2;
      if (!digits(dec, "decimal")) return false;
    }
    if (peek() == 'j' || peek() == 'J') pos++;
    if (is_id_start(static_cast<unsigned char>(peek())))
      return fail("SyntaxError", "invalid decimal literal", line, col());
    emit(Tok::Number, start, line, start_col);
    return true;
  }

  bool run() {
    // A leading UTF-8 BOM is skipped.
    if (src.size() >= 3 && std::memcmp(src.data(), "\xEF\xBB\xBF", 3) == 0) pos = line_start = 3;
    for (;;) {
      if (at_line_start && parens.empty()) {
        bool blank = false;
        if (!indentation(blank)) return false;
        at_line_start = false;
        if (blank) {
          // skip comment and newline of a blank line
          while (pos < src.size() && src[pos] != '\n') pos++;
          if (pos >= src.size()) break;
          newline_at(pos);
          pos++;
          at_line_start = true;
          continue;
        }
      }
      if (pos >= src.size()) break;
      char c = src[pos];
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        pos++;
        continue;
      }
      if (c == '#') {
        comment_col = col();
        while (pos < src.size() && src[pos] != '\n') pos++;
        continue;
      }
      if (c == '\\') {
        if (peek(1) == '\n') {
          int bs_line = line, after_bs = col() + 2;
          newline_at(pos + 1);
          pos += 2;
          // CPython points just after the backslash
          if (pos >= src.size())
            return fail("SyntaxError", "unexpected EOF while parsing", bs_line, after_bs);
          continue;
        }
        if (peek(1) == '\r' && peek(2) == '\n') {
          newline_at(pos + 2);
          pos += 3;
          continue;
        }
        return fail("SyntaxError", "unexpected character after line continuation character", line,
                    col() + 2);
      }
      if (c == '\n') {
        if (parens.empty()) {
          Token t;
          t.kind = Tok::Newline;
          t.text = src.substr(pos, 1);
          t.line = line;
          // as CPython's, a NEWLINE after a comment spans the comment (error carets)
          t.col = comment_col >= 0 ? comment_col : col();
          t.end_line = line;
          t.end_col = comment_col >= 0 ? col() : col() + 1;
          out.push_back(t);
          at_line_start = true;
        }
        newline_at(pos);
        pos++;
        continue;
      }
      size_t start = pos;
      int start_col = col();
      if (is_id_start(static_cast<unsigned char>(c))) {
        while (pos < src.size() && is_id_char(static_cast<unsigned char>(src[pos]))) pos++;
        // string prefix?
        if (pos < src.size() && (src[pos] == '\'' || src[pos] == '"') && pos - start <= 2) {
          std::string p;
          for (size_t i = start; i < pos; i++) p += static_cast<char>(src[i] | 0x20);
          if (p == "r" || p == "b" || p == "u" || p == "f" || p == "rb" || p == "br" || p == "fr" ||
              p == "rf") {
            if (!string(start, start_col, pos - start)) return false;
            continue;
          }
        }
        emit(Tok::Name, start, line, start_col);
        continue;
      }
      if (is_digit(static_cast<unsigned char>(c)) ||
          (c == '.' && is_digit(static_cast<unsigned char>(peek(1))))) {
        if (!number(start, start_col)) return false;
        continue;
      }
      if (c == '\'' || c == '"') {
        if (!string(start, start_col, 0)) return false;
        continue;
      }
      size_t len = 0;
      for (const char* op : kOps3)
        if (src.substr(pos, 3) == op && std::strcmp(op, "!==") != 0) len = 3;
      if (!len)
        for (const char* op : kOps2)
          if (src.substr(pos, 2) == op) len = 2;
      if (!len && std::strchr(kOps1, c)) len = 1;
      if (!len) {
        if (c == '!') return fail("SyntaxError", "invalid syntax", line, start_col + 1);
        std::string msg = "invalid character '";
        size_t n = 1;
        unsigned char uc = static_cast<unsigned char>(c);
        if (uc >= 0xC0) n = uc >= 0xF0 ? 4 : uc >= 0xE0 ? 3 : 2;
        msg += std::string(src.substr(pos, n));
        msg += "'";
        if (uc < 0x80) msg = "invalid syntax";
        return fail("SyntaxError", msg, line, start_col + 1);
      }
      if (len == 1 && (c == '(' || c == '[' || c == '{')) {
        parens.push_back({c, line, start_col});
      } else if (len == 1 && (c == ')' || c == ']' || c == '}')) {
        if (parens.empty())
          return fail("SyntaxError", std::string("unmatched '") + c + "'", line, start_col + 1);
        char open = parens.back().c;
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want) {
          std::string msg = std::string("closing parenthesis '") + c +
                            "' does not match opening parenthesis '" + open + "'";
          if (parens.back().line != line) msg += " on line " + std::to_string(parens.back().line);
          return fail("SyntaxError", msg, line, start_col + 1);
        }
        parens.pop_back();
      }
      pos += len;
      emit(Tok::Op, start, line, start_col);
    }
    if (!parens.empty()) {
      const Open& o = parens.back();
      return fail("SyntaxError", std::string("'") + o.c + "' was never closed", o.line, o.col + 1);
    }
    // A NEWLINE ends the last logical line even without a trailing newline character.
    if (!out.empty() && out.back().kind != Tok::Newline && out.back().kind != Tok::Dedent) {
      Token t;
      t.kind = Tok::Newline;
      t.line = line;
      t.col = col();
      t.end_line = line;
      t.end_col = col() + 1;
      out.push_back(t);
    }
    if (pos > line_start) {
      newline_at(pos);
    }
    while (indents.size() > 1) {
      indents.pop_back();
      Token t;
      t.kind = Tok::Dedent;
      t.line = line;
      out.push_back(t);
    }
    Token t;
    t.kind = Tok::EndMarker;
    t.line = line;
    out.push_back(t);
    return true;
  }
};

}  // namespace

bool tokenize(std::string_view source, std::vector<Token>& out, SyntaxErrorInfo& err) {
  Tokenizer t(source, out, err);
  return t.run();
}

std::string_view source_line(std::string_view source, int line) {
  size_t p = 0;
  for (int l = 1; l < line; l++) {
    size_t nl = source.find('\n', p);
    if (nl == std::string_view::npos) return "";
    p = nl + 1;
  }
  size_t e = source.find('\n', p);
  if (e == std::string_view::npos) e = source.size();
  std::string_view s = source.substr(p, e - p);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

bool syntax_error_text(const SyntaxErrorInfo& e, std::string_view filename, std::string_view source,
                       std::string& out) {
  out.clear();
  if (!e.text.empty()) {
    out = e.text;
    return true;
  }
  if (e.line <= 0) return false;
  std::string file_text;
  if (e.text_from_file) {
    std::FILE* f = std::fopen(std::string(filename).c_str(), "rb");
    if (!f) return false;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) file_text.append(buf, n);
    std::fclose(f);
    source = file_text;
  }
  size_t start = 0;
  for (int l = 1; l < e.line; l++) {
    start = source.find('\n', start);
    if (start == std::string_view::npos) return !e.text_from_file;
    start++;
  }
  size_t end = source.find('\n', start);
  out = std::string(source.substr(start, end == std::string_view::npos ? end : end - start + 1));
  // CPython's tokenizer ends the last line with a newline when the source does not
  if (end == std::string_view::npos && !e.text_from_file && start < source.size()) out += '\n';
  return true;
}

std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename,
                                std::string_view source) {
  std::string r = "  File \"" + std::string(filename) + "\", line " + std::to_string(e.line) + "\n";
  std::string line_text;
  if (!syntax_error_text(e, filename, source, line_text)) return r + e.kind + ": " + e.msg + "\n";
  std::string_view text = line_text;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  size_t lead = 0;
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t' || text[lead] == '\f'))
    lead++;
  std::string_view stripped = text.substr(lead);  // trailing blanks are kept, as CPython does
  if (!text.empty() || e.line > 0) {
    r += "    ";
    r += stripped;
    r += "\n";
  }
  if (e.col > 0) {
    int start = e.col - 1 - static_cast<int>(lead);
    if (start < 0) start = 0;
    // a range over more lines: carets to the end of the first, as CPython prints it
    int end = e.end_line > e.line                           ? static_cast<int>(stripped.size())
              : (e.end_line == e.line && e.end_col > e.col) ? e.end_col - 1 - static_cast<int>(lead)
                                                            : start + 1;
    int limit = static_cast<int>(stripped.size()) + 1;
    if (end > limit) end = limit;
    if (end <= start) end = start + 1;
    // columns are bytes; display in characters
    auto chars = [&](int bytes) {
      int n = 0;
      for (int i = 0; i < bytes && i < static_cast<int>(stripped.size()); i++)
        if ((static_cast<unsigned char>(stripped[i]) & 0xC0) != 0x80) n++;
      if (bytes > static_cast<int>(stripped.size())) n += bytes - static_cast<int>(stripped.size());
      return n;
    };
    r += "    " + std::string(chars(start), ' ') + std::string(chars(end) - chars(start), '^') +
         "\n";
  }
  r += e.kind + ": " + e.msg + "\n";
  return r;
}

}  // namespace weft::python
