// Loop peeling: a trace `inputs; preamble; label(A, L); body; jump(J, L)` becomes
//
//   inputs; preamble; label(A, L); body; label(A', L'); body'; jump(J', L')
//
// where the first copy of the body is the first iteration (the peeled "preamble": where other
// traces that jump to L enter) and body' the loop, on a new label L'. Label arguments the body
// passes on unchanged (J[k] is A[k]) are loop invariant: they are left out of L' and body' uses
// A[k] itself, so that what the optimizer learns in the first iteration about them (and about
// pure operations, guards and immutable fields on them; see Optimizer::label) still holds in
// every iteration, and body' only keeps what varies.
#pragma once

#include "weft/jit/ir.h"

namespace weft::jit::opt {

// The peeled trace in `out`, with L' created in `labels` (and stored in `*loop`); false (and
// `out` untouched) if `in` is not a single loop of that shape.
bool peel_loop(const Trace& in, DescrTable& labels, Trace& out, const LabelDescr** loop);

}  // namespace weft::jit::opt
