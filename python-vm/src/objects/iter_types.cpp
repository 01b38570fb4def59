// The iterator types a program calls and derives from: enumerate, zip, map, filter, reversed
// (their constructors with CPython's argument errors). The iterators themselves are Iter
// objects (iter.cpp); a user subclass's instances carry an attribute dict (value_attrs.h).
#include "vm/runtime.h"
#include "weft/python/ast.h"

namespace weft::python {

namespace {

Value enumerate_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  int64_t nkw = kw ? kw->size : 0;
  if (nargs + nkw > 2)
    return raise_fmt(rt.TypeError, "enumerate() takes at most 2 arguments (%lld given)",
                     static_cast<long long>(nargs + nkw));
  if (nargs + nkw == 0)
    return raise(rt.TypeError, "enumerate() missing required argument 'iterable'");
  Value a[2];
  if (!parse_args("enumerate", args, nargs, kw, 1, {"iterable", "start"}, a)) return Value();
  Value it = get_iter(a[0]);
  if (!it) return it;
  if (!a[1] || a[1] == Value::small(0)) return new_iter(kIterEnumerate, it);
  if (!is_int(a[1]))
    return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(a[1]));
  int64_t start = 0;
  if (!int_to_int64(a[1], &start)) {
    // a start beyond 64 bits counts with Python ints in `c` (enumerate('ab', start=2**70))
    Value e = new_iter(kIterEnumerate, it);
    if (e) e.as<Iter>()->c = a[1];
    return e;
  }
  return new_iter(kIterEnumerate, it, Value(), start);
}

Value zip_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  bool strict = false;
  for (int64_t i = 0; kw && i < kw->size; i++) {
    if (kw->at(i).as<Str>()->view() != "strict")
      return raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for zip()",
                       std::string(kw->at(i).as<Str>()->view()).c_str());
    int t = truthy(args[nargs + i]);
    if (t < 0) return Value();
    strict = t;
  }
  Tuple* iters = new_tuple(nargs);
  if (!iters) return Value();
  for (int64_t i = 0; i < nargs; i++) {
    Value it = iter_of(args[i]);
    if (!it) return it;
    iters->items()[i] = it;
  }
  Value z = new_iter(kIterZip, iters);
  if (z) z.as<Iter>()->step = strict;  // zip(strict=True) checks the lengths at the end
  return z;
}

Value map_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("map", kw)) return Value();
  if (nargs < 2) return raise(rt.TypeError, "map() must have at least two arguments.");
  Tuple* iters = new_tuple(nargs - 1);
  if (!iters) return Value();
  for (int64_t i = 1; i < nargs; i++) {
    Value it = iter_of(args[i]);
    if (!it) return it;
    iters->items()[i - 1] = it;
  }
  return new_iter(kIterMap, args[0], iters);
}

Value filter_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("filter", kw)) return Value();
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "filter expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  Value it = iter_of(args[1]);
  if (!it) return it;
  return new_iter(kIterFilter, args[0], it);
}

Value not_reversible(Value v) {
  return raise_fmt(rt.TypeError, "'%s' object is not reversible", type_name(v));
}

// reversed(x): x.__reversed__() where x's type has one (a list's, a dict's or a range's is
// built in), else a `reversed` over x's __len__ and __getitem__
Value reversed_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("reversed", kw)) return Value();
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "reversed expected 1 argument, got %lld",
                     static_cast<long long>(nargs));
  Value s = args[0];
  Type* t = type_of(s);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___reversed__);
    if (m == Value(rt.None)) return not_reversible(s);
    if (m && !is_native_fn(m)) return call1(m, s);
  }
  switch (t->layout) {
    case Layout::Range:
      return range_iter(s.as<Range>(), true);
    case Layout::List:
      return new_iter(kIterListReversed, s, Value(), s.as<List>()->size - 1);
    case Layout::Dict:
      return new_iter(kIterDictRevKeys, s);
    case Layout::Set:
    case Layout::FrozenSet:
      return not_reversible(s);
    case Layout::Iter:
      if (t == rt.dict_keys_type) return new_iter(kIterDictRevKeys, s.as<Iter>()->a);
      if (t == rt.dict_values_type) return new_iter(kIterDictRevValues, s.as<Iter>()->a);
      if (t == rt.dict_items_type) return new_iter(kIterDictRevItems, s.as<Iter>()->a);
      break;
    default:
      break;
  }
  if (!lookup(t, rt.s___getitem__) || !lookup(t, rt.s___len__)) return not_reversible(s);
  int64_t n = length(s);
  if (n < 0) return Value();
  return new_iter(kIterReversed, s, Value(), n - 1);
}

}  // namespace

Value iter_of(Value v) {
  Value it = get_iter(v);
  if (!it && pending_is(rt.TypeError) && !lookup(type_of(v), rt.s___iter__) &&
      !lookup(type_of(v), rt.s___getitem__)) {
    clear_exc();
    return raise_fmt(rt.TypeError, "'%s' object is not iterable", type_name(v));
  }
  return it;
}

void iter_types_init() {
  rt.enumerate_type->new_fn = enumerate_new;
  rt.zip_type->new_fn = zip_new;
  rt.map_type->new_fn = map_new;
  rt.filter_type->new_fn = filter_new;
  rt.reversed_type->new_fn = reversed_new;
  for (Type* t : {rt.enumerate_type, rt.zip_type, rt.map_type, rt.filter_type, rt.reversed_type})
    dict_set_str(rt.builtins, t->name, t);
}

}  // namespace weft::python
