// The compiler: expressions.
#include <cmath>

#include "compiler_internal.h"
#include "weft/php/ops.h"

namespace weft::php {

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

Op binop_of(uint32_t tok, bool* swap) {
  *swap = false;
  switch (tok) {
    case '+':
      return Op::Add;
    case '-':
      return Op::Sub;
    case '*':
      return Op::Mul;
    case '/':
      return Op::Div;
    case '%':
      return Op::Mod;
    case T_POW:
      return Op::Pow;
    case '.':
      return Op::Concat;
    case T_SL:
      return Op::Shl;
    case T_SR:
      return Op::Shr;
    case '&':
    case T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:
    case T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG:
      return Op::BitAnd;
    case '|':
      return Op::BitOr;
    case '^':
      return Op::BitXor;
    case T_IS_EQUAL:
      return Op::Eq;
    case T_IS_NOT_EQUAL:
      return Op::Ne;
    case T_IS_IDENTICAL:
      return Op::Identical;
    case T_IS_NOT_IDENTICAL:
      return Op::NotIdentical;
    case '<':
      return Op::Lt;
    case T_IS_SMALLER_OR_EQUAL:
      return Op::Le;
    case '>':
      *swap = true;
      return Op::Lt;
    case T_IS_GREATER_OR_EQUAL:
      *swap = true;
      return Op::Le;
    case T_SPACESHIP:
      return Op::Spaceship;
    default:
      return Op::Nop;
  }
}

int32_t FnCompiler::expr_to_temp(const Node* n) {
  int32_t v = expr(n);
  if (is_temp(v) && v >= 0) return v;
  int32_t t = temp();
  emit(Op::Mov, t, v, kNone, 1);  // x=1: copy with undefined-variable check
  return t;
}

int32_t FnCompiler::expr(const Node* n, int32_t dst) {
  fresh_ = false;
  if (!n) return knull();
  uint32_t saved_line = line;
  if (n->line) line = n->line;
  int32_t r = kNone;
  switch (n->kind) {
    case Kind::Int:
      r = kint(n->ival);
      break;
    case Kind::Float:
      r = konst(Value::number(n->dval));
      break;
    case Kind::Str:
      r = kstr(n->str);
      break;
    case Kind::Var:
      if (n->str == "GLOBALS") {
        r = globals_call("__weft_globals", {}, dst);
        break;
      }
      if (n->flags & DollarBrace)
        fc.diagnostics.push_back(
            {8192, "Using ${var} in strings is deprecated, use {$var} instead", n->line});
      if (n->str == "this" && code->this_slot >= 0) {
        r = code->this_slot;
        break;
      }
      r = local(n->str);
      break;
    case Kind::InterpString:
      r = interp_string(n, dst);
      break;
    case Kind::MagicConst:
      r = magic_const(n);
      break;
    case Kind::Array:
      r = array_literal(n, dst);
      break;
    case Kind::Dim: {
      if (!n->kid(1)) {
        error(n, "Cannot use [] for reading");
        return knull();
      }
      if (n->kid(0)->kind == Kind::Var && n->kid(0)->str == "GLOBALS") {
        r = globals_call("__weft_global_get", {expr(n->kid(1))}, dst);
        break;
      }
      int32_t mark = next_temp;
      int32_t base = expr(n->kid(0));
      int32_t key = expr(n->kid(1));
      r = result_reg(dst, mark);
      emit(Op::FetchDim, r, base, key, 0);
      break;
    }
    case Kind::Prop:
    case Kind::NullsafeProp: {
      int32_t mark = next_temp;
      int32_t obj = expr(n->kid(0));
      int32_t name = n->kid(1)->kind == Kind::Ident ? kstr(n->kid(1)->str) : expr(n->kid(1));
      r = result_reg(dst, mark);
      Kind ok = n->kid(0)->kind;
      uint8_t frees =
          is_temp(obj) && (ok == Kind::Call || ok == Kind::MethodCall || ok == Kind::StaticCall ||
                           ok == Kind::New || ok == Kind::NullsafeMethodCall)
              ? kFetchFreesObject
              : 0;
      if (n->kind == Kind::NullsafeProp) {
        Label skip, done;
        jump_to(skip, Op::JmpNotNull, obj);
        emit(Op::Mov, r, knull());
        jump_to(done);
        bind(skip);
        code->prop_cache.emplace_back();
        emit(Op::FetchProp, r, obj, name, frees, uint16_t(code->prop_cache.size() - 1));
        bind(done);
      } else {
        code->prop_cache.emplace_back();
        emit(Op::FetchProp, r, obj, name, frees, uint16_t(code->prop_cache.size() - 1));
      }
      break;
    }
    case Kind::StaticProp: {
      int32_t c = class_ref(n->kid(0));
      int32_t name = static_prop_name(n->kid(1));
      r = dst != kNone ? dst : temp();
      emit(Op::FetchStaticProp, r, c, name);
      break;
    }
    case Kind::ClassConst: {
      const Node* name = n->kid(1);
      if (lower(name->str) == "class") {
        const Node* cn = n->kid(0);
        if (cn->kind == Kind::Name) {
          std::string full = fc.resolve_class_name(cn);
          if (full != "self" && full != "parent" && full != "static") {
            r = kstr(full);
            break;
          }
        }
        r = dst != kNone ? dst : temp();
        emit(Op::ClassName, r, class_ref(cn));
        break;
      }
      int32_t c = class_ref(n->kid(0));
      r = dst != kNone ? dst : temp();
      emit(Op::FetchClassConst, r, c, kstr(name->str));
      break;
    }
    case Kind::ConstFetch:
      r = const_fetch(n, dst);
      break;
    case Kind::Call:
      r = call(n, dst);
      fresh_ = true;
      break;
    case Kind::MethodCall:
    case Kind::NullsafeMethodCall:
      r = method_call(n, dst);
      fresh_ = true;
      break;
    case Kind::StaticCall:
      r = static_call(n, dst);
      fresh_ = true;
      break;
    case Kind::New:
      r = new_expr(n, dst);
      break;
    case Kind::Unary: {
      int32_t mark = next_temp;
      int32_t v = expr(n->kid(0));
      r = result_reg(dst, mark);
      switch (n->flags & ~Parenthesized) {
        case '!':
          emit(Op::Not, r, v);
          break;
        case '~':
          emit(Op::BitNot, r, v);
          break;
        case '-':
          if (n->kid(0)->kind == Kind::Int && n->kid(0)->ival != INT64_MIN) {
            r = kint(-n->kid(0)->ival);
            break;
          }
          if (n->kid(0)->kind == Kind::Float) {
            r = konst(Value::number(-n->kid(0)->dval));
            break;
          }
          if (Value k; v < 0 && v != kNone && code->consts[size_t(~v)].tag <= Tag::Float &&
                       code->consts[size_t(~v)].tag >= Tag::Int &&
                       op_neg(code->consts[size_t(~v)], &k)) {
            r = konst(k);  // a constant number (`-PHP_INT_MAX`, `-(2 * 3)`)
            break;
          }
          emit(Op::Neg, r, v);
          break;
        default:
          emit(Op::Plus, r, v);
          break;
      }
      break;
    }
    case Kind::PreInc:
    case Kind::PreDec:
    case Kind::PostInc:
    case Kind::PostDec:
      r = incdec(n, dst);
      break;
    case Kind::Cast: {
      int32_t mark = next_temp;
      int32_t v = expr(n->kid(0));
      r = result_reg(dst, mark);
      uint8_t k = CastNull;
      switch (n->flags & ~Parenthesized) {
        case T_INT_CAST:
          k = CastInt;
          break;
        case T_DOUBLE_CAST:
          k = CastFloat;
          break;
        case T_STRING_CAST:
          k = CastString;
          break;
        case T_BOOL_CAST:
          k = CastBool;
          break;
        case T_ARRAY_CAST:
          k = CastArray;
          break;
        case T_OBJECT_CAST:
          k = CastObject;
          break;
        default:
          k = CastNull;
      }
      emit(Op::Cast, r, v, kNone, k);
      break;
    }
    case Kind::Silence: {
      emit(Op::Silence, kNone, kNone, kNone, 1);
      int32_t v = expr(n->kid(0), dst);
      r = dst != kNone ? dst : temp();
      emit(Op::Mov, r, v);
      emit(Op::Silence, kNone, kNone, kNone, 0);
      break;
    }
    case Kind::Clone: {
      int32_t v = expr(n->kid(0));
      r = dst != kNone ? dst : temp();
      emit(Op::Clone, r, v);
      break;
    }
    case Kind::Print: {
      int32_t v = expr(n->kid(0));
      emit(Op::Echo, v);
      r = kint(1);
      break;
    }
    case Kind::Exit: {
      int32_t v = n->kid(0) ? expr(n->kid(0)) : knull();
      emit(Op::Exit, v);
      r = knull();
      break;
    }
    case Kind::Isset:
      r = isset(n, dst);
      break;
    case Kind::Empty: {
      int32_t v = expr_quiet(n->kid(0));
      r = dst != kNone ? dst : temp();
      emit(Op::Not, r, v);
      break;
    }
    case Kind::Binary: {
      uint32_t op = n->flags & ~Parenthesized;
      if (op == T_BOOLEAN_AND || op == T_BOOLEAN_OR || op == T_LOGICAL_AND || op == T_LOGICAL_OR ||
          op == T_COALESCE || op == T_LOGICAL_XOR)
        r = logical(n, dst);
      else
        r = binary(n, dst);
      break;
    }
    case Kind::Instanceof: {
      int32_t v = expr(n->kid(0));
      int32_t c = class_ref(n->kid(1));
      r = dst != kNone ? dst : temp();
      code->prop_cache.emplace_back();  // the class a constant name names
      emit(Op::Instanceof, r, v, c, 0, uint16_t(code->prop_cache.size() - 1));
      break;
    }
    case Kind::Assign:
      r = assign(n, dst);
      break;
    case Kind::AssignRef:
      r = assign_ref(n);
      break;
    case Kind::AssignOp:
      r = assign_op(n, dst);
      break;
    case Kind::Ternary: {
      r = dst != kNone && is_temp(dst) ? dst : temp();
      Label els, end;
      if (!n->kid(1)) {  // ?:
        int32_t c = expr(n->kid(0));
        int32_t t = temp();
        emit(Op::Mov, t, c, kNone, 1);
        emit(Op::Mov, r, t);
        jump_to(end, Op::JmpNz, t);
      } else {
        branch(n->kid(0), false, els);
        int32_t a = expr(n->kid(1), r);
        move_result(r, a);
        jump_to(end);
        bind(els);
      }
      int32_t b = expr(n->kid(2), r);
      move_result(r, b);
      bind(end);
      break;
    }
    case Kind::Closure:
    case Kind::ArrowFn:
      r = closure(n, dst);
      break;
    case Kind::Match:
      r = match(n, dst);
      break;
    case Kind::Throw: {
      int32_t v = expr(n->kid(0));
      emit(Op::Throw, v);
      r = knull();
      break;
    }
    case Kind::Yield: {
      int32_t v = n->kid(0) ? expr(n->kid(0)) : knull();
      int32_t k = n->kid(1) ? expr(n->kid(1)) : kNone;
      r = dst != kNone ? dst : temp();
      emit(Op::Yield, r, v, k);
      fn->flags |= FnGenerator;
      break;
    }
    case Kind::YieldFrom: {
      // a loop: iterate the operand, yield each key/value; the result is the inner
      // generator's return value
      int32_t subject = expr_to_temp(n->kid(0));
      int32_t it = temp();
      int32_t val = temp();
      int32_t key = temp();
      int32_t sent = temp();
      emit(Op::FeReset, it, subject, kNone, 0);
      Label loop, done;
      bind(loop);
      uint32_t fetch = emit(Op::FeFetch, it, kNone, val, 0);
      done.jumps.push_back(fetch);
      emit(Op::FeKey, key, it);
      emit(Op::Yield, sent, val, key, 1);
      jump_to(loop);
      bind(done);
      r = dst != kNone && is_temp(dst) ? dst : temp();
      CallInfo ci;
      ci.kind = CallInfo::Named;
      ci.name = ci.lname = intern("__weft_yield_from_result");
      ci.args = {subject};
      ci.kinds = {ArgValue};
      emit(Op::Call, r, int32_t(add_call(ci)));
      fn->flags |= FnGenerator;
      break;
    }
    case Kind::Include: {
      int32_t path = expr(n->kid(0));
      uint32_t k = n->flags & ~Parenthesized;
      uint8_t kind = k == T_INCLUDE ? 0 : k == T_INCLUDE_ONCE ? 1 : k == T_REQUIRE ? 2 : 3;
      r = dst != kNone && is_temp(dst) ? dst : temp();
      emit(Op::Include, r, path, kNone, kind);
      break;
    }
    case Kind::Eval: {
      int32_t code = expr(n->kid(0));
      r = dst != kNone && is_temp(dst) ? dst : temp();
      emit(Op::Include, r, code, kNone, 4);  // kind 4: eval (runtime.cpp)
      break;
    }
    case Kind::VarVar: {
      int32_t name = expr(n->kid(0));
      r = dst != kNone && is_temp(dst) ? dst : temp();
      emit(Op::VarVar, r, name, kNone, 0);
      break;
    }
    default:
      error(n, "weft-php: unsupported expression " + std::string(kind_name(n->kind)));
      r = knull();
      break;
  }
  line = saved_line;
  switch (n->kind) {
    case Kind::Call:
    case Kind::MethodCall:
    case Kind::NullsafeMethodCall:
    case Kind::StaticCall:
    case Kind::New:
    case Kind::Array:
    case Kind::InterpString:
    case Kind::Unary:
    case Kind::Closure:
    case Kind::ArrowFn:
      fresh_ = true;
      break;
    case Kind::Binary:
      break;  // binary() and logical() decide
    case Kind::Cast:
      fresh_ = (n->flags & ~Parenthesized) != T_ARRAY_CAST &&
               (n->flags & ~Parenthesized) != T_OBJECT_CAST;
      break;
    default:
      fresh_ = false;
  }
  return r;
}

int32_t FnCompiler::globals_call(const char* fn, std::vector<int32_t> args, int32_t dst) {
  CallInfo ci;
  ci.kind = CallInfo::Named;
  ci.name = ci.lname = intern(fn);
  ci.args = std::move(args);
  ci.kinds.assign(ci.args.size(), ArgValue);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  emit(Op::Call, r, int32_t(add_call(std::move(ci))));
  return r;
}

// The value of `x op y` for two constant operands when computing it now is what the program
// would compute, with no diagnostic and no string to allocate: arithmetic and bitwise operators
// on ints and floats (an int overflow is a float, as at run time), except division or modulo by
// zero, shifts by a negative count, and % or bitwise operators on floats (php's deprecation for
// a fractional float is printed at run time).
static bool fold_binary(Op op, const Value& x, const Value& y, Value* out) {
  bool ints = x.tag == Tag::Int && y.tag == Tag::Int;
  bool numbers =
      (x.tag == Tag::Int || x.tag == Tag::Float) && (y.tag == Tag::Int || y.tag == Tag::Float);
  switch (op) {
    case Op::Add:
      return numbers && op_add(x, y, out);
    case Op::Sub:
      return numbers && op_sub(x, y, out);
    case Op::Mul:
      return numbers && op_mul(x, y, out);
    case Op::Div:
      return numbers && (y.tag == Tag::Int ? y.i != 0 : y.d != 0) && op_div(x, y, out);
    case Op::Pow:
      return numbers && op_pow(x, y, out);
    case Op::Mod:
      return ints && y.i != 0 && op_mod(x, y, out);
    case Op::Shl:
      return ints && y.i >= 0 && op_shl(x, y, out);
    case Op::Shr:
      return ints && y.i >= 0 && op_shr(x, y, out);
    case Op::BitAnd:
      return ints && op_bitand(x, y, out);
    case Op::BitOr:
      return ints && op_bitor(x, y, out);
    case Op::BitXor:
      return ints && op_bitxor(x, y, out);
    default:
      return false;
  }
}

int32_t FnCompiler::binary(const Node* n, int32_t dst) {
  bool swap;
  Op op = binop_of(n->flags & ~Parenthesized, &swap);
  if (op == Op::Nop) {
    error(n, "weft-php: unsupported operator");
    return knull();
  }
  // String concatenation chains build into one fresh temporary (amortized appends).
  if (op == Op::Concat) {
    const Node* left = n->kid(0);
    int32_t l;
    bool chain = left->kind == Kind::Binary && (left->flags & ~Parenthesized) == '.';
    int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
    if (chain || left->kind == Kind::InterpString) {
      l = expr(left, r);
    } else {
      l = expr(left);
    }
    int32_t rv = expr(n->kid(1));
    if (l < 0 && rv < 0 && l != kNone && rv != kNone && code->consts[size_t(~l)].tag == Tag::Str &&
        code->consts[size_t(~rv)].tag == Tag::Str) {  // two literal strings: one constant
      std::string joined(code->consts[size_t(~l)].s->view());
      joined += code->consts[size_t(~rv)].s->view();
      if (r != dst) free_temps(r);
      int32_t k = kstr(joined);
      if (dst == kNone || dst == r) return k;
      emit(Op::Assign, dst, k);
      return dst;
    }
    emit(Op::Concat, r, l, rv, l == r ? 1 : 0);
    fresh_ = true;
    if (dst != kNone && dst != r) {
      emit(Op::Assign, dst, r, kNone, 1);
      return dst;
    }
    return r;
  }
  int32_t mark = next_temp;
  int32_t a = expr(n->kid(0));
  int32_t b = expr(n->kid(1));
  Value folded;
  if (a < 0 && b < 0 && a != kNone && b != kNone &&
      fold_binary(op, code->consts[size_t(~a)], code->consts[size_t(~b)], &folded)) {
    free_temps(mark);
    int32_t k = konst(folded);
    if (dst == kNone) return k;
    emit(Op::Assign, dst, k);  // assign() gives its variable as dst and reads nothing back
    return dst;
  }
  int32_t r = result_reg(dst, mark);
  if (swap)
    emit(op, r, b, a);
  else
    emit(op, r, a, b);
  fresh_ = true;
  return r;
}

void FnCompiler::branch(const Node* n, bool when, Label& target) {
  if (n->kind == Kind::Binary) {
    uint32_t op = n->flags & ~Parenthesized;
    bool is_and = op == T_BOOLEAN_AND || op == T_LOGICAL_AND;
    if (is_and || op == T_BOOLEAN_OR || op == T_LOGICAL_OR) {
      if (is_and != when) {  // `a && b` false, `a || b` true: either side decides alone
        branch(n->kid(0), when, target);
        branch(n->kid(1), when, target);
      } else {  // the left side can only rule it out; then the right side decides
        Label skip;
        branch(n->kid(0), !when, skip);
        branch(n->kid(1), when, target);
        bind(skip);
      }
      return;
    }
  }
  int32_t mark = next_temp;
  int32_t c = expr(n);
  free_temps(mark);
  fuse_next = true;
  jump_to(target, when ? Op::JmpNz : Op::JmpZ, c);
}

int32_t FnCompiler::logical(const Node* n, int32_t dst) {
  uint32_t op = n->flags & ~Parenthesized;
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  Label end;
  if (op == T_COALESCE) {
    int32_t a = expr_quiet(n->kid(0));
    Instr* last = code->ins.empty() ? nullptr : &code->ins.back();
    if (last && is_temp(a) && last->a == a && pc() > last_label_pos &&
        (last->op == Op::FetchDim || last->op == Op::FetchProp) && last->x == 1)
      last->a = r;  // the quiet fetch writes the result register itself
    else
      emit(Op::Mov, r, a);
    jump_to(end, Op::JmpNotNull, r);
    int32_t b = expr(n->kid(1), r);
    move_result(r, b);
    bind(end);
    fresh_ = false;
    return r;
  }
  if (op == T_LOGICAL_XOR) {
    int32_t a = expr(n->kid(0));
    int32_t ta = temp();
    emit(Op::ToBool, ta, a);
    int32_t b = expr(n->kid(1));
    int32_t tb = temp();
    emit(Op::ToBool, tb, b);
    emit(Op::Ne, r, ta, tb);
    return r;
  }
  bool is_and = op == T_BOOLEAN_AND || op == T_LOGICAL_AND;
  int32_t a = expr(n->kid(0));
  emit(Op::ToBool, r, a);
  jump_to(end, is_and ? Op::JmpZ : Op::JmpNz, r);
  int32_t b = expr(n->kid(1));
  emit(Op::ToBool, r, b);
  bind(end);
  fresh_ = false;
  return r;
}

int32_t FnCompiler::expr_quiet(const Node* n) {
  switch (n->kind) {
    case Kind::Var: {
      if (n->str == "this" && code->this_slot >= 0) return code->this_slot;
      if (n->str == "GLOBALS") return globals_call("__weft_globals", {}, kNone);
      int32_t t = temp();
      emit(Op::Mov, t, local(n->str), kNone, 2);  // x=2: quiet read (undefined -> null)
      return t;
    }
    case Kind::VarVar: {
      int32_t t = temp();
      emit(Op::VarVar, t, expr(n->kid(0)), kNone, 1);
      return t;
    }
    case Kind::Dim: {
      if (!n->kid(1)) {
        error(n, "Cannot use [] for reading");
        return knull();
      }
      const Node* b = n->kid(0);
      const Node* k = n->kid(1);
      // `$a[$k] ?? d`: the quiet FetchDim reads a plain variable itself (undefined -> null), no
      // copy first, when the key cannot assign it (a variable or a literal)
      bool direct = b->kind == Kind::Var && b->str != "this" && b->str != "GLOBALS" &&
                    (k->kind == Kind::Var || k->kind == Kind::Int || k->kind == Kind::Str);
      int32_t base = direct ? local(b->str) : expr_quiet(b);
      int32_t key = expr(k);
      int32_t t = temp();
      emit(Op::FetchDim, t, base, key, 1);
      return t;
    }
    case Kind::Prop:
    case Kind::NullsafeProp: {
      int32_t obj = expr_quiet(n->kid(0));
      int32_t name = n->kid(1)->kind == Kind::Ident ? kstr(n->kid(1)->str) : expr(n->kid(1));
      int32_t t = temp();
      code->prop_cache.emplace_back();
      emit(Op::FetchProp, t, obj, name, 1, uint16_t(code->prop_cache.size() - 1));
      return t;
    }
    case Kind::StaticProp: {
      int32_t c = class_ref(n->kid(0));
      int32_t name = static_prop_name(n->kid(1));
      int32_t t = temp();
      emit(Op::FetchStaticProp, t, c, name, 1);
      return t;
    }
    default:
      return expr(n);
  }
}

int32_t FnCompiler::isset(const Node* n, int32_t dst) {
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  Label end;
  for (uint32_t i = 0; i < n->count; ++i) {
    const Node* v = n->kids[i];
    if (v->kind == Kind::Var && !(v->str == "this") && v->str != "GLOBALS") {
      emit(Op::IssetCv, r, local(v->str));
    } else {
      int32_t x = expr_quiet(v);
      if (v->kind == Kind::Prop && !code->ins.empty() && code->ins.back().op == Op::FetchProp)
        code->ins.back().x = 2;  // isset() of a property asks __isset only
      if (v->kind == Kind::Dim && !code->ins.empty() && code->ins.back().op == Op::FetchDim)
        code->ins.back().x = 2;  // isset() of an ArrayAccess element asks offsetExists only
      emit(Op::IssetVal, r, x);
    }
    if (i + 1 < n->count) jump_to(end, Op::JmpZ, r);
  }
  bind(end);
  return r;
}

// ---- literals ----

int32_t FnCompiler::array_literal(const Node* n, int32_t dst) {
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  emit(Op::NewArray, r, int32_t(n->count));
  for (uint32_t i = 0; i < n->count; ++i) {
    const Node* item = n->kids[i];
    if (!item) {
      error(n, "Cannot use empty array elements in arrays");
      return r;
    }
    int32_t mark = next_temp;
    if (item->flags & ItemSpread) {
      int32_t v = expr(item->kid(1));
      emit(Op::ArraySpread, r, v);
    } else if (item->flags & ItemByRef) {
      int32_t key = item->kid(0) ? expr(item->kid(0)) : kNone;
      int32_t ref = make_ref(item->kid(1));
      if (key == kNone)
        emit(Op::ArrayAppend, r, ref, kNone, 2);
      else
        emit(Op::ArraySet, r, key, ref, 2);
    } else if (item->kid(0)) {
      int32_t key = expr(item->kid(0));
      int32_t v = expr(item->kid(1));
      bool fresh = fresh_ && is_temp(v) && v >= 0;
      emit(Op::ArraySet, r, key, v, fresh ? 1 : 0);
    } else {
      int32_t v = expr(item->kid(1));
      bool fresh = fresh_ && is_temp(v) && v >= 0;
      emit(Op::ArrayAppend, r, v, kNone, fresh ? 1 : 0);
    }
    free_temps(mark);
  }
  fresh_ = true;
  return r;
}

int32_t FnCompiler::interp_string(const Node* n, int32_t dst) {
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  if (n->count == 0) {
    emit(Op::Mov, r, kstr(""));
    return r;
  }
  int32_t first = expr(n->kids[0]);
  if (n->count == 1) {
    emit(Op::Cast, r, first, kNone, CastString);
    fresh_ = true;
    return r;
  }
  int32_t mark = next_temp;
  int32_t second = expr(n->kids[1]);
  emit(Op::Concat, r, first, second, 0);
  free_temps(mark);
  for (uint32_t i = 2; i < n->count; ++i) {
    int32_t v = expr(n->kids[i]);
    emit(Op::Concat, r, r, v, 1);
    free_temps(mark);
  }
  fresh_ = true;
  return r;
}

int32_t FnCompiler::magic_const(const Node* n) {
  std::string s(n->str);
  for (auto& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (s == "__LINE__") return kint(int64_t(n->line));
  if (s == "__FILE__") return kstr(fc.file);
  if (s == "__DIR__") {
    size_t p = fc.file.rfind('/');
    return kstr(p == std::string::npos ? "." : fc.file.substr(0, p));
  }
  if (s == "__CLASS__") return kstr(cls ? cls->name : "");
  if (s == "__NAMESPACE__") return kstr(fc.ns);
  const FnCompiler* f = this;
  while ((f->fn->flags & FnClosure) && f->parent) f = f->parent;
  std::string fname =
      (fn->flags & FnClosure)
          ? fn->name
          : (fn->name == "{main}" || fn->name == "{initializer}" ? "" : fn->name);  // no function
  if (s == "__FUNCTION__") return kstr(fname);
  if (s == "__METHOD__") return kstr(cls && !fname.empty() ? cls->name + "::" + fname : fname);
  return kstr("");
}

int32_t FnCompiler::static_prop_name(const Node* name) {
  if (name->kind == Kind::Var) return kstr(name->str);
  if (name->kind == Kind::VarVar) return expr(name->kid(0));
  return expr(name);
}

int32_t FnCompiler::class_ref(const Node* n) {
  if (n->kind == Kind::Name) return kstr(fc.resolve_class_name(n));
  if (n->kind == Kind::ClassDecl) {
    error(n, "weft-php: anonymous classes are not supported");
    return knull();
  }
  return expr(n);
}

int32_t FnCompiler::const_fetch(const Node* n, int32_t dst) {
  const Node* name = n->kid(0);
  std::string s(name->str);
  std::string ls = lower(s);
  if (!s.empty() && s[0] == '\\') {
    s = s.substr(1);
    ls = ls.substr(1);
  }
  if (ls == "true") return konst(Value::boolean(true));
  if (ls == "false") return konst(Value::boolean(false));
  if (ls == "null") return knull();
  // built-in constants known at compile time
  static const std::unordered_map<std::string, Value> builtins = [] {
    std::unordered_map<std::string, Value> m;
    m["PHP_EOL"] = Value::str(intern("\n"));
    m["PHP_INT_MAX"] = Value::integer(INT64_MAX);
    m["PHP_INT_MIN"] = Value::integer(INT64_MIN);
    m["PHP_INT_SIZE"] = Value::integer(8);
    m["PHP_FLOAT_EPSILON"] = Value::number(2.220446049250313e-16);
    m["PHP_FLOAT_MAX"] = Value::number(1.7976931348623157e308);
    m["PHP_FLOAT_MIN"] = Value::number(2.2250738585072014e-308);
    m["PHP_FLOAT_DIG"] = Value::integer(15);
    m["NAN"] = Value::number(std::nan(""));
    m["INF"] = Value::number(__builtin_inf());
    m["M_PI"] = Value::number(3.14159265358979323846);
    m["M_E"] = Value::number(2.7182818284590452354);
    m["M_SQRT2"] = Value::number(1.41421356237309504880);
    m["PHP_VERSION"] = Value::str(intern("8.2.36"));
    m["PHP_MAJOR_VERSION"] = Value::integer(8);
    m["PHP_MINOR_VERSION"] = Value::integer(2);
    m["PHP_OS"] = Value::str(intern("Linux"));
    m["PHP_OS_FAMILY"] = Value::str(intern("Linux"));
    m["DIRECTORY_SEPARATOR"] = Value::str(intern("/"));
    m["PATH_SEPARATOR"] = Value::str(intern(":"));
    m["ASSERT_ACTIVE"] = Value::integer(1);
    m["ASSERT_CALLBACK"] = Value::integer(2);
    m["ASSERT_BAIL"] = Value::integer(3);
    m["ASSERT_WARNING"] = Value::integer(4);
    m["ASSERT_EXCEPTION"] = Value::integer(5);
    m["LC_CTYPE"] = Value::integer(0);
    m["LC_NUMERIC"] = Value::integer(1);
    m["LC_TIME"] = Value::integer(2);
    m["LC_COLLATE"] = Value::integer(3);
    m["LC_MONETARY"] = Value::integer(4);
    m["LC_MESSAGES"] = Value::integer(5);
    m["LC_ALL"] = Value::integer(6);
    m["E_ALL"] = Value::integer(32767);
    m["PHP_OUTPUT_HANDLER_START"] = Value::integer(1);
    m["PHP_OUTPUT_HANDLER_WRITE"] = Value::integer(0);
    m["PHP_OUTPUT_HANDLER_CONT"] = Value::integer(0);
    m["PHP_OUTPUT_HANDLER_FLUSH"] = Value::integer(4);
    m["PHP_OUTPUT_HANDLER_CLEAN"] = Value::integer(2);
    m["PHP_OUTPUT_HANDLER_FINAL"] = Value::integer(8);
    m["PHP_OUTPUT_HANDLER_END"] = Value::integer(8);
    m["E_ERROR"] = Value::integer(1);
    m["E_WARNING"] = Value::integer(2);
    m["E_NOTICE"] = Value::integer(8);
    m["E_STRICT"] = Value::integer(2048);
    m["E_DEPRECATED"] = Value::integer(8192);
    m["E_USER_ERROR"] = Value::integer(256);
    m["E_USER_WARNING"] = Value::integer(512);
    m["E_USER_NOTICE"] = Value::integer(1024);
    m["E_USER_DEPRECATED"] = Value::integer(16384);
    m["SORT_REGULAR"] = Value::integer(0);
    m["SORT_NUMERIC"] = Value::integer(1);
    m["SORT_STRING"] = Value::integer(2);
    m["SORT_FLAG_CASE"] = Value::integer(8);
    m["SORT_NATURAL"] = Value::integer(6);
    m["SORT_LOCALE_STRING"] = Value::integer(5);
    m["COUNT_RECURSIVE"] = Value::integer(1);
    m["JSON_PRETTY_PRINT"] = Value::integer(128);
    m["JSON_UNESCAPED_SLASHES"] = Value::integer(64);
    m["JSON_UNESCAPED_UNICODE"] = Value::integer(256);
    m["JSON_THROW_ON_ERROR"] = Value::integer(4194304);
    m["JSON_PRESERVE_ZERO_FRACTION"] = Value::integer(1024);
    m["ARRAY_FILTER_USE_KEY"] = Value::integer(2);
    m["ARRAY_FILTER_USE_BOTH"] = Value::integer(1);
    m["STR_PAD_RIGHT"] = Value::integer(1);
    m["STR_PAD_LEFT"] = Value::integer(0);
    m["STR_PAD_BOTH"] = Value::integer(2);
    m["PHP_ROUND_HALF_UP"] = Value::integer(1);
    m["PHP_ROUND_HALF_DOWN"] = Value::integer(2);
    m["PHP_ROUND_HALF_EVEN"] = Value::integer(3);
    m["M_PI_2"] = Value::number(1.57079632679489661923);
    m["CASE_LOWER"] = Value::integer(0);
    m["CASE_UPPER"] = Value::integer(1);
    m["M_PI_4"] = Value::number(0.78539816339744830962);
    m["PHP_ROUND_HALF_ODD"] = Value::integer(4);
    m["LC_ALL"] = Value::integer(6);
    m["PREG_SPLIT_NO_EMPTY"] = Value::integer(1);
    m["PREG_SPLIT_DELIM_CAPTURE"] = Value::integer(2);
    m["PREG_PATTERN_ORDER"] = Value::integer(1);
    m["PREG_SET_ORDER"] = Value::integer(2);
    m["ENT_QUOTES"] = Value::integer(3);
    m["ENT_COMPAT"] = Value::integer(2);
    m["ENT_NOQUOTES"] = Value::integer(0);
    m["ENT_HTML401"] = Value::integer(0);
    m["ENT_IGNORE"] = Value::integer(4);
    m["ENT_SUBSTITUTE"] = Value::integer(8);
    m["ENT_XML1"] = Value::integer(16);
    m["ENT_XHTML"] = Value::integer(32);
    m["ENT_HTML5"] = Value::integer(48);
    m["MB_CASE_TITLE"] = Value::integer(2);
    return m;
  }();
  std::string bare = s.substr(s.rfind('\\') == std::string::npos ? 0 : s.rfind('\\') + 1);
  auto it = builtins.find(name->flags == NameUnqualified ? s : bare);
  if (it != builtins.end()) return konst(it->second);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  std::string full = name->flags == NameFullyQualified ? s : fc.qualify(s);
  emit(Op::FetchConst, r, kstr(full),
       name->flags == NameUnqualified && !fc.ns.empty() ? kstr(s) : kNone);
  return r;
}

int32_t FnCompiler::match(const Node* n, int32_t dst) {
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  int32_t subj = expr_to_temp(n->kid(0));
  const Node* arms = n->kid(1);
  Label end;
  const Node* default_arm = nullptr;
  for (uint32_t i = 0; arms && i < arms->count; ++i) {
    const Node* arm = arms->kids[i];
    if (!arm->kid(0)) {
      default_arm = arm;
      continue;
    }
    Label body, next;
    const Node* conds = arm->kid(0);
    for (uint32_t j = 0; j < conds->count; ++j) {
      int32_t mark = next_temp;
      int32_t c = expr(conds->kids[j]);
      int32_t t = temp();
      emit(Op::Identical, t, subj, c);
      jump_to(body, Op::JmpNz, t);
      free_temps(mark);
    }
    jump_to(next);
    bind(body);
    int32_t v = expr(arm->kid(1), r);
    move_result(r, v);
    jump_to(end);
    bind(next);
  }
  if (default_arm) {
    int32_t v = expr(default_arm->kid(1), r);
    move_result(r, v);
  } else {
    emit(Op::MatchError, subj);
  }
  bind(end);
  return r;
}

}  // namespace weft::php
