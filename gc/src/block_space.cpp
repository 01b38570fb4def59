#include "block_space.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace weft::gc {

int64_t BlockSpace::take_recyclable() {
  while (!recyclable_.empty()) {
    uint32_t b = recyclable_.back();
    recyclable_.pop_back();
    if (info_[b].in_use && info_[b].free_lines > 0) return b;
  }
  return -1;
}

int64_t BlockSpace::take_empty(bool zero) {
  uint32_t b;
  if (!empty_.empty()) {
    // Prefer committed blocks: no page faults. The list is kept with committed ones at the back.
    b = empty_.back();
    empty_.pop_back();
  } else if (info_.size() < space_.max_blocks) {
    b = uint32_t(info_.size());
    info_.emplace_back();
    ++committed_;
  } else {
    return -1;
  }
  BlockInfo& info = info_[b];
  if (!info.committed) {
    info.committed = true;
    info.dirty = false;  // decommitted pages read as zero
    ++committed_;
  }
  if (info.dirty && zero) {
    std::memset(reinterpret_cast<void*>(space_.block_addr(b)), 0, kBlockSize);
    info.dirty = false;
  }
  info.in_use = true;
  info.free_lines = kLinesPerBlock;
  space_.block_live[b] = 0;
  ++in_use_;
  return b;
}

namespace {

// Bit 7 of each byte of the result is set where that byte of `w` is nonzero (no carries cross
// bytes: (b & 0x7f) + 0x7f <= 0xfe).
inline uint64_t nonzero_bytes(uint64_t w) {
  constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7full;
  return (((w & kLow7) + kLow7) | w) & ~kLow7;
}

// The first line at or after `i` whose mark is set (kMarked) or clear, or kLinesPerBlock; eight
// marks a step (a block's marks are 8-byte aligned: kLinesPerBlock is a multiple of 8).
template <bool kMarked>
size_t find_line(const uint8_t* marks, size_t i) {
  static_assert(kLinesPerBlock % 8 == 0);
  size_t word = i & ~size_t{7};
  uint64_t skip = ~uint64_t{0} << ((i & 7) * 8);  // bytes before i do not count
  for (; word < kLinesPerBlock; word += 8, skip = ~uint64_t{0}) {
    uint64_t w;
    std::memcpy(&w, marks + word, sizeof w);
    uint64_t hits = nonzero_bytes(w);
    if (!kMarked) hits ^= 0x8080808080808080ull;
    hits &= skip;
    if (hits) return word + (size_t(std::countr_zero(hits)) >> 3);
  }
  return kLinesPerBlock;
}

}  // namespace

bool BlockSpace::next_hole(size_t block, size_t& line, uintptr_t& start, uintptr_t& end,
                           bool zero) const {
  const uint8_t* marks = space_.line_marks + block * kLinesPerBlock;
  size_t i = find_line<false>(marks, line);
  if (i == kLinesPerBlock) {
    line = i;
    return false;
  }
  size_t j = find_line<true>(marks, i);
  line = j;
  start = space_.block_addr(block) + (i << kLineShift);
  end = space_.block_addr(block) + (j << kLineShift);
  if (zero && info_[block].dirty) std::memset(reinterpret_cast<void*>(start), 0, end - start);
  return true;
}

void BlockSpace::touch(size_t block) {
  if (info_[block].touched) return;
  info_[block].touched = true;
  touched_.push_back(uint32_t(block));
}

void BlockSpace::clear_marks() {
  size_t n = info_.size();
  std::memset(space_.mark_bits, 0, n * (kBlockSize >> (kGranuleShift + 3)));
  std::memset(space_.line_marks, 0, n * kLinesPerBlock);
  std::memset(space_.block_live, 0, n * sizeof(uint32_t));
}

void BlockSpace::sweep_block(size_t b) {
  BlockInfo& info = info_[b];
  info.touched = false;
  if (!info.in_use) return;
  constexpr size_t kWords = kBlockSize >> (kGranuleShift + 6);
  // Only object headers are ever marked, so the surviving objects' starts are the mark bits.
  std::memcpy(space_.start_bits + b * kWords, space_.mark_bits + b * kWords,
              kWords * sizeof(uint64_t));

  const uint8_t* lines = space_.line_marks + b * kLinesPerBlock;
  size_t free_lines = size_t(std::count(lines, lines + kLinesPerBlock, uint8_t{0}));
  info.free_lines = uint16_t(free_lines);
  info.dirty = true;
  if (free_lines == kLinesPerBlock) {
    info.in_use = false;
    --in_use_;
    empty_.push_back(uint32_t(b));
  } else if (free_lines > 0) {
    recyclable_.push_back(uint32_t(b));
  }
}

void BlockSpace::sweep(bool major) {
  if (major) {
    empty_.clear();
    recyclable_.clear();
    for (uint32_t b : touched_) info_[b].touched = false;
    touched_.clear();
    for (size_t b = 0; b < info_.size(); ++b) {
      if (info_[b].in_use)
        sweep_block(b);
      else
        empty_.push_back(uint32_t(b));
    }
  } else {
    for (uint32_t b : touched_) sweep_block(b);
    touched_.clear();
  }
  // Decommitted empty blocks first, so take_empty() pops committed ones.
  std::partition(empty_.begin(), empty_.end(), [&](uint32_t b) { return !info_[b].committed; });
}

void BlockSpace::release_empty(size_t keep) {
  size_t committed_empty = 0;
  for (auto it = empty_.rbegin(); it != empty_.rend(); ++it) {
    BlockInfo& info = info_[*it];
    if (!info.committed) break;  // the rest are decommitted already
    if (++committed_empty <= keep) continue;
    AddressSpace::decommit(space_.block_addr(*it), kBlockSize);
    info.committed = false;
    info.dirty = false;
    --committed_;
  }
  std::partition(empty_.begin(), empty_.end(), [&](uint32_t b) { return !info_[b].committed; });
}

}  // namespace weft::gc
