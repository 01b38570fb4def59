// int: small values are tagged in the Value word (63-bit); larger ones are BigInt objects holding
// a GMP integer. Every operation normalizes its result back to the tagged form when it fits.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/unicode_db.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

// GMP's limbs live in malloc memory the collector does not see: a program making many big
// temporaries would grow without bound between major collections (the BigInt headers are
// tiny). GMP's allocations are counted, and a major collection (whose finalizers free dead
// limbs) is forced when they have doubled since the last one, and at 4 MiB at the least: CPython
// frees limbs at once, and 32 MiB put pidigits' peak RSS at 3x CPython's.
size_t g_gmp_live = 0;
constexpr size_t kGmpMinTrigger = size_t{4} << 20;
size_t g_gmp_trigger = kGmpMinTrigger;

void* gmp_alloc(size_t n) {
  g_gmp_live += n;
  return std::malloc(n);
}

void* gmp_realloc(void* p, size_t old_size, size_t new_size) {
  g_gmp_live += new_size - old_size;
  return std::realloc(p, new_size);
}

void gmp_free(void* p, size_t n) {
  g_gmp_live -= n;
  std::free(p);
}

void collect_dead_limbs() {
  if (g_gmp_live > g_gmp_trigger) {
    rt.heap->collect(gc::CollectionKind::Major);
    g_gmp_trigger = std::max(kGmpMinTrigger, 2 * g_gmp_live);
  }
}

Value big_from_mpz(const mpz_t z) {
  collect_dead_limbs();
  BigInt* b = alloc<BigInt>(rt.bigint_type);
  if (!b) return Value();
  mpz_init_set(b->z, z);
  return b;
}

// The result of an operation becomes the new BigInt's number without a copy of its limbs.
Value big_from_mpz_move(mpz_t z) {
  collect_dead_limbs();
  BigInt* b = alloc<BigInt>(rt.bigint_type);
  if (!b) return Value();
  mpz_init(b->z);
  mpz_swap(b->z, z);
  return b;
}

Value int_from_mpz_move(mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (v >= kSmallMin && v <= kSmallMax) return Value::small(v);
  }
  return big_from_mpz_move(z);
}

// An int operand as an mpz to read: a BigInt's own number (copying it was a third of pidigits'
// instructions), or a small value converted into `local`. The operand stays alive while the
// view is used: the caller holds it, and a collection only happens once the result is made.
struct ZView {
  mpz_t local;
  mpz_srcptr z;
  explicit ZView(Value v) {
    if (v.is_small()) {
      mpz_init_set_si(local, v.small_val());
      z = local;
    } else if (v.obj()->type == rt.bool_type) {
      mpz_init_set_si(local, v == Value(rt.True) ? 1 : 0);
      z = local;
    } else {
      z = v.as<BigInt>()->z;
    }
  }
  ZView(const ZView&) = delete;
  ZView& operator=(const ZView&) = delete;
  ~ZView() {
    if (z == local) mpz_clear(local);
  }
};

// Temporary mpz holding an int value.
struct Z {
  mpz_t z;
  explicit Z(Value v) {
    mpz_init(z);
    int_to_mpz(v, z);
  }
  Z() { mpz_init(z); }
  ~Z() { mpz_clear(z); }
};

}  // namespace

void int_init_gmp() { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

Value new_int(int64_t v) {
  if (v >= kSmallMin && v <= kSmallMax) return Value::small(v);
  mpz_t z;
  mpz_init_set_si(z, v);
  Value r = big_from_mpz(z);
  mpz_clear(z);
  return r;
}

Value int_from_mpz(const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (v >= kSmallMin && v <= kSmallMax) return Value::small(v);
  }
  return big_from_mpz(z);
}

bool is_int(Value v) {
  if (v.is_small()) return true;
  Layout l = v.obj()->type->layout;
  return l == Layout::Int || l == Layout::Bool;
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_small())
    mpz_set_si(out, v.small_val());
  else if (v.obj()->type == rt.bool_type)
    mpz_set_si(out, v == Value(rt.True) ? 1 : 0);
  else
    mpz_set(out, v.as<BigInt>()->z);
}

bool int_to_int64(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_val();
    return true;
  }
  if (v.obj()->type == rt.bool_type) {
    *out = v == Value(rt.True) ? 1 : 0;
    return true;
  }
  if (!mpz_fits_slong_p(v.as<BigInt>()->z)) return false;
  *out = mpz_get_si(v.as<BigInt>()->z);
  return true;
}

bool is_index(Value v) {
  if (is_int(v)) return true;
  Type* t = type_of(v);
  return !t->builtin && lookup(t, rt.s___index__);
}

Value int_index(Value v, int64_t* out) {
  if (!is_int(v)) {
    Type* t = type_of(v);
    if (!t->builtin) {
      Value m = lookup(t, rt.s___index__);
      if (m) {
        Value r = call1(m, v);
        if (!r) return r;
        return int_index(r, out);
      }
    }
    return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  }
  if (!int_to_int64(v, out))
    return raise(rt.OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

Value int_from_string(std::string_view s, int base) {
  std::string digits;
  for (char c : s)
    if (c != '_') digits += c;
  if (digits.size() < 18 && base == 10) {
    int64_t v = 0;
    bool neg = false;
    size_t i = 0;
    if (i < digits.size() && (digits[i] == '-' || digits[i] == '+')) neg = digits[i++] == '-';
    for (; i < digits.size(); i++) v = v * 10 + (digits[i] - '0');
    return Value::small(neg ? -v : v);
  }
  mpz_t z;
  mpz_init(z);
  if (digits[0] == '+') digits.erase(0, 1);
  mpz_set_str(z, digits.c_str(), base);
  Value r = int_from_mpz(z);
  mpz_clear(z);
  return r;
}

Value int_from_double(double d) {
  if (std::isinf(d)) return raise(rt.OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(rt.ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -4.0e18 && t <= 4.0e18) return new_int(static_cast<int64_t>(t));
  mpz_t z;
  mpz_init_set_d(z, t);
  Value r = int_from_mpz(z);
  mpz_clear(z);
  return r;
}

int int_sign(Value v) {
  if (v.is_small()) return (v.small_val() > 0) - (v.small_val() < 0);
  if (v.obj()->type == rt.bool_type) return v == Value(rt.True);
  return mpz_sgn(v.as<BigInt>()->z);
}

int int_compare(Value a, Value b) {
  int64_t x, y;
  if (int_to_int64(a, &x) && int_to_int64(b, &y)) return (x > y) - (x < y);
  Z za(a), zb(b);
  int c = mpz_cmp(za.z, zb.z);
  return (c > 0) - (c < 0);
}

double int_to_double(Value v, bool* overflow) {
  int64_t x;
  if (int_to_int64(v, &x)) return static_cast<double>(x);
  Z z(v);
  // correctly rounded conversion: mpz_get_d truncates, so round via the top 64 bits
  size_t bits = mpz_sizeinbase(z.z, 2);
  if (bits > 1024) {
    *overflow = true;
    return 0;
  }
  double d;
  if (bits <= 53) {
    d = mpz_get_d(z.z);
  } else {
    mpz_t top;
    mpz_init(top);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z.z);
    size_t shift = bits - 55;
    mpz_fdiv_q_2exp(top, a, shift);
    // sticky bit
    if (!mpz_divisible_2exp_p(a, shift)) mpz_setbit(top, 0);
    d = std::ldexp(static_cast<double>(mpz_get_ui(top)), static_cast<int>(shift));
    if (mpz_sgn(z.z) < 0) d = -d;
    mpz_clear(top);
    mpz_clear(a);
  }
  if (std::isinf(d)) *overflow = true;
  return d;
}

std::string int_to_string(Value v, int base) {
  if (v.is_small() && base == 10) return std::to_string(v.small_val());
  if (v.is_ptr() && v.obj()->type == rt.bool_type) return v == Value(rt.True) ? "True" : "False";
  Z z(v);
  char* s = mpz_get_str(nullptr, base, z.z);
  std::string r(s);
  void (*freefn)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefn);
  freefn(s, std::strlen(s) + 1);
  return r;
}

int64_t int_hash(Value v) {
  constexpr uint64_t P = (uint64_t{1} << 61) - 1;
  int64_t x;
  if (int_to_int64(v, &x)) {
    uint64_t ax = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
    int64_t h = static_cast<int64_t>(ax % P);
    if (x < 0) h = -h;
    return h == -1 ? -2 : h;
  }
  Z z(v);
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, z.z);
  uint64_t m = mpz_fdiv_ui(a, P);
  mpz_clear(a);
  int64_t h = static_cast<int64_t>(m);
  if (mpz_sgn(z.z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

Value int_neg(Value a) {
  int64_t x;
  if (int_to_int64(a, &x) && x != INT64_MIN) return new_int(-x);
  Z z(a);
  mpz_neg(z.z, z.z);
  return int_from_mpz(z.z);
}

Value int_invert(Value a) {
  int64_t x;
  if (int_to_int64(a, &x)) return new_int(~x);
  Z z(a);
  mpz_com(z.z, z.z);
  return int_from_mpz(z.z);
}

Value int_abs(Value a) {
  return int_sign(a) < 0
             ? int_neg(a)
             : (a.is_ptr() && a.obj()->type == rt.bool_type ? Value::small(a == Value(rt.True))
                                                            : a);
}

Value int_pow(Value a, Value b, Value mod) {
  if (int_sign(b) < 0 && !mod) {
    bool of = false;
    double x = int_to_double(a, &of), y = int_to_double(b, &of);
    if (x == 0) return raise(rt.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return new_float(std::pow(x, y));
  }
  if (mod) {
    if (int_sign(mod) == 0) return raise(rt.ValueError, "pow() 3rd argument cannot be 0");
    Z za(a), zb(b), zm(mod), r;
    if (mpz_sgn(zb.z) < 0) {
      if (!mpz_invert(r.z, za.z, zm.z))
        return raise(rt.ValueError, "base is not invertible for the given modulus");
      mpz_neg(zb.z, zb.z);
      mpz_powm(r.z, r.z, zb.z, zm.z);
    } else {
      mpz_powm(r.z, za.z, zb.z, zm.z);
    }
    // Python's result has the sign of the modulus
    if (mpz_sgn(r.z) != 0 && mpz_sgn(zm.z) < 0) mpz_add(r.z, r.z, zm.z);
    return int_from_mpz(r.z);
  }
  int64_t x, y;
  if (int_to_int64(a, &x) && int_to_int64(b, &y)) {
    int64_t result = 1, base = x;
    bool overflow = false;
    int64_t e = y;
    while (e > 0 && !overflow) {
      if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
      e >>= 1;
      if (e) overflow |= __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return new_int(result);
  }
  int64_t e;
  if (!int_to_int64(b, &e) || e > (int64_t{1} << 32)) return raise(rt.MemoryError, "");
  Z za(a), r;
  mpz_pow_ui(r.z, za.z, static_cast<unsigned long>(e));
  return int_from_mpz(r.z);
}

Value int_binary(int op, Value a, Value b) {
  if ((op == kAnd || op == kOr || op == kXor) && a.is_ptr() && b.is_ptr() &&
      a.obj()->type == rt.bool_type && b.obj()->type == rt.bool_type) {
    bool x = a == Value(rt.True), y = b == Value(rt.True);
    bool r = op == kAnd ? (x && y) : op == kOr ? (x || y) : (x != y);
    return r ? rt.True : rt.False;
  }
  int64_t x, y;
  bool small = int_to_int64(a, &x) && int_to_int64(b, &y);
  if (small) {
    int64_t r;
    switch (op) {
      case kAdd:
        if (!__builtin_add_overflow(x, y, &r)) return new_int(r);
        break;
      case kSub:
        if (!__builtin_sub_overflow(x, y, &r)) return new_int(r);
        break;
      case kMul:
        if (!__builtin_mul_overflow(x, y, &r)) return new_int(r);
        break;
      case kFloorDiv:
      case kMod: {
        if (y == 0)
          return raise(rt.ZeroDivisionError, op == kMod ? "integer modulo by zero"
                                                        : "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) break;
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
          q -= 1;
          m += y;
        }
        return new_int(op == kMod ? m : q);
      }
      case kTrueDiv: {
        if (y == 0) return raise(rt.ZeroDivisionError, "division by zero");
        if (x > -(int64_t{1} << 53) && x < (int64_t{1} << 53) && y > -(int64_t{1} << 53) &&
            y < (int64_t{1} << 53))
          return new_float(static_cast<double>(x) / static_cast<double>(y));
        break;
      }
      case kAnd:
        return new_int(x & y);
      case kOr:
        return new_int(x | y);
      case kXor:
        return new_int(x ^ y);
      case kLShift:
        if (y < 0) return raise(rt.ValueError, "negative shift count");
        if (y < 62 &&
            (x == 0 || (x > 0 ? x < (int64_t{1} << (62 - y)) : -x < (int64_t{1} << (62 - y)))))
          return new_int(x * (int64_t{1} << y));
        break;
      case kRShift:
        if (y < 0) return raise(rt.ValueError, "negative shift count");
        return new_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
      case kPow:
        return int_pow(a, b, Value());
      default:
        return rt.NotImplemented;
    }
  }
  if (op == kPow) return int_pow(a, b, Value());
  if (op == kMatMul) return rt.NotImplemented;
  ZView za(a), zb(b);
  Z r;
  switch (op) {
    case kAdd:
      mpz_add(r.z, za.z, zb.z);
      break;
    case kSub:
      mpz_sub(r.z, za.z, zb.z);
      break;
    case kMul:
      mpz_mul(r.z, za.z, zb.z);
      break;
    case kFloorDiv:
    case kMod:
      if (mpz_sgn(zb.z) == 0)
        return raise(rt.ZeroDivisionError,
                     op == kMod ? "integer modulo by zero" : "integer division or modulo by zero");
      if (op == kFloorDiv)
        mpz_fdiv_q(r.z, za.z, zb.z);
      else
        mpz_fdiv_r(r.z, za.z, zb.z);
      break;
    case kTrueDiv: {
      if (mpz_sgn(zb.z) == 0) return raise(rt.ZeroDivisionError, "division by zero");
      mpq_t q;
      mpq_init(q);
      mpq_set_num(q, za.z);
      mpq_set_den(q, zb.z);
      mpq_canonicalize(q);
      double d = mpq_get_d(q);
      mpq_clear(q);
      if (std::isinf(d))
        return raise(rt.OverflowError, "integer division result too large for a float");
      return new_float(d);
    }
    case kAnd:
      mpz_and(r.z, za.z, zb.z);
      break;
    case kOr:
      mpz_ior(r.z, za.z, zb.z);
      break;
    case kXor:
      mpz_xor(r.z, za.z, zb.z);
      break;
    case kLShift:
      if (mpz_sgn(zb.z) < 0) return raise(rt.ValueError, "negative shift count");
      if (!mpz_fits_ulong_p(zb.z) || mpz_get_ui(zb.z) > (1u << 31))
        return raise(rt.OverflowError, "too many digits in integer");
      mpz_mul_2exp(r.z, za.z, mpz_get_ui(zb.z));
      break;
    case kRShift:
      if (mpz_sgn(zb.z) < 0) return raise(rt.ValueError, "negative shift count");
      if (!mpz_fits_ulong_p(zb.z)) {
        mpz_set_si(r.z, mpz_sgn(za.z) < 0 ? -1 : 0);
        break;
      }
      mpz_fdiv_q_2exp(r.z, za.z, mpz_get_ui(zb.z));
      break;
    default:
      return rt.NotImplemented;
  }
  return int_from_mpz_move(r.z);
}

// CPython's limit on decimal (non power-of-two base) conversions between int and str, against
// quadratic-time conversions of huge numbers: sys.set_int_max_str_digits, 0 for none.
int64_t g_int_max_str_digits = 4300;

// True, with ValueError raised, when |v| has more decimal digits than the limit allows.
bool int_str_too_long(Value v) {
  if (g_int_max_str_digits <= 0 || v.is_small() || v.obj()->type == rt.bool_type) return false;
  const mpz_t& z = v.as<BigInt>()->z;
  size_t n = mpz_sizeinbase(z, 10);  // exact or one more
  if (n <= static_cast<size_t>(g_int_max_str_digits)) return false;
  if (n == static_cast<size_t>(g_int_max_str_digits) + 1) {
    mpz_t a, p;
    mpz_init(a);
    mpz_init(p);
    mpz_abs(a, z);
    mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(g_int_max_str_digits));
    bool over = mpz_cmp(a, p) >= 0;
    mpz_clear(a);
    mpz_clear(p);
    if (!over) return false;
  }
  raise_fmt(rt.ValueError,
            "Exceeds the limit (%lld digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit",
            static_cast<long long>(g_int_max_str_digits));
  return true;
}

namespace {

Value int_new(Value, Value* args, int64_t nargs, Tuple* kwnames) {
  int64_t nkw = kwnames ? kwnames->size : 0;
  Value base_v;
  if (nkw == 1 && kwnames->at(0).as<Str>()->view() == "base")
    base_v = args[nargs];
  else if (nkw)
    return raise(rt.TypeError, "int() got an unexpected keyword argument");
  if (nargs == 0) return Value::small(0);
  if (nargs == 2) base_v = args[1];
  Value x = args[0];
  if (base_v) {
    int64_t base;
    if (!int_index(base_v, &base)) return Value();
    if (base != 0 && (base < 2 || base > 36))
      return raise(rt.ValueError, "int() base must be >= 2 and <= 36, or 0");
    Layout xl = x.is_ptr() ? x.obj()->type->layout : Layout::Int;
    if (xl == Layout::Instance && (std::strcmp(type_name(x), "bytearray") == 0 ||
                                   std::strcmp(type_name(x), "memoryview") == 0)) {
      x = call1(rt.bytes_type, x);  // their bytes (int(bytearray(b'ff'), 16))
      if (!x) return x;
      xl = Layout::Bytes;
    }
    if (xl != Layout::Str && xl != Layout::Bytes)
      return raise(rt.TypeError, "int() can't convert non-string with explicit base");
    // any Unicode decimal digits and white space count as ASCII ones
    std::string s = xl == Layout::Bytes || x.as<Str>()->ascii
                        ? std::string(x.as<Str>()->view())
                        : unicode::ascii_digits(x.as<Str>()->view());
    std::string orig = s;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) i++;
    s = s.substr(i);
    bool neg = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
      neg = s[0] == '-';
      s = s.substr(1);
    }
    if (s.size() > 1 && s[0] == '0') {
      char p = static_cast<char>(s[1] | 0x20);
      if ((p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) ||
          (p == 'b' && (base == 2 || base == 0))) {
        base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        s = s.substr(2);
      }
    }
    if (base == 0) base = 10;
    bool ok = !s.empty() && s[0] != '_' && s.back() != '_';
    std::string digits;
    for (size_t k = 0; k < s.size() && ok; k++) {
      char c = s[k];
      if (c == '_') {
        if (s[k + 1] == '_') ok = false;
        continue;
      }
      int d = std::isdigit(static_cast<unsigned char>(c))   ? c - '0'
              : std::isalpha(static_cast<unsigned char>(c)) ? (c | 0x20) - 'a' + 10
                                                            : 99;
      if (d >= base) ok = false;
      digits += c;
    }
    if (!ok) {
      Value r = repr(x);
      if (!r) return r;
      return raise_fmt(rt.ValueError, "invalid literal for int() with base %d: %s",
                       static_cast<int>(base), std::string(r.as<Str>()->view()).c_str());
    }
    bool pow2 = (base & (base - 1)) == 0;
    if (!pow2 && g_int_max_str_digits > 0 &&
        static_cast<int64_t>(digits.size()) > g_int_max_str_digits)
      return raise_fmt(rt.ValueError,
                       "Exceeds the limit (%lld digits) for integer string conversion: value has "
                       "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
                       static_cast<long long>(g_int_max_str_digits),
                       static_cast<long long>(digits.size()));
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits.c_str(), static_cast<int>(base));
    if (neg) mpz_neg(z, z);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
  }
  if (is_int(x)) {
    if (x.is_small() || x.obj()->type == rt.int_type) return x;
    if (x.obj()->type == rt.bool_type) return Value::small(x == Value(rt.True));
    // a subclass instance: int() gives an exact int with the same value
    Type* t = x.obj()->type;
    if (!t->builtin && (lookup(t, rt.s___int__) != lookup(rt.int_type, rt.s___int__))) {
      Value m = lookup(t, rt.s___int__);
      if (m) return call1(m, x);
    }
    return int_from_mpz(x.as<BigInt>()->z);
  }
  if (x.is_ptr() && x.obj()->type == rt.float_type) return int_from_double(float_val(x));
  if (x.is_ptr() && (x.obj()->type == rt.str_type || x.obj()->type == rt.bytes_type)) {
    Value a[2] = {x, Value::small(10)};
    return int_new(Value(), a, 2, nullptr);
  }
  Type* t = type_of(x);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___int__);
    if (!m) m = lookup(t, rt.s___index__);
    if (m) return call1(m, x);
  }
  return raise_fmt(
      rt.TypeError,
      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
      type_name(x));
}

Value bool_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) return rt.False;
  int t = truthy(args[0]);
  if (t < 0) return Value();
  return t ? rt.True : rt.False;
}

Value int_bit_length(Value self, Value*, int64_t, Tuple*) {
  int64_t x;
  if (int_to_int64(self, &x)) {
    uint64_t u = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
    return Value::small(u == 0 ? 0 : 64 - __builtin_clzll(u));
  }
  Z z(self);
  return new_int(static_cast<int64_t>(mpz_sizeinbase(z.z, 2)));
}

Value int_bit_count(Value self, Value*, int64_t, Tuple*) {
  Z z(self);
  mpz_abs(z.z, z.z);
  return new_int(static_cast<int64_t>(mpz_popcount(z.z)));
}

Value int_conjugate(Value self, Value*, int64_t, Tuple*) { return self; }

// (n, 1) with n a plain int also for bools and subclasses, as CPython's
Value int_as_integer_ratio(Value self, Value*, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("as_integer_ratio", kw)) return Value();
  if (nargs) return raise(rt.TypeError, "as_integer_ratio() takes no arguments");
  int64_t x;
  Value n;
  if (int_to_int64(self, &x)) {
    n = new_int(x);
  } else {
    Z z(self);
    n = int_from_mpz(z.z);
  }
  if (!n) return n;
  Tuple* t = new_tuple(2);
  if (!t) return Value();
  t->items()[0] = n;
  t->items()[1] = Value::small(1);
  return t;
}

// The arguments of to_bytes/from_bytes after the first: byteorder and the keyword signed.
bool byte_order_args(Value* args, int64_t nargs, Tuple* kw, int64_t* len, bool* little,
                     bool* is_signed, Value* data) {
  int64_t nkw = kw ? kw->size : 0;
  Value order;
  if (nargs > 0) {
    if (data)
      *data = args[0];
    else if (!int_index(args[0], len))
      return false;
  }
  if (nargs > 1) order = args[1];
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    Value v = args[nargs + i];
    if (k == "length" && !data) {
      if (!int_index(v, len)) return false;
    } else if (k == "bytes" && data) {
      *data = v;
    } else if (k == "byteorder") {
      order = v;
    } else if (k == "signed") {
      int t = truthy(v);
      if (t < 0) return false;
      *is_signed = t;
    } else {
      raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument", std::string(k).c_str());
      return false;
    }
  }
  if (order) {
    if (!order.is_ptr() || order.obj()->type != rt.str_type) {
      raise(rt.TypeError, "byteorder must be str");
      return false;
    }
    std::string_view o = order.as<Str>()->view();
    if (o != "little" && o != "big") {
      raise(rt.ValueError, "byteorder must be either 'little' or 'big'");
      return false;
    }
    *little = o == "little";
  }
  return true;
}

Value int_to_bytes(Value self, Value* args, int64_t nargs, Tuple* kw) {
  int64_t len = 1;
  bool little = false, is_signed = false;
  if (!byte_order_args(args, nargs, kw, &len, &little, &is_signed, nullptr)) return Value();
  if (len < 0) return raise(rt.ValueError, "length argument must be non-negative");
  Z z(self);
  if (mpz_sgn(z.z) < 0 && !is_signed)
    return raise(rt.OverflowError, "can't convert negative int to unsigned");
  // two's complement: a negative value is stored as value + 256**len
  Z limit;
  mpz_ui_pow_ui(limit.z, 256, static_cast<unsigned long>(len));
  Z half;
  mpz_fdiv_q_2exp(half.z, limit.z, 1);
  bool fits;
  if (mpz_sgn(z.z) == 0)
    fits = true;
  else if (!is_signed)
    fits = mpz_cmp(z.z, limit.z) < 0;
  else if (mpz_sgn(z.z) < 0)
    fits = mpz_cmpabs(z.z, half.z) <= 0;
  else
    fits = mpz_cmp(z.z, half.z) < 0;
  if (!fits) return raise(rt.OverflowError, "int too big to convert");
  if (mpz_sgn(z.z) < 0) mpz_add(z.z, z.z, limit.z);
  std::string out(static_cast<size_t>(len), '\0');
  for (int64_t i = 0; i < len; i++) {
    unsigned long byte = mpz_fdiv_ui(z.z, 256);
    mpz_fdiv_q_ui(z.z, z.z, 256);
    out[static_cast<size_t>(little ? i : len - 1 - i)] = static_cast<char>(byte);
  }
  return new_bytes(out);
}

Value int_from_bytes(Value, Value* args, int64_t nargs, Tuple* kw) {
  int64_t len = 0;
  bool little = false, is_signed = false;
  Value data;
  if (!byte_order_args(args, nargs, kw, &len, &little, &is_signed, &data)) return Value();
  if (!data) return raise(rt.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  std::string bytes;
  if (data.is_ptr() && data.obj()->type->layout == Layout::Bytes) {
    bytes = std::string(data.as<Str>()->view());
  } else {
    Value it = get_iter(data);
    if (!it) return it;
    for (;;) {
      Value b = iter_next(it);
      if (!b) {
        if (rt.exc) return Value();
        break;
      }
      int64_t v;
      if (!int_index(b, &v)) return Value();
      if (v < 0 || v > 255) return raise(rt.ValueError, "bytes must be in range(0, 256)");
      bytes += static_cast<char>(v);
    }
  }
  Z z;
  size_t n = bytes.size();
  for (size_t i = 0; i < n; i++) {
    unsigned char c = static_cast<unsigned char>(bytes[little ? n - 1 - i : i]);
    mpz_mul_2exp(z.z, z.z, 8);
    mpz_add_ui(z.z, z.z, c);
  }
  if (is_signed && n > 0 && (static_cast<unsigned char>(bytes[little ? n - 1 : 0]) & 0x80)) {
    Z limit;
    mpz_ui_pow_ui(limit.z, 256, static_cast<unsigned long>(n));
    mpz_sub(z.z, z.z, limit.z);
  }
  return int_from_mpz(z.z);
}

}  // namespace

void int_init_type() {
  rt.int_type->new_fn = int_new;
  rt.bool_type->new_fn = bool_new;
  add_method(rt.int_type, "bit_length", int_bit_length);
  add_method(rt.int_type, "bit_count", int_bit_count);
  add_method(rt.int_type, "conjugate", int_conjugate);
  add_method(rt.int_type, "as_integer_ratio", int_as_integer_ratio);
  add_method(rt.int_type, "to_bytes", int_to_bytes);
  add_static(rt.int_type, "from_bytes", int_from_bytes);
}

}  // namespace weft::python
