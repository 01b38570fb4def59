// What a bridge may assume of its parent at the failing guard (bridge_facts.cpp).
#pragma once

#include <cstdint>
#include <span>

#include "weft/jit/ir.h"

namespace weft::jit::tracing {

// Emits into `bridge`, whose inputs `inputs` are the values `saved` of `parent` at its guard
// instruction `guard`, the parent's guards before it that still hold as assume_* operations
// (record_exact_class for guard_class), with the operations they test recomputed from the
// inputs. Emits nothing it cannot recompute there.
void assume_parent_facts(const Trace& parent, uint32_t guard, std::span<const Value> saved,
                         std::span<const Value> inputs, Trace& bridge);

}  // namespace weft::jit::tracing
