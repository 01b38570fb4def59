// The optimizer's heap cache: what fields, array items and array lengths of the trace being
// built are known to contain. Objects allocated in the trace ("fresh") are distinct from each
// other and from every object that existed before, so a store to one cannot change another --
// until they escape (are stored into an object or passed to a call): after that, a load may
// return them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_set>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

class HeapCache {
 public:
  static constexpr uint32_t kLength = 0xffffffffu;  // the slot of an array's length

  explicit HeapCache(const Trace& out) : out_(out) {}

  // Facts do not cross a label.
  void clear() {
    entries_.clear();
    fresh_.clear();
  }
  // At a label: keeps only immutable fields of objects (holding values) the label does not
  // redefine; every object may have been written by the previous iteration.
  void keep_immutable(const std::unordered_set<uint32_t>& redefined);
  // What `descr` of `object` holds at `slot`: 0 for a field, kLength for an array's length, or
  // value_key() of the item's index.
  std::optional<Value> find(const Descr* descr, Value object, uint32_t slot) const;
  void remember(const Descr* descr, Value object, Value index, Value value, uint32_t slot);
  // `object` was allocated by this trace.
  void add_fresh(Value object) { fresh_.insert(object.index()); }
  // `object` was stored somewhere or passed on: from now on a load may return it, so it may
  // alias what such loads return.
  void escaped(Value object) {
    if (object.is_inst()) fresh_.erase(object.index());
  }

  // Forget what a store may have overwritten.
  void invalidate_field(const Descr* descr, Value object);
  void invalidate_item(const Descr* descr, Value array, Value index);
  void invalidate_call(const CallDescr* call);

  // Whether objects `a` and `b` (values of the trace being built) may be the same object.
  bool may_alias(Value a, Value b) const;

 private:
  using Key = std::tuple<const Descr*, uint32_t, uint32_t>;
  struct Entry {
    Value object;
    Value index;  // array items; empty for fields and lengths
    Value value;
  };
  const Trace& out_;
  std::map<Key, Entry> entries_;
  std::unordered_set<uint32_t> fresh_;  // output instructions that are allocations
};

}  // namespace weft::jit::opt
