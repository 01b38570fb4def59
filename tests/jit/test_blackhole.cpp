// The blackhole interpreter runs hand-written jitcodes; results are checked against the same
// computations in C++.
#include <bit>
#include <catch2/catch.hpp>

#include "weft/gc/gc.h"
#include "weft/jit/blackhole.h"

using namespace weft::jit;

namespace {

struct Node {
  static constexpr const char* gc_name = "test.jit.blackhole.Node";
  int64_t value = 0;
  weft::gc::Field<Node> next;
  double weight = 0;
  void gc_trace(weft::gc::Tracer& t) const { t(next); }
};

int64_t add3(int64_t a, int64_t b, int64_t c) { return a * 100 + b * 10 + c; }

struct Fixture {
  weft::gc::Heap heap{config()};
  DescrTable descrs;
  JitCodeSet set;
  static weft::gc::HeapConfig config() {
    weft::gc::HeapConfig c;
    c.nursery_bytes = 64 << 10;  // collections happen while jitcodes run
    return c;
  }
  Fixture() {
    descrs.add<FieldDescr>("Node.value", uint32_t(offsetof(Node, value)), 8, Type::Int);
    descrs.add<FieldDescr>("Node.next", uint32_t(offsetof(Node, next)), 8, Type::Ref);
    descrs.add<FieldDescr>("Node.weight", uint32_t(offsetof(Node, weight)), 8, Type::Float);
    descrs.add<SizeDescr>("Node", weft::gc::type_id_of<Node>(), uint32_t(sizeof(Node)));
    descrs.add<CallDescr>("add3", std::vector<Type>{Type::Int, Type::Int, Type::Int}, Type::Int);
  }
  const JitCode& parse(const std::string& text, const char* name) {
    std::string error;
    INFO(text);
    REQUIRE(parse_jitcodes(text, descrs, set, &error));
    INFO(error);
    return *set.find(name);
  }
};

BlackholeResult run(const JitCode& code, std::vector<uint64_t> ints,
                    std::vector<uint64_t> refs = {}, std::vector<uint64_t> floats = {},
                    const BlackholeOptions& options = {}) {
  std::vector<uint64_t> args[3] = {std::move(ints), std::move(refs), std::move(floats)};
  return run_blackhole(code, args, options);
}

}  // namespace

TEST_CASE("blackhole: loops, calls into other jitcodes, recursion") {
  Fixture f;
  const JitCode& sum = f.parse(
      "jitcode sum(i0, i1)\n"
      "loop:\n"
      "  i2 = int_gt(i0, $0)\n"
      "  goto_if_not(i2, done)\n"
      "  i1 = int_add(i1, i0)\n"
      "  i0 = int_sub(i0, $1)\n"
      "  goto(loop)\n"
      "done:\n"
      "  int_return(i1)\n",
      "sum");
  BlackholeResult r = run(sum, {100, 0});
  REQUIRE(r.kind == BlackholeResult::Kind::Returned);
  CHECK(r.value == 5050);

  const JitCode& fib = f.parse(
      "jitcode fib(i0)\n"
      "  i1 = int_lt(i0, $2)\n"
      "  goto_if_not(i1, recurse)\n"
      "  int_return(i0)\n"
      "recurse:\n"
      "  i2 = int_sub(i0, $1)\n"
      "  i3 = inline_call_i(@fib, [i2], [], [])\n"
      "  i2 = int_sub(i0, $2)\n"
      "  i4 = inline_call_i(@fib, [i2], [], [])\n"
      "  i5 = int_add(i3, i4)\n"
      "  int_return(i5)\n",
      "fib");
  r = run(fib, {20});
  REQUIRE(r.kind == BlackholeResult::Kind::Returned);
  CHECK(r.value == 6765);
  BlackholeOptions shallow;
  shallow.max_depth = 5;
  r = run(fib, {20}, {}, {}, shallow);
  CHECK(r.kind == BlackholeResult::Kind::Error);
  CHECK(r.error == "inline calls nested too deeply");
}

TEST_CASE("blackhole: memory, allocation under collections, native calls, switch, overflow") {
  Fixture f;
  // Builds a list of n Nodes (value i, weight i / 2), then sums values and weights.
  const JitCode& build = f.parse(
      "jitcode build(i0)\n"
      "  r0 = ref_copy($ref(0x0))\n"
      "  i1 = int_copy($0)\n"
      "loop:\n"
      "  i2 = int_lt(i1, i0)\n"
      "  goto_if_not(i2, done)\n"
      "  r1 = new(descr=Node)\n"
      "  setfield_gc_i(r1, i1, descr=Node.value)\n"
      "  setfield_gc_r(r1, r0, descr=Node.next)\n"
      "  f0 = cast_int_to_float(i1)\n"
      "  f0 = float_mul(f0, $0.5)\n"
      "  setfield_gc_f(r1, f0, descr=Node.weight)\n"
      "  r0 = ref_copy(r1)\n"
      "  i1 = int_add(i1, $1)\n"
      "  goto(loop)\n"
      "done:\n"
      "  ref_return(r0)\n",
      "build");
  uint64_t minor = f.heap.stats().minor_collections;
  BlackholeResult built = run(build, {20000});
  REQUIRE(built.kind == BlackholeResult::Kind::Returned);
  CHECK(f.heap.stats().minor_collections > minor);
  int64_t expected = 19999;
  bool intact = true;
  for (Node* n = reinterpret_cast<Node*>(built.value); n && expected >= -1;
       n = n->next, --expected) {
    intact &= n->value == expected && n->weight == double(expected) * 0.5;
  }
  CHECK(intact);
  CHECK(expected == -1);

  const JitCode& misc = f.parse(
      "jitcode misc(i0, i1, r0)\n"
      "  i2 = residual_call_i($" +
          std::to_string(reinterpret_cast<uintptr_t>(&add3)) +
          ", descr=add3, [i0, i1, $7], [], [])\n"
          "  i3 = int_sext(i2, 8)\n"
          "  i4 = int_zext(i2, 8)\n"
          "  i5 = getfield_gc_i(r0, descr=Node.value)\n"
          "  switch(i0, {1: one, 2: two})\n"
          "  int_return($-1)\n"
          "one:\n"
          "  i6 = int_mul_jump_if_ovf(overflow, i5, i1)\n"
          "  i6 = int_add(i6, i3)\n"
          "  i6 = int_add(i6, i4)\n"
          "  int_return(i6)\n"
          "two:\n"
          "  int_return(i2)\n"
          "overflow:\n"
          "  int_return($12345)\n",
      "misc");
  Node* node = f.heap.make<Node>();
  node->value = 3;
  uint64_t p = reinterpret_cast<uintptr_t>(node);
  int64_t call = add3(1, 2, 7);  // 127: fits both 8-bit extensions
  CHECK(run(misc, {1, 2}, {p}).value == uint64_t(3 * 2 + int8_t(call) + uint8_t(call)));
  CHECK(run(misc, {1, 300}, {p}).value ==
        uint64_t(3 * 300 + int8_t(add3(1, 300, 7)) + uint8_t(add3(1, 300, 7))));
  CHECK(run(misc, {2, 5}, {p}).value == uint64_t(add3(2, 5, 7)));
  CHECK(run(misc, {9, 5}, {p}).value == uint64_t(-1));
  node->value = INT64_MAX;
  CHECK(run(misc, {1, 2}, {p}).value == 12345);
  CHECK(run(misc, {1, 2}, {0}).error == "misc: load through a null pointer");
}

TEST_CASE("blackhole: stops at the portal's next merge point with the reds") {
  Fixture f;
  // A portal: merge point at the top of its loop; the blackhole runs one iteration.
  const JitCode& portal = f.parse(
      "jitcode portal(i0, i1)\n"
      "top:\n"
      "  jit_merge_point([i0], [], [], [i1], [], [])\n"
      "  i1 = int_add(i1, i0)\n"
      "  i0 = int_add(i0, $1)\n"
      "  goto(top)\n",
      "portal");
  BlackholeOptions options;
  options.stop_at_merge_point = true;
  BlackholeResult r = run(portal, {5, 100}, {}, {}, options);
  REQUIRE(r.kind == BlackholeResult::Kind::MergePoint);
  CHECK(r.lists[0] == std::vector<uint64_t>{6});    // green pc
  CHECK(r.lists[3] == std::vector<uint64_t>{105});  // red accumulator
}
