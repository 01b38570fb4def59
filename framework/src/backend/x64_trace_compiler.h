// Instruction selection for x86-64: turns one trace into position-independent machine code plus
// the facts the Backend needs to link and patch it (exit stubs and the jumps to them, labels,
// jumps to other code). The Backend places the code and resolves the external jumps.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "backend/x64_reg_alloc.h"
#include "weft/gc/jit_contract.h"
#include "weft/gc/jit_raw_allocation.h"
#include "weft/jit/backend.h"

namespace weft::jit::backend {

// A label of a compiled trace that other traces may jump to.
struct LabelTarget {
  uintptr_t address = 0;
  std::vector<Loc> locs;  // where each label argument must be
  std::vector<Type> types;
  CompiledTrace* owner = nullptr;
};

// The register entry convention, for calls from compiled code into a trace (direct portal
// calls, call stubs: CallAssemblerToken::entry): input k < std::size(kEntryRegs) of int or ref
// type arrives in kEntryRegs[k] (rdx rcx r8 r9), every other input in io word k. The callee's
// first loads then do not wait on the caller's stores into io (a chain of dependent loads at
// every entry of a recursive function trace: [rsp], io, the frame, its slots).
inline constexpr RegId kEntryRegs[] = {2, 1, 8, 9};
// A finish exit's first value, when it is an int or a ref, is in this register (rdx) when the
// frame returns, not in io word 0 (ExitInfo::first_in_register).
inline constexpr RegId kFinishReg = 2;

struct MachineOutput {
  std::vector<uint8_t> code;
  size_t entry = 0;           // where run() enters (loads the inputs from io); traces only
  size_t register_entry = 0;  // the same with the register entry convention; traces only
  // A rel32 at `offset` that must reach the absolute address `target`, relative to the end of
  // its instruction at `end` (a jump's or call's rel32 ends it: offset + 4; a RIP-relative
  // operand may have an immediate after it).
  struct External {
    size_t offset;
    uintptr_t target;
    size_t end;
  };
  std::vector<External> externals;
  struct Exit {
    size_t stub = 0;  // offset of the exit stub
    // Inline: most guards have one jump and no nop.
    InlineVector<size_t, 1> jump_sites;  // rel32 fields of the jumps to the stub
    InlineVector<size_t, 1> nop_sites;   // guard_not_invalidated: 5-byte nops to patch into jumps
    std::vector<Loc> locs;               // where the guard left each saved value
  };
  std::vector<Exit> exits;  // parallel to CompiledTrace::exits()
  struct Label {
    const LabelDescr* descr;
    size_t offset;
    std::vector<Loc> locs;
    std::vector<Type> types;
    bool closed;  // everything live at it is a label argument: other traces may jump to it
  };
  std::vector<Label> labels;
  uint32_t spill_slots = 0;
  uint32_t inline_call_stubs = 0;  // call_assemblers that do their stub's work inline

  // Empties it for the next trace; the vectors keep their memory.
  void clear();
};

// What a compilation works with and does not keep, kept by the Backend from one compilation
// to the next: set up again for each trace, everything keeps its memory (asmjit's zone and
// label tables, the live ranges' and the register allocator's tables, the output's vectors), so
// compiling a trace allocates little besides what the compiled trace keeps.
struct Workspace {
  asmjit::CodeHolder code;
  x86::Assembler assembler;
  LiveRanges live;
  RegAlloc::Tables registers;
  std::vector<size_t> exit_of_inst;  // TraceCompiler's
  std::vector<bool> exit_recorded;
  std::vector<uint32_t> values;  // prologue(), label(): instruction values
  std::vector<uint32_t> more_values;
  std::vector<Loc> locs;
  std::vector<std::pair<Loc, Loc>> moves;  // jump()
  std::vector<uint32_t> loop_live;         // TraceCompiler's
  std::vector<Loc> loop_locs;
  MachineOutput output;  // the Backend's, cleared by compile_x64()
};

struct CompileContext {
  // Reused between compilations; null: the compilation makes its own.
  Workspace* workspace = nullptr;
  const gc::JitContract* contract = nullptr;
  // Compiled code's own allocation point, memory not zeroed; null: only the contract's.
  const gc::JitRawAllocation* raw_allocation = nullptr;
  uintptr_t exit_trampoline = 0;  // rax = ExitInfo*: leaves compiled code
  const std::unordered_map<const LabelDescr*, LabelTarget>* labels = nullptr;
  // Bridges: where the guard left the values that become the bridge's inputs.
  const std::vector<Loc>* bridge_inputs = nullptr;
  // The frame entry (rdi = io, rsi = code: makes a compiled frame and jumps to the code; the
  // exit returns from it; no register is preserved), and the backend's call stubs by address:
  // call_assembler of a token whose helper is one of them enters the callee from the trace.
  uintptr_t frame_entry = 0;
  const std::unordered_map<uintptr_t, CallStubSpec>* call_stubs = nullptr;
  // The io buffer of those calls (kMaxIoWords words; shared, not on the native stack): the
  // callee's inputs, then the values its exit saves until the caller has read them.
  uint64_t* call_io = nullptr;
  // Whether a rel32 from the code memory reaches an absolute address (CodeMemory::reaches):
  // such addresses are RIP-relative operands.
  std::function<bool(uintptr_t)> reaches;
};

// Compiles `trace` whose exits (guards and finishes in order, then OutOfMemory) are `exits`
// into `out` (cleared first). Returns false and sets *error if it cannot.
bool compile_x64(const Trace& trace, const std::vector<ExitInfo>& exits, const CompileContext& ctx,
                 MachineOutput* out, std::string* error);

}  // namespace weft::jit::backend
