// The interpreter loop (the future JIT portal): one `for (;;) switch` over the bytecode of one
// frame, threaded natively (each instruction jumps straight to the next one's code). Calls recurse
// into run_frame() through VM::invoke(). PHP exceptions are a false return with vm.exception set;
// the loop then looks for a handler of the current pc.
#include "weft/php/interp.h"

#include "interp_support.h"
#include "weft/php/ops.h"

namespace weft::php {

static const Value kNullValue = Value::null();

static inline bool both_float(const Value& a, const Value& b, double* x, double* y);

// + - * on numbers without overflow: the result, else false (the generic path decides).
static inline bool fast_arith(int op, const Value& a, const Value& b, Value* out) {
  if (a.tag == Tag::Int && b.tag == Tag::Int) {
    int64_t r;
    bool ovf;
    switch (Op(op)) {
      case Op::Add:
        ovf = __builtin_add_overflow(a.i, b.i, &r);
        break;
      case Op::Sub:
        ovf = __builtin_sub_overflow(a.i, b.i, &r);
        break;
      case Op::Mul:
        ovf = __builtin_mul_overflow(a.i, b.i, &r);
        break;
      default:
        return false;
    }
    if (ovf) return false;
    *out = Value::integer(r);
    return true;
  }
  double x, y;
  if (!both_float(a, b, &x, &y)) return false;
  switch (Op(op)) {
    case Op::Add:
      *out = Value::number(x + y);
      return true;
    case Op::Sub:
      *out = Value::number(x - y);
      return true;
    case Op::Mul:
      *out = Value::number(x * y);
      return true;
    case Op::Div:
      if (y == 0) return false;
      *out = Value::number(x / y);
      return true;
    default:
      return false;
  }
}

// Both operands numbers and at least one a float: their double values.
static inline bool both_float(const Value& a, const Value& b, double* x, double* y) {
  if (a.tag == Tag::Float) {
    if (b.tag == Tag::Float) {
      *x = a.d;
      *y = b.d;
      return true;
    }
    if (b.tag == Tag::Int) {
      *x = a.d;
      *y = double(b.i);
      return true;
    }
    return false;
  }
  if (a.tag == Tag::Int && b.tag == Tag::Float) {
    *x = double(a.i);
    *y = b.d;
    return true;
  }
  return false;
}

[[gnu::noinline, gnu::cold]] static void warn_undefined(VM& vm, const Code* code, int32_t x) {
  vm.warning("Undefined variable $" + code->local_names[size_t(x)]);
}

// rd()'s rare cases: a reference (its value) or an undefined variable (warned, null).
[[gnu::noinline]] static const Value& read_slow(VM& vm, const Code* code, const Value& v,
                                                int32_t x) {
  if (v.tag == Tag::Ref) return v.r->v.tag == Tag::Undef ? kNullValue : v.r->v;
  if (uint32_t(x) < code->nlocals) warn_undefined(vm, code, x);
  return kNullValue;
}

// Threaded dispatch (below) takes the addresses of labels, a GNU extension clang has.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wgnu-label-as-value"

bool run_frame(VM& vm, Frame* f, Value* ret) {
  Code* code = f->code;
  Value* regs = f->regs();
  const Value* consts = code->consts.data();
  const Instr* ins = code->ins.data();
  const uint32_t nlocals = code->nlocals;
  uint32_t pc = f->pc;

  // The helpers capture by value, so the frame's pointers stay in registers in the loop. (A
  // larger native frame is harmless now that PHP frames live on the frame stack: stale native
  // stack words no longer keep returned frames alive.)
  // (Out of line, so no helper's captures escape and the loop's bases stay in registers.)
  auto undefined = [&vm, code ](int32_t x) __attribute__((always_inline)) {
    warn_undefined(vm, code, x);
  };
  // Reads an operand for its value (constants, variables through references).
  auto rd = [ consts, regs, &vm, code ](int32_t x) __attribute__((always_inline))->const Value& {
    if (x < 0) return consts[~x];
    const Value& v = regs[x];
    if (v.tag > Tag::Undef && v.tag != Tag::Ref) [[likely]]
      return v;
    return read_slow(vm, code, v, x);
  };
  auto rd_quiet = [ consts, regs ](int32_t x) __attribute__((always_inline))->const Value& {
    if (x < 0) return consts[~x];
    const Value& v = regs[x];
    if (v.tag == Tag::Ref) return v.r->v;
    if (v.tag == Tag::Undef) return kNullValue;
    return v;
  };
  // Stores into a register; variables holding a reference are written through.
  auto st = [ regs, nlocals ](int32_t x, const Value& v) __attribute__((always_inline)) {
    Value& d = regs[x];
    if (uint32_t(x) < nlocals && d.tag == Tag::Ref)
      d.r->v = v;
    else
      d = v;
  };

    // Every instruction ends in PHP_NEXT(). Natively that is threaded dispatch: each
    // instruction's code ends in its own indirect jump to the next (better predicted than the
    // switch's one shared jump, no bounds check, no back edge). The JIT's translation of the loop
    // (WEFT_CODEGEN) takes the plain switch, where the labels are unused.
#ifdef WEFT_CODEGEN
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunused-label"
#define PHP_NEXT() continue
#else
  static const void* const kLabels[] = {
#define WEFT_PHP_OP_LABEL(o) &&L_##o,
      WEFT_PHP_OPS(WEFT_PHP_OP_LABEL)
#undef WEFT_PHP_OP_LABEL
      && pending_exception};
  // A pending exception selects the last entry (kick() computes the index without a branch):
  // the dispatch is one basic block, which clang copies into every handler given the
  // tail-duplication limits set for this file in CMakeLists.txt (with a branch, or without
  // them, all handlers share one indirect jump, predicted as one).
  constexpr size_t kPendingIdx = sizeof(kLabels) / sizeof(kLabels[0]) - 1;
  auto kick = [](size_t op, bool exc) __attribute__((always_inline)) {
    size_t m = size_t(0) - size_t(exc);
    return op ^ ((op ^ kPendingIdx) & m);
  };
#define PHP_NEXT()                                                     \
  do {                                                                 \
    I = &ins[pc];                                                      \
    f->pc = pc;                                                        \
    goto* kLabels[kick(size_t(I->op), vm.exception.get() != nullptr)]; \
  } while (0)
#endif

  const Instr* I;
top:
  for (;;) {
    I = &ins[pc];
    f->pc = pc;
    // An exception thrown by a user error handler called from a diagnostic (the catch
    // dispatch itself runs with the exception pending).
    if (vm.exception && I->op != Op::Catch && I->op != Op::Rethrow) [[unlikely]]
      goto exception;
    switch (I->op) {
      case Op::Nop:
      L_Nop:
        ++pc;
        PHP_NEXT();
      case Op::Mov:
      L_Mov:
        if (I->x == 2)
          regs[I->a] = rd_quiet(I->b);
        else if (I->x == 3)  // raw: a reference returned by a call stays one
          regs[I->a] = I->b < 0 ? consts[~I->b] : regs[I->b];
        else
          regs[I->a] = rd(I->b);
        ++pc;
        PHP_NEXT();
      case Op::Assign:
      L_Assign : {
        const Value& v = rd(I->b);
        if (!I->x) mark_copy(v);
        if (vm.watch_drops) [[unlikely]] {
          if (!vm.store_watched(regs[I->a], v, uint32_t(I->a) < nlocals)) goto exception;
          ++pc;
          PHP_NEXT();
        }
        st(I->a, v);
        ++pc;
        PHP_NEXT();
      }
      case Op::AssignRef:
      L_AssignRef:
        regs[I->a] = regs[I->b];
        ++pc;
        PHP_NEXT();
      case Op::MakeRefCv:
      L_MakeRefCv : {
        Value& s = regs[I->b];
        if (s.tag != Tag::Ref && I->x)
          vm.notice(I->x == 1 ? "Only variables should be assigned by reference"
                              : "Only variable references should be returned by reference");
        if (s.tag != Tag::Ref) {
          Ref* r = gc_new<Ref>();
          r->v = s.tag == Tag::Undef ? Value::null() : s;
          s = Value::ref(r);
        }
        regs[I->a] = s;
        ++pc;
        PHP_NEXT();
      }
      case Op::MakeRefLv:
      L_MakeRefLv : {
        Value* p = regs[I->b].ptr;
        if (!p) goto exception;
        if (p->tag != Tag::Ref) {
          Ref* r = gc_new<Ref>();
          r->v = p->tag == Tag::Undef ? Value::null() : *p;
          *p = Value::ref(r);
        }
        regs[I->a] = *p;
        ++pc;
        PHP_NEXT();
      }
      case Op::UnsetCv:
      L_UnsetCv:
        if (vm.watch_drops) [[unlikely]] {
          Value old = regs[I->a];
          regs[I->a] = Value();
          if (!vm.dropped(old)) goto exception;
          ++pc;
          PHP_NEXT();
        }
        regs[I->a] = Value();
        ++pc;
        PHP_NEXT();
      case Op::IssetCv:
      L_IssetCv:
        regs[I->a] = Value::boolean(!deref(regs[I->b]).is_null());
        ++pc;
        PHP_NEXT();
      case Op::IssetVal:
      L_IssetVal:
        regs[I->a] = Value::boolean(!rd_quiet(I->b).is_null());
        ++pc;
        PHP_NEXT();

      case Op::Add:
      L_Add : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
          int64_t r;
          if (!__builtin_add_overflow(a.i, b.i, &r)) {
            st(I->a, Value::integer(r));
            ++pc;
            PHP_NEXT();
          }
        }
        double x, y;
        if (both_float(a, b, &x, &y)) {
          st(I->a, Value::number(x + y));
          ++pc;
          PHP_NEXT();
        }
        Value r;
        if (!op_add(a, b, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Sub:
      L_Sub : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
          int64_t r;
          if (!__builtin_sub_overflow(a.i, b.i, &r)) {
            st(I->a, Value::integer(r));
            ++pc;
            PHP_NEXT();
          }
        }
        double x, y;
        if (both_float(a, b, &x, &y)) {
          st(I->a, Value::number(x - y));
          ++pc;
          PHP_NEXT();
        }
        Value r;
        if (!op_sub(a, b, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Mul:
      L_Mul : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
          int64_t r;
          if (!__builtin_mul_overflow(a.i, b.i, &r)) {
            st(I->a, Value::integer(r));
            ++pc;
            PHP_NEXT();
          }
        }
        double x, y;
        if (both_float(a, b, &x, &y)) {
          st(I->a, Value::number(x * y));
          ++pc;
          PHP_NEXT();
        }
        Value r;
        if (!op_mul(a, b, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Div:
      L_Div : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        double x, y;
        if (both_float(a, b, &x, &y) && y != 0) {
          st(I->a, Value::number(x / y));
          ++pc;
          PHP_NEXT();
        }
        if (a.tag == Tag::Int && b.tag == Tag::Int && b.i > 0 && a.i % b.i == 0) {
          st(I->a, Value::integer(a.i / b.i));
          ++pc;
          PHP_NEXT();
        }
        Value r;
        if (!op_div(a, b, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Mod:
      L_Mod : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        if (a.tag == Tag::Int && b.tag == Tag::Int && b.i > 0) {
          st(I->a, Value::integer(a.i % b.i));
          ++pc;
          PHP_NEXT();
        }
        Value r;
        if (!op_mod(a, b, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::BitAnd:
      case Op::BitOr:
      case Op::BitXor:
      case Op::Shl:
      case Op::Shr:
      L_BitAnd:
      L_BitOr:
      L_BitXor:
      L_Shl:
      L_Shr : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        // shifts by 64 or more (or negative) take the generic path (0, -1 or an error)
        if (a.tag == Tag::Int && b.tag == Tag::Int &&
            ((I->op != Op::Shl && I->op != Op::Shr) || uint64_t(b.i) < 64)) {
          int64_t r;
          switch (I->op) {
            case Op::BitAnd:
              r = a.i & b.i;
              break;
            case Op::BitOr:
              r = a.i | b.i;
              break;
            case Op::BitXor:
              r = a.i ^ b.i;
              break;
            case Op::Shl:
              r = int64_t(uint64_t(a.i) << b.i);
              break;
            default:
              r = a.i >> b.i;
              break;
          }
          st(I->a, Value::integer(r));
          ++pc;
          PHP_NEXT();
        }
        Value r;
        if (!op_binary(int(I->op), a, b, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Pow:
      L_Pow : {
        Value r;
        if (!op_binary(int(I->op), rd(I->b), rd(I->c), &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Concat:
      L_Concat : {
        Value r;
        // x=1: the left operand is this instruction's own fresh temporary: append in place
        if (!op_concat(rd(I->b), rd(I->c), &r, I->x == 1)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Eq:
      L_Eq:
        if (const Value& a = rd(I->b), &b = rd(I->c); a.tag == Tag::Int && b.tag == Tag::Int) {
          st(I->a, Value::boolean(a.i == b.i));
          ++pc;
          PHP_NEXT();
        }
        st(I->a, Value::boolean(loose_equal(rd(I->b), rd(I->c))));
        if (vm.exception) goto exception;
        ++pc;
        PHP_NEXT();
      case Op::Ne:
      L_Ne:
        if (const Value& a = rd(I->b), &b = rd(I->c); a.tag == Tag::Int && b.tag == Tag::Int) {
          st(I->a, Value::boolean(a.i != b.i));
          ++pc;
          PHP_NEXT();
        }
        st(I->a, Value::boolean(!loose_equal(rd(I->b), rd(I->c))));
        if (vm.exception) goto exception;
        ++pc;
        PHP_NEXT();
      case Op::Identical:
      L_Identical:
        if (const Value& a = rd(I->b), &b = rd(I->c); a.tag != b.tag || a.tag <= Tag::Int) {
          st(I->a, Value::boolean(a.tag == b.tag && (a.tag < Tag::Bool || a.i == b.i)));
          ++pc;
          PHP_NEXT();
        }
        st(I->a, Value::boolean(strict_equal(rd(I->b), rd(I->c))));
        ++pc;
        PHP_NEXT();
      case Op::NotIdentical:
      L_NotIdentical:
        st(I->a, Value::boolean(!strict_equal(rd(I->b), rd(I->c))));
        ++pc;
        PHP_NEXT();
      case Op::Lt:
      L_Lt : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        if (a.tag == Tag::Int && b.tag == Tag::Int)
          st(I->a, Value::boolean(a.i < b.i));
        else if (double x, y; both_float(a, b, &x, &y))
          st(I->a, Value::boolean(x < y));
        else
          st(I->a, Value::boolean(compare(a, b) < 0));
        if (vm.exception) goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::Le:
      L_Le : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        if (a.tag == Tag::Int && b.tag == Tag::Int)
          st(I->a, Value::boolean(a.i <= b.i));
        else if (double x, y; both_float(a, b, &x, &y))
          st(I->a, Value::boolean(x <= y));
        else
          st(I->a, Value::boolean(compare(a, b) <= 0));
        if (vm.exception) goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::Spaceship:
      L_Spaceship:
        st(I->a, Value::integer(compare(rd(I->b), rd(I->c))));
        if (vm.exception) goto exception;
        ++pc;
        PHP_NEXT();
      case Op::Not:
      L_Not:
        st(I->a, Value::boolean(!to_bool(rd(I->b))));
        ++pc;
        PHP_NEXT();
      case Op::ToBool:
      L_ToBool:
        st(I->a, Value::boolean(to_bool(rd(I->b))));
        ++pc;
        PHP_NEXT();
      case Op::BitNot:
      L_BitNot : {
        Value r;
        if (!op_bitnot(rd(I->b), &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Neg:
      L_Neg : {
        Value r;
        if (!op_neg(rd(I->b), &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Plus:
      L_Plus : {
        Value r;
        if (!op_plus(rd(I->b), &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Cast:
      L_Cast : {
        Value r;
        if (!do_cast(vm, rd(I->b), I->x, &r)) goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::IncDecCv:
      L_IncDecCv : {
        Value& slot = deref(regs[I->b]);
        if (slot.tag == Tag::Int) {
          Value old = slot;
          if (I->x & 1) {
            if (slot.i != INT64_MIN)
              slot.i--;
            else
              slot = Value::number(double(INT64_MIN) - 1.0);
          } else {
            if (slot.i != INT64_MAX)
              slot.i++;
            else
              slot = Value::number(double(INT64_MAX) + 1.0);
          }
          regs[I->a] = (I->x & 2) ? old : slot;
          ++pc;
          PHP_NEXT();
        }
        if (slot.tag == Tag::Undef) {
          undefined(I->b);
          slot = Value::null();
        }
        Value old = slot;
        if (!op_incdec(&slot, I->x & 1)) goto exception;
        regs[I->a] = (I->x & 2) ? old : slot;
        ++pc;
        PHP_NEXT();
      }
      case Op::IncDecLv:
      L_IncDecLv : {
        Value* p = regs[I->b].ptr;
        if (!p) goto exception;
        Value& slot = deref(*p);
        Value old = slot;
        if (!op_incdec(&slot, I->x & 1)) goto exception;
        regs[I->a] = (I->x & 2) ? old : slot;
        if (p == vm.magic_slot && !vm.finish_magic_rmw(p)) goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::CompoundCv:
      L_CompoundCv : {
        Value r;
        if (!fast_arith(I->x, rd(I->a), rd(I->b), &r) && !op_binary(I->x, rd(I->a), rd(I->b), &r))
          goto exception;
        st(I->a, r);
        ++pc;
        PHP_NEXT();
      }
      case Op::CompoundLv:
      L_CompoundLv : {
        Value* p = regs[I->b].ptr;
        if (!p) goto exception;
        Value& slot = deref(*p);
        Value r;
        if (Op(I->x) == Op::Concat) {
          if (!op_concat(slot, rd(I->c), &r, slot.tag == Tag::Str)) goto exception;
        } else if (!fast_arith(I->x, slot, rd(I->c), &r) && !op_binary(I->x, slot, rd(I->c), &r)) {
          goto exception;
        }
        // the pointer may be stale if user code ran (__toString); re-derive is not possible,
        // php has the same hazard only for objects, which do not move here
        deref(*p) = r;
        regs[I->a] = r;
        if (p == vm.magic_slot && !vm.finish_magic_rmw(p)) goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::ConcatAssign:
      L_ConcatAssign : {
        Value& slot = deref(regs[I->a]);
        const Value& b = rd(I->b);
        if (slot.tag == Tag::Str && b.tag == Tag::Str) {
          slot = Value::str(append(slot.s, b.s->view()));
          ++pc;
          PHP_NEXT();
        }
        if (slot.tag == Tag::Undef) {
          undefined(I->a);
          slot = Value::str(intern(""));
        }
        Value r;
        if (!op_concat(slot, b, &r, slot.tag == Tag::Str)) goto exception;
        deref(regs[I->a]) = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::Jmp:
      L_Jmp:
        pc = uint32_t(I->a);
        PHP_NEXT();
      case Op::JmpZ:
      L_JmpZ : {
        const Value& c = rd(I->a);
        bool t = c.tag == Tag::Bool ? c.i != 0 : to_bool(c);
        pc = t ? pc + 1 : uint32_t(I->b);
        PHP_NEXT();
      }
      case Op::JmpNz:
      L_JmpNz : {
        const Value& c = rd(I->a);
        bool t = c.tag == Tag::Bool ? c.i != 0 : to_bool(c);
        pc = t ? uint32_t(I->b) : pc + 1;
        PHP_NEXT();
      }
      case Op::JmpCmp:
      L_JmpCmp : {
        const Value& a = rd(I->b);
        const Value& b = rd(I->c);
        bool r;
        if (a.tag == Tag::Int && b.tag == Tag::Int) {
          switch (Op(I->x)) {
            case Op::Lt:
              r = a.i < b.i;
              break;
            case Op::Le:
              r = a.i <= b.i;
              break;
            case Op::Eq:
            case Op::Identical:
              r = a.i == b.i;
              break;
            default:
              r = a.i != b.i;
              break;
          }
        } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
          const double x = a.d, y = b.d;
          switch (Op(I->x)) {
            case Op::Lt:
              r = x < y;
              break;
            case Op::Le:
              r = x <= y;
              break;
            case Op::Eq:
            case Op::Identical:
              r = x == y;
              break;
            default:
              r = x != y;
              break;
          }
        } else {
          switch (Op(I->x)) {
            case Op::Lt:
              r = compare(a, b) < 0;
              break;
            case Op::Le:
              r = compare(a, b) <= 0;
              break;
            case Op::Eq:
              r = loose_equal(a, b);
              break;
            case Op::Ne:
              r = !loose_equal(a, b);
              break;
            case Op::Identical:
              r = strict_equal(a, b);
              break;
            default:
              r = !strict_equal(a, b);
              break;
          }
          if (vm.exception) goto exception;
        }
        pc = (r != (I->y == 1)) ? uint32_t(I->a) : pc + 1;
        PHP_NEXT();
      }
      case Op::JmpNotNull:
      L_JmpNotNull:
        pc = rd_quiet(I->a).is_null() ? pc + 1 : uint32_t(I->b);
        PHP_NEXT();
      case Op::Echo:
      L_Echo:
        if (!do_echo(vm, rd(I->a))) goto exception;
        ++pc;
        PHP_NEXT();
      case Op::Print:
      L_Print:
        ++pc;
        PHP_NEXT();
      case Op::NewArray:
      L_NewArray:
        regs[I->a] = Value::arr(Array::make(uint32_t(I->b)));
        ++pc;
        PHP_NEXT();
      case Op::ArrayAppend:
      L_ArrayAppend : {
        Array* a = regs[I->a].a;
        if (I->x == 2) {
          a->append(regs[I->b]);
        } else {
          const Value& v = rd(I->b);
          if (!I->x) mark_copy(v);
          if (!a->append(v)) {
            vm.throw_error(
                "Error", "Cannot add element to the array as the next element is already occupied");
            goto exception;
          }
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::ArraySet:
      L_ArraySet : {
        Array* a = regs[I->a].a;
        Key k;
        if (!to_key(rd(I->b), &k)) goto exception;
        if (I->x == 2) {
          a->set(k, regs[I->c]);
        } else {
          const Value& v = rd(I->c);
          if (!I->x) mark_copy(v);
          a->set(k, v);
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::ArraySpread:
      L_ArraySpread : {
        Array* a = regs[I->a].a;
        const Value& src = rd(I->b);
        if (src.tag == Tag::Arr) {
          Array* s = src.a;
          for (uint32_t i = s->first(); i < s->used(); i = s->next(i)) {
            Bucket& b = s->buckets()[i];
            Value v = deref(b.v);
            mark_copy(v);
            if (b.skey)
              a->set(Key::string(b.skey), v);
            else
              a->append(v);
          }
        } else if (src.tag == Tag::Obj) {
          Value it;
          if (!fe_reset(vm, &it, src, nullptr)) goto exception;
          for (;;) {
            Value v;
            int r = fe_fetch(vm, it.it, &v);
            if (r < 0) goto exception;
            if (r == 0) break;
            a->append(v);
          }
        } else {
          vm.throw_error("Error", "Only arrays and Traversables can be unpacked");
          goto exception;
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::FetchDim:
      L_FetchDim : {
        const Value& base = I->x ? rd_quiet(I->b) : rd(I->b);
        const Value& key = rd(I->c);
        if (base.tag == Tag::Arr) {
          Array* a = base.a;
          Value* slot = nullptr;
          if (key.tag == Tag::Int) {
            if (a->packed()) {
              if (uint64_t(key.i) < a->used()) slot = &a->buckets()[key.i].v;
            } else {
              slot = a->find(key.i);
            }
          } else if (key.tag == Tag::Str && !a->packed()) {
            int64_t i;
            slot = string_is_int_key(key.s->view(), &i) ? a->find(i) : a->find(Key::string(key.s));
          }
          if (slot) {
            Value v = deref(*slot);
            regs[I->a] = v;
            ++pc;
            PHP_NEXT();
          }
        }
        Value r;
        if (!fetch_dim(vm, base, key, &r, I->x)) goto exception;
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::FetchProp:
      L_FetchProp : {
        const Value& ov = rd_quiet(I->b);
        auto& cache = code->prop_cache[I->y];
        if (ov.tag == Tag::Obj && cache.first == ov.o->cls) {
          const Value& v = ov.o->slots()[cache.second];
          if (v.tag != Tag::Undef) {
            regs[I->a] = deref(v);
            ++pc;
            PHP_NEXT();
          }
        }
        Value r;
        // a site caches only a constant name's slot (`$o->$k` names another property each time)
        if (!fetch_prop(vm, f, I->x ? rd_quiet(I->b) : rd(I->b), rd(I->c), &r, I->x,
                        I->c < 0 ? &code->prop_cache[I->y] : nullptr))
          goto exception;
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::FetchStaticProp:
      L_FetchStaticProp : {
        Value* p = lv_static_prop(vm, f, rd(I->b), rd(I->c), I->x);
        if (!p) {
          if (vm.exception) goto exception;
          regs[I->a] = Value::null();
        } else {
          regs[I->a] = deref(*p);
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::FetchClassConst:
      L_FetchClassConst : {
        Value r;
        if (!fetch_class_const(vm, f, rd(I->b), rd(I->c).s, &r)) goto exception;
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::FetchConst:
      L_FetchConst : {
        Value* v = vm.constants->find(rd(I->b).s->view());
        if (!v && I->c != kNone) v = vm.constants->find(rd(I->c).s->view());
        if (!v) {
          std::string_view name = rd(I->c != kNone ? I->c : I->b).s->view();
          vm.throw_error("Error", "Undefined constant \"" + std::string(name) + "\"");
          goto exception;
        }
        regs[I->a] = *v;
        ++pc;
        PHP_NEXT();
      }
      case Op::ClassName:
      L_ClassName : {
        Class* c = class_from_operand(vm, f, rd(I->b));
        if (!c) goto exception;
        regs[I->a] = Value::str(new_string(c->name));
        ++pc;
        PHP_NEXT();
      }
      case Op::LvCv:
      L_LvCv:
        regs[I->a] = Value::pointer(&regs[I->b]);
        ++pc;
        PHP_NEXT();
      case Op::VarVar:
      L_VarVar : {
        // $$name; x: 0 read, 1 read quietly (isset, ??), 2 pointer for writing, 3 unset
        String* name;
        if (!vm.to_string(rd(I->b), &name)) goto exception;
        Value* slot = var_slot(vm, f, name->view(), I->x == 2);
        if (I->x == 2) {
          regs[I->a] = Value::pointer(slot);
        } else if (I->x == 3) {
          if (slot) *slot = Value();
        } else if (!slot || deref(*slot).tag == Tag::Undef) {
          if (I->x == 0) vm.warning("Undefined variable $" + std::string(name->view()));
          regs[I->a] = Value::null();
        } else {
          Value v = deref(*slot);
          mark_copy(v);
          regs[I->a] = v;
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::LvDim:
      L_LvDim : {
        Value* p = regs[I->b].ptr;
        if (!p) {
          if (vm.exception) goto exception;
          ++pc;
          PHP_NEXT();
        }
        const Value* key = I->c == kNone ? nullptr : &rd(I->c);
        Value& c = deref(*p);
        if (key && key->tag == Tag::Int && c.tag == Tag::Arr && !is_shared(c.a) && c.a->packed() &&
            uint64_t(key->i) < c.a->used()) {
          regs[I->a] = Value::pointer(&c.a->buckets()[key->i].v);
          ++pc;
          PHP_NEXT();
        }
        Value* e = lv_dim(vm, p, key, I->x);
        if (!e && vm.exception) goto exception;
        regs[I->a] = Value::pointer(e);
        ++pc;
        PHP_NEXT();
      }
      case Op::LvProp:
      L_LvProp : {
        const Value& ov = rd(I->b);
        auto& cache = code->prop_cache[I->y];
        if (ov.tag == Tag::Obj && cache.first == ov.o->cls) {
          regs[I->a] = Value::pointer(&ov.o->slots()[cache.second]);
          ++pc;
          PHP_NEXT();
        }
        Value* e = lv_prop(vm, f, ov, rd(I->c), I->c < 0 ? &cache : nullptr);
        if (!e) goto exception;
        regs[I->a] = Value::pointer(e);
        ++pc;
        PHP_NEXT();
      }
      case Op::LvStaticProp:
      L_LvStaticProp : {
        Value* e = lv_static_prop(vm, f, rd(I->b), rd(I->c), false);
        if (!e) goto exception;
        regs[I->a] = Value::pointer(e);
        ++pc;
        PHP_NEXT();
      }
      case Op::AssignDim:
      L_AssignDim : {
        Value* p = (I->x & 4) ? &regs[I->a] : regs[I->a].ptr;
        if (!p) goto exception;
        const uint8_t mode = I->x & 3;
        const Value* key = I->b == kNone ? nullptr : &rd(I->b);
        const Value& v = mode == 2 ? regs[I->c] : rd(I->c);
        if (vm.watch_drops) [[unlikely]] {
          Value old = element_for_drop(*p, key, mode != 2);
          if (!assign_dim(vm, p, key, v, mode) || !vm.dropped(old)) goto exception;
          ++pc;
          PHP_NEXT();
        }
        Value& c = deref(*p);
        if (mode != 2 && c.tag == Tag::Arr && !is_shared(c.a)) {
          Array* a = c.a;
          if (key && key->tag == Tag::Int && a->packed() && uint64_t(key->i) < a->used()) {
            if (!mode) mark_copy(v);
            deref(a->buckets()[key->i].v) = v;
            ++pc;
            PHP_NEXT();
          }
          if (key && key->tag == Tag::Int && !a->packed()) {
            if (Value* s = a->find(key->i)) {  // an existing element of a hash
              if (!mode) mark_copy(v);
              deref(*s) = v;
              ++pc;
              PHP_NEXT();
            }
          }
          if (!key) {
            if (!mode) mark_copy(v);
            if (a->append(v)) {
              ++pc;
              PHP_NEXT();
            }
          }
        }
        if (!assign_dim(vm, p, key, v, mode)) goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::AssignLv:
      L_AssignLv : {
        Value* p = regs[I->a].ptr;
        if (!p) goto exception;
        if (I->x == 2) {
          *p = regs[I->b];
        } else {
          const Value& v = rd(I->b);
          if (!I->x) mark_copy(v);
          if (vm.watch_drops) [[unlikely]] {
            if (!vm.store_watched(*p, v, true)) goto exception;
            ++pc;
            PHP_NEXT();
          }
          deref(*p) = v;
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::AssignProp:
      L_AssignProp : {
        const Value& v = rd(I->c);
        if (!I->x) mark_copy(v);
        const Value& ov = rd(I->a);
        auto& cache = code->prop_cache[I->y];
        if (ov.tag == Tag::Obj && cache.first == ov.o->cls) {
          if (vm.watch_drops) [[unlikely]] {
            if (!vm.store_watched(ov.o->slots()[cache.second], v, true)) goto exception;
            ++pc;
            PHP_NEXT();
          }
          deref(ov.o->slots()[cache.second]) = v;
          ++pc;
          PHP_NEXT();
        }
        if (vm.watch_drops && ov.tag == Tag::Obj) [[unlikely]] {
          Value old = prop_for_drop(ov.o, rd(I->b));
          if (!assign_prop(vm, f, rd(I->a), rd(I->b), v,
                           I->b < 0 ? &code->prop_cache[I->y] : nullptr) ||
              !vm.dropped(old))
            goto exception;
          ++pc;
          PHP_NEXT();
        }
        if (!assign_prop(vm, f, rd(I->a), rd(I->b), v,
                         I->b < 0 ? &code->prop_cache[I->y] : nullptr))
          goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::UnsetDim:
      L_UnsetDim : {
        Value* p = regs[I->a].ptr;
        if (vm.watch_drops && p) [[unlikely]] {
          Value old = element_for_drop(*p, &rd(I->b), false);
          if (!unset_dim(vm, p, rd(I->b)) || !vm.dropped(old)) goto exception;
          ++pc;
          PHP_NEXT();
        }
        if (p && !unset_dim(vm, p, rd(I->b))) goto exception;
        if (!p && vm.exception) goto exception;
        ++pc;
        PHP_NEXT();
      }
      case Op::UnsetProp:
      L_UnsetProp : {
        const Value& o = rd(I->a);
        if (o.tag == Tag::Obj) {
          String* name = to_str(rd(I->b));
          Object* obj = o.o;
          auto it = obj->cls->prop_index.find(std::string(name->view()));
          bool visible = true;
          if (it != obj->cls->prop_index.end()) {
            const PropInfo& p = obj->cls->props[it->second];
            Class* scope = calling_scope(f);
            if (p.flags & ModPrivate)
              visible = scope == p.declared;
            else if (p.flags & ModProtected)
              visible =
                  scope && (scope->is_subclass_of(p.declared) || p.declared->is_subclass_of(scope));
          }
          if (it == obj->cls->prop_index.end() && !static_through_object(vm, f, obj, name))
            goto exception;
          bool present = it != obj->cls->prop_index.end() ? visible
                         : obj->dyn                       ? obj->dyn->find(name->view()) != nullptr
                                                          : false;
          if (!present && obj->cls->m_unset) {
            // an inaccessible or missing property: __unset decides
            Value arg = Value::str(name), ignored;
            if (!vm.call_method(obj, obj->cls->m_unset, &arg, 1, &ignored)) goto exception;
          } else if (it != obj->cls->prop_index.end()) {
            Value old = obj->slots()[it->second];
            obj->slots()[it->second] = Value();
            if (vm.watch_drops && !vm.dropped(old)) goto exception;
          } else if (obj->dyn) {
            Value old = element_for_drop(Value::arr(obj->dyn.get()), &rd(I->b), false);
            obj->dyn->remove(Key::string(name));
            if (vm.watch_drops && !vm.dropped(old)) goto exception;
          }
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::Call:
      case Op::CallMethod:
      case Op::CallStatic:
      case Op::New:
      L_Call:
      L_CallMethod:
      L_CallStatic:
      L_New : {
        Value r;
        CallInfo& ci = code->calls[size_t(I->b)];
        int done = -1;
        // Sites whose cached callee took the simple path before skip do_call's dispatch (the
        // conditions of its caches: a named function, or a method of the object's class).
        if (I->op == Op::Call) {
          if (ci.cached && ci.cached == ci.simple && ci.kind == CallInfo::Named)
            done = ci.cached->native ? call_native(vm, f, ci, ci.cached, &r)
                                     : call_simple(vm, f, ci, ci.cached, &r, nullptr, nullptr);
        } else if (I->op == Op::CallMethod) {
          const Value& o = I->c < 0 ? consts[~I->c] : deref(regs[I->c]);
          Function* m = ci.cached_method;
          if (o.tag == Tag::Obj && o.o->cls == ci.cached_cls && m && m == ci.simple && ci.name)
            done = call_simple(vm, f, ci, m, &r, (m->flags & FnStatic) ? nullptr : o.o, o.o->cls);
        }
        if (done == 0) goto exception;
        if (done < 0 && !do_call(vm, f, ci, I->c, &r, uint8_t(I->op))) goto exception;
        if (r.tag == Tag::Ref && !(I->x & 1)) {  // from a `function &f()`, used as a value
          r = r.r->v;
          mark_copy(r);
        }
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::Return:
      L_Return : {
        if (I->x == 2) {  // function &f(): the reference (MakeRef made it)
          *ret = regs[I->a];
          return !vm.watch_drops || vm.frame_ending(f, *ret);
        }
        if (I->a >= 0 && uint32_t(I->a) < nlocals) {
          Value& s = regs[I->a];
          if (s.tag == Tag::Ref) {
            *ret = s.r->v;
            mark_copy(*ret);
          } else if (s.tag == Tag::Undef) {
            undefined(I->a);
            *ret = Value::null();
          } else {
            *ret = s;
            if (f->gen_state) mark_copy(s);
          }
        } else {
          *ret = rd(I->a);
          if (I->a < 0 || I->x) mark_copy(*ret);
        }
        if (f->gen_state) f->gen_state = GenDone;
        return !vm.watch_drops || vm.frame_ending(f, *ret);
      }
      case Op::MakeClosure:
      L_MakeClosure : {
        Value r;
        if (!make_closure(vm, f, code->functions[size_t(I->b)], code->calls[size_t(I->c)], &r))
          goto exception;
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::DeclareFunc:
      L_DeclareFunc : {
        Function* fn = code->functions[size_t(I->b)];
        auto it = vm.functions.find(fn->lname);
        if (it != vm.functions.end()) {
          if (it->second == fn) {
            ++pc;
            PHP_NEXT();
          }
          vm.fatal("Cannot redeclare " + fn->name + "()");
        }
        vm.functions[fn->lname] = fn;
        ++pc;
        PHP_NEXT();
      }
      case Op::DeclareClass:
      L_DeclareClass : {
        Class* c = code->classes[size_t(I->b)];
        if (!c->linked) {
          if (!declare_class(vm, c, I->x == 1) && vm.exception) goto exception;
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::BindGlobal:
      L_BindGlobal : {
        String* name = rd(I->b).s;
        Value* slot = nullptr;
        Frame* m = vm.main_frame;
        int32_t idx = m ? m->code->find_local(name->view()) : -1;
        if (m == f && idx == I->a) {
          ++pc;
          PHP_NEXT();
        }
        if (idx >= 0) {
          slot = &m->regs()[idx];
        } else {
          bool ins;
          slot = vm.globals_extra->lookup_or_insert(Key::string(name), &ins);
        }
        if (slot->tag != Tag::Ref) {
          Ref* r = gc_new<Ref>();
          r->v = slot->tag == Tag::Undef ? Value::null() : *slot;
          *slot = Value::ref(r);
        }
        regs[I->a] = *slot;
        ++pc;
        PHP_NEXT();
      }
      case Op::BindStatic:
      L_BindStatic : {
        Function* fn = f->fn;
        Value* s = fn->statics->find(int64_t(I->b));
        if (s->tag == Tag::Ref) {
          regs[I->a] = *s;
          pc = uint32_t(I->c);
          PHP_NEXT();
        }
        Ref* r = gc_new<Ref>();
        r->v = Value::null();
        *s = Value::ref(r);
        regs[I->a] = *s;
        ++pc;
        PHP_NEXT();
      }
      case Op::Instanceof:
      L_Instanceof : {
        bool r = instanceof_op(vm, f, rd(I->b), rd(I->c));
        if (vm.exception) goto exception;
        regs[I->a] = Value::boolean(r);
        ++pc;
        PHP_NEXT();
      }
      case Op::Throw:
      L_Throw : {
        const Value& v = rd(I->a);
        if (v.tag != Tag::Obj || !(v.o->cls->flags & ClsThrowable)) {
          vm.throw_error("Error", "Can only throw objects");
          goto exception;
        }
        vm.exception = v.o;
        goto exception;
      }
      case Op::Catch:
      L_Catch : {
        Object* ex = vm.exception;
        std::string_view names = rd(I->b).s->view();
        bool match = names.empty();
        while (!match && !names.empty()) {
          size_t bar = names.find('|');
          std::string_view one = names.substr(0, bar);
          Class* c = vm.find_class(one);
          if (c && ex->cls->is_subclass_of(c)) match = true;
          names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
        }
        if (!match) {
          pc = uint32_t(I->c);
          PHP_NEXT();
        }
        if (I->a != kNone) st(I->a, Value::obj(ex));
        vm.exception = nullptr;
        ++pc;
        PHP_NEXT();
      }
      case Op::Rethrow:
      L_Rethrow:
        goto exception;
      case Op::FeReset:
      L_FeReset : {
        if (I->x) {
          Value* p = regs[I->b].ptr;
          if (!fe_reset(vm, &regs[I->a], deref(*p), p)) goto exception;
        } else {
          if (!fe_reset(vm, &regs[I->a], rd(I->b), nullptr)) goto exception;
        }
        ++pc;
        PHP_NEXT();
      }
      case Op::FeFetch:
      L_FeFetch : {
        Value& itv = regs[I->a];
        if (itv.tag != Tag::Iter) {
          pc = uint32_t(I->b);
          PHP_NEXT();
        }
        Iter* it = itv.it;
        if (!it->by_ref && it->subject.tag == Tag::Arr) {
          Array* a = it->subject.a;
          uint32_t i = a->skip(it->pos);
          if (i >= a->used()) {
            pc = uint32_t(I->b);
            PHP_NEXT();
          }
          it->pos = i + 1;
          Value v = deref(a->buckets()[i].v);
          regs[I->c] = v;
          ++pc;
          PHP_NEXT();
        }
        int r = fe_fetch(vm, it, &regs[I->c]);
        if (r < 0) goto exception;
        pc = r == 0 ? uint32_t(I->b) : pc + 1;
        PHP_NEXT();
      }
      case Op::FeKey:
      L_FeKey:
        if (!fe_key(vm, regs[I->b].it, &regs[I->a])) goto exception;
        ++pc;
        PHP_NEXT();
      case Op::Clone:
      L_Clone : {
        Value r;
        if (!clone_object(vm, rd(I->b), &r)) goto exception;
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::Exit:
      L_Exit : {
        const Value& v = rd(I->a);
        if (v.tag == Tag::Str)
          vm.echo(v.s->view());
        else if (v.tag == Tag::Int)
          vm.exit_code = int(v.i);
        vm.exiting = true;
        return false;
      }
      case Op::RecvDefault:
      L_RecvDefault:
        pc = regs[I->a].tag != Tag::Undef ? uint32_t(I->b) : pc + 1;
        PHP_NEXT();
      case Op::MatchError:
      L_MatchError:
        vm.throw_error("UnhandledMatchError",
                       "Unhandled match case " + export_scalar_for_match(rd(I->a)));
        goto exception;
      case Op::Silence:
      L_Silence:
        if (I->x)
          vm.silence++;
        else if (vm.silence > 0)
          vm.silence--;
        ++pc;
        PHP_NEXT();
      case Op::Yield:
      L_Yield : {
        Value v = rd(I->b);
        mark_copy(v);
        f->gen_val = v;
        if (I->c != kNone) {
          Value k = rd(I->c);
          mark_copy(k);
          f->gen_key = k;
          // explicit integer keys move the automatic key on (not keys delegated by yield from)
          if (!I->x && k.tag == Tag::Int && k.i >= f->gen_auto_key) f->gen_auto_key = k.i + 1;
        } else {
          f->gen_key = Value::integer(f->gen_auto_key++);
        }
        f->gen_state = GenSuspended;
        f->pc = pc + 1;
        return true;
      }
      case Op::Include:
      L_Include : {
        Value r;
        if (!do_include(vm, f, rd(I->b), I->x, &r)) goto exception;
        regs[I->a] = r;
        ++pc;
        PHP_NEXT();
      }
      case Op::YieldFrom:
      L_YieldFrom:
        vm.throw_error("Error", "weft-php: yield from is not supported yet");
        goto exception;
      case Op::This:  // no code yet: the error below
      case Op::FuncGetArgs:
      case Op::ThrowError:
      case Op::CheckAbstract:
      default:
      L_This:
      L_FuncGetArgs:
      L_ThrowError:
      L_CheckAbstract:
        vm.throw_error("Error",
                       std::string("weft-php: unimplemented instruction ") + op_name(I->op));
        goto exception;
    }
  }

#undef PHP_NEXT
#ifdef WEFT_CODEGEN
#pragma clang diagnostic pop
#endif

#ifndef WEFT_CODEGEN
pending_exception:
  if (I->op == Op::Catch || I->op == Op::Rethrow) goto* kLabels[size_t(I->op)];
#endif
exception:
  if (vm.exiting) return false;
  for (const TryRange& h : code->handlers) {
    if (pc >= h.start && pc < h.end) {
      pc = h.handler;
      goto top;
    }
  }
  if (f->gen_state) f->gen_state = GenDone;
  return false;
}

#pragma clang diagnostic pop

}  // namespace weft::php
