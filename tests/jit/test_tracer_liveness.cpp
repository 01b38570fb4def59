// Resume data holds only what the rest of the jitcode reads: dead registers are recorded as 0,
// and a guard on a comparison names the comparison's failing value.
#include <catch2/catch.hpp>

#include "weft/gc/heap.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/tracer.h"

using namespace weft::jit;

namespace {

// i2 is dead after i3 is computed; i3 is read after the loop; i4 only by the branch.
const char* kLoop =
    "jitcode loop(i0, i1) regs(i5)\n"
    "top:\n"
    "  jit_merge_point([], [], [], [i0, i1], [], [])\n"
    "  i2 = int_mul(i0, $3)\n"
    "  i3 = int_add(i2, i1)\n"
    "  i4 = int_lt(i3, $1000)\n"
    "  goto_if_not(i4, out)\n"
    "  i1 = int_add(i1, $1)\n"
    "  i0 = int_add(i0, $1)\n"
    "  can_enter_jit([], [], [], [i0, i1], [], [])\n"
    "  goto(top)\n"
    "out:\n"
    "  int_return(i3)\n";

}  // namespace

TEST_CASE("tracer: snapshots keep live registers only") {
  weft::gc::Heap heap;
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  REQUIRE(parse_jitcodes(kLoop, descrs, codes, &error));
  const JitCode& code = *codes.find("loop");
  std::vector<uint64_t> regs[3];
  regs[kIntBank] = {1, 0, 0, 0, 0};
  TracerOptions options;
  options.loop_label = descrs.label("loop");
  Recording rec = record_loop(code, find_merge_points(code)[0].pc, regs, options);
  REQUIRE(rec.status == Recording::Status::Loop);
  INFO(print_trace(rec.trace));
  const Inst* guard = nullptr;
  for (const Inst& inst : rec.trace.insts)
    if (inst.op == Op::guard_true) guard = &inst;
  REQUIRE(guard != nullptr);
  const ResumeFrame& frame = rec.trace.snapshots[size_t(guard->snapshot)].frames.at(0);
  REQUIRE(frame.values.size() == 5);
  CHECK(frame.values[0].is_inst());   // i0: read after the branch
  CHECK(frame.values[1].is_inst());   // i1
  CHECK(frame.values[2].is_const());  // i2: dead
  CHECK(rec.trace.constant(frame.values[2]).bits == 0);
  CHECK(frame.values[3].is_inst());   // i3: returned after the loop
  CHECK(frame.values[4].is_const());  // i4: the guard's condition, 0 when the guard fails
  CHECK(rec.trace.constant(frame.values[4]).bits == 0);

  // Resuming with those values gives the right answer: the loop ends when i3 >= 1000.
  std::vector<uint64_t> resumed[3];
  resumed[kIntBank] = {334, 0, 0, 1002, 0};  // what a failing iteration leaves: 3*334+0
  BlackholeResult r = run_blackhole_at(code, frame.pc, resumed);
  REQUIRE(r.kind == BlackholeResult::Kind::Returned);
  CHECK(r.value == 1002);
}
