// Statements: simple statements, compound statements, blocks, def/class, imports.
#include <algorithm>
#include <unordered_set>

#include "parser_internal.h"
#include "weft/python/parser.h"
#include "weft/python/tokenizer.h"

namespace weft::python {

const char* binop_symbol(int op) {
  static const char* const names[] = {"+", "&",  "//", "<<", "@", "*", "%",
                                      "|", "**", ">>", "-",  "/", "^"};
  return op >= 0 && op < kBinOpCount ? names[op] : "?";
}

bool Parser::is_keyword(std::string_view s) {
  static const std::unordered_set<std::string_view> kws = {
      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
      "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  return kws.count(s) != 0;
}

bool Parser::error_at(const Token& t, const std::string& msg, const char* kind) {
  if (failed) return false;
  failed = true;
  err.kind = kind;
  err.msg = msg;
  err.line = t.line + line_offset;
  err.col = t.col + 1 + (t.line == 1 ? col_offset : 0);
  err.end_line = t.end_line + line_offset;
  err.end_col = t.end_col + 1 + (t.end_line == 1 ? col_offset : 0);
  if (msg.rfind("f-string", 0) == 0) {
    err.col = err.end_col;  // CPython 3.11 points after the string
    err.end_col = err.col + 1;
  }
  if (std::string_view(kind) == "IndentationError" && msg == "unexpected indent") err.col = 0;
  if (t.kind == Tok::Dedent) err.col = 0;  // CPython shows no caret at a dedent
  if ((t.kind == Tok::Newline && t.end_col <= t.col + 1) || t.kind == Tok::EndMarker ||
      t.kind == Tok::Dedent || t.kind == Tok::Indent ||
      std::string_view(kind) == "IndentationError" || msg.rfind("leading zeros", 0) == 0) {
    err.end_line = err.line;
    err.end_col = err.col + 1;
  }
  return false;
}

bool Parser::error_range(Pos pos, const std::string& msg, const char* kind) {
  if (failed) return false;
  failed = true;
  err.kind = kind;
  err.msg = msg;
  err.line = pos.line + line_offset;
  err.col = pos.col + 1 + (pos.line == 1 ? col_offset : 0);
  err.end_line = pos.end_line + line_offset;
  err.end_col = pos.end_col + 1 + (pos.end_line == 1 ? col_offset : 0);
  return false;
}

void Parser::warn_at(const Token& t, const std::string& msg) {
  if (!warnings) return;
  CompileWarning w;
  w.category = "DeprecationWarning";
  w.as_error.msg = msg;
  w.as_error.line = t.line + line_offset;
  w.as_error.col = t.col + 1 + (t.line == 1 ? col_offset : 0);
  w.as_error.end_line = t.end_line + line_offset;
  w.as_error.end_col = t.end_col + 1 + (t.end_line == 1 ? col_offset : 0);
  warnings->push_back(std::move(w));
}

bool Parser::expect_op(std::string_view s) {
  if (accept_op(s)) return true;
  if (s == ":") return error_at(cur(), "expected ':'");
  return syntax_error();
}

void Parser::at_end_names_last_line() {
  if ((cur().kind == Tok::Dedent || cur().kind == Tok::EndMarker) && line_offset == 0) {
    int last = static_cast<int>(std::count(src.begin(), src.end(), '\n'));
    if (!src.empty() && src.back() != '\n') last++;
    if (err.line > last) {
      err.line = err.end_line = last;
      err.col = 0;
      err.end_col = 1;
    }
  }
}

bool Parser::expect_colon() {
  if (accept_op(":")) return true;
  return at(Tok::Newline) ? error_at(cur(), "expected ':'") : syntax_error();
}

bool Parser::statements(std::vector<Stmt*>& out) {
  while (!at(Tok::Dedent) && !at(Tok::EndMarker)) {
    if (!statement(out)) return false;
  }
  return true;
}

bool Parser::statement(std::vector<Stmt*>& out) {
  if (at(Tok::Indent)) return error_at(cur(), "unexpected indent", "IndentationError");
  const Token& t = cur();
  bool compound = t.kind == Tok::Name &&
                  (t.text == "if" || t.text == "while" || t.text == "for" || t.text == "try" ||
                   t.text == "with" || t.text == "def" || t.text == "class" ||
                   (t.text == "async" && (peek_tok().is_kw("def") || peek_tok().is_kw("for") ||
                                          peek_tok().is_kw("with"))));
  if (t.kind == Tok::Name && t.text == "match" && !peek_tok().is_op("=") &&
      !peek_tok().is_op(".") && peek_tok().kind != Tok::Newline) {
    Stmt* m = match_stmt();
    if (m) {
      out.push_back(m);
      return true;
    }
    if (failed) return false;
  }
  if (compound || t.is_op("@")) {
    Stmt* s = compound_stmt();
    if (!s) return false;
    out.push_back(s);
    return true;
  }
  return simple_stmts(out);
}

bool Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    Stmt* s = simple_stmt();
    if (!s) return false;
    out.push_back(s);
    if (accept_op(";")) {
      if (at(Tok::Newline)) break;
      continue;
    }
    break;
  }
  if (!at(Tok::Newline)) return syntax_error();
  next();
  return true;
}

bool Parser::block(std::vector<Stmt*>& out, const std::string& what, int line) {
  if (at(Tok::Newline)) {
    next();
    if (!at(Tok::Indent)) {
      error_at(cur(),
               "expected an indented block after " + what + " on line " + std::to_string(line),
               "IndentationError");
      at_end_names_last_line();
      return false;
    }
    next();
    if (!statements(out)) return false;
    if (at(Tok::Dedent)) next();
    return true;
  }
  return simple_stmts(out);
}

Stmt* Parser::compound_stmt() {
  const Token& t = cur();
  Pos start = tok_pos(t);
  if (t.is_op("@")) {
    std::vector<Expr*> decorators;
    while (accept_op("@")) {
      Expr* d = named_expression();
      if (!d) return nullptr;
      decorators.push_back(d);
      if (!at(Tok::Newline)) return syntax_error(), nullptr;
      next();
    }
    Pos s2 = tok_pos(cur());
    if (accept_kw("def")) return funcdef(decorators, false, s2);
    if (at_kw("async") && peek_tok().is_kw("def")) {
      next();
      next();
      return funcdef(decorators, true, s2);
    }
    if (accept_kw("class")) return classdef(decorators, s2);
    return syntax_error(), nullptr;
  }
  if (t.is_kw("if")) return if_stmt(false);
  if (t.is_kw("while")) return while_stmt();
  if (t.is_kw("for")) {
    next();
    return for_stmt(false, start);
  }
  if (t.is_kw("try")) return try_stmt();
  if (t.is_kw("with")) {
    next();
    return with_stmt(false, start);
  }
  if (t.is_kw("def")) {
    next();
    return funcdef({}, false, start);
  }
  if (t.is_kw("class")) {
    next();
    return classdef({}, start);
  }
  if (t.is_kw("async")) {
    next();
    if (accept_kw("def")) return funcdef({}, true, start);
    if (accept_kw("for")) {
      Stmt* s = for_stmt(true, start);
      return s && desugar ? desugar_async_for(s) : s;
    }
    if (accept_kw("with")) {
      Stmt* s = with_stmt(true, start);
      return s && desugar ? desugar_async_with(s, 0) : s;
    }
  }
  return syntax_error(), nullptr;
}

Stmt* Parser::if_stmt(bool elif) {
  Pos start = tok_pos(cur());
  int line = cur().line;
  next();
  Stmt* s = arena.stmt(SK::If);
  s->pos = start;
  s->value = named_expression();
  if (!s->value) return nullptr;
  if (!expect_colon()) return nullptr;
  if (!block(s->body, elif ? "'elif' statement" : "'if' statement", line)) return nullptr;
  if (at_kw("elif")) {
    Stmt* e = if_stmt(true);
    if (!e) return nullptr;
    s->orelse.push_back(e);
  } else if (at_kw("else")) {
    int eline = cur().line;
    next();
    if (!expect_op(":")) return nullptr;
    if (!block(s->orelse, "'else' statement", eline)) return nullptr;
  }
  s->pos = prev_end_span(start);
  return s;
}

Stmt* Parser::while_stmt() {
  Pos start = tok_pos(cur());
  int line = cur().line;
  next();
  Stmt* s = arena.stmt(SK::While);
  s->value = named_expression();
  if (!s->value) return nullptr;
  if (!expect_colon()) return nullptr;
  if (!block(s->body, "'while' statement", line)) return nullptr;
  if (at_kw("else")) {
    int eline = cur().line;
    next();
    if (!expect_op(":") || !block(s->orelse, "'else' statement", eline)) return nullptr;
  }
  s->pos = prev_end_span(start);
  return s;
}

Stmt* Parser::for_stmt(bool is_async, Pos start) {
  Stmt* s = arena.stmt(SK::For);
  s->is_async = is_async;
  s->target = target_list_for();
  if (!s->target) return nullptr;
  if (!accept_kw("in")) return syntax_error(), nullptr;
  s->value = star_expressions();
  if (!s->value) return nullptr;
  if (!expect_colon()) return nullptr;
  if (!block(s->body, "'for' statement", start.line)) return nullptr;
  if (at_kw("else")) {
    int eline = cur().line;
    next();
    if (!expect_op(":") || !block(s->orelse, "'else' statement", eline)) return nullptr;
  }
  s->pos = prev_end_span(start);
  return s;
}

Stmt* Parser::try_stmt() {
  Pos start = tok_pos(cur());
  int line = cur().line;
  next();
  Stmt* s = arena.stmt(SK::Try);
  if (!expect_op(":") || !block(s->body, "'try' statement", line)) return nullptr;
  while (at_kw("except")) {
    ExceptHandler h;
    h.pos = tok_pos(cur());
    int hline = cur().line;
    next();
    if (at_op("*")) {
      next();
      h.star = true;
      if (at_op(":")) {
        error_at(cur(), "expected one or more exception types");
        return nullptr;
      }
    }
    if (!s->handlers.empty() && s->handlers.back().star != h.star) {
      error_range(h.pos, "cannot have both 'except' and 'except*' on the same 'try'");
      return nullptr;
    }
    if (!at_op(":")) {
      h.type = expression();
      if (!h.type) return nullptr;
      if (at_op(",")) {
        Pos tp = h.type->pos;
        next();
        while (!at_op(":") && !at(Tok::Newline) && !at_kw("as")) next();
        error_range(prev_end_span(tp), "multiple exception types must be parenthesized");
        return nullptr;
      }
      if (accept_kw("as")) {
        if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
        h.name = std::string(cur().text);
        next();
      }
    }
    Pos colon = tok_pos(cur());
    if (!expect_colon() || !block(h.body, "'except' statement", hline)) return nullptr;
    if (!h.type && !h.star && at_kw("except"))
      return error_range(span(h.pos, colon), "default 'except:' must be last"), nullptr;
    s->handlers.push_back(std::move(h));
  }
  if (at_kw("else")) {
    if (s->handlers.empty()) return syntax_error(), nullptr;
    int eline = cur().line;
    next();
    if (!expect_op(":") || !block(s->orelse, "'else' statement", eline)) return nullptr;
  }
  if (at_kw("finally")) {
    int fline = cur().line;
    next();
    if (!expect_op(":") || !block(s->finalbody, "'finally' statement", fline)) return nullptr;
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    error_at(cur(), "expected 'except' or 'finally' block");
    at_end_names_last_line();
    return nullptr;
  }
  s->pos = prev_end_span(start);
  if (desugar && !s->handlers.empty() && s->handlers[0].star) desugar_except_star(s);
  return s;
}

Stmt* Parser::with_stmt(bool is_async, Pos start) {
  Stmt* s = arena.stmt(SK::With);
  s->is_async = is_async;
  // Parenthesized form: with (a as b, c as d):
  bool parens = false;
  if (at_op("(")) {
    // Look ahead for "as" at depth 1 or a trailing ':' right after the matching ')'.
    size_t q = p + 1;
    int depth = 1;
    bool has_as = false;
    for (; q < toks.size() && depth > 0; q++) {
      if (toks[q].is_op("(") || toks[q].is_op("[") || toks[q].is_op("{")) depth++;
      if (toks[q].is_op(")") || toks[q].is_op("]") || toks[q].is_op("}")) depth--;
      if (depth == 1 && toks[q].is_kw("as")) has_as = true;
    }
    if (has_as && q < toks.size() && toks[q].is_op(":")) {
      parens = true;
      next();
    }
  }
  for (;;) {
    WithItem item;
    item.context = expression();
    if (!item.context) return nullptr;
    if (accept_kw("as")) {
      item.target = at_op("*") ? star_expression() : bitor_expr();
      if (!item.target || !set_context(item.target, Ctx::Store)) return nullptr;
    }
    s->items.push_back(item);
    if (!accept_op(",")) break;
    if (parens && at_op(")")) break;
  }
  if (parens && !expect_op(")")) return nullptr;
  if (!expect_colon() || !block(s->body, "'with' statement", start.line)) return nullptr;
  s->pos = prev_end_span(start);
  return s;
}

bool Parser::parameters(Arguments* a, bool lambda) {
  const char* close = lambda ? ":" : ")";
  bool seen_default = false, seen_star = false, seen_slash = false;
  std::unordered_set<std::string> names;
  auto add_name = [&](const Token& t) {
    std::string n(t.text);
    if (!names.insert(n).second)
      return error_at(t, "duplicate argument '" + n + "' in function definition");
    return true;
  };
  auto parse_arg = [&](Arg& arg) {
    if (!lambda && at_op("(")) {  // def f((a)): a Python 2 tuple parameter
      size_t q = p + 1;
      while (q + 1 < toks.size() && toks[q].kind == Tok::Name && toks[q + 1].is_op(",")) q += 2;
      if (q < toks.size() && toks[q].kind == Tok::Name) q++;
      if (q < toks.size() && toks[q].is_op(",")) q++;
      if (q > p + 1 && q < toks.size() && toks[q].is_op(")"))
        return error_range(span(tok_pos(cur()), tok_pos(toks[q])),
                           "Function parameters cannot be parenthesized");
    }
    if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error();
    arg.name = std::string(cur().text);
    arg.pos = tok_pos(cur());
    if (!add_name(cur())) return false;
    next();
    if (!lambda && accept_op(":")) {
      arg.annotation = expression();
      if (!arg.annotation) return false;
    }
    return true;
  };
  while (!at_op(close)) {
    if (at_op("/")) {
      const Token& slash = cur();
      if (seen_slash) return error_at(slash, "/ may appear only once");
      if (seen_star) return error_at(slash, "/ must be ahead of *");
      if (a->args.empty())
        return peek_tok().is_op(",") ? error_at(slash, "at least one argument must precede /")
                                     : syntax_error();
      next();
      seen_slash = true;
      a->posonly = std::move(a->args);
      a->args.clear();
    } else if (at_op("**")) {
      next();
      if (!parse_arg(a->kwarg)) return false;
      if (at_op("=")) return error_at(cur(), "var-keyword argument cannot have default value");
      a->has_kwarg = true;
      accept_op(",");
      if (!at_op(close)) {
        if (at_op("*") || at_op("**") || at_op("/") || cur().kind == Tok::Name)
          return error_at(cur(), "arguments cannot follow var-keyword argument");
        return syntax_error();
      }
      break;
    } else if (at_op("*")) {
      const Token& star = cur();
      if (seen_star) return error_at(star, "* argument may appear only once");
      next();
      seen_star = true;
      if (at_op(",") || at_op(close)) {
        // `*` alone, then the end or `**`: def points at the star, lambda at the token after
        const Token* after = at_op(close) ? &cur() : &peek_tok();
        if (after->is_op(close) || after->is_op("**"))
          return error_at(lambda ? *after : star, "named arguments must follow bare *");
      } else {
        if (!parse_arg(a->vararg)) return false;
        if (at_op("=")) return error_at(cur(), "var-positional argument cannot have default value");
        a->has_vararg = true;
      }
    } else {
      Arg arg;
      if (!parse_arg(arg)) return false;
      Expr* def = nullptr;
      if (at_op("=")) {
        if (peek_tok().is_op(close) || peek_tok().is_op(","))
          return error_at(cur(), "expected default value expression");
        next();
        def = expression();
        if (!def) return false;
      }
      if (seen_star) {
        a->kwonly.push_back(arg);
        a->kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          a->defaults.push_back(def);
        } else if (seen_default) {
          toks[p - 1].kind == Tok::Name
              ? error_at(toks[p - 1], "non-default argument follows default argument")
              : syntax_error();
          return false;
        }
        a->args.push_back(arg);
      }
    }
    if (!accept_op(",")) break;
  }
  if (!at_op(close)) return syntax_error();
  return true;
}

Stmt* Parser::funcdef(std::vector<Expr*> decorators, bool is_async, Pos start) {
  Stmt* s = arena.stmt(SK::FunctionDef);
  s->is_async = is_async;
  s->decorators = std::move(decorators);
  if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
  s->name = std::string(cur().text);
  next();
  if (!expect_op("(")) return nullptr;
  s->args = arena.arguments();
  if (!parameters(s->args, false)) return nullptr;
  next();  // ')'
  if (accept_op("->")) {
    s->value = expression();
    if (!s->value) return nullptr;
  }
  if (!expect_op(":")) return nullptr;
  if (!block(s->body, "function definition", start.line)) return nullptr;
  s->pos = prev_end_span(start);
  return s;
}

Stmt* Parser::classdef(std::vector<Expr*> decorators, Pos start) {
  Stmt* s = arena.stmt(SK::ClassDef);
  s->decorators = std::move(decorators);
  if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
  s->name = std::string(cur().text);
  next();
  if (at_op("(")) {
    Expr* call = arena.expr(EK::Call);
    next();
    if (!call_args(call)) return nullptr;
    s->bases = call->elts;
    s->keywords = call->kws;
  }
  if (!expect_colon()) return nullptr;
  if (!block(s->body, "class definition", start.line)) return nullptr;
  s->pos = prev_end_span(start);
  return s;
}

bool Parser::dotted_name(std::string& out) {
  if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error();
  out = std::string(cur().text);
  next();
  while (at_op(".")) {
    next();
    if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error();
    out += ".";
    out += cur().text;
    next();
  }
  return true;
}

Stmt* Parser::import_stmt() {
  Stmt* s = arena.stmt(SK::Import);
  Pos start = tok_pos(cur());
  next();
  for (;;) {
    Alias a;
    a.pos = tok_pos(cur());
    if (!dotted_name(a.name)) return nullptr;
    if (accept_kw("as")) {
      if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
      a.asname = std::string(cur().text);
      next();
    }
    s->names.push_back(a);
    if (!accept_op(",")) break;
  }
  s->pos = prev_end_span(start);
  return s;
}

Stmt* Parser::from_stmt() {
  Stmt* s = arena.stmt(SK::ImportFrom);
  Pos start = tok_pos(cur());
  next();
  while (at_op(".") || at_op("...")) {
    s->level += cur().text == "..." ? 3 : 1;
    next();
  }
  if (!at_kw("import")) {
    if (!dotted_name(s->module)) return nullptr;
  }
  if (!accept_kw("import")) return syntax_error(), nullptr;
  if (at_op("*")) {
    Alias a;
    a.pos = tok_pos(cur());
    next();
    a.name = "*";
    s->names.push_back(a);
  } else {
    bool paren = accept_op("(");
    for (;;) {
      Alias a;
      a.pos = tok_pos(cur());
      if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
      a.name = std::string(cur().text);
      next();
      if (accept_kw("as")) {
        if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
        a.asname = std::string(cur().text);
        next();
      }
      s->names.push_back(a);
      if (!accept_op(",")) break;
      if (paren && at_op(")")) break;
      if (!paren && at(Tok::Newline))
        return error_at(cur(), "trailing comma not allowed without surrounding parentheses"),
               nullptr;
    }
    if (paren && !expect_op(")")) return nullptr;
  }
  s->pos = prev_end_span(start);
  return s;
}

Stmt* Parser::simple_stmt() {
  const Token& t = cur();
  Pos start = tok_pos(t);
  auto simple = [&](SK k) {
    Stmt* s = arena.stmt(k);
    s->pos = start;
    next();
    return s;
  };
  if (t.kind == Tok::Name) {
    if (t.text == "pass") return simple(SK::Pass);
    if (t.text == "break") return simple(SK::Break);
    if (t.text == "continue") return simple(SK::Continue);
    if (t.text == "return") {
      Stmt* s = simple(SK::Return);
      if (!at(Tok::Newline) && !at_op(";")) {
        s->value = star_expressions();
        if (!s->value) return nullptr;
      }
      s->pos = prev_end_span(start);
      return s;
    }
    if (t.text == "raise") {
      Stmt* s = simple(SK::Raise);
      if (!at(Tok::Newline) && !at_op(";")) {
        s->value = expression();
        if (!s->value) return nullptr;
        if (accept_kw("from")) {
          s->target = expression();
          if (!s->target) return nullptr;
        }
      }
      s->pos = prev_end_span(start);
      return s;
    }
    if (t.text == "global" || t.text == "nonlocal") {
      Stmt* s = simple(t.text == "global" ? SK::Global : SK::Nonlocal);
      for (;;) {
        if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
        s->ids.emplace_back(cur().text);
        next();
        if (!accept_op(",")) break;
      }
      s->pos = prev_end_span(start);
      return s;
    }
    if (t.text == "del") {
      Stmt* s = simple(SK::Delete);
      for (;;) {
        Expr* e = at_op("*") ? star_expression() : bitor_expr();
        if (!e) return nullptr;
        if (!set_context(e, Ctx::Del)) return nullptr;
        s->targets.push_back(e);
        if (!accept_op(",")) break;
        if (at(Tok::Newline) || at_op(";")) break;
      }
      s->pos = prev_end_span(start);
      return s;
    }
    if (t.text == "assert") {
      Stmt* s = simple(SK::Assert);
      s->value = expression();
      if (!s->value) return nullptr;
      if (accept_op(",")) {
        s->target = expression();
        if (!s->target) return nullptr;
      }
      s->pos = prev_end_span(start);
      return s;
    }
    if (t.text == "import") return import_stmt();
    if (t.text == "from") return from_stmt();
    if (t.text == "elif" || t.text == "else" || t.text == "except" || t.text == "finally" ||
        t.text == "in" || t.text == "as" || t.text == "is" || t.text == "and" || t.text == "or")
      return syntax_error(), nullptr;
  }
  return expr_or_assign_stmt();
}

Stmt* Parser::expr_or_assign_stmt() {
  Pos start = tok_pos(cur());
  const Token& first = cur();
  Expr* e = at_kw("yield") ? yield_expr() : star_expressions();
  if (!e) return nullptr;
  // print "x" -> Missing parentheses
  if (e->kind == EK::Name && (e->s == "print" || e->s == "exec") && first.kind == Tok::Name &&
      !at(Tok::Newline) && !at_op("=") && !at_op(";") && cur().kind != Tok::Op) {
    size_t q = p;
    while (q + 1 < toks.size() && toks[q].kind != Tok::Newline) q++;
    Pos r{first.line, first.col, toks[q - 1].end_line, toks[q - 1].end_col};
    error_range(r,
                "Missing parentheses in call to '" + e->s + "'. Did you mean " + e->s + "(...)?");
    return nullptr;
  }
  if (at_op(":")) {  // annotated assignment
    next();
    Stmt* s = arena.stmt(SK::AnnAssign);
    if (e->kind != EK::Name && e->kind != EK::Attribute && e->kind != EK::Subscript) {
      if (e->kind != EK::Tuple && e->kind != EK::List)
        return error_range(e->pos, "illegal target for annotation"), nullptr;
      error_range(e->pos, std::string("only single target (not ") +
                              (e->kind == EK::Tuple ? "tuple" : "list") + ") can be annotated");
      return nullptr;
    }
    if (!set_context(e, Ctx::Store)) return nullptr;
    s->target = e;
    s->annotation = expression();
    if (!s->annotation) return nullptr;
    if (accept_op("=")) {
      s->value = at_kw("yield") ? yield_expr() : star_expressions();
      if (!s->value) return nullptr;
    }
    s->pos = prev_end_span(start);
    return s;
  }
  static const char* const aug[] = {
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  for (int i = 0; i < kBinOpCount; i++) {
    if (at_op(aug[i])) {
      next();
      if (!set_context(e, Ctx::Store, true)) return nullptr;
      Stmt* s = arena.stmt(SK::AugAssign);
      s->target = e;
      s->op = i;
      s->value = at_kw("yield") ? yield_expr() : star_expressions();
      if (!s->value) return nullptr;
      s->pos = prev_end_span(start);
      return s;
    }
  }
  if (at_op("=")) {
    Stmt* s = arena.stmt(SK::Assign);
    std::vector<Expr*> chain{e};
    while (accept_op("=")) {
      if (at_op("*") && !failed) {
        Pos sp = tok_pos(cur());
        Expr* v = star_expressions();
        if (v && v->kind == EK::Starred) {
          error_range(v->pos, "can't use starred expression here");
          (void)sp;
          return nullptr;
        }
        if (!v) return nullptr;
        chain.push_back(v);
        continue;
      }
      Expr* v = at_kw("yield") ? yield_expr() : star_expressions();
      if (!v) return nullptr;
      chain.push_back(v);
    }
    for (size_t i = 0; i + 1 < chain.size(); i++) {
      if ((chain[i]->kind == EK::Yield || chain[i]->kind == EK::YieldFrom) &&
          !chain[i]->parenthesized) {
        error_range(chain[i]->pos, "assignment to yield expression not possible");
        return nullptr;
      }
      in_assign = i == 0;  // python3's "Maybe you meant '=='" is about the first target only
      bool ok = set_context(chain[i], Ctx::Store);
      in_assign = false;
      if (!ok) return nullptr;
      s->targets.push_back(chain[i]);
    }
    s->value = chain.back();
    if (s->value->kind == EK::Starred) {
      error_range(s->value->pos, "can't use starred expression here");
      return nullptr;
    }
    s->pos = prev_end_span(start);
    return s;
  }
  if (e->kind == EK::Starred) {
    error_range(e->pos, "can't use starred expression here");
    return nullptr;
  }
  Stmt* s = arena.stmt(SK::Expr);
  s->value = e;
  s->pos = prev_end_span(start);
  return s;
}

bool parse_module(std::string_view source, AstArena& arena, Module& mod, SyntaxErrorInfo& err) {
  Parser ps(source, arena, err);
  ps.warnings = &mod.warnings;
  ps.desugar = mod.desugar;
  if (!tokenize(source, ps.toks, err)) {
    // CPython's parser pulls tokens one at a time: a parser error found before it needed the
    // token where the tokenizer fails wins. Parse the tokens made so far, with an end marker
    // where the tokenizer stopped; a parser error that never reached that marker is reported.
    SyntaxErrorInfo tok_err = err;
    Parser p2(source, arena, err);
    p2.toks = std::move(ps.toks);
    Token end;
    end.kind = Tok::EndMarker;
    end.line = tok_err.line;
    p2.toks.push_back(end);
    size_t end_index = p2.toks.size() - 1;
    Module m2;
    err = SyntaxErrorInfo{};
    while (!p2.at(Tok::EndMarker) && !p2.failed) {
      if (p2.at(Tok::Dedent)) {
        p2.next();
        continue;
      }
      if (!p2.statement(m2.body)) break;
    }
    if (p2.failed && p2.max_p < end_index && p2.p < end_index) {
      // CPython then tokenizes the rest of the source: an error the tokenizer raises as an
      // exception replaces the parser's; an unclosed bracket does when the parser had looked
      // at a later line; the others (end of file after a backslash, indentation) do not.
      const std::string& m = tok_err.msg;
      bool unclosed = m.size() > 16 && m.compare(m.size() - 16, 16, "was never closed") == 0;
      bool quiet = tok_err.kind != "SyntaxError" || m == "unexpected EOF while parsing" ||
                   m == "unexpected character after line continuation character";
      if (unclosed ? p2.toks[p2.max_p].line > tok_err.line : !quiet) err = tok_err;
      return false;
    }
    err = tok_err;
    return false;
  }
  for (;;) {
    if (ps.at(Tok::EndMarker)) break;
    if (ps.at(Tok::Dedent)) {
      ps.next();
      continue;
    }
    if (!ps.statement(mod.body)) return false;
  }
  return true;
}

}  // namespace weft::python
