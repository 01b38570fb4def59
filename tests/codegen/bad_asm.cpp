// Traced code with inline assembly.
extern "C" long spin(long x) {
  asm volatile("pause");
  return x + 1;
}
