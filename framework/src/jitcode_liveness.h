// Register liveness of a jitcode: which registers hold values the rest of the code still
// reads. A guard's resume data needs only those: dead registers are recorded as constant 0,
// so compiled exits save fewer values and comparisons whose results are dead fuse into their
// guards. Computed once per jitcode by backward dataflow over its instructions.
//
// The merge point is where the portal is entered with its greens and reds only: nothing else is
// live into it (the codegen guarantees this, recomputing what it must).
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

#include "weft/jit/jitcode.h"

namespace weft::jit {

class JitCodeLiveness {
 public:
  explicit JitCodeLiveness(const JitCode& code);

  // Whether register `reg` of `bank` is live when the instruction at `pc` starts (a resumed
  // frame re-executes that instruction).
  bool live_in(size_t pc, int bank, uint16_t reg) const { return test(in_, pc, bank, reg); }
  // Whether it is live once the instruction at `pc` has completed, not counting what the
  // instruction itself writes (a caller frame resumes after its inline call with the result).
  bool live_after(size_t pc, int bank, uint16_t reg) const { return test(after_, pc, bank, reg); }
  // Whether the value register `reg` of `bank` holds once the instruction at `pc` has completed
  // (its result, if it writes it) is read later: the tracer records no pure operation whose
  // result is dead.
  bool live_out(size_t pc, int bank, uint16_t reg) const { return test(out_, pc, bank, reg); }

  // Calls fn(flat) for each register live at `pc` (after: as live_after()), in increasing
  // order of its flat number (banks in order, then registers; see bank_base()); for every
  // register if `pc` is not an instruction. Snapshots are built this way: one per guard.
  template <class Fn>
  void for_each_live(size_t pc, bool after, Fn&& fn) const {
    if (pc >= index_of_pc_.size() || index_of_pc_[pc] < 0) {
      for (size_t k = 0; k < total_; ++k) fn(k);
      return;
    }
    const Bits& b = (after ? after_ : in_)[size_t(index_of_pc_[pc])];
    for (size_t w = 0; w < b.size(); ++w)
      for (uint64_t bits = b[w]; bits != 0; bits &= bits - 1)
        fn(w * 64 + size_t(std::countr_zero(bits)));
  }
  // How many registers for_each_live() visits.
  size_t live_count(size_t pc, bool after) const {
    if (pc >= index_of_pc_.size() || index_of_pc_[pc] < 0) return total_;
    size_t n = 0;
    for (uint64_t word : (after ? after_ : in_)[size_t(index_of_pc_[pc])])
      n += size_t(std::popcount(word));
    return n;
  }
  // The flat number of register 0 of `bank`.
  size_t bank_base(int bank) const { return base_[bank]; }

  // The liveness of `code`, computed on first use and kept in the JitCode.
  static const JitCodeLiveness& of(const JitCode& code);

 private:
  using Bits = std::vector<uint64_t>;
  bool test(const std::vector<Bits>& sets, size_t pc, int bank, uint16_t reg) const;
  size_t bit(int bank, uint16_t reg) const { return base_[bank] + reg; }

  size_t base_[3] = {0, 0, 0};
  size_t total_ = 0;
  std::vector<int32_t> index_of_pc_;    // instruction number at each code offset, or -1
  std::vector<Bits> in_, after_, out_;  // per instruction
};

}  // namespace weft::jit
