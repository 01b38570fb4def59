// tuple: immutable array of values with cached hash.
#include "vm/runtime.h"

namespace weft::python {

Tuple* new_tuple(int64_t n) {
  if (n == 0 && rt.empty_tuple) return rt.empty_tuple;
  Tuple* t = rt.heap->make_with_tail<Tuple>(static_cast<size_t>(n) * sizeof(VField));
  if (!t) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  t->type = rt.tuple_type;
  t->size = n;
  return t;
}

Value tuple_from_array(const Value* items, int64_t n) {
  Tuple* t = new_tuple(n);
  if (!t) return Value();
  for (int64_t i = 0; i < n; i++) t->items()[i] = items[i];
  return t;
}

Value tuple_getitem(Tuple* t, Value key) {
  if (key.is_ptr() && key.obj()->type == rt.slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<Slice>(), t->size, &start, &stop, &step, &count)) return Value();
    if (step == 1 && count == t->size) return t;
    Tuple* r = new_tuple(count);
    if (!r) return Value();
    for (int64_t i = 0, j = start; i < count; i++, j += step) r->items()[i] = t->at(j);
    return r;
  }
  if (!is_index(key))
    return raise_fmt(rt.TypeError, "tuple indices must be integers or slices, not %s",
                     type_name(key));
  int64_t i;
  if (!int_index(key, &i)) return Value();
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return raise(rt.IndexError, "tuple index out of range");
  return t->at(i);
}

namespace {

Value tuple_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) return rt.empty_tuple;
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "tuple expected at most 1 argument, got %lld",
                     static_cast<long long>(nargs));
  if (args[0].is_ptr() && args[0].obj()->type == rt.tuple_type) return args[0];
  List* l = sequence_to_list(args[0]);
  if (!l) return Value();
  return tuple_from_array(l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr,
                          l->size);
}

Value tuple_index(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "index expected at least 1 argument, got 0");
  Tuple* t = self.as<Tuple>();
  for (int64_t i = 0; i < t->size; i++) {
    int e = eq(t->at(i), args[0]);
    if (e < 0) return Value();
    if (e) return Value::small(i);
  }
  return raise(rt.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_count(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "count() takes exactly one argument");
  Tuple* t = self.as<Tuple>();
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; i++) {
    int e = eq(t->at(i), args[0]);
    if (e < 0) return Value();
    n += e;
  }
  return Value::small(n);
}

}  // namespace

void tuple_init_type() {
  rt.tuple_type->new_fn = tuple_new;
  add_method(rt.tuple_type, "index", tuple_index);
  add_method(rt.tuple_type, "count", tuple_count);
}

}  // namespace weft::python
