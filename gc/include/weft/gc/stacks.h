// Native stacks besides the thread's own, for mutators that run coroutines (weft-php's fibers):
// the collector scans the stack that runs from its boundary up to that stack's top, and each
// declared suspended stack from the lowest live address its switch saved.
#pragma once

#include <cstdint>

namespace weft::gc {

// The mutator now runs on the native stack whose highest address is `top` (exclusive).
// Returns the previous top (at first the thread's own). The stack left behind must be declared
// with add_stack for as long as it holds pointers; the running one must not be. Needs a Heap.
uintptr_t switch_stack(uintptr_t top);

// A native stack that is not running (a suspended coroutine's, or the thread's own while a
// coroutine runs): its words from `*low` up to `top` (exclusive) are scanned like the running
// stack until remove_stack(top). `*low` is read at each collection: the lowest live address,
// which must cover the registers the switch saved on that stack.
void add_stack(void* const* const* low, void* const* top);
void remove_stack(void* const* top);

}  // namespace weft::gc
