// The x86-64 backend: hand-written traces compiled and run, checked against the IR
// interpreter (same exit, same saved values, same memory) and for the backend's own duties:
// bridges, invalidation, allocation and the write barrier, W^X, the perf map, freeing code.
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "backend_test_util.h"
#include "jit_test_util.h"
#include "weft/gc/gc.h"
#include "weft/gc/jit_raw_allocation.h"
#include "weft/jit/quasi_immutable.h"

using namespace weft::jit;
using jit_test::Outcome;

namespace {

struct Node {
  static constexpr const char* gc_name = "test.jit.backend.Node";
  int64_t value = 0;
  weft::gc::Field<Node> next;
  double weight = 0;
  int8_t small = 0;
  uint16_t half = 0;
  int32_t word = 0;
  void gc_trace(weft::gc::Tracer& t) const { t(next); }
};

struct RefArray {  // a length word, then `length` pointers
  static constexpr const char* gc_name = "test.jit.backend.RefArray";
  int64_t length = 0;
  const weft::gc::Field<RefArray>* items() const {
    return reinterpret_cast<const weft::gc::Field<RefArray>*>(this + 1);
  }
  void gc_trace(weft::gc::Tracer& t) const {
    for (int64_t i = 0; i < length; ++i) t(items()[i]);
  }
  size_t gc_size() const { return sizeof(RefArray) + size_t(length) * 8; }
};

int64_t add3(int64_t a, int64_t b, int64_t c) { return a + b + c; }
double mix(int64_t a, double b, int64_t c, double d) { return double(a) * b + double(c) * d; }
int64_t six(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f) {
  return a - 2 * b + 3 * c - 4 * d + 5 * e - 6 * f;
}
double eight(double a, double b, double c, double d, double e, double f, double g, double h) {
  return a - 2 * b + 3 * c - 4 * d + 5 * e - 6 * f + 7 * g - 8 * h;
}
void clobber() {  // makes sure caller-saved registers do not survive a call by luck
  __asm__ volatile(
      "mov $-1, %%rax\n mov $-1, %%rcx\n mov $-1, %%rdx\n mov $-1, %%rsi\n mov $-1, %%rdi\n"
      "mov $-1, %%r8\n mov $-1, %%r9\n mov $-1, %%r10\n mov $-1, %%r11\n pcmpeqd %%xmm0, %%xmm0\n"
      "pcmpeqd %%xmm1, %%xmm1\n pcmpeqd %%xmm7, %%xmm7\n pcmpeqd %%xmm14, %%xmm14\n" ::
          : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm7",
            "xmm14");
}

uint64_t bits(double d) { return std::bit_cast<uint64_t>(d); }
std::string addr(const void* f) { return std::to_string(reinterpret_cast<uintptr_t>(f)); }

struct Fixture {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable table;
  uint32_t node_type = weft::gc::type_id_of<Node>();
  uint32_t array_type = 0;
  Fixture() : heap(config()), backend(options()) {
    table.add<FieldDescr>("Node.value", uint32_t(offsetof(Node, value)), 8, Type::Int);
    table.add<FieldDescr>("Node.next", uint32_t(offsetof(Node, next)), 8, Type::Ref);
    table.add<FieldDescr>("Node.weight", uint32_t(offsetof(Node, weight)), 8, Type::Float);
    table.add<FieldDescr>("Node.small", uint32_t(offsetof(Node, small)), 1, Type::Int, true);
    table.add<FieldDescr>("Node.half", uint32_t(offsetof(Node, half)), 2, Type::Int, false);
    table.add<FieldDescr>("Node.word", uint32_t(offsetof(Node, word)), 4, Type::Int, true);
    table.add<FieldDescr>("Node.uword", uint32_t(offsetof(Node, word)), 4, Type::Int, false);
    table.add<SizeDescr>("Node", node_type, uint32_t(sizeof(Node)));
    static const uint32_t int_array =
        weft::gc::register_type({"test.jit.backend.IntArray", 8, nullptr, nullptr, nullptr});
    table.add<ArrayDescr>("IntArray", int_array, 0, 8, 8, Type::Int);
    table.add<ArrayDescr>("ByteArray", int_array, 0, 8, 1, Type::Int, false);
    array_type = weft::gc::type_id_of<RefArray>();
    table.add<ArrayDescr>("RefArray", array_type, 0, 8, 8, Type::Ref);
    table.add<CallDescr>("add3", std::vector<Type>{Type::Int, Type::Int, Type::Int}, Type::Int);
    table.add<CallDescr>("mix", std::vector<Type>{Type::Int, Type::Float, Type::Int, Type::Float},
                         Type::Float);
    table.add<CallDescr>("six", std::vector<Type>(6, Type::Int), Type::Int);
    table.add<CallDescr>("eight", std::vector<Type>(8, Type::Float), Type::Float);
    table.add<CallDescr>("clobber", std::vector<Type>{}, Type::Void);
    table.add<CallDescr>("seven", std::vector<Type>(7, Type::Int), Type::Int);
  }
  static weft::gc::HeapConfig config() {
    weft::gc::HeapConfig c;
    c.nursery_bytes = 256 << 10;  // collections happen during the tests
    return c;
  }
  static BackendOptions options() {
    BackendOptions o;
    o.perf_map = true;
    return o;
  }

  Trace parse(const std::string& text) { return jit_test::parse_verified(text, table); }
  CompiledTrace* compile(const Trace& t, const std::string& name = "test") {
    std::string error;
    CompiledTrace* ct = backend.compile_trace(t, name, &error);
    INFO(error);
    REQUIRE(ct != nullptr);
    return ct;
  }
  // Compiles `text` and checks it against the interpreter on each input vector.
  void check(const std::string& text, const std::vector<std::vector<uint64_t>>& inputs) {
    Trace t = parse(text);
    CompiledTrace* ct = compile(t);
    for (const auto& in : inputs) {
      INFO(print_trace(t) << "inputs:" << [&] {
        std::ostringstream s;
        for (uint64_t v : in) s << " " << int64_t(v);
        return s.str();
      }());
      Outcome expected = jit_test::run_interpreted(t, *ct, in);
      Outcome got = jit_test::run_compiled(backend, *ct, in);
      jit_test::check_same_outcome(expected, in, got, in);
    }
  }
};

const int64_t kMin = std::numeric_limits<int64_t>::min();
const int64_t kMax = std::numeric_limits<int64_t>::max();
const std::vector<int64_t> kInts = {0,    1,    -1,       2,       -2,    7,       -7,
                                    63,   64,   65,       1000,    -1000, 1 << 30, int64_t(1) << 40,
                                    kMin, kMax, kMin + 1, kMax - 1};

std::vector<std::vector<uint64_t>> pairs(const std::vector<int64_t>& values, bool nonzero_b) {
  std::vector<std::vector<uint64_t>> out;
  for (int64_t a : values)
    for (int64_t b : values)
      if (!nonzero_b || b != 0) out.push_back({uint64_t(a), uint64_t(b)});
  return out;
}

}  // namespace

TEST_CASE("backend: integer operations match the interpreter") {
  Fixture f;
  f.check(
      "[i0, i1]\n"
      "i2 = int_add(i0, i1)\n"
      "i3 = int_sub(i0, i1)\n"
      "i4 = int_mul(i0, i1)\n"
      "i5 = int_and(i0, i1)\n"
      "i6 = int_or(i0, i1)\n"
      "i7 = int_xor(i0, i1)\n"
      "i8 = int_lshift(i0, i1)\n"
      "i9 = int_rshift(i0, i1)\n"
      "i10 = uint_rshift(i0, i1)\n"
      "i11 = int_neg(i0)\n"
      "i12 = int_invert(i1)\n"
      "i13 = int_lt(i0, i1)\n"
      "i14 = int_le(i0, i1)\n"
      "i15 = int_eq(i0, i1)\n"
      "i16 = int_ne(i0, i1)\n"
      "i17 = int_gt(i0, i1)\n"
      "i18 = int_ge(i0, i1)\n"
      "i19 = uint_lt(i0, i1)\n"
      "i20 = uint_le(i0, i1)\n"
      "i21 = uint_gt(i0, i1)\n"
      "i22 = uint_ge(i0, i1)\n"
      "i23 = int_is_zero(i0)\n"
      "i24 = int_is_true(i1)\n"
      "i25 = int_mul(i0, 3)\n"
      "i26 = int_sub(100, i1)\n"
      "i27 = int_lshift(i0, 3)\n"
      "i28 = int_add(i0, 81985529216486895)\n"
      "i29 = int_lt(5, i1)\n"
      "i30 = int_mul(i1, -81985529216486895)\n"
      "finish(i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17, i18, "
      "i19, i20, i21, i22, i23, i24, i25, i26, i27, i28, i29, i30)\n",
      pairs(kInts, false));
  f.check(
      "[i0, i1]\n"
      "i2 = int_floordiv(i0, i1)\n"
      "i3 = int_mod(i0, i1)\n"
      "i4 = int_floordiv(i0, 7)\n"
      "i5 = int_mod(i0, -7)\n"
      "i6 = int_floordiv(i0, -1)\n"
      "i7 = int_mod(i1, -1)\n"
      "i8 = int_floordiv(i1, i1)\n"
      "finish(i2, i3, i4, i5, i6, i7, i8, i0, i1)\n",
      pairs(kInts, true));
}

// Whether `bytes` occur in the machine code of `ct`.
bool code_contains(const CompiledTrace& ct, std::initializer_list<uint8_t> bytes) {
  auto* code = reinterpret_cast<const uint8_t*>(ct.code_address());
  return std::search(code, code + ct.code_size(), bytes.begin(), bytes.end()) !=
         code + ct.code_size();
}

TEST_CASE("backend: division by a constant is a multiplication, exact for every dividend") {
  Fixture f;
  std::vector<int64_t> dividends = kInts;
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int k = 0; k < 200; ++k) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    dividends.push_back(int64_t(x) >> (k % 60));
  }
  std::vector<std::vector<uint64_t>> inputs;
  for (int64_t a : dividends) inputs.push_back({uint64_t(a)});
  for (int64_t d :
       {int64_t(2), int64_t(3), int64_t(5), int64_t(6), int64_t(7), int64_t(10), int64_t(50),
        int64_t(641), int64_t(1) << 20, int64_t(1000000007), int64_t(3) << 40, kMax, kMax - 1,
        int64_t(-2), int64_t(-3), int64_t(-7), int64_t(-50), -(int64_t(1) << 33), kMin + 1}) {
    INFO("divisor " << d);
    std::string text = "[i0]\ni1 = int_floordiv(i0, " + std::to_string(d) + ")\ni2 = int_mod(i0, " +
                       std::to_string(d) + ")\nfinish(i1, i2)\n";
    f.check(text, inputs);
    // The divisor is not loaded into r11 for an idiv (REX.W+B F7 /7: 49 F7 FB); the magic
    // number is multiplied in (imul r11: 49 F7 EB).
    CompiledTrace* ct = f.compile(f.parse(text));
    CHECK_FALSE(code_contains(*ct, {0x49, 0xF7, 0xFB}));
    CHECK(code_contains(*ct, {0x49, 0xF7, 0xEB}));
  }
}

TEST_CASE("backend: a comparison branches after stores and loads between it and its guard") {
  Fixture f;
  Node* node = f.heap.make<Node>();
  std::vector<std::vector<uint64_t>> inputs;
  for (const auto& pair : pairs(kInts, false))
    inputs.push_back({pair[0], pair[1], uint64_t(reinterpret_cast<uintptr_t>(node))});
  // The pending stores an optimizer puts before a guard come between it and its comparison.
  std::string fused =
      "[i0, i1, p2]\n"
      "i3 = int_lt(i0, i1)\n"
      "setfield_gc(p2, i0, descr=Node.value)\n"
      "i5 = getfield_gc(p2, descr=Node.word)\n"
      "setfield_gc(p2, null, descr=Node.next)\n"
      "guard_true(i3) [1@1: i3, i5, i0]\n"
      "i8 = int_eq(i1, 7)\n"
      "setfield_gc(p2, i1, descr=Node.value)\n"
      "guard_false(i8) [1@2: i1, i8]\n"
      "finish(i0, i5)\n";
  f.check(fused, inputs);
  // Flags clobbered in between (an add, a barrier) or the value read there: a 0/1 value.
  f.check(
      "[i0, i1, p2]\n"
      "i3 = int_lt(i0, i1)\n"
      "i4 = int_add(i0, 1)\n"
      "setfield_gc(p2, i4, descr=Node.value)\n"
      "guard_true(i3) [1@1: i3, i0]\n"
      "i7 = int_ge(i0, i1)\n"
      "setfield_gc(p2, p2, descr=Node.next)\n"
      "guard_false(i7) [1@2: i1, i7]\n"
      "i10 = int_eq(i1, 7)\n"
      "setfield_gc(p2, i10, descr=Node.value)\n"
      "guard_false(i10) [1@3: i1]\n"
      "finish(i0)\n",
      inputs);
  // Fused, the trace is as long as with the comparisons right before their guards.
  CompiledTrace* apart = f.compile(f.parse(fused));
  CompiledTrace* adjacent =
      f.compile(f.parse("[i0, i1, p2]\n"
                        "setfield_gc(p2, i0, descr=Node.value)\n"
                        "i4 = getfield_gc(p2, descr=Node.word)\n"
                        "setfield_gc(p2, null, descr=Node.next)\n"
                        "i6 = int_lt(i0, i1)\n"
                        "guard_true(i6) [1@1: i6, i4, i0]\n"
                        "setfield_gc(p2, i1, descr=Node.value)\n"
                        "i9 = int_eq(i1, 7)\n"
                        "guard_false(i9) [1@2: i1, i9]\n"
                        "finish(i0, i4)\n"));
  CHECK(apart->code_size() == adjacent->code_size());
}

TEST_CASE("backend: lea for additions whose operand lives on, mov for 32-bit masks") {
  Fixture f;
  f.check(
      "[i0, i1]\n"
      "i2 = int_add(i0, 8)\n"
      "i3 = int_sub(i0, 24)\n"
      "i4 = int_add(i0, i1)\n"
      "i5 = int_sub(i1, -2147483648)\n"
      "i6 = int_and(i0, 4294967295)\n"
      "i7 = int_and(4294967295, i1)\n"
      "i8 = int_add(i2, i3)\n"
      "finish(i0, i1, i2, i3, i4, i5, i6, i7, i8)\n",
      pairs(kInts, false));
  // After an unsigned 32-bit load the mask is nothing; after a signed one it clears the sign.
  Node* node = f.heap.make<Node>();
  node->word = -100000;
  f.check(
      "[p0]\n"
      "i1 = getfield_gc(p0, descr=Node.uword)\n"
      "i2 = int_and(i1, 4294967295)\n"
      "i3 = getfield_gc(p0, descr=Node.word)\n"
      "i4 = int_and(i3, 4294967295)\n"
      "i5 = getfield_gc(p0, descr=Node.half)\n"
      "i6 = int_and(4294967295, i5)\n"
      "finish(i2, i4, i6, i1, i3)\n",
      {{uint64_t(reinterpret_cast<uintptr_t>(node))}});
}

TEST_CASE("backend: overflow checks and guards on comparisons") {
  Fixture f;
  f.check(
      "[i0, i1]\n"
      "i2 = int_add_ovf(i0, i1)\n"
      "guard_no_overflow() [1@1: i0, i1]\n"
      "i4 = int_sub_ovf(i0, i1)\n"
      "guard_no_overflow() [1@2: i2]\n"
      "i6 = int_mul_ovf(i2, i4)\n"
      "guard_no_overflow() [1@3: i2, i4]\n"
      "i8 = int_lt(i6, i1)\n"
      "guard_false(i8) [1@4: i6]\n"
      "i10 = int_mul_ovf(i0, 3)\n"
      "guard_overflow() [1@5: i10]\n"
      "finish(i10)\n",
      pairs(kInts, false));
}

TEST_CASE("backend: floats, NaN comparisons and conversions") {
  Fixture f;
  const double nan = std::nan("");
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> values = {0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, inf, -inf, nan, 3e18};
  std::vector<std::vector<uint64_t>> inputs;
  for (double a : values)
    for (double b : values)
      inputs.push_back({bits(a), bits(b), uint64_t(int64_t(a == a ? 7 : -3))});
  f.check(
      "[f0, f1, i2]\n"
      "f3 = float_add(f0, f1)\n"
      "f4 = float_sub(f0, f1)\n"
      "f5 = float_mul(f0, f1)\n"
      "f6 = float_truediv(f0, f1)\n"
      "f7 = float_neg(f0)\n"
      "f8 = float_abs(f1)\n"
      "i9 = float_lt(f0, f1)\n"
      "i10 = float_le(f0, f1)\n"
      "i11 = float_eq(f0, f1)\n"
      "i12 = float_ne(f0, f1)\n"
      "i13 = float_gt(f0, f1)\n"
      "i14 = float_ge(f0, f1)\n"
      "i15 = cast_float_to_int(f0)\n"
      "f16 = cast_int_to_float(i2)\n"
      "f17 = float_add(f0, 0.5)\n"
      "f18 = float_sub(2.5, f1)\n"
      "i19 = float_lt(f0, 1.0)\n"
      "finish(f3, f4, f5, f6, f7, f8, i9, i10, i11, i12, i13, i14, i15, f16, f17, f18, i19)\n",
      inputs);
  // Fused comparison guards must fail on NaN exactly like the interpreter.
  for (const char* cmp : {"float_lt", "float_le", "float_gt", "float_ge"}) {
    f.check(std::string("[f0, f1]\ni2 = ") + cmp + "(f0, f1)\nguard_true(i2) [1@1: f0]\ni4 = " +
                cmp + "(f1, f0)\nguard_false(i4) [1@2: f1]\nfinish(f0)\n",
            inputs);
  }
}

TEST_CASE("backend: every guard kind fails and passes like the interpreter") {
  Fixture f;
  Node* node = f.heap.make<Node>();
  uint64_t p = reinterpret_cast<uintptr_t>(node);
  std::string type = std::to_string(f.node_type);
  std::vector<std::vector<uint64_t>> inputs;
  for (int64_t i : {0, 1, 5, -5})
    for (uint64_t ref : {uint64_t(0), p}) inputs.push_back({uint64_t(i), ref, bits(double(i))});
  f.check(
      "[i0, p1, f2]\n"
      "guard_value(i0, 5) [1@1: i0]\n"
      "finish(i0)\n",
      inputs);
  f.check(
      "[i0, p1, f2]\n"
      "guard_nonnull(p1) [1@1: i0, p1]\n"
      "guard_class(p1, " +
          type +
          ") [1@2: p1]\n"
          "guard_value(f2, 1.0) [1@3: f2]\n"
          "finish(p1)\n",
      inputs);
  f.check(
      "[i0, p1, f2]\n"
      "guard_isnull(p1) [1@1: i0]\n"
      "guard_true(i0) [1@2: i0]\n"
      "i5 = int_gt(i0, 2)\n"
      "guard_false(i5) [1@3: i0, i5]\n"
      "finish(i5)\n",
      inputs);
  f.check(
      "[i0, p1, f2]\n"
      "guard_class(p1, " +
          std::to_string(f.node_type + 1) +
          ") [1@1: i0]\n"
          "finish(i0)\n",
      inputs);
  // Guards on constants (unoptimized traces have them).
  f.check("[i0]\nguard_true(1) [1@1: i0]\nguard_false(1) [1@2: i0]\nfinish(i0)\n", {{3}});
}

TEST_CASE("backend: many live values spill, and exits find them in their slots") {
  Fixture f;
  // 40 values live at once (more than the 13 + 15 registers), saved by a guard and a finish.
  std::ostringstream text;
  text << "[i0, f1]\n";
  int n = 2;
  std::vector<std::string> live;
  for (int k = 0; k < 20; ++k) {
    text << "i" << n << " = int_add(i0, " << k * 1000 + 1 << ")\n";
    live.push_back("i" + std::to_string(n++));
    text << "f" << n << " = float_mul(f1, " << k << ".5)\n";
    live.push_back("f" + std::to_string(n++));
  }
  std::string all;
  for (const auto& v : live) all += (all.empty() ? "" : ", ") + v;
  text << "i" << n << " = int_lt(i0, 10)\n";
  text << "guard_true(i" << n << ") [1@1: " << all << "]\n";
  n += 2;
  text << "call(" << addr(reinterpret_cast<void*>(&clobber)) << ", descr=clobber)\n";
  text << "finish(" << all << ")\n";
  f.check(text.str(), {{3, bits(1.25)}, {30, bits(-2.0)}});
}

TEST_CASE("backend: loops, loop-carried swaps and many carried values") {
  Fixture f;
  f.check(
      "[i0, i1]\n"
      "label(i0, i1, descr=loop)\n"
      "i3 = int_add(i0, 1)\n"
      "i4 = int_add(i1, i0)\n"
      "i5 = int_lt(i3, 1000)\n"
      "guard_true(i5) [1@7: i3, i4]\n"
      "jump(i3, i4, descr=loop)\n",
      {{0, 0}, {5, 100}, {2000, 1}});
  // The jump swaps its label's arguments: a cycle in the parallel move.
  f.check(
      "[i0, i1, i2, f3, f4]\n"
      "label(i0, i1, i2, f3, f4, descr=loop)\n"
      "i6 = int_add(i0, 1)\n"
      "f7 = float_add(f3, 1.0)\n"
      "i8 = int_lt(i6, 7)\n"
      "guard_true(i8) [1@1: i6, i1, i2, f3, f4]\n"
      "jump(i6, i2, i1, f4, f7, descr=loop)\n",
      {{0, 10, 20, bits(0.5), bits(-1.0)}});
  // More loop-carried values than registers, rotated every iteration; plus an invariant used
  // inside the loop that is not a label argument.
  std::ostringstream text;
  const int kCarried = 34;
  text << "[";
  for (int k = 0; k < kCarried; ++k) text << (k ? ", " : "") << "i" << k;
  text << "]\n";
  int n = kCarried;
  text << "i" << n << " = int_mul(i1, 3)\n";
  int invariant = n++;
  text << "label(";
  for (int k = 0; k < kCarried; ++k) text << "i" << k << ", ";
  text << "descr=loop)\n";
  n++;
  text << "i" << n << " = int_add(i0, 1)\n";
  int next0 = n++;
  text << "i" << n << " = int_add(i2, i" << invariant << ")\n";
  int next2 = n++;
  text << "i" << n << " = int_lt(i" << next0 << ", 50)\n";
  std::string all;
  for (int k = 0; k < kCarried; ++k) all += (k ? ", i" : "i") + std::to_string(k);
  text << "guard_true(i" << n++ << ") [1@1: " << all << "]\n";
  text << "jump(i" << next0 << ", ";
  for (int k = 1; k < kCarried; ++k)
    text << "i" << (k == 1 ? next2 : k == kCarried - 1 ? 1 : k + 1) << ", ";
  text << "descr=loop)\n";
  std::vector<uint64_t> in;
  for (int k = 0; k < kCarried; ++k) in.push_back(uint64_t(k * 11));
  f.check(text.str(), {in});
}

TEST_CASE("backend: loads and stores of every size, arrays and raw memory") {
  Fixture f;
  Node* node = f.heap.make<Node>();
  node->value = -5;
  node->small = -3;
  node->half = 0xfffe;
  node->word = -100000;
  node->weight = 2.5;
  std::string text =
      "[p0, i1, p2]\n"
      "i3 = getfield_gc(p0, descr=Node.value)\n"
      "i4 = getfield_gc(p0, descr=Node.small)\n"
      "i5 = getfield_gc(p0, descr=Node.half)\n"
      "i6 = getfield_gc(p0, descr=Node.word)\n"
      "i7 = getfield_gc(p0, descr=Node.uword)\n"
      "f8 = getfield_gc(p0, descr=Node.weight)\n"
      "setfield_gc(p0, i1, descr=Node.small)\n"
      "setfield_gc(p0, i1, descr=Node.half)\n"
      "setfield_gc(p0, i1, descr=Node.word)\n"
      "setfield_gc(p0, 1.75, descr=Node.weight)\n"
      "setfield_gc(p0, 81985529216486895, descr=Node.value)\n"
      "i14 = getfield_gc(p0, descr=Node.small)\n"
      "i15 = getfield_gc(p0, descr=Node.half)\n"
      "i16 = getfield_gc(p0, descr=Node.word)\n"
      "i17 = getfield_raw(" +
      std::to_string(reinterpret_cast<uintptr_t>(node)) +
      ", descr=Node.value)\n"
      "p18 = new_array(4, descr=IntArray)\n"
      "setarrayitem_gc(p18, 2, i1, descr=IntArray)\n"
      "setarrayitem_gc(p18, i1, 7, descr=IntArray)\n"
      "i21 = getarrayitem_gc(p18, 2, descr=IntArray)\n"
      "i22 = arraylen_gc(p18, descr=IntArray)\n"
      "p23 = new_array(i1, descr=ByteArray)\n"
      "setarrayitem_gc(p23, 1, 300, descr=ByteArray)\n"
      "i25 = getarrayitem_gc(p23, 1, descr=ByteArray)\n"
      "i26 = arraylen_gc(p23, descr=ByteArray)\n"
      "setfield_gc(p0, p2, descr=Node.next)\n"
      "p28 = getfield_gc(p0, descr=Node.next)\n"
      "i29 = getarrayitem_gc(p18, i1, descr=IntArray)\n"
      "finish(i3, i4, i5, i6, i7, f8, i14, i15, i16, i17, i21, i22, i25, i26, p28, i29)\n";
  Trace t = f.parse(text);
  CompiledTrace* ct = f.compile(t);
  Node* other = f.heap.make<Node>();
  std::vector<uint64_t> in = {uint64_t(reinterpret_cast<uintptr_t>(node)), 3,
                              uint64_t(reinterpret_cast<uintptr_t>(other))};
  Node saved = *node;
  Outcome expected = jit_test::run_interpreted(t, *ct, in);
  Node after_interp = *node;
  *node = saved;
  Outcome got = jit_test::run_compiled(f.backend, *ct, in);
  jit_test::check_same_outcome(expected, in, got, in);
  CHECK(std::memcmp(&after_interp, node, sizeof(Node)) == 0);
  CHECK(node->next == other);
}

// An interpreter's globals (in the program image, like this one) are reached RIP-relative when
// the code memory lies near the image: one instruction per access instead of an address
// constant in a register first. The displacement is placed before any immediate a store ends
// with, so every size is stored as a constant and from a register.
struct Globals {
  int64_t word = 0;
  int8_t small = 0;
  uint16_t half = 0;
  int32_t medium = 0;
  double real = 0;
  int64_t after = 0;  // only ever read: a misplaced displacement would show here
};
Globals g_globals;

TEST_CASE("backend: constant raw addresses in the program image are RIP-relative") {
  Fixture f;
  f.table.add<FieldDescr>("G.word", uint32_t(offsetof(Globals, word)), 8, Type::Int);
  f.table.add<FieldDescr>("G.small", uint32_t(offsetof(Globals, small)), 1, Type::Int, true);
  f.table.add<FieldDescr>("G.half", uint32_t(offsetof(Globals, half)), 2, Type::Int, false);
  f.table.add<FieldDescr>("G.medium", uint32_t(offsetof(Globals, medium)), 4, Type::Int, true);
  f.table.add<FieldDescr>("G.real", uint32_t(offsetof(Globals, real)), 8, Type::Float);
  f.table.add<FieldDescr>("G.after", uint32_t(offsetof(Globals, after)), 8, Type::Int);
  auto base = reinterpret_cast<uintptr_t>(&g_globals);
  std::string g = std::to_string(base);
  std::string text =
      "[i0, f1]\n"
      "i2 = getfield_raw(" +
      g +
      ", descr=G.word)\n"
      "i3 = getfield_raw(" +
      g +
      ", descr=G.small)\n"
      "i4 = getfield_raw(" +
      g +
      ", descr=G.half)\n"
      "i5 = getfield_raw(" +
      g +
      ", descr=G.medium)\n"
      "f6 = getfield_raw(" +
      g +
      ", descr=G.real)\n"
      "setfield_raw(" +
      g +
      ", 77, descr=G.small)\n"
      "setfield_raw(" +
      g +
      ", 65000, descr=G.half)\n"
      "setfield_raw(" +
      g +
      ", -123456, descr=G.medium)\n"
      "setfield_raw(" +
      g +
      ", -9, descr=G.word)\n"
      "i11 = getfield_raw(" +
      g +
      ", descr=G.small)\n"
      "i12 = getfield_raw(" +
      g +
      ", descr=G.half)\n"
      "i13 = getfield_raw(" +
      g +
      ", descr=G.medium)\n"
      "i14 = getfield_raw(" +
      g +
      ", descr=G.word)\n"
      "setfield_raw(" +
      g +
      ", i0, descr=G.small)\n"
      "setfield_raw(" +
      g +
      ", i0, descr=G.half)\n"
      "setfield_raw(" +
      g +
      ", i0, descr=G.medium)\n"
      "setfield_raw(" +
      g +
      ", i0, descr=G.word)\n"
      "setfield_raw(" +
      g +
      ", f1, descr=G.real)\n"
      "i20 = getfield_raw(" +
      g +
      ", descr=G.after)\n"
      "finish(i2, i3, i4, i5, f6, i11, i12, i13, i14, i20)\n";
  Trace t = f.parse(text);
  CompiledTrace* ct = f.compile(t);
  std::vector<uint64_t> in = {uint64_t(int64_t(-2)), bits(0.5)};
  Globals start;
  start.word = 1234567890123;
  start.small = -5;
  start.half = 40000;
  start.medium = 1 << 20;
  start.real = 3.25;
  start.after = 42;
  g_globals = start;
  Outcome expected = jit_test::run_interpreted(t, *ct, in);
  Globals after_interp = g_globals;
  g_globals = start;
  Outcome got = jit_test::run_compiled(f.backend, *ct, in);
  jit_test::check_same_outcome(expected, in, got, in);
  CHECK(std::memcmp(&after_interp, &g_globals, sizeof(Globals)) == 0);
  CHECK(g_globals.word == -2);
  CHECK(g_globals.half == 0xfffe);
  CHECK(g_globals.real == 0.5);
  CHECK(g_globals.after == 42);
  // No instruction holds the globals' address as a constant: x86-64 has no 64-bit displacement
  // in loads and stores, so without RIP-relative operands it would be a `mov` immediate.
  const auto* code = reinterpret_cast<const uint8_t*>(ct->code_address());
  bool address_constant = false;
  for (size_t k = 0; k + 8 <= ct->code_size(); ++k) {
    uint64_t word;
    std::memcpy(&word, code + k, 8);
    address_constant |= word - base < sizeof(Globals);
  }
  CHECK_FALSE(address_constant);
}

TEST_CASE("backend: allocation in a loop goes through the collector's slow path") {
  Fixture f;
  // Builds a list of 200,000 Nodes (several collections), then sums it in a second trace.
  Trace build = f.parse(
      "[i0, p1]\n"
      "label(i0, p1, descr=loop)\n"
      "p3 = new_object(descr=Node)\n"
      "setfield_gc(p3, i0, descr=Node.value)\n"
      "setfield_gc(p3, p1, descr=Node.next)\n"
      "f6 = cast_int_to_float(i0)\n"
      "setfield_gc(p3, f6, descr=Node.weight)\n"
      "i8 = int_add(i0, 1)\n"
      "i9 = int_lt(i8, 200000)\n"
      "guard_true(i9) [1@1: p3]\n"
      "jump(i8, p3, descr=loop)\n");
  Trace sum = f.parse(
      "[p0, i1]\n"
      "label(p0, i1, descr=sum)\n"
      "i3 = getfield_gc(p0, descr=Node.value)\n"
      "i4 = int_add(i1, i3)\n"
      "p5 = getfield_gc(p0, descr=Node.next)\n"
      "guard_nonnull(p5) [1@1: i4]\n"
      "jump(p5, i4, descr=sum)\n");
  CompiledTrace* b = f.compile(build, "build");
  CompiledTrace* s = f.compile(sum, "sum");
  uint64_t collections = f.heap.stats().minor_collections + f.heap.stats().major_collections;
  Outcome built = jit_test::run_compiled(f.backend, *b, std::vector<uint64_t>{0, 0});
  REQUIRE(built.kind == ExitInfo::Kind::Guard);
  CHECK(f.heap.stats().minor_collections + f.heap.stats().major_collections > collections);
  std::string error;
  CHECK(f.heap.verify(&error));
  INFO(error);
  Outcome summed = jit_test::run_compiled(f.backend, *s, std::vector<uint64_t>{built.values[0], 0});
  REQUIRE(summed.kind == ExitInfo::Kind::Guard);
  CHECK(summed.values[0] == uint64_t(199999) * 200000 / 2);
  auto* head = reinterpret_cast<Node*>(built.values[0]);
  CHECK(head->weight == 199999.0);
  CHECK(weft::gc::header_type(weft::gc::header_of(head)) == f.node_type);
}

TEST_CASE("backend: words a new object's trace does not write are zero, also in reused memory") {
  Fixture f;
  // The raw allocation point (JitContract) hands out holes as they are: what died there is still
  // in them. Node.small is one byte of the word holding half and word; next is written only
  // after the guard, so its exit sees the object before that store; the array's items 0 and 2
  // are never written.
  Trace t = f.parse(
      "[i0, i1]\n"
      "p2 = new_object(descr=Node)\n"
      "setfield_gc(p2, i0, descr=Node.value)\n"
      "setfield_gc(p2, i0, descr=Node.small)\n"
      "guard_true(i1) [1@1: p2]\n"
      "p5 = new_array(3, descr=RefArray)\n"
      "setarrayitem_gc(p5, 1, p2, descr=RefArray)\n"
      "setfield_gc(p2, p5, descr=Node.next)\n"
      "finish(p2)\n");
  CompiledTrace* ct = f.compile(t);
  const weft::gc::JitRawAllocation& raw = weft::gc::jit_raw_allocation();
  size_t dirty_handouts = 0;
  for (int round = 0; round < 20000; ++round) {
    // Garbage with every byte set, in the holes the next collection frees.
    for (int k = 0; k < 4; ++k) {
      Node* g = f.heap.make<Node>();
      std::memset(static_cast<void*>(g), 0xa5, sizeof(Node));
      g->next = nullptr;
    }
    uintptr_t next = *raw.cursor;
    if (next + 64 <= *raw.limit) dirty_handouts += reinterpret_cast<const uint64_t*>(next)[3] != 0;
    uint64_t take_guard = round % 2;
    Outcome o = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{7, 1 - take_guard});
    auto* n = reinterpret_cast<Node*>(o.values[0]);
    REQUIRE(n != nullptr);
    CHECK(n->value == 7);
    CHECK(n->small == 7);
    CHECK(n->half == 0);
    CHECK(n->word == 0);
    CHECK(n->weight == 0.0);
    if (take_guard) {
      REQUIRE(o.kind == ExitInfo::Kind::Guard);
      CHECK(n->next.get() == nullptr);
      continue;
    }
    REQUIRE(o.kind == ExitInfo::Kind::Finish);
    const auto* array = reinterpret_cast<const uint64_t*>(n->next.get());  // a RefArray
    CHECK(array[0] == 3);
    CHECK(array[1] == 0);
    CHECK(array[2] == reinterpret_cast<uintptr_t>(n));
    CHECK(array[3] == 0);
  }
  CHECK(dirty_handouts > 100);  // the memory handed out held garbage
  std::string error;
  CHECK(f.heap.verify(&error));
  INFO(error);
}

TEST_CASE("backend: constant stores into part of a new object's word are written with its zero") {
  Fixture f;
  // small (1 byte) and half (2 bytes) share a word with word (4 bytes): the allocation writes
  // that word whole, constants in place and zero elsewhere, instead of a zero and two stores.
  // With the guard first, nothing is merged (the exit sees the object before the stores).
  auto text = [](bool guard_first) {
    std::string guard = "guard_true(i1) [1@1: p2]\n";
    return "[i0, i1]\np2 = new_object(descr=Node)\n" + std::string(guard_first ? guard : "") +
           "setfield_gc(p2, i0, descr=Node.value)\nsetfield_gc(p2, 5, descr=Node.small)\n"
           "setfield_gc(p2, 300, descr=Node.half)\n" +
           std::string(guard_first ? "" : guard) +
           "setfield_gc(p2, i0, descr=Node.word)\nfinish(p2)\n";
  };
  CompiledTrace* merged = f.compile(f.parse(text(false)));
  CompiledTrace* separate = f.compile(f.parse(text(true)));
  CHECK(merged->code_size() + 8 <= separate->code_size());  // a byte and a 16-bit store
  for (CompiledTrace* ct : {merged, separate}) {
    for (int round = 0; round < 4000; ++round) {
      for (int k = 0; k < 4; ++k) {  // garbage with every byte set, where the next ones go
        Node* g = f.heap.make<Node>();
        std::memset(static_cast<void*>(g), 0xa5, sizeof(Node));
        g->next = nullptr;
      }
      uint64_t take_guard = round % 2;
      Outcome o = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{7, 1 - take_guard});
      auto* n = reinterpret_cast<Node*>(o.values[0]);
      REQUIRE(n != nullptr);
      CHECK(n->word == (take_guard ? 0 : 7));
      if (take_guard && ct == separate) {  // the guard came before the other stores
        CHECK(n->value == 0);
        CHECK(n->small == 0);
        CHECK(n->half == 0);
        continue;
      }
      CHECK(n->value == 7);
      CHECK(n->small == 5);
      CHECK(n->half == 300);
    }
  }
}

TEST_CASE("backend: a field load read only by a guarded equality test is a cmp of the field") {
  Fixture f;
  // Type-tag checks: a 4-byte signed field, a 2-byte unsigned one through its zero extension
  // (the test's result saved by the exit: the constant that fails it), and a 1-byte signed one
  // against 200, which it cannot hold (left as load and compare).
  const std::string text =
      "[p0]\n"
      "i1 = getfield_gc(p0, descr=Node.word)\ni2 = int_eq(i1, 5)\nguard_true(i2) [1@1: p0]\n"
      "i4 = getfield_gc(p0, descr=Node.half)\ni5 = int_and(i4, 4294967295)\n"
      "i6 = int_ne(i5, 7)\nguard_false(i6) [1@2: p0, i6]\n"
      "i8 = getfield_gc(p0, descr=Node.small)\ni9 = int_eq(3, i8)\nguard_true(i9) [1@3: p0]\n"
      "i11 = getfield_gc(p0, descr=Node.small)\ni12 = int_eq(i11, 200)\n"
      "guard_false(i12) [1@4: p0]\nfinish(p0)\n";
  std::vector<std::vector<uint64_t>> inputs;
  for (auto [word, half, small] : std::vector<std::tuple<int32_t, uint16_t, int8_t>>{
           {5, 7, 3}, {5 + 65536, 7, 3}, {-5, 7, 3}, {5, 8, 3}, {5, 7, -125}, {5, 7, -56}}) {
    Node* n = f.heap.make<Node>();
    n->word = word;
    n->half = half;
    n->small = small;
    inputs.push_back({uint64_t(reinterpret_cast<uintptr_t>(n))});
  }
  f.check(text, inputs);
  // `cmp dword [base + offset], 5` (83 /7 with an 8-bit displacement and immediate).
  CompiledTrace* ct = f.compile(f.parse(text));
  auto* code = reinterpret_cast<const uint8_t*>(ct->code_address());
  bool compared_in_memory = false;
  for (size_t k = 0; k + 4 <= ct->code_size(); ++k)
    compared_in_memory |= code[k] == 0x83 && (code[k + 1] & 0xf8) == 0x78 && code[k + 1] != 0x7c &&
                          code[k + 2] == offsetof(Node, word) && code[k + 3] == 5;
  CHECK(compared_in_memory);
}

TEST_CASE("backend: the write barrier records old-to-young pointers") {
  Fixture f;
  Node* old_node = f.heap.make<Node>();
  f.heap.collect(weft::gc::CollectionKind::Major);
  REQUIRE(f.heap.is_old(old_node));
  Trace t = f.parse(
      "[p0]\n"
      "p1 = new_object(descr=Node)\n"
      "setfield_gc(p1, 4242, descr=Node.value)\n"
      "setfield_gc(p0, p1, descr=Node.next)\n"
      "p4 = new_array(3, descr=RefArray)\n"
      "setarrayitem_gc(p4, 1, p1, descr=RefArray)\n"
      "setfield_gc(p1, p4, descr=Node.next)\n"
      "finish()\n");
  CompiledTrace* ct = f.compile(t);
  jit_test::run_compiled(f.backend, *ct,
                         std::vector<uint64_t>{reinterpret_cast<uintptr_t>(old_node)});
  REQUIRE(!f.heap.is_old(old_node->next.get()));
  std::string error;
  CHECK(f.heap.verify(&error));  // a young object behind a clean card would be reported
  INFO(error);
  jit_test::Outcome none;
  (void)none;
  f.heap.collect(weft::gc::CollectionKind::Minor);
  CHECK(old_node->next->value == 4242);
  CHECK(f.heap.verify(&error));
}

TEST_CASE("backend: out of memory leaves through the OutOfMemory exit") {
  Fixture f;
  f.heap.set_heap_limit(f.heap.stats().heap_in_use + (8 << 20));
  Trace t = f.parse(
      "[i0, p1]\n"
      "label(i0, p1, descr=loop)\n"
      "p3 = new_array(1000, descr=RefArray)\n"
      "setarrayitem_gc(p3, 0, p1, descr=RefArray)\n"
      "i5 = int_add(i0, 1)\n"
      "jump(i5, p3, descr=loop)\n");
  CompiledTrace* ct = f.compile(t);
  Outcome o = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{0, 0});
  CHECK(o.kind == ExitInfo::Kind::OutOfMemory);
  Trace bad = f.parse("[i0]\np1 = new_array(i0, descr=IntArray)\nfinish(p1)\n");
  CompiledTrace* bt = f.compile(bad);
  f.heap.set_heap_limit(0);
  for (int64_t n : {int64_t(-1), int64_t(1) << 50}) {
    Outcome r = jit_test::run_compiled(f.backend, *bt, std::vector<uint64_t>{uint64_t(n)});
    CHECK(r.kind == ExitInfo::Kind::OutOfMemory);
    InterpResult ir = interpret(bad, std::vector<uint64_t>{uint64_t(n)});
    CHECK(ir.error == "out of memory");
  }
  Outcome ok = jit_test::run_compiled(f.backend, *bt, std::vector<uint64_t>{5});
  REQUIRE(ok.kind == ExitInfo::Kind::Finish);
  CHECK(reinterpret_cast<int64_t*>(ok.values[0])[0] == 5);
}

namespace {

// What call_assembler calls in the test below: the token's compiled trace (a recursive sum) with
// the argument, and a guard's exit (n < 1) stands for the base case.
struct SumToken : weft::jit::CallAssemblerToken {
  const Backend* backend = nullptr;
  const CompiledTrace* trace = nullptr;
  int64_t calls = 0;
};
// sum(n) = n + sum(n - 1) through call_assembler(token), the guard's exit standing for n < 1.
std::string recursive_sum(const void* token) {
  return "[i0]\ni1 = int_lt(i0, 1)\nguard_false(i1) [0@0: #0=i0]\n"
         "i2 = int_sub(i0, 1)\ni3 = call_assembler(" +
         addr(token) + ", i2, descr=ca)\ni4 = int_add(i3, i0)\nfinish(i4, i0)\n";
}
int64_t sum_helper(SumToken* token, int64_t n) {
  ++token->calls;
  clobber();
  uint64_t io[Backend::kMaxIoWords];
  const ExitInfo* e = token->backend->run(*token->trace, std::vector<uint64_t>{uint64_t(n)}, io);
  return e->kind == ExitInfo::Kind::Finish ? int64_t(io[0]) : 0;
}

}  // namespace

TEST_CASE("backend: call_assembler calls the token's helper with the token and its arguments") {
  Fixture f;
  f.table.add<CallDescr>("ca", std::vector<Type>{Type::Int, Type::Int}, Type::Int);
  SumToken token;
  token.helper = reinterpret_cast<uintptr_t>(&sum_helper);
  Trace t = f.parse(recursive_sum(&token));
  CompiledTrace* ct = f.compile(t);
  CHECK(f.backend.stats().inline_call_stubs == 0);  // not a call stub: called as a function
  token.backend = &f.backend;
  token.trace = ct;
  for (int64_t n : {0, 1, 2, 10, 300}) {
    std::vector<uint64_t> in = {uint64_t(n)};
    token.calls = 0;
    Outcome expected = jit_test::run_interpreted(t, *ct, in);
    CHECK(token.calls == std::max<int64_t>(n, 0));
    token.calls = 0;
    Outcome got = jit_test::run_compiled(f.backend, *ct, in);
    CHECK(token.calls == std::max<int64_t>(n, 0));
    jit_test::check_same_outcome(expected, in, got, in);
    if (n > 0) {
      REQUIRE(got.kind == ExitInfo::Kind::Finish);
      CHECK(int64_t(got.values[0]) == n * (n + 1) / 2);
      CHECK(int64_t(got.values[1]) == n);  // survived the call in a callee-saved place
    }
  }
}

namespace {

// The ends of the call stub in the test below.
struct StubCounts {
  const Backend* backend = nullptr;
  const CompiledTrace* trace = nullptr;
  uint64_t entered = 0;
  int64_t slow = 0, exits = 0;
};
StubCounts g_stub;
int64_t stub_slow(weft::jit::CallAssemblerToken*, int64_t n) {
  ++g_stub.slow;
  clobber();
  uint64_t io[Backend::kMaxIoWords];
  const ExitInfo* e = g_stub.backend->run(*g_stub.trace, std::vector<uint64_t>{uint64_t(n)}, io);
  return e->kind == ExitInfo::Kind::Finish ? int64_t(io[0]) : 0;
}
uint64_t stub_exit(weft::jit::CallAssemblerToken*, const ExitInfo* exit, uint64_t* io,
                   const uint64_t* words) {
  ++g_stub.exits;
  clobber();
  // The base case's guard: its snapshot saves the argument, the call's only word.
  return exit->kind == ExitInfo::Kind::Guard && io[0] == 0 && words[0] == 0 ? 0 : 1000000;
}

}  // namespace

TEST_CASE("backend: a call stub enters the token's compiled code directly, else calls the helper") {
  Fixture f;
  f.table.add<CallDescr>("ca", std::vector<Type>{Type::Int, Type::Int}, Type::Int);
  CallStubSpec spec;
  spec.reds = 1;
  spec.slow = reinterpret_cast<uintptr_t>(&stub_slow);
  spec.after_exit = reinterpret_cast<uintptr_t>(&stub_exit);
  spec.counter = &g_stub.entered;
  weft::jit::CallAssemblerToken token;
  token.helper = f.backend.compile_call_stub(spec);
  REQUIRE(token.helper != 0);
  Trace t = f.parse(recursive_sum(&token));
  CompiledTrace* ct = f.compile(t);
  // The trace does the stub's work itself: it reads the token's entry when it calls.
  CHECK(f.backend.stats().inline_call_stubs == 1);
  g_stub.backend = &f.backend;
  g_stub.trace = ct;
  for (bool direct : {true, false}) {
    token.entry = direct ? f.backend.entry_of(*ct) : 0;
    for (int64_t n : {1, 2, 10, 300}) {
      g_stub.entered = g_stub.slow = g_stub.exits = 0;
      std::vector<uint64_t> in = {uint64_t(n)};
      Outcome got = jit_test::run_compiled(f.backend, *ct, in);
      REQUIRE(got.kind == ExitInfo::Kind::Finish);
      CHECK(int64_t(got.values[0]) == n * (n + 1) / 2);
      CHECK(int64_t(got.values[1]) == n);
      // Directly: n entries, the last one leaving through the guard; else n helper calls.
      CHECK(g_stub.entered == (direct ? uint64_t(n) : 0));
      CHECK(g_stub.exits == (direct ? 1 : 0));
      CHECK(g_stub.slow == (direct ? 0 : n));
    }
  }
  spec.portal_args = 5;  // six words do not fit in registers
  CHECK(f.backend.compile_call_stub(spec) == 0);
}

namespace {

// Portal arguments before the red: a wide constant and the caller's argument, as a portal's
// code object and frame are.
constexpr uint64_t kWideWord = 0x0123456789abcdefULL;
struct WordsSeen {
  const Backend* backend = nullptr;
  const CompiledTrace* trace = nullptr;
  int64_t slow = 0, exits = 0, bad_words = 0;
};
WordsSeen g_words;
int64_t words_slow(weft::jit::CallAssemblerToken*, uint64_t wide, int64_t caller_n, int64_t n) {
  ++g_words.slow;
  g_words.bad_words += wide != kWideWord || caller_n != n + 1;
  clobber();
  uint64_t io[Backend::kMaxIoWords];
  const ExitInfo* e = g_words.backend->run(*g_words.trace, std::vector<uint64_t>{uint64_t(n)}, io);
  return e->kind == ExitInfo::Kind::Finish ? int64_t(io[0]) : 0;
}
uint64_t words_exit(weft::jit::CallAssemblerToken*, const ExitInfo*, uint64_t* io,
                    const uint64_t* words) {
  ++g_words.exits;
  g_words.bad_words += words[0] != kWideWord || words[1] != 1 || words[2] != 0 || io[0] != 0;
  clobber();
  return 0;
}

}  // namespace

TEST_CASE("backend: an inline call stub passes portal arguments and reds from any location") {
  Fixture f;
  f.table.add<CallDescr>("ca3", std::vector<Type>{Type::Int, Type::Int, Type::Int, Type::Int},
                         Type::Int);
  CallStubSpec spec;
  spec.portal_args = 2;
  spec.reds = 1;
  spec.slow = reinterpret_cast<uintptr_t>(&words_slow);
  spec.after_exit = reinterpret_cast<uintptr_t>(&words_exit);
  weft::jit::CallAssemblerToken token;
  token.helper = f.backend.compile_call_stub(spec);
  REQUIRE(token.helper != 0);
  // Many values live across the call: some of them wait in spill slots.
  std::string text = "[i0]\ni1 = int_lt(i0, 1)\nguard_false(i1) [0@0: #0=i0]\n";
  for (int k = 0; k < 12; ++k)
    text += "i" + std::to_string(2 + k) + " = int_mul(i0, " + std::to_string(k + 3) + ")\n";
  text += "i14 = int_sub(i0, 1)\ni15 = call_assembler(" + addr(&token) + ", " +
          std::to_string(kWideWord) + ", i0, i14, descr=ca3)\ni16 = int_add(i15, i0)\n";
  for (int k = 0; k < 12; ++k)
    text += "i" + std::to_string(17 + k) + " = int_add(i" + std::to_string(16 + k) + ", i" +
            std::to_string(2 + k) + ")\n";
  text += "finish(i28, i0)\n";
  Trace t = f.parse(text);
  CompiledTrace* ct = f.compile(t);
  CHECK(f.backend.stats().inline_call_stubs == 1);
  g_words.backend = &f.backend;
  g_words.trace = ct;
  for (bool direct : {true, false}) {
    token.entry = direct ? f.backend.entry_of(*ct) : 0;
    for (int64_t n : {1, 2, 7, 40}) {
      g_words = WordsSeen{&f.backend, ct};
      std::vector<uint64_t> in = {uint64_t(n)};
      Outcome expected = jit_test::run_interpreted(t, *ct, in);
      g_words = WordsSeen{&f.backend, ct};
      Outcome got = jit_test::run_compiled(f.backend, *ct, in);
      jit_test::check_same_outcome(expected, in, got, in);
      CHECK(g_words.bad_words == 0);
      CHECK(g_words.exits == (direct ? 1 : 0));
      CHECK(g_words.slow == (direct ? 0 : n));
    }
  }
}

TEST_CASE("backend: calls follow the SysV ABI and values survive them") {
  Fixture f;
  f.check(
      "[i0, f1, i2, f3]\n"
      "f4 = call(" +
          addr(reinterpret_cast<void*>(&mix)) +
          ", i0, f1, i2, f3, descr=mix)\n"
          "i5 = call(" +
          addr(reinterpret_cast<void*>(&add3)) +
          ", i0, i2, i0, descr=add3)\n"
          "i6 = call(" +
          addr(reinterpret_cast<void*>(&six)) +
          ", i2, i0, i5, 7, i0, 81985529216486895, descr=six)\n"
          "f7 = call(" +
          addr(reinterpret_cast<void*>(&eight)) +
          ", f3, f1, f4, 1.5, f1, f3, f4, -0.5, descr=eight)\n"
          "call(" +
          addr(reinterpret_cast<void*>(&clobber)) +
          ", descr=clobber)\n"
          "finish(i0, f1, i2, f3, f4, i5, i6, f7)\n",
      {{3, bits(0.5), uint64_t(-4), bits(2.0)}, {0, bits(-1e10), 11, bits(1e-3)}});
  // The function address may be a value of the trace.
  f.check("[i0, i1]\ni2 = call(i1, i0, i0, 1, descr=add3)\nfinish(i2)\n",
          {{20, reinterpret_cast<uintptr_t>(&add3)}});
  std::string error;
  Trace seven =
      f.parse("[i0]\ni1 = call(1, i0, i0, i0, i0, i0, i0, i0, descr=seven)\nfinish(i1)\n");
  CHECK(f.backend.compile_trace(seven, "seven", &error) == nullptr);
  CHECK(error == "a call with more than 6 integer arguments (instruction 1: call)");
}

TEST_CASE("backend: bridges are attached to failing guards, jump back, and can be freed") {
  Fixture f;
  // Even i: sum += i in the loop; odd i: the parity guard fails, and later its bridge adds
  // 1000 * i and jumps back to the loop.
  Trace loop = f.parse(
      "[i0, i1]\n"
      "label(i0, i1, descr=loop)\n"
      "i3 = int_lt(i0, 100)\n"
      "guard_true(i3) [1@1: i0, i1]\n"
      "i5 = int_and(i0, 1)\n"
      "i6 = int_is_zero(i5)\n"
      "guard_true(i6) [1@2: i1, i0]\n"
      "i8 = int_add(i1, i0)\n"
      "i9 = int_add(i0, 1)\n"
      "jump(i9, i8, descr=loop)\n");
  CompiledTrace* ct = f.compile(loop, "loop");
  const std::vector<uint64_t> start = {0, 0};
  Outcome first = jit_test::run_compiled(f.backend, *ct, start);
  REQUIRE(first.kind == ExitInfo::Kind::Guard);
  CHECK(first.inst == 7);
  CHECK(first.values == std::vector<uint64_t>{0, 1});  // sum, i
  const ExitInfo* parity = ct->exit_at(first.inst);
  Trace bridge = f.parse(
      "[i0, i1]\n"  // sum, i
      "i2 = int_mul(i1, 1000)\n"
      "i3 = int_add(i0, i2)\n"
      "i4 = int_add(i1, 1)\n"
      "i5 = int_lt(i3, 1000000)\n"
      "guard_true(i5) [1@3: i3, i4]\n"
      "jump(i4, i3, descr=loop)\n");
  std::string error;
  CompiledTrace* br = f.backend.compile_bridge(*parity, bridge, "bridge", &error);
  INFO(error);
  REQUIRE(br != nullptr);
  CHECK(parity->bridge == br);
  CHECK(br->parent() == ct);
  CHECK(f.backend.compile_bridge(*parity, bridge, "again", &error) == nullptr);

  auto model = [](int64_t limit) {  // the same control flow in C++
    int64_t sum = 0, i = 0;
    for (; i < 100; ++i) {
      if (i % 2 == 0) {
        sum += i;
      } else {
        sum += 1000 * i;
        if (sum >= limit) return std::pair{sum, i + 1};
      }
    }
    return std::pair{sum, i};
  };
  Outcome second = jit_test::run_compiled(f.backend, *ct, start);
  auto [sum, next] = model(1000000);
  REQUIRE(second.kind == ExitInfo::Kind::Guard);
  CHECK(second.trace == br);
  CHECK(second.values == std::vector<uint64_t>{uint64_t(sum), uint64_t(next)});

  // A bridge on the bridge's guard, jumping back to the loop as well: now the loop ends.
  Trace onward = f.parse("[i0, i1]\njump(i1, i0, descr=loop)\n");
  CompiledTrace* br2 = f.backend.compile_bridge(*br->exit_at(6), onward, "bridge2", &error);
  REQUIRE(br2 != nullptr);
  Outcome third = jit_test::run_compiled(f.backend, *ct, start);
  auto [total, end] = model(INT64_MAX);
  CHECK(third.trace == ct);
  CHECK(third.inst == 4);
  CHECK(third.values == std::vector<uint64_t>{uint64_t(end), uint64_t(total)});

  // Freeing the first bridge frees the second and sends the parity guard back to its stub.
  f.backend.free(br);
  CHECK(parity->bridge == nullptr);
  Outcome again = jit_test::run_compiled(f.backend, *ct, start);
  CHECK(again.trace == ct);
  CHECK(again.values == first.values);
  CHECK(f.backend.stats().bridges == 2);
}

TEST_CASE("backend: bridges receive values from registers and spill slots") {
  Fixture f;
  // 30 values live at the guard: some are in spill slots when the bridge starts.
  std::ostringstream loop, bridge;
  loop << "[i0]\nlabel(i0, descr=loop)\n";
  std::string all;
  for (int k = 1; k <= 30; ++k) {
    loop << "i" << k << " = int_mul(i0, " << k << ")\n";
    all += (k > 1 ? ", i" : "i") + std::to_string(k);
  }
  loop << "i31 = int_lt(i0, 5)\nguard_true(i31) [1@1: i0, " << all << "]\n";
  loop << "i33 = int_add(i0, 1)\njump(i33, descr=loop)\n";
  bridge << "[i0";
  for (int k = 1; k <= 30; ++k) bridge << ", i" << k;
  bridge << "]\n";
  int n = 31;
  std::string prev = "i0";
  for (int k = 1; k <= 30; ++k) {
    bridge << "i" << n << " = int_add(" << prev << ", i" << k << ")\n";
    prev = "i" + std::to_string(n++);
  }
  bridge << "finish(" << prev << ", i30)\n";
  Trace lt = f.parse(loop.str());
  CompiledTrace* ct = f.compile(lt, "loop");
  Outcome o = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{0});
  REQUIRE(o.kind == ExitInfo::Kind::Guard);
  std::string error;
  CompiledTrace* br =
      f.backend.compile_bridge(*ct->exit_at(o.inst), f.parse(bridge.str()), "b", &error);
  INFO(error);
  REQUIRE(br);
  Outcome done = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{0});
  REQUIRE(done.kind == ExitInfo::Kind::Finish);
  CHECK(done.values == std::vector<uint64_t>{5 + 5 * (30 * 31 / 2), 150});
  // Wrong input types or counts are refused.
  CHECK(
      !f.backend.compile_bridge(*ct->exit_at(o.inst), f.parse("[i0]\nfinish(i0)\n"), "c", &error));
}

TEST_CASE("backend: a comparison fused into its guard is saved as the value that fails it") {
  Fixture f;
  // Each guard branches on its comparison's flags and its exit saves the comparison.
  f.check(
      "[i0, i1]\n"
      "i2 = int_lt(i0, i1)\n"
      "guard_true(i2) [1@1: i2, i0]\n"
      "i4 = int_eq(i0, 7)\n"
      "guard_false(i4) [1@2: i1, i4]\n"
      "finish(i0)\n",
      pairs(kInts, false));
  // A bridge from such a guard receives the constant.
  Trace lt = f.parse(
      "[i0]\nlabel(i0, descr=loop)\ni1 = int_lt(i0, 5)\nguard_true(i1) [1@1: i0, i1]\n"
      "i3 = int_add(i0, 1)\njump(i3, descr=loop)\n");
  CompiledTrace* ct = f.compile(lt, "loop");
  Outcome o = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{0});
  REQUIRE(o.kind == ExitInfo::Kind::Guard);
  CHECK(o.values == std::vector<uint64_t>{5, 0});
  std::string error;
  CompiledTrace* br = f.backend.compile_bridge(
      *ct->exit_at(o.inst), f.parse("[i0, i1]\ni2 = int_add(i1, 40)\nfinish(i2, i0)\n"), "b",
      &error);
  INFO(error);
  REQUIRE(br);
  Outcome done = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{0});
  REQUIRE(done.kind == ExitInfo::Kind::Finish);
  CHECK(done.values == std::vector<uint64_t>{40, 5});
}

TEST_CASE("backend: invalidation makes guard_not_invalidated fail, at no cost before") {
  Fixture f;
  Trace t = f.parse(
      "[i0, i1]\n"
      "label(i0, i1, descr=loop)\n"
      "guard_not_invalidated() [1@1: i0, i1]\n"
      "i4 = int_add(i1, i0)\n"
      "i5 = int_add(i0, 1)\n"
      "i6 = int_lt(i5, 50)\n"
      "guard_true(i6) [1@2: i5, i4]\n"
      "jump(i5, i4, descr=loop)\n");
  CompiledTrace* ct = f.compile(t);
  const std::vector<uint64_t> in = {0, 0};
  Outcome before = jit_test::run_compiled(f.backend, *ct, in);
  jit_test::check_same_outcome(jit_test::run_interpreted(t, *ct, in), in, before, in);
  CHECK(before.inst == 7);
  f.backend.invalidate(*ct);
  CHECK(ct->invalidated());
  bool invalidated = true;
  InterpOptions options;
  options.invalidated = &invalidated;
  Outcome after = jit_test::run_compiled(f.backend, *ct, in);
  jit_test::check_same_outcome(jit_test::run_interpreted(t, *ct, in, options), in, after, in);
  CHECK(after.inst == 3);
}

TEST_CASE("backend: code memory is never writable and executable, and traces are named") {
  Fixture f;
  CompiledTrace* ct = f.compile(f.parse("[i0]\ni1 = int_add(i0, 1)\nfinish(i1)\n"), "named-trace");
  std::ifstream maps("/proc/self/maps");
  std::string line;
  bool found = false;
  while (std::getline(maps, line)) {
    uintptr_t lo = 0, hi = 0;
    char perms[5] = {};
    if (std::sscanf(line.c_str(), "%lx-%lx %4s", &lo, &hi, perms) != 3) continue;
    INFO(line);
    CHECK(!(perms[1] == 'w' && perms[2] == 'x'));
    if (ct->code_address() >= lo && ct->code_address() < hi) {
      found = true;
      CHECK(std::string(perms, 3) == "r-x");
    }
  }
  CHECK(found);
  std::ifstream perf("/tmp/perf-" + std::to_string(getpid()) + ".map");
  std::stringstream text;
  text << perf.rdbuf();
  std::ostringstream expected;
  expected << std::hex << ct->code_address() << " " << ct->code_size() << " weft-trace:named-trace";
  CHECK(text.str().find(expected.str()) != std::string::npos);
}

TEST_CASE("backend: freed code is reused, and bad traces give clear errors") {
  Fixture f;
  Trace t = f.parse("[i0]\ni1 = int_add(i0, 1)\nfinish(i1)\n");
  CompiledTrace* a = f.compile(t);
  uintptr_t where = a->code_address();
  f.backend.free(a);
  CompiledTrace* b = f.compile(t);
  CHECK(b->code_address() == where);
  CHECK(jit_test::run_compiled(f.backend, *b, std::vector<uint64_t>{41}).values[0] == 42);
  std::string error;
  CHECK(!f.backend.compile_trace(f.parse("[i0]\njump(i0, descr=elsewhere)\n"), "x", &error));
  CHECK(error == "jump to label elsewhere, which no compiled trace has (instruction 1: jump)");
  Trace broken = t;
  broken.insts.pop_back();
  CHECK(!f.backend.compile_trace(broken, "x", &error));
  CHECK(error.rfind("invalid trace: ", 0) == 0);
}

TEST_CASE("backend: a forked child writes its code into its own memory, not its parent's") {
  // The code is written through a second mapping of a shared memory file: after fork() the
  // child must not write into its parent's file (the child compiles into the freed range the
  // parent's trace is in).
  Fixture f;
  Trace plus_one = f.parse("[i0]\ni1 = int_add(i0, 1)\nfinish(i1)\n");
  Trace plus_two = f.parse("[i0]\ni1 = int_add(i0, 2)\nfinish(i1)\n");
  CompiledTrace* kept = f.compile(plus_one);
  CompiledTrace* freed = f.compile(plus_one);
  uintptr_t where = freed->code_address();
  f.backend.free(freed);
  CompiledTrace* reused = f.compile(plus_one);
  REQUIRE(reused->code_address() == where);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // No Catch2 here: the exit status is the result (0 = as expected).
    f.backend.free(reused);
    std::string error;
    CompiledTrace* mine = f.backend.compile_trace(plus_two, "child", &error);
    bool ok = mine && mine->code_address() == where &&
              jit_test::run_compiled(f.backend, *mine, std::vector<uint64_t>{40}).values[0] == 42 &&
              jit_test::run_compiled(f.backend, *kept, std::vector<uint64_t>{41}).values[0] == 42;
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(jit_test::run_compiled(f.backend, *reused, std::vector<uint64_t>{41}).values[0] == 42);
  CHECK(jit_test::run_compiled(f.backend, *kept, std::vector<uint64_t>{41}).values[0] == 42);
}

TEST_CASE("backend: writing a quasi-immutable field invalidates the traces that relied on it") {
  Fixture f;
  QuasiImmutableDeps deps(f.backend);
  Node* klass = f.heap.make<Node>();
  klass->value = 10;
  auto* field = static_cast<const FieldDescr*>(f.table.find("Node.value"));
  // What the optimizer makes of reading a quasi-immutable field of a constant object: the value
  // it had (10) and a guard that costs nothing until the field changes.
  Trace t = f.parse(
      "[i0]\n"
      "label(i0, descr=loop)\n"
      "guard_not_invalidated() [1@1: i0]\n"
      "i3 = int_add(i0, 10)\n"
      "i4 = int_lt(i3, 1000)\n"
      "guard_true(i4) [1@2: i3]\n"
      "jump(i3, descr=loop)\n");
  CompiledTrace* a = f.compile(t, "a");
  CompiledTrace* b = f.compile(t, "b");
  CompiledTrace* other = f.compile(t, "other");
  deps.depend(klass, field, a);
  deps.depend(klass, field, b);
  deps.depend(klass, field, a);  // twice is once
  deps.depend(other, field, other);
  const std::vector<uint64_t> in = {0};
  CHECK(jit_test::run_compiled(f.backend, *a, in).inst == 5);  // runs to the end
  CHECK(deps.changed(klass, static_cast<const FieldDescr*>(f.table.find("Node.next"))) == 0);
  klass->value = 11;
  CHECK(deps.changed(klass, field) == 2);
  CHECK(a->invalidated());
  CHECK(b->invalidated());
  CHECK(!other->invalidated());
  CHECK(jit_test::run_compiled(f.backend, *a, in).inst == 2);  // leaves at the guard
  CHECK(jit_test::run_compiled(f.backend, *b, in).inst == 2);
  CHECK(jit_test::run_compiled(f.backend, *other, in).inst == 5);
  CHECK(deps.changed(klass, field) == 0);  // already forgotten
  deps.forget(other);
  CHECK(deps.watched_fields() == 0);
}

TEST_CASE("backend: barriers are left out only for objects allocated since the last collection") {
  Fixture f;
  // a = Node(i); (an unreferenced array, so that b lies on another line than a); b = Node(-i);
  // a.next = b; b.next = previous a. The store into `a` follows allocations that may have
  // collected (making `a` old): it needs its barrier; the stores into `b` do not. A missing
  // barrier loses b at the next minor collection and its memory is reused.
  Trace t = f.parse(
      "[i0, p1]\n"
      "label(i0, p1, descr=loop)\n"
      "p3 = new_object(descr=Node)\n"
      "setfield_gc(p3, i0, descr=Node.value)\n"
      "p5 = new_array(30, descr=IntArray)\n"
      "p6 = new_object(descr=Node)\n"
      "i7 = int_neg(i0)\n"
      "setfield_gc(p6, i7, descr=Node.value)\n"
      "setfield_gc(p6, p1, descr=Node.next)\n"
      "setfield_gc(p3, p6, descr=Node.next)\n"
      "i11 = int_add(i0, 1)\n"
      "i12 = int_lt(i11, 300000)\n"
      "guard_true(i12) [1@1: p3]\n"
      "jump(i11, p3, descr=loop)\n");
  CompiledTrace* ct = f.compile(t);
  Outcome o = jit_test::run_compiled(f.backend, *ct, std::vector<uint64_t>{0, 0});
  REQUIRE(o.kind == ExitInfo::Kind::Guard);
  f.heap.collect(weft::gc::CollectionKind::Minor);
  int64_t expected = 299999;
  bool intact = true;
  for (Node* a = reinterpret_cast<Node*>(o.values[0]); a && intact; --expected) {
    intact = a->value == expected && a->next && a->next->value == -expected;
    a = intact ? a->next->next.get() : nullptr;
  }
  CHECK(intact);
  CHECK(expected == -1);
  std::string error;
  CHECK(f.heap.verify(&error));
  INFO(error);
}

TEST_CASE("backend: freeing a loop frees the bridges of other loops that jump into it") {
  Fixture f;
  // Loop A counts to 10; its exit gets a bridge into loop B, which counts to 20.
  Trace a = f.parse(
      "[i0]\nlabel(i0, descr=a)\ni2 = int_add(i0, 1)\ni3 = int_lt(i2, 10)\n"
      "guard_true(i3) [1@1: i2]\njump(i2, descr=a)\n");
  Trace b = f.parse(
      "[i0]\nlabel(i0, descr=b)\ni2 = int_add(i0, 1)\ni3 = int_lt(i2, 20)\n"
      "guard_true(i3) [1@2: i2]\njump(i2, descr=b)\n");
  CompiledTrace* ta = f.compile(a, "a");
  CompiledTrace* tb = f.compile(b, "b");
  std::string error;
  CompiledTrace* bridge = f.backend.compile_bridge(
      *ta->exit_at(4), f.parse("[i0]\njump(i0, descr=b)\n"), "a->b", &error);
  REQUIRE(bridge != nullptr);
  Outcome through = jit_test::run_compiled(f.backend, *ta, std::vector<uint64_t>{0});
  CHECK(through.trace == tb);
  CHECK(through.values == std::vector<uint64_t>{20});
  f.backend.free(tb);
  CHECK(ta->exit_at(4)->bridge == nullptr);
  Outcome alone = jit_test::run_compiled(f.backend, *ta, std::vector<uint64_t>{0});
  CHECK(alone.trace == ta);
  CHECK(alone.values == std::vector<uint64_t>{10});
}

TEST_CASE("backend: an addition used only as raw addresses is folded into them") {
  Fixture f;
  f.table.add<FieldDescr>("w8", 0, 8, Type::Int);
  f.table.add<FieldDescr>("w4", 4, 4, Type::Int, true);
  f.table.add<LabelDescr>("L");
  // Additions of the frame read only by raw loads and stores (across a comparison's fused
  // guard, a call and a second guard), one negative. Defined before a label and used after it
  // they are computed (the label may be entered with another i0).
  auto text = [](bool across_label) {
    std::string label = "label(i0, i1, descr=L)\n";
    return "[i0, i1]\n" + std::string(across_label ? "" : label) +
           "i3 = int_add(i0, 16)\ni4 = int_add(i0, 24)\ni5 = int_add(8, i0)\n"
           "i6 = int_add(i0, -8)\ni7 = int_add(i0, 32)\n" +
           std::string(across_label ? label : "") +
           "i8 = getfield_raw(i3, descr=w8)\nsetfield_raw(i4, i1, descr=w8)\n"
           "i10 = int_lt(i8, i1)\nsetfield_raw(i5, i8, descr=w8)\n"
           "guard_true(i10) [0@0: #0=i0, #1=i8]\n"
           "call(" +
           addr(reinterpret_cast<void*>(&clobber)) +
           ", descr=clobber)\n"
           "i14 = getfield_raw(i4, descr=w8)\nsetfield_raw(i6, i14, descr=w4)\n"
           "i16 = int_lt(i14, 100)\nsetfield_raw(i7, i1, descr=w8)\n"
           "guard_true(i16) [0@1: #0=i0, #1=i14]\n"
           "finish(i0, i8, i14)\n";
  };
  CompiledTrace* computed = f.compile(f.parse(text(true)));
  for (bool across_label : {false, true}) {
    Trace t = f.parse(text(across_label));
    CompiledTrace* ct = f.compile(t);
    // Five lea instructions (3 or 4 bytes each) fewer.
    if (!across_label) CHECK(ct->code_size() + 5 * 3 <= computed->code_size());
    for (int64_t x : {int64_t(-5), int64_t(1) << 40, int64_t(50)}) {  // each exit
      int64_t interpreted[8] = {1, 2, 3, 4, 5, 6, 7, 8}, compiled[8] = {1, 2, 3, 4, 5, 6, 7, 8};
      std::vector<uint64_t> in = {uint64_t(reinterpret_cast<uintptr_t>(interpreted + 2)),
                                  uint64_t(x)};
      Outcome expected = jit_test::run_interpreted(t, *ct, in);
      in[0] = uint64_t(reinterpret_cast<uintptr_t>(compiled + 2));
      Outcome got = jit_test::run_compiled(f.backend, *ct, in);
      REQUIRE(expected.kind == got.kind);
      CHECK(expected.inst == got.inst);
      CHECK(expected.values[1] == got.values[1]);  // i8 or i14 (i0: a different frame)
      CHECK(std::memcmp(interpreted, compiled, sizeof compiled) == 0);
    }
  }
}

TEST_CASE("backend: exits compute the folded addresses they save, and bridges receive them") {
  Fixture f;
  f.table.add<FieldDescr>("w8", 0, 8, Type::Int);
  f.table.add<LabelDescr>("L");
  // i3 and i4 are frame slots' addresses read by raw accesses and saved by the guards (a
  // portal's resume data names its frame's slots): not computed, the exits compute them from
  // i0, in a register at the first guard and in a spill slot at the second (after the call).
  // Defined before a label and used after it, they are computed (the reference code).
  auto text = [](bool across_label) {
    std::string label = "label(i0, i1, descr=L)\n";
    return "[i0, i1]\n" + std::string(across_label ? "" : label) +
           "i3 = int_add(i0, 16)\ni4 = int_add(i0, 8)\n" + std::string(across_label ? label : "") +
           "setfield_raw(i3, i1, descr=w8)\ni6 = int_lt(i1, 10)\n"
           "guard_true(i6) [0@0: #0=i3, #1=i1]\n"
           "call(" +
           addr(reinterpret_cast<void*>(&clobber)) +
           ", descr=clobber)\n"
           "i8 = int_lt(i1, 5)\nguard_true(i8) [0@1: #0=i4, #1=i1]\n"
           "setfield_raw(i4, i1, descr=w8)\nfinish(i1)\n";
  };
  for (bool across_label : {false, true}) {
    INFO("across a label: " << across_label);
    Trace t = f.parse(text(across_label));
    CompiledTrace* ct = f.compile(t);
    for (int64_t x : {int64_t(1), int64_t(7), int64_t(12)}) {  // each exit
      int64_t interpreted[6] = {1, 2, 3, 4, 5, 6}, compiled[6] = {1, 2, 3, 4, 5, 6};
      std::vector<uint64_t> in = {uint64_t(reinterpret_cast<uintptr_t>(interpreted + 1)),
                                  uint64_t(x)};
      Outcome expected = jit_test::run_interpreted(t, *ct, in);
      in[0] = uint64_t(reinterpret_cast<uintptr_t>(compiled + 1));
      Outcome got = jit_test::run_compiled(f.backend, *ct, in);
      REQUIRE(expected.kind == got.kind);
      CHECK(expected.inst == got.inst);
      CHECK(std::memcmp(interpreted, compiled, sizeof compiled) == 0);
      REQUIRE(got.values.size() == expected.values.size());
      if (got.kind != ExitInfo::Kind::Guard) continue;
      // The saved address, relative to each run's frame.
      CHECK(got.values[0] - in[0] ==
            expected.values[0] - uint64_t(reinterpret_cast<uintptr_t>(interpreted + 1)));
      CHECK(got.values[1] == uint64_t(x));
      // A bridge from the guard stores through the address and returns it.
      std::string error;
      CompiledTrace* br = f.backend.compile_bridge(
          *ct->exit_at(got.inst),
          f.parse("[i0, i1]\nsetfield_raw(i0, 77, descr=w8)\ni3 = int_add(i1, 1)\n"
                  "finish(i0, i3)\n"),
          "b", &error);
      INFO(error);
      REQUIRE(br);
      int64_t bridged[6] = {1, 2, 3, 4, 5, 6};
      in[0] = uint64_t(reinterpret_cast<uintptr_t>(bridged + 1));
      Outcome done = jit_test::run_compiled(f.backend, *ct, in);
      REQUIRE(done.kind == ExitInfo::Kind::Finish);
      CHECK(done.values ==
            std::vector<uint64_t>{
                got.values[0] - uint64_t(reinterpret_cast<uintptr_t>(compiled + 1)) + in[0],
                uint64_t(x + 1)});
      CHECK(bridged[x < 10 ? 2 : 3] == 77);
    }
  }

  // 80 slots' addresses saved by a guard after a call: folded, none of them needs a spill
  // slot during the call (computed, 74 would need one of the frame's 64).
  std::ostringstream many;
  many << "[i0]\n";
  std::string saved;
  for (int k = 0; k < 80; ++k) {
    many << "i" << k + 1 << " = int_add(i0, " << 8 * k << ")\n";
    saved += ", #" + std::to_string(k + 1) + "=i" + std::to_string(k + 1);
  }
  many << "call(" << addr(reinterpret_cast<void*>(&clobber)) << ", descr=clobber)\n"
       << "i82 = getfield_raw(i1, descr=w8)\nguard_true(i82) [0@0: #0=i82" << saved << "]\n"
       << "finish(i82)\n";
  Trace mt = f.parse(many.str());
  CompiledTrace* mc = f.compile(mt);
  std::vector<int64_t> frame(80, 0);
  std::vector<uint64_t> in = {uint64_t(reinterpret_cast<uintptr_t>(frame.data()))};
  Outcome got = jit_test::run_compiled(f.backend, *mc, in);
  REQUIRE(got.kind == ExitInfo::Kind::Guard);
  REQUIRE(got.values.size() == 81);
  for (size_t k = 0; k < 80; ++k) CHECK(got.values[k + 1] == in[0] + 8 * k);
  std::string computed = many.str();
  computed.replace(computed.find("call("), 0, "label(i0, descr=L)\n");
  std::string error;
  CHECK_FALSE(f.backend.compile_trace(f.parse(computed), "computed", &error));
  CHECK(error.find("spill slots") != std::string::npos);
}

TEST_CASE("backend: the and of two comparisons tests their bytes, fused with its guard or not") {
  Fixture f;
  std::vector<std::vector<uint64_t>> inputs;
  for (const auto& pair : pairs(kInts, false)) inputs.push_back({pair[0], pair[1]});
  // Guarded (its exit saves it), and returned as a value; with a call between the comparisons
  // (spilled 0/1 bytes) and mixed kinds of comparison.
  f.check(
      "[i0, i1]\ni2 = int_lt(i0, i1)\ni3 = int_ne(i1, 0)\ni4 = int_and(i2, i3)\n"
      "guard_true(i4) [0@0: #0=i0, #1=i4]\ni6 = uint_ge(i0, 7)\ni7 = int_is_zero(i1)\n"
      "i8 = int_and(i7, i6)\nguard_false(i8) [0@1: #0=i1, #1=i8]\n"
      "i10 = int_gt(i0, 64)\ncall(" +
          addr(reinterpret_cast<void*>(&clobber)) +
          ", descr=clobber)\ni12 = int_le(i1, 1000)\ni13 = int_and(i10, i12)\n"
          "i14 = int_add(i13, i13)\nfinish(i14, i13)\n",
      inputs);
}
