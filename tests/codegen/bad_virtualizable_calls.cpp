// WEFT_VIRTUALIZABLE across calls: a traced helper the frame is passed to is checked as the
// caller is (frame_scratch's helper indexes an undeclared array), and the frame passed to a
// residual call that traces do not write the frame back before is rejected; a pointer of type
// Frame* is a frame pointer even where only an array member is indexed.
#include "weft/jit/hints.h"

struct Frame {
  long stack[8];
  long scratch[4];
  long sp;
};
WEFT_VIRTUALIZABLE(Frame, stack[*], sp);
extern "C" WEFT_ELIDABLE long frame_hash(const Frame* f);
extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS long frame_peek(const Frame* f) {
  return f->sp;
}
extern "C" WEFT_DONT_LOOK_INSIDE long frame_dump(const Frame* f) { return f->stack[0]; }
[[gnu::noinline]] long scratch_item(const Frame* f, long i) { return f->scratch[i]; }
[[gnu::noinline]] long stack_item(const Frame* f, long i) { return f->stack[i]; }
extern "C" long frame_scratch(const Frame* f) { return scratch_item(f, f->sp); }
extern "C" long frame_elidable(const Frame* f) { return f->sp + frame_hash(f); }
extern "C" long frame_no_raw(const Frame* f) { return f->sp + frame_peek(f); }
extern "C" long frame_calls(const Frame* f) { return stack_item(f, f->sp) + frame_dump(f); }
// Reached only through an array member (no struct path): a frame by its parameter's type.
extern "C" long frame_scratch_only(const Frame* f, long i) { return f->scratch[i]; }
