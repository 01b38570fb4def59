// Compile time per IR instruction: the optimizer (every part, loops peeled) and the backend
// together, per instruction of the trace given to the optimizer, on
//   - the random traces of the fuzz tests (tests/jit/random_trace.h; plain and objects mode,
//     seeds 1..N): the median over the traces, and the total;
//   - generated straight-line traces of 100, 1000 and 5000 instructions mixing integer and
//     float arithmetic, loads and stores, calls and guards with snapshots (what traces of an
//     interpreter look like), also for the backend alone.
//
//   bench-jit-compile [repetitions] [random traces]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "random_trace.h"
#include "weft/gc/gc.h"
#include "weft/jit/backend.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

int64_t helper(int64_t x, int64_t y) { return x ^ y; }

// About `length` instructions over a sliding window of recent values.
Trace make_trace(const DescrTable& table, int length) {
  auto* a = static_cast<const FieldDescr*>(table.find("Cell.a"));
  auto* f = static_cast<const FieldDescr*>(table.find("Cell.f"));
  auto* call = static_cast<const CallDescr*>(table.find("helper"));
  Trace t;
  std::vector<Value> ints = {t.input(Type::Int), t.input(Type::Int)};
  std::vector<Value> floats = {t.input(Type::Float)};
  Value cell = t.input(Type::Ref);
  uint32_t pc = 0;
  auto recent = [](std::vector<Value>& v, int k) { return v[v.size() - 1 - size_t(k) % v.size()]; };
  for (int i = 0; i < length; ++i) {
    switch (i % 8) {
      case 0:
        ints.push_back(t.emit(Op::int_add, {recent(ints, 1), recent(ints, 3)}));
        break;
      case 1:
        ints.push_back(t.emit(Op::int_mul, {recent(ints, 0), t.const_int(i)}));
        break;
      case 2:
        floats.push_back(t.emit(Op::float_mul, {recent(floats, 0), recent(floats, 2)}));
        break;
      case 3:
        ints.push_back(t.emit(Op::getfield_gc, {cell}, a));
        break;
      case 4: {
        Value c = t.emit(Op::int_lt, {recent(ints, 0), t.const_int(1 << 20)});
        Snapshot s{{ResumeFrame{1, pc++, {recent(ints, 0), recent(ints, 5), recent(floats, 1)}}},
                   {}};
        t.emit_guard(Op::guard_true, {c}, s);
        break;
      }
      case 5:
        t.emit(Op::setfield_gc, {cell, recent(floats, 0)}, f);
        break;
      case 6:
        if (i % 48 == 6) {
          ints.push_back(t.emit(Op::call,
                                {t.const_int(int64_t(reinterpret_cast<uintptr_t>(&helper))),
                                 recent(ints, 0), recent(ints, 2)},
                                call));
        } else {
          ints.push_back(t.emit(Op::int_xor, {recent(ints, 2), recent(ints, 4)}));
        }
        break;
      default:
        floats.push_back(t.emit(Op::float_add, {recent(floats, 1), t.const_float(0.5)}));
    }
  }
  t.emit(Op::finish, {recent(ints, 0), recent(floats, 0)});
  return t;
}

uint64_t now_ns() {
  return uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}

// Optimizes and compiles `t` `reps` times; nanoseconds per instruction of `t`. With `optimize`
// false, the backend alone.
double ns_per_op(Backend& backend, const Trace& t, int reps, bool with_optimizer) {
  uint64_t start = now_ns();
  for (int r = 0; r < reps; ++r) {
    DescrTable labels;
    OptimizerOptions options;
    options.peel_labels = &labels;
    OptimizerReport report;
    std::string error;
    Trace optimized = with_optimizer ? optimize(t, options, &report) : Trace();
    CompiledTrace* ct = backend.compile_trace(with_optimizer ? optimized : t, "bench", &error);
    if (!ct) {
      std::fprintf(stderr, "bench-jit-compile: %s\n", error.c_str());
      std::exit(1);
    }
    backend.free(ct);
  }
  return double(now_ns() - start) / double(reps) / double(t.insts.size());
}

}  // namespace

int main(int argc, char** argv) {
  int reps = argc > 1 ? std::atoi(argv[1]) : 200;
  int seeds = argc > 2 ? std::atoi(argv[2]) : 2000;
  weft::gc::Heap heap;
  Backend backend;
  jit_test::CellDescrs cells;
  for (bool objects : {false, true}) {
    jit_test::RandomTraceOptions generator;
    generator.objects = objects;
    std::vector<double> per_op;
    size_t ops = 0;
    double total_ns = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
      Trace t = jit_test::random_trace(uint64_t(seed), cells, generator);
      double ns = ns_per_op(backend, t, std::max(1, reps / 10), true);
      per_op.push_back(ns);
      ops += t.insts.size();
      total_ns += ns * double(t.insts.size());
    }
    std::sort(per_op.begin(), per_op.end());
    std::printf(
        "random traces (%s, %d, %.0f instructions on average): optimizer + backend %.0f ns per "
        "instruction (median over the traces; 90th percentile %.0f; overall %.0f)\n",
        objects ? "objects mode" : "plain", seeds, double(ops) / seeds, per_op[per_op.size() / 2],
        per_op[per_op.size() * 9 / 10], total_ns / double(ops));
  }
  DescrTable table;
  table.add<FieldDescr>("Cell.a", 0, 8, Type::Int);
  table.add<FieldDescr>("Cell.f", 8, 8, Type::Float);
  table.add<CallDescr>("helper", std::vector<Type>{Type::Int, Type::Int}, Type::Int);
  for (int length : {100, 1000, 5000}) {
    Trace t = make_trace(table, length);
    std::printf(
        "generated trace of %5zu instructions: optimizer + backend %.0f ns per instruction, "
        "backend alone %.0f (%d compilations)\n",
        t.insts.size(), ns_per_op(backend, t, reps, true), ns_per_op(backend, t, reps, false),
        reps);
  }
  return 0;
}
