// Compile time per IR instruction: the optimizer (every part, loops peeled) and the backend
// together, per instruction of the trace given to the optimizer, on
//   - the random traces of the fuzz tests (tests/jit/random_trace.h; plain and objects mode,
//     seeds 1..N): the median over the traces, and the total;
//   - generated straight-line traces of 100, 1000 and 5000 instructions mixing integer and
//     float arithmetic, loads and stores, calls and guards with snapshots (what traces of an
//     interpreter look like), also for the backend alone.
//
//   bench-jit-compile [repetitions] [random traces]
//
// Times are the thread's CPU time.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

// The thread's CPU time: compilation is CPU work, and a loaded machine (2 cores shared by
// several builds) would otherwise add the time the thread waited for one.
uint64_t now_ns() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return uint64_t(t.tv_sec) * 1000000000u + uint64_t(t.tv_nsec);
}

// Nanoseconds per instruction of a trace, by phase.
struct Cost {
  double optimizer = 0;
  double backend = 0;
  double total() const { return optimizer + backend; }
};

// Optimizes (unless `with_optimizer` is false) and compiles `t` `reps` times.
Cost cost_per_op(Backend& backend, const Trace& t, int reps, bool with_optimizer) {
  uint64_t optimizer_ns = 0, backend_ns = 0;
  for (int r = 0; r < reps; ++r) {
    uint64_t t0 = now_ns();
    DescrTable labels;
    OptimizerOptions options;
    options.peel_labels = &labels;
    OptimizerReport report;
    std::string error;
    Trace optimized = with_optimizer ? optimize(t, options, &report) : Trace();
    uint64_t t1 = now_ns();
    CompiledTrace* ct = backend.compile_trace(with_optimizer ? optimized : t, "bench", &error);
    if (!ct) {
      std::fprintf(stderr, "bench-jit-compile: %s\n", error.c_str());
      std::exit(1);
    }
    backend.free(ct);
    optimizer_ns += t1 - t0;
    backend_ns += now_ns() - t1;
  }
  double per = double(reps) * double(t.insts.size());
  return Cost{double(optimizer_ns) / per, double(backend_ns) / per};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
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
    std::vector<double> total, optimizer, backend_only;
    size_t ops = 0;
    double sum_ns = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
      Trace t = jit_test::random_trace(uint64_t(seed), cells, generator);
      Cost c = cost_per_op(backend, t, std::max(1, reps / 10), true);
      total.push_back(c.total());
      optimizer.push_back(c.optimizer);
      backend_only.push_back(c.backend);
      ops += t.insts.size();
      sum_ns += c.total() * double(t.insts.size());
    }
    std::printf(
        "random traces (%s, %d, %.0f instructions on average): optimizer + backend %.0f ns per "
        "instruction (median over the traces; optimizer %.0f, backend %.0f; over all the "
        "instructions %.0f)\n",
        objects ? "objects mode" : "plain", seeds, double(ops) / seeds, median(total),
        median(optimizer), median(backend_only), sum_ns / double(ops));
  }
  DescrTable table;
  table.add<FieldDescr>("Cell.a", 0, 8, Type::Int);
  table.add<FieldDescr>("Cell.f", 8, 8, Type::Float);
  table.add<CallDescr>("helper", std::vector<Type>{Type::Int, Type::Int}, Type::Int);
  for (int length : {100, 1000, 5000}) {
    Trace t = make_trace(table, length);
    Cost c = cost_per_op(backend, t, reps, true);
    std::printf(
        "generated trace of %5zu instructions: optimizer + backend %.0f ns per instruction "
        "(optimizer %.0f, backend %.0f); backend alone on the trace as generated %.0f (%d "
        "compilations)\n",
        t.insts.size(), c.total(), c.optimizer, c.backend,
        cost_per_op(backend, t, reps, false).backend, reps);
  }
  return 0;
}
