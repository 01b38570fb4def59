// The trace IR interpreter: the semantic reference for compiled traces.
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "jit_test_util.h"
#include "weft/gc/gc.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"

using namespace weft::jit;

namespace {

struct Node {
  static constexpr const char* gc_name = "test.jit.Node";
  int64_t value = 0;
  weft::gc::Field<Node> next;
  double weight = 0;
  void gc_trace(weft::gc::Tracer& t) const { t(next); }
};

struct Fixture {
  weft::gc::Heap heap;
  DescrTable table;
  uint32_t node_type = weft::gc::type_id_of<Node>();
  Fixture() {
    table.add<FieldDescr>("Node.value", uint32_t(offsetof(Node, value)), 8, Type::Int);
    table.add<FieldDescr>("Node.next", uint32_t(offsetof(Node, next)), 8, Type::Ref);
    table.add<FieldDescr>("Node.weight", uint32_t(offsetof(Node, weight)), 8, Type::Float);
    table.add<FieldDescr>("byte", 0, 1, Type::Int, /*is_signed=*/false);
    table.add<FieldDescr>("sbyte", 0, 1, Type::Int, /*is_signed=*/true);
    table.add<SizeDescr>("Node", node_type, uint32_t(sizeof(Node)));
    static const uint32_t array_type =
        weft::gc::register_type({"test.jit.IntArray", 8, nullptr, nullptr, nullptr});
    table.add<ArrayDescr>("IntArray", array_type, 0, 8, 8, Type::Int);
    table.add<CallDescr>("mix", std::vector<Type>{Type::Int, Type::Float, Type::Int, Type::Float},
                         Type::Float);
    table.add<CallDescr>("add3", std::vector<Type>{Type::Int, Type::Int, Type::Int}, Type::Int);
  }

  Trace parse(const char* text) { return jit_test::parse_verified(text, table); }
};

uint64_t bits(double d) { return std::bit_cast<uint64_t>(d); }
double dbl(uint64_t b) { return std::bit_cast<double>(b); }

double mix(int64_t a, double b, int64_t c, double d) { return double(a) * b + double(c) * d; }
int64_t add3(int64_t a, int64_t b, int64_t c) { return a + b + c; }

}  // namespace

TEST_CASE("a counting loop runs to its exit guard with the snapshot's values") {
  Fixture f;
  Trace t = f.parse(
      "[i0, i1]\n"
      "label(i0, i1, descr=loop)\n"
      "i3 = int_add(i0, 1)\n"
      "i4 = int_add(i1, i0)\n"
      "i5 = int_lt(i3, 100)\n"
      "guard_true(i5) [1@7: i3, i4]\n"
      "jump(i3, i4, descr=loop)\n");
  uint64_t inputs[] = {0, 0};
  InterpResult r = interpret(t, inputs);
  REQUIRE(r.exit == InterpResult::Exit::GuardFailed);
  CHECK(r.inst == 6);  // inputs are instructions 0 and 1
  const ResumeFrame& frame = t.snapshots[0].frames[0];
  CHECK(r.value_of(t, frame.values[0]) == 100);
  CHECK(r.value_of(t, frame.values[1]) == 4950);  // 0 + 1 + ... + 99
}

TEST_CASE("integer semantics: wrapping, shifts, division, comparisons, overflow") {
  Fixture f;
  Trace t = f.parse(
      "[i0, i1]\n"
      "i2 = int_add(i0, i1)\n"
      "i3 = int_mul(i0, i1)\n"
      "i4 = int_floordiv(i0, i1)\n"
      "i5 = int_mod(i0, i1)\n"
      "i6 = int_lshift(i0, 65)\n"
      "i7 = int_rshift(i1, 1)\n"
      "i8 = uint_rshift(i1, 1)\n"
      "i9 = int_lt(i1, i0)\n"
      "i10 = uint_lt(i1, i0)\n"
      "i11 = int_sub_ovf(i1, i0)\n"
      "guard_no_overflow() [1@1: i11]\n"
      "finish(i2, i3, i4, i5, i6, i7, i8, i9, i10, i11)\n");
  uint64_t inputs[] = {uint64_t(int64_t(7)), uint64_t(int64_t(-2))};
  InterpResult r = interpret(t, inputs);
  REQUIRE(r.exit == InterpResult::Exit::Finish);
  std::vector<int64_t> got(r.args.begin(), r.args.end());
  CHECK(got == std::vector<int64_t>{5, -14, -3, 1, 14, -1, int64_t(~uint64_t(0) >> 1), 1, 0, -9});

  uint64_t overflowing[] = {1, uint64_t(std::numeric_limits<int64_t>::min())};
  r = interpret(t, overflowing);
  CHECK(r.exit == InterpResult::Exit::GuardFailed);
  CHECK(r.inst == 12);

  uint64_t by_minus_one[] = {uint64_t(std::numeric_limits<int64_t>::min()), uint64_t(int64_t(-1))};
  r = interpret(
      f.parse("[i0, i1]\ni2 = int_floordiv(i0, i1)\ni3 = int_mod(i0, i1)\nfinish(i2, i3)\n"),
      by_minus_one);
  CHECK(r.args == std::vector<uint64_t>{uint64_t(std::numeric_limits<int64_t>::min()), 0});

  uint64_t by_zero[] = {1, 0};
  r = interpret(f.parse("[i0, i1]\ni2 = int_floordiv(i0, i1)\nfinish(i2)\n"), by_zero);
  CHECK(r.exit == InterpResult::Exit::Error);
  CHECK(r.error == "division by zero");
}

TEST_CASE("float semantics and conversions") {
  Fixture f;
  Trace t = f.parse(
      "[f0, f1]\n"
      "f2 = float_truediv(f0, f1)\n"
      "f3 = float_abs(f2)\n"
      "i4 = float_lt(f0, f1)\n"
      "i5 = cast_float_to_int(f2)\n"
      "f6 = cast_int_to_float(i5)\n"
      "finish(f2, f3, i4, i5, f6)\n");
  uint64_t inputs[] = {bits(-7.5), bits(2.0)};
  InterpResult r = interpret(t, inputs);
  REQUIRE(r.exit == InterpResult::Exit::Finish);
  CHECK(dbl(r.args[0]) == -3.75);
  CHECK(dbl(r.args[1]) == 3.75);
  CHECK(r.args[2] == 1);
  CHECK(int64_t(r.args[3]) == -3);
  CHECK(dbl(r.args[4]) == -3.0);

  uint64_t nan_in[] = {bits(std::nan("")), bits(1.0)};
  r = interpret(t, nan_in);
  CHECK(int64_t(r.args[3]) == std::numeric_limits<int64_t>::min());  // as cvttsd2si
  CHECK(r.args[2] == 0);                                             // comparisons with NaN
}

TEST_CASE("heap access through descriptors on real GC objects") {
  Fixture f;
  Node* a = f.heap.make<Node>();
  Node* b = f.heap.make<Node>();
  a->value = 5;
  a->next = b;
  b->value = 37;
  b->weight = 0.25;
  std::string text =
      "[p0]\n"
      "p1 = getfield_gc(p0, descr=Node.next)\n"
      "i2 = getfield_gc(p1, descr=Node.value)\n"
      "f3 = getfield_gc(p1, descr=Node.weight)\n"
      "p4 = new_object(descr=Node)\n"
      "setfield_gc(p4, i2, descr=Node.value)\n"
      "setfield_gc(p0, p4, descr=Node.next)\n"
      "guard_class(p4, " +
      std::to_string(f.node_type) +
      ") [1@0: p4]\n"
      "p8 = new_array(3, descr=IntArray)\n"
      "setarrayitem_gc(p8, 2, i2, descr=IntArray)\n"
      "i10 = getarrayitem_gc(p8, 2, descr=IntArray)\n"
      "i11 = arraylen_gc(p8, descr=IntArray)\n"
      "finish(p4, f3, i10, i11)\n";
  Trace t = f.parse(text.c_str());
  uint64_t inputs[] = {reinterpret_cast<uintptr_t>(a)};
  InterpResult r = interpret(t, inputs);
  REQUIRE(r.exit == InterpResult::Exit::Finish);
  auto* fresh = reinterpret_cast<Node*>(r.args[0]);
  CHECK(a->next.get() == fresh);
  CHECK(fresh->value == 37);
  CHECK(dbl(r.args[1]) == 0.25);
  CHECK(r.args[2] == 37);
  CHECK(r.args[3] == 3);
  CHECK(f.heap.find_object(fresh) == fresh);  // a real heap object
  std::string error;
  CHECK(f.heap.verify(&error));
  INFO(error);
}

TEST_CASE("loads honour size and signedness") {
  Fixture f;
  Trace t = f.parse(
      "[i0]\ni1 = getfield_raw(i0, descr=byte)\ni2 = getfield_raw(i0, descr=sbyte)\nfinish(i1, "
      "i2)\n");
  uint8_t byte = 0xf0;
  uint64_t inputs[] = {reinterpret_cast<uintptr_t>(&byte)};
  InterpResult r = interpret(t, inputs);
  CHECK(r.args[0] == 0xf0);
  CHECK(int64_t(r.args[1]) == -16);
}

TEST_CASE("calls pass int and float arguments per the SysV ABI") {
  Fixture f;
  std::string text = "[i0, f1]\nf2 = call(" + std::to_string(reinterpret_cast<uintptr_t>(&mix)) +
                     ", i0, f1, 3, 0.5, descr=mix)\ni3 = call(" +
                     std::to_string(reinterpret_cast<uintptr_t>(&add3)) +
                     ", i0, 10, 100, descr=add3)\nfinish(f2, i3)\n";
  Trace t = f.parse(text.c_str());
  uint64_t inputs[] = {4, bits(1.5)};
  InterpResult r = interpret(t, inputs);
  REQUIRE(r.exit == InterpResult::Exit::Finish);
  CHECK(dbl(r.args[0]) == 4 * 1.5 + 3 * 0.5);
  CHECK(r.args[1] == 114);
}

TEST_CASE("guards: value, null checks, invalidation; jumps out of the trace; step limit") {
  Fixture f;
  Trace t = f.parse(
      "[i0, p1]\n"
      "guard_value(i0, 3) [1@0: i0]\n"
      "guard_nonnull(p1) [1@1: i0]\n"
      "guard_not_invalidated() [1@2:]\n"
      "jump(i0, p1, descr=elsewhere)\n");
  Node* n = f.heap.make<Node>();
  uint64_t good[] = {3, reinterpret_cast<uintptr_t>(n)};
  InterpResult r = interpret(t, good);
  CHECK(r.exit == InterpResult::Exit::Jump);
  CHECK(r.args == std::vector<uint64_t>{3, reinterpret_cast<uintptr_t>(n)});
  uint64_t wrong_value[] = {4, reinterpret_cast<uintptr_t>(n)};
  CHECK(interpret(t, wrong_value).inst == 2);
  uint64_t null[] = {3, 0};
  CHECK(interpret(t, null).inst == 3);
  bool invalidated = true;
  InterpOptions options;
  options.invalidated = &invalidated;
  CHECK(interpret(t, good, options).inst == 4);

  Trace forever = f.parse("[i0]\nlabel(i0, descr=spin)\njump(i0, descr=spin)\n");
  options.max_steps = 1000;
  uint64_t zero[] = {0};
  r = interpret(forever, zero, options);
  CHECK(r.exit == InterpResult::Exit::Error);
  CHECK(r.error == "step limit reached");
}

TEST_CASE("objects a trace allocates stay alive while the interpreter runs it") {
  // A collection at every allocation: the first Node is referenced only from the
  // interpreter's registers when the second is allocated.
  weft::gc::HeapConfig config;
  config.stress_interval = 1;
  weft::gc::Heap heap(config);
  DescrTable table;
  table.add<FieldDescr>("Node.value", uint32_t(offsetof(Node, value)), 8, Type::Int);
  table.add<FieldDescr>("Node.next", uint32_t(offsetof(Node, next)), 8, Type::Ref);
  table.add<SizeDescr>("Node", weft::gc::type_id_of<Node>(), uint32_t(sizeof(Node)));
  Trace t = jit_test::parse_verified(
      "[i0]\n"
      "p1 = new_object(descr=Node)\n"
      "setfield_gc(p1, i0, descr=Node.value)\n"
      "p3 = new_object(descr=Node)\n"
      "p4 = new_object(descr=Node)\n"
      "setfield_gc(p4, p1, descr=Node.next)\n"
      "finish(p1, p3, p4)\n",
      table);
  uint64_t inputs[] = {77};
  InterpResult r = interpret(t, inputs);
  REQUIRE(r.exit == InterpResult::Exit::Finish);
  CHECK(r.args[0] != r.args[1]);
  CHECK(r.args[0] != r.args[2]);
  CHECK(reinterpret_cast<Node*>(r.args[0])->value == 77);
  CHECK(reinterpret_cast<Node*>(r.args[2])->next.get() == reinterpret_cast<Node*>(r.args[0]));
}
