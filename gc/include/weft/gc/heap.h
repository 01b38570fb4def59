// weft::gc::Heap: a generational, mark-region collector with conservative stack roots and
// precise heap tracing, non-moving unless the heap is configured to evacuate. See docs/gc.md.
//
// Threading: one mutator thread. The heap must be created, used and destroyed on one thread;
// only that thread's stack is scanned. At most one Heap exists at a time (the write barrier
// and the JIT contract refer to it through process-wide state).
//
// Objects are never moved unless HeapConfig::evacuate is on. Then a major collection may move an
// object reached only through traced fields (Tracer) and update those fields; objects referenced
// from the native stack, registers or explicit roots, pinned ones (Heap::pin) and instances of
// pinned types (TypeInfo::pinned) stay where they are. See docs/gc.md, "Moving".
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "weft/gc/field.h"
#include "weft/gc/jit_contract.h"
#include "weft/gc/layout.h"
#include "weft/gc/roots.h"
#include "weft/gc/stats.h"
#include "weft/gc/tracer.h"
#include "weft/gc/types.h"
#include "weft/gc/weak_ref.h"

#ifdef WEFT_CODEGEN
// The marker weft-codegen recognizes (only declared when compiling for it): a new object of the
// type whose id `type` points to, with `payload_bytes` of payload.
extern "C" void* weft_gc_new(const uint32_t* type, size_t payload_bytes);
#endif

namespace weft::gc {

// Opportunistic evacuation at major collections (docs/gc.md, "Moving").
enum class Evacuation : uint8_t {
  Off,     // objects never move
  On,      // the sparsest blocks are evacuated into empty ones
  Stress,  // every block is a candidate at every major collection (tests)
};

struct HeapConfig {
  size_t reserve_bytes = size_t{64} << 30;   // address space for small and large objects
  size_t heap_limit = 0;                     // 0: none; else allocation past it returns null
  size_t nursery_bytes = size_t{2} << 20;    // allocation between minor collections
  size_t min_major_heap = size_t{16} << 20;  // no major collection below this heap size
  double growth_factor = 2.0;                // next major at in-use-after-major * factor
  // Instead: next major after the heap grows by (factor - 1) * the live bytes beyond what it
  // holds after the major. In a fragmented heap (live objects scattered over partly free
  // blocks) that is much less space than factor * in-use; the free lines of those blocks are
  // allocated into first, so there is still at least (factor - 1) * live of allocation between
  // two majors.
  bool growth_from_live = false;
  bool generational = true;
  uint32_t stress_interval = 0;      // collect every N allocations (tests); 0: off
  bool deferred_finalizers = false;  // true: finalizers wait for run_finalizers()
  bool print_stats = false;          // print Stats to stderr when the heap is destroyed
  bool print_census = false;         // print the live objects by type after each major
  bool trace_roots = false;          // print each conservative root that hits an object
  Evacuation evacuate = Evacuation::Off;
  // At most this fraction of the bytes in use is copied by one major collection.
  double evacuation_budget = 0.25;

  // Defaults, overridden by WEFT_GC_LIMIT, WEFT_GC_NURSERY (sizes with k/m/g suffixes),
  // WEFT_GC_GENERATIONAL (0/1), WEFT_GC_STRESS (N), WEFT_GC_STATS (1), WEFT_GC_CENSUS (1) and
  // WEFT_GC_TRACE_ROOTS (1: explains why objects stay alive), WEFT_GC_EVACUATE (0, 1, stress).
  static HeapConfig from_env();
  // For a VM whose GC pointers are audited (docs/gc.md, "Moving"): evacuate, unless
  // WEFT_GC_EVACUATE chose otherwise.
  void allow_evacuation();
};

enum class CollectionKind { Minor, Major };

class Heap {
 public:
  explicit Heap(const HeapConfig& config = HeapConfig::from_env());
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // The live heap, or null.
  static Heap* current() { return current_; }

  // Zeroed memory for an object of `type` with `payload_bytes` of payload, or null when the
  // heap limit (or the address space) is exhausted even after a full collection. May collect.
  void* allocate(TypeId type, size_t payload_bytes) {
    uintptr_t obj = alloc_.cursor;
    size_t total = total_size(payload_bytes);
    if (payload_bytes <= kMaxSmallPayload && total <= alloc_.limit - obj) [[likely]] {
      alloc_.cursor = obj + total;
      *reinterpret_cast<uint64_t*>(obj) = make_header(type, total);
      return reinterpret_cast<void*>(obj + kHeaderSize);
    }
    return allocate_slow(type, payload_bytes);
  }

  // A zeroed fixed-size T (no constructor runs; the caller writes the fields), or null when out
  // of memory. T must not need allocate_registered() (no finalizer, not a WeakRef). Traced code
  // allocates this way: weft-codegen turns the call into the jitcode `new_` of T, an allocation
  // the JIT's optimizer can remove (see codegen/README.md).
  template <class T>
  T* allocate_fixed() {
    static_assert(std::is_trivially_destructible_v<T> && !std::is_same_v<T, WeakRef> &&
                  !requires(T & t) { t.gc_finalize(); });
#ifdef WEFT_CODEGEN
    return static_cast<T*>(weft_gc_new(&type_id_v<T>, sizeof(T)));
#else
    return static_cast<T*>(allocate(type_id_v<T>, sizeof(T)));
#endif
  }

  // Like allocate(), for objects the collector must know individually: instances of types with
  // a finalizer, and WeakRefs. make<T>() chooses this by itself; code that allocates such types
  // by TypeId (or from JIT-compiled code) must call it, or the finalizer never runs.
  void* allocate_registered(TypeId type, size_t payload_bytes);

  // Allocates and constructs a T (see describe_type() for what T may declare). Null when out
  // of memory. Destructors never run: put cleanup in gc_finalize().
  template <class T, class... Args>
  T* make(Args&&... args) {
    return make_with_tail<T>(0, std::forward<Args>(args)...);
  }
  // Same, with `tail_bytes` of zeroed space after the T (variable-size objects).
  template <class T, class... Args>
  T* make_with_tail(size_t tail_bytes, Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "GC objects never run destructors");
    if (tail_bytes > SIZE_MAX / 2) return nullptr;
    constexpr bool registered = std::is_same_v<T, WeakRef> || requires(T & t) { t.gc_finalize(); };
    void* p = registered ? allocate_registered(type_id_of<T>(), sizeof(T) + tail_bytes)
                         : allocate(type_id_of<T>(), sizeof(T) + tail_bytes);
    return p ? new (p) T(std::forward<Args>(args)...) : nullptr;
  }

  WeakRef* make_weak_ref(void* target) { return make<WeakRef>(target); }

  // Collects now. Finalizers of objects found dead run before this returns unless deferred.
  void collect(CollectionKind kind = CollectionKind::Major);

  // Runs finalizers that are pending; returns how many ran. Safe to call at any point where
  // arbitrary code may run (the VMs call it from their interpreter loop).
  size_t run_finalizers();
  bool has_pending_finalizers() const;

  void set_heap_limit(size_t bytes);
  size_t heap_limit() const;
  const HeapConfig& config() const;

  const Stats& stats() const;
  void print_stats(FILE* out) const;

  const JitContract& jit_contract() const;

  // Walks the whole heap and checks its invariants: headers, sizes, that every traced pointer
  // points at a live object, and that no old object points at a young one through a clean card.
  // Returns false with a description in `error`.
  bool verify(std::string* error = nullptr);

  // The object whose payload is `payload` never moves from now on (its address was observed: an
  // identity hash, a table keyed by address, a constant in machine code). A pointer outside the
  // heap is ignored. Cheap: one header bit.
  static void pin(const void* payload) {
    uintptr_t off = reinterpret_cast<uintptr_t>(payload) - detail::g_barrier.base;
    if (off < detail::g_barrier.span) header_of(payload) |= kHeaderPinnedBit;
  }
  static bool is_pinned(const void* payload) { return header_of(payload) & kHeaderPinnedBit; }
  // The same for the object containing address `p`, if there is one, from the next collection
  // on: for addresses that may point inside an object or outside the heap, such as constants
  // of JIT traces. Cheap (the address is looked up by that collection); no-op without a heap
  // or when the heap never moves objects.
  static void pin_containing(const void* p);

  // Introspection (tests, debugging).
  // The payload of the live object containing address `p`, or null.
  void* find_object(const void* p);
  // Whether the object survived a collection since it was allocated (is in the old generation).
  bool is_old(const void* payload) const;
  // Bytes the object occupies, header included.
  size_t object_size(const void* payload) const;

  class Impl;  // the collector proper (gc/src/)

 private:
  struct AllocPoint {
    uintptr_t cursor = 0;
    uintptr_t limit = 0;
  };
  void* allocate_slow(TypeId type, size_t payload_bytes);

  AllocPoint alloc_;  // first member: the JIT contract points into it
  std::unique_ptr<Impl> impl_;
  static inline Heap* current_ = nullptr;
};

}  // namespace weft::gc
