#include "weft/jit/ir_eval.h"

#include <bit>
#include <cmath>
#include <limits>

namespace weft::jit {

namespace {

double f(uint64_t bits) { return std::bit_cast<double>(bits); }
uint64_t w(double d) { return std::bit_cast<uint64_t>(d); }
int64_t s(uint64_t bits) { return int64_t(bits); }

int64_t float_to_int(double d) {
  // As cvttsd2si: NaN and values outside int64 give INT64_MIN.
  if (std::isnan(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
    return std::numeric_limits<int64_t>::min();
  return int64_t(d);
}

}  // namespace

std::optional<uint64_t> eval_pure(Op op, std::span<const uint64_t> args) {
  uint64_t a = args.size() > 0 ? args[0] : 0;
  uint64_t b = args.size() > 1 ? args[1] : 0;
  // clang-format off
  switch (op) {
    case Op::same_as:           return a;
    case Op::int_add:           return a + b;
    case Op::int_sub:           return a - b;
    case Op::int_mul:           return a * b;
    case Op::int_floordiv:      if (b == 0) return std::nullopt;
                                return s(b) == -1 ? 0 - a : uint64_t(s(a) / s(b));
    case Op::int_mod:           if (b == 0) return std::nullopt;
                                return s(b) == -1 ? 0 : uint64_t(s(a) % s(b));
    case Op::int_and:           return a & b;
    case Op::int_or:            return a | b;
    case Op::int_xor:           return a ^ b;
    case Op::int_lshift:        return a << (b & 63);
    case Op::int_rshift:        return uint64_t(s(a) >> (b & 63));
    case Op::uint_rshift:       return a >> (b & 63);
    case Op::int_neg:           return 0 - a;
    case Op::int_invert:        return ~a;
    case Op::int_lt:            return s(a) < s(b);
    case Op::int_le:            return s(a) <= s(b);
    case Op::int_eq:            return a == b;
    case Op::int_ne:            return a != b;
    case Op::int_gt:            return s(a) > s(b);
    case Op::int_ge:            return s(a) >= s(b);
    case Op::uint_lt:           return a < b;
    case Op::uint_le:           return a <= b;
    case Op::uint_gt:           return a > b;
    case Op::uint_ge:           return a >= b;
    case Op::int_is_zero:       return a == 0;
    case Op::int_is_true:       return a != 0;
    case Op::float_add:         return w(f(a) + f(b));
    case Op::float_sub:         return w(f(a) - f(b));
    case Op::float_mul:         return w(f(a) * f(b));
    case Op::float_truediv:     return w(f(a) / f(b));
    case Op::float_neg:         return w(-f(a));
    case Op::float_abs:         return w(std::fabs(f(a)));
    case Op::float_lt:          return f(a) < f(b);
    case Op::float_le:          return f(a) <= f(b);
    case Op::float_eq:          return f(a) == f(b);
    case Op::float_ne:          return f(a) != f(b);
    case Op::float_gt:          return f(a) > f(b);
    case Op::float_ge:          return f(a) >= f(b);
    case Op::cast_float_to_int: return uint64_t(float_to_int(f(a)));
    case Op::cast_int_to_float: return w(double(s(a)));
    case Op::ptr_eq:            return a == b;
    case Op::ptr_ne:            return a != b;
    default:                    return std::nullopt;  // not a pure op
  }
  // clang-format on
}

}  // namespace weft::jit
