// Quasi-immutable fields: fields that are almost never written (a class's method table, a
// global's cell). The optimizer reads such a field of a constant object at compile time and
// guards the result with guard_not_invalidated, which costs nothing in compiled code; the trace
// records the dependency here. When the VM writes the field, it calls changed(), which
// invalidates (by patching) every compiled trace that relied on the old value. The invalidated
// traces leave at their guard_not_invalidated the next time they run; the VM retraces later.
//
// The object is a constant of the trace, and constants never move (Trace::constant_of pins
// them), so (object address, field) identifies the field. A dead object's entry
// stays until the traces depending on it are forgotten; if its address is reused, a write
// there invalidates them spuriously, which is safe.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <utility>
#include <vector>

#include "weft/jit/backend.h"

namespace weft::jit {

class QuasiImmutableDeps {
 public:
  explicit QuasiImmutableDeps(Backend& backend) : backend_(backend) {}

  // `trace` assumes `field` of `object` keeps the value it had when the trace was optimized.
  void depend(const void* object, const FieldDescr* field, CompiledTrace* trace);

  // The VM wrote `field` of `object`: invalidates the traces that depend on it and forgets
  // them (for this field). Returns how many traces were invalidated. Cheap when none depend.
  size_t changed(const void* object, const FieldDescr* field);

  // `trace` is about to be freed: drop every dependency it had.
  void forget(const CompiledTrace* trace);

  size_t watched_fields() const { return deps_.size(); }

 private:
  struct KeyHash {
    size_t operator()(const std::pair<const void*, const FieldDescr*>& k) const {
      return std::hash<const void*>()(k.first) * 31 + std::hash<const void*>()(k.second);
    }
  };
  Backend& backend_;
  std::unordered_map<std::pair<const void*, const FieldDescr*>, std::vector<CompiledTrace*>,
                     KeyHash>
      deps_;
};

}  // namespace weft::jit
