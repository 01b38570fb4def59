// Compile time of the backend per IR instruction, on a generated straight-line trace that mixes
// integer and float arithmetic, loads and stores, calls and guards with snapshots (what traces
// of an interpreter look like), and on a loop.
//
//   bench-jit-compile [repetitions]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "weft/gc/gc.h"
#include "weft/jit/backend.h"

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

}  // namespace

int main(int argc, char** argv) {
  int reps = argc > 1 ? std::atoi(argv[1]) : 200;
  weft::gc::Heap heap;
  Backend backend;
  DescrTable table;
  table.add<FieldDescr>("Cell.a", 0, 8, Type::Int);
  table.add<FieldDescr>("Cell.f", 8, 8, Type::Float);
  table.add<CallDescr>("helper", std::vector<Type>{Type::Int, Type::Int}, Type::Int);
  for (int length : {100, 1000, 5000}) {
    Trace t = make_trace(table, length);
    std::string error;
    uint64_t ops = 0;
    auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < reps; ++r) {
      CompiledTrace* ct = backend.compile_trace(t, "generated", &error);
      if (!ct) {
        std::fprintf(stderr, "bench-jit-compile: %s\n", error.c_str());
        return 1;
      }
      ops += t.insts.size();
      backend.free(ct);
    }
    double ns = double(std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::steady_clock::now() - start)
                           .count());
    std::printf("trace of %5zu instructions: %.0f ns per instruction (%d compilations)\n",
                t.insts.size(), ns / double(ops), reps);
  }
  return 0;
}
