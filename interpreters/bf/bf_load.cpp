// The loader of weft-bf: Brainfuck source to the bytecode of bf.h.
#include <cstring>
#include <vector>

#include "bf.h"

namespace bf {

namespace {

using Command = SourceCommand;

std::string where(const Command& c) {
  return std::to_string(c.line) + ":" + std::to_string(c.column);
}

// The loop `[-]` or `[+]` at commands[k], which sets its cell to 0.
bool is_clear_loop(const std::vector<Command>& commands, size_t k) {
  return k + 2 < commands.size() && commands[k].c == '[' &&
         (commands[k + 1].c == '-' || commands[k + 1].c == '+') && commands[k + 2].c == ']';
}

}  // namespace

bool load(std::string_view source, LoadedProgram& out, std::string* error) {
  std::vector<Command> commands;
  int32_t line = 1, column = 0;
  for (char c : source) {
    ++column;
    if (c == '\n') {
      ++line;
      column = 0;
    }
    if (c != '\0' && std::strchr("+-<>.,[]", c))
      commands.push_back({c, int32_t(commands.size()), line, column});
  }
  std::vector<size_t> open;  // instructions of the '[' not yet closed
  auto emit = [&](const Command& c, char op, int32_t arg) {
    out.ops.push_back(uint8_t(op));
    out.args.push_back(arg);
    out.sources.push_back(c);
  };
  for (size_t k = 0; k < commands.size();) {
    const Command& c = commands[k];
    if (is_clear_loop(commands, k)) {
      emit(c, '0', 0);
      k += 3;
      continue;
    }
    if (c.c == '+' || c.c == '-') {
      int32_t sum = 0;
      for (; k < commands.size() && (commands[k].c == '+' || commands[k].c == '-'); ++k)
        sum += commands[k].c == '+' ? 1 : -1;
      if (sum % 256) emit(c, '+', ((sum % 256) + 256) % 256);
      continue;
    }
    if (c.c == '>' || c.c == '<') {
      // A run of one direction only: a run that turns back could leave the tape on its way
      // without ending off it.
      int32_t n = 0;
      for (; k < commands.size() && commands[k].c == c.c; ++k) ++n;
      emit(c, c.c, n);
      continue;
    }
    if (c.c == '[') open.push_back(out.ops.size());
    if (c.c == ']') {
      if (open.empty()) {
        *error = where(c) + ": unmatched ']'";
        return false;
      }
      out.args[open.back()] = int32_t(out.ops.size());
      emit(c, ']', int32_t(open.back()));
      open.pop_back();
      ++k;
      continue;
    }
    emit(c, c.c, 0);
    ++k;
  }
  if (!open.empty()) {
    *error = where(out.sources[open.back()]) + ": unmatched '['";
    return false;
  }
  return true;
}

}  // namespace bf
