// Portal calls in traces (calls_sample.cpp): a call of a function that does not recurse is
// inlined into the loop's trace, merge points and all; a recursive call runs natively, recorded
// as one call of the portal function. With the JIT the program computes what it computes
// natively, including where a guard inside an inlined call fails and the blackhole resumes two
// frames.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include "calls_sample.h"
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

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("codegen: portal calls are inlined into traces, recursive ones run natively") {
  const CallsProgram program{kProgram};
  const int64_t expected = calls_run(&program, 0, 400);  // natively, no JIT attached

  weft::gc::Heap heap;
  char log_path_buf[] = "/tmp/weft-calls-log-XXXXXX";
  int fd = mkstemp(log_path_buf);
  REQUIRE(fd >= 0);
  close(fd);
  std::string log_path = log_path_buf;
  JitRuntimeOptions options;
  options.portal = "calls_run";
  options.log_path = log_path;
  options.resolve = [](std::string_view name) -> uint64_t {
    return name == "calls_run" ? reinterpret_cast<uintptr_t>(&calls_run) : 0;
  };
  std::string error;
  REQUIRE(calls_driver.set_params("threshold=20,function_threshold=50,trace_eagerness=10"));
  {
    auto jit = JitRuntime::create(calls_driver, read_file(WEFT_CALLS_JITCODE), options, &error);
    REQUIRE(jit);
    for (int run = 0; run < 3; ++run) CHECK(calls_run(&program, 0, 400) == expected);
    const JitStats& stats = jit->stats();
    CHECK(stats.loops >= 1);
    CHECK(stats.entries >= 1);
    CHECK(stats.guard_failures >= 1);  // leaf's test of odd and even, inlined
    CHECK(stats.bridges >= 1);
  }
  std::string log = read_file(log_path);
  std::remove(log_path.c_str());
  // The optimized loop calls sum natively (pc 22), and never leaf (pc 14): leaf is inlined.
  std::regex portal_call(R"(= call\([^,]+, [^,]+, (\d+), [^)]*descr=portal\.calls_run\.i\))");
  std::vector<std::string> callee_pcs;
  for (std::sregex_iterator it(log.begin(), log.end(), portal_call), end; it != end; ++it)
    callee_pcs.push_back((*it)[1]);
  CHECK(!callee_pcs.empty());
  for (const std::string& pc : callee_pcs) CHECK(pc == "22");
  CHECK(log.find("recursive portal call") == std::string::npos);
}
