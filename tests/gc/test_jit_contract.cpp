// Allocation and write barrier done the way JIT-compiled code will do them: only through the
// numbers and addresses in the JitContract, with no call on the fast path.
#include <catch2/catch.hpp>

#include "gc_test_util.h"
#include "weft/gc/jit_raw_allocation.h"

using namespace gc_test;

namespace {

// `raw`: from compiled code's own allocation point, whose memory is not zeroed.
void* jit_allocate(const JitContract& c, TypeId type, size_t payload, bool raw = false) {
  const JitRawAllocation& r = jit_raw_allocation();
  auto* slow = raw ? r.slow : c.alloc_slow;
  uintptr_t* cursor = raw ? r.cursor : c.alloc_cursor;
  size_t total = (payload + c.header_size + 7) & ~size_t{7};
  if (total > c.max_inline_total) return slow(type, payload);
  uintptr_t obj = *cursor;
  if (total > *(raw ? r.limit : c.alloc_limit) - obj) return slow(type, payload);
  *cursor = obj + total;
  *reinterpret_cast<uint64_t*>(obj) =
      (uint64_t{type} << c.header_type_shift) | (uint64_t{total / 8} << c.header_size_shift);
  return reinterpret_cast<void*>(obj + c.header_size);
}

void jit_store(const JitContract& c, void* slot, void* value, bool barrier = true) {
  *static_cast<void**>(slot) = value;
  if (barrier)
    c.cards[(reinterpret_cast<uintptr_t>(slot) - c.card_base) >> c.card_shift] = c.card_dirty;
}

// How many of the words just below the caller's frame hold heap addresses: what a frame placed
// there finds in the slots it never writes, as compiled code's spill slots are (the asm says the
// words are set, so that reading them is defined).
__attribute__((noinline)) size_t heap_words_below(const JitContract& c) {
  uintptr_t words[192];
  asm volatile("" : "=m"(words));
  size_t n = 0;
  for (uintptr_t w : words) n += w - c.card_base < c.card_span;
  return n;
}

__attribute__((noinline)) void* slow_allocation(const JitContract& c, TypeId type, bool raw) {
  return (raw ? jit_raw_allocation().slow : c.alloc_slow)(type, sizeof(Node));  // a tail call
}

uint64_t collections(const Heap& heap) {
  return heap.stats().minor_collections + heap.stats().major_collections;
}

}  // namespace

TEST_CASE("the JIT contract's slow path leaves no heap addresses on the stack below its caller") {
  for (bool raw : {false, true}) {
    for (uint32_t stress : {1u, 0u}) {  // every call collects (the deepest frames), or few do
      INFO("raw point " << raw << ", stress " << stress);
      HeapConfig config = test_config();
      config.stress_interval = stress;
      config.nursery_bytes = 64 << 10;
      Heap heap(config);
      const JitContract& c = heap.jit_contract();
      Root<RefArray<Node>> keep = RefArray<Node>::make(heap, 1);
      size_t found = 0, without_collection = 0;
      uintptr_t* cursor = raw ? jit_raw_allocation().cursor : c.alloc_cursor;
      uintptr_t* limit = raw ? jit_raw_allocation().limit : c.alloc_limit;
      size_t total = total_size(sizeof(Node));
      for (int i = 0; i < 5000; ++i) {
        // Compiled code calls the slow path when the hole is full: fill it here (inline, no
        // frame below this one), as objects of the same type.
        while (*limit - *cursor >= total) {
          *reinterpret_cast<uint64_t*>(*cursor) = make_header(type_id_of<Node>(), total);
          std::memset(reinterpret_cast<void*>(*cursor + kHeaderSize), 0, sizeof(Node));
          *cursor += total;
        }
        uint64_t before = collections(heap);
        auto* n = static_cast<Node*>(slow_allocation(c, type_id_of<Node>(), raw));
        REQUIRE(n != nullptr);
        std::memset(static_cast<void*>(n), 0, sizeof(Node));  // the raw point's is not zeroed
        without_collection += collections(heap) == before;
        found += heap_words_below(c);
        if (i % 16 == 0) {
          n->left = keep->at(0).get();
          keep->at(0) = n;
        }
      }
      CHECK(found == 0);
      if (!stress) CHECK(without_collection > 2500);  // most calls found a hole without collecting
    }
  }
}

TEST_CASE("the JIT contract's raw point hands out memory unzeroed, as ordinary heap objects") {
  HeapConfig config = test_config();
  config.nursery_bytes = 256 << 10;
  Heap heap(config);
  const JitContract& c = heap.jit_contract();
  TypeId node = type_id_of<Node>();
  Root<RefArray<Node>> keep = RefArray<Node>::make(heap, 1);
  size_t dirty = 0, kept = 0;
  for (uint64_t i = 1; i <= 200000; ++i) {
    // Garbage from C++ (zeroed point) and from compiled code. A stale stack word may keep a dead
    // object: its pointers and size (tail_bytes) stay valid.
    Node* g = heap.make<Node>();
    g->id = 0x5a5a5a5a5a5a5a5a;
    auto* n = static_cast<Node*>(jit_allocate(c, node, sizeof(Node), /*raw=*/true));
    REQUIRE(n != nullptr);
    dirty += n->id != 0;
    // Compiled code writes every word before anything reads the object.
    n->id = i;
    n->tail_bytes = 0;
    jit_store(c, &n->right, nullptr, false);
    if (i % 7 == 0) {
      jit_store(c, &n->left, keep->at(0).get(), false);  // n is young: no barrier needed
      keep->at(0) = n;
      ++kept;
    } else {
      jit_store(c, &n->left, nullptr, false);
      n->id = 0x5a5a5a5a5a5a5a5a;  // dies with garbage in it
    }
  }
  CHECK(dirty > 1000);  // holes of the raw point are not zeroed
  // The C++ point's memory always is.
  for (int i = 0; i < 100000; ++i) {
    Node* n = heap.make<Node>();
    REQUIRE(n->left.get() == nullptr);
    REQUIRE(n->id == 0);
  }
  heap.collect(CollectionKind::Major);
  size_t found = 0;
  uint64_t last = UINT64_MAX;
  for (Node* n = keep->at(0).get(); n; n = n->left.get()) {
    REQUIRE(n->id % 7 == 0);
    REQUIRE(n->id < last);
    last = n->id;
    ++found;
  }
  CHECK(found == kept);
  std::string error;
  bool verified = heap.verify(&error);
  INFO(error);
  CHECK(verified);
}

TEST_CASE("the JIT contract's inline allocation produces ordinary heap objects") {
  Heap heap(test_config());
  const JitContract& c = heap.jit_contract();
  TypeId node = type_id_of<Node>();
  Node* head = nullptr;
  size_t fast = 0;
  for (uint64_t i = 1; i <= 100000; ++i) {
    uintptr_t before = *c.alloc_cursor;
    auto* n = static_cast<Node*>(jit_allocate(c, node, sizeof(Node)));
    REQUIRE(n != nullptr);
    fast += *c.alloc_cursor == before + total_size(sizeof(Node));
    n->id = i;
    jit_store(c, &n->left, head);
    head = n;
  }
  CHECK(fast > 90000);  // nearly all took the inline path
  heap.collect(CollectionKind::Major);
  uint64_t expected = 100000;
  for (Node* n = head; n; n = n->left) REQUIRE(n->id == expected--);
  CHECK(expected == 0);
  CHECK(heap.find_object(head) == head);
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}

TEST_CASE("the JIT contract's card barrier protects young objects stored into old ones") {
  HeapConfig config = test_config();
  config.generational = true;
  Heap heap(config);
  const JitContract& c = heap.jit_contract();
  Root<Node> old_node = heap.make<Node>();
  heap.collect(CollectionKind::Minor);
  REQUIRE(heap.is_old(old_node.get()));
  [&]() __attribute__((noinline)) {
    auto* young = static_cast<Node*>(jit_allocate(c, type_id_of<Node>(), sizeof(Node)));
    young->id = 7;
    jit_store(c, &old_node->left, young);
  }
  ();
  collect_clean(heap, CollectionKind::Minor);
  for (int i = 0; i < 100000; ++i) heap.make<Node>();  // reuse what died
  REQUIRE(old_node->left.get() != nullptr);
  CHECK(old_node->left->id == 7);

  // Without the barrier, the verifier catches it.
  Node* young = heap.make<Node>();
  jit_store(c, &old_node->right, young, /*barrier=*/false);
  std::string error;
  CHECK_FALSE(heap.verify(&error));
  CHECK(error.find("missing write barrier") != std::string::npos);
}

TEST_CASE("the JIT contract's slow path reports out of memory as null") {
  HeapConfig config = test_config();
  config.heap_limit = size_t{4} << 20;
  Heap heap(config);
  const JitContract& c = heap.jit_contract();
  Root<RefArray<Node>> keep = RefArray<Node>::make(heap, 1);
  void* result = nullptr;
  for (int i = 0; i < 1000000; ++i) {
    result = jit_allocate(c, type_id_of<Node>(), 1000);
    if (!result) break;
    auto* n = static_cast<Node*>(result);
    n->left = keep->at(0).get();
    keep->at(0) = n;
  }
  CHECK(result == nullptr);
}
