// Heap: construction, configuration and the public entry points.
#include "weft/gc/heap.h"

#include <pthread.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "heap_impl.h"
#include "weft/gc/stacks.h"

namespace weft::gc {

namespace {

[[noreturn]] void fatal(const char* message) {
  std::fprintf(stderr, "weft::gc: %s\n", message);
  std::abort();
}

// "64", "64k", "512M", "2g" -> bytes; returns `fallback` when unset or malformed.
size_t env_size(const char* name, size_t fallback) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  char* end = nullptr;
  unsigned long long value = std::strtoull(text, &end, 10);
  switch (*end) {
    case 'k':
    case 'K':
      value <<= 10;
      ++end;
      break;
    case 'm':
    case 'M':
      value <<= 20;
      ++end;
      break;
    case 'g':
    case 'G':
      value <<= 30;
      ++end;
      break;
    default:
      break;
  }
  if (end == text || *end != '\0') {
    std::fprintf(stderr, "weft::gc: ignoring %s=%s (expected a size such as 512M)\n", name, text);
    return fallback;
  }
  return size_t(value);
}

uintptr_t current_stack_top() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) fatal("cannot find the stack bounds");
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  return reinterpret_cast<uintptr_t>(addr) + size;
}

// Stores the callee-saved registers (which may hold the mutator's pointers) into `out`, in the
// calling function's frame. Caller-saved registers were spilled by the calls that led here.
__attribute__((always_inline)) inline void save_callee_saved_registers(uintptr_t* out) {
#if !defined(__x86_64__)
#error "weft::gc saves registers on x86-64 only"
#endif
  __asm__ volatile(
      "movq %%rbx, 0(%0)\n\t"
      "movq %%rbp, 8(%0)\n\t"
      "movq %%r12, 16(%0)\n\t"
      "movq %%r13, 24(%0)\n\t"
      "movq %%r14, 32(%0)\n\t"
      "movq %%r15, 40(%0)\n\t"
      :
      : "r"(out)
      : "memory");
}

void* jit_alloc_slow(TypeId type, size_t payload_bytes) {
  return Heap::current()->allocate(type, payload_bytes);
}

void* jit_raw_alloc_slow(TypeId type, size_t payload_bytes);

}  // namespace

HeapConfig HeapConfig::from_env() {
  HeapConfig config;
  config.heap_limit = env_size("WEFT_GC_LIMIT", config.heap_limit);
  config.nursery_bytes = env_size("WEFT_GC_NURSERY", config.nursery_bytes);
  config.reserve_bytes = env_size("WEFT_GC_RESERVE", config.reserve_bytes);
  config.generational = env_size("WEFT_GC_GENERATIONAL", config.generational ? 1 : 0) != 0;
  config.stress_interval = uint32_t(env_size("WEFT_GC_STRESS", config.stress_interval));
  config.print_stats = env_size("WEFT_GC_STATS", 0) != 0;
  config.print_census = env_size("WEFT_GC_CENSUS", 0) != 0;
  config.trace_roots = env_size("WEFT_GC_TRACE_ROOTS", 0) != 0;
  if (const char* evacuate = std::getenv("WEFT_GC_EVACUATE"); evacuate && *evacuate) {
    std::string mode = evacuate;
    if (mode == "0" || mode == "off")
      config.evacuate = Evacuation::Off;
    else if (mode == "1" || mode == "on")
      config.evacuate = Evacuation::On;
    else if (mode == "stress")
      config.evacuate = Evacuation::Stress;
    else
      std::fprintf(stderr, "weft::gc: ignoring WEFT_GC_EVACUATE=%s (expected 0, 1 or stress)\n",
                   evacuate);
  }
  return config;
}

void HeapConfig::allow_evacuation() {
  const char* evacuate = std::getenv("WEFT_GC_EVACUATE");
  if (evacuate == nullptr || *evacuate == '\0') this->evacuate = Evacuation::On;
}

Heap::Impl::Impl(Heap& owner, const HeapConfig& cfg) : heap(owner), config(cfg) {
  if (config.nursery_bytes < kBlockSize) config.nursery_bytes = kBlockSize;
  if (!space.reserve(config.reserve_bytes)) fatal("cannot reserve address space for the heap");
  weak_ref_type = type_id_of<WeakRef>();
  major_trigger_ = config.min_major_heap;
  stack_top = current_stack_top();
  current_ = this;
  contract = JitContract{
      .alloc_cursor = &heap.alloc_.cursor,
      .alloc_limit = &heap.alloc_.limit,
      .max_inline_total = kMaxSmallSize,
      .header_size = kHeaderSize,
      .header_type_shift = kHeaderTypeShift,
      .header_size_shift = kHeaderSizeShift,
      .alloc_slow = &jit_alloc_slow,
      .card_base = space.base,
      .card_span = space.span,
      .cards = space.cards,
      .card_shift = kCardShift,
      .card_dirty = 1,
  };
  raw_contract = {&raw_alloc.cursor, &raw_alloc.limit, &jit_raw_alloc_slow};
}

Heap::Heap(const HeapConfig& config) {
  if (current_ != nullptr) fatal("only one Heap may exist at a time");
  impl_ = std::make_unique<Impl>(*this, config);
  current_ = this;
  detail::g_barrier = {impl_->space.base, impl_->space.span, impl_->space.cards};
}

Heap::~Heap() {
  if (impl_->config.print_stats) print_stats(stderr);
  detail::g_barrier = {};
  current_ = nullptr;
  Impl::current_ = nullptr;
}

namespace {

// Zeroes the stack below the caller's frame, where the allocation slow path just ran (its
// frames reach about 600 bytes below the boundary, collections included: marking is iterative).
// What it left there (hole and object addresses, saved registers) would otherwise stay until
// overwritten, and compiled code's frames, which never write the spill slots a trace does not
// use, lie over that memory when the recursion goes deeper: every later collection would find
// those stale addresses in its conservative stack scan and walk the young blocks they point
// into (toy fib(20..25): 1.9M of 6.6M instructions in mark_conservative).
// A slow path that found a hole without collecting stays within the top `kShallowBytes`; only
// those are cleared then (clearing 2 KiB at each of toy fib's ~37K holes was 2% of its time).
// Not instrumented: AddressSanitizer's redzones around the array would stay uncleared.
constexpr size_t kShallowBytes = 512;
__attribute__((noinline, no_sanitize("address"))) void clear_stack_below(bool collected) {
  char below[2048];
  size_t bytes = collected ? sizeof below : kShallowBytes;
  std::memset(below + sizeof below - bytes, 0, bytes);
  asm volatile("" : : "r"(below) : "memory");  // the stores are the point: keep them
}

uint64_t collections(const Heap::Impl& impl) {
  return impl.stats.minor_collections + impl.stats.major_collections;
}

// The slow path proper, inside the mutator/collector boundary (its own frame holds the saved
// registers, so that clearing below its caller covers them too).
__attribute__((noinline)) void* allocate_at_boundary(Heap::Impl& impl, TypeId type,
                                                     size_t payload_bytes,
                                                     Heap::Impl::AllocState& at) {
  uintptr_t registers[Heap::Impl::kSavedRegisters];
  save_callee_saved_registers(registers);
  uintptr_t outer = impl.enter_boundary(registers);
  void* result = impl.allocate_slow(type, payload_bytes, at);
  impl.leave_boundary(outer);
  return result;
}

// The JitContract's raw_alloc_slow: compiled code's allocation point, not zeroed.
__attribute__((noinline)) void* jit_raw_alloc_slow(TypeId type, size_t payload_bytes) {
  Heap::Impl& impl = *Heap::Impl::current();
  uint64_t before = collections(impl);
  void* result = allocate_at_boundary(impl, type, payload_bytes, impl.raw_point);
  clear_stack_below(collections(impl) != before);
  return result;
}

}  // namespace

__attribute__((noinline)) void* Heap::allocate_slow(TypeId type, size_t payload_bytes) {
  uint64_t before = collections(*impl_);
  void* result = allocate_at_boundary(*impl_, type, payload_bytes, impl_->cpp_point);
  clear_stack_below(collections(*impl_) != before);
  return result;
}

__attribute__((noinline)) void Heap::collect(CollectionKind kind) {
  uintptr_t registers[Impl::kSavedRegisters];
  save_callee_saved_registers(registers);
  uintptr_t outer = impl_->enter_boundary(registers);
  impl_->collect(kind);
  impl_->leave_boundary(outer);
}
size_t Heap::run_finalizers() { return impl_->run_finalizers(); }
bool Heap::has_pending_finalizers() const { return impl_->has_pending_finalizers(); }
void Heap::set_heap_limit(size_t bytes) { impl_->config.heap_limit = bytes; }

uintptr_t switch_stack(uintptr_t top) {
  return std::exchange(Heap::Impl::current()->stack_top, top);
}
size_t Heap::heap_limit() const { return impl_->config.heap_limit; }
const HeapConfig& Heap::config() const { return impl_->config; }
const Stats& Heap::stats() const { return impl_->stats; }
void Heap::print_stats(FILE* out) const { impl_->stats.print(out); }
const JitContract& Heap::jit_contract() const { return impl_->contract; }
const JitRawAllocation& jit_raw_allocation() { return Heap::Impl::current()->raw_contract; }
bool Heap::verify(std::string* error) { return impl_->verify(error); }

void* Heap::find_object(const void* p) {
  impl_->walk_new_objects();  // objects allocated since the last collection get start bits
  uintptr_t header = impl_->find_header(reinterpret_cast<uintptr_t>(p));
  return header ? reinterpret_cast<void*>(header + kHeaderSize) : nullptr;
}

void* Heap::allocate_registered(TypeId type, size_t payload_bytes) {
  void* payload = allocate(type, payload_bytes);
  if (payload) impl_->register_object(reinterpret_cast<uintptr_t>(payload) - kHeaderSize, type);
  return payload;
}

void Heap::pin_containing(const void* p) {
  if (current_ != nullptr && current_->impl_->config.evacuate != Evacuation::Off)
    current_->impl_->pin_requests_.push_back(reinterpret_cast<uintptr_t>(p));
}

bool Heap::is_old(const void* payload) const {
  uintptr_t header = reinterpret_cast<uintptr_t>(payload) - kHeaderSize;
  return header - impl_->space.base < impl_->space.span && impl_->space.is_marked(header);
}

size_t Heap::object_size(const void* payload) const {
  return impl_->size_at(reinterpret_cast<uintptr_t>(payload) - kHeaderSize);
}

}  // namespace weft::gc

extern "C" void weft_gc_write_barrier(const void* slot) { weft::gc::write_barrier(slot); }
