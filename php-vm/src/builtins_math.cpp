// Math functions: abs/floor/ceil/round, intdiv/fmod/pow/sqrt, trigonometry and logarithms,
// base conversion, random numbers.
#include <cmath>
#include <random>

#include "builtins.h"

namespace weft::php {

double php_round(double value, int64_t places, int mode);

static bool number_arg_slow(VM& vm, const char* fn, const Value& v, uint32_t i, Value* out);

// int|float argument i: ints and floats inline, the conversions and the TypeError out of line
static inline bool number_arg(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i,
                              Value* out) {
  const Value& v = arg_at(args, argc, i);
  if (v.tag == Tag::Int || v.tag == Tag::Float) [[likely]] {
    *out = v;
    return true;
  }
  return number_arg_slow(vm, fn, v, i, out);
}

[[gnu::noinline]] static bool number_arg_slow(VM& vm, const char* fn, const Value& v, uint32_t i,
                                              Value* out) {
  if (v.tag == Tag::Bool || v.tag == Tag::Null) {
    *out = Value::integer(v.tag == Tag::Bool ? v.i : 0);
    return true;
  }
  if (v.tag == Tag::Str) {
    NumParse n = parse_numeric(v.s->view(), false);
    if (n.kind != NumKind::None) {
      *out = n.kind == NumKind::Int ? Value::integer(n.i) : Value::number(n.d);
      return true;
    }
  }
  return vm.throw_error("TypeError", std::string(fn) + "(): Argument #" + std::to_string(i + 1) +
                                         " ($num) must be of type int|float, " + zend_type_name(v) +
                                         " given");
}

WEFT_PHP_NATIVE(f_abs) {
  if (!check_arity(vm, "abs", argc, 1, 1)) return false;
  Value n;
  if (!number_arg(vm, "abs", args, argc, 0, &n)) return false;
  if (n.tag == Tag::Int)
    *ret =
        n.i == INT64_MIN ? Value::number(-double(INT64_MIN)) : Value::integer(n.i < 0 ? -n.i : n.i);
  else
    *ret = Value::number(std::fabs(n.d));
  return true;
}

#define FLOAT_FN(cname, php, expr)                             \
  WEFT_PHP_NATIVE(cname) {                                     \
    if (!check_arity(vm, php, argc, 1, 1)) return false;       \
    Value n;                                                   \
    if (!number_arg(vm, php, args, argc, 0, &n)) return false; \
    double x = to_double(n);                                   \
    *ret = Value::number(expr);                                \
    return true;                                               \
  }
FLOAT_FN(f_floor, "floor", std::floor(x))
FLOAT_FN(f_ceil, "ceil", std::ceil(x))
FLOAT_FN(f_sqrt, "sqrt", std::sqrt(x))
FLOAT_FN(f_sin, "sin", std::sin(x))
FLOAT_FN(f_cos, "cos", std::cos(x))
FLOAT_FN(f_tan, "tan", std::tan(x))
FLOAT_FN(f_asin, "asin", std::asin(x))
FLOAT_FN(f_acos, "acos", std::acos(x))
FLOAT_FN(f_atan, "atan", std::atan(x))
FLOAT_FN(f_exp, "exp", std::exp(x))
FLOAT_FN(f_log10, "log10", std::log10(x))
FLOAT_FN(f_log2, "log2", std::log2(x))
FLOAT_FN(f_sinh, "sinh", std::sinh(x))
FLOAT_FN(f_cosh, "cosh", std::cosh(x))
FLOAT_FN(f_tanh, "tanh", std::tanh(x))
FLOAT_FN(f_deg2rad, "deg2rad", x / 180.0 * M_PI)
FLOAT_FN(f_rad2deg, "rad2deg", x / M_PI * 180.0)

WEFT_PHP_NATIVE(f_log) {
  if (!check_arity(vm, "log", argc, 1, 2)) return false;
  double x = to_double(arg_at(args, argc, 0));
  if (argc > 1) {
    double b = to_double(args[1]);
    *ret = Value::number(std::log(x) / std::log(b));
  } else {
    *ret = Value::number(std::log(x));
  }
  return true;
}
WEFT_PHP_NATIVE(f_atan2) {
  *ret =
      Value::number(std::atan2(to_double(arg_at(args, argc, 0)), to_double(arg_at(args, argc, 1))));
  return true;
}
WEFT_PHP_NATIVE(f_pi) {
  *ret = Value::number(M_PI);
  return true;
}
WEFT_PHP_NATIVE(f_fmod) {
  *ret =
      Value::number(std::fmod(to_double(arg_at(args, argc, 0)), to_double(arg_at(args, argc, 1))));
  return true;
}
WEFT_PHP_NATIVE(f_hypot) {
  *ret =
      Value::number(std::hypot(to_double(arg_at(args, argc, 0)), to_double(arg_at(args, argc, 1))));
  return true;
}
WEFT_PHP_NATIVE(f_pow) { return op_pow(arg_at(args, argc, 0), arg_at(args, argc, 1), ret); }

WEFT_PHP_NATIVE(f_intdiv) {
  if (!check_arity(vm, "intdiv", argc, 2, 2)) return false;
  int64_t a = to_int(arg_at(args, argc, 0)), b = to_int(arg_at(args, argc, 1));
  if (b == 0) return vm.throw_error("DivisionByZeroError", "Division by zero");
  if (b == -1 && a == INT64_MIN)
    return vm.throw_error("ArithmeticError", "Division of PHP_INT_MIN by -1 is not an integer");
  *ret = Value::integer(a / b);
  return true;
}

WEFT_PHP_NATIVE(f_round) {
  if (!check_arity(vm, "round", argc, 1, 3)) return false;
  Value n;
  if (!number_arg(vm, "round", args, argc, 0, &n)) return false;
  int64_t places = argc > 1 ? to_int(args[1]) : 0;
  if (n.tag == Tag::Int && places >= 0) {
    *ret = Value::number(double(n.i));
    return true;
  }
  int mode = argc > 2 ? int(to_int(args[2])) : 1;
  *ret = Value::number(php_round(to_double(n), places, mode));
  return true;
}

WEFT_PHP_NATIVE(f_is_nan) {
  *ret = Value::boolean(std::isnan(to_double(arg_at(args, argc, 0))));
  return true;
}
WEFT_PHP_NATIVE(f_is_infinite) {
  *ret = Value::boolean(std::isinf(to_double(arg_at(args, argc, 0))));
  return true;
}
WEFT_PHP_NATIVE(f_is_finite) {
  *ret = Value::boolean(std::isfinite(to_double(arg_at(args, argc, 0))));
  return true;
}

static std::mt19937_64& rng() {
  static std::mt19937_64 g{std::random_device{}()};
  return g;
}
WEFT_PHP_NATIVE(f_mt_srand) {
  if (argc == 0 || arg_at(args, argc, 0).tag == Tag::Null)
    php_mt_srand(uint32_t(rng()()));
  else
    php_mt_srand(uint32_t(to_int(args[0])));
  return true;
}
// mt_rand and rand: php's generator; without arguments its top 31 bits
WEFT_PHP_NATIVE(f_mt_rand) {
  if (argc == 0) {
    *ret = Value::integer(php_mt_rand() >> 1);
    return true;
  }
  if (!check_arity(vm, "mt_rand", argc, 2, 2)) return false;
  int64_t lo = to_int(args[0]), hi = to_int(args[1]);
  if (hi < lo) {
    if (vm.natives.back().fn->name == "mt_rand")
      return vm.throw_error(
          "ValueError",
          "mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)");
    std::swap(lo, hi);  // rand() accepts them the other way round
  }
  *ret = Value::integer(php_mt_rand_range(lo, hi));
  return true;
}
// random_int: a cryptographic source in php; any uniform source will do here
WEFT_PHP_NATIVE(f_rand) {
  int64_t lo = 0, hi = 2147483647;
  if (argc >= 2) {
    lo = to_int(args[0]);
    hi = to_int(args[1]);
  }
  if (hi < lo)
    return vm.throw_error(
        "ValueError",
        "random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)");
  uint64_t span = uint64_t(hi) - uint64_t(lo);
  uint64_t r = span == UINT64_MAX ? rng()() : rng()() % (span + 1);
  *ret = Value::integer(int64_t(uint64_t(lo) + r));
  return true;
}
WEFT_PHP_NATIVE(f_mt_getrandmax) {
  *ret = Value::integer(2147483647);
  return true;
}
WEFT_PHP_NATIVE(f_lcg_value) {
  *ret = Value::number(double(rng()() >> 11) / 9007199254740992.0);
  return true;
}

// v's digits in `base` (2..36) as a new string (dechex in a loop: no std::string per call).
static String* to_base(uint64_t v, int base) {
  const char* d = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[64];
  char* p = buf + sizeof buf;
  do {
    *--p = d[v % uint64_t(base)];
    v /= uint64_t(base);
  } while (v);
  return new_string(std::string_view(p, size_t(buf + sizeof buf - p)));
}
static Value from_base(std::string_view s, int base) {
  uint64_t v = 0;
  double dv = 0;
  bool overflow = false;
  for (char c : s) {
    int x;
    if (c >= '0' && c <= '9')
      x = c - '0';
    else if (c >= 'a' && c <= 'z')
      x = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z')
      x = c - 'A' + 10;
    else
      continue;
    if (x >= base) continue;
    if (!overflow && v > (uint64_t(INT64_MAX) - uint64_t(x)) / uint64_t(base)) {
      overflow = true;
      dv = double(v);
    }
    if (overflow)
      dv = dv * base + x;
    else
      v = v * uint64_t(base) + uint64_t(x);
  }
  return overflow ? Value::number(dv) : Value::integer(int64_t(v));
}
WEFT_PHP_NATIVE(f_dechex) {
  *ret = Value::str(to_base(uint64_t(to_int(arg_at(args, argc, 0))), 16));
  return true;
}
WEFT_PHP_NATIVE(f_decbin) {
  *ret = Value::str(to_base(uint64_t(to_int(arg_at(args, argc, 0))), 2));
  return true;
}
WEFT_PHP_NATIVE(f_decoct) {
  *ret = Value::str(to_base(uint64_t(to_int(arg_at(args, argc, 0))), 8));
  return true;
}
WEFT_PHP_NATIVE(f_hexdec) {
  *ret = from_base(to_std_string(arg_at(args, argc, 0)), 16);
  return true;
}
WEFT_PHP_NATIVE(f_bindec) {
  *ret = from_base(to_std_string(arg_at(args, argc, 0)), 2);
  return true;
}
WEFT_PHP_NATIVE(f_octdec) {
  *ret = from_base(to_std_string(arg_at(args, argc, 0)), 8);
  return true;
}
WEFT_PHP_NATIVE(f_base_convert) {
  for (unsigned i = 1; i <= 2; ++i) {
    int64_t b = to_int(arg_at(args, argc, i));
    if (b < 2 || b > 36)
      return vm.throw_error("ValueError", std::string("base_convert(): Argument #") +
                                              char('1' + i) +
                                              (i == 1 ? " ($from_base)" : " ($to_base)") +
                                              " must be between 2 and 36 (inclusive)");
  }
  Value v = from_base(to_std_string(arg_at(args, argc, 0)), int(to_int(arg_at(args, argc, 1))));
  uint64_t x = v.tag == Tag::Int ? uint64_t(v.i) : uint64_t(v.d);
  *ret = Value::str(to_base(x, int(to_int(arg_at(args, argc, 2)))));
  return true;
}

// fdiv: IEEE division (INF/NAN instead of DivisionByZeroError)
WEFT_PHP_NATIVE(f_fdiv) {
  if (!check_arity(vm, "fdiv", argc, 2, 2)) return false;
  *ret = Value::number(to_double(arg_at(args, argc, 0)) / to_double(arg_at(args, argc, 1)));
  return true;
}

void register_math_builtins(VM& vm) {
  vm.register_native("abs", f_abs);
  vm.register_native("floor", f_floor);
  vm.register_native("ceil", f_ceil);
  vm.register_native("round", f_round);
  vm.register_native("sqrt", f_sqrt);
  vm.register_native("sin", f_sin);
  vm.register_native("cos", f_cos);
  vm.register_native("tan", f_tan);
  vm.register_native("asin", f_asin);
  vm.register_native("acos", f_acos);
  vm.register_native("atan", f_atan);
  vm.register_native("atan2", f_atan2);
  vm.register_native("sinh", f_sinh);
  vm.register_native("cosh", f_cosh);
  vm.register_native("tanh", f_tanh);
  vm.register_native("exp", f_exp);
  vm.register_native("log", f_log);
  vm.register_native("log10", f_log10);
  vm.register_native("log2", f_log2);
  vm.register_native("deg2rad", f_deg2rad);
  vm.register_native("rad2deg", f_rad2deg);
  vm.register_native("pi", f_pi);
  vm.register_native("fmod", f_fmod);
  vm.register_native("hypot", f_hypot);
  vm.register_native("pow", f_pow);
  vm.register_native("intdiv", f_intdiv);
  vm.register_native("fdiv", f_fdiv);
  vm.register_native("is_nan", f_is_nan);
  vm.register_native("is_infinite", f_is_infinite);
  vm.register_native("is_finite", f_is_finite);
  vm.register_native("mt_srand", f_mt_srand);
  vm.register_native("srand", f_mt_srand);
  vm.register_native("rand", f_mt_rand);
  vm.register_native("mt_rand", f_mt_rand);
  vm.register_native("random_int", f_rand);
  vm.register_native("mt_getrandmax", f_mt_getrandmax);
  vm.register_native("getrandmax", f_mt_getrandmax);
  vm.register_native("lcg_value", f_lcg_value);
  vm.register_native("dechex", f_dechex);
  vm.register_native("decbin", f_decbin);
  vm.register_native("decoct", f_decoct);
  vm.register_native("hexdec", f_hexdec);
  vm.register_native("bindec", f_bindec);
  vm.register_native("octdec", f_octdec);
  vm.register_native("base_convert", f_base_convert);
}

}  // namespace weft::php
