// tally: the language of the tutorial (docs/tutorial.md). A program is a list of instructions on
// integer variables, written one per line:
//
//     set n 1000          # n = 1000
//   loop:                 # a label
//     add s s n           # s = s + n     (also sub mul div mod lt le eq ne)
//     sub n n 1
//     jumpif n loop       # jump to loop if n != 0   (also: jump LABEL)
//     print s
//
// Operands are variables (any name; all start at 0) or integer literals. Arithmetic wraps at 64
// bits; div and mod round towards minus infinity (as Python's // and %); division by zero ends
// the program with an error naming its line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tally {

enum Op : uint8_t {
  kSet,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kLt,
  kLe,
  kEq,
  kNe,
  kJump,
  kJumpIf,
  kPrint
};

// A loaded program. Instruction k is ops[k] with operands a[k], b[k], c[k]; operand i is a
// literal value if bit i of literal[k] is set, otherwise the index of a variable:
//   kSet: a = b            kAdd ... kNe: a = b OP c (comparisons give 1 or 0)
//   kJump: go to a         kJumpIf: go to a if b != 0          kPrint: print a
// (for jumps, a is an instruction index).
struct Program {
  const uint8_t* ops = nullptr;
  const uint8_t* literal = nullptr;
  const int64_t* a = nullptr;
  const int64_t* b = nullptr;
  const int64_t* c = nullptr;
  int64_t length = 0;
  int32_t variables = 0;  // how many variables the program names
};

// Owns a Program's arrays, the source line of each instruction, and the variables' names.
struct LoadedProgram {
  std::vector<uint8_t> ops, literal;
  std::vector<int64_t> a, b, c;
  std::vector<int32_t> lines;
  std::vector<std::string> variables;
  Program program() const {
    return {ops.data(),          literal.data(),           a.data(), b.data(), c.data(),
            int64_t(ops.size()), int32_t(variables.size())};
  }
};

// Parses `source`; on a bad line returns false with "LINE:COLUMN: message" in *error.
bool load(std::string_view source, LoadedProgram& out, std::string* error);

// What the portal returns when the program ended normally; otherwise it returns the index of
// the instruction that divided by zero.
constexpr int64_t kFinished = -1;

}  // namespace tally

// The interpreter loop (step1_interp.cpp or step2_interp.cpp): runs `program` on the variables
// `vars` (program->variables of them). Output goes through tally_print.
extern "C" int64_t tally_run(const tally::Program* program, int64_t* vars);
extern "C" void tally_print(int64_t value);
