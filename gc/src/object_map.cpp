// Finding objects from arbitrary addresses: conservative roots, interior pointers, dirty cards.
#include <bit>

#include "heap_impl.h"

namespace weft::gc {

uintptr_t Heap::Impl::find_header(uintptr_t addr) const {
  if (addr - space.base >= space.span) return 0;
  if (!space.in_blocks(addr)) return large.find(addr);

  size_t block = space.block_of(addr);
  if (block >= blocks.blocks_used() || !blocks.info(block).in_use) return 0;
  // The nearest object start at or before `addr`, within the block.
  size_t granule = (addr - space.base) >> kGranuleShift;
  size_t word = granule >> 6;
  size_t first_word = block << (kBlockShift - kGranuleShift - 6);
  unsigned bit = granule & 63;
  uint64_t bits = space.start_bits[word] & (bit == 63 ? ~uint64_t{0} : (uint64_t{2} << bit) - 1);
  while (bits == 0) {
    if (word == first_word) return 0;
    bits = space.start_bits[--word];
  }
  uintptr_t header = space.base + (((word << 6) + 63 - std::countl_zero(bits)) << kGranuleShift);
  size_t size = header_small_size(*reinterpret_cast<const uint64_t*>(header));
  return addr < header + size ? header : 0;
}

size_t Heap::Impl::size_at(uintptr_t header) const {
  if (space.in_blocks(header)) return header_small_size(*reinterpret_cast<const uint64_t*>(header));
  return large.size_of(header);
}

}  // namespace weft::gc
