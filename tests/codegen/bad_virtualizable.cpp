// WEFT_VIRTUALIZABLE misuse in traced code: a field the declaration does not list, and the
// frame pointer stored into memory. frame_top uses the frame as declared.
#include "weft/jit/hints.h"

struct Frame {
  long stack[8];
  long sp;
  long depth;
};
WEFT_VIRTUALIZABLE(Frame, stack[*], sp);
Frame* g_last_frame;
extern "C" long frame_top(const Frame* f) { return f->stack[f->sp - 1]; }
extern "C" long frame_depth(const Frame* f) { return f->sp + f->depth; }
extern "C" void frame_remember(Frame* f) {
  f->sp = 0;
  g_last_frame = f;
}
