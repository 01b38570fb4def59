// set and frozenset: a Dict table whose keys are the elements (insertion-ordered; CPython's
// iteration order for sets is not reproduced, see README).
#include "vm/runtime.h"

namespace weft::python {

Set* new_set(Type* type) {
  Set* s = alloc<Set>(type);
  if (!s) return nullptr;
  Dict* d = new_dict();
  if (!d) return nullptr;
  s->table = d;
  return s;
}

int set_add(Set* s, Value v) { return dict_set(s->table, v, rt.True); }

int set_contains(Set* s, Value v) {
  Value r = dict_get(s->table, v);
  if (r) return 1;
  if (rt.exc) {
    // unhashable sets are looked up as frozensets
    if (pending_is(rt.TypeError) && v.is_ptr() && v.obj()->type == rt.set_type) {
      clear_exc();
      Set* f = new_set(rt.frozenset_type);
      if (!f) return -1;
      f->table = v.as<Set>()->table;
      return set_contains(s, f);
    }
    return -1;
  }
  return 0;
}

int set_discard(Set* s, Value v) { return dict_del(s->table, v); }

bool set_update(Set* s, Value iterable) {
  if (iterable.is_ptr() && (iterable.obj()->type->layout == Layout::Set ||
                            iterable.obj()->type->layout == Layout::FrozenSet)) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(iterable.as<Set>()->table, &pos, &k, &v))
      if (set_add(s, k) < 0) return false;
    return true;
  }
  if (iterable.is_ptr() && iterable.obj()->type == rt.dict_type) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(iterable.as<Dict>(), &pos, &k, &v))
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

Set* to_set(Value v) {
  if (v.is_ptr() &&
      (v.obj()->type->layout == Layout::Set || v.obj()->type->layout == Layout::FrozenSet))
    return v.as<Set>();
  Set* s = new_set(rt.set_type);
  if (!s || !set_update(s, v)) return nullptr;
  return s;
}

}  // namespace

Value set_binary(int op, Value a, Value b) {
  Set* x = a.as<Set>();
  Set* y = to_set(b);
  if (!y) return Value();
  Set* r = new_set(x->type);
  if (!r) return Value();
  int64_t pos = 0;
  Value k, v;
  switch (op) {
    case kOr:
      if (!set_update(r, x) || !set_update(r, y)) return Value();
      break;
    case kAnd:
      while (dict_next(x->table, &pos, &k, &v)) {
        int c = set_contains(y, k);
        if (c < 0 || (c && set_add(r, k) < 0)) return Value();
      }
      break;
    case kSub:
      while (dict_next(x->table, &pos, &k, &v)) {
        int c = set_contains(y, k);
        if (c < 0 || (!c && set_add(r, k) < 0)) return Value();
      }
      break;
    case kXor:
      while (dict_next(x->table, &pos, &k, &v)) {
        int c = set_contains(y, k);
        if (c < 0 || (!c && set_add(r, k) < 0)) return Value();
      }
      pos = 0;
      while (dict_next(y->table, &pos, &k, &v)) {
        int c = set_contains(x, k);
        if (c < 0 || (!c && set_add(r, k) < 0)) return Value();
      }
      break;
    default:
      return rt.NotImplemented;
  }
  return r;
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
  int64_t pos = 0;
  Value k, v;
  if (!dict_next(s->table, &pos, &k, &v)) return raise(rt.KeyError, "pop from an empty set");
  if (set_discard(s, k) < 0) return Value();
  return k;
}

Value m_clear(Value self, Value*, int64_t, Tuple*) {
  Dict* d = new_dict();
  if (!d) return Value();
  self.as<Set>()->table = d;
  return rt.None;
}

Value m_copy(Value self, Value*, int64_t, Tuple*) {
  Set* s = new_set(self.obj()->type);
  if (!s || !set_update(s, self)) return Value();
  return s;
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
  self.as<Set>()->table = r.as<Set>()->table;
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
  return r.as<Set>()->table->used == 0 ? rt.True : rt.False;
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
