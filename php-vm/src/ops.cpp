// PHP 8 conversions and operators (see ops.h).
#include "weft/php/ops.h"

#include <charconv>
#include <cmath>
#include <string>

#include "weft/php/object.h"
#include "weft/php/string.h"
#include "weft/php/vm.h"

namespace weft::php {

int64_t double_to_int(double d) {
  if (!std::isfinite(d)) return 0;
  if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) return int64_t(d);
  // php (64-bit): modular arithmetic for out-of-range values
  double m = std::fmod(d, 18446744073709551616.0);
  if (m < 0) m += 18446744073709551616.0;
  return int64_t(uint64_t(m));
}

bool to_bool(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Undef:
    case Tag::Null:
      return false;
    case Tag::Bool:
    case Tag::Int:
      return v.i != 0;
    case Tag::Float:
      return v.d != 0;
    case Tag::Str:
      return !(v.s->len == 0 || (v.s->len == 1 && v.s->data()[0] == '0'));
    case Tag::Arr:
      return v.a->count != 0;
    default:
      return true;
  }
}

void object_to_number_warning(const Value& object, const char* type, bool warning) {
  std::string msg = "Object of class " + object.o->cls->name + " could not be converted to " + type;
  if (warning)
    vm().warning(msg);
  else
    vm().notice(msg);
}

int64_t to_int(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Bool:
    case Tag::Int:
      return v.i;
    case Tag::Float:
      return double_to_int(v.d);
    case Tag::Res:
      return v.i;
    case Tag::Str: {
      NumParse n = parse_numeric(v.s->view(), true);
      if (n.kind == NumKind::Int) return n.i;
      if (n.kind == NumKind::Float) return double_to_int(n.d);
      return 0;
    }
    case Tag::Arr:
      return v.a->count ? 1 : 0;
    case Tag::Obj:
      return 1;
    default:
      return 0;
  }
}

double to_double(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Bool:
    case Tag::Int:
      return double(v.i);
    case Tag::Float:
      return v.d;
    case Tag::Res:
      return double(v.i);
    case Tag::Str: {
      NumParse n = parse_numeric(v.s->view(), true);
      if (n.kind == NumKind::Int) return double(n.i);
      if (n.kind == NumKind::Float) return n.d;
      return 0;
    }
    case Tag::Arr:
      return v.a->count ? 1 : 0;
    case Tag::Obj:
      return 1;
    default:
      return 0;
  }
}

String* to_str(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Str:
      return v.s;
    case Tag::Int: {
      if (v.i >= 0 && v.i < 10) {
        static String* const* const digits = [] {
          static String* d[10];
          for (int i = 0; i < 10; ++i) d[i] = intern(std::string(1, char('0' + i)));
          return d;
        }();
        return digits[v.i];
      }
      return new_int_string(v.i);
    }
    case Tag::Float:
      return new_string(format_double_echo(v.d));
    case Tag::Bool:
      return v.i ? intern("1") : intern("");
    case Tag::Res:
      return new_string("Resource id #" + std::to_string(v.i));
    case Tag::Arr:
      vm().warning("Array to string conversion");
      return intern("Array");
    case Tag::Obj: {
      String* s = nullptr;
      if (vm().to_string(v, &s)) return s;
      return intern("");
    }
    default:
      return intern("");
  }
}

std::string to_std_string(const Value& v) { return std::string(to_str(v)->view()); }

const char* type_name(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Undef:
    case Tag::Null:
      return "null";
    case Tag::Bool:
      return "bool";
    case Tag::Int:
      return "int";
    case Tag::Float:
      return "float";
    case Tag::Str:
      return "string";
    case Tag::Arr:
      return "array";
    case Tag::Res:
      return "resource";
    default:
      return "object";
  }
}

std::string zend_type_name(const Value& v0) {
  const Value& v = deref(v0);
  if (v.tag == Tag::Obj) return std::string(shown_name(v.o->cls->name));
  return type_name(v);
}

bool to_key(const Value& v0, Key* out) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Int:
      *out = Key::integer(v.i);
      return true;
    case Tag::Str: {
      int64_t i;
      if (v.s->int_key(&i))
        *out = Key::integer(i);
      else
        *out = Key::string(v.s);
      return true;
    }
    case Tag::Bool:
      *out = Key::integer(v.i);
      return true;
    case Tag::Float: {
      int64_t i = double_to_int(v.d);
      if (double(i) != v.d && std::isfinite(v.d))
        vm().deprecated("Implicit conversion from float " + format_double_repr(v.d) +
                        " to int loses precision");
      *out = Key::integer(i);
      return true;
    }
    case Tag::Undef:
    case Tag::Null:
      *out = Key::string(intern(""));
      return true;
    case Tag::Res:
      vm().warning("Resource ID#" + std::to_string(v.i) + " used as offset, casting to integer (" +
                   std::to_string(v.i) + ")");
      *out = Key::integer(v.i);
      return true;
    default:
      vm().throw_error("TypeError", "Illegal offset type");
      return false;
  }
}

static const char* op_symbol(int op) {
  switch (Op(op)) {
    case Op::Add:
      return "+";
    case Op::Sub:
      return "-";
    case Op::Mul:
      return "*";
    case Op::Div:
      return "/";
    case Op::Mod:
      return "%";
    case Op::Pow:
      return "**";
    case Op::Shl:
      return "<<";
    case Op::Shr:
      return ">>";
    case Op::BitAnd:
      return "&";
    case Op::BitOr:
      return "|";
    case Op::BitXor:
      return "^";
    default:
      return "?";
  }
}

static bool unsupported(const Value& a, const Value& b, const char* sym) {
  return vm().throw_error("TypeError", std::string("Unsupported operand types: ") +
                                           zend_type_name(a) + " " + sym + " " + zend_type_name(b));
}

bool to_number(const Value& v0, Value* out, const char* what, const Value& other, bool left) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Int:
    case Tag::Float:
      *out = v;
      return true;
    case Tag::Undef:
    case Tag::Null:
      *out = Value::integer(0);
      return true;
    case Tag::Bool:
      *out = Value::integer(v.i);
      return true;
    case Tag::Str: {
      NumParse n = parse_numeric(v.s->view(), true);
      if (n.kind == NumKind::None) {
        return left ? unsupported(v, other, what) : unsupported(other, v, what);
      }
      if (n.trailing) vm().warning("A non-numeric value encountered");
      *out = n.kind == NumKind::Int ? Value::integer(n.i) : Value::number(n.d);
      return true;
    }
    default:
      return left ? unsupported(v, other, what) : unsupported(other, v, what);
  }
}

static inline bool is_num(const Value& v) { return v.tag == Tag::Int || v.tag == Tag::Float; }

#define NUMERIC_OPERANDS(sym)                                  \
  Value x, y;                                                  \
  if (is_num(a) && is_num(b)) {                                \
    x = a;                                                     \
    y = b;                                                     \
  } else {                                                     \
    if (!to_number(a, &x, sym, deref(b), true)) return false;  \
    if (!to_number(b, &y, sym, deref(a), false)) return false; \
  }

// x op y for numbers: ints with `checked` (overflow-checked; the result becomes a float on
// overflow, as in PHP), otherwise doubles.
template <class Checked, class Plain>
static bool int_or_float(const Value& x, const Value& y, Value* out, Checked checked, Plain plain) {
  if (x.tag == Tag::Int && y.tag == Tag::Int) {
    int64_t r;
    if (!checked(x.i, y.i, &r))
      *out = Value::integer(r);
    else
      *out = Value::number(plain(double(x.i), double(y.i)));
    return true;
  }
  *out = Value::number(plain(to_double(x), to_double(y)));
  return true;
}

bool op_add(const Value& a0, const Value& b0, Value* out) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  if (a.tag == Tag::Arr && b.tag == Tag::Arr) {
    Array* r = a.a->copy();
    for (uint32_t i = b.a->first(); i < b.a->used(); i = b.a->next(i)) {
      Bucket& bk = b.a->buckets()[i];
      Key k = bk.skey() ? Key::string(bk.skey()) : Key::integer(bk.ikey());
      bool ins;
      Value* slot = r->lookup_or_insert(k, &ins);
      if (ins) {
        mark_copy(bk.v);
        *slot = bk.v;
      }
    }
    *out = Value::arr(r);
    return true;
  }
  NUMERIC_OPERANDS("+")
  return int_or_float(
      x, y, out, [](int64_t p, int64_t q, int64_t* r) { return __builtin_add_overflow(p, q, r); },
      [](double p, double q) { return p + q; });
}

bool op_sub(const Value& a0, const Value& b0, Value* out) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  NUMERIC_OPERANDS("-")
  return int_or_float(
      x, y, out, [](int64_t p, int64_t q, int64_t* r) { return __builtin_sub_overflow(p, q, r); },
      [](double p, double q) { return p - q; });
}

bool op_mul(const Value& a0, const Value& b0, Value* out) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  NUMERIC_OPERANDS("*")
  return int_or_float(
      x, y, out, [](int64_t p, int64_t q, int64_t* r) { return __builtin_mul_overflow(p, q, r); },
      [](double p, double q) { return p * q; });
}

bool op_div(const Value& a0, const Value& b0, Value* out) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  NUMERIC_OPERANDS("/")
  if ((y.tag == Tag::Int && y.i == 0) || (y.tag == Tag::Float && y.d == 0))
    return vm().throw_error("DivisionByZeroError", "Division by zero");
  if (x.tag == Tag::Int && y.tag == Tag::Int) {
    if (y.i == -1 && x.i == INT64_MIN) {
      *out = Value::number(-double(INT64_MIN));
      return true;
    }
    if (x.i % y.i == 0) {
      *out = Value::integer(x.i / y.i);
      return true;
    }
  }
  *out = Value::number(to_double(x) / to_double(y));
  return true;
}

static bool int_operand(const Value& v0, int64_t* out, const Value& other, bool left,
                        const char* sym) {
  const Value& v = deref(v0);
  if (v.tag == Tag::Int || v.tag == Tag::Bool) {
    *out = v.i;
    return true;
  }
  if (v.tag == Tag::Float) {
    // php: modular conversion, deprecated unless the float is an integer in range
    *out = double_to_int(v.d);
    if (!std::isfinite(v.d) || double(*out) != v.d || v.d >= 9223372036854775808.0)
      vm().deprecated("Implicit conversion from float " + format_double_repr(v.d) +
                      " to int loses precision");
    return true;
  }
  Value n;
  if (!to_number(v, &n, sym, other, left)) return false;
  *out = n.tag == Tag::Int ? n.i : double_to_int(n.d);
  if (v.tag == Tag::Str && n.tag == Tag::Float && double(*out) != n.d)
    vm().deprecated("Implicit conversion from float-string \"" + std::string(v.s->view()) +
                    "\" to int loses precision");
  return true;
}

bool op_mod(const Value& a, const Value& b, Value* out) {
  int64_t x, y;
  if (!int_operand(a, &x, deref(b), true, "%") || !int_operand(b, &y, deref(a), false, "%"))
    return false;
  if (y == 0) return vm().throw_error("DivisionByZeroError", "Modulo by zero");
  *out = Value::integer(y == -1 ? 0 : x % y);
  return true;
}

bool op_pow(const Value& a0, const Value& b0, Value* out) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  NUMERIC_OPERANDS("**")
  if (x.tag == Tag::Int && y.tag == Tag::Int && y.i >= 0) {
    int64_t base = x.i, e = y.i, r = 1;
    bool overflow = false;
    while (e > 0) {
      if (e & 1) {
        if (__builtin_mul_overflow(r, base, &r)) {
          overflow = true;
          break;
        }
      }
      e >>= 1;
      if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) {
      *out = Value::integer(r);
      return true;
    }
  }
  *out = Value::number(std::pow(to_double(x), to_double(y)));
  return true;
}

bool op_concat(const Value& a0, const Value& b0, Value* out, bool reuse_a) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  String* sa = to_str(a);
  if (vm().exception) return false;
  String* sb = to_str(b);
  if (vm().exception) return false;
  if (sb->len == 0 && a.tag == Tag::Str && reuse_a) {
    *out = Value::str(sa);
    return true;
  }
  *out = Value::str(concat(sa, sb->view(), reuse_a && a.tag == Tag::Str));
  return true;
}

bool op_shl(const Value& a, const Value& b, Value* out) {
  int64_t x, y;
  if (!int_operand(a, &x, deref(b), true, "<<") || !int_operand(b, &y, deref(a), false, "<<"))
    return false;
  if (y < 0) return vm().throw_error("ArithmeticError", "Bit shift by negative number");
  *out = Value::integer(y >= 64 ? 0 : int64_t(uint64_t(x) << y));
  return true;
}

bool op_shr(const Value& a, const Value& b, Value* out) {
  int64_t x, y;
  if (!int_operand(a, &x, deref(b), true, ">>") || !int_operand(b, &y, deref(a), false, ">>"))
    return false;
  if (y < 0) return vm().throw_error("ArithmeticError", "Bit shift by negative number");
  *out = Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
  return true;
}

// Two strings combine bytewise: & and ^ to the shorter length, | to the longer.
static bool string_bitwise(const Value& a0, const Value& b0, char op, Value* out) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  if (a.tag != Tag::Str || b.tag != Tag::Str) return false;
  std::string_view x = a.s->view(), y = b.s->view();
  if (op == '|' && x.size() < y.size()) std::swap(x, y);
  size_t n = op == '|' ? x.size() : std::min(x.size(), y.size());
  std::string r(n, '\0');
  for (size_t i = 0; i < n; ++i) {
    unsigned char p = static_cast<unsigned char>(x[i]);
    unsigned char q = i < y.size() ? static_cast<unsigned char>(y[i]) : 0;
    r[i] = char(op == '&' ? p & q : op == '|' ? p | q : p ^ q);
  }
  *out = Value::str(new_string(r));
  return true;
}

#define BITWISE(name, sym, expr)                                                               \
  bool name(const Value& a, const Value& b, Value* out) {                                      \
    if (string_bitwise(a, b, sym[0], out)) return true;                                        \
    int64_t x, y;                                                                              \
    if (!int_operand(a, &x, deref(b), true, sym) || !int_operand(b, &y, deref(a), false, sym)) \
      return false;                                                                            \
    *out = Value::integer(expr);                                                               \
    return true;                                                                               \
  }
BITWISE(op_bitand, "&", x& y)
BITWISE(op_bitor, "|", x | y)
BITWISE(op_bitxor, "^", x ^ y)

bool op_bitnot(const Value& a0, Value* out) {
  const Value& a = deref(a0);
  if (a.tag == Tag::Int) {
    *out = Value::integer(~a.i);
    return true;
  }
  if (a.tag == Tag::Float) {
    int64_t i = double_to_int(a.d);
    if (!std::isfinite(a.d) || double(i) != a.d || a.d >= 9223372036854775808.0)
      vm().deprecated("Implicit conversion from float " + format_double_repr(a.d) +
                      " to int loses precision");
    *out = Value::integer(~i);
    return true;
  }
  if (a.tag == Tag::Str) {
    std::string r(a.s->view());
    for (auto& c : r) c = char(~c);
    *out = Value::str(new_string(r));
    return true;
  }
  return vm().throw_error("TypeError",
                          std::string("Cannot perform bitwise not on ") + zend_type_name(a));
}

bool op_neg(const Value& a, Value* out) { return op_mul(a, Value::integer(-1), out); }
bool op_plus(const Value& a, Value* out) { return op_mul(a, Value::integer(1), out); }

bool op_incdec(Value* v0, bool dec) {
  Value& v = deref(*v0);
  switch (v.tag) {
    case Tag::Int:
      if (dec) {
        if (v.i == INT64_MIN)
          v = Value::number(double(INT64_MIN) - 1.0);
        else
          v.i--;
      } else {
        if (v.i == INT64_MAX)
          v = Value::number(double(INT64_MAX) + 1.0);
        else
          v.i++;
      }
      return true;
    case Tag::Float:
      v.d += dec ? -1 : 1;
      return true;
    case Tag::Undef:
    case Tag::Null:
      if (!dec)
        v = Value::integer(1);
      else
        v = Value::null();
      return true;
    case Tag::Str: {
      NumParse n = parse_numeric(v.s->view(), false);
      if (n.kind == NumKind::Int) {
        Value t = Value::integer(n.i);
        op_incdec(&t, dec);
        v = t;
        return true;
      }
      if (n.kind == NumKind::Float) {
        v = Value::number(n.d + (dec ? -1 : 1));
        return true;
      }
      if (dec) return true;
      // Perl-style string increment
      std::string s(v.s->view());
      if (s.empty()) {
        v = Value::str(intern("1"));
        return true;
      }
      int i = int(s.size()) - 1;
      while (i >= 0) {
        char c = s[size_t(i)];
        if (c >= 'a' && c < 'z') {
          s[size_t(i)]++;
          break;
        }
        if (c == 'z') {
          s[size_t(i)] = 'a';
          --i;
          if (i < 0) s.insert(s.begin(), 'a');
          continue;
        }
        if (c >= 'A' && c < 'Z') {
          s[size_t(i)]++;
          break;
        }
        if (c == 'Z') {
          s[size_t(i)] = 'A';
          --i;
          if (i < 0) s.insert(s.begin(), 'A');
          continue;
        }
        if (c >= '0' && c < '9') {
          s[size_t(i)]++;
          break;
        }
        if (c == '9') {
          s[size_t(i)] = '0';
          --i;
          if (i < 0) s.insert(s.begin(), '1');
          continue;
        }
        break;
      }
      v = Value::str(new_string(s));
      return true;
    }
    case Tag::Bool:
      return true;
    default:
      return vm().throw_error(
          "TypeError",
          std::string("Cannot ") + (dec ? "decrement " : "increment ") + zend_type_name(v));
  }
}

bool op_binary(int op, const Value& a, const Value& b, Value* out) {
  switch (Op(op)) {
    case Op::Add:
      return op_add(a, b, out);
    case Op::Sub:
      return op_sub(a, b, out);
    case Op::Mul:
      return op_mul(a, b, out);
    case Op::Div:
      return op_div(a, b, out);
    case Op::Mod:
      return op_mod(a, b, out);
    case Op::Pow:
      return op_pow(a, b, out);
    case Op::Concat:
      return op_concat(a, b, out, false);
    case Op::Shl:
      return op_shl(a, b, out);
    case Op::Shr:
      return op_shr(a, b, out);
    case Op::BitAnd:
      return op_bitand(a, b, out);
    case Op::BitOr:
      return op_bitor(a, b, out);
    case Op::BitXor:
      return op_bitxor(a, b, out);
    default:
      (void)op_symbol;
      return false;
  }
}

// ---- comparison ----

static int cmp3(double x, double y) { return x < y ? -1 : (x > y ? 1 : 0); }
static int cmp3i(int64_t x, int64_t y) { return x < y ? -1 : (x > y ? 1 : 0); }

static int compare_strings(String* a, String* b) {
  NumParse na = parse_numeric(a->view(), false);
  if (na.kind != NumKind::None) {
    NumParse nb = parse_numeric(b->view(), false);
    if (nb.kind != NumKind::None) {
      if (na.kind == NumKind::Int && nb.kind == NumKind::Int) return cmp3i(na.i, nb.i);
      double x = na.kind == NumKind::Int ? double(na.i) : na.d;
      double y = nb.kind == NumKind::Int ? double(nb.i) : nb.d;
      return cmp3(x, y);
    }
  }
  int c = a->view().compare(b->view());
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// number vs string (PHP 8): numeric string -> numeric comparison, else as strings
static int compare_num_str(const Value& n, String* s, bool num_left) {
  NumParse ns = parse_numeric(s->view(), false);
  int r;
  if (ns.kind != NumKind::None) {
    if (n.tag == Tag::Int && ns.kind == NumKind::Int)
      r = cmp3i(n.i, ns.i);
    else
      r = cmp3(n.tag == Tag::Int ? double(n.i) : n.d,
               ns.kind == NumKind::Int ? double(ns.i) : ns.d);
  } else {
    String* ns2 = to_str(n);
    int c = ns2->view().compare(s->view());
    r = c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  return num_left ? r : -r;
}

static int compare_arrays(Array* a, Array* b, bool* uncomparable) {
  if (a->count != b->count) return a->count < b->count ? -1 : 1;
  for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
    Bucket& bk = a->buckets()[i];
    Value* other = b->find(bk.skey() ? Key::string(bk.skey()) : Key::integer(bk.ikey()));
    if (!other) {
      *uncomparable = true;
      return 1;
    }
    int c = compare(bk.v, *other);
    if (c != 0) return c;
  }
  return 0;
}

int compare(const Value& a0, const Value& b0) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  Tag ta = a.tag == Tag::Undef ? Tag::Null : a.tag;
  Tag tb = b.tag == Tag::Undef ? Tag::Null : b.tag;
  if (ta == Tag::Int && tb == Tag::Int) return cmp3i(a.i, b.i);
  // NAN against a number or string is "not equal, not smaller" both ways round: 1
  auto num_or_str = [](Tag t) { return t == Tag::Int || t == Tag::Float || t == Tag::Str; };
  if ((ta == Tag::Float && std::isnan(a.d) && num_or_str(tb)) ||
      (tb == Tag::Float && std::isnan(b.d) && num_or_str(ta)))
    return 1;
  if ((ta == Tag::Int || ta == Tag::Float) && (tb == Tag::Int || tb == Tag::Float))
    return cmp3(ta == Tag::Int ? double(a.i) : a.d, tb == Tag::Int ? double(b.i) : b.d);
  if (ta == Tag::Str && tb == Tag::Str) return compare_strings(a.s, b.s);
  if (ta == Tag::Null && tb == Tag::Null) return 0;
  if (ta == Tag::Bool || tb == Tag::Bool || ta == Tag::Null || tb == Tag::Null) {
    if (ta == Tag::Null && tb == Tag::Str) return b.s->len == 0 ? 0 : -1;
    if (tb == Tag::Null && ta == Tag::Str) return a.s->len == 0 ? 0 : 1;
    if (ta == Tag::Null && tb == Tag::Obj) return -1;
    if (tb == Tag::Null && ta == Tag::Obj) return 1;
    return cmp3i(to_bool(a), to_bool(b));
  }
  // a resource compares as its number
  if ((ta == Tag::Res && tb != Tag::Arr && tb != Tag::Obj) ||
      (tb == Tag::Res && ta != Tag::Arr && ta != Tag::Obj))
    return cmp3(to_double(a), to_double(b));
  if ((ta == Tag::Int || ta == Tag::Float) && tb == Tag::Str) return compare_num_str(a, b.s, true);
  if (ta == Tag::Str && (tb == Tag::Int || tb == Tag::Float)) return compare_num_str(b, a.s, false);
  if (ta == Tag::Arr && tb == Tag::Arr) {
    bool unc = false;
    return compare_arrays(a.a, b.a, &unc);
  }
  if (ta == Tag::Arr) return 1;
  if (tb == Tag::Arr) return -1;
  if (ta == Tag::Obj && tb == Tag::Obj) {
    if (a.o == b.o) return 0;
    if (a.o->cls != b.o->cls) return 1;
    for (uint32_t i = 0; i < a.o->nslots; ++i) {
      int c = compare(a.o->slots()[i], b.o->slots()[i]);
      if (c) return c;
    }
    if (a.o->dyn || b.o->dyn) {
      Value x = a.o->dyn ? Value::arr(a.o->dyn.get()) : Value::arr(Array::make());
      Value y = b.o->dyn ? Value::arr(b.o->dyn.get()) : Value::arr(Array::make());
      return compare(x, y);
    }
    return 0;
  }
  if (ta == Tag::Obj && tb == Tag::Str) {
    if (a.o->cls->m_tostring) return compare_strings(to_str(a), b.s);
    return 1;
  }
  if (tb == Tag::Obj && ta == Tag::Str) {
    if (b.o->cls->m_tostring) return compare_strings(a.s, to_str(b));
    return -1;
  }
  if (ta == Tag::Obj || tb == Tag::Obj) {
    bool left = ta == Tag::Obj;
    const Value& o = left ? a : b;
    const Value& n = left ? b : a;
    // php converts the object to the number's type (1, with a notice); enums do not compare
    if ((n.tag == Tag::Int || n.tag == Tag::Float) && !(o.o->cls->flags & ClsEnum)) {
      object_to_number_warning(o, n.tag == Tag::Int ? "int" : "float", false);
      int c = n.tag == Tag::Int ? cmp3i(1, n.i) : cmp3(1.0, n.d);
      return left ? c : -c;
    }
    return left ? 1 : -1;
  }
  return 0;
}

bool loose_equal(const Value& a0, const Value& b0) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i == b.i;
  if (a.tag == Tag::Str && b.tag == Tag::Str) {
    if (a.s == b.s) return true;
    NumParse na = parse_numeric(a.s->view(), false);
    if (na.kind != NumKind::None) {
      NumParse nb = parse_numeric(b.s->view(), false);
      if (nb.kind != NumKind::None) return compare_strings(a.s, b.s) == 0;
    }
    return str_equal(a.s, b.s);
  }
  if (a.tag == Tag::Arr && b.tag == Tag::Arr) {
    if (a.a->count != b.a->count) return false;
    for (uint32_t i = a.a->first(); i < a.a->used(); i = a.a->next(i)) {
      Bucket& bk = a.a->buckets()[i];
      Value* other = b.a->find(bk.skey() ? Key::string(bk.skey()) : Key::integer(bk.ikey()));
      if (!other || !loose_equal(bk.v, *other)) return false;
    }
    return true;
  }
  if (a.tag == Tag::Obj && b.tag == Tag::Obj) {
    if (a.o == b.o) return true;
    if (a.o->cls != b.o->cls) return false;
    return compare(a, b) == 0;
  }
  if ((a.tag == Tag::Arr) != (b.tag == Tag::Arr)) {
    const Value& other = a.tag == Tag::Arr ? b : a;
    if (other.tag == Tag::Bool || other.is_null()) return compare(a, b) == 0;
    return false;
  }
  return compare(a, b) == 0;
}

bool strict_equal(const Value& a0, const Value& b0) {
  const Value& a = deref(a0);
  const Value& b = deref(b0);
  Tag ta = a.tag == Tag::Undef ? Tag::Null : a.tag;
  Tag tb = b.tag == Tag::Undef ? Tag::Null : b.tag;
  if (ta != tb) return false;
  switch (ta) {
    case Tag::Null:
      return true;
    case Tag::Bool:
    case Tag::Int:
      return a.i == b.i;
    case Tag::Float:
      return a.d == b.d;
    case Tag::Str:
      return str_equal(a.s, b.s);
    case Tag::Arr: {
      if (a.a == b.a) return true;
      if (a.a->count != b.a->count) return false;
      uint32_t i = a.a->first(), j = b.a->first();
      for (; i < a.a->used() && j < b.a->used(); i = a.a->next(i), j = b.a->next(j)) {
        Bucket& x = a.a->buckets()[i];
        Bucket& y = b.a->buckets()[j];
        if ((x.skey() == nullptr) != (y.skey() == nullptr)) return false;
        if (x.skey() ? !str_equal(x.skey(), y.skey()) : x.ikey() != y.ikey()) return false;
        if (!strict_equal(x.v, y.v)) return false;
      }
      return true;
    }
    case Tag::Obj:
      return a.o == b.o;
    default:
      return a.p == b.p;
  }
}

}  // namespace weft::php
