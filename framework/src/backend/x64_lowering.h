// The x86-64 instruction selector's state, shared by its parts: x64_trace_compiler.cpp (the
// driver: entry, dispatch, guards and exits, labels and jumps, output), x64_lower_values.cpp
// (integer and float arithmetic, comparisons) and x64_lower_memory.cpp (loads, stores, the
// write barrier, allocation, calls). Internal to the backend.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "backend/x64_direct_encoder.h"
#include "backend/x64_trace_compiler.h"
#include "weft/gc/layout.h"

namespace weft::jit::backend {

using asmjit::imm;
using asmjit::Label;
using asmjit::Operand;
using x86::CondCode;

inline bool fits_i32(int64_t v) { return v == int64_t(int32_t(v)); }

// [base + disp] with a 64-bit base register and nothing else (no index, segment, label or RIP):
// the memory operand DirectEncoder writes. `plain` is false for other operands.
struct PlainMemory {
  bool plain = false;
  RegId base = 0;
  int32_t disp = 0;
};
inline PlainMemory plain_memory(const x86::Mem& m) {
  if (!m.hasBaseReg() || !m.baseReg().isGpq() || m.hasIndex() || m.hasSegment() ||
      !fits_i32(m.offset()))
    return {};
  return {true, RegId(m.baseId()), int32_t(m.offset())};
}

class ErrorCollector : public asmjit::ErrorHandler {
 public:
  void handleError(asmjit::Error, const char* message, asmjit::BaseEmitter*) override {
    if (error.empty()) error = std::string("assembler: ") + message;
  }
  std::string error;
};

// A call_assembler entering its callee's compiled code directly (call_direct()): what its
// out-of-line paths need.
struct DirectCall {
  Label slow, left, back;
  uint64_t token = 0;
  const CallStubSpec* spec = nullptr;
  // The call's words (portal arguments, then reds) where the out-of-line paths find them: spill
  // slots or constants (registers do not survive the call).
  std::vector<Loc> words;
};

// An allocation whose fast path failed: the out-of-line call to the collector.
struct SlowAlloc {
  Label entry, resume;
  x86::Gp result;
  uint32_t saved_regs;  // live caller-saved registers to preserve around the call
  gc::TypeId type;
  size_t payload;
  int64_t length = -1;  // arrays: the length to store
  uint32_t length_offset = 0;
  bool raw = false;  // from the JitContract's raw point (memory not zeroed)
};

class TraceCompiler {
 public:
  TraceCompiler(const Trace& t, const std::vector<ExitInfo>& exits, const CompileContext& ctx,
                MachineOutput* out)
      : t_(t),
        exits_(exits),
        ctx_(ctx),
        c_(*ctx.contract),
        out_(*out),
        own_workspace_(ctx.workspace ? nullptr : std::make_unique<Workspace>()),
        ws_(ctx.workspace ? *ctx.workspace : *own_workspace_),
        code_(ws_.code),
        a_(ws_.assembler),
        live_(ws_.live),
        exit_of_inst_(ws_.exit_of_inst),
        recorded_(ws_.exit_recorded),
        loop_live_(ws_.loop_live),
        loop_locs_(ws_.loop_locs) {
    code_.reset(asmjit::ResetPolicy::kSoft);  // detaches a_, keeps the memory
    code_.init(asmjit::Environment::host());
    code_.setErrorHandler(&errors_);
    code_.attach(&a_);
    live_.compute(t, exits);
    ra_.emplace(a_, t_, live_, ws_.registers);
    out_.clear();
    out_.exits.resize(exits.size());
    recorded_.assign(exits.size(), false);
    exit_of_inst_.assign(t.insts.size(), 0);
    loop_live_.clear();
    loop_locs_.clear();
    for (size_t k = 0; k < exits.size(); ++k)
      if (exits[k].kind != ExitInfo::Kind::OutOfMemory) exit_of_inst_[exits[k].inst] = k;
  }

  bool run(std::string* error);

 private:
  bool ok() const { return problem_.empty() && !ra_->failed() && errors_.error.empty(); }
  void fail(std::string what);
  std::span<const Value> args(uint32_t i) const { return t_.args(t_.insts[i]); }

  // --- entry -------------------------------------------------------------------------------

  void prologue();

  // --- dispatch ------------------------------------------------------------------------------

  void lower(uint32_t i);

  void emit2(asmjit::InstId id, const Operand& a, const Operand& b) { a_.emit(id, a, b); }
  // add/sub/and/or/xor/cmp of a 64-bit register with a register, an imm32 or [reg + disp]:
  // encoded directly (DirectEncoder), the same bytes as emit2's; other forms through emit2.
  void alu(asmjit::InstId id, const Operand& dst, const Operand& src);

  // --- integer arithmetic --------------------------------------------------------------------

  void binary(uint32_t i, asmjit::InstId id);
  bool zero_extended_32(Value v) const;

  void multiply(uint32_t i);

  // C division (truncating) in rdx:rax; x / -1 is -x and x % -1 is 0 without trapping.
  void divide(uint32_t i);
  // x (in rax) / d or x % d into rdx, for a constant |d| >= 2 other than INT64_MIN.
  void divide_by_constant(bool mod, int64_t d);

  void shift(uint32_t i);

  // --- comparisons ---------------------------------------------------------------------------

  // Whether the result of comparison `i` is only used by a guard shortly after it, with only
  // flag-preserving instructions between: then the guard branches on the flags and the 0/1
  // value is never made. fused_guard() names that guard (UINT32_MAX if none).
  bool fuses_with_guard(uint32_t i) const;
  uint32_t fused_guard(uint32_t i) const;
  bool keeps_flags(uint32_t j) const;

  void set_flag_result(uint32_t i, CondCode cc, x86::Gp r);

  // Whether `i` is an int_and of two comparisons made by set_flag_result() that it is the only
  // reader of: they leave their 0/1 in the low byte only, and the and is a `test` of the two
  // bytes (branched on by its guard when it fuses with one).
  bool and_of_conditions(uint32_t i) const;
  bool only_read_by_and(uint32_t c) const;
  void and_conditions(uint32_t i);

  void compare_int(uint32_t i, CondCode cc);

  void test_int(uint32_t i, CondCode cc);

  // --- floating point ------------------------------------------------------------------------

  void float_binary(uint32_t i, asmjit::InstId id);

  void float_mask(uint32_t i, asmjit::InstId id, uint64_t mask);

  // ucomisd sets CF/ZF like an unsigned comparison and all of ZF, PF, CF when unordered, so
  // "above" and "above or equal" are false for NaN, as IEEE comparisons must be.
  void compare_float(uint32_t i, bool swap, CondCode cc);

  void float_equality(uint32_t i);

  // --- guards and exits ------------------------------------------------------------------------

  // A conditional jump to exit `k`'s stub, recorded so a bridge can be patched in.
  void jump_to_exit(CondCode cc, size_t k);
  void always_exit(size_t k);

  // Where the saved values are when the guard jumps: after its operands were placed (which
  // may have moved other values), before anything else changes.
  void record_exit_locations(size_t k);

  void guard(uint32_t i);

  void guard_body(uint32_t i, size_t k);

  x86::Gp load_r10(uint64_t bits);

  // Stores `values` (at `locs`) into the io buffer and leaves through exit `k`.
  void leave(const std::vector<Loc>& locs, size_t k);

  // A jmp rel32 to an address outside the trace (the Backend resolves it once the code is
  // placed), appended to `e`'s bytes.
  void jump_external(DirectEncoder& e, uintptr_t target);

  void emit_stubs();

  void finish(uint32_t i);

  // --- control flow --------------------------------------------------------------------------

  void label(uint32_t i);
  // Pads the code to a multiple of 16 bytes with one nop instruction.
  void pad_to_16();

  void jump(uint32_t i);

  // --- memory ----------------------------------------------------------------------------------

  void load(x86::Mem mem, uint8_t size, bool is_signed, Type type);

  // Returns the bytes of the immediate the store ends with (0 for a register).
  size_t store(x86::Mem mem, uint8_t size, Value value);

  // The address of the raw field that instruction `i` reads or writes when it is a constant the
  // code reaches RIP-relative (an interpreter's globals; CompileContext::reaches), else 0.
  uintptr_t global_field(uint32_t i) const;
  // The operand of a RIP-relative access of `address`; after the instruction that uses it,
  // note_global() records its displacement (followed by `imm_bytes` of immediate) for placing.
  static x86::Mem global_operand();
  void note_global(uintptr_t address, size_t imm_bytes);

  // The card-marking write barrier of the JIT contract for a pointer stored at `slot`.
  void write_barrier(const x86::Mem& slot);

  bool needs_barrier(Value object, Value value) const;

  // The field `f` of `object` as a memory operand (an address addition folded in).
  x86::Mem field(Value object, const FieldDescr* f);

  void get_field(uint32_t i);
  // A field load read only by an equality test with a constant (directly, or through the zero
  // extension of an unsigned 32-bit field) that fuses with a guard: interpreters' type-tag
  // checks. Then the load is a `cmp` of the field with the constant, and the instructions up to
  // the test emit nothing. The test's index, else UINT32_MAX.
  uint32_t compared_load(uint32_t i) const;
  void compare_load(uint32_t i, uint32_t test);

  void set_field(uint32_t i);

  x86::Mem item(const ArrayDescr* d, x86::Gp base, Value index);

  void get_item(uint32_t i);

  void set_item(uint32_t i);

  // --- allocation ------------------------------------------------------------------------------

  // Bump allocation inline (JitContract), with the collector's slow path out of line.
  void allocate(uint32_t i, gc::TypeId type, size_t payload, int64_t length,
                uint32_t length_offset);

  void store_length(x86::Gp r, int64_t length, uint32_t offset);
  // What the code after the allocation `i` writes of the new object before anything may read
  // it. `unwritten`: the payload words it leaves partly unwritten (bit k: word k; all ones past
  // 64 words). Of those, the words whose written bytes all come from stores of integer
  // constants (a toy box's 4-byte kind): `constant_words` (word, value with zero elsewhere),
  // written whole at the allocation, and the stores that become redundant by it.
  struct NewObjectWrites {
    uint64_t unwritten = 0;
    std::vector<std::pair<int32_t, uint64_t>> constant_words;
    std::vector<uint32_t> constant_stores;
  };
  NewObjectWrites new_object_writes(uint32_t i, size_t payload, int64_t length,
                                    uint32_t length_offset) const;

  void emit_slow_alloc(const SlowAlloc& s);

  void new_array(uint32_t i);

  // --- calls -----------------------------------------------------------------------------------

  void call(uint32_t i);
  const CallStubSpec* direct_call_spec(uint32_t i) const;
  void call_direct(uint32_t i, const CallStubSpec& spec);
  void emit_direct_call_paths(const DirectCall& c);
  // A rel32 call of code in the backend's code memory.
  void call_external(uintptr_t target);

  // --- output ----------------------------------------------------------------------------------

  void finish_output();

  const Trace& t_;
  const std::vector<ExitInfo>& exits_;
  const CompileContext& ctx_;
  const gc::JitContract& c_;
  MachineOutput& out_;
  std::unique_ptr<Workspace> own_workspace_;
  Workspace& ws_;
  asmjit::CodeHolder& code_;
  x86::Assembler& a_;
  ErrorCollector errors_;
  LiveRanges& live_;
  std::optional<RegAlloc> ra_;
  std::vector<size_t>& exit_of_inst_;  // by instruction: its exit (guards and finishes)
  std::vector<bool>& recorded_;        // exit locations known
  Label oom_;  // the OutOfMemory exit's stub, where allocation slow paths jump
  std::vector<SlowAlloc> slow_allocs_;
  std::vector<DirectCall> direct_calls_;
  // Objects allocated since the last possible collection (a few: a collection point clears it).
  std::vector<uint32_t> young_;
  std::vector<uint32_t> done_stores_;             // setfield_gc written by their allocation already
  uint32_t compared_from_ = 0, compared_to_ = 0;  // (from, to]: done by compare_load()
  CondCode fused_ = CondCode::kE;
  uint32_t fused_inst_ = UINT32_MAX;  // the guard that branches on the flags
  uint32_t fused_cmp_ = UINT32_MAX;   // the comparison that set them
  Value fused_value_;                 // the comparison fused into the guard being compiled
  uint64_t fused_failing_ = 0;        // its value when that guard fails
  std::vector<uint32_t>& loop_live_;  // the loop label's live values and their places
  std::vector<Loc>& loop_locs_;
  Label loop_head_;
  std::string problem_;
  int64_t failed_at_ = -1;
};

}  // namespace weft::jit::backend
