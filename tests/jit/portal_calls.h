// The callees of the random traces' call_assembler (RandomTraceOptions::calls), standing for a
// portal's compiled code or native run. Each takes a frame's address (kFrameWords words:
// ints, then Cells) and an int, and reads and writes that frame only, plus one word of raw
// memory and new Cells, as a portal call keeps to its own activation (and the interpreter's
// globals): what the optimizer may assume of a call with EffectInfo::private_frames.
#pragma once

#include <cstdint>
#include <memory>

#include "random_trace.h"
#include "weft/jit/backend.h"

namespace jit_test {

enum class Callee {
  Int,   // an int result; allocates a Cell and, every few calls, runs a collection
  Cell,  // a new Cell as the result
  Stub,  // a backend call stub into a compiled callee trace (PortalCallees)
};
constexpr int kCallees = 3;

const weft::jit::CallAssemblerToken* portal_token(Callee callee);

// While it lives, the Stub token is a call stub of `backend` (Backend::compile_call_stub)
// entering a compiled callee trace that may leave through a guard (then the stub calls its
// after-exit function), or, with direct(false), the stub's slow path: a C++ twin of that
// trace, which gives the same results and leaves the same state. Without one the token calls
// the twin directly.
class PortalCallees {
 public:
  PortalCallees(weft::jit::Backend& backend, const CellDescrs& descrs);
  ~PortalCallees();
  PortalCallees(const PortalCallees&) = delete;
  PortalCallees& operator=(const PortalCallees&) = delete;
  void direct(bool on);
  // How often the stub entered the compiled callee, and how often that left through its guard.
  uint64_t direct_entries() const { return entries_; }
  static uint64_t guard_exits();

 private:
  uint64_t entries_ = 0;
  weft::jit::Backend& backend_;
  weft::jit::CompiledTrace* callee_ = nullptr;
};

}  // namespace jit_test
