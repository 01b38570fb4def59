// Instance attributes: maps (hidden classes) and the map-backed / dict storage of instances.
#include "objects/instance.h"

#include "vm/code.h"
#include "vm/finalizers.h"

namespace weft::python {

namespace {

Map* root_map(Type* t) {
  if (!t->root_map) {
    Map* m = rt.heap->make<Map>();
    if (!m) return nullptr;
    m->owner = t;
    // the positions of the class's __slots__ come first (objects/slots.h)
    m->count = t->nslots;
    t->root_map = m;
  }
  return t->root_map;
}

// Attribute names in maps are interned strs: equal names are the same object. Others (a str
// built at run time and passed to setattr) are looked up as their interned twin.
Str* canonical(Str* name) {
  if (name->interned) return name;
  return intern(name->view());
}

bool exact_str(Str* name) { return name->type == rt.str_type; }

}  // namespace

Instance* new_instance(Type* t) { return new_instance(t, t->has_del); }

Instance* new_instance(Type* t, bool finalizable) {
  Map* m = root_map(t);
  if (!m) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  uint32_t n = t->inline_hint > t->nslots ? t->inline_hint : t->nslots;
  Instance* o =
      finalizable ? new_finalizable_instance(t, n) : alloc<Instance>(t, n * sizeof(VField));
  if (!o) return nullptr;
  o->ninline = n;
  o->map = m;
  return o;
}

int64_t map_index(Map* m, Str* name) {
  for (; m->name; m = m->parent)
    if (m->name.get() == name) return m->count - 1;
  return -1;
}

Map* map_add(Map* m, Str* name) {
  for (Map* c = m->child; c; c = c->sibling)
    if (c->name.get() == name) return c;
  Map* c = rt.heap->make<Map>();
  if (!c) return nullptr;
  c->owner = m->owner.get();
  c->parent = m;
  c->name = name;
  c->count = m->count + 1;
  c->sibling = m->child.get();
  m->child = c;
  return c;
}

bool inst_append_slot(Instance* o, Map* next, int64_t i, Value v) {
  if (i >= o->ninline) {
    int64_t k = i - o->ninline;
    ValueArray* a = o->extra;
    if (!a || static_cast<uint64_t>(k) >= a->cap) {
      ValueArray* na = new_array(a ? a->cap * 2 : 4);
      if (!na) return false;
      for (uint64_t j = 0; a && j < a->cap; j++) na->items()[j] = a->items()[j];
      o->extra = na;
    }
    // Later instances of the class get room for this many values inline.
    Type* t = o->type;
    if (t->inline_hint < static_cast<uint32_t>(i + 1) && i + 1 <= kMaxInline)
      t->inline_hint = static_cast<uint32_t>(i + 1);
  }
  inst_set_slot(o, i, v);
  o->map = next;
  return true;
}

Value inst_get(Instance* o, Str* name) {
  if (o->map) {
    if (!exact_str(name)) return Value();
    int64_t i = map_index(o->map, canonical(name));
    return i < 0 ? Value() : inst_slot(o, i);
  }
  if (!o->dict) return Value();
  return dict_get_str(o->dict, name);
}

Dict* inst_dict(Instance* o) {
  if (o->map) {
    Dict* d = new_dict();
    if (!d) return nullptr;
    bool ok = true;
    inst_for_each(o, [&](Value k, Value v) { ok = ok && dict_set(d, k, v) == 0; });
    if (!ok) return nullptr;
    o->map = nullptr;
    o->extra = nullptr;
    for (int64_t i = o->type->nslots; i < o->ninline; i++) o->inline_slots()[i].v = Value();
    o->dict = d;
    return d;
  }
  if (!o->dict) {
    Dict* d = new_dict();
    if (!d) return nullptr;
    o->dict = d;
  }
  return o->dict;
}

void inst_set_dict(Instance* o, Dict* d) {
  if (o->map) {
    o->map = nullptr;
    o->extra = nullptr;
    for (int64_t i = o->type->nslots; i < o->ninline; i++) o->inline_slots()[i].v = Value();
  }
  o->dict = d;
}

int inst_set(Instance* o, Str* name, Value v) {
  if (o->map) {
    if (exact_str(name)) {
      Str* n = canonical(name);
      if (!n) return -1;
      int64_t i = map_index(o->map, n);
      if (i >= 0) {
        inst_set_slot(o, i, v);
        return 0;
      }
      if (o->map->count < kMaxMapAttrs) {
        Map* next = map_add(o->map, n);
        if (next && inst_append_slot(o, next, o->map->count, v)) return 0;
        rt.exc = rt.memory_error;
        return -1;
      }
    }
    if (!inst_dict(o)) return -1;
  }
  if (!o->dict) {
    Dict* d = new_dict();
    if (!d) return -1;
    o->dict = d;
  }
  return dict_set_str(o->dict, name, v);
}

int inst_del(Instance* o, Str* name) {
  if (o->map) {
    if (!exact_str(name) || map_index(o->map, canonical(name)) < 0) return 1;
    // Deleting is rare: the instance leaves the shared layouts rather than making new ones.
    if (!inst_dict(o)) return -1;
  }
  if (!o->dict) return 1;
  return dict_del(o->dict, name);
}

}  // namespace weft::python
