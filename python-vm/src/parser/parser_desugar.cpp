// The parser's rewrites of statements into simpler ones it already knows how to compile:
// try/except* into an ordinary try over the exception-group runtime, async with and async for
// into awaits inside try statements.
#include "parser_internal.h"

namespace weft::python {

// try/except* becomes an ordinary try whose one handler splits the exception group with the
// runtime helper BaseExceptionGroup._weft_star (lib/_weft_exceptiongroup.py):
//   except BaseException as .egexc:
//       .egst = BaseExceptionGroup._weft_star(.egexc)
//       .egm = .egst.match(T1)
//       if .egm is not None:
//           try:
//               e = .egm; <handler 1>
//           except BaseException as .egr:
//               .egst.raised(.egr)
//       ...
//       .egr = .egst.finish()
//       if .egr is not None: raise .egr
void Parser::desugar_except_star(Stmt* s) {
  int n = ++star_try_count;
  std::string suffix = std::to_string(n);
  Pos pos = s->handlers[0].pos;
  auto name = [&](const std::string& id, Ctx ctx) {
    Expr* e = arena.expr(EK::Name);
    e->s = id;
    e->ctx = ctx;
    e->pos = pos;
    return e;
  };
  auto attr = [&](Expr* obj, const std::string& a) {
    Expr* e = arena.expr(EK::Attribute);
    e->a = obj;
    e->s = a;
    e->pos = pos;
    return e;
  };
  auto call1 = [&](Expr* f, Expr* arg) {
    Expr* e = arena.expr(EK::Call);
    e->a = f;
    if (arg) e->elts.push_back(arg);
    e->pos = pos;
    return e;
  };
  auto assign = [&](const std::string& target, Expr* value) {
    Stmt* st = arena.stmt(SK::Assign);
    st->targets.push_back(name(target, Ctx::Store));
    st->value = value;
    st->pos = pos;
    return st;
  };
  auto expr_stmt = [&](Expr* e) {
    Stmt* st = arena.stmt(SK::Expr);
    st->value = e;
    st->pos = pos;
    return st;
  };
  auto is_not_none = [&](const std::string& id) {
    Expr* c = arena.expr(EK::Compare);
    c->a = name(id, Ctx::Load);
    c->ops.push_back(kIsNot);
    Expr* none = arena.expr(EK::Const);
    none->ck = ConstKind::None;
    none->pos = pos;
    c->elts.push_back(none);
    c->pos = pos;
    return c;
  };
  std::string exc = ".egexc" + suffix, st = ".egst" + suffix, m = ".egm" + suffix,
              r = ".egr" + suffix;
  ExceptHandler outer;
  outer.pos = pos;
  outer.type = name("BaseException", Ctx::Load);
  outer.name = exc;
  outer.body.push_back(assign(
      st, call1(attr(name("BaseExceptionGroup", Ctx::Load), "_weft_star"), name(exc, Ctx::Load))));
  for (ExceptHandler& h : s->handlers) {
    pos = h.pos;
    outer.body.push_back(assign(m, call1(attr(name(st, Ctx::Load), "match"), h.type)));
    Stmt* inner = arena.stmt(SK::Try);
    inner->pos = pos;
    if (!h.name.empty()) inner->body.push_back(assign(h.name, name(m, Ctx::Load)));
    for (Stmt* b : h.body) inner->body.push_back(b);
    ExceptHandler collect;
    collect.pos = pos;
    collect.type = name("BaseException", Ctx::Load);
    collect.name = r;
    collect.body.push_back(
        expr_stmt(call1(attr(name(st, Ctx::Load), "raised"), name(r, Ctx::Load))));
    inner->handlers.push_back(std::move(collect));
    Stmt* iff = arena.stmt(SK::If);
    iff->pos = pos;
    iff->value = is_not_none(m);
    iff->body.push_back(inner);
    outer.body.push_back(iff);
  }
  outer.body.push_back(assign(r, call1(attr(name(st, Ctx::Load), "finish"), nullptr)));
  Stmt* raise = arena.stmt(SK::Raise);
  raise->pos = Pos{};  // no line: adds no traceback entry (see add_traceback)
  raise->value = name(r, Ctx::Load);
  Stmt* iff = arena.stmt(SK::If);
  iff->pos = pos;
  iff->value = is_not_none(r);
  iff->body.push_back(raise);
  outer.body.push_back(iff);
  s->handlers.clear();
  s->handlers.push_back(std::move(outer));
}

namespace {

// Small AST builder for the parser's rewrites (async for/with); every node gets `pos`.
struct Build {
  AstArena& arena;
  Pos pos;
  Expr* name(const std::string& id, Ctx ctx = Ctx::Load) {
    Expr* e = arena.expr(EK::Name);
    e->s = id;
    e->ctx = ctx;
    e->pos = pos;
    return e;
  }
  Expr* attr(Expr* obj, const std::string& a) {
    Expr* e = arena.expr(EK::Attribute);
    e->a = obj;
    e->s = a;
    e->pos = pos;
    return e;
  }
  Expr* call(Expr* f, std::vector<Expr*> args) {
    Expr* e = arena.expr(EK::Call);
    e->a = f;
    e->elts = std::move(args);
    e->pos = pos;
    return e;
  }
  // origin: 1 for async with, 2 for async for (the symbol table's messages name the statement)
  Expr* await(Expr* v, int origin) {
    Expr* e = arena.expr(EK::Await);
    e->a = v;
    e->op = origin;
    e->pos = pos;
    return e;
  }
  Expr* constant(ConstKind k) {
    Expr* e = arena.expr(EK::Const);
    e->ck = k;
    e->pos = pos;
    return e;
  }
  Expr* not_(Expr* v) {
    Expr* e = arena.expr(EK::UnaryOp);
    e->op = kNot;
    e->a = v;
    e->pos = pos;
    return e;
  }
  Stmt* assign(Expr* target, Expr* value) {
    Stmt* s = arena.stmt(SK::Assign);
    s->targets.push_back(target);
    s->value = value;
    s->pos = pos;
    return s;
  }
  Stmt* expr_stmt(Expr* v) {
    Stmt* s = arena.stmt(SK::Expr);
    s->value = v;
    s->pos = pos;
    return s;
  }
  Stmt* simple(SK k) {
    Stmt* s = arena.stmt(k);
    s->pos = pos;
    return s;
  }
  Stmt* if_(Expr* test, std::vector<Stmt*> body) {
    Stmt* s = arena.stmt(SK::If);
    s->value = test;
    s->body = std::move(body);
    s->pos = pos;
    return s;
  }
};

}  // namespace

// async with M as T: B   becomes
//   .mgr = M; .aexit = .mgr.__aexit__; .ok = True
//   .val = await .mgr.__aenter__()
//   try: T = .val; B
//   except BaseException as .exc:
//       .ok = False
//       if not await .aexit(type(.exc), .exc, .exc.__traceback__): raise
//   finally:
//       if .ok: await .aexit(None, None, None)
namespace {

// The statement's span as CPython's AST has it: to the end of its last statement (errors about
// the statement point there).
Pos statement_span(const Stmt* s) {
  const std::vector<Stmt*>& last = s->orelse.empty() ? s->body : s->orelse;
  Pos p = s->pos;
  if (!last.empty()) {
    p.end_line = last.back()->pos.end_line;
    p.end_col = last.back()->pos.end_col;
  }
  return p;
}

}  // namespace

Stmt* Parser::desugar_async_with(Stmt* s, size_t item) {
  Build b{arena, statement_span(s)};
  std::string n = std::to_string(++star_try_count);
  std::string mgr = ".mgr" + n, aexit = ".aexit" + n, ok = ".ok" + n, val = ".val" + n,
              exc = ".exc" + n;
  Stmt* block = arena.stmt(SK::If);  // `if True:` holds the statements
  block->pos = s->pos;
  block->value = b.constant(ConstKind::True);
  const WithItem& w = s->items[item];
  block->body.push_back(b.assign(b.name(mgr, Ctx::Store), w.context));
  block->body.push_back(b.assign(b.name(aexit, Ctx::Store), b.attr(b.name(mgr), "__aexit__")));
  block->body.push_back(b.assign(b.name(ok, Ctx::Store), b.constant(ConstKind::True)));
  block->body.push_back(
      b.assign(b.name(val, Ctx::Store), b.await(b.call(b.attr(b.name(mgr), "__aenter__"), {}), 1)));
  Stmt* t = arena.stmt(SK::Try);
  t->pos = s->pos;
  if (w.target) t->body.push_back(b.assign(w.target, b.name(val)));
  if (item + 1 < s->items.size())
    t->body.push_back(desugar_async_with(s, item + 1));
  else
    for (Stmt* x : s->body) t->body.push_back(x);
  ExceptHandler h;
  h.pos = s->pos;
  h.type = b.name("BaseException");
  h.name = exc;
  h.body.push_back(b.assign(b.name(ok, Ctx::Store), b.constant(ConstKind::False)));
  Expr* exit_call =
      b.await(b.call(b.name(aexit), {b.call(b.name("type"), {b.name(exc)}), b.name(exc),
                                     b.attr(b.name(exc), "__traceback__")}),
              1);
  h.body.push_back(b.if_(b.not_(exit_call), {b.simple(SK::Raise)}));
  t->handlers.push_back(std::move(h));
  t->finalbody.push_back(
      b.if_(b.name(ok), {b.expr_stmt(b.await(b.call(b.name(aexit), {b.constant(ConstKind::None),
                                                                    b.constant(ConstKind::None),
                                                                    b.constant(ConstKind::None)}),
                                             1))}));
  block->body.push_back(t);
  return block;
}

// async for T in I: B else: E   becomes
//   .it = I.__aiter__()
//   while True:
//       try: .v = await .it.__anext__()
//       except StopAsyncIteration: E; break
//       T = .v; B
Stmt* Parser::desugar_async_for(Stmt* s) {
  Build b{arena, statement_span(s)};
  std::string n = std::to_string(++star_try_count);
  std::string it = ".ait" + n, v = ".av" + n;
  Stmt* block = arena.stmt(SK::If);
  block->pos = s->pos;
  block->value = b.constant(ConstKind::True);
  block->body.push_back(
      b.assign(b.name(it, Ctx::Store), b.call(b.attr(s->value, "__aiter__"), {})));
  Stmt* loop = arena.stmt(SK::While);
  loop->pos = s->pos;
  loop->value = b.constant(ConstKind::True);
  Stmt* t = arena.stmt(SK::Try);
  t->pos = s->pos;
  t->body.push_back(
      b.assign(b.name(v, Ctx::Store), b.await(b.call(b.attr(b.name(it), "__anext__"), {}), 2)));
  ExceptHandler h;
  h.pos = s->pos;
  h.type = b.name("StopAsyncIteration");
  for (Stmt* x : s->orelse) h.body.push_back(x);
  h.body.push_back(b.simple(SK::Break));
  t->handlers.push_back(std::move(h));
  loop->body.push_back(t);
  loop->body.push_back(b.assign(s->target, b.name(v)));
  for (Stmt* x : s->body) loop->body.push_back(x);
  block->body.push_back(loop);
  return block;
}

}  // namespace weft::python
