// binary-trees (as in the Computer Language Benchmarks Game): build and walk many complete
// binary trees of varying depth while one long-lived tree stays alive. Usage: binary_trees DEPTH
#include <cstdio>
#include <cstdlib>

#include "allocator.h"

namespace {

using bench::Ptr;

struct Node {
  [[maybe_unused]] static constexpr const char* gc_name = "bench.Node";
  Ptr<Node> left;
  Ptr<Node> right;
  Node(Node* l, Node* r) : left(l), right(r) {}
#if WEFT_BENCH_ALLOCATOR == 1
  void gc_trace(weft::gc::Tracer& t) const {
    t(left);
    t(right);
  }
#endif
};

Node* bottom_up_tree(int depth) {
  if (depth <= 0) return bench::make<Node>(nullptr, nullptr);
  Node* left = bottom_up_tree(depth - 1);
  Node* right = bottom_up_tree(depth - 1);
  return bench::make<Node>(left, right);
}

long item_check(const Node* n) {
  return n->left ? 1 + item_check(n->left) + item_check(n->right) : 1;
}

void free_tree(Node* n) {
  if (n->left) {
    free_tree(n->left);
    free_tree(n->right);
  }
  bench::release(n);
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  [[maybe_unused]] bench::Runtime runtime;
#if WEFT_BENCH_ALLOCATOR == 1
  bench::g_runtime = &runtime;
#endif
  constexpr int kMinDepth = 4;
  int max_depth = n > kMinDepth + 2 ? n : kMinDepth + 2;

  Node* stretch = bottom_up_tree(max_depth + 1);
  std::printf("stretch tree of depth %d\t check: %ld\n", max_depth + 1, item_check(stretch));
  free_tree(stretch);

  Node* long_lived = bottom_up_tree(max_depth);
  for (int depth = kMinDepth; depth <= max_depth; depth += 2) {
    long iterations = 1L << (max_depth - depth + kMinDepth);
    long check = 0;
    for (long i = 0; i < iterations; ++i) {
      Node* tree = bottom_up_tree(depth);
      check += item_check(tree);
      free_tree(tree);
    }
    std::printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, check);
  }
  std::printf("long lived tree of depth %d\t check: %ld\n", max_depth, item_check(long_lived));
  free_tree(long_lived);
  return 0;
}
