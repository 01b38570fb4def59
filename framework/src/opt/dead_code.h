// Dead-code removal: drops pure operations, loads, allocations and elidable calls that cannot
// raise whose results nobody uses (operands and snapshots count as uses), and renumbers the
// trace.
#pragma once

#include "weft/jit/ir.h"

namespace weft::jit::opt {

Trace remove_dead(const Trace& in);

}  // namespace weft::jit::opt
