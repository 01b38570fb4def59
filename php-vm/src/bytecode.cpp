// Names of the bytecode instructions (dumps and diagnostics).
#include "weft/php/bytecode.h"

#include <cstdio>
#include <cstdlib>

namespace weft::php {

const char* op_name(Op op) {
  static const char* const names[] = {
#define WEFT_PHP_OP_NAME(o) #o,
      WEFT_PHP_OPS(WEFT_PHP_OP_NAME)
#undef WEFT_PHP_OP_NAME
  };
  return names[int(op)];
}

static void print_operand(FILE* out, const Code& code, int32_t o) {
  if (o == kNone) {
    std::fputs(" _", out);
  } else if (o >= 0) {
    std::fprintf(out, " r%d", o);
  } else {
    const Value& k = code.consts[size_t(~o)];
    if (k.tag == Tag::Int)
      std::fprintf(out, " #%lld", static_cast<long long>(k.i));
    else
      std::fprintf(out, " k%d", ~o);
  }
}

void dump_code(const std::string& name, const Code& code) {
  static const bool enabled = std::getenv("WEFT_PHP_DUMP") != nullptr;
  if (!enabled) return;
  std::fprintf(stderr, "== %s (%u locals, %u registers)\n", name.c_str(), code.nlocals, code.nregs);
  for (size_t pc = 0; pc < code.ins.size(); ++pc) {
    const Instr& in = code.ins[pc];
    std::fprintf(stderr, "%4zu %-14s x=%u y=%u", pc, op_name(in.op), in.x, in.y);
    print_operand(stderr, code, in.a);
    print_operand(stderr, code, in.b);
    print_operand(stderr, code, in.c);
    std::fputc('\n', stderr);
  }
}

}  // namespace weft::php
