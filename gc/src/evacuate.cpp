// Opportunistic evacuation (Immix): a major collection picks the sparsest blocks as candidates
// and, while tracing, copies an object of a candidate block that a traced field reaches into an
// empty block, leaving a forwarding word in the old header and updating the field. Roots are all
// marked before tracing starts, so whatever the stack, the registers or an explicit root refers
// to is marked in place first: conservative references pin.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "heap_impl.h"

namespace weft::gc {

namespace {

// A forwarded header has a zero size field and no pin bit (no small object has size 0); the
// copy's granule address is kept in the other 48 bits.
constexpr uint64_t kForwardMask = kHeaderSizeMask | kHeaderPinnedBit;

bool is_forwarding(uint64_t word) { return (word & kForwardMask) == 0; }

uint64_t forwarding_word(uintptr_t to) {
  uint64_t granule = uint64_t(to) >> kGranuleShift;
  return (granule & 0xffff) | ((granule >> 16) << kHeaderTypeShift);
}

uintptr_t forwarding_target(uint64_t word) {
  uint64_t granule = (word & 0xffff) | ((word >> kHeaderTypeShift) << 16);
  return uintptr_t(granule << kGranuleShift);
}

// Only blocks at most this full are candidates (the sparsest first, and the budget bounds the
// copying). Live bytes, not free lines: small survivors spread one per line leave few free lines
// in a block that is mostly empty. Not half: in weft-python's float.py most blocks stay 70-80%
// live after a major collection (long-lived objects allocated between short-lived ones), and
// only evacuating those brought its peak heap from 42 to 24 MiB (docs/gc.md, "Moving").
constexpr uint32_t kMaxCandidateLive = kBlockSize * 9 / 10;

}  // namespace

bool Heap::Impl::select_candidates() {
  candidate_blocks_.clear();
  if (config.evacuate == Evacuation::Off) return false;
  size_t n = blocks.blocks_used();
  if (config.evacuate == Evacuation::Stress) {
    for (size_t b = 0; b < n; ++b)
      if (blocks.info(b).in_use) candidate_blocks_.push_back(uint32_t(b));
    evac_blocks_left_ = space.max_blocks;
  } else {
    // Blocks allocated into since the last collection are left out: they hold the youngest
    // objects, not yet sorted out by a collection. The others' live bytes are exact: counted
    // by the last major collection plus the young survivors of minor ones since.
    std::vector<std::pair<uint32_t, uint32_t>> sparse;  // live bytes, block
    for (size_t b = 0; b < n; ++b) {
      const BlockInfo& info = blocks.info(b);
      if (info.in_use && !info.touched && space.block_live[b] <= kMaxCandidateLive)
        sparse.push_back({space.block_live[b], uint32_t(b)});
    }
    std::sort(sparse.begin(), sparse.end());
    size_t budget = size_t(double(blocks.in_use_blocks() * kBlockSize) * config.evacuation_budget);
    size_t to_copy = 0;
    for (auto [live, b] : sparse) {
      if (to_copy + live > budget) break;
      to_copy += live;
      candidate_blocks_.push_back(b);
    }
    // Copies are packed densely; an object that does not fit the rest of a block (at most
    // kMaxSmallSize) starts the next one.
    evac_blocks_left_ = to_copy / (kBlockSize - kMaxSmallSize) + 1;
  }
  for (uint32_t b : candidate_blocks_) space.candidates[b] = 1;
  return !candidate_blocks_.empty();
}

void Heap::Impl::end_evacuation() {
  for (uint32_t b : candidate_blocks_) space.candidates[b] = 0;
  candidate_blocks_.clear();
  evac_cursor_ = evac_end_ = 0;
  evac_blocks_left_ = 0;
}

uintptr_t Heap::Impl::evacuation_space(size_t bytes) {
  if (bytes > evac_end_ - evac_cursor_) {
    if (evac_blocks_left_ == 0) return 0;
    if (config.heap_limit != 0 && in_use_bytes() + kBlockSize > config.heap_limit) return 0;
    int64_t b = blocks.take_empty(/*zero=*/false);
    if (b < 0) return 0;
    --evac_blocks_left_;
    note_heap_size();  // the copies' blocks count before the candidates are freed
    evac_cursor_ = space.block_addr(size_t(b));
    evac_end_ = evac_cursor_ + kBlockSize;
  }
  uintptr_t to = evac_cursor_;
  evac_cursor_ += bytes;
  return to;
}

void Heap::Impl::evacuate_thunk(void* self, void* slot, uintptr_t header) {
  static_cast<Heap::Impl*>(self)->evacuate(slot, header);
}

void Heap::Impl::evacuate(void* slot, uintptr_t header) {
  uint64_t word = *reinterpret_cast<const uint64_t*>(header);
  uintptr_t& field = *static_cast<uintptr_t*>(slot);
  if (is_forwarding(word)) {
    field = forwarding_target(word) + kHeaderSize;
    return;
  }
  TypeId type = header_type(word);
  if (type >= type_flags_.size()) {
    std::fprintf(stderr, "weft::gc: unknown type at %p\n", reinterpret_cast<void*>(header));
    std::abort();
  }
  // A slot that does not hold exactly the payload address (a tagged word, an interior pointer)
  // cannot be rewritten: the object stays.
  bool movable = !(word & kHeaderPinnedBit) && !(type_flags_[type] & kPinnedType) &&
                 field == header + kHeaderSize;
  if (movable) {
    size_t size = header_small_size(word);
    if (uintptr_t to = evacuation_space(size)) {
      std::memcpy(reinterpret_cast<void*>(to), reinterpret_cast<const void*>(header), size);
      *reinterpret_cast<uint64_t*>(header) = forwarding_word(to);
      field = to + kHeaderSize;
      space.set_mark(to);
      mark_stack_.push_back(to);
      ++stats.objects_evacuated;
      stats.bytes_evacuated += size;
      return;
    }
  }
  mark(header);
}

void Heap::Impl::pin_requested() {
  for (uintptr_t p : pin_requests_) {
    if (p - space.base >= space.span) continue;
    if (space.in_blocks(p)) {
      size_t block = space.block_of(p);
      if (block < unwalked_.size() && unwalked_[block]) walk_young_block(block);
    }
    if (uintptr_t header = find_header(p)) *reinterpret_cast<uint64_t*>(header) |= kHeaderPinnedBit;
  }
  pin_requests_.clear();
}

uintptr_t Heap::Impl::forwarded(uintptr_t header) const {
  if (!space.in_blocks(header) || !space.candidates[space.block_of(header)]) return header;
  uint64_t word = *reinterpret_cast<const uint64_t*>(header);
  return is_forwarding(word) ? forwarding_target(word) : header;
}

}  // namespace weft::gc
