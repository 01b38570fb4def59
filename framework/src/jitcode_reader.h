// Decoding of jitcode operands, shared by the printer, the blackhole interpreter and the tracer.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>

#include "weft/jit/ir.h"
#include "weft/jit/jitcode.h"

namespace weft::jit {

class JitCodeReader {
 public:
  JitCodeReader(const JitCode& code, size_t pc) : code_(code), pc_(pc) {}
  size_t pc() const { return pc_; }
  void jump(size_t pc) { pc_ = pc; }
  bool at_end() const { return pc_ >= code_.code.size(); }

  JitOp op() { return JitOp(code_.code[pc_++]); }
  uint8_t u8() { return code_.code[pc_++]; }
  uint16_t u16() { return uint16_t(u8() | (u8() << 8)); }
  uint32_t u32() {
    uint32_t v;
    std::memcpy(&v, &code_.code[pc_], 4);
    pc_ += 4;
    return v;
  }
  uint64_t u64() {
    uint64_t v;
    std::memcpy(&v, &code_.code[pc_], 8);
    pc_ += 8;
    return v;
  }

 private:
  const JitCode& code_;
  size_t pc_;
};

// Appends little-endian operands to a code vector.
inline void put_u8(std::vector<uint8_t>& out, uint8_t v) { out.push_back(v); }
inline void put_u16(std::vector<uint8_t>& out, uint16_t v) {
  out.push_back(uint8_t(v));
  out.push_back(uint8_t(v >> 8));
}
inline void put_u32(std::vector<uint8_t>& out, uint32_t v) {
  for (int k = 0; k < 4; ++k) out.push_back(uint8_t(v >> (8 * k)));
}
inline void put_u64(std::vector<uint8_t>& out, uint64_t v) {
  for (int k = 0; k < 8; ++k) out.push_back(uint8_t(v >> (8 * k)));
}

// Skips the operands of an instruction whose opcode was just read; `args` are its argument
// codes (jit_op_info(op).args).
void skip_operands(JitCodeReader& r, const char* args);

// The trace IR operation a jitcode operation of the same name is, for the pure ones (the
// tracer records them as they are); from a table built once.
std::optional<Op> pure_ir_op(JitOp op);

inline int bank_of(char code) {
  switch (code) {
    case 'i':
    case 'I':
      return kIntBank;
    case 'r':
    case 'R':
      return kRefBank;
    default:
      return kFloatBank;
  }
}

}  // namespace weft::jit
