// Inline caches: the entries' setup, the misses (full lookup + refill), and their tracing.
#include "vm/inline_cache.h"

#include "objects/slots.h"

namespace weft::python {

namespace {
// A global's or module attribute's cached value is alive through its dict while the entry is
// valid. Once the name is rebound or deleted the entry is never read again (a dict's version
// only grows) until refilled, and its old value must not stay alive through it: after
// `del x; gc.collect()` x is garbage (its __del__ runs), as in CPython. Read after t(c.dict):
// the dict's current address.
bool stale_value(const AttrCache& c) {
  if (c.kind != kIcGlobal && c.kind != kIcModule) return false;
  return c.dict && (c.dict->version != c.version ||
                    (c.kind == kIcGlobal && rt.builtins->version != c.version2));
}
}  // namespace

void InlineCaches::gc_trace(gc::Tracer& t) const {
  for (int64_t i = 0; i < n; i++) {
    const AttrCache& c = entries()[i];
    t(c.name);
    t(c.dict);
    c.key.trace(t);
    if (!stale_value(c)) c.value.trace(t);
    for (const IcWay& w : c.ways) {
      t(w.type);
      t(w.map);
      w.aux.trace(t);
    }
  }
}

bool code_init_caches(Code* c) {
  std::vector<uint32_t>& ops = *c->ops;
  int64_t n = 0;
  for (uint32_t ins : ops) {
    int op = ins & 0xFF;
    if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_LOAD_METHOD || op == OP_LOAD_GLOBAL)
      n++;
  }
  if (n == 0) return true;
  InlineCaches* ic =
      rt.heap->make_with_tail<InlineCaches>(static_cast<size_t>(n) * sizeof(AttrCache));
  if (!ic) {
    rt.exc = rt.memory_error;
    return false;
  }
  ic->n = n;
  int64_t k = 0;
  for (uint32_t& ins : ops) {
    int op = ins & 0xFF;
    if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_LOAD_METHOD || op == OP_LOAD_GLOBAL) {
      ic->entries()[k].name = c->names->at(ins >> 8).as<Str>();
      ins = make_instr(op, static_cast<int>(k));
      k++;
    }
  }
  c->caches = ic;
  return true;
}

namespace {

void clear_single(AttrCache* c) {
  c->kind = kIcEmpty;
  c->dict = nullptr;
  c->key = Value();
  c->value = Value();
}

// Records what a receiver of type t with map m (null: not an instance) gives.
void fill_way(AttrCache* c, Type* t, Map* m, IcKind kind, Value aux, int64_t index) {
  IcWay* w = nullptr;
  for (IcWay& x : c->ways)
    if (!x.type || (x.type.get() == t && (x.map.get() == m || x.version != t->version))) {
      w = &x;
      break;
    }
  if (!w) {
    w = &c->ways[c->victim];
    c->victim = static_cast<uint8_t>((c->victim + 1) % kIcWays);
  }
  w->type = t;
  w->map = m;
  w->aux = aux;
  w->version = type_version(t);
  w->index = static_cast<uint16_t>(index);
  w->kind = kind;
}

// A class attribute that attribute access returns as it is (no __get__ to call, no binding).
bool plain_value(Value d) {
  if (!d.is_ptr()) return true;
  Type* dt = d.obj()->type;
  if (dt == rt.function_type || dt == rt.classmethod_type || dt == rt.staticmethod_type ||
      dt == rt.property_type || dt->layout == Layout::Builtin || dt == g_getset_type)
    return false;
  return dt->builtin || !lookup(dt, rt.s___get__);
}

// What generic_getattr lets take precedence over an instance attribute.
bool data_descriptor(Value d) {
  if (!d || !d.is_ptr()) return false;
  Type* dt = d.obj()->type;
  if (dt == rt.property_type || dt == g_member_type || dt == g_getset_type) return true;
  return !dt->builtin && (lookup(dt, rt.s___set__) || lookup(dt, rt.s___delete__));
}

// The receiver is a map-backed instance whose attribute lookup is generic_getattr.
Instance* mapped_instance(Value obj) {
  if (!obj.is_ptr()) return nullptr;
  Type* t = obj.obj()->type;
  if (t->layout != Layout::Instance || t->has_getattribute) return nullptr;
  Instance* o = obj.as<Instance>();
  return o->map ? o : nullptr;
}

void fill_instance_load(AttrCache* c, Instance* o, Str* name) {
  Type* t = o->type;
  Value d = lookup(t, name);
  if (is_member(d)) {
    int64_t i = d.as<Member>()->index;
    if (i < o->ninline) fill_way(c, t, nullptr, kIcMember, Value(), i);
    return;
  }
  if (data_descriptor(d)) return;
  int64_t i = map_index(o->map, name);
  if (i >= 0)
    fill_way(c, t, o->map, kIcSlot, Value(), i);
  else if (d && plain_value(d))
    fill_way(c, t, o->map, kIcClassValue, d, 0);
  else if (d && d.is_ptr() && d.obj()->type == rt.function_type)
    fill_way(c, t, o->map, kIcBind, d, 0);
}

void fill_module(AttrCache* c, Value obj, Str* name, IcKind kind) {
  Dict* d = obj.as<PyModule>()->dict;
  Value v = dict_get_str(d, name);
  if (!v) return;
  c->kind = kind;
  c->dict = d;
  c->version = d->version;
  c->value = v;
}

void fill_type_attr(AttrCache* c, Type* cls, Str* name) {
  if (cls->type.get() != rt.type_type || name->view().substr(0, 2) == "__") return;
  Value d = lookup(cls, name);
  if (!d || (!plain_value(d) && !(d.is_ptr() && d.obj()->type == rt.function_type))) return;
  c->kind = kIcTypeAttr;
  c->key = cls;
  c->version = type_version(cls);
  c->value = d;
}

}  // namespace

Value ic_load_attr_miss(AttrCache* c, Value obj) {
  Str* name = c->name;
  if (obj.is_ptr()) {
    IcWay* w = ic_way(c, obj.obj()->type, obj.obj());
    if (w && w->kind == kIcBind) return new_method(w->aux, obj);
  }
  Value v = getattr(obj, name);
  if (!v) return v;
  if (Instance* o = mapped_instance(obj)) {
    fill_instance_load(c, o, name);
  } else if (obj.is_ptr() && obj.obj()->type == rt.module_type) {
    clear_single(c);
    fill_module(c, obj, name, kIcModule);
  } else if (obj.is_ptr() && obj.obj()->type == rt.type_type) {
    clear_single(c);
    fill_type_attr(c, obj.as<Type>(), name);
  }
  return v;
}

Value ic_load_method_miss(AttrCache* c, Value obj, Value* self_out) {
  Str* name = c->name;
  Type* t = type_of(obj);
  Layout lay = t->layout;
  if (lay == Layout::Instance || lay == Layout::Exception || lay == Layout::List ||
      lay == Layout::Dict || lay == Layout::Str || lay == Layout::Tuple || lay == Layout::Set ||
      lay == Layout::Int || lay == Layout::Float || lay == Layout::Bytes || lay == Layout::Iter ||
      lay == Layout::Generator) {
    Value m = t->has_getattribute ? Value() : lookup(t, name);
    if (m && m.is_ptr() &&
        (m.obj()->type == rt.function_type || (is_native_fn(m) && m.as<Builtin>()->owner))) {
      bool shadowed = false;
      Map* map = nullptr;
      bool cacheable = t->builtin;
      if (lay == Layout::Instance || lay == Layout::Exception) {
        Instance* o = obj.as<Instance>();
        if (inst_get(o, name)) shadowed = true;
        map = o->map;
        cacheable = lay == Layout::Instance && map;
      }
      if (!shadowed) {
        if (cacheable) fill_way(c, t, map, kIcMethod, m, 0);
        *self_out = obj;
        return m;
      }
    }
  }
  Value v = getattr(obj, name);
  if (!v) return v;
  if (obj.is_ptr() && obj.obj()->type == rt.module_type) {
    clear_single(c);
    fill_module(c, obj, name, kIcPlain);
  }
  *self_out = Value();
  return v;
}

int ic_store_attr_miss(AttrCache* c, Value obj, Value v) {
  Str* name = c->name;
  Instance* o = nullptr;
  Map* before = nullptr;
  if (obj.is_ptr()) {
    Type* t = obj.obj()->type;
    if (t->layout == Layout::Instance && !t->has_setattr) {
      o = obj.as<Instance>();
      before = o->map;
      IcWay* w = ic_way(c, t, o);
      if (w && w->kind == kIcStoreMember && w->index < o->ninline) {
        o->inline_slots()[w->index] = v;
        return 0;
      }
      if (w && w->kind == kIcStoreAdd) {
        // the add hit, with the value past the inline slots
        if (!inst_append_slot(o, Value(w->aux).as<Map>(), w->index, v)) {
          rt.exc = rt.memory_error;
          return -1;
        }
        return 0;
      }
      Value d = lookup(t, name);
      if (is_member(d)) {
        int64_t i = d.as<Member>()->index;
        if (setattr(obj, name, v) < 0) return -1;
        if (i < o->ninline) fill_way(c, t, nullptr, kIcStoreMember, Value(), i);
        return 0;
      }
      if (!before || data_descriptor(d) || t->dictless) o = nullptr;
    }
  }
  if (setattr(obj, name, v) < 0) return -1;
  if (!o || !o->map) return 0;
  Map* after = o->map;
  if (after == before)
    fill_way(c, o->type, before, kIcStoreSlot, Value(), map_index(after, name));
  else if (after->parent.get() == before && after->name.get() == name)
    fill_way(c, o->type, before, kIcStoreAdd, Value::from_raw(reinterpret_cast<uintptr_t>(after)),
             after->count - 1);
  return 0;
}
Value ic_load_global_miss(AttrCache* c, Dict* globals) {
  Str* name = c->name;
  Value v = dict_get_str(globals, name);
  if (!v) {
    if (rt.exc) return v;
    v = dict_get_str(rt.builtins, name);
    if (!v && !rt.exc) v = lazy_builtin(name);
    if (!v && !rt.exc) {
      if (!module_spec_attr(globals, name)) return Value();
      if ((v = dict_get_str(globals, name))) return v;  // not cached: rare
    }
    if (!v) {
      if (rt.exc) return v;
      raise_fmt(rt.NameError, "name '%s' is not defined", std::string(name->view()).c_str());
      return with_error_context(name, Value());
    }
  }
  c->kind = kIcGlobal;
  c->dict = globals;
  c->version = globals->version;
  c->version2 = rt.builtins->version;
  c->value = v;
  return v;
}

}  // namespace weft::python
