// The trace IR: a linear SSA sequence of instructions over int, ref and float values, as
// recorded by the tracer and rewritten by the optimizer. Operations are described by the table
// in ir_ops.h; memory and calls by descriptors (descr.h); every guard by a resume snapshot.
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "weft/jit/descr.h"
#include "weft/jit/ir_ops.h"

namespace weft::jit {

enum class Op : uint8_t {
#define WEFT_IR_ENUM(name, result, operands, flags) name,
  WEFT_IR_OPS(WEFT_IR_ENUM)
#undef WEFT_IR_ENUM
};

namespace opflag {
enum : uint16_t {
  PURE = 1 << 0,
  GUARD = 1 << 1,
  DESCR = 1 << 2,
  LOAD = 1 << 3,
  STORE = 1 << 4,
  ALLOC = 1 << 5,
  CALL = 1 << 6,
  OVF = 1 << 7,
  CTRL = 1 << 8,
};
}  // namespace opflag

struct OpInfo {
  const char* name;
  char result;           // 'v' 'i' 'r' 'f', or 'd': from the descriptor (or operand)
  const char* operands;  // signature letters, see ir_ops.h
  uint16_t flags;
  bool has(uint16_t flag) const { return (flags & flag) != 0; }
};

namespace op_table {
using namespace opflag;  // the flag names used in the WEFT_IR_OPS table
inline constexpr OpInfo kOpInfos[] = {
#define WEFT_IR_INFO(name, result, operands, flags) {#name, #result[0], operands, flags},
    WEFT_IR_OPS(WEFT_IR_INFO)
#undef WEFT_IR_INFO
};
}  // namespace op_table

// Inline: the optimizer, the backend and every emit() ask it for each operation.
inline const OpInfo& op_info(Op op) { return op_table::kOpInfos[size_t(op)]; }
// The type a letter of an OpInfo signature or result stands for ('i', 'r', 'f'); else Void.
// Inline: Trace::emit() asks it for every operation recorded or optimized.
inline Type signature_type(char letter) {
  switch (letter) {
    case 'i':
      return Type::Int;
    case 'r':
      return Type::Ref;
    case 'f':
      return Type::Float;
    default:
      return Type::Void;
  }
}
// The guard whose check an assume_* operation (or record_exact_class) states without code,
// or nullopt for other operations.
inline std::optional<Op> assumed_guard(Op op) {
  switch (op) {
    case Op::assume_true:
      return Op::guard_true;
    case Op::assume_false:
      return Op::guard_false;
    case Op::assume_nonnull:
      return Op::guard_nonnull;
    case Op::assume_value:
      return Op::guard_value;
    case Op::record_exact_class:
      return Op::guard_class;
    default:
      return std::nullopt;
  }
}
std::optional<Op> op_from_name(std::string_view name);
size_t op_count();

// A reference to a value: an instruction's result, a constant of the trace, or (inside resume
// snapshots only) a virtual object of the snapshot.
class Value {
 public:
  enum class Kind : uint8_t { None, Inst, Const, Virtual };
  Value() = default;
  static Value inst(uint32_t index) { return Value(Kind::Inst, index); }
  static Value constant(uint32_t index) { return Value(Kind::Const, index); }
  static Value virtual_object(uint32_t index) { return Value(Kind::Virtual, index); }

  Kind kind() const { return Kind(bits_ >> 30); }
  uint32_t index() const { return bits_ & kIndexMask; }
  bool is_inst() const { return kind() == Kind::Inst; }
  bool is_const() const { return kind() == Kind::Const; }
  explicit operator bool() const { return kind() != Kind::None; }
  bool operator==(const Value&) const = default;

 private:
  static constexpr uint32_t kIndexMask = (1u << 30) - 1;
  Value(Kind kind, uint32_t index) : bits_((uint32_t(kind) << 30) | (index & kIndexMask)) {}
  uint32_t bits_ = 0;
};

struct Constant {
  Type type;
  uint64_t bits;  // int64, a pointer, or a double's bits
  int64_t as_int() const { return int64_t(bits); }
  double as_float() const;
};

// A virtual object in a snapshot: an allocation the optimizer removed, to be materialized if
// the guard fails. Fields (SizeDescr) or items (ArrayDescr: field is null, position = index).
// boost's small_vector whose moves are declared noexcept (they cannot throw for the trivially
// movable elements kept here): otherwise std::vector<Snapshot> copies every snapshot, with its
// frames and values, each time it grows.
template <class T, size_t N>
struct InlineVector : boost::container::small_vector<T, N> {
  using Base = boost::container::small_vector<T, N>;
  using Base::Base;
  InlineVector() = default;
  InlineVector(std::initializer_list<T> items) : Base(items) {}
  InlineVector(const InlineVector&) = default;
  InlineVector(InlineVector&& other) noexcept : Base(std::move(other)) {}
  InlineVector& operator=(const InlineVector&) = default;
  InlineVector& operator=(InlineVector&& other) noexcept {
    Base::operator=(std::move(other));
    return *this;
  }
};

struct VirtualObject {
  const Descr* descr = nullptr;
  std::vector<std::pair<const FieldDescr*, Value>> fields;
};

// One interpreter frame to rebuild: which jitcode, where in it, and its live values. Registers
// are numbered across the banks (int registers first, then ref, then float). Dense frames (no
// `regs`) give register k's value as values[k]; sparse frames, which the tracer makes because a
// jitcode has many registers but few are live at any guard, give register regs[k] the value
// values[k] (regs increasing) and leave every other register dead (0).
struct ResumeFrame {
  uint32_t jitcode = 0;
  uint32_t pc = 0;
  // Inline storage: a trace has a snapshot per guard, and most frames have few live values,
  // so snapshots are built and copied without touching the heap.
  InlineVector<Value, 8> values;
  InlineVector<uint16_t, 8> regs = {};  // empty: dense

  uint32_t register_of(size_t k) const { return regs.empty() ? uint32_t(k) : regs[k]; }
  // One past the highest register given a value.
  size_t register_span() const { return regs.empty() ? values.size() : size_t(regs.back()) + 1; }
};

// A store to raw memory the optimizer delayed past a guard (its value is usually a virtual
// object, which the store would have made real): if the guard fails, resume performs it, after
// materializing the virtual objects, as setfield_raw(address, value) with `field`.
struct RawStore {
  const FieldDescr* field = nullptr;
  Value address;  // an int
  Value value;
};

// Where to resume when a guard fails: the frames, outermost first, the virtual objects they
// refer to, and the raw stores to perform first (in order; they touch distinct bytes).
struct Snapshot {
  InlineVector<ResumeFrame, 1> frames;
  std::vector<VirtualObject> virtuals;
  std::vector<RawStore> raw_stores = {};
  // Where the guard's own condition was, as (frame, index into its values): the tracer's
  // guard_on_condition records the value that makes the guard fail there instead, so the
  // comparison fuses into the guard's jump. A pass that makes the guard fail in more cases
  // (guard strengthening) must put the condition itself back in these places.
  InlineVector<std::pair<uint16_t, uint16_t>, 1> condition_slots = {};

  // Calls f(Value) (or f(Value&)) on every value the snapshot refers to: frame values, fields
  // of virtual objects, addresses and values of raw stores, in that order.
  template <class F>
  void for_each_value(F&& f) const {
    for (const ResumeFrame& frame : frames)
      for (Value v : frame.values) f(v);
    for (const VirtualObject& object : virtuals)
      for (const auto& field : object.fields) f(field.second);
    for (const RawStore& store : raw_stores) {
      f(store.address);
      f(store.value);
    }
  }
  template <class F>
  void for_each_value(F&& f) {
    for (ResumeFrame& frame : frames)
      for (Value& v : frame.values) f(v);
    for (VirtualObject& object : virtuals)
      for (auto& field : object.fields) f(field.second);
    for (RawStore& store : raw_stores) {
      f(store.address);
      f(store.value);
    }
  }
};

struct Inst {
  Op op;
  Type type;  // of the result; Void if none
  uint16_t num_args = 0;
  uint32_t first_arg = 0;  // into Trace::arg_pool
  const Descr* descr = nullptr;
  int32_t snapshot = -1;  // guards: index into Trace::snapshots
};

// Comparisons: operations whose result is 0 or 1.
bool yields_boolean(Op op);

class Trace {
 public:
  // A new trace input of `type` (inputs come before every other instruction).
  Value input(Type type);
  // Appends an instruction. The result type comes from the op table, the descriptor (loads,
  // calls) or the first operand (same_as).
  Value emit(Op op, std::initializer_list<Value> args, const Descr* descr = nullptr);
  Value emit(Op op, std::span<const Value> args, const Descr* descr = nullptr);
  // Appends a guard with its resume snapshot.
  Value emit_guard(Op op, std::initializer_list<Value> args, Snapshot snapshot);
  // A guard whose snapshot is the last of `snapshots` (built there in place).
  Value emit_guard_with_last_snapshot(Op op, std::initializer_list<Value> args);
  // The low `bits` (1..63) bits of the int `v`, sign- or zero-extended to 64 (the IR has no
  // extension operation: shifts, or a mask).
  Value emit_low_bits(Value v, unsigned bits, bool sign);
  // Whether `op(args)` (operands of this trace) is a constant step of another value, x + c or
  // x - c (wrapping): then x and the step as an addition (c, or -c).
  bool constant_step(Op op, std::span<const Value> args, Value& x, int64_t& c) const;

  Value const_int(int64_t v);
  Value const_float(double v);
  Value const_ref(uintptr_t address);
  // The constant of `type` whose 64-bit representation is `bits` (shared, like the above).
  Value constant_of(Type type, uint64_t bits);

  Type type_of(Value v) const;
  std::span<const Value> args(const Inst& inst) const {
    return {arg_pool.data() + inst.first_arg, inst.num_args};
  }
  const Inst& inst(Value v) const { return insts[v.index()]; }
  const Constant& constant(Value v) const { return consts[v.index()]; }

  std::vector<Inst> insts;
  std::vector<Value> arg_pool;
  std::vector<Constant> consts;
  std::vector<Snapshot> snapshots;

 private:
  // constant_of()'s index of `consts`: open addressing, each slot 0 (empty) or index + 1.
  // Catches up with constants appended to `consts` directly; rebuilt if `consts` shrank.
  std::vector<uint32_t> const_slots_;
  size_t indexed_consts_ = 0;
  void index_constant(uint32_t index);
};

}  // namespace weft::jit
