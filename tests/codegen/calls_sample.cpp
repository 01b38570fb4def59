// The portal of the calls sample (calls_sample.h), compiled natively into codegen_tests and to
// bitcode for weft-codegen. A call is a recursive call of the portal itself, the way a
// language's interpreter runs the callee's code in a new activation of its loop.
#include "calls_sample.h"

WEFT_IMMUTABLE_FIELDS(CallsProgram, ops, ops[*]);

weft::jit::JitDriver calls_driver("calls", {"pc", "program"}, {"n", "acc"});

extern "C" int64_t calls_run(const CallsProgram* program, int64_t pc, int64_t n) {
  int64_t acc = 0;
  WEFT_PORTAL_ENTRY(calls_driver, WEFT_GREENS(pc, program), WEFT_REDS(n, acc));
  for (;;) {
    WEFT_JIT_MERGE_POINT(calls_driver, WEFT_GREENS(pc, program), WEFT_REDS(n, acc));
    int32_t op = program->ops[pc], arg = program->ops[pc + 1];
    pc += 2;
    switch (op) {
      case kCallsJumpIfZero:
        if (n == 0) pc = arg;
        break;
      case kCallsJumpIfOdd:
        if (n & 1) pc = arg;
        break;
      case kCallsAddN:
        acc += n;
        break;
      case kCallsDecN:
        n -= 1;
        break;
      case kCallsJump:
        pc = arg;
        WEFT_CAN_ENTER_JIT(calls_driver, WEFT_GREENS(pc, program), WEFT_REDS(n, acc));
        break;
      case kCallsCall:
        acc += calls_run(program, arg, n);
        break;
      case kCallsCallDec:
        acc += calls_run(program, arg, n - 1);
        break;
      default:
        return acc;
    }
  }
}
