// The object protocol, part 2: operators, comparisons, items, iteration, len, format().
#include <cmath>
#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

// types.GenericAlias(origin, args) (lib/types.py)
Value new_generic_alias(Value origin, Value args) {
  Value mod = import_module(intern("types"));
  if (!mod) return mod;
  Value cls = getattr(mod, intern("GenericAlias"));
  if (!cls) return cls;
  return call2(cls, origin, args);
}

namespace {

// `int | None`, `str | MyClass`: types.UnionType (lib/types.py), as type.__or__ makes in CPython.
// Operands that are GenericAlias or UnionType instances get there through their own __or__.
bool union_operand(Value v) {
  return v == Value(rt.None) || (v.is_ptr() && isinstance(v, rt.type_type));
}

Value new_union(Value a, Value b) {
  Value mod = import_module(intern("types"));
  if (!mod) return mod;
  Value f = getattr(mod, intern("_union"));
  if (!f) return f;
  return call2(f, a, b);
}

const char* const kBinDunder[] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",  "__mul__", "__mod__",
    "__or__",  "__pow__", "__rshift__",   "__sub__",    "__truediv__", "__xor__"};
const char* const kBinRDunder[] = {
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",  "__rmul__", "__rmod__",
    "__ror__",  "__rpow__", "__rrshift__",   "__rsub__",    "__rtruediv__", "__rxor__"};
const char* const kBinIDunder[] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",  "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__"};
const char* const kCmpDunder[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kCmpSym[] = {"<", "<=", "==", "!=", ">", ">="};
const int kCmpSwap[] = {kGt, kGe, kEq, kNe, kLt, kLe};

bool is_float(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Float; }
bool is_str(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Str; }
bool is_bytes(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Bytes; }
bool has_layout(Value v, Layout l) { return v.is_ptr() && v.obj()->type->layout == l; }
bool is_user(Value v) { return v.is_ptr() && !v.obj()->type->builtin; }

Value repeat_seq(Value seq, Value n) {
  int64_t count;
  if (!int_index(n, &count)) return Value();
  if (count < 0) count = 0;
  if (is_str(seq) || is_bytes(seq)) {
    Str* s = seq.as<Str>();
    if (s->size && count > (int64_t{1} << 40) / s->size) return raise(rt.MemoryError, "");
    std::string r;
    r.reserve(static_cast<size_t>(s->size * count));
    for (int64_t i = 0; i < count; i++) r += s->view();
    return is_str(seq) ? new_str(r) : new_bytes(r);
  }
  Value* items;
  int64_t len;
  if (!as_sequence(seq, &items, &len)) return Value();
  if (len && count > (int64_t{1} << 32) / len) return raise(rt.MemoryError, "");
  if (has_layout(seq, Layout::Tuple)) {
    Tuple* t = new_tuple(len * count);
    if (!t) return Value();
    for (int64_t i = 0; i < count; i++)
      for (int64_t j = 0; j < len; j++) t->items()[i * len + j] = seq.as<Tuple>()->at(j);
    return t;
  }
  List* l = new_list(len * count);
  if (!l) return Value();
  for (int64_t i = 0; i < count; i++)
    for (int64_t j = 0; j < len; j++) list_set(l, i * len + j, seq.as<List>()->at(j));
  return l;
}

Value concat_seq(Value a, Value b) {
  if (has_layout(a, Layout::Tuple)) {
    Tuple* x = a.as<Tuple>();
    Tuple* y = b.as<Tuple>();
    Tuple* t = new_tuple(x->size + y->size);
    if (!t) return Value();
    for (int64_t i = 0; i < x->size; i++) t->items()[i] = x->at(i);
    for (int64_t i = 0; i < y->size; i++) t->items()[x->size + i] = y->at(i);
    return t;
  }
  List* x = a.as<List>();
  List* y = b.as<List>();
  List* l = new_list(x->size + y->size);
  if (!l) return Value();
  for (int64_t i = 0; i < x->size; i++) list_set(l, i, x->at(i));
  for (int64_t i = 0; i < y->size; i++) list_set(l, x->size + i, y->at(i));
  return l;
}

// Built-in behaviour; NotImplemented when the types do not apply.
bool is_set_view(Value v) {
  return v.is_ptr() && (v.obj()->type == rt.dict_keys_type || v.obj()->type == rt.dict_items_type);
}

Set* set_of(Value iterable) {
  // CPython's dictviews_to_set: a keys view is made a set from its dict (presized)
  if (iterable.is_ptr() && iterable.obj()->type == rt.dict_keys_type)
    iterable = iterable.as<Iter>()->a;
  Set* s = new_set(rt.set_type);
  if (!s || !set_update(s, iterable)) return nullptr;
  return s;
}

// dict_keys / dict_items with & | - ^ (either side): CPython's dictviews_* functions, which
// build the result from set(left) so that it iterates in CPython's order.
Value view_set_op(int op, Value a, Value b) {
  if (op == kAnd) {
    Value self = is_set_view(a) ? a : b, other = is_set_view(a) ? b : a;
    int64_t len_self = length(self);
    if (has_layout(other, Layout::Set) && type_of(other) == rt.set_type &&
        len_self <= length(other)) {
      Set* r = new_set(rt.set_type);
      if (!r) return Value();
      int64_t pos = 0;
      Value k;
      while (set_next(other.as<Set>(), &pos, &k)) {
        int c = contains(self, k);
        if (c < 0) return Value();
        if (c && set_add(r, k) < 0) return Value();
      }
      return r;
    }
    if (is_set_view(other) && length(other) > len_self) std::swap(self, other);
    Set* r = new_set(rt.set_type);
    Value it = get_iter(other);
    if (!r || !it) return Value();
    for (;;) {
      Value k = iter_next(it);
      if (!k) return rt.exc ? Value() : Value(r);
      int c = contains(self, k);
      if (c < 0) return Value();
      if (c && set_add(r, k) < 0) return Value();
    }
  }
  Set* r = set_of(a);
  if (!r) return Value();
  if (op == kOr) return set_update(r, b) ? Value(r) : Value();
  if (op == kSub) {
    Value it = get_iter(b);
    if (!it) return it;
    for (;;) {
      Value k = iter_next(it);
      if (!k) return rt.exc ? Value() : Value(r);
      if (set_discard(r, k) < 0) return Value();
    }
  }
  Set* other = set_of(b);
  if (!other) return Value();
  int64_t pos = 0;
  Value k;
  while (set_next(other, &pos, &k)) {
    int d = set_discard(r, k);
    if (d < 0) return Value();
    if (d == 1 && set_add(r, k) < 0) return Value();
  }
  return r;
}

Value builtin_binary(int op, Value a, Value b, bool inplace) {
  if (is_int(a) && is_int(b)) return int_binary(op, a, b);
  if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) return float_binary(op, a, b);
  if (is_str(a)) {
    if (op == kAdd && is_str(b)) return str_concat(a.as<Str>(), b.as<Str>());
    if (op == kMul && is_int(b)) return repeat_seq(a, b);
    if (op == kMod) return str_mod(a.as<Str>(), b);
    if (op == kAdd)
      return raise_fmt(rt.TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
  }
  if (is_bytes(a)) {
    if (op == kAdd && is_bytes(b)) {
      std::string r(a.as<Str>()->view());
      r += b.as<Str>()->view();
      return new_bytes(r);
    }
    if (op == kMul && is_int(b)) return repeat_seq(a, b);
    if (op == kMod) return bytes_mod(a.as<Str>(), b);
    if (op == kAdd && !is_user(b))
      return raise_fmt(rt.TypeError, "can't concat %s to bytes", type_name(b));
  }
  if (op == kMul && is_int(a) &&
      (is_str(b) || is_bytes(b) || has_layout(b, Layout::List) || has_layout(b, Layout::Tuple)))
    return repeat_seq(b, a);
  if (has_layout(a, Layout::List)) {
    if (op == kAdd && has_layout(b, Layout::List)) {
      if (inplace) return list_extend(a.as<List>(), b) ? a : Value();
      return concat_seq(a, b);
    }
    if (op == kAdd && inplace) return list_extend(a.as<List>(), b) ? a : Value();
    if (op == kMul && is_int(b)) {
      if (!inplace) return repeat_seq(a, b);
      Value r = repeat_seq(a, b);
      if (!r) return r;
      List* l = a.as<List>();
      List* rl = r.as<List>();
      l->store = rl->store;
      l->size = rl->size;
      return a;
    }
    if (op == kAdd)
      return raise_fmt(rt.TypeError, "can only concatenate list (not \"%s\") to list",
                       type_name(b));
  }
  if (has_layout(a, Layout::Tuple)) {
    if (op == kAdd && has_layout(b, Layout::Tuple)) return concat_seq(a, b);
    if (op == kMul && is_int(b)) return repeat_seq(a, b);
    if (op == kAdd)
      return raise_fmt(rt.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                       type_name(b));
  }
  if ((has_layout(a, Layout::Set) || has_layout(a, Layout::FrozenSet)) &&
      (has_layout(b, Layout::Set) || has_layout(b, Layout::FrozenSet)) &&
      (op == kOr || op == kAnd || op == kSub || op == kXor)) {
    Value r = set_binary(op, a, b);
    if (r && inplace && has_layout(a, Layout::Set)) {
      set_assign(a.as<Set>(), r.as<Set>());
      return a;
    }
    return r;
  }
  if ((is_set_view(a) || is_set_view(b)) && (op == kOr || op == kAnd || op == kSub || op == kXor))
    return view_set_op(op, a, b);
  if (has_layout(a, Layout::Dict) && has_layout(b, Layout::Dict) && op == kOr) {
    if (inplace) return dict_update(a.as<Dict>(), b) < 0 ? Value() : a;
    Dict* d = dict_copy(a.as<Dict>());
    if (!d || dict_update(d, b) < 0) return Value();
    return d;
  }
  if (op == kOr && union_operand(a) && union_operand(b) && (a != b || a != Value(rt.None)))
    return new_union(a, b);
  return rt.NotImplemented;
}

Value call_binop_method(Value obj, const char* name, Value other) {
  Value m = lookup(type_of(obj), intern(name));
  if (!m || m == Value(rt.None)) return rt.NotImplemented;
  return call2(m, obj, other);
}

}  // namespace

Value binary_op(int op, Value a, Value b, bool inplace) {
  if (inplace && is_user(a)) {
    Value r = call_binop_method(a, kBinIDunder[op], b);
    if (r != Value(rt.NotImplemented)) return r;
  }
  if (is_user(a) || is_user(b)) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool b_first = ta != tb && is_user(b) && is_subtype(tb, ta);
    if (b_first) {
      Value r = call_binop_method(b, kBinRDunder[op], a);
      if (r != Value(rt.NotImplemented)) return r;
    }
    if (is_user(a)) {
      Value r = call_binop_method(a, kBinDunder[op], b);
      if (r != Value(rt.NotImplemented)) return r;
    }
    if (!b_first && is_user(b) && ta != tb) {
      Value r = call_binop_method(b, kBinRDunder[op], a);
      if (r != Value(rt.NotImplemented)) return r;
    }
  }
  if (!is_user(a) || a.obj()->type->layout != Layout::Instance) {
    Value r = builtin_binary(op, a, b, inplace);
    if (r != Value(rt.NotImplemented)) return r;
  }
  std::string sym = binop_symbol(op);
  if (inplace) sym += "=";
  if (op == kPow && !inplace)
    return raise_fmt(rt.TypeError,
                     "unsupported operand type(s) for ** or pow(): '%.100s' and '%.100s'",
                     type_name(a), type_name(b));
  return raise_fmt(rt.TypeError, "unsupported operand type(s) for %s: '%.100s' and '%.100s'",
                   sym.c_str(), type_name(a), type_name(b));
}

Value unary_op(int op, Value a) {
  if (is_int(a)) {
    if (op == kUSub) return int_neg(a);
    if (op == kUAdd)
      return a.is_ptr() && a.obj()->type == rt.bool_type ? Value::small(a == Value(rt.True)) : a;
    if (op == kInvert) return int_invert(a);
  }
  if (is_float(a)) {
    if (op == kUSub) return new_float(-float_val(a));
    if (op == kUAdd) return a;
  }
  if (is_user(a)) {
    const char* n = op == kUSub ? "__neg__" : op == kUAdd ? "__pos__" : "__invert__";
    Value m = lookup(type_of(a), intern(n));
    if (m) return call1(m, a);
  }
  const char* sym = op == kUSub ? "-" : op == kUAdd ? "+" : "~";
  return raise_fmt(rt.TypeError, "bad operand type for unary %s: '%s'", sym, type_name(a));
}

namespace {

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
    Range* x = a.as<Range>();
    Range* y = b.as<Range>();
    int64_t lx = length(a), ly = length(b);
    bool same = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
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
  if (m && m.obj()->type != rt.builtin_type) return call2(m, self, other);
  if (op == kNe) {
    Value meq = lookup(t, rt.s___eq__);
    if (meq && meq.obj()->type != rt.builtin_type) {
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

// ---- items ----

Value getitem_base(Value obj, Value key) {
  Type* t = type_of(obj);
  switch (t->layout) {
    case Layout::List:
      return list_getitem(obj.as<List>(), key);
    case Layout::Tuple:
      return tuple_getitem(obj.as<Tuple>(), key);
    case Layout::Str:
    case Layout::Bytes:
      return str_getitem(obj.as<Str>(), key);
    case Layout::Dict:
      return dict_getitem(obj.as<Dict>(), key);
    case Layout::Range: {
      Range* r = obj.as<Range>();
      int64_t n = length(obj);
      if (key.is_ptr() && key.obj()->type == rt.slice_type) {
        int64_t start, stop, step, count;
        if (!slice_indices(key.as<Slice>(), n, &start, &stop, &step, &count)) return Value();
        int64_t s = r->start + start * r->step;
        return new_range(s, s + count * step * r->step, step * r->step);
      }
      int64_t i;
      if (!int_index(key, &i)) return Value();
      if (i < 0) i += n;
      if (i < 0 || i >= n) return raise(rt.IndexError, "range object index out of range");
      return new_int(r->start + i * r->step);
    }
    case Layout::Type: {
      if (!t->builtin) {
        Value m = lookup(t, rt.s___getitem__);  // the metaclass's __getitem__ comes first
        if (m) return call2(m, obj, key);
      }
      Value cg = lookup(obj.as<Type>(), intern("__class_getitem__"));
      if (cg && cg.is_ptr()) {
        // an implicit classmethod
        if (cg.obj()->type == rt.classmethod_type) cg = cg.as<Wrapper>()->a;
        if (cg.obj()->type == rt.function_type) return call2(cg, obj, key);
      }
      // list[int] and friends
      return new_generic_alias(obj, key);
    }
    default:
      break;
  }
  if (!t->builtin) {
    Value m = lookup(t, rt.s___getitem__);
    if (m) return call2(m, obj, key);
  }
  return raise_fmt(rt.TypeError, "'%s' object is not subscriptable", type_name(obj));
}

int setitem_base(Value obj, Value key, Value v) {
  Type* t = type_of(obj);
  if (t->layout == Layout::List) return list_setitem(obj.as<List>(), key, v);
  if (t->layout == Layout::Dict) return dict_set(obj.as<Dict>(), key, v);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___setitem__);
    if (m) {
      Value args[3] = {obj, key, v};
      return call(m, args, 3) ? 0 : -1;
    }
  }
  raise_fmt(rt.TypeError, "'%s' object does not support item assignment", type_name(obj));
  return -1;
}

int delitem_base(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->layout == Layout::List) return list_delitem(obj.as<List>(), key);
  if (t->layout == Layout::Dict) {
    int r = dict_del(obj.as<Dict>(), key);
    if (r == 1) {
      Value kr = repr(key);
      raise_value(make_exception(rt.KeyError, &key, 1));
      (void)kr;
      return -1;
    }
    return r;
  }
  if (!t->builtin) {
    Value m = lookup(t, rt.s___delitem__);
    if (m) return call2(m, obj, key) ? 0 : -1;
  }
  raise_fmt(rt.TypeError, "'%s' object doesn't support item deletion", type_name(obj));
  return -1;
}

int contains_base(Value container, Value item) {
  Type* t = type_of(container);
  switch (t->layout) {
    case Layout::List:
    case Layout::Tuple: {
      Value* items;
      int64_t n;
      as_sequence(container, &items, &n);
      for (int64_t i = 0; i < n; i++) {
        int e = eq(items[i], item);
        if (e) return e;
      }
      return 0;
    }
    case Layout::Str:
      if (!is_str(item)) {
        raise_fmt(rt.TypeError, "'in <string>' requires string as left operand, not %s",
                  type_name(item));
        return -1;
      }
      return container.as<Str>()->view().find(item.as<Str>()->view()) != std::string_view::npos;
    case Layout::Bytes:
      if (is_int(item)) {
        int64_t c;
        if (!int_to_int64(item, &c)) return 0;
        return container.as<Str>()->view().find(static_cast<char>(c)) != std::string_view::npos;
      }
      if (!is_bytes(item)) {
        raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'", type_name(item));
        return -1;
      }
      return container.as<Str>()->view().find(item.as<Str>()->view()) != std::string_view::npos;
    case Layout::Dict: {
      Value v = dict_get(container.as<Dict>(), item);
      if (v) return 1;
      return rt.exc ? -1 : 0;
    }
    case Layout::Set:
    case Layout::FrozenSet:
      return set_contains(container.as<Set>(), item);
    case Layout::Range: {
      if (!is_int(item)) break;
      int64_t x;
      if (!int_to_int64(item, &x)) return 0;
      Range* r = container.as<Range>();
      if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
      return (x - r->start) % r->step == 0;
    }
    default:
      if (!t->builtin) {
        Value m = lookup(t, rt.s___contains__);
        if (m) {
          Value r = call2(m, container, item);
          if (!r) return -1;
          return truthy(r);
        }
      }
      break;
  }
  Value it = get_iter(container);
  if (!it) {
    if (pending_is(rt.TypeError)) {
      clear_exc();
      raise_fmt(rt.TypeError, "argument of type '%s' is not iterable", type_name(container));
    }
    return -1;
  }
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? -1 : 0;
    int e = eq(v, item);
    if (e) return e;
  }
}

// ---- iteration ----

Value get_iter_base(Value v) {
  Type* t = type_of(v);
  switch (t->layout) {
    case Layout::List:
      return new_iter(kIterList, v);
    case Layout::Tuple:
      return new_iter(kIterTuple, v);
    case Layout::Str:
      return new_iter(kIterStr, v);
    case Layout::Bytes:
      return new_iter(kIterBytes, v);
    case Layout::Dict:
      return new_iter(kIterDictKeys, v);
    case Layout::Set:
    case Layout::FrozenSet:
      return new_iter(kIterSetItems, v);
    case Layout::Range: {
      Range* r = v.as<Range>();
      int64_t n = length(v);
      return new_iter(kIterRange, v, Value(), r->start, r->start + n * r->step);
    }
    case Layout::Iter: {
      if (t == rt.dict_keys_type) return new_iter(kIterDictKeys, v.as<Iter>()->a);
      if (t == rt.dict_values_type) return new_iter(kIterDictValues, v.as<Iter>()->a);
      if (t == rt.dict_items_type) return new_iter(kIterDictItems, v.as<Iter>()->a);
      if (t == rt.iter_type) {
        Iter* it = v.as<Iter>();
        if (it->kind == kIterRange) it->step = it->a.v.as<Range>()->step;
      }
      return v;
    }
    case Layout::Generator:
      return v;
    default:
      break;
  }
  if (!t->builtin || t->layout == Layout::Instance) {
    Value m = lookup(t, rt.s___iter__);
    if (m) {
      Value it = call1(m, v);
      if (!it) return it;
      Type* it_t = type_of(it);
      if (it_t->layout != Layout::Iter && it_t->layout != Layout::Generator &&
          !((it_t->builtin == false || it_t->layout == Layout::Instance) &&
            lookup(it_t, rt.s___next__)))
        return raise_fmt(rt.TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
      return it;
    }
    if (lookup(t, rt.s___getitem__)) return new_iter(kIterSeq, v);
  }
  return raise_fmt(rt.TypeError, "'%s' object is not iterable", type_name(v));
}

Value iter_next(Value it) {
  Type* t = type_of(it);
  if (t->layout == Layout::Iter) return iter_builtin_next(it.as<Iter>());
  if (t->layout == Layout::Generator) {
    Generator* g = it.as<Generator>();
    if (g->frame->finished) return Value();
    Value r = generator_send(g, rt.None, false);
    if (!r) {
      if (pending_is(rt.StopIteration)) clear_exc();
      return Value();
    }
    if (g->frame->finished) return Value();
    return r;
  }
  Value m = lookup(t, rt.s___next__);
  if (!m) return raise_fmt(rt.TypeError, "'%s' object is not an iterator", type_name(it));
  Value r = call1(m, it);
  if (!r && pending_is(rt.StopIteration)) clear_exc();
  return r;
}

int64_t length_base(Value v) {
  Type* t = type_of(v);
  switch (t->layout) {
    case Layout::Str:
      return v.as<Str>()->chars;
    case Layout::Bytes:
      return v.as<Str>()->size;
    case Layout::Tuple:
      return v.as<Tuple>()->size;
    case Layout::List:
      return v.as<List>()->size;
    case Layout::Dict:
      return v.as<Dict>()->used;
    case Layout::Set:
    case Layout::FrozenSet:
      return v.as<Set>()->used;
    case Layout::Range: {
      Range* r = v.as<Range>();
      if (r->step > 0) return r->stop > r->start ? (r->stop - r->start + r->step - 1) / r->step : 0;
      return r->stop < r->start ? (r->start - r->stop - r->step - 1) / (-r->step) : 0;
    }
    case Layout::Iter:
      if (t == rt.dict_keys_type || t == rt.dict_values_type || t == rt.dict_items_type)
        return v.as<Iter>()->a.v.as<Dict>()->used;
      break;
    default:
      break;
  }
  if (!t->builtin) {
    Value m = lookup(t, rt.s___len__);
    if (m) {
      Value r = call1(m, v);
      if (!r) return -1;
      int64_t n;
      if (!is_int(r)) {
        raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
        return -1;
      }
      if (!int_to_int64(r, &n)) {
        raise(rt.OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
      }
      if (n < 0) {
        raise(rt.ValueError, "__len__() should return >= 0");
        return -1;
      }
      return n;
    }
  }
  raise_fmt(rt.TypeError, "object of type '%s' has no len()", type_name(v));
  return -1;
}

List* sequence_to_list(Value iterable) {
  if (has_layout(iterable, Layout::List) || has_layout(iterable, Layout::Tuple)) {
    Value* items;
    int64_t n;
    as_sequence(iterable, &items, &n);
    List* l = new_list(n);
    if (!l) return nullptr;
    for (int64_t i = 0; i < n; i++) list_set(l, i, items[i]);
    return l;
  }
  List* l = new_list(0);
  if (!l) return nullptr;
  if (!list_extend(l, iterable)) return nullptr;
  return l;
}

Value as_sequence(Value v, Value** items, int64_t* n) {
  if (has_layout(v, Layout::Tuple)) {
    *items = reinterpret_cast<Value*>(v.as<Tuple>()->items());
    *n = v.as<Tuple>()->size;
    return v;
  }
  if (has_layout(v, Layout::List)) {
    List* l = v.as<List>();
    *items = l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr;
    *n = l->size;
    return v;
  }
  List* l = sequence_to_list(v);
  if (!l) return Value();
  *items = l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr;
  *n = l->size;
  return l;
}

Value format_value(Value v, Str* spec) {
  Type* t = type_of(v);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___format__);
    if (m && m.obj()->type != rt.builtin_type) return call2(m, v, spec);
    if (spec->size == 0) return to_str(v);
    return raise_fmt(rt.TypeError, "unsupported format string passed to %s.__format__",
                     qualname(t).c_str());
  }
  return format_with_spec(v, spec->view());
}

}  // namespace weft::python

namespace weft::python {

// The protocol entry points: a subclass of a built-in container or value type may override the
// dunder method; otherwise the built-in behaviour (*_base, also what list.__getitem__ & co. run).
namespace {
// Names without an rt.s___x__ string, interned once (interned strings never move or die): a
// lookup in the intern table per get_iter was 2% of raytrace.
Str* s_contains() {
  static Str* const s = intern("__contains__");
  return s;
}
Str* s_iter() {
  static Str* const s = intern("__iter__");
  return s;
}

Value override_of(Type* t, Str* name) {
  if (t->builtin || t->layout == Layout::Instance || t->layout == Layout::Object) return Value();
  Value m = lookup(t, name);
  return m && m.is_ptr() && m.obj()->type != rt.builtin_type ? m : Value();
}
}  // namespace

Value getitem(Value obj, Value key) {
  if (obj.is_ptr())
    if (Value m = override_of(obj.obj()->type, rt.s___getitem__)) return call2(m, obj, key);
  return getitem_base(obj, key);
}

int setitem(Value obj, Value key, Value v) {
  if (obj.is_ptr())
    if (Value m = override_of(obj.obj()->type, rt.s___setitem__)) {
      Value args[3] = {obj, key, v};
      return call(m, args, 3) ? 0 : -1;
    }
  return setitem_base(obj, key, v);
}

int delitem(Value obj, Value key) {
  if (obj.is_ptr())
    if (Value m = override_of(obj.obj()->type, rt.s___delitem__))
      return call2(m, obj, key) ? 0 : -1;
  return delitem_base(obj, key);
}

int contains(Value container, Value item) {
  if (container.is_ptr())
    if (Value m = override_of(container.obj()->type, s_contains())) {
      Value r = call2(m, container, item);
      return r ? truthy(r) : -1;
    }
  return contains_base(container, item);
}

Value get_iter(Value v) {
  if (v.is_ptr())
    if (Value m = override_of(v.obj()->type, s_iter())) return call1(m, v);
  return get_iter_base(v);
}

int64_t length(Value v) {
  if (v.is_ptr())
    if (Value m = override_of(v.obj()->type, rt.s___len__)) {
      Value r = call1(m, v);
      if (!r) return -1;
      int64_t n;
      if (!int_index(r, &n)) return -1;
      if (n < 0) {
        raise(rt.ValueError, "__len__() should return >= 0");
        return -1;
      }
      return n;
    }
  return length_base(v);
}

}  // namespace weft::python

namespace weft::python {

// For the slot wrappers (slot_wrappers.cpp): the built-in binary operation and comparison on
// two values, NotImplemented when the built-in types do not handle the pair.
Value binary_base(int op, Value a, Value b) { return builtin_binary(op, a, b, false); }
Value compare_base(int op, Value a, Value b) { return builtin_compare(op, a, b); }

}  // namespace weft::python
