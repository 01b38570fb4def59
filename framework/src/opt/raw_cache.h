// The optimizer's cache of raw memory (getfield_raw/setfield_raw: memory outside the GC heap,
// such as a Brainfuck tape or an interpreter's native arrays): a load of an address already
// loaded or stored, with the same descriptor, is the value known. Addresses are compared as
// linear forms over trace values (base + i + 3 and base + i + 4 are distinct bytes), so a
// store forgets only what it may overlap. Calls forget everything; facts cross only the label of
// a peeled loop (loop_heap.cpp).
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <functional>
#include <memory_resource>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

#include "scratch_arena.h"
#include "weft/jit/ir.h"

namespace weft::jit::opt {

class RawCache {
 public:
  // `as_loaded(value, field)`: `value` truncated and extended as a load of `field` returns it.
  using Normalize = std::function<Value(Value, const FieldDescr*)>;
  // `private_frames`: value_key()s of private frames (EffectInfo::private_frames), whose
  // memory is accessed through the frame's value only: disjoint from any address not
  // computed from it.
  RawCache(Trace& out, Normalize as_loaded,
           const std::unordered_set<uint32_t>* private_frames = nullptr)
      : out_(out), as_loaded_(std::move(as_loaded)), private_frames_(private_frames) {}

  // The value a getfield_raw of `address` with `field` would load, if known. A value stored
  // through a narrower field is truncated (and extended) here as the load would.
  std::optional<Value> load(Value address, const FieldDescr* field);
  void loaded(Value address, const FieldDescr* field, Value value);
  // A setfield_raw: forgets what the store may overlap, then knows what it wrote.
  void stored(Value address, const FieldDescr* field, Value value);
  void clear() { entries_.clear(); }
  // For a trace of about `n` instructions (the table of linear forms grows in steps else).
  void reserve(size_t n) {
    if (n > linear_.size()) {
      linear_.resize(n);
      has_linear_.resize(n, false);
    }
  }

  struct Entry {
    Value address;
    const FieldDescr* field;
    Value value;
    bool normalized;       // as a load of `field` returns it (else: a stored value, maybe wider)
    int32_t carried = -1;  // its number among the facts carried into a peeled loop
  };
  // At a peeled loop's label (loop_heap.cpp): keeps the entries `keep(entry, &id)` approves
  // (it may change the entry's value and give it a number); load() then notes which of those
  // numbers answered a load.
  template <class Keep>
  void carry_into_loop(Keep keep) {
    std::pmr::vector<Entry> kept(entries_.get_allocator());
    for (Entry e : entries_) {
      int32_t id = -1;
      if (!keep(e, &id)) continue;
      e.carried = id;
      kept.push_back(e);
    }
    entries_ = std::move(kept);
    used_.clear();
  }
  // The entry for exactly this address and access, if any (no code emitted).
  const Entry* peek(Value address, const FieldDescr* field) const;
  bool used(int32_t id) const { return id >= 0 && size_t(id) < used_.size() && used_[size_t(id)]; }
  // The value_key() of `frame` when an access through `field` at `address` touches
  // `frame + c` with c >= 0 (the address is `frame` plus constants): the part of raw memory a
  // private frame (EffectInfo::private_frames) covers.
  std::optional<uint32_t> frame_of(Value address, const FieldDescr* field) const;
  // Whether `v` is computed from the value with value_key() `frame` (through pure operations;
  // a load or a call ends the search: a private frame's address is not stored anywhere).
  bool computed_from(Value v, uint32_t frame, int depth = 0) const;
  // Forgets the entries `keep(entry)` does not approve.
  template <class Keep>
  void keep_only(Keep keep) {
    std::erase_if(entries_, [&](const Entry& e) { return !keep(e); });
  }
  // Whether accesses through `fa` at `a` and `fb` at `b` touch no common byte.
  bool disjoint(Value a, const FieldDescr* fa, Value b, const FieldDescr* fb) const;
  static bool same_access(const FieldDescr* a, const FieldDescr* b);

 private:
  // sum(coefficient * atom) + constant
  struct Linear {
    // value_key, coefficient; sorted. Addresses are mostly base + index + k: two atoms.
    boost::container::small_vector<std::pair<uint32_t, int64_t>, 2> atoms;
    int64_t constant = 0;
  };
  // The linear form of `v`, computed once per trace value (every store compares its address
  // with every cached and pending one).
  const Linear& linear(Value v) const;
  Linear compute_linear(Value v, int depth) const;
  // disjoint() with the linear forms of `a` and `b` given.
  bool disjoint(const Linear& la, Value a, const FieldDescr* fa, const Linear& lb, Value b,
                const FieldDescr* fb) const;
  // Whether `l` accessed through `f` is in a private frame.
  bool in_private_frame(const Linear& l, const FieldDescr* f) const;
  static void add(Linear& into, const Linear& x, int64_t sign);

  static constexpr size_t kMaxEntries = 64;
  Trace& out_;
  Normalize as_loaded_;
  const std::unordered_set<uint32_t>* private_frames_;
  // Tables in the optimizer's scratch arena (its scope: optimize()).
  std::pmr::vector<Entry> entries_{&scratch_arena()};
  std::pmr::vector<bool> used_ = std::pmr::vector<bool>(&scratch_arena());
  mutable std::pmr::vector<Linear> linear_{
      &scratch_arena()};  // by instruction index, once computed
  mutable std::pmr::vector<bool> has_linear_ = std::pmr::vector<bool>(&scratch_arena());
  mutable Linear scratch_;  // a constant's form
};

}  // namespace weft::jit::opt
