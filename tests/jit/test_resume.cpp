// Resume: guards fail under the IR interpreter and their snapshots are turned into frames, with
// virtual objects materialized on the heap (also under GC stress and at the heap limit), and
// resumed frames are compared structurally.
#include <bit>
#include <catch2/catch.hpp>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../gc/gc_test_util.h"
#include "jit_test_util.h"
#include "weft/gc/gc.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/resume.h"
#include "weft/jit/resume_frames.h"

using namespace weft::jit;
using weft::gc::Field;
using weft::gc::Heap;
using weft::gc::HeapConfig;

namespace {

struct Node {
  static constexpr const char* gc_name = "test.resume.Node";
  int64_t value = 0;
  Field<Node> next;
  double weight = 0;
  int32_t small = 0;
  int32_t neighbour = 0;  // right after `small`: a 4-byte store must leave it alone
  void gc_trace(weft::gc::Tracer& t) const { t(next); }
};

struct Finalized {
  static constexpr const char* gc_name = "test.resume.Finalized";
  static inline int finalized = 0;
  int64_t value = 0;
  void gc_finalize() { ++finalized; }
};

// Arrays as the descriptors below lay them out: a 64-bit length, then the items.
struct ArrayHeader {
  int64_t length;
  uint8_t* items() { return reinterpret_cast<uint8_t*>(this + 1); }
};

template <size_t kItemSize>
size_t array_size(const void* payload) {
  return sizeof(ArrayHeader) + size_t(static_cast<const ArrayHeader*>(payload)->length) * kItemSize;
}

void trace_node_items(const void* payload, weft::gc::Tracer& t) {
  auto* array = static_cast<const ArrayHeader*>(payload);
  auto* items = reinterpret_cast<const Field<Node>*>(array + 1);
  for (int64_t i = 0; i < array->length; ++i) t(items[i]);
}

weft::gc::TypeId array_type(const char* name, size_t (*size_of)(const void*),
                            void (*trace)(const void*, weft::gc::Tracer&) = nullptr) {
  return weft::gc::register_type({name, sizeof(ArrayHeader), size_of, trace, nullptr});
}

constexpr uint32_t kBigSize = 64 << 20;

void add_descrs(DescrTable& table) {
  auto* value = table.add<FieldDescr>("Node.value", uint32_t(offsetof(Node, value)), 8, Type::Int);
  auto* next = table.add<FieldDescr>("Node.next", uint32_t(offsetof(Node, next)), 8, Type::Ref);
  auto* weight =
      table.add<FieldDescr>("Node.weight", uint32_t(offsetof(Node, weight)), 8, Type::Float);
  auto* small = table.add<FieldDescr>("Node.small", uint32_t(offsetof(Node, small)), 4, Type::Int);
  auto* neighbour =
      table.add<FieldDescr>("Node.neighbour", uint32_t(offsetof(Node, neighbour)), 4, Type::Int);
  table.add<SizeDescr>("Node", weft::gc::type_id_of<Node>(), uint32_t(sizeof(Node)))->fields = {
      value, next, weight, small, neighbour};
  // Node's type with a size too small for Node.weight: a malformed snapshot.
  table.add<SizeDescr>("Tiny", weft::gc::type_id_of<Node>(), 8);
  table.add<FieldDescr>("Finalized.value", uint32_t(offsetof(Finalized, value)), 8, Type::Int);
  table.add<SizeDescr>("Finalized", weft::gc::type_id_of<Finalized>(), uint32_t(sizeof(Finalized)));
  static const weft::gc::TypeId big_type =
      weft::gc::register_type({"test.resume.Big", kBigSize, nullptr, nullptr, nullptr});
  table.add<SizeDescr>("Big", big_type, kBigSize);
  static const weft::gc::TypeId int_array = array_type("test.resume.IntArray", array_size<8>);
  static const weft::gc::TypeId int32_array = array_type("test.resume.Int32Array", array_size<4>);
  static const weft::gc::TypeId float_array = array_type("test.resume.FloatArray", array_size<8>);
  static const weft::gc::TypeId ref_array =
      array_type("test.resume.RefArray", array_size<8>, trace_node_items);
  table.add<ArrayDescr>("IntArray", int_array, 0, 8, 8, Type::Int);
  table.add<ArrayDescr>("Int32Array", int32_array, 0, 8, 4, Type::Int);
  table.add<ArrayDescr>("FloatArray", float_array, 0, 8, 8, Type::Float);
  table.add<ArrayDescr>("RefArray", ref_array, 0, 8, 8, Type::Ref);
}

HeapConfig config_with(size_t heap_limit = 0, uint32_t stress_interval = 0) {
  HeapConfig config = gc_test::test_config();
  if (heap_limit) config.heap_limit = heap_limit;
  if (stress_interval) config.stress_interval = stress_interval;
  return config;
}

struct Fixture {
  explicit Fixture(const HeapConfig& config = config_with()) : heap(config) { add_descrs(table); }
  Trace parse(const std::string& text) { return jit_test::parse_verified(text, table); }
  Heap heap;
  DescrTable table;
};

// Records the calls resume() makes.
struct RecordingBuilder final : FrameBuilder {
  void begin_frame(uint32_t jitcode, uint32_t pc, size_t num_values) override {
    calls.push_back("begin " + std::to_string(jitcode) + "@" + std::to_string(pc) + " " +
                    std::to_string(num_values));
  }
  void set_value(size_t index, Type type, uint64_t bits) override {
    calls.push_back("set " + std::to_string(index) + " " + type_letter(type) + " " +
                    std::to_string(int64_t(bits)));
  }
  std::vector<std::string> calls;
};

// Where the heap bump-allocates next. Once a first object has opened a hole, and without
// collections (no_stress()), the difference between two readings is what was allocated.
uintptr_t cursor(Heap& heap) { return *heap.jit_contract().alloc_cursor; }

HeapConfig no_stress() {
  HeapConfig config = config_with();
  config.stress_interval = 0;
  return config;
}

uint64_t bits(double d) { return std::bit_cast<uint64_t>(d); }
uint64_t word(const void* p) { return reinterpret_cast<uintptr_t>(p); }

InterpResult run_to_guard(const Trace& t, const std::vector<uint64_t>& inputs) {
  InterpResult r = interpret(t, inputs);
  INFO(r.error);
  REQUIRE(r.exit == InterpResult::Exit::GuardFailed);
  return r;
}

void resume_ok(const Trace& t, const std::vector<uint64_t>& inputs, ResumedFrames& out) {
  InterpResult r = run_to_guard(t, inputs);
  std::string error;
  ResumeStatus status = resume_frames(t, r, out, &error);
  INFO(error);
  REQUIRE(status == ResumeStatus::Ok);
}

// The object a resumed ref value points to.
template <class T = Node>
T* object(const std::pair<Type, uint64_t>& value) {
  REQUIRE(value.first == Type::Ref);
  return reinterpret_cast<T*>(value.second);
}

void check_heap(Heap& heap) {
  std::string error;
  bool ok = heap.verify(&error);
  INFO(error);
  CHECK(ok);
}

void check_same(const ResumedFrames& a, const ResumedFrames& b) {
  std::string difference;
  bool same = same_frames(a, b, &difference);
  INFO(difference);
  CHECK(same);
}

const Snapshot& failed_snapshot(const Trace& t, const InterpResult& r) {
  return t.snapshots[size_t(t.insts[r.inst].snapshot)];
}

}  // namespace

TEST_CASE("resume: frames outermost first with pcs, ints, floats, refs and constants") {
  Fixture f;
  Node* input = f.heap.make<Node>();
  Trace t = f.parse(
      "[i0, f1, p2]\n"
      "i3 = int_add(i0, 1)\n"
      "i4 = int_lt(i3, 0)\n"
      "guard_true(i4) [3@5: i3, -7, f1, 2.5; 4@9: p2, null, ref(0x1000), i0]\n"
      "finish()\n");
  InterpResult r = run_to_guard(t, {41, bits(-0.5), word(input)});

  ResumedFrames frames;
  REQUIRE(resume_frames(t, r, frames) == ResumeStatus::Ok);
  std::vector<ResumedFrame> expected = {
      {3,
       5,
       {{Type::Int, 42},
        {Type::Int, uint64_t(-7)},
        {Type::Float, bits(-0.5)},
        {Type::Float, bits(2.5)}}},
      {4, 9, {{Type::Ref, word(input)}, {Type::Ref, 0}, {Type::Ref, 0x1000}, {Type::Int, 41}}}};
  CHECK(frames.frames() == expected);
  char address[24];
  std::snprintf(address, sizeof address, "%" PRIx64, word(input));
  CHECK(frames.to_string() ==
        "3@5: i42, i-7, f-0.5, f2.5; 4@9: p0x" + std::string(address) + ", pnull, p0x1000, i41");

  SECTION("the builder sees each frame, then its values in order") {
    RecordingBuilder builder;
    REQUIRE(resume(
                t, failed_snapshot(t, r), [&](Value v) { return r.values[v.index()]; }, builder) ==
            ResumeStatus::Ok);
    std::vector<std::string> calls = {"begin 3@5 4",
                                      "set 0 i 42",
                                      "set 1 i -7",
                                      "set 2 f " + std::to_string(int64_t(bits(-0.5))),
                                      "set 3 f " + std::to_string(int64_t(bits(2.5))),
                                      "begin 4@9 4",
                                      "set 0 p " + std::to_string(int64_t(word(input))),
                                      "set 1 p 0",
                                      "set 2 p 4096",
                                      "set 3 i 41"};
    CHECK(builder.calls == calls);
  }

  SECTION("saved values are asked for instructions only, e.g. from an exit's own buffer") {
    // Like compiled code: the exit saved each instruction the snapshot uses, in its own order.
    std::vector<Value> saved_order = {Value::inst(3), Value::inst(1), Value::inst(2),
                                      Value::inst(0)};
    uint64_t io[] = {42, bits(-0.5), word(input), 41};
    std::vector<Value> asked;
    ResumedFrames from_io;
    REQUIRE(resume_frames(
                t, failed_snapshot(t, r),
                [&](Value v) {
                  asked.push_back(v);
                  for (size_t k = 0; k < saved_order.size(); ++k)
                    if (saved_order[k] == v) return io[k];
                  return uint64_t{0xbad};
                },
                from_io) == ResumeStatus::Ok);
    CHECK(from_io.frames() == expected);
    CHECK(asked.size() == 4);
    for (Value v : asked) CHECK(v.is_inst());
  }
}

TEST_CASE("resume: a virtual object is materialized with its fields through their descriptors") {
  Fixture f(no_stress());
  Node* input = f.heap.make<Node>();
  Trace t = f.parse(
      "[i0, f1, p2]\n"
      "i3 = int_mul(i0, 3)\n"
      "guard_false(i0) [1@2: v0, i3 / v0 = Node(Node.value=i3, Node.weight=f1, Node.next=p2, "
      "Node.neighbour=7, Node.small=-2)]\n"
      "finish()\n");
  uintptr_t before = cursor(f.heap);
  ResumedFrames frames;
  resume_ok(t, {5, bits(-0.5), word(input)}, frames);
  CHECK(cursor(f.heap) - before == weft::gc::total_size(sizeof(Node)));

  const auto& values = frames.frames().at(0).values;
  Node* node = object(values.at(0));
  REQUIRE(node != nullptr);
  CHECK(f.heap.find_object(node) == node);
  CHECK(weft::gc::header_type(weft::gc::header_of(node)) == weft::gc::type_id_of<Node>());
  CHECK(node->value == 15);
  CHECK(node->weight == -0.5);
  CHECK(node->next.get() == input);
  CHECK(node->small == -2);
  CHECK(node->neighbour == 7);  // stored first; the 4-byte store of -2 must not spill into it
  CHECK(values.at(1) == std::pair{Type::Int, uint64_t{15}});
  check_heap(f.heap);
}

TEST_CASE("resume: pending raw stores are done after materializing, with the same objects") {
  Fixture f(no_stress());
  f.table.add<FieldDescr>("raw.ref", 8, 8, Type::Ref);
  f.table.add<FieldDescr>("raw.int", 0, 4, Type::Int);
  // What the optimizer leaves when a virtual object stored to raw memory (an interpreter's
  // frame) stays pending across a guard: resume stores the object it materializes for the
  // frame (one object), and an int through a 4-byte field (the bytes beside it untouched).
  uint64_t cells[3] = {~uint64_t{0}, 0, ~uint64_t{0}};
  std::string text =
      "[i0, i1]\n"
      "guard_false(i1) [1@2: v0 / v0 = Node(Node.value=i1) ! raw.ref(i0)=v0, raw.int(i0)=i1]\n"
      "finish()\n";
  Trace t = f.parse(text);
  CHECK(print_trace(t) == text);
  ResumedFrames frames;
  resume_ok(t, {word(cells), 9}, frames);
  Node* node = object(frames.frames().at(0).values.at(0));
  CHECK(node->value == 9);
  CHECK(cells[1] == word(node));
  CHECK(cells[0] == 0xffffffff00000009u);
  CHECK(cells[2] == ~uint64_t{0});
  check_heap(f.heap);
}

TEST_CASE("resume: nested virtuals, and one referenced many times is one object") {
  Fixture f(no_stress());
  Trace t = f.parse(
      "[i0]\n"
      "guard_false(i0) [1@2: v0, v1; 2@3: v1 / v0 = Node(Node.value=1, Node.next=v1), "
      "v1 = Node(Node.value=2)]\n"
      "finish()\n");
  f.heap.make<Node>();  // opens the hole the cursor runs through
  uintptr_t before = cursor(f.heap);
  ResumedFrames frames;
  resume_ok(t, {1}, frames);
  CHECK(cursor(f.heap) - before == 2 * weft::gc::total_size(sizeof(Node)));

  Node* outer = object(frames.frames().at(0).values.at(0));
  Node* inner = object(frames.frames().at(0).values.at(1));
  CHECK(outer->value == 1);
  CHECK(inner->value == 2);
  CHECK(outer->next.get() == inner);
  CHECK(object(frames.frames().at(1).values.at(0)) == inner);
  CHECK(inner->next.get() == nullptr);  // fields the snapshot does not list are zero
  CHECK(inner->weight == 0);
}

TEST_CASE("resume: cyclic virtuals") {
  Fixture f;
  Trace t = f.parse(
      "[i0]\n"
      "guard_false(i0) [1@2: v1, v2 / v0 = Node(Node.value=10, Node.next=v1), "
      "v1 = Node(Node.value=11, Node.next=v0), v2 = Node(Node.next=v2, Node.value=12)]\n"
      "finish()\n");
  ResumedFrames frames;
  resume_ok(t, {1}, frames);
  Node* b = object(frames.frames().at(0).values.at(0));
  Node* self = object(frames.frames().at(0).values.at(1));
  REQUIRE(b->next.get() != nullptr);
  CHECK(b->value == 11);
  CHECK(b->next->value == 10);
  CHECK(b->next->next.get() == b);
  CHECK(self->value == 12);
  CHECK(self->next.get() == self);
}

TEST_CASE("resume: virtual arrays of ints, 4-byte ints, floats and refs") {
  Fixture f;
  Node* input = f.heap.make<Node>();
  Trace t = f.parse(
      "[i0, p1]\n"
      "guard_false(i0) [1@2: v0, v1, v2, v3, v4 / v0 = IntArray[i0, 5, -3], "
      "v1 = RefArray[v5, null, p1], v2 = Int32Array[-1, 2], v3 = FloatArray[2.5], "
      "v4 = IntArray[], v5 = Node(Node.value=i0)]\n"
      "finish()\n");
  ResumedFrames frames;
  resume_ok(t, {9, word(input)}, frames);
  const auto& values = frames.frames().at(0).values;
  auto item = [](ArrayHeader* a, size_t offset, auto sample) {
    std::memcpy(&sample, a->items() + offset, sizeof sample);
    return sample;
  };

  auto* ints = object<ArrayHeader>(values.at(0));
  CHECK(ints->length == 3);
  CHECK(item(ints, 0, int64_t{}) == 9);
  CHECK(item(ints, 8, int64_t{}) == 5);
  CHECK(item(ints, 16, int64_t{}) == -3);

  auto* refs = object<ArrayHeader>(values.at(1));
  CHECK(refs->length == 3);
  Node* first = item(refs, 0, static_cast<Node*>(nullptr));
  REQUIRE(first != nullptr);
  CHECK(first->value == 9);
  CHECK(item(refs, 8, static_cast<Node*>(nullptr)) == nullptr);
  CHECK(item(refs, 16, static_cast<Node*>(nullptr)) == input);

  auto* int32s = object<ArrayHeader>(values.at(2));
  CHECK(int32s->length == 2);
  CHECK(item(int32s, 0, int32_t{}) == -1);
  CHECK(item(int32s, 4, int32_t{}) == 2);
  CHECK(f.heap.object_size(int32s) == weft::gc::total_size(8 + 2 * 4));

  auto* floats = object<ArrayHeader>(values.at(3));
  CHECK(floats->length == 1);
  CHECK(item(floats, 0, double{}) == 2.5);

  auto* empty = object<ArrayHeader>(values.at(4));
  CHECK(empty->length == 0);
  CHECK(empty != ints);

  check_heap(f.heap);
}

TEST_CASE("resume: out of memory while materializing fails cleanly") {
  Fixture f(config_with(/*heap_limit=*/size_t{32} << 20));
  Trace t = f.parse(
      "[i0]\n"
      "guard_false(i0) [1@2: i0, v0, v1 / v0 = Node(Node.value=1), v1 = Big()]\n"
      "finish()\n");
  InterpResult r = run_to_guard(t, {1});
  RecordingBuilder builder;
  std::string error;
  CHECK(resume(
            t, failed_snapshot(t, r), [&](Value v) { return r.values[v.index()]; }, builder,
            &error) == ResumeStatus::OutOfMemory);
  CHECK(builder.calls.empty());
  CHECK(error == "out of memory materializing v1 (Big)");

  ResumedFrames frames;
  CHECK(resume_frames(t, r, frames) == ResumeStatus::OutOfMemory);
  CHECK(frames.frames().empty());

  // The heap is intact and usable afterwards.
  check_heap(f.heap);
  CHECK(f.heap.make<Node>() != nullptr);
}

TEST_CASE("resume: snapshots without virtual objects need no heap; with them, one is required") {
  REQUIRE(Heap::current() == nullptr);
  DescrTable table;
  add_descrs(table);
  Trace t = jit_test::parse_verified(
      "[i0]\n"
      "guard_false(i0) [1@2: i0, v0 / v0 = Node(Node.value=1)]\n"
      "guard_true(i0) [1@3: i0]\n"
      "finish()\n",
      table);
  auto saved = [](Value) { return uint64_t{0}; };
  RecordingBuilder builder;
  std::string error;
  CHECK(resume(t, t.snapshots[0], saved, builder, &error) == ResumeStatus::Invalid);
  CHECK(error == "no current heap to materialize objects on");
  CHECK(builder.calls.empty());
  CHECK(resume(t, t.snapshots[1], saved, builder) == ResumeStatus::Ok);
  CHECK(builder.calls == std::vector<std::string>{"begin 1@3 1", "set 0 i 0"});
}

TEST_CASE("resume: malformed snapshots are rejected before anything is written") {
  Fixture f(no_stress());
  Trace t = f.parse(
      "[i0]\n"
      "guard_false(i0) [1@2: v0 / v0 = Tiny(Node.value=1, Node.weight=2.5)]\n"
      "finish()\n");
  auto saved = [](Value) { return uint64_t{1}; };
  RecordingBuilder builder;
  std::string error;
  uintptr_t before = cursor(f.heap);
  CHECK(resume(t, t.snapshots[0], saved, builder, &error) == ResumeStatus::Invalid);
  CHECK(error == "v0 (Tiny) has a field outside the object");
  CHECK(cursor(f.heap) == before);

  Snapshot dangling;
  dangling.frames.push_back(ResumeFrame{1, 2, {Value::virtual_object(1)}});
  dangling.virtuals.push_back(VirtualObject{f.table.find("Node"), {}});
  CHECK(resume(t, dangling, saved, builder, &error) == ResumeStatus::Invalid);
  CHECK(error == "a frame refers to an invalid value");

  CHECK(resume(t, Snapshot{}, saved, builder, &error) == ResumeStatus::Invalid);
  CHECK(builder.calls.empty());

  ResumedFrames frames;
  InterpResult finished = interpret(f.parse("[i0]\nfinish(i0)\n"), std::vector<uint64_t>{1});
  CHECK(resume_frames(t, finished, frames, &error) == ResumeStatus::Invalid);
  CHECK(error == "not a guard failure of this trace");
}

namespace {

// Out of line, so that nothing in the test's frame refers to the object afterwards.
__attribute__((noinline)) void resume_finalized(const Trace& t) {
  ResumedFrames frames;
  resume_ok(t, {3}, frames);
  CHECK(object<Finalized>(frames.frames().at(0).values.at(0))->value == 3);
}

}  // namespace

TEST_CASE("resume: a materialized object of a type with a finalizer is finalized when it dies") {
  Fixture f;
  Finalized::finalized = 0;
  Trace t = f.parse(
      "[i0]\n"
      "guard_false(i0) [1@2: v0 / v0 = Finalized(Finalized.value=i0)]\n"
      "finish()\n");
  resume_finalized(t);
  gc_test::collect_clean(f.heap);
  CHECK(Finalized::finalized == 1);
}

namespace {

// A chain of `length` virtual Nodes (v0 -> v1 -> ...), a RefArray v<length> holding the first,
// the last, the trace's own allocation p1 and an IntArray v<length+1>.
std::string stress_trace(int length) {
  std::string virtuals;
  for (int k = 0; k < length; ++k) {
    virtuals += "v" + std::to_string(k) + " = Node(Node.value=" + std::to_string(100 + k);
    if (k + 1 < length) virtuals += ", Node.next=v" + std::to_string(k + 1);
    virtuals += "), ";
  }
  std::string array = "v" + std::to_string(length);
  std::string ints = "v" + std::to_string(length + 1);
  virtuals += array + " = RefArray[v0, v" + std::to_string(length - 1) + ", p1, " + ints + "], ";
  virtuals += ints + " = IntArray[7, 8, 9]";
  return "[i0]\n"
         "p1 = new_object(descr=Node)\n"
         "setfield_gc(p1, 42, descr=Node.value)\n"
         "guard_false(i0) [1@2: p1, v0, " +
         array + " / " + virtuals +
         "]\n"
         "finish()\n";
}

// Interprets and resumes in a frame of its own, with the stack wiped in between, so that the
// trace's allocation p1 is referenced only by the interpreter's result (not scanned by the
// collector) when resume() starts allocating.
__attribute__((noinline)) void interpret_then_resume(const Trace& t, ResumedFrames& out,
                                                     std::string& error, ResumeStatus& status) {
  InterpResult r = interpret(t, std::vector<uint64_t>{1});
  if (r.exit != InterpResult::Exit::GuardFailed) {
    error = "no guard failure: " + r.error;
    status = ResumeStatus::Invalid;
    return;
  }
  gc_test::clobber_stack();
  status = resume_frames(t, r, out, &error);
}

// Checks what stress_trace() built; out of line so that no pointer it reads stays in the test's
// frame.
__attribute__((noinline)) void check_stress_objects(Heap& heap, const ResumedFrames& frames,
                                                    int length) {
  const auto& values = frames.frames().at(0).values;
  Node* p1 = object(values.at(0));
  CHECK(heap.find_object(p1) == p1);
  CHECK(p1->value == 42);
  Node* node = object(values.at(1));
  for (int k = 0; k < length; ++k) {
    REQUIRE(node != nullptr);
    REQUIRE(heap.find_object(node) == node);
    CHECK(node->value == 100 + k);
    if (k + 1 == length) CHECK(node->next.get() == nullptr);
    node = node->next.get();
  }
  auto* array = object<ArrayHeader>(values.at(2));
  REQUIRE(heap.find_object(array) == array);
  REQUIRE(array->length == 4);
  auto* items = reinterpret_cast<Field<Node>*>(array->items());
  CHECK(items[0].get() == object(values.at(1)));
  CHECK(items[1]->value == 100 + length - 1);
  CHECK(items[2].get() == p1);
  auto* ints = reinterpret_cast<ArrayHeader*>(items[3].get());
  REQUIRE(heap.find_object(ints) == ints);
  CHECK(ints->length == 3);
  int64_t last;
  std::memcpy(&last, ints->items() + 16, 8);
  CHECK(last == 9);
}

__attribute__((noinline)) void allocate_garbage(Heap& heap, int count) {
  for (int i = 0; i < count; ++i) heap.make<Node>()->value = -1;
}

}  // namespace

TEST_CASE("resume: materializing under GC stress keeps saved values and new objects alive") {
  // Every allocation collects: one between any two materializations, and one right at the
  // first, when the trace's own object p1 is referenced only by the saved values.
  Fixture f(config_with(0, /*stress_interval=*/1));
  const int length = 40;
  Trace t = f.parse(stress_trace(length));
  ResumedFrames frames;
  std::string error;
  ResumeStatus status = ResumeStatus::Invalid;
  interpret_then_resume(t, frames, error, status);
  INFO(error);
  REQUIRE(status == ResumeStatus::Ok);
  gc_test::clobber_stack();
  check_heap(f.heap);  // also: old objects point to young ones only through dirty cards
  check_stress_objects(f.heap, frames, length);

  // ResumedFrames keeps its objects alive through later allocation (and collections).
  gc_test::clobber_stack();
  allocate_garbage(f.heap, 200);
  gc_test::collect_clean(f.heap);
  check_heap(f.heap);
  check_stress_objects(f.heap, frames, length);
}

TEST_CASE("same_frames: an allocation removed by the optimizer resumes to the same state") {
  // No collection: the traced version allocates twice inside interpret(), whose registers the
  // collector does not see (under WEFT_GC_STRESS=1 its second object reuses the first's memory).
  Fixture f(no_stress());
  // As traced: the trace allocates and initializes two nodes.
  Trace traced = f.parse(
      "[i0, f1]\n"
      "p2 = new_object(descr=Node)\n"
      "setfield_gc(p2, i0, descr=Node.value)\n"
      "setfield_gc(p2, f1, descr=Node.weight)\n"
      "p3 = new_object(descr=Node)\n"
      "setfield_gc(p3, p2, descr=Node.next)\n"
      "guard_false(i0) [1@2: p3, p2, i0]\n"
      "finish()\n");
  // As optimized: both allocations are virtual.
  auto optimized = [&](const std::string& frame, const std::string& virtuals) {
    return f.parse("[i0, f1]\nguard_false(i0) [1@2: " + frame + " / " + virtuals + "]\nfinish()\n");
  };
  std::vector<uint64_t> inputs = {4, bits(1.5)};
  ResumedFrames a;
  resume_ok(traced, inputs, a);
  std::string difference;

  const std::string removed = "v0 = Node(Node.next=v1), v1 = Node(Node.value=i0, Node.weight=f1)";
  ResumedFrames b;
  resume_ok(optimized("v0, v1, i0", removed), inputs, b);
  check_same(a, b);
  check_same(b, a);
  check_same(a, a);
  CHECK(object(a.frames()[0].values[0]) != object(b.frames()[0].values[0]));

  SECTION("a field differs") {
    resume_ok(
        optimized("v0, v1, i0", "v0 = Node(Node.next=v1), v1 = Node(Node.value=5, Node.weight=f1)"),
        inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0 value 1: objects of type test.resume.Node differ at byte +0");
  }
  SECTION("two equal objects where there was one") {
    resume_ok(optimized("v0, v2, i0", removed + ", v2 = Node(Node.value=i0, Node.weight=f1)"),
              inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0 value 0.+8: one object on one side, two on the other");
  }
  SECTION("null against an object") {
    resume_ok(optimized("v0, v1, i0",
                        "v0 = Node(Node.next=null), v1 = Node(Node.value=i0, Node.weight=f1)"),
              inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0 value 0.+8: null and non-null");
  }
  SECTION("another type") {
    resume_ok(optimized("v0, v1, i0", "v0 = Node(Node.next=v1), v1 = IntArray[i0]"), inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0 value 1: types test.resume.Node and test.resume.IntArray");
  }
  SECTION("an int, a type, a pc, a frame count") {
    resume_ok(optimized("v0, v1, 3", removed), inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0 value 2: 0x4 and 0x3");
    resume_ok(optimized("v0, v1, f1", removed), inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0 value 2: types i and f");
    resume_ok(f.parse("[i0, f1]\nguard_false(i0) [1@3: null, null, i0]\nfinish()\n"), inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frame 0: 1@2 and 1@3");
    resume_ok(f.parse("[i0, f1]\nguard_false(i0) [1@2: null, null, i0; 1@2: i0]\nfinish()\n"),
              inputs, b);
    CHECK_FALSE(same_frames(a, b, &difference));
    CHECK(difference == "frames: 1 and 2");
  }
}

TEST_CASE("same_frames: cycles are compared by their shape") {
  Fixture f;
  auto resumed = [&](const std::string& virtuals, ResumedFrames& out) {
    resume_ok(f.parse("[i0]\nguard_false(i0) [1@2: v0 / " + virtuals + "]\nfinish()\n"), {1}, out);
  };
  ResumedFrames ring, same_ring, chain;
  resumed("v0 = Node(Node.value=1, Node.next=v1), v1 = Node(Node.value=1, Node.next=v0)", ring);
  resumed("v0 = Node(Node.value=1, Node.next=v1), v1 = Node(Node.value=1, Node.next=v0)",
          same_ring);
  // Starts like the ring, but its third node is a new one equal to the first.
  resumed(
      "v0 = Node(Node.value=1, Node.next=v1), v1 = Node(Node.value=1, Node.next=v2), "
      "v2 = Node(Node.value=1, Node.next=v1)",
      chain);
  check_same(ring, same_ring);
  std::string difference;
  CHECK_FALSE(same_frames(ring, chain, &difference));
  CHECK(difference == "frame 0 value 0.+8.+8: one object on one side, two on the other");
}
