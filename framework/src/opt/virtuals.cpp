#include "virtuals.h"

namespace weft::jit::opt {

Value Virtuals::new_object(const SizeDescr* descr) {
  objects_.push_back(Object{descr, {}, {}, Value()});
  return Value::virtual_object(uint32_t(objects_.size() - 1));
}

Value Virtuals::new_array(const ArrayDescr* descr, int64_t length) {
  objects_.push_back(Object{descr, {}, std::vector<Value>(size_t(length)), Value()});
  return Value::virtual_object(uint32_t(objects_.size() - 1));
}

uint32_t Virtuals::type_id(Value v) const {
  const Descr* d = objects_[v.index()].descr;
  return d->kind == Descr::Kind::Size ? static_cast<const SizeDescr*>(d)->type_id
                                      : static_cast<const ArrayDescr*>(d)->type_id;
}

Value Virtuals::get_field(Value v, const FieldDescr* field) {
  for (const auto& [f, value] : objects_[v.index()].fields)
    if (f == field) return resolve(value);
  return zero(field->type);
}

void Virtuals::set_field(Value v, const FieldDescr* field, Value value) {
  for (auto& [f, old] : objects_[v.index()].fields) {
    if (f == field) {
      old = value;
      return;
    }
  }
  objects_[v.index()].fields.emplace_back(field, value);
}

std::optional<Value> Virtuals::get_item(Value v, Value index) {
  if (!index.is_const()) return std::nullopt;
  const Object& o = objects_[v.index()];
  int64_t k = out_.constant(index).as_int();
  if (k < 0 || k >= int64_t(o.items.size())) return std::nullopt;
  Value item = o.items[size_t(k)];
  return item ? resolve(item) : zero(static_cast<const ArrayDescr*>(o.descr)->item_type);
}

bool Virtuals::set_item(Value v, Value index, Value value) {
  if (!index.is_const()) return false;
  Object& o = objects_[v.index()];
  int64_t k = out_.constant(index).as_int();
  if (k < 0 || k >= int64_t(o.items.size())) return false;
  o.items[size_t(k)] = value;
  return true;
}

namespace {

// Appends the table's virtual objects a snapshot reaches, each once (so that sharing and cycles
// survive materialization on guard failure).
struct Describer {
  Virtuals& virtuals;
  Trace& out;
  Snapshot& snapshot;
  std::unordered_map<uint32_t, uint32_t> index_of;  // table id -> snapshot virtual number

  Value value(Value v) {
    v = virtuals.resolve(v);
    if (!virtuals.is_virtual(v)) return v;
    auto it = index_of.find(v.index());
    if (it != index_of.end()) return Value::virtual_object(it->second);
    uint32_t k = uint32_t(snapshot.virtuals.size());
    index_of[v.index()] = k;
    const Virtuals::Object& o = virtuals.object(v);
    snapshot.virtuals.push_back(VirtualObject{o.descr, {}});
    std::vector<std::pair<const FieldDescr*, Value>> fields;
    if (o.descr->kind == Descr::Kind::Array) {
      Type item_type = static_cast<const ArrayDescr*>(o.descr)->item_type;
      for (Value item : o.items)
        fields.emplace_back(nullptr, item ? value(item) : out.constant_of(item_type, 0));
    } else {
      for (const auto& [field, stored] : o.fields) {
        Value described = value(stored);
        // An allocation starts zeroed: a zero field needs no description.
        if (described.is_const() && out.constant(described).bits == 0) continue;
        fields.emplace_back(field, described);
      }
    }
    snapshot.virtuals[k].fields = std::move(fields);  // push_backs above may have moved it
    return Value::virtual_object(k);
  }
};

}  // namespace

void Virtuals::describe(const Snapshot& in, const std::function<Value(Value)>& get,
                        std::span<const RawStore> pending, Snapshot& result) {
  result.frames = in.frames;
  result.virtuals = in.virtuals;
  result.condition_slots = in.condition_slots;
  Describer d{*this, out_, result, {}};
  auto map = [&](Value v) { return v.kind() == Value::Kind::Virtual ? v : d.value(get(v)); };
  for (ResumeFrame& frame : result.frames)
    for (Value& v : frame.values) v = map(v);
  for (size_t k = 0; k < in.virtuals.size(); ++k)
    for (size_t f = 0; f < in.virtuals[k].fields.size(); ++f)
      result.virtuals[k].fields[f].second = map(in.virtuals[k].fields[f].second);
  for (const RawStore& s : pending) {
    Value value = d.value(s.value);
    result.raw_stores.push_back({s.field, s.address, value});
  }
  for (const RawStore& s : in.raw_stores) {
    Value address = get(s.address), value = map(s.value);
    result.raw_stores.push_back({s.field, address, value});
  }
}

}  // namespace weft::jit::opt
