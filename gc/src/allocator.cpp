// The allocation slow path: finding the next hole, medium objects (overflow allocation), large
// objects, and deciding when to collect or to grow the heap.
#include <algorithm>

#include "heap_impl.h"

namespace weft::gc {

size_t Heap::Impl::in_use_bytes() const {
  return blocks.in_use_blocks() * kBlockSize + large.bytes_in_use();
}

void Heap::Impl::note_heap_size() {
  stats.heap_in_use = in_use_bytes();
  stats.heap_committed =
      blocks.committed_blocks() * kBlockSize + large.bytes_in_use() + large.bytes_kept();
  if (stats.heap_committed > stats.peak_heap_committed)
    stats.peak_heap_committed = stats.heap_committed;
}

void Heap::Impl::update_limit(AllocState& at) {
  // Stress mode sends every allocation through the slow path, where it is counted.
  at.point->limit = config.stress_interval ? at.point->cursor : at.hole_end;
}

void* Heap::Impl::bump(AllocState& at, TypeId type, size_t total) {
  uintptr_t obj = at.point->cursor;
  at.point->cursor = obj + total;
  update_limit(at);
  *reinterpret_cast<uint64_t*>(obj) = make_header(type, total);
  return reinterpret_cast<void*>(obj + kHeaderSize);
}

void* Heap::Impl::allocate_slow(TypeId type, size_t payload_bytes, AllocState& at) {
  if (config.stress_interval && ++stress_count_ % config.stress_interval == 0) {
    bool major = !config.generational || ++stress_collections_ % 4 == 0;
    collect(major ? CollectionKind::Major : CollectionKind::Minor);
  }
  if (payload_bytes > kMaxSmallPayload) return allocate_large(type, payload_bytes);
  size_t total = total_size(payload_bytes);
  for (;;) {
    if (total <= at.hole_end - at.point->cursor) return bump(at, type, total);
    // Medium objects that do not fit the current hole go to a block of their own instead of
    // skipping (and wasting) the rest of the hole. Its memory is zeroed (for either point).
    if (total > kLineSize) return allocate_medium(type, total);
    if (!next_hole(at)) return nullptr;
  }
}

void Heap::Impl::close_hole(AllocState& at) {
  close_region(at.hole_start, at.point->cursor);
  at.point->cursor = at.hole_start = at.hole_end = 0;
  update_limit(at);
}

void Heap::Impl::close_allocation() {
  for (AllocState* at : {&cpp_point, &raw_point}) {
    close_hole(*at);
    at->block = -1;
    at->line = 0;
  }
  close_region(medium_start_, medium_cursor_);
  medium_start_ = medium_cursor_ = medium_end_ = 0;
}

void Heap::Impl::maybe_minor_collection() {
  if (config.generational && young_bytes_ >= config.nursery_bytes && !hole_fallback_)
    collect(CollectionKind::Minor);
}

Heap::Impl::Growth Heap::Impl::check_growth(size_t bytes, bool& collected) {
  size_t after = in_use_bytes() + bytes;
  bool over_limit = config.heap_limit != 0 && after > config.heap_limit;
  // At the limit, a major collection right after another one finds the same live data: require
  // some allocation in between, which bounds the collection work per allocated byte.
  bool limit_worth_collecting =
      over_limit &&
      allocated_since_major_ >= std::min(config.nursery_bytes, config.heap_limit / 16);
  if (!collected && !hole_fallback_ && (after > major_trigger_ || limit_worth_collecting)) {
    collect(CollectionKind::Major);
    collected = true;
    return Growth::Retry;
  }
  return over_limit ? Growth::OutOfMemory : Growth::Ok;
}

void Heap::Impl::note_allocated_space(size_t bytes) {
  young_bytes_ += bytes;
  allocated_since_major_ += bytes;
}

int64_t Heap::Impl::take_empty_block(bool& collected, bool zero) {
  Growth growth = check_growth(kBlockSize, collected);
  if (growth == Growth::OutOfMemory) return kNoBlock;
  if (growth == Growth::Retry) return kCollected;
  int64_t b = blocks.take_empty(zero);
  if (b >= 0) {
    blocks.touch(size_t(b));
    note_heap_size();
    return b;
  }
  if (collected || hole_fallback_) return kNoBlock;  // the address space is exhausted
  collect(CollectionKind::Major);
  collected = true;
  return kCollected;
}

bool Heap::Impl::next_hole(AllocState& at) {
  close_hole(at);
  maybe_minor_collection();  // resets both points' blocks
  bool collected = false;
  for (;;) {
    uintptr_t start, end;
    if (at.block >= 0 && blocks.next_hole(size_t(at.block), at.line, start, end, at.zeroed)) {
      at.hole_start = at.point->cursor = start;
      at.hole_end = end;
      update_limit(at);
      note_allocated_space(end - start);
      return true;
    }
    at.line = 0;
    at.block = blocks.take_recyclable();
    if (at.block >= 0) {
      blocks.touch(size_t(at.block));
      continue;
    }
    at.block = take_empty_block(collected, at.zeroed);
    if (at.block == kCollected) continue;  // the collection may have made recyclable blocks
    if (at.block < 0) return false;
  }
}

void* Heap::Impl::allocate_medium(TypeId type, size_t total) {
  if (total > medium_end_ - medium_cursor_) {
    close_region(medium_start_, medium_cursor_);
    medium_start_ = medium_cursor_ = medium_end_ = 0;
    maybe_minor_collection();
    bool collected = false;
    int64_t b;
    do {
      b = take_empty_block(collected);
    } while (b == kCollected);
    if (b < 0) {
      // No empty block within the limit: settle for a hole of free lines that is big enough,
      // among the holes there are now. The collection that could free more has run (or was
      // not worth running); collecting again while passing holes too small would find the
      // same holes forever (each one passed counts as allocated space).
      hole_fallback_ = true;
      void* p = nullptr;
      while (!p && next_hole(cpp_point))
        if (total <= cpp_point.hole_end - cpp_point.point->cursor) p = bump(cpp_point, type, total);
      hole_fallback_ = false;
      return p;
    }
    medium_start_ = medium_cursor_ = space.block_addr(size_t(b));
    medium_end_ = medium_start_ + kBlockSize;
    note_allocated_space(kBlockSize);
  }
  uintptr_t obj = medium_cursor_;
  medium_cursor_ += total;
  *reinterpret_cast<uint64_t*>(obj) = make_header(type, total);
  return reinterpret_cast<void*>(obj + kHeaderSize);
}

void* Heap::Impl::allocate_large(TypeId type, size_t payload_bytes) {
  if (payload_bytes > space.span) return nullptr;
  size_t bytes = (total_size(payload_bytes) + kLargePageSize - 1) & ~(kLargePageSize - 1);
  maybe_minor_collection();
  bool collected = false;
  uintptr_t header = 0;
  for (;;) {
    Growth growth = check_growth(bytes, collected);
    if (growth == Growth::OutOfMemory) return nullptr;
    if (growth == Growth::Retry) continue;
    header = large.allocate(bytes);
    if (header) break;
    if (collected) return nullptr;
    collect(CollectionKind::Major);
    collected = true;
  }
  note_allocated_space(bytes);
  *reinterpret_cast<uint64_t*>(header) = make_header(type, bytes);
  stats.bytes_allocated += bytes;
  note_heap_size();
  return reinterpret_cast<void*>(header + kHeaderSize);
}

void Heap::Impl::register_object(uintptr_t header, TypeId type) {
  refresh_type_tables();
  if (type_flags_[type] & kHasFinalizer) finalizable_.push_back(header);
  if (type_flags_[type] & kIsWeakRef) weak_refs_.push_back(header);
}

void Heap::Impl::close_region(uintptr_t start, uintptr_t end) {
  if (end == start) return;
  regions_.push_back({start, end});
  stats.bytes_allocated += end - start;
}

}  // namespace weft::gc
