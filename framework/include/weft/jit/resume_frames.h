// Resumed frames as plain data, for tests and diagnostics: resolve a failed guard into
// ResumedFrames, and compare two of them structurally (differential tests of the optimizer, the
// backend and the meta-tracer: optimized against unoptimized trace, compiled against
// interpreted, where the same object may be materialized in one run and allocated by the trace
// in the other).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "weft/jit/jitcode.h"
#include "weft/jit/resume.h"

namespace weft::jit {

struct InterpResult;

struct ResumedFrame {
  uint32_t jitcode = 0;
  uint32_t pc = 0;
  std::vector<std::pair<Type, uint64_t>> values;  // type and word, as FrameBuilder::set_value
  bool operator==(const ResumedFrame&) const = default;

  // The register file of `code` (this frame's jitcode) in the blackhole's layout: one vector
  // per bank with num_regs[bank] words; registers numbered across the banks (as in
  // ResumeFrame); those the frame gives no value (dead ones) are 0.
  void registers(const JitCode& code, std::vector<uint64_t> (&regs)[3]) const;
};

// The frames of one resumed guard. Its Ref values are GC roots for as long as it exists, so it
// may be kept while other code allocates (e.g. runs the trace it is to be compared with).
// Neither copyable nor movable: the roots are the addresses of its own words.
class ResumedFrames {
 public:
  ResumedFrames() = default;
  ~ResumedFrames();
  ResumedFrames(const ResumedFrames&) = delete;
  ResumedFrames& operator=(const ResumedFrames&) = delete;

  const std::vector<ResumedFrame>& frames() const { return frames_; }
  // "7@12: i5, f2.5, p0x7f..; 8@3: ..." (one line, for test messages).
  std::string to_string() const;

  // Replaces the frames (and the roots).
  void assign(std::vector<ResumedFrame> frames);

 private:
  void unroot();
  std::vector<ResumedFrame> frames_;
  std::vector<void* const*> roots_;
};

// resume() into `out` (whose earlier frames are dropped; on failure it is left empty).
ResumeStatus resume_frames(const Trace& trace, const Snapshot& snapshot, const SavedValues& saved,
                           ResumedFrames& out, std::string* error = nullptr);

// The same for a guard failure reported by interpret(trace, ...): its snapshot, with the
// interpreter's values. Invalid if `result` is not a guard failure of `trace`.
ResumeStatus resume_frames(const Trace& trace, const InterpResult& result, ResumedFrames& out,
                           std::string* error = nullptr);

// Whether `a` and `b` describe the same state: same frames (jitcodes, pcs, types), ints and
// floats bit for bit, and refs that are both null, the same address, or two heap objects of the
// same type and size whose words are equal except GC pointers, which are again the same in this
// sense. Sharing must agree: an object reached twice in `a` corresponds to one object reached
// twice in `b` (a virtual referenced twice is one object, not two equal ones). Distinct objects
// that existed before either run but have equal contents compare equal. Pointer words of an
// object are those its type's trace function reports. Else false, with the first difference
// in `*difference`. Does not allocate.
bool same_frames(const ResumedFrames& a, const ResumedFrames& b, std::string* difference = nullptr);

}  // namespace weft::jit
