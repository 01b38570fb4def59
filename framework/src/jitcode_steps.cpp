#include "jitcode_steps.h"

#include "jitcode_liveness.h"
#include "jitcode_reader.h"

namespace weft::jit {

JitCodeSteps::JitCodeSteps(const JitCode& code) {
  const JitCodeLiveness& live = JitCodeLiveness::of(code);
  index_of_pc_.assign(code.code.size() + 1, -1);
  // Where a Skip step goes: its jump target, or the next instruction.
  std::vector<uint32_t> skip_to;
  for (size_t pc = 0; pc < code.code.size();) {
    JitCodeReader r(code, pc);
    JitOp op = r.op();
    const char* args = jit_op_info(op).args;
    JitCodeStep s;
    if (auto ir = pure_ir_op(op)) {
      s.kind = JitCodeStep::Kind::Pure;
      s.ir = *ir;
      for (const char* a = args; *a != '>'; ++a, ++s.nargs) {
        s.arg_bank[s.nargs] = uint8_t(bank_of(*a));
        s.arg[s.nargs] = r.u16();
      }
      s.dst_bank = uint8_t(bank_of(args[s.nargs + 1]));
      s.dst = r.u16();
      s.dst_live = live.live_out(pc, s.dst_bank, s.dst);
    } else if (op == JitOp::int_copy || op == JitOp::ref_copy || op == JitOp::float_copy) {
      s.kind = JitCodeStep::Kind::Copy;
      s.nargs = 1;
      s.arg_bank[0] = s.dst_bank = uint8_t(bank_of(args[0]));
      s.arg[0] = r.u16();
      s.dst = r.u16();
    } else if (op == JitOp::goto_) {
      s.kind = JitCodeStep::Kind::Skip;
      s.next = r.u32();
    } else if (op == JitOp::live) {
      s.kind = JitCodeStep::Kind::Skip;
      skip_operands(r, args);
    } else {
      skip_operands(r, args);
    }
    if (s.kind != JitCodeStep::Kind::Skip || op == JitOp::live) s.next = uint32_t(r.pc());
    index_of_pc_[pc] = int32_t(steps_.size());
    steps_.push_back(s);
    pc = r.pc();
  }
  // Follow chains of Skip steps (a bounded number: a jitcode may loop on itself, e.g.
  // `l: goto(l)`, and then the tracer steps on the goto as it would without this).
  auto resolve = [&](uint32_t pc) {
    for (int hops = 0; hops < 16; ++hops) {
      if (pc >= code.code.size() || index_of_pc_[pc] < 0) return pc;
      const JitCodeStep& s = steps_[size_t(index_of_pc_[pc])];
      if (s.kind != JitCodeStep::Kind::Skip) return pc;
      pc = s.next;
    }
    return pc;
  };
  for (JitCodeStep& s : steps_) s.next = resolve(s.next);
}

const JitCodeSteps& JitCodeSteps::of(const JitCode& code) {
  if (!code.steps) code.steps = std::make_shared<const JitCodeSteps>(code);
  return *code.steps;
}

}  // namespace weft::jit
