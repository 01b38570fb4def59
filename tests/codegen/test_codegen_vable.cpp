// A frame declared WEFT_VIRTUALIZABLE and kept in registers by traces (vable_sample.cpp): with
// the JIT the program leaves the frame as it does natively, where residual calls read and
// write the frame (the trace writes its pending slots before them and reads them again after)
// and where a guard in the loop fails (the resume writes the slots the trace kept in
// registers), with bridges and without.

#include <catch2/catch.hpp>
#include <regex>

#include "jit_log_file.h"
#include "vable_sample.h"
#include "weft/gc/heap.h"
#include "weft/jit/runtime.h"

using namespace weft::jit;

namespace {

// for s0 = n .. 1: s1 += s0; odd s0: s3 += checksum(frame), even: s2 += s0;
// s4 = s4 * 31 + s1 (mix); s5 += square(s1).
const int32_t kProgram[] = {
    kVableAdd,      1,  0,   // 0
    kVableIfOdd,    0,  12,  // 3
    kVableAdd,      2,  0,   // 6
    kVableJump,     15, 0,   // 9
    kVableChecksum, 3,  0,   // 12
    kVableMix,      4,  1,   // 15
    kVableSquare,   5,  1,   // 18
    kVableDecJump,  0,  0,   // 21
    kVableReturn,   3,  0,   // 24
};

VableFrame start_frame(int64_t n) { return VableFrame{{n, 1, 2, 3, 4, 5}}; }

struct JitRun {
  JitStats stats;
  std::string log;
};

// Runs the program from start_frame(n) `runs` times with a JIT (parameters `params`), checking
// each time that the frame ends as `expected`.
JitRun run_with_jit(int64_t n, int runs, const char* params, const VableFrame& expected) {
  weft::gc::Heap heap;
  weft::test::JitLogFile log_file("weft-vable-log");
  JitRuntimeOptions options;
  options.portal = "vable_run";
  options.log_path = log_file.path();
  // (The portal's own symbol is not resolved: the program makes no portal calls, and private
  // frames do not depend on call_assembler.)
  options.resolve = [](std::string_view name) -> uint64_t {
    if (name == "vable_checksum") return reinterpret_cast<uintptr_t>(&vable_checksum);
    if (name == "vable_mix") return reinterpret_cast<uintptr_t>(&vable_mix);
    if (name == "vable_square") return reinterpret_cast<uintptr_t>(&vable_square);
    return 0;
  };
  std::string error;
  REQUIRE(vable_driver.set_params(params));
  JitRun out;
  {
    auto jit = JitRuntime::create(vable_driver, weft::test::read_text_file(WEFT_VABLE_JITCODE),
                                  options, &error);
    INFO(error);
    REQUIRE(jit);
    const VableProgram program{kProgram};
    for (int run = 0; run < runs; ++run) {
      VableFrame frame = start_frame(n);
      CHECK(vable_run(&program, &frame) == expected.slots[3]);
      for (int k = 0; k < kVableSlots; ++k) {
        INFO("run " << run << ", slot " << k);
        CHECK(frame.slots[k] == expected.slots[k]);
      }
    }
    out.stats = jit->stats();
  }
  out.log = log_file.contents();
  return out;
}

}  // namespace

TEST_CASE("codegen: a virtualizable frame kept in registers is current for residual calls") {
  const VableProgram program{kProgram};
  VableFrame expected = start_frame(3000);
  vable_run(&program, &expected);  // natively, no JIT attached

  SECTION("with bridges") {
    JitRun r = run_with_jit(3000, 3, "threshold=20,trace_eagerness=10", expected);
    CHECK(r.stats.loops >= 1);
    CHECK(r.stats.bridges >= 1);
    INFO(r.log);
    CHECK(r.log.find("descr=call.vable_checksum)") != std::string::npos);
    // A slot the loop keeps in a register is written right before the call that reads the
    // frame (among the other pending slots) and read again right after it.
    std::regex written_then_read(
        R"(setfield_raw\((i\d+), [^\n]*\n(?:\s*setfield_raw[^\n]*\n)*\s*call\([^\n]*descr=call\.vable_mix\)\n\s*i\d+ = getfield_raw\(\1,)");
    CHECK(std::regex_search(r.log, written_then_read));
    // Slots stay pending across guards: the snapshots list them.
    CHECK(r.log.find(" ! raw.8(") != std::string::npos);
  }
  SECTION("without bridges, every failure of the parity guard resumes") {
    JitRun r = run_with_jit(3000, 3, "threshold=20,trace_eagerness=1000000", expected);
    CHECK(r.stats.loops >= 1);
    CHECK(r.stats.bridges == 0);
    CHECK(r.stats.guard_failures >= 3000);
    INFO(r.log);
  }
  REQUIRE(vable_driver.set_params("threshold=1039,trace_eagerness=50"));
}
