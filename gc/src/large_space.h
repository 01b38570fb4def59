// LargeSpace: objects above kMaxSmallSize, each on its own run of 4 KiB pages in the large
// half of the reservation. A page table maps any address to its object (for interior pointers
// and dirty cards). Freed pages go back to the OS, except up to kKeptBytes of them, which stay
// committed for the next large objects: a program that drops and rebuilds a large array in a
// loop would otherwise take a page fault (and the kernel's page clearing) per page per round.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "address_space.h"

namespace weft::gc {

class LargeSpace {
 public:
  explicit LargeSpace(AddressSpace& space) : space_(space) {}

  // The header address of a new zeroed object of `bytes` (a multiple of the page size), or 0.
  uintptr_t allocate(size_t bytes);
  // The header of the large object containing `addr`, or 0.
  uintptr_t find(uintptr_t addr) const;
  size_t size_of(uintptr_t header) const {
    return size_t(space_.large_pages[space_.large_page_of(header)]) << kLargePageShift;
  }

  void clear_marks();
  // Frees unmarked objects: young ones on a minor collection, all on a major one.
  void sweep(bool major);
  // Gives kept pages beyond `keep` bytes back to the OS.
  void trim_kept(size_t keep);

  size_t bytes_in_use() const { return bytes_in_use_; }
  // Freed pages still committed (waiting for reuse): part of the heap's committed memory.
  size_t bytes_kept() const { return kept_bytes_; }
  size_t pages_used() const { return frontier_; }  // the frontier
  template <class F>
  void for_each(F f) const {
    for (uintptr_t h : old_) f(h);
    for (uintptr_t h : young_) f(h);
  }

 private:
  void release(uintptr_t header);
  void add_free_run(uint32_t first, uint32_t pages);  // decommitted pages
  // A kept run of at least `pages` pages, taken (best fit; the rest stays kept), or 0.
  uintptr_t take_kept(uint32_t pages);

  static constexpr size_t kKeptBytes = size_t{8} << 20;

  AddressSpace& space_;
  std::map<uint32_t, uint32_t> free_runs_;  // first page -> page count
  uint32_t frontier_ = 0;
  size_t bytes_in_use_ = 0;
  struct Run {
    uint32_t first, pages;
  };
  std::vector<Run> kept_;  // freed runs still committed, contents stale
  size_t kept_bytes_ = 0;
  std::vector<uintptr_t> young_;  // allocated since the last collection
  std::vector<uintptr_t> old_;
};

}  // namespace weft::gc
