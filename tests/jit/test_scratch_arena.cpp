// The scratch arena of the tracer's and optimizer's temporaries (framework/src/scratch_arena.h).
#include <catch2/catch.hpp>
#include <cstdint>
#include <memory_resource>
#include <unordered_set>
#include <vector>

#include "scratch_arena.h"

using namespace weft::jit;

TEST_CASE("scratch arena: a scope gives its memory back to the next one") {
  ScratchArena& arena = scratch_arena();
  const void* first = nullptr;
  {
    ScratchScope scope;
    std::pmr::vector<uint64_t> v(100, 7, &arena);
    first = v.data();
    REQUIRE(v[99] == 7);
  }
  ScratchScope scope;
  std::pmr::vector<uint64_t> w(100, 9, &arena);
  CHECK(static_cast<const void*>(w.data()) == first);
  CHECK(w[0] == 9);
}

TEST_CASE("scratch arena: allocations are aligned and do not overlap") {
  ScratchScope scope;
  ScratchArena& arena = scratch_arena();
  std::vector<std::pair<uintptr_t, size_t>> blocks;
  for (size_t n : {1, 3, 8, 17, 64, 5, 200000, 9}) {
    for (size_t align : {1, 8, 16, 64}) {
      void* p = arena.allocate(n, align);
      REQUIRE(reinterpret_cast<uintptr_t>(p) % align == 0);
      blocks.emplace_back(reinterpret_cast<uintptr_t>(p), n);
    }
  }
  for (size_t i = 0; i < blocks.size(); ++i)
    for (size_t j = i + 1; j < blocks.size(); ++j) {
      auto [a, an] = blocks[i];
      auto [b, bn] = blocks[j];
      CHECK((a + an <= b || b + bn <= a));
    }
}

TEST_CASE("scratch arena: nested scopes release only their own allocations") {
  ScratchScope outer;
  ScratchArena& arena = scratch_arena();
  std::pmr::vector<int> kept(1000, 1, &arena);
  {
    ScratchScope inner;
    std::pmr::unordered_set<int> temporary(&arena);
    for (int k = 0; k < 5000; ++k) temporary.insert(k);  // past the first block
    REQUIRE(temporary.size() == 5000);
  }
  std::pmr::vector<int> after(1000, 2, &arena);  // reuses the inner scope's memory
  for (int x : kept) REQUIRE(x == 1);
  for (int x : after) REQUIRE(x == 2);
}

TEST_CASE("scratch arena: the most recent allocation is given back at once") {
  ScratchScope scope;
  ScratchArena& arena = scratch_arena();
  void* a = arena.allocate(64, 8);
  arena.deallocate(a, 64, 8);
  void* b = arena.allocate(32, 8);
  CHECK(a == b);  // a temporary freed before anything else was allocated
}
