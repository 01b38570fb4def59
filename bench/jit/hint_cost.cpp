// The native cost of the hints: a dispatch-like loop that passes a loop head `iterations` times,
// with or without WEFT_JIT_MERGE_POINT and WEFT_CAN_ENTER_JIT. Count instructions with
//   valgrind --tool=callgrind bench-jit-hint-cost <hints|plain> 10000000
// and divide the difference by the iteration count (the note reports it).
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "weft/jit/hints.h"

namespace {

struct Program {
  const unsigned char* code;
  int64_t length;
};

weft::jit::JitDriver driver("bench", {"program", "pc"}, {"acc"});

template <bool kHints>
__attribute__((noinline)) int64_t run(const Program* program, int64_t iterations) {
  int64_t acc = 0;
  int64_t pc = 0;
  for (int64_t i = 0; i < iterations; ++i) {
    if constexpr (kHints) WEFT_JIT_MERGE_POINT(driver, WEFT_GREENS(program, pc), WEFT_REDS(acc));
    acc += program->code[pc];
    pc = pc + 1 < program->length ? pc + 1 : 0;
    if constexpr (kHints) WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(program, pc), WEFT_REDS(acc));
  }
  return acc;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench-jit-hint-cost <hints|plain> <iterations>\n");
    return 2;
  }
  static const unsigned char code[] = {1, 2, 3, 4, 5, 6, 7};
  Program program{code, 7};
  int64_t n = std::atoll(argv[2]);
  bool hints = std::strcmp(argv[1], "hints") == 0;
  int64_t acc = hints ? run<true>(&program, n) : run<false>(&program, n);
  std::printf("%lld (hot %llu times)\n", (long long)acc, (unsigned long long)driver.hot_count());
  return 0;
}
