// The compiler: code units, name resolution into opcodes, statements, stack-depth analysis.
#include "weft/python/compiler.h"

#include "compiler_internal.h"

namespace weft::python {

int Compiler::emit(int op, int arg) {
  u->ops.push_back(make_instr(op, arg));
  u->pos.push_back(u->cur_pos);
  return static_cast<int>(u->ops.size()) - 1;
}

int Compiler::new_label() {
  u->labels.push_back(-1);
  return static_cast<int>(u->labels.size()) - 1;
}

void Compiler::bind(int label) { u->labels[label] = static_cast<int>(u->ops.size()); }

int Compiler::add_const(Value v) {
  for (size_t i = 0; i < u->consts.size(); i++) {
    Value c = u->consts[i];
    if (c == v) return static_cast<int>(i);
    // equal strings share a slot
    if (c.is_ptr() && v.is_ptr() && c.obj()->type == rt.str_type && v.obj()->type == rt.str_type &&
        str_eq(c.as<Str>(), v.as<Str>()))
      return static_cast<int>(i);
  }
  if (v.is_ptr()) {
    gc::Heap::pin(v.obj());  // u->consts is not traced (`keep` only keeps it alive)
    list_append(keep, v);
  }
  u->consts.push_back(v);
  return static_cast<int>(u->consts.size()) - 1;
}

int Compiler::add_name(const std::string& n) {
  auto it = u->names.find(n);
  if (it != u->names.end()) return it->second;
  int i = static_cast<int>(u->name_list.size());
  u->names[n] = i;
  u->name_list.push_back(n);
  return i;
}

void Compiler::load_none() { load_const(rt.None); }

bool Compiler::fail(const std::string& msg, Pos pos) {
  if (failed) return false;
  failed = true;
  err->kind = "SyntaxError";
  err->msg = msg;
  err->line = pos.line;
  err->col = pos.col + 1;
  err->end_line = pos.end_line;
  err->end_col = pos.end_col + 1;
  return false;
}

int Compiler::local_slot(const std::string& name) {
  auto it = u->varnames.find(name);
  if (it != u->varnames.end()) return it->second;
  int i = static_cast<int>(u->varname_list.size());
  u->varnames[name] = i;
  u->varname_list.push_back(name);
  return i;
}

void Compiler::name_op(const std::string& name, Ctx ctx) {
  Scope* s = u->scope;
  NameKind k = s->kind_of(name);
  if (s->kind == ScopeKind::Module) k = NameKind::GlobalImplicit;
  int op;
  int arg;
  switch (k) {
    case NameKind::Local:
      op = ctx == Ctx::Load ? OP_LOAD_FAST : ctx == Ctx::Store ? OP_STORE_FAST : OP_DELETE_FAST;
      arg = local_slot(name);
      break;
    case NameKind::Cell:
    case NameKind::Free:
      op = ctx == Ctx::Load    ? (s->kind == ScopeKind::Class ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
           : ctx == Ctx::Store ? OP_STORE_DEREF
                               : OP_DELETE_DEREF;
      arg = u->cells.at(name);
      if (op == OP_LOAD_CLASSDEREF) {
        emit(op, arg);
        u->ops.back() = make_instr(op, arg);
        // LOAD_CLASSDEREF needs the name too: encoded as cell index; the name is the cell's.
        return;
      }
      break;
    case NameKind::GlobalExplicit:
    case NameKind::GlobalImplicit:
      op = ctx == Ctx::Load    ? OP_LOAD_GLOBAL
           : ctx == Ctx::Store ? OP_STORE_GLOBAL
                               : OP_DELETE_GLOBAL;
      arg = add_name(mangle(name));
      if ((s->kind == ScopeKind::Class || (s->kind == ScopeKind::Module && module_name_ops)) &&
          k == NameKind::GlobalImplicit)
        op = ctx == Ctx::Load ? OP_LOAD_NAME : ctx == Ctx::Store ? OP_STORE_NAME : OP_DELETE_NAME;
      break;
    case NameKind::Name:
    default:
      op = ctx == Ctx::Load ? OP_LOAD_NAME : ctx == Ctx::Store ? OP_STORE_NAME : OP_DELETE_NAME;
      arg = add_name(mangle(name));
      break;
  }
  emit(op, arg);
}

bool Compiler::push_unit(Scope* scope, const std::string& qualname, int firstline) {
  Unit* nu = new Unit();
  nu->scope = scope;
  nu->qualname = qualname;
  nu->firstline = firstline;
  nu->cur_pos = {firstline, -1, firstline, -1};
  units.push_back(nu);
  u = nu;
  for (const std::string& p : scope->params) local_slot(p);
  int i = 0;
  for (const std::string& c : scope->cellvars) u->cells[c] = i++;
  for (const std::string& f : scope->freevars) u->cells[f] = i++;
  return true;
}

void Compiler::pop_unit() {
  delete units.back();
  units.pop_back();
  u = units.empty() ? nullptr : units.back();
}

std::string Compiler::child_qualname(const std::string& name, bool /*is_function*/) {
  if (u->scope->kind == ScopeKind::Module) return name;
  if (u->scope->kind == ScopeKind::Function) return u->qualname + ".<locals>." + name;
  return u->qualname + "." + name;
}

namespace {

int stack_effect(int op, int arg, bool jump) {
  switch (op) {
    case OP_NOP:
    case OP_ROT_TWO:
    case OP_ROT_THREE:
    case OP_ROT_FOUR:
      return 0;
    case OP_POP_TOP:
      return -1;
    case OP_MATCH:
      return -(arg >> 16);  // subject and values in, the result out
    case OP_DUP_TOP:
    case OP_COPY:
      return 1;
    case OP_DUP_TOP_TWO:
      return 2;
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME:
      return 1;
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME:
      return -1;
    case OP_DELETE_FAST:
    case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME:
      return 0;
    case OP_LOAD_ATTR:
      return 0;
    case OP_STORE_ATTR:
      return -2;
    case OP_DELETE_ATTR:
      return -1;
    case OP_LOAD_METHOD:
      return 1;
    case OP_CALL_METHOD:
      return -(arg + 1);
    case OP_BINARY_SUBSCR:
      return -1;
    case OP_STORE_SUBSCR:
      return -3;
    case OP_DELETE_SUBSCR:
      return -2;
    case OP_BUILD_SLICE:
      return 1 - arg;
    case OP_BINARY_OP:
    case OP_INPLACE_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
      return -1;
    case OP_UNARY_NEG:
    case OP_UNARY_POS:
    case OP_UNARY_INVERT:
    case OP_UNARY_NOT:
      return 0;
    case OP_JUMP:
    case OP_JUMP_BACK:
      return 0;
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
      return -1;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case OP_GET_ITER:
      return 0;
    case OP_FOR_ITER:
      return jump ? -1 : 1;
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
      return 1 - arg;
    case OP_BUILD_MAP:
      return 1 - 2 * arg;
    case OP_LIST_APPEND:
    case OP_SET_ADD:
      return -1;
    case OP_MAP_ADD:
      return -2;
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
      return -1;
    case OP_LIST_TO_TUPLE:
      return 0;
    case OP_UNPACK_SEQUENCE:
      return arg - 1;
    case OP_UNPACK_EX:
      return (arg & 0xFF) + (arg >> 8);
    case OP_CALL:
      return -arg;
    case OP_CALL_KW:
      return -arg - 1;
    case OP_CALL_EX:
      return -(1 + (arg & 1));
    case OP_MAKE_FUNCTION:
      return -1 - ((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 8) != 0);
    case OP_RETURN_VALUE:
      return -1;
    case OP_SETUP_FINALLY:
      return jump ? 2 : 0;
    case OP_POP_BLOCK:
      return 0;
    case OP_POP_EXCEPT:
      return -1;
    case OP_RERAISE:
      return -1;
    case OP_RAISE:
      return -arg;
    case OP_CHECK_EXC_MATCH:
      return 0;
    case OP_BEFORE_WITH:
    case OP_WITH_EXCEPT:
      return 1;
    case OP_CALL_EXIT:
      return -1;
    case OP_IMPORT_NAME:
      return -1;
    case OP_IMPORT_FROM:
      return 1;
    case OP_IMPORT_STAR:
      return -1;
    case OP_YIELD_VALUE:
      return 0;
    case OP_YIELD_FROM:
      return -1;
    case OP_GET_YIELD_FROM_ITER:
      return 0;
    case OP_FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR:
      return 1;
    default:
      return 0;
  }
}

bool is_jump(int op) {
  return op == OP_JUMP || op == OP_JUMP_BACK || op == OP_POP_JUMP_IF_FALSE ||
         op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
         op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_SETUP_FINALLY;
}

int max_stack(const std::vector<uint32_t>& ops) {
  std::vector<int> depth(ops.size() + 1, -1);
  std::vector<int> work;
  int maxd = 0;
  auto push = [&](int at, int d) {
    if (at < 0 || at >= static_cast<int>(ops.size())) return;
    if (depth[at] >= d) return;
    depth[at] = d;
    work.push_back(at);
  };
  push(0, 0);
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    int d = depth[i];
    for (; i < static_cast<int>(ops.size()); i++) {
      if (depth[i] > d) break;  // already reached with a bigger depth
      depth[i] = d;
      int op = ops[i] & 0xFF, arg = static_cast<int>(ops[i] >> 8);
      if (d > maxd) maxd = d;
      if (is_jump(op)) {
        int jd = d + stack_effect(op, arg, true);
        if (jd > maxd) maxd = jd;
        push(arg, jd);
      }
      if (op == OP_JUMP || op == OP_JUMP_BACK || op == OP_RETURN_VALUE || op == OP_RERAISE ||
          op == OP_RAISE)
        break;
      d += stack_effect(op, arg, false);
      if (d > maxd) maxd = d;
    }
  }
  return maxd + 2;
}

Tuple* names_tuple(const std::vector<std::string>& names) {
  Tuple* t = new_tuple(static_cast<int64_t>(names.size()));
  for (size_t i = 0; i < names.size(); i++) t->items()[i] = intern(names[i]);
  return t;
}

}  // namespace

Code* Compiler::finish_unit(const std::string& name, int argcount, int posonly, int kwonly,
                            bool varargs, bool varkw) {
  // Resolve labels.
  for (uint32_t& ins : u->ops) {
    int op = ins & 0xFF;
    if (is_jump(op)) ins = make_instr(op, u->labels[ins >> 8]);
  }
  Code* c = alloc<Code>(rt.code_type);
  list_append(keep, c);
  c->ops = new std::vector<uint32_t>(std::move(u->ops));
  c->pos = new std::vector<InstrPos>(std::move(u->pos));
  Tuple* consts = new_tuple(static_cast<int64_t>(u->consts.size()));
  for (size_t i = 0; i < u->consts.size(); i++) consts->items()[i] = u->consts[i];
  c->consts = consts;
  c->names = names_tuple(u->name_list);
  c->varnames = names_tuple(u->varname_list);
  c->cellvars = names_tuple(u->scope->cellvars);
  c->freevars = names_tuple(u->scope->freevars);
  c->name = intern(name);
  c->qualname = intern(u->qualname);
  c->filename = intern(filename);
  c->argcount = argcount;
  c->posonlycount = posonly;
  c->kwonlycount = kwonly;
  c->varargs = varargs;
  c->varkw = varkw;
  c->generator = u->scope->generator;
  // an async generator's body is a plain generator that lib/_weft_asyncgen.py drives
  c->coroutine = u->scope->coroutine && !u->scope->async_gen;
  c->name_locals = u->scope->kind != ScopeKind::Function;
  c->nlocals = static_cast<int>(u->varname_list.size());
  c->ncells = static_cast<int>(u->scope->cellvars.size());
  c->nfree = static_cast<int>(u->scope->freevars.size());
  c->stacksize = max_stack(*c->ops);
  for (uint32_t ins : *c->ops)
    if ((ins & 0xFF) == OP_SETUP_FINALLY && c->maxblocks < kMaxBlocks) c->maxblocks++;
  c->firstline = u->firstline;
  c->source = source;
  c->cell_args = new std::vector<int>();
  for (const std::string& cv : u->scope->cellvars) {
    int idx = -1;
    for (size_t i = 0; i < u->scope->params.size(); i++)
      if (u->scope->params[i] == cv) idx = static_cast<int>(i);
    c->cell_args->push_back(idx);
  }
  if (!code_init_caches(c)) failed = true;
  return c;
}

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
        fail("multiple starred expressions in assignment", t->elts[i]->pos);
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
      int end = new_label();
      jump_if(s->value, true, end);
      emit(OP_LOAD_ASSERTION_ERROR);
      if (s->target) {
        expr(s->target);
        emit(OP_CALL, 1);
      }
      set_pos(s->value->pos);
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

void Compiler::function_def(const Stmt* s) {
  for (const Expr* d : s->decorators) expr(d);
  set_pos(s->pos);
  int flags = function_defaults(s->args);
  Scope* scope = st.scope_of(s);
  std::string qn = child_qualname(s->name, true);
  push_unit(scope, qn, s->pos.line);
  // A docstring is the first constant (CPython keeps it in co_consts[0]).
  size_t start = 0;
  if (!s->body.empty() && s->body[0]->kind == SK::Expr && s->body[0]->value->kind == EK::Const &&
      s->body[0]->value->ck == ConstKind::Str) {
    add_const(new_str(s->body[0]->value->s));
    start = 1;
  } else {
    add_const(rt.None);
  }
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
  size_t start = 0;
  if (!s->body.empty() && s->body[0]->kind == SK::Expr && s->body[0]->value->kind == EK::Const &&
      s->body[0]->value->ck == ConstKind::Str) {
    load_const(new_str(s->body[0]->value->s));
    emit(OP_STORE_NAME, add_name("__doc__"));
    start = 1;
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

Code* compile_module(const Module& mod, const std::string& filename, const std::string* source,
                     SyntaxErrorInfo& err, bool eval_mode, bool separate_locals, bool interactive) {
  Compiler c;
  c.module_name_ops = separate_locals;
  c.interactive = interactive;
  c.filename = filename;
  c.source = source;
  c.err = &err;
  if (!c.st.build(mod, err)) return nullptr;
  List* keep = new_list(0);
  c.keep = keep;
  c.push_unit(c.st.module_scope(), "<module>", 1);
  if (eval_mode) {
    // eval(): the body is one expression statement whose value is returned
    c.expr(mod.body[0]->value);
  } else {
    c.setup_annotations(mod.body);
    c.stmts(mod.body);
    c.load_none();
  }
  if (c.failed) return nullptr;
  c.emit(OP_RETURN_VALUE);
  Code* code = c.finish_unit("<module>", 0, 0, 0, false, false);
  c.pop_unit();
  // `keep` stays reachable from this frame until here; the code object now holds everything.
  __asm__ volatile("" ::"r"(keep) : "memory");
  return code;
}

}  // namespace weft::python
