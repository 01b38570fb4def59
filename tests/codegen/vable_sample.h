// A tiny interpreter whose frame is a declared virtualizable (WEFT_VIRTUALIZABLE), which makes
// it a private frame of the driver (vable_sample.cpp): traces keep its slots in registers, and
// residual calls that take the frame must see its current contents.
#pragma once

#include <cstdint>

#include "weft/jit/hints.h"

// Operations, each with two operands a and b (slot numbers or targets).
enum VableOp : int32_t {
  kVableAdd,       // slots[a] += slots[b]
  kVableIfOdd,     // if slots[a] is odd, go to b
  kVableJump,      // go to a (forward)
  kVableChecksum,  // slots[a] += vable_checksum(frame): a residual call reading every slot
  kVableMix,       // vable_mix(frame, a, b): a residual call, slots[a] = slots[a] * 31 + slots[b]
  kVableSquare,    // slots[a] += vable_square(slots[b]): a residual call without the frame
  kVableDecJump,   // slots[a] -= 1; if slots[a] != 0, go to b (backward: loops close here)
  kVableReturn,    // return slots[a]
};

constexpr int kVableSlots = 6;

struct VableFrame {
  int64_t slots[kVableSlots];
};

struct VableProgram {
  const int32_t* ops;
};

extern weft::jit::JitDriver vable_driver;
extern "C" int64_t vable_run(const VableProgram* program, VableFrame* frame);
extern "C" int64_t vable_checksum(const VableFrame* frame);
extern "C" void vable_mix(VableFrame* frame, int32_t to, int32_t from);
extern "C" int64_t vable_square(int64_t x);
