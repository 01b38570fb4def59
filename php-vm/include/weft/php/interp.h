// The interpreter loop: the single dispatch function that will become the JIT portal.
//
// Contract: run_frame() executes `f` from f->ip until it returns (true, *ret set), throws
// (false, vm.exception set), exits (false, vm.exiting) or, for generator frames, suspends at a
// yield (true, f->gen_state == GenSuspended). It is re-enterable with just the frame: all
// interpreter state lives in the Frame (registers, ip). No C++ exceptions.
#pragma once

#include "weft/php/vm.h"

namespace weft::php {

bool run_frame(VM& vm, Frame* f, Value* ret);

}  // namespace weft::php
