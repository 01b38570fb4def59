// Helpers of the interpreter loop that live outside it (element and property access, calls,
// foreach, generators). Internal to php-vm/src.
#pragma once

#include "weft/php/bytecode.h"
#include "weft/php/vm.h"

namespace weft::php {

Class* class_from_operand(VM& vm, Frame* f, const Value& v);
// quiet: 0 read, 1 quiet read (??, empty()), 2 isset() (ArrayAccess: offsetExists only)
bool fetch_dim(VM& vm, const Value& base, const Value& key, Value* out, int quiet);
// Pointer to the element `key` (null: append) of the array in *slot, separating and
// autovivifying as needed. mode: 0 write, 1 read-modify-write (warns when missing), 2 unset
// (no creation; returns null when missing). Null with an exception pending, or null quietly.
Value* lv_dim(VM& vm, Value* slot, const Value* key, int mode);
bool assign_dim(VM& vm, Value* slot, const Value* key, const Value& v, int flags);
bool unset_dim(VM& vm, Value* slot, const Value& key);
// quiet: 0 read, 1 quiet read (??), 2 isset() (magic: __isset only)
bool fetch_prop(VM& vm, Frame* f, const Value& obj, const Value& name, Value* out, int quiet,
                PropCache* cache);
bool assign_prop(VM& vm, Frame* f, const Value& obj, const Value& name, const Value& v,
                 PropCache* cache);
// cache (LvProp's inline cache): filled with the class and slot of a declared property (a typed
// one under typed_lv_key(class)). mode: LvProp's x (kLvPropRmw: the chain's last step of
// `op=`/`++`/`--`).
Value* lv_prop(VM& vm, Frame* f, const Value& obj, const Value& name, PropCache* cache = nullptr,
               uint8_t mode = 0);
// lv_prop() for an object whose class's typed slot the cache holds in way 0 (typed_lv_key).
Value* lv_typed_cached(VM& vm, Object* o, const PropCache& cache, uint8_t mode);
// $obj->x where x is a declared static property: php's notice ("Accessing static property
// C::$x as non static", then the object's own dynamic property is used), or an Error when the
// static property is not visible from f's scope (false, exception set)
bool static_through_object(VM& vm, Frame* f, Object* o, String* name);
// A static property's slot (a Ref, shared with the subclasses that inherit it). mode: the
// chain's flags (bytecode.h: kLvPropRmw ... kLvPropDim) for a write, which a typed property
// checks as lv_prop does; kStaticRead for a read (a typed property never written is php's
// Error), with kStaticQuiet for isset() and ?? (null, no error, for an undeclared one too).
inline constexpr uint8_t kStaticQuiet = 1;
inline constexpr uint8_t kStaticRead = 2;
Value* lv_static_prop(VM& vm, Frame* f, const Value& cls, const Value& name, uint8_t mode);
bool fetch_class_const(VM& vm, Frame* f, const Value& cls, String* name, Value* out);
// A call instruction's general path. With `enter`, a user callee that call_simple would run
// is pushed instead and left in *enter for the interpreter to run in its loop (Frame::loop_call
// says how its Return finishes the call); *enter stays null when the call is done.
bool do_call(VM& vm, Frame* f, CallInfo& ci, int32_t obj_operand, Value* ret, uint8_t op,
             Frame** enter = nullptr);
// php never destructs an object whose constructor threw (zend_object_store_ctor_failed).
void constructor_failed(VM& vm, Object* o);
// The common call: a user function without by-reference or variadic parameters, called with
// plain positional arguments (no names), not a closure. Arguments go straight into the new
// frame's registers. Returns 1 (done), 0 (threw) or -1 (not applicable: take do_call's
// general path). After it returned non-negative, ci.simple == fn, so the interpreter may call
// it directly for a site whose cached callee is ci.simple.
int call_simple(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Value* ret, Object* this_,
                Class* called);
inline const Value kNullForUndefinedArg = Value::null();
[[gnu::cold, gnu::noinline]] void warn_undefined_arg(VM& vm, const Frame* caller, int32_t op);
// Where a simple call's argument `op` (a caller register, or a constant at a negative index)
// is read from: through a reference to its value, and a null for an undefined variable (after
// php's warning). A pointer, not a copy: assigning a local Value would run the write barrier's
// range test on the native stack for every pointer argument.
[[gnu::always_inline]] inline const Value* simple_arg(VM& vm, const Frame* caller,
                                                      const Value* cregs, int32_t op) {
  const Value* v = &cregs[op];
  if (v->tag == Tag::Ref) {
    v = &v->r->v;
  } else if (v->tag == Tag::Undef) [[unlikely]] {
    warn_undefined_arg(vm, caller, op);
    v = &kNullForUndefinedArg;
  }
  return v;
}
// The type checks and coercions of f's arguments (the first f->argc registers); false with
// the TypeError.
bool coerce_simple_args(VM& vm, Function* fn, Frame* f);
// VerifyReturn's check of v against f's declared return type, converting v in coercive mode;
// false with php's TypeError raised. `none`: the body ended without a return.
bool verify_return(VM& vm, Frame* f, Value& v, bool none);
// The part of a simple call's frame set-up after its memory: header fields, arguments (the
// registers past them are zeroed already), their coercions and $this. False with the exception
// a coercion threw (the caller pops the frame).
[[gnu::always_inline]] inline bool bind_simple_frame(VM& vm, Frame* caller, CallInfo& ci,
                                                     Function* fn, Frame* f, char* mark,
                                                     Object* this_, Class* called) {
  uint32_t argc = ci.simple_argc;
  Code* code = fn->code;
  f->stack_mark = mark;
  f->fn = fn;
  if (this_) f->this_ = this_;
  f->called = called ? called : fn->scope;
  f->prev = caller;
  f->argc = argc;
  Value* regs = f->regs();
  Value* cregs = caller->regs();
  const int32_t* ops = ci.args.data();
  for (uint32_t i = 0; i < argc; ++i) {
    const Value* v = simple_arg(vm, caller, cregs, ops[i]);
    mark_copy(*v);
    regs[i] = *v;
  }
  if (ci.simple_coerce && !coerce_simple_args(vm, fn, f)) [[unlikely]]
    return false;
  if (code->this_slot >= 0 && this_) regs[code->this_slot] = Value::obj(this_);
  return true;
}
// call_simple's frame for a site with ci.simple == fn, arguments bound and coerced: the caller
// runs it (vm.frame is not set) and pops it with vm.pop_frames(frame->stack_mark). Null with
// the exception a coercion threw (nothing pushed). Inline: the interpreter's calls run it.
[[gnu::always_inline]] inline Frame* push_simple_frame(VM& vm, Frame* caller, CallInfo& ci,
                                                       Function* fn, Object* this_, Class* called) {
  char* mark = vm.stack_top;
  Frame* f = vm.new_frame(fn->code);
  if (!bind_simple_frame(vm, caller, ci, fn, f, mark, this_, called)) [[unlikely]] {
    vm.pop_frames(mark);
    return nullptr;
  }
  return f;
}
// push_simple_frame() out of line, for push_loop_frame()'s rare cases (a loop call's frame).
Frame* push_simple_frame_slow(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Object* this_,
                              Class* called);
// push_simple_frame() for the interpreter's loop calls, which run the callee in the caller's
// run_frame() activation (Frame::loop_call is kLoopCall): the native stack does not grow, so
// only the frame stack's room is tested; the header is written in one pass, only the
// registers past the arguments are zeroed, and arguments are constructed in place (no write
// barrier: the frame stack is not in the heap). A frame that does not fit (the
// heap's, or php's fatal error) and a code's first frame take push_simple_frame(). A frame is
// returned only with no exception pending (null with the one binding raised).
[[gnu::always_inline]] inline Frame* push_loop_frame(VM& vm, Frame* caller, CallInfo& ci,
                                                     Function* fn, Object* this_, Class* called) {
  Code* code = fn->code;
  char* mark = vm.stack_top;
  size_t bytes = code->frame_bytes;  // 0 (wraps below) until the code's first frame
  if (bytes - 1 >= size_t(vm.stack_end - mark)) [[unlikely]]
    return push_simple_frame_slow(vm, caller, ci, fn, this_, called);
  uint32_t argc = ci.simple_argc;
  ASAN_UNPOISON_MEMORY_REGION(mark, bytes);
  vm.stack_top = mark + bytes;
  Frame* f = new (mark) Frame(fn, code, called ? called : fn->scope, caller, mark, argc);
  copy_values(reinterpret_cast<Value*>(f + 1), code->consts_rev.data(), code->frame_nconsts);
  Value* regs = f->regs();
  zero_values(regs + argc, code->nregs - argc);
  const Value* cregs = caller->regs();
  const int32_t* ops = ci.args.data();
  uint32_t i = 0;
  for (; i < argc; ++i) {
    // The frame is on the frame stack, outside the heap: its registers are constructed,
    // without the write barrier's range test.
    const Value& v = cregs[ops[i]];
    // one range test for the scalars (null to Ptr: nothing to mark), a second for the rest
    if (uint8_t(uint8_t(v.tag) - uint8_t(Tag::Null)) >= uint8_t(Tag::Str) - uint8_t(Tag::Null)) {
      if (uint8_t(uint8_t(v.tag) - uint8_t(Tag::Null)) >= uint8_t(Tag::Ref) - uint8_t(Tag::Null))
          [[unlikely]]
        break;  // a reference or an undefined variable
      mark_copy(v);
    }
    new (&regs[i]) Value(v);
  }
  // The rare cases can warn (an undefined variable, a coercion's deprecation), and a user
  // error handler can throw: then the call does not happen (php raises it in the caller, at
  // the argument), so the interpreter's dispatch after a loop call needs no exception test.
  if (i < argc || ci.simple_coerce) [[unlikely]] {
    for (; i < argc; ++i) {
      const Value* v = simple_arg(vm, caller, cregs, ops[i]);
      mark_copy(*v);
      new (&regs[i]) Value(*v);
    }
    if ((ci.simple_coerce && !coerce_simple_args(vm, fn, f)) || vm.exception) {
      vm.pop_frames(mark);
      return nullptr;
    }
  }
  if (this_) {
    f->this_ = this_;
    if (code->this_slot >= 0) new (&regs[code->this_slot]) Value(Value::obj(this_));
  }
  return f;
}
// A named call of a built-in function whose arguments are plain values (no spread, names or
// by-reference parameters, at most kNativeFastArgs): the arguments are read straight from the
// caller's registers, without do_call's argument buffer. Same results and ci.simple contract
// as call_simple.
inline constexpr uint32_t kNativeFastArgs = 8;
int call_native(VM& vm, Frame* caller, CallInfo& ci, Function* fn, Value* ret);
bool make_closure(VM& vm, Frame* f, Function* fn, CallInfo& ci, Value* out);
bool fe_reset(VM& vm, Value* it_reg, const Value& subject, Value* target);
// 1: produced a value, 0: end, -1: exception
int fe_fetch(VM& vm, Iter* it, Value* dst);
// A built-in that rebuilds an array in place (array_shift, array_unshift) keeps the running
// by-reference foreach loops over it on the element they were to visit next, as php's hash
// iterators are moved: before, ref_iters_before() gives each such loop's position as the number
// of elements before it; the built-in adjusts those and hands them to ref_iters_after().
std::vector<std::pair<Iter*, uint32_t>> ref_iters_before(VM& vm, Array* a);
void ref_iters_after(VM& vm, Array* a, const std::vector<std::pair<Iter*, uint32_t>>& at);
bool fe_key(VM& vm, Iter* it, Value* dst);
bool do_cast(VM& vm, const Value& v, uint8_t kind, Value* out);
bool do_echo(VM& vm, const Value& v);
bool declare_class(VM& vm, Class* cls, bool hoisting);
bool clone_object(VM& vm, const Value& v, Value* out);
// php's Error for a dynamic call of a value that names nothing callable ("Value of type null is
// not callable", "Call to undefined method A::m()", ...); returns false.
bool throw_uncallable(VM& vm, const Value& callable);
// The class whose code runs in f (a closure's bound scope), or null at the top level.
inline Class* calling_scope(Frame* f) {
  if (!f) return nullptr;
  if (f->closure) return f->closure->closure()->scope;
  return f->fn->scope;
}
// Whether a method cached for a call site applies from the scope running it: a public one
// anywhere, a private or protected one from the scope it was found from.
inline bool cached_method_visible(const Function* m, Class* cached_scope, Frame* f) {
  return !(m->flags & (FnPrivate | FnProtected)) || cached_scope == calling_scope(f);
}
// php's visibility rule for calling method m from `scope`: false with the Error thrown
// ("Call to private A::m() from global scope"; `word` is "method " for ordinary calls, empty
// for constructors, __clone and __destruct).
bool check_method_visible(VM& vm, Function* m, Class* scope, const char* word);
// named: the site's cache of the class a constant name names (filled by the first lookup that
// finds it), or null when the class operand is not a constant.
bool instanceof_op(VM& vm, Frame* f, const Value& v, const Value& cls, Class** named);
std::string export_scalar_for_match(const Value& v);
// Runs the generator to its next yield or its end; `thrown`: Generator::throw(), the exception
// is raised where the generator waits instead of the yield receiving `sent`.
bool generator_resume(VM& vm, Object* gen, const Value& sent, Object* thrown = nullptr);
bool generator_ensure_started(VM& vm, Object* gen);
Class* generator_class();
Class* closure_class();
// include/include_once/require/require_once (kind 0..3) of `path` in the scope of `f`.
bool do_include(VM& vm, Frame* f, const Value& path, int kind, Value* ret);
// Runs the pending __destruct methods at the end of the script (destruct.cpp); false when one
// threw (vm.exception set).
bool run_destructors(VM& vm);
// The element `key` of an array (through a reference when through_ref), for VM::dropped() after
// it is overwritten or unset; Undef when absent or when finding it could warn (drops.cpp).
Value element_for_drop(const Value& container, const Value* key, bool through_ref);
// The property `name` of o (the value behind a reference), for VM::dropped(); Undef if absent.
Value prop_for_drop(Object* o, const Value& name);
// After `$container[key] = v`: php frees an object key the statement made (a temporary
// register, `$weakmap[new K] = v`) right after an ArrayAccess store; false with the exception
// of a destructor.
bool drop_store_key(VM& vm, Frame* f, int32_t key_operand, const Value& container);
// The variable `name` of frame f for $$name, extract() and compact(): a compiled local, else
// (at the top level) a global, else one of the frame's run-time variables. null if absent and
// not `create`.
Value* var_slot(VM& vm, Frame* f, std::string_view name, bool create);

}  // namespace weft::php
