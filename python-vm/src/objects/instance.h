// Instance attributes: maps (hidden classes) and the instance's two storage modes, and the
// version tags of types. Internal to python-vm.
//
// An instance of a user class starts map-backed: its type's root map, values in slots. Adding
// an attribute moves it to the map's child for that name (shared by all instances that add the
// same names in the same order). It turns into dict mode for good when its `__dict__` is asked
// for (the dict is then the attributes, so changes through it are seen), when an attribute is
// deleted, or when it has too many attributes; the inline caches only speed up map mode.
#pragma once

#include "vm/runtime.h"

namespace weft::python {

// Most attributes a map-backed instance keeps (past that: dict mode).
inline constexpr int64_t kMaxMapAttrs = 48;
// Most values an instance keeps inline.
inline constexpr uint32_t kMaxInline = 12;

// A new instance of the user class t (map-backed, inline slots as the type's hint says).
Instance* new_instance(Type* t);
// The same, finalizable or not whatever t's `__del__` says: a built-in type's instance that
// needs its finalizer (an io stream over a Python stream) calls `__del__` (lookup on t) when
// it dies.
Instance* new_instance(Type* t, bool finalizable);
// Slot of `name` in m, or -1. `name` is an interned str (attribute names of the bytecode are).
int64_t map_index(Map* m, Str* name);
// The map after adding `name` to m (made once, then shared); null when out of memory.
Map* map_add(Map* m, Str* name);

inline Value inst_slot(const Instance* o, int64_t i) {
  return i < o->ninline ? Value(o->inline_slots()[i]) : Value(o->extra->items()[i - o->ninline]);
}
// Stores slot i of a map-backed instance whose map already has i + 1 or more attributes.
inline void inst_set_slot(Instance* o, int64_t i, Value v) {
  if (i < o->ninline)
    o->inline_slots()[i] = v;
  else
    o->extra->items()[i - o->ninline] = v;
}
// Adds slot i (== the old map's count) holding v and moves o to `next`; false when out of memory.
bool inst_append_slot(Instance* o, Map* next, int64_t i, Value v);

// The attribute `name` stored in the instance, or null (no exception) when it has none.
Value inst_get(Instance* o, Str* name);
// Stores an attribute in the instance (no descriptor logic); -1 with an exception.
int inst_set(Instance* o, Str* name, Value v);
// Deletes one: 0 deleted, 1 missing, -1 error.
int inst_del(Instance* o, Str* name);
// The instance's attribute dict (switches a map-backed instance to dict mode); null on error.
Dict* inst_dict(Instance* o);
// obj.__dict__ = d: d becomes the attribute dict.
void inst_set_dict(Instance* o, Dict* d);
// Calls fn(name, value) for each attribute in insertion order (either mode).
template <class F>
void inst_for_each(Instance* o, F fn) {
  if (!o->map) {
    if (!o->dict) return;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(o->dict, &pos, &k, &v)) fn(k, v);
    return;
  }
  Map* chain[kMaxMapAttrs];
  int64_t n = 0;
  for (Map* m = o->map; m->name; m = m->parent) chain[n++] = m;
  for (int64_t i = n - 1; i >= 0; i--)
    fn(Value(chain[i]->name.get()), inst_slot(o, chain[i]->count - 1));
}

// ---- version tags (type.cpp) ----
// t's version tag, assigning one (to its bases first) if it has none.
uint32_t type_version(Type* t);
// Call after any change to t's dict or bases: resets the tags of t and its subclasses and
// recomputes their __getattr__/__getattribute__/__setattr__ flags.
void type_modified(Type* t);
void type_add_subclass(Type* base, Type* sub);

}  // namespace weft::python
