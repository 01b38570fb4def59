#include "heap_cache.h"

#include <algorithm>
#include <iterator>

#include "trace_copy.h"

namespace weft::jit::opt {

void HeapCache::keep_immutable(const std::unordered_set<uint32_t>& redefined) {
  auto gone = [&](Value v) { return v.is_inst() && redefined.count(v.index()) != 0; };
  for (auto it = entries_.begin(); it != entries_.end();) {
    const Descr* d = std::get<0>(it->first);
    const Entry& e = it->second;
    // (Array lengths never change.)
    bool immutable =
        std::get<2>(it->first) == kLength ||
        (d->kind == Descr::Kind::Field && static_cast<const FieldDescr*>(d)->immutable);
    bool keep = immutable && !gone(e.object) && !gone(e.value);
    it = keep ? std::next(it) : entries_.erase(it);
  }
  fresh_.clear();
}

std::optional<Value> HeapCache::find(const Descr* descr, Value object, uint32_t slot) {
  auto it = entries_.find(Key{descr, value_key(object), slot});
  if (it == entries_.end()) return std::nullopt;
  if (it->second.imported >= 0) used_[size_t(it->second.imported)] = true;
  return it->second.value;
}

bool HeapCache::holds(const Descr* descr, Value object, uint32_t slot, Value value) {
  auto it = entries_.find(Key{descr, value_key(object), slot});
  if (it == entries_.end() || it->second.value != value) return false;
  if (it->second.imported >= 0) used_[size_t(it->second.imported)] = true;
  return true;
}

std::optional<Value> HeapCache::peek(const Key& key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second.value;
}

void HeapCache::remember(const Descr* descr, Value object, Value index, Value value,
                         uint32_t slot) {
  entries_[Key{descr, value_key(object), slot}] = Entry{object, index, value};
}

bool HeapCache::may_alias(Value a, Value b) const {
  if (a == b) return true;
  bool fresh_a = a.is_inst() && fresh_.count(a.index());
  bool fresh_b = b.is_inst() && fresh_.count(b.index());
  if (fresh_a || fresh_b) return false;
  if (a.is_const() && b.is_const()) return out_.constant(a).bits == out_.constant(b).bits;
  return true;
}

void HeapCache::invalidate_field(const Descr* descr, Value object) {
  for (auto it = entries_.begin(); it != entries_.end();) {
    bool kill = std::get<0>(it->first) == descr && may_alias(it->second.object, object);
    it = kill ? entries_.erase(it) : std::next(it);
  }
}

// The same element of any array that may alias `array`, unless both indexes are different
// constants; lengths never change.
void HeapCache::invalidate_item(const Descr* descr, Value array, Value index) {
  for (auto it = entries_.begin(); it != entries_.end();) {
    const Entry& e = it->second;
    bool distinct = index.is_const() && e.index.is_const() &&
                    out_.constant(index).bits != out_.constant(e.index).bits;
    bool kill = std::get<0>(it->first) == descr && std::get<2>(it->first) != kLength && !distinct &&
                may_alias(e.object, array);
    it = kill ? entries_.erase(it) : std::next(it);
  }
}

// What the call's effect info says it may write; immutable fields survive any call.
void HeapCache::invalidate_call(const CallDescr* call) {
  const EffectInfo& e = call->effects;
  if (e.kind != EffectInfo::Kind::Normal) return;
  for (auto it = entries_.begin(); it != entries_.end();) {
    const Descr* d = std::get<0>(it->first);
    bool immutable = d->kind == Descr::Kind::Field && static_cast<const FieldDescr*>(d)->immutable;
    bool written = e.any_write || std::find(e.writes.begin(), e.writes.end(), d) != e.writes.end();
    it = (written && !immutable) ? entries_.erase(it) : std::next(it);
  }
}

}  // namespace weft::jit::opt
