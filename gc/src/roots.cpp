#include "weft/gc/roots.h"

#include <algorithm>

#include "root_registry.h"
#include "weft/gc/stacks.h"

namespace weft::gc {

namespace {
std::vector<void* const*>& registry() {
  // Created on first use (usable from static initializers) and never destroyed: roots held by
  // static objects are removed by their destructors during exit, in any order.
  static auto* slots = new std::vector<void* const*>;
  return *slots;
}
std::vector<std::pair<void* const*, void* const* const*>>& range_registry() {
  static auto* ranges = new std::vector<std::pair<void* const*, void* const* const*>>;
  return *ranges;
}
std::vector<std::pair<void* const* const*, void* const*>>& stack_registry() {
  static auto* stacks = new std::vector<std::pair<void* const* const*, void* const*>>;
  return *stacks;
}
}  // namespace

const std::vector<void* const*>& root_slots() { return registry(); }

const std::vector<std::pair<void* const*, void* const* const*>>& root_ranges() {
  return range_registry();
}

void add_root_range(void* const* begin, void* const* const* top) {
  range_registry().push_back({begin, top});
}

void remove_root_range(void* const* begin) {
  std::erase_if(range_registry(), [&](const auto& r) { return r.first == begin; });
}

const std::vector<std::pair<void* const* const*, void* const*>>& suspended_stacks() {
  return stack_registry();
}

void add_stack(void* const* const* low, void* const* top) {
  stack_registry().push_back({low, top});
}

void remove_stack(void* const* top) {
  std::erase_if(stack_registry(), [&](const auto& s) { return s.second == top; });
}

void add_root(void* const* slot) { registry().push_back(slot); }

void remove_root(void* const* slot) {
  auto& slots = registry();
  auto it = std::find(slots.rbegin(), slots.rend(), slot);  // usually the newest: RAII order
  if (it != slots.rend()) slots.erase(std::next(it).base());
}

}  // namespace weft::gc
