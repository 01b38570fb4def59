// Compiled code's own allocation point. Its protocol is the JitContract's (jit_contract.h:
// cursor, limit, slow path, header), except that the memory is NOT zeroed: the code writes
// every word of an object's payload (its fields, zeros for the rest) before anything may read
// the object (a load, a guard's exit, a call, the next allocation or GC point). Zeroing each
// hole in bulk, for objects whose words are all written anyway, was 10-15% of a boxing
// interpreter's run time (toy fib). C++ allocation keeps zeroed memory (Heap::allocate).
#pragma once

#include <cstddef>
#include <cstdint>

#include "weft/gc/layout.h"

namespace weft::gc {

struct JitRawAllocation {
  uintptr_t* cursor;
  uintptr_t* limit;
  // May collect; null means out of memory. The result may be zeroed (medium and large objects).
  void* (*slow)(TypeId type, size_t payload_bytes);
};

// The raw allocation point of the live heap (Heap::current(), which must exist), valid as long
// as that heap.
const JitRawAllocation& jit_raw_allocation();

}  // namespace weft::gc
