// Virtual objects (allocation removal): allocations of the trace being optimized that have not
// escaped exist only here, as their field values. The driver maps such an allocation to
// Value::virtual_object(id), an id of this table (not a snapshot's numbering), forwards loads
// and stores on it, and materializes it (force) when it escapes. At guards, the snapshot
// describes the virtual objects it refers to instead (describe).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "weft/jit/ir.h"

namespace weft::jit::opt {

class Virtuals {
 public:
  // Arrays with more items than this are allocated for real: a virtual array's items are all
  // described in every snapshot that refers to it.
  static constexpr int64_t kMaxArrayLength = 16;

  struct Object {
    const Descr* descr = nullptr;  // SizeDescr or ArrayDescr
    // Objects: the fields stored so far, in order of first store (others are zero, as after
    // allocation). Arrays: one value per item (an empty Value is zero).
    std::vector<std::pair<const FieldDescr*, Value>> fields;
    std::vector<Value> items;
    Value materialized;  // the real allocation, once forced
  };

  explicit Virtuals(Trace& out) : out_(out) {}

  Value new_object(const SizeDescr* descr);
  Value new_array(const ArrayDescr* descr, int64_t length);

  // Whether `v` (a value of the trace being built) is a virtual object not yet materialized.
  bool is_virtual(Value v) const { return v.kind() == Value::Kind::Virtual && !forced(v); }
  // `v` itself, or the real allocation of a forced virtual object.
  Value resolve(Value v) const {
    return v.kind() == Value::Kind::Virtual && forced(v) ? objects_[v.index()].materialized : v;
  }
  const Object& object(Value v) const { return objects_[v.index()]; }
  uint32_t type_id(Value v) const;

  // Fields and items of a virtual object; a field never stored reads as zero.
  Value get_field(Value v, const FieldDescr* field);
  void set_field(Value v, const FieldDescr* field, Value value);
  // Items at constant indexes inside the array: nothing if `index` is not such a constant.
  std::optional<Value> get_item(Value v, Value index);
  bool set_item(Value v, Value index, Value value);
  int64_t length(Value v) const { return int64_t(objects_[v.index()].items.size()); }

  // Records that `v` has been materialized as `real` (its allocation; the caller stores its
  // fields). From then on resolve(v) is `real`.
  void set_materialized(Value v, Value real) { objects_[v.index()].materialized = real; }

  // A snapshot for the output trace from `in` (a snapshot of the input trace): frame values and
  // the input's own virtual objects keep their numbers, with their values mapped through `get`
  // (called for instruction and constant values of the input); every virtual object of this
  // table they reach is appended, field by field (nested and cyclic ones included). `pending`
  // (raw stores of the output trace whose values may be objects of this table) become the
  // snapshot's first raw stores, before the input's own. Written into `out`, an empty
  // snapshot (in place: snapshots are large to move).
  void describe(const Snapshot& in, const std::function<Value(Value)>& get,
                std::span<const RawStore> pending, Snapshot& out);

 private:
  bool forced(Value v) const { return bool(objects_[v.index()].materialized); }
  Value zero(Type type) { return out_.constant_of(type, 0); }

  Trace& out_;
  std::vector<Object> objects_;
};

}  // namespace weft::jit::opt
