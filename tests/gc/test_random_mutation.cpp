// A randomized mutator checked against a shadow model of the object graph: nothing reachable
// may be reclaimed or corrupted, and unreachable memory must be reused. Runs in stress mode with
// generational collection on, so collections hit every state the mutator can be in.
#include <catch2/catch.hpp>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gc_test_util.h"

using namespace gc_test;

namespace {

constexpr uint32_t kRoots = 24;

struct ShadowNode {
  uint64_t left = 0, right = 0;  // ids; 0 is null
  uint32_t tail = 0;
};

uint8_t pattern(uint64_t id, size_t i) { return uint8_t(id * 31 + i * 7); }

class Mutator {
 public:
  Mutator(Heap& heap, uint64_t seed)
      : heap_(heap), rng_(seed), roots_(RefArray<Node>::make(heap, kRoots)) {
    shadow_roots_.assign(kRoots, 0);
  }

  void step() {
    unsigned r = unsigned(rng_() % 100);
    if (r < 40) {
      allocate_attached();
    } else if (r < 60) {
      relink();
    } else if (r < 68) {
      uint32_t slot = uint32_t(rng_() % kRoots);
      roots_->at(slot) = nullptr;
      shadow_roots_[slot] = 0;
    } else if (r < 70) {
      heap_.collect(r == 68 ? CollectionKind::Minor : CollectionKind::Major);
    } else {
      make_node();  // garbage right away
    }
  }

  // Walks the real graph from the roots and compares it with the shadow graph.
  void check() {
    std::unordered_set<uint64_t> expected;
    std::vector<uint64_t> work;
    for (uint64_t id : shadow_roots_)
      if (id) work.push_back(id);
    while (!work.empty()) {
      uint64_t id = work.back();
      work.pop_back();
      if (!expected.insert(id).second) continue;
      const ShadowNode& s = shadow_.at(id);
      if (s.left) work.push_back(s.left);
      if (s.right) work.push_back(s.right);
    }

    std::unordered_set<const Node*> seen;
    std::vector<const Node*> nodes;
    for (uint32_t i = 0; i < kRoots; ++i) {
      const Node* n = roots_->at(i).get();
      REQUIRE((n ? n->id : 0) == shadow_roots_[i]);
      if (n) nodes.push_back(n);
    }
    while (!nodes.empty()) {
      const Node* n = nodes.back();
      nodes.pop_back();
      if (!seen.insert(n).second) continue;
      auto it = shadow_.find(n->id);
      REQUIRE(it != shadow_.end());
      const ShadowNode& s = it->second;
      REQUIRE((n->left ? n->left->id : 0) == s.left);
      REQUIRE((n->right ? n->right->id : 0) == s.right);
      REQUIRE(n->tail_bytes == s.tail);
      const uint8_t* tail = reinterpret_cast<const uint8_t*>(n + 1);
      for (size_t i = 0; i < s.tail; i += 1 + s.tail / 16) REQUIRE(tail[i] == pattern(n->id, i));
      if (n->left) nodes.push_back(n->left);
      if (n->right) nodes.push_back(n->right);
    }
    REQUIRE(seen.size() == expected.size());
    // The shadow graph only needs what is reachable.
    std::erase_if(shadow_, [&](const auto& entry) { return !expected.count(entry.first); });
  }

 private:
  Node* make_node() {
    uint64_t id = next_id_++;
    unsigned kind = unsigned(rng_() % 100);
    uint32_t tail = kind < 80   ? uint32_t(rng_() % 64)
                    : kind < 98 ? uint32_t(rng_() % 3000)
                                : uint32_t(rng_() % 40000);
    Node* n = heap_.make_with_tail<Node>(tail);
    REQUIRE(n != nullptr);
    n->id = id;
    n->tail_bytes = tail;
    for (size_t i = 0; i < tail; ++i) n->tail()[i] = pattern(id, i);
    shadow_[id] = ShadowNode{0, 0, tail};
    return n;
  }

  // A node reachable from the roots (a short random walk), or null.
  Node* random_reachable() {
    Node* n = roots_->at(uint32_t(rng_() % kRoots)).get();
    for (int steps = int(rng_() % 6); n && steps > 0; --steps) {
      Node* next = (rng_() & 1) ? n->left.get() : n->right.get();
      if (!next) break;
      n = next;
    }
    return n;
  }

  void link(Node* parent, bool left, Node* child) {
    (left ? parent->left : parent->right) = child;
    ShadowNode& s = shadow_.at(parent->id);
    (left ? s.left : s.right) = child ? child->id : 0;
  }

  void allocate_attached() {
    Node* n = make_node();
    Node* parent = random_reachable();
    if (parent && (rng_() % 4) != 0) {
      link(parent, rng_() & 1, n);
    } else {
      uint32_t slot = uint32_t(rng_() % kRoots);
      roots_->at(slot) = n;
      shadow_roots_[slot] = n->id;
    }
  }

  void relink() {
    Node* parent = random_reachable();
    if (!parent) return;
    Node* child = (rng_() % 5) ? random_reachable() : nullptr;
    link(parent, rng_() & 1, child);
  }

  Heap& heap_;
  std::mt19937_64 rng_;
  Root<RefArray<Node>> roots_;
  std::vector<uint64_t> shadow_roots_;
  std::unordered_map<uint64_t, ShadowNode> shadow_;
  uint64_t next_id_ = 1;
};

}  // namespace

TEST_CASE("randomized mutation matches a shadow model under stress collection") {
  for (uint64_t seed : {1u, 2u, 3u, 4u}) {
    INFO("seed " << seed);
    HeapConfig config = test_config();
    config.generational = true;
    config.stress_interval = 13 + uint32_t(seed) * 10;
    config.nursery_bytes = size_t{256} << 10;
    Heap heap(config);
    {
      Mutator mutator(heap, seed);
      for (int i = 1; i <= 30000; ++i) {
        mutator.step();
        if (i % 1000 == 0) {
          mutator.check();
          std::string error;
          INFO(error);
          REQUIRE(heap.verify(&error));
        }
      }
    }
    collect_clean(heap);
    const Stats& stats = heap.stats();
    CHECK(stats.minor_collections > 100);
    CHECK(stats.major_collections > 10);
    // Unreachable memory was reused: far more was allocated than the heap ever held.
    CHECK(stats.bytes_allocated > 3 * stats.peak_heap_committed);
  }
}
