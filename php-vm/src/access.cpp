// Element, property, static property and class constant access for the interpreter.
#include <cmath>

#include "interp_support.h"
#include "typed_props.h"
#include "typed_refs.h"
#include "weft/php/interp.h"
#include "weft/php/ops.h"

namespace weft::php {

static std::string key_repr(const Value& key) {
  const Value& k = deref(key);
  if (k.tag == Tag::Str) {
    int64_t i;
    if (string_is_int_key(k.s->view(), &i)) return std::to_string(i);
    return "\"" + std::string(k.s->view()) + "\"";
  }
  if (k.tag == Tag::Int) return std::to_string(k.i);
  if (k.tag == Tag::Float) return std::to_string(double_to_int(k.d));
  if (k.tag == Tag::Bool) return k.i ? "1" : "0";
  return "\"\"";
}

Class* class_from_operand(VM& vm, Frame* f, const Value& v0) {
  const Value& v = deref(v0);
  if (v.tag == Tag::Obj) return v.o->cls;
  if (v.tag != Tag::Str) {
    vm.throw_error("Error", "Cannot use value as class name");
    return nullptr;
  }
  std::string_view name = v.s->view();
  if (name == "self" || name == "static" || name == "parent") {
    Class* scope = f->fn->scope;
    if (f->closure) scope = f->closure->closure()->scope;
    if (name == "self") {
      if (!scope) vm.throw_error("Error", "Cannot use \"self\" when no class scope is active");
      return scope;
    }
    if (name == "static") {
      Class* c = f->called ? f->called : scope;
      if (!c) vm.throw_error("Error", "Cannot use \"static\" when no class scope is active");
      return c;
    }
    if (!scope || !scope->parent) {
      vm.throw_error("Error", "Cannot use \"parent\" when current class scope has no parent");
      return nullptr;
    }
    return scope->parent;
  }
  Class* c = vm.load_class(name);
  if (!c && !vm.exception) vm.throw_error("Error", "Class \"" + std::string(name) + "\" not found");
  return c;
}

static Function* find_magic(Object* o, Function* Class::*m) { return o->cls->*m; }

bool fetch_dim(VM& vm, const Value& base0, const Value& key, Value* out, int quiet) {
  const Value& base = deref(base0);
  switch (base.tag) {
    case Tag::Arr: {
      Key k;
      if (!to_key(key, &k)) return false;
      Value* v = base.a->find(k);
      if (v) {
        *out = deref(*v);
        return true;
      }
      if (!quiet) vm.warning("Undefined array key " + key_repr(key));
      *out = Value::null();
      return true;
    }
    case Tag::Str: {
      const Value& k = deref(key);
      int64_t i;
      if (k.tag == Tag::Int) {
        i = k.i;
      } else if (k.tag == Tag::Str) {
        NumParse n = parse_numeric(k.s->view(), false);
        if (n.kind != NumKind::Int) {
          if (quiet) {
            *out = Value::null();
            return true;
          }
          return vm.throw_error("TypeError", "Cannot access offset of type string on string"),
                 false;
        }
        i = n.i;
      } else {
        i = to_int(k);
      }
      int64_t len = base.s->len;
      if (i < 0) i += len;
      if (i < 0 || i >= len) {
        if (!quiet)
          vm.warning("Uninitialized string offset " +
                     std::to_string(deref(key).tag == Tag::Int ? deref(key).i : i));
        *out = quiet ? Value::null() : Value::str(intern(""));
        return true;
      }
      *out = Value::str(intern(std::string_view(base.s->data() + i, 1)));
      return true;
    }
    case Tag::Obj: {
      Function* m = base.o->cls->find_method("offsetget");
      if (!m)
        return vm.throw_error("Error",
                              "Cannot use object of type " + base.o->cls->name + " as array");
      if (quiet) {
        Function* has = base.o->cls->find_method("offsetexists");
        if (has) {
          Value arg = deref(key), r;
          if (!vm.call_method(base.o, has, &arg, 1, &r)) return false;
          if (!to_bool(r)) {
            *out = Value::null();
            return true;
          }
          if (quiet == 2) {  // isset(): offsetExists decides alone
            *out = Value::boolean(true);
            return true;
          }
        }
      }
      Value arg = deref(key);
      return vm.call_method(base.o, m, &arg, 1, out);
    }
    default:
      if (!quiet)
        vm.warning(std::string("Trying to access array offset on value of type ") +
                   (base.tag == Tag::Bool ? "bool" : type_name(base)));
      *out = Value::null();
      return true;
  }
}

static bool prepare_container(VM& vm, Value* c, int mode, bool* skip) {
  *skip = false;
  if (c->tag == Tag::Arr) {
    if (is_shared(c->a)) *c = Value::arr(c->a->copy());
    return true;
  }
  if (c->tag == Tag::Undef || c->tag == Tag::Null) {
    if (mode == 2) {
      *skip = true;
      return true;
    }
    *c = Value::arr(Array::make());
    return true;
  }
  if (c->tag == Tag::Bool && !c->i) {
    if (mode == 2) {
      *skip = true;
      return true;
    }
    vm.deprecated("Automatic conversion of false to array is deprecated");
    *c = Value::arr(Array::make());
    return true;
  }
  return true;
}

// $obj[k] inside a write chain: php calls offsetGet(k); what the chain then writes reaches the
// object only through an object result, otherwise php notices that it has no effect and writes
// into a temporary. compound: the last step of `$obj[k] op= v`, which php turns into offsetGet
// now and offsetSet when the value is stored (VM::finish_magic_rmw).
static Value* lv_dim_object(VM& vm, Object* o, const Value* key, bool compound) {
  Function* get = o->cls->find_method("offsetget");
  if (!get) {
    vm.throw_error("Error", "Cannot use object of type " + o->cls->name + " as array");
    return nullptr;
  }
  Ref* r = gc_new<Ref>();
  Value k = key ? deref(*key) : Value::null();
  Array* m = vm.magic_rmw.get();
  if (!vm.magic_slot) m->clear();
  m->append(Value::ref(r));  // keeps the temporary alive while the chain runs
  vm.keep_ref_return = !compound && (get->flags & FnByRefReturn);
  if (!vm.call_method(o, get, &k, 1, &r->v)) return nullptr;
  if (compound && !vm.magic_slot) {
    m->clear();
    m->append(Value::obj(o));
    m->append(k);
    m->append(Value::ref(r));
    m->append(Value::integer(1));  // finish with offsetSet
    vm.magic_slot = &r->v;
    vm.magic_prop = nullptr;
  } else if (r->v.tag == Tag::Ref && (get->flags & FnByRefReturn)) {
    return &r->v.r->v;  // `function &offsetGet()`: the chain writes through the reference
  } else if (deref(r->v).tag != Tag::Obj) {
    vm.notice("Indirect modification of overloaded element of " + o->cls->name + " has no effect");
  }
  return &r->v;
}

Value* lv_dim(VM& vm, Value* slot, const Value* key, int mode) {
  bool compound = mode & 4;
  mode &= 3;
  if (mode != 2 && !check_ref_auto_array(vm, *slot)) return nullptr;
  Value* c = &deref(*slot);
  if (c->tag == Tag::Obj) return lv_dim_object(vm, c->o, key, compound);
  bool skip;
  if (!prepare_container(vm, c, mode, &skip)) return nullptr;
  if (skip) return nullptr;
  if (c->tag != Tag::Arr) {
    if (c->tag == Tag::Str) {
      vm.throw_error("Error", key ? "Cannot use string offset as an array"
                                  : "[] operator not supported for strings");
      return nullptr;
    }
    vm.throw_error("Error", "Cannot use a scalar value as an array");
    return nullptr;
  }
  Array* a = c->a;
  if (!key) {
    if (!a->append(Value::null())) {
      vm.throw_error("Error",
                     "Cannot add element to the array as the next element is already occupied");
      return nullptr;
    }
    return &a->buckets()[a->used() - 1].v;
  }
  Key k;
  if (!to_key(*key, &k)) return nullptr;
  if (mode == 2) return a->find(k);
  bool inserted;
  Value* e = a->lookup_or_insert(k, &inserted);
  if (inserted && mode == 1) vm.warning("Undefined array key " + key_repr(*key));
  return e;
}

// The offset of `$s[key] = ...` as php 8.2 takes it: an integer string as its value, a
// leading-numeric one with 'Illegal string offset "key"', other strings a TypeError; null, bools
// and floats are cast with "String offset cast occurred". False with the TypeError thrown.
static bool string_write_offset(VM& vm, const Value& key, int64_t* out) {
  switch (key.tag) {
    case Tag::Int:
      *out = key.i;
      return true;
    case Tag::Str: {
      NumParse n = parse_numeric(key.s->view(), true);
      if (n.kind != NumKind::Int)
        return vm.throw_error("TypeError", "Cannot access offset of type string on string");
      if (n.trailing) vm.warning("Illegal string offset \"" + std::string(key.s->view()) + "\"");
      *out = n.i;
      return true;
    }
    case Tag::Null:
    case Tag::Bool:
    case Tag::Float:
      vm.warning("String offset cast occurred");
      [[fallthrough]];
    default:
      *out = to_int(key);
      return true;
  }
}

bool assign_dim(VM& vm, Value* slot, const Value* key, const Value& v, int flags) {
  if (!check_ref_auto_array(vm, *slot)) return false;
  Value* c = &deref(*slot);
  if (c->tag == Tag::Obj) {
    Function* m = c->o->cls->find_method("offsetset");
    if (!m)
      return vm.throw_error("Error", "Cannot use object of type " + c->o->cls->name + " as array");
    Value args[2] = {key ? deref(*key) : Value::null(), deref(v)};
    Value r;
    return vm.call_method(c->o, m, args, 2, &r);
  }
  if (c->tag == Tag::Str && c->s->len > 0) {
    if (!key) return vm.throw_error("Error", "[] operator not supported for strings");
    int64_t offset;
    if (!string_write_offset(vm, deref(*key), &offset)) return false;
    String* src = c->s;
    int64_t i = offset < 0 ? offset + int64_t(src->len) : offset;
    if (i < 0) {
      vm.warning("Illegal string offset " + std::to_string(offset));
      return true;
    }
    String* s2 = to_str(v);
    if (s2->len != 1) {
      if (s2->len == 0)
        return vm.throw_error("Error", "Cannot assign an empty string to a string offset");
      vm.warning("Only the first byte will be assigned to the string offset");
    }
    std::string s(src->view());
    if (size_t(i) >= s.size()) s.resize(size_t(i) + 1, ' ');
    s[size_t(i)] = s2->data()[0];
    *c = Value::str(new_string(s));
    return true;
  }
  bool skip;
  if (!prepare_container(vm, c, 0, &skip)) return false;
  if (c->tag != Tag::Arr) {
    if (c->tag == Tag::Str) return vm.throw_error("Error", "Cannot use string offset as an array");
    return vm.throw_error("Error", "Cannot use a scalar value as an array");
  }
  Array* a = c->a;
  Value val = v;
  if (flags == 0) mark_copy(val);
  if (!key) {
    if (!a->append(val))
      return vm.throw_error(
          "Error", "Cannot add element to the array as the next element is already occupied");
    return true;
  }
  Key k;
  if (!to_key(*key, &k)) return false;
  bool inserted;
  Value* e = a->lookup_or_insert(k, &inserted);
  if (flags == 2 || e->tag != Tag::Ref)
    *e = val;
  else
    e->r->v = val;
  return true;
}

bool unset_dim(VM& vm, Value* slot, const Value& key) {
  Value* c = &deref(*slot);
  if (c->tag == Tag::Arr) {
    if (is_shared(c->a)) *c = Value::arr(c->a->copy());
    Key k;
    if (!to_key(key, &k)) return false;
    c->a->remove(k);
    return true;
  }
  if (c->tag == Tag::Obj) {
    Function* m = c->o->cls->find_method("offsetunset");
    if (!m)
      return vm.throw_error("Error", "Cannot use object of type " + c->o->cls->name + " as array");
    Value arg = deref(key), r;
    return vm.call_method(c->o, m, &arg, 1, &r);
  }
  if (c->tag == Tag::Str) return vm.throw_error("Error", "Cannot unset string offsets");
  return true;
}

// The declared property `n` of class `cls` as code running in `f` sees it: the plain name's
// slot, unless the calling class declared a private `n` that a subclass redeclared.
static std::unordered_map<std::string, uint32_t>::const_iterator find_prop(const Class* cls,
                                                                           std::string_view n,
                                                                           Frame* f) {
  auto it = cls->prop_index.find(std::string(n));
  if (!cls->shadows_private || it == cls->prop_index.end()) return it;
  Class* scope = calling_scope(f);
  if (!scope || scope == cls || cls->props[it->second].declared == scope) return it;
  auto own = cls->prop_index.find(std::string(1, '\0') + scope->name + '\0' + std::string(n));
  return own != cls->prop_index.end() ? own : it;
}

// A site's cache maps the object's class to the slot; a closure's code can run in another
// scope after Closure::bind, where find_prop may choose another slot.
static bool cacheable(const Class* cls, const Frame* f) {
  return !(cls->shadows_private && f->closure);
}

bool fetch_prop(VM& vm, Frame* f, const Value& obj0, const Value& name, Value* out, int quiet,
                PropCache* cache) {
  const Value& obj = deref(obj0);
  if (obj.tag != Tag::Obj) {
    if (!quiet)
      vm.warning("Attempt to read property \"" + to_std_string(name) + "\" on " +
                 (obj.tag == Tag::Bool ? "bool" : type_name(obj)));
    *out = Value::null();
    return true;
  }
  Object* o = obj.o;
  uint32_t cached;
  if (cache && cache->hit(o->cls, &cached)) {
    Value& v = o->slots()[cached];
    if (v.tag != Tag::Undef) {
      *out = deref(v);
      return true;
    }
  }
  String* n = deref(name).tag == Tag::Str ? deref(name).s : to_str(name);
  auto it = find_prop(o->cls, n->view(), f);
  if (it != o->cls->prop_index.end()) {
    const PropInfo& pi = o->cls->props[it->second];
    bool accessible = (pi.flags & (ModPrivate | ModProtected)) == 0;
    if (!accessible) {
      Class* scope = f->fn->scope;
      if (f->closure) scope = f->closure->closure()->scope;
      accessible = scope && ((pi.flags & ModPrivate) ? scope == pi.declared
                                                     : (scope->is_subclass_of(pi.declared) ||
                                                        pi.declared->is_subclass_of(scope)));
    }
    if (accessible) {
      Value& v = o->slots()[it->second];
      if (v.tag != Tag::Undef) {
        if (cache && cacheable(o->cls, f)) cache->insert(o->cls, it->second);
        *out = deref(v);
        return true;
      }
      // a typed property never written: php's Error (after unset(), __get may take it)
      if (pi.typed && (v.aux != kUnsetPropMark || !o->cls->m_get)) {
        if (!quiet) return throw_uninitialized_prop(vm, pi);
        *out = Value::null();
        return true;
      }
    }
    if (!accessible && !o->cls->m_get) {
      return vm.throw_error("Error", std::string("Cannot access ") +
                                         ((pi.flags & ModPrivate) ? "private" : "protected") +
                                         " property " + o->cls->name + "::$" +
                                         std::string(n->view()));
    }
  } else {
    if (!quiet && !static_through_object(vm, f, o, n)) return false;
    if (o->dyn) {
      if (Value* v = o->dyn->find(n->view())) {
        *out = deref(*v);
        return true;
      }
    }
  }
  if (Function* g = find_magic(o, &Class::m_get)) {
    if (!(f->fn == g && f->this_.get() == o)) {
      if (quiet) {
        if (Function* is = o->cls->m_isset) {
          Value arg = Value::str(n), r;
          if (!vm.call_method(o, is, &arg, 1, &r)) return false;
          if (!to_bool(r)) {
            *out = Value::null();
            return true;
          }
          if (quiet == 2) {  // isset(): __isset decides alone
            *out = Value::boolean(true);
            return true;
          }
        }
      }
      Value arg = Value::str(n);
      return vm.call_method(o, g, &arg, 1, out);
    }
  }
  if (!quiet) vm.warning("Undefined property: " + o->cls->name + "::$" + std::string(n->view()));
  *out = Value::null();
  return true;
}

bool assign_prop(VM& vm, Frame* f, const Value& obj0, const Value& name, const Value& v,
                 PropCache* cache) {
  const Value& obj = deref(obj0);
  if (obj.tag != Tag::Obj)
    return vm.throw_error("Error", "Attempt to assign property \"" + to_std_string(name) +
                                       "\" on " + (obj.tag == Tag::Bool ? "bool" : type_name(obj)));
  Object* o = obj.o;
  uint32_t cached;
  if (cache && cache->hit(o->cls, &cached)) {
    Value& s = o->slots()[cached & kSlotIndexMask];
    if (!(cached & kSlotCheckBits) || cached_store_allowed(cached, s, v)) {
      if (s.tag == Tag::Ref)
        s.r->v = v;
      else
        s = v;
      return true;
    }
    if (!(cached & kReadonlySlot) || s.tag == Tag::Undef) {  // typed: the value needs a check
      Value checked = v;
      const PropInfo& pi = o->cls->props[cached & kSlotIndexMask];
      if (!type_accepts_fast(*pi.type, checked) &&
          !check_prop_store(vm, pi, checked, f->code->strict_types))
        return false;
      deref(s) = checked;
      return true;
    }
  }
  String* n = deref(name).tag == Tag::Str ? deref(name).s : to_str(name);
  auto it = find_prop(o->cls, n->view(), f);
  if (it != o->cls->prop_index.end()) {
    const PropInfo& pi = o->cls->props[it->second];
    bool accessible = (pi.flags & (ModPrivate | ModProtected)) == 0;
    if (!accessible) {
      Class* scope = f->fn->scope;
      if (f->closure) scope = f->closure->closure()->scope;
      accessible = scope && ((pi.flags & ModPrivate) ? scope == pi.declared
                                                     : (scope->is_subclass_of(pi.declared) ||
                                                        pi.declared->is_subclass_of(scope)));
    }
    if (accessible) {
      Value& s = o->slots()[it->second];
      if ((pi.flags & ModReadonly) && s.tag != Tag::Undef)
        return vm.throw_error("Error", "Cannot modify readonly property " +
                                           (pi.declared ? pi.declared : o->cls)->name + "::$" +
                                           std::string(n->view()));
      // readonly and typed properties' sites cache their slot too, with the checks the
      // cached store needs (constructors initialize readonly ones)
      if (cache && cacheable(o->cls, f)) cache->insert(o->cls, prop_cache_word(pi, it->second));
      if (s.tag == Tag::Ref && ref_typed(s.r))
        return assign_prop_typed_ref(vm, pi, s.r, v, f->code->strict_types);
      if (prop_checked(pi)) {
        Value checked = v;
        if (!check_prop_store(vm, pi, checked, f->code->strict_types)) return false;
        deref(s) = checked;
        return true;
      }
      if (s.tag == Tag::Ref)
        s.r->v = v;
      else
        s = v;
      return true;
    }
    if (!o->cls->m_set)
      return vm.throw_error("Error", std::string("Cannot access ") +
                                         ((pi.flags & ModPrivate) ? "private" : "protected") +
                                         " property " + o->cls->name + "::$" +
                                         std::string(n->view()));
  } else {
    if (!static_through_object(vm, f, o, n)) return false;
    if (o->dyn) {
      if (Value* s = o->dyn->find(n->view())) {
        if (s->tag == Tag::Ref && ref_typed(s->r))
          return assign_typed_ref(vm, s->r, v, f->code->strict_types);
        deref(*s) = v;
        return true;
      }
    }
  }
  if (Function* sm = o->cls->m_set) {
    if (!(f->fn == sm && f->this_.get() == o)) {
      Value args[2] = {Value::str(n), v};
      Value r;
      return vm.call_method(o, sm, args, 2, &r);
    }
  }
  Value* s = vm.prop_slot(o, n, true);
  *s = v;
  return true;
}

bool static_through_object(VM& vm, Frame* f, Object* o, String* n) {
  if (o->cls->static_index.empty()) return true;
  auto it = o->cls->static_index.find(std::string(n->view()));
  if (it == o->cls->static_index.end()) return true;
  const PropInfo& pi = o->cls->static_props[it->second];
  std::string what = o->cls->name + "::$" + std::string(n->view());
  if (pi.flags & (ModPrivate | ModProtected)) {
    Class* scope = calling_scope(f);
    bool ok = (pi.flags & ModPrivate) ? scope == pi.declared
                                      : scope && (scope->is_subclass_of(pi.declared) ||
                                                  pi.declared->is_subclass_of(scope));
    if (!ok)
      return vm.throw_error("Error", std::string("Cannot access ") +
                                         ((pi.flags & ModPrivate) ? "private" : "protected") +
                                         " property " + what);
  }
  vm.notice("Accessing static property " + what + " as non static");
  return true;
}

// A typed property's slot for a write chain, by what follows the chain's last step (bytecode.h:
// kLvPropRmw, kLvPropRef, kLvPropBind, kLvPropStore, kLvPropDim): `$o->p op= v` and `$o->p++`
// have the new value checked when it is stored (begin_typed_rmw), as a static property's store
// has; `&$o->p` binds the reference to the property, `$o->p = &$x` leaves the binding to
// AssignLv (VM::bind_slot); a write into an array inside it must not create the array where
// the type takes none.
static Value* typed_lv(VM& vm, const PropInfo& pi, Value* slot, uint8_t mode) {
  if (mode & kLvPropRef) return make_typed_prop_ref(vm, pi, slot) ? slot : nullptr;
  if (mode & kLvPropBind) {
    vm.bind_slot = slot;
    vm.bind_prop = &pi;
    return slot;
  }
  if (mode & kLvPropDim) {
    // `$o->p[k] op= v` reads the array first: an uninitialized one is php's Error
    if ((mode & 3) == 1 && deref(*slot).tag == Tag::Undef) {
      throw_uninitialized_prop(vm, pi);
      return nullptr;
    }
    return check_prop_auto_array(vm, pi, *slot) ? slot : nullptr;
  }
  if (mode & kLvPropStore) {
    if (!prop_checked(pi)) return slot;
    return begin_typed_rmw_inline(vm, pi, slot);
  }
  if (!(mode & kLvPropRmw)) return slot;
  if (deref(*slot).tag == Tag::Undef) {
    throw_uninitialized_prop(vm, pi);
    return nullptr;
  }
  if (pi.flags & ModReadonly) {
    vm.throw_error("Error", "Cannot modify readonly property " + pi.declared->name + "::$" +
                                std::string(pi.name->view()));
    return nullptr;
  }
  if (!prop_checked(pi)) return slot;
  return begin_typed_rmw(vm, pi, slot) ? vm.magic_slot : nullptr;
}

Value* lv_typed_cached(VM& vm, Object* o, const PropCache& cache, uint8_t mode) {
  uint32_t idx = cache.slot[0] & kSlotIndexMask;
  Value* slot = &o->slots()[idx];
  const PropInfo& pi = o->cls->props[idx];
  if (!(mode & kLvPropTyped) && slot->tag >= Tag::Int) return slot;
  if ((mode & kLvPropRmw) && slot->tag != Tag::Undef && prop_checked(pi) &&
      !(pi.flags & ModReadonly))
    return begin_typed_rmw_inline(vm, pi, slot);
  return typed_lv(vm, pi, slot, mode);
}

static Value* lv_prop_lookup(VM& vm, Frame* f, const Value& obj0, const Value& name,
                             PropCache* cache, uint8_t mode);

// The cached cases stay out of the lookup's larger frame.
Value* lv_prop(VM& vm, Frame* f, const Value& obj0, const Value& name, PropCache* cache,
               uint8_t mode) {
  const Value& obj = deref(obj0);
  if (cache && obj.tag == Tag::Obj && cache->cls[0] == typed_lv_key(obj.o->cls))
    return lv_typed_cached(vm, obj.o, *cache, mode);
  return lv_prop_lookup(vm, f, obj0, name, cache, mode);
}

__attribute__((noinline)) static Value* lv_prop_lookup(VM& vm, Frame* f, const Value& obj0,
                                                       const Value& name, PropCache* cache,
                                                       uint8_t mode) {
  const Value& obj = deref(obj0);
  if (obj.tag != Tag::Obj) {
    vm.throw_error("Error", "Attempt to modify property \"" + to_std_string(name) + "\" on " +
                                (obj.tag == Tag::Bool ? "bool" : type_name(obj)));
    return nullptr;
  }
  Object* o = obj.o;
  uint32_t cached;
  if (cache && cache->hit(typed_lv_key(o->cls), &cached)) {
    cached &= kSlotIndexMask;
    return typed_lv(vm, o->cls->props[cached], &o->slots()[cached], mode);
  }
  if (cache && cache->hit(o->cls, &cached)) return &o->slots()[cached];
  String* n = to_str(name);
  auto it = find_prop(o->cls, n->view(), f);
  if (it == o->cls->prop_index.end() && !static_through_object(vm, f, o, n)) return nullptr;
  if (it == o->cls->prop_index.end() && !(o->dyn && o->dyn->find(n->view())) && o->cls->m_get) {
    // php: __get result modified indirectly; we hand out a temporary slot
    Value arg = Value::str(n);
    Ref* r = gc_new<Ref>();
    if (!vm.call_method(o, o->cls->m_get, &arg, 1, &r->v)) return nullptr;
    Array* m = vm.magic_rmw.get();
    m->clear();
    m->append(Value::obj(o));
    m->append(Value::str(n));
    m->append(Value::ref(r));
    vm.magic_slot = &r->v;
    vm.magic_prop = nullptr;
    return &r->v;
  }
  if (it != o->cls->prop_index.end()) {  // a declared property: its slot, whatever it holds
    const PropInfo& pi = o->cls->props[it->second];
    if (pi.typed) {
      if (cache && cacheable(o->cls, f)) {
        bool int_stays =
            !(pi.flags & ModReadonly) && (!prop_checked(pi) || (pi.type->bits & TyInt));
        cache->insert(typed_lv_key(o->cls), it->second | (int_stays ? kLvIntSlot : 0));
      }
      return typed_lv(vm, pi, &o->slots()[it->second], mode);
    }
    if (cache && cacheable(o->cls, f)) cache->insert(o->cls, it->second);
    return &o->slots()[it->second];
  }
  return vm.prop_slot(o, n, true);
}

Value* lv_static_prop(VM& vm, Frame* f, const Value& cls, const Value& name, uint8_t mode) {
  Class* c = class_from_operand(vm, f, cls);
  if (!c) return nullptr;
  String* n = to_str(name);
  auto it = c->static_index.find(std::string(n->view()));
  if (it == c->static_index.end()) {
    if (mode & kStaticQuiet) return nullptr;
    vm.throw_error("Error", "Access to undeclared static property " + c->name + "::$" +
                                std::string(n->view()));
    return nullptr;
  }
  if (c->needs_init && !vm.init_class(c)) return nullptr;
  Value* slot = c->statics()->find(int64_t(it->second));
  const PropInfo& pi = c->static_props[it->second];
  if (!pi.typed) return slot;
  if (mode & kStaticRead) {
    // a typed static property never written: php's Error (isset() and ?? take null)
    if (deref(*slot).tag != Tag::Undef || (mode & kStaticQuiet)) return slot;
    throw_uninitialized_prop(vm, pi);
    return nullptr;
  }
  return typed_lv(vm, pi, slot, mode);
}

bool fetch_class_const(VM& vm, Frame* f, const Value& cls, String* name, Value* out) {
  Class* c = class_from_operand(vm, f, cls);
  if (!c) return false;
  auto it = c->const_index.find(std::string(name->view()));
  if (it == c->const_index.end())
    return vm.throw_error("Error",
                          "Undefined constant " + c->name + "::" + std::string(name->view()));
  if (it->second < c->const_flags.size() && c->const_flags[it->second]) {
    uint32_t vis = c->const_flags[it->second];
    Class* owner = c->const_owner[it->second];
    Class* scope = calling_scope(f);
    bool ok = (vis & ModPrivate)
                  ? scope == owner
                  : scope && (scope->is_subclass_of(owner) || owner->is_subclass_of(scope));
    if ((vis & ModPrivate) && c != owner)  // private constants are not inherited
      return vm.throw_error("Error",
                            "Undefined constant " + c->name + "::" + std::string(name->view()));
    if (!ok)
      return vm.throw_error("Error", std::string("Cannot access ") +
                                         ((vis & ModPrivate) ? "private" : "protected") +
                                         " constant " + c->name + "::" + std::string(name->view()));
  }
  Value* v = c->consts()->find(int64_t(it->second));
  if (v->tag == Tag::Ptr) {  // Class::unevaluated_const()
    Function* th = c->const_thunks[it->second];
    Class* owner = c->const_owner[it->second];
    if (!th) return vm.throw_error("Error", "Cannot evaluate constant");
    Value r;
    if (!vm.invoke(th, nullptr, 0, &r, nullptr, owner)) return false;
    mark_copy(r);
    // owner and inheritors share the value
    v = c->consts()->find(int64_t(it->second));
    *v = r;
    auto oi = owner->const_index.find(std::string(name->view()));
    if (oi != owner->const_index.end()) *owner->consts()->find(int64_t(oi->second)) = r;
  }
  *out = *v;
  return true;
}

// Include files and eval'd code run in their includer's scope: the top level if that is.
static bool top_level(VM& vm, Frame* f) {
  while (f) {
    if (f == vm.main_frame) return true;
    const std::string& n = f->fn->name;
    if (f->fn->scope || !(n == "include" || n == "include_once" || n == "require" ||
                          n == "require_once" || n == "eval"))
      return false;
    f = f->prev;
  }
  return false;
}

Value* var_slot(VM& vm, Frame* f, std::string_view name, bool create) {
  int32_t idx = f->code->find_local(name);
  if (idx >= 0) return &f->regs()[idx];
  Array* table;
  if (top_level(vm, f)) {
    table = vm.globals_extra.get();
  } else {
    if (!f->dyn_vars) {
      if (!create) return nullptr;
      f->dyn_vars = Array::make();
    }
    table = f->dyn_vars.get();
  }
  if (!create) {
    Value* v = table->find(name);
    return v && v->tag != Tag::Undef ? v : nullptr;
  }
  int64_t i;
  Key k = string_is_int_key(name, &i) ? Key::integer(i) : Key::string(new_string(name));
  bool ins;
  Value* v = table->lookup_or_insert(k, &ins);
  if (ins) *v = Value();
  return v;
}

}  // namespace weft::php
