// A Brainfuck interpreter with the JIT hints, as an interpreter author writes it: compiled
// natively into codegen_tests, and to bitcode (with WEFT_CODEGEN) for weft-codegen.
#include <cstdint>

#include "weft/jit/hints.h"

extern "C" void bf_emit(char* out, int64_t* count, int32_t c);  // output: a residual call

namespace {
weft::jit::JitDriver bf_driver("bf", {"pc", "code", "jumps", "length"},
                               {"pos", "tape", "out", "count"});
}

extern "C" int64_t bf_run(const char* code, const int32_t* jumps, int64_t length, uint8_t* tape,
                          char* out, int64_t* count) {
  int64_t pc = 0, pos = 0;
  while (pc < length) {
    WEFT_JIT_MERGE_POINT(bf_driver, WEFT_GREENS(pc, code, jumps, length),
                         WEFT_REDS(pos, tape, out, count));
    switch (code[pc]) {
      case '+':
        tape[pos]++;
        break;
      case '-':
        tape[pos]--;
        break;
      case '>':
        pos++;
        break;
      case '<':
        pos--;
        break;
      case '.':
        bf_emit(out, count, tape[pos]);
        break;
      case '[':
        if (!tape[pos]) pc = jumps[pc];
        break;
      case ']':
        if (tape[pos]) {
          pc = jumps[pc];
          WEFT_CAN_ENTER_JIT(bf_driver, WEFT_GREENS(pc, code, jumps, length),
                             WEFT_REDS(pos, tape, out, count));
        }
        break;
    }
    pc++;
  }
  return pos;
}
