// Objects on the weft::gc heap as an interpreter's traced code uses them (codegen/README.md, "GC
// references"): boxes allocated with Heap::allocate_fixed<T>(), fields read and written through
// references, GC pointers in Field<T> members (an array of them indexed by a variable).
#pragma once

#include <cstdint>

#include "weft/gc/heap.h"
#include "weft/jit/hints.h"

struct SampleNum {
  uint32_t kind;
  int64_t value;
  static constexpr const char* gc_name = "sample.Num";
};

struct SamplePair {
  uint32_t kind;
  weft::gc::Field<SampleNum> items[2];
  static constexpr const char* gc_name = "sample.Pair";
  void gc_trace(weft::gc::Tracer& t) const {
    for (const auto& item : items) t(item);
  }
};

extern "C" {
// Sums (i * 3) for i < n through two temporary boxes per iteration (a merge point per
// iteration; `step` is its green).
int64_t gc_sum_boxed(int64_t step, int64_t n);
// A pair of two new boxes; the value of item `which` (0 or 1), or -1 if the items are the same
// object.
int64_t gc_pair_get(int64_t which, int64_t x, int64_t y);
}
