#include "address_space.h"

#include <sys/mman.h>

namespace weft::gc {

AddressSpace::~AddressSpace() {
  for (const Mapping& m : mappings_) munmap(m.addr, m.bytes);
}

namespace {
// Where the previous heap's reservation ended. A new heap asks to be placed above it, so that a
// stale word left on the stack by an earlier heap's lifetime cannot alias one of its objects.
uintptr_t g_previous_heap_end = 0;
}  // namespace

void* AddressSpace::map(size_t bytes, uintptr_t hint) {
  // MAP_NORESERVE: the reservation is address space only; memory is used as pages are touched.
  // The hint is only a hint: the kernel picks another place if the range is taken.
  void* p = mmap(reinterpret_cast<void*>(hint), bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  mappings_.push_back({p, bytes});
  return p;
}

bool AddressSpace::reserve(size_t heap_bytes) {
  size_t unit = 2 * kBlockSize;
  heap_bytes = (heap_bytes + unit - 1) / unit * unit;
  // Over-reserve by a block so that blocks are aligned to their size.
  uintptr_t hint = g_previous_heap_end ? g_previous_heap_end + (size_t{1} << 30) : 0;
  void* raw = map(heap_bytes + kBlockSize, hint);
  if (raw == nullptr) return false;
  g_previous_heap_end = reinterpret_cast<uintptr_t>(raw) + heap_bytes + kBlockSize;
  base = (reinterpret_cast<uintptr_t>(raw) + kBlockSize - 1) & ~(kBlockSize - 1);
  span = heap_bytes;
  large_base = base + heap_bytes / 2;
  max_blocks = (heap_bytes / 2) >> kBlockShift;
  max_large_pages = (heap_bytes / 2) >> kLargePageShift;

  size_t granules = span >> kGranuleShift;
  size_t block_granules = (heap_bytes / 2) >> kGranuleShift;
  mark_bits = static_cast<uint64_t*>(map(granules / 8));
  start_bits = static_cast<uint64_t*>(map(block_granules / 8));
  line_marks = static_cast<uint8_t*>(map((heap_bytes / 2) >> kLineShift));
  cards = static_cast<uint8_t*>(map(span >> kCardShift));
  large_owner = static_cast<uint32_t*>(map(max_large_pages * sizeof(uint32_t)));
  large_pages = static_cast<uint32_t*>(map(max_large_pages * sizeof(uint32_t)));
  candidates = static_cast<uint8_t*>(map(span >> kBlockShift));
  block_live = static_cast<uint32_t*>(map(max_blocks * sizeof(uint32_t)));
  return mark_bits && start_bits && line_marks && cards && large_owner && large_pages &&
         candidates && block_live;
}

void AddressSpace::decommit(uintptr_t start, size_t bytes) {
  madvise(reinterpret_cast<void*>(start), bytes, MADV_DONTNEED);
}

}  // namespace weft::gc
