// list: a growable array (separate ValueArray storage, amortized doubling); sort is a stable
// merge sort (std::stable_sort) over keys with Python comparison errors propagated.
// std::stable_sort uses std::get_temporary_buffer, deprecated in C++20's libstdc++ 12.
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#include <algorithm>
#include <vector>

#include "vm/runtime.h"

namespace weft::python {

namespace {

bool reserve(List* l, int64_t n) {
  int64_t cap = l->store ? static_cast<int64_t>(l->store->cap) : 0;
  if (n <= cap) return true;
  int64_t ncap = cap < 4 ? 4 : cap + cap / 2 + 1;
  if (ncap < n) ncap = n;
  ValueArray* a = new_array(static_cast<uint64_t>(ncap));
  if (!a) return false;
  for (int64_t i = 0; i < l->size; i++) a->items()[i] = l->store->items()[i];
  l->store = a;
  return true;
}

}  // namespace

List* new_list(int64_t n) {
  List* l = alloc<List>(rt.list_type);
  if (!l) return nullptr;
  if (n > 0) {
    if (!reserve(l, n)) return nullptr;
    l->size = n;
  }
  return l;
}

bool list_append(List* l, Value v) {
  if (!l->store || l->size >= static_cast<int64_t>(l->store->cap))
    if (!reserve(l, l->size + 1)) return false;
  l->store->items()[l->size++] = v;
  return true;
}

bool list_extend(List* l, Value iterable) {
  if (iterable.is_ptr() &&
      (iterable.obj()->type == rt.list_type || iterable.obj()->type == rt.tuple_type)) {
    Value* items;
    int64_t n;
    as_sequence(iterable, &items, &n);
    if (!reserve(l, l->size + n)) return false;
    for (int64_t i = 0; i < n; i++) l->store->items()[l->size + i] = items[i];
    l->size += n;
    return true;
  }
  Value it = get_iter(iterable);
  if (!it) return false;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return !rt.exc;
    if (!list_append(l, v)) return false;
  }
}

List* list_slice(List* l, int64_t start, int64_t stop) {
  int64_t count = stop > start ? stop - start : 0;
  List* r = new_list(count);
  if (!r) return nullptr;
  VField* to = r->store ? r->store->items() : nullptr;
  for (int64_t i = 0; i < count; i++) to[i] = l->at(start + i);
  return r;
}

int list_assign_slice(List* l, int64_t start, int64_t stop, Value v) {
  // The new items: a list or tuple's own (re-read after any allocation, which may move the
  // storage), anything else (and the list itself) collected into a new list first.
  Value from = v;
  if (!(v.is_ptr() && (v.obj()->type == rt.list_type || v.obj()->type == rt.tuple_type)) ||
      v == Value(l)) {
    List* tmp = sequence_to_list(v);
    if (!tmp) {
      if (pending_is(rt.TypeError)) {
        clear_exc();
        raise(rt.TypeError, "can only assign an iterable");
      }
      return -1;
    }
    from = tmp;
  }
  Value* items;
  int64_t n;
  as_sequence(from, &items, &n);
  // (collecting an iterator may have run code that shrank the list)
  int64_t size = l->size;
  if (start > size) start = size;
  if (stop > size) stop = size;
  if (stop < start) stop = start;
  int64_t count = stop - start;
  int64_t newsize = size - count + n;
  if (n > count) {
    if (!reserve(l, newsize)) return -1;
    as_sequence(from, &items, &n);
  }
  VField* a = l->store ? l->store->items() : nullptr;
  if (n > count) {
    for (int64_t i = size - 1; i >= stop; i--) a[i + n - count] = a[i];
  } else if (n < count) {
    for (int64_t i = stop; i < size; i++) a[i + n - count] = a[i];
    for (int64_t i = newsize; i < size; i++) a[i].v = Value();
  }
  for (int64_t i = 0; i < n; i++) a[start + i] = items[i];
  l->size = newsize;
  return 0;
}

Value list_getitem(List* l, Value key) {
  if (key.is_ptr() && key.obj()->type == rt.slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<Slice>(), l->size, &start, &stop, &step, &count)) return Value();
    if (step == 1) return list_slice(l, start, start + count);
    List* r = new_list(count);
    if (!r) return Value();
    for (int64_t i = 0, j = start; i < count; i++, j += step) list_set(r, i, l->at(j));
    return r;
  }
  if (!is_index(key))
    return raise_fmt(rt.TypeError, "list indices must be integers or slices, not %s",
                     type_name(key));
  int64_t i;
  if (!int_index(key, &i)) return Value();
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(rt.IndexError, "list index out of range");
  return l->at(i);
}

int list_setitem(List* l, Value key, Value v) {
  if (key.is_ptr() && key.obj()->type == rt.slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<Slice>(), l->size, &start, &stop, &step, &count)) return -1;
    if (step == 1) return list_assign_slice(l, start, start + count, v);
    List* src = sequence_to_list(v);
    if (!src) {
      if (pending_is(rt.TypeError)) {
        clear_exc();
        raise(rt.TypeError, "can only assign an iterable");
      }
      return -1;
    }
    if (src->size != count) {
      raise_fmt(rt.ValueError,
                "attempt to assign sequence of size %lld to extended slice of size %lld",
                static_cast<long long>(src->size), static_cast<long long>(count));
      return -1;
    }
    for (int64_t i = 0, j = start; i < count; i++, j += step) list_set(l, j, src->at(i));
    return 0;
  }
  if (!is_index(key)) {
    raise_fmt(rt.TypeError, "list indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  int64_t i;
  if (!int_index(key, &i)) return -1;
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) {
    raise(rt.IndexError, "list assignment index out of range");
    return -1;
  }
  list_set(l, i, v);
  return 0;
}

static void list_remove_at(List* l, int64_t i) {
  for (int64_t j = i; j + 1 < l->size; j++) l->store->items()[j] = l->store->items()[j + 1];
  l->store->items()[--l->size].v = Value();
}

int list_delitem(List* l, Value key) {
  if (key.is_ptr() && key.obj()->type == rt.slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(key.as<Slice>(), l->size, &start, &stop, &step, &count)) return -1;
    if (step < 0) {
      start = start + (count - 1) * step;
      step = -step;
    }
    std::vector<char> del(static_cast<size_t>(l->size), 0);
    for (int64_t i = 0, j = start; i < count; i++, j += step) del[static_cast<size_t>(j)] = 1;
    int64_t w = 0;
    for (int64_t r = 0; r < l->size; r++)
      if (!del[static_cast<size_t>(r)]) l->store->items()[w++] = l->at(r);
    for (int64_t r = w; r < l->size; r++) l->store->items()[r].v = Value();
    l->size = w;
    return 0;
  }
  int64_t i;
  if (!int_index(key, &i)) return -1;
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) {
    raise(rt.IndexError, "list assignment index out of range");
    return -1;
  }
  list_remove_at(l, i);
  return 0;
}

int list_sort(List* l, Value key, bool reverse) {
  int64_t n = l->size;
  std::vector<Value> keys(static_cast<size_t>(n)), vals(static_cast<size_t>(n));
  ValueRoots keys_roots(keys.data(), keys.size()), vals_roots(vals.data(), vals.size());
  // keep keys reachable: the vectors are not scanned by the collector
  List* keep = new_list(key ? n : 0);
  if (!keep) return -1;
  for (int64_t i = 0; i < n; i++) {
    vals[static_cast<size_t>(i)] = l->at(i);
    if (key && key != Value(rt.None)) {
      Value k = call1(key, l->at(i));
      if (!k) return -1;
      list_set(keep, i, k);
      keys[static_cast<size_t>(i)] = k;
    } else {
      keys[static_cast<size_t>(i)] = l->at(i);
    }
  }
  std::vector<int64_t> idx(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) idx[static_cast<size_t>(i)] = i;
  bool failed = false;
  auto less = [&](int64_t a, int64_t b) {
    if (failed) return false;
    Value x = keys[static_cast<size_t>(a)], y = keys[static_cast<size_t>(b)];
    if (reverse) std::swap(x, y);
    if (x.is_small() && y.is_small()) return x.small_val() < y.small_val();
    int r = compare_bool(kLt, x, y);
    if (r < 0) {
      failed = true;
      return false;
    }
    return r == 1;
  };
  if (reverse) {
    // stable sort in reverse order keeps equal elements in original order
    std::stable_sort(idx.begin(), idx.end(), less);
  } else {
    std::stable_sort(idx.begin(), idx.end(), less);
  }
  if (failed) return -1;
  for (int64_t i = 0; i < n; i++)
    list_set(l, i, vals[static_cast<size_t>(idx[static_cast<size_t>(i)])]);
  __asm__ volatile("" ::"r"(keep) : "memory");
  return 0;
}

namespace {

Value list_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) return new_list(0);
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "list expected at most 1 argument, got %lld",
                     static_cast<long long>(nargs));
  return sequence_to_list(args[0]);
}

Value m_append(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "list.append() takes exactly one argument (%lld given)",
                     static_cast<long long>(nargs));
  return list_append(self.as<List>(), args[0]) ? Value(rt.None) : Value();
}

Value m_extend(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "list.extend() takes exactly one argument");
  if (args[0] == self) {
    List* copy = sequence_to_list(self);
    if (!copy) return Value();
    return list_extend(self.as<List>(), copy) ? Value(rt.None) : Value();
  }
  return list_extend(self.as<List>(), args[0]) ? Value(rt.None) : Value();
}

Value m_pop(Value self, Value* args, int64_t nargs, Tuple*) {
  List* l = self.as<List>();
  int64_t i = -1;
  if (nargs > 0 && !int_index(args[0], &i)) return Value();
  if (l->size == 0) return raise(rt.IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(rt.IndexError, "pop index out of range");
  Value v = l->at(i);
  list_remove_at(l, i);
  return v;
}

Value m_insert(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "insert expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  List* l = self.as<List>();
  int64_t i;
  if (!int_index(args[0], &i)) return Value();
  if (i < 0) i += l->size;
  if (i < 0) i = 0;
  if (i > l->size) i = l->size;
  if (!list_append(l, rt.None)) return Value();
  for (int64_t j = l->size - 1; j > i; j--) l->store->items()[j] = l->at(j - 1);
  list_set(l, i, args[1]);
  return rt.None;
}

Value m_remove(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "list.remove() takes exactly one argument");
  List* l = self.as<List>();
  for (int64_t i = 0; i < l->size; i++) {
    int e = eq(l->at(i), args[0]);
    if (e < 0) return Value();
    if (e) {
      list_remove_at(l, i);
      return rt.None;
    }
  }
  return raise(rt.ValueError, "list.remove(x): x not in list");
}

Value m_index(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "index expected at least 1 argument, got 0");
  List* l = self.as<List>();
  int64_t start = 0, stop = l->size;
  if (nargs > 1 && !int_index(args[1], &start)) return Value();
  if (nargs > 2 && !int_index(args[2], &stop)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + l->size);
  if (stop < 0) stop += l->size;
  for (int64_t i = start; i < stop && i < l->size; i++) {
    int e = eq(l->at(i), args[0]);
    if (e < 0) return Value();
    if (e) return Value::small(i);
  }
  Value r = repr(args[0]);
  if (!r) return r;
  return raise_fmt(rt.ValueError, "%s is not in list", std::string(r.as<Str>()->view()).c_str());
}

Value m_count(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "count() takes exactly one argument");
  List* l = self.as<List>();
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; i++) {
    int e = eq(l->at(i), args[0]);
    if (e < 0) return Value();
    n += e;
  }
  return Value::small(n);
}

Value m_reverse(Value self, Value*, int64_t, Tuple*) {
  List* l = self.as<List>();
  for (int64_t i = 0, j = l->size - 1; i < j; i++, j--) {
    Value a = l->at(i), b = l->at(j);
    list_set(l, i, b);
    list_set(l, j, a);
  }
  return rt.None;
}

Value m_sort(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (nargs > 0) return raise(rt.TypeError, "sort() takes no positional arguments");
  if (!parse_args("sort", args, nargs, kw, 0, {"key", "reverse"}, a)) return Value();
  bool rev = a[1] && truthy(a[1]) > 0;
  return list_sort(self.as<List>(), a[0], rev) < 0 ? Value() : Value(rt.None);
}

Value m_copy(Value self, Value*, int64_t, Tuple*) { return sequence_to_list(self); }

Value m_clear(Value self, Value*, int64_t, Tuple*) {
  List* l = self.as<List>();
  l->size = 0;
  l->store = nullptr;
  return rt.None;
}

Value m_init(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "list expected at most 1 argument, got %lld",
                     static_cast<long long>(nargs));
  m_clear(self, nullptr, 0, nullptr);
  if (nargs == 1 && !list_extend(self.as<List>(), args[0])) return Value();
  return rt.None;
}

}  // namespace

void list_init_type() {
  Type* t = rt.list_type;
  t->new_fn = list_new;
  add_method(t, "append", m_append);
  add_method(t, "extend", m_extend);
  add_method(t, "pop", m_pop);
  add_method(t, "insert", m_insert);
  add_method(t, "remove", m_remove);
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  add_method(t, "reverse", m_reverse);
  add_method(t, "sort", m_sort);
  add_method(t, "copy", m_copy);
  add_method(t, "clear", m_clear);
  add_method(t, "__init__", m_init);
}

}  // namespace weft::python
