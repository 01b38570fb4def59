// The semantics of pure operations on 64-bit words, shared by the IR interpreter and the
// optimizer's constant folding, so that folding can never disagree with execution.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "weft/jit/ir.h"

namespace weft::jit {

// The result of pure op `op` (see ir_ops.h, PURE) on `args` (ints, pointers or double bits), or
// nothing when the operation has no defined result (division by zero) and must not be folded.
std::optional<uint64_t> eval_pure(Op op, std::span<const uint64_t> args);

}  // namespace weft::jit
