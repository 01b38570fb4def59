#include <sys/resource.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "gc_test_util.h"

using namespace gc_test;

namespace {

size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * size_t(sysconf(_SC_PAGESIZE));
}

// Fills a rooted chain of nodes with `tail` bytes each until allocation fails or `max` nodes.
size_t fill(Heap& heap, Root<Node>& head, size_t tail, size_t max) {
  size_t count = 0;
  while (count < max) {
    Node* n = heap.make_with_tail<Node>(tail);
    if (n == nullptr) break;
    n->left = head.get();
    head = n;
    ++count;
  }
  return count;
}

long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

// A dead large node of `tail` bytes filled with 0xab; its address disguised.
__attribute__((noinline)) uintptr_t make_dirty_large(Heap& heap, size_t tail) {
  Node* n = heap.make_with_tail<Node>(tail);
  std::memset(n->tail(), 0xab, tail);
  n->id = 7;
  return disguise(n);
}

}  // namespace

TEST_CASE("the heap limit turns into a null result, and the heap recovers") {
  HeapConfig config = test_config();
  config.heap_limit = size_t{32} << 20;
  Heap heap(config);
  Root<Node> head;
  size_t small = fill(heap, head, 100, SIZE_MAX);
  CHECK(small > 1000);
  CHECK(heap.stats().heap_in_use <= config.heap_limit);
  CHECK(heap.make_with_tail<Node>(1 << 20) == nullptr);  // large objects obey it too

  head = nullptr;
  collect_clean(heap);
  Root<Node> again;
  CHECK(fill(heap, again, 100, 1000) == 1000);
  again = nullptr;
  collect_clean(heap);
  Root<Node> large;
  size_t big = fill(heap, large, 1 << 20, SIZE_MAX);
  CHECK(big >= 20);
  CHECK(big <= 32);
}

TEST_CASE("a heap limited to twice the live size keeps running") {
  // A table of 65536 live nodes whose entries are replaced all the time: old objects keep dying,
  // so the run needs major collections within the limit.
  constexpr uint32_t kSlots = 65536;
  Heap heap(test_config());
  Root<RefArray<Node>> table = RefArray<Node>::make(heap, kSlots);
  for (uint32_t i = 0; i < kSlots; ++i) table->at(i) = heap.make_with_tail<Node>(i % 128);
  heap.collect(CollectionKind::Major);
  size_t live = heap.stats().live_after_major;
  REQUIRE(live > size_t{6} << 20);
  heap.set_heap_limit(2 * live);
  for (uint32_t i = 0; i < 2000000; ++i) {
    Node* n = heap.make_with_tail<Node>((i * 7) % 128);
    REQUIRE(n != nullptr);
    n->id = i;
    table->at(i % kSlots) = n;
  }
  CHECK(heap.stats().major_collections > 1);
  CHECK(heap.stats().heap_in_use <= 2 * live);
  CHECK(table->at(5)->id == (2000000 - 1 - 5) / kSlots * kSlots + 5);  // the last write to it
}

TEST_CASE("memory goes back to the OS when the heap shrinks") {
  Heap heap(test_config());
  size_t before = resident_bytes();
  [&]() __attribute__((noinline)) {
    Root<Node> head;
    fill(heap, head, 1000, 200000);  // ~200 MiB of small objects
    Root<Node> large;
    fill(heap, large, 1 << 20, 64);  // 64 MiB of large objects
    CHECK(resident_bytes() > before + (size_t{200} << 20));
    head = nullptr;  // a destroyed Root's bytes stay on the stack: clear them
    large = nullptr;
  }
  ();
  size_t committed_full = heap.stats().heap_committed;
  collect_clean(heap);
  CHECK(heap.stats().heap_committed < committed_full / 8);
  CHECK(resident_bytes() < before + (size_t{48} << 20));
}

TEST_CASE("a freed large object's pages are reused zeroed, without new page faults") {
  Heap heap(test_config());
  constexpr size_t kTail = size_t{256} << 10;
  uintptr_t old = make_dirty_large(heap, kTail);
  collect_clean(heap);
  CHECK(heap.stats().heap_committed >= kTail);  // the kept pages still count as committed
  long faults = minor_faults();
  Root<Node> n = heap.make_with_tail<Node>(kTail);
  REQUIRE(n.get() != nullptr);
  CHECK(reinterpret_cast<uintptr_t>(n.get()) == reinterpret_cast<uintptr_t>(undisguise(old)));
  CHECK(n->id == 0);
  size_t nonzero = 0;
  for (size_t i = 0; i < kTail; ++i) nonzero += n->tail()[i] != 0;
  CHECK(nonzero == 0);
  std::memset(n->tail(), 1, kTail);  // used as a program uses it
  // Decommitted pages would fault again (64 pages: ~130 faults, written and read).
  CHECK(minor_faults() - faults < 16);
}

TEST_CASE("kept large pages too small for the next large object go back to the OS") {
  Heap heap(test_config());
  make_dirty_large(heap, size_t{256} << 10);
  collect_clean(heap);
  size_t before = heap.stats().heap_committed;  // the 256 KiB kept
  constexpr size_t kBig = size_t{1} << 20;
  Root<Node> n = heap.make_with_tail<Node>(kBig);
  REQUIRE(n.get() != nullptr);
  // Kept, the 256 KiB would stay committed beside the new MiB.
  CHECK(heap.stats().heap_committed < before + kBig);
}

TEST_CASE("stress mode collects on every Nth allocation and loses nothing") {
  HeapConfig config = test_config();
  config.stress_interval = 3;
  Heap heap(config);
  Root<Node> head;
  fill(heap, head, 24, 3000);
  const auto& stats = heap.stats();
  CHECK(stats.minor_collections + stats.major_collections >= 1000);
  CHECK(stats.major_collections > 0);
  size_t length = 0;
  for (Node* n = head.get(); n; n = n->left) ++length;
  CHECK(length == 3000);
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
}

TEST_CASE("statistics count collections, pauses and allocation") {
  Heap heap(test_config());
  for (int i = 0; i < 300000; ++i) heap.make<Node>();
  heap.collect(CollectionKind::Major);
  const Stats& stats = heap.stats();
  CHECK(stats.bytes_allocated >= 300000 * total_size(sizeof(Node)));
  CHECK(stats.minor_collections > 0);
  CHECK(stats.major_collections > 0);
  CHECK(stats.major_pauses_ms.size() == stats.major_collections);
  CHECK(Stats::max_of(stats.minor_pauses_ms) >= Stats::median_of(stats.minor_pauses_ms));

  char* text = nullptr;
  size_t length = 0;
  FILE* out = open_memstream(&text, &length);
  heap.print_stats(out);
  std::fclose(out);
  std::string printed(text, length);
  std::free(text);
  CHECK(printed.find("minor collections:") != std::string::npos);
  CHECK(printed.find("pause max") != std::string::npos);
}

TEST_CASE("configuration from the environment") {
  setenv("WEFT_GC_LIMIT", "64M", 1);
  setenv("WEFT_GC_NURSERY", "512k", 1);
  setenv("WEFT_GC_STRESS", "7", 1);
  setenv("WEFT_GC_STATS", "1", 1);
  setenv("WEFT_GC_GENERATIONAL", "0", 1);
  HeapConfig config = HeapConfig::from_env();
  CHECK(config.heap_limit == size_t{64} << 20);
  CHECK(config.nursery_bytes == size_t{512} << 10);
  CHECK(config.stress_interval == 7);
  CHECK(config.print_stats);
  CHECK_FALSE(config.generational);
  setenv("WEFT_GC_LIMIT", "lots", 1);
  CHECK(HeapConfig::from_env().heap_limit == 0);  // malformed: ignored with a message
  for (const char* name : {"WEFT_GC_LIMIT", "WEFT_GC_NURSERY", "WEFT_GC_STRESS", "WEFT_GC_STATS",
                           "WEFT_GC_GENERATIONAL"})
    unsetenv(name);
}

TEST_CASE("non-generational mode collects fully every time") {
  HeapConfig config = test_config();
  config.generational = false;
  Heap heap(config);
  for (int i = 0; i < 500000; ++i) heap.make<Node>();
  heap.collect(CollectionKind::Minor);
  CHECK(heap.stats().minor_collections == 0);
  CHECK(heap.stats().major_collections > 0);
}

namespace {

// A heap whose live objects are scattered one per line (a quarter of the bytes it allocated),
// then new objects, kept, of twice its live bytes: the major collections they set off.
uint64_t majors_after_fragmenting(bool growth_from_live, size_t* live, size_t* in_use) {
  HeapConfig config = test_config();
  config.min_major_heap = size_t{1} << 20;
  config.growth_from_live = growth_from_live;
  config.stress_interval = 0;         // the policy's own collections only (gc_tests_stress sets it)
  config.evacuate = Evacuation::Off;  // it would undo the fragmentation this test is about
  Heap heap(config);
  constexpr uint32_t kKept = 100000;
  Root<RefArray<Node>> kept = RefArray<Node>::make(heap, kKept);
  for (uint32_t i = 0; i < 4 * kKept; ++i) {
    Node* n = heap.make<Node>();  // 40 bytes with its header: every 160 bytes one survives
    if (i % 4 == 0) kept->at(i / 4) = n;
  }
  collect_clean(heap);
  *live = heap.stats().live_after_major;
  *in_use = heap.stats().heap_in_use;
  uint64_t before = heap.stats().major_collections;
  Root<Node> chain;
  for (size_t allocated = 0; allocated < 2 * *live; allocated += total_size(sizeof(Node))) {
    Node* n = heap.make<Node>();
    n->left = chain.get();
    chain = n;
  }
  return heap.stats().major_collections - before;
}

}  // namespace

TEST_CASE("growth_from_live: a fragmented heap grows by a multiple of its live bytes") {
  size_t live = 0, in_use = 0;
  uint64_t majors = majors_after_fragmenting(true, &live, &in_use);
  REQUIRE(in_use > 3 * live);  // no line was freed: the live bytes occupy all of them
  CHECK(majors >= 1);          // the heap may grow by live bytes (factor 2), not by in_use
  size_t live_default = 0, in_use_default = 0;
  CHECK(majors_after_fragmenting(false, &live_default, &in_use_default) == 0);
  CHECK(in_use_default == in_use);
}

namespace {

HeapConfig small_floor_config() {
  HeapConfig config = test_config();
  config.min_major_heap = size_t{1} << 20;
  config.nursery_bytes = size_t{256} << 10;
  config.growth_from_live = true;
  config.growth_factor = 1.25;
  config.stress_interval = 0;  // the policy's own collections only (gc_tests_stress sets it)
  config.evacuate = Evacuation::Off;
  return config;
}

}  // namespace

TEST_CASE("growth_from_live: a small heap that keeps what it allocates doubles between majors") {
  Heap heap(small_floor_config());
  Root<Node> chain;
  // 12 MiB kept: growing by a quarter of the live bytes from the 1 MiB floor would take ~11
  // majors that each find everything alive. Each minor collection finds its nursery alive and
  // keeps the next major at twice the heap in use, so none comes below 16 MiB.
  for (size_t kept = 0; kept < (size_t{12} << 20); kept += total_size(sizeof(Node))) {
    Node* n = heap.make<Node>();
    n->left = chain.get();
    chain = n;
  }
  CHECK(heap.stats().minor_collections >= 40);
  CHECK(heap.stats().major_collections <= 1);
}

TEST_CASE("growth_from_live: a small heap whose promoted objects die keeps the small floor") {
  Heap heap(small_floor_config());
  // Each node stays alive for the next 1,024 allocations, so every minor collection promotes the
  // last ones (a sixth of its nursery), which die soon after: only majors free them.
  constexpr uint32_t kRing = 1024;
  Root<RefArray<Node>> ring = RefArray<Node>::make(heap, kRing);
  for (uint32_t i = 0; i < 1000000; ++i) ring->at(i % kRing) = heap.make<Node>();
  CHECK(heap.stats().major_collections >= 2);
  CHECK(heap.stats().peak_heap_committed <= (size_t{4} << 20));
}
