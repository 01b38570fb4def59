// Hand-written loops as traces compiled by the weft backend, against the same loops in C++
// compiled by clang -O2 (this file's own build flags). Each loop carries a serial dependency
// from one iteration to the next, so neither side can vectorize it away: the comparison is of
// instruction selection and register allocation.
//
//   bench-jit-loops <lcg|logistic|dot> <jit|jit-opt|c> <iterations>
//
// jit compiles the trace as written; jit-opt optimizes it first (every part, loop peeled), as
// the runtime does with a recorded trace. All modes print the same result, which the harness
// compares.
#include <bit>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "weft/gc/gc.h"
#include "weft/jit/backend.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

// The loops in C. noinline: the iteration count comes from the command line either way.
__attribute__((noinline)) uint64_t lcg_c(int64_t n) {
  uint64_t x = 1, sum = 0;
  for (int64_t i = n; i > 0; --i) {
    x = x * 6364136223846793005u + 1442695040888963407u;
    sum ^= x >> 33;
  }
  return sum;
}

__attribute__((noinline)) double logistic_c(int64_t n) {
  double x = 0.5, sum = 0;
  for (int64_t i = n; i > 0; --i) {
    x = 3.9 * x * (1.0 - x);
    sum += x;
  }
  return sum;
}

// A dot product of two float arrays read through bounds-checked loads, repeated: memory
// operands, guards on the index, two loop-carried floats.
struct FloatArray {
  static constexpr const char* gc_name = "bench.FloatArray";
  int64_t length = 0;
  double* items() { return reinterpret_cast<double*>(this + 1); }
  size_t gc_size() const { return sizeof(FloatArray) + size_t(length) * 8; }
};
constexpr int64_t kDotLength = 1000;

FloatArray* make_array(weft::gc::Heap& heap, double scale) {
  FloatArray* a = heap.make_with_tail<FloatArray>(kDotLength * 8);
  a->length = kDotLength;
  for (int64_t i = 0; i < kDotLength; ++i) a->items()[i] = scale * double(i % 7) - 1.0;
  return a;
}

__attribute__((noinline)) double dot_c(FloatArray* a, FloatArray* b, int64_t n) {
  double sum = 0;
  int64_t i = 0;
  for (int64_t k = n; k > 0; --k) {
    if (i >= a->length) i = 0;  // the trace's guard leaves the loop here instead
    sum = sum * 0.5 + a->items()[i] * b->items()[i];
    ++i;
  }
  return sum;
}

const char* kLcg =
    "[i0, i1, i2]\n"
    "label(i0, i1, i2, descr=loop)\n"
    "i4 = int_mul(i1, 6364136223846793005)\n"
    "i5 = int_add(i4, 1442695040888963407)\n"
    "i6 = uint_rshift(i5, 33)\n"
    "i7 = int_xor(i2, i6)\n"
    "i8 = int_sub(i0, 1)\n"
    "i9 = int_gt(i8, 0)\n"
    "guard_true(i9) [1@1: i7]\n"
    "jump(i8, i5, i7, descr=loop)\n";

const char* kLogistic =
    "[i0, f1, f2]\n"
    "label(i0, f1, f2, descr=loop)\n"
    "f4 = float_mul(f1, 3.9)\n"
    "f5 = float_sub(1.0, f1)\n"
    "f6 = float_mul(f4, f5)\n"
    "f7 = float_add(f2, f6)\n"
    "i8 = int_sub(i0, 1)\n"
    "i9 = int_gt(i8, 0)\n"
    "guard_true(i9) [1@1: f7]\n"
    "jump(i8, f6, f7, descr=loop)\n";

// i0: iterations left, i1: index, f2: sum, p3/p4: the arrays. Leaves at the end of the arrays
// (the runner re-enters with the index reset, as an interpreter would after a guard failure).
const char* kDot =
    "[i0, i1, f2, p3, p4]\n"
    "label(i0, i1, f2, p3, p4, descr=loop)\n"
    "i6 = arraylen_gc(p3, descr=FloatArray)\n"
    "i7 = int_lt(i1, i6)\n"
    "guard_true(i7) [1@1: i0, f2]\n"
    "f9 = getarrayitem_gc(p3, i1, descr=FloatArray)\n"
    "f10 = getarrayitem_gc(p4, i1, descr=FloatArray)\n"
    "f11 = float_mul(f9, f10)\n"
    "f12 = float_mul(f2, 0.5)\n"
    "f13 = float_add(f12, f11)\n"
    "i14 = int_add(i1, 1)\n"
    "i15 = int_sub(i0, 1)\n"
    "i16 = int_gt(i15, 0)\n"
    "guard_true(i16) [1@2: i15, f13]\n"
    "jump(i15, i14, f13, p3, p4, descr=loop)\n";

[[noreturn]] void usage() {
  std::fprintf(stderr, "usage: bench-jit-loops <lcg|logistic|dot> <jit|jit-opt|c> <iterations>\n");
  std::exit(2);
}

CompiledTrace* compile(Backend& backend, DescrTable& table, const char* text, bool optimized) {
  Trace t;
  std::string error;
  CompiledTrace* ct = nullptr;
  if (parse_trace(text, table, t, &error)) {
    if (optimized) {
      OptimizerOptions options;
      options.peel_labels = &table;
      t = optimize(t, options);
    }
    ct = backend.compile_trace(t, "loop", &error);
  }
  if (!ct) {
    std::fprintf(stderr, "bench-jit-loops: %s\n", error.c_str());
    std::exit(1);
  }
  return ct;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) usage();
  std::string program = argv[1], mode = argv[2];
  int64_t n = std::strtoll(argv[3], nullptr, 10);
  if (n < 1 || (mode != "jit" && mode != "jit-opt" && mode != "c")) usage();
  bool optimized = mode == "jit-opt";
  weft::gc::Heap heap;
  Backend backend;
  DescrTable table;
  table.add<ArrayDescr>("FloatArray", weft::gc::type_id_of<FloatArray>(), 0, 8, 8, Type::Float);
  uint64_t io[Backend::kMaxIoWords];
  if (program == "lcg") {
    uint64_t sum;
    if (mode == "c") {
      sum = lcg_c(n);
    } else {
      CompiledTrace* ct = compile(backend, table, kLcg, optimized);
      uint64_t in[] = {uint64_t(n), 1, 0};
      backend.run(*ct, in, io);
      sum = io[0];
    }
    std::printf("%" PRIu64 "\n", sum);
  } else if (program == "logistic") {
    double sum;
    if (mode == "c") {
      sum = logistic_c(n);
    } else {
      CompiledTrace* ct = compile(backend, table, kLogistic, optimized);
      uint64_t in[] = {uint64_t(n), std::bit_cast<uint64_t>(0.5), 0};
      backend.run(*ct, in, io);
      sum = std::bit_cast<double>(io[0]);
    }
    std::printf("%.17g\n", sum);
  } else if (program == "dot") {
    FloatArray* a = make_array(heap, 0.25);
    FloatArray* b = make_array(heap, 0.5);
    double sum = 0;
    if (mode == "c") {
      sum = dot_c(a, b, n);
    } else {
      CompiledTrace* ct = compile(backend, table, kDot, optimized);
      uint64_t left = uint64_t(n);
      while (true) {
        uint64_t in[] = {left, 0, std::bit_cast<uint64_t>(sum), reinterpret_cast<uintptr_t>(a),
                         reinterpret_cast<uintptr_t>(b)};
        const ExitInfo* e = backend.run(*ct, in, io);
        sum = std::bit_cast<double>(io[1]);
        left = io[0];
        // The end-of-array guard (pc 1, wherever the optimizer put it): go round again.
        const Trace& t = ct->ir();
        if (t.snapshots[size_t(t.insts[e->inst].snapshot)].frames[0].pc != 1) break;
      }
    }
    std::printf("%.17g\n", sum);
  } else {
    usage();
  }
  return 0;
}
