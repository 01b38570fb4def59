// Portal calls in traces (calls_sample.cpp): a call of a function that does not recurse is
// inlined into the loop's trace, merge points and all; a recursive call runs natively, recorded
// as one call_assembler, which enters the callee's compiled code when it has some. With the JIT
// the program computes what it computes natively, including where a guard inside an inlined
// call fails and the blackhole resumes two frames, and where a guard fails in compiled code
// called from compiled code, deep in a recursion.

#include <catch2/catch.hpp>
#include <regex>

#include "calls_sample.h"
#include "jit_log_file.h"
#include "weft/gc/heap.h"
#include "weft/jit/runtime.h"

using namespace weft::jit;

namespace {

// main(n): for i = n .. 1: acc += leaf(i) + sum(i); leaf(i) = odd i ? i : 2i (inlined);
// sum(i) = i + sum(i - 1) (recursive).
const int32_t kProgram[] = {
    kCallsJumpIfZero, 12,  // 0: main
    kCallsCall,       14,  // 2
    kCallsCall,       22,  // 4
    kCallsDecN,       0,   // 6
    kCallsJump,       0,   // 8
    kCallsReturn,     0,   // 10
    kCallsReturn,     0,   // 12
    kCallsJumpIfOdd,  18,  // 14: leaf
    kCallsAddN,       0,   // 16
    kCallsAddN,       0,   // 18
    kCallsReturn,     0,   // 20
    kCallsJumpIfZero, 28,  // 22: sum
    kCallsAddN,       0,   // 24
    kCallsCallDec,    22,  // 26
    kCallsReturn,     0,   // 28
};

struct JitRun {
  JitStats stats;
  std::string log;
};

// Runs program(n) `runs` times with a JIT (parameters `params`), checking the result each time.
JitRun run_with_jit(const CallsProgram& program, int64_t n, int runs, const char* params,
                    int64_t expected) {
  weft::gc::Heap heap;
  weft::test::JitLogFile log_file("weft-calls-log");
  JitRuntimeOptions options;
  options.portal = "calls_run";
  options.log_path = log_file.path();
  options.resolve = [](std::string_view name) -> uint64_t {
    return name == "calls_run" ? reinterpret_cast<uintptr_t>(&calls_run) : 0;
  };
  std::string error;
  REQUIRE(calls_driver.set_params(params));
  JitRun out;
  {
    auto jit = JitRuntime::create(calls_driver, weft::test::read_text_file(WEFT_CALLS_JITCODE),
                                  options, &error);
    REQUIRE(jit);
    for (int run = 0; run < runs; ++run) CHECK(calls_run(&program, 0, n) == expected);
    out.stats = jit->stats();
  }
  out.log = log_file.contents();
  return out;
}

}  // namespace

TEST_CASE("codegen: portal calls are inlined into traces, recursive ones run natively") {
  const CallsProgram program{kProgram};
  const int64_t expected = calls_run(&program, 0, 400);  // natively, no JIT attached
  JitRun r = run_with_jit(program, 400, 3, "threshold=20,function_threshold=50,trace_eagerness=10",
                          expected);
  CHECK(r.stats.loops >= 1);
  CHECK(r.stats.entries >= 1);
  CHECK(r.stats.guard_failures >= 1);  // leaf's test of odd and even, inlined
  CHECK(r.stats.bridges >= 1);
  const std::string& log = r.log;
  // The optimized loop calls sum natively (pc 22), and never leaf (pc 14): leaf is inlined.
  // (through its compiled code if it has some: call_assembler passes the same arguments after
  // its token)
  std::regex portal_call(
      R"(= call(?:_assembler)?\([^,]+, [^,]+, (\d+), [^)]*descr=(?:portal|call_assembler)\.calls_run\.i\))");
  std::vector<std::string> callee_pcs;
  for (std::sregex_iterator it(log.begin(), log.end(), portal_call), end; it != end; ++it)
    callee_pcs.push_back((*it)[1]);
  CHECK(!callee_pcs.empty());
  for (const std::string& pc : callee_pcs) CHECK(pc == "22");
  CHECK(log.find("recursive portal call") == std::string::npos);
}

namespace {

// main(n): for i = n .. 1: acc += rec(i); rec(i) = (i even ? i : 2i) + rec(i - 1), rec(0) = 0.
// rec's function trace follows one parity: the other one fails a guard at every other level.
const int32_t kRecursive[] = {
    kCallsJumpIfZero, 8,   // 0: main
    kCallsCall,       10,  // 2
    kCallsDecN,       0,   // 4
    kCallsJump,       0,   // 6
    kCallsReturn,     0,   // 8
    kCallsJumpIfZero, 28,  // 10: rec
    kCallsJumpIfOdd,  20,  // 12
    kCallsAddN,       0,   // 14
    kCallsCallDec,    10,  // 16
    kCallsReturn,     0,   // 18
    kCallsAddN,       0,   // 20: odd
    kCallsAddN,       0,   // 22
    kCallsCallDec,    10,  // 24
    kCallsReturn,     0,   // 26
    kCallsReturn,     0,   // 28
};

}  // namespace

TEST_CASE("codegen: a recursive call in a trace calls the callee's compiled code") {
  const CallsProgram program{kRecursive};
  int64_t expected = 0;
  for (int64_t i = 120; i > 0; --i)
    for (int64_t k = i; k > 0; --k) expected += k % 2 ? 2 * k : k;
  REQUIRE(calls_run(&program, 0, 120) == expected);  // natively, no JIT attached

  SECTION("failing guards get bridges") {
    JitRun r = run_with_jit(program, 120, 4,
                            "threshold=20,function_threshold=50,trace_eagerness=10", expected);
    CHECK(r.stats.direct_calls > 1000);
    CHECK(r.stats.bridges >= 1);
    CHECK(r.log.find("= call_assembler(") != std::string::npos);
  }
  SECTION("without bridges, the blackhole and the interpreter finish the callee") {
    // Every failure of the parity guard inside compiled code called by compiled code resumes
    // in the blackhole, which stops at the next merge point, where the portal goes on natively.
    JitRun r = run_with_jit(program, 120, 4,
                            "threshold=20,function_threshold=50,trace_eagerness=65000", expected);
    CHECK(r.stats.direct_calls > 1000);
    CHECK(r.stats.bridges == 0);
    CHECK(r.stats.blackhole_runs > 1000);
  }
  REQUIRE(calls_driver.set_params("threshold=1039,function_threshold=1619,trace_eagerness=50"));
  CHECK(calls_run(&program, 0, 120) == expected);
}
