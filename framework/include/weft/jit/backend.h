// The x86-64 backend: compiles traces to machine code, runs them, attaches bridges to guards
// and invalidates compiled code.
//
// Execution model. Compiled code runs inside a frame created by a small entry trampoline:
// fixed-size spill area on the native stack (so the collector's conservative stack scan sees
// every spilled pointer), callee-saved registers preserved. A trace is entered with one 64-bit
// word per input; it leaves through an exit: a failing guard, a finish, or out of memory. The
// exit writes the values it saves into the caller's `io` buffer and returns its ExitInfo.
// A bridge is compiled for one guard exit; it starts with the guard's saved values in the
// registers and stack slots where the guard left them, and the guard's jump is patched to go
// straight to it. Jumps to labels of other traces are direct.
//
// Semantics are those of the IR interpreter (ir_interp.h), exactly, except for what the
// interpreter reports as an error of the trace (division by zero, null dereference): the
// tracer never records such traces and compiled code does not check for them. Out of memory
// is checked: the trace leaves through its OutOfMemory exit (the VM raises MemoryError).
//
// Code memory is never writable and executable at once (W^X). Compiled code is tied to the
// weft::gc::Heap that was current when the Backend was created (it embeds the heap's JIT
// contract). Single-threaded, like the heap.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "weft/jit/ir.h"

namespace weft::gc {
struct JitContract;
}

namespace weft::jit {

class CompiledTrace;
struct MachineCode;  // the backend's private view of a compiled trace

// One way out of a compiled trace.
struct ExitInfo {
  enum class Kind : uint8_t { Guard, Finish, OutOfMemory };
  Kind kind = Kind::Guard;
  // A finish whose first value is an int or a ref leaves it in a register, not in io[0] (a
  // caller in compiled code takes it from there); the entry trampoline copies it to io[0] for
  // callers in C++. Set by the backend.
  bool first_in_register = false;
  uint32_t inst = 0;  // the guard or finish instruction in the compiled trace (OutOfMemory: 0)
  // The values the exit writes to `io`, in order: for a guard, every instruction value its
  // snapshot refers to (frames first, then virtual objects' fields; each once, in order of first
  // reference); for a finish, its operands (constants included).
  std::vector<Value> saved;
  std::vector<Type> types;  // of `saved`
  const CompiledTrace* trace = nullptr;
  const CompiledTrace* bridge = nullptr;  // attached by Backend::compile_bridge
};

struct BackendStats {
  uint64_t traces = 0;  // loops and bridges compiled
  uint64_t bridges = 0;
  uint64_t ir_ops = 0;  // instructions compiled
  uint64_t code_bytes = 0;
  uint64_t compile_ns = 0;  // time spent in compile_trace/compile_bridge
  // call_assemblers of a call stub's token compiled to do the stub's work themselves (no call
  // of the stub; the trace enters the callee's code through the entry trampoline).
  uint64_t inline_call_stubs = 0;
};

// What Backend::compile_call_stub makes: the function a call_assembler calls
// (CallAssemblerToken::helper), with the token and `portal_args` + `reds` words (at most five)
// as arguments. If the token's `entry` is set, it enters that compiled code directly with the
// reds as inputs and returns a finish's first value; if the code leaves through another exit,
// it returns what `after_exit(token, exit, io, words)` returns (`words` the call's words in
// order, `io` the exit's values). If `entry` is 0 it jumps to `slow` (same arguments).
// A call_assembler compiled to do the stub's work inline passes the backend's shared io buffer
// (not on the native stack, not scanned by the collector, reused by the next such call):
// `after_exit` must copy the exit's values before it runs anything that may collect or enter
// compiled code.
struct CallStubSpec {
  size_t portal_args = 0;
  size_t reds = 0;
  uintptr_t slow = 0;
  uintptr_t after_exit = 0;
  uint64_t* counter = nullptr;  // incremented on every direct entry
};

struct BackendOptions {
  bool perf_map = false;  // append "address size name" lines to /tmp/perf-<pid>.map
  // If not empty, each trace's machine code is written to <dump_dir>/<name>-<address>.bin, for
  // `objdump -D -b binary -mi386:x86-64 --adjust-vma=<address>`. Default: $WEFT_JIT_DUMP_DIR.
  std::string dump_dir = default_dump_dir();
  static std::string default_dump_dir();
  // Check every trace with ir_verify before compiling it (an invalid one is refused with
  // kInvalidTrace). JitRuntime sets it from $WEFT_JIT_VERIFY (off unless "1").
  bool verify = true;
};

class Backend {
 public:
  // Spill slots of a compiled frame and words of the `io` buffer; traces that need more fail to
  // compile (the tracer then shortens them).
  static constexpr size_t kMaxSpillSlots = 64;
  static constexpr size_t kMaxIoWords = 256;
  // How the `*error` of compile_trace/compile_bridge starts when the trace fails ir_verify.
  static constexpr const char* kInvalidTrace = "invalid trace: ";

  // Uses the JIT contract of weft::gc::Heap::current() (which must exist).
  explicit Backend(const BackendOptions& options = {});
  ~Backend();
  Backend(const Backend&) = delete;
  Backend& operator=(const Backend&) = delete;

  // Compiles a verified trace that starts with its inputs (a loop, or a trace ending in a
  // finish or a jump to a label of an earlier compiled trace). Its labels become jump targets
  // for later traces when everything live at them is a label argument. Returns null and sets
  // `*error` if the trace cannot be compiled. The compiled trace keeps `trace` (move it in when
  // the caller does not need it: the JIT runtime's copies cost ~1% of compiling).
  CompiledTrace* compile_trace(Trace trace, const std::string& name, std::string* error);

  // Compiles `bridge` for the guard exit `exit` (which has none yet): the bridge's inputs take
  // exit.saved, in order and with the same types. On success the guard jumps to the bridge.
  CompiledTrace* compile_bridge(const ExitInfo& exit, Trace bridge, const std::string& name,
                                std::string* error);

  // Runs `trace` from its start with one word per input (an int, a pointer or a double's bits).
  // Returns the exit taken; io[k] holds the value of exit->saved[k]. `io` must have room for
  // kMaxIoWords words, and should live on the native stack if it may hold the only pointer to
  // an object when the collector runs.
  const ExitInfo* run(const CompiledTrace& trace, std::span<const uint64_t> inputs,
                      uint64_t* io) const;
  // run() with the inputs already in io[0], io[1], ... (no copy: calls from compiled code).
  const ExitInfo* run_in_place(const CompiledTrace& trace, uint64_t* io) const;

  // A call_assembler stub (CallStubSpec), living as long as the backend; 0 if the spec has
  // more than five words.
  uintptr_t compile_call_stub(const CallStubSpec& spec);
  // The address compiled code enters `trace` at (CallAssemblerToken::entry): its register
  // entry, where the first inputs are expected in registers (docs/jit-backend.md), not io.
  uintptr_t entry_of(const CompiledTrace& trace) const;

  // Makes every guard_not_invalidated of `trace` and of its bridges fail from now on.
  void invalidate(CompiledTrace& trace);

  // Frees `trace`, its bridges, every trace whose final jump reaches one of its labels (bridges
  // of other loops: their guards go back to leaving through their exit stubs), and their code.
  void free(CompiledTrace* trace);

  const BackendStats& stats() const { return stats_; }

 private:
  struct Impl;
  CompiledTrace* compile(Trace&& trace, const std::string& name, const ExitInfo* from,
                         std::string* error);
  std::unique_ptr<Impl> impl_;
  BackendStats stats_;
};

// A trace in machine code. Owned by the Backend.
class CompiledTrace {
 public:
  const std::string& name() const { return name_; }
  const Trace& ir() const { return ir_; }  // the trace as compiled (guards' snapshots)
  std::span<const ExitInfo> exits() const { return exits_; }
  // The exit of the guard or finish at instruction `inst`, or null.
  const ExitInfo* exit_at(uint32_t inst) const;
  const ExitInfo& out_of_memory_exit() const { return exits_.back(); }
  uintptr_t code_address() const { return code_; }
  size_t code_size() const { return code_size_; }
  bool invalidated() const { return invalidated_; }
  const CompiledTrace* parent() const { return parent_; }  // bridges: the guard's trace
  ~CompiledTrace();

 private:
  friend class Backend;
  CompiledTrace() = default;
  std::string name_;
  Trace ir_;
  std::vector<ExitInfo> exits_;  // guards and finishes in trace order, then OutOfMemory
  uintptr_t code_ = 0;
  size_t code_size_ = 0;
  bool invalidated_ = false;
  CompiledTrace* parent_ = nullptr;
  std::vector<CompiledTrace*> bridges_;
  std::unique_ptr<MachineCode> machine_;
};

}  // namespace weft::jit
