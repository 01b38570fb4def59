#include "weft/php/ast.h"

#include <cstring>

namespace weft::php {

std::string_view kind_name(Kind k) {
  static constexpr std::string_view names[] = {
#define WEFT_PHP_AST_NAME(k, doc) #k,
      WEFT_PHP_AST_KINDS(WEFT_PHP_AST_NAME)
#undef WEFT_PHP_AST_NAME
  };
  return names[static_cast<size_t>(k)];
}

void* Arena::allocate(size_t bytes) {
  bytes = (bytes + 15) & ~size_t{15};
  if (bytes > left_) {
    // Big requests get their own block so a block's tail is never wasted much.
    size_t size = bytes > 16384 ? bytes : 65536;
    blocks_.push_back(std::make_unique<char[]>(size));
    cur_ = blocks_.back().get();
    left_ = size;
  }
  void* p = cur_;
  cur_ += bytes;
  left_ -= bytes;
  used_ += bytes;
  return p;
}

Node* Arena::node(Kind kind, uint32_t line, uint32_t col, std::initializer_list<Node*> kids) {
  Node* n = new (allocate(sizeof(Node))) Node();
  n->kind = kind;
  n->line = line;
  n->col = col;
  n->count = static_cast<uint32_t>(kids.size());
  if (n->count) {
    n->kids = static_cast<Node**>(allocate(sizeof(Node*) * n->count));
    std::memcpy(n->kids, kids.begin(), sizeof(Node*) * n->count);
  }
  return n;
}

Node* Arena::list(Kind kind, uint32_t line, uint32_t col, const std::vector<Node*>& kids) {
  Node* n = node(kind, line, col);
  n->count = static_cast<uint32_t>(kids.size());
  if (n->count) {
    n->kids = static_cast<Node**>(allocate(sizeof(Node*) * n->count));
    std::memcpy(n->kids, kids.data(), sizeof(Node*) * n->count);
  }
  return n;
}

std::string_view Arena::copy(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(allocate(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

}  // namespace weft::php
