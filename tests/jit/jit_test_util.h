// Helpers shared by the JIT tests.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "weft/jit/backend.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/resume_frames.h"

namespace jit_test {

// Parses `text` and requires it to parse and to verify.
inline weft::jit::Trace parse_verified(const std::string& text, weft::jit::DescrTable& table) {
  weft::jit::Trace t;
  std::string error;
  INFO(text);
  REQUIRE(weft::jit::parse_trace(text, table, t, &error));
  INFO(error);
  REQUIRE(weft::jit::verify(t, &error));
  return t;
}

// Rebuilds into `out` the interpreter frames at guard exit `e` of compiled `trace`, whose saved
// values the backend wrote to `io`; requires it to succeed.
inline void resume_exit(const weft::jit::CompiledTrace& trace, const weft::jit::ExitInfo& e,
                        const uint64_t* io, weft::jit::ResumedFrames& out) {
  using namespace weft::jit;
  const Snapshot& snapshot = trace.ir().snapshots[size_t(trace.ir().insts[e.inst].snapshot)];
  auto saved = [&](Value v) -> uint64_t {
    for (size_t k = 0; k < e.saved.size(); ++k)
      if (e.saved[k] == v) return io[k];
    return 0;
  };
  std::string error;
  ResumeStatus status = resume_frames(trace.ir(), snapshot, saved, out, &error);
  INFO(error);
  REQUIRE(status == ResumeStatus::Ok);
}

}  // namespace jit_test
