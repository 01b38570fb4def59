// The symbol-table pass (see symtable.h).
#include "symtable.h"

namespace weft::python {

NameKind Scope::kind_of(const std::string& n) const {
  auto it = kinds.find(n);
  if (it != kinds.end()) return it->second;
  if (kind == ScopeKind::Function) return NameKind::GlobalImplicit;
  return NameKind::Name;
}

Scope* SymbolTable::new_scope(ScopeKind k, const std::string& name, const void* node,
                              Scope* parent) {
  owned_.push_back(std::make_unique<Scope>());
  Scope* s = owned_.back().get();
  s->kind = k;
  s->name = name;
  s->parent = parent;
  s->node = node;
  scopes_[node] = s;
  return s;
}

bool SymbolTable::error(const std::string& msg, Pos pos) {
  if (failed_) return false;
  failed_ = true;
  err_->kind = "SyntaxError";
  err_->msg = msg;
  err_->line = pos.line;
  err_->col = pos.col + 1;
  err_->end_line = pos.end_line;
  err_->end_col = pos.end_col + 1;
  err_->text_from_file = true;
  return false;
}

void SymbolTable::bind(const std::string& name, int flag, Pos pos) {
  int& f = cur_->flags[name];
  if ((flag & (kDefLocal | kDefParam)) && (f & kDefGlobal) == 0 && (f & kDefNonlocal) == 0) {
    bool first = (f & (kDefLocal | kDefParam)) == 0;
    if (first) cur_->order.push_back(name);
  }
  if (flag == kDefGlobal || flag == kDefNonlocal) {
    // CPython's order of checks; the first global/nonlocal declaration is where later errors
    // about the name point
    const char* what = flag == kDefGlobal ? "global" : "nonlocal";
    bool module = cur_->kind == ScopeKind::Module;
    if (f & kDefParam)
      error("name '" + name + "' is parameter and " + what, pos);
    else if ((f & kUse) && !module)
      error("name '" + name + "' is used prior to " + what + " declaration", pos);
    else if ((f & kDefLocal) && !module)
      error("name '" + name + "' is assigned to before " + what + " declaration", pos);
    cur_->directive_pos.emplace(name, pos);
  }
  if (flag == kDefParam && (f & kDefParam))
    error("duplicate argument '" + name + "' in function definition", pos);
  f |= flag;
}

void SymbolTable::mark_iteration_names(const Expr* e) {
  if (e->kind == EK::Name) cur_->flags[e->s] |= kDefCompIter;
  if (e->kind == EK::Starred) mark_iteration_names(e->a);
  if (e->kind == EK::Tuple || e->kind == EK::List)
    for (const Expr* x : e->elts) mark_iteration_names(x);
}

void SymbolTable::bind_target(const Expr* e) {
  switch (e->kind) {
    case EK::Name:
      bind(e->s, kDefLocal, e->pos);
      break;
    case EK::Tuple:
    case EK::List:
      for (const Expr* x : e->elts) bind_target(x);
      break;
    case EK::Starred:
      bind_target(e->a);
      break;
    default:
      visit_expr(e);
  }
}

void SymbolTable::visit_args(const Arguments* a) {
  for (const Expr* d : a->defaults) visit_expr(d);
  for (const Expr* d : a->kw_defaults)
    if (d) visit_expr(d);
  auto ann = [&](const Arg& x) {
    if (x.annotation) visit_expr(x.annotation);
  };
  for (const Arg& x : a->posonly) ann(x);
  for (const Arg& x : a->args) ann(x);
  for (const Arg& x : a->kwonly) ann(x);
  if (a->has_vararg) ann(a->vararg);
  if (a->has_kwarg) ann(a->kwarg);
}

static void declare_params(Scope* s, const Arguments* a) {
  auto add = [&](const Arg& x) {
    s->params.push_back(x.name);
    s->flags[x.name] |= kDefParam;
    s->order.push_back(x.name);
  };
  for (const Arg& x : a->posonly) add(x);
  for (const Arg& x : a->args) add(x);
  for (const Arg& x : a->kwonly) add(x);
  if (a->has_vararg) add(a->vararg);
  if (a->has_kwarg) add(a->kwarg);
}

void SymbolTable::visit_stmts(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) visit_stmt(s);
}

void SymbolTable::visit_stmt(const Stmt* s) {
  if (failed_) return;
  switch (s->kind) {
    case SK::Expr:
      visit_expr(s->value);
      break;
    case SK::Assign:
      visit_expr(s->value);
      for (const Expr* t : s->targets) bind_target(t);
      break;
    case SK::AugAssign:
      visit_expr(s->value);
      if (s->target->kind == EK::Name) {
        cur_->flags[s->target->s] |= kUse;
        bind(s->target->s, kDefLocal, s->target->pos);
      } else {
        visit_expr(s->target);
      }
      break;
    case SK::AnnAssign:
      if (s->value) visit_expr(s->value);
      if (s->target->kind == EK::Name) {
        if (s->value || cur_->kind != ScopeKind::Function)
          bind(s->target->s, kDefLocal, s->pos);
        else
          bind(s->target->s, kDefLocal, s->pos);
      } else {
        visit_expr(s->target);
      }
      if (cur_->kind != ScopeKind::Function) visit_expr(s->annotation);
      break;
    case SK::Return:
      if (cur_->kind != ScopeKind::Function) {
        error("'return' outside function", s->pos);
        return;
      }
      if (s->value) visit_expr(s->value);
      break;
    case SK::Delete:
      for (const Expr* t : s->targets) bind_target(t);
      break;
    case SK::Pass:
      break;
    case SK::Break:
      if (loop_depth_ == 0) error("'break' outside loop", s->pos);
      break;
    case SK::Continue:
      if (loop_depth_ == 0) error("'continue' not properly in loop", s->pos);
      break;
    case SK::If:
      visit_expr(s->value);
      visit_stmts(s->body);
      visit_stmts(s->orelse);
      break;
    case SK::Match:
      visit_expr(s->value);
      visit_stmts(s->body);
      break;
    case SK::MatchCase:
      visit_expr(s->target);
      visit_expr(s->value);
      visit_stmts(s->body);
      break;
    case SK::While:
      visit_expr(s->value);
      loop_depth_++;
      visit_stmts(s->body);
      loop_depth_--;
      visit_stmts(s->orelse);
      break;
    case SK::For:
      visit_expr(s->value);
      bind_target(s->target);
      loop_depth_++;
      visit_stmts(s->body);
      loop_depth_--;
      visit_stmts(s->orelse);
      break;
    case SK::Try:
      visit_stmts(s->body);
      for (const ExceptHandler& h : s->handlers) {
        if (h.type) visit_expr(h.type);
        if (!h.name.empty()) bind(h.name, kDefLocal, h.pos);
        visit_stmts(h.body);
      }
      visit_stmts(s->orelse);
      visit_stmts(s->finalbody);
      break;
    case SK::With:
      for (const WithItem& w : s->items) {
        visit_expr(w.context);
        if (w.target) bind_target(w.target);
      }
      visit_stmts(s->body);
      break;
    case SK::FunctionDef: {
      for (const Expr* d : s->decorators) visit_expr(d);
      visit_args(s->args);
      if (s->value) visit_expr(s->value);
      bind(s->name, kDefLocal, s->pos);
      Scope* outer = cur_;
      int loops = loop_depth_, iters = comp_iter_;
      loop_depth_ = comp_iter_ = 0;
      cur_ = new_scope(ScopeKind::Function, s->name, s, outer);
      if (s->is_async) cur_->generator = cur_->coroutine = true;
      declare_params(cur_, s->args);
      visit_stmts(s->body);
      cur_ = outer;
      loop_depth_ = loops;
      comp_iter_ = iters;
      break;
    }
    case SK::ClassDef: {
      for (const Expr* d : s->decorators) visit_expr(d);
      for (const Expr* b : s->bases) visit_expr(b);
      for (const Keyword& k : s->keywords) visit_expr(k.value);
      bind(s->name, kDefLocal, s->pos);
      Scope* outer = cur_;
      int loops = loop_depth_, iters = comp_iter_;
      loop_depth_ = comp_iter_ = 0;
      cur_ = new_scope(ScopeKind::Class, s->name, s, outer);
      visit_stmts(s->body);
      cur_ = outer;
      loop_depth_ = loops;
      comp_iter_ = iters;
      break;
    }
    case SK::Raise:
      if (s->value) visit_expr(s->value);
      if (s->target) visit_expr(s->target);
      break;
    case SK::Assert:
      visit_expr(s->value);
      if (s->target) visit_expr(s->target);
      break;
    case SK::Import:
      for (const Alias& a : s->names) {
        std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
        bind(n, kDefLocal, a.pos);
      }
      break;
    case SK::ImportFrom:
      for (const Alias& a : s->names) {
        if (a.name == "*") {
          if (cur_->kind != ScopeKind::Module)
            error("import * only allowed at module level", a.pos);
          continue;
        }
        bind(a.asname.empty() ? a.name : a.asname, kDefLocal, a.pos);
      }
      break;
    case SK::Global:
      for (const std::string& n : s->ids) bind(n, kDefGlobal, s->pos);
      break;
    case SK::Nonlocal:
      if (cur_->kind == ScopeKind::Module) {
        error("nonlocal declaration not allowed at module level", s->pos);
        return;
      }
      for (const std::string& n : s->ids) bind(n, kDefNonlocal, s->pos);
      break;
  }
}

void SymbolTable::visit_comprehension(const Expr* e) {
  // The first iterable is evaluated in the enclosing scope.
  comp_iter_++;
  visit_expr(e->gens[0].iter);
  comp_iter_--;
  Scope* outer = cur_;
  cur_ = new_scope(ScopeKind::Function,
                   e->kind == EK::ListComp   ? "<listcomp>"
                   : e->kind == EK::SetComp  ? "<setcomp>"
                   : e->kind == EK::DictComp ? "<dictcomp>"
                                             : "<genexpr>",
                   e, outer);
  cur_->comprehension = true;
  cur_->generator = e->kind == EK::GenExp;
  // an async comprehension (or one with await) is a coroutine its caller awaits
  for (const Comprehension& c : e->gens)
    if (c.is_async) cur_->generator = cur_->coroutine = true;
  cur_->params.push_back(".0");
  cur_->flags[".0"] |= kDefParam;
  cur_->order.push_back(".0");
  for (size_t i = 0; i < e->gens.size(); i++) {
    const Comprehension& c = e->gens[i];
    if (i > 0) {
      comp_iter_++;
      visit_expr(c.iter);
      comp_iter_--;
    }
    bind_target(c.target);
    mark_iteration_names(c.target);
    for (const Expr* x : c.ifs) visit_expr(x);
  }
  if (e->a) visit_expr(e->a);
  if (e->b) visit_expr(e->b);
  // a generator expression with `async for` or `await` is an async generator; other async
  // comprehensions belong in async functions (or other comprehensions)
  if (e->kind == EK::GenExp && cur_->coroutine) cur_->async_gen = true;
  bool outer_async =
      outer->kind == ScopeKind::Function && (outer->coroutine || outer->comprehension);
  if (e->kind != EK::GenExp && cur_->coroutine && !outer_async)
    error("asynchronous comprehension outside of an asynchronous function", e->pos);
  cur_ = outer;
}

void SymbolTable::visit_expr(const Expr* e) {
  if (!e || failed_) return;
  switch (e->kind) {
    case EK::Name:
      if (e->ctx == Ctx::Load) {
        cur_->flags[e->s] |= kUse;
        if (e->s == "super" && cur_->kind == ScopeKind::Function) cur_->flags["__class__"] |= kUse;
      } else {
        bind(e->s, kDefLocal, e->pos);
      }
      return;
    case EK::Lambda: {
      visit_args(e->args);
      Scope* outer = cur_;
      cur_ = new_scope(ScopeKind::Function, "<lambda>", e, outer);
      declare_params(cur_, e->args);
      visit_expr(e->a);  // (in a comprehension's iterable, still in it: as CPython's scopes)
      cur_ = outer;
      return;
    }
    case EK::ListComp:
    case EK::SetComp:
    case EK::DictComp:
    case EK::GenExp:
      visit_comprehension(e);
      return;
    case EK::Yield:
    case EK::YieldFrom:
    case EK::Await:
      if (e->kind == EK::Await) {
        // (the awaits of a desugared `async with`/`async for` say so: op 1/2, parser_desugar.cpp)
        const char* stmt = e->op == 1 ? "'async with'" : e->op == 2 ? "'async for'" : nullptr;
        bool in_function = cur_->kind == ScopeKind::Function;
        if (!in_function || !(cur_->coroutine || cur_->comprehension)) {
          error(stmt          ? std::string(stmt) + " outside async function"
                : in_function ? "'await' outside async function"
                              : "'await' outside function",
                e->pos);
          return;
        }
      }
      if (cur_->kind != ScopeKind::Function) {
        error("'yield' outside function", e->pos);
        return;
      }
      if (e->kind == EK::YieldFrom && cur_->coroutine && !cur_->comprehension) {
        error("'yield from' inside async function", e->pos);
        return;
      }
      cur_->generator = true;
      if (e->kind == EK::Await && cur_->comprehension) cur_->coroutine = true;
      if (e->kind != EK::Await && cur_->coroutine && !cur_->comprehension) cur_->async_gen = true;
      visit_expr(e->a);
      return;
    case EK::NamedExpr: {
      if (comp_iter_ > 0) {
        error("assignment expression cannot be used in a comprehension iterable expression",
              e->pos);
        return;
      }
      // In a comprehension the target binds in the nearest enclosing non-comprehension scope,
      // which may not be a class body, and may not be an iteration variable on the way.
      Scope* target = cur_;
      for (; target->comprehension; target = target->parent)
        if (target->flags[e->a->s] & kDefCompIter) {
          error("assignment expression cannot rebind comprehension iteration variable '" + e->a->s +
                    "'",
                e->a->pos);
          return;
        }
      if (target != cur_ && target->kind == ScopeKind::Class) {
        error("assignment expression within a comprehension cannot be used in a class body",
              e->a->pos);
        return;
      }
      visit_expr(e->b);
      if (target != cur_) {
        Scope* saved = cur_;
        cur_ = target;
        bind(e->a->s, kDefLocal, e->a->pos);
        cur_ = saved;
        for (Scope* s = cur_; s != target; s = s->parent)
          s->flags[e->a->s] |= target->kind == ScopeKind::Module ? kDefGlobal : kDefNonlocal;
      } else {
        bind(e->a->s, kDefLocal, e->a->pos);
      }
      return;
    }
    case EK::MatchAs:
    case EK::MatchStar:
    case EK::MatchMapping:
      // capture patterns bind their names
      if (!e->s.empty()) bind(e->s, kDefLocal, e->pos);
      break;
    default:
      break;
  }
  visit_expr(e->a);
  visit_expr(e->b);
  visit_expr(e->c);
  for (const Expr* x : e->elts) visit_expr(x);
  for (const Expr* x : e->vals) visit_expr(x);
  for (const Keyword& k : e->kws) visit_expr(k.value);
}

bool SymbolTable::analyze(Scope* s, const std::set<std::string>& enclosing) {
  // Own names.
  for (auto& [name, f] : s->flags) {
    NameKind k;
    auto directive = [&]() {
      auto at = s->directive_pos.find(name);
      return at != s->directive_pos.end() ? at->second : Pos{};
    };
    if ((f & kDefGlobal) && (f & kDefNonlocal) && !s->comprehension) {
      return error("name '" + name + "' is nonlocal and global", directive());
    } else if (f & kDefGlobal) {
      k = NameKind::GlobalExplicit;
    } else if (f & kDefNonlocal) {
      if (!enclosing.count(name) && !failed_) {
        return error("no binding for nonlocal '" + name + "' found", directive());
      }
      k = NameKind::Free;
    } else if (f & (kDefLocal | kDefParam)) {
      k = s->kind == ScopeKind::Function ? NameKind::Local : NameKind::Name;
      if (s->kind == ScopeKind::Module) k = NameKind::GlobalImplicit;
    } else if (enclosing.count(name) && s->kind != ScopeKind::Module) {
      k = NameKind::Free;
    } else {
      k = s->kind == ScopeKind::Function ? NameKind::GlobalImplicit : NameKind::Name;
      if (s->kind == ScopeKind::Module) k = NameKind::GlobalImplicit;
    }
    s->kinds[name] = k;
  }
  std::set<std::string> inner = enclosing;
  if (s->kind == ScopeKind::Module) inner.clear();
  if (s->kind == ScopeKind::Function) {
    for (auto& [name, k] : s->kinds)
      if (k == NameKind::Local || k == NameKind::Free) inner.insert(name);
  }
  if (s->kind == ScopeKind::Class) inner.insert("__class__");
  for (auto& owned : owned_) {
    Scope* c = owned.get();
    if (c->parent != s) continue;
    if (!analyze(c, inner)) return false;
    for (const std::string& fv : c->freevars) {
      auto it = s->kinds.find(fv);
      if (s->kind == ScopeKind::Class && fv == "__class__") {
        s->class_cell = true;
        continue;
      }
      if (s->kind == ScopeKind::Function && it != s->kinds.end() &&
          (it->second == NameKind::Local || it->second == NameKind::Cell)) {
        it->second = NameKind::Cell;
        continue;
      }
      if (s->kind == ScopeKind::Class && it != s->kinds.end() && it->second == NameKind::Name) {
        s->free_through.insert(fv);
        continue;
      }
      if (it == s->kinds.end() || it->second == NameKind::GlobalImplicit ||
          it->second == NameKind::Name)
        s->kinds[fv] = NameKind::Free;
    }
  }
  for (auto& [name, k] : s->kinds) {
    if (k == NameKind::Cell) s->cellvars.push_back(name);
    if (k == NameKind::Free) s->freevars.push_back(name);
  }
  for (const std::string& n : s->free_through) s->freevars.push_back(n);
  if (s->class_cell) s->cellvars.push_back("__class__");
  return true;
}

bool SymbolTable::build(const Module& mod, SyntaxErrorInfo& err) {
  err_ = &err;
  module_ = new_scope(ScopeKind::Module, "<module>", &mod, nullptr);
  cur_ = module_;
  visit_stmts(mod.body);
  if (failed_) return false;
  return analyze(module_, {});
}

}  // namespace weft::python
