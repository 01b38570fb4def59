// The compiler: statements.
#include "compiler_internal.h"
#include "type_check.h"

namespace weft::php {

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

void FnCompiler::stmts(const Node* n) {
  if (!n) return;
  if (n->kind != Kind::StmtList) {
    stmt(n);
    return;
  }
  for (uint32_t i = 0; i < n->count && !fc.failed; ++i) {
    if (n->kids[i] && n->kids[i]->kind == Kind::HaltCompiler) return;
    stmt(n->kids[i]);
  }
}

void FnCompiler::stmt(const Node* n) {
  if (!n) return;
  line = n->line;
  int32_t mark = next_temp;
  switch (n->kind) {
    case Kind::StmtList:
      stmts(n);
      break;
    case Kind::Echo:
      for (uint32_t i = 0; i < n->count; ++i) {
        line = n->kids[i]->line;
        emit(Op::Echo, expr(n->kids[i]));
        free_temps(mark);
      }
      break;
    case Kind::InlineHtml:
      emit(Op::Echo, kstr(n->str));
      break;
    case Kind::ExprStmt: {
      const Node* e = n->kid(0);
      if (e && (e->kind == Kind::PostInc || e->kind == Kind::PreInc || e->kind == Kind::PostDec ||
                e->kind == Kind::PreDec)) {
        expr_discarded(e);
        break;
      }
      int32_t r = expr(e);
      if (!code->ins.empty() && r >= int32_t(code->nlocals)) {
        const Instr& last = code->ins.back();
        if (last.a == r && is_call_instruction(last.op)) code->calls[size_t(last.b)].discard = true;
      }
      break;
    }
    case Kind::If:
      stmt_if(n);
      break;
    case Kind::While:
    case Kind::DoWhile:
    case Kind::For:
      stmt_loop(n);
      break;
    case Kind::Foreach:
      stmt_foreach(n);
      break;
    case Kind::Switch:
      stmt_switch(n);
      break;
    case Kind::Break:
    case Kind::Continue:
      stmt_break(n, n->kind == Kind::Continue);
      break;
    case Kind::Return:
      stmt_return(n);
      break;
    case Kind::Try:
      stmt_try(n);
      break;
    case Kind::Global:
      for (uint32_t i = 0; i < n->count; ++i) {
        const Node* v = n->kids[i];
        if (v->kind != Kind::Var) {
          error(v, "weft-php: unsupported global statement");
          return;
        }
        emit(Op::BindGlobal, local(v->str), kstr(v->str));
      }
      break;
    case Kind::StaticVars:
      for (uint32_t i = 0; i < n->count; ++i) {
        const Node* sv = n->kids[i];
        Label skip;
        uint32_t idx = fn->statics ? fn->statics->count : 0;
        if (!fn->statics) fn->statics = Array::make();
        fn->statics->append(Value::null());
        uint32_t at = emit(Op::BindStatic, local(sv->str), int32_t(idx), kNone);
        skip.jumps.push_back(at);
        if (sv->kid(0)) {
          int32_t v = expr(sv->kid(0));
          emit(Op::Assign, local(sv->str), v, kNone, 1);
        }
        bind(skip);
        free_temps(mark);
      }
      break;
    case Kind::Unset:
      for (uint32_t i = 0; i < n->count; ++i) {
        const Node* v = n->kids[i];
        if (v->kind == Kind::Var) {
          emit(Op::UnsetCv, local(v->str));
        } else if (v->kind == Kind::VarVar) {
          emit(Op::VarVar, kNone, expr(v->kid(0)), kNone, 3);
        } else if (v->kind == Kind::Dim) {
          std::vector<LvStep> steps;
          lv_prepare(v->kid(0), steps);
          int32_t key = v->kid(1) ? expr(v->kid(1)) : kNone;
          int32_t p = lv_emit(steps, steps.size(), 2);
          emit(Op::UnsetDim, p, key);
        } else if (v->kind == Kind::Prop) {
          int32_t o = expr(v->kid(0));
          int32_t name = v->kid(1)->kind == Kind::Ident ? kstr(v->kid(1)->str) : expr(v->kid(1));
          emit(Op::UnsetProp, o, name);
        }
        free_temps(mark);
      }
      break;
    case Kind::FuncDecl: {
      auto h = fc.hoisted.find(n);
      if (h != fc.hoisted.end() && parent == nullptr && fn->name == "{main}") break;
      Function* f = compile_function_decl(fc, n, nullptr, this);
      code->functions.push_back(f);
      emit(Op::DeclareFunc, kNone, int32_t(code->functions.size() - 1));
      break;
    }
    case Kind::ClassDecl: {
      auto h = fc.hoisted.find(n);
      if (h != fc.hoisted.end()) {
        emit(Op::DeclareClass, kNone, h->second, kNone, 0);
        break;
      }
      Class* c = compile_class(fc, n, this);
      if (!c) return;
      code->classes.push_back(c);
      emit(Op::DeclareClass, kNone, int32_t(code->classes.size() - 1), kNone, 0);
      break;
    }
    case Kind::Namespace:
      fc.ns = n->kid(0) ? std::string(n->kid(0)->str) : std::string();
      fc.class_uses.clear();
      fc.func_uses.clear();
      if (n->kid(1)) stmts(n->kid(1));
      break;
    case Kind::Use:
    case Kind::GroupUse: {
      bool group = n->kind == Kind::GroupUse;
      std::string prefix = group ? std::string(n->kid(0)->str) : "";
      if (!prefix.empty() && prefix[0] == '\\') prefix = prefix.substr(1);
      for (uint32_t i = group ? 1 : 0; i < n->count; ++i) {
        const Node* item = n->kids[i];
        std::string full(item->kid(0)->str);
        if (!full.empty() && full[0] == '\\') full = full.substr(1);
        if (group) full = prefix + "\\" + full;
        std::string alias =
            item->kid(1)
                ? std::string(item->kid(1)->str)
                : full.substr(full.rfind('\\') == std::string::npos ? 0 : full.rfind('\\') + 1);
        uint32_t kind = item->flags ? item->flags : n->flags;
        if (kind == UseFunction)
          fc.func_uses[lower(alias)] = full;
        else if (kind == UseNormal || kind == 0)
          fc.class_uses[lower(alias)] = full;
      }
      break;
    }
    case Kind::ConstDecl:
      for (uint32_t i = 0; i < n->count; ++i) {
        const Node* item = n->kids[i];
        int32_t v = expr(item->kid(0));
        CallInfo ci;
        ci.kind = CallInfo::Named;
        ci.name = intern("define");
        ci.lname = ci.name;
        ci.args = {kstr(fc.qualify(item->str)), v};
        ci.kinds = {ArgValue, ArgValue};
        emit(Op::Call, temp(), int32_t(add_call(ci)));
        free_temps(mark);
      }
      break;
    case Kind::Declare:
      for (uint32_t i = 0; i < n->count; ++i)
        if (n->kids[i] && n->kids[i]->kind == Kind::StmtList) stmts(n->kids[i]);
      break;
    case Kind::Label: {
      Label& l = goto_labels[std::string(n->str)];
      if (l.pos >= 0) {
        error(n, "Label '" + std::string(n->str) + "' already defined");
        break;
      }
      bind(l);
      break;
    }
    case Kind::Goto:
      jump_to(goto_labels[std::string(n->str)]);
      break;
    case Kind::Nop:
    case Kind::HaltCompiler:
      break;
    default:
      error(n, "weft-php: unsupported statement " + std::string(kind_name(n->kind)));
      break;
  }
  free_temps(mark);
}

void FnCompiler::stmt_if(const Node* n) {
  Label end;
  for (uint32_t i = 0; i < n->count; ++i) {
    const Node* br = n->kids[i];
    if (!br->kid(0)) {
      stmts(br->kid(1));
      break;
    }
    line = br->line;
    Label next;
    branch(br->kid(0), false, next);
    stmts(br->kid(1));
    if (i + 1 < n->count) jump_to(end);
    bind(next);
  }
  bind(end);
}

// A loop condition the compiler may compile twice (a test before the first iteration and one
// at the bottom): variables, literals, operators, element and property reads and calls of named
// functions on such arguments, nothing that declares code or reports at compile time.
static bool duplicable_condition(const Node* n, int depth = 0) {
  if (!n) return true;
  if (depth > 8) return false;
  switch (n->kind) {
    case Kind::Var:
      return !(n->flags & DollarBrace);
    case Kind::Int:
    case Kind::Float:
    case Kind::Str:
    case Kind::ConstFetch:
      return true;
    case Kind::Call:
      if (n->kid(0)->kind != Kind::Name || !n->kid(1) || (n->kid(1)->flags & ArgsCallable))
        return false;
      for (uint32_t i = 0; i < n->kid(1)->count; ++i) {
        const Node* a = n->kid(1)->kids[i];
        if (!a || a->kind == Kind::NamedArg || a->kind == Kind::Unpack ||
            !duplicable_condition(a, depth + 1))
          return false;
      }
      return true;
    case Kind::Binary:
    case Kind::Unary:
    case Kind::Dim:
    case Kind::Prop:
      for (uint32_t i = 0; i < n->count; ++i)
        if (n->kids[i] && n->kids[i]->kind != Kind::Ident &&
            !duplicable_condition(n->kids[i], depth + 1))
          return false;
      return true;
    default:
      return false;
  }
}

// `$i++` as the last step (the last instruction emitted) of a for loop whose condition is `$i < x`
// or `$i <= x` (x a variable or an integer): the step's IncCv becomes IncJmp, the increment and the
// test in one instruction (`continue` jumps to it too, which is right: the step and then the test),
// followed by the IncCv and JmpLt/JmpLe it fuses, which it runs when the operands are not ints.
bool FnCompiler::fuse_loop_step(const Node* cond, Label& top) {
  if (code->ins.empty() || code->ins.back().op != Op::IncCv || cond->kind != Kind::Binary)
    return false;
  uint32_t tok = cond->flags & ~Parenthesized;
  const Node* lhs = cond->kid(0);
  const Node* rhs = cond->kid(1);
  if ((tok != '<' && tok != T_IS_SMALLER_OR_EQUAL) || lhs->kind != Kind::Var ||
      lhs->str == "this" || lhs->str == "GLOBALS" || (lhs->flags & DollarBrace))
    return false;
  Instr& step = code->ins.back();
  if (step.b != local(lhs->str)) return false;
  int32_t limit;
  if (rhs->kind == Kind::Int)
    limit = kint(rhs->ival);
  else if (rhs->kind == Kind::Var && rhs->str != "this" && rhs->str != "GLOBALS" &&
           !(rhs->flags & DollarBrace) && rhs->str != lhs->str)
    limit = local(rhs->str);
  else
    return false;
  const Instr inc = step;
  const uint8_t cmp = uint8_t(tok == '<' ? Op::Lt : Op::Le);
  step.op = Op::IncJmp;
  step.a = top.pos;
  step.c = limit;
  step.x = cmp;
  step.y = 0;
  emit(Op::IncCv, inc.a, inc.b, kNone, inc.x);
  uint32_t test = emit(tok == '<' ? Op::JmpLt : Op::JmpLe, kNone, inc.b, limit, cmp, 0);
  code->ins[test].a = top.pos;
  return true;
}

// while and for test their condition at the bottom, as php does, once per iteration (no jump
// back to a test at the top). The first test: a copy of the condition before the loop (one
// that is duplicable_condition), else a jump into the bottom test.
void FnCompiler::stmt_loop(const Node* n) {
  LoopCtx ctx{{}, {}, tries.size(), false};
  Label top;
  int32_t mark = next_temp;
  if (n->kind == Kind::While) {
    if (duplicable_condition(n->kid(0))) {
      line = n->line;
      branch(n->kid(0), false, ctx.brk);
      free_temps(mark);
    } else {
      jump_to(ctx.cont);
    }
    bind(top);
    loops.push_back(&ctx);
    stmts(n->kid(1));
    loops.pop_back();
    bind(ctx.cont);
    line = n->line;
    branch(n->kid(0), true, top);
  } else if (n->kind == Kind::DoWhile) {
    bind(top);
    loops.push_back(&ctx);
    stmts(n->kid(0));
    loops.pop_back();
    bind(ctx.cont);
    line = n->kid(1)->line;
    branch(n->kid(1), true, top);
  } else {  // For: init, cond, step, body
    const Node* init = n->kid(0);
    for (uint32_t i = 0; init && i < init->count; ++i) {
      expr_discarded(init->kids[i]);
      free_temps(mark);
    }
    const Node* cond = n->kid(1);
    bool has_cond = cond && cond->count;
    // a single duplicable condition is tested before the loop; its bottom test may then fuse
    // with the step (no jump lands on the step's last instruction but `continue`)
    bool entry_test = has_cond && cond->count == 1 && duplicable_condition(cond->kids[0]);
    Label test;
    if (entry_test) {
      line = cond->kids[0]->line;
      branch(cond->kids[0], false, ctx.brk);
      free_temps(mark);
    } else if (has_cond) {
      jump_to(test);
    }
    bind(top);
    loops.push_back(&ctx);
    stmts(n->kid(3));
    loops.pop_back();
    bind(ctx.cont);
    const Node* step = n->kid(2);
    uint32_t last_step_pc = UINT32_MAX;
    for (uint32_t i = 0; step && i < step->count; ++i) {
      line = step->kids[i]->line;
      last_step_pc = pc();
      expr_discarded(step->kids[i]);
      free_temps(mark);
    }
    if (entry_test && last_step_pc + 1 == pc() && fuse_loop_step(cond->kids[0], top)) {
      bind(ctx.brk);
      return;
    }
    bind(test);
    for (uint32_t i = 0; has_cond && i < cond->count; ++i) {
      line = cond->kids[i]->line;
      if (i + 1 == cond->count) {
        branch(cond->kids[i], true, top);
      } else {
        expr(cond->kids[i]);
        free_temps(mark);
      }
    }
    if (!has_cond) jump_to(top);
  }
  bind(ctx.brk);
}

void FnCompiler::stmt_foreach(const Node* n) {
  LoopCtx ctx{{}, {}, tries.size(), false};
  const Node* target = n->kid(2);
  bool ref_pattern = target->kind == Kind::Array && pattern_has_ref(target);
  bool by_ref = (n->flags & ByRef) || ref_pattern;
  line = n->line;
  int32_t it = temp();
  ctx.iter = it;
  int32_t mark = next_temp;
  if (by_ref) {
    std::vector<LvStep> steps;
    lv_prepare(n->kid(0), steps);
    int32_t p = lv_emit(steps, steps.size(), 0);
    emit(Op::FeReset, it, p, kNone, 1);
  } else {
    int32_t s = expr(n->kid(0));
    emit(Op::FeReset, it, s, kNone, 0);
  }
  free_temps(mark);
  // A value (and key) going to plain variables is stored by FeFetch (FeKey) itself, as Assign
  // would, instead of through a temporary and an Assign each; value first, then key, as php.
  auto plain_var = [](const Node* t) { return t && t->kind == Kind::Var && t->str != "this"; };
  bool value_to_var = !by_ref && plain_var(target);
  bool key_to_var = value_to_var && plain_var(n->kid(1));
  int32_t val = value_to_var ? local(target->str) : temp();
  int32_t key = n->kid(1) && !key_to_var ? temp() : kNone;
  bind(ctx.cont);
  uint32_t fetch = emit(Op::FeFetch, it, kNone, val, by_ref ? 1 : value_to_var ? 2 : 0);
  ctx.brk.jumps.push_back(fetch);
  int32_t m2 = next_temp;
  if (key_to_var) {
    emit(Op::FeKey, local(n->kid(1)->str), it, kNone, 1);
  } else if (key != kNone) {
    emit(Op::FeKey, key, it);
    assign_to(n->kid(1), key, true);
    free_temps(m2);
  }
  if (by_ref) {
    if (target->kind == Kind::Var)
      emit(Op::AssignRef, local(target->str), val);
    else if (ref_pattern)
      destructure_ref(target, {{LvStep::Temp, val}});
    else
      error(target, "weft-php: unsupported foreach by-reference target");
  } else if (!value_to_var) {
    assign_to(target, val, false);
  }
  free_temps(m2);
  loops.push_back(&ctx);
  stmts(n->kid(3));
  loops.pop_back();
  jump_to(ctx.cont);
  bind(ctx.brk);
  // php frees the iterator here (FE_FREE), also after a `break`: an Iterator object nothing
  // else holds is destructed now
  emit(Op::UnsetCv, it);
}

void FnCompiler::stmt_switch(const Node* n) {
  LoopCtx ctx{{}, {}, tries.size(), true};
  line = n->line;
  int32_t subj = temp();
  int32_t v = expr(n->kid(0));
  emit(Op::Mov, subj, v);
  const Node* cases = n->kid(1);
  std::vector<Label> bodies(cases ? cases->count : 0);
  int default_idx = -1;
  for (uint32_t i = 0; cases && i < cases->count; ++i) {
    const Node* c = cases->kids[i];
    if (!c->kid(0)) {
      default_idx = int(i);
      continue;
    }
    line = c->line;
    int32_t mark = next_temp;
    int32_t cv = expr(c->kid(0));
    int32_t t = temp();
    emit(Op::Eq, t, subj, cv);
    jump_to(bodies[i], Op::JmpNz, t);
    free_temps(mark);
  }
  if (default_idx >= 0)
    jump_to(bodies[size_t(default_idx)]);
  else
    jump_to(ctx.brk);
  loops.push_back(&ctx);
  for (uint32_t i = 0; cases && i < cases->count; ++i) {
    bind(bodies[i]);
    stmts(cases->kids[i]->kid(1));
  }
  loops.pop_back();
  bind(ctx.cont);
  bind(ctx.brk);
}

void FnCompiler::inline_finally_until(size_t try_depth) {
  // Runs the finally blocks of the try statements being left, innermost first.
  std::vector<TryCtx> saved = tries;
  while (tries.size() > try_depth) {
    TryCtx t = tries.back();
    tries.pop_back();
    if (!t.finally_body) continue;
    uint32_t start = pc();
    stmts(t.finally_body);
    // the copy runs outside this try and the inner ones being left, inside the outer ones
    for (size_t j = tries.size(); j < saved.size(); ++j) saved[j].holes->push_back({start, pc()});
  }
  tries = saved;
}

void FnCompiler::stmt_break(const Node* n, bool is_continue) {
  int64_t depth = 1;
  if (n->kid(0)) {
    if (n->kid(0)->kind != Kind::Int || n->kid(0)->ival < 1) {
      error(n, std::string("'") + (is_continue ? "continue" : "break") +
                   "' operator accepts only positive integers");
      return;
    }
    depth = n->kid(0)->ival;
  }
  if (loops.empty()) {
    error(n, std::string("'") + (is_continue ? "continue" : "break") +
                 "' not in the 'loop' or 'switch' context");
    return;
  }
  if (depth > int64_t(loops.size())) {
    error(n, "Cannot '" + std::string(is_continue ? "continue" : "break") + "' " +
                 std::to_string(depth) + " levels");
    return;
  }
  LoopCtx* target = loops[loops.size() - size_t(depth)];
  inline_finally_until(target->try_depth);
  // the foreach loops left on the way free their iterators (the target's own at its end)
  for (size_t i = loops.size() - 1; i > loops.size() - size_t(depth); --i)
    if (loops[i]->iter != kNone) emit(Op::UnsetCv, loops[i]->iter);
  if (is_continue && !target->is_switch)
    jump_to(target->cont);
  else
    jump_to(is_continue ? target->cont : target->brk);
}

// The declared return type's check of the value in v (php's VERIFY_RETURN_TYPE); the
// value, converted as the type requires, is then in the register returned. `none`: the
// implicit return at the end of the body.
int32_t FnCompiler::verify_return(int32_t v, bool none, bool ref) {
  if (!fn->return_spec || (fn->flags & FnGenerator)) return v;
  int32_t t = temp();
  emit(Op::VerifyReturn, t, v, kNone,
       none  ? 1
       : ref ? 2
             : 0,
       none ? 0 : uint16_t(fn->return_spec->bits & kTagTypeBits));
  return ref ? v : t;
}

void FnCompiler::stmt_return(const Node* n) {
  bool any_finally = false;
  for (auto& t : tries) any_finally |= t.finally_body != nullptr;
  if ((fn->flags & FnByRefReturn) && !(fn->flags & FnGenerator) && !any_finally) {
    // function &f(): return a reference to the variable, element or property; anything else
    // gets php's notice and a fresh reference to the value
    const Node* e = n->kid(0);
    bool lvalue = e &&
                  (e->kind == Kind::Var || e->kind == Kind::Dim || e->kind == Kind::Prop ||
                   e->kind == Kind::StaticProp) &&
                  !(e->kind == Kind::Var && e->str == "this");
    int32_t t;
    if (lvalue) {
      t = make_ref(e);
    } else {
      int32_t v = e ? expr(e) : knull();
      bool call = e && (e->kind == Kind::Call || e->kind == Kind::MethodCall ||
                        e->kind == Kind::StaticCall || e->kind == Kind::NullsafeMethodCall);
      if (call && !code->ins.empty() && is_temp(v)) code->ins.back().x |= 1;  // keep a ref
      t = temp();
      emit(Op::Mov, t, v, kNone, 3);        // x=3: raw copy (a reference stays one)
      emit(Op::MakeRefCv, t, t, kNone, 2);  // x=2: notice unless already a reference
    }
    verify_return(t, false, true);
    emit(Op::Return, t, kNone, kNone, 2);  // x=2: the reference itself
    return;
  }
  int32_t v = n->kid(0) ? expr(n->kid(0)) : knull();
  // a temporary read out of an array, property or static still has that holder: shared
  uint8_t share = v >= 0 && is_temp(v) && !fresh_ ? 1 : 0;
  v = verify_return(v, false);
  if (!tries.empty()) {
    if (any_finally) {
      int32_t t = temp();
      emit(Op::Mov, t, v);
      inline_finally_until(0);
      v = t;
    }
  }
  // php frees the iterators of the loops the return leaves (FE_FREE) before the variables
  for (size_t i = loops.size(); i-- > 0;)
    if (loops[i]->iter != kNone) emit(Op::UnsetCv, loops[i]->iter);
  // A plain local's value moves out (the frame dies); anything else is copied.
  emit(Op::Return, v, kNone, kNone, share);
}

// Handler entries for [start, end) without the holes (ascending, inside the range).
void FnCompiler::add_handler_ranges(uint32_t start, uint32_t end,
                                    const std::vector<std::pair<uint32_t, uint32_t>>& holes,
                                    uint32_t handler) {
  for (auto [hs, he] : holes) {
    if (hs > start) code->handlers.push_back(TryRange{start, hs, handler});
    start = std::max(start, he);
  }
  if (end > start) code->handlers.push_back(TryRange{start, end, handler});
}

void FnCompiler::stmt_try(const Node* n) {
  // try body
  const Node* fin = n->kid(2);
  uint32_t start = pc();
  std::vector<std::pair<uint32_t, uint32_t>> holes, catch_holes;
  tries.push_back(TryCtx{fin, &holes});
  stmts(n->kid(0));
  tries.pop_back();
  uint32_t end = pc();
  Label done;
  if (fin) stmts(fin);
  jump_to(done);
  // catch dispatch
  uint32_t handler = pc();
  add_handler_ranges(start, end, holes, handler);
  const Node* catches = n->kid(1);
  uint32_t cstart = pc();
  Label finally_on_exception;
  for (uint32_t i = 0; catches && i < catches->count; ++i) {
    const Node* c = catches->kids[i];
    line = c->line;
    const Node* types = c->kid(0);
    std::string names;
    for (uint32_t j = 0; j < types->count; ++j) {
      if (j) names += '|';
      names += fc.resolve_class_name(types->kids[j]);
    }
    int32_t var = c->kid(1) ? local(c->kid(1)->str) : kNone;
    Label next;
    uint32_t at = emit(Op::Catch, var, kstr(names), kNone);
    next.jumps.push_back(at);
    tries.push_back(TryCtx{fin, &catch_holes});
    stmts(c->kid(2));
    tries.pop_back();
    if (fin) stmts(fin);
    jump_to(done);
    bind(next);
  }
  uint32_t cend = pc();
  if (fin) {
    // No catch matched, or a catch body threw: run finally, then rethrow.
    uint32_t fh = pc();
    add_handler_ranges(cstart, cend, catch_holes, fh);
    int32_t ex = temp();
    emit(Op::Catch, ex, kstr(""), kNone);
    stmts(fin);
    emit(Op::Throw, ex);
  } else {
    emit(Op::Rethrow);
  }
  bind(done);
}

}  // namespace weft::php
