// Step 1 of the tutorial (docs/tutorial.md): tally's interpreter loop as anyone would write it.
// No weft here yet; step2_interp.cpp is this file plus the hints that give it a JIT.
#include <cstdio>

#include "tally.h"
#include "tally_ops.h"

extern "C" int64_t tally_run(const tally::Program* program, int64_t* vars) {
  using namespace tally;
  int64_t pc = 0;
  // Operand i (0 = a, 1 = b, 2 = c) of the current instruction: a literal or a variable.
  auto value = [&](int i, int64_t x) { return program->literal[pc] >> i & 1 ? x : vars[x]; };
  for (;;) {
    if (pc >= program->length) return kFinished;
    int64_t a = program->a[pc], b = program->b[pc], c = program->c[pc];
    switch (program->ops[pc]) {
      case kSet:
        vars[a] = value(1, b);
        break;
      case kJumpIf:
        if (value(1, b) == 0) break;
        [[fallthrough]];
      case kJump:
        pc = a;
        continue;
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

extern "C" void tally_print(int64_t value) { std::printf("%lld\n", static_cast<long long>(value)); }
