// Out-of-line helpers of gc_test_util.h.
#include "gc_test_util.h"

namespace gc_test {

__attribute__((noinline)) Node* make_chain(Heap& heap, int length, uint64_t first_id) {
  Node* head = nullptr;
  for (int i = length - 1; i >= 0; --i) {
    Node* n = heap.make<Node>();
    n->id = first_id + uint64_t(i);
    n->left = head;
    head = n;
  }
  return head;
}

__attribute__((noinline)) int chain_length(Node* n, uint64_t first_id) {
  int count = 0;
  for (; n; n = n->left, ++count)
    if (n->id != first_id + uint64_t(count)) return -1;
  return count;
}

}  // namespace gc_test
