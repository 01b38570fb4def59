// The interpreter loop: one `for(;;) switch` over the bytecode of a frame, the JIT's portal
// (weft_py_run_frame, with the hints of weft/jit/hints.h). No C++ exceptions: a Python exception
// is a null result with rt.exc set, handled by the block stack of the frame (SETUP_FINALLY
// handlers) or propagated to the caller. The handlers of the opcodes are in interp_*.inc, included
// inside the switch (one function: the loop's variables stay in registers): interp_names.inc,
// interp_operators.inc, interp_calls.inc, interp_build.inc, interp_control.inc.
//
// Greens and reds (ARCHITECTURE §4.3): the code object, the pc and the stack depth identify a
// position of the user's program (the compiler's bytecode has one stack depth per position, as
// CPython's), the frame is the only red. Everything else the loop keeps in C++ variables (the
// instruction array, the slots, the constants ...) is recomputed from them after the merge
// point and after a can-enter-jit (WEFT_PY_RELOAD), so that the loop can be re-entered with just
// its greens and reds. Natively the merge point is nothing, the reload after it exists only in
// the codegen's build, and can-enter-jit (at OP_JUMP_BACK, where loops close) and the portal
// entry are a hashed countdown each; the reload after can-enter-jit runs natively only when
// the JIT was entered (WEFT_CAN_ENTER_JIT_THEN).
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
  raise_fmt(rt.NameError, "name '%s' is not defined", std::string(name->view()).c_str());
  return with_error_context(name, Value());
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
  if (v || rt.exc || (v = lazy_builtin(name)) || rt.exc) return v;
  if (!module_spec_attr(globals, name)) return Value();
  if ((v = dict_get_str(globals, name))) return v;
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

// "mod.qualname()" naming a callable in call errors, as CPython's _PyObject_FunctionStr.
static std::string callable_display_name(Value fn) {
  Value qn = getattr_opt(fn, rt.s___qualname__);
  if (!qn || !qn.is_ptr() || qn.obj()->type != rt.str_type) {
    clear_exc();
    Value s = to_str(fn);
    if (!s) {
      clear_exc();
      return "?";
    }
    return std::string(s.as<Str>()->view());
  }
  std::string name(qn.as<Str>()->view());
  Value mod = getattr_opt(fn, rt.s___module__);
  if (!mod) clear_exc();
  if (mod && mod.is_ptr() && mod.obj()->type == rt.str_type && mod.as<Str>()->view() != "builtins")
    return std::string(mod.as<Str>()->view()) + "." + name + "()";
  return name + "()";
}

// `f(..., **other)` (DICT_MERGE): other's items into the call's keyword dict `d`; other must be a
// mapping and may not repeat a keyword already given. False with the exception set.
WEFT_DONT_LOOK_INSIDE bool interp_merge_keywords(Dict* d, Value other, Value fn) {
  Value keys;
  bool is_dict = other.is_ptr() && other.obj()->type == rt.dict_type;
  if (!is_dict) {
    Value keys_fn = getattr_opt(other, rt.s_keys);
    if (!keys_fn) {
      if (rt.exc) return false;
      raise_fmt(rt.TypeError, "%s argument after ** must be a mapping, not %s",
                callable_display_name(fn).c_str(), type_name(other));
      return false;
    }
    Value ks = call(keys_fn, nullptr, 0);
    if (!ks) return false;
    keys = get_iter(ks);
    if (!keys) return false;
  }
  int64_t pos = 0;
  for (;;) {
    Value k, v;
    if (is_dict) {
      if (!dict_next(other.as<Dict>(), &pos, &k, &v)) return true;
    } else {
      k = iter_next(keys);
      if (!k) return !rt.exc;
      v = getitem(other, k);
      if (!v) return false;
    }
    Value old = dict_get(d, k);
    if (!old && rt.exc) return false;
    if (old) {
      Value ks = to_str(k);
      if (!ks) return false;
      raise_fmt(rt.TypeError, "%s got multiple values for keyword argument '%s'",
                callable_display_name(fn).c_str(), std::string(ks.as<Str>()->view()).c_str());
      return false;
    }
    if (dict_set(d, k, v) < 0) return false;
  }
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
// IMPORT_FROM when `m` has no attribute `name` (or getting it raised): a submodule that is
// being imported (in sys.modules, not yet an attribute of its package: a circular import, as
// CPython 3.7+ allows), else CPython's ImportError.
WEFT_DONT_LOOK_INSIDE Value interp_import_from_missing(Value m, Str* name) {
  if (rt.exc) return Value();
  bool is_module = m.obj()->type == rt.module_type;
  Value mod_name = is_module ? dict_get_str(m.as<PyModule>()->dict, rt.s___name__) : Value();
  if (mod_name && mod_name.is_ptr() && mod_name.obj()->type == rt.str_type) {
    Str* full = intern(std::string(mod_name.as<Str>()->view()) + "." + std::string(name->view()));
    if (Value sub = dict_get_str(rt.modules, full)) return sub;
  }
  Str* mn = is_module ? m.as<PyModule>()->name.get() : nullptr;
  std::string where = "unknown location";
  Value file = rt.None;
  if (is_module) {
    file = dict_get_str(m.as<PyModule>()->dict, rt.s___file__);
    if (file && file.is_ptr() && file.obj()->type == rt.str_type)
      where = std::string(file.as<Str>()->view());
    else
      file = rt.None;
  }
  bool partial = mn && module_initializing(mn);
  raise_fmt(rt.ImportError, "cannot import name '%s' from %s'%s' %s(%s)",
            std::string(name->view()).c_str(), partial ? "partially initialized module " : "",
            mn ? std::string(mn->view()).c_str() : "?",
            partial ? "(most likely due to a circular import) " : "", where.c_str());
  set_import_error_attrs(mn ? Value(mn) : Value(rt.None), file);
  return Value();
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
  // Natively, the code object and the frame (read by few handlers) live in memory: in
  // registers, they took two that the hot variables need (spectral_norm 302.0M instead of
  // 315.1M instructions with --jit=off).
  weft::jit::keep_in_memory(co, f);
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
#include "interp_build.inc"
#include "interp_calls.inc"
#include "interp_control.inc"
#include "interp_names.inc"
#include "interp_operators.inc"
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
        if (rt.handled && rt.handled != rt.exc && !e->context && !e->thrown_in)
          e->context = rt.handled;
        add_traceback(co, pc - 1, f->globals.get());
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
      if (exc.is_ptr() && isinstance(exc, rt.BaseException)) exc.as<Exception>()->thrown_in = false;
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
