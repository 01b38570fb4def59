// Guard strengthening (opt/guard_strengthening.h): guards that bound the same integer merge
// into the first and one added after it, which may fail where a later one failed before; its
// snapshot must then say what the first guard's condition was.
#include <catch2/catch.hpp>

#include "backend_test_util.h"
#include "jit_test_util.h"
#include "weft/gc/gc.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

std::string optimized(const std::string& text, const OptimizerOptions& options = {}) {
  DescrTable table;
  Trace out = optimize(jit_test::parse_verified(text, table), options);
  std::string error;
  INFO(print_trace(out));
  CHECK(verify(out, &error));
  INFO(error);
  return print_trace(out);
}

// The trace an interpreter's `if (--pos < 0) fail; ... if (++pos >= size) fail;` walk
// records: `left` steps left then `right` steps right, each a guard whose snapshot (frame 1,
// pc = step) holds the new position and, in place of the condition, the value that makes the
// guard fail (as the tracer's guard_on_condition records it). Finishes with the position.
Trace pointer_walk(int left, int right, int64_t size) {
  Trace t;
  Value pos = t.input(Type::Int);
  uint32_t pc = 0;
  auto step = [&](int64_t delta, Op cmp, int64_t limit) {
    pos = t.emit(Op::int_add, {pos, t.const_int(delta)});
    Value cond = t.emit(cmp, {pos, t.const_int(limit)});
    Snapshot s;
    s.frames.push_back(ResumeFrame{1, pc++, {pos, t.const_int(1)}});
    s.condition_slots.emplace_back(uint16_t(0), uint16_t(1));
    t.emit_guard(Op::guard_false, {cond}, std::move(s));
  };
  for (int k = 0; k < left; ++k) step(-1, Op::int_lt, 0);
  for (int k = 0; k < right; ++k) step(+1, Op::int_ge, size);
  t.emit(Op::finish, {pos});
  return t;
}

size_t count(const Trace& t, Op op) {
  size_t n = 0;
  for (const Inst& inst : t.insts) n += inst.op == op;
  return n;
}

}  // namespace

TEST_CASE("guards bounding the same value merge into the first and one more") {
  // i1 < 10, i1 < 20 and !(i1 >= 5): the first guard stays and one more, i1 <= 4, with the
  // first guard's snapshot, follows it. (Integer bounds would drop i1 < 20 first, leaving two
  // guards: off, to see this pass alone.)
  OptimizerOptions no_bounds;
  no_bounds.bounds = false;
  CHECK(optimized("[i0, i1]\n"
                  "i2 = int_lt(i1, 10)\n"
                  "guard_true(i2) [1@1: i1]\n"
                  "i4 = int_lt(i1, 20)\n"
                  "guard_true(i4) [1@2: i1]\n"
                  "i6 = int_ge(i1, 5)\n"
                  "guard_false(i6) [1@3: i1]\n"
                  "finish(i0)\n",
                  no_bounds) ==
        "[i0, i1]\n"
        "i2 = int_lt(i1, 10)\n"
        "guard_true(i2) [1@1: i1]\n"
        "i4 = int_le(i1, 4)\n"
        "guard_true(i4) [1@1: i1]\n"
        "finish(i0)\n");
  // A first guard that checks the whole range: the others go. Offsets: i1 - 1 >= 0 is
  // i1 >= 1, which i1 - 1 >= -5 and i1 >= 0 need no more.
  CHECK(optimized("[i0, i1]\n"
                  "i2 = int_sub(i1, 1)\n"
                  "i3 = int_ge(i1, 1)\n"
                  "guard_true(i3) [1@1: i2]\n"
                  "i5 = int_lt(i2, -5)\n"
                  "guard_false(i5) [1@2: i2]\n"
                  "i7 = int_lt(i1, 0)\n"
                  "guard_false(i7) [1@3: i2]\n"
                  "finish(i2)\n",
                  no_bounds) ==
        "[i0, i1]\n"
        "i2 = int_sub(i1, 1)\n"
        "i3 = int_ge(i1, 1)\n"
        "guard_true(i3) [1@1: i2]\n"
        "finish(i2)\n");
  // Two guards, one on each side: nothing is gained by moving the second up (it would cost
  // its condition, which the moved guard's snapshot would need).
  const std::string two_sides =
      "[i0, i1]\n"
      "i2 = int_lt(i1, 0)\n"
      "guard_false(i2) [1@1: i1, 1]\n"
      "i4 = int_gt(i1, 99)\n"
      "guard_false(i4) [1@2: i1, 1]\n"
      "finish(i0)\n";
  CHECK(optimized(two_sides) == two_sides);
}

TEST_CASE("guards that contradict each other or sit behind a label stay") {
  // No value passes both: the trace always leaves at one of them, as recorded. (Integer
  // bounds would fold the second guard to guard_true(0): off, to see this pass alone.)
  OptimizerOptions no_bounds;
  no_bounds.bounds = false;
  const std::string contradiction =
      "[i0]\n"
      "i1 = int_lt(i0, 5)\n"
      "guard_true(i1) [1@0: i0]\n"
      "i3 = int_gt(i0, 10)\n"
      "guard_true(i3) [1@1: i0]\n"
      "finish(i0)\n";
  CHECK(optimized(contradiction, no_bounds) == contradiction);
  // The loop's guard on i0 is not merged with the preamble's (the label redefines i0).
  const std::string loop =
      "[i0]\n"
      "i1 = int_lt(i0, 10)\n"
      "guard_true(i1) [1@0: i0]\n"
      "label(i0, descr=loop)\n"
      "i4 = int_lt(i0, 10)\n"
      "guard_true(i4) [1@1: i0]\n"
      "i6 = int_add(i0, 1)\n"
      "jump(i6, descr=loop)\n";
  CHECK(optimized(loop) == loop);
}

TEST_CASE("a strengthened guard resumes with its condition's real value") {
  // 22 steps left and back: the 44 bounds checks become the first (pos - 1 >= 0) and
  // 22 <= pos <= 99 - 22 (one unsigned comparison).
  constexpr int kSteps = 22;
  constexpr int64_t kSize = 100;
  Trace in = pointer_walk(kSteps, kSteps, kSize);
  Trace out = optimize(in, {});
  std::string error;
  INFO(print_trace(out));
  REQUIRE(verify(out, &error));
  CHECK(count(in, Op::guard_false) == 2 * kSteps);
  CHECK(count(out, Op::guard_true) + count(out, Op::guard_false) == 2);
  CHECK(count(out, Op::uint_le) == 1);
  // Both resume where the first step's guard did: the first with its condition's failing
  // value (a constant), the added one with its passing value.
  REQUIRE(out.snapshots.size() == 2);
  for (const Snapshot& s : out.snapshots) CHECK(s.frames[0].pc == 0);
  CHECK(out.snapshots[0].condition_slots.size() == 1);
  CHECK(out.snapshots[1].condition_slots.empty());
  for (int64_t pos = -3; pos < kSize + 3; ++pos) {
    INFO("pos " << pos);
    const uint64_t inputs[] = {uint64_t(pos)};
    InterpResult a = interpret(in, inputs);
    InterpResult b = interpret(out, inputs);
    if (a.exit == InterpResult::Exit::Finish) {
      // Every original check passed: so do the merged ones.
      REQUIRE(b.exit == InterpResult::Exit::Finish);
      CHECK(a.args == b.args);
      continue;
    }
    REQUIRE(a.exit == InterpResult::Exit::GuardFailed);
    REQUIRE(b.exit == InterpResult::Exit::GuardFailed);
    // The optimized trace leaves at the first step, with the first step's state: the new
    // position, and whether the first step's own check (pos - 1 < 0) failed.
    const ResumeFrame& frame = out.snapshots[size_t(out.insts[b.inst].snapshot)].frames[0];
    CHECK(frame.pc == 0);
    CHECK(int64_t(b.value_of(out, frame.values[0])) == pos - 1);
    CHECK(b.value_of(out, frame.values[1]) == uint64_t(pos - 1 < 0));
  }
}

TEST_CASE("compiled strengthened guards save their condition's real value") {
  weft::gc::Heap heap;
  Backend backend;
  Trace out = optimize(pointer_walk(5, 5, 50), {});
  std::string error;
  CompiledTrace* ct = backend.compile_trace(out, "walk", &error);
  INFO(error);
  REQUIRE(ct);
  for (int64_t pos = -2; pos < 53; ++pos) {
    INFO("pos " << pos);
    const uint64_t inputs[] = {uint64_t(pos)};
    jit_test::Outcome expected = jit_test::run_interpreted(out, *ct, inputs);
    jit_test::Outcome got = jit_test::run_compiled(backend, *ct, inputs);
    jit_test::check_same_outcome(expected, inputs, got, inputs);
  }
  backend.free(ct);
}
