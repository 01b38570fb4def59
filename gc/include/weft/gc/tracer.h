// Tracer: what a type's trace function calls for each GC pointer it holds.
//
//   void gc_trace(weft::gc::Tracer& t) const { t(left); t(right); }   // Field<T> members
//   t.visit(&slot, ptr);   // any other word known to hold a payload pointer (e.g. an untagged
//   value)
//
// Pointers must point at an object's payload (what allocate() returned) or be null; pointers
// outside the heap (static data) are ignored. Interior pointers are only allowed in roots.
#pragma once

#include <cstdint>
#include <vector>

#include "weft/gc/field.h"
#include "weft/gc/layout.h"

namespace weft::gc {

class Tracer {
 public:
  // Used by the heap verifier and tests: called instead of marking.
  using Callback = void (*)(void* context, const void* slot, const void* payload);

  template <class T>
  __attribute__((always_inline)) void operator()(const Field<T>& field) {
    visit(&field, field.get());
  }

  __attribute__((always_inline)) void visit(const void* slot, const void* payload) {
    if (payload == nullptr) return;
    if (callback_ != nullptr) [[unlikely]] {
      callback_(context_, slot, payload);
      return;
    }
    mark(payload);
  }

  // Construction is for the collector (marking) and for heap walkers (callback).
  Tracer(uintptr_t base, uintptr_t span, uint64_t* mark_bits, std::vector<uintptr_t>* stack)
      : base_(base), span_(span), mark_bits_(mark_bits), stack_(stack) {}
  Tracer(Callback callback, void* context) : callback_(callback), context_(context) {}

 private:
  __attribute__((always_inline)) void mark(const void* payload) {
    uintptr_t off = reinterpret_cast<uintptr_t>(payload) - kHeaderSize - base_;
    if (off >= span_) return;
    uint64_t& word = mark_bits_[off >> (kGranuleShift + 6)];
    uint64_t bit = uint64_t{1} << ((off >> kGranuleShift) & 63);
    if (word & bit) return;
    word |= bit;
    __builtin_prefetch(reinterpret_cast<const void*>(base_ + off));  // its header is read soon
    stack_->push_back(base_ + off);
  }

  uintptr_t base_ = 0;
  uintptr_t span_ = 0;
  uint64_t* mark_bits_ = nullptr;
  std::vector<uintptr_t>* stack_ = nullptr;
  Callback callback_ = nullptr;
  void* context_ = nullptr;
};

}  // namespace weft::gc
