// The optimizer's table of pure operations already emitted (common-subexpression
// elimination): (op, descr, operands) -> the value computing it. Open addressing in one flat
// array, because the optimizer asks it for nearly every operation it emits.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <vector>

#include "scratch_arena.h"
#include "weft/jit/ir.h"

namespace weft::jit::opt {

struct CseKey {
  Op op;
  const Descr* descr;
  uint32_t x, y;  // value_key()s of the operands, 0 when absent
  bool operator==(const CseKey&) const = default;
};

class CseTable {
 public:
  // The value recorded for `key`, or an empty Value.
  Value find(const CseKey& key) const {
    if (slots_.empty()) return Value();
    for (size_t at = hash(key) & mask(); slots_[at].value; at = (at + 1) & mask())
      if (slots_[at].key == key) return slots_[at].value;
    return Value();
  }
  // Records (or replaces) the value for `key`; `value` is not empty.
  void insert(const CseKey& key, Value value) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    size_t at = hash(key) & mask();
    for (; slots_[at].value; at = (at + 1) & mask())
      if (slots_[at].key == key) {
        slots_[at].value = value;
        return;
      }
    slots_[at] = {key, value};
    ++count_;
  }
  // Drops the entries `gone(key, value)` names (rare: at labels), rebuilding the table.
  template <class Gone>
  void erase_if(Gone gone) {
    std::pmr::vector<Slot> old(slots_.get_allocator());
    old.swap(slots_);
    count_ = 0;
    slots_.assign(old.size(), Slot{});
    for (const Slot& s : old)
      if (s.value && !gone(s.key, s.value)) insert(s.key, s.value);
  }

 private:
  struct Slot {
    CseKey key{};
    Value value;
  };
  static size_t hash(const CseKey& k) {
    uint64_t h = uint64_t(k.op) * 0x9e3779b97f4a7c15ull ^ reinterpret_cast<uintptr_t>(k.descr);
    h = (h ^ k.x) * 0x100000001b3ull;
    h = (h ^ k.y) * 0x100000001b3ull;
    return size_t(h ^ (h >> 31));
  }
  size_t mask() const { return slots_.size() - 1; }
  void grow() {
    std::pmr::vector<Slot> old(slots_.get_allocator());
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    count_ = 0;
    for (const Slot& s : old)
      if (s.value) insert(s.key, s.value);
  }

  std::pmr::vector<Slot> slots_{&scratch_arena()};  // (the optimizer's scope, optimize())
  size_t count_ = 0;
};

}  // namespace weft::jit::opt
