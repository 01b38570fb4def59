// The interpreter loop (the future JIT portal): one `for (;;) switch` over the bytecode of the
// running frame, threaded natively (each instruction jumps straight to the next one's code). The
// common user calls (a call site's cached simple callee) push the callee's frame and go on in the
// same loop, whose Return pops it and resumes the caller (Frame::loop_call); other calls recurse
// into run_frame() through VM::invoke(). PHP exceptions are a false return with vm.exception set;
// the loop then looks for a handler of the current instruction, popping loop-called frames that
// have none. The handlers live in interp_*.inc, included inside the switch below.
#include "weft/php/interp.h"

#include "interp_support.h"
#include "type_check.h"
#include "typed_props.h"
#include "typed_refs.h"
#include "weft/php/ops.h"

namespace weft::php {

// st_checked()'s store into a variable bound to a typed reference, out of line and preserving
// the caller's registers, so the interpreter's stores keep their code.
__attribute__((noinline, preserve_most)) static bool store_typed_local(VM& vm, Frame* f,
                                                                       const Instr* ip, Ref* r,
                                                                       const Value& v) {
  f->ip = ip;  // the error's line
  return assign_typed_ref(vm, r, v, f->code->strict_types);
}

static const Value kNullValue = Value::null();

static inline bool both_float(const Value& a, const Value& b, double* x, double* y);

// + - * on numbers without overflow: the result, else false (the generic path decides).
[[gnu::always_inline]] static inline bool fast_arith(int op, const Value& a, const Value& b,
                                                     Value* out) {
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

// x: a register operand (a byte offset, bytecode.h)
[[gnu::noinline, gnu::cold]] static void warn_undefined(VM& vm, const Code* code, int32_t x) {
  vm.warning("Undefined variable $" + code->local_names[size_t(reg_index(x))]);
}

// rd()'s rare cases: a reference (its value) or an undefined variable (warned, null).
[[gnu::noinline]] static const Value& read_slow(VM& vm, const Code* code, const Value& v,
                                                int32_t x) {
  if (v.tag == Tag::Ref) return v.r->v.tag == Tag::Undef ? kNullValue : v.r->v;
  if (x >= 0 && uint32_t(reg_index(x)) < code->nlocals) warn_undefined(vm, code, x);
  return kNullValue;
}

// Threaded dispatch (below) takes the addresses of labels, a GNU extension clang has.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wgnu-label-as-value"

bool run_frame(VM& vm, Frame* f, Value* ret) {
  // The loop's state is the running frame, its registers and its running instruction; a loop
  // call enters a frame and its Return leaves it (enter()/leave()). The code, its instructions
  // and its number of variables are read through f where needed: fewer values carried around
  // the loop leave more machine registers to the handlers.
  // The constant operand ~k (Code::consts[k]) is regs[~k]: the frame holds the constants just
  // below its registers (VM::new_frame()), so an operand is read without testing its kind.
  // Instructions hold register operands as byte offsets from regs (reg_offset(), bytecode.h):
  // R(I->a) is the register, with no scaling of an index.
  Value* regs = f->regs();
  // The running instruction. A pointer, not an index: the next instruction is I + 1, and the
  // dispatch neither scales an index nor stores one. f->ip is what code outside the loop reads
  // (line numbers, stack traces, the early destructors' live registers, a caller's call
  // instruction): a handler publishes I there (PHP_SYNC_IP) before anything that can read it.
  const Instr* I = f->ip;
  auto enter = [&](Frame * nf) __attribute__((always_inline)) {
    f = nf;
    regs = nf->regs();
    I = nf->ip;
    vm.frame = nf;
  };
  // Back to the caller of a loop-called frame, at its call instruction; the object a `new`
  // constructed when the frame was its constructor's.
  auto leave = [&]() __attribute__((always_inline)) {
    char* mark = f->stack_mark;
    Object* constructed = f->loop_call == kLoopCallNew ? f->this_.get() : nullptr;
    enter(f->prev);
    vm.pop_frames(mark);
    return constructed;
  };
  // The instruction at index pc of the running code (an exception handler's).
  auto target = [&f](int32_t pc) __attribute__((always_inline)) {
    return f->code->ins.data() + pc;
  };
  // The target of the running instruction's jump operand (a byte offset from it, bytecode.h).
  auto jump = [&I](int32_t offset) __attribute__((always_inline)) {
    return reinterpret_cast<const Instr*>(reinterpret_cast<const char*>(I) + offset);
  };
  // A call's result, from the callee's Return (or the call helpers) to the call's finish.
  Value call_result;
  // Where FetchDim last found a string key, for AssignDim's store with the same key.
  StrSlotMemo str_slot_memo;
  // Calls fn (a site's cached simple callee) in this loop: its frame becomes the running one.
  // False with the exception an argument's coercion threw.
  auto loop_call = [&](CallInfo & ci, Function * fn, Object * this_, Class * cls)
      __attribute__((always_inline)) {
    Frame* nf = push_loop_frame(vm, f, ci, fn, this_, cls);
    if (!nf) [[unlikely]]
      return false;
    enter(nf);
    return true;
  };

  // The helpers capture by reference the bases enter() reloads; inlined, they read the loop's
  // own variables. (A larger native frame is harmless now that PHP frames live on the frame
  // stack: stale native stack words no longer keep returned frames alive.)
  auto undefined = [&vm, &f, &I ](int32_t x) __attribute__((always_inline)) {
    f->ip = I;
    warn_undefined(vm, f->code, x);
  };
  auto R = [&regs](int32_t x) __attribute__((always_inline))->Value& {
    return *reinterpret_cast<Value*>(reinterpret_cast<char*>(regs) + x);
  };
  // Reads an operand for its value (constants, variables through references).
  auto rd = [&R, &vm, &f, &I ](int32_t x) __attribute__((always_inline))->const Value& {
    const Value& v = R(x);
    if (v.tag > Tag::Undef && v.tag != Tag::Ref) [[likely]]
      return v;
    f->ip = I;  // the warning names I's line (PHP_SYNC_IP)
    return read_slow(vm, f->code, v, x);
  };
  auto rd_quiet = [&R](int32_t x) __attribute__((always_inline))->const Value& {
    const Value& v = R(x);
    if (v.tag == Tag::Ref) return v.r->v;
    if (v.tag == Tag::Undef) return kNullValue;
    return v;
  };
  // An operand as it is stored (a constant, or a register that may hold Undef or a Ref): for fast
  // paths that test the tag they need, so Undef and Ref fall through to the generic path's rd().
  auto raw = [&R](int32_t x) __attribute__((always_inline))->const Value& { return R(x); };
  // A value rd() would return as it is (neither Undef nor a Ref, nor a foreach iterator).
  auto plain = [](const Value& v) __attribute__((always_inline)) {
    return uint8_t(uint8_t(v.tag) - uint8_t(Tag::Null)) < uint8_t(Tag::Ref) - uint8_t(Tag::Null);
  };
  // Stores into a register; variables holding a reference are written through (a temporary
  // may hold a reference as a value: only the variables' tag says "write through").
  // False with php's TypeError when the variable is a typed reference (typed_refs.h) that
  // refuses v; the non-reference path is the plain store.
  auto st_checked =
      [&R, &f, &vm ](int32_t x, const Value& v, const Instr* ip) __attribute__((always_inline)) {
    Value& d = R(x);
    if (d.tag == Tag::Ref && uint32_t(x) < f->code->nlocals * sizeof(Value)) {
      if (ref_typed(d.r)) [[unlikely]]
        return store_typed_local(vm, f, ip, d.r, v);
      d.r->v = v;
    } else {
      d = v;
    }
    return true;
  };

  // An operator's result stored straight into its variable (`$x = $a + $b`): no typed
  // reference check (see typed_refs.h), so that the arithmetic handlers keep their code.
  auto st = [&R, &f ](int32_t x, const Value& v) __attribute__((always_inline)) {
    Value& d = R(x);
    if (d.tag == Tag::Ref && uint32_t(x) < f->code->nlocals * sizeof(Value))
      d.r->v = v;
    else
      d = v;
  };

  // The store of a FetchDim/FetchProp fused with `$cv = ...` (kFetchToCv), off its fast path:
  // what Assign does with a non-fresh value. False with an exception from a destructor.
  auto store_fetched = [&vm, &R, st_checked ](int32_t x, const Value& v, const Instr* ip)
      __attribute__((always_inline)) {
    mark_copy(v);
    if (vm.watch_drops && !(R(x).tag == Tag::Ref && ref_typed(R(x).r))) [[unlikely]]
      return vm.store_watched(R(x), v, true);
    return st_checked(x, v, ip);
  };

    // Every instruction ends in PHP_NEXT(). Natively that is threaded dispatch: each
    // instruction's code ends in its own indirect jump to the next (better predicted than the
    // switch's one shared jump, no bounds check, no back edge). The JIT's translation of the loop
    // (WEFT_CODEGEN) takes the plain switch, where the labels are unused.
#ifdef WEFT_CODEGEN
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunused-label"
#define PHP_SYNC_IP() (f->ip = I)
#define PHP_NEXT() continue
#define PHP_NEXT_FAST() continue
#define PHP_NEXT_READ(v) continue
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
// f->ip = I: the dispatch does not store it (one store and a register move on every
// instruction). Each handler publishes its instruction on entry, or, when it starts with a fast
// path that calls nothing (a read, an arithmetic result, a jump), right before the first call out
// of it: a warning's or error's line, a stack trace, a call (the callee's Return resumes at the
// caller's f->ip), an allocation or store that can run a destructor (drops.cpp reads the
// running frame's live registers at f->ip), a generator or fiber switch. Out of the loop the
// running frame's f->ip is its running instruction at every point that can observe it.
#define PHP_SYNC_IP() (f->ip = I)
#define PHP_NEXT()                                                     \
  do {                                                                 \
    goto* kLabels[kick(size_t(I->op), vm.exception.get() != nullptr)]; \
  } while (0)
// The dispatch of a path that cannot have left an exception pending: no diagnostic (which can
// call a user error handler that throws) and no call out on it, so vm.exception is still the
// null it was when this instruction was dispatched. Its operands must have been read without a
// warning: through raw() with a tested tag, or through rd() with a result other than
// kNullValue, the value read_slow() gives for an undefined variable.
#define PHP_NEXT_FAST()           \
  do {                            \
    goto* kLabels[size_t(I->op)]; \
  } while (0)
// After a path whose only diagnostic could have been rd()'s warning for the value v.
#define PHP_NEXT_READ(v)                 \
  do {                                   \
    if (&(v) == &kNullValue) PHP_NEXT(); \
    PHP_NEXT_FAST();                     \
  } while (0)
#endif

top:
  for (;;) {
    f->ip = I;
    // An exception thrown by a user error handler called from a diagnostic (the catch
    // dispatch itself runs with the exception pending).
    if (vm.exception && I->op != Op::Catch && I->op != Op::Rethrow) [[unlikely]]
      goto exception;
    switch (I->op) {
#include "interp_arith.inc"
#include "interp_arrays.inc"
#include "interp_calls.inc"
#include "interp_control.inc"
#include "interp_objects.inc"
#include "interp_vars.inc"
    }
  }

#undef PHP_SYNC_IP
#undef PHP_NEXT
#undef PHP_NEXT_FAST
#undef PHP_NEXT_READ
#ifdef WEFT_CODEGEN
#pragma clang diagnostic pop
#endif

#ifndef WEFT_CODEGEN
pending_exception:
  if (I->op == Op::Catch || I->op == Op::Rethrow) goto* kLabels[size_t(I->op)];
#endif
exception:
  f->ip = I;
  if (vm.exiting) {
    for (;;) {
      if (vm.watch_drops) [[unlikely]]
        vm.frame_exited(f);
      if (!f->loop_call) break;
      leave();
    }
    return false;
  }
  for (const TryRange& h : f->code->handlers) {
    uint32_t pc = uint32_t(I - target(0));
    if (pc >= h.start && pc < h.end) {
      I = target(int32_t(h.handler));
      goto top;
    }
  }
  if (f->loop_call) {  // on in the caller, from its call instruction
    if (vm.watch_drops) [[unlikely]]
      vm.frame_unwound(f);
    if (Object* constructed = leave()) constructor_failed(vm, constructed);
    goto exception;
  }
  if (f->gen_state) f->gen_state = GenDone;
  if (vm.watch_drops) [[unlikely]]
    vm.frame_unwound(f);
  return false;
}

#pragma clang diagnostic pop

}  // namespace weft::php
