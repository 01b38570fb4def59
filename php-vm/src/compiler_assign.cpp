// The compiler: assignment (plain, compound, by reference), lvalue chains, destructuring,
// increments and references to variables, elements and properties.
#include "compiler_internal.h"

namespace weft::php {

// The operator of a compound assignment (`+=`) or of its plain token (`+`), else Op::Nop.
static Op assign_binop(uint32_t tok) {
  static constexpr struct {
    uint32_t compound, plain;
    Op op;
  } kOps[] = {
      {T_PLUS_EQUAL, '+', Op::Add},      {T_MINUS_EQUAL, '-', Op::Sub},
      {T_MUL_EQUAL, '*', Op::Mul},       {T_DIV_EQUAL, '/', Op::Div},
      {T_CONCAT_EQUAL, '.', Op::Concat}, {T_MOD_EQUAL, '%', Op::Mod},
      {T_AND_EQUAL, '&', Op::BitAnd},    {T_OR_EQUAL, '|', Op::BitOr},
      {T_XOR_EQUAL, '^', Op::BitXor},    {T_SL_EQUAL, T_SL, Op::Shl},
      {T_SR_EQUAL, T_SR, Op::Shr},       {T_POW_EQUAL, T_POW, Op::Pow},
  };
  for (const auto& e : kOps)
    if (tok == e.compound || tok == e.plain) return e.op;
  return Op::Nop;
}

// A key or object of an lvalue chain. A variable is the chain instruction's operand itself: it is
// read when the chain runs, after the assigned value was evaluated, as php reads a compiled
// variable where its fetch runs (`$a[$i] = $i++;` stores at the incremented $i). Any other
// expression keeps the value it had when evaluated (`$a[$i = 0][++$i] = ...` is $a[0][1]).
int32_t FnCompiler::chain_operand(const Node* n) {
  return n->kind == Kind::Var ? expr(n) : expr_to_temp_if_needed(n);
}

void FnCompiler::lv_prepare(const Node* n, std::vector<LvStep>& steps) {
  switch (n->kind) {
    case Kind::Var:
      if (n->str == "this" && code->this_slot >= 0) {
        steps.push_back({LvStep::Cv, code->this_slot});
        return;
      }
      steps.push_back({LvStep::Cv, local(n->str)});
      return;
    case Kind::Dim: {
      lv_prepare(n->kid(0), steps);
      int32_t key = n->kid(1) ? chain_operand(n->kid(1)) : kNone;
      steps.push_back({LvStep::Dim, key});
      return;
    }
    case Kind::Prop: {
      int32_t obj = chain_operand(n->kid(0));
      int32_t name =
          n->kid(1)->kind == Kind::Ident ? kstr(n->kid(1)->str) : chain_operand(n->kid(1));
      steps.push_back({LvStep::Prop, obj, name});
      return;
    }
    case Kind::StaticProp: {
      int32_t c = class_ref(n->kid(0));
      int32_t name = static_prop_name(n->kid(1));
      steps.push_back({LvStep::StaticProp, c, name});
      return;
    }
    case Kind::VarVar:
      steps.push_back({LvStep::VarVar, expr_to_temp_if_needed(n->kid(0))});
      return;
    default: {
      int32_t t = expr_to_temp(n);
      steps.push_back({LvStep::Temp, t});
      return;
    }
  }
}

int32_t FnCompiler::expr_to_temp_if_needed(const Node* n) {
  // An operand that must keep the value it had when evaluated (a later expression could assign
  // the variable): variables are copied into temporaries.
  int32_t v = expr(n);
  if (v < 0 || is_temp(v)) return v;
  int32_t t = temp();
  emit(Op::Mov, t, v, kNone, 1);
  return t;
}

int32_t FnCompiler::lv_emit(const std::vector<LvStep>& steps, size_t count, uint8_t mode) {
  int32_t p = temp();
  for (size_t i = 0; i < count; ++i) {
    const LvStep& s = steps[i];
    switch (s.kind) {
      case LvStep::Cv:
      case LvStep::Temp:
        emit(Op::LvCv, p, s.a);
        break;
      case LvStep::Dim:
        emit(Op::LvDim, p, p, s.a, mode);
        break;
      case LvStep::Prop:
        code->prop_cache.emplace_back();
        emit(Op::LvProp, p, s.a, s.b, mode, uint16_t(code->prop_cache.size() - 1));
        break;
      case LvStep::StaticProp:
        emit(Op::LvStaticProp, p, s.a, s.b);
        break;
      case LvStep::VarVar:
        emit(Op::VarVar, p, s.a, kNone, 2);
        break;
    }
    // a property holding the array the next step writes into (not for unset())
    if (i + 1 < count && steps[i + 1].kind == LvStep::Dim && mode != 2) lv_last_is(kLvPropDim);
  }
  return p;
}

void FnCompiler::lv_last_is(uint8_t what) {
  Instr& last = code->ins.back();
  if (last.op == Op::LvProp || last.op == Op::LvStaticProp) last.x |= what;
}

void FnCompiler::assign_to(const Node* target, int32_t value, bool fresh) {
  uint8_t fx = fresh ? 1 : 0;
  switch (target->kind) {
    case Kind::Var:
      if (target->str == "this") {
        error(target, "Cannot re-assign $this");
        return;
      }
      emit(Op::Assign, local(target->str), value, kNone, fx);
      return;
    case Kind::Array:
      destructure(target, value);
      return;
    case Kind::Dim: {
      std::vector<LvStep> steps;
      lv_prepare(target->kid(0), steps);
      int32_t key = target->kid(1) ? chain_operand(target->kid(1)) : kNone;
      int32_t p = lv_emit(steps, steps.size(), 0);
      lv_last_is(kLvPropDim);
      emit(Op::AssignDim, p, key, value, fx);
      return;
    }
    case Kind::Prop: {
      int32_t obj = expr(target->kid(0));
      int32_t name =
          target->kid(1)->kind == Kind::Ident ? kstr(target->kid(1)->str) : expr(target->kid(1));
      code->prop_cache.emplace_back();
      emit(Op::AssignProp, obj, name, value, fx, uint16_t(code->prop_cache.size() - 1));
      return;
    }
    case Kind::StaticProp:
    case Kind::VarVar: {
      std::vector<LvStep> steps;
      lv_prepare(target, steps);
      int32_t p = lv_emit(steps, steps.size(), 0);
      lv_last_is(kLvPropStore);
      emit(Op::AssignLv, p, value, kNone, fx);
      return;
    }
    default:
      error(target, "Cannot assign to this expression");
  }
}

void FnCompiler::destructure(const Node* pattern, int32_t src) {
  int64_t index = 0;
  for (uint32_t i = 0; i < pattern->count; ++i) {
    const Node* item = pattern->kids[i];
    if (!item) {
      ++index;
      continue;
    }
    int32_t mark = next_temp;
    int32_t key = item->kid(0) ? expr(item->kid(0)) : kint(index++);
    if (item->flags & ItemByRef) {
      error(item, "weft-php: by-reference destructuring is not supported");
      return;
    }
    int32_t t = temp();
    emit(Op::FetchDim, t, src, key, 0);
    assign_to(item->kid(1), t, false);
    free_temps(mark);
  }
}

bool pattern_has_ref(const Node* pattern) {
  for (uint32_t i = 0; i < pattern->count; ++i) {
    const Node* item = pattern->kids[i];
    if (!item) continue;
    if (item->flags & ItemByRef) return true;
    if (item->kid(1) && item->kid(1)->kind == Kind::Array && pattern_has_ref(item->kid(1)))
      return true;
  }
  return false;
}

void FnCompiler::destructure_ref(const Node* pattern, const std::vector<LvStep>& base) {
  int64_t index = 0;
  for (uint32_t i = 0; i < pattern->count; ++i) {
    const Node* item = pattern->kids[i];
    if (!item) {
      ++index;
      continue;
    }
    int32_t mark = next_temp;
    int32_t key = item->kid(0) ? expr_to_temp_if_needed(item->kid(0)) : kint(index++);
    std::vector<LvStep> steps = base;
    steps.push_back({LvStep::Dim, key});
    const Node* target = item->kid(1);
    if (target->kind == Kind::Array && pattern_has_ref(target)) {
      destructure_ref(target, steps);
    } else {
      int32_t p = lv_emit(steps, steps.size(), 0);
      int32_t r = temp();
      emit(Op::MakeRefLv, r, p);
      if (item->flags & ItemByRef) {
        bind_ref(target, r);
      } else {
        // by value: a copy of what the (now referenced) element holds
        int32_t v = temp();
        emit(Op::Mov, v, r, kNone, 1);
        assign_to(target, v, false);
      }
    }
    free_temps(mark);
  }
}

int32_t FnCompiler::assign(const Node* n, int32_t dst) {
  const Node* target = n->kid(0);
  const Node* value = n->kid(1);
  if (target->kind == Kind::Var && target->str != "this") {
    int32_t cv = local(target->str);
    const Node* v = value;
    // Arithmetic straight into the variable (operands are read before the store).
    if (v->kind == Kind::Binary) {
      uint32_t op = v->flags & ~Parenthesized;
      bool swap;
      Op bop = binop_of(op, &swap);
      if (bop != Op::Nop && bop != Op::Concat) {
        binary(v, cv);
        return cv;
      }
    }
    int32_t val = expr(value);
    bool fresh = fresh_ && is_temp(val) && val >= 0;
    if (val >= 0 && is_temp(val) && !code->ins.empty() && pc() > last_label_pos) {
      // `$v = $a[k]` / `$v = $o->p`: the fetch stores into $v itself (kFetchToCv)
      Instr& last = code->ins.back();
      if ((last.op == Op::FetchDim || last.op == Op::FetchProp) && last.a == val &&
          (last.x & ~kFetchFreesObject) == 0) {
        last.a = cv;
        last.x |= kFetchToCv;
        // the temporary is never written now: a value it held before is stale (the early
        // destructors must not count it as a holder)
        int32_t live = val;
        for (int32_t r : {last.b, last.c})
          if (r >= live && r < max_reg) live = r + 1;
        code->live_regs.back() = uint32_t(live);
        return cv;
      }
    }
    emit(Op::Assign, cv, val, kNone, fresh ? 1 : 0);
    (void)dst;
    return cv;
  }
  if (target->kind == Kind::Array && pattern_has_ref(target)) {
    std::vector<LvStep> steps;
    lv_prepare(value, steps);
    destructure_ref(target, steps);
    int32_t p = lv_emit(steps, steps.size(), 0);
    lv_last_is(kLvPropRef);
    int32_t r = temp();
    emit(Op::MakeRefLv, r, p);
    return r;
  }
  if (target->kind == Kind::Array) {
    int32_t val = expr_to_temp(value);
    destructure(target, val);
    return val;
  }
  if (target->kind == Kind::Dim && target->kid(1) && target->kid(0)->kind == Kind::Var &&
      target->kid(0)->str == "GLOBALS") {
    int32_t key = expr_to_temp(target->kid(1));
    int32_t val = expr_to_temp(value);
    globals_call("__weft_global_set", {key, val}, kNone);
    return val;
  }
  if (target->kind == Kind::Dim || target->kind == Kind::StaticProp ||
      target->kind == Kind::VarVar) {
    std::vector<LvStep> steps;
    const Node* base = target->kind == Kind::Dim ? target->kid(0) : target;
    lv_prepare(base, steps);
    int32_t key = kNone;
    if (target->kind == Kind::Dim && target->kid(1)) key = chain_operand(target->kid(1));
    int32_t val = expr(value);
    bool fresh = fresh_ && is_temp(val) && val >= 0;
    const Node* root = base;
    while (root->kind == Kind::Dim) root = root->kid(0);
    bool same_var = value->kind == Kind::Var && root->kind == Kind::Var && root->str == value->str;
    // a typed static property's store gives the converted value back in val (AssignLv)
    if (!is_temp(val) && (target->kind == Kind::StaticProp ||
                          (val >= 0 && (same_var || value->kind != Kind::Var)))) {
      int32_t t = temp();
      emit(Op::Mov, t, val, kNone, 1);
      val = t;
    }
    if (target->kind == Kind::Dim && steps.size() == 1 && steps[0].kind == LvStep::Cv) {
      // the container is a variable: no pointer chain (x bit 4)
      emit(Op::AssignDim, steps[0].a, key, val, uint8_t((fresh ? 1 : 0) | 4));
      return val;
    }
    int32_t p = lv_emit(steps, steps.size(), 0);
    lv_last_is(target->kind == Kind::Dim ? kLvPropDim : kLvPropStore);
    if (target->kind == Kind::Dim)
      emit(Op::AssignDim, p, key, val, fresh ? 1 : 0);
    else
      emit(Op::AssignLv, p, val, kNone, fresh ? 1 : 0);
    return val;
  }
  if (target->kind == Kind::Prop) {
    int32_t obj = chain_operand(target->kid(0));
    int32_t name =
        target->kid(1)->kind == Kind::Ident ? kstr(target->kid(1)->str) : expr(target->kid(1));
    int32_t val = expr(value);
    bool fresh = fresh_ && is_temp(val) && val >= 0;
    code->prop_cache.emplace_back();
    emit(Op::AssignProp, obj, name, val, fresh ? 1 : 0, uint16_t(code->prop_cache.size() - 1));
    return val;
  }
  if (target->kind == Kind::Var) {
    error(target, "Cannot re-assign $this");
    return knull();
  }
  error(target, "Cannot assign to this expression");
  return knull();
}

int32_t FnCompiler::make_ref(const Node* n) {
  int32_t t = temp();
  if (n->kind == Kind::Dim && n->kid(1) && n->kid(0)->kind == Kind::Var &&
      n->kid(0)->str == "GLOBALS") {  // &$GLOBALS['x']: the global's own reference
    globals_call("__weft_global_ref", {expr_to_temp(n->kid(1))}, t);
    code->ins.back().x |= 1;
    return t;
  }
  if (n->kind == Kind::Var) {
    emit(Op::MakeRefCv, t, local(n->str));
    return t;
  }
  if (n->kind == Kind::Dim || n->kind == Kind::Prop || n->kind == Kind::StaticProp) {
    std::vector<LvStep> steps;
    lv_prepare(n, steps);
    int32_t p = lv_emit(steps, steps.size(), 0);
    lv_last_is(kLvPropRef);
    emit(Op::MakeRefLv, t, p);
    return t;
  }
  if (n->kind == Kind::Call || n->kind == Kind::MethodCall || n->kind == Kind::StaticCall ||
      n->kind == Kind::NullsafeMethodCall) {
    // $x = &f(): the reference a `function &f()` returns; php's notice for any other function
    int32_t v = expr(n);
    if (!code->ins.empty() && is_temp(v)) code->ins.back().x |= 1;  // keep a returned ref
    emit(Op::Mov, t, v, kNone, 3);
    emit(Op::MakeRefCv, t, t, kNone, 1);
    return t;
  }
  // any other value: a fresh reference to a copy
  int32_t v = expr(n);
  emit(Op::Mov, t, v, kNone, 1);
  emit(Op::MakeRefCv, t, t);
  return t;
}

int32_t FnCompiler::assign_ref(const Node* n) {
  const Node* target = n->kid(0);
  int32_t ref = make_ref(n->kid(1));
  if (target->kind == Kind::Var) {
    int32_t cv = local(target->str);
    emit(Op::AssignRef, cv, ref);
    return cv;
  }
  bind_ref(target, ref);
  return ref;
}

void FnCompiler::bind_ref(const Node* target, int32_t ref) {
  if (target->kind == Kind::Var) {
    emit(Op::AssignRef, local(target->str), ref);
    return;
  }
  if (target->kind == Kind::Dim && target->kid(1) && target->kid(0)->kind == Kind::Var &&
      target->kid(0)->str == "GLOBALS") {  // $GLOBALS['x'] = &...: binds the global
    globals_call("__weft_global_bind", {expr_to_temp(target->kid(1)), ref}, kNone);
    code->calls.back().kinds[1] = ArgRef;
    return;
  }
  if (target->kind == Kind::Dim) {
    std::vector<LvStep> steps;
    lv_prepare(target->kid(0), steps);
    int32_t key = target->kid(1) ? chain_operand(target->kid(1)) : kNone;
    int32_t p = lv_emit(steps, steps.size(), 0);
    lv_last_is(kLvPropDim);
    emit(Op::AssignDim, p, key, ref, 2);
    return;
  }
  if (target->kind == Kind::Prop || target->kind == Kind::StaticProp) {
    std::vector<LvStep> steps;
    lv_prepare(target, steps);
    int32_t p = lv_emit(steps, steps.size(), 0);
    lv_last_is(kLvPropBind);
    emit(Op::AssignLv, p, ref, kNone, 2);
    return;
  }
  error(target, "Cannot assign reference to this expression");
}

int32_t FnCompiler::assign_op(const Node* n, int32_t dst) {
  const Node* target = n->kid(0);
  uint32_t tok = n->flags & ~Parenthesized;
  if (tok == T_COALESCE_EQUAL || tok == T_COALESCE) {
    int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
    Label end;
    int32_t cur = expr_quiet(target);
    emit(Op::Mov, r, cur);
    jump_to(end, Op::JmpNotNull, r);
    int32_t v = expr(n->kid(1));
    bool fresh = fresh_;
    int32_t tv = temp();
    emit(Op::Mov, tv, v, kNone, 1);
    assign_to(target, tv, fresh && is_temp(v));
    emit(Op::Mov, r, tv);
    bind(end);
    return r;
  }
  Op op = assign_binop(tok);
  if (target->kind == Kind::Var && target->str != "this") {
    int32_t cv = local(target->str);
    int32_t v = expr(n->kid(1));
    if (op == Op::Concat)
      emit(Op::ConcatAssign, cv, v);
    else if (v < 0 || is_temp(v))
      emit(op, cv, cv, v);  // `$s += <temporary>` is `$s = $s + it`: the operator's own fast paths
    else  // a variable operand: undefined ones are warned about before the target, as php does
      emit(Op::CompoundCv, cv, v, kNone, uint8_t(op));
    return cv;
  }
  std::vector<LvStep> steps;
  const Node* base = target->kind == Kind::Dim ? target->kid(0) : target;
  if (target->kind == Kind::Dim) {
    lv_prepare(base, steps);
    int32_t key = target->kid(1) ? chain_operand(target->kid(1)) : kNone;
    steps.push_back({LvStep::Dim, key});
  } else {
    lv_prepare(target, steps);
  }
  int32_t v = expr_to_temp_if_needed(n->kid(1));
  int32_t p = lv_emit(steps, steps.size(), 1);
  // `$obj[k] op= v` on an ArrayAccess object reads with offsetGet and stores with offsetSet
  if (steps.back().kind == LvStep::Dim) code->ins.back().x |= 4;
  if (steps.back().kind != LvStep::Dim) lv_last_is(kLvPropRmw);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  emit(Op::CompoundLv, r, p, v, uint8_t(op));
  return r;
}

void FnCompiler::expr_discarded(const Node* n) {
  bool incdec = n && (n->kind == Kind::PreInc || n->kind == Kind::PostInc ||
                      n->kind == Kind::PreDec || n->kind == Kind::PostDec);
  if (!incdec || n->kid(0)->kind != Kind::Var || n->kid(0)->str == "this") {
    expr(n);
    return;
  }
  uint32_t saved_line = line;
  if (n->line) line = n->line;
  bool dec = n->kind == Kind::PreDec || n->kind == Kind::PostDec;
  // a: IncDecCv's result register when the generic path runs (its pre-increment form)
  emit(dec ? Op::DecCv : Op::IncCv, temp(), local(n->kid(0)->str), kNone, dec ? 1 : 0);
  line = saved_line;
}

int32_t FnCompiler::incdec(const Node* n, int32_t dst) {
  bool dec = n->kind == Kind::PreDec || n->kind == Kind::PostDec;
  bool post = n->kind == Kind::PostInc || n->kind == Kind::PostDec;
  uint8_t x = uint8_t((dec ? 1 : 0) | (post ? 2 : 0));
  const Node* target = n->kid(0);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  if (target->kind == Kind::Var) {
    emit(Op::IncDecCv, r, local(target->str), kNone, x);
    return r;
  }
  std::vector<LvStep> steps;
  lv_prepare(target, steps);
  int32_t p = lv_emit(steps, steps.size(), 1);
  if (steps.back().kind != LvStep::Dim) lv_last_is(kLvPropRmw);
  emit(Op::IncDecLv, r, p, kNone, x);
  return r;
}

}  // namespace weft::php
