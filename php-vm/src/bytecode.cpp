// Names of the bytecode instructions (dumps and diagnostics).
#include "weft/php/bytecode.h"

#include <cstdio>
#include <cstdlib>

#include "weft/php/string.h"

namespace weft::php {

const char* op_name(Op op) {
  static const char* const names[] = {
#define WEFT_PHP_OP_NAME(o) #o,
      WEFT_PHP_OPS(WEFT_PHP_OP_NAME)
#undef WEFT_PHP_OP_NAME
  };
  return names[int(op)];
}

char jump_target_operand(Op op) {
  switch (op) {
    case Op::Jmp:
    case Op::JmpCmp:
    case Op::JmpLt:
    case Op::JmpLe:
    case Op::JmpEq:
    case Op::IncJmp:
      return 'a';
    case Op::FeFetch:
    case Op::JmpZ:
    case Op::JmpNz:
    case Op::JmpNotNull:
    case Op::RecvDefault:
      return 'b';
    case Op::Catch:
    case Op::BindStatic:
      return 'c';
    default:
      return 0;
  }
}

static bool dump_enabled = std::getenv("WEFT_PHP_DUMP") != nullptr;

bool set_code_dump(bool on) {
  bool was = dump_enabled;
  dump_enabled = on;
  return was;
}

static void print_operand(FILE* out, const Code& code, int32_t o) {
  if (o == kNone) {
    std::fputs(" _", out);
    return;
  }
  if (o >= 0) {
    std::fprintf(out, " r%d", o);
    return;
  }
  const Value& k = code.consts[size_t(~o)];
  switch (k.tag) {
    case Tag::Null:
      std::fputs(" null", out);
      break;
    case Tag::Bool:
      std::fputs(k.i ? " true" : " false", out);
      break;
    case Tag::Int:
      std::fprintf(out, " #%lld", static_cast<long long>(k.i));
      break;
    case Tag::Float:
      std::fprintf(out, " #%.17g", k.d);
      break;
    case Tag::Str: {
      std::string_view s = k.s->view();
      std::fputs(" \"", out);
      for (size_t i = 0; i < s.size() && i < 24; ++i)
        std::fputc(s[i] >= 0x20 && s[i] < 0x7f ? s[i] : '.', out);
      std::fputs(s.size() > 24 ? "...\"" : "\"", out);
      break;
    }
    default:
      std::fprintf(out, " k%d", ~o);
  }
}

void dump_code(const std::string& name, const Code& code) {
  if (!dump_enabled) return;
  std::fprintf(stderr, "== %s (%u locals, %u registers)\n", name.c_str(), code.nlocals, code.nregs);
  for (size_t pc = 0; pc < code.ins.size(); ++pc) {
    const Instr& in = code.ins[pc];
    std::fprintf(stderr, "%4zu %-14s x=%u y=%u", pc, op_name(in.op), in.x, in.y);
    const char target = jump_target_operand(in.op);
    const std::pair<char, int32_t> operands[] = {{'a', in.a}, {'b', in.b}, {'c', in.c}};
    for (auto [name, o] : operands) {
      if (name == target && o != kNone)
        std::fprintf(stderr, " @%d", o);  // an instruction index
      else
        print_operand(stderr, code, o);
    }
    std::fputc('\n', stderr);
  }
}

}  // namespace weft::php
