// Inline caches of LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL: one entry per such
// instruction of a code object (the instruction's argument is its entry; the entry holds the
// name). An entry remembers what the last lookup found for one receiver type (and, for
// instances, one map) under that type's version tag, so a hit is a few compares and a load.
// Any change to a class dict resets version tags (type_modified), any change to a globals dict
// bumps its version, and an instance's map says which attributes it has: a hit gives exactly
// what the full lookup would. Misses do the full lookup (attributes.cpp) and refill the entry.
#pragma once

#include "objects/instance.h"
#include "vm/code.h"

namespace weft::python {

enum IcKind : uint8_t {
  kIcEmpty,
  // per receiver type (a way):
  kIcSlot,        // LOAD_ATTR: the instance's slot `index`
  kIcClassValue,  // LOAD_ATTR: `aux`, a class attribute that is no descriptor
  kIcBind,        // LOAD_ATTR: `aux`, a function of the class, bound to the receiver
  kIcMethod,      // LOAD_METHOD: `aux` called with the receiver as first argument
  kIcStoreSlot,   // STORE_ATTR into the existing slot `index`
  kIcStoreAdd,    // STORE_ATTR adding slot `index`: the instance moves to the map `aux`
  // __slots__ members (ways with no map: any instance of the type); stores hit in the miss
  // function, which keeps the inline store code as it was:
  kIcMember,       // LOAD_ATTR: inline value `index` when not empty (empty: the full lookup)
  kIcStoreMember,  // STORE_ATTR: inline value `index`
  // one per instruction:
  kIcPlain,     // LOAD_METHOD: `value` called as is (a module's function)
  kIcModule,    // LOAD_ATTR: `value`, from the module whose dict is `dict`
  kIcTypeAttr,  // LOAD_ATTR on the class `key`: `value` (no descriptor)
  kIcGlobal,    // LOAD_GLOBAL: `value` while globals `dict` and the builtins are unchanged
};

// What one receiver type (and, for instances, one map) gave. Several per instruction: code in
// a base class sees the instances of each subclass, whose maps differ.
struct IcWay {
  gc::Field<Type> type;  // null: unused
  gc::Field<Map> map;    // the receiver's map (instances), or null
  VField aux;
  uint32_t version = 0;  // the type's version tag
  uint16_t index = 0;
  IcKind kind = kIcEmpty;
};
inline constexpr int kIcWays = 4;

struct AttrCache {
  gc::Field<Str> name;
  gc::Field<Dict> dict;
  VField key;
  VField value;
  uint64_t version = 0;   // the dict's version (kIcTypeAttr: the class's version tag)
  uint64_t version2 = 0;  // kIcGlobal: the builtins' version
  IcKind kind = kIcEmpty;
  uint8_t victim = 0;  // the way the next fill replaces when all are used
  IcWay ways[kIcWays];
};

struct InlineCaches {
  static constexpr const char* gc_name = "py.inline_caches";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  int64_t n = 0;
  AttrCache* entries() { return reinterpret_cast<AttrCache*>(this + 1); }
  const AttrCache* entries() const { return reinterpret_cast<const AttrCache*>(this + 1); }
  void gc_trace(gc::Tracer& t) const;
  size_t gc_size() const {
    return sizeof(InlineCaches) + static_cast<size_t>(n) * sizeof(AttrCache);
  }
};

// Gives each LOAD_ATTR/STORE_ATTR/LOAD_METHOD/LOAD_GLOBAL of c an entry (the compiler calls it
// once c->names is set); false when out of memory.
bool code_init_caches(Code* c);

// The misses: the full lookup, then the entry refilled. Same results and errors as the
// uncached instructions (null with an exception set).
Value ic_load_attr_miss(AttrCache* c, Value obj);
// LOAD_METHOD: the callable; *self_out is the receiver to pass first, or null.
Value ic_load_method_miss(AttrCache* c, Value obj, Value* self_out);
int ic_store_attr_miss(AttrCache* c, Value obj, Value v);
Value ic_load_global_miss(AttrCache* c, Dict* globals);

// The way for a receiver of type t (`o` its object, null for small ints), or null.
__attribute__((always_inline)) inline IcWay* ic_way(AttrCache* c, Type* t, Object* o) {
  for (int i = 0; i < kIcWays; i++) {
    IcWay& w = c->ways[i];
    if (w.type.get() != t) continue;
    if (w.version != t->version) return nullptr;
    // only instance types have ways with a map
    if (w.map && static_cast<Instance*>(o)->map.get() != w.map.get()) continue;
    return &w;
  }
  return nullptr;
}

__attribute__((always_inline)) inline Value ic_load_attr(AttrCache* c, Value obj) {
  if (obj.is_ptr()) {
    Object* o = obj.obj();
    if (IcWay* w = ic_way(c, o->type, o)) {
      if (w->kind == kIcSlot) return inst_slot(static_cast<Instance*>(o), w->index);
      if (w->kind == kIcClassValue) return w->aux;
      if (w->kind == kIcMember) {
        // only Layout::Instance types have member ways, and new_instance gives their
        // instances room for every slot; an empty slot raises in the miss
        Value v = static_cast<Instance*>(o)->inline_slots()[w->index];
        if (v) return v;
      }
    } else if (c->kind == kIcModule) {
      if (static_cast<PyModule*>(o)->dict.get() == c->dict && o->type == rt.module_type &&
          c->dict->version == c->version)
        return c->value;
    } else if (c->kind == kIcTypeAttr) {
      if (obj == Value(c->key) && static_cast<Type*>(o)->version == c->version) return c->value;
    }
  }
  return ic_load_attr_miss(c, obj);
}

__attribute__((always_inline)) inline Value ic_load_method(AttrCache* c, Value obj,
                                                           Value* self_out) {
  Object* o = obj.is_small() ? nullptr : obj.obj();
  IcWay* w = ic_way(c, o ? o->type.get() : rt.int_type, o);
  if (w && w->kind == kIcMethod) {
    *self_out = obj;
    return w->aux;
  }
  if (c->kind == kIcPlain && o && o->type == rt.module_type &&
      static_cast<PyModule*>(o)->dict.get() == c->dict && c->dict->version == c->version) {
    *self_out = Value();
    return c->value;
  }
  return ic_load_method_miss(c, obj, self_out);
}

__attribute__((always_inline)) inline int ic_store_attr(AttrCache* c, Value obj, Value v) {
  if (obj.is_ptr()) {
    Instance* o = obj.as<Instance>();
    if (IcWay* w = ic_way(c, o->type, o)) {
      if (w->kind == kIcStoreSlot) {
        inst_set_slot(o, w->index, v);
        return 0;
      }
      if (w->kind == kIcStoreAdd && w->index < o->ninline) {
        o->inline_slots()[w->index] = v;
        o->map = Value(w->aux).as<Map>();
        return 0;
      }
    }
  }
  return ic_store_attr_miss(c, obj, v);
}

__attribute__((always_inline)) inline Value ic_load_global(AttrCache* c, Dict* globals) {
  if (c->dict.get() == globals && globals->version == c->version &&
      rt.builtins->version == c->version2)
    return c->value;
  return ic_load_global_miss(c, globals);
}

}  // namespace weft::python
