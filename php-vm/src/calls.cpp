// Calls: argument passing (by value, by reference, spread, named), parameter binding with
// scalar type coercion, frames, closures.
#include <cmath>
#include <vector>

#include "interp_support.h"
#include "type_check.h"
#include "weft/php/interp.h"
#include "weft/php/ops.h"

namespace weft::php {

namespace {

struct ArgBuf {
  // Uninitialized inline storage: only the first n entries are ever read.
  union Small {
    Small() {}
    Value v[12];
  } inline_;
  Value* small = inline_.v;
  std::vector<Value> big;
  uint32_t n = 0;
  Value* data() { return big.empty() ? small : big.data(); }
  void push(const Value& v) {
    if (big.empty() && n < 12) {
      small[n++] = v;
      return;
    }
    if (big.empty()) big.assign(small, small + n);
    big.push_back(v);
    ++n;
  }
};

// Pops the frames pushed on the frame stack during its lifetime (the callee's, on every
// return path of a call).
struct StackMark {
  VM& vm;
  char* top;
  explicit StackMark(VM& v) : vm(v), top(v.stack_top) {}
  ~StackMark() { vm.pop_frames(top); }
  StackMark(const StackMark&) = delete;
  StackMark& operator=(const StackMark&) = delete;
};

std::string func_name_for_errors(Function* fn) {
  if (fn->flags & FnClosure) return fn->scope ? fn->scope->name + "::" + fn->name : fn->name;
  if (fn->scope) return fn->scope->name + "::" + fn->name;
  return fn->name;
}

}  // namespace

// Whether the call being bound was made by the running built-in (a callback), not by PHP code.
// php compiles call_user_func() and call_user_func_array() as calls from the calling code
// (strict_types applies; messages name the calling line).
static bool called_from_native(const VM& vm) {
  if (vm.natives.empty() || vm.natives.back().caller != vm.frame) return false;
  const std::string& name = vm.natives.back().fn->name;
  return name != "call_user_func" && name != "call_user_func_array";
}

// The common case of a typed parameter: the argument has the declared type already.
[[gnu::always_inline]] static inline bool has_declared_type(const Param& p, const Value& x) {
  if (p.pass_tags & (1u << uint8_t(x.tag))) return true;
  return x.tag == Tag::Obj && x.o->cls == p.accepted;
}

// Checks (and coerces) the argument of parameter i, already stored in the callee's frame (or,
// for a variadic parameter, at `slot` in its array, argument number `position`). A TypeError is
// raised inside the callee as php does: its line is the declaration, the trace shows the call.
static bool coerce_param(VM& vm, Function* fn, uint32_t i, Frame* callee, Value* slot = nullptr,
                         uint32_t position = 0) {
  Param& p = fn->params[i];
  Value* v = slot ? slot : &callee->regs()[i];
  if (!position) position = i + 1;
  // diagnostics of the conversion are raised inside the callee, at its declaration
  auto in_callee = [&](auto report) {
    Frame* saved = vm.frame;
    const Instr* saved_ip = callee->ip;
    vm.frame = callee;
    callee->set_pc(UINT32_MAX);
    report();
    callee->ip = saved_ip;
    vm.frame = saved;
  };
  Value& x = *v;
  if (has_declared_type(p, x)) return true;
  // an instance of exactly the named class passes without a class lookup
  if (p.hint == HintClass && x.tag == Tag::Obj && x.o->cls->name == p.class_name->view()) {
    p.accepted = x.o->cls;
    return true;
  }
  auto fail = [&]() {
    std::string type = p.hint == HintClass ? std::string(p.class_name->view()) : p.type_text;
    if (p.spec)
      type = type_message(*p.spec, TypeScope{fn->scope, callee->called});
    else if (p.nullable && type[0] != '?')
      type = "?" + type;
    std::string given = zend_type_name(x);
    if (x.tag == Tag::Obj) given = x.o->cls->name;
    std::string msg = func_name_for_errors(fn) + "(): Argument #" + std::to_string(position) +
                      (p.variadic ? "" : " ($" + std::string(p.name->view()) + ")") +
                      " must be of type " + type + ", " + given + " given";
    // php names the calling line of a call from PHP code, not of a built-in's callback
    if (!called_from_native(vm)) {
      msg +=
          ", called in " + vm.frame->code->file + " on line " + std::to_string(vm.current_line());
    }
    Frame* saved = vm.frame;
    vm.frame = callee;
    callee->set_pc(UINT32_MAX);  // current_line(): the declaration
    vm.throw_error("TypeError", msg);
    vm.frame = saved;
    return false;
  };
  // declare(strict_types=1) in the calling file (callbacks of built-ins are always coercive):
  // no scalar conversions except int to float
  Frame* caller = vm.frame;
  bool strict = caller && caller->code->strict_types && !called_from_native(vm);
  uint32_t bits = 0;
  switch (p.hint) {
    case HintArray:
      return fail();
    case HintClass: {
      if (x.tag != Tag::Obj) return fail();
      // a declared class stays declared: the lookup by name runs until it finds one
      if (!p.named) p.named = vm.find_class(p.class_name->view());
      if (!p.named || !x.o->cls->is_subclass_of(p.named)) return fail();
      p.accepted = x.o->cls;  // an instance of it now is one for good
      return true;
    }
    case HintSpec:
      if (type_accepts(vm, *p.spec, x, TypeScope{fn->scope, callee->called})) {
        if (p.spec->accepted) p.accepted = p.spec->accepted;  // accepted for good
        return true;
      }
      bits = p.spec->bits;
      break;
    case HintInt:
      bits = TyInt;
      break;
    case HintFloat:
      bits = TyFloat;
      break;
    case HintString:
      bits = TyString;
      break;
    case HintBool:
      bits = TyBool;
      break;
    default:
      return true;
  }
  std::string deprecation;
  int converted = type_coerce_scalar(vm, bits, x, strict, &deprecation);
  if (converted < 0) return false;
  if (!converted) return fail();
  if (!deprecation.empty()) in_callee([&] { vm.deprecated(deprecation); });
  return true;
}

bool verify_return(VM& vm, Frame* f, Value& v, bool none) {
  Function* fn = f->fn;
  const TypeSpec& t = *fn->return_spec;
  std::string name = func_name_for_errors(fn);
  if (none && (t.bits & TyNever))
    return vm.throw_error("TypeError",
                          name + "(): never-returning function must not implicitly return");
  if (!none) {
    if (type_accepts(vm, t, v, TypeScope{fn->scope, f->called})) return true;
    std::string deprecation;
    int converted = type_coerce_scalar(vm, t.bits, v, f->code->strict_types, &deprecation);
    if (converted < 0) return false;
    if (converted) {
      if (!deprecation.empty()) vm.deprecated(deprecation);
      return true;
    }
  }
  std::string given = none ? "none" : v.tag == Tag::Obj ? v.o->cls->name : zend_type_name(v);
  return vm.throw_error("TypeError", name + "(): Return value must be of type " +
                                         type_message(t, TypeScope{fn->scope, f->called}) + ", " +
                                         given + " returned");
}

// The header of a frame that invoke() or invoke_plain() pushes for fn, called from caller:
// a new frame's this_ and closure are null (Frame's initializers), so only given ones are stored.
static void link_callee_frame(Frame* f, Frame* caller, Function* fn, Object* this_, Class* called,
                              Object* closure, uint32_t argc) {
  f->fn = fn;
  if (this_) f->this_ = this_;
  f->called = called ? called : fn->scope;
  if (closure) f->closure = closure;
  f->prev = caller;
  f->argc = argc;
}

int VM::invoke_plain(Function* fn, const Value* args, uint32_t argc, Value* ret, Object* this_,
                     Class* called, Object* closure) {
  constexpr uint32_t kNotPlain = FnAbstract | FnGenerator | FnVariadic;
  if (fn->native || (fn->flags & kNotPlain) || argc < fn->required || keep_ref_return ||
      named_variadic || !main_frame) [[unlikely]]
    return -1;
  const Param* params = fn->params.data();
  if (argc > fn->params.size()) return -1;  // the extras go to func_get_args()
  bool typed = false;
  for (uint32_t i = 0; i < argc; ++i) {
    if (params[i].by_ref || args[i].tag == Tag::Undef) return -1;
    typed |= params[i].hint != HintNone;
  }
  Code* code = fn->code;
  char* mark = stack_top;
  Frame* f;
  Value* regs;
  size_t bytes = code->frame_bytes;  // 0 (wraps below) until the code's first frame
  if (bytes - 1 < size_t(stack_end - mark) &&
      static_cast<char*>(__builtin_frame_address(0)) > native_stack_floor) [[likely]] {
    // On the frame stack, as a loop call's frame (its header in one pass, only the registers
    // past the arguments zeroed), but returning to this native caller. The frame stack is
    // outside the heap: arguments are constructed without the write barrier.
    ASAN_UNPOISON_MEMORY_REGION(mark, bytes);
    stack_top = mark + bytes;
    f = new (mark) Frame(fn, code, called ? called : fn->scope, frame, mark, argc, kNotLoopCall);
    copy_values(reinterpret_cast<Value*>(f + 1), code->consts_rev.data(), code->frame_nconsts);
    regs = f->regs();
    zero_values(regs + argc, code->nregs - argc);
    if (this_) f->this_ = this_;
    if (closure) f->closure = closure;
  } else {
    f = new_frame(code);
    link_callee_frame(f, frame, fn, this_, called, closure, argc);
    regs = f->regs();
  }
  for (uint32_t i = 0; i < argc; ++i) {
    Value a = deref(args[i]);
    mark_copy(a);
    new (&regs[i]) Value(a);
  }
  // Parameters past argc have defaults (argc >= required): RecvDefault fills them.
  if (typed) {
    for (uint32_t i = 0; i < argc; ++i) {
      if (params[i].hint != HintNone && !has_declared_type(params[i], regs[i]) &&
          !coerce_param(*this, fn, i, f, &regs[i])) {
        pop_frames(mark);
        return 0;
      }
    }
  }
  if (code->this_slot >= 0 && this_) regs[code->this_slot] = Value::obj(this_);
  if (closure) {
    ClosureData* cd = closure->closure();
    size_t nuses = std::min<size_t>(fn->use_slots.size(), cd->nuses);
    for (size_t i = 0; i < nuses; ++i) {
      Value v = cd->uses()[i];
      if (v.tag != Tag::Ref) mark_copy(v);
      regs[fn->use_slots[i]] = v;
    }
  }
  frame = f;
  bool ok = run_frame(*this, f, ret);
  frame = f->prev;
  pop_frames(mark);
  if (ret->tag == Tag::Ref) {  // a `function &f()` called from a native
    *ret = ret->r->v;
    mark_copy(*ret);
  }
  return ok ? 1 : 0;
}

bool VM::invoke(Function* fn, Value* args, uint32_t argc, Value* ret, Object* this_, Class* called,
                Object* closure) {
  bool keep_ref = keep_ref_return;
  keep_ref_return = false;
  // build_args' named extras belong to this call only, whether or not it gets to bind them
  Array* named_extras = named_variadic.get();
  named_variadic = nullptr;
  if (fn->native) {
    natives.emplace_back(fn, args, argc, frame, this_);
    *ret = Value::null();
    native_called = called;
    bool ok = fn->native(*this, args, argc, ret, this_) && !exception;
    natives.pop_back();
    return ok;
  }
  if (fn->flags & FnAbstract)
    return throw_error("Error", "Cannot call abstract method " + func_name_for_errors(fn) + "()");
  Code* code = fn->code;
  StackMark mark(*this);
  Frame* f = new_frame(code, !main_frame || (fn->flags & FnGenerator));
  link_callee_frame(f, frame, fn, this_, called, closure, argc);
  if (!main_frame) {
    main_frame = f;
    for (const char* g : {"argv", "argc"}) {
      int32_t slot = code->find_local(g);
      if (slot >= 0) f->regs()[slot] = *globals_extra->find(std::string_view(g));
    }
  }
  Value* regs = f->regs();
  uint32_t np = uint32_t(fn->params.size());
  for (uint32_t i = 0; i < np; ++i) {
    const Param& p = fn->params[i];
    if (p.variadic) {
      Array* rest = Array::make();
      for (uint32_t j = i; j < argc; ++j) {
        Value v = args[j];
        if (!p.by_ref) {
          v = deref(v);
          mark_copy(v);
        }
        rest->append(v);
      }
      if (Array* named = named_extras) {  // build_args' named extras, by name
        for (uint32_t j = named->first(); j < named->used(); j = named->next(j))
          rest->set(named->buckets()[j].array_key(), named->buckets()[j].v);
      }
      regs[i] = Value::arr(rest);
      if (argc > i) {
        // func_get_args() reports the arguments as passed, whatever the function later does
        // to its variadic array: the frame keeps them, and a write to the array separates.
        mark_shared(rest);
        f->extra = rest;
      }
      break;
    }
    if (i < argc) {
      Value a = args[i];
      if (p.by_ref) {
        if (a.tag == Tag::Undef) continue;  // a gap left by named arguments
        if (a.tag != Tag::Ref) {
          Ref* r = gc_new<Ref>();
          r->v = a;
          a = Value::ref(r);
        }
        regs[i] = a;
      } else {
        a = deref(a);
        if (a.tag == Tag::Undef) continue;  // a gap left by named arguments
        mark_copy(a);
        regs[i] = a;
      }
    } else if (!p.has_default) {
      std::string msg = "Too few arguments to function " + func_name_for_errors(fn) + "(), " +
                        std::to_string(argc) + " passed";
      if (frame && !called_from_native(*this))
        msg += " in " + frame->code->file + " on line " + std::to_string(current_line());
      // php's "exactly": as many required parameters as declared ones, a variadic aside
      msg += std::string(" and ") +
             (fn->required < np - ((fn->flags & FnVariadic) ? 1 : 0) ? "at least " : "exactly ") +
             std::to_string(fn->required) + " expected";
      frame = f;  // the error is raised inside the callee
      f->set_pc(UINT32_MAX);
      throw_error("ArgumentCountError", msg);
      frame = f->prev;
      return false;
    }
  }
  for (uint32_t i = 0; i < np && i < argc; ++i) {
    const Param& p = fn->params[i];
    if (p.variadic) break;
    // a by-reference argument is checked, and converted, in the caller's variable as php does
    Value* v = p.by_ref && regs[i].tag == Tag::Ref ? &regs[i].r->v : &regs[i];
    if (v->tag != Tag::Undef && !has_declared_type(p, *v) && !coerce_param(*this, fn, i, f, v))
      return false;
  }
  if ((fn->flags & FnVariadic) && argc >= np) {  // each argument a typed variadic collected
    const Param& p = fn->params[np - 1];
    Array* rest = regs[np - 1].a;
    uint32_t position = np;
    if (p.hint != HintNone && p.hint != HintOther)
      for (uint32_t k = rest->first(); k < rest->used(); k = rest->next(k), ++position) {
        Value* v = &rest->buckets()[k].v;
        if (p.by_ref && v->tag == Tag::Ref) v = &v->r->v;
        if (!has_declared_type(p, *v) && !coerce_param(*this, fn, np - 1, f, v, position))
          return false;
      }
  }
  for (uint32_t i = 0; i < np; ++i)
    if (regs[i].tag == Tag::Undef && !fn->params[i].has_default && !fn->params[i].variadic) {
      return throw_error("ArgumentCountError",
                         func_name_for_errors(fn) + "(): Argument #" + std::to_string(i + 1) +
                             " ($" + std::string(fn->params[i].name->view()) + ") not passed");
    }
  if (argc > np && !(fn->flags & FnVariadic)) {
    Array* extra = Array::make();
    for (uint32_t j = np; j < argc; ++j) {
      Value v = deref(args[j]);
      mark_copy(v);
      extra->append(v);
    }
    f->extra = extra;
  }
  if (code->this_slot >= 0 && this_) regs[code->this_slot] = Value::obj(this_);
  if (closure) {
    ClosureData* cd = closure->closure();
    for (size_t i = 0; i < fn->use_slots.size() && i < cd->nuses; ++i) {
      Value v = cd->uses()[i];
      if (v.tag != Tag::Ref) mark_copy(v);
      regs[fn->use_slots[i]] = v;
    }
  }
  if (fn->flags & FnGenerator) {
    Object* g = new_object(generator_class(), 0, ObjectExt::Generator);
    g->set_gen(f);
    f->gen_state = GenCreated;
    *ret = Value::obj(g);
    return true;
  }
  frame = f;
  bool ok = run_frame(*this, f, ret);
  frame = f->prev;
  if (ret->tag == Tag::Ref && !keep_ref) {  // a `function &f()` called from a native
    *ret = ret->r->v;
    mark_copy(*ret);
  }
  return ok;
}

// A named argument for the callee's variadic parameter (VM::named_variadic).
static bool add_named_variadic(VM& vm, String* name, Value v) {
  if (!vm.named_variadic) vm.named_variadic = Array::make();
  if (vm.named_variadic->find(Key::string(name)))
    return vm.throw_error(
        "Error", "Named parameter $" + std::string(name->view()) + " overwrites previous argument");
  mark_copy(v);
  vm.named_variadic->set(Key::string(name), v);
  return true;
}

static bool push_arg(VM& vm, Frame* f, CallInfo& ci, size_t i, Function* fn, uint32_t pos,
                     ArgBuf& buf) {
  int32_t op = ci.args[i];
  Value* regs = f->regs();
  switch (ci.kinds[i]) {
    case ArgValue:
    case ArgConst:
    case ArgResult: {
      const Value& v = op < 0 ? f->code->consts[size_t(~op)] : deref(regs[op]);
      bool by_ref = fn && fn->param_by_ref(pos);
      if (by_ref && op >= 0 && regs[op].tag == Tag::Ref) {  // the result of a function &f()
        buf.push(regs[op]);
        return true;
      }
      bool literal = op < 0 || ci.kinds[i] == ArgConst;
      if (by_ref && ((literal && !fn->native) || ci.kinds[i] == ArgResult)) {
        // a literal cannot be passed by reference; a call result can, with php's notice
        if (literal)
          return vm.throw_error(
              "Error",
              func_name_for_errors(fn) + "(): Argument #" + std::to_string(pos + 1) + " ($" +
                  std::string(
                      fn->params[std::min<size_t>(pos, fn->params.size() - 1)].name->view()) +
                  ") cannot be passed by reference");
        vm.notice("Only variables should be passed by reference");
        Ref* r = gc_new<Ref>();
        r->v = v;
        buf.push(Value::ref(r));
        return true;
      }
      buf.push(v);
      return true;
    }
    case ArgCv: {
      Value& slot = regs[op];
      if (fn && fn->param_by_ref(pos)) {
        if (slot.tag != Tag::Ref) {
          Ref* r = gc_new<Ref>();
          r->v = slot.tag == Tag::Undef ? Value::null() : slot;
          slot = Value::ref(r);
        }
        buf.push(slot);
        return true;
      }
      if (slot.tag == Tag::Undef) {
        if (uint32_t(op) < f->code->nlocals)
          vm.warning("Undefined variable $" + f->code->local_names[size_t(op)]);
        buf.push(Value::null());
        return true;
      }
      buf.push(deref(slot));
      return true;
    }
    case ArgRef:
      if (fn && fn->param_by_ref(pos))
        buf.push(regs[op]);
      else
        buf.push(deref(regs[op]));
      return true;
    case ArgSpread: {
      const Value& v = deref(regs[op]);
      if (v.tag == Tag::Arr) {
        Array* a = v.a;
        for (uint32_t j = a->first(); j < a->used(); j = a->next(j)) {
          if (String* name = a->buckets()[j].skey()) {
            // a string key names the parameter (php 8.1)
            uint32_t idx = 0;
            while (fn && !fn->native && idx < fn->params.size() &&
                   (fn->params[idx].variadic || !str_equal(fn->params[idx].name, name)))
              ++idx;
            if (fn && !fn->native && idx == fn->params.size() && (fn->flags & FnVariadic)) {
              if (!add_named_variadic(vm, name, deref(a->buckets()[j].v))) return false;
              continue;
            }
            if (!fn || fn->native || idx == fn->params.size()) {
              vm.throw_error("Error", "Unknown named parameter $" + std::string(name->view()));
              return false;
            }
            if (idx < buf.n && buf.data()[idx].tag != Tag::Undef) {
              vm.throw_error("Error", "Named parameter $" + std::string(name->view()) +
                                          " overwrites previous argument");
              return false;
            }
            while (buf.n <= idx) buf.push(Value());
            buf.data()[idx] = deref(a->buckets()[j].v);
            continue;
          }
          buf.push(deref(a->buckets()[j].v));
        }
        return true;
      }
      if (v.tag == Tag::Obj) {
        Value it;
        if (!fe_reset(vm, &it, v, nullptr)) return false;
        for (;;) {
          Value x;
          int r = fe_fetch(vm, it.it, &x);
          if (r < 0) return false;
          if (r == 0) break;
          buf.push(x);
        }
        return true;
      }
      vm.throw_error("Error", "Only arrays and Traversables can be unpacked");
      return false;
    }
  }
  return true;
}

static bool build_args(VM& vm, Frame* f, CallInfo& ci, Function* fn, ArgBuf& buf) {
  vm.named_variadic = nullptr;
  size_t positional = ci.args.size() - ci.names.size();
  for (size_t i = 0; i < positional; ++i)
    if (!push_arg(vm, f, ci, i, fn, buf.n, buf)) return false;
  if (ci.names.empty()) return true;
  if (!fn || fn->native) {
    // built-ins: named arguments in declaration order are accepted positionally
    for (size_t i = positional; i < ci.args.size(); ++i)
      if (!push_arg(vm, f, ci, i, fn, buf.n, buf)) return false;
    return true;
  }
  for (size_t i = positional; i < ci.args.size(); ++i) {
    String* name = ci.names[i - positional];
    uint32_t idx = 0;
    bool found = false;
    for (; idx < fn->params.size(); ++idx)
      if (!fn->params[idx].variadic && str_equal(fn->params[idx].name, name)) {
        found = true;
        break;
      }
    ArgBuf one;
    if (!found && (fn->flags & FnVariadic)) {
      if (!push_arg(vm, f, ci, i, fn, idx, one) ||
          !add_named_variadic(vm, name, deref(one.data()[0])))
        return false;
      continue;
    }
    if (!found)
      return vm.throw_error("Error", "Unknown named parameter $" + std::string(name->view()));
    if (idx < buf.n && buf.data()[idx].tag != Tag::Undef)
      return vm.throw_error("Error", "Named parameter $" + std::string(name->view()) +
                                         " overwrites previous argument");
    while (buf.n <= idx) buf.push(Value());
    if (!push_arg(vm, f, ci, i, fn, idx, one)) return false;
    buf.data()[idx] = one.data()[0];
  }
  return true;
}

static bool simple_call_ok(const CallInfo& ci, const Function* fn) {
  uint32_t argc = uint32_t(ci.args.size());
  uint32_t np = uint32_t(fn->params.size());
  if (fn->flags & (FnGenerator | FnVariadic | FnAbstract)) return false;
  if (argc > np || argc < fn->required) return false;
  for (uint32_t i = 0; i < argc; ++i)
    if (ci.kinds[i] == ArgSpread || ci.kinds[i] == ArgRef || fn->params[i].by_ref) return false;
  for (uint32_t i = argc; i < np; ++i)
    if (fn->params[i].by_ref) return false;
  return true;
}

void warn_undefined_arg(VM& vm, const Frame* caller, int32_t op) {
  if (uint32_t(op) < caller->code->nlocals)
    vm.warning("Undefined variable $" + caller->code->local_names[size_t(op)]);
}

// coerce_simple_args() from argument `from` on, which does not have its declared type.
[[gnu::noinline]] static bool coerce_simple_args_from(VM& vm, Function* fn, Frame* f,
                                                      uint32_t from) {
  Value* regs = f->regs();
  for (uint32_t i = from; i < f->argc; ++i)
    if (!has_declared_type(fn->params[i], regs[i]) && !coerce_param(vm, fn, i, f)) return false;
  return true;
}

// The common case, arguments of their declared types, tests them without a call (no registers
// to save); the first that needs a coercion or fails goes to the general loop.
bool coerce_simple_args(VM& vm, Function* fn, Frame* f) {
  const Value* regs = f->regs();
  const Param* params = fn->params.data();
  for (uint32_t i = 0, n = f->argc; i < n; ++i)
    if (!has_declared_type(params[i], regs[i])) return coerce_simple_args_from(vm, fn, f, i);
  return true;
}

// Whether the site can call fn the simple way (remembered in ci.simple for the next call).
static bool simple_site(CallInfo& ci, Function* fn) {
  if (ci.simple != fn) [[unlikely]] {
    if (!simple_call_ok(ci, fn)) return false;
    ci.simple = fn;
    ci.loop_fn = ci.kind == CallInfo::Named && ci.cached == fn && !fn->native ? fn : nullptr;
    ci.native_fn = nullptr;
    ci.simple_argc = uint32_t(ci.args.size());
    ci.simple_coerce = false;
    for (size_t i = 0; i < ci.args.size(); ++i)
      if (fn->params[i].hint != HintNone && fn->params[i].hint != HintOther)
        ci.simple_coerce = true;
  }
  return true;
}

Frame* push_simple_frame_slow(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Object* this_,
                              Class* called) {
  Frame* f = push_simple_frame(vm, caller, ci, fn, this_, called);
  if (f && vm.exception) [[unlikely]] {  // an argument's warning whose handler threw
    vm.pop_frames(f->stack_mark);
    return nullptr;
  }
  if (f) f->loop_call = kLoopCall;
  return f;
}

int call_simple(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Value* ret, Object* this_,
                Class* called) {
  if (!simple_site(ci, fn)) return -1;
  Frame* f = push_simple_frame(vm, caller, ci, fn, this_, called);
  if (!f) return 0;
  char* mark = f->stack_mark;
  vm.frame = f;
  bool ok = run_frame(vm, f, ret);
  vm.frame = caller;
  vm.pop_frames(mark);
  return ok ? 1 : 0;
}

// The arguments of a built-in call site whose operands need no by-reference or unpacking work.
static bool native_call_ok(const CallInfo& ci, const Function* fn) {
  uint32_t argc = uint32_t(ci.args.size());
  if (argc > kNativeFastArgs || !ci.names.empty()) return false;
  if (argc && (fn->byref_mask & ((uint64_t(1) << argc) - 1))) return false;
  for (uint32_t i = 0; i < argc; ++i)
    if (ci.kinds[i] == ArgSpread || ci.kinds[i] == ArgRef) return false;
  return true;
}

int call_native(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Value* ret) {
  if (ci.simple != fn) [[unlikely]] {
    if (!native_call_ok(ci, fn)) return -1;
    ci.simple = fn;
    ci.loop_fn = nullptr;
    ci.native_fn = ci.kind == CallInfo::Named && ci.cached == fn ? fn : nullptr;
    ci.simple_argc = uint32_t(ci.args.size());
  }
  uint32_t argc = ci.simple_argc;
  union Args {  // uninitialized: only the first argc are written and read
    Args() {}
    Value v[kNativeFastArgs];
  } buf;
  Value* args = buf.v;
  const Value* cregs = caller->regs();
  const int32_t* ops = ci.args.data();
  // The buffer is on the native stack: its Values are copied as bytes (no write barrier, and
  // the padding's bytes mean nothing in a buffer).
  for (uint32_t i = 0; i < argc; ++i) {
    int32_t op = ops[i];
    const Value* src = &cregs[op];  // a constant too (a negative index)
    if (uint8_t(uint8_t(src->tag) - uint8_t(Tag::Null)) >= uint8_t(Tag::Ref) - uint8_t(Tag::Null))
        [[unlikely]] {
      if (src->tag == Tag::Ref) {
        src = &src->r->v;
      } else if (src->tag == Tag::Undef && ci.kinds[i] == ArgCv) {
        if (uint32_t(op) < caller->code->nlocals)
          vm.warning("Undefined variable $" + caller->code->local_names[size_t(op)]);
        src = &kNullForUndefinedArg;
      }
    }
    std::memcpy(static_cast<void*>(&args[i]), src, sizeof(Value));
  }
  vm.keep_ref_return = false;
  vm.natives.emplace_back(fn, args, argc, vm.frame);
  *ret = Value::null();
  vm.native_called = nullptr;
  bool ok = fn->native(vm, args, argc, ret, nullptr) && !vm.exception;
  vm.natives.pop_back();
  return ok ? 1 : 0;
}

static std::string callee_type(const Value& v) {
  return v.tag == Tag::Bool ? "bool" : type_name(v);
}

bool check_method_visible(VM& vm, Function* m, Class* scope, const char* word) {
  if (!(m->flags & (FnPrivate | FnProtected))) return true;
  if (m->flags & FnPrivate) {
    if (scope == m->scope) return true;
  } else if (scope && (scope->is_subclass_of(m->scope) || m->scope->is_subclass_of(scope))) {
    return true;
  }
  return vm.throw_error(
      "Error", std::string("Call to ") + ((m->flags & FnPrivate) ? "private " : "protected ") +
                   word + m->scope->name + "::" + m->name + "() from " +
                   (scope ? "scope " + scope->name : std::string("global scope")));
}

// call_simple, or for an interpreter that runs the callee in its loop (enter non-null) the
// callee's frame pushed and left in *enter with Frame::loop_call = kind.
static int call_or_enter(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Value* ret,
                         Object* this_, Class* called, Frame** enter, uint8_t kind) {
  if (!enter) return call_simple(vm, caller, ci, fn, ret, this_, called);
  if (!simple_site(ci, fn)) return -1;
  Frame* nf = push_simple_frame(vm, caller, ci, fn, this_, called);
  if (!nf) return 0;
  nf->loop_call = kind;
  *enter = nf;
  return 1;
}

void constructor_failed(VM& vm, Object* o) {
  if (o->cls->m_destruct) {
    mark_destructed(o);
    vm.destructibles->remove(Key::integer(o->id));
  }
}

// The method a CallMethod site found before for objects of class cls, visible from f's scope,
// or null. A hit among the site's other classes becomes its first entry, the one the
// interpreter's fast path tests.
static Function* cached_method(CallInfo& ci, Class* cls, Frame* f) {
  if (ci.cached_cls == cls)
    return cached_method_visible(ci.cached_method, ci.cached_scope, f) ? ci.cached_method : nullptr;
  for (CallInfo::MethodFound& e : ci.more_methods) {
    if (e.cls != cls) continue;
    if (!cached_method_visible(e.fn, e.scope, f)) return nullptr;
    std::swap(e.cls, ci.cached_cls);
    std::swap(e.fn, ci.cached_method);
    std::swap(e.scope, ci.cached_scope);
    return ci.cached_method;
  }
  return nullptr;
}

// Makes fn, found for objects of class cls from calling scope `scope`, the site's first
// entry; the previous first entry moves down, the last one goes.
static void remember_method(CallInfo& ci, Class* cls, Function* fn, Class* scope) {
  if (ci.cached_cls && ci.cached_cls != cls) {
    for (size_t i = std::size(ci.more_methods) - 1; i > 0; --i)
      ci.more_methods[i] = ci.more_methods[i - 1];
    ci.more_methods[0] = {ci.cached_cls, ci.cached_method, ci.cached_scope};
  }
  ci.cached_cls = cls;
  ci.cached_method = fn;
  ci.cached_scope = scope;
}

// A call that reaches __call or __callStatic (`magic`): the arguments go to it as one array,
// after the called name.
static bool call_magic(VM& vm, Frame* f, CallInfo& ci, Function* magic, String* name, Value* ret,
                       Object* this_, Class* called) {
  ArgBuf buf;
  if (!build_args(vm, f, ci, nullptr, buf)) return false;
  Array* list = Array::make();
  for (uint32_t i = 0; i < buf.n; ++i) {
    mark_copy(buf.data()[i]);
    list->append(buf.data()[i]);
  }
  Value margs[2] = {Value::str(name), Value::arr(list)};
  return vm.invoke(magic, margs, 2, ret, this_, called);
}

bool do_call(VM& vm, Frame* f, CallInfo& ci, int32_t obj_operand, Value* ret, uint8_t opcode,
             Frame** enter) {
  Op op = Op(opcode);
  Function* fn = nullptr;
  Object* this_ = nullptr;
  Class* called = nullptr;
  Object* closure = nullptr;
  Value* regs = f->regs();
  auto operand = [&](int32_t x) -> Value {
    if (x < 0) return f->code->consts[size_t(~x)];
    return deref(regs[x]);
  };
  if (op == Op::Call) {
    if (ci.kind == CallInfo::Named) {
      fn = ci.cached;
      if (!fn) {
        auto it = vm.functions.find(std::string(ci.lname->view()));
        if (it == vm.functions.end() && ci.fallback)
          it = vm.functions.find([&] {
            std::string l(ci.fallback->view());
            for (auto& c : l) c = char(std::tolower(static_cast<unsigned char>(c)));
            return l;
          }());
        if (it == vm.functions.end())
          return vm.throw_error(
              "Error", "Call to undefined function " + std::string(ci.name->view()) + "()");
        fn = ci.cached = it->second;
      }
    } else {
      Value c = operand(ci.callee);
      if (!vm.resolve_callable(c, &fn, &this_, &called, &closure)) {
        String* name;
        if (vm.magic_callable(c, &fn, &this_, &called, &name)) {  // __call, __callStatic
          return call_magic(vm, f, ci, fn, name, ret, this_, called);
        }
        return throw_uncallable(vm, c);
      }
      if (fn->scope && !(fn->flags & (FnStatic | FnClosure)) && !this_ && !closure)
        return vm.throw_error("Error", "Non-static method " + fn->scope->name + "::" + fn->name +
                                           "() cannot be called statically");
    }
  } else if (op == Op::CallMethod) {
    Value o = operand(obj_operand);
    String* name = ci.name;
    std::string lname_buf;
    std::string_view lname;
    if (!name) {
      Value n = operand(ci.callee);
      if (n.tag == Tag::Obj && n.o->closure()) {
        // ($obj->prop)(...) compiled as a method call with a callable name expression
        return vm.throw_error("Error", "Method name must be a string");
      }
      name = to_str(n);
      lname_buf = std::string(name->view());
      for (auto& ch : lname_buf) ch = char(std::tolower(static_cast<unsigned char>(ch)));
      lname = lname_buf;
    } else {
      lname = ci.lname->view();
    }
    if (o.tag != Tag::Obj)
      return vm.throw_error("Error", "Call to a member function " + std::string(name->view()) +
                                         "() on " + callee_type(o));
    this_ = o.o;
    called = o.o->cls;
    if (ci.name && (fn = cached_method(ci, o.o->cls, f))) {
    } else {
      fn = o.o->cls->find_method(lname);
      Class* scope = calling_scope(f);
      // a private method of the calling class wins over what the object's class has
      if (scope && scope != o.o->cls && o.o->cls->is_subclass_of(scope)) {
        Function* own = scope->find_method(lname);
        if (own && (own->flags & FnPrivate) && own->scope == scope) fn = own;
      }
      if (fn && (fn->flags & (FnPrivate | FnProtected)) &&
          !((fn->flags & FnPrivate) ? scope == fn->scope
                                    : scope && (scope->is_subclass_of(fn->scope) ||
                                                fn->scope->is_subclass_of(scope)))) {
        // an invisible method: __call if there is one, else the error
        if (o.o->cls->m_call)
          fn = nullptr;
        else
          return check_method_visible(vm, fn, scope, "method ");
      } else if (fn && ci.name) {
        remember_method(ci, o.o->cls, fn, scope);
      }
    }
    if (!fn && o.o->closure() && lname == "__invoke") {
      ClosureData* cd = o.o->closure();
      fn = cd->fn;
      this_ = cd->this_.tag == Tag::Obj ? cd->this_.o : nullptr;
      called = cd->called;
      closure = o.o;
    }
    if (!fn) {
      if (Function* mc = o.o->cls->m_call) {
        return call_magic(vm, f, ci, mc, name, ret, o.o, o.o->cls);
      }
      return vm.throw_error("Error", "Call to undefined method " + o.o->cls->name +
                                         "::" + std::string(name->view()) + "()");
    }
    if (fn->flags & FnStatic) this_ = nullptr;
  } else if (op == Op::CallStatic) {
    // A literal class name other than `static` (whose class is the caller's called class) gives
    // the same class and method, with the same visibility, each time from one calling scope.
    bool cacheable = ci.cls && ci.name && ci.cls->view() != "static";
    Object* cur_this = f->this_.get();
    bool forwarding = ci.cls && (ci.cls->view() == "parent" || ci.cls->view() == "self" ||
                                 ci.cls->view() == "static");
    // cls::fn() from here: a non-static fn runs on the caller's $this when it is a cls;
    // `static` is $this's class, or forwarded by parent::/self::/static::
    auto bind_receiver = [&](Class* cls) {
      if (!(fn->flags & FnStatic) && cur_this && cur_this->cls->is_subclass_of(cls)) {
        this_ = cur_this;
        called = cur_this->cls;
        return true;
      }
      if (!(fn->flags & FnStatic))
        return vm.throw_error("Error", "Non-static method " + cls->name + "::" + fn->name +
                                           "() cannot be called statically");
      called = forwarding && f->called ? f->called : cls;
      return true;
    };
    if (cacheable && ci.cached_cls && ci.cached_scope == calling_scope(f)) {
      fn = ci.cached_method;
      if (!bind_receiver(ci.cached_cls)) return false;
      goto call_fn;
    }
    Class* cls = class_from_operand(vm, f, ci.cls ? Value::str(ci.cls) : operand(obj_operand));
    if (!cls) return false;
    String* name = ci.name ? ci.name : to_str(operand(ci.callee));
    std::string lname(name->view());
    for (auto& ch : lname) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    fn = cls->find_method(lname);
    if (!fn) {
      if (cur_this && cur_this->cls->is_subclass_of(cls) && cls->m_call) {
        ArgBuf buf;
        if (!build_args(vm, f, ci, nullptr, buf)) return false;
        Array* arr = Array::make();
        for (uint32_t i = 0; i < buf.n; ++i) arr->append(buf.data()[i]);
        Value args[2] = {Value::str(name), Value::arr(arr)};
        return vm.invoke(cls->m_call, args, 2, ret, cur_this, cur_this->cls);
      }
      if (Function* cs = cls->m_callstatic) {
        ArgBuf buf;
        if (!build_args(vm, f, ci, nullptr, buf)) return false;
        Array* arr = Array::make();
        for (uint32_t i = 0; i < buf.n; ++i) arr->append(buf.data()[i]);
        Value args[2] = {Value::str(name), Value::arr(arr)};
        return vm.invoke(cs, args, 2, ret, nullptr, cls);
      }
      if (lname == "__construct") return vm.throw_error("Error", "Cannot call constructor");
      return vm.throw_error("Error", "Call to undefined method " + cls->name +
                                         "::" + std::string(name->view()) + "()");
    }
    if (lname == "__construct") {
      // php calls X::__construct() without a method lookup: only a private constructor of
      // another class is refused, worded so
      if ((fn->flags & FnPrivate) && calling_scope(f) != fn->scope)
        return vm.throw_error("Error", "Cannot call private " + cls->name + "::__construct()");
    } else if (!check_method_visible(vm, fn, calling_scope(f), "method ")) {
      return false;
    }
    if (cacheable) {
      ci.cached_cls = cls;
      ci.cached_method = fn;
      ci.cached_scope = calling_scope(f);
    }
    if (!bind_receiver(cls)) return false;
  } else {  // New
    Class* cls = ci.cached_cls;
    if (!cls) {
      cls = class_from_operand(vm, f, ci.cls ? Value::str(ci.cls) : operand(obj_operand));
      if (!cls) return false;
      std::string_view n = ci.cls ? ci.cls->view() : std::string_view();
      if (ci.cls && n != "static" && n != "self" && n != "parent") ci.cached_cls = cls;
    }
    if (cls->flags & (ClsAbstract | ClsInterface | ClsTrait)) {
      const char* what = (cls->flags & ClsInterface) ? "interface"
                         : (cls->flags & ClsTrait)   ? "trait"
                                                     : "abstract class";
      return vm.throw_error("Error", std::string("Cannot instantiate ") + what + " " + cls->name);
    }
    if (cls->needs_init && !vm.init_class(cls)) return false;
    Object* o = vm.instantiate(cls);
    *ret = Value::obj(o);
    if (!cls->ctor) {
      if (!ci.args.empty()) {
        // arguments are still evaluated (they already were) and ignored
      }
      return true;
    }
    if (!check_method_visible(vm, cls->ctor, calling_scope(f), "")) return false;
    // php never destructs an object whose constructor threw (zend_object_store_ctor_failed)
    auto failed = [&]() {
      constructor_failed(vm, o);
      return false;
    };
    if (!cls->ctor->native && ci.names.empty()) {
      Value ignored;
      int r = call_or_enter(vm, f, ci, cls->ctor, &ignored, o, cls, enter, kLoopCallNew);
      if (r >= 0) return r == 1 || failed();
    }
    ArgBuf buf;
    if (!build_args(vm, f, ci, cls->ctor, buf)) return failed();
    Value ignored;
    if (!vm.invoke(cls->ctor, buf.data(), buf.n, &ignored, o, cls)) return failed();
    return true;
  }
call_fn:
  if (!fn->native && !closure && ci.names.empty()) {
    int r = call_or_enter(vm, f, ci, fn, ret, this_, called, enter, kLoopCall);
    if (r >= 0) return r == 1;
  }
  if (fn->native && op == Op::Call && ci.kind == CallInfo::Named) {
    int r = call_native(vm, f, ci, fn, ret);
    if (r >= 0) return r == 1;
  }
  ArgBuf buf;
  if (!build_args(vm, f, ci, fn, buf)) return false;
  vm.keep_ref_return = true;  // the Call instruction decides (a `function &f()` result)
  return vm.invoke(fn, buf.data(), buf.n, ret, this_, called, closure);
}

bool make_closure(VM& vm, Frame* f, Function* fn, CallInfo& ci, Value* out) {
  uint32_t n = uint32_t(ci.args.size());
  ClosureData* cd = gc_new_tail<ClosureData>(n * sizeof(Value));
  cd->fn = fn;
  cd->nuses = n;
  cd->scope = fn->scope;
  cd->called = f->called;
  if (!(fn->flags & FnStatic) && f->this_) cd->this_ = Value::obj(f->this_.get());
  bool arrow = fn->flags & FnArrow;
  Value* regs = f->regs();
  for (uint32_t i = 0; i < n; ++i) {
    Value& slot = regs[ci.args[i]];
    if (ci.kinds[i] == 1) {
      if (slot.tag != Tag::Ref) {
        Ref* r = gc_new<Ref>();
        r->v = slot.tag == Tag::Undef ? Value::null() : slot;
        slot = Value::ref(r);
      }
      cd->uses()[i] = slot;
      continue;
    }
    Value v = deref(slot);
    if (v.tag == Tag::Undef) {
      if (!arrow) {
        vm.warning("Undefined variable $" + fn->uses[i].first);
        v = Value::null();
      }
    }
    mark_copy(v);
    cd->uses()[i] = v;
  }
  Object* o = vm.new_object(closure_class(), 0, ObjectExt::Closure);
  o->set_closure(cd);
  *out = Value::obj(o);
  return true;
}

}  // namespace weft::php
