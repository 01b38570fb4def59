// weft-codegen on traced code that uses the weft::gc heap (gc_sample.cpp): allocations become
// `new`, accesses through GC references getfield_gc / setfield_gc; the jitcodes compute what the
// native code computes, and the temporary boxes of a traced loop are removed by the optimizer.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "gc_sample.h"
#include "weft/jit/backend.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/jitcode.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/resume_frames.h"
#include "weft/jit/tracer.h"

using namespace weft::jit;

namespace {

struct GcSample {
  DescrTable descrs;
  JitCodeSet codes;
  std::string text;
  GcSample() {
    std::ifstream in(WEFT_GC_JITCODE);
    std::stringstream s;
    s << in.rdbuf();
    text = s.str();
    INFO(text);
    // The type ids the jitcode names by symbol (the binary does not export its symbols).
    auto resolve = [](std::string_view name) -> uint64_t {
      if (name == "_ZN4weft2gc9type_id_vI9SampleNumEE")
        return reinterpret_cast<uintptr_t>(&weft::gc::type_id_v<SampleNum>);
      if (name == "_ZN4weft2gc9type_id_vI10SamplePairEE")
        return reinterpret_cast<uintptr_t>(&weft::gc::type_id_v<SamplePair>);
      if (name == "gc_class_box") return reinterpret_cast<uintptr_t>(&gc_class_box);
      if (name == "gc_count_hit") return reinterpret_cast<uintptr_t>(&gc_count_hit);
      if (name == "_ZN4weft2gc9type_id_vI13SampleCounterEE")
        return reinterpret_cast<uintptr_t>(&weft::gc::type_id_v<SampleCounter>);
      return 0;
    };
    std::string error;
    REQUIRE(parse_jitcodes(text, descrs, codes, &error, resolve));
  }
  size_t count(const std::string& what) const {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  }
};

size_t count_ops(const Trace& t, Op op) {
  size_t n = 0;
  for (const Inst& inst : t.insts) n += inst.op == op;
  return n;
}
size_t allocations(const Trace& t) { return count_ops(t, Op::new_object); }

}  // namespace

TEST_CASE("codegen: GC allocations and fields become new, getfield_gc and setfield_gc") {
  weft::gc::Heap heap;
  GcSample s;
  INFO(s.text);
  CHECK(s.count("size new.SampleNum typeid(_ZN4weft2gc9type_id_vI9SampleNumEE) 16") == 1);
  CHECK(s.count("size new.SamplePair typeid(_ZN4weft2gc9type_id_vI10SamplePairEE) 24") == 1);
  CHECK(s.count("= new(descr=new.SampleNum)") >= 2);
  CHECK(s.count("setfield_gc_r(") >= 2);  // Field<T> stores, the barrier folded into them
  CHECK(s.count("getfield_gc_r(") >= 2);  // p->items[which]: one per item of the switch
  CHECK(s.count("ptr_eq(") + s.count("ptr_ne(") >= 1);
  // No call of the collector or of the barrier (the other two are WEFT_DONT_LOOK_INSIDE).
  CHECK(s.count("residual_call") == s.count("residual_call_r($sym(gc_class_box)") +
                                        s.count("residual_call_v($sym(gc_count_hit)"));
  CHECK(s.count("getfield_raw") + s.count("setfield_raw") == 0);

  const JitCode* pair = s.codes.find("gc_pair_get");
  REQUIRE(pair != nullptr);
  for (int64_t which : {0, 1})
    for (auto [x, y] : {std::pair<int64_t, int64_t>{3, 4}, {-7, 70}, {0, 0}}) {
      std::vector<uint64_t> banks[3] = {{uint64_t(which), uint64_t(x), uint64_t(y)}, {}, {}};
      BlackholeResult r = run_blackhole(*pair, banks);
      INFO(r.error);
      REQUIRE(r.kind == BlackholeResult::Kind::Returned);
      CHECK(int64_t(r.value) == gc_pair_get(which, x, y));
    }
  const JitCode* sum = s.codes.find("gc_sum_boxed");
  REQUIRE(sum != nullptr);
  std::vector<uint64_t> banks[3] = {{1, 100}, {}, {}};
  BlackholeResult r = run_blackhole(*sum, banks);
  REQUIRE(r.kind == BlackholeResult::Kind::Returned);
  CHECK(int64_t(r.value) == gc_sum_boxed(1, 100));
}

TEST_CASE("codegen: the temporary boxes of a traced loop are removed by the optimizer") {
  weft::gc::Heap heap;
  Backend backend;
  GcSample s;
  const JitCode& run = *s.codes.find("gc_sum_boxed");
  std::vector<MergePoint> points = find_merge_points(run);
  REQUIRE(points.size() == 1);
  const MergePoint& mp = points[0];
  REQUIRE(mp.greens[kIntBank].size() == 1);
  REQUIRE(mp.reds[kIntBank].size() == 3);  // i, n, total

  // At the merge point with i = 5 (0 + 3 + ... + 12 summed so far), up to n = 1000.
  std::vector<uint64_t> regs[3];
  for (int b = 0; b < 3; ++b) regs[b].assign(run.num_regs[b], 0);
  regs[kIntBank][mp.greens[kIntBank][0]] = 1;
  const uint64_t reds[] = {5, 1000, 30};
  for (size_t k = 0; k < 3; ++k) regs[kIntBank][mp.reds[kIntBank][k]] = reds[k];
  TracerOptions options;
  options.loop_label = s.descrs.label("gc-loop");
  Recording rec = record_loop(run, mp.pc, regs, options);
  INFO(rec.reason);
  REQUIRE(rec.status == Recording::Status::Loop);
  INFO("recorded:\n" << print_trace(rec.trace));
  CHECK(allocations(rec.trace) == 2);  // the tracer ran the iteration: two real boxes
  Trace optimized = optimize(rec.trace);
  std::string error;
  REQUIRE(verify(optimized, &error));
  INFO("optimized:\n" << print_trace(optimized));
  CHECK(allocations(optimized) == 0);

  // The compiled loop runs to the exit guard (i < n fails); the blackhole finishes the call.
  CompiledTrace* loop = backend.compile_trace(optimized, "gc-sum-loop", &error);
  INFO(error);
  REQUIRE(loop != nullptr);
  uint64_t io[Backend::kMaxIoWords];
  std::vector<uint64_t> loop_reds;
  for (uint16_t reg : mp.reds[kIntBank]) loop_reds.push_back(rec.end_regs[kIntBank][reg]);
  const ExitInfo* e = backend.run(*loop, loop_reds, io);
  REQUIRE(e->kind == ExitInfo::Kind::Guard);
  const Snapshot& snapshot = loop->ir().snapshots[size_t(loop->ir().insts[e->inst].snapshot)];
  auto saved = [&](Value v) -> uint64_t {
    for (size_t k = 0; k < e->saved.size(); ++k)
      if (e->saved[k] == v) return io[k];
    return 0;
  };
  ResumedFrames frames;
  REQUIRE(resume_frames(loop->ir(), snapshot, saved, frames, &error) == ResumeStatus::Ok);
  REQUIRE(frames.frames().size() == 1);
  std::vector<uint64_t> resumed[3];
  frames.frames()[0].registers(run, resumed);
  BlackholeResult rest = run_blackhole_at(run, frames.frames()[0].pc, resumed);
  REQUIRE(rest.kind == BlackholeResult::Kind::Returned);
  CHECK(int64_t(rest.value) == gc_sum_boxed(1, 1000));
}

TEST_CASE("codegen: a size declaration's type id comes from its symbol when the jitcodes load") {
  static uint32_t unset = 0, set = 7;
  auto resolve = [](std::string_view name) -> uint64_t {
    return name == "unset" ? reinterpret_cast<uintptr_t>(&unset)
           : name == "set" ? reinterpret_cast<uintptr_t>(&set)
                           : 0;
  };
  DescrTable descrs;
  JitCodeSet codes;
  std::string error;
  REQUIRE(parse_jitcodes("size new.A typeid(set) 24\n", descrs, codes, &error, resolve));
  auto* a = static_cast<const SizeDescr*>(descrs.find("new.A"));
  REQUIRE(a != nullptr);
  CHECK(a->type_id == 7);
  CHECK(a->size == 24);
  CHECK_FALSE(parse_jitcodes("size new.B typeid(unset) 16\n", descrs, codes, &error, resolve));
  CHECK(error.find("the type id at 'unset' is not set yet") != std::string::npos);
  CHECK_FALSE(parse_jitcodes("size new.C typeid(nowhere) 16\n", descrs, codes, &error, resolve));
  CHECK(error.find("unknown symbol 'nowhere'") != std::string::npos);
}

TEST_CASE("codegen: has_class is a guard_class in traces, which record_exact_class spares") {
  weft::gc::Heap heap;
  GcSample s;
  const JitCode& of = *s.codes.find("gc_class_of");
  for (int64_t which : {0, 1, 2}) {
    std::vector<uint64_t> banks[3] = {{uint64_t(which)}, {}, {}};
    BlackholeResult r = run_blackhole(of, banks);
    INFO(r.error);
    REQUIRE(r.kind == BlackholeResult::Kind::Returned);
    CHECK(int64_t(r.value) == which);
    CHECK(gc_class_of(which) == which);
  }

  // The loop traced with known = 0 and 1 (the green): the boxes come from a residual call, so
  // only record_exact_class tells the optimizer their class.
  const JitCode& run = *s.codes.find("gc_class_sum");
  std::vector<MergePoint> points = find_merge_points(run);
  REQUIRE(points.size() == 1);
  const MergePoint& mp = points[0];
  size_t class_guards[2];
  for (int known : {0, 1}) {
    std::vector<uint64_t> regs[3];
    for (int b = 0; b < 3; ++b) regs[b].assign(run.num_regs[b], 0);
    regs[kIntBank][mp.greens[kIntBank][0]] = uint64_t(known);
    const uint64_t reds[] = {0, 100, 0};  // i, n, total
    for (size_t k = 0; k < 3; ++k) regs[kIntBank][mp.reds[kIntBank][k]] = reds[k];
    TracerOptions options;
    options.loop_label = s.descrs.label("class-loop-" + std::to_string(known));
    Recording rec = record_loop(run, mp.pc, regs, options);
    INFO(rec.reason);
    REQUIRE(rec.status == Recording::Status::Loop);
    INFO("recorded:\n" << print_trace(rec.trace));
    CHECK(count_ops(rec.trace, Op::guard_class) == 1);
    CHECK(count_ops(rec.trace, Op::record_exact_class) == size_t(known));
    Trace optimized = optimize(rec.trace);
    std::string error;
    REQUIRE(verify(optimized, &error));
    INFO("optimized:\n" << print_trace(optimized));
    CHECK(count_ops(optimized, Op::record_exact_class) == 0);
    class_guards[known] = count_ops(optimized, Op::guard_class);
  }
  CHECK(class_guards[0] >= 1);
  CHECK(class_guards[1] == class_guards[0] - 1);
  CHECK(gc_class_sum(0, 100) == 4950);
  CHECK(gc_class_sum(1, 100) == 4950);
}

TEST_CASE("codegen: fields are named by their TBAA struct path; calls say which they write") {
  weft::gc::Heap heap;
  GcSample s;
  INFO(s.text);
  // Inherited fields are named after the class that declares them; bytes an array item or a
  // pointer without a struct path reaches keep their offset name.
  CHECK(s.count("field SampleNum.value 8 8 i") == 1);
  CHECK(s.count("field SampleCounter.hits 8 8 i") == 1);
  CHECK(s.count("field gc.8.r8 8 8 r") == 1);  // SamplePair::items[k]
  CHECK(s.count("call call.gc_count_hit (r) v writes(SampleCounter.hits)") == 1);

  const JitCode& run = *s.codes.find("gc_fields_across_call");
  std::vector<MergePoint> points = find_merge_points(run);
  REQUIRE(points.size() == 1);
  const MergePoint& mp = points[0];
  SampleNum* box = heap.allocate_fixed<SampleNum>();
  SampleCounter* counter = gc_new_counter();
  REQUIRE((box && counter));
  box->value = 5;
  std::vector<uint64_t> regs[3];
  for (int b = 0; b < 3; ++b) regs[b].assign(run.num_regs[b], 0);
  for (uint16_t g : mp.greens[kIntBank])  // step: 1, a constant register once clang folded it
    if (g < run.num_regs[kIntBank]) regs[kIntBank][g] = 1;
  REQUIRE(mp.reds[kIntBank].size() == 3);  // i, n, total
  REQUIRE(mp.reds[kRefBank].size() == 2);  // box, counter
  const uint64_t ints[] = {0, 10, 0};
  for (size_t k = 0; k < 3; ++k) regs[kIntBank][mp.reds[kIntBank][k]] = ints[k];
  regs[kRefBank][mp.reds[kRefBank][0]] = reinterpret_cast<uintptr_t>(box);
  regs[kRefBank][mp.reds[kRefBank][1]] = reinterpret_cast<uintptr_t>(counter);
  TracerOptions options;
  options.loop_label = s.descrs.label("hits-loop");
  Recording rec = record_loop(run, mp.pc, regs, options);
  INFO(rec.reason);
  REQUIRE(rec.status == Recording::Status::Loop);
  INFO("recorded:\n" << print_trace(rec.trace));
  CHECK(count_ops(rec.trace, Op::getfield_gc) == 3);
  Trace optimized = optimize(rec.trace);
  std::string error;
  REQUIRE(verify(optimized, &error));
  INFO("optimized:\n" << print_trace(optimized));
  CHECK(count_ops(optimized, Op::getfield_gc) == 2);  // box->value once, counter->hits
  CHECK(counter->hits == 1);                          // the recorded iteration's call
  CHECK(gc_fields_across_call(box, counter, 10) == 10 * 10 + (2 + 11) * 10 / 2);
}
