// Coroutines on native stacks of their own (gc::switch_stack, gc::add_stack; weft/gc/stacks.h):
// objects that only a suspended stack refers to, the coroutine's or the thread's own, survive
// collections.
#include <sys/mman.h>
#include <ucontext.h>

#include <catch2/catch.hpp>

#include "gc_test_util.h"
#include "weft/gc/stacks.h"

using namespace gc_test;

namespace {

constexpr size_t kCoroutineStack = size_t(1) << 20;

// One side of a switch: its saved registers and where its live stack begins while suspended.
struct Side {
  ucontext_t* context = nullptr;
  void* const* low = nullptr;
  uintptr_t top = 0;
};

Heap* g_heap = nullptr;
Side g_main, g_coroutine;
ucontext_t g_coroutine_start;

// Leaves `from` for `to`: the registers are saved in this frame, on the stack left behind,
// which is declared to the collector until the switch comes back.
__attribute__((noinline)) void switch_sides(Side& from, Side& to) {
  ucontext_t here;
  from.context = &here;
  from.low = reinterpret_cast<void* const*>(&here);
  from.top = switch_stack(to.top);
  add_stack(&from.low, reinterpret_cast<void* const*>(from.top));
  swapcontext(&here, to.context);
  remove_stack(reinterpret_cast<void* const*>(from.top));
}

__attribute__((noinline)) void churn(Heap& heap, int objects) {
  for (int i = 0; i < objects; ++i) heap.make_with_tail<Node>(size_t(i % 300));
  heap.collect(CollectionKind::Major);
}

// Results the coroutine reports (plain memory: no heap pointers).
int g_chain_after_main_collected = 0;
bool g_weak_alive_after_main_collected = false;

void coroutine_body() {
  // Held only by this stack (and the weak reference) while the main side collects.
  Node* chain = make_chain(*g_heap, 2000, 100);
  WeakRef* weak = g_heap->make_weak_ref(chain);
  switch_sides(g_coroutine, g_main);
  g_chain_after_main_collected = chain_length(chain, 100);
  g_weak_alive_after_main_collected = is_alive(weak);
  // The main side's objects survive collections made here.
  churn(*g_heap, 50000);
  switch_sides(g_coroutine, g_main);
  for (;;) switch_sides(g_coroutine, g_main);  // finished: never resumed again
}

}  // namespace

TEST_CASE("a suspended coroutine's stack and the thread's own stack are both scanned") {
  Heap heap(test_config());
  g_heap = &heap;
  void* stack =
      ::mmap(nullptr, kCoroutineStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(stack != MAP_FAILED);
  getcontext(&g_coroutine_start);
  g_coroutine_start.uc_stack.ss_sp = stack;
  g_coroutine_start.uc_stack.ss_size = kCoroutineStack;
  g_coroutine_start.uc_link = nullptr;
  makecontext(&g_coroutine_start, coroutine_body, 0);
  g_coroutine.context = &g_coroutine_start;
  g_coroutine.top = reinterpret_cast<uintptr_t>(stack) + kCoroutineStack;

  Node* mine = make_chain(heap, 2000, 5000);
  WeakRef* mine_weak = heap.make_weak_ref(mine);
  switch_sides(g_main, g_coroutine);  // runs until the coroutine's first switch
  churn(heap, 50000);
  switch_sides(g_main, g_coroutine);  // the coroutine checks its chain, then collects
  CHECK(g_chain_after_main_collected == 2000);
  CHECK(g_weak_alive_after_main_collected);
  CHECK(chain_length(mine, 5000) == 2000);
  CHECK(is_alive(mine_weak));
  CHECK(heap.stats().major_collections >= 2);
  std::string error;
  CHECK(heap.verify(&error));
  INFO(error);
  remove_stack(reinterpret_cast<void* const*>(g_coroutine.top));  // abandoned: not scanned
  ::munmap(stack, kCoroutineStack);
  g_heap = nullptr;
}
