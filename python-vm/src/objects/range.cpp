// range and slice objects. A range keeps int64 fields when its numbers fit (the common case,
// which iteration, len() and indexing read directly) and Python ints otherwise, with CPython's
// arithmetic on them: range(2**100) is as usable as range(10).
#include "objects/layout_predicates.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

Value int_add(Value a, Value b) { return int_binary(kAdd, a, b); }
Value int_sub(Value a, Value b) { return int_binary(kSub, a, b); }
Value int_mul(Value a, Value b) { return int_binary(kMul, a, b); }

// v as an exact int (range stores bools and int subclasses as plain ints, as CPython does).
Value exact_int(Value v) {
  if (v.is_small() || v.obj()->type == rt.bigint_type) return v;
  int64_t x;
  if (int_to_int64(v, &x)) return new_int(x);
  return int_add(v, Value::small(0));
}

// operator.index(v) without a size limit; the TypeError names v's type.
Value index_value(Value v, const char* type_error) {
  if (is_int(v)) return exact_int(v);
  Type* t = type_of(v);
  Value m = t->builtin ? Value() : lookup(t, rt.s___index__);
  if (!m) {
    if (type_error) return raise(rt.TypeError, type_error);
    return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  }
  Value r = call1(m, v);
  if (!r) return r;
  if (!is_int(r))
    return raise_fmt(rt.TypeError, "__index__ returned non-int (type %s)", type_name(r));
  return exact_int(r);
}

// The number of values of range(start, stop, step), step != 0.
Value length_of(Value start, Value stop, Value step) {
  int s = int_sign(step), c = int_compare(start, stop);
  if (s > 0 ? c >= 0 : c <= 0) return Value::small(0);
  Value span = s > 0 ? int_sub(stop, start) : int_sub(start, stop);
  Value stride = s > 0 ? step : int_neg(step);
  if (!span || !stride) return Value();
  Value q = int_binary(kFloorDiv, int_sub(span, Value::small(1)), stride);
  return q ? int_add(q, Value::small(1)) : q;
}

// start + i * step: the i-th value of a range (CPython's compute_item).
Value nth_value(Value start, Value step, Value i) {
  Value offset = step == Value::small(1) ? i : int_mul(i, step);
  return offset ? int_add(start, offset) : offset;
}

}  // namespace

Value new_range_of(Value start, Value stop, Value step) {
  Range* r = alloc<Range>(rt.range_type);
  if (!r) return Value();
  int64_t a, b, c;
  if (int_to_int64(start, &a) && int_to_int64(stop, &b) && int_to_int64(step, &c)) {
    __int128 n = 0;
    if (c > 0 && b > a) n = (static_cast<__int128>(b) - a + c - 1) / c;
    if (c < 0 && b < a) n = (static_cast<__int128>(a) - b - c - 1) / -static_cast<__int128>(c);
    if (n <= INT64_MAX) {
      r->start = a;
      r->stop = b;
      r->step = c;
      r->length = static_cast<int64_t>(n);
      return r;
    }
  }
  Value n = length_of(start, stop, step);
  if (!n) return n;
  Value parts[4] = {exact_int(start), exact_int(stop), exact_int(step), n};
  Value t = tuple_from_array(parts, 4);
  if (!t) return t;
  r->big = t.as<Tuple>();
  return r;
}

Value range_start(Range* r) { return r->big ? r->big->at(0) : new_int(r->start); }
Value range_stop(Range* r) { return r->big ? r->big->at(1) : new_int(r->stop); }
Value range_step(Range* r) { return r->big ? r->big->at(2) : new_int(r->step); }
Value range_length(Range* r) { return r->big ? r->big->at(3) : new_int(r->length); }

int64_t range_len(Range* r) {
  if (!r->big) return r->length;
  int64_t n;
  if (int_to_int64(r->big->at(3), &n)) return n;
  raise(rt.OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

bool range_empty(Range* r) { return r->big ? int_sign(r->big->at(3)) == 0 : r->length == 0; }

Value range_item(Range* r, Value key) {
  if (key.is_small() && !r->big) {
    int64_t i = key.small_val();
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return raise(rt.IndexError, "range object index out of range");
    return new_int(r->start + i * r->step);
  }
  Value len = range_length(r), start = range_start(r), step = range_step(r);
  if (!len || !start || !step) return Value();
  if (has_layout(key, Layout::Slice)) {
    Value from, to, by;
    if (!slice_indices_of(key.as<Slice>(), len, &from, &to, &by)) return Value();
    Value a = nth_value(start, step, from);
    Value b = a ? nth_value(start, step, to) : a;
    Value c = b ? int_mul(step, by) : b;
    return c ? new_range_of(a, b, c) : c;
  }
  if (!is_index(key))
    return raise_fmt(rt.TypeError, "range indices must be integers or slices, not %s",
                     type_name(key));
  Value i = index_value(key, nullptr);
  if (!i) return i;
  if (int_sign(i) < 0 && !(i = int_add(i, len))) return i;
  if (int_sign(i) < 0 || int_compare(i, len) >= 0)
    return raise(rt.IndexError, "range object index out of range");
  return nth_value(start, step, i);
}

int range_contains_int(Range* r, Value x) {
  int64_t v;
  if (!r->big) {
    if (!int_to_int64(x, &v)) return 0;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
    return (static_cast<__int128>(v) - r->start) % r->step == 0;
  }
  Value start = r->big->at(0), stop = r->big->at(1), step = r->big->at(2);
  bool inside = int_sign(step) > 0 ? int_compare(start, x) <= 0 && int_compare(x, stop) < 0
                                   : int_compare(stop, x) < 0 && int_compare(x, start) <= 0;
  if (!inside) return 0;
  Value m = int_binary(kMod, int_sub(x, start), step);
  if (!m) return -1;
  return int_sign(m) == 0;
}

Value range_iter(Range* r, bool reversed) {
  Value it = new_iter(kIterRange, r);
  if (!it) return it;
  Iter* i = it.as<Iter>();
  if (!r->big) {
    // int128: the value after the last may pass int64 (range(0, 2**63 - 1, 2**62))
    __int128 first = r->start, step = r->step;
    if (reversed) {
      first += (static_cast<__int128>(r->length) - 1) * step;
      step = -step;
    }
    __int128 end = first + r->length * step;
    if (first >= kSmallMin && first <= kSmallMax && end >= kSmallMin && end <= kSmallMax) {
      i->index = static_cast<int64_t>(first);
      i->end = static_cast<int64_t>(end);
      i->step = static_cast<int64_t>(step);
      return it;
    }
  }
  // longrange_iterator: the next value, the step and how many remain, as Python ints
  Value start = range_start(r), step = range_step(r), len = range_length(r);
  if (!start || !step || !len) return Value();
  if (reversed) {
    Value last = int_sub(len, Value::small(1));
    start = last ? nth_value(start, step, last) : last;
    step = start ? int_neg(step) : start;
    if (!step) return step;
  }
  i->kind = kIterLongRange;
  i->type = rt.longrange_iterator_type;
  i->a = start;
  i->b = step;
  i->c = len;
  return it;
}

Value long_range_next(Iter* it) {
  Value left = it->c;
  if (left == Value::small(0)) return Value();
  Value x = it->a;
  Value next = int_add(x, it->b);
  Value rest = next ? int_sub(left, Value::small(1)) : next;
  if (!rest) return rest;
  it->a = next;
  it->c = rest;
  it->index++;  // how many were given, for __reduce__ (iter_reduce.cpp)
  return x;
}

Value range_repr(Range* r) {
  Value parts[3] = {range_start(r), range_stop(r), range_step(r)};
  std::string s = "range(";
  for (int k = 0; k < 3; k++) {
    if (!parts[k]) return Value();
    if (k == 2 && parts[2] == Value::small(1)) break;
    if (k) s += ", ";
    s += int_to_string(parts[k]);
  }
  return new_str(s + ")");
}

bool range_hash(Range* r, int64_t* out) {
  // CPython: hash((len, start, step)) with None for the parts the values do not depend on
  Value n = range_length(r);
  if (!n) return false;
  bool empty = range_empty(r);
  Value items[3] = {n, empty ? Value(rt.None) : range_start(r),
                    !empty && n != Value::small(1) ? range_step(r) : Value(rt.None)};
  Value t = items[1] && items[2] ? tuple_from_array(items, 3) : Value();
  return t && hash_of(t, out);
}

bool range_equal(Range* x, Range* y) {
  if (!x->big && !y->big)
    return x->length == y->length &&
           (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  Value n = range_length(x);
  if (int_compare(n, range_length(y)) != 0) return false;
  if (range_empty(x)) return true;
  if (int_compare(range_start(x), range_start(y)) != 0) return false;
  return n == Value::small(1) || int_compare(range_step(x), range_step(y)) == 0;
}

Value new_slice(Value a, Value b, Value c) {
  Slice* s = alloc<Slice>(rt.slice_type);
  if (!s) return Value();
  s->start = a;
  s->stop = b;
  s->step = c;
  return s;
}

bool slice_indices(Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
  int64_t st = 1;
  Value sv = s->step;
  if (sv.is_small() && sv.small_val() != 0) {
    st = sv.small_val();  // the common case, without the calls below
  } else if (sv != Value(rt.None)) {
    if (!is_int(sv)) {
      raise(rt.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!int_to_int64(sv, &st))
      st = sv.is_small() ? sv.small_val() : (int_sign(sv) > 0 ? INT64_MAX : -INT64_MAX);
    if (st == 0) {
      raise(rt.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto conv = [&](Value v, int64_t def, int64_t* out) -> bool {
    int64_t x;
    if (v.is_small()) {
      x = v.small_val();
    } else if (v == Value(rt.None)) {
      *out = def;
      return true;
    } else if (!is_int(v)) {
      Type* t = type_of(v);
      if (!t->builtin && lookup(t, rt.s___index__)) {
        int64_t i;
        if (!int_index(v, &i)) return false;
        v = new_int(i);
      } else {
        raise(rt.TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
      }
      if (!int_to_int64(v, &x)) x = int_sign(v) > 0 ? INT64_MAX / 2 : -INT64_MAX / 2;
    } else if (!int_to_int64(v, &x)) {
      x = int_sign(v) > 0 ? INT64_MAX / 2 : -INT64_MAX / 2;
    }
    if (x < 0) {
      x += len;
      if (x < 0) x = st < 0 ? -1 : 0;
    } else if (x >= len) {
      x = st < 0 ? len - 1 : len;
    }
    *out = x;
    return true;
  };
  int64_t a, b;
  if (!conv(s->start, st < 0 ? len - 1 : 0, &a)) return false;
  if (!conv(s->stop, st < 0 ? -1 : len, &b)) return false;
  if (s->stop == Value(rt.None) && st < 0) b = -1;
  int64_t n = 0;
  if (st > 0)
    n = b > a ? (b - a + st - 1) / st : 0;
  else
    n = a > b ? (a - b + (-st) - 1) / (-st) : 0;
  *start = a;
  *stop = b;
  *step = st;
  *count = n;
  return true;
}

bool slice_indices_of(Slice* s, Value len, Value* start, Value* stop, Value* step) {
  // CPython's _PySlice_GetLongIndices: the same rules as slice_indices, on unbounded ints
  const char* bad = "slice indices must be integers or None or have an __index__ method";
  Value by = Value::small(1);
  if (s->step != Value(rt.None)) {
    if (!(by = index_value(s->step, bad))) return false;
    if (int_sign(by) == 0) {
      raise(rt.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  bool back = int_sign(by) < 0;
  Value lower = back ? Value::small(-1) : Value::small(0);
  Value upper = back ? int_sub(len, Value::small(1)) : len;
  if (!upper) return false;
  auto bound = [&](Value v, Value none, Value* out) {
    if (v == Value(rt.None)) {
      *out = none;
      return true;
    }
    Value x = index_value(v, bad);
    if (!x) return false;
    if (int_sign(x) < 0) {
      if (!(x = int_add(x, len))) return false;
      if (int_compare(x, lower) < 0) x = lower;
    } else if (int_compare(x, upper) > 0) {
      x = upper;
    }
    *out = x;
    return true;
  };
  if (!bound(s->start, back ? upper : lower, start)) return false;
  if (!bound(s->stop, back ? lower : upper, stop)) return false;
  *step = by;
  return true;
}

namespace {

Value range_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(rt.TypeError, "range() takes no keyword arguments");
  if (nargs < 1 || nargs > 3) {
    if (nargs == 0) return raise(rt.TypeError, "range expected at least 1 argument, got 0");
    return raise_fmt(rt.TypeError, "range expected at most 3 arguments, got %lld",
                     static_cast<long long>(nargs));
  }
  Value v[3] = {Value::small(0), Value(), Value::small(1)};
  for (int64_t i = 0; i < nargs; i++) {
    Value x = index_value(args[i], nullptr);
    if (!x) return x;
    v[nargs == 1 ? 1 : i] = x;
  }
  if (int_sign(v[2]) == 0) return raise(rt.ValueError, "range() arg 3 must not be zero");
  return new_range_of(v[0], v[1], v[2]);
}

// The position of x in r by iteration (CPython's _PySequence_IterSearch for non-ints): -1 when
// absent, -2 on error; with `count`, how many items equal x.
int64_t search_by_iteration(Value self, Value x, bool count) {
  Value it = get_iter(self);
  if (!it) return -2;
  int64_t pos = 0, found = 0;
  for (Value v; (v = iter_next(it)); pos++) {
    int e = eq(v, x);
    if (e < 0) return -2;
    if (e && !count) return pos;
    found += e;
  }
  if (rt.exc) return -2;
  return count ? found : -1;
}

Value range_index(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "index() takes exactly one argument");
  Range* r = self.as<Range>();
  Value x = args[0];
  if (!is_exact_int_or_bool(x)) {
    int64_t pos = search_by_iteration(self, x, false);
    if (pos == -2) return Value();
    if (pos == -1) return raise(rt.ValueError, "sequence.index(x): x not in sequence");
    return new_int(pos);
  }
  int c = range_contains_int(r, x);
  if (c < 0) return Value();
  if (!c) {
    Value s = repr(x);
    if (!s) return s;
    return raise_fmt(rt.ValueError, "%s is not in range", std::string(s.as<Str>()->view()).c_str());
  }
  Value offset = int_sub(x, range_start(r));
  return offset ? int_binary(kFloorDiv, offset, range_step(r)) : offset;
}

Value range_count(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "count() takes exactly one argument");
  Value x = args[0];
  if (is_exact_int_or_bool(x)) {
    int c = range_contains_int(self.as<Range>(), x);
    return c < 0 ? Value() : Value::small(c);
  }
  int64_t n = search_by_iteration(self, x, true);
  return n < 0 ? Value() : new_int(n);
}

Value slice_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 1) return new_slice(rt.None, args[0], rt.None);
  if (nargs == 2) return new_slice(args[0], args[1], rt.None);
  if (nargs == 3) return new_slice(args[0], args[1], args[2]);
  return raise(rt.TypeError, "slice expected at least 1 argument, got 0");
}

Value slice_indices_m(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "indices() takes exactly one argument");
  Value len = index_value(args[0], nullptr);
  if (!len) return len;
  if (int_sign(len) < 0) return raise(rt.ValueError, "length should not be negative");
  Value items[3];
  if (!slice_indices_of(self.as<Slice>(), len, &items[0], &items[1], &items[2])) return Value();
  return tuple_from_array(items, 3);
}

}  // namespace

void range_init_type() {
  rt.range_type->new_fn = range_new;
  add_method(rt.range_type, "index", range_index);
  add_method(rt.range_type, "count", range_count);
}

void slice_init_type() {
  rt.slice_type->new_fn = slice_new;
  add_method(rt.slice_type, "indices", slice_indices_m);
}

}  // namespace weft::python
