// Traced code with vector operations (GCC vector extension).
typedef int v4 __attribute__((vector_size(16)));

extern "C" int vsum(const v4* a, const v4* b) {
  v4 c = *a + *b;
  return c[0] + c[3];
}
