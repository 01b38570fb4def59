// weft-bf: a Brainfuck interpreter, the smallest complete example of an interpreter built on
// weft (a plain C++ loop with hints; the JIT comes from the framework).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bf {

// A loaded program: the eight commands only, with each bracket's partner precomputed.
struct Program {
  const uint8_t* ops = nullptr;
  const int32_t* targets = nullptr;  // for '[' and ']': the index of the matching bracket
  int64_t length = 0;
};

// Owns a Program's arrays.
struct LoadedProgram {
  std::vector<uint8_t> ops;
  std::vector<int32_t> targets;
  std::vector<int32_t> lines, columns;  // where each command is in the source
  Program program() const { return {ops.data(), targets.data(), int64_t(ops.size())}; }
};

// Parses `source`; on an unmatched bracket returns false with "LINE:COLUMN: message".
bool load(std::string_view source, LoadedProgram& out, std::string* error);

constexpr int64_t kTapeSize = 1 << 16;

// Result of run(): the final cell pointer, or kOutOfTape if the program moved off the tape.
constexpr int64_t kOutOfTape = -1;

}  // namespace bf

// The portal (bf_interp.cpp). Output goes through bf_put (buffered stdout), input comes
// from bf_get (stdin; 0 at its end).
extern "C" int64_t bf_run(const bf::Program* program, uint8_t* tape);
extern "C" void bf_put(int32_t c);
extern "C" int32_t bf_get();
