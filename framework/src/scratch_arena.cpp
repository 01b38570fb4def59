#include "scratch_arena.h"

#include <algorithm>
#include <cstdint>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WEFT_SCRATCH_ASAN 1
#endif
#elif defined(__SANITIZE_ADDRESS__)
#define WEFT_SCRATCH_ASAN 1
#endif
#ifdef WEFT_SCRATCH_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace weft::jit {

namespace {

// Under AddressSanitizer the free part of every block is poisoned: a container used after its
// scope ended (or memory past what was asked for) is reported, as with the heap.
void poison([[maybe_unused]] std::byte* p, [[maybe_unused]] size_t n) {
#ifdef WEFT_SCRATCH_ASAN
  ASAN_POISON_MEMORY_REGION(p, n);
#endif
}
void unpoison([[maybe_unused]] std::byte* p, [[maybe_unused]] size_t n) {
#ifdef WEFT_SCRATCH_ASAN
  ASAN_UNPOISON_MEMORY_REGION(p, n);
#endif
}

// The first block holds the temporaries of most traces; later ones double.
constexpr size_t kFirstBlock = 64 * 1024;
// What an empty arena keeps for the next trace: one very long trace should not pin its
// memory for the rest of the run.
constexpr size_t kKeptWhenEmpty = 4 * 1024 * 1024;

}  // namespace

void* ScratchArena::do_allocate(size_t bytes, size_t align) {
  for (;;) {
    if (block_ < blocks_.size()) {
      Block& b = blocks_[block_];
      uintptr_t base = reinterpret_cast<uintptr_t>(b.data.get());
      size_t at = ((base + used_ + align - 1) & ~(uintptr_t(align) - 1)) - base;
      if (at + bytes <= b.size) {
        used_ = at + bytes;
        unpoison(b.data.get() + at, bytes);
        return b.data.get() + at;
      }
      if (block_ + 1 < blocks_.size()) {
        ++block_;
        used_ = 0;
        continue;
      }
    }
    size_t size =
        std::max({kFirstBlock, bytes + align, blocks_.empty() ? 0 : 2 * blocks_.back().size});
    blocks_.push_back(Block{std::make_unique_for_overwrite<std::byte[]>(size), size});
    poison(blocks_.back().data.get(), size);
    block_ = blocks_.size() - 1;
    used_ = 0;
  }
}

void ScratchArena::do_deallocate(void* p, size_t bytes, size_t /*align*/) {
  if (block_ >= blocks_.size()) return;
  std::byte* data = blocks_[block_].data.get();
  auto* at = static_cast<std::byte*>(p);
  if (at >= data && at + bytes == data + used_) {
    used_ = size_t(at - data);
    poison(at, bytes);
  }
}

void ScratchArena::release(Mark m) {
  for (size_t k = m.block; k < blocks_.size() && k <= block_; ++k) {
    size_t from = k == m.block ? m.used : 0;
    if (from < blocks_[k].size) poison(blocks_[k].data.get() + from, blocks_[k].size - from);
  }
  block_ = m.block;
  used_ = m.used;
  if (m.block == 0 && m.used == 0) {
    size_t kept = 0, k = 0;
    while (k < blocks_.size() && kept + blocks_[k].size <= kKeptWhenEmpty)
      kept += blocks_[k++].size;
    if (std::max<size_t>(k, 1) < blocks_.size()) blocks_.resize(std::max<size_t>(k, 1));
  }
}

size_t ScratchArena::capacity() const {
  size_t total = 0;
  for (const Block& b : blocks_) total += b.size;
  return total;
}

ScratchArena& scratch_arena() {
  thread_local ScratchArena arena;
  return arena;
}

}  // namespace weft::jit
