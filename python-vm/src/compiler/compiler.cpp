// The compiler: code units, constants and names, name resolution into opcodes, the finished code
// object, the module entry point (statements: compiler_stmt.cpp; expressions: compiler_expr.cpp).
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
  err->text_from_file = true;
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

namespace {
int g_optimize = 0;
}

void set_compile_optimize(int level) { g_optimize = level; }
int compile_optimize() { return g_optimize; }

Code* compile_module(const Module& mod, const std::string& filename, const std::string* source,
                     SyntaxErrorInfo& err, bool eval_mode, bool separate_locals, bool interactive) {
  Compiler c;
  c.module_name_ops = separate_locals;
  c.interactive = interactive;
  c.filename = filename;
  c.source = source;
  c.err = &err;
  for (const CompileWarning& w : mod.warnings)
    if (!issue_compile_warning(w, filename, err)) return nullptr;
  if (!c.st.build(mod, err)) return nullptr;
  List* keep = new_list(0);
  c.keep = keep;
  c.push_unit(c.st.module_scope(), "<module>", 1);
  if (eval_mode) {
    // eval(): the body is one expression statement whose value is returned
    c.expr(mod.body[0]->value);
  } else if (const Expr* doc = interactive ? nullptr : Compiler::docstring(mod.body)) {
    // a module's docstring is its __doc__ (-OO drops it)
    if (compile_optimize() < 2) {
      c.set_pos(mod.body[0]->pos);
      c.load_const(new_str(doc->s));
      c.emit(OP_STORE_NAME, c.add_name("__doc__"));
    }
    c.setup_annotations(mod.body);
    for (size_t i = 1; i < mod.body.size() && !c.failed; i++) c.stmt(mod.body[i]);
    c.load_none();
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
