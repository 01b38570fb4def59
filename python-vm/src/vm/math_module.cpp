// The math module: CPython's functions over C's libm (floats) and GMP (integer functions),
// with CPython's domain and range errors.
#include <algorithm>
#include <cmath>
#include <vector>

#include "runtime.h"

namespace weft::python {

namespace {

PyModule* new_module(const char* name) {
  PyModule* m = alloc<PyModule>(rt.module_type);
  m->name = intern(name);
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  return m;
}

void def(PyModule* m, const char* name, NativeFn fn) {
  Value b = new_builtin(name, fn, m);
  dict_set_str(m->dict, intern(name), b);
}

// A float argument as CPython's PyFloat_AsDouble takes it: int/float, else the type's
// __float__ (which must return a float), else its __index__.
bool arg_double(Value v, double* out) {
  if (to_double(v, out)) return true;
  if (rt.exc) return false;
  if (v.is_ptr() && !v.obj()->type->builtin) {
    bool found = false;
    Value f = call_special(v, intern("__float__"), nullptr, 0, &found);
    if (found) {
      if (!f) return false;
      if (!(f.is_ptr() && f.obj()->type->layout == Layout::Float)) {
        raise_fmt(rt.TypeError, "%s.__float__ returned non-float (type %s)", type_name(v),
                  type_name(f));
        return false;
      }
      *out = float_val(f);
      return true;
    }
    Value i = call_special(v, intern("__index__"), nullptr, 0, &found);
    if (found) return i && to_double(i, out);
  }
  raise_fmt(rt.TypeError, "must be real number, not %s", type_name(v));
  return false;
}

#define MATH1(fname, expr)                                                              \
  Value m_##fname(Value, Value* args, int64_t nargs, Tuple*) {                          \
    if (nargs != 1) return raise(rt.TypeError, #fname "() takes exactly one argument"); \
    double x;                                                                           \
    if (!arg_double(args[0], &x)) return Value();                                       \
    return expr;                                                                        \
  }

Value domain_error() { return raise(rt.ValueError, "math domain error"); }

// CPython's math_1 checks: a NaN from a non-NaN argument is a domain error, an infinity from
// a finite one a range error (overflow).
Value checked(double x, double r) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return raise(rt.OverflowError, "math range error");
  return new_float(r);
}

MATH1(sqrt, x < 0 ? domain_error() : new_float(std::sqrt(x)))
MATH1(sin, checked(x, std::sin(x)))
MATH1(cos, checked(x, std::cos(x)))
MATH1(tan, checked(x, std::tan(x)))
MATH1(asin, checked(x, std::asin(x)))
MATH1(acos, checked(x, std::acos(x)))
MATH1(atan, new_float(std::atan(x)))
MATH1(sinh, checked(x, std::sinh(x)))
MATH1(cosh, checked(x, std::cosh(x)))
MATH1(tanh, new_float(std::tanh(x)))
MATH1(exp, checked(x, std::exp(x)))
MATH1(fabs, new_float(std::fabs(x)))
MATH1(degrees, new_float(x * 180.0 / M_PI))
MATH1(radians, new_float(x* M_PI / 180.0))
MATH1(isinf, std::isinf(x) ? Value(rt.True) : Value(rt.False))
MATH1(isnan, std::isnan(x) ? Value(rt.True) : Value(rt.False))
MATH1(isfinite, std::isfinite(x) ? Value(rt.True) : Value(rt.False))

// floor, ceil and trunc: ints as they are, floats by libm, anything else through its type's
// __floor__/__ceil__/__trunc__ (Fraction, Decimal); floor and ceil then fall back to the
// float value, trunc has no fallback (CPython's order).
Value rounding(Value x, const char* special, double (*op)(double), bool float_fallback) {
  if (x == Value(rt.True) || x == Value(rt.False)) return Value::small(x == Value(rt.True));
  if (is_int(x)) return x;
  if (!(x.is_ptr() && x.obj()->type == rt.float_type)) {
    bool found = false;
    Value r = call_special(x, intern(special), nullptr, 0, &found);
    if (found) return r;
    bool is_float = x.is_ptr() && x.obj()->type->layout == Layout::Float;
    if (!float_fallback && !is_float)
      return raise_fmt(rt.TypeError, "type %s doesn't define %s method", type_name(x), special);
  }
  double d;
  if (!arg_double(x, &d)) return Value();
  return int_from_double(op(d));
}
Value m_floor(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "floor() takes exactly one argument");
  return rounding(
      args[0], "__floor__", [](double d) { return std::floor(d); }, true);
}
Value m_ceil(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "ceil() takes exactly one argument");
  return rounding(
      args[0], "__ceil__", [](double d) { return std::ceil(d); }, true);
}
Value m_trunc(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "trunc() takes exactly one argument");
  return rounding(
      args[0], "__trunc__", [](double d) { return std::trunc(d); }, false);
}
// func(v) (log, log2 or log10) for a number, also for an int too large for a double, as
// CPython's loghelper: n = x * 2**e with 0.5 <= x < 1 gives func(x) + func(2) * e. False: an
// exception is pending (a domain error for v <= 0).
bool log_of(Value v, double (*func)(double), double* out) {
  double x;
  if (to_double(v, &x)) {
    if (x <= 0) return domain_error(), false;
    *out = func(x);
    return true;
  }
  if (!is_int(v) || !pending_is(rt.OverflowError)) {
    if (!rt.exc) raise_fmt(rt.TypeError, "must be real number, not %s", type_name(v));
    return false;
  }
  clear_exc();
  if (int_sign(v) <= 0) return domain_error(), false;
  Value bits = call_method(v, intern("bit_length"), nullptr, 0);
  int64_t e;
  if (!bits || !int_index(bits, &e)) return false;
  Value top = binary_op(kRShift, v, new_int(e - 60));  // the leading 60 bits
  if (!top || !to_double(top, &x)) return false;
  *out = func(std::ldexp(x, -60)) + func(2.0) * static_cast<double>(e);
  return true;
}
double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Value m_log(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "log expected 1 or 2 arguments");
  double r;
  if (!log_of(args[0], ln, &r)) return Value();
  if (nargs == 2) {
    double b;
    if (!log_of(args[1], ln, &b)) return Value();
    if (b == 0) return raise(rt.ZeroDivisionError, "float division by zero");
    r /= b;
  }
  return new_float(r);
}
Value m_log2(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "log2() takes exactly one argument");
  double r;
  return log_of(args[0], lg2, &r) ? new_float(r) : Value();
}
Value m_log10(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "log10() takes exactly one argument");
  double r;
  return log_of(args[0], lg10, &r) ? new_float(r) : Value();
}
Value m_pow(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "pow expected 2 arguments");
  double x, y;
  if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return Value();
  return new_float(std::pow(x, y));
}
Value m_atan2(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "atan2 expected 2 arguments");
  double x, y;
  if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return Value();
  return new_float(std::atan2(x, y));
}
Value m_copysign(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "copysign expected 2 arguments");
  double x, y;
  if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return Value();
  return new_float(std::copysign(x, y));
}
Value m_fmod(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "fmod expected 2 arguments");
  double x, y;
  if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return Value();
  if (y == 0) return domain_error();
  return new_float(std::fmod(x, y));
}
Value m_hypot(Value, Value* args, int64_t nargs, Tuple*) {
  double acc = 0;
  for (int64_t i = 0; i < nargs; i++) {
    double x;
    if (!arg_double(args[i], &x)) return Value();
    acc = std::hypot(acc, x);
  }
  return new_float(acc);
}
Value m_gcd(Value, Value* args, int64_t nargs, Tuple*) {
  mpz_t r, x;
  mpz_init(r);
  mpz_init(x);
  for (int64_t i = 0; i < nargs; i++) {
    if (!is_int(args[i])) {
      mpz_clear(r);
      mpz_clear(x);
      return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(args[i]));
    }
    int_to_mpz(args[i], x);
    mpz_gcd(r, r, x);
  }
  Value v = int_from_mpz(r);
  mpz_clear(r);
  mpz_clear(x);
  return v;
}
Value m_factorial(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (nargs != 1 || !int_index(args[0], &n))
    return rt.exc ? Value() : raise(rt.TypeError, "factorial() takes exactly one argument");
  if (n < 0) return raise(rt.ValueError, "factorial() not defined for negative values");
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(n));
  Value v = int_from_mpz(r);
  mpz_clear(r);
  return v;
}
Value m_comb(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n, k;
  if (nargs != 2 || !int_index(args[0], &n) || !int_index(args[1], &k))
    return rt.exc ? Value() : raise(rt.TypeError, "comb expected 2 arguments");
  if (k < 0 || n < 0) return raise(rt.ValueError, "n must be a non-negative integer");
  mpz_t r;
  mpz_init(r);
  if (k <= n) mpz_bin_uiui(r, static_cast<unsigned long>(n), static_cast<unsigned long>(k));
  Value v = int_from_mpz(r);
  mpz_clear(r);
  return v;
}
Value m_isqrt(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !is_int(args[0]))
    return raise(rt.TypeError, "isqrt() argument must be an integer");
  if (int_sign(args[0]) < 0) return raise(rt.ValueError, "isqrt() argument must be nonnegative");
  mpz_t r;
  mpz_init(r);
  int_to_mpz(args[0], r);
  mpz_sqrt(r, r);
  Value v = int_from_mpz(r);
  mpz_clear(r);
  return v;
}
Value m_prod(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("prod", args, nargs, kw, 1, {"iterable", "start"}, a)) return Value();
  Value it = get_iter(a[0]);
  if (!it) return it;
  Value acc = a[1] ? a[1] : Value::small(1);
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : acc;
    acc = binary_op(kMul, acc, v);
    if (!acc) return acc;
  }
}

// Shewchuk's exact summation with CPython's final rounding step (Modules/mathmodule.c).
Value m_fsum(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "fsum() takes exactly one argument");
  Value it = get_iter(args[0]);
  if (!it) return it;
  std::vector<double> p;
  double special = 0, inf_sum = 0;
  for (;;) {
    Value v = iter_next(it);
    if (!v) break;
    double x;
    if (!arg_double(v, &x)) return Value();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) return raise(rt.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (rt.exc) return Value();
  if (special != 0.0) {
    if (std::isnan(inf_sum)) return raise(rt.ValueError, "-inf + inf in fsum");
    return new_float(special);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return new_float(hi);
}

Value m_nextafter(Value, Value* args, int64_t nargs, Tuple*) {
  double x, y;
  if (nargs != 2 || !arg_double(args[0], &x) || !arg_double(args[1], &y))
    return rt.exc ? Value() : raise(rt.TypeError, "nextafter expected 2 arguments");
  return new_float(std::nextafter(x, y));
}

Value m_ulp(Value, Value* args, int64_t nargs, Tuple*) {
  double x;
  if (nargs != 1 || !arg_double(args[0], &x))
    return rt.exc ? Value() : raise(rt.TypeError, "ulp expected 1 argument");
  if (std::isnan(x)) return new_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return new_float(x);
  double x2 = std::nextafter(x, INFINITY);
  if (std::isinf(x2)) return new_float(x - std::nextafter(x, -INFINITY));
  return new_float(x2 - x);
}

// ---- added: the rest of CPython's math module ----

MATH1(asinh, new_float(std::asinh(x)))
MATH1(acosh, x < 1 ? domain_error() : new_float(std::acosh(x)))
MATH1(atanh, x <= -1 || x >= 1 ? domain_error() : new_float(std::atanh(x)))
MATH1(expm1, checked(x, std::expm1(x)))
MATH1(log1p, x <= -1 ? domain_error() : new_float(std::log1p(x)))
MATH1(erf, new_float(std::erf(x)))
MATH1(erfc, new_float(std::erfc(x)))
MATH1(exp2, checked(x, std::exp2(x)))
MATH1(cbrt, new_float(std::cbrt(x)))

Value m_gamma(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "gamma() takes exactly one argument");
  double x;
  if (!arg_double(args[0], &x)) return Value();
  if (x <= 0 && x == std::floor(x)) return domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r) && std::isfinite(x)) return raise(rt.OverflowError, "math range error");
  return new_float(r);
}

Value m_lgamma(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "lgamma() takes exactly one argument");
  double x;
  if (!arg_double(args[0], &x)) return Value();
  if (x <= 0 && x == std::floor(x)) return domain_error();
  return new_float(std::lgamma(x));
}

Value m_lcm(Value, Value* args, int64_t nargs, Tuple*) {
  mpz_t r, x;
  mpz_init_set_ui(r, 1);
  mpz_init(x);
  for (int64_t i = 0; i < nargs; i++) {
    if (!is_int(args[i])) {
      mpz_clear(r);
      mpz_clear(x);
      return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(args[i]));
    }
    int_to_mpz(args[i], x);
    mpz_lcm(r, r, x);
  }
  Value v = int_from_mpz(r);
  mpz_clear(r);
  mpz_clear(x);
  return v;
}

Value m_perm(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n, k;
  if (nargs < 1 || nargs > 2 || !int_index(args[0], &n))
    return rt.exc ? Value() : raise(rt.TypeError, "perm expected 1 or 2 arguments");
  k = n;
  if (nargs == 2 && args[1] != Value(rt.None) && !int_index(args[1], &k)) return Value();
  if (n < 0) return raise(rt.ValueError, "n must be a non-negative integer");
  if (k < 0) return raise(rt.ValueError, "k must be a non-negative integer");
  if (k > n) return Value::small(0);
  mpz_t r;
  mpz_init_set_ui(r, 1);
  for (int64_t i = 0; i < k; i++) mpz_mul_ui(r, r, static_cast<unsigned long>(n - i));
  Value v = int_from_mpz(r);
  mpz_clear(r);
  return v;
}

Value m_modf(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "modf() takes exactly one argument");
  double x;
  if (!arg_double(args[0], &x)) return Value();
  double ip;
  double fp = std::modf(x, &ip);
  Value items[2] = {new_float(fp), new_float(ip)};
  return tuple_from_array(items, 2);
}

Value m_frexp(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "frexp() takes exactly one argument");
  double x;
  if (!arg_double(args[0], &x)) return Value();
  int e = 0;
  double mant = std::frexp(x, &e);
  Value items[2] = {new_float(mant), new_int(e)};
  return tuple_from_array(items, 2);
}

Value m_ldexp(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "ldexp expected 2 arguments");
  double x;
  int64_t e;
  if (!arg_double(args[0], &x) || !int_index(args[1], &e)) return Value();
  double r =
      std::ldexp(x, static_cast<int>(std::max<int64_t>(-100000, std::min<int64_t>(e, 100000))));
  if (std::isinf(r) && std::isfinite(x)) return raise(rt.OverflowError, "math range error");
  return new_float(r);
}

Value m_remainder(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "remainder expected 2 arguments");
  double x, y;
  if (!arg_double(args[0], &x) || !arg_double(args[1], &y)) return Value();
  if (y == 0 || std::isinf(x)) return domain_error();
  return new_float(std::remainder(x, y));
}

Value m_dist(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "dist expected 2 arguments");
  int64_t n = length(args[0]), n2 = length(args[1]);
  if (n < 0 || n2 < 0) return Value();
  if (n != n2) return raise(rt.ValueError, "both points must have the same number of dimensions");
  double sum = 0;
  for (int64_t i = 0; i < n; i++) {
    Value a = getitem(args[0], new_int(i)), b = getitem(args[1], new_int(i));
    double x, y;
    if (!a || !b || !arg_double(a, &x) || !arg_double(b, &y)) return Value();
    sum += (x - y) * (x - y);
  }
  return new_float(std::sqrt(sum));
}

Value m_isclose(Value, Value* args, int64_t nargs, Tuple* kw) {
  double rel = 1e-9, abs_tol = 0;
  int64_t nkw = kw ? kw->size : 0;
  if (nargs != 2) return raise(rt.TypeError, "isclose() takes exactly 2 positional arguments");
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    double* dst = k == "rel_tol" ? &rel : k == "abs_tol" ? &abs_tol : nullptr;
    if (!dst)
      return raise_fmt(rt.TypeError, "isclose() got an unexpected keyword argument '%s'",
                       std::string(k).c_str());
    if (!arg_double(args[nargs + i], dst)) return Value();
  }
  if (rel < 0 || abs_tol < 0) return raise(rt.ValueError, "tolerances must be non-negative");
  double a, b;
  if (!arg_double(args[0], &a) || !arg_double(args[1], &b)) return Value();
  if (a == b) return rt.True;
  if (std::isinf(a) || std::isinf(b)) return rt.False;
  double diff = std::fabs(b - a);
  bool close = diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol;
  return close ? rt.True : rt.False;
}

}  // namespace

PyModule* make_math_module() {
  PyModule* m = new_module("math");
  dict_set_str(m->dict, intern("pi"), new_float(M_PI));
  dict_set_str(m->dict, intern("e"), new_float(M_E));
  dict_set_str(m->dict, intern("tau"), new_float(2 * M_PI));
  dict_set_str(m->dict, intern("inf"), new_float(INFINITY));
  dict_set_str(m->dict, intern("nan"), new_float(NAN));
  def(m, "sqrt", m_sqrt);
  struct {
    const char* name;
    NativeFn fn;
  } more[] = {
      {"asinh", m_asinh},         {"acosh", m_acosh}, {"atanh", m_atanh},    {"expm1", m_expm1},
      {"log1p", m_log1p},         {"erf", m_erf},     {"erfc", m_erfc},      {"exp2", m_exp2},
      {"cbrt", m_cbrt},           {"gamma", m_gamma}, {"lgamma", m_lgamma},  {"lcm", m_lcm},
      {"perm", m_perm},           {"modf", m_modf},   {"frexp", m_frexp},    {"ldexp", m_ldexp},
      {"remainder", m_remainder}, {"dist", m_dist},   {"isclose", m_isclose}};
  for (auto& f : more) def(m, f.name, f.fn);
  def(m, "sin", m_sin);
  def(m, "cos", m_cos);
  def(m, "tan", m_tan);
  def(m, "asin", m_asin);
  def(m, "acos", m_acos);
  def(m, "atan", m_atan);
  def(m, "sinh", m_sinh);
  def(m, "cosh", m_cosh);
  def(m, "tanh", m_tanh);
  def(m, "exp", m_exp);
  def(m, "log", m_log);
  def(m, "log2", m_log2);
  def(m, "log10", m_log10);
  def(m, "fabs", m_fabs);
  def(m, "degrees", m_degrees);
  def(m, "radians", m_radians);
  def(m, "isinf", m_isinf);
  def(m, "isnan", m_isnan);
  def(m, "isfinite", m_isfinite);
  def(m, "floor", m_floor);
  def(m, "ceil", m_ceil);
  def(m, "trunc", m_trunc);
  def(m, "pow", m_pow);
  def(m, "atan2", m_atan2);
  def(m, "copysign", m_copysign);
  def(m, "fmod", m_fmod);
  def(m, "hypot", m_hypot);
  def(m, "gcd", m_gcd);
  def(m, "factorial", m_factorial);
  def(m, "comb", m_comb);
  def(m, "isqrt", m_isqrt);
  def(m, "prod", m_prod);
  def(m, "nextafter", m_nextafter);
  def(m, "ulp", m_ulp);
  def(m, "fsum", m_fsum);
  return m;
}

}  // namespace weft::python
