// The optimizer's cache of raw memory (getfield_raw/setfield_raw: memory outside the GC heap,
// such as a Brainfuck tape or an interpreter's native arrays): a load of an address already
// loaded or stored, with the same descriptor, is the value known. Addresses are compared as
// linear forms over trace values (base + i + 3 and base + i + 4 are distinct bytes), so a
// store forgets only what it may overlap. Calls forget everything; facts do not cross labels.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

class RawCache {
 public:
  explicit RawCache(Trace& out) : out_(out) {}

  // The value a getfield_raw of `address` with `field` would load, if known. A value stored
  // through a narrower field is truncated (and extended) here as the load would.
  std::optional<Value> load(Value address, const FieldDescr* field);
  void loaded(Value address, const FieldDescr* field, Value value);
  // A setfield_raw: forgets what the store may overlap, then knows what it wrote.
  void stored(Value address, const FieldDescr* field, Value value);
  void clear() { entries_.clear(); }
  // Whether accesses through `fa` at `a` and `fb` at `b` touch no common byte.
  bool disjoint(Value a, const FieldDescr* fa, Value b, const FieldDescr* fb) const;
  static bool same_access(const FieldDescr* a, const FieldDescr* b);

 private:
  // sum(coefficient * atom) + constant
  struct Linear {
    std::vector<std::pair<uint32_t, int64_t>> atoms;  // value_key, coefficient; sorted
    int64_t constant = 0;
  };
  Linear linear(Value v, int depth) const;
  static void add(Linear& into, const Linear& x, int64_t sign);

  struct Entry {
    Value address;
    const FieldDescr* field;
    Value value;
    bool normalized;  // as a load of `field` returns it (else: a stored value, maybe wider)
  };
  static constexpr size_t kMaxEntries = 64;
  Trace& out_;
  std::vector<Entry> entries_;
};

}  // namespace weft::jit::opt
