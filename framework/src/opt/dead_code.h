// Dead-code removal: drops pure operations, loads, allocations and elidable calls that cannot
// raise whose results nobody uses (operands and snapshots count as uses), and renumbers the
// trace. A trace with nothing to drop or move comes back as it was, without a copy.
#pragma once

#include "weft/jit/ir.h"

namespace weft::jit::opt {

Trace remove_dead(Trace in);

}  // namespace weft::jit::opt
