#include <catch2/catch.hpp>

#include "gc_test_util.h"

using namespace gc_test;

TEST_CASE("allocation returns zeroed, aligned, distinct objects with the requested type") {
  Heap heap(test_config());
  Node* a = heap.make<Node>();
  Node* b = heap.make<Node>();
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(a != b);
  CHECK(reinterpret_cast<uintptr_t>(a) % kGranule == 0);
  CHECK(a->left.get() == nullptr);
  CHECK(header_type(header_of(a)) == type_id_of<Node>());
  CHECK(heap.object_size(a) == total_size(sizeof(Node)));
  CHECK(type_info(type_id_of<Node>()).name == std::string("test.Node"));
}

TEST_CASE("memory handed out again after a collection is zeroed") {
  Heap heap(test_config());
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 20000; ++i) {
      Node* n = heap.make_with_tail<Node>(40);
      REQUIRE(n != nullptr);
      for (int k = 0; k < 40; ++k) REQUIRE(n->tail()[k] == 0);
      REQUIRE(n->left.get() == nullptr);
      std::memset(n->tail(), 0xab, 40);
      n->id = 0xdeadbeef;
    }
    collect_clean(heap);
  }
}

TEST_CASE("objects of every size class are usable: small, medium and large") {
  Heap heap(test_config());
  for (size_t tail : {size_t{0}, size_t{100}, size_t{1000}, size_t{5000}, size_t{9000},
                      size_t{100000}, size_t{3} << 20}) {
    Node* n = heap.make_with_tail<Node>(tail, Node{});
    REQUIRE(n != nullptr);
    n->tail_bytes = uint32_t(tail);
    std::memset(n->tail(), 0x11, tail);
    CHECK(heap.object_size(n) >= total_size(sizeof(Node) + tail));
    CHECK(heap.find_object(reinterpret_cast<char*>(n) + (sizeof(Node) + tail) / 2) == n);
  }
  std::string error;
  CHECK(heap.verify(&error));
  CHECK(error.empty());
}

TEST_CASE("find_object maps interior pointers to their object and rejects free memory") {
  Heap heap(test_config());
  Node* n = heap.make_with_tail<Node>(200);
  n->tail_bytes = 200;
  auto* base = reinterpret_cast<char*>(n);
  CHECK(heap.find_object(base) == n);
  CHECK(heap.find_object(base - kHeaderSize) == n);  // the header belongs to the object
  CHECK(heap.find_object(base + sizeof(Node) + 199) == n);
  CHECK(heap.find_object(base + heap.object_size(n) - kHeaderSize) != n);  // one past the end
  int on_stack = 0;
  CHECK(heap.find_object(&on_stack) == nullptr);
}

TEST_CASE("an impossible size is an out-of-memory result, not a crash") {
  Heap heap(test_config());
  CHECK(heap.allocate(type_id_of<Node>(), SIZE_MAX - 4) == nullptr);
  CHECK(heap.make_with_tail<Node>(SIZE_MAX - 100) == nullptr);
  CHECK(heap.allocate(type_id_of<Node>(), size_t{1} << 40) == nullptr);
  CHECK(heap.make<Node>() != nullptr);  // and the heap still works
}
