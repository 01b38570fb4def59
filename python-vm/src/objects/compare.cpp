// Rich comparison: the built-in orderings (numbers, strings, sequences lexicographically, sets
// as subsets), user __lt__/__eq__ ... with the reflected operand first for a subclass, and the
// identity fallback of == and !=.
#include <cmath>
#include <string>
#include <vector>

#include "objects/layout_predicates.h"
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

const char* const kCmpDunder[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kCmpSym[] = {"<", "<=", "==", "!=", ">", ">="};
const int kCmpSwap[] = {kGt, kGe, kEq, kNe, kLt, kLe};

int seq_compare(int op, Value* x, int64_t nx, Value* y, int64_t ny, Value* out) {
  int64_t i = 0;
  for (; i < nx && i < ny; i++) {
    if (x[i] == y[i]) continue;
    int e = eq(x[i], y[i]);
    if (e < 0) return -1;
    if (!e) break;
  }
  if (i >= nx || i >= ny) {
    bool r;
    switch (op) {
      case kLt:
        r = nx < ny;
        break;
      case kLe:
        r = nx <= ny;
        break;
      case kEq:
        r = nx == ny;
        break;
      case kNe:
        r = nx != ny;
        break;
      case kGt:
        r = nx > ny;
        break;
      default:
        r = nx >= ny;
        break;
    }
    *out = r ? rt.True : rt.False;
    return 0;
  }
  if (op == kEq) {
    *out = rt.False;
    return 0;
  }
  if (op == kNe) {
    *out = rt.True;
    return 0;
  }
  *out = rich_compare(op, x[i], y[i]);
  return *out ? 0 : -1;
}

bool cmp_result(int op, int c) {
  switch (op) {
    case kLt:
      return c < 0;
    case kLe:
      return c <= 0;
    case kEq:
      return c == 0;
    case kNe:
      return c != 0;
    case kGt:
      return c > 0;
    default:
      return c >= 0;
  }
}

Value builtin_compare(int op, Value a, Value b) {
  if (is_int(a) && is_int(b)) return cmp_result(op, int_compare(a, b)) ? rt.True : rt.False;
  if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) {
    // an int too large for a double's 53 bits against a finite float: compare exactly
    bool ai = is_int(a) && !is_float(a), bi = is_int(b) && !is_float(b);
    if (ai != bi) {
      Value iv = ai ? a : b;
      double d = float_val(ai ? b : a);
      int64_t small;
      bool exact =
          int_to_int64(iv, &small) && small <= (int64_t{1} << 53) && small >= -(int64_t{1} << 53);
      if (!exact && std::isfinite(d)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(iv, z);
        int c = mpz_cmp_d(z, d);
        mpz_clear(z);
        c = c < 0 ? -1 : c > 0 ? 1 : 0;
        if (!ai) c = -c;
        return cmp_result(op, c) ? rt.True : rt.False;
      }
    }
    double x, y;
    if (is_int(a) && !is_float(a)) {
      // exact int/float comparison for large ints
      bool of = false;
      x = int_to_double(a, &of);
    } else {
      x = float_val(a);
    }
    if (is_int(b) && !is_float(b)) {
      bool of = false;
      y = int_to_double(b, &of);
    } else {
      y = float_val(b);
    }
    bool r;
    switch (op) {
      case kLt:
        r = x < y;
        break;
      case kLe:
        r = x <= y;
        break;
      case kEq:
        r = x == y;
        break;
      case kNe:
        r = x != y;
        break;
      case kGt:
        r = x > y;
        break;
      default:
        r = x >= y;
        break;
    }
    return r ? rt.True : rt.False;
  }
  if ((is_str(a) && is_str(b)) || (is_bytes(a) && is_bytes(b))) {
    int c = a.as<Str>()->view().compare(b.as<Str>()->view());
    return cmp_result(op, c) ? rt.True : rt.False;
  }
  if ((has_layout(a, Layout::Tuple) && has_layout(b, Layout::Tuple)) ||
      (has_layout(a, Layout::List) && has_layout(b, Layout::List))) {
    Value *x, *y;
    int64_t nx, ny;
    as_sequence(a, &x, &nx);
    as_sequence(b, &y, &ny);
    Value out;
    if (seq_compare(op, x, nx, y, ny, &out) < 0) return Value();
    return out;
  }
  bool sa = has_layout(a, Layout::Set) || has_layout(a, Layout::FrozenSet);
  bool sb = has_layout(b, Layout::Set) || has_layout(b, Layout::FrozenSet);
  if (sa && sb) {
    Set* x = a.as<Set>();
    Set* y = b.as<Set>();
    auto subset = [](Set* p, Set* q) -> int {
      if (p->used > q->used) return 0;
      int64_t pos = 0;
      Value k;
      while (set_next(p, &pos, &k)) {
        int c = set_contains(q, k);
        if (c <= 0) return c;
      }
      return 1;
    };
    int r;
    switch (op) {
      case kEq:
      case kNe: {
        r = x->used == y->used ? subset(x, y) : 0;
        if (r < 0) return Value();
        if (op == kNe) r = !r;
        break;
      }
      case kLe:
        r = subset(x, y);
        break;
      case kGe:
        r = subset(y, x);
        break;
      case kLt:
        r = x->used < y->used ? subset(x, y) : 0;
        break;
      default:
        r = y->used < x->used ? subset(y, x) : 0;
        break;
    }
    if (r < 0) return Value();
    return r ? rt.True : rt.False;
  }
  if (has_layout(a, Layout::Dict) && has_layout(b, Layout::Dict) && (op == kEq || op == kNe)) {
    Dict* x = a.as<Dict>();
    Dict* y = b.as<Dict>();
    bool same = x->used == y->used;
    int64_t pos = 0;
    Value k, v;
    while (same && dict_next(x, &pos, &k, &v)) {
      Value w = dict_get(y, k);
      if (!w) {
        if (rt.exc) return Value();
        same = false;
        break;
      }
      int e = eq(v, w);
      if (e < 0) return Value();
      if (!e) same = false;
    }
    return (same == (op == kEq)) ? rt.True : rt.False;
  }
  // dict keys/items views compare with sets and other views as sets
  auto setlike_view = [](Value v) {
    Type* t = type_of(v);
    return t == rt.dict_keys_type || t == rt.dict_items_type;
  };
  auto setlike = [&](Value v) {
    return setlike_view(v) || has_layout(v, Layout::Set) || has_layout(v, Layout::FrozenSet);
  };
  if ((setlike_view(a) || setlike_view(b)) && setlike(a) && setlike(b)) {
    Value sa = a, sb = b;
    if (setlike_view(a)) {
      sa = call1(rt.set_type, a);
      if (!sa) return sa;
    }
    if (setlike_view(b)) {
      sb = call1(rt.set_type, b);
      if (!sb) return sb;
    }
    return rich_compare(op, sa, sb);
  }
  if (has_layout(a, Layout::Slice) && has_layout(b, Layout::Slice)) {  // as (start, stop, step)
    Value x[3] = {a.as<Slice>()->start, a.as<Slice>()->stop, a.as<Slice>()->step};
    Value y[3] = {b.as<Slice>()->start, b.as<Slice>()->stop, b.as<Slice>()->step};
    Value tx = tuple_from_array(x, 3);
    Value ty = tx ? tuple_from_array(y, 3) : Value();
    if (!ty) return ty;
    return rich_compare(op, tx, ty);
  }
  if (has_layout(a, Layout::Range) && has_layout(b, Layout::Range) && (op == kEq || op == kNe)) {
    bool same = range_equal(a.as<Range>(), b.as<Range>());
    return (same == (op == kEq)) ? rt.True : rt.False;
  }
  return rt.NotImplemented;
}

}  // namespace

namespace {

// self's own comparison method for op (user classes), NotImplemented if it has none. A
// missing __ne__ is object.__ne__: the inverse of a user __eq__.
Value user_compare(int op, Value self, Value other) {
  Type* t = type_of(self);
  Value m = lookup(t, intern(kCmpDunder[op]));
  if (m && !is_native_fn(m)) return call2(m, self, other);
  if (op == kNe) {
    Value meq = lookup(t, rt.s___eq__);
    if (meq && !is_native_fn(meq)) {
      Value r = call2(meq, self, other);
      if (!r || r == Value(rt.NotImplemented)) return r;
      int truth = truthy(r);
      if (truth < 0) return Value();
      return truth ? rt.False : rt.True;
    }
  }
  return rt.NotImplemented;
}

}  // namespace

Value rich_compare(int op, Value a, Value b) {
  if (is_user(a) || is_user(b)) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool b_first = ta != tb && is_user(b) && is_subtype(tb, ta);
    if (b_first) {
      Value r = user_compare(kCmpSwap[op], b, a);
      if (r != Value(rt.NotImplemented)) return r;
    }
    if (is_user(a)) {
      Value r = user_compare(op, a, b);
      if (r != Value(rt.NotImplemented)) return r;
    }
    if (!b_first && is_user(b)) {
      Value r = user_compare(kCmpSwap[op], b, a);
      if (r != Value(rt.NotImplemented)) return r;
    }
  }
  if (!(a.is_ptr() && (a.obj()->type->layout == Layout::Instance ||
                       a.obj()->type->layout == Layout::Exception)) &&
      !(b.is_ptr() && (b.obj()->type->layout == Layout::Instance ||
                       b.obj()->type->layout == Layout::Exception))) {
    Value r = builtin_compare(op, a, b);
    if (r != Value(rt.NotImplemented)) return r;
  }
  if (op == kEq) return a == b ? rt.True : rt.False;
  if (op == kNe) return a != b ? rt.True : rt.False;
  return raise_fmt(rt.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                   kCmpSym[op], type_name(a), type_name(b));
}

int eq(Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (is_str(a) && is_str(b)) return str_eq(a.as<Str>(), b.as<Str>());
  Value r = rich_compare(kEq, a, b);
  if (!r) return -1;
  if (r == Value(rt.True)) return 1;
  if (r == Value(rt.False)) return 0;
  return truthy(r);
}

int compare_bool(int op, Value a, Value b) {
  Value r = rich_compare(op, a, b);
  if (!r) return -1;
  return truthy(r);
}

// For the slot wrappers (slot_wrappers.cpp): the built-in comparison of two values,
// NotImplemented when the built-in types do not handle the pair.
Value compare_base(int op, Value a, Value b) { return builtin_compare(op, a, b); }

}  // namespace weft::python
