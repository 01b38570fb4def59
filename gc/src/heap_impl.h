// Heap::Impl: the collector proper. Private to gc/.
//
// A collection, in order (collector.cpp):
//   1. sort the regions bump-allocated since the last collection and clear the cards that lie
//      inside them (young objects are traced anyway if reachable). Young objects have no
//      object-start bits yet (allocation does no bookkeeping beyond the header, which keeps the
//      inline fast path short); a block's young regions are walked to set them only when a
//      conservative root points into that block;
//   2. major only: clear mark bits and line marks (minor collections keep them: "sticky" marks,
//      so every object that survived a collection is old and is not traced again);
//   3. minor only: trace the old objects on dirty cards (written since the last collection);
//   4. mark from the roots: native stack and registers (conservatively), explicit roots, objects
//      waiting for their finalizer; trace to a fixed point;
//   5. clear weak references to unmarked objects; resurrect unmarked finalizable objects into
//      the pending-finalizer queue (marking what they reach);
//   With evacuation (evacuate.cpp), a major collection first picks candidate blocks; from step 4
//   on, an object in a candidate block first reached through a traced field is copied into an
//   empty block and the field updated (roots were all marked in place before, so they pin).
//   6. sweep blocks and large objects: a swept block's object-start bits become its mark bits
//      (only object headers are ever marked); clear cards; return memory to the OS after a major.
#pragma once

#include <chrono>
#include <deque>
#include <vector>

#include "address_space.h"
#include "block_space.h"
#include "large_space.h"
#include "weft/gc/heap.h"
#include "weft/gc/jit_raw_allocation.h"

namespace weft::gc {

struct Region {
  uintptr_t start;
  uintptr_t end;
};

class Heap::Impl {
 public:
  Impl(Heap& heap, const HeapConfig& config);

  // allocator.cpp
  // A bump-allocation point: the fast path's cursor and limit (in Heap) and the hole they are
  // in. C++ allocates from `cpp_point`, whose holes are zeroed when handed out; compiled code from
  // `raw_point`, whose holes are not (JitContract: it writes every word itself).
  struct AllocState {
    Heap::AllocPoint* point;
    bool zeroed;
    uintptr_t hole_start = 0;
    uintptr_t hole_end = 0;  // the real end of the hole (the published limit is lowered to
                             // force the slow path in stress mode)
    int64_t block = -1;      // block being allocated into
    size_t line = 0;         // next line of `block` to look at
  };
  void* allocate_slow(TypeId type, size_t payload_bytes, AllocState& at);
  void close_allocation();
  size_t in_use_bytes() const;

  // collector.cpp
  void collect(CollectionKind kind);
  size_t run_finalizers();
  bool has_pending_finalizers() const { return !pending_finalizers_.empty(); }
  // Gives every object allocated since the last collection its start bit (debugging paths).
  void walk_new_objects();
  void register_object(uintptr_t header, TypeId type);

  // object_map.cpp: finding objects from arbitrary addresses
  uintptr_t find_header(uintptr_t addr) const;
  size_t size_at(uintptr_t header) const;

  // verify.cpp
  bool verify(std::string* error);

  // census.cpp: after a major sweep, the live objects by type and how full the blocks are.
  void print_census(FILE* out);

  Heap& heap;
  HeapConfig config;
  Heap::AllocPoint raw_alloc;  // compiled code's cursor and limit (jit_raw_allocation.h)
  JitRawAllocation raw_contract{};
  AllocState cpp_point{&heap.alloc_, true};
  AllocState raw_point{&raw_alloc, false};
  AddressSpace space;
  BlockSpace blocks{space};
  LargeSpace large{space};
  Stats stats;
  JitContract contract{};
  TypeId weak_ref_type = 0;
  uintptr_t stack_top = 0;  // highest address of the running stack (gc::switch_stack)
  static inline Impl* current_ = nullptr;  // the live Heap's (Heap::current())
  static Impl* current() { return current_; }

  // The mutator/collector boundary. Every entry from mutator code into code that may collect
  // (Heap::allocate_slow, Heap::collect) saves the callee-saved registers into an array in its
  // own frame and publishes that array's address: the conservative scan covers exactly
  // [that address, stack_top), i.e. the saved registers and the mutator's frames, and none of
  // the collector's own frames (whose locals hold heap addresses). Entries nest: a finalizer
  // that allocates is mutator code below the outer boundary.
  static constexpr size_t kSavedRegisters = 6;
  uintptr_t enter_boundary(uintptr_t* saved_registers) {
    uintptr_t outer = mutator_stack_low_;
    mutator_stack_low_ = reinterpret_cast<uintptr_t>(saved_registers);
    return outer;
  }
  void leave_boundary(uintptr_t outer) { mutator_stack_low_ = outer; }

 private:
  // allocator.cpp
  void* bump(AllocState& at, TypeId type, size_t total);
  void* allocate_medium(TypeId type, size_t total);
  void* allocate_large(TypeId type, size_t payload_bytes);
  bool next_hole(AllocState& at);
  enum class Growth { Ok, Retry, OutOfMemory };
  Growth check_growth(size_t bytes, bool& collected);
  // An empty block for the allocator, or kNoBlock (out of memory), or kCollected (a collection
  // ran: the caller should look at recyclable blocks again before asking once more).
  static constexpr int64_t kNoBlock = -1;
  static constexpr int64_t kCollected = -2;
  int64_t take_empty_block(bool& collected, bool zero = true);
  void maybe_minor_collection();
  void update_limit(AllocState& at);
  void close_hole(AllocState& at);
  void close_region(uintptr_t start, uintptr_t end);
  void note_heap_size();
  void note_allocated_space(size_t bytes);

  // collector.cpp
  void refresh_type_tables();
  void prepare_young_regions();
  void walk_young_block(size_t block);
  void walk_young_region_at(size_t block, uintptr_t word);
  void walk_region(const Region& region);
  void mark_roots();
  void scan_stack();
  void scan_range(uintptr_t low, uintptr_t high);
  void scan_cards(Tracer& tracer);
  void trace_object(uintptr_t header, Tracer& tracer);
  // The dirty cards in [first_card, end_card) of the old object at `header`, run by run.
  void trace_dirty_runs(uintptr_t header, size_t first_card, size_t end_card,
                        void (*range)(const void*, uintptr_t, uintptr_t, Tracer&), Tracer& tracer);
  void drain(Tracer& tracer);
  template <bool kCountLive>
  void drain_counting(Tracer& tracer);
  // Marks the object at `header` and queues it for tracing, unless it is marked already.
  void mark(uintptr_t header);
  void mark_conservative(uintptr_t word, const void* where);
  void process_weak_refs();
  void process_finalizable(Tracer& tracer);
  void clear_cards();
  void finish_collection(CollectionKind kind, std::chrono::steady_clock::time_point start);

  // evacuate.cpp
  bool select_candidates();
  void end_evacuation();
  static void evacuate_thunk(void* self, void* slot, uintptr_t header);
  void evacuate(void* slot, uintptr_t header);
  uintptr_t evacuation_space(size_t bytes);
  // Where the object at `header` is now: its copy if it was evacuated by this collection.
  uintptr_t forwarded(uintptr_t header) const;
  void pin_requested();

 public:
  std::vector<uintptr_t> pin_requests_;  // Heap::pin_containing since the last collection

 private:
  // Allocation state besides cpp_point and raw_point.
  uintptr_t medium_start_ = 0, medium_cursor_ = 0, medium_end_ = 0;  // overflow allocator
  std::vector<Region> regions_;         // closed allocation regions since the last collection
  std::vector<Region> young_by_block_;  // regions_ grouped by block (prepare_young_regions)
  std::vector<uint32_t> region_ends_;   // per block: one past its last region in young_by_block_
  std::vector<uint8_t> unwalked_;       // per block: has young regions without start bits
  std::vector<uint8_t> region_walked_;  // per region of young_by_block_: has its start bits
  size_t young_bytes_ = 0;              // space handed to the allocator since the last collection
  size_t allocated_since_major_ = 0;
  size_t major_trigger_ = 0;
  bool hole_fallback_ = false;  // allocate_medium is passing the holes there are: no collection
  uint64_t stress_count_ = 0;
  uint64_t stress_collections_ = 0;

  uintptr_t mutator_stack_low_ = 0;

  // Collection state.
  bool in_collection_ = false;
  bool running_finalizers_ = false;
  size_t marked_bytes_ = 0;
  std::vector<uintptr_t> mark_stack_;
  std::vector<void (*)(const void*, Tracer&)> trace_fns_;  // by TypeId, refreshed per collection
  std::vector<void (*)(const void*, uintptr_t, uintptr_t, Tracer&)> trace_range_fns_;  // same
  std::vector<uint8_t> type_flags_;     // kHasFinalizer | kIsWeakRef
  std::vector<uintptr_t> finalizable_;  // headers of objects whose finalizer has not run
  std::deque<uintptr_t> pending_finalizers_;
  std::vector<uintptr_t> weak_refs_;  // headers of live WeakRef objects

  // Evacuation state of the current major collection.
  std::vector<uint32_t> candidate_blocks_;
  uintptr_t evac_cursor_ = 0, evac_end_ = 0;  // the empty block being copied into
  size_t evac_blocks_left_ = 0;               // empty blocks it may still take

  // growth_from_live heaps that grow double up to this size between majors (finish_collection).
  static constexpr size_t kGrowingHeapCap = size_t{16} << 20;

  static constexpr uint8_t kHasFinalizer = 1;
  static constexpr uint8_t kIsWeakRef = 2;
  static constexpr uint8_t kPinnedType = 4;
};

}  // namespace weft::gc
