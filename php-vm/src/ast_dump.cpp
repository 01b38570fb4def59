#include <cstdio>
#include <string>

#include "weft/php/ast.h"
#include "weft/php/token.h"

namespace weft::php {

namespace {

void quote(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

// Operator-carrying kinds print their token instead of a number.
bool flags_are_token(Kind k) {
  return k == Kind::Unary || k == Kind::Binary || k == Kind::AssignOp || k == Kind::Cast ||
         k == Kind::Include;
}

void dump(std::string& out, const Node* n, int depth) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  if (!n) {
    out += "-\n";
    return;
  }
  out += kind_name(n->kind);
  uint32_t flags = n->flags & ~Parenthesized;
  if (flags_are_token(n->kind)) {
    out += ' ';
    out += token_name(static_cast<Tok>(flags));
  } else if (flags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, " flags=0x%x", flags);
    out += buf;
  }
  if (n->flags & Parenthesized) out += " (paren)";
  if (n->kind == Kind::Int || n->kind == Kind::HaltCompiler) out += " " + std::to_string(n->ival);
  if (n->kind == Kind::Float) {
    char buf[40];
    std::snprintf(buf, sizeof buf, " %.17g", n->dval);
    out += buf;
  }
  if (!n->str.empty() || n->kind == Kind::Str) {
    out += ' ';
    quote(out, n->str);
  }
  if (!n->doc.empty()) {
    out += " doc=";
    quote(out, n->doc);
  }
  out += " @" + std::to_string(n->line) + ":" + std::to_string(n->col) + "\n";
  for (uint32_t i = 0; i < n->count; i++) dump(out, n->kids[i], depth + 1);
}

}  // namespace

std::string dump_ast(const Node* root) {
  std::string out;
  dump(out, root, 0);
  return out;
}

}  // namespace weft::php
