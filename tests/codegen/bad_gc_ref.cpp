// Traced code that turns a GC reference into an integer (a hash of the address): the jitcode's
// banks have no conversion between references and integers.
#include "gc_sample.h"

extern "C" long address_hash(long x) {
  SampleNum* n = weft::gc::Heap::current()->allocate_fixed<SampleNum>();
  if (!n) return -1;
  n->value = x;
  return long(reinterpret_cast<uintptr_t>(n) >> 4);
}
