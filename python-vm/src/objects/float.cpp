// float: repr as CPython (shortest round-trip digits via std::to_chars, CPython's choice between
// fixed and exponent notation), arithmetic with Python's floor division/modulo semantics, hash.
#include <strings.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/unicode_db.h"
#include "vm/runtime.h"

namespace weft::python {

Value new_complex(double re, double im);  // complex.cpp

bool to_double(Value v, double* out) {
  if (v.is_ptr() && v.obj()->type->layout == Layout::Float) {
    *out = float_val(v);
    return true;
  }
  if (is_int(v)) {
    bool of = false;
    *out = int_to_double(v, &of);
    if (of) {
      raise(rt.OverflowError, "int too large to convert to float");
      return false;
    }
    return true;
  }
  return false;
}

// Shortest round-trip digits and decimal exponent: d = 0.DIGITS * 10^exp10 style is awkward;
// we return digits "d1d2..." and exponent e such that d = d1.d2... * 10^e.
static void shortest_digits(double d, std::string& digits, int& exp10) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  exp10 = std::atoi(s.c_str() + e + 1);
  digits.clear();
  for (char c : mant)
    if (c != '.' && c != '-') digits += c;
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  std::string digits;
  int e;
  shortest_digits(d, digits, e);
  std::string r = d < 0 ? "-" : "";
  int n = static_cast<int>(digits.size());
  if (e < -4 || e >= 16) {
    r += digits[0];
    if (n > 1) {
      r += '.';
      r += digits.substr(1);
    }
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    r += eb;
    return r;
  }
  if (e < 0) {
    r += "0.";
    r += std::string(static_cast<size_t>(-e - 1), '0');
    r += digits;
    return r;
  }
  if (n <= e + 1) {
    r += digits;
    r += std::string(static_cast<size_t>(e + 1 - n), '0');
    r += ".0";
    return r;
  }
  r += digits.substr(0, static_cast<size_t>(e + 1));
  r += '.';
  r += digits.substr(static_cast<size_t>(e + 1));
  return r;
}

int64_t float_hash(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  constexpr int kBits = 61;
  constexpr uint64_t P = (uint64_t{1} << kBits) - 1;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & P) | x >> (kBits - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

Value float_binary(int op, Value a, Value b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return rt.exc ? Value() : Value(rt.NotImplemented);
  switch (op) {
    case kAdd:
      return new_float(x + y);
    case kSub:
      return new_float(x - y);
    case kMul:
      return new_float(x * y);
    case kTrueDiv:
      if (y == 0) return raise(rt.ZeroDivisionError, "float division by zero");
      return new_float(x / y);
    case kFloorDiv:
    case kMod: {
      if (y == 0)
        return raise(rt.ZeroDivisionError,
                     op == kMod ? "float modulo" : "float floor division by zero");
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod) {
        if ((y < 0) != (mod < 0)) {
          mod += y;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, y);
      }
      double floordiv;
      if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return new_float(op == kMod ? mod : floordiv);
    }
    case kPow: {
      if (x == 0 && y < 0)
        return raise(rt.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && y != std::floor(y)) {
        // a complex result, as CPython's float_pow hands over to complex
        Value c = new_complex(x, 0.0);
        if (!c) return c;
        return binary_op(kPow, c, new_float(y));
      }
      double r = std::pow(x, y);
      if (std::isinf(r) && !std::isinf(x) && !std::isinf(y))
        return raise(rt.OverflowError, "(34, 'Numerical result out of range')");
      return new_float(r);
    }
    default:
      return rt.NotImplemented;
  }
}

namespace {

Value float_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) return new_float(0.0);
  Value x = args[0];
  double d;
  if (x.is_ptr() && x.obj()->type == rt.float_type) return x;
  if (to_double(x, &d)) return new_float(d);
  if (rt.exc) return Value();
  if (x.is_ptr() && (x.obj()->type == rt.str_type || x.obj()->type == rt.bytes_type)) {
    // any Unicode decimal digits and white space count as ASCII ones
    std::string s = x.obj()->type == rt.bytes_type || x.as<Str>()->ascii
                        ? std::string(x.as<Str>()->view())
                        : unicode::ascii_digits(x.as<Str>()->view());
    size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) i++;
    size_t j = s.size();
    while (j > i && std::isspace(static_cast<unsigned char>(s[j - 1]))) j--;
    std::string t = s.substr(i, j - i);
    std::string clean;
    for (char c : t)
      if (c != '_') clean += c;
    std::string low;
    for (char c : clean) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string body = low;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) body = body.substr(1);
    if (body == "inf" || body == "infinity" || body == "nan") {
      double v = body == "nan" ? NAN : INFINITY;
      return new_float(low[0] == '-' ? -v : v);
    }
    char* end = nullptr;
    d = std::strtod(clean.c_str(), &end);
    bool hex = low.find('x') != std::string::npos;
    if (clean.empty() || hex || end != clean.c_str() + clean.size()) {
      Value r = repr(x);
      if (!r) return r;
      return raise_fmt(rt.ValueError, "could not convert string to float: %s",
                       std::string(r.as<Str>()->view()).c_str());
    }
    return new_float(d);
  }
  Type* t = type_of(x);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___float__);
    if (m) return call1(m, x);
  }
  return raise_fmt(rt.TypeError, "float() argument must be a string or a real number, not '%s'",
                   type_name(x));
}

Value float_is_integer(Value self, Value*, int64_t, Tuple*) {
  double d = float_val(self);
  return std::isfinite(d) && d == std::floor(d) ? rt.True : rt.False;
}

Value float_as_integer_ratio(Value self, Value*, int64_t, Tuple*) {
  double d = float_val(self);
  if (std::isinf(d)) return raise(rt.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(rt.ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, static_cast<unsigned long>(e));
  else
    mpz_mul_2exp(den, den, static_cast<unsigned long>(-e));
  Value n = int_from_mpz(num), dd = int_from_mpz(den);
  mpz_clear(num);
  mpz_clear(den);
  Value items[2] = {n, dd};
  return tuple_from_array(items, 2);
}

Value float_hex(Value self, Value*, int64_t, Tuple*) {
  double d = float_val(self);
  if (std::isnan(d)) return new_str("nan");
  if (std::isinf(d)) return new_str(d < 0 ? "-inf" : "inf");
  if (d == 0) return new_str(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.13a", d);  // CPython always prints all 13 hex digits
  return new_str(buf);
}

Value float_conjugate(Value self, Value*, int64_t, Tuple*) { return new_float(float_val(self)); }

Value float_fromhex(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise(rt.TypeError, "fromhex() argument must be str");
  std::string text(args[0].as<Str>()->view());
  size_t b = text.find_first_not_of(" \t\n\r\f\v");
  size_t e = text.find_last_not_of(" \t\n\r\f\v");
  text = b == std::string::npos ? "" : text.substr(b, e - b + 1);
  std::string body = text;
  std::string sign;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    sign = body.substr(0, 1);
    body = body.substr(1);
  }
  bool special = false;
  for (const char* w : {"inf", "infinity", "nan"})
    if (body.size() == std::strlen(w) && strncasecmp(body.c_str(), w, body.size()) == 0)
      special = true;
  bool has_prefix = body.size() > 1 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X');
  std::string digits = has_prefix ? body.substr(2) : body;
  bool ok = special || (!digits.empty() && digits.find_first_not_of(
                                               "0123456789abcdefABCDEF.pP+-") == std::string::npos);
  std::string c_text = sign + (special || has_prefix ? body : "0x" + body);
  char* end = nullptr;
  double d = ok ? std::strtod(c_text.c_str(), &end) : 0;
  if (!ok || !end || *end != '\0')
    return raise(rt.ValueError, "invalid hexadecimal floating-point string");
  if (std::isinf(d) && !special)
    return raise(rt.OverflowError, "hexadecimal value too large to represent as a float");
  return new_float(d);
}

}  // namespace

void float_init_type() {
  rt.float_type->new_fn = float_new;
  add_method(rt.float_type, "is_integer", float_is_integer);
  add_method(rt.float_type, "as_integer_ratio", float_as_integer_ratio);
  add_method(rt.float_type, "hex", float_hex);
  add_static(rt.float_type, "fromhex", float_fromhex);
  add_method(rt.float_type, "conjugate", float_conjugate);
}

}  // namespace weft::python
