// Functions the codegen translates to jitcodes in the tests (compiled twice: natively into the
// test, and to LLVM bitcode for the codegen). Integer-only for now.
#include <cstdint>

#include "weft/jit/hints.h"

extern "C" {

// (Not a plain sum: clang turns that into a closed form computed in i65.)
int64_t sum_to(int64_t n) {
  uint64_t s = 0;  // wraps: no undefined overflow
  for (int64_t i = 1; i <= n; ++i) s += uint64_t(i) ^ (s >> 3);
  return int64_t(s);
}

// Traced into although clang turns one of its recursive calls into a loop (unroll-safe).
__attribute__((noinline)) WEFT_UNROLL_SAFE int32_t fib(int32_t n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int32_t collatz_steps(int64_t n) {
  int32_t steps = 0;
  while (n != 1 && steps < 1000) {
    n = (n & 1) ? 3 * n + 1 : n / 2;
    ++steps;
  }
  return steps;
}

__attribute__((noinline)) int32_t classify(int32_t c) {
  switch (c) {
    case '+':
      return 1;
    case '-':
      return 2;
    case '<':
      return 3;
    case '>':
      return 4;
    case '[':
      return 5;
    case ']':
      return 6;
    default:
      return c < 0 ? -1 : 0;
  }
}

int64_t mixed(int64_t a, int64_t b) {
  uint8_t small = uint8_t(a);
  int16_t half = int16_t(b);
  uint32_t u = uint32_t(a) >> 3;
  int64_t r = int64_t(small) * 3 + half + int64_t(u % 7u) + classify(int32_t(b & 0x7f));
  return a > b ? r : -r + fib(int32_t(a & 7));
}

}  // extern "C"

extern "C" {

// Doubles: the Mandelbrot escape count of one point.
int32_t mandel_iterations(double cr, double ci, int32_t limit) {
  double zr = 0, zi = 0;
  int32_t n = 0;
  while (n < limit && zr * zr + zi * zi <= 4.0) {
    double t = zr * zr - zi * zi + cr;
    zi = 2 * zr * zi + ci;
    zr = t;
    ++n;
  }
  return n;
}

double scale(double x);  // defined elsewhere: a residual call

__attribute__((noinline)) WEFT_UNROLL_SAFE double horner(double x, int64_t k) {
  double r = 0;
  for (int64_t i = 0; i < k; ++i) r = r * x + double(i) / 3.0;
  return r;
}

double floats(double x, int64_t k) {
  double h = horner(x, k);
  int64_t truncated = h > -1e18 && h < 1e18 ? int64_t(h) : 0;  // no undefined conversion
  return scale(h) - double(truncated) + (x != x ? 1.0 : 0.0) + (h >= x ? 0.25 : -0.25);
}

}  // extern "C"
