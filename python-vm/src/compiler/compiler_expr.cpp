// The compiler: expressions, calls, comprehensions, lambdas, f-strings.
#include "compiler_internal.h"

namespace weft::python {

Value imag_literal_function();  // complex.cpp
Value await_function();         // function.cpp

// A negative number literal, which CPython's AST optimizer folds into a constant.
bool negative_number(const Expr* x) {
  return x->kind == EK::UnaryOp && x->op == kUSub && x->a->kind == EK::Const &&
         (x->a->ck == ConstKind::Int || x->a->ck == ConstKind::Float);
}

namespace {

bool all_constant(const std::vector<Expr*>& elts) {
  if (elts.empty()) return false;
  for (const Expr* x : elts)
    if (x->kind != EK::Const || x->ck == ConstKind::Complex) return false;
  return true;
}

// Set displays also fold negative numbers, as CPython's do.
bool all_set_constant(const std::vector<Expr*>& elts) {
  for (const Expr* x : elts)
    if (!negative_number(x) && (x->kind != EK::Const || x->ck == ConstKind::Complex)) return false;
  return !elts.empty();
}

}  // namespace

// The value of a constant other than a complex one (which is made by a call).
Value constant_value(const Expr* x) {
  if (negative_number(x)) {
    Value v = constant_value(x->a);
    return x->a->ck == ConstKind::Int ? int_neg(v) : new_float(-x->a->f);
  }
  switch (x->ck) {
    case ConstKind::None:
      return rt.None;
    case ConstKind::True:
      return rt.True;
    case ConstKind::False:
      return rt.False;
    case ConstKind::Ellipsis:
      return rt.Ellipsis;
    case ConstKind::Int:
      return int_from_string(x->s, x->op);
    case ConstKind::Float:
      return new_float(x->f);
    case ConstKind::Str:
      return new_str(x->s);
    case ConstKind::Bytes:
      return new_bytes(x->s);
    default:
      return Value();
  }
}

namespace {

// The frozenset in `keep` with the same items as f, each of the same type (CPython's constant
// keys tell 1 from 1.0 and True), if any.
Set* earlier_equal_frozenset(List* keep, Set* f) {
  for (int64_t i = 0; i < keep->size; i++) {
    Value c = keep->at(i);
    if (!c.is_ptr() || c.obj()->type != rt.frozenset_type || c.as<Set>()->used != f->used) continue;
    Set* s = c.as<Set>();
    bool same = true;
    Value x, y;
    for (int64_t p = 0; same && set_next(f, &p, &x);) {
      bool found = false;
      for (int64_t q = 0; !found && set_next(s, &q, &y);)
        found = type_of(x) == type_of(y) && eq(x, y) == 1;
      same = found;
    }
    if (same) return s;
  }
  return nullptr;
}

}  // namespace

void Compiler::constant(const Expr* e) {
  switch (e->ck) {
    case ConstKind::None:
      load_const(rt.None);
      break;
    case ConstKind::True:
      load_const(rt.True);
      break;
    case ConstKind::False:
      load_const(rt.False);
      break;
    case ConstKind::Ellipsis:
      load_const(rt.Ellipsis);
      break;
    case ConstKind::Int: {
      Value v = int_from_string(e->s, e->op);
      load_const(v);
      break;
    }
    case ConstKind::Float:
      load_const(new_float(e->f));
      break;
    case ConstKind::Complex:
      // a call of a hidden builtin that makes the complex value (the type is Python code)
      load_const(imag_literal_function());
      load_const(new_float(e->f));
      emit(OP_CALL, 1);
      break;
    case ConstKind::Str:
      load_const(new_str(e->s));
      break;
    case ConstKind::Bytes:
      load_const(new_bytes(e->s));
      break;
  }
}

// Builds a list/tuple/set from elements that may contain *starred items.
bool Compiler::starred_build(const std::vector<Expr*>& elts, int build_op, bool to_tuple) {
  bool has_star = false;
  for (const Expr* x : elts)
    if (x->kind == EK::Starred) has_star = true;
  if (!has_star) {
    for (const Expr* x : elts) expr(x);
    emit(build_op, static_cast<int>(elts.size()));
    return true;
  }
  int coll = build_op == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
  emit(coll, 0);
  for (const Expr* x : elts) {
    if (x->kind == EK::Starred) {
      expr(x->a);
      emit(coll == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
    } else {
      expr(x);
      emit(coll == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND, 1);
    }
  }
  if (to_tuple) emit(OP_LIST_TO_TUPLE);
  return true;
}

void Compiler::call_helper(const std::vector<Expr*>& args, const std::vector<Keyword>& kws,
                           int extra) {
  bool simple = true;
  for (const Expr* a : args)
    if (a->kind == EK::Starred) simple = false;
  for (const Keyword& k : kws)
    if (k.name.empty()) simple = false;
  if (simple) {
    for (const Expr* a : args) expr(a);
    for (const Keyword& k : kws) expr(k.value);
    int n = extra + static_cast<int>(args.size() + kws.size());
    if (kws.empty()) {
      emit(OP_CALL, n);
    } else {
      Tuple* names = new_tuple(static_cast<int64_t>(kws.size()));
      for (size_t i = 0; i < kws.size(); i++) names->items()[i] = intern(kws[i].name);
      load_const(names);
      emit(OP_CALL_KW, n);
    }
    return;
  }
  emit(OP_BUILD_LIST, extra);
  for (const Expr* a : args) {
    if (a->kind == EK::Starred) {
      expr(a->a);
      emit(OP_LIST_EXTEND, 1);
    } else {
      expr(a);
      emit(OP_LIST_APPEND, 1);
    }
  }
  emit(OP_LIST_TO_TUPLE);
  if (kws.empty()) {
    emit(OP_CALL_EX, 0);
    return;
  }
  emit(OP_BUILD_MAP, 0);
  bool after_mapping = false;  // a named keyword after `**m` is merged: m may hold it already
  for (const Keyword& k : kws) {
    if (k.name.empty()) {
      expr(k.value);
      emit(OP_DICT_MERGE, 1);
      after_mapping = true;
    } else {
      load_const(intern(k.name));
      expr(k.value);
      if (after_mapping) {
        emit(OP_BUILD_MAP, 1);
        emit(OP_DICT_MERGE, 1);
      } else {
        emit(OP_MAP_ADD, 1);
      }
    }
  }
  emit(OP_CALL_EX, 1);
}

bool Compiler::check_keywords(const std::vector<Keyword>& kws) {
  for (size_t i = 0; i < kws.size(); i++)
    for (size_t j = 0; j < i && !kws[i].name.empty(); j++)
      if (kws[i].name == kws[j].name)
        return fail("keyword argument repeated: " + kws[i].name, kws[i].pos);
  return true;
}

void Compiler::call(const Expr* e) {
  if (e->kws.size() > 1 && !check_keywords(e->kws)) return;
  if (e->a->kind != EK::Name && e->a->kind != EK::Attribute) check_callable(e);
  const Expr* f = e->a;
  bool simple = e->kws.empty();
  for (const Expr* a : e->elts)
    if (a->kind == EK::Starred) simple = false;
  if (f->kind == EK::Attribute && simple) {
    expr(f->a);
    set_pos(f->pos);
    emit(OP_LOAD_METHOD, add_name(mangle(f->s)));
    for (const Expr* a : e->elts) expr(a);
    set_pos(e->pos);
    emit(OP_CALL_METHOD, static_cast<int>(e->elts.size()));
    return;
  }
  expr(f);
  call_helper(e->elts, e->kws, 0);
  // the CALL emitted last gets the call's position
  u->pos.back() = {e->pos.line, e->pos.col, e->pos.end_line, e->pos.end_col};
}

void Compiler::compare(const Expr* e) {
  for (int op : e->ops)
    if (op == kIs || op == kIsNot) {
      check_identity_compare(e);
      break;
    }
  expr(e->a);
  if (e->ops.size() == 1) {
    expr(e->elts[0]);
    set_pos(e->pos);
    int op = e->ops[0];
    if (op == kIs || op == kIsNot)
      emit(OP_IS_OP, op == kIsNot);
    else if (op == kIn || op == kNotIn)
      emit(OP_CONTAINS_OP, op == kNotIn);
    else
      emit(OP_COMPARE_OP, op);
    return;
  }
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i < e->ops.size(); i++) {
    expr(e->elts[i]);
    bool last = i + 1 == e->ops.size();
    if (!last) {
      emit(OP_DUP_TOP);
      emit(OP_ROT_THREE);
    }
    set_pos(e->pos);
    int op = e->ops[i];
    if (op == kIs || op == kIsNot)
      emit(OP_IS_OP, op == kIsNot);
    else if (op == kIn || op == kNotIn)
      emit(OP_CONTAINS_OP, op == kNotIn);
    else
      emit(OP_COMPARE_OP, op);
    if (!last) emit(OP_JUMP_IF_FALSE_OR_POP, cleanup);
  }
  emit(OP_JUMP, end);
  bind(cleanup);
  emit(OP_ROT_TWO);
  emit(OP_POP_TOP);
  bind(end);
}

void Compiler::bool_op(const Expr* e) {
  int end = new_label();
  for (size_t i = 0; i < e->elts.size(); i++) {
    expr(e->elts[i]);
    if (i + 1 < e->elts.size())
      emit(e->op == 0 ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
  }
  bind(end);
}

void Compiler::jump_if(const Expr* e, bool cond, int label) {
  if (e->kind == EK::UnaryOp && e->op == kNot) {
    jump_if(e->a, !cond, label);
    return;
  }
  if (e->kind == EK::BoolOp) {
    bool is_or = e->op == 1;
    if (is_or == cond) {
      for (const Expr* x : e->elts) jump_if(x, cond, label);
    } else {
      int skip = new_label();
      for (size_t i = 0; i + 1 < e->elts.size(); i++) jump_if(e->elts[i], !cond, skip);
      jump_if(e->elts.back(), cond, label);
      bind(skip);
    }
    return;
  }
  expr(e);
  emit(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

void Compiler::comprehension_body(const Expr* e, size_t gi, int depth) {
  const Comprehension& g = e->gens[gi];
  if (gi == 0) {
    emit(OP_LOAD_FAST, 0);
  } else if (g.is_async) {
    load_const(asyncgen_helper("_aiter"));
    expr(g.iter);
    emit(OP_CALL, 1);
  } else {
    expr(g.iter);
    emit(OP_GET_ITER);
  }
  if (g.is_async) {
    async_comprehension_loop(e, gi, depth);
    return;
  }
  int top = new_label(), end = new_label();
  bind(top);
  emit(OP_FOR_ITER, end);
  assign_target(g.target);
  comprehension_inner(e, gi, depth, top);
  emit(OP_JUMP_BACK, top);
  bind(end);
}

// The conditions of generator `gi` and what runs when they hold: the next generator's loop or
// the element added to the result (`depth` iterators are on the stack above it).
void Compiler::comprehension_inner(const Expr* e, size_t gi, int depth, int top) {
  for (const Expr* cond : e->gens[gi].ifs) jump_if(cond, false, top);
  if (gi + 1 < e->gens.size()) {
    comprehension_body(e, gi + 1, depth + 1);
  } else {
    switch (e->kind) {
      case EK::ListComp:
        expr(e->a);
        emit(OP_LIST_APPEND, depth + 1);
        break;
      case EK::SetComp:
        expr(e->a);
        emit(OP_SET_ADD, depth + 1);
        break;
      case EK::DictComp:
        expr(e->a);
        expr(e->b);
        emit(OP_MAP_ADD, depth + 1);
        break;
      default:
        if (u->scope->async_gen) load_const(asyncgen_helper("_wrap"));
        expr(e->a);
        if (u->scope->async_gen) emit(OP_CALL, 1);
        emit(OP_YIELD_VALUE);
        emit(OP_POP_TOP);
    }
  }
}

void Compiler::comprehension(const Expr* e) {
  Scope* scope = st.scope_of(e);
  std::string qn = child_qualname(scope->name, true);
  push_unit(scope, qn, e->pos.line);
  set_pos(e->pos);
  add_const(rt.None);
  if (e->kind == EK::ListComp) emit(OP_BUILD_LIST, 0);
  if (e->kind == EK::SetComp) emit(OP_BUILD_SET, 0);
  if (e->kind == EK::DictComp) emit(OP_BUILD_MAP, 0);
  comprehension_body(e, 0, 1);
  if (e->kind == EK::GenExp) load_none();
  emit(OP_RETURN_VALUE);
  Code* code = finish_unit(scope->name, 1, 0, 0, false, false);
  pop_unit();
  set_pos(e->pos);
  make_closure(code, qn, 0);
  if (scope->async_gen) {
    load_const(asyncgen_helper("_function"));
    emit(OP_ROT_TWO);
    emit(OP_CALL, 1);
  }
  if (e->gens[0].is_async) {
    load_const(asyncgen_helper("_aiter"));
    expr(e->gens[0].iter);
    emit(OP_CALL, 1);
  } else {
    expr(e->gens[0].iter);
    emit(OP_GET_ITER);
  }
  set_pos(e->pos);
  emit(OP_CALL, 1);
  if (scope->coroutine && e->kind != EK::GenExp) await_top();
}

void Compiler::lambda(const Expr* e) {
  int flags = function_defaults(e->args);
  Scope* scope = st.scope_of(e);
  std::string qn = child_qualname("<lambda>", true);
  push_unit(scope, qn, e->pos.line);
  add_const(rt.None);
  expr(e->a);
  emit(OP_RETURN_VALUE);
  const Arguments* a = e->args;
  Code* code = finish_unit("<lambda>", static_cast<int>(a->posonly.size() + a->args.size()),
                           static_cast<int>(a->posonly.size()), static_cast<int>(a->kwonly.size()),
                           a->has_vararg, a->has_kwarg);
  pop_unit();
  set_pos(e->pos);
  make_closure(code, qn, flags);
}

void Compiler::joined_str(const Expr* e) {
  int n = 0;
  for (const Expr* part : e->elts) {
    if (part->kind == EK::Const) {
      load_const(new_str(part->s));
    } else {
      expr(part->a);
      int flags = part->conversion == 's'   ? 1
                  : part->conversion == 'r' ? 2
                  : part->conversion == 'a' ? 3
                                            : 0;
      if (part->c) {
        joined_str(part->c);
        flags |= 4;
      }
      emit(OP_FORMAT_VALUE, flags);
    }
    n++;
  }
  if (n == 1 && e->elts[0]->kind == EK::Formatted) return;
  emit(OP_BUILD_STRING, n);
}

bool Compiler::push_slice_bounds(const Expr* index) {
  if (index->kind != EK::Slice || index->c) return false;
  for (const Expr* bound : {index->a, index->b}) {
    if (bound)
      expr(bound);
    else
      load_none();
  }
  return true;
}

void Compiler::expr(const Expr* e) {
  if (failed) return;
  InstrPos saved = u->cur_pos;
  set_pos(e->pos);
  switch (e->kind) {
    case EK::Name:
      name_op(e->s, Ctx::Load);
      break;
    case EK::Const:
      constant(e);
      break;
    case EK::JoinedStr:
      if (e->elts.empty())
        load_const(rt.empty_str);
      else
        joined_str(e);
      break;
    case EK::Formatted:
      break;
    case EK::Tuple: {
      if (all_constant(e->elts)) {
        Tuple* t = new_tuple(static_cast<int64_t>(e->elts.size()));
        list_append(keep, t);
        for (size_t i = 0; i < e->elts.size(); i++) t->items()[i] = constant_value(e->elts[i]);
        load_const(t);
        break;
      }
      starred_build(e->elts, OP_BUILD_TUPLE, true);
      break;
    }
    case EK::List:
      starred_build(e->elts, OP_BUILD_LIST, false);
      break;
    case EK::Set:
      if (e->elts.size() > 2 && all_set_constant(e->elts)) {
        // as CPython: a frozenset constant merged into a new set, which decides the set's
        // table, hence its iteration order. CPython's compiler makes the frozenset from the
        // items in source order, then its constant merging makes it again from that one's
        // iteration order.
        Set* first = new_set(rt.frozenset_type);  // on the stack until f is made
        for (const Expr* x : e->elts)
          if (set_add(first, constant_value(x)) < 0) clear_exc();
        Set* f = new_set(rt.frozenset_type);
        Value item;
        for (int64_t pos = 0; set_next(first, &pos, &item);)
          if (set_add(f, item) < 0) clear_exc();
        // and an equal frozenset constant made before in the module is used instead
        if (Set* same = earlier_equal_frozenset(keep, f)) f = same;
        list_append(keep, f);
        emit(OP_BUILD_SET, 0);
        load_const(f);
        emit(OP_SET_UPDATE, 1);
        break;
      }
      starred_build(e->elts, OP_BUILD_SET, false);
      break;
    case EK::Dict: {
      int pending = 0;
      bool started = false;
      for (size_t i = 0; i < e->elts.size(); i++) {
        if (!e->elts[i]) {
          if (!started) {
            emit(OP_BUILD_MAP, pending);
            started = true;
          } else if (pending) {
            emit(OP_BUILD_MAP, pending);
            emit(OP_DICT_UPDATE, 1);
          }
          pending = 0;
          expr(e->vals[i]);
          emit(OP_DICT_UPDATE, 1);
          continue;
        }
        expr(e->elts[i]);
        expr(e->vals[i]);
        pending++;
      }
      if (!started) {
        emit(OP_BUILD_MAP, pending);
      } else if (pending) {
        emit(OP_BUILD_MAP, pending);
        emit(OP_DICT_UPDATE, 1);
      }
      break;
    }
    case EK::BinOp:
      expr(e->a);
      expr(e->b);
      set_pos(e->pos);
      emit(OP_BINARY_OP, e->op);
      break;
    case EK::UnaryOp:
      expr(e->a);
      set_pos(e->pos);
      emit(e->op == kUSub     ? OP_UNARY_NEG
           : e->op == kUAdd   ? OP_UNARY_POS
           : e->op == kInvert ? OP_UNARY_INVERT
                              : OP_UNARY_NOT);
      break;
    case EK::BoolOp:
      bool_op(e);
      break;
    case EK::Compare:
      compare(e);
      break;
    case EK::Call:
      call(e);
      break;
    case EK::Attribute:
      expr(e->a);
      set_pos(e->pos);
      emit(OP_LOAD_ATTR, add_name(mangle(e->s)));
      break;
    case EK::Subscript:
      if (e->a->kind != EK::Name && e->a->kind != EK::Attribute) check_subscript(e);
      expr(e->a);
      if (push_slice_bounds(e->b)) {
        set_pos(e->pos);
        emit(OP_BINARY_SLICE);
        break;
      }
      expr(e->b);
      set_pos(e->pos);
      emit(OP_BINARY_SUBSCR);
      break;
    case EK::Slice:
      if (e->a)
        expr(e->a);
      else
        load_none();
      if (e->b)
        expr(e->b);
      else
        load_none();
      if (e->c) {
        expr(e->c);
        emit(OP_BUILD_SLICE, 3);
      } else {
        emit(OP_BUILD_SLICE, 2);
      }
      break;
    case EK::Starred:
      fail("can't use starred expression here", e->pos);
      break;
    case EK::IfExp: {
      int else_l = new_label(), end = new_label();
      jump_if(e->a, false, else_l);
      expr(e->b);
      emit(OP_JUMP, end);
      bind(else_l);
      expr(e->c);
      bind(end);
      break;
    }
    case EK::Lambda:
      lambda(e);
      break;
    case EK::ListComp:
    case EK::SetComp:
    case EK::DictComp:
    case EK::GenExp:
      comprehension(e);
      break;
    case EK::Await:
      load_const(await_function());
      expr(e->a);
      set_pos(e->pos);
      emit(OP_CALL, 1);
      emit(OP_GET_YIELD_FROM_ITER);
      load_none();
      emit(OP_YIELD_FROM);
      break;
    case EK::YieldFrom:
      expr(e->a);
      emit(OP_GET_YIELD_FROM_ITER);
      load_none();
      set_pos(e->pos);
      emit(OP_YIELD_FROM);
      break;
    case EK::Yield:
      // an async generator yields its values wrapped, apart from what its awaits yield
      if (u->scope->async_gen) load_const(asyncgen_helper("_wrap"));
      if (e->a)
        expr(e->a);
      else
        load_none();
      set_pos(e->pos);
      if (u->scope->async_gen) emit(OP_CALL, 1);
      emit(OP_YIELD_VALUE);
      break;
    case EK::NamedExpr:
      expr(e->b);
      emit(OP_DUP_TOP);
      name_op(e->a->s, Ctx::Store);
      break;
    case EK::MatchValue:
    case EK::MatchSingleton:
    case EK::MatchSequence:
    case EK::MatchMapping:
    case EK::MatchClass:
    case EK::MatchStar:
    case EK::MatchAs:
    case EK::MatchOr:
      break;  // patterns are compiled by match_stmt, never as expressions
  }
  u->cur_pos = saved;
}

}  // namespace weft::python
