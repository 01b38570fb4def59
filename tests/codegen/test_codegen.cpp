// Jitcodes made by weft-codegen from clang's -O2 IR of samples.cpp, run in the blackhole
// interpreter, must compute what the same functions compiled natively compute.
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>

#include "weft/gc/gc.h"
#include "weft/jit/backend.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/jitcode.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/resume_frames.h"
#include "weft/jit/tracer.h"

extern "C" {
int64_t sum_to(int64_t n);
int32_t collatz_steps(int64_t n);
int64_t mixed(int64_t a, int64_t b);
int32_t mandel_iterations(double cr, double ci, int32_t limit);
double floats(double x, int64_t k);
double scale(double x) { return x * 0.75 + 1.0; }
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
    auto resolve = [](std::string_view name) -> uint64_t {
      return name == "scale" ? reinterpret_cast<uintptr_t>(&scale) : 0;
    };
    REQUIRE(parse_jitcodes(text.str(), descrs, codes, &error, resolve));
    INFO(error);
  }
  int64_t run(const char* name, std::vector<uint64_t> args, std::vector<uint64_t> floats = {}) {
    const JitCode* code = codes.find(name);
    REQUIRE(code != nullptr);
    std::vector<uint64_t> banks[3] = {std::move(args), {}, std::move(floats)};
    BlackholeResult r = run_blackhole(*code, banks);
    INFO(r.error);
    REQUIRE(r.kind == BlackholeResult::Kind::Returned);
    return int64_t(r.value);
  }
};

}  // namespace

TEST_CASE("codegen: clang's IR of float functions runs the same as native code") {
  Samples s;
  for (double cr = -2.0; cr <= 0.5; cr += 0.25)
    for (double ci = -1.0; ci <= 1.0; ci += 0.25) {
      INFO("mandel_iterations(" << cr << ", " << ci << ")");
      CHECK(s.run("mandel_iterations", {100},
                  {std::bit_cast<uint64_t>(cr), std::bit_cast<uint64_t>(ci)}) ==
            mandel_iterations(cr, ci, 100));
    }
  const double nan = std::nan("");
  for (double x : {0.0, -0.5, 1.5, 3.25, -7.0, nan})
    for (int64_t k : {0, 1, 5, 20}) {
      INFO("floats(" << x << ", " << k << ")");
      uint64_t got = uint64_t(s.run("floats", {uint64_t(k)}, {std::bit_cast<uint64_t>(x)}));
      double want = floats(x, k);
      CHECK((got == std::bit_cast<uint64_t>(want) ||
             (want != want && std::bit_cast<double>(got) != std::bit_cast<double>(got))));
    }
}

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

TEST_CASE("codegen: the Brainfuck interpreter's loop is traced, compiled and resumed") {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable descrs;
  JitCodeSet codes;
  std::ifstream in(WEFT_BF_JITCODE);
  std::stringstream text;
  text << in.rdbuf();
  std::string error;
  auto resolve = [](std::string_view name) -> uint64_t {
    return name == "bf_emit" ? reinterpret_cast<uintptr_t>(&bf_emit) : 0;
  };
  REQUIRE(parse_jitcodes(text.str(), descrs, codes, &error, resolve));
  const JitCode& run = *codes.find("bf_run");
  std::vector<MergePoint> points = find_merge_points(run);
  REQUIRE(points.size() == 1);
  const MergePoint& mp = points[0];
  REQUIRE(mp.greens[kIntBank].size() == 4);  // pc, code, jumps, length
  REQUIRE(mp.reds[kIntBank].size() == 4);    // pos, tape, out, count

  // 200 times around the inner loop: cell 1 += 3 each time, then print it.
  const std::string program = "++++++++++[>++++++++++[>+++<-]<-]>>.";
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
  std::vector<uint8_t> tape_native(30, 0), tape(30, 0);
  char out_native[8] = {}, out[8] = {};
  int64_t count_native = 0, count = 0;
  int64_t pos_native = bf_run(program.data(), jumps.data(), int64_t(program.size()),
                              tape_native.data(), out_native, &count_native);

  // The interpreter state when it first reaches the inner loop's body: cell 0 counts the outer
  // loop (10), cell 1 the inner one (10), the pointer is on cell 1.
  tape = {10, 10, 0};
  tape.resize(30, 0);
  int64_t pos = 1;
  const size_t inner_body = program.find("[>+++<") + 1;
  std::vector<uint64_t> regs[3];
  regs[kIntBank].assign(run.num_regs[kIntBank], 0);
  const uint64_t greens[] = {inner_body, reinterpret_cast<uintptr_t>(program.data()),
                             reinterpret_cast<uintptr_t>(jumps.data()), program.size()};
  const uint64_t reds[] = {uint64_t(pos), reinterpret_cast<uintptr_t>(tape.data()),
                           reinterpret_cast<uintptr_t>(out), reinterpret_cast<uintptr_t>(&count)};
  for (size_t k = 0; k < 4; ++k) {
    regs[kIntBank][mp.greens[kIntBank][k]] = greens[k];
    regs[kIntBank][mp.reds[kIntBank][k]] = reds[k];
  }
  TracerOptions options;
  options.loop_label = descrs.label("bf-loop");
  Recording rec = record_loop(run, mp.pc, regs, options);
  INFO(rec.reason);
  REQUIRE(rec.status == Recording::Status::Loop);
  CHECK(tape[2] == 3);  // tracing ran one iteration of the inner loop for real
  INFO(print_trace(rec.trace));
  Trace optimized = optimize(rec.trace);
  REQUIRE(verify(optimized, &error));
  CompiledTrace* loop = backend.compile_trace(optimized, "bf-inner-loop", &error);
  INFO(error);
  REQUIRE(loop != nullptr);

  // Run the compiled loop from where tracing left the interpreter; when a guard fails, rebuild
  // the frame and let the blackhole run the program to its end.
  uint64_t io[Backend::kMaxIoWords];
  std::vector<uint64_t> loop_reds;
  for (uint16_t reg : mp.reds[kIntBank]) loop_reds.push_back(rec.end_regs[kIntBank][reg]);
  const ExitInfo* e = backend.run(*loop, loop_reds, io);
  REQUIRE(e->kind == ExitInfo::Kind::Guard);
  CHECK(tape[1] == 0);   // the compiled code ran the inner loop down to zero...
  CHECK(tape[2] == 30);  // ...ten times, one of them while tracing
  size_t guards = 0;
  for (const Inst& inst : optimized.insts) guards += op_info(inst.op).has(opflag::GUARD);
  CHECK(guards < 20);  // one iteration: the six instructions' dispatch and the loop test
  UNSCOPED_INFO("optimized trace:\n" << print_trace(optimized));
  const Snapshot& snapshot = loop->ir().snapshots[size_t(loop->ir().insts[e->inst].snapshot)];
  auto saved = [&](Value v) -> uint64_t {
    for (size_t k = 0; k < e->saved.size(); ++k)
      if (e->saved[k] == v) return io[k];
    return 0;
  };
  ResumedFrames frames;
  REQUIRE(resume_frames(loop->ir(), snapshot, saved, frames, &error) == ResumeStatus::Ok);
  REQUIRE(frames.frames().size() == 1);
  std::vector<uint64_t> resumed[3];
  frames.frames()[0].registers(run, resumed);
  BlackholeResult rest = run_blackhole_at(run, frames.frames()[0].pc, resumed);
  REQUIRE(rest.kind == BlackholeResult::Kind::Returned);
  CHECK(int64_t(rest.value) == pos_native);
  CHECK(tape == tape_native);
  CHECK(std::string(out, size_t(count)) == std::string(out_native, size_t(count_native)));
  CHECK(std::string(out_native, size_t(count_native)) == std::string(1, char(300 % 256)));
}
