// __slots__: member descriptors and where instances keep slot values. Internal to python-vm.
//
// A class's slots get fixed positions 0..nslots in its instances, after the positions of its
// bases' slots (a layout shared with subclasses, so a member descriptor of a base reads the
// same position in a subclass instance). Instances of user classes keep them inline, before
// the attributes of their map (the root map of such a class counts the slots), so a slot is
// one load, like a map attribute. Exceptions (no inline values) keep them in `extra`. An empty
// position (null) is a slot never assigned or deleted.
#pragma once

#include "objects/instance.h"

namespace weft::python {

// member_descriptor: the class attribute of one slot.
struct Member : Object {
  static constexpr const char* gc_name = "py.member";
  gc::Field<Type> owner;  // the class whose __slots__ named it
  gc::Field<Str> name;
  int64_t index = 0;
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(owner);
    t(name);
  }
};

extern Type* g_member_type;  // null until the first class with slots

inline bool is_member(Value d) { return d.is_ptr() && d.obj()->type.get() == g_member_type; }

// Sets t's slot layout from the __slots__ of its namespace (t's dict and MRO are set) and puts
// its member descriptors in its dict. False with an exception (CPython's TypeError/ValueError
// for bad __slots__ and for bases whose slot layouts conflict).
bool type_init_slots(Type* t);

// The descriptor's __get__ / __set__ (v null: __delete__) on obj; null / -1 with an exception.
Value member_get(Member* m, Value obj);
int member_set(Member* m, Value obj, Value v);
Value member_repr(Value m);

// getset_descriptor: a class's `__dict__` or `__weakref__` attribute (a Member with no slot
// position), put in the dict of the first class of an MRO whose instances have a dict / can be
// weakly referenced, as CPython does (objects/getset.cpp).
extern Type* g_getset_type;  // null until the first class that adds one
inline bool is_getset(Value d) { return d.is_ptr() && d.obj()->type.get() == g_getset_type; }
// Puts t's `__dict__` / `__weakref__` descriptors in its dict; false with an exception.
bool type_add_getsets(Type* t, bool add_dict, bool add_weakref);
// object's `__class__` descriptor (obj.__class__, obj.__class__ = cls).
bool type_add_class_getset(Type* object_type);
// obj.__dict__ (always a dict; made on first use) or obj.__weakref__ (None); null with an
// exception (TypeError for an object not of the descriptor's class).
Value getset_get(Member* g, Value obj);
// obj.__dict__ = v (v null: del); -1 with an exception (__weakref__ is read-only).
int getset_set(Member* g, Value obj, Value v);
Value getset_repr(Value g);

// obj.__class__ = cls, between user classes of the same instance layout; -1 with CPython's
// TypeError otherwise.
int set_class(Value obj, Value cls);

}  // namespace weft::python
