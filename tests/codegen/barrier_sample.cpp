// A tagged word stored into memory the collector traces that is not a Field<T> (the trailing
// slots of a variable-size object, like an interpreter's frame) is followed by the write
// barrier: the codegen makes it a residual call of the barrier's native version.
#include <cstdint>

#include "weft/gc/field.h"

extern "C" void store_slot(uintptr_t* slots, long k, uintptr_t value) {
  slots[k] = value;
  if (!(value & 1)) weft::gc::write_barrier(&slots[k]);
}
