// The interpreter loop: one `for(;;) switch` over the bytecode of a frame, the JIT's portal
// (weft_py_run_frame, with the hints of weft/jit/hints.h). No C++ exceptions: a Python exception
// is a null result with rt.exc set, handled by the block stack of the frame (SETUP_FINALLY
// handlers) or propagated to the caller.
//
// Greens and reds (ARCHITECTURE §4.3): the code object, the pc and the stack depth identify a
// position of the user's program (the compiler's bytecode has one stack depth per position, as
// CPython's), the frame is the only red. Everything else the loop keeps in C++ variables (the
// instruction array, the slots, the constants ...) is recomputed from them after the merge
// point and after a can-enter-jit (WEFT_PY_RELOAD), so that the loop can be re-entered with just
// its greens and reds. Natively the merge point is nothing, the reload after it exists only in
// the codegen's build, and can-enter-jit (at OP_JUMP_BACK, where loops close) and the portal
// entry are a hashed countdown each.
#include <pthread.h>

#include <cstdio>
#include <cstdlib>

#include "code.h"
#include "inline_cache.h"
#include "signals.h"
#include "weft/jit/hints.h"

namespace weft::python {

weft::jit::JitDriver py_driver("python", {"pc", "co", "depth"}, {"f"});

const char* op_name(int op) {
  static const char* const names[] = {
#define WEFT_X(n) #n,
      WEFT_PY_OPCODES(WEFT_X)
#undef WEFT_X
  };
  return op >= 0 && op < OP_COUNT ? names[op] : "?";
}

int instr_line(Code* code, int instr) {
  if (instr < 0 || instr >= static_cast<int>(code->pos->size())) return code->firstline;
  return (*code->pos)[instr].line;
}

namespace {

char* g_stack_limit = nullptr;

}  // namespace

// True while the native stack has more than 256 KiB left (RecursionError otherwise).
bool check_native_stack() {
  char here;
  if (!g_stack_limit) {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
      g_stack_limit = static_cast<char*>(addr) + (256 << 10);
    } else {
      g_stack_limit = &here - (6 << 20);
    }
  }
  return &here > g_stack_limit;
}

namespace {

Value unbound_local(Code* co, int slot) {
  return raise_fmt(rt.UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   std::string(co->varnames->at(slot).as<Str>()->view()).c_str());
}

Str* cell_name(Code* co, int idx) {
  if (idx < co->ncells) return co->cellvars->at(idx).as<Str>();
  return co->freevars->at(idx - co->ncells).as<Str>();
}

Value unbound_deref(Code* co, int idx) {
  std::string n(cell_name(co, idx)->view());
  if (idx < co->ncells)
    return raise_fmt(rt.UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     n.c_str());
  return raise_fmt(rt.NameError,
                   "cannot access free variable '%s' where it is not associated with a value in "
                   "enclosing scope",
                   n.c_str());
}

Value name_error(Str* name) {
  return raise_fmt(rt.NameError, "name '%s' is not defined", std::string(name->view()).c_str());
}

}  // namespace

Value ns_load(Dict* ns, Str* name);  // class_namespace.cpp
int ns_store(Dict* ns, Str* name, Value v);
int ns_delete(Dict* ns, Str* name);

namespace {

Value load_global(Dict* globals, Str* name) {
  Value v = dict_get_str(globals, name);
  if (v) return v;
  v = dict_get_str(rt.builtins, name);
  if (v) return v;
  return name_error(name);
}

// Float operands of an arithmetic or comparison: two floats, or a float and a small int (an
// exact double for |i| < 2^53, so the result is CPython's).
inline bool float_operands(Value a, Value b, double* x, double* y) {
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a.is_ptr() && a.obj()->type == rt.float_type) {
    *x = float_val(a);
    if (b.is_ptr() && b.obj()->type == rt.float_type) {
      *y = float_val(b);
      return true;
    }
    if (b.is_small() && b.small_val() > -kExact && b.small_val() < kExact) {
      *y = static_cast<double>(b.small_val());
      return true;
    }
    return false;
  }
  if (a.is_small() && b.is_ptr() && b.obj()->type == rt.float_type && a.small_val() > -kExact &&
      a.small_val() < kExact) {
    *x = static_cast<double>(a.small_val());
    *y = float_val(b);
    return true;
  }
  return false;
}

// +, -, * and / of floats (false: another operator, or a division by zero, which raises).
inline bool float_arith(int op, double x, double y, double* r) {
  switch (op) {
    case kAdd:
      *r = x + y;
      return true;
    case kSub:
      *r = x - y;
      return true;
    case kMul:
      *r = x * y;
      return true;
    case kTrueDiv:
      if (y == 0) return false;
      *r = x / y;
      return true;
    default:
      return false;
  }
}

inline bool float_compare(int op, double x, double y) {
  switch (op) {
    case kLt:
      return x < y;
    case kLe:
      return x <= y;
    case kEq:
      return x == y;
    case kNe:
      return x != y;
    case kGt:
      return x > y;
    default:
      return x >= y;
  }
}

}  // namespace

// Helpers of the loop that the JIT calls instead of tracing them (loops, arrays on the native
// stack, rare paths). Not static: a residual call names its callee's symbol.

// Pushes the items of `seq` (UNPACK_SEQUENCE / UNPACK_EX) above sp; the new sp, or null with
// the exception set.
WEFT_DONT_LOOK_INSIDE VField* interp_unpack(Value seq, int before, int after, bool starred,
                                            VField* sp) {
  Value* items;
  int64_t n;
  List* tmp = nullptr;
  if (seq.is_ptr() && (seq.obj()->type == rt.tuple_type || seq.obj()->type == rt.list_type)) {
    if (!as_sequence(seq, &items, &n)) return nullptr;
  } else {
    if (!starred && !seq.is_small() && !is_callable(seq) && false) return nullptr;
    tmp = sequence_to_list(seq);
    if (!tmp) {
      if (pending_is(rt.TypeError)) {
        clear_exc();
        raise_fmt(rt.TypeError, "cannot unpack non-iterable %s object", type_name(seq));
      }
      return nullptr;
    }
    items = reinterpret_cast<Value*>(tmp->store ? tmp->store->items() : nullptr);
    n = tmp->size;
  }
  if (!starred) {
    if (n != before) {
      if (n > before)
        raise_fmt(rt.ValueError, "too many values to unpack (expected %d)", before);
      else
        raise_fmt(rt.ValueError, "not enough values to unpack (expected %d, got %lld)", before,
                  static_cast<long long>(n));
      return nullptr;
    }
    for (int64_t i = n - 1; i >= 0; i--) *sp++ = items[i];
    return sp;
  }
  if (n < before + after) {
    raise_fmt(rt.ValueError, "not enough values to unpack (expected at least %d, got %lld)",
              before + after, static_cast<long long>(n));
    return nullptr;
  }
  // push in reverse: after items, the middle list, before items
  List* mid = new_list(n - before - after);
  if (!mid) return nullptr;
  for (int64_t i = 0; i < mid->size; i++) list_set(mid, i, items[before + i]);
  for (int64_t i = n - 1; i >= n - after; i--) *sp++ = items[i];
  *sp++ = mid;
  for (int64_t i = before - 1; i >= 0; i--) *sp++ = items[i];
  return sp;
}

// f(*pos, **kw) with a non-empty kw (CALL_FUNCTION_EX); `scratch` is free stack space of the
// frame, where the arguments stay reachable for the collector during the call.
WEFT_DONT_LOOK_INSIDE Value interp_call_with_keywords(Value fn, Tuple* pos, Dict* kw,
                                                      VField* scratch) {
  int64_t n = pos->size + kw->used;
  std::vector<Value> args(static_cast<size_t>(n));
  ValueRoots args_roots(args.data(), args.size());
  Tuple* names = new_tuple(kw->used);
  if (!names) return Value();
  for (int64_t i = 0; i < pos->size; i++) args[i] = pos->at(i);
  int64_t p = 0, j = 0;
  Value k, v;
  while (dict_next(kw, &p, &k, &v)) {
    if (!k.is_ptr() || k.obj()->type != rt.str_type)
      return raise(rt.TypeError, "keywords must be strings");
    names->items()[j] = k;
    args[pos->size + j] = v;
    j++;
  }
  // the vector is not scanned by the collector: keep the values reachable
  scratch[0] = fn;
  scratch[1] = pos;
  scratch[2] = kw;
  scratch[3] = names;
  return call(fn, args.data(), pos->size, names);
}

// f(a, b, c) (a context manager's __exit__).
WEFT_DONT_LOOK_INSIDE Value interp_call3(Value fn, Value a, Value b, Value c) {
  Value args[3] = {a, b, c};
  return call(fn, args, 3);
}

// `from m import *` into `locals`; false with the exception set.
WEFT_DONT_LOOK_INSIDE bool interp_import_star(Value m, Dict* locals) {
  if (m.obj()->type != rt.module_type) return true;
  Dict* d = m.as<PyModule>()->dict;
  int64_t p = 0;
  Value k, v;
  while (dict_next(d, &p, &k, &v)) {
    if (k.as<Str>()->size > 0 && k.as<Str>()->data()[0] == '_') continue;
    if (dict_set(locals, k, v) < 0) return false;
  }
  return true;
}

// obj.name(a)
WEFT_DONT_LOOK_INSIDE Value interp_call_method1(Value obj, Str* name, Value a) {
  return call_method(obj, name, &a, 1);
}

// Raises the ImportError of `from m import name`.
WEFT_DONT_LOOK_INSIDE void interp_cannot_import(Value m, Str* name) {
  Str* mn = m.obj()->type == rt.module_type ? m.as<PyModule>()->name.get() : nullptr;
  std::string where = "unknown location";
  Value file = rt.None;
  if (m.obj()->type == rt.module_type) {
    file = dict_get_str(m.as<PyModule>()->dict, rt.s___file__);
    if (file && file.is_ptr() && file.obj()->type == rt.str_type)
      where = std::string(file.as<Str>()->view());
    else
      file = rt.None;
  }
  raise_fmt(rt.ImportError, "cannot import name '%s' from '%s' (%s)",
            std::string(name->view()).c_str(), mn ? std::string(mn->view()).c_str() : "?",
            where.c_str());
  set_import_error_attrs(mn ? Value(mn) : Value(rt.None), file);
}

extern "C" uintptr_t weft_py_run_frame(Frame* f, bool throwing);

Value eval_frame(Frame* f, Value sent, bool throwing) {
  if (++rt.depth > rt.recursion_limit || !check_native_stack()) {
    rt.depth--;
    return raise(rt.RecursionError, "maximum recursion depth exceeded");
  }
  f->back = rt.frame;
  rt.frame = f;
  if (f->started && !throwing && sent) f->slots()[f->sp++] = sent;
  f->started = true;
  Value result = Value::from_raw(weft_py_run_frame(f, throwing));
  rt.frame = f->back;
  rt.depth--;
  return result;
}

// The portal: runs f from f->pc with f->sp values on its stack (raising the pending exception
// into it first if `throwing`) until it returns, yields or raises; the result's bits (null for
// an exception). Only eval_frame calls it, around it the frame chain and the recursion depth.
extern "C" uintptr_t weft_py_run_frame(Frame* f, bool throwing) {
  Code* co = f->code;
  int pc = f->pc;
  int64_t depth = f->sp;
  const uint32_t* ops;
  VField* sl;
  VField* sp;
  Value* consts;
  AttrCache* ics;
  Tuple* names;
  Dict* globals;
  int nlocals;
  bool reraise = false;
  Value result;
  // The loop's variables from its greens and reds.
#define WEFT_PY_RELOAD()                                    \
  do {                                                      \
    ops = co->ops->data();                                  \
    sl = f->slots();                                        \
    sp = sl + depth;                                        \
    consts = reinterpret_cast<Value*>(co->consts->items()); \
    ics = co->caches ? co->caches->entries() : nullptr;     \
    names = co->names;                                      \
    globals = f->globals;                                   \
    nlocals = co->nlocals;                                  \
  } while (0)
  WEFT_PY_RELOAD();

#define PUSH(v) (*sp++ = (v))
#define POP() (Value((--sp)->v))
#define TOP() (Value(sp[-1].v))
#define SECOND() (Value(sp[-2].v))
#define NAME(i) (names->at(i).as<Str>())
#define CHECK(v) \
  if (!(v)) goto error

  uint32_t ins = 0;
  int arg = 0;
#ifdef WEFT_CODEGEN
  constexpr bool trace = false;
#else
  static const bool trace = std::getenv("WEFT_PY_TRACE") != nullptr;
#endif
  if (throwing) goto error;
  // The eval breaker (signals.h) at frame entry, for recursion without loops, and at backward
  // jumps: a pending signal's Python handler runs here (KeyboardInterrupt on SIGINT).
  if (check_signals() < 0) goto error;
  WEFT_PORTAL_ENTRY(py_driver, WEFT_GREENS(pc, co, depth), WEFT_REDS(f));

  for (;;) {
    depth = sp - sl;
    WEFT_JIT_MERGE_POINT(py_driver, WEFT_GREENS(pc, co, depth), WEFT_REDS(f));
#ifdef WEFT_CODEGEN
    // depth is sp - sl: through promote() (a constant already, depth being green) so that
    // clang does not compute the new sp from the old one's byte offset, live across the merge
    // point.
    depth = weft::jit::promote(depth);
    WEFT_PY_RELOAD();
#endif
    ins = ops[pc++];
    arg = static_cast<int>(ins >> 8);
    if (trace)
      std::fprintf(stderr, "[%s %d] %s %d (depth %d)\n", co->name->data(), pc - 1,
                   op_name(static_cast<int>(ins & 0xFF)), arg, static_cast<int>(sp - sl));
    switch (ins & 0xFF) {
      case OP_NOP:
        break;
      case OP_POP_TOP:
        --sp;
        break;
      case OP_ROT_TWO: {
        Value a = sp[-1], b = sp[-2];
        sp[-1] = b;
        sp[-2] = a;
        break;
      }
      case OP_ROT_THREE: {
        Value a = sp[-1], b = sp[-2], c = sp[-3];
        sp[-1] = b;
        sp[-2] = c;
        sp[-3] = a;
        break;
      }
      case OP_ROT_FOUR: {
        Value a = sp[-1], b = sp[-2], c = sp[-3], d = sp[-4];
        sp[-1] = b;
        sp[-2] = c;
        sp[-3] = d;
        sp[-4] = a;
        break;
      }
      case OP_DUP_TOP: {
        Value v = TOP();
        PUSH(v);
        break;
      }
      case OP_DUP_TOP_TWO: {
        Value a = sp[-2], b = sp[-1];
        PUSH(a);
        PUSH(b);
        break;
      }
      case OP_COPY: {
        Value v = sp[-arg];
        PUSH(v);
        break;
      }
      case OP_LOAD_CONST:
        PUSH(consts[arg]);
        break;
      case OP_LOAD_FAST: {
        Value v = sl[arg];
        if (!v) {
          unbound_local(co, arg);
          goto error;
        }
        PUSH(v);
        break;
      }
      case OP_STORE_FAST:
        sl[arg] = POP();
        break;
      case OP_DELETE_FAST:
        if (!sl[arg].v) {
          unbound_local(co, arg);
          goto error;
        }
        sl[arg].v = Value();
        break;
      case OP_LOAD_DEREF: {
        Value v = sl[nlocals + arg].v.as<Cell>()->value;
        if (!v) {
          unbound_deref(co, arg);
          goto error;
        }
        PUSH(v);
        break;
      }
      case OP_LOAD_CLASSDEREF: {
        Str* n = cell_name(co, arg);
        Value v =
            f->locals->type == rt.dict_type ? dict_get_str(f->locals, n) : ns_load(f->locals, n);
        if (!v) {
          if (rt.exc) goto error;
          v = sl[nlocals + arg].v.as<Cell>()->value;
          if (!v) {
            unbound_deref(co, arg);
            goto error;
          }
        }
        PUSH(v);
        break;
      }
      case OP_STORE_DEREF:
        sl[nlocals + arg].v.as<Cell>()->value = POP();
        break;
      case OP_DELETE_DEREF:
        sl[nlocals + arg].v.as<Cell>()->value.v = Value();
        break;
      case OP_LOAD_CLOSURE:
        PUSH(sl[nlocals + arg].v);
        break;
      case OP_LOAD_GLOBAL: {
        Value v = ic_load_global(&ics[arg], globals);
        CHECK(v);
        PUSH(v);
        break;
      }
      case OP_STORE_GLOBAL: {
        Value v = POP();
        if (dict_set_str(globals, NAME(arg), v) < 0) goto error;
        break;
      }
      case OP_DELETE_GLOBAL: {
        int r = dict_del(globals, NAME(arg));
        if (r < 0) goto error;
        if (r == 1) {
          name_error(NAME(arg));
          goto error;
        }
        break;
      }
      case OP_LOAD_NAME: {
        Str* n = NAME(arg);
        // a class body may run in the mapping of a metaclass's __prepare__ (class_namespace.cpp)
        Value v =
            f->locals->type == rt.dict_type ? dict_get_str(f->locals, n) : ns_load(f->locals, n);
        if (!v) {
          if (rt.exc) goto error;
          v = load_global(globals, n);
          CHECK(v);
        }
        PUSH(v);
        break;
      }
      case OP_STORE_NAME: {
        Value v = POP();
        if ((f->locals->type == rt.dict_type ? dict_set_str(f->locals, NAME(arg), v)
                                             : ns_store(f->locals, NAME(arg), v)) < 0)
          goto error;
        break;
      }
      case OP_DELETE_NAME: {
        int r = f->locals->type == rt.dict_type ? dict_del(f->locals, NAME(arg))
                                                : ns_delete(f->locals, NAME(arg));
        if (r < 0) goto error;
        if (r == 1) {
          name_error(NAME(arg));
          goto error;
        }
        break;
      }
      case OP_LOAD_ATTR: {
        Value v = ic_load_attr(&ics[arg], TOP());
        CHECK(v);
        sp[-1] = v;
        break;
      }
      case OP_STORE_ATTR: {
        Value obj = POP();
        Value v = POP();
        if (ic_store_attr(&ics[arg], obj, v) < 0) goto error;
        break;
      }
      case OP_DELETE_ATTR: {
        Value obj = POP();
        if (delattr(obj, NAME(arg)) < 0) goto error;
        break;
      }
      case OP_LOAD_METHOD: {
        Value self;
        Value m = ic_load_method(&ics[arg], TOP(), &self);
        CHECK(m);
        sp[-1] = m;
        PUSH(self);
        break;
      }
      case OP_CALL_METHOD: {
        VField* base = sp - arg - 2;
        Value fn = base[0];
        Value self = base[1];
        Value r;
        f->pc = pc;  // the caller's line for sys._getframe (warnings), as OP_CALL keeps it
        if (self) {
          if (fn.obj()->type == rt.function_type) {
            r = call_function(fn.as<Function>(), reinterpret_cast<Value*>(base + 1), arg + 1,
                              nullptr);
          } else if (fn.obj()->type == rt.builtin_type) {
            r = fn.as<Builtin>()->fn(self, reinterpret_cast<Value*>(base + 2), arg, nullptr);
          } else {
            r = call(fn, reinterpret_cast<Value*>(base + 1), arg + 1, nullptr);
          }
        } else {
          r = call(fn, reinterpret_cast<Value*>(base + 2), arg, nullptr);
        }
        sp = base;
        CHECK(r);
        PUSH(r);
        break;
      }
      case OP_BINARY_SUBSCR: {
        Value key = POP();
        Value obj = TOP();
        Value r;
        if (obj.is_ptr() && obj.obj()->type == rt.list_type && key.is_small()) {
          List* l = obj.as<List>();
          int64_t i = key.small_val();
          if (i < 0) i += l->size;
          if (i >= 0 && i < l->size) {
            sp[-1] = l->at(i);
            break;
          }
        }
        r = getitem(obj, key);
        CHECK(r);
        sp[-1] = r;
        break;
      }
      case OP_STORE_SUBSCR: {
        Value key = POP();
        Value obj = POP();
        Value v = POP();
        if (obj.is_ptr() && obj.obj()->type == rt.list_type && key.is_small()) {
          List* l = obj.as<List>();
          int64_t i = key.small_val();
          if (i < 0) i += l->size;
          if (i >= 0 && i < l->size) {
            list_set(l, i, v);
            break;
          }
        }
        if (setitem(obj, key, v) < 0) goto error;
        break;
      }
      case OP_DELETE_SUBSCR: {
        Value key = POP();
        Value obj = POP();
        if (delitem(obj, key) < 0) goto error;
        break;
      }
      case OP_BUILD_SLICE: {
        Value c = arg == 3 ? POP() : Value(rt.None);
        Value b = POP();
        Value a = POP();
        Value s = new_slice(a, b, c);
        CHECK(s);
        PUSH(s);
        break;
      }
      case OP_BINARY_OP:
      case OP_INPLACE_OP: {
        Value b = POP();
        Value a = TOP();
        if (a.is_small() && b.is_small()) {
          int64_t x = a.small_val(), y = b.small_val(), r = 0;
          bool done = true;
          switch (arg) {
            case kAdd:
              r = x + y;
              break;
            case kSub:
              r = x - y;
              break;
            case kMul:
              // Operands of 31 bits and a sign: the product fits (no overflow intrinsic,
              // which the codegen does not translate yet); larger ones take binary_op.
              if (uint64_t(x) + (uint64_t{1} << 31) < (uint64_t{1} << 32) &&
                  uint64_t(y) + (uint64_t{1} << 31) < (uint64_t{1} << 32))
                r = x * y;
              else
                done = false;
              break;
            case kAnd:
              r = x & y;
              break;
            case kOr:
              r = x | y;
              break;
            case kXor:
              r = x ^ y;
              break;
            default:
              done = false;
              r = 0;
          }
          if (done && r >= kSmallMin && r <= kSmallMax) {
            sp[-1] = Value::small(r);
            break;
          }
        } else {
          double x, y, r;
          if (float_operands(a, b, &x, &y) && float_arith(arg, x, y, &r)) {
            Value v = new_float(r);
            CHECK(v);
            sp[-1] = v;
            break;
          }
        }
        Value r = binary_op(arg, a, b, (ins & 0xFF) == OP_INPLACE_OP);
        CHECK(r);
        sp[-1] = r;
        break;
      }
      case OP_UNARY_NEG:
      case OP_UNARY_POS:
      case OP_UNARY_INVERT: {
        int op = (ins & 0xFF) == OP_UNARY_NEG   ? kUSub
                 : (ins & 0xFF) == OP_UNARY_POS ? kUAdd
                                                : kInvert;
        Value r = unary_op(op, TOP());
        CHECK(r);
        sp[-1] = r;
        break;
      }
      case OP_UNARY_NOT: {
        int t = truthy(TOP());
        if (t < 0) goto error;
        sp[-1] = t ? rt.False : rt.True;
        break;
      }
      case OP_COMPARE_OP: {
        Value b = POP();
        Value a = TOP();
        if (a.is_small() && b.is_small()) {
          int64_t x = a.small_val(), y = b.small_val();
          bool r;
          switch (arg) {
            case kLt:
              r = x < y;
              break;
            case kLe:
              r = x <= y;
              break;
            case kEq:
              r = x == y;
              break;
            case kNe:
              r = x != y;
              break;
            case kGt:
              r = x > y;
              break;
            default:
              r = x >= y;
              break;
          }
          sp[-1] = r ? rt.True : rt.False;
          break;
        }
        double x, y;
        if (float_operands(a, b, &x, &y)) {
          sp[-1] = float_compare(arg, x, y) ? rt.True : rt.False;
          break;
        }
        Value r = rich_compare(arg, a, b);
        CHECK(r);
        sp[-1] = r;
        break;
      }
      case OP_IS_OP: {
        Value b = POP();
        Value a = TOP();
        sp[-1] = ((a == b) != (arg != 0)) ? rt.True : rt.False;
        break;
      }
      case OP_CONTAINS_OP: {
        Value container = POP();
        Value item = TOP();
        int r = contains(container, item);
        if (r < 0) goto error;
        sp[-1] = ((r != 0) != (arg != 0)) ? rt.True : rt.False;
        break;
      }
      case OP_JUMP:
        pc = arg;
        break;
      case OP_JUMP_BACK:
        // the eval breaker, as at frame entry
        if (check_signals() < 0) goto error;
        pc = arg;
        depth = sp - sl;
        WEFT_CAN_ENTER_JIT(py_driver, WEFT_GREENS(pc, co, depth), WEFT_REDS(f));
        WEFT_PY_RELOAD();
        continue;
      case OP_POP_JUMP_IF_FALSE:
      case OP_POP_JUMP_IF_TRUE: {
        Value v = POP();
        int t;
        if (v == Value(rt.True))
          t = 1;
        else if (v == Value(rt.False))
          t = 0;
        else {
          t = truthy(v);
          if (t < 0) goto error;
        }
        if (t == ((ins & 0xFF) == OP_POP_JUMP_IF_TRUE)) pc = arg;
        break;
      }
      case OP_JUMP_IF_FALSE_OR_POP:
      case OP_JUMP_IF_TRUE_OR_POP: {
        int t = truthy(TOP());
        if (t < 0) goto error;
        if (t == ((ins & 0xFF) == OP_JUMP_IF_TRUE_OR_POP))
          pc = arg;
        else
          --sp;
        break;
      }
      case OP_GET_ITER: {
        Value it = get_iter(TOP());
        CHECK(it);
        sp[-1] = it;
        break;
      }
      case OP_FOR_ITER: {
        Value it = TOP();
        Value v;
        if (it.obj()->type == rt.iter_type) {
          Iter* i = it.as<Iter>();
          if (i->kind == kIterRange) {
            if (i->index != i->end) {
              int64_t x = i->index;
              i->index += i->step;
              if ((i->step > 0 && i->index > i->end) || (i->step < 0 && i->index < i->end))
                i->index = i->end;
              PUSH(Value::small(x));
              break;
            }
            --sp;
            pc = arg;
            break;
          }
          if (i->kind == kIterList) {
            List* l = i->a.v.as<List>();
            if (i->index < l->size) {
              PUSH(l->at(i->index++));
              break;
            }
            --sp;
            pc = arg;
            break;
          }
          v = iter_builtin_next(i);
        } else {
          v = iter_next(it);
        }
        if (v) {
          PUSH(v);
          break;
        }
        if (rt.exc) goto error;
        --sp;
        pc = arg;
        break;
      }
      case OP_BUILD_TUPLE: {
        Value t = tuple_from_array(reinterpret_cast<Value*>(sp - arg), arg);
        CHECK(t);
        sp -= arg;
        PUSH(t);
        break;
      }
      case OP_BUILD_LIST: {
        List* l = new_list(arg);
        CHECK(l);
        for (int i = 0; i < arg; i++) list_set(l, i, sp[i - arg]);
        sp -= arg;
        PUSH(l);
        break;
      }
      case OP_BUILD_SET: {
        Set* s = new_set(rt.set_type);
        CHECK(s);
        for (int i = 0; i < arg; i++)
          if (set_add(s, sp[i - arg]) < 0) goto error;
        sp -= arg;
        PUSH(s);
        break;
      }
      case OP_BUILD_MAP: {
        Dict* d = new_dict();
        CHECK(d);
        for (int i = 0; i < arg; i++)
          if (dict_set(d, sp[2 * (i - arg)], sp[2 * (i - arg) + 1]) < 0) goto error;
        sp -= 2 * arg;
        PUSH(d);
        break;
      }
      case OP_LIST_APPEND: {
        Value v = POP();
        if (!list_append(sp[-arg].v.as<List>(), v)) goto error;
        break;
      }
      case OP_SET_ADD: {
        Value v = POP();
        if (set_add(sp[-arg].v.as<Set>(), v) < 0) goto error;
        break;
      }
      case OP_MAP_ADD: {
        Value v = POP();
        Value k = POP();
        if (dict_set(sp[-arg].v.as<Dict>(), k, v) < 0) goto error;
        break;
      }
      case OP_LIST_EXTEND: {
        Value v = POP();
        if (!list_extend(sp[-arg].v.as<List>(), v)) {
          if (pending_is(rt.TypeError) && !is_callable(v)) {
            clear_exc();
            raise_fmt(rt.TypeError, "Value after * must be an iterable, not %s", type_name(v));
          }
          goto error;
        }
        break;
      }
      case OP_SET_UPDATE: {
        Value v = POP();
        if (!set_update(sp[-arg].v.as<Set>(), v)) goto error;
        break;
      }
      case OP_DICT_UPDATE:
      case OP_DICT_MERGE: {
        Value v = POP();
        if (dict_update(sp[-arg].v.as<Dict>(), v) < 0) {
          if (pending_is(rt.AttributeError) || pending_is(rt.TypeError)) {
            clear_exc();
            raise_fmt(rt.TypeError, "'%s' object is not a mapping", type_name(v));
          }
          goto error;
        }
        break;
      }
      case OP_LIST_TO_TUPLE: {
        List* l = TOP().as<List>();
        Value t = tuple_from_array(l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr,
                                   l->size);
        CHECK(t);
        sp[-1] = t;
        break;
      }
      case OP_UNPACK_SEQUENCE: {
        Value seq = POP();
        // a tuple or list of the right length: no call (nbody's `for (a, b, c), ... in pairs`)
        if (seq.is_ptr() && seq.obj()->type == rt.tuple_type && seq.as<Tuple>()->size == arg) {
          Tuple* t = seq.as<Tuple>();
          for (int64_t i = arg - 1; i >= 0; i--) *sp++ = t->at(i);
          break;
        }
        if (seq.is_ptr() && seq.obj()->type == rt.list_type && seq.as<List>()->size == arg) {
          List* l = seq.as<List>();
          for (int64_t i = arg - 1; i >= 0; i--) *sp++ = l->at(i);
          break;
        }
        VField* top = interp_unpack(seq, arg, 0, false, sp);
        CHECK(top);
        sp = top;
        break;
      }
      case OP_UNPACK_EX: {
        Value seq = POP();
        VField* top = interp_unpack(seq, arg & 0xFF, arg >> 8, true, sp);
        CHECK(top);
        sp = top;
        break;
      }
      case OP_CALL: {
        VField* base = sp - arg - 1;
        Value fn = base[0];
        Value r;
        f->pc = pc;
        if (fn.is_ptr() && fn.obj()->type == rt.function_type)
          r = call_function(fn.as<Function>(), reinterpret_cast<Value*>(base + 1), arg, nullptr);
        else
          r = call(fn, reinterpret_cast<Value*>(base + 1), arg, nullptr);
        sp = base;
        CHECK(r);
        PUSH(r);
        break;
      }
      case OP_CALL_KW: {
        Tuple* kwnames = POP().as<Tuple>();
        VField* base = sp - arg - 1;
        f->pc = pc;
        Value r = call(base[0], reinterpret_cast<Value*>(base + 1), arg - kwnames->size, kwnames);
        sp = base;
        CHECK(r);
        PUSH(r);
        break;
      }
      case OP_CALL_EX: {
        Dict* kw = (arg & 1) ? POP().as<Dict>() : nullptr;
        Tuple* pos = POP().as<Tuple>();
        Value fn = POP();
        Value r;
        f->pc = pc;
        if (!kw || kw->used == 0) {
          r = call(fn, reinterpret_cast<Value*>(pos->items()), pos->size, nullptr);
        } else {
          r = interp_call_with_keywords(fn, pos, kw, sp);
        }
        CHECK(r);
        PUSH(r);
        break;
      }
      case OP_MAKE_FUNCTION: {
        Str* qn = POP().as<Str>();
        Code* code = POP().as<Code>();
        Function* fn = alloc<Function>(rt.function_type);
        CHECK(fn);
        fn->code = code;
        fn->globals = globals;
        fn->name = code->name;
        fn->qualname = qn;
        if (arg & 8) fn->closure = POP().as<Tuple>();
        if (arg & 2) fn->kwdefaults = POP().as<Dict>();
        if (arg & 1) fn->defaults = POP().as<Tuple>();
        if (code->consts->size > 0) fn->doc = code->consts->at(0);
        {
          Value mod = dict_get_str(globals, rt.s___name__);
          fn->module = mod ? mod : Value(rt.None);
        }
        PUSH(fn);
        break;
      }
      case OP_RETURN_VALUE:
        result = POP();
        f->finished = true;
        goto exit;
      case OP_SETUP_FINALLY:
        if (f->nblocks >= f->maxblocks) {
          raise(rt.SyntaxError, "too many statically nested blocks");
          goto error;
        }
        f->blocks()[f->nblocks++] = {kBlockFinally, arg, static_cast<int>(sp - sl)};
        break;
      case OP_POP_BLOCK:
        f->nblocks--;
        break;
      case OP_POP_EXCEPT: {
        Block b = f->blocks()[--f->nblocks];
        rt.handled = sl[b.level];
        sp = sl + b.level;
        break;
      }
      case OP_RERAISE:
        rt.exc = POP();
        reraise = true;
        goto error;
      case OP_RAISE: {
        if (arg == 0) {
          if (!rt.handled) {
            raise(rt.RuntimeError, "No active exception to reraise");
            goto error;
          }
          rt.exc = rt.handled;
          reraise = true;
          goto error;
        }
        Value cause = arg == 2 ? POP() : Value();
        Value exc = POP();
        raise_value(exc, cause, arg == 2);
        goto error;
      }
      case OP_CHECK_EXC_MATCH: {
        Value t = POP();
        Value exc = TOP();
        bool ok = false;
        if (t.is_ptr() && isinstance(t, rt.type_type)) {
          ok = is_subtype(t.as<Type>(), rt.BaseException);
        } else if (t.is_ptr() && t.obj()->type == rt.tuple_type) {
          ok = true;
          for (int64_t i = 0; i < t.as<Tuple>()->size; i++) {
            Value x = t.as<Tuple>()->at(i);
            if (!(x.is_ptr() && isinstance(x, rt.type_type) &&
                  is_subtype(x.as<Type>(), rt.BaseException)))
              ok = false;
          }
        }
        if (!ok) {
          raise(rt.TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
          goto error;
        }
        PUSH(exc_matches(exc, t) ? rt.True : rt.False);
        break;
      }
      case OP_BEFORE_WITH: {
        Value mgr = POP();
        Type* t = type_of(mgr);
        Value enter = lookup(t, rt.s___enter__);
        Value exit = lookup(t, rt.s___exit__);
        if (!enter || !exit) {
          // 3.11 names the missing method when only __exit__ is absent
          raise_fmt(rt.TypeError, "'%s' object does not support the context manager protocol%s",
                    type_name(mgr), enter ? " (missed __exit__ method)" : "");
          goto error;
        }
        Value bound_exit = getattr(mgr, rt.s___exit__);
        CHECK(bound_exit);
        PUSH(bound_exit);
        Value r = call_method(mgr, rt.s___enter__, nullptr, 0);
        CHECK(r);
        PUSH(r);
        break;
      }
      case OP_CALL_EXIT: {
        Value exit = POP();
        Value r = interp_call3(exit, rt.None, rt.None, rt.None);
        CHECK(r);
        break;
      }
      case OP_WITH_EXCEPT: {
        Value exc = TOP();
        Value exit = sp[-3];
        Value r = interp_call3(exit, type_of(exc), exc, rt.None);
        CHECK(r);
        int t = truthy(r);
        if (t < 0) goto error;
        PUSH(t ? rt.True : rt.False);
        break;
      }
      case OP_MATCH: {
        int k = arg >> 16;
        Value* vals = reinterpret_cast<Value*>(sp - k);
        Value r = match_subject(consts[arg & 0xFFFF], Value(sp[-k - 1].v), vals);
        CHECK(r);
        sp -= k + 1;
        PUSH(r);
        break;
      }
      case OP_IMPORT_NAME: {
        Value fromlist = POP();
        Value level = POP();
        Value m =
            import_name(NAME(arg), fromlist, level.is_small() ? level.small_val() : 0, f->globals);
        CHECK(m);
        PUSH(m);
        break;
      }
      case OP_IMPORT_FROM: {
        Value m = TOP();
        Value v = getattr_opt(m, NAME(arg));
        if (!v) {
          if (!rt.exc) interp_cannot_import(m, NAME(arg));
          goto error;
        }
        PUSH(v);
        break;
      }
      case OP_IMPORT_STAR: {
        Value m = POP();
        if (!interp_import_star(m, f->locals)) goto error;
        break;
      }
      case OP_YIELD_VALUE:
        result = POP();
        f->pc = pc;
        f->sp = static_cast<int>(sp - sl);
        goto exit;
      case OP_GET_YIELD_FROM_ITER: {
        Value v = TOP();
        if (!(v.is_ptr() && v.obj()->type->layout == Layout::Generator)) {
          Value it = get_iter(v);
          CHECK(it);
          sp[-1] = it;
        }
        break;
      }
      case OP_YIELD_FROM: {
        Value v = POP();
        Value it = TOP();
        Value r;
        if (it.obj()->type->layout == Layout::Generator) {
          r = generator_send(it.as<Generator>(), v, false);
          if (r && !it.as<Generator>()->frame->finished) {
            f->pc = pc - 1;
            f->sp = static_cast<int>(sp - sl);
            result = r;
            goto exit;
          }
          CHECK(r);
        } else {
          if (v != Value(rt.None)) {
            r = interp_call_method1(it, rt.s_send, v);
          } else {
            r = iter_next(it);
          }
          if (r) {
            f->pc = pc - 1;
            f->sp = static_cast<int>(sp - sl);
            result = r;
            goto exit;
          }
          if (rt.exc) {
            if (!pending_is(rt.StopIteration)) goto error;
            r = stop_iteration_value(rt.exc);
            clear_exc();
          } else {
            r = rt.None;
          }
        }
        sp[-1] = r;
        break;
      }
      case OP_FORMAT_VALUE: {
        Value spec = (arg & 4) ? POP() : Value();
        Value v = TOP();
        int conv = arg & 3;
        if (conv == 1)
          v = to_str(v);
        else if (conv == 2)
          v = repr(v);
        else if (conv == 3)
          v = ascii_of(v);
        CHECK(v);
        Value r;
        if (!spec && v.is_ptr() && v.obj()->type == rt.str_type)
          r = v;
        else
          r = format_value(v, spec ? spec.as<Str>() : rt.empty_str);
        CHECK(r);
        sp[-1] = r;
        break;
      }
      case OP_BUILD_STRING: {
        int64_t total = 0;
        for (int i = 0; i < arg; i++) total += sp[i - arg].v.as<Str>()->size;
        Str* s = new_str_raw(total);
        CHECK(s);
        char* p = s->data();
        for (int i = 0; i < arg; i++) {
          Str* part = sp[i - arg].v.as<Str>();
          std::memcpy(p, part->data(), static_cast<size_t>(part->size));
          p += part->size;
        }
        str_finish(s);
        sp -= arg;
        PUSH(s);
        break;
      }
      case OP_LOAD_BUILD_CLASS: {
        Value b = dict_get_str(rt.builtins, rt.s___build_class__);
        PUSH(b);
        break;
      }
      case OP_LOAD_ASSERTION_ERROR:
        PUSH(rt.AssertionError);
        break;
      default:
        raise_fmt(rt.RuntimeError, "unknown opcode %d", ins & 0xFF);
        goto error;
    }
    continue;

  error:
    // rt.exc is set.
    if (!reraise) {
      if (rt.exc.is_ptr() && isinstance(rt.exc, rt.BaseException)) {
        Exception* e = rt.exc.as<Exception>();
        if (rt.handled && rt.handled != rt.exc && !e->context) e->context = rt.handled;
        add_traceback(co, pc - 1);
      }
    }
    reraise = false;
    while (f->nblocks > 0) {
      Block b = f->blocks()[--f->nblocks];
      if (b.kind == kBlockExceptHandler) {
        rt.handled = sl[b.level];
        sp = sl + b.level;
        continue;
      }
      sp = sl + b.level;
      PUSH(rt.handled);
      Value exc = rt.exc;
      rt.exc = Value();
      rt.handled = exc;
      PUSH(exc);
      f->blocks()[f->nblocks++] = {kBlockExceptHandler, 0, b.level};
      pc = b.handler;
      goto next_instr;
    }
    result = Value();
    f->finished = true;
    goto exit;
  next_instr:;
  }
exit:
  return result.raw;
#undef WEFT_PY_RELOAD
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef NAME
#undef CHECK
}

}  // namespace weft::python
