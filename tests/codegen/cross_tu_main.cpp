// A traced function calling a function of another translation unit (cross_tu_helper.cpp): once
// the bitcode of both is linked (llvm-link, as weft_add_interpreter does), the codegen follows
// the call and traces the callee; the build report lists both, and the residual one with why.
extern "C" long cross_step(long acc, long k);

extern "C" long cross_sum(long n) {
  long acc = 0;
  for (long k = 0; k < n; ++k) acc = cross_step(acc, k);
  return acc;
}
