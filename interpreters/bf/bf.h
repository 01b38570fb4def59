// weft-bf: a Brainfuck interpreter, the smallest complete example of an interpreter built on
// weft (a plain C++ loop with hints; the JIT comes from the framework).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bf {

// A loaded program in weft-bf's bytecode: the source's commands with runs merged, so that the
// interpreter (and every trace the JIT records from it) takes one step per run instead of one
// per character. Instructions (ops[k], with args[k]):
//   '+'  add args[k] (1..255) to the cell, modulo 256 ('-' runs are added as 256 - n)
//   '>'  move right by args[k] cells;  '<'  move left by args[k] cells
//   '0'  set the cell to 0 (the loops `[-]` and `[+]`, which always end with the cell at 0)
//   '.'  ','  output / input one cell
//   '['  ']'  args[k]: the index of the matching bracket
struct Program {
  const uint8_t* ops = nullptr;
  const int32_t* args = nullptr;
  int64_t length = 0;
};

// A command of the source: which one (counting commands only), what it is and where.
struct SourceCommand {
  char c;
  int32_t index, line, column;
};

// Owns a Program's arrays, and the first source command of each instruction.
struct LoadedProgram {
  std::vector<uint8_t> ops;
  std::vector<int32_t> args;
  std::vector<SourceCommand> sources;
  Program program() const { return {ops.data(), args.data(), int64_t(ops.size())}; }
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
