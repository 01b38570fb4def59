// Expressions, by precedence (lowest first), comprehensions, call arguments, and target
// validation (set_context) with CPython's messages.
#include "parser_internal.h"

namespace weft::python {

Expr* Parser::star_expressions() {
  Expr* first = star_expression();
  if (!first) return nullptr;
  if (!at_op(",")) return first;
  Expr* t = arena.expr(EK::Tuple);
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (at(Tok::Newline) || at_op("=") || at_op(")") || at_op(":") || at_op(";") ||
        at(Tok::EndMarker) ||
        (cur().kind == Tok::Op && cur().text.size() >= 2 && cur().text.back() == '=' &&
         cur().text != "==" && cur().text != "!=" && cur().text != "<=" && cur().text != ">="))
      break;
    Expr* e = star_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  t->pos = prev_end_span(first->pos);
  return t;
}

Expr* Parser::star_expression() {
  if (at_op("*")) {
    Pos start = tok_pos(cur());
    next();
    Expr* s = arena.expr(EK::Starred);
    s->a = bitor_expr();
    if (!s->a) return nullptr;
    s->pos = prev_end_span(start);
    return s;
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at_op("*")) return star_expression();
  return named_expression();
}

Expr* Parser::named_expression() {
  if (at(Tok::Name) && peek_tok().is_op(":=") && !is_keyword(cur().text)) {
    Expr* target = arena.expr(EK::Name);
    target->s = std::string(cur().text);
    target->pos = tok_pos(cur());
    target->ctx = Ctx::Store;
    next();
    next();
    Expr* e = arena.expr(EK::NamedExpr);
    e->a = target;
    e->b = expression();
    if (!e->b) return nullptr;
    e->pos = prev_end_span(target->pos);
    if (at_op("=") && !in_call_args) return error_at(cur(), "invalid syntax"), nullptr;
    return e;
  }
  Expr* e = expression();
  if (e && at_op(":=") && !failed) {
    error_range(e->pos,
                std::string("cannot use assignment expressions with ") + expr_description(e));
    return nullptr;
  }
  if (e && at_op("=") && !failed && !in_call_args) return assignment_in_expression(e), nullptr;
  return e;
}

bool Parser::assignment_in_expression(Expr* e) {
  const Token& eq = cur();
  // the grammar's alternatives: NAME '=' bitwise_or, or a bitwise_or that does not start with
  // a list, tuple, generator expression, True, None or False; either not followed by = or :=
  const Expr* first = e;
  while (!first->parenthesized && (first->kind == EK::Attribute || first->kind == EK::Subscript ||
                                   first->kind == EK::Call || first->kind == EK::BinOp))
    first = first->a;
  bool excluded =
      (first->kind == EK::List || first->kind == EK::Tuple || first->kind == EK::GenExp) ||
      (first->kind == EK::Const && (first->ck == ConstKind::True || first->ck == ConstKind::None ||
                                    first->ck == ConstKind::False));
  bool bitwise_or = e->parenthesized ||
                    !(e->kind == EK::Compare || e->kind == EK::BoolOp || e->kind == EK::IfExp ||
                      e->kind == EK::Lambda || (e->kind == EK::UnaryOp && e->op == kNot));
  size_t at = p;
  next();
  SyntaxErrorInfo saved = err;
  Expr* value = bitor_expr();
  bool ok = value && !failed && !at_op("=") && !at_op(":=");
  failed = false;
  err = saved;
  if (ok && e->kind == EK::Name && !e->parenthesized)
    return error_range(prev_end_span(e->pos),
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  p = at;
  if (ok && bitwise_or && !excluded)
    return error_range(e->pos, std::string("cannot assign to ") + expr_description(e) +
                                   " here. Maybe you meant '==' instead of '='?");
  return error_at(eq, "invalid syntax");
}

Expr* Parser::expression() {
  if (at_kw("lambda")) return lambdef();
  size_t start = p;
  Expr* body = disjunction();
  if (!body) return nullptr;
  if (at_kw("if")) {
    next();
    Expr* e = arena.expr(EK::IfExp);
    e->b = body;
    e->a = disjunction();
    if (!e->a) return nullptr;
    if (!accept_kw("else")) {
      error_range(prev_end_span(body->pos), "expected 'else' after 'if' expression");
      return nullptr;
    }
    e->c = expression();
    if (!e->c) return nullptr;
    e->pos = node_span(start);
    return e;
  }
  return body;
}

Expr* Parser::lambdef() {
  Pos start = tok_pos(cur());
  next();
  Expr* e = arena.expr(EK::Lambda);
  e->args = arena.arguments();
  if (!parameters(e->args, true)) return nullptr;
  next();  // ':'
  e->a = expression();
  if (!e->a) return nullptr;
  e->pos = prev_end_span(start);
  return e;
}

// CPython's invalid_expression rule: inside brackets, an expression (not starting with a soft
// keyword or NAME STRING) followed by another one is a missing comma, reported over both.
bool Parser::syntax_error() {
  if (!failed && !comma_check && p > 0 && last_disj_end == p) {
    int depth = 0;
    for (size_t i = 0; i < p; i++) {
      if (toks[i].kind != Tok::Op) continue;
      if (toks[i].text == "(" || toks[i].text == "[" || toks[i].text == "{") depth++;
      if (toks[i].text == ")" || toks[i].text == "]" || toks[i].text == "}") depth--;
    }
    const Token& a0 = toks[last_disj_start];
    bool soft = a0.kind == Tok::Name && (a0.text == "match" || a0.text == "case" || a0.text == "_");
    bool name_string = a0.kind == Tok::Name && last_disj_start + 1 < toks.size() &&
                       toks[last_disj_start + 1].kind == Tok::String;
    if (depth > 0 && !soft && !name_string) {
      Pos a = last_disj_pos;
      SyntaxErrorInfo saved = err;
      size_t at = p;
      comma_check = true;
      Expr* b = expression();
      comma_check = false;
      bool ok = b && !failed;
      failed = false;
      err = saved;
      p = at;
      if (ok) return error_range(span(a, b->pos), "invalid syntax. Perhaps you forgot a comma?");
    }
  }
  return error_at(cur(), "invalid syntax");
}

Expr* Parser::disjunction() {
  size_t start = p;
  Expr* first = disjunction_body();
  if (first) {
    last_disj_start = start;
    last_disj_end = p;
    last_disj_pos = first->pos;
  }
  return first;
}

Expr* Parser::disjunction_body() {
  size_t start = p;  // the first token (its position only when a node is made)
  Expr* first = conjunction();
  if (!first || !at_kw("or")) return first;
  Expr* e = arena.expr(EK::BoolOp);
  e->op = 1;
  e->elts.push_back(first);
  while (accept_kw("or")) {
    Expr* x = conjunction();
    if (!x) return nullptr;
    e->elts.push_back(x);
  }
  e->pos = node_span(start);
  return e;
}

Expr* Parser::conjunction() {
  size_t start = p;  // the first token (its position only when a node is made)
  Expr* first = inversion();
  if (!first || !at_kw("and")) return first;
  Expr* e = arena.expr(EK::BoolOp);
  e->op = 0;
  e->elts.push_back(first);
  while (accept_kw("and")) {
    Expr* x = inversion();
    if (!x) return nullptr;
    e->elts.push_back(x);
  }
  e->pos = node_span(start);
  return e;
}

Expr* Parser::inversion() {
  if (at_kw("not")) {
    Pos start = tok_pos(cur());
    next();
    Expr* e = arena.expr(EK::UnaryOp);
    e->op = kNot;
    e->a = inversion();
    if (!e->a) return nullptr;
    e->pos = prev_end_span(start);
    return e;
  }
  return comparison();
}

Expr* Parser::comparison() {
  size_t start = p;  // the first token (its position only when a node is made)
  Expr* first = bitor_expr();
  if (!first) return nullptr;
  Expr* e = nullptr;
  for (;;) {
    int op = -1;
    const Token& t = cur();
    if (t.kind == Tok::Op) {
      if (t.text == "<")
        op = kLt;
      else if (t.text == "<=")
        op = kLe;
      else if (t.text == "==")
        op = kEq;
      else if (t.text == "!=")
        op = kNe;
      else if (t.text == ">")
        op = kGt;
      else if (t.text == ">=")
        op = kGe;
      if (op >= 0) next();
    } else if (t.is_kw("in")) {
      op = kIn;
      next();
    } else if (t.is_kw("is")) {
      next();
      op = accept_kw("not") ? kIsNot : kIs;
    } else if (t.is_kw("not") && peek_tok().is_kw("in")) {
      next();
      next();
      op = kNotIn;
    }
    if (op < 0) break;
    if (!e) {
      e = arena.expr(EK::Compare);
      e->a = first;
    }
    e->ops.push_back(op);
    Expr* x = bitor_expr();
    if (!x) return nullptr;
    e->elts.push_back(x);
  }
  if (!e) return first;
  e->pos = node_span(start);
  return e;
}

#define WEFT_BINARY_LEVEL(fn, sub, ...) \
  Expr* Parser::fn() {                  \
    size_t start = p;                   \
    Expr* left = sub();                 \
    if (!left) return nullptr;          \
    for (;;) {                          \
      static const struct {             \
        const char* text;               \
        int op;                         \
      } ops[] = {__VA_ARGS__};          \
      int op = -1;                      \
      for (const auto& o : ops)         \
        if (at_op(o.text)) op = o.op;   \
      if (op < 0) return left;          \
      next();                           \
      Expr* right = sub();              \
      if (!right) return nullptr;       \
      Expr* e = arena.expr(EK::BinOp);  \
      e->op = op;                       \
      e->a = left;                      \
      e->b = right;                     \
      e->pos = node_span(start);        \
      left = e;                         \
    }                                   \
  }

WEFT_BINARY_LEVEL(bitor_expr, bitxor_expr, {"|", kOr})
WEFT_BINARY_LEVEL(bitxor_expr, bitand_expr, {"^", kXor})
WEFT_BINARY_LEVEL(bitand_expr, shift_expr, {"&", kAnd})
WEFT_BINARY_LEVEL(shift_expr, sum_expr, {"<<", kLShift}, {">>", kRShift})
WEFT_BINARY_LEVEL(sum_expr, term, {"+", kAdd}, {"-", kSub})
WEFT_BINARY_LEVEL(term, factor, {"*", kMul}, {"/", kTrueDiv}, {"//", kFloorDiv}, {"%", kMod},
                  {"@", kMatMul})
#undef WEFT_BINARY_LEVEL

Expr* Parser::factor() {
  int op = -1;
  if (at_op("+"))
    op = kUAdd;
  else if (at_op("-"))
    op = kUSub;
  else if (at_op("~"))
    op = kInvert;
  if (op < 0) return power();
  Pos start = tok_pos(cur());
  next();
  Expr* e = arena.expr(EK::UnaryOp);
  e->op = op;
  e->a = factor();
  if (!e->a) return nullptr;
  e->pos = prev_end_span(start);
  return e;
}

Expr* Parser::power() {
  size_t start = p;  // the first token (its position only when a node is made)
  Expr* base;
  if (at_kw("await")) {
    next();
    base = arena.expr(EK::Await);
    base->a = primary();
    if (!base->a) return nullptr;
    base->pos = node_span(start);
  } else {
    base = primary();
  }
  if (!base) return nullptr;
  if (!at_op("**")) return base;
  next();
  Expr* e = arena.expr(EK::BinOp);
  e->op = kPow;
  e->a = base;
  e->b = factor();
  if (!e->b) return nullptr;
  e->pos = node_span(start);
  return e;
}

Expr* Parser::primary() {
  size_t start = p;  // the first token (its position only when a node is made)
  Expr* e = atom();
  if (!e) return nullptr;
  for (;;) {
    if (at_op(".")) {
      next();
      if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
      Expr* a = arena.expr(EK::Attribute);
      a->a = e;
      a->s = std::string(cur().text);
      next();
      a->pos = node_span(start);
      e = a;
    } else if (at_op("(")) {
      next();
      Expr* c = arena.expr(EK::Call);
      c->a = e;
      if (!call_args(c)) return nullptr;
      c->pos = node_span(start);
      e = c;
    } else if (at_op("[")) {
      next();
      Expr* s = arena.expr(EK::Subscript);
      s->a = e;
      s->b = slices();
      if (!s->b) return nullptr;
      if (!expect_op("]")) return nullptr;
      s->pos = node_span(start);
      e = s;
    } else {
      return e;
    }
  }
}

Expr* Parser::slice_item() {
  Pos start = tok_pos(cur());
  Expr* lower = nullptr;
  if (!at_op(":")) {
    lower = at_op("*") ? star_expression() : named_expression();
    if (!lower) return nullptr;
    if (!at_op(":")) return lower;
  }
  next();  // ':'
  Expr* s = arena.expr(EK::Slice);
  s->a = lower;
  if (!at_op(":") && !at_op("]") && !at_op(",")) {
    s->b = expression();
    if (!s->b) return nullptr;
  }
  if (accept_op(":")) {
    if (!at_op("]") && !at_op(",")) {
      s->c = expression();
      if (!s->c) return nullptr;
    }
  }
  s->pos = prev_end_span(start);
  return s;
}

Expr* Parser::slices() {
  Expr* first = slice_item();
  if (!first) return nullptr;
  if (!at_op(",")) return first;
  Expr* t = arena.expr(EK::Tuple);
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    Expr* x = slice_item();
    if (!x) return nullptr;
    t->elts.push_back(x);
  }
  t->pos = prev_end_span(first->pos);
  return t;
}

bool Parser::call_args(Expr* call) {
  bool seen_kw = false, seen_dstar = false;
  size_t nargs_total = 0;
  std::vector<Expr*> genexps;
  while (!at_op(")")) {
    nargs_total++;
    if (at_op("*")) {
      const Token& star = cur();
      if (seen_dstar)
        return error_at(star, "iterable argument unpacking follows keyword argument unpacking");
      Pos start = tok_pos(cur());
      next();
      Expr* s = arena.expr(EK::Starred);
      s->a = expression();
      if (!s->a) return false;
      s->pos = prev_end_span(start);
      call->elts.push_back(s);
    } else if (at_op("**")) {
      Pos start = tok_pos(cur());
      next();
      Keyword k;
      k.value = expression();
      if (!k.value) return false;
      k.pos = prev_end_span(start);
      call->kws.push_back(k);
      seen_dstar = true;
    } else if (at(Tok::Name) && peek_tok().is_op("=") && !is_keyword(cur().text)) {
      Keyword k;
      k.name = std::string(cur().text);
      Pos start = tok_pos(cur());
      next();
      next();
      k.value = expression();
      if (!k.value) return false;
      k.pos = prev_end_span(start);
      call->kws.push_back(k);
      seen_kw = true;
    } else {
      in_call_args = true;
      Expr* e = named_expression();
      in_call_args = false;
      if (!e) return false;
      if (at_kw("for") || at_kw("async")) {
        Expr* g = arena.expr(EK::GenExp);
        g->a = e;
        if (!comprehension_for(g->gens)) return false;
        g->pos = prev_end_span(e->pos);
        e = g;
        genexps.push_back(g);
        if (at_op(",")) return error_range(g->pos, "Generator expression must be parenthesized");
      }
      if (at_op("=") && !failed) {
        error_range(span(e->pos, tok_pos(cur())),
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
        return false;
      }
      if (seen_dstar)
        return error_range(e->pos, "positional argument follows keyword argument unpacking");
      if (seen_kw) return error_at(cur(), "positional argument follows keyword argument");
      call->elts.push_back(e);
    }
    if (!accept_op(",")) break;
  }
  if (!at_op(")")) return syntax_error();
  if (!genexps.empty() && nargs_total > 1)
    return error_range(genexps[0]->pos, "Generator expression must be parenthesized");
  if (!genexps.empty()) {
    // f(x for x in y): the generator's span includes the call's parentheses in CPython
    genexps[0]->pos.col -= 1;
    genexps[0]->pos.end_col = cur().end_col;
  }
  next();
  return true;
}

bool Parser::comprehension_for(std::vector<Comprehension>& gens) {
  while (at_kw("for") || (at_kw("async") && peek_tok().is_kw("for"))) {
    Comprehension c;
    if (accept_kw("async")) c.is_async = true;
    next();  // for
    c.target = target_list_for();
    if (!c.target) return false;
    if (!accept_kw("in")) return syntax_error();
    c.iter = disjunction();
    if (!c.iter) return false;
    while (at_kw("if")) {
      next();
      Expr* cond = disjunction();
      if (!cond) return false;
      c.ifs.push_back(cond);
    }
    gens.push_back(c);
  }
  return true;
}

Expr* Parser::target_list_for() {
  Pos start = tok_pos(cur());
  std::vector<Expr*> items;
  bool comma = false;
  for (;;) {
    Expr* e = at_op("*") ? star_expression() : bitor_expr();
    if (!e) return nullptr;
    items.push_back(e);
    if (!at_op(",")) break;
    next();
    comma = true;
    if (at_kw("in")) break;
  }
  Expr* t = items[0];
  if (comma) {
    t = arena.expr(EK::Tuple);
    t->elts = items;
    t->pos = prev_end_span(start);
  }
  if (!set_context(t, Ctx::Store)) return nullptr;
  return t;
}

Expr* Parser::star_targets_expr() { return star_expressions(); }

Expr* Parser::yield_expr() {
  Pos start = tok_pos(cur());
  next();
  if (accept_kw("from")) {
    Expr* e = arena.expr(EK::YieldFrom);
    e->a = expression();
    if (!e->a) return nullptr;
    e->pos = prev_end_span(start);
    return e;
  }
  Expr* e = arena.expr(EK::Yield);
  if (!at(Tok::Newline) && !at_op(")") && !at_op("]") && !at_op("}") && !at_op("=") &&
      !at_op(";")) {
    e->a = star_expressions();
    if (!e->a) return nullptr;
  }
  e->pos = prev_end_span(start);
  return e;
}

Expr* Parser::paren_atom() {
  Pos start = tok_pos(cur());
  next();  // (
  if (at_op(")")) {
    next();
    Expr* t = arena.expr(EK::Tuple);
    t->pos = prev_end_span(start);
    return t;
  }
  if (at_kw("yield")) {
    Expr* y = yield_expr();
    if (!y || !expect_op(")")) return nullptr;
    y->parenthesized = true;
    return y;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if ((at_kw("for") || at_kw("async")) && first->kind == EK::Starred)
    return error_range(first->pos, "iterable unpacking cannot be used in comprehension"), nullptr;
  if (at_kw("for") || at_kw("async")) {
    Expr* g = arena.expr(EK::GenExp);
    g->a = first;
    if (!comprehension_for(g->gens)) return nullptr;
    if (!expect_op(")")) return nullptr;
    g->pos = prev_end_span(start);
    return g;
  }
  if (at_op(")")) {
    next();
    if (first->kind == EK::Starred) {
      error_range(first->pos, "cannot use starred expression here");
      return nullptr;
    }
    // Parenthesized expressions keep their inner position (as CPython's AST does).
    first->parenthesized = true;
    return first;
  }
  Expr* t = arena.expr(EK::Tuple);
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op(")")) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    t->elts.push_back(e);
  }
  if (!expect_op(")")) return nullptr;
  t->pos = prev_end_span(start);
  return t;
}

Expr* Parser::list_atom() {
  Pos start = tok_pos(cur());
  next();
  Expr* l = arena.expr(EK::List);
  if (at_op("]")) {
    next();
    l->pos = prev_end_span(start);
    return l;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if ((at_kw("for") || at_kw("async")) && first->kind == EK::Starred)
    return error_range(first->pos, "iterable unpacking cannot be used in comprehension"), nullptr;
  if (at_kw("for") || at_kw("async")) {
    Expr* c = arena.expr(EK::ListComp);
    c->a = first;
    if (!comprehension_for(c->gens) || !expect_op("]")) return nullptr;
    c->pos = prev_end_span(start);
    return c;
  }
  l->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    l->elts.push_back(e);
  }
  if (!expect_op("]")) return nullptr;
  l->pos = prev_end_span(start);
  return l;
}

Expr* Parser::brace_atom() {
  Pos start = tok_pos(cur());
  next();
  if (at_op("}")) {
    next();
    Expr* d = arena.expr(EK::Dict);
    d->pos = prev_end_span(start);
    return d;
  }
  // First item decides dict or set.
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool is_dict;
  size_t dstar = p;
  if (at_op("**")) {
    next();
    value = bitor_expr();
    if (!value) return nullptr;
    is_dict = true;
  } else {
    key = star_named_expression();
    if (!key) return nullptr;
    is_dict = at_op(":");
    if (is_dict) {
      if (peek_tok().is_op("}") || peek_tok().is_op(","))
        return error_at(cur(), "expression expected after dictionary key and ':'"), nullptr;
      next();
      value = expression();
      if (!value) return nullptr;
    }
  }
  if ((at_kw("for") || at_kw("async")) && !key)
    return error_at(toks[dstar], "dict unpacking cannot be used in dict comprehension"), nullptr;
  if ((at_kw("for") || at_kw("async")) && key->kind == EK::Starred)
    return error_range(key->pos, "iterable unpacking cannot be used in comprehension"), nullptr;
  if (at_kw("for") || at_kw("async")) {
    Expr* c = arena.expr(is_dict ? EK::DictComp : EK::SetComp);
    c->a = key;
    c->b = value;
    if (!key) return syntax_error(), nullptr;
    if (!comprehension_for(c->gens) || !expect_op("}")) return nullptr;
    c->pos = prev_end_span(start);
    return c;
  }
  Expr* d = arena.expr(is_dict ? EK::Dict : EK::Set);
  d->elts.push_back(key);
  if (is_dict) d->vals.push_back(value);
  while (accept_op(",")) {
    if (at_op("}")) break;
    if (is_dict) {
      if (accept_op("**")) {
        Expr* v = bitor_expr();
        if (!v) return nullptr;
        d->elts.push_back(nullptr);
        d->vals.push_back(v);
        continue;
      }
      Expr* k = expression();
      if (!k) return nullptr;
      if (!at_op(":")) {
        error_range(k->pos, "':' expected after dictionary key");
        return nullptr;
      }
      if (peek_tok().is_op("}") || peek_tok().is_op(","))
        return error_at(cur(), "expression expected after dictionary key and ':'"), nullptr;
      next();
      Expr* v = expression();
      if (!v) return nullptr;
      d->elts.push_back(k);
      d->vals.push_back(v);
    } else {
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      d->elts.push_back(e);
    }
  }
  if (!expect_op("}")) return nullptr;
  d->pos = prev_end_span(start);
  return d;
}

Expr* Parser::atom() {
  const Token& t = cur();
  switch (t.kind) {
    case Tok::Name: {
      if (t.text == "None" || t.text == "True" || t.text == "False") {
        Expr* e = arena.expr(EK::Const);
        e->ck = t.text == "None"   ? ConstKind::None
                : t.text == "True" ? ConstKind::True
                                   : ConstKind::False;
        e->pos = tok_pos(t);
        next();
        return e;
      }
      if (is_keyword(t.text)) {
        if (t.text == "lambda") return lambdef();
        return syntax_error(), nullptr;
      }
      Expr* e = arena.expr(EK::Name);
      e->s = std::string(t.text);
      e->pos = tok_pos(t);
      next();
      return e;
    }
    case Tok::Number: {
      Expr* e = number(t);
      if (e) next();
      return e;
    }
    case Tok::String:
      return strings();
    case Tok::Op:
      if (t.text == "(") return paren_atom();
      if (t.text == "[") return list_atom();
      if (t.text == "{") return brace_atom();
      if (t.text == "...") {
        Expr* e = arena.expr(EK::Const);
        e->ck = ConstKind::Ellipsis;
        e->pos = tok_pos(t);
        next();
        return e;
      }
      return syntax_error(), nullptr;
    default:
      if (t.kind == Tok::Indent)
        return error_at(t, "unexpected indent", "IndentationError"), nullptr;
      return syntax_error(), nullptr;
  }
}

const char* Parser::expr_description(const Expr* e) {
  switch (e->kind) {
    case EK::Call:
      return "function call";
    case EK::Const:
      if (e->ck == ConstKind::None) return "None";
      if (e->ck == ConstKind::True) return "True";
      if (e->ck == ConstKind::False) return "False";
      if (e->ck == ConstKind::Ellipsis) return "ellipsis";
      return "literal";
    case EK::JoinedStr:
      return "f-string expression";
    case EK::BinOp:
    case EK::UnaryOp:
      return "expression";
    case EK::BoolOp:
      return "expression";
    case EK::Compare:
      return "comparison";
    case EK::Lambda:
      return "lambda";
    case EK::IfExp:
      return "conditional expression";
    case EK::NamedExpr:
      return "named expression";
    case EK::Dict:
      return "dict literal";
    case EK::Set:
      return "set display";
    case EK::ListComp:
      return "list comprehension";
    case EK::SetComp:
      return "set comprehension";
    case EK::DictComp:
      return "dict comprehension";
    case EK::GenExp:
      return "generator expression";
    case EK::Yield:
    case EK::YieldFrom:
      return "yield expression";
    case EK::Await:
      return "await expression";
    case EK::Tuple:
      return "tuple";
    case EK::List:
      return "list";
    case EK::Attribute:
      return "attribute";
    case EK::Subscript:
      return "subscript";
    case EK::Starred:
      return "starred";
    case EK::Name:
      return "name";
    default:
      return "expression";
  }
}

bool Parser::set_context(Expr* e, Ctx ctx, bool aug) {
  if (failed) return false;
  switch (e->kind) {
    case EK::Name:
      if (ctx == Ctx::Store && e->s == "__debug__")
        return error_range(e->pos, "cannot assign to __debug__");
      e->ctx = ctx;
      return true;
    case EK::Attribute:
    case EK::Subscript:
      e->ctx = ctx;
      return true;
    case EK::Tuple:
    case EK::List:
      if (aug)
        return error_range(e->pos, std::string("'") + expr_description(e) +
                                       "' is an illegal expression for augmented assignment");
      e->ctx = ctx;
      for (Expr* x : e->elts)
        if (!set_context(x, ctx)) return false;
      return true;
    case EK::Starred:
      if (ctx == Ctx::Del) return error_range(e->pos, "cannot delete starred");
      e->ctx = ctx;
      return set_context(e->a, ctx);
    default:
      break;
  }
  const char* what = expr_description(e);
  if (aug)
    return error_range(
        e->pos, std::string("'") + what + "' is an illegal expression for augmented assignment");
  if (ctx == Ctx::Del) return error_range(e->pos, std::string("cannot delete ") + what);
  if (e->kind == EK::Const &&
      (e->ck == ConstKind::None || e->ck == ConstKind::True || e->ck == ConstKind::False))
    return error_range(e->pos, std::string("cannot assign to ") + what);
  // "here. Maybe you meant '==' ..." when the next token is '=' (plain assignment)
  // ... for targets of bitwise_or level or tighter (python3's grammar catches comparisons,
  // not/and/or, conditional expressions and lambdas by other rules)
  bool loose = !e->parenthesized &&
               (e->kind == EK::Compare || e->kind == EK::BoolOp || e->kind == EK::IfExp ||
                e->kind == EK::Lambda || (e->kind == EK::UnaryOp && e->op == kNot));
  if (in_assign && !loose)
    return error_range(e->pos, std::string("cannot assign to ") + what +
                                   " here. Maybe you meant '==' instead of '='?");
  return error_range(e->pos, std::string("cannot assign to ") + what);
}

}  // namespace weft::python
