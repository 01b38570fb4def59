#include "large_space.h"

#include <cstring>
#include <iterator>

namespace weft::gc {

uintptr_t LargeSpace::take_kept(uint32_t pages) {
  size_t best = kept_.size();
  for (size_t i = 0; i < kept_.size(); ++i)
    if (kept_[i].pages >= pages && (best == kept_.size() || kept_[i].pages < kept_[best].pages))
      best = i;
  if (best == kept_.size()) return 0;
  Run& r = kept_[best];
  uint32_t first = r.first;
  r.first += pages;
  r.pages -= pages;
  if (r.pages == 0) {
    r = kept_.back();
    kept_.pop_back();
  }
  size_t bytes = size_t(pages) << kLargePageShift;
  kept_bytes_ -= bytes;
  uintptr_t header = space_.large_page_addr(first);
  std::memset(reinterpret_cast<void*>(header), 0, bytes);  // allocate() promises zeroed memory
  return header;
}

uintptr_t LargeSpace::allocate(size_t bytes) {
  size_t pages = bytes >> kLargePageShift;
  uint32_t first = 0;
  bool found = false;
  if (uintptr_t kept = take_kept(uint32_t(pages))) {
    first = uint32_t(space_.large_page_of(kept));
    found = true;
  } else {
    // The kept runs are too small for what the program allocates now (an array growing by
    // doubling frees smaller storage than it asks for next): holding them only adds to the RSS.
    trim_kept(0);
  }
  for (auto it = free_runs_.begin(); !found && it != free_runs_.end(); ++it) {  // first fit
    if (it->second < pages) continue;
    first = it->first;
    uint32_t rest = uint32_t(it->second - pages);
    free_runs_.erase(it);
    if (rest) free_runs_.emplace(uint32_t(first + pages), rest);
    found = true;
    break;
  }
  if (!found) {
    if (pages > space_.max_large_pages - frontier_) return 0;
    first = frontier_;
    frontier_ += uint32_t(pages);
  }
  for (size_t p = first; p < first + pages; ++p) space_.large_owner[p] = first + 1;
  space_.large_pages[first] = uint32_t(pages);
  bytes_in_use_ += bytes;
  uintptr_t header = space_.large_page_addr(first);
  young_.push_back(header);
  return header;
}

uintptr_t LargeSpace::find(uintptr_t addr) const {
  size_t page = space_.large_page_of(addr);
  if (page >= frontier_) return 0;
  uint32_t owner = space_.large_owner[page];
  return owner ? space_.large_page_addr(owner - 1) : 0;
}

void LargeSpace::clear_marks() {
  size_t first_word = (space_.large_base - space_.base) >> (kGranuleShift + 6);
  size_t words = (size_t(frontier_) << kLargePageShift) >> (kGranuleShift + 6);
  std::memset(space_.mark_bits + first_word, 0, words * sizeof(uint64_t));
}

void LargeSpace::release(uintptr_t header) {
  uint32_t first = uint32_t(space_.large_page_of(header));
  uint32_t pages = space_.large_pages[first];
  size_t bytes = size_t(pages) << kLargePageShift;
  for (size_t p = first; p < first + pages; ++p) space_.large_owner[p] = 0;
  space_.large_pages[first] = 0;
  bytes_in_use_ -= bytes;
  if (kept_bytes_ + bytes <= kKeptBytes) {
    kept_.push_back({first, pages});
    kept_bytes_ += bytes;
    return;
  }
  AddressSpace::decommit(header, bytes);
  add_free_run(first, pages);
}

void LargeSpace::add_free_run(uint32_t first, uint32_t pages) {
  // Coalesce with the free runs on either side.
  auto next = free_runs_.lower_bound(first);
  if (next != free_runs_.end() && next->first == first + pages) {
    pages += next->second;
    next = free_runs_.erase(next);
  }
  if (next != free_runs_.begin()) {
    auto prev = std::prev(next);
    if (prev->first + prev->second == first) {
      prev->second += pages;
      return;
    }
  }
  free_runs_.emplace(first, pages);
}

void LargeSpace::trim_kept(size_t keep) {
  while (kept_bytes_ > keep) {
    Run r = kept_.back();
    kept_.pop_back();
    size_t bytes = size_t(r.pages) << kLargePageShift;
    kept_bytes_ -= bytes;
    AddressSpace::decommit(space_.large_page_addr(r.first), bytes);
    add_free_run(r.first, r.pages);
  }
}

void LargeSpace::sweep(bool major) {
  auto sweep_list = [&](std::vector<uintptr_t>& list) {
    for (uintptr_t h : list) {
      if (space_.is_marked(h))
        old_.push_back(h);
      else
        release(h);
    }
    list.clear();
  };
  if (major) {
    std::vector<uintptr_t> all;
    all.swap(old_);
    sweep_list(all);
  }
  sweep_list(young_);
}

}  // namespace weft::gc
