// The portal of the virtualizable sample (vable_sample.h), compiled natively into codegen_tests
// and to bitcode for weft-codegen.
#include "vable_sample.h"

WEFT_IMMUTABLE_FIELDS(VableProgram, ops, ops[*]);
WEFT_VIRTUALIZABLE(VableFrame, slots[*]);

// The red `frame` points to a declared virtualizable: the codegen says so in the jitcodes
// (`frame vable_run 0`), which makes it a private frame without the driver's list.
weft::jit::JitDriver vable_driver("vable", {"pc", "program"}, {"frame"});

// Residual calls: the first two read (and the second writes) the frame, so traces write its
// slots back before them and read them again after; the third touches no raw memory.
extern "C" WEFT_DONT_LOOK_INSIDE int64_t vable_checksum(const VableFrame* frame) {
  uint64_t sum = 0;
  for (int k = 0; k < kVableSlots; ++k) sum = sum * 1000003 + uint64_t(frame->slots[k]);
  return int64_t(sum % 1000);
}

extern "C" WEFT_DONT_LOOK_INSIDE void vable_mix(VableFrame* frame, int32_t to, int32_t from) {
  frame->slots[to] = int64_t(uint64_t(frame->slots[to]) * 31 + uint64_t(frame->slots[from]));
}

extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS int64_t vable_square(int64_t x) {
  return x * x % 97;
}

extern "C" int64_t vable_run(const VableProgram* program, VableFrame* frame) {
  int64_t pc = 0;
  for (;;) {
    WEFT_JIT_MERGE_POINT(vable_driver, WEFT_GREENS(pc, program), WEFT_REDS(frame));
    int32_t op = program->ops[pc], a = program->ops[pc + 1], b = program->ops[pc + 2];
    pc += 3;
    switch (op) {
      case kVableAdd:
        frame->slots[a] += frame->slots[b];
        break;
      case kVableIfOdd:
        if (frame->slots[a] & 1) pc = b;
        break;
      case kVableJump:
        pc = a;
        break;
      case kVableChecksum:
        frame->slots[a] += vable_checksum(frame);
        break;
      case kVableMix:
        vable_mix(frame, a, b);
        break;
      case kVableSquare:
        frame->slots[a] += vable_square(frame->slots[b]);
        break;
      case kVableDecJump:
        if (--frame->slots[a] != 0) {
          pc = b;
          WEFT_CAN_ENTER_JIT(vable_driver, WEFT_GREENS(pc, program), WEFT_REDS(frame));
        }
        break;
      default:
        return frame->slots[a];
    }
  }
}
