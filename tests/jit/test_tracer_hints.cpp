// isconstant and isvirtual (hints.h) as the tracer and the blackhole interpreter answer them:
// a green or a constant is constant while tracing, a red is not; an object allocated in the
// trace is virtual until it is passed to a call; outside traces both are always false.
#include <catch2/catch.hpp>

#include "weft/gc/gc.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/tracer.h"

using namespace weft::jit;

namespace {

struct Cell {
  static constexpr const char* gc_name = "test.jit.tracer_hints.Cell";
  int64_t value = 0;
  void gc_trace(weft::gc::Tracer&) const {}
};

int64_t cell_value(const Cell* c) { return c->value; }

// Each iteration adds a digit per answer: isconstant(green) 10000, isconstant(red) 1000,
// isconstant(null) 100, isvirtual(new cell) 10, isvirtual(the cell after a call) 1.
std::string portal_text() {
  return "jitcode portal(i0, i1, i2)\n"
         "top:\n"
         "  jit_merge_point([i0], [], [], [i1, i2], [], [])\n"
         "  i3 = int_lt(i1, $50)\n"
         "  goto_if_not(i3, exit)\n"
         "  i4 = int_isconstant(i0)\n"
         "  i4 = int_mul(i4, $10000)\n"
         "  i2 = int_add(i2, i4)\n"
         "  i4 = int_isconstant(i1)\n"
         "  i4 = int_mul(i4, $1000)\n"
         "  i2 = int_add(i2, i4)\n"
         "  i4 = ref_isconstant($ref(0x0))\n"
         "  i4 = int_mul(i4, $100)\n"
         "  i2 = int_add(i2, i4)\n"
         "  r0 = new(descr=Cell)\n"
         "  setfield_gc_i(r0, i1, descr=Cell.value)\n"
         "  i4 = ref_isvirtual(r0)\n"
         "  i4 = int_mul(i4, $10)\n"
         "  i2 = int_add(i2, i4)\n"
         "  i5 = residual_call_i($" +
         std::to_string(reinterpret_cast<uintptr_t>(&cell_value)) +
         ", descr=cell_value, [], [r0], [])\n"
         "  i4 = ref_isvirtual(r0)\n"
         "  i2 = int_add(i2, i4)\n"
         "  i1 = int_add(i1, $1)\n"
         "  can_enter_jit([i0], [], [], [i1, i2], [], [])\n"
         "  goto(top)\n"
         "exit:\n"
         "  int_return(i2)\n";
}

}  // namespace

TEST_CASE("tracer: isconstant and isvirtual while tracing, false in the blackhole") {
  weft::gc::Heap heap;
  DescrTable descrs;
  descrs.add<FieldDescr>("Cell.value", uint32_t(offsetof(Cell, value)), 8, Type::Int);
  descrs.add<SizeDescr>("Cell", weft::gc::type_id_of<Cell>(), uint32_t(sizeof(Cell)));
  descrs.add<CallDescr>("cell_value", std::vector<Type>{Type::Ref}, Type::Int);
  JitCodeSet codes;
  std::string error;
  REQUIRE(parse_jitcodes(portal_text(), descrs, codes, &error));
  const JitCode& portal = *codes.find("portal");

  // Outside a trace every answer is false: the loop adds nothing.
  std::vector<uint64_t> start[3] = {{7, 0, 0}, {}, {}};
  BlackholeResult alone = run_blackhole(portal, start);
  REQUIRE(alone.kind == BlackholeResult::Kind::Returned);
  CHECK(alone.value == 0);

  // While tracing: the green and the null constant are constants, the red is not; the new
  // cell is virtual until the call.
  std::vector<uint64_t> regs[3] = {{7, 10, 0, 0, 0, 0}, {0}, {}};
  TracerOptions options;
  options.loop_label = descrs.label("loop");
  Recording rec = record_loop(portal, 0, regs, options);
  INFO(rec.reason);
  REQUIRE(rec.status == Recording::Status::Loop);
  CHECK(rec.end_regs[kIntBank][1] == 11);
  CHECK(rec.end_regs[kIntBank][2] == 10000 + 100 + 10);
  // The answers are constants of the trace: nothing is recorded for them, and the trace adds
  // the constants they gave to the red.
  std::string text = print_trace(rec.trace);
  INFO(text);
  CHECK(text.find(", 10000)") != std::string::npos);
  CHECK(text.find(", 1000)") == std::string::npos);
  CHECK(text.find(", 100)") != std::string::npos);
  CHECK(text.find(", 10)") != std::string::npos);
  CHECK(text.find("isconstant") == std::string::npos);
  CHECK(text.find("isvirtual") == std::string::npos);
}
