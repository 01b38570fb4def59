#include <catch2/catch.hpp>
#include <vector>

#include "gc_test_util.h"

using namespace gc_test;

namespace {

struct Finalizable {
  static constexpr const char* gc_name = "test.Finalizable";
  static inline std::vector<uint64_t> finalized;
  static inline Root<Finalizable>* resurrected = nullptr;
  uint64_t id = 0;
  Field<Node> child;
  void gc_trace(Tracer& t) const { t(child); }
  void gc_finalize() {
    finalized.push_back(id);
    // The child must still be intact when the finalizer runs.
    if (child) finalized.push_back(child->id);
    if (resurrected) *resurrected = this;
  }
};

__attribute__((noinline)) WeakRef* make_finalizable(Heap& heap, uint64_t id) {
  Finalizable* f = heap.make<Finalizable>();
  f->id = id;
  Node* child = heap.make<Node>();
  child->id = id + 1000;
  f->child = child;
  return heap.make_weak_ref(f);
}

}  // namespace

TEST_CASE("finalizers run once, after the collection, with what the object reaches intact") {
  Heap heap(test_config());
  Finalizable::finalized.clear();
  WeakRef* weak = make_finalizable(heap, 1);
  collect_clean(heap);
  CHECK(!is_alive(weak));  // weak references are cleared before finalization
  REQUIRE(Finalizable::finalized == std::vector<uint64_t>{1, 1001});
  collect_clean(heap);
  collect_clean(heap);
  CHECK(Finalizable::finalized.size() == 2);  // not again
  CHECK(heap.stats().objects_finalized == 1);
}

TEST_CASE("deferred finalizers wait for run_finalizers()") {
  HeapConfig config = test_config();
  config.deferred_finalizers = true;
  Heap heap(config);
  Finalizable::finalized.clear();
  make_finalizable(heap, 10);
  collect_clean(heap);
  CHECK(Finalizable::finalized.empty());
  CHECK(heap.has_pending_finalizers());
  collect_clean(heap);  // pending objects are roots: still intact
  CHECK(heap.run_finalizers() == 1);
  CHECK(Finalizable::finalized == std::vector<uint64_t>{10, 1010});
  CHECK_FALSE(heap.has_pending_finalizers());
}

TEST_CASE("a finalizer may resurrect its object; it is not finalized twice") {
  Heap heap(test_config());
  Finalizable::finalized.clear();
  Root<Finalizable> keeper;
  Finalizable::resurrected = &keeper;
  make_finalizable(heap, 20);
  collect_clean(heap);
  Finalizable::resurrected = nullptr;
  REQUIRE(keeper.get() != nullptr);
  for (int i = 0; i < 100000; ++i) heap.make<Node>();
  collect_clean(heap);
  CHECK(keeper->id == 20);
  CHECK(keeper->child->id == 1020);  // what it reaches survived too
  keeper = nullptr;
  collect_clean(heap);
  CHECK(Finalizable::finalized == std::vector<uint64_t>{20, 1020});
}

TEST_CASE("weak references to live objects are kept, to dead ones cleared") {
  Heap heap(test_config());
  Root<Node> live = heap.make<Node>();
  Root<WeakRef> to_live = heap.make_weak_ref(live.get());
  constexpr uint32_t kDead = 100;
  Root<RefArray<WeakRef>> to_dead = RefArray<WeakRef>::make(heap, kDead);
  [&]() __attribute__((noinline)) {
    for (uint32_t i = 0; i < kDead; ++i) to_dead->at(i) = heap.make_weak_ref(heap.make<Node>());
  }
  ();
  collect_clean(heap);
  CHECK(to_live->get() == live.get());
  uint32_t cleared = 0;
  for (uint32_t i = 0; i < kDead; ++i) cleared += to_dead->at(i)->get() == nullptr;
  CHECK(cleared == kDead);
  CHECK(heap.stats().weak_refs_cleared >= kDead);
}
