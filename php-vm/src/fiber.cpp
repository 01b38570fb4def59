// Fibers: php 8.1's Fiber and FiberError classes.
//
// A PHP call is a native call of run_frame(), so a fiber that suspends from any depth must leave
// its whole native stack as it is: each fiber runs on a native stack of its own (reserved with
// mmap, committed as it is touched, freed when the fiber ends), and start/resume/throw/suspend
// switch stacks with swapcontext. The collector scans the running stack and is told about the
// others (weft/gc/stacks.h): a suspended stack holds the fiber's frames
// and its saved registers. Frames of calls made inside a fiber go to the heap, not on the VM's
// frame stack (which is one LIFO region for the thread's own stack), and the running built-ins
// (VM::natives) a fiber leaves behind are put aside until it is resumed. While a fiber runs, its
// outermost frame is linked to the frame that started or resumed it, so stack traces read as
// php's: the fiber's frames, `[internal function]: {closure}()`, `Fiber->resume()`, the
// resumer's frames.
//
// Fiber state lives beside the object (a table keyed by the object, with a weak reference to
// tell a collected object from a new one at the same address).
#include "fiber.h"

#include <pthread.h>
#include <sanitizer/common_interface_defs.h>
#include <sys/mman.h>
#include <ucontext.h>

#include <memory>
#include <unordered_map>
#include <utility>

#include "builtins.h"
#include "weft/gc/stacks.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WEFT_PHP_FIBER_ASAN 1
#endif
#endif

namespace weft::php {

namespace {

constexpr size_t kStackBytes = size_t(32) << 20;  // reserved, not committed
constexpr size_t kGuardBytes = size_t(64) << 10;
// As for the thread's stack (vm.cpp): room for the deepest native work one PHP call can start.
constexpr size_t kHeadroom = size_t(4) << 20;

// One native stack: while it is not running, its saved registers and where its live part
// begins (both in switch_sides' frame on that stack).
struct Side {
  ucontext_t* context = nullptr;
  void* const* low = nullptr;
  uintptr_t top = 0;             // highest address (exclusive)
  const void* bottom = nullptr;  // lowest address and size, for AddressSanitizer
  size_t size = 0;
};

size_t g_parked = 0;  // suspended fibers whose built-ins are not all fiber switches

enum Slot : uint32_t { kCallable, kTransfer, kReturn, kThrown, kSlots };

struct FiberState {
  enum Status : uint8_t { Init, Running, Suspended, Terminated };
  enum End : uint8_t { NotEnded, Returned, Threw, Exited };
  Status status = Init;
  End end = NotEnded;
  bool throw_in = false;  // Fiber::throw: suspend() throws values[kThrown]
  bool closing = false;   // destroyed while suspended: unwinding (no suspend any more)
  bool parked = false;    // suspended inside a built-in other than the switches (g_parked)
  gc::Root<gc::WeakRef> object;
  gc::Root<Array> values;  // Slot
  char* stack = nullptr;   // the mapping, guard included
  ucontext_t start;
  Side side;
  // Set by each start/resume/throw: what to go back to and restore at the next suspend.
  Side* resumer = nullptr;
  FiberState* previous = nullptr;  // the fiber that was running (null: none)
  Frame* resumer_frame = nullptr;
  size_t natives_base = 0;
  char* resumer_stack_end = nullptr;
  char* resumer_floor = nullptr;
  bool resumer_frames_in_heap = false;
  int resumer_silence = 0;
  int silence = 0;  // the fiber's own depth of @ operators
  Value* start_args = nullptr;
  uint32_t start_argc = 0;
  // While suspended.
  Frame* innermost = nullptr;
  Frame* outermost = nullptr;
  std::vector<NativeCall> natives;

  Value get(Slot s) const { return *values->find(int64_t(s)); }
  void put(Slot s, const Value& v) { values->set(Key::integer(s), v); }
  void release_stack() {
    if (!stack) return;
    gc::remove_stack(reinterpret_cast<void* const*>(side.top));
    ASAN_UNPOISON_MEMORY_REGION(stack + kGuardBytes, kStackBytes - kGuardBytes);
    ::munmap(stack, kStackBytes);
    stack = nullptr;
  }
  ~FiberState() {
    g_parked -= parked;
    release_stack();
  }
};

Class* g_fiber = nullptr;
// What unwinds a fiber destroyed while suspended: thrown where it suspended, it runs the finally
// blocks and releases the frames' variables, and no catch matches it (it is no Throwable).
Class* g_unwind = nullptr;
std::unordered_map<const Object*, std::unique_ptr<FiberState>> g_fibers;
FiberState* g_current = nullptr;  // the running fiber (null: the thread's own stack)
Side g_thread_side;
Side* g_running_side = &g_thread_side;
FiberState* g_entering = nullptr;  // fiber_entry's argument
int g_switch_blocks = 0;           // FiberSwitchBlock

FiberState* state_of(const Object* o) {
  auto it = g_fibers.find(o);
  if (it == g_fibers.end()) return nullptr;
  if (it->second->object->get() != o) {  // that object was collected; `o` is a new one
    g_fibers.erase(it);
    return nullptr;
  }
  return it->second.get();
}

// Leaves `from` for `to`. The registers are saved in this frame, on the stack left behind,
// which the collector scans from here up while it is not running. `finished`: `from` is never
// resumed.
__attribute__((noinline)) void switch_sides(Side& from, Side& to, bool finished) {
  ucontext_t here;
  from.context = &here;
  from.low = reinterpret_cast<void* const*>(&here);
  from.top = gc::switch_stack(to.top);
  gc::add_stack(&from.low, reinterpret_cast<void* const*>(from.top));
  g_running_side = &to;
#ifdef WEFT_PHP_FIBER_ASAN
  void* fake_stack = nullptr;
  __sanitizer_start_switch_fiber(finished ? nullptr : &fake_stack, to.bottom, to.size);
#else
  (void)finished;
#endif
  swapcontext(&here, to.context);
#ifdef WEFT_PHP_FIBER_ASAN
  __sanitizer_finish_switch_fiber(fake_stack, nullptr, nullptr);
#endif
  gc::remove_stack(reinterpret_cast<void* const*>(from.top));
}

// The fiber gives control back to its resumer (suspended, or finished for good): its frames
// and running built-ins are put aside and the resumer's view of the VM comes back.
void leave(VM& vm, FiberState* st, bool finished) {
  if (!finished) {
    st->innermost = st->outermost = nullptr;
    for (Frame* f = vm.frame; f && f != st->resumer_frame; f = f->prev) {
      if (!st->innermost) st->innermost = f;
      st->outermost = f;
    }
    st->natives.assign(vm.natives.begin() + ptrdiff_t(st->natives_base), vm.natives.end());
    st->parked = !only_fiber_switches(st->natives);
    g_parked += st->parked;
  }
  vm.natives.resize(st->natives_base);
  st->silence = vm.silence;
  vm.silence = st->resumer_silence;
  vm.frame = st->resumer_frame;
  vm.stack_end = st->resumer_stack_end;
  vm.native_stack_floor = st->resumer_floor;
  vm.frames_in_heap = st->resumer_frames_in_heap;
  g_current = st->previous;
  switch_sides(st->side, *st->resumer, finished);
}

void fiber_entry() {
#ifdef WEFT_PHP_FIBER_ASAN
  __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
#endif
  FiberState* st = g_entering;
  VM& vm = weft::php::vm();
  Value ret;
  bool ok = vm.call_value(st->get(kCallable), st->start_args, st->start_argc, &ret);
  st->start_args = nullptr;
  if (ok) {
    st->put(kReturn, deref(ret));
    st->end = FiberState::Returned;
  } else {
    st->end = vm.exiting ? FiberState::Exited : FiberState::Threw;
  }
  st->status = FiberState::Terminated;
  leave(vm, st, true);
  __builtin_trap();  // a finished fiber is never resumed
}

bool fiber_error(VM& vm, std::string_view msg) { return vm.throw_error("FiberError", msg); }

// Runs the fiber until it suspends or ends; *ret: the value it suspended with (null when it
// ended). False when it ended with an exception (pending) or exit().
bool enter(VM& vm, FiberState* st, Value* ret) {
  if (g_switch_blocks) return fiber_error(vm, "Cannot switch fibers in current execution context");
  st->resumer = g_running_side;
  st->previous = g_current;
  st->resumer_frame = vm.frame;
  st->natives_base = vm.natives.size();
  st->resumer_stack_end = vm.stack_end;
  st->resumer_floor = vm.native_stack_floor;
  st->resumer_frames_in_heap = vm.frames_in_heap;
  st->resumer_silence = vm.silence;
  vm.silence = st->silence;
  if (st->status == FiberState::Suspended) {
    if (st->outermost) st->outermost->prev = vm.frame;
    if (st->innermost) vm.frame = st->innermost;
    vm.natives.insert(vm.natives.end(), st->natives.begin(), st->natives.end());
    st->natives.clear();
    g_parked -= st->parked;
    st->parked = false;
  } else {
    g_entering = st;
  }
  vm.stack_end = vm.stack_top;  // every frame made in the fiber goes to the heap
  vm.frames_in_heap = true;
  vm.native_stack_floor = st->stack + kGuardBytes + kHeadroom;
  st->status = FiberState::Running;
  g_current = st;
  switch_sides(*g_running_side, st->side, false);
  if (st->status == FiberState::Terminated) {
    st->release_stack();
    *ret = Value::null();
    return st->end == FiberState::Returned;
  }
  *ret = st->get(kTransfer);
  st->put(kTransfer, Value::null());
  return true;
}

void init_thread_side() {
  if (g_thread_side.bottom) return;
  pthread_attr_t attr;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
  }
  g_thread_side.bottom = low;
  g_thread_side.size = size;
}

WEFT_PHP_NATIVE(fiber_construct) {
  if (!check_arity(vm, "Fiber::__construct", argc, 1, 1)) return false;
  if (state_of(self)) return fiber_error(vm, "Cannot call constructor twice");
  if (!check_callback(vm, "Fiber::__construct", args[0])) return false;
  auto st = std::make_unique<FiberState>();
  gc::WeakRef* weak = gc::Heap::current()->make_weak_ref(self);
  if (!weak) out_of_memory(sizeof(gc::WeakRef));
  st->object = weak;
  Array* values = Array::make();
  for (uint32_t i = 0; i < kSlots; ++i) values->append(Value::null());
  st->values = values;
  Value callable = deref(args[0]);
  mark_copy(callable);
  st->put(kCallable, callable);
  g_fibers[self] = std::move(st);
  return true;
}

FiberState* constructed(VM& vm, Object* self) {
  FiberState* st = state_of(self);
  if (!st) vm.throw_error("Error", "Object of type Fiber has not been constructed");
  return st;
}

WEFT_PHP_NATIVE(fiber_start) {
  FiberState* st = constructed(vm, self);
  if (!st) return false;
  if (st->status != FiberState::Init)
    return fiber_error(vm, "Cannot start a fiber that has already been started");
  void* mem = ::mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem == MAP_FAILED) return fiber_error(vm, "Memory allocation failed for the fiber's stack");
  st->stack = static_cast<char*>(mem);
  ::mprotect(st->stack, kGuardBytes, PROT_NONE);
  init_thread_side();
  getcontext(&st->start);
  st->start.uc_stack.ss_sp = st->stack + kGuardBytes;
  st->start.uc_stack.ss_size = kStackBytes - kGuardBytes;
  st->start.uc_link = nullptr;
  makecontext(&st->start, fiber_entry, 0);
  st->side.context = &st->start;
  st->side.top = reinterpret_cast<uintptr_t>(st->stack + kStackBytes);
  st->side.bottom = st->stack + kGuardBytes;
  st->side.size = kStackBytes - kGuardBytes;
  st->start_args = args;
  st->start_argc = argc;
  return enter(vm, st, ret);
}

WEFT_PHP_NATIVE(fiber_resume) {
  FiberState* st = constructed(vm, self);
  if (!st) return false;
  if (!check_arity(vm, "Fiber::resume", argc, 0, 1)) return false;
  if (st->status != FiberState::Suspended)
    return fiber_error(vm, "Cannot resume a fiber that is not suspended");
  Value v = arg_at(args, argc, 0);
  mark_copy(v);
  st->put(kTransfer, v);
  return enter(vm, st, ret);
}

WEFT_PHP_NATIVE(fiber_throw) {
  FiberState* st = constructed(vm, self);
  if (!st) return false;
  if (!check_arity(vm, "Fiber::throw", argc, 1, 1)) return false;
  const Value& e = arg_at(args, argc, 0);
  if (e.tag != Tag::Obj || !(e.o->cls->flags & ClsThrowable))
    return vm.throw_error("TypeError",
                          "Fiber::throw(): Argument #1 ($exception) must be of type "
                          "Throwable, " +
                              std::string(type_name(e)) + " given");
  if (st->status != FiberState::Suspended)
    return fiber_error(vm, "Cannot resume a fiber that is not suspended");
  st->put(kThrown, e);
  st->throw_in = true;
  return enter(vm, st, ret);
}

WEFT_PHP_NATIVE(fiber_suspend) {
  if (!check_arity(vm, "Fiber::suspend", argc, 0, 1)) return false;
  FiberState* st = g_current;
  if (!st) return fiber_error(vm, "Cannot suspend outside of a fiber");
  if (st->closing) return fiber_error(vm, "Cannot suspend in a force-closed fiber");
  if (g_switch_blocks) return fiber_error(vm, "Cannot switch fibers in current execution context");
  Value v = arg_at(args, argc, 0);
  mark_copy(v);
  st->put(kTransfer, v);
  st->status = FiberState::Suspended;
  leave(vm, st, false);
  // resumed (enter() restored this fiber's frames and built-ins)
  if (st->throw_in) {
    st->throw_in = false;
    Value e = st->get(kThrown);
    st->put(kThrown, Value::null());
    return vm.throw_object(e.o);
  }
  *ret = st->get(kTransfer);
  st->put(kTransfer, Value::null());
  return true;
}

// php destroys a fiber suspended when its object goes: the finally blocks run where it waits,
// its variables are released, and then it is gone (its destructor, for the drop checks and the
// shutdown: see Class::m_destruct).
WEFT_PHP_NATIVE(fiber_destroy) {
  FiberState* st = state_of(self);
  if (!st || st->status != FiberState::Suspended) return true;
  st->closing = true;
  st->throw_in = true;
  Object* unwind = vm.instantiate(g_unwind);
  vm.release_object_id(unwind);  // php frees it at once and gives its number to the next object
  unwind->id = 0;
  st->put(kThrown, Value::obj(unwind));
  vm.natives.back().hidden = true;  // php shows no frame for the destruction
  int blocks = std::exchange(g_switch_blocks, 0);
  Value r;
  bool ok = enter(vm, st, &r);
  g_switch_blocks = blocks;
  if (ok) return true;
  if (vm.exception && vm.exception->cls == g_unwind) vm.exception = nullptr;
  return !vm.exception && !vm.exiting;
}

WEFT_PHP_NATIVE(fiber_get_return) {
  FiberState* st = constructed(vm, self);
  if (!st) return false;
  const char* why = nullptr;
  switch (st->status) {
    case FiberState::Init:
      why = "The fiber has not been started";
      break;
    case FiberState::Terminated:
      if (st->end == FiberState::Threw) why = "The fiber threw an exception";
      if (st->end == FiberState::Exited) why = "The fiber exited with a fatal error";
      break;
    default:
      why = "The fiber has not returned";
  }
  if (why) return fiber_error(vm, std::string("Cannot get fiber return value: ") + why);
  *ret = st->get(kReturn);
  mark_copy(*ret);
  return true;
}

template <FiberState::Status kStatus, bool kNot = false>
bool fiber_is(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  FiberState* st = state_of(self);
  FiberState::Status s = st ? st->status : FiberState::Init;
  (void)vm;
  *ret = Value::boolean((s == kStatus) != kNot);
  return true;
}

WEFT_PHP_NATIVE(fiber_get_current) {
  *ret = g_current ? Value::obj(g_current->object->get_as<Object>()) : Value::null();
  return true;
}

WEFT_PHP_NATIVE(fiber_error_construct) {
  return vm.throw_error("Error",
                        "The \"FiberError\" class is reserved for internal use and cannot be "
                        "manually instantiated");
}

}  // namespace

Class* fiber_class() { return g_fiber; }

FiberSwitchBlock::FiberSwitchBlock() { ++g_switch_blocks; }
FiberSwitchBlock::~FiberSwitchBlock() { --g_switch_blocks; }

bool only_fiber_switches(const std::vector<NativeCall>& natives) {
  for (const NativeCall& n : natives)
    if (n.fn->scope != g_fiber) return false;
  return true;
}

bool fibers_park_natives() { return g_parked != 0; }

bool fiber_holdings(Object* o, FiberHoldings* out) {
  FiberState* st = state_of(o);
  if (!st) return false;
  out->values = st->values.get();
  bool suspended = st->status == FiberState::Suspended;
  out->innermost = suspended ? st->innermost : nullptr;
  out->outermost = suspended ? st->outermost : nullptr;
  out->natives = &st->natives;
  return true;
}

void register_fiber_classes(VM& vm) {
  g_fiber = vm.native_class("Fiber", nullptr, ClsFinal);
  vm.native_method(g_fiber, "__construct", fiber_construct);
  vm.native_method(g_fiber, "start", fiber_start);
  vm.native_method(g_fiber, "resume", fiber_resume);
  vm.native_method(g_fiber, "throw", fiber_throw);
  vm.native_method(g_fiber, "getReturn", fiber_get_return);
  vm.native_method(g_fiber, "isStarted", fiber_is<FiberState::Init, true>);
  vm.native_method(g_fiber, "isSuspended", fiber_is<FiberState::Suspended>);
  vm.native_method(g_fiber, "isRunning", fiber_is<FiberState::Running>);
  vm.native_method(g_fiber, "isTerminated", fiber_is<FiberState::Terminated>);
  vm.native_method(g_fiber, "suspend", fiber_suspend, FnStatic);
  vm.native_method(g_fiber, "getCurrent", fiber_get_current, FnStatic);
  Function* destroy = new Function();
  destroy->name = destroy->lname = "__destruct";
  destroy->native = fiber_destroy;
  destroy->scope = g_fiber;
  g_fiber->m_destruct = destroy;  // not a method PHP code sees
  // Not a class PHP code can name.
  g_unwind = vm.native_class("FiberUnwind", nullptr, ClsFinal | ClsThrowable);
  vm.classes.erase(g_unwind->lname);
  vm.class_order.pop_back();
  Class* error = vm.native_class("FiberError", vm.find_class("Error"), ClsFinal);
  vm.native_method(error, "__construct", fiber_error_construct);
}

}  // namespace weft::php
