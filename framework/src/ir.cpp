#include "weft/jit/ir.h"

#include <bit>
#include <string>

#include "weft/gc/heap.h"

namespace weft::jit {

size_t op_count() { return std::size(op_table::kOpInfos); }

std::optional<Op> op_from_name(std::string_view name) {
  for (size_t i = 0; i < std::size(op_table::kOpInfos); ++i)
    if (name == op_table::kOpInfos[i].name) return Op(i);
  return std::nullopt;
}

double Constant::as_float() const { return std::bit_cast<double>(bits); }

Value Trace::input(Type type) {
  insts.push_back(Inst{Op::input, type, 0, uint32_t(arg_pool.size()), nullptr, -1});
  return Value::inst(uint32_t(insts.size() - 1));
}

Value Trace::emit(Op op, std::initializer_list<Value> args, const Descr* descr) {
  return emit(op, std::span<const Value>(args.begin(), args.size()), descr);
}

Value Trace::emit(Op op, std::span<const Value> args, const Descr* descr) {
  const OpInfo& info = op_info(op);
  Type type = signature_type(info.result);
  if (info.result == 'd') {
    if (op == Op::same_as && !args.empty()) {
      type = type_of(args[0]);
    } else if (descr && descr->kind == Descr::Kind::Field) {
      type = static_cast<const FieldDescr*>(descr)->type;
    } else if (descr && descr->kind == Descr::Kind::Array) {
      type = static_cast<const ArrayDescr*>(descr)->item_type;
    } else if (descr && descr->kind == Descr::Kind::Call) {
      type = static_cast<const CallDescr*>(descr)->result;
    }
  }
  Inst inst{op, type, uint16_t(args.size()), uint32_t(arg_pool.size()), descr, -1};
  // (push_back: vector::insert of a range is a general, far slower loop for 1-3 values)
  for (Value a : args) arg_pool.push_back(a);
  insts.push_back(inst);
  return Value::inst(uint32_t(insts.size() - 1));
}

Value Trace::emit_guard(Op op, std::initializer_list<Value> args, Snapshot snapshot) {
  snapshots.push_back(std::move(snapshot));
  return emit_guard_with_last_snapshot(op, args);
}

Value Trace::emit_guard_with_last_snapshot(Op op, std::initializer_list<Value> args) {
  Value v = emit(op, args);
  insts.back().snapshot = int32_t(snapshots.size() - 1);
  return v;
}

namespace {
size_t constant_hash(Type type, uint64_t bits) {
  uint64_t h = (bits ^ (uint64_t(type) << 61)) * 0x9E3779B97F4A7C15ull;
  return size_t(h ^ (h >> 29));
}
}  // namespace

void Trace::index_constant(uint32_t index) {
  size_t mask = const_slots_.size() - 1;
  size_t at = constant_hash(consts[index].type, consts[index].bits) & mask;
  while (const_slots_[at] != 0) at = (at + 1) & mask;
  const_slots_[at] = index + 1;
}

Value Trace::constant_of(Type type, uint64_t bits) {
  // Traces of real interpreters have thousands of constants: an index, not a scan. A flat
  // table because recording and optimizing call this for nearly every operation.
  if (indexed_consts_ > consts.size() || 2 * (consts.size() + 1) > const_slots_.size()) {
    size_t size = 64;
    while (size < 4 * (consts.size() + 1)) size *= 2;
    const_slots_.assign(size, 0);
    indexed_consts_ = 0;
  }
  for (; indexed_consts_ < consts.size(); ++indexed_consts_)
    index_constant(uint32_t(indexed_consts_));
  size_t mask = const_slots_.size() - 1;
  for (size_t at = constant_hash(type, bits) & mask; const_slots_[at] != 0; at = (at + 1) & mask) {
    const Constant& c = consts[const_slots_[at] - 1];
    if (c.type == type && c.bits == bits) return Value::constant(const_slots_[at] - 1);
  }
  // Constants end up in machine code and in tables the collector does not trace: an object one
  // refers to must never move (docs/gc.md, "Moving"). The address may be an interior one.
  if (type == Type::Ref && bits != 0) gc::Heap::pin_containing(reinterpret_cast<const void*>(bits));
  consts.push_back(Constant{type, bits});
  index_constant(uint32_t(consts.size() - 1));
  indexed_consts_ = consts.size();
  return Value::constant(uint32_t(consts.size() - 1));
}

Value Trace::emit_low_bits(Value v, unsigned bits, bool sign) {
  if (!sign) return emit(Op::int_and, {v, const_int(int64_t((uint64_t(1) << bits) - 1))});
  Value shift = const_int(64 - bits);
  return emit(Op::int_rshift, {emit(Op::int_lshift, {v, shift}), shift});
}

bool Trace::constant_step(Op op, std::span<const Value> a, Value& x, int64_t& c) const {
  if ((op != Op::int_add && op != Op::int_sub) || a.size() != 2) return false;
  if (a[1].is_const()) {
    uint64_t k = constant(a[1]).bits;
    x = a[0];
    c = int64_t(op == Op::int_sub ? 0 - k : k);
    return true;
  }
  if (op == Op::int_add && a[0].is_const()) {
    x = a[1];
    c = int64_t(constant(a[0]).bits);
    return true;
  }
  return false;
}

bool yields_boolean(Op op) {
  switch (op) {
    case Op::int_lt:
    case Op::int_le:
    case Op::int_eq:
    case Op::int_ne:
    case Op::int_gt:
    case Op::int_ge:
    case Op::uint_lt:
    case Op::uint_le:
    case Op::uint_gt:
    case Op::uint_ge:
    case Op::int_is_zero:
    case Op::int_is_true:
    case Op::float_lt:
    case Op::float_le:
    case Op::float_eq:
    case Op::float_ne:
    case Op::float_gt:
    case Op::float_ge:
    case Op::ptr_eq:
    case Op::ptr_ne:
      return true;
    default:
      return false;
  }
}

Value Trace::const_int(int64_t v) { return constant_of(Type::Int, uint64_t(v)); }
Value Trace::const_float(double v) { return constant_of(Type::Float, std::bit_cast<uint64_t>(v)); }
Value Trace::const_ref(uintptr_t address) { return constant_of(Type::Ref, address); }

Type Trace::type_of(Value v) const {
  switch (v.kind()) {
    case Value::Kind::Inst:
      return v.index() < insts.size() ? insts[v.index()].type : Type::Void;
    case Value::Kind::Const:
      return v.index() < consts.size() ? consts[v.index()].type : Type::Void;
    case Value::Kind::Virtual:
      return Type::Ref;
    case Value::Kind::None:
      break;
  }
  return Type::Void;
}

}  // namespace weft::jit
