#include "random_trace.h"

#include <cstddef>

#include "weft/gc/heap.h"

namespace jit_test {

using namespace weft::jit;

namespace {

// Both wrap on overflow, like the trace IR's integers.
int64_t add_to_b(Cell* c, int64_t x) {
  c->b = int64_t(uint64_t(c->b) + uint64_t(x));
  return c->b;
}
int64_t mix(int64_t x, int64_t y) { return int64_t(uint64_t(x) * 31 + uint64_t(y)); }

}  // namespace

CellDescrs::CellDescrs() {
  auto* fa = table.add<FieldDescr>("Cell.a", uint32_t(offsetof(Cell, a)), 8, Type::Int);
  auto* fb = table.add<FieldDescr>("Cell.b", uint32_t(offsetof(Cell, b)), 8, Type::Int);
  auto* ff = table.add<FieldDescr>("Cell.f", uint32_t(offsetof(Cell, f)), 8, Type::Float);
  a = fa;
  b = fb;
  f = ff;
  loop = table.label("loop");
  auto* size = table.add<SizeDescr>("Cell", weft::gc::type_id_of<Cell>(), uint32_t(sizeof(Cell)));
  size->fields = {fa, fb, ff};
  cell = size;
  EffectInfo writes_b;
  writes_b.any_write = false;
  writes_b.writes = {fb};
  add_to_b = table.add<CallDescr>("add_to_b", std::vector<Type>{Type::Ref, Type::Int}, Type::Int,
                                  writes_b);
  EffectInfo elidable;
  elidable.kind = EffectInfo::Kind::Elidable;
  mix = table.add<CallDescr>("mix", std::vector<Type>{Type::Int, Type::Int}, Type::Int, elidable);
}

namespace {

class Generator {
 public:
  Generator(uint64_t seed, const CellDescrs& d) : rng_(seed), d_(d) {}

  Trace run() {
    Value counter = t_.input(Type::Int);
    ints_ = {counter, t_.input(Type::Int), t_.input(Type::Int)};
    floats_ = {t_.input(Type::Float)};
    refs_ = {t_.input(Type::Ref), t_.input(Type::Ref)};
    bool loop = pick(3) != 0;
    std::vector<Value> carried = {ints_[1], ints_[2], floats_[0]};
    if (loop)
      t_.emit(Op::label, {counter, ints_[1], ints_[2], floats_[0], refs_[0], refs_[1]}, d_.loop);
    int length = 5 + int(pick(30));
    for (int i = 0; i < length; ++i) step();
    if (loop) {
      Value next = t_.emit(Op::int_add, {counter, t_.const_int(1)});
      Value more = t_.emit(Op::int_lt, {next, t_.const_int(1 + int64_t(pick(12)))});
      t_.emit_guard(Op::guard_true, {more}, snapshot());
      t_.emit(Op::jump, {next, any_int(), any_int(), any_float(), refs_[0], refs_[1]}, d_.loop);
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

  Snapshot snapshot() {
    ResumeFrame frame{1, next_pc_++, {}};
    for (int k = int(pick(4)); k >= 0; --k)
      frame.values.push_back(pick(4) ? any_int() : any_float());
    return Snapshot{{frame}, {}};
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
              d_.add_to_b));
        else
          ints_.push_back(t_.emit(
              Op::call,
              {t_.const_int(int64_t(reinterpret_cast<uintptr_t>(&mix))), any_int(), any_int()},
              d_.mix));
        break;
    }
  }

  std::mt19937_64 rng_;
  const CellDescrs& d_;
  Trace t_;
  std::vector<Value> ints_;
  std::vector<Value> floats_;
  std::vector<Value> refs_;
  std::vector<int64_t> recent_;  // constants compared with so far
  uint32_t next_pc_ = 0;
};

}  // namespace

Trace random_trace(uint64_t seed, const CellDescrs& d) { return Generator(seed, d).run(); }

}  // namespace jit_test
