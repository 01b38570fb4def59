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

// A GC object whose field a residual call writes (gc_count_hit).
struct SampleCounter {
  uint32_t kind;
  int64_t hits;
  static constexpr const char* gc_name = "sample.Counter";
};

extern "C" {
// Sums (i * 3) for i < n through two temporary boxes per iteration (a merge point per
// iteration; `step` is its green).
int64_t gc_sum_boxed(int64_t step, int64_t n);
// A pair of two new boxes; the value of item `which` (0 or 1), or -1 if the items are the same
// object.
int64_t gc_pair_get(int64_t which, int64_t x, int64_t y);
// The class hints (class_hints.h): sums i for i < n through boxes a residual call returns,
// testing each box's class with has_class; with `known` (a green) the loop first tells the JIT
// their class with record_exact_class, which spares the test's guard.
int64_t gc_class_sum(int64_t known, int64_t n);
// A new box of v (WEFT_DONT_LOOK_INSIDE: a residual call in traces), null if out of memory.
SampleNum* gc_class_box(int64_t v);
// Counts a hit (WEFT_DONT_LOOK_INSIDE: a residual call whose body writes SampleCounter::hits
// only, which its effect information says).
void gc_count_hit(SampleCounter* counter);
// Sums box->value twice and the counter's hits once per iteration for n iterations, counting a
// hit between the reads: in a trace the second read of box->value is the first's value (the
// call writes no SampleNum field); counter->hits is read again.
int64_t gc_fields_across_call(SampleNum* box, SampleCounter* counter, int64_t n);
// A new SampleCounter (for the test's heap).
SampleCounter* gc_new_counter();
// has_class of null (which 0), a SampleNum (1) or a SamplePair (2): 0, 1 or 2.
int64_t gc_class_of(int64_t which);
}
