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

// The Brainfuck interpreter of bf_sample.cpp, translated from clang's IR with its hints.
extern "C" {
int64_t bf_run(const char* code, const int32_t* jumps, int64_t length, uint8_t* tape, char* out,
               int64_t* count);
void bf_emit(char* out, int64_t* count, int32_t c) { out[(*count)++] = char(c); }
}

TEST_CASE("codegen: a Brainfuck interpreter with hints runs the same as jitcode") {
  DescrTable descrs;
  JitCodeSet codes;
  std::ifstream in(WEFT_BF_JITCODE);
  std::stringstream text;
  text << in.rdbuf();
  std::string error;
  auto resolve = [](std::string_view name) -> uint64_t {
    return name == "bf_emit" ? reinterpret_cast<uintptr_t>(&bf_emit) : 0;
  };
  INFO(text.str());
  REQUIRE(parse_jitcodes(text.str(), descrs, codes, &error, resolve));
  INFO(error);
  const JitCode* run = codes.find("bf_run");
  REQUIRE(run != nullptr);
  // Its merge point has the declared greens and reds.
  CHECK(text.str().find("jit_merge_point([") != std::string::npos);

  const std::string programs[] = {
      // Hello World! (the classic one)
      "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------."
      "--------.>>+.>++.",
      // nested loops: prints the letters A..Z
      "++++++++[>++++++++<-]>+>++++[>++++++<-]>++[<<.+>>-]"};
  std::vector<std::string> printed;
  for (const std::string& program : programs) {
    std::vector<int32_t> jumps(program.size(), 0);
    std::vector<size_t> open;
    for (size_t i = 0; i < program.size(); ++i) {
      if (program[i] == '[') open.push_back(i);
      if (program[i] == ']') {
        jumps[i] = int32_t(open.back());
        jumps[open.back()] = int32_t(i);
        open.pop_back();
      }
    }
    std::vector<uint8_t> tape_native(300, 0), tape_jit(300, 0);
    char out_native[256] = {}, out_jit[256] = {};
    int64_t count_native = 0, count_jit = 0;
    int64_t pos = bf_run(program.data(), jumps.data(), int64_t(program.size()), tape_native.data(),
                         out_native, &count_native);
    std::vector<uint64_t> args[3] = {
        {reinterpret_cast<uintptr_t>(program.data()), reinterpret_cast<uintptr_t>(jumps.data()),
         program.size(), reinterpret_cast<uintptr_t>(tape_jit.data()),
         reinterpret_cast<uintptr_t>(out_jit), reinterpret_cast<uintptr_t>(&count_jit)},
        {},
        {}};
    BlackholeResult r = run_blackhole(*run, args);
    INFO(r.error);
    REQUIRE(r.kind == BlackholeResult::Kind::Returned);
    CHECK(int64_t(r.value) == pos);
    CHECK(count_jit == count_native);
    CHECK(std::string(out_jit, size_t(count_jit)) == std::string(out_native, size_t(count_native)));
    CHECK(tape_jit == tape_native);
    printed.emplace_back(out_native, size_t(count_native));
  }
  CHECK(printed == std::vector<std::string>{"Hello World!\n", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"});
}
