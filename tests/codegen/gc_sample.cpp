#include "gc_sample.h"

namespace {

weft::jit::JitDriver sum_driver("gc_sum", {"step"}, {"i", "n", "total"});

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
