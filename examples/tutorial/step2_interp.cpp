// Step 2 of the tutorial (docs/tutorial.md): step1_interp.cpp with the hints that make weft
// generate a tracing JIT for it. Every line that differs from step 1 is marked "// hint".
// This file is compiled twice: natively, and to LLVM bitcode for weft-codegen (WEFT_CODEGEN),
// which turns the loop into the jitcodes the JIT traces.
#include <cstdio>

#include "tally.h"
#include "tally_ops.h"
#include "weft/jit/hints.h"  // hint

// A program never changes while it runs: in a trace, loads from it at a constant pc are
// constants, so the dispatch and the operands' decoding disappear.
WEFT_IMMUTABLE_FIELDS(tally::Program, ops, literal, a, b, c, length, ops[*], literal[*], a[*], b[*],
                      c[*]);  // hint

namespace tally {
// Greens: where we are in the user's program. Reds: everything else live at the merge point.
weft::jit::JitDriver driver("tally", {"pc", "program"}, {"vars"});  // hint
}  // namespace tally

extern "C" int64_t tally_run(const tally::Program* program, int64_t* vars) {
  using namespace tally;
  int64_t pc = 0;
  // Operand i (0 = a, 1 = b, 2 = c) of the current instruction: a literal or a variable.
  auto value = [&](int i, int64_t x) { return program->literal[pc] >> i & 1 ? x : vars[x]; };
  for (;;) {
    WEFT_JIT_MERGE_POINT(driver, WEFT_GREENS(pc, program), WEFT_REDS(vars));  // hint
    if (pc >= program->length) return kFinished;
    int64_t a = program->a[pc], b = program->b[pc], c = program->c[pc];
    switch (program->ops[pc]) {
      case kSet:
        vars[a] = value(1, b);
        break;
      case kJumpIf:
        if (value(1, b) == 0) break;
        [[fallthrough]];
      case kJump: {
        // A jump backwards closes a loop of the user's program: where the JIT counts and enters
        // compiled loops. (The hint is followed by `continue`, as hints.h asks.)
        bool backwards = a <= pc;
        pc = a;
        if (backwards)
          WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(pc, program), WEFT_REDS(vars));  // hint
        continue;
      }
      case kPrint:
        tally_print(value(0, a));
        break;
      default:  // the arithmetic and comparisons: a = b OP c
        if (!arithmetic(Op(program->ops[pc]), value(1, b), value(2, c), &vars[a])) return pc;
        break;
    }
    pc++;
  }
}

// Output is not traced: traces call it.
extern "C" WEFT_DONT_LOOK_INSIDE void tally_print(int64_t value) {  // hint
  std::printf("%lld\n", static_cast<long long>(value));
}
