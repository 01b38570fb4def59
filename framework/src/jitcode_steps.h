// A pre-decoded view of a jitcode for the tracer and the blackhole interpreter, which both
// execute jitcodes on concrete values. An interpreter's dispatch is mostly register copies,
// jumps and pure arithmetic on constants (the greens): decoding those from the byte encoding at
// every step, with the operand codes parsed from jit_op_info() strings and (in the tracer)
// liveness looked up per result, cost ~120 instructions per step. Here they are decoded once per
// jitcode into fixed-size records; jumps and `live` markers are followed at decoding time, so
// execution never steps on them when it falls through or continues after such an instruction.
//
// Everything else (guards, memory, calls, merge points) stays on the general paths, which read
// the bytes again.
#pragma once

#include <cstdint>
#include <vector>

#include "weft/jit/ir.h"
#include "weft/jit/jitcode.h"

namespace weft::jit {

struct JitCodeStep {
  enum class Kind : uint8_t {
    Pure,   // a pure operation of the trace IR: `ir`, operands `arg`, result `dst`
    Copy,   // a register move: arg[0] -> dst
    Skip,   // goto or live: nothing to do but continue at `next`
    Other,  // the tracer's general path
  };
  Kind kind = Kind::Other;
  Op ir = Op::int_add;
  uint8_t nargs = 0;
  uint8_t arg_bank[2] = {0, 0};
  uint8_t dst_bank = 0;
  bool dst_live = true;  // Pure: whether anything reads the result (JitCodeLiveness::live_out)
  uint16_t arg[2] = {0, 0};
  uint16_t dst = 0;
  uint32_t next = 0;  // where execution continues, jumps and live markers followed
};

class JitCodeSteps {
 public:
  explicit JitCodeSteps(const JitCode& code);

  // The step at code offset `pc`, which must be an instruction's.
  const JitCodeStep& at(size_t pc) const { return steps_[size_t(index_of_pc_[pc])]; }

  // The decoding of `code`, made on first use and kept in the JitCode.
  static const JitCodeSteps& of(const JitCode& code);

 private:
  std::vector<int32_t> index_of_pc_;  // step number at each code offset, or -1
  std::vector<JitCodeStep> steps_;
};

}  // namespace weft::jit
