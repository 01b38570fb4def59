// A WEFT_DONT_LOOK_INSIDE function the JIT cannot call by name (internal linkage).
#include "weft/jit/hints.h"

extern "C" long g_total;
static WEFT_DONT_LOOK_INSIDE long add_to_total(long k) { return g_total += k; }
extern "C" long total_after(long k) { return add_to_total(k); }
