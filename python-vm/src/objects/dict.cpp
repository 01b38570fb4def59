// dict: CPython's compact, insertion-ordered design. `index` is an open-addressing table of
// entry numbers (-1 empty, -2 deleted) probed with CPython's perturbation scheme; `entries`
// holds (hash, key, value) in insertion order.
#include <vector>

#include "vm/runtime.h"

namespace weft::python {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;

DictIndex* new_index(int64_t cap) {
  DictIndex* ix = rt.heap->make_with_tail<DictIndex>(static_cast<size_t>(cap) * 4);
  if (!ix) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  ix->cap = cap;
  for (int64_t i = 0; i < cap; i++) ix->slots()[i] = kEmpty;
  return ix;
}

DictEntries* new_entries(int64_t cap) {
  DictEntries* e =
      rt.heap->make_with_tail<DictEntries>(static_cast<size_t>(cap) * sizeof(DictEntries::Entry));
  if (!e) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  e->cap = cap;
  return e;
}

inline bool keys_equal(Value a, Value b, int* err) {
  if (a == b) return true;
  if (a.is_small() || b.is_small()) {
    if (a.is_small() && b.is_small()) return false;
  }
  if (a.is_ptr() && b.is_ptr() && a.obj()->type == rt.str_type && b.obj()->type == rt.str_type)
    return str_eq(a.as<Str>(), b.as<Str>());
  int e = eq(a, b);
  if (e < 0) {
    *err = 1;
    return false;
  }
  return e == 1;
}

// Returns the entry number of `key`, or -1. *slot receives the index slot where it is (or
// where it would be inserted). *err set on a comparison error.
int64_t find(Dict* d, Value key, int64_t hash, int64_t* slot, int* err) {
  if (!d->index) {
    *slot = -1;
    return -1;
  }
  DictIndex* ix = d->index;
  uint64_t mask = static_cast<uint64_t>(ix->cap - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  int64_t first_free = -1;
  for (;;) {
    int32_t e = ix->slots()[i];
    if (e == kEmpty) {
      *slot = first_free >= 0 ? first_free : static_cast<int64_t>(i);
      return -1;
    }
    if (e == kDummy) {
      if (first_free < 0) first_free = static_cast<int64_t>(i);
    } else {
      DictEntries::Entry& en = d->entries->entries()[e];
      if (en.hash == hash && en.key.v) {
        Value k = en.key;
        if (keys_equal(k, key, err)) {
          *slot = static_cast<int64_t>(i);
          return e;
        }
        if (*err) return -1;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool resize(Dict* d, int64_t min_used) {
  int64_t cap = 8;
  while (cap * 2 / 3 < min_used + 1) cap *= 2;
  DictIndex* ix = new_index(cap);
  if (!ix) return false;
  DictEntries* en = new_entries(cap * 2 / 3);
  if (!en) return false;
  int64_t n = 0;
  if (d->entries) {
    DictEntries* old = d->entries;
    for (int64_t i = 0; i < d->fill; i++) {
      DictEntries::Entry& e = old->entries()[i];
      if (!e.key.v) continue;
      DictEntries::Entry& ne = en->entries()[n];
      ne.hash = e.hash;
      ne.key = e.key;
      ne.value = e.value;
      uint64_t mask = static_cast<uint64_t>(cap - 1);
      uint64_t perturb = static_cast<uint64_t>(e.hash);
      uint64_t j = static_cast<uint64_t>(e.hash) & mask;
      while (ix->slots()[j] != kEmpty) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
      }
      ix->slots()[j] = static_cast<int32_t>(n);
      n++;
    }
  }
  d->index = ix;
  d->entries = en;
  d->fill = n;
  d->used = n;
  return true;
}

}  // namespace

Dict* new_dict() { return alloc<Dict>(rt.dict_type); }

Value dict_get(Dict* d, Value key) {
  int64_t h;
  if (!hash_of(key, &h)) return Value();
  int64_t slot;
  int err = 0;
  int64_t e = find(d, key, h, &slot, &err);
  if (e < 0) return Value();
  return d->entries->entries()[e].value;
}

Value dict_get_str(Dict* d, Str* key) {
  if (!d->index) return Value();
  int64_t h = key->hash != -1 ? key->hash : str_hash(key);
  DictIndex* ix = d->index;
  uint64_t mask = static_cast<uint64_t>(ix->cap - 1);
  uint64_t perturb = static_cast<uint64_t>(h);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  for (;;) {
    int32_t e = ix->slots()[i];
    if (e == kEmpty) return Value();
    if (e >= 0) {
      DictEntries::Entry& en = d->entries->entries()[e];
      Value k = en.key;
      if (k.raw == reinterpret_cast<uintptr_t>(key)) return en.value;
      if (en.hash == h && k.is_ptr() && k.obj()->type == rt.str_type && str_eq(k.as<Str>(), key))
        return en.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int dict_set(Dict* d, Value key, Value v) {
  int64_t h;
  if (!hash_of(key, &h)) return -1;
  int64_t slot;
  int err = 0;
  int64_t e = find(d, key, h, &slot, &err);
  if (err) return -1;
  if (e >= 0) {
    d->entries->entries()[e].value = v;
    d->version++;  // inline caches of globals hold values, not just keys
    return 0;
  }
  if (!d->entries || d->fill >= d->entries->cap) {
    if (!resize(d, d->used + 1)) return -1;
    find(d, key, h, &slot, &err);
  }
  int64_t n = d->fill++;
  DictEntries::Entry& en = d->entries->entries()[n];
  en.hash = h;
  en.key = key;
  en.value = v;
  d->index->slots()[slot] = static_cast<int32_t>(n);
  d->used++;
  d->version++;
  return 0;
}

int dict_set_str(Dict* d, Str* key, Value v) { return dict_set(d, key, v); }

int dict_del(Dict* d, Value key) {
  int64_t h;
  if (!hash_of(key, &h)) return -1;
  int64_t slot;
  int err = 0;
  int64_t e = find(d, key, h, &slot, &err);
  if (err) return -1;
  if (e < 0) return 1;
  DictEntries::Entry& en = d->entries->entries()[e];
  en.key.v = Value();
  en.value.v = Value();
  d->index->slots()[slot] = kDummy;
  d->used--;
  d->version++;
  return 0;
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  while (*pos < d->fill) {
    DictEntries::Entry& e = d->entries->entries()[(*pos)++];
    if (e.key.v) {
      *key = e.key;
      *value = e.value;
      return true;
    }
  }
  return false;
}

Dict* dict_copy(Dict* src) {
  Dict* d = new_dict();
  if (!d) return nullptr;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(src, &pos, &k, &v))
    if (dict_set(d, k, v) < 0) return nullptr;
  return d;
}

int dict_update(Dict* d, Value other) {
  if (other.is_ptr() && other.obj()->type == rt.dict_type) {
    int64_t pos = 0;
    Value k, v;
    Dict* o = other.as<Dict>();
    while (dict_next(o, &pos, &k, &v))
      if (dict_set(d, k, v) < 0) return -1;
    return 0;
  }
  Type* t = type_of(other);
  if (!t->builtin && lookup(t, rt.s_keys)) {
    Value keys = call_method(other, rt.s_keys, nullptr, 0);
    if (!keys) return -1;
    Value it = get_iter(keys);
    if (!it) return -1;
    for (;;) {
      Value k = iter_next(it);
      if (!k) return rt.exc ? -1 : 0;
      Value v = getitem(other, k);
      if (!v || dict_set(d, k, v) < 0) return -1;
    }
  }
  Value it = get_iter(other);
  if (!it) return -1;
  int64_t n = 0;
  for (;; n++) {
    Value item = iter_next(it);
    if (!item) return rt.exc ? -1 : 0;
    Value* kv;
    int64_t len;
    Value keep = as_sequence(item, &kv, &len);
    if (!keep) {
      clear_exc();
      raise_fmt(rt.TypeError,
                "cannot convert dictionary update sequence element #%lld to a sequence",
                static_cast<long long>(n));
      return -1;
    }
    if (len != 2) {
      raise_fmt(rt.ValueError,
                "dictionary update sequence element #%lld has length %lld; 2 is required",
                static_cast<long long>(n), static_cast<long long>(len));
      return -1;
    }
    if (dict_set(d, kv[0], kv[1]) < 0) return -1;
  }
}

Value dict_getitem(Dict* d, Value key) {
  Value v = dict_get(d, key);
  if (v || rt.exc) return v;
  if (d->type != rt.dict_type) {
    Value m = lookup(d->type, rt.s___missing__);
    if (m) return call2(m, d, key);
  }
  return raise_value(make_exception(rt.KeyError, &key, 1));
}

namespace {

Value dict_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  Dict* d = new_dict();
  if (!d) return Value();
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "dict expected at most 1 argument, got %lld",
                     static_cast<long long>(nargs));
  if (nargs == 1 && dict_update(d, args[0]) < 0) return Value();
  int64_t nkw = kw ? kw->size : 0;
  for (int64_t i = 0; i < nkw; i++)
    if (dict_set(d, kw->at(i), args[nargs + i]) < 0) return Value();
  return d;
}

Value view(Value self, Type* t) {
  Iter* it = alloc<Iter>(t);
  if (!it) return Value();
  it->a = self;
  return it;
}

Value m_keys(Value self, Value*, int64_t, Tuple*) { return view(self, rt.dict_keys_type); }
Value m_values(Value self, Value*, int64_t, Tuple*) { return view(self, rt.dict_values_type); }
Value m_items(Value self, Value*, int64_t, Tuple*) { return view(self, rt.dict_items_type); }

Value m_get(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2)
    return raise_fmt(rt.TypeError, "get expected at most 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  Value v = dict_get(self.as<Dict>(), args[0]);
  if (v || rt.exc) return v;
  return nargs > 1 ? args[1] : Value(rt.None);
}

Value m_pop(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "pop expected at least 1 argument, got 0");
  Dict* d = self.as<Dict>();
  Value v = dict_get(d, args[0]);
  if (!v) {
    if (rt.exc) return v;
    if (nargs > 1) return args[1];
    return raise_value(make_exception(rt.KeyError, args, 1));
  }
  if (dict_del(d, args[0]) < 0) return Value();
  return v;
}

Value m_popitem(Value self, Value*, int64_t, Tuple*) {
  Dict* d = self.as<Dict>();
  if (d->used == 0) return raise(rt.KeyError, "popitem(): dictionary is empty");
  for (int64_t i = d->fill - 1; i >= 0; i--) {
    DictEntries::Entry& e = d->entries->entries()[i];
    if (!e.key.v) continue;
    Value items[2] = {e.key, e.value};
    Value t = tuple_from_array(items, 2);
    if (!t || dict_del(d, items[0]) < 0) return Value();
    return t;
  }
  return rt.None;
}

Value m_setdefault(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "setdefault expected at least 1 argument, got 0");
  Dict* d = self.as<Dict>();
  Value v = dict_get(d, args[0]);
  if (v || rt.exc) return v;
  Value def = nargs > 1 ? args[1] : Value(rt.None);
  if (dict_set(d, args[0], def) < 0) return Value();
  return def;
}

Value m_update(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Dict* d = self.as<Dict>();
  if (nargs > 0 && dict_update(d, args[0]) < 0) return Value();
  int64_t nkw = kw ? kw->size : 0;
  for (int64_t i = 0; i < nkw; i++)
    if (dict_set(d, kw->at(i), args[nargs + i]) < 0) return Value();
  return rt.None;
}

Value m_copy(Value self, Value*, int64_t, Tuple*) { return dict_copy(self.as<Dict>()); }

Value m_clear(Value self, Value*, int64_t, Tuple*) {
  Dict* d = self.as<Dict>();
  d->entries = nullptr;
  d->index = nullptr;
  d->used = d->fill = 0;
  d->version++;
  return rt.None;
}

// dict.fromkeys(iterable, value=None), a classmethod: a subclass gets an instance of itself
Value m_fromkeys(Value self, Value* args, int64_t nargs, Tuple*) {
  Type* cls = rt.dict_type;
  if (self && self.is_ptr() && self.obj()->type->layout == Layout::Type) {
    cls = self.as<Type>();
  } else if (nargs >= 1 && args[0].is_ptr() && args[0].obj()->type->layout == Layout::Type) {
    cls = args[0].as<Type>();
    args++;
    nargs--;
  }
  if (nargs < 1) return raise(rt.TypeError, "fromkeys expected at least 1 argument, got 0");
  Value d = cls == rt.dict_type ? Value(new_dict()) : type_call(cls, nullptr, 0, nullptr);
  if (!d) return Value();
  Value it = get_iter(args[0]);
  if (!it) return Value();
  Value v = nargs > 1 ? args[1] : Value(rt.None);
  for (;;) {
    Value k = iter_next(it);
    if (!k) return rt.exc ? Value() : d;
    if (setitem(d, k, v) < 0) return Value();
  }
}

Value m_init(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "dict expected at most 1 argument, got %lld",
                     static_cast<long long>(nargs));
  return m_update(self, args, nargs, kw);
}

}  // namespace

void dict_init_type() {
  Type* t = rt.dict_type;
  t->new_fn = dict_new;
  add_method(t, "keys", m_keys);
  add_method(t, "values", m_values);
  add_method(t, "items", m_items);
  add_method(t, "get", m_get);
  add_method(t, "pop", m_pop);
  add_method(t, "popitem", m_popitem);
  add_method(t, "setdefault", m_setdefault);
  add_method(t, "update", m_update);
  add_method(t, "copy", m_copy);
  add_method(t, "clear", m_clear);
  add_method(t, "__init__", m_init);
  add_classmethod(t, "fromkeys", m_fromkeys);
}

}  // namespace weft::python
