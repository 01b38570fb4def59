// The compiler's statements: assignment targets, control flow (loops, try, with and the
// unwinding of return/break/continue through them), function and class definitions, annotations.
#include <algorithm>

#include "compiler_internal.h"

namespace weft::python {

namespace {

// The comparison CPython's compiler_jump_if compiles last in condition `e` (`not`, and/or and
// conditional expressions are followed), or null.
const Expr* last_jump_compare(const Expr* e) {
  switch (e->kind) {
    case EK::Compare:
      return e;
    case EK::UnaryOp:
      return e->op == kNot ? last_jump_compare(e->a) : nullptr;
    case EK::BoolOp: {
      const Expr* last = nullptr;
      for (const Expr* x : e->elts)
        if (const Expr* c = last_jump_compare(x)) last = c;
      return last;
    }
    case EK::IfExp: {
      const Expr* last = nullptr;
      for (const Expr* x : {e->a, e->b, e->c})
        if (const Expr* c = last_jump_compare(x)) last = c;
      return last;
    }
    default:
      return nullptr;
  }
}

}  // namespace

void Compiler::stmts(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    if (failed) return;
    stmt(s);
  }
}

void Compiler::unwind_fblocks(size_t down_to, bool for_return) {
  for (size_t i = u->fblocks.size(); i > down_to; i--) {
    FBlockInfo fb = u->fblocks[i - 1];
    switch (fb.kind) {
      case FBlock::Loop:
        break;
      case FBlock::ForLoop:
        if (for_return || i - 1 > down_to) emit(OP_POP_TOP);
        break;
      case FBlock::TryFinally: {
        emit(OP_POP_BLOCK);
        // The finally body runs without this block.
        std::vector<FBlockInfo> saved(u->fblocks.begin() + static_cast<long>(i - 1),
                                      u->fblocks.end());
        u->fblocks.resize(i - 1);
        stmts(fb.node->finalbody);
        u->fblocks.insert(u->fblocks.end(), saved.begin(), saved.end());
        break;
      }
      case FBlock::With:
        emit(OP_POP_BLOCK);
        emit(OP_CALL_EXIT);
        break;
      case FBlock::ExceptHandler:
      case FBlock::HandlerCleanup:
        // a finally body's exceptional copy (node set) still has the exception on the stack
        // for its RERAISE: pop it, or a `continue` there jumps back with one more value and
        // the stack-depth analysis never ends
        if (fb.kind == FBlock::ExceptHandler && fb.node) emit(OP_POP_TOP);
        emit(OP_POP_EXCEPT);
        break;
    }
  }
}

void Compiler::assign_target(const Expr* t) {
  switch (t->kind) {
    case EK::Name:
      name_op(t->s, Ctx::Store);
      break;
    case EK::Attribute:
      expr(t->a);
      set_pos(t->pos);
      emit(OP_STORE_ATTR, add_name(mangle(t->s)));
      break;
    case EK::Subscript:
      expr(t->a);
      if (push_slice_bounds(t->b)) {
        set_pos(t->pos);
        emit(OP_STORE_SLICE);
        break;
      }
      expr(t->b);
      set_pos(t->pos);
      emit(OP_STORE_SUBSCR);
      break;
    case EK::Tuple:
    case EK::List:
      unpack_target(t);
      break;
    case EK::Starred:
      fail("starred assignment target must be in a list or tuple", t->pos);
      break;
    default:
      fail("cannot assign", t->pos);
  }
}

void Compiler::unpack_target(const Expr* t) {
  int star = -1;
  for (size_t i = 0; i < t->elts.size(); i++) {
    if (t->elts[i]->kind == EK::Starred) {
      if (star >= 0) {
        fail("multiple starred expressions in assignment", t->pos);
        return;
      }
      star = static_cast<int>(i);
    }
  }
  set_pos(t->pos);
  if (star < 0) {
    emit(OP_UNPACK_SEQUENCE, static_cast<int>(t->elts.size()));
  } else {
    int after = static_cast<int>(t->elts.size()) - star - 1;
    emit(OP_UNPACK_EX, star | (after << 8));
  }
  for (const Expr* e : t->elts) assign_target(e->kind == EK::Starred ? e->a : e);
}

void Compiler::stmt(const Stmt* s) {
  set_pos(s->pos);
  switch (s->kind) {
    case SK::Expr:
      if (interactive && units.size() == 1) {
        // CPython's interactive mode: top-level expression statements (also inside loops and
        // ifs, not in function or class bodies) go to sys.displayhook, found at each use
        load_const(Value::small(0));
        load_none();
        emit(OP_IMPORT_NAME, add_name("sys"));
        emit(OP_LOAD_ATTR, add_name("displayhook"));
        expr(s->value);
        emit(OP_CALL, 1);
      } else {
        expr(s->value);
      }
      emit(OP_POP_TOP);
      break;
    case SK::Assign:
      expr(s->value);
      for (size_t i = 0; i < s->targets.size(); i++) {
        if (i + 1 < s->targets.size()) emit(OP_DUP_TOP);
        assign_target(s->targets[i]);
      }
      break;
    case SK::AugAssign: {
      const Expr* t = s->target;
      if (t->kind == EK::Name) {
        name_op(t->s, Ctx::Load);
        expr(s->value);
        set_pos(s->pos);
        emit(OP_INPLACE_OP, s->op);
        set_pos(t->pos);  // CPython gives the store the target's position
        name_op(t->s, Ctx::Store);
      } else if (t->kind == EK::Attribute) {
        expr(t->a);
        emit(OP_DUP_TOP);
        set_pos(t->pos);
        emit(OP_LOAD_ATTR, add_name(mangle(t->s)));
        expr(s->value);
        set_pos(s->pos);
        emit(OP_INPLACE_OP, s->op);
        emit(OP_ROT_TWO);
        set_pos(t->pos);
        emit(OP_STORE_ATTR, add_name(mangle(t->s)));
      } else {
        expr(t->a);
        expr(t->b);
        emit(OP_DUP_TOP_TWO);
        set_pos(t->pos);
        emit(OP_BINARY_SUBSCR);
        expr(s->value);
        set_pos(s->pos);
        emit(OP_INPLACE_OP, s->op);
        emit(OP_ROT_THREE);
        set_pos(t->pos);
        emit(OP_STORE_SUBSCR);
      }
      break;
    }
    case SK::AnnAssign:
      if (s->value) {
        expr(s->value);
        assign_target(s->target);
      }
      // module and class bodies record a simple name's annotation in __annotations__ (the
      // annotations of locals in functions are not evaluated, as in CPython)
      if (u->scope->kind != ScopeKind::Function) {
        if (s->target->kind == EK::Name) {
          expr(s->annotation);
          emit(OP_LOAD_NAME, add_name("__annotations__"));
          load_const(intern(s->target->s));
          emit(OP_STORE_SUBSCR);
        } else {
          expr(s->annotation);
          emit(OP_POP_TOP);
        }
      }
      break;
    case SK::Return: {
      if (s->value)
        expr(s->value);
      else
        load_none();
      bool needs_unwind = false;
      for (const FBlockInfo& fb : u->fblocks)
        if (fb.kind != FBlock::Loop) needs_unwind = true;
      if (needs_unwind) {
        if (u->retval_slot < 0) u->retval_slot = local_slot(".retval");
        emit(OP_STORE_FAST, u->retval_slot);
        unwind_fblocks(0, true);
        emit(OP_LOAD_FAST, u->retval_slot);
      }
      set_pos(s->pos);
      emit(OP_RETURN_VALUE);
      break;
    }
    case SK::Delete:
      for (const Expr* t : s->targets) {
        set_pos(t->pos);
        if (t->kind == EK::Name) {
          name_op(t->s, Ctx::Del);
        } else if (t->kind == EK::Attribute) {
          expr(t->a);
          emit(OP_DELETE_ATTR, add_name(mangle(t->s)));
        } else if (t->kind == EK::Subscript) {
          expr(t->a);
          expr(t->b);
          set_pos(t->pos);
          emit(OP_DELETE_SUBSCR);
        } else {
          for (const Expr* x : t->elts) {
            Stmt d(SK::Delete);
            d.pos = x->pos;
            d.targets.push_back(const_cast<Expr*>(x));
            stmt(&d);
          }
        }
      }
      break;
    case SK::Pass:
      break;
    case SK::Break:
    case SK::Continue: {
      size_t i = u->fblocks.size();
      while (i > 0 && u->fblocks[i - 1].kind != FBlock::Loop &&
             u->fblocks[i - 1].kind != FBlock::ForLoop)
        i--;
      if (i == 0) {
        fail(s->kind == SK::Break ? "'break' outside loop" : "'continue' not properly in loop",
             s->pos);
        return;
      }
      FBlockInfo loop = u->fblocks[i - 1];
      unwind_fblocks(i, false);
      if (s->kind == SK::Break) {
        if (loop.kind == FBlock::ForLoop) emit(OP_POP_TOP);
        emit(OP_JUMP, loop.break_label);
      } else {
        emit(OP_JUMP_BACK, loop.continue_label);
      }
      break;
    }
    case SK::If: {
      int else_l = new_label(), end = new_label();
      jump_if(s->value, false, else_l);
      stmts(s->body);
      if (!s->orelse.empty()) emit(OP_JUMP, end);
      bind(else_l);
      stmts(s->orelse);
      bind(end);
      break;
    }
    case SK::While:
      while_stmt(s);
      break;
    case SK::Match:
      match_stmt(s);
      break;
    case SK::MatchCase:
      break;
    case SK::For:
      for_stmt(s);
      break;
    case SK::Try:
      try_stmt(s);
      break;
    case SK::With:
      with_stmt(s, 0);
      break;
    case SK::FunctionDef:
      function_def(s);
      break;
    case SK::ClassDef:
      class_def(s);
      break;
    case SK::Raise:
      if (s->value) expr(s->value);
      if (s->target) expr(s->target);
      set_pos(s->pos);
      emit(OP_RAISE, s->value ? (s->target ? 2 : 1) : 0);
      break;
    case SK::Assert: {
      check_assert(s);
      if (compile_optimize() > 0) break;  // -O
      int end = new_label();
      jump_if(s->value, true, end);
      // CPython 3.11's raise has the position of the last comparison its condition jumps on
      // (compiled last, not evaluated last), else the statement's
      const Expr* cmp = last_jump_compare(s->value);
      Pos raise_pos = cmp ? cmp->pos : s->pos;
      set_pos(raise_pos);
      emit(OP_LOAD_ASSERTION_ERROR);
      if (s->target) {
        expr(s->target);
        set_pos(raise_pos);
        emit(OP_CALL, 1);
      }
      emit(OP_RAISE, 1);
      bind(end);
      break;
    }
    case SK::Import:
      for (const Alias& a : s->names) {
        set_pos(s->pos);
        load_const(Value::small(0));
        load_none();
        emit(OP_IMPORT_NAME, add_name(a.name));
        if (a.asname.empty()) {
          name_op(a.name.substr(0, a.name.find('.')), Ctx::Store);
        } else {
          // import a.b as c: bind the submodule
          size_t dot = 0;
          while ((dot = a.name.find('.', dot)) != std::string::npos) {
            size_t next = a.name.find('.', dot + 1);
            emit(OP_IMPORT_FROM, add_name(a.name.substr(dot + 1, next - dot - 1)));
            emit(OP_ROT_TWO);
            emit(OP_POP_TOP);
            dot++;
          }
          name_op(a.asname, Ctx::Store);
        }
      }
      break;
    case SK::ImportFrom: {
      load_const(Value::small(s->level));
      std::vector<Value> fl;
      Tuple* fromlist = new_tuple(static_cast<int64_t>(s->names.size()));
      for (size_t i = 0; i < s->names.size(); i++) fromlist->items()[i] = intern(s->names[i].name);
      load_const(fromlist);
      emit(OP_IMPORT_NAME, add_name(s->module));
      if (s->names.size() == 1 && s->names[0].name == "*") {
        emit(OP_IMPORT_STAR);
        break;
      }
      for (const Alias& a : s->names) {
        set_pos(s->pos);
        emit(OP_IMPORT_FROM, add_name(a.name));
        name_op(a.asname.empty() ? a.name : a.asname, Ctx::Store);
      }
      emit(OP_POP_TOP);
      break;
    }
    case SK::Global:
    case SK::Nonlocal:
      break;
  }
}

void Compiler::while_stmt(const Stmt* s) {
  int top = new_label(), else_l = new_label(), end = new_label();
  bind(top);
  jump_if(s->value, false, else_l);
  u->fblocks.push_back({FBlock::Loop, end, top, s});
  stmts(s->body);
  u->fblocks.pop_back();
  // CPython tests the condition at the bottom, with the while statement's position: a
  // KeyboardInterrupt in the loop reports that line
  set_pos(s->pos);
  emit(OP_JUMP_BACK, top);
  bind(else_l);
  stmts(s->orelse);
  bind(end);
}

void Compiler::for_stmt(const Stmt* s) {
  int top = new_label(), done = new_label(), end = new_label();
  expr(s->value);
  set_pos(s->value->pos);
  emit(OP_GET_ITER);
  bind(top);
  set_pos(s->pos);
  emit(OP_FOR_ITER, done);
  assign_target(s->target);
  u->fblocks.push_back({FBlock::ForLoop, end, top, s});
  stmts(s->body);
  u->fblocks.pop_back();
  emit(OP_JUMP_BACK, top);
  bind(done);
  stmts(s->orelse);
  bind(end);
}

void Compiler::try_stmt(const Stmt* s) {
  if (!s->finalbody.empty())
    try_finally(s);
  else
    try_except(s);
}

void Compiler::try_finally(const Stmt* s) {
  int fin = new_label(), end = new_label();
  u->fblocks.push_back({FBlock::TryFinally, -1, -1, s});
  emit(OP_SETUP_FINALLY, fin);
  if (!s->handlers.empty())
    try_except(s);
  else
    stmts(s->body);
  emit(OP_POP_BLOCK);
  u->fblocks.pop_back();
  stmts(s->finalbody);
  emit(OP_JUMP, end);
  bind(fin);
  u->fblocks.push_back({FBlock::ExceptHandler, -1, -1, s});
  stmts(s->finalbody);
  u->fblocks.pop_back();
  emit(OP_RERAISE);
  bind(end);
}

void Compiler::try_except(const Stmt* s) {
  int handler = new_label(), end = new_label();
  emit(OP_SETUP_FINALLY, handler);
  u->fblocks.push_back({FBlock::Loop, -1, -1, nullptr});  // placeholder: no unwinding needed
  u->fblocks.back().kind = FBlock::Loop;
  u->fblocks.pop_back();
  // A try body's block must be popped by return/break: model it as TryFinally without body.
  Stmt empty(SK::Try);
  u->fblocks.push_back({FBlock::TryFinally, -1, -1, &empty});
  stmts(s->body);
  u->fblocks.pop_back();
  emit(OP_POP_BLOCK);
  stmts(s->orelse);
  emit(OP_JUMP, end);
  bind(handler);
  for (const ExceptHandler& h : s->handlers) {
    int next = new_label();
    set_pos(h.pos);
    if (h.type) {
      expr(h.type);
      emit(OP_CHECK_EXC_MATCH);
      emit(OP_POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.empty())
      name_op(h.name, Ctx::Store);
    else
      emit(OP_POP_TOP);
    u->fblocks.push_back({FBlock::ExceptHandler, -1, -1, nullptr});
    stmts(h.body);
    u->fblocks.pop_back();
    emit(OP_POP_EXCEPT);
    if (!h.name.empty()) {
      load_none();
      name_op(h.name, Ctx::Store);
      name_op(h.name, Ctx::Del);
    }
    emit(OP_JUMP, end);
    bind(next);
  }
  emit(OP_RERAISE);
  bind(end);
}

void Compiler::with_stmt(const Stmt* s, size_t item) {
  const WithItem& w = s->items[item];
  int handler = new_label(), suppress = new_label(), end = new_label();
  expr(w.context);
  set_pos(s->pos);
  emit(OP_BEFORE_WITH);
  if (w.target)
    assign_target(w.target);
  else
    emit(OP_POP_TOP);
  emit(OP_SETUP_FINALLY, handler);
  u->fblocks.push_back({FBlock::With, -1, -1, s});
  if (item + 1 < s->items.size())
    with_stmt(s, item + 1);
  else
    stmts(s->body);
  u->fblocks.pop_back();
  emit(OP_POP_BLOCK);
  set_pos(s->pos);
  emit(OP_CALL_EXIT);
  emit(OP_JUMP, end);
  bind(handler);
  set_pos(s->pos);
  emit(OP_WITH_EXCEPT);
  emit(OP_POP_JUMP_IF_TRUE, suppress);
  emit(OP_RERAISE);
  bind(suppress);
  emit(OP_POP_TOP);
  emit(OP_POP_EXCEPT);
  emit(OP_POP_TOP);
  bind(end);
}

int Compiler::function_defaults(const Arguments* a) {
  int flags = 0;
  if (!a->defaults.empty()) {
    for (const Expr* d : a->defaults) expr(d);
    emit(OP_BUILD_TUPLE, static_cast<int>(a->defaults.size()));
    flags |= 1;
  }
  int nkw = 0;
  for (size_t i = 0; i < a->kwonly.size(); i++) {
    if (!a->kw_defaults[i]) continue;
    load_const(intern(a->kwonly[i].name));
    expr(a->kw_defaults[i]);
    nkw++;
  }
  if (nkw) {
    emit(OP_BUILD_MAP, nkw);
    flags |= 2;
  }
  return flags;
}

void Compiler::make_closure(Code* code, const std::string& qualname, int flags) {
  Tuple* fv = code->freevars;
  if (fv->size > 0) {
    for (int64_t i = 0; i < fv->size; i++) {
      std::string n(fv->at(i).as<Str>()->view());
      emit(OP_LOAD_CLOSURE, u->cells.at(n));
    }
    emit(OP_BUILD_TUPLE, static_cast<int>(fv->size));
    flags |= 8;
  }
  load_const(code);
  load_const(intern(qualname));
  emit(OP_MAKE_FUNCTION, flags);
}

const Expr* Compiler::docstring(const std::vector<Stmt*>& body) {
  if (body.empty() || body[0]->kind != SK::Expr) return nullptr;
  const Expr* e = body[0]->value;
  return e->kind == EK::Const && e->ck == ConstKind::Str ? e : nullptr;
}

void Compiler::function_def(const Stmt* s) {
  for (const Expr* d : s->decorators) expr(d);
  set_pos(s->pos);
  int flags = function_defaults(s->args);
  Scope* scope = st.scope_of(s);
  std::string qn = child_qualname(s->name, true);
  push_unit(scope, qn, s->pos.line);
  // A docstring is the first constant (CPython keeps it in co_consts[0]); -OO drops it.
  const Expr* doc = docstring(s->body);
  add_const(doc && compile_optimize() < 2 ? new_str(doc->s) : Value(rt.None));
  size_t start = doc ? 1 : 0;
  for (size_t i = start; i < s->body.size() && !failed; i++) stmt(s->body[i]);
  load_none();
  emit(OP_RETURN_VALUE);
  const Arguments* a = s->args;
  Code* code = finish_unit(s->name, static_cast<int>(a->posonly.size() + a->args.size()),
                           static_cast<int>(a->posonly.size()), static_cast<int>(a->kwonly.size()),
                           a->has_vararg, a->has_kwarg);
  pop_unit();
  set_pos(s->pos);
  make_closure(code, qn, flags);
  function_annotations(s);
  if (scope->async_gen) {
    // calling an async generator function makes an async_generator around the generator
    load_const(asyncgen_helper("_function"));
    emit(OP_ROT_TWO);
    emit(OP_CALL, 1);
  }
  for (size_t i = 0; i < s->decorators.size(); i++) emit(OP_CALL, 1);
  name_op(s->name, Ctx::Store);
}

// f.__annotations__ = {...} on the function on top of the stack, when it has annotations.
void Compiler::function_annotations(const Stmt* s) {
  const Arguments* a = s->args;
  std::vector<std::pair<std::string, const Expr*>> ann;
  auto add = [&](const Arg& arg) {
    if (arg.annotation) ann.emplace_back(arg.name, arg.annotation);
  };
  for (const Arg& arg : a->posonly) add(arg);
  for (const Arg& arg : a->args) add(arg);
  if (a->has_vararg) add(a->vararg);
  for (const Arg& arg : a->kwonly) add(arg);
  if (a->has_kwarg) add(a->kwarg);
  if (s->value) ann.emplace_back("return", s->value);
  if (ann.empty()) return;
  emit(OP_DUP_TOP);
  for (auto& [name, e] : ann) {
    load_const(intern(name));
    expr(e);
  }
  emit(OP_BUILD_MAP, static_cast<int>(ann.size()));
  emit(OP_ROT_TWO);
  emit(OP_STORE_ATTR, add_name("__annotations__"));
}

// Whether a module or class body has an annotated assignment of its own (outside nested
// functions and classes): then it starts by creating __annotations__.
bool has_annotations(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    if (s->kind == SK::AnnAssign) return true;
    if (s->kind == SK::FunctionDef || s->kind == SK::ClassDef) continue;
    if (has_annotations(s->body) || has_annotations(s->orelse) || has_annotations(s->finalbody))
      return true;
    for (const ExceptHandler& h : s->handlers)
      if (has_annotations(h.body)) return true;
  }
  return false;
}

void Compiler::setup_annotations(const std::vector<Stmt*>& body) {
  if (!has_annotations(body)) return;
  emit(OP_BUILD_MAP, 0);
  emit(OP_STORE_NAME, add_name("__annotations__"));
}

void Compiler::class_def(const Stmt* s) {
  for (const Expr* d : s->decorators) expr(d);
  set_pos(s->pos);
  emit(OP_LOAD_BUILD_CLASS);
  Scope* scope = st.scope_of(s);
  std::string qn = child_qualname(s->name, false);
  push_unit(scope, qn, s->pos.line);
  std::string saved_private = private_name;
  private_name = s->name.substr(std::min(s->name.find_first_not_of('_'), s->name.size()));
  emit(OP_LOAD_NAME, add_name("__name__"));
  emit(OP_STORE_NAME, add_name("__module__"));
  load_const(intern(qn));
  emit(OP_STORE_NAME, add_name("__qualname__"));
  const Expr* doc = docstring(s->body);
  size_t start = doc ? 1 : 0;
  if (doc && compile_optimize() < 2) {  // -OO drops docstrings
    load_const(new_str(doc->s));
    emit(OP_STORE_NAME, add_name("__doc__"));
  }
  setup_annotations(s->body);
  for (size_t i = start; i < s->body.size() && !failed; i++) stmt(s->body[i]);
  if (scope->class_cell) {
    emit(OP_LOAD_CLOSURE, u->cells.at("__class__"));
    emit(OP_STORE_NAME, add_name("__classcell__"));
  }
  load_none();
  emit(OP_RETURN_VALUE);
  private_name = saved_private;
  Code* code = finish_unit(s->name, 0, 0, 0, false, false);
  pop_unit();
  set_pos(s->pos);
  make_closure(code, qn, 0);
  load_const(intern(s->name));
  call_helper(s->bases, s->keywords, 2);
  for (size_t i = 0; i < s->decorators.size(); i++) emit(OP_CALL, 1);
  name_op(s->name, Ctx::Store);
}

}  // namespace weft::python
