// Instruction selection for x86-64: integer and float arithmetic, comparisons.
#include <algorithm>
#include <limits>
#include <utility>

#include "backend/x64_lowering.h"

namespace weft::jit::backend {

// Whether `v` is the result of an unsigned load of at most 4 bytes (load() zero-extends it).
bool TraceCompiler::zero_extended_32(Value v) const {
  if (!v.is_inst()) return false;
  const Inst& inst = t_.insts[v.index()];
  if (inst.type != Type::Int) return false;
  if (inst.op == Op::getfield_gc || inst.op == Op::getfield_raw) {
    auto* f = static_cast<const FieldDescr*>(inst.descr);
    return f->size <= 4 && !f->is_signed;
  }
  if (inst.op == Op::getarrayitem_gc) {
    auto* d = static_cast<const ArrayDescr*>(inst.descr);
    return d->item_size <= 4 && !d->is_signed;
  }
  return false;
}

void TraceCompiler::binary(uint32_t i, asmjit::InstId id) {
  auto a = args(i);
  Value lhs = a[0], rhs = a[1];
  // Commutative ops: keep the operand that dies here (or is not a constant) on the left.
  const Op op = t_.insts[i].op;
  bool commutative = op != Op::int_sub && op != Op::int_sub_ovf;
  if (commutative && (lhs.is_const() || (!ra_->dies_here(lhs) && ra_->dies_here(rhs))))
    std::swap(lhs, rhs);
  if (op == Op::int_and && rhs.is_const() && t_.constant(rhs).bits == 0xffffffff) {
    // Zero extension of the low half (interpreters' unsigned 32-bit values): nothing after a
    // zero-extending load, else one mov.
    if (zero_extended_32(lhs)) {
      ra_->def_gp_from(lhs);
      return;
    }
    Operand src = ra_->int_operand(lhs, false);
    x86::Gp r = ra_->def_gp();
    if (src.isMem())
      a_.mov(r.r32(), src.as<x86::Mem>().cloneResized(4));
    else
      a_.mov(r.r32(), src.as<x86::Gp>().r32());
    return;
  }
  // An addition whose operand stays live: lea writes the sum to a new register in one
  // instruction instead of a copy and an add (the overflow-checked ops need add's flags).
  if ((op == Op::int_add || op == Op::int_sub) && lhs.is_inst() && !ra_->dies_here(lhs) &&
      ra_->where(lhs).kind == Loc::Kind::Reg) {
    int64_t c = rhs.is_const() ? t_.constant(rhs).as_int() : 0;
    if (op == Op::int_sub) c = int64_t(0 - uint64_t(c));
    if (rhs.is_const() && fits_i32(c)) {
      const RegId base = RegId(ra_->gp(lhs).id());
      const RegId r = RegId(ra_->def_gp().id());
      DirectEncoder e(a_);
      e.lea(r, base, int32_t(c));
      e.flush();
      return;
    }
    if (op == Op::int_add && rhs.is_inst() && ra_->where(rhs).kind == Loc::Kind::Reg) {
      RegId base = RegId(ra_->gp(lhs).id()), index = RegId(ra_->gp(rhs).id());
      const RegId r = RegId(ra_->def_gp().id());
      if (index == 4) std::swap(base, index);  // rsp is no index (never allocated)
      DirectEncoder e(a_);
      e.lea(r, base, index);
      e.flush();
      return;
    }
  }
  Operand b = ra_->int_operand(rhs);
  x86::Gp r = ra_->def_gp_from(lhs);
  alu(id, r, b);
}

void TraceCompiler::alu(asmjit::InstId id, const Operand& dst, const Operand& src) {
  using Alu = DirectEncoder::Alu;
  namespace Inst = x86::Inst;
  Alu op;
  switch (id) {
    case Inst::kIdAdd:
      op = Alu::Add;
      break;
    case Inst::kIdOr:
      op = Alu::Or;
      break;
    case Inst::kIdAnd:
      op = Alu::And;
      break;
    case Inst::kIdSub:
      op = Alu::Sub;
      break;
    case Inst::kIdXor:
      op = Alu::Xor;
      break;
    case Inst::kIdCmp:
      op = Alu::Cmp;
      break;
    default:
      return emit2(id, dst, src);
  }
  if (!dst.isReg() || !dst.as<x86::Gp>().isGpq()) return emit2(id, dst, src);
  const RegId d = RegId(dst.id());
  DirectEncoder e(a_);
  if (src.isReg() && src.as<x86::Gp>().isGpq()) {
    e.alu(op, d, RegId(src.id()));
  } else if (src.isImm() && fits_i32(src.as<asmjit::Imm>().value())) {
    e.alu(op, d, int32_t(src.as<asmjit::Imm>().value()));
  } else if (PlainMemory m = src.isMem() ? plain_memory(src.as<x86::Mem>()) : PlainMemory{};
             m.plain && src.as<x86::Mem>().size() == 8) {
    e.alu(op, d, m.base, m.disp);
  } else {
    return emit2(id, dst, src);
  }
  e.flush();
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

namespace {

// The multiplier and shift that turn a signed division by the constant `d` (|d| >= 2, not
// INT64_MIN) into a high multiplication (Granlund and Montgomery; Hacker's Delight, 10-1).
struct DivisionMagic {
  int64_t multiplier;
  int shift;
};

DivisionMagic division_magic(int64_t d) {
  constexpr uint64_t kTwo63 = uint64_t(1) << 63;
  const uint64_t ad = d < 0 ? 0 - uint64_t(d) : uint64_t(d);
  const uint64_t t = kTwo63 + (uint64_t(d) >> 63);
  const uint64_t anc = t - 1 - t % ad;  // |nc|, the largest multiple of ad below 2^63, less one
  int p = 63;
  uint64_t q1 = kTwo63 / anc, r1 = kTwo63 - q1 * anc;
  uint64_t q2 = kTwo63 / ad, r2 = kTwo63 - q2 * ad;
  uint64_t delta = 0;
  do {
    ++p;
    q1 *= 2;
    r1 *= 2;
    if (r1 >= anc) {
      ++q1;
      r1 -= anc;
    }
    q2 *= 2;
    r2 *= 2;
    if (r2 >= ad) {
      ++q2;
      r2 -= ad;
    }
    delta = ad - r2;
  } while (q1 < delta || (q1 == delta && r1 == 0));
  uint64_t m = q2 + 1;
  return {d < 0 ? int64_t(0 - m) : int64_t(m), p - 64};
}

}  // namespace

// Division by a constant |d| >= 2 without idiv (tens of cycles): the quotient is the high word
// of x * magic, corrected by x where the magic overflowed, shifted, plus one if negative (to
// truncate toward zero); the remainder is x - q * d. x is in rax, the result goes to rdx.
void TraceCompiler::divide_by_constant(bool mod, int64_t d) {
  DivisionMagic magic = division_magic(d);
  a_.mov(x86::r10, x86::rax);
  a_.mov(x86::r11, imm(magic.multiplier));
  a_.imul(x86::r11);  // rdx:rax = x * multiplier
  if (d > 0 && magic.multiplier < 0) a_.add(x86::rdx, x86::r10);
  if (d < 0 && magic.multiplier > 0) a_.sub(x86::rdx, x86::r10);
  if (magic.shift > 0) a_.sar(x86::rdx, imm(magic.shift));
  a_.mov(x86::rax, x86::rdx);
  a_.shr(x86::rax, imm(63));
  a_.add(x86::rdx, x86::rax);
  if (!mod) return;
  if (fits_i32(d)) {
    a_.imul(x86::rdx, x86::rdx, imm(int32_t(d)));
  } else {
    a_.mov(x86::r11, imm(d));
    a_.imul(x86::rdx, x86::r11);
  }
  a_.sub(x86::r10, x86::rdx);
  a_.mov(x86::rdx, x86::r10);
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
    if (divisor != 0 && divisor != 1 && divisor != -1 &&
        divisor != std::numeric_limits<int64_t>::min()) {
      divide_by_constant(mod, divisor);
      ra_->def_in(2);
      return;
    }
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

// Whether instruction `j` compiles to code that leaves the flags alone (moves, loads and
// stores without a write barrier), so a comparison before it can still branch after it.
bool TraceCompiler::keeps_flags(uint32_t j) const {
  const Inst& inst = t_.insts[j];
  switch (inst.op) {
    case Op::getfield_raw:
    case Op::getfield_gc:
    case Op::setfield_raw:
    case Op::same_as:
    case Op::debug_merge_point:
    case Op::record_exact_class:
    case Op::assume_true:
    case Op::assume_false:
    case Op::assume_nonnull:
    case Op::assume_value:
    case Op::private_frame:
      return true;
    case Op::int_add:
      return live_.address_base[j] >= 0;  // no code
    case Op::setfield_gc: {
      auto* f = static_cast<const FieldDescr*>(inst.descr);
      auto a = t_.args(inst);
      return f->type != Type::Ref || !needs_barrier(a[0], a[1]);
    }
    default:
      return false;
  }
}

// The guard that branches on comparison `i`'s flags, or UINT32_MAX: a guard_true/guard_false
// of it, after nothing but instructions that keep the flags and do not read it, and its only
// use (as its condition, and maybe as a value its exit saves, which is then the constant the
// comparison gave when the guard fails). The 0/1 value is then never made.
uint32_t TraceCompiler::fused_guard(uint32_t i) const {
  constexpr uint32_t kWindow = 8;
  const Value cmp = Value::inst(i);
  for (uint32_t j = i + 1; j < t_.insts.size() && j <= i + kWindow; ++j) {
    const Inst& next = t_.insts[j];
    if (next.op == Op::guard_true || next.op == Op::guard_false)
      return t_.args(next)[0] == cmp && live_.last_use[i] == j ? j : UINT32_MAX;
    if (!keeps_flags(j)) return UINT32_MAX;
    for (Value v : t_.args(next))
      if (v == cmp) return UINT32_MAX;
  }
  return UINT32_MAX;
}

bool TraceCompiler::fuses_with_guard(uint32_t i) const { return fused_guard(i) != UINT32_MAX; }

void TraceCompiler::set_flag_result(uint32_t i, CondCode cc, x86::Gp r) {
  if (uint32_t g = fused_guard(i); g != UINT32_MAX) {
    fused_ = cc;
    fused_inst_ = g;
    fused_cmp_ = i;
    return;
  }
  a_.set(cc, r.r8());
  if (!only_read_by_and(i)) a_.movzx(r.r32(), r.r8());
}

namespace {

// A comparison whose result is one setcc byte (float == and != combine two flags).
bool sets_flag_result(Op op) {
  return yields_boolean(op) && op != Op::float_eq && op != Op::float_ne;
}

}  // namespace

bool TraceCompiler::and_of_conditions(uint32_t i) const {
  const Inst& inst = t_.insts[i];
  if (inst.op != Op::int_and) return false;
  auto a = args(i);
  if (!a[0].is_inst() || !a[1].is_inst() || a[0] == a[1]) return false;
  for (Value c : a) {
    if (!sets_flag_result(t_.insts[c.index()].op) || live_.last_use[c.index()] != i) return false;
    // No other reader before the and (an exit saving it would save the whole register).
    for (uint32_t j = c.index() + 1; j < i; ++j) {
      for (Value v : t_.args(t_.insts[j]))
        if (v == c) return false;
      for (Value v : live_.saved[j])
        if (v == c) return false;
    }
  }
  return true;
}

bool TraceCompiler::only_read_by_and(uint32_t c) const {
  uint32_t reader = live_.last_use[c];
  return reader != c && and_of_conditions(reader);
}

void TraceCompiler::and_conditions(uint32_t i) {
  auto a = args(i);
  x86::Gp r = fuses_with_guard(i) ? x86::Gp() : ra_->def_gp();
  x86::Gp x = ra_->gp(a[0]), y = ra_->gp(a[1]);
  a_.test(x.r8(), y.r8());
  set_flag_result(i, CondCode::kNZ, r);
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
  alu(asmjit::x86::Inst::kIdCmp, l, b);
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
