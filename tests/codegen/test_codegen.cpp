// Jitcodes made by weft-codegen from clang's -O2 IR of samples.cpp, run in the blackhole
// interpreter, must compute what the same functions compiled natively compute.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "weft/jit/blackhole.h"
#include "weft/jit/jitcode.h"

extern "C" {
int64_t sum_to(int64_t n);
int32_t collatz_steps(int64_t n);
int64_t mixed(int64_t a, int64_t b);
}

using namespace weft::jit;

namespace {

struct Samples {
  DescrTable descrs;
  JitCodeSet codes;
  Samples() {
    std::ifstream in(WEFT_SAMPLES_JITCODE);
    std::stringstream text;
    text << in.rdbuf();
    std::string error;
    INFO(text.str());
    REQUIRE(parse_jitcodes(text.str(), descrs, codes, &error));
    INFO(error);
  }
  int64_t run(const char* name, std::vector<uint64_t> args) {
    const JitCode* code = codes.find(name);
    REQUIRE(code != nullptr);
    std::vector<uint64_t> banks[3] = {std::move(args), {}, {}};
    BlackholeResult r = run_blackhole(*code, banks);
    INFO(r.error);
    REQUIRE(r.kind == BlackholeResult::Kind::Returned);
    return int64_t(r.value);
  }
};

}  // namespace

TEST_CASE("codegen: clang's IR of integer functions runs the same as native code") {
  Samples s;
  for (int64_t n : {0, 1, 2, 10, 1000, -5}) CHECK(s.run("sum_to", {uint64_t(n)}) == sum_to(n));
  for (int64_t n : {1, 2, 3, 6, 7, 27, 97, 871, 1 << 20})
    CHECK(s.run("collatz_steps", {uint64_t(n)}) == collatz_steps(n));
  const int64_t values[] = {0,  1,  -1,  7,   43,   45,    60,     62,
                            91, 93, 255, 256, -300, 70000, -70000, int64_t(1) << 40};
  for (int64_t a : values)
    for (int64_t b : values) {
      INFO("mixed(" << a << ", " << b << ")");
      CHECK(s.run("mixed", {uint64_t(a), uint64_t(b)}) == mixed(a, b));
    }
}
