// WeakReference and WeakMap (prelude_weak.php) over the destructor machinery.
//
// php clears a weak reference when the object it names is freed. weft-php has no reference
// counts, but drops.cpp already finds the moment php frees an object that has a destructor: an
// object a WeakReference or a WeakMap key names carries kWeaklyHeldBit and is watched the same
// way, and the checks do not count those two holders (the WeakReference's target and the map's
// keys live in the first property of their object, which Reach and Release skip). When the last
// real holder goes, clear_weak() empties the WeakReference and removes the object's entries from
// the maps, releasing their values (a value's destructor runs then, as in php).
// gc_collect_cycles() clears the objects only cycles keep (collect_weak, drops.cpp).
#include "builtins.h"

namespace weft::php {

namespace {

// The array in an object's first property, unshared, so that it can be changed in place.
Array* own_array(Object* o) {
  Value& v = o->slots()[0];
  if (v.tag != Tag::Arr) v = Value::arr(Array::make());
  if (is_shared(v.a)) v = Value::arr(v.a->copy());
  return v.a;
}

// Records that `holder` (a WeakReference or WeakMap) names `o` weakly.
void hold(VM& vm, Object* o, Object* holder) {
  Key id = Key::integer(vm.object_id(o));
  Value* entry = vm.weak_holders->find(id);
  if (!entry) {
    Array* e = Array::make();
    e->append(Value::obj(o));
    e->append(Value::arr(Array::make()));
    vm.weak_holders->set(id, Value::arr(e));
    entry = vm.weak_holders->find(id);
  }
  entry->a->find(Key::integer(1))->a->set(Key::integer(vm.object_id(holder)), Value::obj(holder));
  gc::header_of(o) |= kWeaklyHeldBit;
  vm.watch_drops = !vm.drops_exhausted;
}

WEFT_PHP_NATIVE(f_weakref_create) {
  const Value& v = arg_at(args, argc, 0);
  if (v.tag != Tag::Obj)
    return vm.throw_error("TypeError",
                          "WeakReference::create(): Argument #1 ($object) must be of type object");
  Object* o = v.o;
  if (Value* entry = vm.weak_holders->find(Key::integer(vm.object_id(o)))) {
    Array* list = entry->a->find(Key::integer(1))->a;
    for (uint32_t i = list->first(); i < list->used(); i = list->next(i)) {
      const Value& h = list->buckets()[i].v;
      if (h.o->cls == vm.weakref_class) {
        *ret = h;
        return true;
      }
    }
  }
  Class* cls = vm.weakref_class;  // set when prelude_weak.php was compiled
  Object* ref = vm.new_object(cls, uint32_t(cls->props.size()));
  for (uint32_t i = 0; i < ref->nslots; ++i) ref->slots()[i] = Value::null();
  ref->slots()[0] = v;
  hold(vm, o, ref);
  *ret = Value::obj(ref);
  return true;
}

WEFT_PHP_NATIVE(f_weakmap_hold) {
  const Value& k = arg_at(args, argc, 0);
  const Value& m = arg_at(args, argc, 1);
  if (k.tag != Tag::Obj || m.tag != Tag::Obj) return true;
  hold(vm, k.o, m.o);
  return true;
}

}  // namespace

bool VM::clear_weak(Object* o) {
  if (!(gc::header_of(o) & kWeaklyHeldBit)) return true;
  gc::header_of(o) &= ~kWeaklyHeldBit;
  Key id = Key::integer(object_id(o));
  Value* found = weak_holders->find(id);
  if (!found) return true;
  gc::Root<Array> holders;
  holders = found->a->find(Key::integer(1))->a;
  weak_holders->remove(id);
  gc::Root<Array> released;  // the maps' values, released once every holder is cleared
  released = Array::make();
  for (uint32_t i = holders->first(); i < holders->used(); i = holders->next(i)) {
    Object* h = holders->buckets()[i].v.o;
    if (h->cls == weakref_class) {
      if (h->slots()[0].tag == Tag::Obj && h->slots()[0].o == o) h->slots()[0] = Value::null();
      continue;
    }
    Array* keys = own_array(h);
    Value* k = keys->find(id);
    if (!k || k->tag != Tag::Obj || k->o != o) continue;  // the entry went before
    keys->remove(id);
    Value& vals = h->slots()[1];
    if (vals.tag != Tag::Arr) continue;
    if (is_shared(vals.a)) vals = Value::arr(vals.a->copy());
    if (Value* v = vals.a->find(id)) {
      released->append(*v);
      vals.a->remove(id);
    }
  }
  if (!weak_holders->count && !destructibles->count) watch_drops = false;
  for (uint32_t i = released->first(); i < released->used(); i = released->next(i))
    if (!dropped(released->buckets()[i].v)) return false;
  return true;
}

void VM::forget_weak_reference(Object* ref) {
  const Value& target = ref->slots()[0];
  if (target.tag != Tag::Obj) return;
  if (Value* entry = weak_holders->find(Key::integer(object_id(target.o))))
    entry->a->find(Key::integer(1))->a->remove(Key::integer(object_id(ref)));
}

void register_weak_ref_builtins(VM& vm) {
  vm.weak_holders = Array::make();
  vm.register_native("__weft_weakref_create", f_weakref_create);
  vm.register_native("__weft_weakmap_hold", f_weakmap_hold);
}

}  // namespace weft::php
