// range and slice objects.
#include "vm/runtime.h"

namespace weft::python {

Value new_range(int64_t start, int64_t stop, int64_t step) {
  Range* r = alloc<Range>(rt.range_type);
  if (!r) return Value();
  r->start = start;
  r->stop = stop;
  r->step = step;
  return r;
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

namespace {

Value range_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(rt.TypeError, "range() takes no keyword arguments");
  int64_t v[3] = {0, 0, 1};
  if (nargs < 1 || nargs > 3) {
    if (nargs == 0) return raise(rt.TypeError, "range expected at least 1 argument, got 0");
    return raise_fmt(rt.TypeError, "range expected at most 3 arguments, got %lld",
                     static_cast<long long>(nargs));
  }
  for (int64_t i = 0; i < nargs; i++) {
    if (!is_int(args[i])) {
      Type* t = type_of(args[i]);
      if (t->builtin || !lookup(t, rt.s___index__))
        return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                         type_name(args[i]));
    }
    if (!int_index(args[i], &v[i])) return Value();
  }
  if (nargs == 1) return new_range(0, v[0], 1);
  if (nargs == 3 && v[2] == 0) return raise(rt.ValueError, "range() arg 3 must not be zero");
  return new_range(v[0], v[1], nargs == 3 ? v[2] : 1);
}

Value range_index(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "index() takes exactly one argument");
  int c = contains(self, args[0]);
  if (c < 0) return Value();
  Range* r = self.as<Range>();
  if (!c) {
    Value s = repr(args[0]);
    if (!s) return s;
    return raise_fmt(rt.ValueError, "%s is not in range", std::string(s.as<Str>()->view()).c_str());
  }
  int64_t x;
  int_to_int64(args[0], &x);
  return new_int((x - r->start) / r->step);
}

Value range_count(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "count() takes exactly one argument");
  int c = contains(self, args[0]);
  if (c < 0) return Value();
  return Value::small(c);
}

Value slice_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 1) return new_slice(rt.None, args[0], rt.None);
  if (nargs == 2) return new_slice(args[0], args[1], rt.None);
  if (nargs == 3) return new_slice(args[0], args[1], args[2]);
  return raise(rt.TypeError, "slice expected at least 1 argument, got 0");
}

Value slice_indices_m(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "indices() takes exactly one argument");
  int64_t len, a, b, c, n;
  if (!int_index(args[0], &len)) return Value();
  if (!slice_indices(self.as<Slice>(), len, &a, &b, &c, &n)) return Value();
  Value items[3] = {new_int(a), new_int(b), new_int(c)};
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
