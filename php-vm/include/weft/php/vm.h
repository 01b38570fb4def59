// The VM: global state of one PHP run (function/class/constant tables, output, the pending
// exception, the call stack) and the services the interpreter and the library share.
//
// Contract:
// - Errors: warning()/notice()/deprecated() print php's display form on stdout
//   ("\nWarning: MSG in FILE on line N\n") unless silenced by @; throw_error() creates a
//   Throwable of the named class, makes it pending (vm.exception) and returns false, which
//   every caller propagates (no C++ exceptions). fatal() prints and ends the run with 255.
// - invoke() runs a function with prepared arguments (Refs for by-reference parameters) and is
//   the only way into the interpreter loop (interp.h); call_value() takes any PHP callable.
#pragma once

#include <emmintrin.h>
#include <sanitizer/asan_interface.h>

#include <algorithm>
#include <map>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "weft/gc/heap.h"
#include "weft/php/array.h"
#include "weft/php/bytecode.h"
#include "weft/php/object.h"
#include "weft/php/string.h"
#include "weft/php/value.h"

namespace weft::php {

// How a frame's Return finishes (Frame::loop_call): by returning from run_frame() (a native
// call), or by resuming the caller's loop with the result of a call or of a `new` (the object;
// the constructor's result is dropped).
enum LoopCall : uint8_t { kNotLoopCall, kLoopCall, kLoopCallNew };

// n Values zeroed / copied (aux included), for a new frame's registers and constants: a call's
// few as straight-line 16-byte moves entered through a jump table (a memset or memcpy call, or a
// loop, costs more instructions for them); more than 16 through memset/memcpy.
#define WEFT_PHP_VALUE_CASES(X) \
  X(16) X(15) X(14) X(13) X(12) X(11) X(10) X(9) X(8) X(7) X(6) X(5) X(4) X(3) X(2) X(1)
[[gnu::always_inline]] inline void zero_values(Value* to, uint32_t n) {
  char* d = reinterpret_cast<char*>(to);
  // one zero register for every entry of the jump table (a memset per case made each case
  // materialize its own)
  __m128i z = _mm_setzero_si128();
  // opaque to the optimizer, which otherwise rematerializes the zero before each store
  asm("" : "+x"(z));
  switch (n) {
#define WEFT_PHP_ZERO_CASE(k)                                                     \
  case k:                                                                         \
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + (k - 1) * sizeof(Value)), z); \
    [[fallthrough]];
    WEFT_PHP_VALUE_CASES(WEFT_PHP_ZERO_CASE)
#undef WEFT_PHP_ZERO_CASE
    case 0:
      return;
    default:
      std::memset(d, 0, n * sizeof(Value));
  }
}
[[gnu::always_inline]] inline void copy_values(Value* to, const Value* from, uint32_t n) {
  void* d = to;
  const void* s = from;
  switch (n) {
#define WEFT_PHP_COPY_CASE(k)                                                          \
  case k:                                                                              \
    std::memcpy(static_cast<char*>(d) + (k - 1) * sizeof(Value),                       \
                static_cast<const char*>(s) + (k - 1) * sizeof(Value), sizeof(Value)); \
    [[fallthrough]];
    WEFT_PHP_VALUE_CASES(WEFT_PHP_COPY_CASE)
#undef WEFT_PHP_COPY_CASE
    case 0:
      return;
    default:
      std::memcpy(d, s, n * sizeof(Value));
  }
}
#undef WEFT_PHP_VALUE_CASES

struct Frame {
  static constexpr const char* gc_name = "php-frame";
  // The fields a loop call sets come first, those it zeroes last (the one-pass header of the
  // loop-call constructor below: one run of zero stores).
  Function* fn = nullptr;
  Code* code = nullptr;
  Class* called = nullptr;  // late static binding class
  Frame* prev = nullptr;    // caller (alive while this runs)
  // The frame stack's top before this frame was pushed (VM::pop_frames() restores it).
  char* stack_mark = nullptr;
  // The instruction running, or the next to run (run_frame() publishes it at each dispatch).
  const Instr* ip = nullptr;
  // ip as an index into code->ins; ins.size() (past every line) while arguments are bound,
  // so errors raised then name the declaration's line (Code::decl_line)
  uint32_t pc() const { return uint32_t(ip - code->ins.data()); }
  void set_pc(uint32_t p) { ip = code->ins.data() + std::min<size_t>(p, code->ins.size()); }
  uint32_t nregs = 0;
  uint32_t argc = 0;
  // The code's constants, reversed, sit between this header and the registers: the constant
  // operand ~k (Code::consts[k]) is regs()[~k], so the interpreter reads a register and a
  // constant from one base without testing which it is (see new_frame()).
  uint32_t nconsts = 0;
  // Generators: the frame outlives the call; these hold the state between resumptions.
  uint8_t gen_state = 0;  // GenState
  // LoopCall: called by an instruction of prev's run_frame() loop, which runs this frame in
  // place (its Return continues prev's loop) instead of recursing natively.
  uint8_t loop_call = kNotLoopCall;
  // The registers: nconsts Values past this header (new_frame() sets it). A pointer into the
  // frame itself, read on every call and return instead of recomputed from nconsts; frames do
  // not move (the stack's don't, and the collector does not evacuate weft-php's heap).
  Value* regs_ = nullptr;
  gc::Field<Object> this_;
  gc::Field<Object> closure;
  gc::Field<Array> extra;     // arguments beyond the declared parameters
  gc::Field<Array> dyn_vars;  // variables named at run time ($$x, extract) the code lacks
  int64_t gen_auto_key = 0;
  Value gen_key, gen_val, gen_ret;

  Frame() = default;
  // A loop call's frame of code c (Code::frame_bytes set) for fn called from caller with nargs
  // arguments (kind: Frame::loop_call; kNotLoopCall for a callee run by a native caller): each
  // header field written once, the ones from this_ on as one zeroed run (the frame stack is scanned
  // conservatively: nothing stale may stay in them). Constants and registers are left to the
  // caller.
  Frame(Function* f, Code* c, Class* cls, Frame* caller, char* mark, uint32_t nargs,
        uint8_t kind = kLoopCall)
      : fn(f),
        code(c),
        called(cls),
        prev(caller),
        stack_mark(mark),
        ip(c->ins.data()),
        nregs(c->nregs),
        argc(nargs),
        nconsts(c->frame_nconsts),
        gen_state(0),
        loop_call(kind),
        regs_(reinterpret_cast<Value*>(this + 1) + c->frame_nconsts) {
    std::memset(static_cast<void*>(&this_), 0, sizeof(Frame) - offsetof(Frame, this_));
  }
  // code, its first instruction, its register count and its constants (Code::frame_bytes set)
  void set_code(Code* c) {
    code = c;
    ip = c->ins.data();
    nregs = c->nregs;
    nconsts = c->frame_nconsts;
    regs_ = reinterpret_cast<Value*>(this + 1) + nconsts;
    copy_values(reinterpret_cast<Value*>(this + 1), c->consts_rev.data(), nconsts);
  }
  Value* regs() { return regs_; }
  const Value* regs() const { return regs_; }
  size_t gc_size() const { return sizeof(Frame) + (nconsts + nregs) * sizeof(Value); }
  void gc_trace(gc::Tracer& t) const {
    t(this_);
    t(closure);
    t(extra);
    t(dyn_vars);
    trace_value(t, gen_key);
    trace_value(t, gen_val);
    trace_value(t, gen_ret);
    for (uint32_t i = 0; i < nregs; ++i) trace_value(t, regs()[i]);
  }
};

enum GenState : uint8_t { GenNone, GenCreated, GenSuspended, GenRunning, GenDone };

// A built-in function's activation, for stack traces.
struct NativeCall {
  // a constructor, so that natives.emplace_back() writes the entry in place (a call's cost)
  NativeCall(Function* f, Value* a, uint32_t n, Frame* c, Object* t = nullptr)
      : fn(f), args(a), argc(n), caller(c), this_(t) {}
  NativeCall() = default;
  Function* fn = nullptr;
  Value* args = nullptr;
  uint32_t argc = 0;
  Frame* caller = nullptr;
  Object* this_ = nullptr;  // a method's object (stack traces print `Class->method()`)
  bool hidden = false;      // left out of stack traces (an engine call php shows no frame for)
};

struct VM {
  VM();
  std::unordered_map<std::string, Function*> functions;  // lower-cased
  std::unordered_map<std::string, Class*> classes;       // lower-cased
  std::vector<Class*> pending_classes;                   // declared, waiting for parents
  gc::Root<Array> constants;
  gc::Root<Object> exception;     // pending exception, or null
  gc::Root<Array> globals_extra;  // globals that are not variables of the main script
  Frame* frame = nullptr;         // innermost running frame
  // The frames of running calls live on a frame stack, not in the heap: a call allocates
  // nothing and a returned frame is gone at once (a heap frame lived until a collection found
  // no stale native stack word pointing at it). The collector scans the stack conservatively
  // up to stack_top. Frames that outlive their call (generators) and the main script's frame
  // (read by the destructors at shutdown) are heap objects; so is every frame when the stack
  // is full. Nothing else outlives a call with a pointer into its frame: references to locals
  // (`&$x`, closures' `use (&$x)`, by-reference arguments, global/static) are Ref boxes in the
  // heap, func_get_args() and stack traces copy, and pointers to registers (Tag::Ptr, by-ref
  // foreach targets) are used only by the frame's own instructions. See new_frame().
  char* stack_base = nullptr;
  char* stack_top = nullptr;
  char* stack_end = nullptr;  // the region's end, or sooner: where memory_limit puts it
  char* stack_region_end = nullptr;
  // memory_limit in bytes (0: none). The frame stack counts against it as php's VM stack does,
  // so runaway recursion ends with php's fatal error; native_stack_floor is the backstop for
  // calls that use much native stack per PHP frame (a call below it fails the same way).
  size_t memory_limit = size_t(128) << 20;
  std::string memory_limit_ini = "128M";  // as set, for ini_get
  char* native_stack_floor = nullptr;
  // Inside a fiber (fiber.cpp) frames go to the heap: the frame stack is one LIFO region, and a
  // suspended fiber's frames must outlive the calls its resumer makes meanwhile.
  bool frames_in_heap = false;
  void set_memory_limit(size_t bytes);
  [[noreturn]] void memory_exhausted(size_t tried);
  // memory_get_usage(): the heap's blocks in use (`real`: committed) plus the frame stack in
  // use, the two things memory_limit bounds. The peak is the largest value reported so far,
  // and at least the heap's committed high-water mark.
  size_t memory_usage(bool real) const;
  size_t peak_memory_usage(bool real);
  size_t peak_usage = 0, peak_real_usage = 0;
  // A frame for `code` with its registers zeroed and its constants in place (Frame::nconsts):
  // on the frame stack unless `heap` (or the stack is full). The caller pops a stack frame by
  // restoring stack_top to its value before the call. Inlined: it is most of a call's work.
  [[gnu::always_inline]] Frame* new_frame(Code* code, bool heap = false) {
    if (!code->frame_bytes) [[unlikely]]
      place_consts(code);
    size_t bytes = code->frame_bytes;
    Frame* f;
    if (!heap && bytes <= size_t(stack_end - stack_top) &&
        static_cast<char*>(__builtin_frame_address(0)) > native_stack_floor) [[likely]] {
      f = push_frame_bytes(bytes);
      zero_values(reinterpret_cast<Value*>(f + 1) + code->frame_nconsts, code->nregs);
    } else {
      f = new_heap_frame(bytes, heap);
    }
    f->set_code(code);
    return f;
  }
  // A frame of `bytes` (Code::frame_bytes) on the frame stack, which has room for it: the header
  // initialized (Frame's member initializers; no blanket zeroing), constants and registers not.
  [[gnu::always_inline]] Frame* push_frame_bytes(size_t bytes) {
    ASAN_UNPOISON_MEMORY_REGION(stack_top, bytes);
    Frame* f = new (stack_top) Frame;
    stack_top += bytes;
    return f;
  }
  // Pops the frames pushed since stack_top was `mark` (a returning call's). Under
  // AddressSanitizer the popped bytes are poisoned, so a use of a returned frame is reported.
  void pop_frames(char* mark) {
    // Inside a fiber no frame is on the frame stack, and a mark made before the fiber last
    // suspended holds a top the resumer has since pushed frames above: leave it alone.
    if (frames_in_heap) return;
    ASAN_POISON_MEMORY_REGION(mark, size_t(stack_top - mark));
    stack_top = mark;
  }
  // new_frame()'s rare paths: the first frame of a code fills Code::consts_rev; a frame that
  // does not go on the frame stack (php's fatal error if memory_limit is why).
  static void place_consts(Code* code);
  Frame* new_heap_frame(size_t bytes, bool heap);
  // A frame of `bytes` does not fit: php's fatal error when memory_limit or the native stack
  // is the reason; returns (the frame goes to the heap) when only the region is full.
  void frame_stack_full(size_t bytes);
  Class* native_called = nullptr;  // late static binding class of the running built-in
  Frame* main_frame = nullptr;
  Function* main_function = nullptr;
  std::vector<Function*> owned_functions;  // made at run time (trait copies, bound closures)
  std::vector<NativeCall> natives;
  std::string out;
  std::string script;               // file name in messages
  int silence = 0;                  // depth of @ operators
  int64_t error_reporting = 32767;  // error_reporting ini / function (E_ALL)
  bool display_errors = true;
  gc::Root<Array> error_handlers;      // set_error_handler stack: [callable, levels] pairs
  gc::Root<Array> exception_handlers;  // set_exception_handler stack
  int in_error_handler = 0;
  // Objects whose class has __destruct and whose destructor has not run, keyed by object
  // number (creation order).
  // Named arguments no parameter of a variadic callee takes (name => value): build_args
  // collects them, invoke adds them to the variadic parameter's array (php 8.1).
  gc::Root<Array> named_variadic;
  gc::Root<Array> destructibles;
  // Destructors before the script ends (drops.cpp): while some object with a destructor is
  // alive, the interpreter hands the values it overwrites or unsets to dropped() and asks
  // frame_ending() at returns; they run the destructors of objects nothing reaches any more.
  // False (the interpreter's one test) while no such object lives; off for good once the
  // checks' traversals exceeded their budget (drop_work).
  bool watch_drops = false;
  bool drops_exhausted = false;
  uint64_t drop_work = 0;
  bool dropped(const Value& old);  // false with vm.exception set (a destructor threw)
  bool frame_ending(Frame* f, const Value& ret);
  // An exception leaves f (no handler in it): its variables go, their destructors run with
  // the exception set aside (kept in `unwinding`, a root of the checks) and restored after;
  // an exception a destructor throws gets it as its innermost previous.
  void frame_unwound(Frame* f);
  // exit() unwinding frame f: php frees its variables (their destructors run, innermost frame
  // first) before the shutdown functions.
  void frame_exited(Frame* f);
  gc::Root<Array> unwinding;
  // WeakReference/WeakMap (weak_refs.cpp): object number => [the object, [holder number => its
  // WeakReference or a WeakMap naming it]] for each object with kWeaklyHeldBit. Not a root of
  // the checks above: an object only weak holders name is released as php frees it, and
  // clear_weak() then empties its WeakReference and removes its entries from the maps.
  gc::Root<Array> weak_holders;
  Class* weakref_class = nullptr;
  Class* weakmap_class = nullptr;
  bool clear_weak(Object* o);  // false with vm.exception set (a removed value's destructor threw)
  void collect_weak();         // gc_collect_cycles(): clears the objects nothing but cycles hold
  void forget_weak_reference(Object* ref);  // the WeakReference is gone: create() makes another
  bool store_watched(Value& slot, const Value& v, bool through_ref);
  // register_shutdown_function(): [callable, args...] entries, run by run_shutdown_functions()
  // (runtime.cpp) when the script ends, before the destructors, and after a fatal error
  gc::Root<Array> shutdown_functions;
  bool in_fatal_shutdown = false;
  void shutdown_after_fatal();
  std::vector<Class*> class_order;
  gc::Root<Array> ref_iters;  // running by-reference foreach loops over arrays (iteration.cpp)  //
                              // declared classes in declaration order
  bool exiting = false;
  // Bit i: kLazyPreludes[i] is compiled (the date classes, Reflection): each is compiled the
  // first time find_class/find_function is asked for one of its names (load_lazy_prelude).
  uint32_t lazy_preludes_loaded = 0;
  int exit_code = 0;
  uint32_t next_object_id = 1;
  // The numbers of objects the drop checks released (drops.cpp), the last released last: php
  // gives the number an object freed last to the next object it creates.
  std::vector<uint32_t> free_object_ids;
  uint32_t take_object_id() {
    if (free_object_ids.empty()) [[likely]]
      return next_object_id++;
    return reuse_object_id();
  }
  [[gnu::noinline]] uint32_t reuse_object_id();  // out of line: new_object stays inlined
  void release_object_id(Object* o);             // o is gone for the script: its number is free
  // trigger_error()'s message is being reported: printed as it is (the VM's own messages
  // print anonymous class names up to their NUL, see shown_name)
  bool script_message = false;
  std::vector<std::string> argv;
  double start_time = 0;

  // Output.
  void echo(std::string_view s) {
    if (!ob.empty()) {
      ob.back().append(s);
      return;
    }
    out.append(s);
    if (out.size() > (1u << 16)) flush_stdout();
  }
  // Writes pending output. flush() also ends the output buffers (script end, fatal errors,
  // exit: php flushes them then); flush_stdout() leaves them alone.
  void flush();
  void flush_stdout();
  std::vector<std::string> ob;  // ob_start() buffers, innermost last
  // per buffer: its ob_start() callback (null: none) and whether the callback ran yet
  gc::Root<Array> ob_handlers;
  std::vector<bool> ob_started;

  // Diagnostics.
  uint32_t current_line() const;
  void warning(std::string_view msg);
  void notice(std::string_view msg);
  void deprecated(std::string_view msg);
  // A diagnostic of level E_* (php's php_error_cb): the user error handler first, then the
  // display if error_reporting and @ allow it. A handler that throws leaves vm.exception set;
  // the interpreter picks it up before the next instruction.
  void report(int64_t level, std::string_view msg);
  // report() of a diagnostic about another place than the running code's (compile-time
  // warnings of the file compiled); E_COMPILE_WARNING (128) bypasses the user's handler.
  void report_at(int64_t level, std::string_view msg, const std::string& file, uint32_t line);
  [[noreturn]] void fatal(std::string_view msg);
  [[noreturn]] void fatal_at(std::string_view msg, uint32_t line);  // at a line of this file
  static constexpr uint32_t kUnknownLine = ~0u;  // fatal_at: php's "in Unknown on line 0"
  [[noreturn]] void fatal_exit();  // exit 255 after flushing (the message was handled)
  bool throw_error(std::string_view cls, std::string_view msg);
  bool throw_object(Object* ex);

  // Tables.
  Class* find_class(std::string_view name);  // case-insensitive, no autoload
  // find_class, else the spl_autoload_register callbacks are asked in order (false with
  // vm.exception set when one threw)
  Class* load_class(std::string_view name);
  gc::Root<Array> autoloaders;
  // `$o->magic++` / `$o->magic op= v`: lv_prop hands out a temporary slot holding __get's
  // result; the read-modify-write ops give the new value to __set (object, name, slot ref)
  gc::Root<Array> magic_rmw;
  Value* magic_slot = nullptr;
  // `$o->p++` / `$o->p op= v` on a typed property p (typed_props.h: begin_typed_rmw): the
  // operation modifies a copy (magic_slot points at typed_rmw_copy), finish_magic_rmw checks it
  // and stores it into the property's slot typed_rmw_slot. The copy needs no root: the old value
  // is still in the slot, the new one in the instruction's result register.
  const PropInfo* magic_prop = nullptr;
  Value* typed_rmw_slot = nullptr;
  Value typed_rmw_copy;
  // `$o->p = &$x` on a typed property p: its LvProp leaves the slot and p here for the AssignLv
  // right after it, which binds the reference (typed_refs.h: bind_typed_prop)
  Value* bind_slot = nullptr;
  const PropInfo* bind_prop = nullptr;
  // Typed references (typed_refs.h): the lists of typed properties references are bound to, in
  // binding order, named by a Ref's v.aux (0: the empty list), and the interning of the lists.
  std::vector<std::vector<const PropInfo*>> ref_sources{1};
  std::map<std::vector<const PropInfo*>, uint32_t> ref_source_ids;
  bool keep_ref_return = false;          // invoke(): hand a returned reference on (set by do_call)
  bool finish_magic_rmw(Value* slot);    // false if __set threw
  std::vector<std::string> autoloading;  // names being autoloaded (no recursion on them)
  Function* find_function(std::string_view name);
  bool declare_class(Class* cls);  // links it (parent, interfaces, traits) and registers it
  void register_native(std::string_view name, Native fn, uint64_t byref_mask = 0);
  Class* native_class(std::string_view name, Class* parent, uint32_t flags = 0);
  void native_method(Class* cls, std::string_view name, Native fn, uint32_t flags = 0);

  // Objects.
  Object* instantiate(Class* cls);
  // Runs the class's pending initializers (Class::pending_inits); false with the exception.
  bool init_class(Class* cls);
  Object* new_object(Class* cls, uint32_t nslots, ObjectExt ext = ObjectExt::None);
  uint32_t object_id(Object* o);  // spl_object_id(), numbering lazily made objects
  Class* closure_class_hint = nullptr;
  Value* prop_slot(Object* o, String* name, bool create);
  Value get_prop(Object* o, std::string_view name);
  void set_prop(Object* o, std::string_view name, const Value& v);

  // Calls.
  bool invoke(Function* fn, Value* args, uint32_t argc, Value* ret, Object* this_ = nullptr,
              Class* called = nullptr, Object* closure = nullptr);
  // invoke()'s common case, the callbacks of built-ins (call_value): a user function, not a
  // generator, taking argc by-value arguments (none by reference, none to a variadic
  // parameter, none beyond its parameters, at least its required ones), called without
  // named arguments. 1 done, 0 failed (the exception set), -1 does not apply (nothing done).
  int invoke_plain(Function* fn, const Value* args, uint32_t argc, Value* ret, Object* this_,
                   Class* called, Object* closure);
  bool call_value(const Value& callable, Value* args, uint32_t argc, Value* ret);
  // Resolves a callable value; false (without throwing) when it is not callable.
  bool resolve_callable(const Value& callable, Function** fn, Object** this_, Class** called,
                        Object** closure);
  // A callable naming a method its class does not have, taken by the class's __call (on the
  // callable's object, or on the calling $this when that is an instance of the class) or else
  // its __callStatic, as php does: the handler, its receiver (null for __callStatic), the
  // called class and the method name to pass it.
  bool magic_callable(const Value& callable, Function** handler, Object** this_, Class** called,
                      String** name);
  // The class a callable names: self, parent and static are the calling code's (null when
  // there is none).
  Class* callable_class(std::string_view name);
  void bind_calling_this(Class* cls, Function* fn, Object** this_, Class** called);
  bool call_method(Object* o, Function* m, Value* args, uint32_t argc, Value* ret) {
    return invoke(m, args, argc, ret, o, o->cls, nullptr);
  }

  // Conversions that may call user code (__toString) or throw.
  bool to_string(const Value& v, String** out);
  // skip_natives: leave out that many built-ins on top (debug_backtrace itself); options:
  // php's DEBUG_BACKTRACE_PROVIDE_OBJECT / DEBUG_BACKTRACE_IGNORE_ARGS
  static constexpr int kTraceObjects = 1, kTraceNoArgs = 2;
  Array* make_trace(uint32_t skip_natives = 0, int options = 0);
};

VM& vm();  // the VM of this run

// Compiles src/prelude_date.php once (DateTime, DateTimeImmutable, DateInterval, ...).
// PHP source compiled on first use: the classes and functions it declares (lower case, each
// list ending with ""). kLazyPreludes is generated by CMake (src/prelude.cpp.in).
struct LazyPrelude {
  std::string_view source;
  const std::string_view* classes;
  const std::string_view* functions;
};
inline constexpr uint32_t kLazyPreludeCount = 3;
extern const LazyPrelude kLazyPreludes[kLazyPreludeCount];
// Compiles and runs kLazyPreludes[i] unless it ran (running frames are left as they were).
void load_lazy_prelude(VM& vm, uint32_t i);

}  // namespace weft::php
