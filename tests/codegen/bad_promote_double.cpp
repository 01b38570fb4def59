// promote() of a double: a compile-time error in the codegen build (traces guard integers and
// references only; a double would have been truncated).
#include "weft/jit/hints.h"

extern "C" double scaled(double x) { return weft::jit::promote(x) * 2; }
