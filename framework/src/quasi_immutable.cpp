#include "weft/jit/quasi_immutable.h"

#include <algorithm>

namespace weft::jit {

void QuasiImmutableDeps::depend(const void* object, const FieldDescr* field, CompiledTrace* trace) {
  std::vector<CompiledTrace*>& traces = deps_[{object, field}];
  if (std::find(traces.begin(), traces.end(), trace) == traces.end()) traces.push_back(trace);
}

size_t QuasiImmutableDeps::changed(const void* object, const FieldDescr* field) {
  auto it = deps_.find({object, field});
  if (it == deps_.end()) return 0;
  std::vector<CompiledTrace*> traces = std::move(it->second);
  deps_.erase(it);
  size_t count = 0;
  for (CompiledTrace* trace : traces) {
    if (trace->invalidated()) continue;
    backend_.invalidate(*trace);
    ++count;
  }
  return count;
}

void QuasiImmutableDeps::forget(const CompiledTrace* trace) {
  for (auto it = deps_.begin(); it != deps_.end();) {
    std::erase(it->second, trace);
    it = it->second.empty() ? deps_.erase(it) : std::next(it);
  }
}

}  // namespace weft::jit
