// Resume data holds only what the rest of the jitcode reads: frames list the live registers only
// (sparse frames), and a guard on a comparison names the comparison's failing value.
#include <catch2/catch.hpp>

#include "weft/gc/heap.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
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
  // Sparse: only the live registers are listed (i2 is dead).
  REQUIRE(std::vector<uint16_t>(frame.regs.begin(), frame.regs.end()) ==
          std::vector<uint16_t>{0, 1, 3, 4});
  REQUIRE(frame.values.size() == 4);
  CHECK(frame.values[0].is_inst());   // i0: read after the branch
  CHECK(frame.values[1].is_inst());   // i1
  CHECK(frame.values[2].is_inst());   // i3: returned after the loop
  CHECK(frame.values[3].is_const());  // i4: the guard's condition, 0 when the guard fails
  CHECK(rec.trace.constant(frame.values[3]).bits == 0);

  // Resuming with those values gives the right answer: the loop ends when i3 >= 1000.
  std::vector<uint64_t> resumed[3];
  resumed[kIntBank] = {334, 0, 0, 1002, 0};  // what a failing iteration leaves: 3*334+0
  BlackholeResult r = run_blackhole_at(code, frame.pc, resumed);
  REQUIRE(r.kind == BlackholeResult::Kind::Returned);
  CHECK(r.value == 1002);
}

TEST_CASE("ir text: sparse resume frames print, parse and verify", "[tracer]") {
  DescrTable descrs;
  Trace t;
  std::string error;
  const char* text =
      "[i0, i1]\n"
      "label(i0, i1, descr=loop)\n"
      "i3 = int_lt(i0, 1000)\n"
      "guard_true(i3) [0@20: #1=i0, #7=i1, #9=0; 1@4: #0=i1]\n"
      "jump(i0, i1, descr=loop)\n";
  REQUIRE(parse_trace(text, descrs, t, &error));
  INFO(error);
  REQUIRE(verify(t, &error));
  const Snapshot& s = t.snapshots.at(0);
  REQUIRE(s.frames.size() == 2);
  CHECK(std::vector<uint16_t>(s.frames[0].regs.begin(), s.frames[0].regs.end()) ==
        std::vector<uint16_t>{1, 7, 9});
  CHECK(s.frames[0].register_span() == 10);
  CHECK(s.frames[1].register_of(0) == 0);
  CHECK(print_trace(t) == text);

  // Dense and sparse values cannot be mixed in a frame; registers must increase.
  Trace bad;
  CHECK_FALSE(
      parse_trace("[i0]\nlabel(i0, descr=l2)\nguard_true(i0) [0@1: #1=i0, i0]\n"
                  "jump(i0, descr=l2)\n",
                  descrs, bad, &error));
  Trace bad2;
  CHECK_FALSE(
      parse_trace("[i0]\nlabel(i0, descr=l3)\nguard_true(i0) [0@1: #3=i0, #2=0]\n"
                  "jump(i0, descr=l3)\n",
                  descrs, bad2, &error));
}
