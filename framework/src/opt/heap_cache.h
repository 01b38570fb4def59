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
#include <vector>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

class HeapCache {
 public:
  static constexpr uint32_t kLength = 0xffffffffu;  // the slot of an array's length
  // descriptor, value_key() of the object, slot (see find())
  using Key = std::tuple<const Descr*, uint32_t, uint32_t>;
  // What one entry says: `descr` of `object` (item `index`) holds `value`.
  struct Fact {
    const Descr* descr;
    Value object;
    Value index;  // array items; empty for fields and lengths
    Value value;
  };

  explicit HeapCache(const Trace& out) : out_(out) {}

  // Facts do not cross a label.
  void clear() {
    entries_.clear();
    fresh_.clear();
  }
  // At a label: keeps only immutable fields of objects (holding values) the label does not
  // redefine; every object may have been written by the previous iteration.
  void keep_immutable(const std::unordered_set<uint32_t>& redefined);
  // At the label of a peeled loop (opt/loop_heap.cpp): `decide` sees every entry and returns
  // false to forget it, or true to keep it with its value as `decide` left it and, if it set
  // `*id` (to a number below 2^31), under that number: whether the loop relied on such an entry
  // is then told by used(id). Objects allocated before are not fresh in the loop.
  template <class Decide>
  void carry_into_loop(Decide decide) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      Fact f{std::get<0>(it->first), it->second.object, it->second.index, it->second.value};
      int32_t id = -1;
      if (!decide(it->first, f, &id)) {
        it = entries_.erase(it);
        continue;
      }
      it->second.value = f.value;
      it->second.imported = id;
      if (id >= 0 && size_t(id) >= used_.size()) used_.resize(size_t(id) + 1, false);
      ++it;
    }
    fresh_.clear();
  }
  // Whether find() returned the value of entry `id` (see carry_into_loop) while it held it.
  bool used(int32_t id) const { return id >= 0 && size_t(id) < used_.size() && used_[size_t(id)]; }
  // What `descr` of `object` holds at `slot`: 0 for a field, kLength for an array's length, or
  // value_key() of the item's index.
  std::optional<Value> find(const Descr* descr, Value object, uint32_t slot);
  // Whether it holds `value` (only then counted as a use: a store of another value is emitted
  // whatever the cache knew).
  bool holds(const Descr* descr, Value object, uint32_t slot, Value value);
  // find() without counting as a use.
  std::optional<Value> peek(const Key& key) const;
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
  struct Entry {
    Value object;
    Value index;  // array items; empty for fields and lengths
    Value value;
    int32_t imported = -1;  // carry_into_loop's number while it holds the value carried in
  };
  const Trace& out_;
  std::map<Key, Entry> entries_;
  std::unordered_set<uint32_t> fresh_;  // output instructions that are allocations
  std::vector<bool> used_;              // by carry_into_loop's number
};

}  // namespace weft::jit::opt
