// Parser core: the significant-token view of the lexer's output, error reporting in php's
// words, literals (numbers, strings, interpolation, heredoc) and the entry point.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "parser_internal.h"

namespace weft::php {

Parser::Parser(std::string_view src, Arena& arena, const ParseOptions& options)
    : src_(src), arena_(arena), options_(options), lexed_(lex(src)) {
  std::vector<Token>& toks = lexed_.tokens;
  int halt_left = -1;
  for (uint32_t i = 0; i < toks.size(); i++) {
    Token& t = toks[i];
    switch (t.kind) {
      case T_WHITESPACE:
      case T_COMMENT:
      case T_DOC_COMMENT:
      case T_OPEN_TAG:
        continue;
      case T_CLOSE_TAG:
        t.kind = static_cast<Tok>(';');
        break;
      case T_OPEN_TAG_WITH_ECHO:
        t.kind = T_ECHO;
        break;
      default:
        break;
    }
    if (halt_left == 0) {
      // After `__halt_compiler();` the rest of the file is data, not tokens.
      sig_.push_back(static_cast<uint32_t>(toks.size() - 1));
      break;
    }
    sig_.push_back(i);
    if (halt_left > 0) {
      halt_left--;
      if (halt_left == 0) halt_offset_ = t.off + t.len;
    }
    if (t.kind == T_HALT_COMPILER) halt_left = 3;
  }
}

const Token& Parser::peek(size_t k) {
  size_t i = pos_ + k;
  if (i >= sig_.size()) i = sig_.size() - 1;
  uint32_t raw = sig_[i];
  // php reports a lexical error when the parser asks for the token that caused it.
  if (lexed_.error.set && raw >= lexed_.error.token_index && k == 0) {
    ParseError e;
    e.message = lexed_.error.message;
    e.line = lexed_.error.line;
    throw ParseFailure{e};
  }
  return lexed_.tokens[raw];
}

Token Parser::next() {
  Token t = peek();
  if (pos_ + 1 < sig_.size()) pos_++;
  return t;
}

// After a parenthesized condition php's grammar has no single expected token to name.
void Parser::close_paren() {
  if (kind() != ')') unexpected();
  next();
}

bool Parser::accept(Tok k) {
  if (kind() != k) return false;
  next();
  return true;
}

Token Parser::expect(Tok k) {
  if (kind() != k) unexpected({k});
  return next();
}

void Parser::unexpected(std::initializer_list<Tok> expecting) {
  const Token& t = peek();
  ParseError e;
  // php reports the line the lexer is on, i.e. where the unexpected token ends.
  e.line = t.line;
  std::string_view s = text(t);
  if (s.substr(0, 2) == "?>") s = {};  // a closing tag's newline is not counted yet
  for (size_t i = 0; i < s.size(); i++)
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) e.line++;
  e.message = "syntax error, unexpected " + token_error_desc(t.kind, text(t));
  bool first = true;
  for (Tok k : expecting) {
    e.message += first ? ", expecting " : " or ";
    e.message += token_expected_desc(k);
    first = false;
  }
  throw ParseFailure{e};
}

void Parser::fatal(const std::string& message, uint32_t line) {
  ParseError e;
  e.severity = ParseError::Severity::Fatal;
  e.message = message;
  e.line = line;
  throw ParseFailure{e};
}

Parser::Nest::Nest(Parser& parser) : p(parser) {
  if (++p.depth_ > p.options_.max_depth) {
    p.depth_ = 0;  // the failure unwinds every guard
    p.fatal("Maximum nesting level of " + std::to_string(p.options_.max_depth) +
                " reached while parsing",
            p.peek().line);
  }
}

std::string_view Parser::doc_before(size_t sig_index) const {
  if (sig_index >= sig_.size()) return {};
  for (size_t i = sig_[sig_index]; i-- > 0;) {
    const Token& t = lexed_.tokens[i];
    if (t.kind == T_DOC_COMMENT) return src_.substr(t.off, t.len);
    if (t.kind != T_WHITESPACE && t.kind != T_COMMENT) return {};
  }
  return {};
}

// --- literals ---

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

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

}  // namespace

Node* Parser::number(const Token& t) {
  std::string digits;
  for (char c : text(t))
    if (c != '_') digits += c;
  int base = 10;
  size_t start = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char c = static_cast<char>(digits[1] | 0x20);
    if (c == 'x' || c == 'b' || c == 'o') {
      base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
      start = 2;
    } else if (t.kind == T_LNUMBER || digits.find_first_of(".eE") == std::string::npos) {
      base = 8;
      start = 1;
    }
  }
  if (t.kind == T_DNUMBER && base == 10) {
    Node* n = node(Kind::Float, t);
    n->dval = std::strtod(digits.c_str(), nullptr);
    return n;
  }
  // Integers, or integers too big for int64 (which php turns into floats).
  uint64_t v = 0;
  double d = 0;
  for (size_t i = start; i < digits.size(); i++) {
    int dv = digit_value(digits[i]);
    if (dv >= base) dv = 0;
    v = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(dv);
    d = d * base + dv;
  }
  if (t.kind == T_DNUMBER) {
    Node* n = node(Kind::Float, t);
    n->dval = base == 10 ? std::strtod(digits.c_str(), nullptr) : d;
    return n;
  }
  Node* n = node(Kind::Int, t);
  n->ival = static_cast<int64_t>(v);
  return n;
}

std::string Parser::decode_escapes(std::string_view raw, char quote, uint32_t line) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); i++) {
    char c = raw[i];
    if (c != '\\' || i + 1 >= raw.size()) {
      out += c;
      continue;
    }
    char e = raw[i + 1];
    switch (e) {
      case 'n':
        out += '\n';
        i++;
        continue;
      case 't':
        out += '\t';
        i++;
        continue;
      case 'r':
        out += '\r';
        i++;
        continue;
      case 'v':
        out += '\v';
        i++;
        continue;
      case 'e':
        out += '\x1b';
        i++;
        continue;
      case 'f':
        out += '\f';
        i++;
        continue;
      case '\\':
        out += '\\';
        i++;
        continue;
      case '$':
        out += '$';
        i++;
        continue;
      default:
        break;
    }
    if (e == quote && quote != 0) {
      out += e;
      i++;
      continue;
    }
    if (e >= '0' && e <= '7') {
      unsigned v = 0;
      size_t j = i + 1;
      for (int n = 0; n < 3 && j < raw.size() && raw[j] >= '0' && raw[j] <= '7'; n++, j++)
        v = v * 8 + static_cast<unsigned>(raw[j] - '0');
      out += static_cast<char>(v & 0xFF);
      i = j - 1;
      continue;
    }
    if (e == 'x' && i + 2 < raw.size() && digit_value(raw[i + 2]) < 16) {
      unsigned v = static_cast<unsigned>(digit_value(raw[i + 2]));
      size_t j = i + 3;
      if (j < raw.size() && digit_value(raw[j]) < 16) v = v * 16 + digit_value(raw[j++]);
      out += static_cast<char>(v);
      i = j - 1;
      continue;
    }
    if (e == 'u' && i + 2 < raw.size() && raw[i + 2] == '{') {
      size_t j = i + 3;
      uint64_t cp = 0;
      size_t ndig = 0;
      while (j < raw.size() && digit_value(raw[j]) < 16) {
        cp = cp * 16 + static_cast<uint64_t>(digit_value(raw[j++]));
        if (cp > 0x10FFFF) cp = 0x110000;  // keeps it bounded; reported below
        ndig++;
      }
      if (j >= raw.size() || raw[j] != '}' || ndig == 0) {
        ParseError err;
        err.message = "Invalid UTF-8 codepoint escape sequence";
        err.line = line;
        throw ParseFailure{err};
      }
      if (cp > 0x10FFFF) {
        ParseError err;
        err.message = "Invalid UTF-8 codepoint escape sequence: Codepoint too large";
        err.line = line;
        throw ParseFailure{err};
      }
      append_utf8(out, static_cast<uint32_t>(cp));
      i = j;
      continue;
    }
    out += c;  // unknown escapes stay as written
  }
  return out;
}

Node* Parser::quoted_string(const Token& t) {
  std::string_view s = text(t);
  if (s[0] == 'b' || s[0] == 'B') s.remove_prefix(1);
  Node* n = node(Kind::Str, t);
  std::string_view inner = s.substr(1, s.size() - 2);
  if (s[0] == '\'') {
    std::string out;
    for (size_t i = 0; i < inner.size(); i++) {
      if (inner[i] == '\\' && i + 1 < inner.size() &&
          (inner[i + 1] == '\\' || inner[i + 1] == '\''))
        i++;
      out += inner[i];
    }
    n->str = out == inner ? inner : arena_.copy(out);
  } else {
    std::string out = decode_escapes(inner, '"', t.line);
    n->str = out == inner ? inner : arena_.copy(out);
  }
  return n;
}

// One `$name`, `$name[...]`, `$name->prop`, `{$expr}` or `${...}` inside a string.
Node* Parser::interpolation_var() {
  Nest guard(*this);
  Token t = next();
  if (t.kind == T_VARIABLE) {
    Node* var = node(Kind::Var, t);
    var->str = text(t).substr(1);
    if (kind() == '[') {
      next();
      Node* index = nullptr;
      Token k = peek();
      if (k.kind == T_STRING) {
        next();
        index = node(Kind::Str, k);
        index->str = text(k);
      } else if (k.kind == T_VARIABLE) {
        next();
        index = node(Kind::Var, k);
        index->str = text(k).substr(1);
      } else if (k.kind == T_NUM_STRING || k.kind == '-') {
        bool neg = k.kind == '-';
        if (neg) next();
        Token num = expect(T_NUM_STRING);
        std::string s = (neg ? "-" : "") + std::string(text(num));
        // Canonical decimal integers become int keys, anything else stays a string.
        bool canonical =
            (text(num) == "0" && !neg) || (text(num)[0] != '0' && s.size() < 20 &&
                                           s.find_first_not_of("-0123456789") == std::string::npos);
        if (canonical) {
          errno = 0;
          long long v = std::strtoll(s.c_str(), nullptr, 10);
          canonical = errno == 0;
          index = node(Kind::Int, k);
          index->ival = v;
        }
        if (!canonical) {
          index = node(Kind::Str, k);
          index->str = arena_.copy(s);
        }
      } else {
        unexpected({static_cast<Tok>('-'), T_STRING, T_VARIABLE, T_NUM_STRING});
      }
      expect(static_cast<Tok>(']'));
      return node(Kind::Dim, t, {var, index});
    }
    if (kind() == T_OBJECT_OPERATOR || kind() == T_NULLSAFE_OBJECT_OPERATOR) {
      Kind k = kind() == T_OBJECT_OPERATOR ? Kind::Prop : Kind::NullsafeProp;
      next();
      Token name = expect(T_STRING);
      Node* id = node(Kind::Ident, name);
      id->str = text(name);
      return node(k, t, {var, id});
    }
    return var;
  }
  if (t.kind == T_CURLY_OPEN) {
    bool is_var = false, derefable = false;
    Node* base = primary(is_var, derefable);
    Node* e = postfix(base, is_var, derefable, true);
    if (!is_var) unexpected();
    if (kind() != '}') {
      if (e->kind == Kind::Var)
        unexpected({T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, static_cast<Tok>('{'),
                    static_cast<Tok>('[')});
      unexpected({static_cast<Tok>('}')});
    }
    next();
    return e;
  }
  // T_DOLLAR_OPEN_CURLY_BRACES
  if (kind() == T_STRING_VARNAME) {
    Token name = next();
    Node* var = node(Kind::Var, name);
    var->str = text(name);
    var->flags |= DollarBrace;
    if (accept(static_cast<Tok>('['))) {
      Node* index = expr();
      expect(static_cast<Tok>(']'));
      expect(static_cast<Tok>('}'));
      return node(Kind::Dim, t, {var, index});
    }
    expect(static_cast<Tok>('}'));
    return var;
  }
  Node* name = expr();
  expect(static_cast<Tok>('}'));
  return node(Kind::VarVar, t, {name});
}

Node* Parser::interpolated(const Token& open) {
  Tok close = open.kind == '`' ? static_cast<Tok>('`') : static_cast<Tok>('"');
  std::vector<Node*> parts;
  while (kind() != close) {
    Token t = peek();
    if (t.kind == T_ENCAPSED_AND_WHITESPACE) {
      next();
      Node* s = node(Kind::Str, t);
      s->str = arena_.copy(decode_escapes(text(t), static_cast<char>(close), t.line));
      parts.push_back(s);
    } else if (t.kind == T_VARIABLE || t.kind == T_CURLY_OPEN ||
               t.kind == T_DOLLAR_OPEN_CURLY_BRACES) {
      parts.push_back(interpolation_var());
    } else if (parts.size() == 1 && parts[0]->kind == Kind::Str) {
      // Only after a leading literal does php's grammar insist on a variable.
      unexpected({T_VARIABLE, T_DOLLAR_OPEN_CURLY_BRACES, T_CURLY_OPEN});
    } else {
      unexpected();
    }
  }
  next();
  return list(open.kind == '`' ? Kind::ShellExec : Kind::InterpString, open, parts);
}

Node* Parser::heredoc(const Token& open) {
  bool nowdoc = text(open).find('\'') != std::string_view::npos;
  struct Part {
    Node* node;
    Token tok;
  };
  std::vector<Part> parts;
  while (kind() != T_END_HEREDOC) {
    Token t = peek();
    if (t.kind == T_ENCAPSED_AND_WHITESPACE) {
      next();
      parts.push_back({nullptr, t});
    } else if (!nowdoc && (t.kind == T_VARIABLE || t.kind == T_CURLY_OPEN ||
                           t.kind == T_DOLLAR_OPEN_CURLY_BRACES)) {
      parts.push_back({interpolation_var(), t});
    } else if (parts.size() == 1 && !parts[0].node) {
      unexpected({T_VARIABLE, T_END_HEREDOC, T_DOLLAR_OPEN_CURLY_BRACES, T_CURLY_OPEN});
    } else {
      unexpected();
    }
  }
  Token end = next();
  size_t indent = 0;
  std::string_view end_text = text(end);
  while (indent < end_text.size() && (end_text[indent] == ' ' || end_text[indent] == '\t'))
    indent++;
  std::vector<Node*> nodes;
  for (size_t p = 0; p < parts.size(); p++) {
    if (parts[p].node) {
      nodes.push_back(parts[p].node);
      continue;
    }
    std::string_view raw = text(parts[p].tok);
    // Remove the closing marker's indentation at each line start and the final newline.
    std::string body;
    bool at_line_start = p == 0;
    for (size_t i = 0; i < raw.size();) {
      if (at_line_start) {
        size_t k = 0;
        while (k < indent && i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) i++, k++;
        at_line_start = false;
        continue;
      }
      char c = raw[i++];
      body += c;
      if (c == '\n' || (c == '\r' && (i >= raw.size() || raw[i] != '\n'))) at_line_start = true;
    }
    if (p + 1 == parts.size()) {
      if (!body.empty() && body.back() == '\n') body.pop_back();
      if (!body.empty() && body.back() == '\r') body.pop_back();
    }
    Node* s = node(Kind::Str, parts[p].tok);
    s->str = arena_.copy(nowdoc ? body : decode_escapes(body, 0, parts[p].tok.line));
    if (!s->str.empty()) nodes.push_back(s);
  }
  bool all_literal = true;
  for (Node* n : nodes) all_literal = all_literal && n->kind == Kind::Str;
  if (all_literal) {
    std::string joined;
    for (Node* n : nodes) joined += n->str;
    Node* s = node(Kind::Str, open);
    s->str = arena_.copy(joined);
    return s;
  }
  return list(Kind::InterpString, open, nodes);
}

Node* Parser::parse_file() { return statements(true, {T_END}); }

ParseResult parse(std::string_view src, Arena& arena, const ParseOptions& options) {
  ParseResult r;
  Parser p(src, arena, options);
  try {
    r.root = p.parse_file();
  } catch (ParseFailure& f) {
    r.error = f.error;
    r.root = nullptr;
  }
  return r;
}

}  // namespace weft::php
