#include "random_trace.h"

#include <cstddef>
#include <cstring>

#include "portal_calls.h"
#include "weft/gc/heap.h"
#include "weft/gc/roots.h"

namespace jit_test {

using namespace weft::jit;

namespace {

// Both wrap on overflow, like the trace IR's integers.
int64_t add_to_b(Cell* c, int64_t x) {
  c->b = int64_t(uint64_t(c->b) + uint64_t(x));
  return c->b;
}
int64_t mix(int64_t x, int64_t y) { return int64_t(uint64_t(x) * 31 + uint64_t(y)); }
int64_t peek(const int64_t* object) { return *object; }

// An object with a quasi-immutable field that the traces read through a constant reference.
int64_t g_quasi[2] = {0, 1234};

// Raw memory: fields at offsets up to 40 from addresses up to 15 bytes past the start; the
// reference cell; the caller's and the callee's frames.
constexpr size_t kFramesAt = kRawBytes + 8, kFrameBytes = 8 * kFrameWords;
alignas(8) uint8_t g_raw[kFramesAt + 2 * kFrameBytes];

// Arrays as the array descriptors lay them out: a 64-bit length, then 8-byte items.
struct ArrayHeader {
  int64_t length;
};
size_t array_size(const void* payload) {
  return sizeof(ArrayHeader) + size_t(static_cast<const ArrayHeader*>(payload)->length) * 8;
}
void trace_cell_items(const void* payload, weft::gc::Tracer& t) {
  auto* header = static_cast<const ArrayHeader*>(payload);
  auto* items = reinterpret_cast<const weft::gc::Field<Cell>*>(header + 1);
  for (int64_t i = 0; i < header->length; ++i) t(items[i]);
}
uint32_t array_type(const char* name, void (*trace)(const void*, weft::gc::Tracer&)) {
  return weft::gc::register_type({name, sizeof(ArrayHeader), array_size, trace, nullptr});
}

}  // namespace

std::span<uint8_t> raw_memory() { return {g_raw, kRawBytes}; }

uint64_t raw_ref_cell() {
  uint64_t word;
  std::memcpy(&word, g_raw + kRawBytes, 8);
  return word;
}

uint64_t caller_frame() { return reinterpret_cast<uintptr_t>(g_raw + kFramesAt); }
uint64_t callee_frame() { return caller_frame() + kFrameBytes; }

void reset_raw_memory(uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (uint8_t& byte : raw_memory()) byte = uint8_t(rng());
  std::memset(g_raw + kRawBytes, 0, sizeof(g_raw) - kRawBytes);
  for (uint64_t frame : {caller_frame(), callee_frame()})
    for (size_t k = 0; k < kFrameInts; ++k) reinterpret_cast<uint64_t*>(frame)[k] = rng() % 1000;
  static bool rooted = false;
  if (!rooted) {
    weft::gc::add_root(reinterpret_cast<void* const*>(g_raw + kRawBytes));
    for (uint64_t frame : {caller_frame(), callee_frame()})
      for (size_t k = kFrameInts; k < kFrameWords; ++k)
        weft::gc::add_root(reinterpret_cast<void* const*>(frame + 8 * k));
  }
  rooted = true;
}

std::vector<uint8_t> raw_bytes() {
  std::vector<uint8_t> bytes(raw_memory().begin(), raw_memory().end());
  for (uint64_t frame : {caller_frame(), callee_frame()}) {
    auto* start = reinterpret_cast<const uint8_t*>(frame);
    bytes.insert(bytes.end(), start, start + 8 * kFrameInts);
  }
  return bytes;
}

std::vector<uint64_t> raw_refs() {
  std::vector<uint64_t> refs = {raw_ref_cell()};
  for (uint64_t frame : {caller_frame(), callee_frame()})
    for (size_t k = kFrameInts; k < kFrameWords; ++k)
      refs.push_back(reinterpret_cast<const uint64_t*>(frame)[k]);
  return refs;
}

CellDescrs::CellDescrs() {
  auto* fa = table.add<FieldDescr>("Cell.a", uint32_t(offsetof(Cell, a)), 8, Type::Int);
  auto* fb = table.add<FieldDescr>("Cell.b", uint32_t(offsetof(Cell, b)), 8, Type::Int);
  auto* ff = table.add<FieldDescr>("Cell.f", uint32_t(offsetof(Cell, f)), 8, Type::Float);
  auto* fn = table.add<FieldDescr>("Cell.next", uint32_t(offsetof(Cell, next)), 8, Type::Ref);
  a = fa;
  b = fb;
  f = ff;
  next = fn;
  loop = table.label("loop");
  auto* size = table.add<SizeDescr>("Cell", weft::gc::type_id_of<Cell>(), uint32_t(sizeof(Cell)));
  size->fields = {fa, fb, ff, fn};
  cell = size;
  EffectInfo writes_b;
  writes_b.any_write = false;
  writes_b.writes = {fb};
  add_to_b = table.add<CallDescr>("add_to_b", std::vector<Type>{Type::Ref, Type::Int}, Type::Int,
                                  writes_b);
  writes_b.raw = false;  // true of add_to_b: raw accesses stay inside g_raw
  add_to_b_no_raw = table.add<CallDescr>("add_to_b_no_raw", std::vector<Type>{Type::Ref, Type::Int},
                                         Type::Int, writes_b);
  EffectInfo elidable;
  elidable.kind = EffectInfo::Kind::Elidable;
  elidable.can_collect = false;  // with constant operands, folded at optimization time
  mix = table.add<CallDescr>("mix", std::vector<Type>{Type::Int, Type::Int}, Type::Int, elidable);
  EffectInfo reads;
  reads.kind = EffectInfo::Kind::ReadOnly;
  peek = table.add<CallDescr>("peek", std::vector<Type>{Type::Ref}, Type::Int, reads);
  static const uint32_t kInts = array_type("test.jit.Ints", nullptr);
  static const uint32_t kCells = array_type("test.jit.Cells", trace_cell_items);
  ints = table.add<ArrayDescr>("Ints", kInts, 0, 8, 8, Type::Int);
  auto* q = table.add<FieldDescr>("Quasi.value", 8, 8, Type::Int);
  q->quasi_immutable = true;
  quasi = q;
  cells = table.add<ArrayDescr>("Cells", kCells, 0, 8, 8, Type::Ref);
  // Overlapping ones among them (bytes 0-3, 1, 2-3, 4-7 and 8-15 with 33-36 and 40-47 apart).
  raw_ref = table.add<FieldDescr>("raw.ref", uint32_t(kRawBytes), 8, Type::Ref);
  raw = {table.add<FieldDescr>("raw.u8", 0, 1, Type::Int, false),
         table.add<FieldDescr>("raw.s8", 1, 1, Type::Int, true),
         table.add<FieldDescr>("raw.u16", 2, 2, Type::Int, false),
         table.add<FieldDescr>("raw.s32", 0, 4, Type::Int, true),
         table.add<FieldDescr>("raw.u32", 33, 4, Type::Int, false),
         table.add<FieldDescr>("raw.i64", 8, 8, Type::Int, true),
         table.add<FieldDescr>("raw.i64b", 4, 8, Type::Int, true),
         table.add<FieldDescr>("raw.f64", 40, 8, Type::Float, true)};
  frame_int = table.add<FieldDescr>("frame.int", 0, 8, Type::Int, true);
  frame_ref = table.add<FieldDescr>("frame.ref", 0, 8, Type::Ref);
  EffectInfo portal;
  portal.private_frames = true;
  std::vector<Type> words = {Type::Int, Type::Int, Type::Int};  // the token, a frame, an int
  portal_int = table.add<CallDescr>("portal.i", words, Type::Int, portal);
  portal_ref = table.add<CallDescr>("portal.r", words, Type::Ref, portal);
}

namespace {

class Generator {
 public:
  Generator(uint64_t seed, const CellDescrs& d, const RandomTraceOptions& o)
      : rng_(seed), d_(d), o_(o) {}

  Trace run() {
    Value counter = t_.input(Type::Int);
    ints_ = {counter, t_.input(Type::Int), t_.input(Type::Int)};
    floats_ = {t_.input(Type::Float)};
    refs_ = {t_.input(Type::Ref), t_.input(Type::Ref)};
    if (o_.calls) {
      frame_ = t_.input(Type::Int);
      t_.emit(Op::private_frame, {frame_});
    }
    bool loop = pick(3) != 0;
    std::vector<Value> carried = {ints_[1], ints_[2], floats_[0]};
    if (loop && o_.objects && pick(3) == 0) {
      // A preamble: what it computes (objects included) is used by every iteration.
      for (int k = 1 + int(pick(6)); k > 0; --k) pick(2) ? object_step() : step();
    }
    if (loop) {
      std::vector<Value> args = {counter, ints_[1], ints_[2], floats_[0], refs_[0], refs_[1]};
      if (o_.calls) args.push_back(frame_);
      t_.emit(Op::label, args, d_.loop);
      // As a portal's trace marks its frame after the loop's label.
      if (o_.calls) t_.emit(Op::private_frame, {frame_});
    }
    int length = 5 + int(pick(30));
    for (int i = 0; i < length; ++i) {
      if (o_.calls && pick(3) == 0)
        call_step();
      else
        o_.objects&& pick(2) ? object_step() : step();
    }
    if (loop) {
      Value next = t_.emit(Op::int_add, {counter, t_.const_int(1)});
      Value more = t_.emit(Op::int_lt, {next, t_.const_int(1 + int64_t(pick(12)))});
      t_.emit_guard(Op::guard_true, {more}, snapshot());
      // Passing a Cell of this iteration to the label makes it escape.
      Value r0 = o_.objects && pick(4) == 0 ? any_ref() : refs_[0];
      Value r1 = o_.objects && pick(4) == 0 ? any_ref() : refs_[1];
      std::vector<Value> args = {next, any_int(), any_int(), any_float(), r0, r1};
      if (o_.calls) args.push_back(frame_);
      t_.emit(Op::jump, args, d_.loop);
    } else if (o_.objects) {
      std::vector<Value> values = {any_int(), any_int(), any_float()};
      for (int k = int(pick(3)); k > 0; --k) values.push_back(any_object());
      t_.emit(Op::finish, values);
    } else {
      t_.emit(Op::finish, {any_int(), any_int(), any_float()});
    }
    return std::move(t_);
  }

 private:
  uint64_t pick(uint64_t n) { return rng_() % n; }

  Value small_const() {
    static const int64_t kConsts[] = {0, 1, -1, 2, 3, 7, 100, INT64_MAX, INT64_MIN};
    return t_.const_int(kConsts[pick(std::size(kConsts))]);
  }
  Value any_ref() { return refs_[pick(refs_.size())]; }
  Value any_int() { return pick(6) == 0 ? small_const() : ints_[pick(ints_.size())]; }
  Value any_float() {
    return pick(6) == 0 ? t_.const_float(double(int64_t(pick(9)) - 4) * 0.5)
                        : floats_[pick(floats_.size())];
  }

  // Any Cell or array of the trace (never null).
  Value any_object() {
    size_t n = refs_.size() + arrays_.size();
    size_t k = pick(n);
    return k < refs_.size() ? refs_[k] : arrays_[k - refs_.size()].array;
  }

  Snapshot snapshot() {
    ResumeFrame frame{1, next_pc_++, {}};
    for (int k = int(pick(4)); k >= 0; --k) {
      if (o_.objects && pick(3) == 0)
        frame.values.push_back(any_object());
      else
        frame.values.push_back(pick(4) ? any_int() : any_float());
    }
    return Snapshot{{frame}, {}};
  }

  // Allocations and the operations that keep them virtual or make them escape.
  void object_step() {
    switch (pick(16)) {
      case 14:
      case 15:
        raw_step();
        break;
      case 0:
      case 1:
        refs_.push_back(t_.emit(Op::new_object, {}, d_.cell));
        break;
      case 2:
        // Links (and cycles) between Cells; a new Cell stored into an input one escapes.
        t_.emit(Op::setfield_gc, {any_ref(), any_ref()}, d_.next);
        break;
      case 3: {
        // Cell.next may be null: guarded before the result is used.
        Value p = t_.emit(Op::getfield_gc, {any_ref()}, d_.next);
        t_.emit_guard(Op::guard_nonnull, {p}, snapshot());
        refs_.push_back(p);
        break;
      }
      case 4: {
        bool cells = pick(2) == 0;
        int64_t length = int64_t(pick(4));
        Value a = t_.emit(Op::new_array, {t_.const_int(length)}, cells ? d_.cells : d_.ints);
        arrays_.push_back({a, length, cells});
        break;
      }
      case 5:
      case 6: {
        if (arrays_.empty()) break;
        const Array& a = arrays_[pick(arrays_.size())];
        if (a.length == 0) break;
        Value index = t_.const_int(int64_t(pick(uint64_t(a.length))));
        if (pick(2)) {
          Value item = a.cells ? any_ref() : any_int();
          t_.emit(Op::setarrayitem_gc, {a.array, index, item}, a.cells ? d_.cells : d_.ints);
        } else if (a.cells) {
          Value p = t_.emit(Op::getarrayitem_gc, {a.array, index}, d_.cells);
          t_.emit_guard(Op::guard_nonnull, {p}, snapshot());
          refs_.push_back(p);
        } else {
          ints_.push_back(t_.emit(Op::getarrayitem_gc, {a.array, index}, d_.ints));
        }
        break;
      }
      case 7: {
        if (arrays_.empty()) break;
        const Array& a = arrays_[pick(arrays_.size())];
        ints_.push_back(t_.emit(Op::arraylen_gc, {a.array}, a.cells ? d_.cells : d_.ints));
        break;
      }
      case 8: {
        // Usually right; now and then a wrong type id, a guard that always fails.
        uint64_t id = d_.cell->type_id + (pick(8) == 0 ? 1 : 0);
        t_.emit_guard(Op::guard_class, {any_ref(), t_.const_int(int64_t(id))}, snapshot());
        break;
      }
      case 9:
        t_.emit_guard(Op::guard_nonnull, {any_object()}, snapshot());
        break;
      case 10:
        ints_.push_back(t_.emit(pick(2) ? Op::ptr_eq : Op::ptr_ne, {any_object(), any_object()}));
        break;
      case 11:
        ints_.push_back(t_.emit(
            Op::call, {t_.const_int(int64_t(reinterpret_cast<uintptr_t>(&peek))), any_object()},
            d_.peek));
        break;
      case 12:
        if (pick(3) == 0) {
          // A quasi-immutable field of a constant object.
          Value object = t_.const_ref(reinterpret_cast<uintptr_t>(g_quasi));
          ints_.push_back(t_.emit(Op::getfield_gc, {object}, d_.quasi));
          break;
        }
        t_.emit(Op::setfield_gc, {any_ref(), any_int()}, pick(2) ? d_.a : d_.b);
        break;
      default:
        ints_.push_back(t_.emit(Op::getfield_gc, {any_ref()}, pick(2) ? d_.a : d_.b));
        break;
    }
  }

  // A load or store of raw memory, at its start or at a computed address (often one used
  // before, so that the optimizer has loads to forward).
  void raw_step() {
    if (o_.objects && pick(2) == 0) {
      // The reference cell: a Cell stored (often one allocated in the trace), or loaded and
      // guarded not to be null.
      Value start = t_.const_int(int64_t(reinterpret_cast<uintptr_t>(g_raw)));
      if (pick(3)) {
        t_.emit(Op::setfield_raw, {start, any_ref()}, d_.raw_ref);
      } else {
        Value p = t_.emit(Op::getfield_raw, {start}, d_.raw_ref);
        t_.emit_guard(Op::guard_nonnull, {p}, snapshot());
        refs_.push_back(p);
      }
      return;
    }
    Value address;
    if (!raw_addresses_.empty() && pick(2)) {
      address = raw_addresses_[pick(raw_addresses_.size())];
    } else {
      address = t_.const_int(int64_t(reinterpret_cast<uintptr_t>(g_raw)));
      if (pick(2)) {
        Value offset = t_.emit(Op::int_and, {any_int(), t_.const_int(pick(2) ? 15 : 8)});
        address = t_.emit(Op::int_add, {address, offset});
      }
      raw_addresses_.push_back(address);
    }
    const FieldDescr* field = d_.raw[pick(d_.raw.size())];
    bool is_float = field->type == Type::Float;
    if (pick(2))
      t_.emit(Op::setfield_raw, {address, is_float ? any_float() : any_int()}, field);
    else if (is_float)
      floats_.push_back(t_.emit(Op::getfield_raw, {address}, field));
    else
      ints_.push_back(t_.emit(Op::getfield_raw, {address}, field));
  }

  // The address of word `k` of the trace's own frame, computed from it.
  Value own_word(size_t k) {
    return k == 0 ? frame_ : t_.emit(Op::int_add, {frame_, t_.const_int(int64_t(8 * k))});
  }

  // Calls mode: the trace's own frame, a callee's frame, and portal calls given either.
  void call_step() {
    size_t k = pick(kFrameWords);
    bool is_int = k < kFrameInts;
    const FieldDescr* field = is_int ? d_.frame_int : d_.frame_ref;
    switch (pick(8)) {
      case 0:
      case 1:
        // Often a Cell allocated in the trace: virtual while the store is pending.
        t_.emit(Op::setfield_raw, {own_word(k), is_int ? any_int() : any_ref()}, field);
        break;
      case 2:
      case 3: {
        Value v = t_.emit(Op::getfield_raw, {own_word(k)}, field);
        if (is_int) {
          ints_.push_back(v);
        } else if (pick(2)) {
          t_.emit_guard(Op::guard_nonnull, {v}, snapshot());
          refs_.push_back(v);
        } else {
          ints_.push_back(t_.emit(Op::ptr_ne, {v, any_ref()}));
        }
        break;
      }
      case 4: {
        Value address = t_.const_int(int64_t(callee_frame() + 8 * k));
        t_.emit(Op::setfield_raw, {address, is_int ? any_int() : any_ref()}, field);
        break;
      }
      default: {
        // Given its own frame, the callee may write it: the optimizer must then forget it.
        auto callee = Callee(pick(kCallees));
        Value token = t_.const_int(int64_t(reinterpret_cast<uintptr_t>(portal_token(callee))));
        Value frame = pick(4) == 0 ? frame_ : t_.const_int(int64_t(callee_frame()));
        bool cell = callee == Callee::Cell;
        Value r = t_.emit(Op::call_assembler, {token, frame, any_int()},
                          cell ? d_.portal_ref : d_.portal_int);
        (cell ? refs_ : ints_).push_back(r);
        break;
      }
    }
  }

  void step() {
    static const Op kIntOps[] = {Op::int_add,     Op::int_sub, Op::int_mul,    Op::int_and,
                                 Op::int_or,      Op::int_xor, Op::int_lshift, Op::int_rshift,
                                 Op::uint_rshift, Op::int_lt,  Op::int_le,     Op::int_eq,
                                 Op::int_ne,      Op::uint_lt};
    static const Op kFloatOps[] = {Op::float_add, Op::float_sub, Op::float_mul};
    switch (pick(15)) {
      case 0:
      case 1:
      case 2: {
        // Reusing an earlier operand pair now and then gives CSE something to find.
        Value x = any_int(), y = any_int();
        Op op = kIntOps[pick(std::size(kIntOps))];
        ints_.push_back(t_.emit(op, {x, y}));
        if (pick(4) == 0) ints_.push_back(t_.emit(op, {x, y}));
        break;
      }
      case 3: {
        static const int64_t kDivisors[] = {1, -1, 2, 7, -3};
        Op op = pick(2) ? Op::int_floordiv : Op::int_mod;
        ints_.push_back(
            t_.emit(op, {any_int(), t_.const_int(kDivisors[pick(std::size(kDivisors))])}));
        break;
      }
      case 4:
        floats_.push_back(
            t_.emit(kFloatOps[pick(std::size(kFloatOps))], {any_float(), any_float()}));
        break;
      case 5:
        if (pick(2))
          ints_.push_back(t_.emit(Op::float_lt, {any_float(), any_float()}));
        else
          ints_.push_back(t_.emit(Op::cast_float_to_int, {any_float()}));
        break;
      case 6: {
        Value cond = ints_[pick(ints_.size())];
        if (pick(2)) {
          // A comparison with a constant near the inputs' ranges, so that guards narrow the
          // ranges of values that later comparisons test again.
          static const Op kCmps[] = {Op::int_lt, Op::int_le, Op::int_gt,
                                     Op::int_ge, Op::int_eq, Op::int_ne};
          // Often next to a constant an earlier comparison used: that is where an off-by-one in
          // what a guard implies would show.
          int64_t k = recent_.empty() || pick(2)
                          ? int64_t(pick(24)) - 6
                          : recent_[pick(recent_.size())] + int64_t(pick(3)) - 1;
          recent_.push_back(k);
          Value c = t_.const_int(k);
          Value x = ints_[pick(std::min<size_t>(ints_.size(), 3 + pick(ints_.size())))];
          Op cmp = kCmps[pick(std::size(kCmps))];
          cond = pick(2) ? t_.emit(cmp, {x, c}) : t_.emit(cmp, {c, x});
          ints_.push_back(cond);
        }
        t_.emit_guard(pick(2) ? Op::guard_true : Op::guard_false, {cond}, snapshot());
        break;
      }
      case 7:
        t_.emit_guard(Op::guard_value, {ints_[pick(ints_.size())], small_const()}, snapshot());
        break;
      case 8: {
        Op op = pick(2) ? Op::int_add_ovf : Op::int_mul_ovf;
        ints_.push_back(t_.emit(op, {any_int(), any_int()}));
        t_.emit_guard(Op::guard_no_overflow, {}, snapshot());
        break;
      }
      case 9:
        ints_.push_back(t_.emit(Op::getfield_gc, {any_ref()}, pick(2) ? d_.a : d_.b));
        break;
      case 10:
        if (pick(2))
          t_.emit(Op::setfield_gc, {any_ref(), any_int()}, pick(2) ? d_.a : d_.b);
        else
          t_.emit(Op::setfield_gc, {any_ref(), any_float()}, d_.f);
        break;
      case 11:
        floats_.push_back(t_.emit(Op::getfield_gc, {any_ref()}, d_.f));
        break;
      case 12:
        if (pick(4) == 0) refs_.push_back(t_.emit(Op::new_object, {}, d_.cell));
        break;
      default:
        if (pick(2))
          ints_.push_back(t_.emit(
              Op::call,
              {t_.const_int(int64_t(reinterpret_cast<uintptr_t>(&add_to_b))), any_ref(), any_int()},
              pick(2) ? d_.add_to_b : d_.add_to_b_no_raw));
        else
          ints_.push_back(t_.emit(
              Op::call,
              {t_.const_int(int64_t(reinterpret_cast<uintptr_t>(&mix))), any_int(), any_int()},
              d_.mix));
        break;
    }
  }

  std::mt19937_64 rng_;
  struct Array {
    Value array;
    int64_t length;
    bool cells;  // Cell* items, else int64
  };
  const CellDescrs& d_;
  const RandomTraceOptions& o_;
  Trace t_;
  std::vector<Array> arrays_;
  std::vector<Value> ints_;
  std::vector<Value> floats_;
  std::vector<Value> refs_;
  std::vector<int64_t> recent_;  // constants compared with so far
  std::vector<Value> raw_addresses_;
  Value frame_;  // calls mode: input i6, the activation's frame
  uint32_t next_pc_ = 0;
};

}  // namespace

Trace random_trace(uint64_t seed, const CellDescrs& d, const RandomTraceOptions& options) {
  return Generator(seed, d, options).run();
}

}  // namespace jit_test
