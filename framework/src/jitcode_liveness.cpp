#include "jitcode_liveness.h"

#include <cstring>

#include "jitcode_reader.h"

namespace weft::jit {

namespace {

struct Decoded {
  size_t pc = 0, next = 0;
  std::vector<size_t> uses;        // bit numbers
  std::vector<size_t> defs;        // bit numbers
  std::vector<size_t> successors;  // code offsets
  bool falls_through = true;
  bool merge_point = false;
};

}  // namespace

JitCodeLiveness::JitCodeLiveness(const JitCode& code) {
  size_t total = 0;
  for (int b = 0; b < 3; ++b) {
    base_[b] = total;
    total += code.num_regs[b];
  }
  total_ = total;
  size_t words = (total + 63) / 64;
  index_of_pc_.assign(code.code.size() + 1, -1);

  std::vector<Decoded> insts;
  for (size_t pc = 0; pc < code.code.size();) {
    Decoded d;
    d.pc = pc;
    JitCodeReader r(code, pc);
    JitOp op = r.op();
    auto reg = [&](char kind, bool def) {
      int bank = bank_of(kind);
      uint16_t n = r.u16();
      if (n < code.num_regs[bank]) (def ? d.defs : d.uses).push_back(bit(bank, n));
    };
    for (const char* a = jit_op_info(op).args; *a; ++a) {
      switch (*a) {
        case 'i':
        case 'r':
        case 'f':
          reg(*a, false);
          break;
        case 'd':
        case 'c':
          r.u16();
          break;
        case 'b':
          r.u8();
          break;
        case 'L':
          d.successors.push_back(r.u32());
          break;
        case 'I':
        case 'R':
        case 'F':
          for (uint8_t n = r.u8(); n > 0; --n) reg(*a, false);
          break;
        case 'S':
          for (uint16_t n = r.u16(); n > 0; --n) {
            r.u64();
            d.successors.push_back(r.u32());
          }
          break;
        case '>':
          ++a;
          reg(*a, true);
          break;
      }
    }
    switch (op) {
      case JitOp::goto_:
      case JitOp::int_return:
      case JitOp::ref_return:
      case JitOp::float_return:
      case JitOp::void_return:
        d.falls_through = false;
        break;
      case JitOp::jit_merge_point:
        d.merge_point = true;
        break;
      default:
        break;
    }
    d.next = r.pc();
    index_of_pc_[pc] = int32_t(insts.size());
    insts.push_back(std::move(d));
    pc = r.pc();
  }

  size_t n = insts.size();
  in_.assign(n, Bits(words, 0));
  after_.assign(n, Bits(words, 0));
  out_.assign(n, Bits(words, 0));
  auto set = [](Bits& b, size_t k) { b[k / 64] |= uint64_t(1) << (k % 64); };
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t k = n; k-- > 0;) {
      const Decoded& d = insts[k];
      Bits o(words, 0);
      auto merge = [&](size_t target_pc) {
        if (target_pc >= index_of_pc_.size() || index_of_pc_[target_pc] < 0) return;
        const Bits& s = in_[size_t(index_of_pc_[target_pc])];
        for (size_t w = 0; w < words; ++w) o[w] |= s[w];
      };
      if (d.falls_through) merge(d.next);
      for (size_t target : d.successors) merge(target);
      Bits after = o;
      for (size_t def : d.defs) after[def / 64] &= ~(uint64_t(1) << (def % 64));
      Bits in = d.merge_point ? Bits(words, 0) : after;
      for (size_t use : d.uses) set(in, use);
      if (in != in_[k] || after != after_[k] || o != out_[k]) {
        in_[k] = std::move(in);
        after_[k] = std::move(after);
        out_[k] = std::move(o);
        changed = true;
      }
    }
  }
}

bool JitCodeLiveness::test(const std::vector<Bits>& sets, size_t pc, int bank, uint16_t reg) const {
  if (pc >= index_of_pc_.size() || index_of_pc_[pc] < 0) return true;  // unknown: keep it
  size_t k = bit(bank, reg);
  const Bits& b = sets[size_t(index_of_pc_[pc])];
  return (b[k / 64] >> (k % 64)) & 1;
}

const JitCodeLiveness& JitCodeLiveness::of(const JitCode& code) {
  if (!code.liveness) code.liveness = std::make_shared<const JitCodeLiveness>(code);
  return *code.liveness;
}

}  // namespace weft::jit
