// Instruction selection for x86-64. One forward pass: for each instruction the register
// allocator places operands and result, and the matching lowering emits code. Guards jump to
// exit stubs emitted after the body; allocation slow paths too, so the fast path falls through.
#include "backend/x64_trace_compiler.h"

#include <algorithm>
#include <bit>

#include "weft/gc/layout.h"

namespace weft::jit::backend {

namespace {

using asmjit::imm;
using asmjit::Label;
using asmjit::Operand;
using x86::CondCode;

bool fits_i32(int64_t v) { return v == int64_t(int32_t(v)); }

class ErrorCollector : public asmjit::ErrorHandler {
 public:
  void handleError(asmjit::Error, const char* message, asmjit::BaseEmitter*) override {
    if (error.empty()) error = std::string("assembler: ") + message;
  }
  std::string error;
};

// An allocation whose fast path failed: the out-of-line call to the collector.
struct SlowAlloc {
  Label entry, resume;
  x86::Gp result;
  uint32_t saved_regs;  // live caller-saved registers to preserve around the call
  gc::TypeId type;
  size_t payload;
  int64_t length = -1;  // arrays: the length to store
  uint32_t length_offset = 0;
};

class TraceCompiler {
 public:
  TraceCompiler(const Trace& t, const std::vector<ExitInfo>& exits, const CompileContext& ctx,
                MachineOutput* out)
      : t_(t), exits_(exits), ctx_(ctx), c_(*ctx.contract), out_(*out) {
    code_.init(asmjit::Environment::host());
    code_.setErrorHandler(&errors_);
    code_.attach(&a_);
    live_ = compute_live_ranges(t);
    ra_ = std::make_unique<RegAlloc>(a_, t_, live_);
    out_.exits.resize(exits.size());
    recorded_.assign(exits.size(), false);
    for (size_t k = 0; k < exits.size(); ++k)
      if (exits[k].kind != ExitInfo::Kind::OutOfMemory) exit_of_inst_[exits[k].inst] = k;
  }

  bool run(std::string* error) {
    for (size_t k = 0; k < exits_.size(); ++k) stubs_.push_back(a_.newLabel());
    oom_ = stubs_.back();
    prologue();
    for (uint32_t i = 0; i < t_.insts.size() && ok(); ++i) {
      if (t_.insts[i].op == Op::input) continue;
      ra_->begin(i);
      lower(i);
      if (ok()) ra_->end();
      if (!ok() && failed_at_ < 0) failed_at_ = int64_t(i);
    }
    emit_stubs();
    for (const SlowAlloc& s : slow_allocs_) emit_slow_alloc(s);
    if (ok()) finish_output();
    if (!ok()) {
      *error = !problem_.empty() ? problem_ : !ra_->error().empty() ? ra_->error() : errors_.error;
      if (failed_at_ >= 0)
        *error += " (instruction " + std::to_string(failed_at_) + ": " +
                  op_info(t_.insts[size_t(failed_at_)].op).name + ")";
      return false;
    }
    return true;
  }

 private:
  bool ok() const { return problem_.empty() && !ra_->failed() && errors_.error.empty(); }
  void fail(std::string what) {
    if (problem_.empty()) problem_ = std::move(what);
  }
  std::span<const Value> args(uint32_t i) const { return t_.args(t_.insts[i]); }

  // --- entry -------------------------------------------------------------------------------

  void prologue() {
    std::vector<uint32_t> inputs;
    for (uint32_t i = 0; i < t_.insts.size() && t_.insts[i].op == Op::input; ++i)
      inputs.push_back(i);
    if (ctx_.bridge_inputs) {
      if (ctx_.bridge_inputs->size() != inputs.size())
        return fail("the bridge's inputs do not match the guard's saved values");
      ra_->place(inputs, *ctx_.bridge_inputs);
      return;
    }
    if (inputs.size() > Backend::kMaxIoWords) return fail("too many trace inputs");
    out_.entry = a_.offset();
    a_.mov(x86::r11, x86::qword_ptr(x86::rsp));
    for (uint32_t i : inputs) {
      ra_->begin(i);
      x86::Mem word = x86::qword_ptr(x86::r11, int32_t(8 * i));
      if (t_.insts[i].type == Type::Float)
        a_.movsd(ra_->def_xmm(), word);
      else
        a_.mov(ra_->def_gp(), word);
      ra_->end();
    }
  }

  // --- dispatch ------------------------------------------------------------------------------

  void lower(uint32_t i) {
    const Inst& inst = t_.insts[i];
    auto a = args(i);
    switch (inst.op) {
      case Op::same_as:
        if (inst.type == Type::Float)
          ra_->def_xmm_from(a[0]);
        else
          ra_->def_gp_from(a[0]);
        return;
      case Op::int_add:
      case Op::int_add_ovf:
        return binary(i,
                      [&](x86::Gp r, const Operand& b) { emit2(asmjit::x86::Inst::kIdAdd, r, b); });
      case Op::int_sub:
      case Op::int_sub_ovf:
        return binary(i,
                      [&](x86::Gp r, const Operand& b) { emit2(asmjit::x86::Inst::kIdSub, r, b); });
      case Op::int_and:
        return binary(i,
                      [&](x86::Gp r, const Operand& b) { emit2(asmjit::x86::Inst::kIdAnd, r, b); });
      case Op::int_or:
        return binary(i,
                      [&](x86::Gp r, const Operand& b) { emit2(asmjit::x86::Inst::kIdOr, r, b); });
      case Op::int_xor:
        return binary(i,
                      [&](x86::Gp r, const Operand& b) { emit2(asmjit::x86::Inst::kIdXor, r, b); });
      case Op::int_mul:
      case Op::int_mul_ovf:
        return multiply(i);
      case Op::int_floordiv:
      case Op::int_mod:
        return divide(i);
      case Op::int_lshift:
      case Op::int_rshift:
      case Op::uint_rshift:
        return shift(i);
      case Op::int_neg:
        a_.neg(ra_->def_gp_from(a[0]));
        return;
      case Op::int_invert:
        a_.not_(ra_->def_gp_from(a[0]));
        return;
      case Op::int_lt:
        return compare_int(i, CondCode::kL);
      case Op::int_le:
        return compare_int(i, CondCode::kLE);
      case Op::int_eq:
      case Op::ptr_eq:
        return compare_int(i, CondCode::kE);
      case Op::int_ne:
      case Op::ptr_ne:
        return compare_int(i, CondCode::kNE);
      case Op::int_gt:
        return compare_int(i, CondCode::kG);
      case Op::int_ge:
        return compare_int(i, CondCode::kGE);
      case Op::uint_lt:
        return compare_int(i, CondCode::kB);
      case Op::uint_le:
        return compare_int(i, CondCode::kBE);
      case Op::uint_gt:
        return compare_int(i, CondCode::kA);
      case Op::uint_ge:
        return compare_int(i, CondCode::kAE);
      case Op::int_is_zero:
        return test_int(i, CondCode::kE);
      case Op::int_is_true:
        return test_int(i, CondCode::kNE);
      case Op::float_add:
        return float_binary(i, asmjit::x86::Inst::kIdAddsd);
      case Op::float_sub:
        return float_binary(i, asmjit::x86::Inst::kIdSubsd);
      case Op::float_mul:
        return float_binary(i, asmjit::x86::Inst::kIdMulsd);
      case Op::float_truediv:
        return float_binary(i, asmjit::x86::Inst::kIdDivsd);
      case Op::float_neg:
        return float_mask(i, asmjit::x86::Inst::kIdXorpd, uint64_t(1) << 63);
      case Op::float_abs:
        return float_mask(i, asmjit::x86::Inst::kIdAndpd, ~(uint64_t(1) << 63));
      case Op::float_lt:  // b > a: false when unordered
        return compare_float(i, true, CondCode::kA);
      case Op::float_le:
        return compare_float(i, true, CondCode::kAE);
      case Op::float_gt:
        return compare_float(i, false, CondCode::kA);
      case Op::float_ge:
        return compare_float(i, false, CondCode::kAE);
      case Op::float_eq:
      case Op::float_ne:
        return float_equality(i);
      case Op::cast_int_to_float: {
        Operand src = ra_->int_operand(a[0], false);
        x86::Xmm r = ra_->def_xmm();
        a_.xorps(r, r);  // no false dependency on r's old value
        if (src.isMem())
          a_.cvtsi2sd(r, src.as<x86::Mem>());
        else
          a_.cvtsi2sd(r, src.as<x86::Gp>());
        return;
      }
      case Op::cast_float_to_int: {
        Operand src = ra_->float_operand(a[0]);
        x86::Gp r = ra_->def_gp();
        if (src.isMem())
          a_.cvttsd2si(r, src.as<x86::Mem>());
        else
          a_.cvttsd2si(r, src.as<x86::Xmm>());
        return;
      }
      case Op::getfield_gc:
      case Op::getfield_raw:
        return get_field(i);
      case Op::setfield_gc:
      case Op::setfield_raw:
        return set_field(i);
      case Op::getarrayitem_gc:
        return get_item(i);
      case Op::setarrayitem_gc:
        return set_item(i);
      case Op::arraylen_gc: {
        auto* d = static_cast<const ArrayDescr*>(t_.insts[i].descr);
        x86::Gp base = ra_->gp(a[0]);
        a_.mov(ra_->def_gp(), x86::qword_ptr(base, int32_t(d->length_offset)));
        return;
      }
      case Op::new_object: {
        auto* d = static_cast<const SizeDescr*>(t_.insts[i].descr);
        return allocate(i, d->type_id, d->size, -1, 0);
      }
      case Op::new_array:
        return new_array(i);
      case Op::call:
        return call(i);
      case Op::guard_true:
      case Op::guard_false:
      case Op::guard_nonnull:
      case Op::guard_isnull:
      case Op::guard_value:
      case Op::guard_class:
      case Op::guard_no_overflow:
      case Op::guard_overflow:
      case Op::guard_not_invalidated:
        return guard(i);
      case Op::label:
        return label(i);
      case Op::jump:
        return jump(i);
      case Op::finish:
        return finish(i);
      case Op::debug_merge_point:
      case Op::input:
        return;
    }
    fail(std::string("cannot compile ") + op_info(inst.op).name);
  }

  void emit2(asmjit::InstId id, const Operand& a, const Operand& b) { a_.emit(id, a, b); }

  // --- integer arithmetic --------------------------------------------------------------------

  template <class Emit>
  void binary(uint32_t i, Emit emit) {
    auto a = args(i);
    Value lhs = a[0], rhs = a[1];
    // Commutative ops: keep the operand that dies here (or is not a constant) on the left.
    bool commutative = t_.insts[i].op != Op::int_sub && t_.insts[i].op != Op::int_sub_ovf;
    if (commutative && (lhs.is_const() || (!ra_->dies_here(lhs) && ra_->dies_here(rhs))))
      std::swap(lhs, rhs);
    Operand b = ra_->int_operand(rhs);
    x86::Gp r = ra_->def_gp_from(lhs);
    emit(r, b);
  }

  void multiply(uint32_t i) {
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
  void divide(uint32_t i) {
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

  void shift(uint32_t i) {
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

  // --- comparisons ---------------------------------------------------------------------------

  // Whether the result of comparison `i` is only used by the guard right after it: then the
  // guard branches on the flags and the 0/1 value is never made.
  bool fuses_with_guard(uint32_t i) const {
    if (i + 1 >= t_.insts.size()) return false;
    const Inst& next = t_.insts[i + 1];
    if (next.op != Op::guard_true && next.op != Op::guard_false) return false;
    if (t_.args(next)[0] != Value::inst(i) || live_.last_use[i] != i + 1) return false;
    const auto& saved = live_.saved[i + 1];
    return std::find(saved.begin(), saved.end(), Value::inst(i)) == saved.end();
  }

  void set_flag_result(uint32_t i, CondCode cc, x86::Gp r) {
    if (fuses_with_guard(i)) {
      fused_ = cc;
      fused_inst_ = i + 1;
      return;
    }
    a_.set(cc, r.r8());
    a_.movzx(r.r32(), r.r8());
  }

  void compare_int(uint32_t i, CondCode cc) {
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

  void test_int(uint32_t i, CondCode cc) {
    Operand x = ra_->int_operand(args(i)[0], false);
    x86::Gp r = fuses_with_guard(i) ? x86::Gp() : ra_->def_gp();
    if (x.isMem())
      a_.cmp(x.as<x86::Mem>(), imm(0));
    else
      a_.test(x.as<x86::Gp>(), x.as<x86::Gp>());
    set_flag_result(i, cc, r);
  }

  // --- floating point ------------------------------------------------------------------------

  void float_binary(uint32_t i, asmjit::InstId id) {
    auto a = args(i);
    Value lhs = a[0], rhs = a[1];
    bool commutative = id == asmjit::x86::Inst::kIdAddsd || id == asmjit::x86::Inst::kIdMulsd;
    if (commutative && (lhs.is_const() || (!ra_->dies_here(lhs) && ra_->dies_here(rhs))))
      std::swap(lhs, rhs);
    Operand b = ra_->float_operand(rhs);
    x86::Xmm r = ra_->def_xmm_from(lhs);
    a_.emit(id, r, b);
  }

  void float_mask(uint32_t i, asmjit::InstId id, uint64_t mask) {
    x86::Xmm r = ra_->def_xmm_from(args(i)[0]);
    a_.mov(x86::r11, imm(mask));
    a_.movq(x86::xmm15, x86::r11);
    a_.emit(id, r, x86::xmm15);
  }

  // ucomisd sets CF/ZF like an unsigned comparison and all of ZF, PF, CF when unordered, so
  // "above" and "above or equal" are false for NaN, as IEEE comparisons must be.
  void compare_float(uint32_t i, bool swap, CondCode cc) {
    auto a = args(i);
    Value lhs = swap ? a[1] : a[0], rhs = swap ? a[0] : a[1];
    x86::Gp r = fuses_with_guard(i) ? x86::Gp() : ra_->def_gp();
    Operand b = ra_->float_operand(rhs);
    x86::Xmm l = ra_->xmm(lhs);  // never xmm15, which may hold `b`
    emit2(asmjit::x86::Inst::kIdUcomisd, l, b);
    set_flag_result(i, cc, r);
  }

  void float_equality(uint32_t i) {
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

  // --- guards and exits ------------------------------------------------------------------------

  // A conditional jump to exit `k`'s stub, recorded so a bridge can be patched in.
  void jump_to_exit(CondCode cc, size_t k) {
    record_exit_locations(k);
    size_t before = a_.offset();
    a_.j(cc, stubs_[k]);
    if (a_.offset() - before != 6) return fail("internal error: a guard jump is not rel32");
    out_.exits[k].jump_sites.push_back(a_.offset() - 4);
  }
  void always_exit(size_t k) {
    record_exit_locations(k);
    size_t before = a_.offset();
    a_.jmp(stubs_[k]);
    if (a_.offset() - before != 5) return fail("internal error: a guard jump is not rel32");
    out_.exits[k].jump_sites.push_back(a_.offset() - 4);
  }

  // Where the saved values are when the guard jumps: after its operands were placed (which
  // may have moved other values), before anything else changes.
  void record_exit_locations(size_t k) {
    if (recorded_[k]) return;
    recorded_[k] = true;
    for (Value v : live_.saved[exits_[k].inst]) out_.exits[k].locs.push_back(ra_->where(v));
  }

  void guard(uint32_t i) {
    size_t k = exit_of_inst_.at(i);
    guard_body(i, k);
    record_exit_locations(k);  // a guard that cannot fail still gets a stub
  }

  void guard_body(uint32_t i, size_t k) {
    const Inst& inst = t_.insts[i];
    auto a = args(i);
    if (fused_inst_ == i) {  // the comparison before set the flags
      fused_inst_ = UINT32_MAX;
      jump_to_exit(inst.op == Op::guard_true ? x86::negateCond(fused_) : fused_, k);
      return;
    }
    switch (inst.op) {
      case Op::guard_true:
      case Op::guard_nonnull:
      case Op::guard_false:
      case Op::guard_isnull: {
        bool want_nonzero = inst.op == Op::guard_true || inst.op == Op::guard_nonnull;
        if (a[0].is_const()) {
          if ((t_.constant(a[0]).bits != 0) != want_nonzero) always_exit(k);
          return;
        }
        Operand x = ra_->int_operand(a[0], false);
        if (x.isMem())
          a_.cmp(x.as<x86::Mem>(), imm(0));
        else
          a_.test(x.as<x86::Gp>(), x.as<x86::Gp>());
        jump_to_exit(want_nonzero ? CondCode::kZ : CondCode::kNZ, k);
        return;
      }
      case Op::guard_value: {
        uint64_t expected = t_.constant(a[1]).bits;
        if (a[0].is_const()) {
          if (t_.constant(a[0]).bits != expected) always_exit(k);
          return;
        }
        if (t_.type_of(a[0]) == Type::Float) {
          Loc l = ra_->where(a[0]);
          if (l.kind == Loc::Kind::Reg)
            a_.movq(x86::r10, xmm_reg(RegId(l.index)));
          else
            a_.mov(x86::r10, slot_mem(l.index));
          a_.mov(x86::r11, imm(expected));
          a_.cmp(x86::r10, x86::r11);
        } else {
          Operand x = ra_->int_operand(a[0], false);
          Operand c = fits_i32(int64_t(expected)) ? Operand(imm(int32_t(expected)))
                                                  : Operand(load_r10(expected));
          emit2(asmjit::x86::Inst::kIdCmp, x, c);
        }
        jump_to_exit(CondCode::kNE, k);
        return;
      }
      case Op::guard_class: {
        x86::Gp object = ra_->gp(a[0]);
        a_.test(object, object);
        jump_to_exit(CondCode::kZ, k);
        a_.mov(x86::r11, x86::qword_ptr(object, -int32_t(gc::kHeaderSize)));
        a_.shr(x86::r11, imm(c_.header_type_shift));
        a_.mov(x86::r10, imm(t_.constant(a[1]).bits));
        a_.cmp(x86::r11, x86::r10);
        jump_to_exit(CondCode::kNE, k);
        return;
      }
      case Op::guard_no_overflow:
        return jump_to_exit(CondCode::kO, k);
      case Op::guard_overflow:
        return jump_to_exit(CondCode::kNO, k);
      case Op::guard_not_invalidated: {
        // Costs nothing: a 5-byte nop that invalidation patches into a jump to the exit.
        static const uint8_t kNop5[] = {0x0f, 0x1f, 0x44, 0x00, 0x00};
        record_exit_locations(k);
        out_.exits[k].nop_sites.push_back(a_.offset());
        a_.embed(kNop5, sizeof kNop5);
        return;
      }
      default:
        fail("internal error: not a guard");
    }
  }

  x86::Gp load_r10(uint64_t bits) {
    a_.mov(x86::r10, imm(bits));
    return x86::r10;
  }

  // Stores `values` (at `locs`) into the io buffer and leaves through exit `k`.
  void leave(const std::vector<Loc>& locs, size_t k) {
    if (locs.size() > Backend::kMaxIoWords)
      return fail("an exit saves more than " + std::to_string(Backend::kMaxIoWords) + " values");
    a_.mov(x86::r11, x86::qword_ptr(x86::rsp));
    for (size_t n = 0; n < locs.size(); ++n) {
      x86::Mem word = x86::qword_ptr(x86::r11, int32_t(8 * n));
      const Loc& l = locs[n];
      switch (l.kind) {
        case Loc::Kind::Reg:
          if (is_xmm(RegId(l.index)))
            a_.movsd(word, xmm_reg(RegId(l.index)));
          else
            a_.mov(word, gp_reg(RegId(l.index)));
          break;
        case Loc::Kind::Slot:
          a_.mov(x86::r10, slot_mem(l.index));
          a_.mov(word, x86::r10);
          break;
        case Loc::Kind::Const:
          a_.mov(x86::r10, imm(l.bits));
          a_.mov(word, x86::r10);
          break;
        case Loc::Kind::None:
          return fail("internal error: an exit value has no location");
      }
    }
    a_.mov(x86::rax, imm(reinterpret_cast<uintptr_t>(&exits_[k])));
    jump_external(ctx_.exit_trampoline);
  }

  void jump_external(uintptr_t target) {
    a_.db(0xe9);
    out_.externals.push_back({a_.offset(), target});
    a_.dd(0);
  }

  void emit_stubs() {
    for (size_t k = 0; k < exits_.size() && ok(); ++k) {
      if (exits_[k].kind == ExitInfo::Kind::Finish) continue;
      a_.bind(stubs_[k]);
      out_.exits[k].stub = a_.offset();
      leave(out_.exits[k].locs, k);
    }
  }

  void finish(uint32_t i) {
    size_t k = exit_of_inst_.at(i);
    std::vector<Loc> locs;
    for (Value v : args(i)) locs.push_back(ra_->where(v));
    out_.exits[k].locs = locs;
    leave(locs, k);
  }

  // --- control flow --------------------------------------------------------------------------

  void label(uint32_t i) {
    auto a = args(i);
    std::vector<uint32_t> live = live_.live_at_label[i];
    bool closed = true;
    for (uint32_t v : live) closed &= std::find(a.begin(), a.end(), Value::inst(v)) != a.end();
    for (Value v : a)
      if (std::find(live.begin(), live.end(), v.index()) == live.end()) live.push_back(v.index());
    std::vector<Loc> all = ra_->fix_label(live);
    MachineOutput::Label out{static_cast<const LabelDescr*>(t_.insts[i].descr), 0, {}, {}, closed};
    for (Value v : a) {
      out.locs.push_back(ra_->where(v));
      out.types.push_back(t_.type_of(v));
    }
    if (int32_t(i) == live_.loop_label) {
      loop_live_ = live;
      loop_locs_ = all;
      loop_head_ = a_.newLabel();
      a_.align(asmjit::AlignMode::kCode, 16);
      a_.bind(loop_head_);
    }
    out.offset = a_.offset();
    out_.labels.push_back(std::move(out));
  }

  void jump(uint32_t i) {
    auto a = args(i);
    const Descr* target = t_.insts[i].descr;
    std::vector<std::pair<Loc, Loc>> moves;
    if (live_.loop_label >= 0 && t_.insts[size_t(live_.loop_label)].descr == target) {
      auto label_args = args(uint32_t(live_.loop_label));
      for (size_t n = 0; n < loop_live_.size(); ++n) {
        Value v = Value::inst(loop_live_[n]);
        auto it = std::find(label_args.begin(), label_args.end(), v);
        Value source = it == label_args.end() ? v : a[size_t(it - label_args.begin())];
        moves.push_back({ra_->where(source), loop_locs_[n]});
      }
      ra_->parallel_move(std::move(moves));
      a_.jmp(loop_head_);
      return;
    }
    auto it = ctx_.labels ? ctx_.labels->find(static_cast<const LabelDescr*>(target))
                          : decltype(ctx_.labels->end()){};
    if (!ctx_.labels || it == ctx_.labels->end())
      return fail("jump to label " + target->name + ", which no compiled trace has");
    const LabelTarget& dest = it->second;
    if (dest.locs.size() != a.size()) return fail("jump to " + target->name + ": wrong arity");
    for (size_t n = 0; n < a.size(); ++n) {
      if (t_.type_of(a[n]) != dest.types[n])
        return fail("jump to " + target->name + ": an argument has the wrong type");
      moves.push_back({ra_->where(a[n]), dest.locs[n]});
    }
    ra_->parallel_move(std::move(moves));
    jump_external(dest.address);
  }

  // --- memory ----------------------------------------------------------------------------------

  void load(x86::Mem mem, uint8_t size, bool is_signed, Type type) {
    if (type == Type::Float) {
      mem.setSize(8);
      a_.movsd(ra_->def_xmm(), mem);
      return;
    }
    x86::Gp r = ra_->def_gp();
    mem.setSize(size);
    switch (size) {
      case 1:
      case 2:
        if (is_signed)
          a_.movsx(r, mem);
        else
          a_.movzx(r.r32(), mem);
        return;
      case 4:
        if (is_signed)
          a_.movsxd(r, mem);
        else
          a_.mov(r.r32(), mem);
        return;
      default:
        a_.mov(r, mem);
    }
  }

  void store(x86::Mem mem, uint8_t size, Value value) {
    mem.setSize(size);
    if (t_.type_of(value) == Type::Float) {
      Operand v = ra_->float_operand(value);
      if (v.isMem()) {
        a_.mov(x86::r11, v.as<x86::Mem>());
        a_.mov(mem, x86::r11);
      } else {
        a_.movsd(mem, v.as<x86::Xmm>());
      }
      return;
    }
    if (value.is_const()) {
      int64_t c = t_.constant(value).as_int();
      if (size < 8) c = int64_t(int32_t(c & ((uint64_t(1) << (8 * size)) - 1)));
      if (size < 8 || fits_i32(c)) {
        if (size == 1)
          a_.mov(mem, imm(int8_t(c)));
        else if (size == 2)
          a_.mov(mem, imm(int16_t(c)));
        else
          a_.mov(mem, imm(int32_t(c)));
        return;
      }
    }
    x86::Gp r = ra_->gp(value);
    switch (size) {
      case 1:
        a_.mov(mem, r.r8());
        return;
      case 2:
        a_.mov(mem, r.r16());
        return;
      case 4:
        a_.mov(mem, r.r32());
        return;
      default:
        a_.mov(mem, r);
    }
  }

  // The card-marking write barrier of the JIT contract for a pointer stored at `slot`.
  void write_barrier(const x86::Mem& slot) {
    Label skip = a_.newLabel();
    a_.lea(x86::r11, slot);
    a_.mov(x86::r10, imm(c_.card_base));
    a_.sub(x86::r11, x86::r10);
    a_.mov(x86::r10, imm(c_.card_span));
    a_.cmp(x86::r11, x86::r10);
    a_.jae(skip);
    a_.shr(x86::r11, imm(c_.card_shift));
    a_.mov(x86::r10, imm(reinterpret_cast<uintptr_t>(c_.cards)));
    a_.mov(x86::byte_ptr(x86::r10, x86::r11), imm(c_.card_dirty));
    a_.bind(skip);
  }

  bool needs_barrier(Value value) const {
    return t_.type_of(value) == Type::Ref && !(value.is_const() && t_.constant(value).bits == 0);
  }

  void get_field(uint32_t i) {
    auto* f = static_cast<const FieldDescr*>(t_.insts[i].descr);
    x86::Gp base = ra_->gp(args(i)[0]);
    load(x86::ptr(base, int32_t(f->offset)), f->size, f->is_signed, f->type);
  }

  void set_field(uint32_t i) {
    auto a = args(i);
    auto* f = static_cast<const FieldDescr*>(t_.insts[i].descr);
    x86::Gp base = ra_->gp(a[0]);
    x86::Mem mem = x86::ptr(base, int32_t(f->offset));
    store(mem, f->size, a[1]);
    if (t_.insts[i].op == Op::setfield_gc && f->type == Type::Ref && needs_barrier(a[1]))
      write_barrier(mem);
  }

  x86::Mem item(const ArrayDescr* d, x86::Gp base, Value index) {
    if (index.is_const()) {
      int64_t disp = int64_t(d->items_offset) + t_.constant(index).as_int() * d->item_size;
      if (fits_i32(disp)) return x86::ptr(base, int32_t(disp));
    }
    x86::Gp idx = ra_->gp(index);
    return x86::ptr(base, idx, unsigned(std::countr_zero(unsigned(d->item_size))),
                    int32_t(d->items_offset));
  }

  void get_item(uint32_t i) {
    auto* d = static_cast<const ArrayDescr*>(t_.insts[i].descr);
    auto a = args(i);
    x86::Gp base = ra_->gp(a[0]);
    load(item(d, base, a[1]), d->item_size, d->is_signed, d->item_type);
  }

  void set_item(uint32_t i) {
    auto* d = static_cast<const ArrayDescr*>(t_.insts[i].descr);
    auto a = args(i);
    x86::Gp base = ra_->gp(a[0]);
    x86::Mem mem = item(d, base, a[1]);
    store(mem, d->item_size, a[2]);
    if (d->item_type == Type::Ref && needs_barrier(a[2])) write_barrier(mem);
  }

  // --- allocation ------------------------------------------------------------------------------

  // Bump allocation inline (JitContract), with the collector's slow path out of line.
  void allocate(uint32_t i, gc::TypeId type, size_t payload, int64_t length,
                uint32_t length_offset) {
    size_t total = gc::total_size(payload);
    x86::Gp r = ra_->def_gp();
    SlowAlloc slow{a_.newLabel(), a_.newLabel(), r, 0, type, payload, length, length_offset};
    slow.saved_regs = ra_->live_regs_after(RegAlloc::kCallerSaved) & ~RegAlloc::mask(RegId(r.id()));
    if (total > c_.max_inline_total) {
      a_.jmp(slow.entry);
    } else {
      uintptr_t cursor = reinterpret_cast<uintptr_t>(c_.alloc_cursor);
      int64_t to_limit = int64_t(reinterpret_cast<uintptr_t>(c_.alloc_limit) - cursor);
      a_.mov(x86::r11, imm(cursor));
      a_.mov(r, x86::qword_ptr(x86::r11));
      a_.lea(x86::r10, x86::qword_ptr(r, int32_t(total)));
      if (fits_i32(to_limit)) {
        a_.cmp(x86::r10, x86::qword_ptr(x86::r11, int32_t(to_limit)));
      } else {
        a_.mov(x86::r11, imm(reinterpret_cast<uintptr_t>(c_.alloc_limit)));
        a_.cmp(x86::r10, x86::qword_ptr(x86::r11));
        a_.mov(x86::r11, imm(cursor));
      }
      a_.ja(slow.entry);
      a_.mov(x86::qword_ptr(x86::r11), x86::r10);
      uint64_t header =
          (uint64_t(type) << c_.header_type_shift) |
          (uint64_t(total <= gc::kMaxSmallSize ? total / gc::kGranule : 0) << c_.header_size_shift);
      a_.mov(x86::r10, imm(header));
      a_.mov(x86::qword_ptr(r), x86::r10);
      a_.add(r, imm(int32_t(c_.header_size)));
      if (length >= 0) store_length(r, length, length_offset);
    }
    a_.bind(slow.resume);
    slow_allocs_.push_back(slow);
    (void)i;
  }

  void store_length(x86::Gp r, int64_t length, uint32_t offset) {
    a_.mov(x86::qword_ptr(r, int32_t(offset)), imm(int32_t(length)));
  }

  void emit_slow_alloc(const SlowAlloc& s) {
    a_.bind(s.entry);
    std::vector<RegId> gps, xmms;
    for (RegId reg = 0; reg < kNumRegs; ++reg) {
      if (!(s.saved_regs & RegAlloc::mask(reg))) continue;
      (is_xmm(reg) ? xmms : gps).push_back(reg);
    }
    for (RegId reg : gps) a_.push(gp_reg(reg));
    size_t xmm_bytes = 8 * xmms.size();
    size_t pad = ((gps.size() * 8 + xmm_bytes) % 16) ? 8 : 0;  // rsp is 16-aligned in the body
    if (xmm_bytes + pad) a_.sub(x86::rsp, imm(int32_t(xmm_bytes + pad)));
    for (size_t n = 0; n < xmms.size(); ++n)
      a_.movsd(x86::qword_ptr(x86::rsp, int32_t(8 * n)), xmm_reg(xmms[n]));
    a_.mov(x86::edi, imm(s.type));
    a_.mov(x86::rsi, imm(s.payload));
    a_.mov(x86::r11, imm(reinterpret_cast<uintptr_t>(c_.alloc_slow)));
    a_.call(x86::r11);
    a_.mov(s.result, x86::rax);
    for (size_t n = 0; n < xmms.size(); ++n)
      a_.movsd(xmm_reg(xmms[n]), x86::qword_ptr(x86::rsp, int32_t(8 * n)));
    if (xmm_bytes + pad) a_.add(x86::rsp, imm(int32_t(xmm_bytes + pad)));
    for (size_t n = gps.size(); n-- > 0;) a_.pop(gp_reg(gps[n]));
    a_.test(s.result, s.result);
    a_.jz(oom_);
    if (s.length >= 0) store_length(s.result, s.length, s.length_offset);
    a_.jmp(s.resume);
  }

  void new_array(uint32_t i) {
    auto* d = static_cast<const ArrayDescr*>(t_.insts[i].descr);
    Value length = args(i)[0];
    const uint64_t max_length = (uint64_t(1) << 40) / d->item_size;  // as the interpreter
    if (length.is_const()) {
      int64_t n = t_.constant(length).as_int();
      if (n < 0 || uint64_t(n) > max_length) {
        a_.jmp(oom_);
        ra_->def_gp();
        return;
      }
      return allocate(i, d->type_id, d->items_offset + size_t(n) * d->item_size, n,
                      d->length_offset);
    }
    // A length known only at run time: call the collector (no inline path).
    ra_->spill_caller_saved();
    Loc len = ra_->where(length);
    ra_->parallel_move({{len, Loc::reg(6)}});  // rsi
    a_.mov(x86::r11, imm(max_length));
    a_.cmp(x86::rsi, x86::r11);
    a_.ja(oom_);  // negative lengths too (unsigned)
    a_.push(x86::rsi);
    a_.push(x86::rsi);  // twice: keeps rsp 16-aligned
    a_.imul(x86::rsi, x86::rsi, imm(int32_t(d->item_size)));
    a_.add(x86::rsi, imm(int32_t(d->items_offset)));
    a_.mov(x86::edi, imm(d->type_id));
    a_.mov(x86::r11, imm(reinterpret_cast<uintptr_t>(c_.alloc_slow)));
    a_.call(x86::r11);
    a_.pop(x86::r11);
    a_.pop(x86::r11);
    a_.test(x86::rax, x86::rax);
    a_.jz(oom_);
    a_.mov(x86::qword_ptr(x86::rax, int32_t(d->length_offset)), x86::r11);
    ra_->def_in(0);
  }

  // --- calls -----------------------------------------------------------------------------------

  void call(uint32_t i) {
    auto a = args(i);
    auto* d = static_cast<const CallDescr*>(t_.insts[i].descr);
    ra_->spill_caller_saved();
    std::vector<std::pair<Loc, Loc>> moves;
    size_t ints = 0, floats = 0;
    for (size_t n = 0; n < d->arg_types.size(); ++n) {
      Loc dst;
      if (d->arg_types[n] == Type::Float) {
        if (floats == 8) return fail("a call with more than 8 float arguments");
        dst = Loc::reg(RegId(kXmmBase + floats++));
      } else {
        if (ints == 6) return fail("a call with more than 6 integer arguments");
        dst = Loc::reg(RegAlloc::kIntArgs[ints++]);
      }
      moves.push_back({ra_->where(a[n + 1]), dst});
    }
    moves.push_back({ra_->where(a[0]), Loc::reg(0)});  // the function, in rax
    ra_->parallel_move(std::move(moves));
    a_.call(x86::rax);
    if (d->result == Type::Float)
      ra_->def_in(kXmmBase);
    else if (d->result != Type::Void)
      ra_->def_in(0);
  }

  // --- output ----------------------------------------------------------------------------------

  void finish_output() {
    if (code_.flatten() != asmjit::kErrorOk || code_.resolveUnresolvedLinks() != asmjit::kErrorOk)
      return fail("assembler: cannot resolve the code's labels");
    asmjit::Section* text = code_.textSection();
    out_.code.assign(text->data(), text->data() + text->bufferSize());
    out_.spill_slots = ra_->slots_used();
    for (size_t k = 0; k < exits_.size(); ++k)
      if (exits_[k].kind != ExitInfo::Kind::Finish)
        out_.exits[k].stub = code_.labelOffset(stubs_[k]);
  }

  const Trace& t_;
  const std::vector<ExitInfo>& exits_;
  const CompileContext& ctx_;
  const gc::JitContract& c_;
  MachineOutput& out_;
  asmjit::CodeHolder code_;
  ErrorCollector errors_;
  x86::Assembler a_;
  LiveRanges live_;
  std::unique_ptr<RegAlloc> ra_;
  std::unordered_map<uint32_t, size_t> exit_of_inst_;
  std::vector<Label> stubs_;
  std::vector<bool> recorded_;  // exit locations known
  Label oom_;
  std::vector<SlowAlloc> slow_allocs_;
  CondCode fused_ = CondCode::kE;
  uint32_t fused_inst_ = UINT32_MAX;
  std::vector<uint32_t> loop_live_;
  std::vector<Loc> loop_locs_;
  Label loop_head_;
  std::string problem_;
  int64_t failed_at_ = -1;
};

}  // namespace

bool compile_x64(const Trace& trace, const std::vector<ExitInfo>& exits, const CompileContext& ctx,
                 MachineOutput* out, std::string* error) {
  return TraceCompiler(trace, exits, ctx, out).run(error);
}

}  // namespace weft::jit::backend
