// The interpreter loop of weft-bf, with its JIT hints. This file is compiled twice: natively,
// and to LLVM bitcode for weft-codegen (WEFT_CODEGEN), which makes the jitcodes the JIT traces.
#include <cstdio>

#include "bf.h"
#include "weft/jit/hints.h"

// The program's arrays never change while it runs: loads from them fold to constants in traces
// (the program and pc are greens, so the instruction at pc is known when tracing).
WEFT_IMMUTABLE_FIELDS(bf::Program, ops, args, length, ops[*], args[*]);

namespace bf {
// pc and program identify a position of the user's program; pos and tape are the rest.
weft::jit::JitDriver driver("bf", {"pc", "program"}, {"pos", "tape"});
}  // namespace bf

extern "C" int64_t bf_run(const bf::Program* program, uint8_t* tape) {
  int64_t pc = 0, pos = 0;
  for (;;) {
    WEFT_JIT_MERGE_POINT(bf::driver, WEFT_GREENS(pc, program), WEFT_REDS(pos, tape));
    if (pc >= program->length) return pos;
    switch (program->ops[pc]) {
      case '+':
        tape[pos] += uint8_t(program->args[pc]);
        break;
      case '0':
        tape[pos] = 0;
        break;
      case '>':
        pos += program->args[pc];
        if (pos >= bf::kTapeSize) return bf::kOutOfTape;
        break;
      case '<':
        pos -= program->args[pc];
        if (pos < 0) return bf::kOutOfTape;
        break;
      case '.':
        bf_put(tape[pos]);
        break;
      case ',':
        tape[pos] = uint8_t(bf_get());
        break;
      case '[':
        if (tape[pos] == 0) {
          pc = program->args[pc];
          break;
        }
        // Into the loop: its compiled trace, if there is one, runs from the first iteration.
        pc++;
        WEFT_CAN_ENTER_JIT(bf::driver, WEFT_GREENS(pc, program), WEFT_REDS(pos, tape));
        continue;
      case ']':
        if (tape[pos] != 0) {
          // Back to the loop's first command: where loops of the user's program close.
          pc = program->args[pc] + 1;
          WEFT_CAN_ENTER_JIT(bf::driver, WEFT_GREENS(pc, program), WEFT_REDS(pos, tape));
          continue;
        }
        break;
    }
    pc++;
  }
}

// Called, not traced: the JIT calls it by name.
extern "C" WEFT_DONT_LOOK_INSIDE void bf_put(int32_t c) { std::putchar(c); }
extern "C" WEFT_DONT_LOOK_INSIDE int32_t bf_get() {
  int c = std::getchar();
  return c == EOF ? 0 : c;
}
