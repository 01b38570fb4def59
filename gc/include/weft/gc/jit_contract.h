// The JIT contract: everything compiled code needs to allocate and to run the write barrier
// inline, without calling into the collector on the fast path.
//
// Allocation of an object of TypeId `t` with `payload` bytes (total = total_size(payload)):
//     if (total > max_inline_total) -> call alloc_slow(t, payload)
//     obj = *alloc_cursor;
//     if (total > *alloc_limit - obj) -> call alloc_slow(t, payload)   // may collect; may return 0
//     *alloc_cursor = obj + total;
//     *(uint64_t*)obj = make_header(t, total);                           // before any GC point
//     result = obj + header_size                                          // memory is zeroed
// A null result from alloc_slow means out of memory (the VM raises MemoryError).
//
// Write barrier after storing a pointer into the heap object field at address `slot`:
//     if (slot - card_base < card_span) cards[(slot - card_base) >> card_shift] = card_dirty
// (the range check may be left out when `slot` is known to lie inside a heap object).
//
// GC-safe points: alloc_slow and any call the effect info marks "can collect". Objects are never
// moved, so compiled code may keep raw pointers in registers and spill slots across them: the
// native stack and registers are scanned conservatively.
#pragma once

#include <cstddef>
#include <cstdint>

#include "weft/gc/layout.h"

namespace weft::gc {

struct JitContract {
  uintptr_t* alloc_cursor;
  uintptr_t* alloc_limit;
  size_t max_inline_total;
  size_t header_size;
  unsigned header_type_shift;
  unsigned header_size_shift;
  void* (*alloc_slow)(TypeId type, size_t payload_bytes);

  uintptr_t card_base;
  uintptr_t card_span;  // bytes of address space the cards cover
  uint8_t* cards;
  unsigned card_shift;
  uint8_t card_dirty;
};

}  // namespace weft::gc
