// One collection, minor or major (the steps are listed in heap_impl.h), and finalization.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "heap_impl.h"
#include "root_registry.h"

namespace weft::gc {

namespace {
[[noreturn]] void corrupt_heap(const char* what, uintptr_t header) {
  std::fprintf(stderr, "weft::gc: %s at %p\n", what, reinterpret_cast<void*>(header));
  std::abort();
}
}  // namespace

void Heap::Impl::refresh_type_tables() {
  size_t n = type_count();
  if (trace_fns_.size() == n) return;
  trace_fns_.resize(n);
  trace_range_fns_.resize(n);
  type_flags_.resize(n);
  for (size_t t = 0; t < n; ++t) {
    const TypeInfo& info = type_info(TypeId(t));
    trace_fns_[t] = info.trace;
    trace_range_fns_[t] = info.trace_range;
    type_flags_[t] =
        uint8_t((info.finalize ? kHasFinalizer : 0) | (t == weak_ref_type ? kIsWeakRef : 0) |
                (info.pinned ? kPinnedType : 0));
  }
}

void Heap::Impl::walk_region(const Region& r) {
  for (uintptr_t h = r.start; h < r.end;) {
    size_t size = header_small_size(*reinterpret_cast<const uint64_t*>(h));
    if (size == 0) corrupt_heap("bad header of a new object", h);
    space.set_start(h);
    h += size;
  }
}

void Heap::Impl::walk_new_objects() {
  close_allocation();
  for (const Region& r : regions_) walk_region(r);
  regions_.clear();
}

void Heap::Impl::prepare_young_regions() {
  // Group the regions by block (a counting sort: a fragmented heap hands out thousands of small
  // holes between two collections, and std::sort of them was 2% of weft-python's raytrace).
  size_t n = blocks.blocks_used();
  unwalked_.assign(n, 0);
  region_ends_.assign(n, 0);
  for (const Region& r : regions_) ++region_ends_[space.block_of(r.start)];
  uint32_t sum = 0;
  for (size_t b = 0; b < n; ++b) {
    unwalked_[b] = region_ends_[b] != 0;
    sum += region_ends_[b];
    region_ends_[b] = sum;  // one past the block's last region, once all are placed
  }
  young_by_block_.resize(regions_.size());
  region_walked_.assign(regions_.size(), 0);
  for (auto it = regions_.rbegin(); it != regions_.rend(); ++it)
    young_by_block_[--region_ends_[space.block_of(it->start)]] = *it;
  for (size_t b = 0; b + 1 < n; ++b) region_ends_[b] = region_ends_[b + 1];
  if (n) region_ends_[n - 1] = sum;
  // A block's regions come in address order (one owner per block between collections, whose
  // holes go up the block), which walk_young_region_at's search needs: make sure of it.
  auto by_start = [](const Region& a, const Region& b) { return a.start < b.start; };
  for (size_t b = 0, first = 0; b < n; first = region_ends_[b++]) {
    auto begin = young_by_block_.begin() + ptrdiff_t(first);
    auto end = young_by_block_.begin() + ptrdiff_t(region_ends_[b]);
    if (!std::is_sorted(begin, end, by_start)) std::sort(begin, end, by_start);
  }

  // Cards wholly inside young regions are clean: young objects are traced anyway if reachable.
  // A region's last line is young up to its end (the rest of the line was free space), and
  // cards are lines, so that covers every card young objects were stored into.
  for (const Region& r : regions_) {
    size_t first_card = (r.start - space.base) >> kCardShift;
    size_t end_card = (r.end - space.base + kCardSize - 1) >> kCardShift;
    std::memset(space.cards + first_card, 0, end_card - first_card);
  }
}

void Heap::Impl::walk_young_block(size_t block) {
  unwalked_[block] = 0;
  size_t first = block == 0 ? 0 : region_ends_[block - 1];
  for (size_t i = first; i < region_ends_[block]; ++i)
    if (!region_walked_[i]) walk_region(young_by_block_[i]);
}

// Start bits for the young region holding `word`, if one does. A word elsewhere in the block
// needs none: old objects' start bits are their mark bits from the last sweep, and young objects
// lie wholly inside their regions (holes of free lines). Stack words mostly point at old objects
// or are stale, and walking every young region of each block they hit read the whole nursery at
// each minor collection of a deep recursion (toy fib: a walk of ~50 of its 64 blocks). The
// region is found by binary search (regions are in address order): walking a whole block of
// more than 8 small regions instead was 2% of toy fib.toy's time once holes got small.
void Heap::Impl::walk_young_region_at(size_t block, uintptr_t word) {
  auto begin = young_by_block_.begin() + ptrdiff_t(block == 0 ? 0 : region_ends_[block - 1]);
  auto end = young_by_block_.begin() + ptrdiff_t(region_ends_[block]);
  auto after =
      std::upper_bound(begin, end, word, [](uintptr_t w, const Region& r) { return w < r.start; });
  if (after == begin) return;
  const Region& r = *(after - 1);
  if (word - r.start >= r.end - r.start) return;
  size_t i = size_t(after - 1 - young_by_block_.begin());
  if (!region_walked_[i]) {
    region_walked_[i] = 1;
    walk_region(r);
  }
}

void Heap::Impl::collect(CollectionKind kind) {
  if (in_collection_) return;
  in_collection_ = true;
  auto start = std::chrono::steady_clock::now();
  if (!config.generational) kind = CollectionKind::Major;
  bool major = kind == CollectionKind::Major;

  if (config.trace_roots) [[unlikely]]
    std::fprintf(stderr, "weft::gc %s collection, roots:\n", major ? "major" : "minor");
  close_allocation();
  refresh_type_tables();
  prepare_young_regions();
  pin_requested();  // before anything moves
  bool evacuating = major && select_candidates();
  if (major) {
    blocks.clear_marks();
    large.clear_marks();
  }
  marked_bytes_ = 0;
  Tracer tracer(space.base, space.span, space.mark_bits, &mark_stack_);
  if (evacuating) tracer.set_evacuation(space.candidates, &Impl::evacuate_thunk, this);
  if (!major) scan_cards(tracer);  // first: until roots are marked, "marked" means "old"
  mark_roots();                    // all of them before tracing, which may move objects: roots pin
  drain(tracer);
  if (evacuating)
    for (uintptr_t& h : finalizable_) h = forwarded(h);
  process_weak_refs();
  process_finalizable(tracer);
  // Weak references themselves may have moved, also while tracing from resurrected objects.
  std::erase_if(weak_refs_, [&](uintptr_t& h) {
    h = forwarded(h);
    return !space.is_marked(h);
  });
  if (evacuating) end_evacuation();

  blocks.sweep(major);
  large.sweep(major);
  regions_.clear();
  if (major) clear_cards();  // a minor collection cleaned the cards it scanned
  finish_collection(kind, start);
  in_collection_ = false;
  if (!config.deferred_finalizers) run_finalizers();
}

void Heap::Impl::finish_collection(CollectionKind kind,
                                   std::chrono::steady_clock::time_point start) {
  // Growing: most of what was allocated since the last collection of this kind survived it.
  bool growing = kind == CollectionKind::Minor
                     ? marked_bytes_ > young_bytes_ / 2
                     : marked_bytes_ > stats.live_after_major + allocated_since_major_ / 2;
  young_bytes_ = 0;
  if (kind == CollectionKind::Major) {
    allocated_since_major_ = 0;
    stats.live_after_major = marked_bytes_;
    size_t in_use = in_use_bytes();
    size_t grown = config.growth_from_live
                       ? in_use + size_t(double(marked_bytes_) * (config.growth_factor - 1))
                       : size_t(double(in_use) * config.growth_factor);
    major_trigger_ = std::max(config.min_major_heap, grown);
  }
  // A small heap that is growing waits for its next major until it doubles (up to
  // kGrowingHeapCap): a major would find it all alive. One whose new objects die keeps the
  // small floor (weft-python's go: 0.5 MiB live, and 6 MiB of dead promoted objects when no
  // major came below 16 MiB).
  if (config.growth_from_live && growing)
    major_trigger_ = std::max(major_trigger_, std::min(2 * in_use_bytes(), kGrowingHeapCap));
  if (kind == CollectionKind::Major) {
    // Keep the empty blocks the heap will grow into before the next major collection anyway;
    // give the rest back to the OS.
    size_t in_use = in_use_bytes();
    size_t headroom = major_trigger_ > in_use ? major_trigger_ - in_use : 0;
    blocks.release_empty(std::max(config.nursery_bytes, headroom) / kBlockSize);
    large.trim_kept(headroom);
  }
  note_heap_size();
  if (kind == CollectionKind::Major && config.print_census) print_census(stderr);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (kind == CollectionKind::Major) {
    ++stats.major_collections;
    stats.major_pauses_ms.push_back(ms);
  } else {
    ++stats.minor_collections;
    stats.minor_pauses_ms.push_back(ms);
  }
}

void Heap::Impl::mark_conservative(uintptr_t word, const void* where) {
  if (word - space.base >= space.span) return;
  if (space.in_blocks(word)) {
    size_t block = space.block_of(word);
    if (block < unwalked_.size() && unwalked_[block]) walk_young_region_at(block, word);
  }
  uintptr_t header = find_header(word);
  // A word holding an object's header address is no reference to it: references hold the
  // payload address or one inside it. Such words are the ends of other objects or of holes (a
  // stale copy of the allocator's cursor or limit, a loop's end pointer), and a stale one kept
  // whatever was later allocated there alive, with all it reaches.
  if (header == 0 || header == word) return;
  if (config.trace_roots) [[unlikely]] {
    std::fprintf(stderr, "weft::gc root: word at %p (%s) holds %p -> object %p (%s)\n", where,
                 space.in_blocks(reinterpret_cast<uintptr_t>(where)) ? "heap" : "stack or root",
                 reinterpret_cast<void*>(word), reinterpret_cast<void*>(header + kHeaderSize),
                 type_info(header_type(*reinterpret_cast<const uint64_t*>(header))).name);
  }
  mark(header);
}

void Heap::Impl::mark(uintptr_t header) {
  if (space.set_mark(header)) mark_stack_.push_back(header);
}

void Heap::Impl::mark_roots() {
  scan_stack();
  for (void* const* slot : root_slots())
    mark_conservative(reinterpret_cast<uintptr_t>(*slot), slot);
  for (auto [begin, top] : root_ranges())
    for (void* const* slot = begin; slot < *top; ++slot)
      mark_conservative(reinterpret_cast<uintptr_t>(*slot), slot);
  for (uintptr_t header : pending_finalizers_) mark(header);
}

// The stack is read word by word, redzones included, so AddressSanitizer must not check it.
__attribute__((no_sanitize("address"))) void Heap::Impl::scan_range(uintptr_t low, uintptr_t high) {
  for (uintptr_t p = low & ~uintptr_t{7}; p < high; p += sizeof(uintptr_t))
    mark_conservative(*reinterpret_cast<const uintptr_t*>(p), reinterpret_cast<const void*>(p));
}

void Heap::Impl::scan_stack() {
  if (mutator_stack_low_ == 0) corrupt_heap("collection outside a mutator boundary", 0);
  scan_range(mutator_stack_low_, stack_top);
  for (auto [low, top] : suspended_stacks())
    scan_range(reinterpret_cast<uintptr_t>(*low), reinterpret_cast<uintptr_t>(top));
}

void Heap::Impl::trace_object(uintptr_t header, Tracer& tracer) {
  TypeId type = header_type(*reinterpret_cast<const uint64_t*>(header));
  if (type >= trace_fns_.size()) corrupt_heap("unknown type", header);
  if (auto trace = trace_fns_[type])
    trace(reinterpret_cast<const void*>(header + kHeaderSize), tracer);
}

// Minor collections only. Each dirty card is cleaned as it is scanned.
void Heap::Impl::scan_cards(Tracer& tracer) {
  uint8_t* cards = space.cards;
  constexpr unsigned kBitsPerCard = kCardSize / kGranule;
  constexpr uint64_t kCardBits = (uint64_t{1} << kBitsPerCard) - 1;

  // Block area, 8 cards at a time (a block's cards are a multiple of 8): old objects starting on
  // a dirty card, and the one reaching into it from before. An object spanning several dirty
  // cards is traced once.
  size_t block_cards = blocks.blocks_used() << (kBlockShift - kCardShift);
  uintptr_t last_traced = 0;
  auto trace_old = [&](uintptr_t h) {
    if (h != last_traced && space.is_marked(h)) {
      trace_object(h, tracer);
      last_traced = h;
    }
  };
  for (size_t w = 0; w < block_cards; w += 8) {
    uint64_t dirty;
    std::memcpy(&dirty, cards + w, sizeof dirty);
    if (dirty == 0) continue;
    std::memset(cards + w, 0, sizeof dirty);
    if (!blocks.info(w >> (kBlockShift - kCardShift)).in_use) continue;
    while (dirty) {
      unsigned byte = unsigned(std::countr_zero(dirty)) >> 3;
      dirty &= ~(uint64_t{0xff} << (byte * 8));
      size_t c = w + byte;
      uintptr_t card_start = space.base + (c << kCardShift);
      uint64_t starts =
          (space.start_bits[c / kCardsPerStartWord] >> ((c % kCardsPerStartWord) * kBitsPerCard)) &
          kCardBits;
      if (!(starts & 1))
        if (uintptr_t h = find_header(card_start)) trace_old(h);
      for (; starts; starts &= starts - 1)
        trace_old(card_start + (uintptr_t(std::countr_zero(starts)) << kGranuleShift));
    }
  }

  // Large area: each old object with a dirty card is traced once, or, when its type can trace a
  // range, just its runs of dirty cards (c is its first dirty card: the ones before were clean).
  size_t first = (space.large_base - space.base) >> kCardShift;
  size_t end = first + ((large.pages_used() << kLargePageShift) >> kCardShift);
  for (size_t c = first; c < end;) {
    if ((c & 7) == 0 && c + 8 <= end) {
      uint64_t w;
      std::memcpy(&w, cards + c, sizeof w);
      if (w == 0) {
        c += 8;
        continue;
      }
    }
    uintptr_t h = cards[c] ? large.find(space.base + (c << kCardShift)) : 0;
    if (!h) {
      cards[c++] = 0;
      continue;
    }
    size_t next = (h + large.size_of(h) - space.base) >> kCardShift;
    if (space.is_marked(h)) {
      TypeId type = header_type(*reinterpret_cast<const uint64_t*>(h));
      if (type >= trace_fns_.size()) corrupt_heap("unknown type", h);
      if (auto range = trace_range_fns_[type])
        trace_dirty_runs(h, c, next, range, tracer);
      else
        trace_object(h, tracer);
    }
    std::memset(cards + c, 0, next - c);
    c = next;
  }
}

void Heap::Impl::trace_dirty_runs(uintptr_t header, size_t first_card, size_t end_card,
                                  void (*range)(const void*, uintptr_t, uintptr_t, Tracer&),
                                  Tracer& tracer) {
  const uint8_t* cards = space.cards;
  const void* payload = reinterpret_cast<const void*>(header + kHeaderSize);
  for (size_t c = first_card; c < end_card;) {
    if ((c & 7) == 0 && c + 8 <= end_card) {
      uint64_t w;
      std::memcpy(&w, cards + c, sizeof w);
      if (w == 0) {
        c += 8;
        continue;
      }
    }
    if (!cards[c]) {
      ++c;
      continue;
    }
    size_t e = c + 1;
    while (e < end_card && cards[e]) ++e;
    range(payload, space.base + (c << kCardShift), space.base + (e << kCardShift), tracer);
    c = e;
  }
}

void Heap::Impl::clear_cards() {
  std::memset(space.cards, 0, blocks.blocks_used() << (kBlockShift - kCardShift));
  size_t first = (space.large_base - space.base) >> kCardShift;
  std::memset(space.cards + first, 0, (large.pages_used() << kLargePageShift) >> kCardShift);
}

void Heap::Impl::drain(Tracer& tracer) {
  if (config.evacuate != Evacuation::Off)
    drain_counting<true>(tracer);
  else
    drain_counting<false>(tracer);
}

// Heaps that never evacuate do not need the live bytes per block, nor pay for them (~10% of
// the marking loop's instructions in bench-gc-binary_trees).
template <bool kCountLive>
void Heap::Impl::drain_counting(Tracer& tracer) {
  while (!mark_stack_.empty()) {
    uintptr_t h = mark_stack_.back();
    mark_stack_.pop_back();
    size_t size;
    if (space.in_blocks(h)) {
      size = header_small_size(*reinterpret_cast<const uint64_t*>(h));
      if (size == 0) corrupt_heap("zero-sized object", h);
      size_t first = (h - space.base) >> kLineShift;
      size_t last = (h + size - 1 - space.base) >> kLineShift;
      for (size_t line = first; line <= last; ++line) space.line_marks[line] = 1;
      if constexpr (kCountLive) space.block_live[(h - space.base) >> kBlockShift] += uint32_t(size);
    } else {
      size = large.size_of(h);
    }
    marked_bytes_ += size;
    trace_object(h, tracer);
  }
}

void Heap::Impl::process_weak_refs() {
  static_assert(sizeof(WeakRef) == sizeof(void*), "the target is the WeakRef's only field");
  for (uintptr_t& h : weak_refs_) {
    h = forwarded(h);  // the WeakRef may have moved, and its target too
    void*& target = *reinterpret_cast<void**>(h + kHeaderSize);
    uintptr_t th = reinterpret_cast<uintptr_t>(target) - kHeaderSize;
    if (!target || th - space.base >= space.span) continue;
    th = forwarded(th);
    if (!space.is_marked(th)) {
      target = nullptr;
      ++stats.weak_refs_cleared;
    } else {
      target = reinterpret_cast<void*>(th + kHeaderSize);
    }
  }
}

void Heap::Impl::process_finalizable(Tracer& tracer) {
  size_t kept = 0;
  for (uintptr_t h : finalizable_) {
    if (space.is_marked(h)) {
      finalizable_[kept++] = h;
    } else {
      pending_finalizers_.push_back(h);  // in allocation order
      mark(h);
    }
  }
  finalizable_.resize(kept);
  drain(tracer);  // what the resurrected objects reach stays alive too
}

size_t Heap::Impl::run_finalizers() {
  if (running_finalizers_) return 0;
  running_finalizers_ = true;
  size_t ran = 0;
  while (!pending_finalizers_.empty()) {
    uintptr_t h = pending_finalizers_.front();
    void* payload = reinterpret_cast<void*>(h + kHeaderSize);
    pending_finalizers_.pop_front();
    type_info(header_type(*reinterpret_cast<const uint64_t*>(h))).finalize(payload);
    // Keep `payload` in a register or stack slot until the finalizer is done: it is now the
    // object's only root.
    __asm__ volatile("" : : "r"(payload) : "memory");
    ++ran;
    ++stats.objects_finalized;
  }
  running_finalizers_ = false;
  return ran;
}

}  // namespace weft::gc
