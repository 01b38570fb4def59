// The register allocator of the x86-64 backend: one forward pass over the trace (linear scan in
// trace order, as LuaJIT and RPython do it), deciding where each SSA value lives while the
// trace compiler emits code. A value lives in a register, in a spill slot, or both (values never
// change, so a spilled copy stays valid); it is spilled when registers run out, choosing the
// value whose last use is furthest away, and freed after its last use.
//
// Frame: [rsp] holds the io buffer pointer, [rsp + 8 + 8k] is spill slot k. r10, r11 and xmm15
// are scratch registers for the trace compiler and are never allocated.
#pragma once

#include <asmjit/x86.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "backend/live_ranges.h"
#include "weft/jit/ir.h"

namespace weft::jit::backend {

namespace x86 = asmjit::x86;

// Register numbers: 0-15 general purpose (asmjit ids), 16-31 xmm0-xmm15.
using RegId = uint8_t;
inline constexpr RegId kXmmBase = 16;
inline constexpr RegId kNumRegs = 32;
inline bool is_xmm(RegId r) { return r >= kXmmBase; }
inline x86::Gp gp_reg(RegId r) { return x86::gpq(r); }
inline x86::Xmm xmm_reg(RegId r) { return x86::xmm(uint32_t(r - kXmmBase)); }
inline constexpr RegId kScratch1 = 11, kScratch2 = 10, kScratchXmm = kXmmBase + 15;

// Where a value is: a register, a spill slot, or (for moves) a constant. An exit may also give
// a value as a register's or a slot's value plus `bits`: an address folded into the loads and
// stores using it (LiveRanges::address_base), computed only where an exit saves it.
struct Loc {
  enum class Kind : uint8_t { None, Reg, Slot, Const, RegPlus, SlotPlus };
  Kind kind = Kind::None;
  uint16_t index = 0;  // register number or slot
  uint64_t bits = 0;   // constants
  static Loc reg(RegId r) { return {Kind::Reg, r, 0}; }
  static Loc slot(uint16_t s) { return {Kind::Slot, s, 0}; }
  static Loc constant(uint64_t b) { return {Kind::Const, 0, b}; }
  static Loc plus(Loc base, int64_t offset);  // base (Reg, Slot or Const) + offset
  bool operator==(const Loc&) const = default;
  explicit operator bool() const { return kind != Kind::None; }
};

// Spill slot `slot` is [rsp + slot_offset(slot)].
inline int32_t slot_offset(uint16_t slot) { return 8 + 8 * int32_t(slot); }
x86::Mem slot_mem(uint16_t slot);

class RegAlloc {
  struct ValueLoc {
    int8_t reg = -1;
    int16_t slot = -1;
  };

 public:
  // The allocator's tables, kept from one trace to the next (their memory is reused).
  class Tables {
    friend class RegAlloc;
    std::vector<ValueLoc> loc;
    std::vector<bool> slot_used;
    std::vector<uint32_t> next_call;  // first call at or after each instruction
  };
  RegAlloc(x86::Assembler& a, const Trace& trace, const LiveRanges& live, Tables& tables);

  // Starts instruction `i`: values read by it are protected from being spilled to make room.
  void begin(uint32_t i);
  // Ends the current instruction: frees what died at it.
  void end();

  // The value in a register of its class, loaded or materialized if needed.
  x86::Gp gp(Value v);
  x86::Xmm xmm(Value v);
  // An int/ref operand as register, spill slot or 32-bit immediate; other constants go to r11.
  asmjit::Operand int_operand(Value v, bool allow_imm = true);
  // A float operand as xmm register or spill slot; constants go to xmm15.
  asmjit::Operand float_operand(Value v);

  // A register for the result of the current instruction; `avoid` is a mask of registers it
  // must not be (fixed-register instructions).
  x86::Gp def_gp(uint32_t avoid = 0);
  x86::Xmm def_xmm();
  // A result register initialized with `a` (two-address instructions): a's own register if `a`
  // dies here, else a fresh one. Never the register of any other operand of the instruction.
  x86::Gp def_gp_from(Value a);
  x86::Xmm def_xmm_from(Value a);
  // The current instruction's result is in register `r` (freed beforehand by evict()).
  void def_in(RegId r);

  // Empties the registers in `mask` (their values move to other registers or spill slots) and
  // keeps them out of allocation until the instruction ends: for fixed-register instructions.
  // Call it before placing the instruction's operands.
  void reserve(uint32_t mask);
  // Copies `v` into the reserved register `r` (dividend, shift count).
  void load_into(RegId r, Value v) { move(Loc::reg(r), where(v)); }
  // Before a call: values that outlive the instruction leave the caller-saved registers.
  void spill_caller_saved() { spill(kCallerSaved); }
  // Values that outlive the instruction leave the registers in `mask` (a call that preserves
  // none: every register).
  void spill(uint32_t mask);
  // Where `v` stays during a call that preserves no register: a spill slot (stored there if it is
  // not yet; one that dies at the call keeps its slot until the instruction ends), or Const.
  Loc in_memory(Value v);
  // Registers holding values that outlive the current instruction, among `mask`.
  uint32_t live_regs_after(uint32_t mask) const;

  // The primary location of a value (register if it has one); constants as Const.
  Loc where(Value v) const;
  // Where an exit finds `v`: where(v), or its address base's location plus the offset for an
  // address folded into its uses.
  Loc saved_where(Value v) const;
  bool dies_here(Value v) const;

  // Makes the instruction values in `values` live at `locs` (trace inputs, bridge inputs; a
  // RegPlus or SlotPlus location is computed into a register, if the value is used).
  void place(const std::vector<uint32_t>& values, const std::vector<Loc>& locs);
  // Loop header: values live at a label get one location each; sets `out` to them.
  void fix_label(const std::vector<uint32_t>& live, std::vector<Loc>& out);
  // Moves `srcs` (values, constants) to `dsts` simultaneously (jumps, calls); empties `moves`.
  void parallel_move(std::vector<std::pair<Loc, Loc>>& moves);
  void parallel_move(std::vector<std::pair<Loc, Loc>>&& moves) { parallel_move(moves); }

  uint32_t slots_used() const { return max_slots_; }
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  static uint32_t mask(RegId r) { return 1u << r; }
  static const uint32_t kCallerSaved;  // rax rcx rdx rsi rdi r8-r11, every xmm
  static const uint32_t kIntArgs[6];

 private:
  bool is_float(uint32_t v) const { return t_.insts[v].type == Type::Float; }
  RegId take_reg(bool xmm, uint32_t avoid, uint32_t for_value);
  void bind(RegId r, uint32_t v);
  void unbind_reg(RegId r);
  uint16_t ensure_slot(uint32_t v);
  void free_value(uint32_t v);
  void move(Loc dst, Loc src);
  bool move_directly(Loc dst, Loc src);
  RegId load(Value v, bool xmm);
  void fail(std::string what);
  void evict(RegId r);

  x86::Assembler& a_;
  const Trace& t_;
  const LiveRanges& live_;
  std::vector<ValueLoc>& loc_;
  std::array<int32_t, kNumRegs> owner_;  // value in each register, -1 if none
  std::vector<bool>& slot_used_;
  uint32_t max_slots_ = 0;
  uint32_t pinned_ = 0;  // registers the current instruction reads
  uint32_t current_ = 0;
  int32_t def_ = -1;                  // the current instruction's result, once placed
  std::vector<uint32_t>& next_call_;  // first call at or after each instruction
  std::string error_;
};

}  // namespace weft::jit::backend
