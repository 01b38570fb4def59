// Untraceable code in a function clang inlines: the diagnostic also names the caller's line.
static inline __attribute__((always_inline)) void relax() { asm volatile("pause"); }

extern "C" long spin_inlined(long n) {
  relax();
  return n;
}
