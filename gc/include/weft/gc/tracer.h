// Tracer: what a type's trace function calls for each GC pointer it holds.
//
//   void gc_trace(weft::gc::Tracer& t) const { t(left); t(right); }   // Field<T> members
//   t.visit(&slot, ptr);   // any other word known to hold a payload pointer (e.g. an untagged
//   value)
//
// Pointers must point at an object's payload (what allocate() returned) or be null; pointers
// outside the heap (static data) are ignored. Interior pointers are only allowed in roots.
//
// In a heap that evacuates (HeapConfig::evacuate), a major collection may move the object and
// store its new payload address into `slot`: the slot must be the object's own word that holds
// the pointer, not a copy. A slot whose word is not exactly `payload` (a tagged or interior
// word) is never written; its object stays where it is for that collection.
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
    mark(slot, payload);
  }

  // Construction is for the collector (marking) and for heap walkers (callback).
  Tracer(uintptr_t base, uintptr_t span, uint64_t* mark_bits, std::vector<uintptr_t>* stack)
      : base_(base), span_(span), mark_bits_(mark_bits), stack_(stack) {}
  Tracer(Callback callback, void* context) : callback_(callback), context_(context) {}

  // Evacuation (major collections of evacuating heaps): an unmarked object in a block whose
  // byte in `candidates` (one per block of the reservation) is set goes to `evacuate`, which
  // copies it or marks it in place and updates the slot.
  using Evacuate = void (*)(void* context, void* slot, uintptr_t header);
  void set_evacuation(const uint8_t* candidates, Evacuate evacuate, void* context) {
    candidates_ = candidates;
    evacuate_ = evacuate;
    evacuate_context_ = context;
  }

 private:
  __attribute__((always_inline)) void mark(const void* slot, const void* payload) {
    uintptr_t off = reinterpret_cast<uintptr_t>(payload) - kHeaderSize - base_;
    if (off >= span_) return;
    uint64_t& word = mark_bits_[off >> (kGranuleShift + 6)];
    uint64_t bit = uint64_t{1} << ((off >> kGranuleShift) & 63);
    if (word & bit) return;
    if (candidates_ != nullptr && candidates_[off >> kBlockShift]) [[unlikely]] {
      evacuate_(evacuate_context_, const_cast<void*>(slot), base_ + off);
      return;
    }
    word |= bit;
    __builtin_prefetch(reinterpret_cast<const void*>(base_ + off));  // its header is read soon
    stack_->push_back(base_ + off);
  }

  uintptr_t base_ = 0;
  uintptr_t span_ = 0;
  uint64_t* mark_bits_ = nullptr;
  std::vector<uintptr_t>* stack_ = nullptr;
  const uint8_t* candidates_ = nullptr;
  Evacuate evacuate_ = nullptr;
  void* evacuate_context_ = nullptr;
  Callback callback_ = nullptr;
  void* context_ = nullptr;
};

}  // namespace weft::gc
