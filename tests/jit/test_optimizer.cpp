// The optimizer: golden tests (input trace -> expected trace) for each rewrite, and a
// differential check that every optimized trace behaves like its input under the interpreter.
#include <catch2/catch.hpp>
#include <random>

#include "jit_test_util.h"
#include "weft/jit/ir_eval.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

struct Fixture {
  DescrTable table;
  Fixture() {
    table.add<FieldDescr>("Node.value", 8, 8, Type::Int);
    table.add<FieldDescr>("Node.next", 16, 8, Type::Ref);
  }
  Trace parse(const std::string& text) { return jit_test::parse_verified(text, table); }
  // Optimizes `input` and returns the printed result, after checking that it verifies.
  std::string optimized(const std::string& input, const OptimizerOptions& options = {}) {
    Trace out = optimize(parse(input), options);
    std::string error;
    INFO(print_trace(out));
    CHECK(verify(out, &error));
    INFO(error);
    return print_trace(out);
  }
};

// Runs both traces on the same inputs and checks they leave the same way with the same values.
void check_same_behaviour(const Trace& a, const Trace& b, const std::vector<uint64_t>& inputs) {
  InterpResult ra = interpret(a, inputs);
  InterpResult rb = interpret(b, inputs);
  REQUIRE(ra.exit == rb.exit);
  CHECK(ra.args == rb.args);
  if (ra.exit == InterpResult::Exit::GuardFailed) {
    const Snapshot& sa = a.snapshots[size_t(a.insts[ra.inst].snapshot)];
    const Snapshot& sb = b.snapshots[size_t(b.insts[rb.inst].snapshot)];
    REQUIRE(sa.frames.size() == sb.frames.size());
    for (size_t f = 0; f < sa.frames.size(); ++f) {
      CHECK(sa.frames[f].pc == sb.frames[f].pc);
      REQUIRE(sa.frames[f].values.size() == sb.frames[f].values.size());
      for (size_t k = 0; k < sa.frames[f].values.size(); ++k)
        CHECK(ra.value_of(a, sa.frames[f].values[k]) == rb.value_of(b, sb.frames[f].values[k]));
    }
  }
}

}  // namespace

TEST_CASE("every pure op has an evaluator") {
  for (size_t i = 0; i < op_count(); ++i) {
    if (!op_info(Op(i)).has(opflag::PURE)) continue;
    uint64_t args[2] = {6, 3};
    INFO(op_info(Op(i)).name);
    CHECK(eval_pure(Op(i), std::span<const uint64_t>(
                               args, std::string_view(op_info(Op(i)).operands) == "*"
                                         ? 1
                                         : std::string_view(op_info(Op(i)).operands).size())));
  }
}

TEST_CASE("constant folding uses the interpreter's semantics") {
  Fixture f;
  CHECK(f.optimized("[i0]\ni1 = int_add(2, 3)\ni2 = int_mul(i0, i1)\nfinish(i2)\n") ==
        "[i0]\ni1 = int_mul(i0, 5)\nfinish(i1)\n");
  CHECK(
      f.optimized("[]\ni0 = int_floordiv(-7, 2)\ni1 = int_mod(-7, 2)\nf2 = cast_int_to_float(i0)\n"
                  "f3 = float_mul(f2, 0.5)\nfinish(i0, i1, f3)\n") == "[]\nfinish(-3, -1, -1.5)\n");
  // Division by zero has no value: left for run time.
  CHECK(f.optimized("[]\ni0 = int_floordiv(1, 0)\nfinish(i0)\n") ==
        "[]\ni0 = int_floordiv(1, 0)\nfinish(i0)\n");
}

TEST_CASE("algebraic identities from the rule table") {
  Fixture f;
  CHECK(f.optimized("[i0, p1]\n"
                    "i2 = int_add(i0, 0)\n"
                    "i3 = int_mul(1, i2)\n"
                    "i4 = int_sub(i3, i3)\n"
                    "i5 = int_and(i0, -1)\n"
                    "i6 = int_or(i5, i4)\n"
                    "i7 = int_mul(i6, 0)\n"
                    "i8 = ptr_eq(p1, p1)\n"
                    "i9 = int_lt(i0, i0)\n"
                    "finish(i6, i7, i8, i9)\n") == "[i0, p1]\nfinish(i0, 0, 1, 0)\n");
  // Not for floats: x - x is NaN when x is NaN or infinite.
  CHECK(f.optimized("[f0]\nf1 = float_sub(f0, f0)\nfinish(f1)\n") ==
        "[f0]\nf1 = float_sub(f0, f0)\nfinish(f1)\n");
}

TEST_CASE("common subexpressions of pure ops are computed once") {
  Fixture f;
  CHECK(f.optimized("[i0, i1]\n"
                    "i2 = int_add(i0, i1)\n"
                    "i3 = int_add(i0, i1)\n"
                    "i4 = int_mul(i2, i3)\n"
                    "finish(i4)\n") ==
        "[i0, i1]\ni2 = int_add(i0, i1)\ni3 = int_mul(i2, i2)\nfinish(i3)\n");
  OptimizerOptions no_cse;
  no_cse.cse = false;
  CHECK(f.optimized("[i0, i1]\ni2 = int_add(i0, i1)\ni3 = int_add(i0, i1)\nfinish(i2, i3)\n",
                    no_cse) ==
        "[i0, i1]\ni2 = int_add(i0, i1)\ni3 = int_add(i0, i1)\nfinish(i2, i3)\n");
}

TEST_CASE("guards that always pass go; guard_value makes its operand constant") {
  Fixture f;
  CHECK(f.optimized("[i0]\n"
                    "i1 = int_lt(1, 2)\n"
                    "guard_true(i1) [1@0: i0]\n"
                    "guard_value(i0, 5) [1@1: i0]\n"
                    "i4 = int_add(i0, 1)\n"
                    "guard_value(i0, 5) [1@2: i4]\n"
                    "finish(i4)\n") == "[i0]\nguard_value(i0, 5) [1@1: i0]\nfinish(6)\n");
}

TEST_CASE("unused pure ops, loads and allocations are removed; stores and guards stay") {
  Fixture f;
  CHECK(f.optimized("[p0, i1]\n"
                    "i2 = int_add(i1, 1)\n"
                    "i3 = getfield_gc(p0, descr=Node.value)\n"
                    "setfield_gc(p0, i1, descr=Node.value)\n"
                    "i5 = int_mul(i1, 3)\n"
                    "guard_true(i1) [1@0: i5]\n"
                    "finish()\n") ==
        "[p0, i1]\nsetfield_gc(p0, i1, descr=Node.value)\ni3 = int_mul(i1, 3)\nguard_true(i1) "
        "[1@0: i3]\nfinish()\n");
}

TEST_CASE("nothing known before a label is used after it") {
  Fixture f;
  // i0 is redefined by every jump: int_add(i0, 1) in the loop is not the preamble's, and a
  // constant label argument gets a copy of its own.
  CHECK(f.optimized("[i0]\n"
                    "i1 = int_add(i0, 1)\n"
                    "i2 = int_add(2, 3)\n"
                    "label(i0, i2, descr=loop)\n"
                    "i4 = int_add(i0, 1)\n"
                    "i5 = int_add(i2, i4)\n"
                    "guard_true(i1) [1@0: i5]\n"
                    "jump(i4, i5, descr=loop)\n") ==
        "[i0]\n"
        "i1 = int_add(i0, 1)\n"
        "i2 = same_as(5)\n"
        "label(i0, i2, descr=loop)\n"
        "i4 = int_add(i0, 1)\n"
        "i5 = int_add(i2, i4)\n"
        "guard_true(i1) [1@0: i5]\n"
        "jump(i4, i5, descr=loop)\n");
}

TEST_CASE("optimized traces behave like their input (interpreter differential)") {
  Fixture f;
  struct Case {
    const char* text;
    size_t optimized_size;  // instructions left after optimization
  };
  const Case cases[] = {
      {"[i0, i1]\n"
       "label(i0, i1, descr=loop)\n"
       "i3 = int_add(i0, 1)\n"
       "i4 = int_mul(i3, 1)\n"
       "i5 = int_add(i1, i4)\n"
       "i6 = int_sub(i5, 0)\n"
       "i7 = int_lt(i4, 50)\n"
       "guard_true(i7) [1@3: i4, i6]\n"
       "i9 = int_and(i6, 255)\n"
       "i10 = int_and(i6, 255)\n"
       "i11 = int_xor(i9, i10)\n"
       "i12 = int_or(i6, i11)\n"
       "jump(i4, i12, descr=loop)\n",
       8},
      {"[i0, i1]\n"
       "i2 = int_floordiv(i0, 7)\n"
       "i3 = int_mod(i0, 7)\n"
       "i4 = int_mul(i2, 7)\n"
       "i5 = int_add(i4, i3)\n"
       "i6 = int_eq(i5, i0)\n"
       "guard_true(i6) [1@0: i5]\n"
       "i8 = int_sub_ovf(i0, i1)\n"
       "guard_no_overflow() [1@1: i0, i1]\n"
       "i10 = int_lshift(i8, 2)\n"
       "i11 = int_rshift(i10, 2)\n"
       "finish(i11, i8)\n",
       13},  // nothing to simplify: the rewrite must keep it intact
  };
  std::mt19937_64 rng(42);
  for (const Case& c : cases) {
    Trace in = f.parse(c.text);
    Trace out = optimize(in);
    std::string error;
    REQUIRE(verify(out, &error));
    CHECK(out.insts.size() == c.optimized_size);
    for (int k = 0; k < 200; ++k) {
      std::vector<uint64_t> inputs = {rng() % 1000, rng()};
      if (k % 3 == 0) inputs[1] = uint64_t(INT64_MIN) + rng() % 10;
      check_same_behaviour(in, out, inputs);
    }
  }
}
