#include "raw_cache.h"

#include <algorithm>

#include "trace_copy.h"

namespace weft::jit::opt {

bool RawCache::same_access(const FieldDescr* a, const FieldDescr* b) {
  return a == b || (a->offset == b->offset && a->size == b->size && a->type == b->type &&
                    a->is_signed == b->is_signed);
}

void RawCache::add(Linear& into, const Linear& x, int64_t sign) {
  into.constant += sign * x.constant;
  for (auto [atom, coefficient] : x.atoms) {
    auto it = std::lower_bound(into.atoms.begin(), into.atoms.end(),
                               std::pair<uint32_t, int64_t>(atom, INT64_MIN));
    if (it != into.atoms.end() && it->first == atom) {
      it->second += sign * coefficient;
      if (it->second == 0) into.atoms.erase(it);
    } else {
      into.atoms.insert(it, {atom, sign * coefficient});
    }
  }
}

RawCache::Linear RawCache::compute_linear(Value v, int depth) const {
  Linear l;
  if (v.is_const()) {
    l.constant = out_.constant(v).as_int();
    return l;
  }
  if (v.is_inst() && depth < 8) {
    const Inst& inst = out_.inst(v);
    if (inst.op == Op::int_add || inst.op == Op::int_sub) {
      auto args = out_.args(inst);
      l = compute_linear(args[0], depth + 1);
      add(l, compute_linear(args[1], depth + 1), inst.op == Op::int_add ? 1 : -1);
      return l;
    }
  }
  l.atoms.push_back({value_key(v), 1});
  return l;
}

const RawCache::Linear& RawCache::linear(Value v) const {
  if (!v.is_inst()) {
    scratch_ = compute_linear(v, 0);
    return scratch_;
  }
  size_t i = v.index();
  if (i >= linear_.size()) {
    linear_.resize(std::max<size_t>(i + 1, 2 * linear_.size()));
    has_linear_.resize(linear_.size(), false);
  }
  if (!has_linear_[i]) {
    linear_[i] = compute_linear(v, 0);
    has_linear_[i] = true;
  }
  return linear_[i];
}

bool RawCache::disjoint(Value a, const FieldDescr* fa, Value b, const FieldDescr* fb) const {
  // Both forms by reference (this runs for every pending store at every raw access): the
  // table grows first, and a constant's form (scratch_) is copied.
  if (a.is_inst() && b.is_inst()) linear(Value::inst(std::max(a.index(), b.index())));
  Linear constant;
  if (!a.is_inst()) constant = linear(a);
  const Linear& la = a.is_inst() ? linear(a) : constant;
  return disjoint(la, a, fa, linear(b), b, fb);
}

bool RawCache::disjoint(const Linear& la, Value a, const FieldDescr* fa, const Linear& lb, Value b,
                        const FieldDescr* fb) const {
  if (la.atoms != lb.atoms) {
    // Unrelated addresses may be anywhere, but a private frame is accessed through its own
    // value only.
    return (in_private_frame(la, fa) && !computed_from(b, la.atoms[0].first)) ||
           (in_private_frame(lb, fb) && !computed_from(a, lb.atoms[0].first));
  }
  // Same base: compare the byte ranges (wrapping arithmetic of addresses is not a concern:
  // the ranges are within one object or array).
  int64_t start_a = la.constant + fa->offset, start_b = lb.constant + fb->offset;
  return start_a + fa->size <= start_b || start_b + fb->size <= start_a;
}

std::optional<uint32_t> RawCache::frame_of(Value address, const FieldDescr* field) const {
  const Linear& l = linear(address);
  if (l.atoms.size() != 1 || l.atoms[0].second != 1 || l.constant + field->offset < 0)
    return std::nullopt;
  return l.atoms[0].first;
}

bool RawCache::in_private_frame(const Linear& l, const FieldDescr* f) const {
  return private_frames_ && l.atoms.size() == 1 && l.atoms[0].second == 1 &&
         l.constant + f->offset >= 0 && private_frames_->count(l.atoms[0].first);
}

bool RawCache::computed_from(Value v, uint32_t frame, int depth) const {
  if (value_key(v) == frame) return true;
  if (!v.is_inst()) return false;
  const Inst& inst = out_.inst(v);
  if (inst.op != Op::same_as && !op_info(inst.op).has(opflag::PURE)) return false;
  if (depth >= 8) return true;  // unknown: as if it were
  for (Value a : out_.args(inst))
    if (computed_from(a, frame, depth + 1)) return true;
  return false;
}

const RawCache::Entry* RawCache::peek(Value address, const FieldDescr* field) const {
  for (const Entry& e : entries_)
    if (e.address == address && same_access(e.field, field)) return &e;
  return nullptr;
}

std::optional<Value> RawCache::load(Value address, const FieldDescr* field) {
  for (const Entry& e : entries_) {
    if (e.address != address || !same_access(e.field, field)) continue;
    if (e.carried >= 0) {
      if (used_.size() <= size_t(e.carried)) used_.resize(size_t(e.carried) + 1);
      used_[size_t(e.carried)] = true;
    }
    if (e.normalized || field->size == 8 || field->type != Type::Int) return e.value;
    // A stored value: the load sees only its low bytes.
    return as_loaded_(e.value, field);
  }
  return std::nullopt;
}

void RawCache::loaded(Value address, const FieldDescr* field, Value value) {
  if (entries_.size() >= kMaxEntries) entries_.erase(entries_.begin());
  entries_.push_back({address, field, value, true});
}

void RawCache::stored(Value address, const FieldDescr* field, Value value) {
  // The store's form once, copied (looking up an entry's may grow the table), against every
  // entry's.
  const Linear stored_form = linear(address);
  std::erase_if(entries_, [&](const Entry& e) {
    if (e.address == address)
      return !disjoint(stored_form, address, field, stored_form, e.address, e.field);
    if (!e.address.is_inst()) return !disjoint(e.address, e.field, address, field);
    return !disjoint(linear(e.address), e.address, e.field, stored_form, address, field);
  });
  if (entries_.size() >= kMaxEntries) entries_.erase(entries_.begin());
  entries_.push_back({address, field, value, false});
}

}  // namespace weft::jit::opt
