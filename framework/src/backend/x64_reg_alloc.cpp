#include "backend/x64_reg_alloc.h"

#include <algorithm>

#include "backend/x64_direct_encoder.h"
#include "weft/jit/backend.h"

namespace weft::jit::backend {

namespace {

constexpr uint32_t bit(unsigned r) { return 1u << r; }

// rax rcx rdx rsi rdi r8 r9 (caller-saved) then rbx rbp r12-r15 (callee-saved); not rsp, r10,
// r11 (scratch).
constexpr RegId kGpOrder[] = {0, 1, 2, 6, 7, 8, 9, 3, 5, 12, 13, 14, 15};
constexpr uint32_t kCalleeSaved = bit(3) | bit(5) | bit(12) | bit(13) | bit(14) | bit(15);
constexpr uint32_t kAllXmm = 0xffffu << kXmmBase;
constexpr uint32_t kAllocatableXmm = kAllXmm & ~bit(kScratchXmm);

bool fits_i32(uint64_t bits) { return int64_t(bits) == int64_t(int32_t(bits)); }

}  // namespace

const uint32_t RegAlloc::kCallerSaved =
    bit(0) | bit(1) | bit(2) | bit(6) | bit(7) | bit(8) | bit(9) | bit(10) | bit(11) | kAllXmm;
const uint32_t RegAlloc::kIntArgs[6] = {7, 6, 2, 1, 8, 9};  // rdi rsi rdx rcx r8 r9

x86::Mem slot_mem(uint16_t slot) { return x86::qword_ptr(x86::rsp, slot_offset(slot)); }

Loc Loc::plus(Loc base, int64_t offset) {
  switch (base.kind) {
    case Kind::Reg:
      return {Kind::RegPlus, base.index, uint64_t(offset)};
    case Kind::Slot:
      return {Kind::SlotPlus, base.index, uint64_t(offset)};
    case Kind::Const:
      return constant(base.bits + uint64_t(offset));
    default:
      return {};
  }
}

RegAlloc::RegAlloc(x86::Assembler& a, const Trace& trace, const LiveRanges& live, Tables& tables)
    : a_(a),
      t_(trace),
      live_(live),
      loc_(tables.loc),
      slot_used_(tables.slot_used),
      next_call_(tables.next_call) {
  loc_.assign(trace.insts.size(), ValueLoc{});
  owner_.fill(-1);
  slot_used_.assign(Backend::kMaxSpillSlots, false);
  next_call_.assign(trace.insts.size() + 1, UINT32_MAX);
  for (size_t i = trace.insts.size(); i-- > 0;) {
    Op op = trace.insts[i].op;
    bool call = op == Op::call || op == Op::call_assembler || op == Op::new_array;
    next_call_[i] = call ? uint32_t(i) : next_call_[i + 1];
  }
}

void RegAlloc::fail(std::string what) {
  if (error_.empty()) error_ = std::move(what);
}

void RegAlloc::begin(uint32_t i) {
  current_ = i;
  pinned_ = 0;
  def_ = -1;
}

void RegAlloc::end() {
  auto release = [&](Value v) {
    if (v.is_inst() && live_.last_use[v.index()] == current_) free_value(v.index());
  };
  for (Value v : t_.args(t_.insts[current_])) {
    release(v);
    if (v.is_inst() && live_.address_base[v.index()] >= 0)
      release(Value::inst(uint32_t(live_.address_base[v.index()])));
  }
  for (Value v : live_.saved[current_]) {
    release(v);
    if (live_.address_base[v.index()] >= 0)
      release(Value::inst(uint32_t(live_.address_base[v.index()])));
  }
  release(Value::inst(current_));
  pinned_ = 0;
}

bool RegAlloc::dies_here(Value v) const {
  return v.is_inst() && live_.last_use[v.index()] == current_;
}

Loc RegAlloc::where(Value v) const {
  if (v.is_const()) return Loc::constant(t_.constant(v).bits);
  const ValueLoc& l = loc_[v.index()];
  if (l.reg >= 0) return Loc::reg(RegId(l.reg));
  if (l.slot >= 0) return Loc::slot(uint16_t(l.slot));
  return {};
}

Loc RegAlloc::saved_where(Value v) const {
  if (!v.is_inst() || live_.address_base[v.index()] < 0) return where(v);
  return Loc::plus(where(Value::inst(uint32_t(live_.address_base[v.index()]))),
                   live_.address_offset[v.index()]);
}

void RegAlloc::bind(RegId r, uint32_t v) {
  owner_[r] = int32_t(v);
  loc_[v].reg = int8_t(r);
}

void RegAlloc::unbind_reg(RegId r) {
  if (owner_[r] >= 0) loc_[size_t(owner_[r])].reg = -1;
  owner_[r] = -1;
}

void RegAlloc::free_value(uint32_t v) {
  ValueLoc& l = loc_[v];
  if (l.reg >= 0 && owner_[size_t(l.reg)] == int32_t(v)) owner_[size_t(l.reg)] = -1;
  if (l.slot >= 0) slot_used_[size_t(l.slot)] = false;
  l = ValueLoc{};
}

uint16_t RegAlloc::ensure_slot(uint32_t v) {
  ValueLoc& l = loc_[v];
  if (l.slot >= 0) return uint16_t(l.slot);
  auto it = std::find(slot_used_.begin(), slot_used_.end(), false);
  if (it == slot_used_.end()) {
    fail("the trace needs more than " + std::to_string(Backend::kMaxSpillSlots) + " spill slots");
    return 0;
  }
  uint16_t s = uint16_t(it - slot_used_.begin());
  *it = true;
  max_slots_ = std::max<uint32_t>(max_slots_, s + 1u);
  l.slot = int16_t(s);
  if (l.reg >= 0) move(Loc::slot(s), Loc::reg(RegId(l.reg)));
  return s;
}

RegId RegAlloc::take_reg(bool xmm, uint32_t avoid, uint32_t for_value) {
  uint32_t usable = xmm ? kAllocatableXmm : 0;
  if (!xmm)
    for (RegId r : kGpOrder) usable |= bit(r);
  usable &= ~(pinned_ | avoid);
  // Values that live across a call prefer registers the call preserves.
  bool crosses_call = for_value < live_.last_use.size() &&
                      next_call_[current_] < live_.last_use[for_value] &&
                      next_call_[current_] != current_;
  uint32_t preferred = crosses_call ? kCalleeSaved : ~kCalleeSaved;
  int best = -1;
  for (int pass = 0; pass < 2 && best < 0; ++pass) {
    for (RegId r = 0; r < kNumRegs; ++r) {
      if (!(usable & bit(r)) || owner_[r] >= 0) continue;
      if (pass == 0 && !(preferred & bit(r))) continue;
      best = r;
      break;
    }
  }
  if (best < 0) {  // spill the value whose last use is furthest away
    uint32_t furthest = 0;
    for (RegId r = 0; r < kNumRegs; ++r) {
      if (!(usable & bit(r))) continue;
      uint32_t last = live_.last_use[size_t(owner_[r])];
      if (best < 0 || last > furthest) best = r, furthest = last;
    }
    if (best < 0) {
      fail("no register left for an instruction's operands");
      return xmm ? kXmmBase : 0;
    }
    ensure_slot(uint32_t(owner_[size_t(best)]));
    unbind_reg(RegId(best));
  }
  return RegId(best);
}

void RegAlloc::move(Loc dst, Loc src) {
  if (dst == src) return;
  const bool dst_xmm = dst.kind == Loc::Kind::Reg && is_xmm(RegId(dst.index));
  const bool src_xmm = src.kind == Loc::Kind::Reg && is_xmm(RegId(src.index));
  if (!dst_xmm && !src_xmm && move_directly(dst, src)) return;
  switch (src.kind) {
    case Loc::Kind::Const:
      if (dst.kind == Loc::Kind::Slot) {
        if (fits_i32(src.bits)) {
          a_.mov(slot_mem(dst.index), asmjit::imm(int32_t(src.bits)));
        } else {
          a_.mov(x86::r11, asmjit::imm(src.bits));
          a_.mov(slot_mem(dst.index), x86::r11);
        }
      } else if (dst_xmm) {
        a_.mov(x86::r11, asmjit::imm(src.bits));
        a_.movq(xmm_reg(RegId(dst.index)), x86::r11);
      } else {
        a_.mov(gp_reg(RegId(dst.index)), asmjit::imm(src.bits));
      }
      return;
    case Loc::Kind::Slot:
      if (dst.kind == Loc::Kind::Slot) {
        a_.mov(x86::r11, slot_mem(src.index));
        a_.mov(slot_mem(dst.index), x86::r11);
      } else if (dst_xmm) {
        a_.movsd(xmm_reg(RegId(dst.index)), slot_mem(src.index));
      } else {
        a_.mov(gp_reg(RegId(dst.index)), slot_mem(src.index));
      }
      return;
    case Loc::Kind::Reg:
      if (dst.kind == Loc::Kind::Slot) {
        if (src_xmm)
          a_.movsd(slot_mem(dst.index), xmm_reg(RegId(src.index)));
        else
          a_.mov(slot_mem(dst.index), gp_reg(RegId(src.index)));
      } else if (dst_xmm && src_xmm) {
        a_.movapd(xmm_reg(RegId(dst.index)), xmm_reg(RegId(src.index)));
      } else if (dst_xmm) {
        a_.movq(xmm_reg(RegId(dst.index)), gp_reg(RegId(src.index)));
      } else if (src_xmm) {
        a_.movq(gp_reg(RegId(dst.index)), xmm_reg(RegId(src.index)));
      } else {
        a_.mov(gp_reg(RegId(dst.index)), gp_reg(RegId(src.index)));
      }
      return;
    case Loc::Kind::RegPlus:
    case Loc::Kind::SlotPlus: {
      // Into a general register (r11 on the way to a slot): base + offset, an int32.
      x86::Gp r =
          dst.kind == Loc::Kind::Reg && !dst_xmm ? gp_reg(RegId(dst.index)) : x86::Gp(x86::r11);
      x86::Gp base = r;
      if (src.kind == Loc::Kind::RegPlus)
        base = gp_reg(RegId(src.index));
      else
        a_.mov(r, slot_mem(src.index));
      a_.lea(r, x86::ptr(base, int32_t(int64_t(src.bits))));
      if (dst.kind == Loc::Kind::Slot)
        a_.mov(slot_mem(dst.index), r);
      else if (dst_xmm)
        a_.movq(xmm_reg(RegId(dst.index)), r);
      return;
    }
    case Loc::Kind::None:
      fail("internal error: moving a value that has no location");
      return;
  }
}

// The general-register forms of move(), encoded directly (the same bytes as asmjit's).
bool RegAlloc::move_directly(Loc dst, Loc src) {
  constexpr RegId kRsp = 4;
  const bool to_reg = dst.kind == Loc::Kind::Reg;
  if (!to_reg && dst.kind != Loc::Kind::Slot) return false;
  DirectEncoder e(a_);
  switch (src.kind) {
    case Loc::Kind::Const:
      if (to_reg) {
        e.mov_imm(RegId(dst.index), src.bits);
      } else if (fits_i32(src.bits)) {
        e.store_imm(kRsp, slot_offset(dst.index), int32_t(src.bits), 8);
      } else {
        e.mov_imm(kScratch1, src.bits);
        e.store(kRsp, slot_offset(dst.index), kScratch1);
      }
      break;
    case Loc::Kind::Slot:
      if (to_reg) {
        e.load(RegId(dst.index), kRsp, slot_offset(src.index));
      } else {
        e.load(kScratch1, kRsp, slot_offset(src.index));
        e.store(kRsp, slot_offset(dst.index), kScratch1);
      }
      break;
    case Loc::Kind::Reg:
      if (to_reg)
        e.mov(RegId(dst.index), RegId(src.index));
      else
        e.store(kRsp, slot_offset(dst.index), RegId(src.index));
      break;
    default:
      return false;
  }
  e.flush();
  return true;
}

RegId RegAlloc::load(Value v, bool xmm) {
  if (v.is_inst()) {
    const ValueLoc& l = loc_[v.index()];
    if (l.reg >= 0) {
      pinned_ |= bit(unsigned(l.reg));
      return RegId(l.reg);
    }
  }
  RegId r = take_reg(xmm, 0, v.is_inst() ? v.index() : UINT32_MAX);
  Loc src = where(v);
  if (!src) {
    fail("internal error: an operand has no location");
    return r;
  }
  move(Loc::reg(r), src);
  if (v.is_inst()) bind(r, v.index());
  pinned_ |= bit(r);
  return r;
}

x86::Gp RegAlloc::gp(Value v) { return gp_reg(load(v, false)); }
x86::Xmm RegAlloc::xmm(Value v) { return xmm_reg(load(v, true)); }

asmjit::Operand RegAlloc::int_operand(Value v, bool allow_imm) {
  if (v.is_const()) {
    uint64_t bits = t_.constant(v).bits;
    if (allow_imm && fits_i32(bits)) return asmjit::imm(int32_t(bits));
    a_.mov(x86::r11, asmjit::imm(bits));
    return x86::r11;
  }
  const ValueLoc& l = loc_[v.index()];
  if (l.reg >= 0) {
    pinned_ |= bit(unsigned(l.reg));
    return gp_reg(RegId(l.reg));
  }
  if (l.slot >= 0) return slot_mem(uint16_t(l.slot));
  fail("internal error: an operand has no location");
  return x86::r11;
}

asmjit::Operand RegAlloc::float_operand(Value v) {
  if (v.is_const()) {
    a_.mov(x86::r11, asmjit::imm(t_.constant(v).bits));
    a_.movq(x86::xmm15, x86::r11);
    return x86::xmm15;
  }
  const ValueLoc& l = loc_[v.index()];
  if (l.reg >= 0) {
    pinned_ |= bit(unsigned(l.reg));
    return xmm_reg(RegId(l.reg));
  }
  if (l.slot >= 0) return slot_mem(uint16_t(l.slot));
  fail("internal error: an operand has no location");
  return x86::xmm15;
}

x86::Gp RegAlloc::def_gp(uint32_t avoid) {
  RegId r = take_reg(false, avoid, current_);
  def_in(r);
  return gp_reg(r);
}

x86::Xmm RegAlloc::def_xmm() {
  RegId r = take_reg(true, 0, current_);
  def_in(r);
  return xmm_reg(r);
}

x86::Gp RegAlloc::def_gp_from(Value a) {
  if (dies_here(a) && loc_[a.index()].reg >= 0 && !is_xmm(RegId(loc_[a.index()].reg))) {
    RegId r = RegId(loc_[a.index()].reg);
    unbind_reg(r);
    def_in(r);
    return gp_reg(r);
  }
  Loc src = where(a);
  RegId r = take_reg(false, 0, current_);
  move(Loc::reg(r), src);
  def_in(r);
  return gp_reg(r);
}

x86::Xmm RegAlloc::def_xmm_from(Value a) {
  if (dies_here(a) && loc_[a.index()].reg >= 0 && is_xmm(RegId(loc_[a.index()].reg))) {
    RegId r = RegId(loc_[a.index()].reg);
    unbind_reg(r);
    def_in(r);
    return xmm_reg(r);
  }
  Loc src = where(a);
  RegId r = take_reg(true, 0, current_);
  move(Loc::reg(r), src);
  def_in(r);
  return xmm_reg(r);
}

void RegAlloc::def_in(RegId r) {
  unbind_reg(r);  // a value dying here (e.g. a call argument) may still be recorded in it
  bind(r, current_);
  pinned_ |= bit(r);
  def_ = int32_t(current_);
}

void RegAlloc::reserve(uint32_t mask) {
  pinned_ |= mask;
  for (RegId r = 0; r < kNumRegs; ++r)
    if (mask & bit(r)) evict(r);
}

void RegAlloc::evict(RegId r) {
  int32_t v = owner_[r];
  if (v < 0) return;
  bool needed = live_.last_use[size_t(v)] > current_;
  for (Value arg : t_.args(t_.insts[current_])) needed |= arg == Value::inst(uint32_t(v));
  for (Value s : live_.saved[current_])
    needed |= s == Value::inst(uint32_t(v)) || live_.address_base[s.index()] == v;
  if (!needed) {
    unbind_reg(r);
    return;
  }
  // Another free register of the same class, else the spill slot.
  uint32_t usable = is_xmm(r) ? kAllocatableXmm : 0;
  if (!is_xmm(r))
    for (RegId g : kGpOrder) usable |= bit(g);
  usable &= ~(pinned_ | bit(r));
  for (RegId other = 0; other < kNumRegs; ++other) {
    if ((usable & bit(other)) && owner_[other] < 0) {
      move(Loc::reg(other), Loc::reg(r));
      unbind_reg(r);
      bind(other, uint32_t(v));
      return;
    }
  }
  ensure_slot(uint32_t(v));
  unbind_reg(r);
}

void RegAlloc::spill(uint32_t mask) {
  for (RegId r = 0; r < kNumRegs; ++r) {
    int32_t v = owner_[r];
    if (v < 0 || !(mask & bit(r))) continue;
    if (live_.last_use[size_t(v)] > current_) {
      ensure_slot(uint32_t(v));
      unbind_reg(r);
    }
  }
}

Loc RegAlloc::in_memory(Value v) {
  if (v.is_const()) return Loc::constant(t_.constant(v).bits);
  return Loc::slot(ensure_slot(v.index()));
}

uint32_t RegAlloc::live_regs_after(uint32_t mask) const {
  uint32_t out = 0;
  for (RegId r = 0; r < kNumRegs; ++r) {
    int32_t v = owner_[r];
    if (v >= 0 && (mask & bit(r)) && v != def_ && live_.last_use[size_t(v)] > current_)
      out |= bit(r);
  }
  return out;
}

void RegAlloc::place(const std::vector<uint32_t>& values, const std::vector<Loc>& locs) {
  uint32_t bases = 0;  // registers that addresses computed below are based on
  for (size_t k = 0; k < values.size(); ++k) {
    const Loc& l = locs[k];
    if (l.kind == Loc::Kind::Reg) {
      bind(RegId(l.index), values[k]);
    } else if (l.kind == Loc::Kind::Slot) {
      loc_[values[k]].slot = int16_t(l.index);
      slot_used_[l.index] = true;
      max_slots_ = std::max<uint32_t>(max_slots_, l.index + 1u);
    } else if (l.kind == Loc::Kind::RegPlus) {
      bases |= bit(l.index);
    }
  }
  // An address the guard did not compute (RegPlus, SlotPlus) is computed now, if the bridge
  // uses it, before another value can take its base's register; then the constants a guard's
  // exit gives (a comparison fused into the guard).
  for (size_t k = 0; k < values.size(); ++k) {
    const Loc& l = locs[k];
    if (l.kind != Loc::Kind::RegPlus && l.kind != Loc::Kind::SlotPlus) continue;
    if (live_.last_use[values[k]] == values[k]) continue;
    RegId r = take_reg(false, bases, values[k]);
    if (failed()) return;
    bind(r, values[k]);
    move(Loc::reg(r), l);
  }
  for (size_t k = 0; k < values.size(); ++k) {
    if (locs[k].kind != Loc::Kind::Const) continue;
    RegId r = take_reg(is_float(values[k]), 0, values[k]);
    if (failed()) return;
    bind(r, values[k]);
    move(Loc::reg(r), locs[k]);
  }
}

void RegAlloc::fix_label(const std::vector<uint32_t>& live, std::vector<Loc>& out) {
  out.clear();
  for (uint32_t v : live) {
    ValueLoc& l = loc_[v];
    if (l.reg >= 0 && l.slot >= 0) {  // one home per value: the jump back restores only that
      slot_used_[size_t(l.slot)] = false;
      l.slot = -1;
    }
    out.push_back(where(Value::inst(v)));
  }
}

void RegAlloc::parallel_move(std::vector<std::pair<Loc, Loc>>& moves) {
  std::erase_if(moves, [](const auto& m) { return m.first == m.second; });
  auto is_source = [&](const Loc& l) {
    if (l.kind == Loc::Kind::Const) return false;
    return std::any_of(moves.begin(), moves.end(), [&](const auto& m) { return m.first == l; });
  };
  while (!moves.empty()) {
    bool progress = false;
    for (size_t k = 0; k < moves.size();) {
      if (is_source(moves[k].second)) {
        ++k;
        continue;
      }
      move(moves[k].second, moves[k].first);
      moves.erase(moves.begin() + ptrdiff_t(k));
      progress = true;
    }
    if (progress) continue;
    // Only cycles are left: park one source in r10 and go on.
    Loc parked = moves.front().first;
    move(Loc::reg(kScratch2), parked);
    for (auto& m : moves)
      if (m.first == parked) m.first = Loc::reg(kScratch2);
  }
}

}  // namespace weft::jit::backend
