// Evacuation (HeapConfig::evacuate): what moves, what must not, and that every reference to a
// moved object follows it. Objects are built in non-inlined helpers and their old addresses
// kept disguised, so that no stale stack word pins them.
#include <catch2/catch.hpp>
#include <vector>

#include "gc_test_util.h"

using namespace gc_test;

namespace {

HeapConfig evacuating(Evacuation mode = Evacuation::Stress) {
  HeapConfig config = test_config();
  config.evacuate = mode;
  config.stress_interval = 0;  // the collections of these tests are the ones they ask for
  return config;
}

struct PinnedType {
  static constexpr const char* gc_name = "test.PinnedType";
  static constexpr bool gc_pinned = true;
  uint64_t id = 0;
};

struct Finalizable {
  static constexpr const char* gc_name = "test.MovedFinalizable";
  static inline std::vector<std::pair<uint64_t, uintptr_t>> finalized;  // id, disguised address
  uint64_t id = 0;
  Field<Node> child;
  void gc_trace(Tracer& t) const { t(child); }
  void gc_finalize() { finalized.push_back({id + (child ? child->id : 0), disguise(this)}); }
};

// Holds a pointer with its low bit set, as a tagged value slot does.
struct Tagged {
  static constexpr const char* gc_name = "test.Tagged";
  uintptr_t word = 0;
  void gc_trace(Tracer& t) const {
    if (word) t.visit(&word, reinterpret_cast<const void*>(word & ~uintptr_t{1}));
  }
};

// root->left = a chain of `n` nodes with ids first..first+n-1 through `left`; returns the
// disguised addresses of the chain's nodes.
__attribute__((noinline)) std::vector<uintptr_t> hang_chain(Heap& heap, Node* root, int n,
                                                            uint64_t first) {
  std::vector<uintptr_t> addresses;
  Node* head = nullptr;
  for (int i = n - 1; i >= 0; --i) {
    Node* node = heap.make<Node>();
    node->id = first + uint64_t(i);
    node->left = head;
    head = node;
    addresses.insert(addresses.begin(), disguise(node));
  }
  root->left = head;
  return addresses;
}

// How many nodes of the chain under root->left have the expected ids in order, and how many of
// them are no longer at their old address.
__attribute__((noinline)) std::pair<int, int> check_chain(Node* root, uint64_t first,
                                                          const std::vector<uintptr_t>& old) {
  int intact = 0, moved = 0;
  for (Node* n = root->left; n; n = n->left, ++intact) {
    if (n->id != first + uint64_t(intact) || size_t(intact) >= old.size()) return {-1, 0};
    if (disguise(n) != old[size_t(intact)]) ++moved;
  }
  return {intact, moved};
}

__attribute__((noinline)) uintptr_t hang_node(Heap& heap, Field<Node>& field, uint64_t id,
                                              bool pin) {
  Node* n = heap.make<Node>();
  n->id = id;
  if (pin) Heap::pin(n);
  field = n;
  return disguise(n);
}

__attribute__((noinline)) void churn(Heap& heap, int objects) {
  for (int i = 0; i < objects; ++i) heap.make_with_tail<Node>(size_t(i % 100));
}

}  // namespace

TEST_CASE("evacuation moves objects reached through fields and updates the fields") {
  Heap heap(evacuating());
  Root<Node> root = heap.make<Node>();
  std::vector<uintptr_t> old = hang_chain(heap, root, 500, 100);
  collect_clean(heap);  // the chain's nodes become old
  collect_clean(heap);  // and move
  auto [intact, moved] = check_chain(root, 100, old);
  CHECK(intact == 500);
  CHECK(moved > 0);
  CHECK(heap.stats().objects_evacuated >= uint64_t(moved));
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
  collect_clean(heap);  // a moved object moves again; its old copy is garbage
  CHECK(check_chain(root, 100, old).first == 500);
  CHECK(heap.verify(&error));
}

TEST_CASE("objects referenced from the stack, pinned ones and pinned types stay") {
  Heap heap(evacuating());
  Root<Node> root = heap.make<Node>();
  Node* on_stack = heap.make<Node>();
  on_stack->id = 7;
  root->left = on_stack;
  uintptr_t pinned = hang_node(heap, root->right, 8, true);
  auto* holder = RefArray<PinnedType>::make(heap, 1);
  Root<RefArray<PinnedType>> holder_root = holder;
  holder = nullptr;
  uintptr_t typed = [&]() __attribute__((noinline)) {
    PinnedType* p = heap.make<PinnedType>();
    p->id = 9;
    holder_root->at(0) = p;
    return disguise(p);
  }
  ();
  collect_clean(heap);
  collect_clean(heap);
  CHECK(root->left.get() == on_stack);
  __asm__ volatile("" : : "r"(on_stack) : "memory");  // live across the collections
  CHECK(disguise(root->right.get()) == pinned);
  CHECK(root->right->id == 8);
  CHECK(Heap::is_pinned(root->right.get()));
  CHECK(disguise(holder_root->at(0).get()) == typed);
  CHECK(holder_root->at(0)->id == 9);
  CHECK(heap.verify());
}

TEST_CASE("pin_containing pins the object around an interior address, at the next collection") {
  Heap heap(evacuating());
  Root<Node> root = heap.make<Node>();
  uintptr_t old = [&]() __attribute__((noinline)) {
    Node* n = heap.make_with_tail<Node>(64);
    n->tail_bytes = 64;
    n->id = 6;
    root->left = n;
    Heap::pin_containing(n->tail() + 10);  // young: no object-start bit yet
    Heap::pin_containing(&n);              // not in the heap: ignored
    return disguise(n);
  }
  ();
  collect_clean(heap);
  collect_clean(heap);
  CHECK(disguise(root->left.get()) == old);
  CHECK(root->left->id == 6);
  CHECK(Heap::is_pinned(root->left.get()));
}

TEST_CASE("an unpinned object does move (the pinning checks above can fail)") {
  Heap heap(evacuating());
  Root<Node> root = heap.make<Node>();
  uintptr_t old = hang_node(heap, root->right, 8, false);
  collect_clean(heap);
  collect_clean(heap);
  CHECK(disguise(root->right.get()) != old);
  CHECK(root->right->id == 8);
  CHECK(!Heap::is_pinned(root->right.get()));
}

TEST_CASE("a slot that does not hold the payload address exactly keeps its object in place") {
  Heap heap(evacuating());
  Root<Tagged> root = heap.make<Tagged>();
  uintptr_t old = [&]() __attribute__((noinline)) {
    Node* n = heap.make<Node>();
    n->id = 5;
    root->word = reinterpret_cast<uintptr_t>(n) | 1;
    return disguise(n);
  }
  ();
  collect_clean(heap);
  collect_clean(heap);
  Node* n = reinterpret_cast<Node*>(root->word & ~uintptr_t{1});
  CHECK(disguise(n) == old);
  CHECK(n->id == 5);
}

TEST_CASE("weak references follow moved targets, and moved weak references are still cleared") {
  Heap heap(evacuating());
  Root<RefArray<WeakRef>> weaks = RefArray<WeakRef>::make(heap, 2);
  Root<Node> root = heap.make<Node>();
  [&]() __attribute__((noinline)) {
    Node* kept = heap.make<Node>();
    kept->id = 1;
    root->left = kept;
    Node* dropped = heap.make<Node>();
    dropped->id = 2;
    weaks->at(0) = heap.make_weak_ref(kept);
    weaks->at(1) = heap.make_weak_ref(dropped);
  }
  ();
  uintptr_t old_weak = disguise(weaks->at(0).get());
  collect_clean(heap);
  collect_clean(heap);
  // Compared out of line: the addresses must not stay in this frame, which would pin them.
  auto follows = [&]() __attribute__((noinline)) {
    return disguise(weaks->at(0).get()) != old_weak &&  // the WeakRef itself moved
           weaks->at(0)->get() == root->left.get() &&
           static_cast<Node*>(weaks->at(0)->get())->id == 1;
  };
  CHECK(follows());
  CHECK(!is_alive(weaks->at(1).get()));
  root->left = nullptr;
  collect_clean(heap);
  CHECK(!is_alive(weaks->at(0).get()));  // its new address was registered
}

TEST_CASE("finalizable objects that moved are finalized once, at their new address") {
  Heap heap(evacuating());
  Finalizable::finalized.clear();
  Root<RefArray<Finalizable>> holder = RefArray<Finalizable>::make(heap, 1);
  uintptr_t old = [&]() __attribute__((noinline)) {
    Finalizable* f = heap.make<Finalizable>();
    f->id = 40;
    Node* child = heap.make<Node>();
    child->id = 2;
    f->child = child;
    holder->at(0) = f;
    return disguise(f);
  }
  ();
  collect_clean(heap);
  collect_clean(heap);
  uintptr_t now = disguise(holder->at(0).get());
  CHECK(now != old);
  CHECK(Finalizable::finalized.empty());
  holder->at(0) = nullptr;
  collect_clean(heap);
  collect_clean(heap);
  REQUIRE(Finalizable::finalized.size() == 1);
  CHECK(Finalizable::finalized[0].first == 42);
  CHECK(Finalizable::finalized[0].second == now);
}

TEST_CASE("large objects never move") {
  Heap heap(evacuating());
  Root<Node> root = heap.make<Node>();
  uintptr_t old = [&]() __attribute__((noinline)) {
    Node* big = heap.make_with_tail<Node>(3 * kMaxSmallSize);
    big->tail_bytes = 3 * kMaxSmallSize;
    big->id = 3;
    root->left = big;
    return disguise(big);
  }
  ();
  collect_clean(heap);
  collect_clean(heap);
  CHECK(disguise(root->left.get()) == old);
  CHECK(root->left->id == 3);
}

TEST_CASE("the write barrier of a moved object still works in minor collections") {
  Heap heap(evacuating());
  Root<Node> root = heap.make<Node>();
  uintptr_t old = hang_node(heap, root->left, 1, false);
  collect_clean(heap);
  collect_clean(heap);
  REQUIRE(disguise(root->left.get()) != old);
  REQUIRE(heap.is_old(root->left.get()));
  // A young object stored only into the moved (old) object: the card at its new address must be
  // dirtied and scanned, or a minor collection frees the young object.
  [&]() __attribute__((noinline)) {
    Node* young = heap.make<Node>();
    young->id = 77;
    root->left->right = young;
  }
  ();
  churn(heap, 2000);  // reuse of freed space would overwrite the young node if it died
  collect_clean(heap, CollectionKind::Minor);
  churn(heap, 2000);
  CHECK(root->left->right->id == 77);
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}

TEST_CASE("opportunistic evacuation compacts sparse blocks and gives them back") {
  auto run = [](Evacuation mode) {
    Heap heap(evacuating(mode));
    constexpr uint32_t kKept = 20000;
    Root<RefArray<Node>> kept = RefArray<Node>::make(heap, kKept);
    [&]() __attribute__((noinline)) {
      for (uint32_t i = 0; i < kKept * 8; ++i) {
        Node* n = heap.make<Node>();
        n->id = i;
        if (i % 8 == 0) kept->at(i / 8) = n;
      }
    }
    ();
    collect_clean(heap);  // finds the blocks 1/8 full
    collect_clean(heap);  // evacuates the sparsest of them
    collect_clean(heap);
    for (uint32_t i = 0; i < kKept; ++i) REQUIRE(kept->at(i)->id == uint64_t(i) * 8);
    CHECK(heap.verify());
    return heap.stats().heap_in_use;
  };
  size_t fragmented = run(Evacuation::Off);
  size_t compacted = run(Evacuation::On);
  INFO("in use without evacuation " << fragmented << ", with " << compacted);
  CHECK(compacted < fragmented * 3 / 4);
}
