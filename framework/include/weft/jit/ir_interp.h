// The trace IR interpreter: executes a trace operation by operation on real memory. It is the
// semantic reference: compiled traces are tested against it (same exit, same values, same heap).
//
// Semantics the backend must match:
//   - integers are 64-bit and wrap; shift counts are taken modulo 64;
//   - int_floordiv / int_mod truncate toward zero (C); x / -1 is -x (wrapping), x % -1 is 0;
//     division by zero is an error of the trace (the tracer guards against it);
//   - cast_float_to_int truncates; NaN and out-of-range values give INT64_MIN (as cvttsd2si);
//   - loads and stores use the descriptor's size and signedness; array lengths are 64-bit
//     words at the descriptor's length offset;
//   - new_object / new_array allocate zeroed objects on the current weft::gc::Heap;
//   - calls follow the SysV ABI: at most 6 int/ref and 8 float arguments (no stack arguments);
//     call_assembler(token, words...) calls token->helper(token, words...) (CallAssemblerToken).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "weft/jit/ir.h"

namespace weft::jit {

struct InterpResult {
  enum class Exit : uint8_t {
    Finish,       // a finish instruction: `args` are its operands
    Jump,         // a jump to a label outside this trace: `args` are its operands
    GuardFailed,  // `inst` is the guard; `values` resolve its snapshot
    Error,        // `error` says what (division by zero, out of memory, step limit)
  };
  Exit exit = Exit::Error;
  size_t inst = 0;
  std::vector<uint64_t> args;
  std::vector<uint64_t> values;  // every instruction's value when the trace was left
  std::string error;

  // The value of `v` (an instruction or a constant) when the trace was left.
  uint64_t value_of(const Trace& trace, Value v) const;
};

struct InterpOptions {
  uint64_t max_steps = 100'000'000;   // instructions executed before giving up
  const bool* invalidated = nullptr;  // guard_not_invalidated fails while *invalidated
};

// Runs `trace` with `inputs` (one 64-bit word per input: an int, a pointer, or a double's bits).
InterpResult interpret(const Trace& trace, std::span<const uint64_t> inputs,
                       const InterpOptions& options = {});

}  // namespace weft::jit
