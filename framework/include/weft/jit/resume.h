// Resume: turning a failed guard's snapshot into interpreter frames (ARCHITECTURE.md §5,
// deoptimization). The snapshot names each live value as an instruction of the trace (its word
// was saved by the exit), a constant, or a virtual object the optimizer removed; resume reads
// the saved words, materializes the virtual objects on the current weft::gc::Heap and hands
// every frame's values, outermost frame first, to a FrameBuilder (the meta-tracer's builds
// jitcode frames for the blackhole interpreter).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>

#include "weft/jit/ir.h"

namespace weft::jit {

// Receives the frames of a resumed guard. resume() calls begin_frame once per frame, outermost
// first, each followed by set_value for the registers of that frame that have a value (in
// increasing order; all of 0 ... num_values - 1 for a dense ResumeFrame, only the live ones
// for a sparse one: the others are dead and stay 0).
class FrameBuilder {
 public:
  virtual ~FrameBuilder() = default;
  // Starts the frame of `jitcode` resuming at `pc` with registers 0 ... num_values - 1.
  virtual void begin_frame(uint32_t jitcode, uint32_t pc, size_t num_values) = 0;
  // The value of register `index` of the current frame: an int, a pointer to a payload (or null),
  // or a double's bits. resume() keeps the objects it passes alive only until it returns; a
  // builder that allocates, or whose frames outlive the call, must keep them reachable (native
  // stack, a gc::Root, or a heap object) itself.
  virtual void set_value(size_t index, Type type, uint64_t bits) = 0;
  // Called once before the frames, after the snapshot's virtual objects are materialized and
  // its raw stores done: each virtual object's address, in the snapshot's numbering (the
  // meta-tracer starting a bridge records their allocation). Same lifetime as set_value's.
  virtual void materialized(std::span<const uint64_t> objects) { (void)objects; }
};

// The word instruction `inst` of the trace had when the trace was left (what the exit saved).
// Only called for instructions the snapshot refers to, and only before resume() allocates, so
// the words it reads need not be visible to the collector.
using SavedValues = std::function<uint64_t(Value inst)>;

enum class ResumeStatus : uint8_t {
  Ok,
  OutOfMemory,  // materializing a virtual object failed: the VM raises MemoryError
  Invalid,      // a malformed snapshot or no current heap: a bug of the JIT, not of the program
};

// Resolves `snapshot` (a guard's, of `trace`) into frames for `builder`. Constants come from the
// trace, instruction values from `saved`. Every virtual object of the snapshot is allocated
// once, however often it is referenced (nested and cyclic references included), with the
// interpreter's new_object/new_array layout: zeroed, the fields or items the snapshot lists
// stored through their descriptors, an array's length word set to its number of items. Ref
// stores run the write barrier. Allocation may collect: until resume() returns, the saved words
// and the materialized objects are roots.
//
// On any status but Ok, `builder` has not been called, `*error` (if given) says why, and
// objects already materialized are garbage. The snapshot is checked only as far as needed not
// to write outside an object; run the verifier for the rest.
ResumeStatus resume(const Trace& trace, const Snapshot& snapshot, const SavedValues& saved,
                    FrameBuilder& builder, std::string* error = nullptr);

}  // namespace weft::jit
