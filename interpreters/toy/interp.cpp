// The toy language's interpreter loop, the JIT's portal. This file is compiled twice: natively
// and to LLVM bitcode for weft-codegen (WEFT_CODEGEN), which makes the jitcodes the JIT traces.
//
// Written for the JIT: the code object and pc are greens, so every load from the bytecode and
// the constant table is a constant of a trace (declared immutable below); an object's map is
// promoted before a field lookup, which makes the (elidable) lookup a constant too; the function
// table is quasi-immutable; numbers are boxed in short-lived objects, allocations the optimizer
// sees (the codegen's `new`).
#include "toy.h"

// Never written after the program is compiled or the value is created.
WEFT_IMMUTABLE_FIELDS(toy::Code, ops, consts, children, nlocals, frame_size, nparams, ops[*],
                      consts[*], children[*]);
WEFT_IMMUTABLE_FIELDS(toy::Value, kind);
WEFT_IMMUTABLE_FIELDS(toy::IntBox, value);
WEFT_IMMUTABLE_FIELDS(toy::FloatBox, value);
WEFT_IMMUTABLE_FIELDS(toy::Str, length, buf);
// The frame (a window of the value stack) is the JIT's virtualizable: traces keep its slots in
// registers. The codegen checks that traced code reaches it through `slots` only and makes the
// red `frame` the driver's private frame.
WEFT_VIRTUALIZABLE(toy::Frame, slots[*]);

namespace toy {

// pc and code identify a position of the user's program. sp is green too: the stack depth at
// a position is always the same (the compiler's bytecode is structured), and as a constant of
// the trace it makes every stack slot a fixed offset from the frame, so that the optimizer
// forwards a value pushed to the operand that pops it. The frame is the only red, and private
// (a declared virtualizable, above): a call puts the callee's frame above the caller's on the
// value stack (kCall), so a callee never touches its caller's slots, and the optimizer keeps
// what it knows of them across a recursive call compiled as call_assembler.
weft::jit::JitDriver driver("toy", {"pc", "code", "sp"}, {"frame"});

namespace {

// Allocation of a fixed-size object: the heap's bump-pointer fast path, inline; in traces a
// `new` the optimizer removes when the object does not escape.
template <class T>
T* allocate(Kind kind) {
  T* object = weft::gc::Heap::current()->allocate_fixed<T>();
  if (!object) toy_fail(kOutOfMemory);
  object->kind = kind;
  return object;
}

Value* box_int(int64_t v) {
  IntBox* b = allocate<IntBox>(kInt);
  b->value = v;
  return b;
}

Value* box_float(double v) {
  FloatBox* b = allocate<FloatBox>(kFloat);
  b->value = v;
  return b;
}

bool truthy(Value* v) {
  if (!v) return false;
  if (v->kind == kInt) return static_cast<IntBox*>(v)->value != 0;
  if (v->kind == kFloat) return static_cast<FloatBox*>(v)->value != 0.0;
  return true;
}

int64_t wrap(uint64_t x) { return static_cast<int64_t>(x); }

int64_t floor_div(int64_t x, int64_t y) {
  if (y == 0) toy_fail(kDivByZero);
  if (y == -1) return wrap(0 - uint64_t(x));
  int64_t q = x / y;
  return q - int64_t(x % y != 0 && ((x ^ y) < 0));
}

int64_t floor_mod(int64_t x, int64_t y) {
  if (y == 0) toy_fail(kModByZero);
  if (y == -1) return 0;
  int64_t r = x % y;
  // Without a branch on r (which would be a guard that fails every few iterations).
  return r + (y & -int64_t(r != 0 && ((r ^ y) < 0)));
}

// Equality of any two values (numbers by value, strings by contents, objects by identity).
bool equal(Value* a, Value* b) {
  if (!a || !b) return a == b;
  if (a->kind == kInt && b->kind == kInt)
    return static_cast<IntBox*>(a)->value == static_cast<IntBox*>(b)->value;
  bool an = a->kind == kInt || a->kind == kFloat, bn = b->kind == kInt || b->kind == kFloat;
  if (an && bn) {
    double x =
        a->kind == kInt ? double(static_cast<IntBox*>(a)->value) : static_cast<FloatBox*>(a)->value;
    double y =
        b->kind == kInt ? double(static_cast<IntBox*>(b)->value) : static_cast<FloatBox*>(b)->value;
    return x == y;
  }
  if (a->kind == kStr && b->kind == kStr) return toy_str_eq(a, b) != 0;
  return a == b;
}

// `x + y` of two strings. The result is allocated here, not in the runtime: in a trace it is a
// `new` whose fields are the length and the buffer toy_append() returns, so a string built in
// a loop stays virtual (no string object per iteration; the next append reads its fields).
Value* concat(Str* x, Str* y) {
  StrBuf* buf = toy_append(x->buf, x->length, y);
  Str* s = allocate<Str>(kStr);
  s->length = x->length + y->length;
  s->buf = buf;
  return s;
}

// A binary operator. Not inlined by clang, so a trace contains it as an inlined call of its own
// (a guard on an operand's kind fails inside it, and the blackhole resumes both frames).
[[gnu::noinline]] Value* binary(int32_t op, Value* a, Value* b) {
  if (op == kEq || op == kNe) return box_int(equal(a, b) == (op == kEq));
  if (op == kAdd && a && b && (a->kind == kStr || b->kind == kStr)) {
    if (a->kind == kStr && b->kind == kStr)
      return concat(static_cast<Str*>(a), static_cast<Str*>(b));
    return toy_concat(a, b);
  }
  if (!a || !b || (a->kind != kInt && a->kind != kFloat) || (b->kind != kInt && b->kind != kFloat))
    toy_fail(kBadOperands);
  if (a->kind == kInt && b->kind == kInt) {
    int64_t x = static_cast<IntBox*>(a)->value, y = static_cast<IntBox*>(b)->value;
    switch (op) {
      case kAdd:
        return box_int(wrap(uint64_t(x) + uint64_t(y)));
      case kSub:
        return box_int(wrap(uint64_t(x) - uint64_t(y)));
      case kMul:
        return box_int(wrap(uint64_t(x) * uint64_t(y)));
      case kDiv:
        return box_int(floor_div(x, y));
      case kMod:
        return box_int(floor_mod(x, y));
      case kLt:
        return box_int(x < y);
      case kLe:
        return box_int(x <= y);
      case kGt:
        return box_int(x > y);
      default:
        return box_int(x >= y);
    }
  }
  double x =
      a->kind == kInt ? double(static_cast<IntBox*>(a)->value) : static_cast<FloatBox*>(a)->value;
  double y =
      b->kind == kInt ? double(static_cast<IntBox*>(b)->value) : static_cast<FloatBox*>(b)->value;
  switch (op) {
    case kAdd:
      return box_float(x + y);
    case kSub:
      return box_float(x - y);
    case kMul:
      return box_float(x * y);
    case kDiv:
      return box_float(x / y);
    case kMod:
      toy_fail(kFloatMod);
    case kLt:
      return box_int(x < y);
    case kLe:
      return box_int(x <= y);
    case kGt:
      return box_int(x > y);
    default:
      return box_int(x >= y);
  }
}

// Integer operators other than / and %, inlined into the portal.
inline Value* int_binary(int32_t op, int64_t x, int64_t y) {
  switch (op) {
    case kAdd:
      return box_int(wrap(uint64_t(x) + uint64_t(y)));
    case kSub:
      return box_int(wrap(uint64_t(x) - uint64_t(y)));
    case kMul:
      return box_int(wrap(uint64_t(x) * uint64_t(y)));
    case kLt:
      return box_int(x < y);
    case kLe:
      return box_int(x <= y);
    case kGt:
      return box_int(x > y);
    case kGe:
      return box_int(x >= y);
    case kEq:
      return box_int(x == y);
    default:
      return box_int(x != y);
  }
}

// Pops the top of the stack and clears its slot. In a trace the slot's store is then overwritten
// before anything reads it, so the optimizer drops it, and a box that was only pushed and popped
// is never written to memory (a pending store of it would be made real at the next guard, and
// the box with it). The collector, scanning frames conservatively, sees no stale values either.
inline Value* pop(Frame* frame, int64_t& sp) {
  Value* v = frame->slots[--sp];
  frame->slots[sp] = nullptr;
  return v;
}

Object* as_object(Value* v) {
  if (!v || v->kind != kObject) toy_fail(kNotObject);
  return static_cast<Object*>(v);
}

}  // namespace
}  // namespace toy

using namespace toy;

extern "C" Value* toy_run(const Code* code, Frame* frame) {
  int64_t pc = 0, sp = code->nlocals;
  WEFT_PORTAL_ENTRY(driver, WEFT_GREENS(pc, code, sp), WEFT_REDS(frame));
  for (;;) {
    WEFT_JIT_MERGE_POINT(driver, WEFT_GREENS(pc, code, sp), WEFT_REDS(frame));
    const int32_t* ops = code->ops;
    int32_t op = ops[pc];
    switch (op) {
      case kConst:
        frame->slots[sp++] = code->consts[ops[pc + 1]];
        pc += 2;
        break;
      case kNil:
        frame->slots[sp++] = nullptr;
        pc += 1;
        break;
      case kLoad:
        frame->slots[sp++] = frame->slots[ops[pc + 1]];
        pc += 2;
        break;
      case kStore:
        frame->slots[ops[pc + 1]] = pop(frame, sp);
        pc += 2;
        break;
      case kPop:
        pop(frame, sp);
        pc += 1;
        break;
      case kDup:
        frame->slots[sp] = frame->slots[sp - 1];
        ++sp;
        pc += 1;
        break;
      case kAdd:
      case kSub:
      case kMul:
      case kDiv:
      case kMod:
      case kLt:
      case kLe:
      case kGt:
      case kGe:
      case kEq:
      case kNe: {
        Value* b = pop(frame, sp);
        Value* a = frame->slots[sp - 1];
        // Integers inline (guards here are the portal's, so hot ones get bridges); everything
        // else in binary().
        if (a && b && a->kind == kInt && b->kind == kInt && op != kDiv && op != kMod)
          frame->slots[sp - 1] =
              int_binary(op, static_cast<IntBox*>(a)->value, static_cast<IntBox*>(b)->value);
        else
          frame->slots[sp - 1] = binary(op, a, b);
        pc += 1;
        break;
      }
      case kNeg: {
        Value* a = frame->slots[sp - 1];
        if (a && a->kind == kInt)
          frame->slots[sp - 1] = box_int(wrap(0 - uint64_t(static_cast<IntBox*>(a)->value)));
        else if (a && a->kind == kFloat)
          frame->slots[sp - 1] = box_float(-static_cast<FloatBox*>(a)->value);
        else
          toy_fail(kBadNegation);
        pc += 1;
        break;
      }
      case kNot:
        frame->slots[sp - 1] = box_int(!truthy(frame->slots[sp - 1]));
        pc += 1;
        break;
      case kJump:
        pc = ops[pc + 1];
        break;
      case kJumpIfFalse:
        pc = truthy(pop(frame, sp)) ? pc + 2 : ops[pc + 1];
        break;
      case kLoop:
        pc = ops[pc + 1];
        WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(pc, code, sp), WEFT_REDS(frame));
        continue;
      case kCall: {
        // The callee's frame goes on the value stack above this one, its arguments first; the
        // call is a recursive call of this portal (inlined into traces, or run natively).
        const Code* callee = g_functions[ops[pc + 1]].get();
        int64_t argc = ops[pc + 2];
        // The room left is checked on the new top's address against the static stack's end (a
        // constant of traces; no pointer difference divided by the slot size), and the depth
        // and top are put back from what they were, not counted down: a trace knows both after
        // the call without loading them again. Each check calls its own error function, so
        // that clang keeps them apart: in a trace each is a guard the optimizer drops on its own
        // (a second call in a trace repeats neither).
        if (!callee || argc != callee->nparams) toy_bad_call(callee, argc);
        Value** locals = g_stack_top;
        Value** top = locals + callee->frame_size;
        int64_t depth = g_call_depth;
        if (depth >= kMaxCallDepth) toy_too_deep();
        if (uintptr_t(top) > uintptr_t(g_stack + kStackSlots)) toy_stack_full();
        g_stack_top = top;
        // Locals start nil; the operand slots above them are written by pushes before they
        // are read, so they may keep a stale value (which the collector's conservative scan
        // of the stack then keeps alive, until overwritten).
        for (int64_t k = 0; k < callee->nlocals; ++k)
          locals[k] = k < argc ? frame->slots[sp - argc + k] : nullptr;
        g_call_depth = depth + 1;
        Value* result = toy_run(callee, frame_at(locals));
        g_call_depth = depth;
        g_stack_top = locals;
        sp -= argc;
        frame->slots[sp++] = result;
        pc += 3;
        break;
      }
      case kReturn:
        return frame->slots[sp - 1];
      case kNewObject: {
        Object* o = allocate<Object>(kObject);
        o->map = &g_empty_map;
        frame->slots[sp++] = o;
        pc += 1;
        break;
      }
      case kGetField: {
        Object* o = as_object(frame->slots[sp - 1]);
        // The map is a constant of the trace from here on, so the lookup folds away.
        Map* map = weft::jit::promote(o->map);
        int64_t slot = toy_map_lookup(map, ops[pc + 1]);
        if (slot < 0) toy_fail(kNoField);
        frame->slots[sp - 1] = o->slots[slot];
        pc += 2;
        break;
      }
      case kSetField: {
        Value* v = pop(frame, sp);
        Object* o = as_object(pop(frame, sp));
        Map* map = weft::jit::promote(o->map);
        int64_t slot = toy_map_lookup(map, ops[pc + 1]);
        if (slot < 0) {
          // A new field: the next map (elidable, so a constant of the trace) and its slot.
          Map* next = toy_map_transition(map, ops[pc + 1]);
          if (!next) toy_too_many_fields(ops[pc + 1]);
          slot = toy_map_lookup(next, ops[pc + 1]);
          o->map = next;
        }
        o->slots[slot] = v;
        pc += 2;
        break;
      }
      case kPrint:
        toy_print(pop(frame, sp));
        pc += 1;
        break;
      case kDefine:
        toy_define(ops[pc + 1], code->children[ops[pc + 2]]);
        pc += 3;
        break;
      default:
        toy_fail(kBadBytecode);
    }
  }
}
