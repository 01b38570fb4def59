#include "weft/gc/roots.h"

#include <algorithm>

#include "root_registry.h"

namespace weft::gc {

namespace {
std::vector<void* const*>& registry() {
  static std::vector<void* const*> slots;  // a function-local static: usable from static init
  return slots;
}
}  // namespace

const std::vector<void* const*>& root_slots() { return registry(); }

void add_root(void* const* slot) { registry().push_back(slot); }

void remove_root(void* const* slot) {
  auto& slots = registry();
  auto it = std::find(slots.rbegin(), slots.rend(), slot);  // usually the newest: RAII order
  if (it != slots.rend()) slots.erase(std::next(it).base());
}

}  // namespace weft::gc
