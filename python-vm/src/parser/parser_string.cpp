// Literals: numbers, string/bytes literals with escapes and implicit concatenation, f-strings
// (split into literal parts and formatted values; the expressions are parsed by a sub-parser).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "char_names.h"
#include "parser_internal.h"
#include "weft/python/parser.h"
#include "weft/python/tokenizer.h"

namespace weft::python {

namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CPython decodes a literal's body after writing each non-ASCII character as a 10-character
// \UXXXXXXXX escape; its error messages count positions in that text.
size_t escaped_position(std::string_view body, size_t i) {
  size_t pos = i;
  for (size_t k = 0; k < i; k++) {
    auto c = static_cast<unsigned char>(body[k]);
    if (c >= 0xC0)
      pos += 9;
    else if (c >= 0x80)
      pos--;
  }
  return pos;
}

// Decodes backslash escapes of a (non-raw) literal body. Returns false with `bad` set to
// CPython's message on an invalid \x / \u / \U / \N escape. `invalid` gets CPython's
// DeprecationWarning for the first unknown escape (kept as written) or octal escape above \377.
bool unescape(std::string_view body, bool is_bytes, std::string& out, std::string& bad,
              std::string& invalid) {
  // "(unicode error) ... in position 3-7: reason" for the escape body[first..last]
  auto unicode_error = [&](size_t first, size_t last, const char* reason) {
    bad = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
          std::to_string(escaped_position(body, first)) + "-" +
          std::to_string(escaped_position(body, last)) + ": " + reason;
    return false;
  };
  auto unknown = [&](std::string_view seq, bool octal) {
    if (invalid.empty())
      invalid =
          std::string(octal ? "invalid octal escape sequence '\\" : "invalid escape sequence '\\") +
          std::string(seq) + "'";
  };
  for (size_t i = 0; i < body.size(); i++) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
             k++)
          v = v * 8 + static_cast<uint32_t>(body[++i] - '0');
        if (v > 0377) unknown(body.substr(i - 2, 3), true);
        if (is_bytes)
          out += static_cast<char>(v & 0xFF);
        else
          append_utf8(out, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (is_bytes && e != 'x') {
          unknown(body.substr(i, 1), false);
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        size_t first = i - 1;
        uint32_t v = 0;
        for (int k = 0; k < n; k++) {
          if (i + 1 >= body.size() || hexval(body[i + 1]) < 0) {
            if (is_bytes) {
              bad = "(value error) invalid \\x escape at position " + std::to_string(first);
              return false;
            }
            return unicode_error(first, i,
                                 e == 'x'   ? "truncated \\xXX escape"
                                 : e == 'u' ? "truncated \\uXXXX escape"
                                            : "truncated \\UXXXXXXXX escape");
          }
          v = v * 16 + static_cast<uint32_t>(hexval(body[++i]));
        }
        if (is_bytes)
          out += static_cast<char>(v);
        else if (v > 0x10FFFF)
          return unicode_error(first, i, "illegal Unicode character");
        else
          append_utf8(out, v);
        break;
      }
      case 'N': {
        if (is_bytes) {
          unknown(body.substr(i, 1), false);
          out += "\\N";
          break;
        }
        // \N{NAME}: a character's name or alias (case does not matter)
        size_t first = i - 1;
        if (i + 1 >= body.size() || body[i + 1] != '{')
          return unicode_error(first, i, "malformed \\N character escape");
        size_t close = body.find('}', i + 2);
        if (close == std::string_view::npos)
          return unicode_error(first, body.size() - 1, "malformed \\N character escape");
        if (close == i + 2)
          return unicode_error(first, close - 1, "malformed \\N character escape");
        uint32_t cp = 0;
        if (!char_from_name(body.substr(i + 2, close - i - 2), &cp))
          return unicode_error(first, close, "unknown Unicode character name");
        append_utf8(out, cp);
        i = close;
        break;
      }
      default:
        unknown(body.substr(i, 1), false);
        out += '\\';
        out += e;
    }
  }
  return true;
}

void shift_positions(Expr* e, int line_delta, int col_delta_first_line) {
  if (!e) return;
  auto fix = [&](int& line, int& col) {
    if (line == 1) col += col_delta_first_line;
    line += line_delta;
  };
  fix(e->pos.line, e->pos.col);
  fix(e->pos.end_line, e->pos.end_col);
  shift_positions(e->a, line_delta, col_delta_first_line);
  shift_positions(e->b, line_delta, col_delta_first_line);
  shift_positions(e->c, line_delta, col_delta_first_line);
  for (Expr* x : e->elts) shift_positions(x, line_delta, col_delta_first_line);
  for (Expr* x : e->vals) shift_positions(x, line_delta, col_delta_first_line);
  for (Keyword& k : e->kws) shift_positions(k.value, line_delta, col_delta_first_line);
  for (Comprehension& c : e->gens) {
    shift_positions(c.target, line_delta, col_delta_first_line);
    shift_positions(c.iter, line_delta, col_delta_first_line);
    for (Expr* x : c.ifs) shift_positions(x, line_delta, col_delta_first_line);
  }
}

}  // namespace

namespace {
int64_t g_int_literal_digit_limit = 4300;
}  // namespace

void set_int_literal_digit_limit(int64_t digits) { g_int_literal_digit_limit = digits; }

Expr* Parser::number(const Token& t) {
  std::string s;
  for (char c : t.text)
    if (c != '_') s += c;
  Expr* e = arena.expr(EK::Const);
  e->pos = tok_pos(t);
  char last = s.back();
  if (last == 'j' || last == 'J') {
    e->ck = ConstKind::Complex;
    s.pop_back();
    e->f = std::strtod(s.c_str(), nullptr);
    return e;
  }
  bool is_float = false;
  if (s.size() > 1 && s[0] == '0' &&
      (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
    e->ck = ConstKind::Int;
    char k = static_cast<char>(s[1] | 0x20);
    e->op = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    e->s = s.substr(2);
    return e;
  }
  for (char c : s)
    if (c == '.' || c == 'e' || c == 'E') is_float = true;
  if (is_float) {
    e->ck = ConstKind::Float;
    e->f = std::strtod(s.c_str(), nullptr);
    return e;
  }
  if (s.size() > 1 && s[0] == '0') {
    for (char c : s)
      if (c != '0') {
        error_at(t,
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                 "for octal integers");
        return nullptr;
      }
  }
  if (g_int_literal_digit_limit > 0 && static_cast<int64_t>(s.size()) > g_int_literal_digit_limit) {
    error_at(t, "Exceeds the limit (" + std::to_string(g_int_literal_digit_limit) +
                    " digits) for integer string conversion: value has " +
                    std::to_string(s.size()) +
                    " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                    "hexadecimal for huge integer literals to avoid decimal conversion limits.");
    return nullptr;
  }
  e->ck = ConstKind::Int;
  e->op = 10;
  e->s = s;
  return e;
}

bool Parser::decode_string(const Token& t, std::string& out, bool& is_bytes, bool& is_f,
                           std::string& raw_body, bool& raw) {
  std::string_view text = t.text;
  size_t i = 0;
  is_bytes = is_f = raw = false;
  while (text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(text[i] | 0x20);
    if (c == 'b') is_bytes = true;
    if (c == 'f') is_f = true;
    if (c == 'r') raw = true;
    i++;
  }
  char q = text[i];
  size_t qn = (text.size() - i >= 6 && text[i + 1] == q && text[i + 2] == q) ? 3 : 1;
  std::string_view body = text.substr(i + qn, text.size() - i - 2 * qn);
  raw_body = std::string(body);
  if (is_f) return true;
  if (is_bytes)
    for (char c : body)
      if (static_cast<unsigned char>(c) >= 0x80)
        return error_at(t, "bytes can only contain ASCII literal characters");
  if (raw) {
    out += body;
    return true;
  }
  std::string bad, invalid;
  if (!unescape(body, is_bytes, out, bad, invalid)) return literal_error(bad);
  if (!invalid.empty()) warn_at(t, invalid);
  return true;
}

bool Parser::literal_error(const std::string& msg) {
  // CPython reports a literal's decoding error at the token after the (concatenated) strings
  while (at(Tok::String)) next();
  return error_at(cur(), msg);
}

bool Parser::fstring(const Token& t, std::string_view body, bool raw, std::vector<Expr*>& parts) {
  std::string lit;
  auto flush = [&]() {
    if (lit.empty()) return true;
    Expr* c = arena.expr(EK::Const);
    c->ck = ConstKind::Str;
    c->pos = tok_pos(t);
    std::string decoded, bad, invalid;
    if (raw) {
      decoded = lit;
    } else {
      if (!unescape(lit, false, decoded, bad, invalid)) return literal_error(bad);
      if (!invalid.empty()) warn_at(t, invalid);
    }
    c->s = decoded;
    parts.push_back(c);
    lit.clear();
    return true;
  };
  // Offset of the body inside the token, for expression positions.
  size_t body_off = t.text.find(body.empty() ? std::string_view("") : body);
  if (body_off == std::string_view::npos) body_off = 0;
  for (size_t i = 0; i < body.size(); i++) {
    char c = body[i];
    if (c == '}') {
      if (i + 1 < body.size() && body[i + 1] == '}') {
        lit += '}';
        i++;
        continue;
      }
      return error_at(t, "f-string: single '}' is not allowed");
    }
    if (c != '{') {
      lit += c;
      if (c == '\\' && !raw && i + 1 < body.size()) {
        lit += body[++i];
        // \N{NAME} is an escape, not an expression (unescape reports a missing '}')
        if (body[i] == 'N' && i + 1 < body.size() && body[i + 1] == '{') {
          size_t close = body.find('}', i + 1);
          size_t end = close == std::string_view::npos ? body.size() : close + 1;
          lit += body.substr(i + 1, end - i - 1);
          i = end - 1;
        }
      }
      continue;
    }
    if (i + 1 < body.size() && body[i + 1] == '{') {
      lit += '{';
      i++;
      continue;
    }
    // Expression: up to '}', '!' (not '!='), ':' or '=' (debug) at depth 0.
    size_t start = i + 1, j = start;
    int depth = 0;
    char quote = 0;
    for (; j < body.size(); j++) {
      char d = body[j];
      if (quote) {
        if (d == quote) quote = 0;
        continue;
      }
      if (d == '\'' || d == '"') {
        quote = d;
        continue;
      }
      if (d == '(' || d == '[' || d == '{')
        depth++;
      else if ((d == ')' || d == ']' || d == '}') && depth > 0)
        depth--;
      else if (depth == 0) {
        if (d == '}' || d == ':') break;
        if (d == '!' && j + 1 < body.size() && body[j + 1] != '=') break;
        if (d == '=' && j + 1 < body.size() && body[j + 1] != '=' && j > start &&
            body[j - 1] != '=' && body[j - 1] != '!' && body[j - 1] != '<' && body[j - 1] != '>') {
          size_t k = j + 1;
          while (k < body.size() && body[k] == ' ') k++;
          if (k < body.size() && (body[k] == '}' || body[k] == '!' || body[k] == ':')) break;
        }
      }
    }
    if (j >= body.size()) return error_at(t, "f-string: expecting '}'");
    std::string_view expr_text = body.substr(start, j - start);
    bool blank = true;
    for (char d : expr_text)
      if (d != ' ' && d != '\t' && d != '\n') blank = false;
    if (blank) return error_at(t, "f-string: empty expression not allowed");
    bool debug = false;
    if (body[j] == '=') {
      debug = true;
      j++;
      while (j < body.size() && body[j] == ' ') j++;
      lit += std::string(body.substr(start, j - start));
    }
    if (!flush()) return false;
    // Parse the expression with a sub-parser over "(expr)".
    std::string sub = "(" + std::string(expr_text) + ")";
    Parser sp(sub, arena, err);
    SyntaxErrorInfo tok_err;
    if (!tokenize(sub, sp.toks, tok_err)) return error_at(t, "f-string: " + tok_err.msg);
    Expr* value = sp.star_expressions();
    if (!value || !sp.at(Tok::Newline)) {
      if (!sp.failed) sp.syntax_error();
      failed = true;
      // CPython 3.11 shows the text it parsed, "(expr)", with columns into it, on the line
      // where the expression starts plus the error's line in it
      err.msg = "f-string: " + err.msg;
      std::string_view before = t.text.substr(0, std::min(t.text.size(), body_off + start));
      int sub_line = err.line;
      err.text = std::string(source_line(sub, sub_line)) + "\n";
      err.line =
          t.line + static_cast<int>(std::count(before.begin(), before.end(), '\n')) + sub_line - 1;
      err.end_line = err.line + (err.end_line - sub_line);
      return false;
    }
    // the sub-parser's "(" stands for the "{": its line and column in the source (a triple-
    // quoted string may have lines before it)
    std::string_view to_brace = t.text.substr(0, std::min(t.text.size(), body_off + start - 1));
    size_t last_nl = to_brace.rfind('\n');
    int line_delta =
        t.line - 1 + static_cast<int>(std::count(to_brace.begin(), to_brace.end(), '\n'));
    int col_delta = last_nl == std::string_view::npos
                        ? static_cast<int>(t.col + to_brace.size())
                        : static_cast<int>(to_brace.size() - last_nl - 1);
    shift_positions(value, line_delta, col_delta);
    Expr* fv = arena.expr(EK::Formatted);
    fv->pos = tok_pos(t);
    fv->a = value;
    fv->conversion = debug ? 'r' : 0;
    if (j < body.size() && body[j] == '!') {
      if (j + 1 >= body.size() || (body[j + 1] != 's' && body[j + 1] != 'r' && body[j + 1] != 'a'))
        return error_at(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      fv->conversion = body[j + 1];
      j += 2;
    }
    if (j < body.size() && body[j] == ':') {
      if (debug && fv->conversion == 'r' && body[j - 1] != 'r') fv->conversion = 0;
      size_t k = j + 1;
      int d = 0;
      for (; k < body.size(); k++) {
        if (body[k] == '{')
          d++;
        else if (body[k] == '}') {
          if (d == 0) break;
          d--;
        }
      }
      if (k >= body.size()) return error_at(t, "f-string: expecting '}'");
      Expr* spec = arena.expr(EK::JoinedStr);
      spec->pos = tok_pos(t);
      if (!fstring(t, body.substr(j + 1, k - j - 1), raw, spec->elts)) return false;
      fv->c = spec;
      j = k;
    }
    if (j >= body.size() || body[j] != '}') return error_at(t, "f-string: expecting '}'");
    parts.push_back(fv);
    i = j;
  }
  if (!flush()) return false;
  return true;
}

Expr* Parser::strings() {
  const Token& first = cur();
  Pos start = tok_pos(first);
  std::vector<Expr*> parts;
  std::string acc;
  bool any_f = false, any_bytes = false, any_str = false;
  while (at(Tok::String)) {
    const Token& t = cur();
    std::string out, raw_body;
    bool is_bytes, is_f, raw;
    if (!decode_string(t, out, is_bytes, is_f, raw_body, raw)) return nullptr;
    if (is_bytes)
      any_bytes = true;
    else
      any_str = true;
    if (any_bytes && any_str) {  // CPython reports it at the token after the strings
      while (at(Tok::String)) next();
      return error_at(cur(), "cannot mix bytes and nonbytes literals"), nullptr;
    }
    if (is_f) {
      any_f = true;
      std::vector<Expr*> fparts;
      if (!fstring(t, raw_body, raw, fparts)) return nullptr;
      for (Expr* x : fparts) parts.push_back(x);
    } else {
      Expr* c = arena.expr(EK::Const);
      c->ck = is_bytes ? ConstKind::Bytes : ConstKind::Str;
      c->s = out;
      c->pos = tok_pos(t);
      parts.push_back(c);
    }
    next();
  }
  Pos whole = prev_end_span(start);
  if (!any_f) {
    Expr* c = arena.expr(EK::Const);
    c->ck = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    for (Expr* x : parts) c->s += x->s;
    c->pos = whole;
    return c;
  }
  // Merge adjacent constant parts.
  Expr* j = arena.expr(EK::JoinedStr);
  j->pos = whole;
  for (Expr* x : parts) {
    if (x->kind == EK::Const && !j->elts.empty() && j->elts.back()->kind == EK::Const) {
      Expr* m = arena.expr(EK::Const);
      m->ck = ConstKind::Str;
      m->s = j->elts.back()->s + x->s;
      j->elts.back() = m;
    } else if (!(x->kind == EK::Const && x->s.empty())) {
      j->elts.push_back(x);
    }
  }
  return j;
}

}  // namespace weft::python
