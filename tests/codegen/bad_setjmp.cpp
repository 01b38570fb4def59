// Traced code that calls setjmp: a call that returns twice.
#include <csetjmp>

extern std::jmp_buf g_env;

extern "C" long jumps(long x) {
  if (setjmp(g_env)) return -1;
  return x + 1;
}
