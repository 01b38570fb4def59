// The process-wide list of explicit root slots (see weft/gc/roots.h).
#pragma once

#include <utility>
#include <vector>

namespace weft::gc {
const std::vector<void* const*>& root_slots();
// Registered root ranges: the first word, and where the end is (read at each collection).
const std::vector<std::pair<void* const*, void* const* const*>>& root_ranges();
// Suspended native stacks: where the lowest live address is kept, and the top (add_stack).
const std::vector<std::pair<void* const* const*, void* const*>>& suspended_stacks();
}  // namespace weft::gc
