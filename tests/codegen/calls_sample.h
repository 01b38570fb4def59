// A tiny interpreter whose functions call each other through the portal, as a language's calls
// do (calls_sample.cpp): for the tracer's portal calls, inlined or run natively.
#pragma once

#include <cstdint>

#include "weft/jit/hints.h"

// Operations, each followed by one operand: n is the function's argument, acc its result.
enum CallsOp : int32_t {
  kCallsJumpIfZero,  // t: if n == 0, go to t
  kCallsJumpIfOdd,   // t: if n is odd, go to t
  kCallsAddN,        // acc += n
  kCallsDecN,        // n -= 1
  kCallsJump,        // t: go to t (backward: where loops close)
  kCallsCall,        // f: acc += the function at f called with n
  kCallsCallDec,     // f: acc += the function at f called with n - 1
  kCallsReturn,      // return acc
};

struct CallsProgram {
  const int32_t* ops;
};

extern weft::jit::JitDriver calls_driver;
extern "C" int64_t calls_run(const CallsProgram* program, int64_t pc, int64_t n);
