// WEFT_VIRTUALIZABLE: declared, but the codegen does not implement it yet.
#include "weft/jit/hints.h"

struct Frame {
  long stack[8];
  long sp;
};
WEFT_VIRTUALIZABLE(Frame, stack[*], sp);
extern "C" long frame_top(const Frame* f) { return f->stack[f->sp]; }
