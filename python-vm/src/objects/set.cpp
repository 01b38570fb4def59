// set and frozenset, following CPython's setobject.c algorithms (table sizes, linear probing with
// perturbation, resize policy, and the order in which union/intersection/difference insert), so
// that iteration order equals CPython's whenever the element hashes are equal (ints, floats,
// tuples of those; str hashes differ, see README).
#include "vm/runtime.h"

namespace weft::python {

namespace {

constexpr int64_t kLinearProbes = 9;
constexpr int64_t kMinSize = 8;

SetTable* new_table(int64_t cap) {
  SetTable* t =
      rt.heap->make_with_tail<SetTable>(static_cast<size_t>(cap) * sizeof(SetTable::Entry));
  if (!t) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  t->cap = cap;
  return t;
}

bool init_table(Set* s) {
  if (s->table) return true;
  SetTable* t = new_table(kMinSize);
  if (!t) return false;
  s->table = t;
  s->mask = kMinSize - 1;
  return true;
}

void insert_clean(SetTable* t, int64_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & static_cast<uint64_t>(mask);
  SetTable::Entry* e;
  for (;;) {
    e = &t->entries()[i];
    if (!e->key.v) goto found;
    if (static_cast<int64_t>(i) + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        e++;
        if (!e->key.v) goto found;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & static_cast<uint64_t>(mask);
  }
found:
  e->key = key;
  e->hash = hash;
}

bool resize(Set* s, int64_t minused) {
  int64_t size = kMinSize;
  while (size <= minused) size <<= 1;
  SetTable* nt = new_table(size);
  if (!nt) return false;
  SetTable* old = s->table;
  int64_t oldcap = old ? old->cap : 0;
  for (int64_t i = 0; i < oldcap; i++) {
    SetTable::Entry& e = old->entries()[i];
    if (e.key.v) insert_clean(nt, size - 1, e.key, e.hash);
  }
  s->table = nt;
  s->mask = size - 1;
  s->fill = s->used;
  return true;
}

// 1: added, 0: present, -1: error
int add_entry(Set* s, Value key, int64_t hash) {
  if (!init_table(s)) return -1;
restart:
  int64_t mask = s->mask;
  uint64_t i = static_cast<uint64_t>(hash) & static_cast<uint64_t>(mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  SetTable::Entry* freeslot = nullptr;
  SetTable::Entry* e;
  for (;;) {
    e = &s->table->entries()[i];
    int64_t probes = (static_cast<int64_t>(i) + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (e->hash == 0 && !e->key.v) goto found_unused;
      if (e->hash == hash && e->key.v) {
        Value k = e->key;
        if (k == key) return 0;
        SetTable* before = s->table;
        int c = eq(k, key);
        if (c < 0) return -1;
        if (c) return 0;
        if (before != s->table || s->mask != mask) goto restart;
      } else if (e->hash == -1 && !e->key.v && !freeslot) {
        freeslot = e;
      }
      e++;
    } while (probes--);
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & static_cast<uint64_t>(mask);
  }
found_unused:
  if (freeslot) {
    freeslot->key = key;
    freeslot->hash = hash;
    s->used++;
    return 1;
  }
  e->key = key;
  e->hash = hash;
  s->fill++;
  s->used++;
  if (s->fill * 5 < mask * 3) return 1;
  return resize(s, s->used > 50000 ? s->used * 2 : s->used * 4) ? 1 : -1;
}

SetTable::Entry* find_entry(Set* s, Value key, int64_t hash, int* err) {
  if (!s->table) return nullptr;
  int64_t mask = s->mask;
  uint64_t i = static_cast<uint64_t>(hash) & static_cast<uint64_t>(mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    SetTable::Entry* e = &s->table->entries()[i];
    int64_t probes = (static_cast<int64_t>(i) + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (e->hash == 0 && !e->key.v) return nullptr;
      if (e->hash == hash && e->key.v) {
        Value k = e->key;
        if (k == key) return e;
        int c = eq(k, key);
        if (c < 0) {
          *err = 1;
          return nullptr;
        }
        if (c) return e;
      }
      e++;
    } while (probes--);
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & static_cast<uint64_t>(mask);
  }
}

bool is_anyset(Value v) {
  return v.is_ptr() &&
         (v.obj()->type->layout == Layout::Set || v.obj()->type->layout == Layout::FrozenSet);
}

bool merge(Set* s, Set* o) {
  if (o->used == 0) return true;
  if (!init_table(s)) return false;
  if ((s->fill + o->used) * 5 >= s->mask * 3)
    if (!resize(s, (s->used + o->used) * 2)) return false;
  if (s->fill == 0 && s->mask == o->mask) {
    for (int64_t i = 0; i <= o->mask; i++) {
      SetTable::Entry& e = o->table->entries()[i];
      if (e.key.v) {
        s->table->entries()[i].key = e.key;
        s->table->entries()[i].hash = e.hash;
      }
    }
    s->fill = s->used = o->used;
    return true;
  }
  if (s->fill == 0) {
    for (int64_t i = 0; i <= o->mask; i++) {
      SetTable::Entry& e = o->table->entries()[i];
      if (e.key.v) insert_clean(s->table, s->mask, e.key, e.hash);
    }
    s->fill = s->used = o->used;
    return true;
  }
  for (int64_t i = 0; i <= o->mask; i++) {
    SetTable::Entry& e = o->table->entries()[i];
    if (e.key.v && add_entry(s, e.key, e.hash) < 0) return false;
  }
  return true;
}

}  // namespace

Set* new_set(Type* type) {
  Set* s = alloc<Set>(type);
  if (!s || !init_table(s)) return nullptr;
  return s;
}

void set_assign(Set* dst, Set* src) {
  dst->table = src->table;
  dst->fill = src->fill;
  dst->used = src->used;
  dst->mask = src->mask;
  dst->finger = 0;
}

bool set_next(Set* s, int64_t* pos, Value* key) {
  if (!s->table) return false;
  while (*pos <= s->mask) {
    SetTable::Entry& e = s->table->entries()[(*pos)++];
    if (e.key.v) {
      *key = e.key;
      return true;
    }
  }
  return false;
}

int set_add(Set* s, Value v) {
  int64_t h;
  if (!hash_of(v, &h)) return -1;
  return add_entry(s, v, h) < 0 ? -1 : 0;
}

int set_contains(Set* s, Value v) {
  int64_t h;
  if (!hash_of(v, &h)) {
    if (pending_is(rt.TypeError) && v.is_ptr() && v.obj()->type == rt.set_type) {
      clear_exc();
      Set* f = alloc<Set>(rt.frozenset_type);
      if (!f) return -1;
      set_assign(f, v.as<Set>());
      return set_contains(s, f);
    }
    return -1;
  }
  int err = 0;
  SetTable::Entry* e = find_entry(s, v, h, &err);
  if (err) return -1;
  return e ? 1 : 0;
}

int set_discard(Set* s, Value v) {
  int64_t h;
  if (!hash_of(v, &h)) return -1;
  int err = 0;
  SetTable::Entry* e = find_entry(s, v, h, &err);
  if (err) return -1;
  if (!e) return 1;
  e->key.v = Value();
  e->hash = -1;
  s->used--;
  return 0;
}

bool set_update(Set* s, Value iterable) {
  if (is_anyset(iterable)) return merge(s, iterable.as<Set>());
  if (iterable.is_ptr() && iterable.obj()->type == rt.dict_type) {
    Dict* d = iterable.as<Dict>();
    if (!init_table(s)) return false;
    if ((s->fill + d->used) * 5 >= s->mask * 3)
      if (!resize(s, (s->used + d->used) * 2)) return false;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
      if (set_add(s, k) < 0) return false;
    return true;
  }
  Value it = get_iter(iterable);
  if (!it) return false;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return !rt.exc;
    if (set_add(s, v) < 0) return false;
  }
}

namespace {

Set* copy_set(Set* x, Type* t) {
  Set* r = new_set(t);
  if (!r || !merge(r, x)) return nullptr;
  return r;
}

Set* to_set(Value v) {
  if (is_anyset(v)) return v.as<Set>();
  Set* s = new_set(rt.set_type);
  if (!s || !set_update(s, v)) return nullptr;
  return s;
}

}  // namespace

Value set_binary(int op, Value a, Value b) {
  Set* x = a.as<Set>();
  Type* rtype = x->type->layout == Layout::FrozenSet ? rt.frozenset_type : rt.set_type;
  Value k;
  int64_t pos = 0;
  switch (op) {
    case kOr: {
      Set* r = copy_set(x, rtype);
      if (!r || !set_update(r, b)) return Value();
      return r;
    }
    case kAnd: {
      Set* y = to_set(b);
      if (!y) return Value();
      Set* r = new_set(rtype);
      if (!r) return Value();
      Set* big = x;
      Set* small = y;
      if (y->used > x->used) {
        big = y;
        small = x;
      } else {
        big = x;
        small = y;
      }
      // CPython iterates the smaller operand (the "other" after a swap)
      if (small->used > big->used) std::swap(small, big);
      while (set_next(small, &pos, &k)) {
        int c = set_contains(big, k);
        if (c < 0 || (c && set_add(r, k) < 0)) return Value();
      }
      return r;
    }
    case kSub: {
      Set* y = to_set(b);
      if (!y) return Value();
      if ((x->used >> 2) > y->used) {
        Set* r = copy_set(x, rtype);
        if (!r) return Value();
        while (set_next(y, &pos, &k))
          if (set_discard(r, k) < 0) return Value();
        return r;
      }
      Set* r = new_set(rtype);
      if (!r) return Value();
      while (set_next(x, &pos, &k)) {
        int c = set_contains(y, k);
        if (c < 0 || (!c && set_add(r, k) < 0)) return Value();
      }
      return r;
    }
    case kXor: {
      Set* r = new_set(rtype);
      if (!r || !set_update(r, b)) return Value();
      while (set_next(x, &pos, &k)) {
        int c = set_discard(r, k);
        if (c < 0) return Value();
        if (c == 1 && set_add(r, k) < 0) return Value();
      }
      return r;
    }
    default:
      return rt.NotImplemented;
  }
}

namespace {

Value set_new(Value self, Value* args, int64_t nargs, Tuple*) {
  Type* t = self.as<Type>();
  Set* s = new_set(t);
  if (!s) return Value();
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "%s expected at most 1 argument, got %lld",
                     std::string(t->name->view()).c_str(), static_cast<long long>(nargs));
  if (nargs == 1 && !set_update(s, args[0])) return Value();
  return s;
}

Value m_add(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "set.add() takes exactly one argument");
  return set_add(self.as<Set>(), args[0]) < 0 ? Value() : Value(rt.None);
}

Value m_remove(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "set.remove() takes exactly one argument");
  int r = set_discard(self.as<Set>(), args[0]);
  if (r < 0) return Value();
  if (r == 1) return raise_value(make_exception(rt.KeyError, args, 1));
  return rt.None;
}

Value m_discard(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "set.discard() takes exactly one argument");
  return set_discard(self.as<Set>(), args[0]) < 0 ? Value() : Value(rt.None);
}

Value m_pop(Value self, Value*, int64_t, Tuple*) {
  Set* s = self.as<Set>();
  if (s->used == 0) return raise(rt.KeyError, "pop from an empty set");
  int64_t i = s->finger & s->mask;
  while (!s->table->entries()[i].key.v) i = (i + 1) & s->mask;
  SetTable::Entry& e = s->table->entries()[i];
  Value k = e.key;
  e.key.v = Value();
  e.hash = -1;
  s->used--;
  s->finger = i + 1;
  return k;
}

Value m_clear(Value self, Value*, int64_t, Tuple*) {
  Set* s = self.as<Set>();
  s->table = nullptr;
  s->fill = s->used = 0;
  return init_table(s) ? Value(rt.None) : Value();
}

Value m_copy(Value self, Value*, int64_t, Tuple*) {
  Set* s = copy_set(self.as<Set>(), self.obj()->type);
  return s ? Value(s) : Value();
}

Value m_update(Value self, Value* args, int64_t nargs, Tuple*) {
  for (int64_t i = 0; i < nargs; i++)
    if (!set_update(self.as<Set>(), args[i])) return Value();
  return rt.None;
}

template <int op>
Value m_binop(Value self, Value* args, int64_t nargs, Tuple*) {
  Value r = self;
  if (nargs == 0) return m_copy(self, nullptr, 0, nullptr);
  for (int64_t i = 0; i < nargs; i++) {
    r = set_binary(op, r, args[i]);
    if (!r) return r;
  }
  return r;
}

template <int op>
Value m_binop_update(Value self, Value* args, int64_t nargs, Tuple*) {
  Value r = m_binop<op>(self, args, nargs, nullptr);
  if (!r) return r;
  set_assign(self.as<Set>(), r.as<Set>());
  return rt.None;
}

Value m_issubset(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "issubset() takes exactly one argument");
  Set* o = to_set(args[0]);
  if (!o) return Value();
  return rich_compare(kLe, self, o);
}

Value m_issuperset(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "issuperset() takes exactly one argument");
  Set* o = to_set(args[0]);
  if (!o) return Value();
  return rich_compare(kGe, self, o);
}

Value m_isdisjoint(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "isdisjoint() takes exactly one argument");
  Value r = set_binary(kAnd, self, args[0]);
  if (!r) return r;
  return r.as<Set>()->used == 0 ? rt.True : rt.False;
}

Value m_init(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs > 1) return raise(rt.TypeError, "set expected at most 1 argument");
  if (!m_clear(self, nullptr, 0, nullptr)) return Value();
  if (nargs == 1 && !set_update(self.as<Set>(), args[0])) return Value();
  return rt.None;
}

void add_methods(Type* t, bool mutable_set) {
  t->new_fn = set_new;
  add_method(t, "copy", m_copy);
  add_method(t, "union", m_binop<kOr>);
  add_method(t, "intersection", m_binop<kAnd>);
  add_method(t, "difference", m_binop<kSub>);
  add_method(t, "symmetric_difference", m_binop<kXor>);
  add_method(t, "issubset", m_issubset);
  add_method(t, "issuperset", m_issuperset);
  add_method(t, "isdisjoint", m_isdisjoint);
  if (!mutable_set) return;
  add_method(t, "add", m_add);
  add_method(t, "remove", m_remove);
  add_method(t, "discard", m_discard);
  add_method(t, "pop", m_pop);
  add_method(t, "clear", m_clear);
  add_method(t, "__init__", m_init);
  add_method(t, "update", m_update);
  add_method(t, "intersection_update", m_binop_update<kAnd>);
  add_method(t, "difference_update", m_binop_update<kSub>);
  add_method(t, "symmetric_difference_update", m_binop_update<kXor>);
}

}  // namespace

void set_init_type() {
  add_methods(rt.set_type, true);
  add_methods(rt.frozenset_type, false);
}

}  // namespace weft::python
