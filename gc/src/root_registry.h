// The process-wide list of explicit root slots (see weft/gc/roots.h).
#pragma once

#include <vector>

namespace weft::gc {
const std::vector<void* const*>& root_slots();
}  // namespace weft::gc
