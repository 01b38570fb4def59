// AddressSpace: the heap's virtual address reservation and the side tables that describe it.
// The heap is one contiguous range (small-object blocks, then the large-object pages), so the
// write barrier and conservative root lookup start with one range check.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "weft/gc/layout.h"

namespace weft::gc {

// Lines: the unit of free space in a block (mark-region, Immix-style).
inline constexpr unsigned kLineShift = 7;  // 128-byte lines
inline constexpr size_t kLineSize = size_t{1} << kLineShift;
inline constexpr size_t kLinesPerBlock = kBlockSize / kLineSize;
static_assert(kLineSize == kCardSize, "holes must cover whole cards (layout.h)");

class AddressSpace {
 public:
  AddressSpace() = default;
  AddressSpace(const AddressSpace&) = delete;
  AddressSpace& operator=(const AddressSpace&) = delete;
  ~AddressSpace();

  // Reserves `heap_bytes` of address space (half for blocks, half for large objects) and the
  // side tables. Pages are committed by the OS on first touch. False if the OS refuses.
  bool reserve(size_t heap_bytes);

  // Gives the pages of [start, start + bytes) back to the OS; they read as zero afterwards.
  static void decommit(uintptr_t start, size_t bytes);

  uintptr_t base = 0;  // [base, base + span): blocks from base, large pages from large_base
  uintptr_t span = 0;
  uintptr_t large_base = 0;
  size_t max_blocks = 0;
  size_t max_large_pages = 0;

  uint64_t* mark_bits = nullptr;    // 1 bit per granule of the whole span
  uint64_t* start_bits = nullptr;   // 1 bit per granule of the block area: object starts
  uint8_t* line_marks = nullptr;    // 1 byte per line of the block area: line holds live data
  uint8_t* cards = nullptr;         // 1 byte per card of the whole span: written since last GC
  uint32_t* large_owner = nullptr;  // per large page: 1 + first page of its object, 0 if free
  uint32_t* large_pages = nullptr;  // per first page of a large object: its page count
  uint8_t* candidates = nullptr;    // per block of the whole span: being evacuated (Tracer)
  uint32_t* block_live = nullptr;   // per block: bytes of the objects marked in it

  bool in_blocks(uintptr_t a) const { return a - base < large_base - base; }
  bool in_large(uintptr_t a) const { return a - large_base < base + span - large_base; }
  size_t block_of(uintptr_t a) const { return (a - base) >> kBlockShift; }
  uintptr_t block_addr(size_t block) const { return base + (block << kBlockShift); }
  size_t large_page_of(uintptr_t a) const { return (a - large_base) >> kLargePageShift; }
  uintptr_t large_page_addr(size_t page) const { return large_base + (page << kLargePageShift); }

  bool is_marked(uintptr_t header) const {
    size_t g = (header - base) >> kGranuleShift;
    return (mark_bits[g >> 6] >> (g & 63)) & 1;
  }
  // Marks the object; true if it was not marked before.
  bool set_mark(uintptr_t header) {
    size_t g = (header - base) >> kGranuleShift;
    uint64_t bit = uint64_t{1} << (g & 63);
    if (mark_bits[g >> 6] & bit) return false;
    mark_bits[g >> 6] |= bit;
    return true;
  }
  void set_start(uintptr_t header) {
    size_t g = (header - base) >> kGranuleShift;
    start_bits[g >> 6] |= uint64_t{1} << (g & 63);
  }
  bool is_start(uintptr_t header) const {
    size_t g = (header - base) >> kGranuleShift;
    return (start_bits[g >> 6] >> (g & 63)) & 1;
  }

 private:
  void* map(size_t bytes, uintptr_t hint = 0);
  struct Mapping {
    void* addr;
    size_t bytes;
  };
  std::vector<Mapping> mappings_;
};

}  // namespace weft::gc
