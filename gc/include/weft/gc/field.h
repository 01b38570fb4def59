// Field<T>: the type of a GC pointer stored inside a heap object. Every store goes through the
// write barrier, which is what makes generational collection (old objects not re-traced on a
// minor collection) safe.
//
// The barrier is card marking: it dirties the card (128-byte line) holding the field. It needs no
// pointer to the owning object, so ordinary C++ member assignment works; a store into a Field
// that is not inside the heap (a local or a global) is a no-op for the barrier. Globals that must
// keep objects alive use Root<T> (roots.h) instead.
#pragma once

#include <cstdint>

#include "weft/gc/layout.h"

// The barrier after a store of a GC pointer into a heap object. Compiled for weft-codegen, every
// barrier is a call of it: a jitcode's setfield_gc_r performs the barrier of a Field<T> itself,
// a store into other traced memory (a tagged slot) calls this native version (heap.cpp).
extern "C" void weft_gc_write_barrier(const void* slot);

namespace weft::gc {

namespace detail {
// Published by the live Heap; an empty span (no heap) makes the barrier a no-op.
struct BarrierState {
  uintptr_t base = 0;
  uintptr_t span = 0;
  uint8_t* cards = nullptr;
};
inline BarrierState g_barrier;
}  // namespace detail

// Records a pointer store at `slot`. Call it after storing into any GC-traced word of a heap
// object that is not a Field<T> (e.g. a tagged value slot).
inline void write_barrier(const void* slot) {
#ifdef WEFT_CODEGEN
  weft_gc_write_barrier(slot);
#else
  detail::BarrierState state = detail::g_barrier;  // one load of each; the store may alias it
  uintptr_t off = reinterpret_cast<uintptr_t>(slot) - state.base;
  if (off < state.span) state.cards[off >> kCardShift] = 1;
#endif
}

template <class T>
class Field {
 public:
  Field() = default;
  // Storing null never creates an old-to-young pointer, so it needs no barrier.
  Field(T* p) : ptr_(p) {  // NOLINT: implicit like a pointer
    if (p) write_barrier(this);
  }
  Field(const Field& other) : Field(other.ptr_) {}
  Field& operator=(T* p) {
    ptr_ = p;
    if (p) write_barrier(this);
    return *this;
  }
  Field& operator=(const Field& other) { return *this = other.ptr_; }

  T* get() const { return ptr_; }
  operator T*() const { return ptr_; }  // NOLINT: reads like a pointer
  T* operator->() const { return ptr_; }
  T& operator*() const { return *ptr_; }

 private:
  T* ptr_ = nullptr;
};

}  // namespace weft::gc
