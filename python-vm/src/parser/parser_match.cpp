// The match statement (PEP 634): `match` is a soft keyword, so a statement starting with the
// name `match` is first tried as a match statement and re-parsed as an ordinary statement when
// it is not one (no ':' NEWLINE after the subject).
#include "parser_internal.h"

namespace weft::python {

Stmt* Parser::match_stmt() {
  size_t save = p;
  Pos start = tok_pos(cur());
  int line = cur().line;
  next();
  // the subject: a named expression or an unparenthesized tuple
  bool was_failed = failed;
  SyntaxErrorInfo saved_err = err;
  Expr* subject = star_expressions();
  if (!subject || !at_op(":") || peek_tok().kind != Tok::Newline) {
    p = save;
    failed = was_failed;
    err = saved_err;
    return nullptr;
  }
  next();  // ':'
  next();  // NEWLINE
  Stmt* s = arena.stmt(SK::Match);
  s->value = subject;
  if (!at(Tok::Indent)) {
    error_at(cur(),
             "expected an indented block after 'match' statement on line " + std::to_string(line),
             "IndentationError");
    return nullptr;
  }
  next();
  while (at_kw("case")) {
    Pos cstart = tok_pos(cur());
    int cline = cur().line;
    next();
    Stmt* c = arena.stmt(SK::MatchCase);
    c->target = patterns();
    if (!c->target) return nullptr;
    if (accept_kw("if")) {
      c->value = named_expression();
      if (!c->value) return nullptr;
    }
    if (!expect_colon()) return nullptr;
    if (!block(c->body, "'case' statement", cline)) return nullptr;
    c->pos = prev_end_span(cstart);
    s->body.push_back(c);
  }
  if (s->body.empty()) return syntax_error(), nullptr;
  if (at(Tok::Dedent)) next();
  s->pos = prev_end_span(start);
  return s;
}

Expr* Parser::patterns() {
  Pos start = tok_pos(cur());
  Expr* first = at_op("*") ? closed_pattern() : pattern();
  if (!first) return nullptr;
  if (!at_op(",")) return first;
  // an open sequence pattern: `case a, *b:`
  Expr* seq = arena.expr(EK::MatchSequence);
  seq->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op(":") || at_kw("if")) break;
    Expr* e = at_op("*") ? closed_pattern() : pattern();
    if (!e) return nullptr;
    seq->elts.push_back(e);
  }
  seq->pos = prev_end_span(start);
  return seq;
}

Expr* Parser::pattern() {
  Pos start = tok_pos(cur());
  Expr* first = closed_pattern();
  if (!first) return nullptr;
  Expr* result = first;
  if (at_op("|")) {
    Expr* alt = arena.expr(EK::MatchOr);
    alt->elts.push_back(first);
    while (accept_op("|")) {
      Expr* e = closed_pattern();
      if (!e) return nullptr;
      alt->elts.push_back(e);
    }
    alt->pos = prev_end_span(start);
    result = alt;
  }
  if (accept_kw("as")) {
    if (!at(Tok::Name) || is_keyword(cur().text)) return syntax_error(), nullptr;
    if (cur().text == "_") return error_at(cur(), "cannot use '_' as a target"), nullptr;
    Expr* as = arena.expr(EK::MatchAs);
    as->a = result;
    as->s = std::string(cur().text);
    next();
    as->pos = prev_end_span(start);
    return as;
  }
  return result;
}

// The patterns inside [...] or (...) up to `close`, appended to seq.
Expr* Parser::sequence_patterns(const char* close, Expr* seq) {
  while (!at_op(close)) {
    Expr* e = at_op("*") ? closed_pattern() : pattern();
    if (!e) return nullptr;
    seq->elts.push_back(e);
    if (!accept_op(",")) break;
  }
  if (!expect_op(close)) return nullptr;
  return seq;
}

Expr* Parser::closed_pattern() {
  Pos start = tok_pos(cur());
  const Token& t = cur();
  if (t.is_op("*")) {
    next();
    if (!at(Tok::Name)) return syntax_error(), nullptr;
    Expr* e = arena.expr(EK::MatchStar);
    if (cur().text != "_") e->s = std::string(cur().text);
    next();
    e->pos = prev_end_span(start);
    return e;
  }
  if (t.kind == Tok::Name && (t.text == "None" || t.text == "True" || t.text == "False")) {
    Expr* e = arena.expr(EK::MatchSingleton);
    e->ck = t.text == "None"   ? ConstKind::None
            : t.text == "True" ? ConstKind::True
                               : ConstKind::False;
    next();
    e->pos = prev_end_span(start);
    return e;
  }
  if (t.kind == Tok::Name && !is_keyword(t.text)) {
    std::string first(t.text);
    next();
    Expr* target = nullptr;
    if (at_op(".") || at_op("(")) {
      target = arena.expr(EK::Name);
      target->s = first;
      target->pos = prev_end_span(start);
      while (accept_op(".")) {
        if (!at(Tok::Name)) return syntax_error(), nullptr;
        Expr* attr = arena.expr(EK::Attribute);
        attr->a = target;
        attr->s = std::string(cur().text);
        next();
        attr->pos = prev_end_span(start);
        target = attr;
      }
    }
    if (target && accept_op("(")) {
      Expr* c = arena.expr(EK::MatchClass);
      c->a = target;
      while (!at_op(")")) {
        if (at(Tok::Name) && peek_tok().is_op("=")) {
          Keyword k;
          k.name = std::string(cur().text);
          k.pos = tok_pos(cur());
          next();
          next();
          k.value = pattern();
          if (!k.value) return nullptr;
          c->kws.push_back(k);
        } else {
          if (!c->kws.empty())
            return error_at(cur(), "positional patterns follow keyword patterns"), nullptr;
          Expr* e = pattern();
          if (!e) return nullptr;
          c->elts.push_back(e);
        }
        if (!accept_op(",")) break;
      }
      if (!expect_op(")")) return nullptr;
      c->pos = prev_end_span(start);
      return c;
    }
    if (target) {
      Expr* v = arena.expr(EK::MatchValue);
      v->a = target;
      v->pos = target->pos;
      return v;
    }
    Expr* e = arena.expr(EK::MatchAs);
    if (first != "_") e->s = first;
    e->pos = prev_end_span(start);
    return e;
  }
  if (t.kind == Tok::Number || t.kind == Tok::String || t.is_op("-")) {
    Expr* value = t.kind == Tok::String ? strings() : sum_expr();
    if (!value) return nullptr;
    // a complex literal pattern is a signed real number plus or minus an imaginary one
    if (value->kind == EK::BinOp && (value->op == kAdd || value->op == kSub)) {
      auto number = [](const Expr* x, bool imaginary) {
        if (x->kind == EK::UnaryOp && x->op == kUSub) x = x->a;
        return x->kind == EK::Const && (x->ck == ConstKind::Complex) == imaginary &&
               (x->ck == ConstKind::Int || x->ck == ConstKind::Float ||
                x->ck == ConstKind::Complex);
      };
      const Expr* re = value->a;
      const Expr* im = value->b;
      if (re->kind == EK::Const && re->ck == ConstKind::Complex) {
        error_range(re->pos, "real number required in complex literal");
        return nullptr;
      }
      if (number(re, false) && !number(im, true)) {
        error_range(im->pos, "imaginary number required in complex literal");
        return nullptr;
      }
    }
    Expr* v = arena.expr(EK::MatchValue);
    v->a = value;
    v->pos = value->pos;
    return v;
  }
  if (t.is_op("(") || t.is_op("[")) {
    bool paren = t.is_op("(");
    next();
    Expr* seq = arena.expr(EK::MatchSequence);
    if (paren && !at_op(")")) {
      Expr* first = at_op("*") ? closed_pattern() : pattern();
      if (!first) return nullptr;
      if (accept_op(")")) {
        if (first->kind != EK::MatchStar) return first;  // a group
        seq->elts.push_back(first);
        seq->pos = prev_end_span(start);
        return seq;
      }
      seq->elts.push_back(first);
      if (!expect_op(",")) return nullptr;
    }
    if (!sequence_patterns(paren ? ")" : "]", seq)) return nullptr;
    seq->pos = prev_end_span(start);
    return seq;
  }
  if (t.is_op("{")) {
    next();
    Expr* m = arena.expr(EK::MatchMapping);
    while (!at_op("}")) {
      if (accept_op("**")) {
        if (!at(Tok::Name)) return syntax_error(), nullptr;
        m->s = std::string(cur().text);
        next();
        accept_op(",");
        break;
      }
      Expr* key = closed_pattern();
      if (!key) return nullptr;
      if (key->kind != EK::MatchValue && key->kind != EK::MatchSingleton)
        return error_range(key->pos,
                           "mapping pattern keys may only match literals and attribute "
                           "lookups"),
               nullptr;
      if (!expect_op(":")) return nullptr;
      Expr* value = pattern();
      if (!value) return nullptr;
      m->elts.push_back(key);
      m->vals.push_back(value);
      if (!accept_op(",")) break;
    }
    if (!expect_op("}")) return nullptr;
    m->pos = prev_end_span(start);
    return m;
  }
  return syntax_error(), nullptr;
}

}  // namespace weft::python
