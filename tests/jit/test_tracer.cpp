// The whole pipeline on a hand-written portal jitcode: the tracer records a loop, the optimizer
// and the backend compile it, guard failures resume through resume() into the blackhole
// interpreter, which runs to the next merge point, where compiled code takes over again. The
// result must be what the blackhole interpreter computes alone.
#include <algorithm>
#include <catch2/catch.hpp>

#include "jit_test_util.h"
#include "weft/gc/gc.h"
#include "weft/jit/backend.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/resume_frames.h"
#include "weft/jit/tracer.h"

using namespace weft::jit;

namespace {

// i0: the green "pc"; i1, i2: the reds (counter, accumulator). Even counters add their square
// (in an inlined helper), odd ones add 3.
const char* kPortal =
    "jitcode portal(i0, i1, i2) regs(i5)\n"
    "top:\n"
    "  jit_merge_point([i0], [], [], [i1, i2], [], [])\n"
    "  i3 = int_lt(i1, $1000)\n"
    "  goto_if_not(i3, exit)\n"
    "  i4 = int_and(i1, $1)\n"
    "  goto_if_not(i4, even)\n"
    "  i2 = int_add(i2, $3)\n"
    "  goto(next)\n"
    "even:\n"
    "  i2 = inline_call_i(@addsq, [i2, i1], [], [])\n"
    "next:\n"
    "  i1 = int_add(i1, $1)\n"
    "  can_enter_jit([i0], [], [], [i1, i2], [], [])\n"
    "  goto(top)\n"
    "exit:\n"
    "  int_return(i2)\n"
    "jitcode addsq(i0, i1)\n"
    "  i2 = int_mul(i1, i1)\n"
    "  i3 = int_add(i0, i2)\n"
    "  int_return(i3)\n";

int64_t expected_result() {
  int64_t acc = 0;
  for (int64_t i = 0; i < 1000; ++i) acc += i % 2 ? 3 : i * i;
  return acc;
}

}  // namespace

TEST_CASE("tracer: record, optimize, compile, fail guards, resume into the blackhole") {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  REQUIRE(parse_jitcodes(kPortal, descrs, codes, &error));
  const JitCode& portal = *codes.find("portal");

  std::vector<uint64_t> start[3] = {{0, 0, 0}, {}, {}};
  BlackholeResult alone = run_blackhole(portal, start);
  REQUIRE(alone.kind == BlackholeResult::Kind::Returned);
  REQUIRE(int64_t(alone.value) == expected_result());

  // The native interpreter got the loop hot at counter 10 (accumulator as the blackhole says).
  int64_t acc = 0;
  for (int64_t i = 0; i < 10; ++i) acc += i % 2 ? 3 : i * i;
  std::vector<uint64_t> regs[3] = {{0, 10, uint64_t(acc), 0, 0}, {}, {}};
  TracerOptions options;
  options.loop_label = descrs.label("loop");
  Recording rec = record_loop(portal, 0, regs, options);
  INFO(rec.reason);
  REQUIRE(rec.status == Recording::Status::Loop);
  INFO(print_trace(rec.trace));
  REQUIRE(verify(rec.trace, &error));
  CHECK(rec.end_regs[kIntBank][1] == 11);  // the traced iteration ran
  // The inlined helper left no call in the trace; the branches became guards.
  size_t guards = 0;
  for (const Inst& inst : rec.trace.insts) {
    CHECK(inst.op != Op::call);
    guards += inst.op == Op::guard_true || inst.op == Op::guard_false;
  }
  CHECK(guards == 2);
  UNSCOPED_INFO(print_trace(rec.trace));

  Trace optimized = optimize(rec.trace);
  REQUIRE(verify(optimized, &error));
  CompiledTrace* loop = backend.compile_trace(optimized, "portal-loop", &error);
  INFO(error);
  REQUIRE(loop != nullptr);

  // Drive it as an interpreter would: enter the loop with the reds; on a guard failure rebuild
  // the frame, let the blackhole finish the iteration, and enter the loop again.
  std::vector<uint64_t> state[3];
  for (int b = 0; b < 3; ++b) state[b] = rec.end_regs[b];
  BlackholeOptions to_merge_point;
  to_merge_point.stop_at_merge_point = true;
  size_t entries = 0, exits = 0;
  for (;;) {
    REQUIRE(entries++ < 2000);
    uint64_t io[Backend::kMaxIoWords];
    uint64_t reds[] = {state[kIntBank][1], state[kIntBank][2]};
    const ExitInfo* e = backend.run(*loop, reds, io);
    REQUIRE(e->kind == ExitInfo::Kind::Guard);
    ++exits;
    ResumedFrames frames;
    jit_test::resume_exit(*loop, *e, io, frames);
    REQUIRE(frames.frames().size() == 1);
    const ResumedFrame& frame = frames.frames()[0];
    std::vector<uint64_t> resumed[3];
    frame.registers(portal, resumed);
    BlackholeResult next = run_blackhole_at(portal, frame.pc, resumed, to_merge_point);
    if (next.kind == BlackholeResult::Kind::Returned) {
      CHECK(int64_t(next.value) == expected_result());
      break;
    }
    REQUIRE(next.kind == BlackholeResult::Kind::MergePoint);
    state[kIntBank][1] = next.lists[3][0];
    state[kIntBank][2] = next.lists[3][1];
  }
  CHECK(exits > 400);  // every odd counter leaves the loop (no bridge yet)
}

TEST_CASE("tracer: a guard that keeps failing gets a bridge back into the loop") {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  REQUIRE(parse_jitcodes(kPortal, descrs, codes, &error));
  const JitCode& portal = *codes.find("portal");
  TracerOptions options;
  options.loop_label = descrs.label("loop");
  std::vector<uint64_t> regs[3] = {{0, 0, 0, 0, 0}, {}, {}};
  Recording rec = record_loop(portal, 0, regs, options);
  REQUIRE(rec.status == Recording::Status::Loop);
  CompiledTrace* loop = backend.compile_trace(optimize(rec.trace), "loop", &error);
  REQUIRE(loop != nullptr);

  // The first odd counter fails the parity guard: trace a bridge from there.
  uint64_t io[Backend::kMaxIoWords];
  uint64_t reds[] = {rec.end_regs[kIntBank][1], rec.end_regs[kIntBank][2]};
  const ExitInfo* e = backend.run(*loop, reds, io);
  REQUIRE(e->kind == ExitInfo::Kind::Guard);
  uint64_t greens[] = {0};
  Recording bridge = record_bridge(codes, loop->ir(), *e,
                                   std::span<const uint64_t>(io, e->saved.size()), greens, options);
  INFO(bridge.reason);
  REQUIRE(bridge.status == Recording::Status::Loop);
  INFO(print_trace(bridge.trace));
  REQUIRE(verify(bridge.trace, &error));
  // It re-checks the parity it starts from, adds 3, and jumps to the loop's label.
  CHECK(bridge.trace.insts.back().op == Op::jump);
  CHECK(bridge.trace.insts.back().descr == options.loop_label);
  CompiledTrace* compiled = backend.compile_bridge(*e, optimize(bridge.trace), "bridge", &error);
  INFO(error);
  REQUIRE(compiled != nullptr);

  // Now the loop and its bridge run to the end of the counting without leaving compiled code.
  uint64_t after[] = {bridge.end_regs[kIntBank][1], bridge.end_regs[kIntBank][2]};
  const ExitInfo* last = backend.run(*loop, after, io);
  REQUIRE(last->kind == ExitInfo::Kind::Guard);
  CHECK(last->trace == loop);  // the counter guard, not the parity one
  ResumedFrames frames;
  jit_test::resume_exit(*loop, *last, io, frames);
  std::vector<uint64_t> resumed[3];
  frames.frames()[0].registers(portal, resumed);
  BlackholeResult done = run_blackhole_at(portal, frames.frames()[0].pc, resumed);
  REQUIRE(done.kind == BlackholeResult::Kind::Returned);
  CHECK(int64_t(done.value) == expected_result());
}

TEST_CASE("tracer: a bridge assumes what its parent's guards checked") {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  // The odd path checks the loop's bound again, which the loop checked before its parity
  // guard: the bridge from the parity guard knows it holds.
  REQUIRE(
      parse_jitcodes("jitcode portal3(i0, i1, i2) regs(i6)\n"
                     "top:\n"
                     "  jit_merge_point([i0], [], [], [i1, i2], [], [])\n"
                     "  i3 = int_lt(i1, $1000)\n"
                     "  goto_if_not(i3, exit)\n"
                     "  i4 = int_and(i1, $1)\n"
                     "  goto_if_not(i4, even)\n"
                     "  i5 = int_lt(i1, $1000)\n"
                     "  goto_if_not(i5, exit)\n"
                     "  i2 = int_add(i2, $3)\n"
                     "  goto(next)\n"
                     "even:\n"
                     "  i5 = int_mul(i1, i1)\n"
                     "  i2 = int_add(i2, i5)\n"
                     "next:\n"
                     "  i1 = int_add(i1, $1)\n"
                     "  can_enter_jit([i0], [], [], [i1, i2], [], [])\n"
                     "  goto(top)\n"
                     "exit:\n"
                     "  int_return(i2)\n",
                     descrs, codes, &error));
  const JitCode& portal = *codes.find("portal3");
  TracerOptions options;
  options.loop_label = descrs.label("loop");
  std::vector<uint64_t> regs[3] = {{0, 0, 0, 0, 0, 0}, {}, {}};
  Recording rec = record_loop(portal, 0, regs, options);
  REQUIRE(rec.status == Recording::Status::Loop);
  CompiledTrace* loop = backend.compile_trace(optimize(rec.trace), "loop", &error);
  REQUIRE(loop != nullptr);

  uint64_t io[Backend::kMaxIoWords];
  uint64_t reds[] = {rec.end_regs[kIntBank][1], rec.end_regs[kIntBank][2]};
  const ExitInfo* e = backend.run(*loop, reds, io);
  REQUIRE(e->kind == ExitInfo::Kind::Guard);
  std::vector<uint64_t> inputs(io, io + e->saved.size());
  uint64_t greens[] = {0};
  Recording bridge = record_bridge(codes, loop->ir(), *e, inputs, greens, options);
  INFO(bridge.reason);
  REQUIRE(bridge.status == Recording::Status::Loop);
  INFO(print_trace(bridge.trace));
  REQUIRE(verify(bridge.trace, &error));
  auto count = [](const Trace& t, Op op) {
    return std::count_if(t.insts.begin(), t.insts.end(),
                         [op](const Inst& inst) { return inst.op == op; });
  };
  // The bound the loop checked and the failed parity test's outcome, as assumptions.
  CHECK(count(bridge.trace, Op::assume_true) == 2);
  // Recorded: the parity test it starts from and the odd path's bound check; both go.
  CHECK(count(bridge.trace, Op::guard_true) == 2);
  Trace optimized = optimize(bridge.trace);
  INFO(print_trace(optimized));
  CHECK(count(optimized, Op::guard_true) + count(optimized, Op::guard_false) == 0);
  CHECK(count(optimized, Op::assume_true) == 0);
  // The IR interpreter (which checks the assumptions) agrees on both versions.
  InterpResult recorded = interpret(bridge.trace, inputs);
  InterpResult run = interpret(optimized, inputs);
  INFO(recorded.error);
  REQUIRE(recorded.exit == InterpResult::Exit::Jump);
  REQUIRE(run.exit == InterpResult::Exit::Jump);
  CHECK(recorded.args == run.args);

  // Compiled, the loop and its bridge count to the end as the interpreter does.
  CompiledTrace* compiled = backend.compile_bridge(*e, std::move(optimized), "bridge", &error);
  INFO(error);
  REQUIRE(compiled != nullptr);
  uint64_t after[] = {bridge.end_regs[kIntBank][1], bridge.end_regs[kIntBank][2]};
  const ExitInfo* last = backend.run(*loop, after, io);
  REQUIRE(last->kind == ExitInfo::Kind::Guard);
  CHECK(last->trace == loop);
  ResumedFrames frames;
  jit_test::resume_exit(*loop, *last, io, frames);
  std::vector<uint64_t> resumed[3];
  frames.frames()[0].registers(portal, resumed);
  BlackholeResult done = run_blackhole_at(portal, frames.frames()[0].pc, resumed);
  REQUIRE(done.kind == BlackholeResult::Kind::Returned);
  CHECK(int64_t(done.value) == expected_result());
}

TEST_CASE("tracer: a guard failing inside an inlined call resumes both frames") {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  REQUIRE(
      parse_jitcodes("jitcode portal2(i0, i1, i2) regs(i4)\n"
                     "top:\n"
                     "  jit_merge_point([i0], [], [], [i1, i2], [], [])\n"
                     "  i3 = int_lt(i1, $1000)\n"
                     "  goto_if_not(i3, exit)\n"
                     "  i2 = inline_call_i(@step, [i2, i1], [], [])\n"
                     "  i1 = int_add(i1, $1)\n"
                     "  goto(top)\n"
                     "exit:\n"
                     "  int_return(i2)\n"
                     "jitcode step(i0, i1) regs(i3)\n"
                     "  i2 = int_and(i1, $3)\n"
                     "  goto_if_not(i2, four)\n"
                     "  i0 = int_add(i0, i1)\n"
                     "  int_return(i0)\n"
                     "four:\n"
                     "  i0 = int_sub(i0, $7)\n"
                     "  int_return(i0)\n",
                     descrs, codes, &error));
  const JitCode& portal = *codes.find("portal2");
  int64_t expected = 0;
  for (int64_t i = 0; i < 1000; ++i) expected += i % 4 ? i : -7;

  TracerOptions options;
  options.loop_label = descrs.label("loop");
  std::vector<uint64_t> regs[3] = {{0, 1, uint64_t(-7), 0}, {}, {}};  // after i = 0
  Recording rec = record_loop(portal, 0, regs, options);
  REQUIRE(rec.status == Recording::Status::Loop);
  CompiledTrace* loop = backend.compile_trace(optimize(rec.trace), "loop", &error);
  REQUIRE(loop != nullptr);

  std::vector<uint64_t> state = rec.end_regs[kIntBank];
  BlackholeOptions to_merge_point;
  to_merge_point.stop_at_merge_point = true;
  size_t inner_exits = 0;
  for (size_t entries = 0;; ++entries) {
    REQUIRE(entries < 1000);
    uint64_t io[Backend::kMaxIoWords];
    uint64_t reds[] = {state[1], state[2]};
    const ExitInfo* e = backend.run(*loop, reds, io);
    REQUIRE(e->kind == ExitInfo::Kind::Guard);
    ResumedFrames frames;
    jit_test::resume_exit(*loop, *e, io, frames);
    std::vector<BlackholeFrameState> states;
    for (const ResumedFrame& rf : frames.frames()) {
      BlackholeFrameState s;
      s.code = codes.by_id(rf.jitcode);
      s.pc = rf.pc;
      rf.registers(*s.code, s.regs);
      states.push_back(std::move(s));
    }
    inner_exits += states.size() == 2;
    BlackholeResult next = run_blackhole_frames(states, to_merge_point);
    if (next.kind == BlackholeResult::Kind::Returned) {
      CHECK(int64_t(next.value) == expected);
      break;
    }
    REQUIRE(next.kind == BlackholeResult::Kind::MergePoint);
    state[1] = next.lists[3][0];
    state[2] = next.lists[3][1];
  }
  CHECK(inner_exits == 249);  // every multiple of 4 from 4 to 996, inside `step`
}

namespace {

// A loop that switches on a red (i1 & 7) with the given cases; the default path adds the value.
// Recorded from i1 = 5, a value no case names.
struct SwitchLoop {
  int64_t first_exit = 0;  // the counter at which the compiled loop exits (the iterations it
                           // ran took the default path)
  size_t guard_values = 0, range_tests = 0, equality_tests = 0;  // in the recorded trace
};

size_t count_ops(const Trace& trace, Op op) {
  size_t n = 0;
  for (const Inst& inst : trace.insts) n += inst.op == op;
  return n;
}

// (The trace's descriptors live in this function's DescrTable: nothing of it may leave.)
SwitchLoop run_switch_loop(const std::string& cases) {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  std::string text =
      "jitcode sw(i0, i1, i2) regs(i4)\n"
      "top:\n"
      "  jit_merge_point([i0], [], [], [i1, i2], [], [])\n"
      "  i3 = int_and(i1, $7)\n"
      "  switch(i3, {" +
      cases +
      "})\n"
      "  i2 = int_add(i2, i3)\n"
      "  goto(next)\n"
      "hit:\n"
      "  i2 = int_add(i2, $100)\n"
      "next:\n"
      "  i1 = int_add(i1, $1)\n"
      "  can_enter_jit([i0], [], [], [i1, i2], [], [])\n"
      "  goto(top)\n";
  REQUIRE(parse_jitcodes(text, descrs, codes, &error));
  const JitCode& portal = *codes.find("sw");
  TracerOptions options;
  options.loop_label = descrs.label("loop");
  std::vector<uint64_t> regs[3] = {{0, 5, 0, 0}, {}, {}};
  Recording rec = record_loop(portal, 0, regs, options);
  REQUIRE(rec.status == Recording::Status::Loop);
  REQUIRE(verify(rec.trace, &error));
  UNSCOPED_INFO(print_trace(rec.trace));
  SwitchLoop result;
  result.guard_values = count_ops(rec.trace, Op::guard_value);
  result.range_tests = count_ops(rec.trace, Op::uint_gt);
  result.equality_tests = count_ops(rec.trace, Op::int_eq);
  CompiledTrace* loop = backend.compile_trace(optimize(rec.trace), "loop", &error);
  REQUIRE(loop != nullptr);
  uint64_t io[Backend::kMaxIoWords];
  uint64_t reds[] = {rec.end_regs[kIntBank][1], rec.end_regs[kIntBank][2]};
  const ExitInfo* e = backend.run(*loop, reds, io);
  REQUIRE(e->kind == ExitInfo::Kind::Guard);
  ResumedFrames frames;
  jit_test::resume_exit(*loop, *e, io, frames);
  std::vector<uint64_t> resumed[3];
  frames.frames()[0].registers(portal, resumed);
  result.first_exit = int64_t(resumed[kIntBank][1]);
  return result;
}

}  // namespace

TEST_CASE("tracer: a switch's default path guards 'no case', not the value") {
  // Contiguous cases 1..3: one range test; the loop runs 6, 7, 8 (& 7 = 0) and exits at 9.
  SwitchLoop contiguous = run_switch_loop("1: hit, 2: hit, 3: hit");
  CHECK(contiguous.first_exit == 9);
  CHECK(contiguous.guard_values == 0);
  CHECK(contiguous.range_tests == 1);
  // Scattered cases: a test each; 6 is no case, 7 is.
  SwitchLoop scattered = run_switch_loop("2: hit, 7: hit");
  CHECK(scattered.first_exit == 7);
  CHECK(scattered.guard_values == 0);
  CHECK(scattered.equality_tests == 2);
  // Many scattered cases: the value itself is guarded (the loop exits at the next value).
  SwitchLoop many = run_switch_loop("0: hit, 2: hit, 4: hit, 7: hit, 9: hit, 11: hit");
  CHECK(many.first_exit == 6);
  CHECK(many.guard_values == 1);
}
