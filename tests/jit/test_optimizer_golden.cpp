// Golden tests of the optimizer passes: an input trace in the IR text format and the trace the
// optimizer must turn it into. Every case also checks that both traces verify. (The older cases
// of the first passes are in test_optimizer.cpp; behaviour is fuzzed in test_fuzz_optimizer.cpp.)
#include <catch2/catch.hpp>
#include <cinttypes>
#include <cstdio>
#include <string>

#include "jit_test_util.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

int64_t square(int64_t x) { return x * x; }
int64_t klass[2] = {0, 42};      // an object with a quasi-immutable field at offset 8
int64_t node[4] = {0, 5, 0, 7};  // a Node: value 5, kind (immutable) 7

// Replaces every `key` in `text` with `value`.
std::string replace_all(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

struct Golden {
  DescrTable table;
  Golden() {
    auto* value = table.add<FieldDescr>("Node.value", 8, 8, Type::Int);
    auto* next = table.add<FieldDescr>("Node.next", 16, 8, Type::Ref);
    auto* kind = table.add<FieldDescr>("Node.kind", 24, 8, Type::Int);
    kind->immutable = true;
    table.add<SizeDescr>("Node", 1, 32)->fields = {value, next, kind};
    table.add<ArrayDescr>("IntArray", 2, 0, 8, 8, Type::Int);
    table.add<ArrayDescr>("RefArray", 3, 0, 8, 8, Type::Ref);
    EffectInfo clobber;  // may write anything
    table.add<CallDescr>("clobber", std::vector<Type>{Type::Ref}, Type::Void, clobber);
    EffectInfo reads;
    reads.kind = EffectInfo::Kind::ReadOnly;
    table.add<CallDescr>("reader", std::vector<Type>{Type::Ref}, Type::Int, reads);
    EffectInfo elidable;
    elidable.kind = EffectInfo::Kind::Elidable;
    elidable.can_collect = false;
    table.add<CallDescr>("square", std::vector<Type>{Type::Int}, Type::Int, elidable);
    elidable.can_raise = true;
    table.add<CallDescr>("checked", std::vector<Type>{Type::Int}, Type::Int, elidable);
    table.add<FieldDescr>("Class.methods", 8, 8, Type::Int)->quasi_immutable = true;
  }

  // SQUARE, KLASS and NODE in a test's text stand for the function and the objects above.
  static std::string substitute(std::string text) {
    char object[40];
    std::snprintf(object, sizeof object, "ref(0x%" PRIxPTR ")", reinterpret_cast<uintptr_t>(klass));
    text = replace_all(text, "SQUARE", std::to_string(reinterpret_cast<intptr_t>(&square)));
    text = replace_all(text, "KLASS", object);
    std::snprintf(object, sizeof object, "ref(0x%" PRIxPTR ")", reinterpret_cast<uintptr_t>(node));
    return replace_all(text, "NODE", object);
  }

  // The optimized form of `input`, printed; both must verify.
  std::string operator()(const std::string& input, const OptimizerOptions& options = {},
                         OptimizerReport* report = nullptr) {
    Trace out = optimize(jit_test::parse_verified(substitute(input), table), options, report);
    std::string error;
    INFO(print_trace(out));
    CHECK(verify(out, &error));
    INFO(error);
    return print_trace(out);
  }
  // The same for an expected trace.
  static std::string expect(const std::string& text) { return substitute(text); }
};

OptimizerOptions without(bool OptimizerOptions::*part) {
  OptimizerOptions o;
  o.*part = false;
  return o;
}

}  // namespace

// ---- virtuals (allocation removal) ---------------------------------------------------------

TEST_CASE("virtuals: an object that never escapes is removed with its loads and guards") {
  Golden g;
  const char* in = R"([i0, p1]
p2 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
i4 = getfield_gc(p2, descr=Node.value)
i5 = getfield_gc(p2, descr=Node.kind)
guard_class(p2, 1) [1@0: i0]
guard_nonnull(p2) [1@1: i0]
i8 = ptr_eq(p2, p1)
i9 = ptr_ne(p2, p2)
p10 = getfield_gc(p2, descr=Node.next)
finish(i4, i5, i8, i9, p10)
)";
  CHECK(g(in) == "[i0, p1]\nfinish(i0, 0, 0, 0, null)\n");
  // Switched off, the heap cache still forwards the loads and the allocation implies the
  // guards; the allocation stays, its store sinks to the end.
  CHECK(g(in, without(&OptimizerOptions::virtuals)) ==
        R"([i0, p1]
p2 = new_object(descr=Node)
i3 = ptr_eq(p2, p1)
setfield_gc(p2, i0, descr=Node.value)
finish(i0, 0, i3, 0, null)
)");
}

TEST_CASE("virtuals: snapshots describe them (cycles too); an escape materializes them") {
  Golden g;
  // p2 <-> p3 form a cycle; the guard's snapshot keeps its own virtual v0 and describes p2 and
  // p3 after it, each once. The store into p1 materializes both, each allocated once (the
  // stores into Node.next go first: the one into p1 may read them once they have escaped).
  CHECK(g(R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
setfield_gc(p2, p3, descr=Node.next)
setfield_gc(p3, p2, descr=Node.next)
i7 = int_lt(i0, 10)
guard_true(i7) [1@0: p2, i0 / v0 = Node(Node.value=i0)]
setfield_gc(p1, p3, descr=Node.next)
finish()
)") == R"([i0, p1]
i2 = int_lt(i0, 10)
guard_true(i2) [1@0: v1, i0 / v0 = Node(Node.value=i0), v1 = Node(Node.value=i0, Node.next=v2), v2 = Node(Node.next=v1)]
p4 = new_object(descr=Node)
p5 = new_object(descr=Node)
setfield_gc(p5, p4, descr=Node.next)
setfield_gc(p4, p5, descr=Node.next)
setfield_gc(p5, i0, descr=Node.value)
setfield_gc(p1, p4, descr=Node.next)
finish()
)");
}

TEST_CASE("virtuals: a call argument escapes, nested objects first") {
  Golden g;
  CHECK(g(R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p3, i0, descr=Node.value)
setfield_gc(p2, p3, descr=Node.next)
call(4096, p2, descr=clobber)
p6 = getfield_gc(p2, descr=Node.next)
finish(p6)
)") == R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p3, i0, descr=Node.value)
setfield_gc(p2, p3, descr=Node.next)
call(4096, p2, descr=clobber)
p7 = getfield_gc(p2, descr=Node.next)
finish(p7)
)");
}

TEST_CASE("virtuals: small arrays with constant indexes; a variable index materializes") {
  Golden g;
  CHECK(g(R"([i0, i1]
p2 = new_array(3, descr=IntArray)
setarrayitem_gc(p2, 1, i0, descr=IntArray)
i4 = getarrayitem_gc(p2, 1, descr=IntArray)
i5 = getarrayitem_gc(p2, 2, descr=IntArray)
i6 = arraylen_gc(p2, descr=IntArray)
guard_true(i1) [1@0: p2]
i8 = getarrayitem_gc(p2, i1, descr=IntArray)
finish(i4, i5, i6, i8)
)") == R"([i0, i1]
guard_true(i1) [1@0: v0 / v0 = IntArray[0, i0, 0]]
p3 = new_array(3, descr=IntArray)
setarrayitem_gc(p3, 1, i0, descr=IntArray)
i5 = getarrayitem_gc(p3, i1, descr=IntArray)
finish(i0, 0, 3, i5)
)");
}

TEST_CASE("virtuals: objects live across a label, or jumped to it, are materialized") {
  Golden g;
  CHECK(g(R"([i0, p1]
p2 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
p4 = new_object(descr=Node)
label(i0, p1, descr=loop)
setfield_gc(p4, i0, descr=Node.value)
i6 = getfield_gc(p2, descr=Node.value)
i7 = int_add(i6, 1)
p8 = new_object(descr=Node)
setfield_gc(p8, p2, descr=Node.next)
jump(i7, p8, descr=loop)
)") == R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p3, i0, descr=Node.value)
label(i0, p1, descr=loop)
setfield_gc(p2, i0, descr=Node.value)
i7 = getfield_gc(p3, descr=Node.value)
i8 = int_add(i7, 1)
p9 = new_object(descr=Node)
setfield_gc(p9, p3, descr=Node.next)
jump(i8, p9, descr=loop)
)");
}

TEST_CASE("a value of before a label forwarded to a label argument keeps the old value") {
  Golden g;
  // i3 is p1.value before the label, i.e. i0 as it was then; the jump redefines i0.
  CHECK(g(R"([i0, p1]
setfield_gc(p1, i0, descr=Node.value)
i3 = getfield_gc(p1, descr=Node.value)
label(i0, p1, descr=loop)
i5 = int_add(i0, i3)
jump(i5, p1, descr=loop)
)") == R"([i0, p1]
setfield_gc(p1, i0, descr=Node.value)
i3 = same_as(i0)
label(i0, p1, descr=loop)
i5 = int_add(i0, i3)
jump(i5, p1, descr=loop)
)");
}

// ---- lazy and dead stores --------------------------------------------------------------------

TEST_CASE("lazy stores: delayed until read, dropped when overwritten; emitted before guards") {
  Golden g;
  const char* in = R"([p0, p1, i2]
setfield_gc(p0, i2, descr=Node.value)
i4 = int_add(i2, 1)
setfield_gc(p0, i4, descr=Node.value)
setfield_gc(p1, p0, descr=Node.next)
i7 = getfield_gc(p0, descr=Node.value)
setfield_gc(p1, i7, descr=Node.value)
i9 = getfield_gc(p0, descr=Node.kind)
guard_true(i9) [1@0: i2]
setfield_gc(p0, 5, descr=Node.value)
i12 = call(4096, p1, descr=reader)
setfield_gc(p0, 6, descr=Node.value)
setfield_gc(p0, 7, descr=Node.value)
finish(i7)
)";
  // The first store is overwritten unread; the store into p1.value may write p0.value (p1 may
  // be p0), so p0's goes first; the guard and the call (which may read) get the stores before
  // them; 6 is overwritten by 7 before the end.
  CHECK(g(in) == R"([p0, p1, i2]
i3 = int_add(i2, 1)
setfield_gc(p0, i3, descr=Node.value)
i5 = getfield_gc(p0, descr=Node.kind)
setfield_gc(p1, p0, descr=Node.next)
setfield_gc(p1, i3, descr=Node.value)
guard_true(i5) [1@0: i2]
setfield_gc(p0, 5, descr=Node.value)
i10 = call(4096, p1, descr=reader)
setfield_gc(p0, 7, descr=Node.value)
finish(i3)
)");
  CHECK(g(in, without(&OptimizerOptions::lazy_stores)) == R"([p0, p1, i2]
setfield_gc(p0, i2, descr=Node.value)
i4 = int_add(i2, 1)
setfield_gc(p0, i4, descr=Node.value)
setfield_gc(p1, p0, descr=Node.next)
setfield_gc(p1, i4, descr=Node.value)
i8 = getfield_gc(p0, descr=Node.kind)
guard_true(i8) [1@0: i2]
setfield_gc(p0, 5, descr=Node.value)
i11 = call(4096, p1, descr=reader)
setfield_gc(p0, 6, descr=Node.value)
setfield_gc(p0, 7, descr=Node.value)
finish(i4)
)");
}

TEST_CASE("lazy stores: array items by index; an overflow op and a label flush") {
  Golden g;
  CHECK(g(R"([p0, i1, i2]
setarrayitem_gc(p0, 0, i1, descr=IntArray)
setarrayitem_gc(p0, 1, i1, descr=IntArray)
setarrayitem_gc(p0, 0, i2, descr=IntArray)
i6 = getarrayitem_gc(p0, 1, descr=IntArray)
setarrayitem_gc(p0, i1, i2, descr=IntArray)
i8 = arraylen_gc(p0, descr=IntArray)
i9 = getarrayitem_gc(p0, 2, descr=IntArray)
finish(i6, i8, i9)
)") == R"([p0, i1, i2]
setarrayitem_gc(p0, 1, i1, descr=IntArray)
setarrayitem_gc(p0, 0, i2, descr=IntArray)
i5 = arraylen_gc(p0, descr=IntArray)
setarrayitem_gc(p0, i1, i2, descr=IntArray)
i7 = getarrayitem_gc(p0, 2, descr=IntArray)
finish(i1, i5, i7)
)");
  // Nothing may come between an overflow op and its guard: the store goes before the op.
  const char* loop = R"([p0, i1, i2]
setfield_gc(p0, i1, descr=Node.value)
i4 = int_add_ovf(i1, i2)
guard_no_overflow() [1@0: i1]
setfield_gc(p0, i4, descr=Node.value)
label(p0, i4, i2, descr=loop)
setfield_gc(p0, i2, descr=Node.value)
jump(p0, i4, i2, descr=loop)
)";
  CHECK(g(loop) == loop);
}

// ---- implied guards --------------------------------------------------------------------------

TEST_CASE("implied guards: classes, non-null, repeated guards, bounds") {
  Golden g;
  const char* in = R"([p0, i1, p2]
guard_class(p0, 7) [1@0: i1]
guard_nonnull(p0) [1@1: i1]
guard_class(p0, 7) [1@2: i1]
guard_class(p0, 8) [1@3: i1]
i6 = int_lt(i1, 3)
guard_true(i6) [1@4: i1]
i8 = int_lt(i1, 5)
guard_true(i8) [1@5: i1]
guard_true(i1) [1@6: i1]
guard_true(i1) [1@7: i1]
guard_value(p2, ref(0x1000)) [1@9: i1]
guard_value(p2, ref(0x1000)) [1@10: i1]
guard_nonnull(p2) [1@11: i1]
p14 = new_object(descr=Node)
call(4096, p14, descr=clobber)
guard_class(p14, 1) [1@12: i1]
guard_nonnull(p14) [1@13: i1]
guard_false(i1) [1@8: i1]
finish()
)";
  // A guard that always fails (guard_class(p0, 8)) stays: the trace leaves there.
  CHECK(g(in) == R"([p0, i1, p2]
guard_class(p0, 7) [1@0: i1]
guard_class(p0, 8) [1@3: i1]
i5 = int_lt(i1, 3)
guard_true(i5) [1@4: i1]
guard_true(i1) [1@6: i1]
guard_value(p2, ref(0x1000)) [1@9: i1]
p9 = new_object(descr=Node)
call(4096, p9, descr=clobber)
guard_false(i1) [1@8: i1]
finish()
)");
  CHECK(g(in, without(&OptimizerOptions::implied_guards)) == R"([p0, i1, p2]
guard_class(p0, 7) [1@0: i1]
guard_nonnull(p0) [1@1: i1]
guard_class(p0, 7) [1@2: i1]
guard_class(p0, 8) [1@3: i1]
i7 = int_lt(i1, 3)
guard_true(i7) [1@4: i1]
guard_true(i1) [1@6: i1]
guard_true(i1) [1@7: i1]
guard_value(p2, ref(0x1000)) [1@9: i1]
p12 = new_object(descr=Node)
call(4096, p12, descr=clobber)
guard_class(p12, 1) [1@12: i1]
guard_nonnull(p12) [1@13: i1]
guard_false(i1) [1@8: i1]
finish()
)");
}

// ---- elidable calls --------------------------------------------------------------------------

TEST_CASE("elidable calls: folded with constant operands, shared, removed when unused") {
  Golden g;
  const char* in = R"([i0, i1]
i2 = call(SQUARE, 7, descr=square)
i3 = call(SQUARE, i0, descr=square)
i4 = call(SQUARE, i0, descr=square)
i5 = call(SQUARE, i1, descr=square)
i6 = call(SQUARE, 3, descr=checked)
i7 = call(SQUARE, 3, descr=checked)
finish(i2, i3, i4, i6, i7)
)";
  // `checked` can raise: not run at optimization time, but still shared.
  CHECK(g(in) == Golden::expect(R"([i0, i1]
i2 = call(SQUARE, i0, descr=square)
i3 = call(SQUARE, 3, descr=checked)
finish(49, i2, i2, i3, i3)
)"));
  CHECK(g(in, without(&OptimizerOptions::elidable)) == Golden::expect(R"([i0, i1]
i2 = call(SQUARE, 7, descr=square)
i3 = call(SQUARE, i0, descr=square)
i4 = call(SQUARE, i0, descr=square)
i5 = call(SQUARE, 3, descr=checked)
i6 = call(SQUARE, 3, descr=checked)
finish(i2, i3, i4, i5, i6)
)"));
}

// ---- quasi-immutable fields ------------------------------------------------------------------

TEST_CASE("quasi-immutable fields of constant objects become constants") {
  Golden g;
  const char* in = R"([p0]
i1 = getfield_gc(KLASS, descr=Class.methods)
guard_value(p0, KLASS) [1@0: p0]
i3 = getfield_gc(p0, descr=Class.methods)
i4 = getfield_gc(p0, descr=Class.methods)
i5 = call(4096, p0, descr=reader)
i6 = getfield_gc(KLASS, descr=Class.methods)
call(4096, p0, descr=clobber)
i8 = getfield_gc(KLASS, descr=Class.methods)
guard_true(i8) [1@1: p0]
i10 = getfield_gc(KLASS, descr=Class.methods)
guard_not_invalidated() [1@2: p0]
i12 = getfield_gc(KLASS, descr=Class.methods)
guard_not_invalidated() [1@3: p0]
finish(i1, i3, i4, i6, i8, i10, i12)
)";
  // The first load has no guard before it to resume at: it stays a load. After guard_value,
  // one guard_not_invalidated (resuming where guard_value does) covers the reads up to the
  // call that may write such a field; after it, the load before a resumable guard stays, the
  // tracer's own guard_not_invalidated checks again, once, and the load after it is folded.
  OptimizerReport report;
  CHECK(g(in, {}, &report) == Golden::expect(R"([p0]
i1 = getfield_gc(KLASS, descr=Class.methods)
guard_value(p0, KLASS) [1@0: p0]
guard_not_invalidated() [1@0: p0]
i4 = call(4096, KLASS, descr=reader)
call(4096, KLASS, descr=clobber)
i6 = getfield_gc(KLASS, descr=Class.methods)
guard_true(i6) [1@1: KLASS]
guard_not_invalidated() [1@2: KLASS]
finish(i1, 42, 42, 42, i6, i6, 42)
)"));
  REQUIRE(report.quasi_immutable_deps.size() == 1);
  CHECK(report.quasi_immutable_deps[0].object == klass);
  CHECK(report.quasi_immutable_deps[0].field == g.table.find("Class.methods"));
  OptimizerReport none;
  g(in, without(&OptimizerOptions::quasi_immutable), &none);
  CHECK(none.quasi_immutable_deps.empty());
}

TEST_CASE("immutable fields of constant objects become constants") {
  Golden g;
  // The mutable field stays a load; the immutable one is read now, also where the constant
  // object is only known after a guard_value (not through null, a load that is never run).
  const char* in = R"([p0]
i1 = getfield_gc(NODE, descr=Node.kind)
i2 = getfield_gc(NODE, descr=Node.value)
guard_value(p0, NODE) [1@0: p0]
i4 = getfield_gc(p0, descr=Node.kind)
i5 = getfield_gc(null, descr=Node.kind)
finish(i1, i2, i4)
)";
  CHECK(g(in) == Golden::expect(R"([p0]
i1 = getfield_gc(NODE, descr=Node.value)
guard_value(p0, NODE) [1@0: p0]
finish(7, i1, 7)
)"));
  CHECK(g(in, without(&OptimizerOptions::fold)) == Golden::expect(R"([p0]
i1 = getfield_gc(NODE, descr=Node.kind)
i2 = getfield_gc(NODE, descr=Node.value)
guard_value(p0, NODE) [1@0: p0]
finish(i1, i2, i1)
)"));
}

// ---- known bits ------------------------------------------------------------------------------

TEST_CASE("known bits: masks, bit tests and what guards on them establish") {
  Golden g;
  const char* in = R"([i0, i1]
i2 = int_and(i0, 255)
i3 = int_and(i2, 1023)
i4 = int_lshift(i2, 4)
i5 = int_and(i4, 15)
i6 = int_or(i4, 8)
i7 = int_eq(i6, 0)
i8 = int_or(i0, 1)
i9 = int_is_true(i8)
i10 = int_and(i1, 8)
guard_false(i10) [1@0: i1]
i12 = int_xor(i1, 8)
i13 = int_or(i1, 1)
i14 = int_and(i13, -9)
i15 = int_add(i4, 16)
i16 = int_and(i15, 15)
i17 = int_and(i15, 4095)
i18 = int_lt(i4, 0)
finish(i3, i5, i7, i9, i12, i14, i16, i17, i18)
)";
  CHECK(g(in) == R"([i0, i1]
i2 = int_and(i0, 255)
i3 = int_lshift(i2, 4)
i4 = int_and(i1, 8)
guard_false(i4) [1@0: i1]
i6 = int_xor(i1, 8)
i7 = int_or(i1, 1)
i8 = int_add(i3, 16)
i9 = int_and(i8, 4095)
finish(i2, 0, 0, 1, i6, i7, 0, i9, 0)
)");
  // Without known bits, ranges alone fold none of these.
  CHECK(g(in, without(&OptimizerOptions::known_bits)) == R"([i0, i1]
i2 = int_and(i0, 255)
i3 = int_and(i2, 1023)
i4 = int_lshift(i2, 4)
i5 = int_and(i4, 15)
i6 = int_or(i4, 8)
i7 = int_eq(i6, 0)
i8 = int_or(i0, 1)
i9 = int_is_true(i8)
i10 = int_and(i1, 8)
guard_false(i10) [1@0: i1]
i12 = int_xor(i1, 8)
i13 = int_or(i1, 1)
i14 = int_and(i13, -9)
i15 = int_add(i4, 16)
i16 = int_and(i15, 15)
i17 = int_and(i15, 4095)
i18 = int_lt(i4, 0)
finish(i3, i5, i7, i9, i12, i14, i16, i17, i18)
)");
}

// ---- loop peeling ----------------------------------------------------------------------------

TEST_CASE("loop peeling: invariant guards, loads and arithmetic run once, in the preamble") {
  Golden g;
  OptimizerOptions peel;
  peel.peel_labels = &g.table;
  // p0 is passed on unchanged: invariant. Its class, its immutable kind and kind * 2 are
  // computed by the first iteration only; Node.value is written by the loop with the loop
  // variable, so the loop reads that (the label's argument) instead of loading it. Other
  // traces jump to `loop` and run the preamble first.
  const char* in = R"([p0, i1]
label(p0, i1, descr=loop)
guard_class(p0, 1) [1@0: i1]
i3 = getfield_gc(p0, descr=Node.kind)
i4 = int_mul(i3, 2)
i5 = getfield_gc(p0, descr=Node.value)
i6 = int_add(i1, i4)
i7 = int_add(i6, i5)
setfield_gc(p0, i7, descr=Node.value)
i9 = int_lt(i7, 1000)
guard_true(i9) [1@1: i7]
jump(p0, i7, descr=loop)
)";
  CHECK(g(in, peel) == R"([p0, i1]
label(p0, i1, descr=loop)
guard_class(p0, 1) [1@0: i1]
i4 = getfield_gc(p0, descr=Node.kind)
i5 = int_mul(i4, 2)
i6 = getfield_gc(p0, descr=Node.value)
i7 = int_add(i1, i5)
i8 = int_add(i7, i6)
setfield_gc(p0, i8, descr=Node.value)
i10 = int_lt(i8, 1000)
guard_true(i10) [1@1: i8]
label(i8, descr=loop.loop)
i13 = int_add(i8, i5)
i14 = int_add(i13, i8)
setfield_gc(p0, i14, descr=Node.value)
i16 = int_lt(i14, 1000)
guard_true(i16) [1@1: i14]
jump(i14, descr=loop.loop)
)");
  // Without a label table (or switched off) nothing is peeled.
  CHECK(g(in) == g(in, without(&OptimizerOptions::peel)));
  // Loop variables that swap places are not invariant; a second peeling gets a fresh name.
  CHECK(g(R"([i0, i1]
label(i0, i1, descr=loop)
i2 = int_add(i0, 1)
jump(i1, i2, descr=loop)
)",
          peel) == R"([i0, i1]
label(i0, i1, descr=loop)
i3 = int_add(i0, 1)
label(i1, i3, descr=loop.loop')
i5 = int_add(i1, 1)
jump(i3, i5, descr=loop.loop')
)");
}

// ---- heap facts carried into a peeled loop ---------------------------------------------------

namespace {

OptimizerOptions peeling(Golden& g, bool OptimizerOptions::*off = nullptr) {
  OptimizerOptions o;
  o.peel_labels = &g.table;
  if (off) o.*off = false;
  return o;
}

}  // namespace

TEST_CASE("peeled loop: a field of an invariant object the loop does not write is loaded once") {
  Golden g;
  // p0.next, its value, the guard on it and the arithmetic on the value: in the first
  // iteration only (a call that only reads does not change that); the loop keeps the counter
  // and the sum.
  const char* in = R"([p0, i1, i2]
label(p0, i1, i2, descr=loop)
p3 = getfield_gc(p0, descr=Node.next)
guard_nonnull(p3) [1@0: i1]
i5 = getfield_gc(p3, descr=Node.value)
i6 = int_mul(i5, 3)
i7 = int_add(i2, i6)
i8 = call(4096, p0, descr=reader)
i9 = int_add(i7, i8)
i10 = int_add(i1, 1)
i11 = int_lt(i10, 100)
guard_true(i11) [1@1: i10, i9]
jump(p0, i10, i9, descr=loop)
)";
  CHECK(g(in, peeling(g)) == R"([p0, i1, i2]
label(p0, i1, i2, descr=loop)
p4 = getfield_gc(p0, descr=Node.next)
guard_nonnull(p4) [1@0: i1]
i6 = getfield_gc(p4, descr=Node.value)
i7 = int_mul(i6, 3)
i8 = int_add(i2, i7)
i9 = call(4096, p0, descr=reader)
i10 = int_add(i8, i9)
i11 = int_add(i1, 1)
i12 = int_lt(i11, 100)
guard_true(i12) [1@1: i11, i10]
label(i11, i10, descr=loop.loop)
i15 = int_add(i10, i7)
i16 = call(4096, p0, descr=reader)
i17 = int_add(i15, i16)
i18 = int_add(i11, 1)
i19 = int_lt(i18, 100)
guard_true(i19) [1@1: i18, i17]
jump(i18, i17, descr=loop.loop)
)");
}

TEST_CASE("peeled loop: a field the loop writes is carried in a label argument, or loaded again") {
  Golden g;
  // The loop stores a new value every iteration: the next one reads it from an extra argument
  // of the loop's label instead of loading it.
  CHECK(g(R"([p0, i1]
label(p0, i1, descr=loop)
i2 = getfield_gc(p0, descr=Node.value)
i3 = int_add(i2, i1)
setfield_gc(p0, i3, descr=Node.value)
i5 = int_add(i1, 1)
i6 = int_lt(i5, 100)
guard_true(i6) [1@0: i5]
jump(p0, i5, descr=loop)
)",
          peeling(g)) == R"([p0, i1]
label(p0, i1, descr=loop)
i3 = getfield_gc(p0, descr=Node.value)
i4 = int_add(i3, i1)
i5 = int_add(i1, 1)
setfield_gc(p0, i4, descr=Node.value)
i7 = int_lt(i5, 100)
guard_true(i7) [1@0: i5]
i9 = same_as(i4)
label(i5, i9, descr=loop.loop)
i11 = int_add(i9, i5)
i12 = int_add(i5, 1)
setfield_gc(p0, i11, descr=Node.value)
i14 = int_lt(i12, 100)
guard_true(i14) [1@0: i12]
jump(i12, i11, descr=loop.loop)
)");
  // A store into p1, which may be p0, forgets p0.value: it is loaded in every iteration.
  CHECK(g(R"([p0, p1, i2]
label(p0, p1, i2, descr=loop)
i3 = getfield_gc(p0, descr=Node.value)
setfield_gc(p1, i2, descr=Node.value)
i5 = int_add(i3, i2)
i6 = int_lt(i5, 100)
guard_true(i6) [1@0: i5]
jump(p0, p1, i5, descr=loop)
)",
          peeling(g)) == R"([p0, p1, i2]
label(p0, p1, i2, descr=loop)
i4 = getfield_gc(p0, descr=Node.value)
i5 = int_add(i4, i2)
setfield_gc(p1, i2, descr=Node.value)
i7 = int_lt(i5, 100)
guard_true(i7) [1@0: i5]
label(i5, descr=loop.loop')
i10 = getfield_gc(p0, descr=Node.value)
i11 = int_add(i10, i5)
setfield_gc(p1, i5, descr=Node.value)
i13 = int_lt(i11, 100)
guard_true(i13) [1@0: i11]
jump(i11, descr=loop.loop')
)");
  // A call that may write it: loaded again after the call. The load before the call reads
  // what the one after it loaded in the iteration before (an extra argument).
  CHECK(g(R"([p0, i1]
label(p0, i1, descr=loop)
i2 = getfield_gc(p0, descr=Node.value)
call(4096, p0, descr=clobber)
i4 = getfield_gc(p0, descr=Node.value)
i5 = int_add(i2, i4)
i6 = int_add(i1, i5)
i7 = int_lt(i6, 100)
guard_true(i7) [1@0: i6]
jump(p0, i6, descr=loop)
)",
          peeling(g)) == R"([p0, i1]
label(p0, i1, descr=loop)
i3 = getfield_gc(p0, descr=Node.value)
call(4096, p0, descr=clobber)
i5 = getfield_gc(p0, descr=Node.value)
i6 = int_add(i3, i5)
i7 = int_add(i1, i6)
i8 = int_lt(i7, 100)
guard_true(i8) [1@0: i7]
i10 = same_as(i5)
label(i7, i10, descr=loop.loop'')
call(4096, p0, descr=clobber)
i13 = getfield_gc(p0, descr=Node.value)
i14 = int_add(i10, i13)
i15 = int_add(i7, i14)
i16 = int_lt(i15, 100)
guard_true(i16) [1@0: i15]
jump(i15, i13, descr=loop.loop'')
)");
  // Without the heap part nothing is carried (and nothing forwarded).
  CHECK(g(R"([p0, i1]
label(p0, i1, descr=loop)
i2 = getfield_gc(p0, descr=Node.value)
i3 = int_add(i2, i1)
i4 = int_lt(i3, 100)
guard_true(i4) [1@0: i3]
jump(p0, i3, descr=loop)
)",
          peeling(g, &OptimizerOptions::heap)) == R"([p0, i1]
label(p0, i1, descr=loop)
i3 = getfield_gc(p0, descr=Node.value)
i4 = int_add(i3, i1)
i5 = int_lt(i4, 100)
guard_true(i5) [1@0: i4]
label(i4, descr=loop.loop''')
i8 = getfield_gc(p0, descr=Node.value)
i9 = int_add(i8, i4)
i10 = int_lt(i9, 100)
guard_true(i10) [1@0: i9]
jump(i9, descr=loop.loop''')
)");
}

TEST_CASE("peeled loop: immutable and quasi-immutable fields") {
  Golden g;
  // An immutable field survives the call; the mutable one does not.
  CHECK(g(R"([p0, i1]
label(p0, i1, descr=loop)
i2 = getfield_gc(p0, descr=Node.kind)
i3 = getfield_gc(p0, descr=Node.value)
call(4096, p0, descr=clobber)
i5 = int_add(i2, i3)
i6 = int_add(i1, i5)
i7 = int_lt(i6, 100)
guard_true(i7) [1@0: i6]
jump(p0, i6, descr=loop)
)",
          peeling(g)) == R"([p0, i1]
label(p0, i1, descr=loop)
i3 = getfield_gc(p0, descr=Node.kind)
i4 = getfield_gc(p0, descr=Node.value)
call(4096, p0, descr=clobber)
i6 = int_add(i3, i4)
i7 = int_add(i1, i6)
i8 = int_lt(i7, 100)
guard_true(i8) [1@0: i7]
label(i7, descr=loop.loop)
i11 = getfield_gc(p0, descr=Node.value)
call(4096, p0, descr=clobber)
i13 = int_add(i3, i11)
i14 = int_add(i7, i13)
i15 = int_lt(i14, 100)
guard_true(i15) [1@0: i14]
jump(i14, descr=loop.loop)
)");
  // A quasi-immutable field of a constant object: a constant checked by guard_not_invalidated
  // in the first iteration. The loop, which has no guard to resume at before the read (and
  // writes nothing), knows it from the heap facts carried in: no load, no guard (a write to the
  // field from outside invalidates the trace, and the loop is entered through the first
  // iteration only). Without the quasi-immutable part it is an ordinary field of an invariant
  // object: loaded once.
  const char* quasi = R"([p0, i1]
label(p0, i1, descr=loop)
guard_value(p0, KLASS) [1@0: i1]
i3 = getfield_gc(p0, descr=Class.methods)
i4 = int_add(i1, i3)
i5 = int_lt(i4, 1000)
guard_true(i5) [1@1: i4]
jump(p0, i4, descr=loop)
)";
  OptimizerReport report;
  CHECK(g(quasi, peeling(g), &report) == Golden::expect(R"([p0, i1]
label(p0, i1, descr=loop)
guard_value(p0, KLASS) [1@0: i1]
guard_not_invalidated() [1@0: i1]
i5 = int_add(i1, 42)
i6 = int_lt(i5, 1000)
guard_true(i6) [1@1: i5]
label(i5, descr=loop.loop')
i9 = int_add(i5, 42)
i10 = int_lt(i9, 1000)
guard_true(i10) [1@1: i9]
jump(i9, descr=loop.loop')
)"));
  CHECK(report.quasi_immutable_deps.size() == 1);
  CHECK(g(quasi, peeling(g, &OptimizerOptions::quasi_immutable)) == Golden::expect(R"([p0, i1]
label(p0, i1, descr=loop)
guard_value(p0, KLASS) [1@0: i1]
i4 = getfield_gc(KLASS, descr=Class.methods)
i5 = int_add(i1, i4)
i6 = int_lt(i5, 1000)
guard_true(i6) [1@1: i5]
label(i5, descr=loop.loop'')
i9 = int_add(i5, i4)
i10 = int_lt(i9, 1000)
guard_true(i10) [1@1: i9]
jump(i9, descr=loop.loop'')
)"));
}

TEST_CASE("peeled loop: array items at constant indexes") {
  Golden g;
  // Item 2 and the length are loaded once: the loop writes item 3 only. Item i1 varies.
  CHECK(g(R"([p0, i1, i2]
label(p0, i1, i2, descr=loop)
i3 = arraylen_gc(p0, descr=IntArray)
i4 = getarrayitem_gc(p0, 2, descr=IntArray)
i5 = getarrayitem_gc(p0, i1, descr=IntArray)
setarrayitem_gc(p0, 3, i5, descr=IntArray)
i7 = int_add(i2, i4)
i8 = int_add(i7, i5)
i9 = int_add(i1, 1)
i10 = int_lt(i9, i3)
guard_true(i10) [1@0: i9, i8]
jump(p0, i9, i8, descr=loop)
)",
          peeling(g)) == R"([p0, i1, i2]
label(p0, i1, i2, descr=loop)
i4 = arraylen_gc(p0, descr=IntArray)
i5 = getarrayitem_gc(p0, 2, descr=IntArray)
i6 = getarrayitem_gc(p0, i1, descr=IntArray)
i7 = int_add(i2, i5)
i8 = int_add(i7, i6)
i9 = int_add(i1, 1)
setarrayitem_gc(p0, 3, i6, descr=IntArray)
i11 = int_lt(i9, i4)
guard_true(i11) [1@0: i9, i8]
label(i9, i8, descr=loop.loop)
i14 = getarrayitem_gc(p0, i9, descr=IntArray)
i15 = int_add(i8, i5)
i16 = int_add(i15, i14)
i17 = int_add(i9, 1)
setarrayitem_gc(p0, 3, i14, descr=IntArray)
i19 = int_lt(i17, i4)
guard_true(i19) [1@0: i17, i16]
jump(i17, i16, descr=loop.loop)
)");
  // A store at an index the optimizer cannot tell from 2: item 2 is loaded again.
  CHECK(g(R"([p0, i1, i2]
label(p0, i1, i2, descr=loop)
i3 = getarrayitem_gc(p0, 2, descr=IntArray)
setarrayitem_gc(p0, i1, i2, descr=IntArray)
i5 = int_add(i2, i3)
i6 = int_add(i1, 1)
i7 = int_lt(i6, 8)
guard_true(i7) [1@0: i6, i5]
jump(p0, i6, i5, descr=loop)
)",
          peeling(g)) == R"([p0, i1, i2]
label(p0, i1, i2, descr=loop)
i4 = getarrayitem_gc(p0, 2, descr=IntArray)
i5 = int_add(i2, i4)
i6 = int_add(i1, 1)
setarrayitem_gc(p0, i1, i2, descr=IntArray)
i8 = int_lt(i6, 8)
guard_true(i8) [1@0: i6, i5]
label(i6, i5, descr=loop.loop')
i11 = getarrayitem_gc(p0, 2, descr=IntArray)
i12 = int_add(i5, i11)
i13 = int_add(i6, 1)
setarrayitem_gc(p0, i6, i5, descr=IntArray)
i15 = int_lt(i13, 8)
guard_true(i15) [1@0: i13, i12]
jump(i13, i12, descr=loop.loop')
)");
}

TEST_CASE("implied guards: an allocated or guarded reference compared with null") {
  Golden g;
  // The interpreter's null check of its allocation and of a guarded argument fold, which
  // leaves their guards nothing to test (without virtuals: the object is allocated at once).
  const char* in = R"([p0]
p1 = new_object(descr=Node)
i2 = ptr_eq(p1, null)
guard_false(i2) [1@0: p0]
guard_nonnull(p0) [1@1: p0]
i5 = ptr_ne(null, p0)
guard_true(i5) [1@2: p0]
finish(p1)
)";
  CHECK(g(in, without(&OptimizerOptions::virtuals)) == R"([p0]
p1 = new_object(descr=Node)
guard_nonnull(p0) [1@1: p0]
finish(p1)
)");
  CHECK(g(in) == R"([p0]
guard_nonnull(p0) [1@1: p0]
p2 = new_object(descr=Node)
finish(p2)
)");
}
