// Fibers (fiber.cpp): php 8.1's Fiber class, each fiber on a native stack of its own.
// Internal to php-vm/src.
#pragma once

#include <vector>

#include "weft/php/vm.h"

namespace weft::php {

void register_fiber_classes(VM& vm);
Class* fiber_class();

// What a fiber holds, for the drop checks (drops.cpp): values (callable, values in transit,
// return value), and while it is suspended its frames from the innermost to the outermost
// (linked by Frame::prev) and the built-ins running in it (their arguments).
struct FiberHoldings {
  Array* values = nullptr;
  Frame* innermost = nullptr;
  Frame* outermost = nullptr;
  const std::vector<NativeCall>* natives = nullptr;
};
// False when `o` is no constructed Fiber.
bool fiber_holdings(Object* o, FiberHoldings* out);

// Whether each of these running built-ins is a fiber switch (Fiber::start/resume/throw/
// suspend), whose C++ locals hold nothing the frames do not; and whether some suspended fiber
// was left inside another built-in (array_map's callback suspended: its C++ locals hold values).
bool only_fiber_switches(const std::vector<NativeCall>& natives);

// While one exists (around destructor calls, as php 8.2 does), starting, resuming, throwing
// into or suspending a fiber is php's FiberError "Cannot switch fibers in current execution
// context"; destroying a suspended fiber is allowed.
struct FiberSwitchBlock {
  FiberSwitchBlock();
  ~FiberSwitchBlock();
  FiberSwitchBlock(const FiberSwitchBlock&) = delete;
  FiberSwitchBlock& operator=(const FiberSwitchBlock&) = delete;
};
bool fibers_park_natives();

}  // namespace weft::php
