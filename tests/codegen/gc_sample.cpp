#include "gc_sample.h"

#include "weft/jit/class_hints.h"

namespace {

weft::jit::JitDriver sum_driver("gc_sum", {"step"}, {"i", "n", "total"});
weft::jit::JitDriver class_driver("gc_class", {"known"}, {"i", "n", "total"});
weft::jit::JitDriver hits_driver("gc_hits", {"step"}, {"i", "n", "total", "box", "counter"});

SampleNum* num(int64_t v) {
  SampleNum* b = weft::gc::Heap::current()->allocate_fixed<SampleNum>();
  if (!b) return nullptr;
  b->kind = 1;
  b->value = v;
  return b;
}

}  // namespace

extern "C" int64_t gc_sum_boxed(int64_t step, int64_t n) {
  int64_t i = 0, total = 0;
  while (i < n) {
    WEFT_JIT_MERGE_POINT(sum_driver, WEFT_GREENS(step), WEFT_REDS(i, n, total));
    SampleNum* a = num(i);
    if (!a) return -1;
    SampleNum* b = num(a->value * 3);
    if (!b) return -1;
    total += b->value;
    i += step;
  }
  return total;
}

extern "C" int64_t gc_pair_get(int64_t which, int64_t x, int64_t y) {
  SamplePair* p = weft::gc::Heap::current()->allocate_fixed<SamplePair>();
  if (!p) return -2;
  p->kind = 2;
  p->items[0] = num(x);
  p->items[1] = num(y);
  if (p->items[0] == p->items[1]) return -1;
  SampleNum* item = p->items[which & 1];
  return item ? item->value : -3;
}

extern "C" WEFT_DONT_LOOK_INSIDE SampleNum* gc_class_box(int64_t v) { return num(v); }

extern "C" int64_t gc_class_sum(int64_t known, int64_t n) {
  int64_t i = 0, total = 0;
  while (i < n) {
    WEFT_JIT_MERGE_POINT(class_driver, WEFT_GREENS(known), WEFT_REDS(i, n, total));
    SampleNum* b = gc_class_box(i);
    if (!b) return -1;
    if (known) weft::jit::record_exact_class<SampleNum>(b);
    if (!weft::jit::has_class<SampleNum>(b)) return -2;
    total += b->value;
    i += 1;
  }
  return total;
}

extern "C" int64_t gc_class_of(int64_t which) {
  void* object = nullptr;
  if (which == 1) object = num(5);
  if (which == 2) object = weft::gc::Heap::current()->allocate_fixed<SamplePair>();
  if (weft::jit::has_class<SampleNum>(object)) return 1;
  if (weft::jit::has_class<SamplePair>(object)) return 2;
  return 0;
}

extern "C" WEFT_DONT_LOOK_INSIDE void gc_count_hit(SampleCounter* counter) { counter->hits += 1; }

extern "C" SampleCounter* gc_new_counter() {
  SampleCounter* c = weft::gc::Heap::current()->allocate_fixed<SampleCounter>();
  if (c) c->kind = 3;
  return c;
}

extern "C" int64_t gc_fields_across_call(SampleNum* box, SampleCounter* counter, int64_t n) {
  int64_t i = 0, total = 0, step = 1;
  while (i < n) {
    WEFT_JIT_MERGE_POINT(hits_driver, WEFT_GREENS(step), WEFT_REDS(i, n, total, box, counter));
    total += box->value;
    gc_count_hit(counter);
    total += box->value + counter->hits;
    i += step;
  }
  return total;
}
