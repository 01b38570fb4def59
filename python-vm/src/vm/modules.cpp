// Built-in modules written in C++: sys, math, time (random is in random_module.cpp).
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

#include "code.h"
#include "runtime.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"

namespace weft::python {

Value make_textio(int fd);
PyModule* make_random_module();

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

bool arg_double(Value v, double* out) {
  if (to_double(v, out)) return true;
  if (!rt.exc) raise_fmt(rt.TypeError, "must be real number, not %s", type_name(v));
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

MATH1(sqrt, x < 0 ? domain_error() : new_float(std::sqrt(x)))
MATH1(sin, new_float(std::sin(x)))
MATH1(cos, new_float(std::cos(x)))
MATH1(tan, new_float(std::tan(x)))
MATH1(asin, new_float(std::asin(x)))
MATH1(acos, new_float(std::acos(x)))
MATH1(atan, new_float(std::atan(x)))
MATH1(sinh, new_float(std::sinh(x)))
MATH1(cosh, new_float(std::cosh(x)))
MATH1(tanh, new_float(std::tanh(x)))
MATH1(exp, new_float(std::exp(x)))
MATH1(log2, x <= 0 ? domain_error() : new_float(std::log2(x)))
MATH1(log10, x <= 0 ? domain_error() : new_float(std::log10(x)))
MATH1(fabs, new_float(std::fabs(x)))
MATH1(degrees, new_float(x * 180.0 / M_PI))
MATH1(radians, new_float(x* M_PI / 180.0))
MATH1(isinf, std::isinf(x) ? Value(rt.True) : Value(rt.False))
MATH1(isnan, std::isnan(x) ? Value(rt.True) : Value(rt.False))
MATH1(isfinite, std::isfinite(x) ? Value(rt.True) : Value(rt.False))

Value m_floor(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "floor() takes exactly one argument");
  if (is_int(args[0])) return args[0];
  double x;
  if (!arg_double(args[0], &x)) return Value();
  return int_from_double(std::floor(x));
}
Value m_ceil(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "ceil() takes exactly one argument");
  if (is_int(args[0])) return args[0];
  double x;
  if (!arg_double(args[0], &x)) return Value();
  return int_from_double(std::ceil(x));
}
Value m_trunc(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "trunc() takes exactly one argument");
  if (is_int(args[0])) return args[0];
  double x;
  if (!arg_double(args[0], &x)) return Value();
  return int_from_double(std::trunc(x));
}
Value m_log(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "log expected 1 or 2 arguments");
  double x;
  if (!arg_double(args[0], &x)) return Value();
  if (x <= 0) return domain_error();
  double r = std::log(x);
  if (nargs == 2) {
    double b;
    if (!arg_double(args[1], &b)) return Value();
    if (b <= 0) return domain_error();
    r /= std::log(b);
  }
  return new_float(r);
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
Value m_prod(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "prod() missing required argument");
  Value it = get_iter(args[0]);
  if (!it) return it;
  Value acc = Value::small(1);
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : acc;
    acc = binary_op(kMul, acc, v);
    if (!acc) return acc;
  }
}
Value m_fsum(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "fsum() takes exactly one argument");
  Value it = get_iter(args[0]);
  if (!it) return it;
  // Neumaier summation (close to, not exactly, CPython's exact fsum)
  double s = 0, c = 0;
  for (;;) {
    Value v = iter_next(it);
    if (!v) break;
    double x;
    if (!arg_double(v, &x)) return Value();
    double t = s + x;
    c += std::fabs(s) >= std::fabs(x) ? (s - t) + x : (x - t) + s;
    s = t;
  }
  if (rt.exc) return Value();
  return new_float(s + c);
}

double now_seconds() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}
Value t_time(Value, Value*, int64_t, Tuple*) { return new_float(now_seconds()); }
Value t_perf_counter(Value, Value*, int64_t, Tuple*) {
  using namespace std::chrono;
  return new_float(duration<double>(steady_clock::now().time_since_epoch()).count());
}
Value t_sleep(Value, Value* args, int64_t nargs, Tuple*) {
  double s = 0;
  if (nargs == 1 && !arg_double(args[0], &s)) return Value();
  flush_stdout();
  std::this_thread::sleep_for(std::chrono::duration<double>(s));
  return rt.None;
}

Value s_exit(Value, Value* args, int64_t nargs, Tuple*) {
  return raise_value(make_exception(rt.SystemExit, args, nargs));
}
Value s_setrecursionlimit(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (nargs != 1 || !int_index(args[0], &n))
    return rt.exc ? Value() : raise(rt.TypeError, "setrecursionlimit expected 1 argument");
  if (n < 1) return raise(rt.ValueError, "recursion limit must be greater or equal than 1");
  rt.recursion_limit = static_cast<int>(n);
  return rt.None;
}
Value s_getrecursionlimit(Value, Value*, int64_t, Tuple*) { return new_int(rt.recursion_limit); }
Value s_intern(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "intern() takes exactly one argument");
  return intern(args[0].as<Str>()->view());
}

// The exception being handled (the innermost `except` block running), as CPython's
// sys.exc_info(); there are no traceback objects, so the third item is None.
Value s_exc_info(Value, Value*, int64_t, Tuple*) {
  Value e = rt.handled;
  if (!e || e == Value(rt.None)) {
    Value none[3] = {rt.None, rt.None, rt.None};
    return tuple_from_array(none, 3);
  }
  Value items[3] = {type_of(e), e, rt.None};
  return tuple_from_array(items, 3);
}

Value s_exception(Value, Value*, int64_t, Tuple*) {
  Value e = rt.handled;
  return e ? e : Value(rt.None);
}

PyModule* make_sys() {
  PyModule* m = new_module("sys");
  List* argv = new_list(0);
  for (const std::string& a : rt.argv) list_append(argv, new_str(a));
  dict_set_str(m->dict, intern("argv"), argv);
  dict_set_str(m->dict, intern("stdout"), make_textio(1));
  dict_set_str(m->dict, intern("stderr"), make_textio(2));
  dict_set_str(m->dict, intern("stdin"), make_textio(0));
  dict_set_str(m->dict, intern("maxsize"), new_int(INT64_MAX));
  dict_set_str(m->dict, intern("version"), new_str("3.11.0 (weft-python)"));
  Value vi[3] = {Value::small(3), Value::small(11), Value::small(0)};
  dict_set_str(m->dict, intern("version_info"), tuple_from_array(vi, 3));
  dict_set_str(m->dict, intern("platform"), new_str("linux"));
  dict_set_str(m->dict, intern("implementation"), new_str("weft"));
  dict_set_str(m->dict, intern("modules"), rt.modules);
  List* path = new_list(0);
  list_append(path, new_str(rt.script_dir));
  dict_set_str(m->dict, intern("path"), path);
  def(m, "exit", s_exit);
  def(m, "exc_info", s_exc_info);
  def(m, "exception", s_exception);
  def(m, "setrecursionlimit", s_setrecursionlimit);
  def(m, "getrecursionlimit", s_getrecursionlimit);
  def(m, "intern", s_intern);
  return m;
}

PyModule* make_math() {
  PyModule* m = new_module("math");
  dict_set_str(m->dict, intern("pi"), new_float(M_PI));
  dict_set_str(m->dict, intern("e"), new_float(M_E));
  dict_set_str(m->dict, intern("tau"), new_float(2 * M_PI));
  dict_set_str(m->dict, intern("inf"), new_float(INFINITY));
  dict_set_str(m->dict, intern("nan"), new_float(NAN));
  def(m, "sqrt", m_sqrt);
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
  def(m, "fsum", m_fsum);
  return m;
}

PyModule* make_time() {
  PyModule* m = new_module("time");
  def(m, "time", t_time);
  def(m, "perf_counter", t_perf_counter);
  def(m, "monotonic", t_perf_counter);
  def(m, "process_time", t_perf_counter);
  def(m, "sleep", t_sleep);
  return m;
}

}  // namespace

PyModule* make_builtin_module(std::string_view n) {
  if (n == "sys") return make_sys();
  if (n == "math") return make_math();
  if (n == "time") return make_time();
  if (n == "random") return make_random_module();
  return nullptr;
}

}  // namespace weft::python
