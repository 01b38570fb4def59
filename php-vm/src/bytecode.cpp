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

uint8_t register_operands(Op op) {
  constexpr uint8_t A = 1, B = 2, C = 4;
  switch (op) {
    // no register operand (a: a jump target; b: a function/class table index), or not
    // executed (the unimplemented ones read none)
    case Op::Nop:
    case Op::Jmp:
    case Op::DeclareFunc:
    case Op::DeclareClass:
    case Op::Silence:
    case Op::Rethrow:
    case Op::Print:
    case Op::YieldFrom:
    case Op::This:
    case Op::FuncGetArgs:
    case Op::ThrowError:
    case Op::CheckAbstract:
      return 0;
    // a only (b: a capacity, a static's index, a jump target; c: a jump target)
    case Op::UnsetCv:
    case Op::NewArray:
    case Op::BindStatic:
    case Op::JmpZ:
    case Op::JmpNz:
    case Op::JmpNotNull:
    case Op::RecvDefault:
    case Op::Echo:
    case Op::Throw:
    case Op::Exit:
    case Op::MatchError:
    case Op::Return:
      return A;
    // a and b (Catch: c is the next handler)
    case Op::Mov:
    case Op::Assign:
    case Op::AssignRef:
    case Op::MakeRefCv:
    case Op::MakeRefLv:
    case Op::IssetCv:
    case Op::IssetVal:
    case Op::LvCv:
    case Op::VarVar:
    case Op::BindGlobal:
    case Op::Not:
    case Op::ToBool:
    case Op::BitNot:
    case Op::Neg:
    case Op::Plus:
    case Op::Cast:
    case Op::IncDecCv:
    case Op::IncCv:
    case Op::DecCv:
    case Op::IncDecLv:
    case Op::CompoundCv:
    case Op::ConcatAssign:
    case Op::ArrayAppend:
    case Op::ArraySpread:
    case Op::AssignLv:
    case Op::UnsetDim:
    case Op::FeReset:
    case Op::FeKey:
    case Op::ClassName:
    case Op::UnsetProp:
    case Op::Clone:
    case Op::Include:
    case Op::Catch:
    case Op::VerifyReturn:
      return A | B;
    // a and c (b: the loop's exit target)
    case Op::FeFetch:
      return A | C;
    // b and c (a: the jump target)
    case Op::JmpLt:
    case Op::JmpLe:
    case Op::JmpEq:
    case Op::JmpCmp:
    case Op::IncJmp:
      return B | C;
    // a and c (b: the call's CallInfo index; c: the object or class operand)
    case Op::Call:
    case Op::CallMethod:
    case Op::CallStatic:
    case Op::New:
    case Op::Strlen:
    case Op::Count:
    case Op::Ord:
    case Op::IsType:
      return A | C;
    // a only (b: the function, c: the CallInfo)
    case Op::MakeClosure:
      return A;
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
    case Op::Pow:
    case Op::Concat:
    case Op::Shl:
    case Op::Shr:
    case Op::BitAnd:
    case Op::BitOr:
    case Op::BitXor:
    case Op::Eq:
    case Op::Ne:
    case Op::Identical:
    case Op::NotIdentical:
    case Op::Lt:
    case Op::Le:
    case Op::Spaceship:
    case Op::CompoundLv:
    case Op::ArraySet:
    case Op::FetchDim:
    case Op::LvDim:
    case Op::AssignDim:
    case Op::FetchProp:
    case Op::FetchStaticProp:
    case Op::FetchClassConst:
    case Op::FetchConst:
    case Op::LvProp:
    case Op::LvStaticProp:
    case Op::AssignProp:
    case Op::Instanceof:
    case Op::Yield:
      return A | B | C;
  }
  return 0;
}

void scale_register_operands(Code& code) {
  if (code.operands_scaled) return;
  code.operands_scaled = true;
  for (size_t pc = 0; pc < code.ins.size(); ++pc) {
    Instr& in = code.ins[pc];
    uint8_t regs = register_operands(in.op);
    if (regs & 1) in.a = reg_offset(in.a);
    if (regs & 2) in.b = reg_offset(in.b);
    if (regs & 4) in.c = reg_offset(in.c);
    switch (jump_target_operand(in.op)) {
      case 'a':
        if (in.a != kNone) in.a = jump_offset(in.a, pc);
        break;
      case 'b':
        if (in.b != kNone) in.b = jump_offset(in.b, pc);
        break;
      case 'c':
        if (in.c != kNone) in.c = jump_offset(in.c, pc);
        break;
    }
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
