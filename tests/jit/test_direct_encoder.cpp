// The backend's DirectEncoder must write the bytes asmjit writes for the same instructions (the
// backend's code is compared with asmjit's output in reviews by disassembly): every form, every
// register, displacements and immediates at the edges of their short encodings.
#include <asmjit/x86.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <functional>
#include <vector>

#include "backend/x64_direct_encoder.h"

namespace {

namespace x86 = asmjit::x86;
using weft::jit::backend::DirectEncoder;
using weft::jit::backend::kXmmBase;
using weft::jit::backend::RegId;

// The bytes that `emit` writes into a fresh assembler.
std::vector<uint8_t> bytes_of(const std::function<void(x86::Assembler&)>& emit) {
  asmjit::CodeHolder code;
  code.init(asmjit::Environment::host());
  x86::Assembler a(&code);
  emit(a);
  code.flatten();
  const asmjit::Section* text = code.textSection();
  return std::vector<uint8_t>(text->data(), text->data() + text->bufferSize());
}

std::vector<uint8_t> direct(const std::function<void(DirectEncoder&)>& emit) {
  return bytes_of([&](x86::Assembler& a) {
    DirectEncoder e(a);
    emit(e);
    e.flush();
  });
}

const int32_t kDisps[] = {0, 8, -8, 127, 128, -128, -129, 800, INT32_MAX, INT32_MIN};
const int32_t kImms[] = {0, 5, -1, 127, 128, -128, -129, 500, INT32_MAX, INT32_MIN};

}  // namespace

TEST_CASE("direct encoder: loads, stores, lea and movsd are asmjit's bytes") {
  for (RegId r = 0; r < 16; ++r) {
    for (RegId base = 0; base < 16; ++base) {
      for (int32_t d : kDisps) {
        INFO("reg " << int(r) << " base " << int(base) << " disp " << d);
        x86::Mem m = x86::qword_ptr(x86::gpq(base), d);
        CHECK(direct([&](DirectEncoder& e) { e.store(base, d, r); }) ==
              bytes_of([&](x86::Assembler& a) { a.mov(m, x86::gpq(r)); }));
        CHECK(direct([&](DirectEncoder& e) { e.load(r, base, d); }) ==
              bytes_of([&](x86::Assembler& a) { a.mov(x86::gpq(r), m); }));
        CHECK(
            direct([&](DirectEncoder& e) { e.lea(r, base, d); }) ==
            bytes_of([&](x86::Assembler& a) { a.lea(x86::gpq(r), x86::ptr(x86::gpq(base), d)); }));
        CHECK(direct([&](DirectEncoder& e) { e.store_double(base, d, RegId(kXmmBase + r)); }) ==
              bytes_of([&](x86::Assembler& a) { a.movsd(m, x86::xmm(r)); }));
      }
    }
  }
}

TEST_CASE("direct encoder: narrow loads and stores, immediate stores are asmjit's bytes") {
  const int32_t imms[] = {0, 1, -1, 127, -128, 255, 0x7fff, -0x8000, 0xffff, INT32_MAX, INT32_MIN};
  for (RegId r = 0; r < 16; ++r) {
    for (RegId base = 0; base < 16; ++base) {
      for (int32_t d : kDisps) {
        INFO("reg " << int(r) << " base " << int(base) << " disp " << d);
        const x86::Gp b = x86::gpq(base), q = x86::gpq(r);
        auto load = [&](uint8_t size, bool sign) {
          return direct([&](DirectEncoder& e) { e.load_narrow(r, base, d, size, sign); });
        };
        CHECK(load(1, false) ==
              bytes_of([&](x86::Assembler& a) { a.movzx(q.r32(), x86::byte_ptr(b, d)); }));
        CHECK(load(2, false) ==
              bytes_of([&](x86::Assembler& a) { a.movzx(q.r32(), x86::word_ptr(b, d)); }));
        CHECK(load(4, false) ==
              bytes_of([&](x86::Assembler& a) { a.mov(q.r32(), x86::dword_ptr(b, d)); }));
        CHECK(load(1, true) ==
              bytes_of([&](x86::Assembler& a) { a.movsx(q, x86::byte_ptr(b, d)); }));
        CHECK(load(2, true) ==
              bytes_of([&](x86::Assembler& a) { a.movsx(q, x86::word_ptr(b, d)); }));
        CHECK(load(4, true) ==
              bytes_of([&](x86::Assembler& a) { a.movsxd(q, x86::dword_ptr(b, d)); }));
        auto store = [&](uint8_t size) {
          return direct([&](DirectEncoder& e) { e.store_narrow(base, d, r, size); });
        };
        CHECK(store(1) == bytes_of([&](x86::Assembler& a) { a.mov(x86::byte_ptr(b, d), q.r8()); }));
        CHECK(store(2) ==
              bytes_of([&](x86::Assembler& a) { a.mov(x86::word_ptr(b, d), q.r16()); }));
        CHECK(store(4) ==
              bytes_of([&](x86::Assembler& a) { a.mov(x86::dword_ptr(b, d), q.r32()); }));
        if (r == 0) {
          for (int32_t v : imms) {
            INFO("imm " << v);
            auto store_imm = [&](uint8_t size) {
              return direct([&](DirectEncoder& e) { e.store_imm(base, d, v, size); });
            };
            CHECK(store_imm(1) == bytes_of([&](x86::Assembler& a) {
                    a.mov(x86::byte_ptr(b, d), asmjit::imm(int8_t(v)));
                  }));
            CHECK(store_imm(2) == bytes_of([&](x86::Assembler& a) {
                    a.mov(x86::word_ptr(b, d), asmjit::imm(int16_t(v)));
                  }));
            CHECK(store_imm(4) == bytes_of([&](x86::Assembler& a) {
                    a.mov(x86::dword_ptr(b, d), asmjit::imm(v));
                  }));
            CHECK(store_imm(8) == bytes_of([&](x86::Assembler& a) {
                    a.mov(x86::qword_ptr(b, d), asmjit::imm(v));
                  }));
          }
        }
      }
      if (base != 4) {  // rsp cannot be an index
        INFO("lea reg " << int(r) << " index " << int(base));
        for (RegId b2 = 0; b2 < 16; ++b2)
          CHECK(direct([&](DirectEncoder& e) { e.lea(r, b2, base); }) ==
                bytes_of([&](x86::Assembler& a) {
                  a.lea(x86::gpq(r), x86::ptr(x86::gpq(b2), x86::gpq(base)));
                }));
      }
      INFO("mov " << int(r) << ", " << int(base));
      CHECK(direct([&](DirectEncoder& e) { e.mov(r, base); }) ==
            bytes_of([&](x86::Assembler& a) { a.mov(x86::gpq(r), x86::gpq(base)); }));
    }
  }
}

TEST_CASE("direct encoder: immediates, jumps and integer operations are asmjit's bytes") {
  const uint64_t wide[] = {0,
                           1,
                           0x7fffffff,
                           0x80000000,
                           0xffffffff,
                           uint64_t(-1),
                           uint64_t(INT32_MIN),
                           uint64_t(INT32_MIN) - 1,
                           0x123456789abcdef0};
  for (RegId r = 0; r < 16; ++r) {
    for (uint64_t v : wide) {
      INFO("reg " << int(r) << " value " << v);
      CHECK(direct([&](DirectEncoder& e) { e.mov_imm(r, v); }) ==
            bytes_of([&](x86::Assembler& a) { a.mov(x86::gpq(r), asmjit::imm(v)); }));
    }
  }
  using Alu = DirectEncoder::Alu;
  const std::pair<Alu, asmjit::InstId> ops[] = {
      {Alu::Add, x86::Inst::kIdAdd}, {Alu::Or, x86::Inst::kIdOr},   {Alu::And, x86::Inst::kIdAnd},
      {Alu::Sub, x86::Inst::kIdSub}, {Alu::Xor, x86::Inst::kIdXor}, {Alu::Cmp, x86::Inst::kIdCmp}};
  for (auto [op, id] : ops) {
    for (RegId d = 0; d < 16; ++d) {
      INFO("op " << int(op) << " dst " << int(d));
      for (RegId s = 0; s < 16; ++s)
        CHECK(direct([&](DirectEncoder& e) { e.alu(op, d, s); }) ==
              bytes_of([&](x86::Assembler& a) { a.emit(id, x86::gpq(d), x86::gpq(s)); }));
      for (int32_t v : kImms)
        CHECK(direct([&](DirectEncoder& e) { e.alu(op, d, v); }) ==
              bytes_of([&](x86::Assembler& a) { a.emit(id, x86::gpq(d), asmjit::imm(v)); }));
      for (RegId base = 0; base < 16; ++base)
        for (int32_t disp : kDisps)
          CHECK(direct([&](DirectEncoder& e) { e.alu(op, d, base, disp); }) ==
                bytes_of([&](x86::Assembler& a) {
                  a.emit(id, x86::gpq(d), x86::qword_ptr(x86::gpq(base), disp));
                }));
    }
  }
  CHECK(direct([](DirectEncoder& e) { e.jmp_rel32(); }) == std::vector<uint8_t>{0xe9, 0, 0, 0, 0});
  for (uint8_t cc = 0; cc < 16; ++cc)
    CHECK(direct([&](DirectEncoder& e) { e.jcc_rel32(x86::CondCode(cc)); }) ==
          std::vector<uint8_t>{0x0f, uint8_t(0x80 | cc), 0, 0, 0, 0});
}

TEST_CASE("direct encoder: long runs are flushed in order") {
  std::vector<uint8_t> a = direct([](DirectEncoder& e) {
    for (int n = 0; n < 200; ++n) e.store(11, 8 * n, RegId(n % 16));
  });
  std::vector<uint8_t> b = bytes_of([](x86::Assembler& as) {
    for (int n = 0; n < 200; ++n)
      as.mov(x86::qword_ptr(x86::r11, 8 * n), x86::gpq(uint32_t(n % 16)));
  });
  CHECK(a == b);
}
