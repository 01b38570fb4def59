// Instruction selection for x86-64: loads and stores, the write barrier, allocation.
#include <bit>
#include <optional>

#include "backend/x64_lowering.h"

namespace weft::jit::backend {

void TraceCompiler::load(x86::Mem mem, uint8_t size, bool is_signed, Type type) {
  if (type == Type::Float) {
    mem.setSize(8);
    a_.movsd(ra_->def_xmm(), mem);
    return;
  }
  x86::Gp r = ra_->def_gp();
  if (PlainMemory m = plain_memory(mem);
      m.plain && (size == 1 || size == 2 || size == 4 || size == 8)) {
    DirectEncoder e(a_);
    if (size == 8)
      e.load(RegId(r.id()), m.base, m.disp);
    else
      e.load_narrow(RegId(r.id()), m.base, m.disp, size, is_signed);
    e.flush();
    return;
  }
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

size_t TraceCompiler::store(x86::Mem mem, uint8_t size, Value value) {
  mem.setSize(size);
  if (t_.type_of(value) == Type::Float) {
    Operand v = ra_->float_operand(value);
    if (v.isMem()) {
      a_.mov(x86::r11, v.as<x86::Mem>());
      a_.mov(mem, x86::r11);
    } else {
      a_.movsd(mem, v.as<x86::Xmm>());
    }
    return 0;
  }
  if (value.is_const()) {
    int64_t c = t_.constant(value).as_int();
    if (size < 8) c = int64_t(int32_t(c & ((uint64_t(1) << (8 * size)) - 1)));
    if (size < 8 || fits_i32(c)) {
      if (PlainMemory m = plain_memory(mem);
          m.plain && (size == 1 || size == 2 || size == 4 || size == 8)) {
        DirectEncoder e(a_);
        e.store_imm(m.base, m.disp, int32_t(c), size);
        e.flush();
      } else if (size == 1)
        a_.mov(mem, imm(int8_t(c)));
      else if (size == 2)
        a_.mov(mem, imm(int16_t(c)));
      else
        a_.mov(mem, imm(int32_t(c)));
      return size < 4 ? size : 4;
    }
  }
  x86::Gp r = ra_->gp(value);
  if (PlainMemory m = plain_memory(mem);
      m.plain && (size == 1 || size == 2 || size == 4 || size == 8)) {
    DirectEncoder e(a_);
    if (size == 8)
      e.store(m.base, m.disp, RegId(r.id()));
    else
      e.store_narrow(m.base, m.disp, RegId(r.id()), size);
    e.flush();
    return 0;
  }
  switch (size) {
    case 1:
      a_.mov(mem, r.r8());
      break;
    case 2:
      a_.mov(mem, r.r16());
      break;
    case 4:
      a_.mov(mem, r.r32());
      break;
    default:
      a_.mov(mem, r);
  }
  return 0;
}

// The card-marking write barrier of the JIT contract for a pointer stored at `slot`.
void TraceCompiler::write_barrier(const x86::Mem& slot) {
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

// Stores into an object allocated since the last point where the collector could run need no
// barrier: the object is young, and minor collections trace young objects whole.
bool TraceCompiler::needs_barrier(Value object, Value value) const {
  if (object.is_inst() && std::find(young_.begin(), young_.end(), object.index()) != young_.end())
    return false;
  return t_.type_of(value) == Type::Ref && !(value.is_const() && t_.constant(value).bits == 0);
}

x86::Mem TraceCompiler::field(Value object, const FieldDescr* f) {
  int32_t offset = int32_t(f->offset);
  if (object.is_inst() && live_.address_base[object.index()] >= 0) {  // x + c, not computed
    offset += live_.address_offset[object.index()];
    object = Value::inst(uint32_t(live_.address_base[object.index()]));
  }
  return x86::ptr(ra_->gp(object), offset);
}

uintptr_t TraceCompiler::global_field(uint32_t i) const {
  Op op = t_.insts[i].op;
  Value object = args(i)[0];
  if ((op != Op::getfield_raw && op != Op::setfield_raw) || !object.is_const() || !ctx_.reaches)
    return 0;
  auto* f = static_cast<const FieldDescr*>(t_.insts[i].descr);
  uintptr_t address = uintptr_t(t_.constant(object).bits) + f->offset;
  return ctx_.reaches(address) ? address : 0;
}

x86::Mem TraceCompiler::global_operand() { return x86::ptr(x86::rip, 0); }

void TraceCompiler::note_global(uintptr_t address, size_t imm_bytes) {
  size_t end = a_.offset();
  out_.externals.push_back({end - imm_bytes - 4, address, end});
}

void TraceCompiler::get_field(uint32_t i) {
  auto* f = static_cast<const FieldDescr*>(t_.insts[i].descr);
  if (uintptr_t address = global_field(i)) {
    load(global_operand(), f->size, f->is_signed, f->type);
    note_global(address, 0);
    return;
  }
  load(field(args(i)[0], f), f->size, f->is_signed, f->type);
}

uint32_t TraceCompiler::compared_load(uint32_t i) const {
  const Inst& inst = t_.insts[i];
  if ((inst.op != Op::getfield_gc && inst.op != Op::getfield_raw) || inst.type != Type::Int ||
      global_field(i))
    return UINT32_MAX;
  auto* f = static_cast<const FieldDescr*>(inst.descr);
  Value x = Value::inst(i);
  uint32_t j = i + 1;
  auto other_operand = [&](uint32_t k) -> std::optional<uint64_t> {
    auto a = args(k);
    if (a.size() != 2 || (a[0] != x && a[1] != x)) return std::nullopt;
    Value c = a[0] == x ? a[1] : a[0];
    if (!c.is_const()) return std::nullopt;
    return t_.constant(c).bits;
  };
  if (j >= t_.insts.size() || live_.last_use[i] != j) return UINT32_MAX;
  if (t_.insts[j].op == Op::int_and) {
    if (other_operand(j) != uint64_t{0xffffffff} || !zero_extended_32(x) ||
        live_.last_use[j] != j + 1)
      return UINT32_MAX;
    x = Value::inst(j++);
  }
  if (j >= t_.insts.size() || (t_.insts[j].op != Op::int_eq && t_.insts[j].op != Op::int_ne))
    return UINT32_MAX;
  std::optional<uint64_t> c = other_operand(j);
  // The constant must be the field's own value for the narrow compare to decide the test.
  if (!c || int64_t(*c) < 0 || (f->size < 8 && *c >= uint64_t{1} << (8 * f->size - 1)) ||
      !fits_i32(int64_t(*c)) || !fuses_with_guard(j))
    return UINT32_MAX;
  return j;
}

void TraceCompiler::compare_load(uint32_t i, uint32_t test) {
  auto* f = static_cast<const FieldDescr*>(t_.insts[i].descr);
  auto a = args(test);
  uint64_t c = t_.constant(a[0].is_const() ? a[0] : a[1]).bits;
  x86::Mem mem = field(args(i)[0], f);
  mem.setSize(f->size);
  a_.cmp(mem, imm(int32_t(c)));
  compared_from_ = i;
  compared_to_ = test;
  set_flag_result(test, t_.insts[test].op == Op::int_eq ? CondCode::kE : CondCode::kNE, x86::Gp());
}

void TraceCompiler::set_field(uint32_t i) {
  if (std::erase(done_stores_, i)) return;
  auto a = args(i);
  auto* f = static_cast<const FieldDescr*>(t_.insts[i].descr);
  if (uintptr_t address = global_field(i)) {
    note_global(address, store(global_operand(), f->size, a[1]));
    return;
  }
  x86::Mem mem = field(a[0], f);
  store(mem, f->size, a[1]);
  if (t_.insts[i].op == Op::setfield_gc && f->type == Type::Ref && needs_barrier(a[0], a[1]))
    write_barrier(mem);
}

x86::Mem TraceCompiler::item(const ArrayDescr* d, x86::Gp base, Value index) {
  if (index.is_const()) {
    int64_t disp = int64_t(d->items_offset) + t_.constant(index).as_int() * d->item_size;
    if (fits_i32(disp)) return x86::ptr(base, int32_t(disp));
  }
  x86::Gp idx = ra_->gp(index);
  return x86::ptr(base, idx, unsigned(std::countr_zero(unsigned(d->item_size))),
                  int32_t(d->items_offset));
}

void TraceCompiler::get_item(uint32_t i) {
  auto* d = static_cast<const ArrayDescr*>(t_.insts[i].descr);
  auto a = args(i);
  x86::Gp base = ra_->gp(a[0]);
  load(item(d, base, a[1]), d->item_size, d->is_signed, d->item_type);
}

void TraceCompiler::set_item(uint32_t i) {
  auto* d = static_cast<const ArrayDescr*>(t_.insts[i].descr);
  auto a = args(i);
  x86::Gp base = ra_->gp(a[0]);
  x86::Mem mem = item(d, base, a[1]);
  store(mem, d->item_size, a[2]);
  if (d->item_type == Type::Ref && needs_barrier(a[0], a[2])) write_barrier(mem);
}

TraceCompiler::NewObjectWrites TraceCompiler::new_object_writes(uint32_t i, size_t payload,
                                                                int64_t length,
                                                                uint32_t length_offset) const {
  NewObjectWrites out;
  size_t words = (payload + 7) / 8;
  if (words > 64) {
    out.unwritten = ~uint64_t{0};
    return out;
  }
  // Per byte: written or not, and the constant written there (the last store wins); per word:
  // whether a store of anything but an integer constant touches it.
  std::vector<bool> written(words * 8, false), other(words, false);
  std::vector<uint8_t> bytes(words * 8, 0);
  std::vector<std::pair<uint32_t, int64_t>> int_stores;  // setfield_gc of a constant, at offset
  auto mark = [&](int64_t offset, size_t size, std::optional<uint64_t> value) {
    if (offset < 0 || uint64_t(offset) + size > written.size()) return;
    for (size_t b = 0; b < size; ++b) {
      other[(size_t(offset) + b) / 8] = other[(size_t(offset) + b) / 8] || !value;
      written[size_t(offset) + b] = true;
      if (value) bytes[size_t(offset) + b] = uint8_t(*value >> (8 * b));
    }
  };
  if (length >= 0) mark(length_offset, 8, std::nullopt);  // store_length writes a whole word
  Value self = Value::inst(i);
  // Stores do not read the object and pure operations touch no memory; anything else (a load,
  // a guard's exit, a call, a collection at another allocation, the trace's end) might.
  for (uint32_t j = i + 1; j < t_.insts.size(); ++j) {
    const Inst& inst = t_.insts[j];
    auto a = args(j);
    if (inst.op == Op::setfield_gc && a[0] == self) {
      auto* f = static_cast<const FieldDescr*>(inst.descr);
      bool int_constant = a[1].is_const() && f->type == Type::Int;
      mark(f->offset, f->size,
           int_constant ? std::optional<uint64_t>(t_.constant(a[1]).bits) : std::nullopt);
      if (int_constant) int_stores.push_back({j, f->offset});
    } else if (inst.op == Op::setarrayitem_gc && a[0] == self && a[1].is_const()) {
      auto* d = static_cast<const ArrayDescr*>(inst.descr);
      int64_t index = t_.constant(a[1]).as_int();
      if (index >= 0 && index < length)
        mark(d->items_offset + index * d->item_size, d->item_size, std::nullopt);
    } else if (!op_info(inst.op).has(opflag::STORE) && !op_info(inst.op).has(opflag::PURE) &&
               inst.op != Op::debug_merge_point && !assumed_guard(inst.op)) {
      break;
    }
  }
  for (size_t k = 0; k < words; ++k) {
    bool whole = true;
    uint64_t value = 0;
    for (size_t b = 0; b < 8; ++b) {
      whole &= written[k * 8 + b];
      value |= uint64_t(bytes[k * 8 + b]) << (8 * b);
    }
    if (whole) continue;
    out.unwritten |= uint64_t{1} << k;
    if (other[k] || !fits_i32(int64_t(value))) continue;
    out.constant_words.push_back({int32_t(8 * k), value});
    for (auto [j, offset] : int_stores)
      if (size_t(offset) / 8 == k) out.constant_stores.push_back(j);
  }
  return out;
}

// Bump allocation inline (JitContract), with the collector's slow path out of line. Objects
// with few words left unwritten by the stores after them come from the raw allocation point
// (not zeroed) and have those words zeroed here; others from the zeroed point.
void TraceCompiler::allocate(uint32_t i, gc::TypeId type, size_t payload, int64_t length,
                             uint32_t length_offset) {
  constexpr int kMaxZeroStores = 8;
  NewObjectWrites writes = new_object_writes(i, payload, length, length_offset);
  uint64_t unwritten = writes.unwritten;
  const gc::JitRawAllocation* raw_point = ctx_.raw_allocation;
  bool raw = raw_point && std::popcount(unwritten) <= kMaxZeroStores;
  young_.clear();  // the slow path may collect: what was young may be old now
  young_.push_back(i);
  size_t total = gc::total_size(payload);
  x86::Gp r = ra_->def_gp();
  SlowAlloc slow{a_.newLabel(), a_.newLabel(), r, 0, type, payload, length, length_offset, raw};
  slow.saved_regs = ra_->live_regs_after(RegAlloc::kCallerSaved) & ~RegAlloc::mask(RegId(r.id()));
  if (total > c_.max_inline_total) {
    a_.jmp(slow.entry);
  } else {
    uintptr_t cursor = reinterpret_cast<uintptr_t>(raw ? raw_point->cursor : c_.alloc_cursor);
    auto limit = reinterpret_cast<uintptr_t>(raw ? raw_point->limit : c_.alloc_limit);
    int64_t to_limit = int64_t(limit - cursor);
    if (ctx_.reaches && ctx_.reaches(cursor) && ctx_.reaches(limit)) {
      // A heap in static storage (next to the code): no address register.
      a_.mov(r, global_operand());
      note_global(cursor, 0);
      a_.lea(x86::r10, x86::qword_ptr(r, int32_t(total)));
      a_.cmp(x86::r10, global_operand());
      note_global(limit, 0);
      a_.ja(slow.entry);
      a_.mov(global_operand(), x86::r10);
      note_global(cursor, 0);
    } else {
      a_.mov(x86::r11, imm(cursor));
      a_.mov(r, x86::qword_ptr(x86::r11));
      a_.lea(x86::r10, x86::qword_ptr(r, int32_t(total)));
      if (fits_i32(to_limit)) {
        a_.cmp(x86::r10, x86::qword_ptr(x86::r11, int32_t(to_limit)));
      } else {
        a_.mov(x86::r11, imm(limit));
        a_.cmp(x86::r10, x86::qword_ptr(x86::r11));
        a_.mov(x86::r11, imm(cursor));
      }
      a_.ja(slow.entry);
      a_.mov(x86::qword_ptr(x86::r11), x86::r10);
    }
    uint64_t header =
        (uint64_t(type) << c_.header_type_shift) |
        (uint64_t(total <= gc::kMaxSmallSize ? total / gc::kGranule : 0) << c_.header_size_shift);
    a_.mov(x86::r10, imm(header));
    a_.mov(x86::qword_ptr(r), x86::r10);
    a_.add(r, imm(int32_t(c_.header_size)));
    if (length >= 0) store_length(r, length, length_offset);
  }
  a_.bind(slow.resume);
  if (raw) {
    // A word some constant stores write part of: written whole with them, once.
    for (auto [offset, value] : writes.constant_words) {
      a_.mov(x86::qword_ptr(r, offset), imm(int32_t(int64_t(value))));
      unwritten &= ~(uint64_t{1} << (offset / 8));
    }
    done_stores_.insert(done_stores_.end(), writes.constant_stores.begin(),
                        writes.constant_stores.end());
    for (; unwritten; unwritten &= unwritten - 1)
      a_.mov(x86::qword_ptr(r, 8 * std::countr_zero(unwritten)), imm(0));
  }
  slow_allocs_.push_back(slow);
}

void TraceCompiler::store_length(x86::Gp r, int64_t length, uint32_t offset) {
  a_.mov(x86::qword_ptr(r, int32_t(offset)), imm(int32_t(length)));
}

void TraceCompiler::emit_slow_alloc(const SlowAlloc& s) {
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
  auto* slow = s.raw ? ctx_.raw_allocation->slow : c_.alloc_slow;
  a_.mov(x86::r11, imm(reinterpret_cast<uintptr_t>(slow)));
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

void TraceCompiler::new_array(uint32_t i) {
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
    return allocate(i, d->type_id, d->items_offset + size_t(n) * d->item_size, n, d->length_offset);
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
  young_.clear();
  young_.push_back(i);
}

}  // namespace weft::jit::backend
