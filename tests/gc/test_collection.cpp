#include <catch2/catch.hpp>

#include "gc_test_util.h"

using namespace gc_test;

namespace {

// Allocates a node only a weak reference points to.
__attribute__((noinline)) WeakRef* make_garbage(Heap& heap, uint64_t id) {
  Node* n = heap.make<Node>();
  n->id = id;
  return heap.make_weak_ref(n);
}

__attribute__((noinline)) void churn(Heap& heap, int objects) {
  for (int i = 0; i < objects; ++i) heap.make_with_tail<Node>(size_t(i % 300));
}

}  // namespace

TEST_CASE("objects reachable from the stack and through fields survive collections") {
  Heap heap(test_config());
  Node* chain = make_chain(heap, 10000, 1);
  churn(heap, 200000);  // several minor and major collections
  heap.collect(CollectionKind::Major);
  churn(heap, 200000);
  CHECK(chain_length(chain, 1) == 10000);
  CHECK(heap.stats().minor_collections + heap.stats().major_collections > 2);
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}

TEST_CASE("unreachable objects are reclaimed, and their memory is reused") {
  Heap heap(test_config());
  WeakRef* weak = make_garbage(heap, 7);
  REQUIRE(is_alive(weak));
  collect_clean(heap);
  CHECK(!is_alive(weak));

  // 400 MiB of garbage through a heap that stays small.
  for (int round = 0; round < 40; ++round) churn(heap, 40000);
  CHECK(heap.stats().bytes_allocated > size_t{200} << 20);
  CHECK(heap.stats().peak_heap_committed < size_t{64} << 20);
}

TEST_CASE("an interior pointer on the stack keeps its object alive") {
  Heap heap(test_config());
  Node* n = heap.make_with_tail<Node>(64);
  n->id = 42;
  n->tail_bytes = 64;
  uint8_t* volatile inner = n->tail() + 33;  // the only reference left below
  uintptr_t hidden = disguise(n);
  n = nullptr;
  collect_clean(heap);
  churn(heap, 100000);
  collect_clean(heap);
  auto* again = static_cast<Node*>(heap.find_object(inner));
  REQUIRE(again == undisguise(hidden));
  CHECK(again->id == 42);
}

TEST_CASE("explicit roots keep objects alive until removed") {
  Heap heap(test_config());
  // The root lives in malloc'd memory, which the collector does not scan: only the root
  // registration keeps the object alive.
  auto* root = new Root<Node>();
  WeakRef* weak = [&]() __attribute__((noinline)) {
    *root = heap.make<Node>();
    (*root)->id = 5;
    return heap.make_weak_ref(root->get());
  }
  ();
  collect_clean(heap);
  REQUIRE(is_alive(weak));
  // Read through a helper: a pointer loaded here could linger in a callee-saved register.
  CHECK([&]() __attribute__((noinline)) { return (*root)->id; }() == 5);
  delete root;
  collect_clean(heap);
  CHECK(!is_alive(weak));
}

TEST_CASE("a root range keeps alive what lies below its moving top") {
  Heap heap(test_config());
  // An interpreter's value stack in malloc'd memory: slots 0 and 1 in use, slot 2 above the top.
  auto** stack = new void*[4]();
  void** top = stack;
  add_root_range(stack, const_cast<void* const* const*>(&top));
  WeakRef* weak[3];
  [&]() __attribute__((noinline)) {
    for (int k = 0; k < 3; ++k) {
      Node* n = heap.make<Node>();
      n->id = uint64_t(k);
      stack[k] = n;
      weak[k] = heap.make_weak_ref(n);
    }
  }
  ();
  top = stack + 2;
  collect_clean(heap);
  CHECK(is_alive(weak[0]));
  CHECK(is_alive(weak[1]));
  CHECK(!is_alive(weak[2]));  // above the top: not a root
  top = stack;                // popped
  collect_clean(heap);
  CHECK(!is_alive(weak[0]));
  remove_root_range(stack);
  delete[] stack;
}

TEST_CASE("a long chain is marked without recursion") {
  Heap heap(test_config());
  Node* chain = make_chain(heap, 1000000, 100);
  heap.collect(CollectionKind::Major);
  CHECK(chain_length(chain, 100) == 1000000);
}

TEST_CASE("generational: survivors become old; minor collections keep old garbage") {
  HeapConfig config = test_config();
  config.generational = true;
  Heap heap(config);
  Node* young = heap.make<Node>();
  CHECK_FALSE(heap.is_old(young));
  heap.collect(CollectionKind::Minor);
  CHECK(heap.is_old(young));

  WeakRef* weak = [&]() __attribute__((noinline)) {
    Node* n = heap.make<Node>();
    WeakRef* w = heap.make_weak_ref(n);
    heap.collect(CollectionKind::Minor);  // n survives (on the stack), becomes old
    __asm__ volatile("" : : "r"(n));      // n is live until here
    return w;
  }
  ();
  REQUIRE(is_alive(weak));
  collect_clean(heap, CollectionKind::Minor);
  CHECK(is_alive(weak));  // old objects are only reclaimed by a major collection
  collect_clean(heap, CollectionKind::Major);
  CHECK(!is_alive(weak));
}

TEST_CASE("the write barrier keeps young objects stored into old ones alive") {
  HeapConfig config = test_config();
  config.generational = true;
  Heap heap(config);
  Root<Node> old_node = heap.make<Node>();
  heap.collect(CollectionKind::Minor);
  REQUIRE(heap.is_old(old_node.get()));

  [&]() __attribute__((noinline)) {
    Node* young = heap.make<Node>();
    young->id = 99;
    old_node->left = young;  // Field<T> assignment: barrier
  }
  ();
  collect_clean(heap, CollectionKind::Minor);
  churn(heap, 50000);
  REQUIRE(old_node->left.get() != nullptr);
  CHECK(old_node->left->id == 99);
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}

TEST_CASE("verify() reports a store that bypassed the write barrier") {
  HeapConfig config = test_config();
  config.generational = true;
  Heap heap(config);
  Root<Node> old_node = heap.make<Node>();
  heap.collect(CollectionKind::Minor);
  Node* young = heap.make<Node>();
  Node* raw = young;
  std::memcpy(static_cast<void*>(&old_node->right), &raw, sizeof raw);  // no barrier
  std::string error;
  CHECK_FALSE(heap.verify(&error));
  CHECK(error.find("missing write barrier") != std::string::npos);
  write_barrier(&old_node->right);
  CHECK(heap.verify(&error));
}

namespace {
// A RefArray that can trace a range of its slots, and counts the slots each kind of trace visits.
struct RangeArray {
  static constexpr const char* gc_name = "test.RangeArray";
  static inline size_t whole_traces = 0;
  static inline size_t range_slots = 0;
  uint64_t count = 0;
  Field<Node>* slots() { return reinterpret_cast<Field<Node>*>(this + 1); }
  const Field<Node>* slots() const { return reinterpret_cast<const Field<Node>*>(this + 1); }
  void gc_trace(Tracer& t) const {
    ++whole_traces;
    for (uint64_t i = 0; i < count; ++i) t(slots()[i]);
  }
  void gc_trace_range(Tracer& t, uintptr_t from, uintptr_t to) const {
    uintptr_t base = reinterpret_cast<uintptr_t>(slots());
    uint64_t begin = from > base ? (from - base) / sizeof(Field<Node>) : 0;
    uint64_t end = to > base ? (to - base + sizeof(Field<Node>) - 1) / sizeof(Field<Node>) : 0;
    if (end > count) end = count;
    for (uint64_t i = begin; i < end; ++i, ++range_slots) t(slots()[i]);
  }
  size_t gc_size() const { return sizeof(RangeArray) + count * sizeof(Field<Node>); }
};
}  // namespace

TEST_CASE(
    "a minor collection traces only the dirty cards of a large old object with a range trace") {
  HeapConfig config = test_config();
  config.generational = true;
  Heap heap(config);
  constexpr uint64_t kSlots = 100000;  // 800 KB: the large-object space
  Root<RangeArray> array = heap.make_with_tail<RangeArray>(kSlots * sizeof(Field<Node>));
  REQUIRE(array.get() != nullptr);
  array->count = kSlots;
  heap.collect(CollectionKind::Minor);
  REQUIRE(heap.is_old(array.get()));

  [&]() __attribute__((noinline)) {
    for (uint64_t i : {uint64_t{10}, uint64_t{11}, uint64_t{90000}}) {
      Node* young = heap.make<Node>();
      young->id = i;
      array->slots()[i] = young;  // Field<T> assignment: barrier
    }
  }
  ();
  RangeArray::whole_traces = 0;
  RangeArray::range_slots = 0;
  collect_clean(heap, CollectionKind::Minor);
  CHECK(RangeArray::whole_traces == 0);
  CHECK(RangeArray::range_slots > 0);
  CHECK(RangeArray::range_slots <= 4 * kCardSize / sizeof(Field<Node>));  // two cards, or runs
  churn(heap, 50000);
  for (uint64_t i : {uint64_t{10}, uint64_t{11}, uint64_t{90000}}) {
    REQUIRE(array->slots()[i].get() != nullptr);
    CHECK(array->slots()[i]->id == i);
  }
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}

// weft-php copies a grown array's elements into its new storage with one memcpy, without the
// barrier: storage allocated since the last collection is young, and a minor collection that
// reaches it traces it whole, not by its (clean) cards. Later barrier stores into it, once old,
// go through the dirty-card runs.
TEST_CASE("a large object filled by a raw copy while young keeps what it points to") {
  HeapConfig config = test_config();
  config.generational = true;
  Heap heap(config);
  constexpr uint64_t kSlots = 20000;  // 160 KB: the large-object space
  Root<RangeArray> array;
  [&]() __attribute__((noinline)) {
    // The old storage: filled through the barrier, then dropped.
    Root<RangeArray> old = heap.make_with_tail<RangeArray>(kSlots * sizeof(Field<Node>));
    REQUIRE(old.get() != nullptr);
    for (uint64_t i = 0; i < kSlots; ++i) {
      Node* young = heap.make<Node>();
      young->id = i;
      old->slots()[i] = young;
      old->count = i + 1;
    }
    // The new storage; nothing allocates between it and the copy, and no barrier runs.
    array = heap.make_with_tail<RangeArray>(kSlots * sizeof(Field<Node>));
    REQUIRE(array.get() != nullptr);
    REQUIRE(!heap.is_old(array.get()));
    std::memcpy(static_cast<void*>(array->slots()), old->slots(), kSlots * sizeof(Field<Node>));
    array->count = kSlots;
  }
  ();
  RangeArray::whole_traces = 0;
  collect_clean(heap, CollectionKind::Minor);
  CHECK(RangeArray::whole_traces == 1);
  REQUIRE(heap.is_old(array.get()));
  [&]() __attribute__((noinline)) {
    for (uint64_t i = 5; i < kSlots; i += 997) {
      Node* young = heap.make<Node>();
      young->id = kSlots + i;
      array->slots()[i] = young;
    }
  }
  ();
  RangeArray::whole_traces = 0;
  collect_clean(heap, CollectionKind::Minor);
  CHECK(RangeArray::whole_traces == 0);
  churn(heap, 50000);
  for (uint64_t i = 0; i < kSlots; ++i) {
    REQUIRE(array->slots()[i].get() != nullptr);
    CHECK(array->slots()[i]->id == ((i >= 5 && (i - 5) % 997 == 0) ? kSlots + i : i));
  }
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}
