// Instruction selection for x86-64: integer and float arithmetic, comparisons.
#include <algorithm>
#include <utility>

#include "backend/x64_lowering.h"

namespace weft::jit::backend {

void TraceCompiler::binary(uint32_t i, asmjit::InstId id) {
  auto a = args(i);
  Value lhs = a[0], rhs = a[1];
  // Commutative ops: keep the operand that dies here (or is not a constant) on the left.
  bool commutative = t_.insts[i].op != Op::int_sub && t_.insts[i].op != Op::int_sub_ovf;
  if (commutative && (lhs.is_const() || (!ra_->dies_here(lhs) && ra_->dies_here(rhs))))
    std::swap(lhs, rhs);
  Operand b = ra_->int_operand(rhs);
  x86::Gp r = ra_->def_gp_from(lhs);
  emit2(id, r, b);
}

void TraceCompiler::multiply(uint32_t i) {
  auto a = args(i);
  Value lhs = a[0], rhs = a[1];
  if (lhs.is_const()) std::swap(lhs, rhs);
  if (rhs.is_const() && fits_i32(t_.constant(rhs).as_int())) {
    Operand src = ra_->int_operand(lhs, false);
    x86::Gp r = ra_->def_gp();
    if (src.isMem())
      a_.imul(r, src.as<x86::Mem>(), imm(int32_t(t_.constant(rhs).as_int())));
    else
      a_.imul(r, src.as<x86::Gp>(), imm(int32_t(t_.constant(rhs).as_int())));
    return;
  }
  Operand b = ra_->int_operand(rhs, false);
  x86::Gp r = ra_->def_gp_from(lhs);
  emit2(asmjit::x86::Inst::kIdImul, r, b);
}

// C division (truncating) in rdx:rax; x / -1 is -x and x % -1 is 0 without trapping.
void TraceCompiler::divide(uint32_t i) {
  auto a = args(i);
  bool mod = t_.insts[i].op == Op::int_mod;
  ra_->reserve(RegAlloc::mask(0) | RegAlloc::mask(2));  // rdx:rax
  ra_->load_into(0, a[0]);
  Label done = a_.newLabel();
  if (a[1].is_const()) {
    int64_t divisor = t_.constant(a[1]).as_int();
    if (divisor == -1) {
      if (mod)
        a_.mov(x86::rdx, imm(0));
      else
        a_.neg(x86::rax);
    } else {
      a_.mov(x86::r11, imm(divisor));
      a_.cqo();
      a_.idiv(x86::r11);
    }
  } else {
    Operand d = ra_->int_operand(a[1], false);
    Label normal = a_.newLabel();
    emit2(asmjit::x86::Inst::kIdCmp, d, imm(-1));
    a_.jne(normal);
    if (mod)
      a_.mov(x86::rdx, imm(0));
    else
      a_.neg(x86::rax);
    a_.jmp(done);
    a_.bind(normal);
    a_.cqo();
    if (d.isMem())
      a_.idiv(d.as<x86::Mem>());
    else
      a_.idiv(d.as<x86::Gp>());
  }
  a_.bind(done);
  ra_->def_in(mod ? 2 : 0);
}

void TraceCompiler::shift(uint32_t i) {
  auto a = args(i);
  asmjit::InstId id = t_.insts[i].op == Op::int_lshift   ? asmjit::x86::Inst::kIdShl
                      : t_.insts[i].op == Op::int_rshift ? asmjit::x86::Inst::kIdSar
                                                         : asmjit::x86::Inst::kIdShr;
  if (a[1].is_const()) {
    x86::Gp r = ra_->def_gp_from(a[0]);
    a_.emit(id, r, imm(int(t_.constant(a[1]).as_int() & 63)));
    return;
  }
  ra_->reserve(RegAlloc::mask(1));  // rcx: the count
  ra_->load_into(1, a[1]);
  x86::Gp r = ra_->def_gp_from(a[0]);
  a_.emit(id, r, x86::cl);
}

// Whether the result of comparison `i` is only used by the guard right after it (as its
// condition, and maybe as a value its exit saves, which is then the constant the comparison
// gave when the guard fails): then the guard branches on the flags and the 0/1 value is never
// made.
bool TraceCompiler::fuses_with_guard(uint32_t i) const {
  if (i + 1 >= t_.insts.size()) return false;
  const Inst& next = t_.insts[i + 1];
  if (next.op != Op::guard_true && next.op != Op::guard_false) return false;
  return t_.args(next)[0] == Value::inst(i) && live_.last_use[i] == i + 1;
}

void TraceCompiler::set_flag_result(uint32_t i, CondCode cc, x86::Gp r) {
  if (fuses_with_guard(i)) {
    fused_ = cc;
    fused_inst_ = i + 1;
    return;
  }
  a_.set(cc, r.r8());
  a_.movzx(r.r32(), r.r8());
}

void TraceCompiler::compare_int(uint32_t i, CondCode cc) {
  auto a = args(i);
  Value lhs = a[0], rhs = a[1];
  if (lhs.is_const()) {
    std::swap(lhs, rhs);
    cc = x86::reverseCond(cc);
  }
  x86::Gp r = fuses_with_guard(i) ? x86::Gp() : ra_->def_gp();
  Operand b = ra_->int_operand(rhs);
  // cmp takes at most one memory operand, and r11 may already hold a wide constant `b`.
  Operand l = lhs.is_const() || b.isMem() ? Operand(ra_->gp(lhs)) : ra_->int_operand(lhs, false);
  emit2(asmjit::x86::Inst::kIdCmp, l, b);
  set_flag_result(i, cc, r);
}

void TraceCompiler::test_int(uint32_t i, CondCode cc) {
  Operand x = ra_->int_operand(args(i)[0], false);
  x86::Gp r = fuses_with_guard(i) ? x86::Gp() : ra_->def_gp();
  if (x.isMem())
    a_.cmp(x.as<x86::Mem>(), imm(0));
  else
    a_.test(x.as<x86::Gp>(), x.as<x86::Gp>());
  set_flag_result(i, cc, r);
}

void TraceCompiler::float_binary(uint32_t i, asmjit::InstId id) {
  auto a = args(i);
  Value lhs = a[0], rhs = a[1];
  bool commutative = id == asmjit::x86::Inst::kIdAddsd || id == asmjit::x86::Inst::kIdMulsd;
  if (commutative && (lhs.is_const() || (!ra_->dies_here(lhs) && ra_->dies_here(rhs))))
    std::swap(lhs, rhs);
  Operand b = ra_->float_operand(rhs);
  x86::Xmm r = ra_->def_xmm_from(lhs);
  a_.emit(id, r, b);
}

void TraceCompiler::float_mask(uint32_t i, asmjit::InstId id, uint64_t mask) {
  x86::Xmm r = ra_->def_xmm_from(args(i)[0]);
  a_.mov(x86::r11, imm(mask));
  a_.movq(x86::xmm15, x86::r11);
  a_.emit(id, r, x86::xmm15);
}

// ucomisd sets CF/ZF like an unsigned comparison and all of ZF, PF, CF when unordered, so
// "above" and "above or equal" are false for NaN, as IEEE comparisons must be.
void TraceCompiler::compare_float(uint32_t i, bool swap, CondCode cc) {
  auto a = args(i);
  Value lhs = swap ? a[1] : a[0], rhs = swap ? a[0] : a[1];
  x86::Gp r = fuses_with_guard(i) ? x86::Gp() : ra_->def_gp();
  Operand b = ra_->float_operand(rhs);
  x86::Xmm l = ra_->xmm(lhs);  // never xmm15, which may hold `b`
  emit2(asmjit::x86::Inst::kIdUcomisd, l, b);
  set_flag_result(i, cc, r);
}

void TraceCompiler::float_equality(uint32_t i) {
  auto a = args(i);
  bool eq = t_.insts[i].op == Op::float_eq;
  x86::Gp r = ra_->def_gp();
  Operand b = ra_->float_operand(a[1]);
  x86::Xmm l = ra_->xmm(a[0]);
  emit2(asmjit::x86::Inst::kIdUcomisd, l, b);
  if (eq) {  // ZF=1 and PF=0
    a_.sete(r.r8());
    a_.setnp(x86::r11b);
    a_.and_(r.r8(), x86::r11b);
  } else {  // ZF=0 or PF=1
    a_.setne(r.r8());
    a_.setp(x86::r11b);
    a_.or_(r.r8(), x86::r11b);
  }
  a_.movzx(r.r32(), r.r8());
}

}  // namespace weft::jit::backend
