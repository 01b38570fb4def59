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
    auto* value = table.add<FieldDescr>("Node.value", 8, 8, Type::Int);
    auto* next = table.add<FieldDescr>("Node.next", 16, 8, Type::Ref);
    auto* kind = table.add<FieldDescr>("Node.kind", 24, 8, Type::Int);
    kind->immutable = true;
    table.add<SizeDescr>("Node", 1, 32)->fields = {value, next, kind};
    table.add<ArrayDescr>("IntArray", 2, 0, 8, 8, Type::Int);
    EffectInfo clobber;  // may write anything
    table.add<CallDescr>("clobber", std::vector<Type>{Type::Ref}, Type::Void, clobber);
    EffectInfo pure;
    pure.kind = EffectInfo::Kind::Elidable;
    table.add<CallDescr>("pure", std::vector<Type>{Type::Int}, Type::Int, pure);
    EffectInfo writes_next;
    writes_next.any_write = false;
    writes_next.writes = {next};
    table.add<CallDescr>("writes_next", std::vector<Type>{Type::Ref}, Type::Void, writes_next);
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

TEST_CASE("assumptions teach what their guards would and have no code") {
  Fixture f;
  const char* trace =
      "[p0, i1, i2, i3]\n"
      "i4 = int_lt(i1, 10)\n"
      "assume_true(i4)\n"
      "assume_nonnull(p0)\n"
      "assume_value(i2, 7)\n"
      "assume_false(i3)\n"
      "i9 = int_lt(i1, 10)\n"
      "guard_true(i9) [1@0: i1]\n"
      "guard_nonnull(p0) [1@1: i1]\n"
      "guard_false(i3) [1@2: i1]\n"
      "i13 = int_add(i2, 1)\n"
      "finish(i13, i3)\n";
  CHECK(f.optimized(trace) == "[p0, i1, i2, i3]\nfinish(8, 0)\n");
  // The IR interpreter checks them: a false one is an error of the trace.
  Trace t = f.parse(trace);
  uint64_t holds[] = {8, 3, 7, 0};
  InterpResult r = interpret(t, holds);
  CHECK(r.exit == InterpResult::Exit::Finish);
  CHECK(r.args == std::vector<uint64_t>{8, 0});
  for (size_t k = 0; k < 4; ++k) {
    uint64_t broken[] = {8, 3, 7, 0};
    broken[k] = k == 1 ? 10 : k == 3 ? 1 : 0;
    if (k == 2) broken[k] = 6;
    r = interpret(t, broken);
    CHECK(r.exit == InterpResult::Exit::Error);
    CHECK(r.error == "an assumption is false");
  }
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
        "[p0, i1]\ni2 = int_mul(i1, 3)\nsetfield_gc(p0, i1, descr=Node.value)\nguard_true(i1) "
        "[1@0: i2]\nfinish()\n");
}

TEST_CASE("a comparison compared with 0 is the opposite comparison") {
  Fixture f;
  // The interpreter's `if (!(i0 < 2))`: the guard tests i0 >= 2 (and the backend branches on
  // it); a comparison still used elsewhere stays.
  CHECK(f.optimized("[i0, p1]\n"
                    "i2 = int_lt(i0, 2)\n"
                    "i3 = int_eq(i2, 0)\n"
                    "guard_false(i3) [1@0: i0]\n"
                    "i5 = ptr_ne(p1, null)\n"
                    "i6 = int_eq(0, i5)\n"
                    "i7 = uint_le(i0, 9)\n"
                    "i8 = int_eq(i7, 0)\n"
                    "finish(i6, i7, i8)\n") ==
        "[i0, p1]\n"
        "i2 = int_ge(i0, 2)\n"
        "guard_false(i2) [1@0: i0]\n"
        "i4 = ptr_eq(p1, null)\n"
        "i5 = uint_le(i0, 9)\n"
        "i6 = uint_gt(i0, 9)\n"
        "finish(i4, i5, i6)\n");
  // Not floats' (NaN compares false both ways).
  CHECK(f.optimized("[f0]\ni1 = float_lt(f0, 1.0)\ni2 = int_eq(i1, 0)\nfinish(i2)\n") ==
        "[f0]\ni1 = float_lt(f0, 1.0)\ni2 = int_eq(i1, 0)\nfinish(i2)\n");
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

TEST_CASE("heap cache: repeated loads and loads after stores are forwarded") {
  Fixture f;
  CHECK(f.optimized("[p0, i1]\n"
                    "i2 = getfield_gc(p0, descr=Node.value)\n"
                    "i3 = getfield_gc(p0, descr=Node.value)\n"
                    "setfield_gc(p0, p0, descr=Node.next)\n"
                    "i5 = getfield_gc(p0, descr=Node.value)\n"
                    "setfield_gc(p0, i1, descr=Node.value)\n"
                    "i7 = getfield_gc(p0, descr=Node.value)\n"
                    "setfield_gc(p0, i7, descr=Node.value)\n"
                    "finish(i2, i3, i5, i7)\n") ==
        "[p0, i1]\n"
        "i2 = getfield_gc(p0, descr=Node.value)\n"
        "setfield_gc(p0, p0, descr=Node.next)\n"
        "setfield_gc(p0, i1, descr=Node.value)\n"
        "finish(i2, i2, i2, i1)\n");
}

TEST_CASE("heap cache: stores through a possibly aliasing object invalidate") {
  Fixture f;
  // p1 may be p0: its store kills what is known about p0.value, but not about p0.next.
  CHECK(f.optimized("[p0, p1, i2]\n"
                    "i3 = getfield_gc(p0, descr=Node.value)\n"
                    "p4 = getfield_gc(p0, descr=Node.next)\n"
                    "setfield_gc(p1, i2, descr=Node.value)\n"
                    "i6 = getfield_gc(p0, descr=Node.value)\n"
                    "p7 = getfield_gc(p0, descr=Node.next)\n"
                    "finish(i3, i6, p4, p7)\n") ==
        "[p0, p1, i2]\n"
        "i3 = getfield_gc(p0, descr=Node.value)\n"
        "p4 = getfield_gc(p0, descr=Node.next)\n"
        "setfield_gc(p1, i2, descr=Node.value)\n"
        "i6 = getfield_gc(p0, descr=Node.value)\n"
        "finish(i3, i6, p4, p4)\n");
}

TEST_CASE("heap cache: objects allocated in the trace start zeroed and alias nothing older") {
  Fixture f;
  CHECK(f.optimized("[p0, i1]\n"
                    "i2 = getfield_gc(p0, descr=Node.value)\n"
                    "p3 = new_object(descr=Node)\n"
                    "i4 = getfield_gc(p3, descr=Node.value)\n"
                    "setfield_gc(p3, i1, descr=Node.value)\n"
                    "i6 = getfield_gc(p0, descr=Node.value)\n"
                    "i7 = getfield_gc(p3, descr=Node.value)\n"
                    "setfield_gc(p0, p3, descr=Node.next)\n"
                    "finish(i2, i4, i6, i7)\n") ==
        "[p0, i1]\n"
        "i2 = getfield_gc(p0, descr=Node.value)\n"
        "p3 = new_object(descr=Node)\n"
        "setfield_gc(p3, i1, descr=Node.value)\n"
        "setfield_gc(p0, p3, descr=Node.next)\n"
        "finish(i2, 0, i2, i1)\n");
}

TEST_CASE("heap cache: calls invalidate what their effect info says they may write") {
  Fixture f;
  CHECK(f.optimized("[p0]\n"
                    "i1 = getfield_gc(p0, descr=Node.value)\n"
                    "p2 = getfield_gc(p0, descr=Node.next)\n"
                    "i3 = getfield_gc(p0, descr=Node.kind)\n"
                    "call(4096, p0, descr=writes_next)\n"
                    "i5 = getfield_gc(p0, descr=Node.value)\n"
                    "p6 = getfield_gc(p0, descr=Node.next)\n"
                    "i7 = call(8192, i5, descr=pure)\n"
                    "i8 = getfield_gc(p0, descr=Node.value)\n"
                    "call(4096, p0, descr=clobber)\n"
                    "i10 = getfield_gc(p0, descr=Node.value)\n"
                    "i11 = getfield_gc(p0, descr=Node.kind)\n"
                    "finish(i1, p2, i3, i5, p6, i7, i8, i10, i11)\n") ==
        "[p0]\n"
        "i1 = getfield_gc(p0, descr=Node.value)\n"
        "p2 = getfield_gc(p0, descr=Node.next)\n"
        "i3 = getfield_gc(p0, descr=Node.kind)\n"
        "call(4096, p0, descr=writes_next)\n"
        "p5 = getfield_gc(p0, descr=Node.next)\n"
        "i6 = call(8192, i1, descr=pure)\n"
        "call(4096, p0, descr=clobber)\n"
        "i8 = getfield_gc(p0, descr=Node.value)\n"
        "finish(i1, p2, i3, i1, p5, i6, i1, i8, i3)\n");
}

TEST_CASE("heap cache: array items, distinct constant indexes, lengths") {
  Fixture f;
  CHECK(f.optimized("[p0, i1, i2]\n"
                    "i3 = getarrayitem_gc(p0, 0, descr=IntArray)\n"
                    "i4 = arraylen_gc(p0, descr=IntArray)\n"
                    "setarrayitem_gc(p0, 1, i2, descr=IntArray)\n"
                    "i6 = getarrayitem_gc(p0, 0, descr=IntArray)\n"
                    "setarrayitem_gc(p0, i1, i2, descr=IntArray)\n"
                    "i8 = getarrayitem_gc(p0, 0, descr=IntArray)\n"
                    "i9 = arraylen_gc(p0, descr=IntArray)\n"
                    "i10 = getarrayitem_gc(p0, i1, descr=IntArray)\n"
                    "finish(i3, i4, i6, i8, i9, i10)\n") ==
        "[p0, i1, i2]\n"
        "i3 = getarrayitem_gc(p0, 0, descr=IntArray)\n"
        "i4 = arraylen_gc(p0, descr=IntArray)\n"
        "setarrayitem_gc(p0, 1, i2, descr=IntArray)\n"
        "setarrayitem_gc(p0, i1, i2, descr=IntArray)\n"
        "i7 = getarrayitem_gc(p0, 0, descr=IntArray)\n"
        "finish(i3, i4, i3, i7, i4, i2)\n");
}

TEST_CASE("integer bounds decide comparisons and remove the guards on them") {
  Fixture f;
  // A mask bounds a value; a guard narrows it; the later, weaker guard is implied. (Guard
  // strengthening would merge the guards on i1: see test_optimizer_strengthen.cpp.)
  OptimizerOptions bounds_only;
  bounds_only.strengthen = false;
  CHECK(f.optimized("[i0, i1]\n"
                    "i2 = int_and(i0, 255)\n"
                    "i3 = int_lt(i2, 256)\n"
                    "guard_true(i3) [1@0: i2]\n"
                    "i5 = int_lt(i1, 10)\n"
                    "guard_true(i5) [1@1: i1]\n"
                    "i7 = int_lt(i1, 20)\n"
                    "guard_true(i7) [1@2: i1]\n"
                    "i9 = int_ge(i1, 5)\n"
                    "guard_false(i9) [1@3: i1]\n"
                    "i11 = int_lt(i1, 5)\n"
                    "i12 = int_mod(i0, 8)\n"
                    "i13 = int_le(i12, 7)\n"
                    "finish(i2, i11, i13)\n",
                    bounds_only) ==
        "[i0, i1]\n"
        "i2 = int_and(i0, 255)\n"
        "i3 = int_lt(i1, 10)\n"
        "guard_true(i3) [1@1: i1]\n"
        "i5 = int_ge(i1, 5)\n"
        "guard_false(i5) [1@3: i1]\n"
        "finish(i2, 1, 1)\n");
}

TEST_CASE("integer bounds turn overflow checks that cannot fail into plain arithmetic") {
  Fixture f;
  CHECK(f.optimized("[i0, i1]\n"
                    "i2 = int_and(i0, 1023)\n"
                    "i3 = int_add_ovf(i2, 1)\n"
                    "guard_no_overflow() [1@0: i0]\n"
                    "i5 = int_mul_ovf(i3, i3)\n"
                    "guard_no_overflow() [1@1: i0]\n"
                    "i7 = int_add_ovf(i1, 1)\n"
                    "guard_no_overflow() [1@2: i1]\n"
                    "finish(i5, i7)\n") ==
        "[i0, i1]\n"
        "i2 = int_and(i0, 1023)\n"
        "i3 = int_add(i2, 1)\n"
        "i4 = int_mul(i3, i3)\n"
        "i5 = int_add_ovf(i1, 1)\n"
        "guard_no_overflow() [1@2: i1]\n"
        "finish(i4, i5)\n");
}

TEST_CASE("integer bounds do not cross a label") {
  Fixture f;
  // The guard before the label says nothing about i0 after it: the trace stays as it is.
  const std::string trace =
      "[i0]\n"
      "i1 = int_lt(i0, 10)\n"
      "guard_true(i1) [1@0: i0]\n"
      "label(i0, descr=loop)\n"
      "i4 = int_lt(i0, 10)\n"
      "guard_true(i4) [1@1: i0]\n"
      "i6 = int_add(i0, 1)\n"
      "jump(i6, descr=loop)\n";
  CHECK(f.optimized(trace) == trace);
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
