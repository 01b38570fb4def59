// Memory access and native calls with the trace IR's semantics, shared by the IR interpreter
// and the blackhole interpreter (and by constant folding of calls).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "weft/jit/descr.h"

namespace weft::jit {

// Loads `size` bytes at `address`, sign- or zero-extended to 64 bits.
uint64_t native_load(uintptr_t address, uint8_t size, bool is_signed);
// Stores the low `size` bytes of `value` at `address`.
void native_store(uintptr_t address, uint8_t size, uint64_t value);

// Calls `fn` per the SysV ABI with `args` (one word per argument, typed by `call.arg_types`):
// at most 6 int/ref and 8 float arguments. Returns false with *error if the signature is not
// supported or `fn` is null; *result is 0 for void functions.
bool native_call(uintptr_t fn, const CallDescr& call, std::span<const uint64_t> args,
                 uint64_t* result, std::string* error);

}  // namespace weft::jit
