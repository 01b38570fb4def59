// The meta-tracing JIT behind one JitDriver: warm-up -> tracing -> optimization -> compiled
// loop -> guard failure -> bridge or blackhole -> back to the native interpreter
// (docs/meta-tracing.md §4).
//
//   weft::gc::Heap heap;
//   std::string error;
//   auto jit = weft::jit::JitRuntime::create(driver, weft_embedded_jitcode, {"bf_run"}, &error);
//   ... run the interpreter: WEFT_CAN_ENTER_JIT hands hot positions to the runtime ...
//
// The runtime attaches itself to the driver (JitDriver::set_portal_jit) and detaches when
// destroyed. It needs the current weft::gc::Heap (compiled code allocates from it) and is
// single-threaded like the heap.
//
// Environment: WEFT_JIT_LOG=FILE (or "-" for stderr) writes the JIT log: every trace before
// and after optimization with the user-level position of its greens, aborts, bridges, and the
// statistics at the end.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "weft/jit/hints.h"
#include "weft/jit/jitcode.h"

namespace weft::jit {

struct JitStats {
  uint64_t loops = 0;           // traces compiled from a hot loop
  uint64_t bridges = 0;         // traces compiled from a hot guard
  uint64_t aborts = 0;          // traces given up (too long, too deep, unsupported)
  uint64_t blacklisted = 0;     // positions no longer traced after repeated aborts
  uint64_t entries = 0;         // times compiled code was entered
  uint64_t direct_calls = 0;    // portal calls from compiled code into compiled code
  uint64_t guard_failures = 0;  // guard exits back to the runtime
  uint64_t blackhole_runs = 0;  // resumptions in the blackhole interpreter
  uint64_t invalidated = 0;     // traces invalidated by writes of quasi-immutable fields
  uint64_t tracing_ns = 0;      // recording, optimizing and compiling
  uint64_t recording_ns = 0;
  uint64_t optimizing_ns = 0;
  uint64_t compiling_ns = 0;
  uint64_t ops_recorded = 0;
  uint64_t ops_compiled = 0;
};

struct JitRuntimeOptions {
  std::string portal;  // name of the portal's jitcode (the function with the merge point)
  // `$sym(NAME)` in the jitcodes; default: the running program's symbols (dlsym).
  SymbolResolver resolve;
  // The user-level position of a merge point's greens (int greens, then ref, then float),
  // for the JIT log; default: the greens as numbers.
  std::function<std::string(std::span<const uint64_t> greens)> printable_location;
  // The JIT log; default: $WEFT_JIT_LOG ("-" is stderr), or none.
  std::string log_path = default_log_path();
  static std::string default_log_path();
  // JitStats::direct_calls also counts the calls compiled code makes into compiled code itself
  // (an add to memory per call; the C++ paths always count). Always on when the log is.
  bool count_direct_calls = false;
};

class JitRuntime final : public PortalJit {
 public:
  // Parses the interpreter's jitcodes, finds the portal's merge point and checks it against the
  // driver's greens and reds. Null with *error set if something does not fit.
  static std::unique_ptr<JitRuntime> create(JitDriver& driver, std::string_view jitcode_text,
                                            const JitRuntimeOptions& options, std::string* error);
  ~JitRuntime() override;
  JitRuntime(const JitRuntime&) = delete;
  JitRuntime& operator=(const JitRuntime&) = delete;

  bool enter(uint64_t green_hash, PortalState& state, uint64_t* result) override;

  const JitStats& stats() const;
  // The statistics as "name: value" lines.
  std::string stats_text() const;

 private:
  struct Impl;
  explicit JitRuntime(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace weft::jit
