// Helpers for collector tests. A conservative collector keeps whatever a stale stack slot or
// register points to, so tests that expect an object to die create it in a non-inlined helper,
// keep only a weak reference or a disguised address, and wipe the dead part of the stack.
#pragma once

#include <cstdint>
#include <cstring>

#include "weft/gc/gc.h"

namespace gc_test {

using namespace weft::gc;

// A test object: an id, two GC pointers and an optional tail of bytes.
struct Node {
  static constexpr const char* gc_name = "test.Node";
  uint64_t id = 0;
  Field<Node> left;
  Field<Node> right;
  uint32_t tail_bytes = 0;
  void gc_trace(Tracer& t) const {
    t(left);
    t(right);
  }
  size_t gc_size() const { return sizeof(Node) + tail_bytes; }
  uint8_t* tail() { return reinterpret_cast<uint8_t*>(this + 1); }
};

// A variable-size array of GC pointers.
template <class T>
struct RefArray {
  static constexpr const char* gc_name = "test.RefArray";
  uint64_t count = 0;  // 8 bytes: the slots that follow must be pointer-aligned
  Field<T>* slots() { return reinterpret_cast<Field<T>*>(this + 1); }
  const Field<T>* slots() const { return reinterpret_cast<const Field<T>*>(this + 1); }
  Field<T>& at(uint32_t i) { return slots()[i]; }
  void gc_trace(Tracer& t) const {
    for (uint32_t i = 0; i < count; ++i) t(slots()[i]);
  }
  size_t gc_size() const { return sizeof(RefArray) + count * sizeof(Field<T>); }
  static RefArray* make(Heap& heap, uint32_t count) {
    RefArray* a = heap.make_with_tail<RefArray>(count * sizeof(Field<T>));
    if (a) a->count = count;
    return a;
  }
};

// An object whose address is hidden from the conservative scanner.
inline uintptr_t disguise(const void* p) {
  return reinterpret_cast<uintptr_t>(p) ^ 0x5a5a5a5a5a5a5a5aULL;
}
inline void* undisguise(uintptr_t d) { return reinterpret_cast<void*>(d ^ 0x5a5a5a5a5a5a5a5aULL); }

// Zeroes 64 KiB of stack below the caller. Not instrumented: AddressSanitizer's redzones
// would otherwise keep stale words that a plain memset does not reach.
__attribute__((noinline, no_sanitize("address"))) inline void clobber_stack() {
  volatile char buffer[64 * 1024];
  for (size_t i = 0; i < sizeof buffer; ++i) buffer[i] = 0;
}

// Whether a weak reference's target is alive. Out of line, so that the target's address does not
// linger in the caller's frame (as it would in a test assertion's temporaries).
__attribute__((noinline)) inline bool is_alive(const WeakRef* weak) {
  return weak->get() != nullptr;
}

// A chain of `length` nodes through `left` with ids first_id, first_id+1, ...; returns the
// head. Out of line (gc_test_util.cpp) so that no test inlines its temporaries into its frame.
Node* make_chain(Heap& heap, int length, uint64_t first_id);

// The chain's length from `n`, or -1 if an id is not the expected one.
int chain_length(Node* n, uint64_t first_id);

// Collects with a wiped stack below the caller.
__attribute__((noinline, no_sanitize("address"))) inline void collect_clean(
    Heap& heap, CollectionKind kind = CollectionKind::Major) {
  volatile char buffer[16 * 1024];  // wipes this frame's own area as well
  for (size_t i = 0; i < sizeof buffer; ++i) buffer[i] = 0;
  clobber_stack();
  heap.collect(kind);
  __asm__ volatile("" ::: "memory");  // no tail call: this frame must outlive the collection
}

// The environment's settings (e.g. WEFT_GC_TRACE_ROOTS=1) with a smaller reservation.
inline HeapConfig test_config() {
  HeapConfig config = HeapConfig::from_env();
  config.reserve_bytes = size_t{4} << 30;
  return config;
}

}  // namespace gc_test
