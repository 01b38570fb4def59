// Instruction selection for x86-64, the driver. One forward pass: for each instruction the
// register allocator places operands and result, and the matching lowering emits code. Guards
// jump to exit stubs emitted after the body; allocation slow paths too, so the fast path falls
// through.
#include <algorithm>
#include <cstring>

#include "backend/x64_lowering.h"

namespace weft::jit::backend {

bool TraceCompiler::run(std::string* error) {
  out_.externals.reserve(exits_.size() + 2);  // each exit stub jumps to the exit trampoline
  oom_ = a_.newLabel();
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
  for (const DirectCall& c : direct_calls_) emit_direct_call_paths(c);
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

void TraceCompiler::fail(std::string what) {
  if (problem_.empty()) problem_ = std::move(what);
}

void TraceCompiler::prologue() {
  uint32_t count = 0;
  while (count < t_.insts.size() && t_.insts[count].op == Op::input) ++count;
  std::vector<uint32_t>& inputs = ws_.values;
  inputs.resize(count);
  for (uint32_t i = 0; i < count; ++i) inputs[i] = i;
  if (ctx_.bridge_inputs) {
    if (ctx_.bridge_inputs->size() != inputs.size())
      return fail("the bridge's inputs do not match the guard's saved values");
    ra_->place(inputs, *ctx_.bridge_inputs);
    return;
  }
  if (inputs.size() > Backend::kMaxIoWords) return fail("too many trace inputs");
  // The io entry loads the inputs that the register entry (after it) receives in registers; an
  // input nothing reads is not loaded.
  out_.entry = a_.offset();
  constexpr RegId kRsp = 4;
  DirectEncoder e(a_);
  e.load(kScratch1, kRsp, 0);
  std::vector<uint32_t>& in_regs = ws_.more_values;
  std::vector<Loc>& regs = ws_.locs;
  in_regs.clear();
  regs.clear();
  uint32_t in_io = 0;  // the first inputs[in_io] are loaded below
  for (uint32_t i : inputs) {
    bool used = live_.last_use[i] != i;
    if (i < std::size(kEntryRegs) && t_.insts[i].type != Type::Float) {
      if (!used) continue;
      e.load(kEntryRegs[i], kScratch1, int32_t(8 * i));
      in_regs.push_back(i);
      regs.push_back(Loc::reg(kEntryRegs[i]));
    } else {
      inputs[in_io++] = i;
    }
  }
  e.flush();
  out_.register_entry = a_.offset();
  ra_->place(in_regs, regs);
  if (in_io != 0) {
    e.load(kScratch1, kRsp, 0);
    e.flush();
  }
  for (uint32_t i : std::span(inputs.data(), in_io)) {
    ra_->begin(i);
    x86::Mem word = x86::qword_ptr(x86::r11, int32_t(8 * i));
    if (t_.insts[i].type == Type::Float) {
      a_.movsd(ra_->def_xmm(), word);
    } else {
      e.load(RegId(ra_->def_gp().id()), kScratch1, int32_t(8 * i));
      e.flush();
    }
    ra_->end();
  }
}

void TraceCompiler::lower(uint32_t i) {
  const Inst& inst = t_.insts[i];
  auto a = args(i);
  if (i > compared_from_ && i <= compared_to_) return;  // compare_load() did it
  switch (inst.op) {
    case Op::same_as:
      if (inst.type == Type::Float)
        ra_->def_xmm_from(a[0]);
      else
        ra_->def_gp_from(a[0]);
      return;
    case Op::int_add:
      if (live_.address_base[i] >= 0) return;  // folded into the loads and stores using it
      return binary(i, asmjit::x86::Inst::kIdAdd);
    case Op::int_add_ovf:
      return binary(i, asmjit::x86::Inst::kIdAdd);
    case Op::int_sub:
    case Op::int_sub_ovf:
      return binary(i, asmjit::x86::Inst::kIdSub);
    case Op::int_and:
      if (and_of_conditions(i)) return and_conditions(i);
      return binary(i, asmjit::x86::Inst::kIdAnd);
    case Op::int_or:
      return binary(i, asmjit::x86::Inst::kIdOr);
    case Op::int_xor:
      return binary(i, asmjit::x86::Inst::kIdXor);
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
      if (uint32_t test = compared_load(i); test != UINT32_MAX) return compare_load(i, test);
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
    case Op::call_assembler:
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
    case Op::record_exact_class:
    case Op::assume_true:
    case Op::assume_false:
    case Op::assume_nonnull:
    case Op::assume_value:
    case Op::private_frame:
    case Op::input:
      return;
  }
  fail(std::string("cannot compile ") + op_info(inst.op).name);
}

// A conditional jump to exit `k`'s stub, recorded so a bridge can be patched in. Its rel32 is
// filled in by finish_output(), once the stub is placed (no asmjit label per exit).
void TraceCompiler::jump_to_exit(CondCode cc, size_t k) {
  record_exit_locations(k);
  DirectEncoder e(a_);
  out_.exits[k].jump_sites.push_back(e.jcc_rel32(cc));
  e.flush();
}

void TraceCompiler::always_exit(size_t k) {
  record_exit_locations(k);
  DirectEncoder e(a_);
  out_.exits[k].jump_sites.push_back(e.jmp_rel32());
  e.flush();
}

// Where the saved values are when the guard jumps: after its operands were placed (which
// may have moved other values), before anything else changes.
void TraceCompiler::record_exit_locations(size_t k) {
  if (recorded_[k]) return;
  recorded_[k] = true;
  out_.exits[k].locs.reserve(live_.saved[exits_[k].inst].size());
  for (Value v : live_.saved[exits_[k].inst])
    out_.exits[k].locs.push_back(v == fused_value_ ? Loc::constant(fused_failing_)
                                                   : ra_->saved_where(v));
}

void TraceCompiler::guard(uint32_t i) {
  size_t k = exit_of_inst_[i];
  guard_body(i, k);
  record_exit_locations(k);  // a guard that cannot fail still gets a stub
  fused_value_ = Value();
}

void TraceCompiler::guard_body(uint32_t i, size_t k) {
  const Inst& inst = t_.insts[i];
  auto a = args(i);
  if (fused_inst_ == i) {  // the comparison before set the flags
    fused_inst_ = UINT32_MAX;
    // Where the exit saves the comparison's result, it is what makes the guard fail.
    fused_value_ = Value::inst(fused_cmp_);
    fused_failing_ = inst.op == Op::guard_false ? 1 : 0;
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

x86::Gp TraceCompiler::load_r10(uint64_t bits) {
  a_.mov(x86::r10, imm(bits));
  return x86::r10;
}

// Stores `values` (at `locs`) into the io buffer and leaves through exit `k`. Encoded directly
// (DirectEncoder): a trace has a stub per guard, and asmjit's encoder was most of their cost.
void TraceCompiler::leave(const std::vector<Loc>& locs, size_t k) {
  if (locs.size() > Backend::kMaxIoWords)
    return fail("an exit saves more than " + std::to_string(Backend::kMaxIoWords) + " values");
  constexpr RegId kIo = kScratch1, kValue = kScratch2, kRsp = 4, kRax = 0;
  DirectEncoder e(a_);
  const size_t first = exits_[k].first_in_register ? 1 : 0;
  if (first < locs.size()) e.load(kIo, kRsp, 0);
  for (size_t n = first; n < locs.size(); ++n) {
    const int32_t word = int32_t(8 * n);
    const Loc& l = locs[n];
    switch (l.kind) {
      case Loc::Kind::Reg:
        if (is_xmm(RegId(l.index)))
          e.store_double(kIo, word, RegId(l.index));
        else
          e.store(kIo, word, RegId(l.index));
        continue;
      case Loc::Kind::Slot:
        e.load(kValue, kRsp, slot_offset(l.index));
        break;
      case Loc::Kind::Const:
        e.mov_imm(kValue, l.bits);
        break;
      case Loc::Kind::RegPlus:
        e.lea(kValue, RegId(l.index), int32_t(int64_t(l.bits)));
        break;
      case Loc::Kind::SlotPlus:
        e.load(kValue, kRsp, slot_offset(l.index));
        e.lea(kValue, kValue, int32_t(int64_t(l.bits)));
        break;
      case Loc::Kind::None:
        return fail("internal error: an exit value has no location");
    }
    e.store(kIo, word, kValue);
  }
  // A caller in compiled code takes such a value from the register, not from a store just
  // made; C++ gets it in io[0] from the entry trampoline.
  if (first) {
    e.flush();
    ra_->parallel_move({{locs[0], Loc::reg(kFinishReg)}});
  }
  e.mov_imm(kRax, reinterpret_cast<uintptr_t>(&exits_[k]));
  jump_external(e, ctx_.exit_trampoline);
  e.flush();
}

void TraceCompiler::jump_external(DirectEncoder& e, uintptr_t target) {
  size_t rel32 = e.jmp_rel32();
  out_.externals.push_back({rel32, target, rel32 + 4});
}

void TraceCompiler::emit_stubs() {
  for (size_t k = 0; k < exits_.size() && ok(); ++k) {
    if (exits_[k].kind == ExitInfo::Kind::Finish) continue;
    if (exits_[k].kind == ExitInfo::Kind::OutOfMemory) a_.bind(oom_);
    out_.exits[k].stub = a_.offset();
    leave(out_.exits[k].locs, k);
  }
}

void TraceCompiler::finish(uint32_t i) {
  size_t k = exit_of_inst_[i];
  std::vector<Loc>& locs = out_.exits[k].locs;
  locs.reserve(args(i).size());
  for (Value v : args(i)) locs.push_back(ra_->where(v));
  leave(locs, k);
}

// The code falls through the padding on every entry into the trace: one nop instruction of
// the padding's length (0x66 prefixes on the 8-byte `nop [rax + rax + 0]`, as assemblers pad
// for processors that decode them at full speed), not up to 15 one-byte nops.
void TraceCompiler::pad_to_16() {
  static const uint8_t kNops[8][8] = {{0x90},
                                      {0x66, 0x90},
                                      {0x0f, 0x1f, 0x00},
                                      {0x0f, 0x1f, 0x40, 0x00},
                                      {0x0f, 0x1f, 0x44, 0x00, 0x00},
                                      {0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00},
                                      {0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00},
                                      {0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00}};
  const size_t pad = (16 - a_.offset() % 16) % 16;
  if (pad == 0) return;
  if (pad <= 8) return a_.embed(kNops[pad - 1], pad), void();
  uint8_t nop[15];
  std::memset(nop, 0x66, pad - 8);
  std::memcpy(nop + pad - 8, kNops[7], 8);
  a_.embed(nop, pad);
}

void TraceCompiler::label(uint32_t i) {
  young_.clear();  // a jump back arrives here after the loop's allocations
  auto a = args(i);
  auto live_before = live_.live_at_label(i);
  std::vector<uint32_t>& live = ws_.values;
  live.assign(live_before.begin(), live_before.end());
  bool closed = true;
  for (uint32_t v : live) closed &= std::find(a.begin(), a.end(), Value::inst(v)) != a.end();
  for (Value v : a)
    if (std::find(live.begin(), live.end(), v.index()) == live.end()) live.push_back(v.index());
  std::vector<Loc>& all = ws_.locs;
  ra_->fix_label(live, all);
  MachineOutput::Label out{static_cast<const LabelDescr*>(t_.insts[i].descr), 0, {}, {}, closed};
  out.locs.reserve(a.size());
  out.types.reserve(a.size());
  for (Value v : a) {
    out.locs.push_back(ra_->where(v));
    out.types.push_back(t_.type_of(v));
  }
  if (int32_t(i) == live_.loop_label) {
    loop_live_ = live;
    loop_locs_ = all;
    loop_head_ = a_.newLabel();
    pad_to_16();
    a_.bind(loop_head_);
  }
  out.offset = a_.offset();
  out_.labels.push_back(std::move(out));
}

void TraceCompiler::jump(uint32_t i) {
  auto a = args(i);
  const Descr* target = t_.insts[i].descr;
  std::vector<std::pair<Loc, Loc>>& moves = ws_.moves;
  moves.clear();
  if (live_.loop_label >= 0 && t_.insts[size_t(live_.loop_label)].descr == target) {
    auto label_args = args(uint32_t(live_.loop_label));
    for (size_t n = 0; n < loop_live_.size(); ++n) {
      Value v = Value::inst(loop_live_[n]);
      auto it = std::find(label_args.begin(), label_args.end(), v);
      Value source = it == label_args.end() ? v : a[size_t(it - label_args.begin())];
      moves.push_back({ra_->where(source), loop_locs_[n]});
    }
    ra_->parallel_move(moves);
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
  ra_->parallel_move(moves);
  DirectEncoder e(a_);
  jump_external(e, dest.address);
  e.flush();
}

void TraceCompiler::finish_output() {
  if (code_.flatten() != asmjit::kErrorOk || code_.resolveUnresolvedLinks() != asmjit::kErrorOk)
    return fail("assembler: cannot resolve the code's labels");
  asmjit::Section* text = code_.textSection();
  out_.code.assign(text->data(), text->data() + text->bufferSize());
  out_.spill_slots = ra_->slots_used();
  for (size_t k = 0; k < exits_.size(); ++k) {
    for (size_t site : out_.exits[k].jump_sites) {
      int32_t rel32 = int32_t(int64_t(out_.exits[k].stub) - int64_t(site + 4));
      std::memcpy(out_.code.data() + site, &rel32, 4);
    }
  }
}

void MachineOutput::clear() {
  code.clear();
  entry = register_entry = 0;
  externals.clear();
  exits.clear();
  labels.clear();
  spill_slots = inline_call_stubs = 0;
}

bool compile_x64(const Trace& trace, const std::vector<ExitInfo>& exits, const CompileContext& ctx,
                 MachineOutput* out, std::string* error) {
  return TraceCompiler(trace, exits, ctx, out).run(error);
}

}  // namespace weft::jit::backend
