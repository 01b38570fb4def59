// The x86-64 instruction forms the backend emits most, encoded straight into bytes: exit stubs
// (a guard each), moves, loads and stores of [base + disp], lea, integer ALU operations.
// asmjit's generic encoder costs about 250 instructions per instruction it encodes; these forms
// cost a few each and are copied into asmjit's buffer in batches. The bytes are the ones asmjit
// emits for the same instructions (the same choices of prefixes, displacement and immediate
// sizes), so the code does not change.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "backend/x64_reg_alloc.h"

namespace weft::jit::backend {

class DirectEncoder {
 public:
  explicit DirectEncoder(x86::Assembler& a) : a_(a) {}
  DirectEncoder(const DirectEncoder&) = delete;
  DirectEncoder& operator=(const DirectEncoder&) = delete;
  // The bytes not yet flushed are lost: call flush() before the assembler is used again.
  ~DirectEncoder() = default;

  // Where the next byte goes, as an offset in the assembler's buffer.
  size_t offset() const { return a_.offset() + size_; }
  // Hands the encoded bytes to the assembler: copied into its buffer when they fit (what
  // embed() does, without its checks and logging), else through embed().
  void flush() {
    if (size_ == 0) return;
    if (a_.remainingSpace() >= size_ && !a_.logger()) {
      std::memcpy(a_._bufferPtr, bytes_, size_);
      a_._bufferPtr += size_;
      asmjit::CodeBuffer& buffer = a_._section->_buffer;
      buffer._size = std::max(buffer._size, a_.offset());
    } else {
      a_.embed(bytes_, size_);
    }
    size_ = 0;
  }

  // mov [base + disp], gp
  void store(RegId base, int32_t disp, RegId gp) {
    room();
    rex(true, gp, base);
    put(0x89);
    memory_operand(gp, base, disp);
  }
  // movsd [base + disp], xmm
  void store_double(RegId base, int32_t disp, RegId xmm) {
    room();
    put(0xf2);
    RegId x = RegId(xmm - kXmmBase);
    if (x >= 8 || base >= 8) rex(false, x, base);
    put(0x0f);
    put(0x11);
    memory_operand(x, base, disp);
  }
  // mov gp, [base + disp]
  void load(RegId gp, RegId base, int32_t disp) {
    room();
    rex(true, gp, base);
    put(0x8b);
    memory_operand(gp, base, disp);
  }
  // lea gp, [base + disp]
  void lea(RegId gp, RegId base, int32_t disp) {
    room();
    rex(true, gp, base);
    put(0x8d);
    memory_operand(gp, base, disp);
  }
  // lea gp, [base + index] (index not rsp)
  void lea(RegId gp, RegId base, RegId index) {
    room();
    put(uint8_t(0x48 | (gp >= 8 ? 4 : 0) | (index >= 8 ? 2 : 0) | (base >= 8 ? 1 : 0)));
    put(0x8d);
    const bool disp8 = (base & 7) == kRbp;  // mod 00 with base rbp/r13 means disp32 only
    put(uint8_t((disp8 ? 0x40 : 0x00) | (gp & 7) << 3 | kRsp));
    put(uint8_t((index & 7) << 3 | (base & 7)));
    if (disp8) put(0);
  }
  // mov dst, src (64-bit registers)
  void mov(RegId dst, RegId src) {
    room();
    rex(true, src, dst);
    put(0x89);
    put(uint8_t(0xc0 | (src & 7) << 3 | (dst & 7)));
  }
  // Loads of `size` bytes (1, 2, 4) that zero-extend (movzx r32, byte/word; mov r32, dword) or
  // sign-extend (movsx r64, byte/word; movsxd) into gp.
  void load_narrow(RegId gp, RegId base, int32_t disp, uint8_t size, bool sign_extend) {
    room();
    if (sign_extend)
      rex(true, gp, base);
    else
      rex_if_needed(gp, base, false);
    if (size == 4) {
      put(sign_extend ? 0x63 : 0x8b);
    } else {
      put(0x0f);
      put(uint8_t((sign_extend ? 0xbe : 0xb6) | (size == 2 ? 1 : 0)));
    }
    memory_operand(gp, base, disp);
  }
  // mov byte/word/dword [base + disp], gp (size 1, 2, 4)
  void store_narrow(RegId base, int32_t disp, RegId gp, uint8_t size) {
    room();
    if (size == 2) put(0x66);
    rex_if_needed(gp, base, size == 1 && gp >= 4);  // spl bpl sil dil need a REX prefix
    put(size == 1 ? 0x88 : 0x89);
    memory_operand(gp, base, disp);
  }
  // mov byte/word/dword/qword [base + disp], imm: the immediate's low `size` bytes (8: a
  // sign-extended imm32).
  void store_imm(RegId base, int32_t disp, int32_t imm, uint8_t size) {
    room();
    if (size == 2) put(0x66);
    if (size == 8)
      rex(true, 0, base);
    else
      rex_if_needed(0, base, false);
    put(size == 1 ? 0xc6 : 0xc7);
    memory_operand(0, base, disp);
    if (size == 1)
      put(uint8_t(imm));
    else if (size == 2)
      put16(uint16_t(imm));
    else
      put32(uint32_t(imm));
  }
  // mov gp, imm: a sign-extended imm32 when it fits, else movabs (asmjit's choice).
  void mov_imm(RegId gp, uint64_t bits) {
    room();
    if (int64_t(bits) == int64_t(int32_t(bits))) {
      rex(true, 0, gp);
      put(0xc7);
      put(uint8_t(0xc0 | (gp & 7)));
      put32(uint32_t(bits));
    } else {
      rex(true, 0, gp);
      put(uint8_t(0xb8 | (gp & 7)));
      std::memcpy(bytes_ + size_, &bits, 8);
      size_ += 8;
    }
  }
  // The classic two-operand integer operations, by their digit in the 0x81/0x83 group (the
  // register forms are opcode 0x01/0x03 plus 8 times it).
  enum class Alu : uint8_t { Add = 0, Or = 1, And = 4, Sub = 5, Xor = 6, Cmp = 7 };
  // op dst, src (64-bit registers)
  void alu(Alu op, RegId dst, RegId src) {
    room();
    rex(true, src, dst);
    put(uint8_t(0x01 + 8 * uint8_t(op)));
    put(uint8_t(0xc0 | (src & 7) << 3 | (dst & 7)));
  }
  // op dst, imm: an imm8 when it fits, else the short rax form or an imm32.
  void alu(Alu op, RegId dst, int32_t imm) {
    room();
    rex(true, 0, dst);
    if (imm == int8_t(imm)) {
      put(0x83);
      put(uint8_t(0xc0 | uint8_t(op) << 3 | (dst & 7)));
      put(uint8_t(int8_t(imm)));
      return;
    }
    if (dst == 0) {
      put(uint8_t(0x05 + 8 * uint8_t(op)));
    } else {
      put(0x81);
      put(uint8_t(0xc0 | uint8_t(op) << 3 | (dst & 7)));
    }
    put32(uint32_t(imm));
  }
  // op dst, [base + disp]
  void alu(Alu op, RegId dst, RegId base, int32_t disp) {
    room();
    rex(true, dst, base);
    put(uint8_t(0x03 + 8 * uint8_t(op)));
    memory_operand(dst, base, disp);
  }
  // jcc rel32 with a zero displacement; returns the displacement's offset.
  size_t jcc_rel32(x86::CondCode cc) {
    room();
    put(0x0f);
    put(uint8_t(0x80 | uint8_t(cc)));
    size_t at = offset();
    put32(0);
    return at;
  }
  // jmp rel32 with a zero displacement; returns the displacement's offset.
  size_t jmp_rel32() {
    room();
    put(0xe9);
    size_t at = offset();
    put32(0);
    return at;
  }

 private:
  static constexpr RegId kRsp = 4, kRbp = 5;

  void room() {
    if (size_ + kLongest > sizeof bytes_) flush();
  }
  void put(uint8_t b) { bytes_[size_++] = b; }
  void put16(uint16_t v) {
    std::memcpy(bytes_ + size_, &v, 2);
    size_ += 2;
  }
  void put32(uint32_t v) {
    std::memcpy(bytes_ + size_, &v, 4);
    size_ += 4;
  }
  // REX.W for 64-bit operands, R and B for registers 8-15 in ModRM's reg and rm fields.
  void rex(bool wide, RegId reg, RegId rm) {
    put(uint8_t(0x40 | (wide ? 8 : 0) | (reg >= 8 ? 4 : 0) | (rm >= 8 ? 1 : 0)));
  }
  // A REX prefix without W, only when a register is one of 8-15 or `force`.
  void rex_if_needed(RegId reg, RegId rm, bool force) {
    if (force || reg >= 8 || rm >= 8) rex(false, reg, rm);
  }
  // ModRM (and SIB) for [base + disp]: no displacement when it is 0 (except for rbp and r13,
  // whose mod 00 means something else), else disp8 when it fits, else disp32.
  void memory_operand(RegId reg, RegId base, int32_t disp) {
    uint8_t mod = disp == 0 && (base & 7) != kRbp ? 0x00 : disp == int8_t(disp) ? 0x40 : 0x80;
    put(uint8_t(mod | (reg & 7) << 3 | (base & 7)));
    if ((base & 7) == kRsp) put(0x24);  // SIB: base only
    if (mod == 0x40) put(uint8_t(int8_t(disp)));
    if (mod == 0x80) put32(uint32_t(disp));
  }

  static constexpr size_t kLongest = 16;  // no form here is longer
  x86::Assembler& a_;
  uint8_t bytes_[256];
  size_t size_ = 0;
};

}  // namespace weft::jit::backend
