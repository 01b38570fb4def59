// WEFT_VIRTUALIZABLE naming a field the frame type does not have.
#include "weft/jit/hints.h"

struct Frame {
  long stack[8];
  long sp;
};
WEFT_VIRTUALIZABLE(Frame, stack[*], top);
extern "C" long frame_top(const Frame* f) { return f->stack[f->sp - 1]; }
