// isconstant() and isvirtual(): the codegen turns them into the jitcode operations the tracer
// answers (int_isconstant for integers and raw pointers, ref_isconstant / ref_isvirtual for
// GC references); we_are_jitted() is the constant 1 in jitcodes.
#include "gc_sample.h"

extern "C" int64_t sample_hinted(int64_t n, const int64_t* table) {
  weft::gc::Heap& heap = *weft::gc::Heap::current();
  SampleNum* num = heap.allocate_fixed<SampleNum>();
  num->value = n;
  int64_t answers = weft::jit::isconstant(n) + 2 * weft::jit::isconstant(table);
  answers += 4 * weft::jit::isconstant(num) + 8 * weft::jit::isvirtual(num);
  return answers + 16 * weft::jit::we_are_jitted() + num->value;
}
