// The `__dict__` and `__weakref__` getset descriptors of classes (see slots.h).
#include <string>

#include "objects/slots.h"

namespace weft::python {

gc::Field<Dict>* attr_dict_slot(Value obj);  // attributes.cpp

Type* g_getset_type = nullptr;

namespace {

constexpr int64_t kNoSlot = -1;  // a getset's Member::index

std::string str_of(Str* s) { return std::string(s->view()); }

bool is_dict_getset(Member* g) { return g->name->view() == "__dict__"; }
bool is_class_getset(Member* g) { return g->name == rt.s___class__; }

bool getset_applies(Member* g, Value obj) {
  if (isinstance(obj, g->owner)) return true;
  raise_fmt(rt.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
            str_of(g->name).c_str(), str_of(g->owner->name).c_str(), type_name(obj));
  return false;
}

Value self_check(Value self) {
  if (!is_getset(self)) return raise(rt.TypeError, "descriptor requires a 'getset_descriptor'");
  return self;
}

Value g_get(Value self, Value* args, int64_t nargs, Tuple*) {
  if (!self_check(self)) return Value();
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "expected 1 or 2 arguments");
  if (args[0] == Value(rt.None) && nargs == 2)
    return self;  // C.__dict__['__dict__'].__get__(None, C)
  return getset_get(self.as<Member>(), args[0]);
}

Value g_set(Value self, Value* args, int64_t nargs, Tuple*) {
  if (!self_check(self)) return Value();
  if (nargs != 2) return raise(rt.TypeError, "expected 2 arguments");
  return getset_set(self.as<Member>(), args[0], args[1]) < 0 ? Value() : Value(rt.None);
}

Value g_delete(Value self, Value* args, int64_t nargs, Tuple*) {
  if (!self_check(self)) return Value();
  if (nargs != 1) return raise(rt.TypeError, "expected 1 argument");
  return getset_set(self.as<Member>(), args[0], Value()) < 0 ? Value() : Value(rt.None);
}

// property getters: called with the descriptor as their one argument
Value g_name(Value, Value* args, int64_t, Tuple*) { return args[0].as<Member>()->name.get(); }
Value g_objclass(Value, Value* args, int64_t, Tuple*) { return args[0].as<Member>()->owner.get(); }
Value g_doc(Value, Value* args, int64_t, Tuple*) {
  if (is_class_getset(args[0].as<Member>())) return new_str("the object's class");
  return is_dict_getset(args[0].as<Member>()) ? new_str("dictionary for instance variables")
                                              : new_str("list of weak references to the object");
}

Value g_new(Value, Value*, int64_t, Tuple*) {
  return raise(rt.TypeError, "cannot create 'getset_descriptor' instances");
}

bool init_getset_type() {
  if (g_getset_type) return true;
  Type* t = new_builtin_type("getset_descriptor", Layout::Object, rt.object_type);
  if (!t) return false;
  g_getset_type = t;
  gc::add_root(reinterpret_cast<void**>(&g_getset_type));
  t->new_fn = g_new;
  add_method(t, "__get__", g_get);
  add_method(t, "__set__", g_set);
  add_method(t, "__delete__", g_delete);
  struct {
    const char* name;
    NativeFn fn;
  } props[] = {{"__name__", g_name}, {"__objclass__", g_objclass}, {"__doc__", g_doc}};
  for (auto& p : props)
    if (!add_getter(t, p.name, p.fn)) return false;
  return true;
}

bool add_getset(Type* t, const char* name) {
  Member* g = alloc<Member>(g_getset_type);
  if (!g) return false;
  g->owner = t;
  g->name = intern(name);
  g->index = kNoSlot;
  return dict_set_str(t->dict, g->name, g) >= 0;
}

}  // namespace

bool type_add_class_getset(Type* object_type) {
  return init_getset_type() && add_getset(object_type, "__class__");
}

bool type_add_getsets(Type* t, bool add_dict, bool add_weakref) {
  if (!add_dict && !add_weakref) return true;
  if (!init_getset_type()) return false;
  return (!add_dict || add_getset(t, "__dict__")) && (!add_weakref || add_getset(t, "__weakref__"));
}

Value getset_get(Member* g, Value obj) {
  if (!getset_applies(g, obj)) return Value();
  if (is_class_getset(g)) return visible_type(obj);
  if (!is_dict_getset(g)) return rt.None;  // weft keeps no list of an object's weak references
  Layout l = type_of(obj)->layout;
  if (l == Layout::Instance || l == Layout::Exception) {
    Dict* d = inst_dict(obj.as<Instance>());
    return d ? Value(d) : Value();
  }
  gc::Field<Dict>* slot = attr_dict_slot(obj);
  if (!slot)
    return raise_fmt(rt.AttributeError, "'%s' object has no attribute '__dict__'", type_name(obj));
  if (!slot->get()) {
    Dict* d = new_dict();
    if (!d) return Value();
    *slot = d;
  }
  return slot->get();
}

int getset_set(Member* g, Value obj, Value v) {
  if (!getset_applies(g, obj)) return -1;
  if (is_class_getset(g)) {
    if (v) return set_class(obj, v);
    raise(rt.TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_dict_getset(g)) {
    raise_fmt(rt.AttributeError, "attribute '__weakref__' of '%s' objects is not writable",
              str_of(g->owner->name).c_str());
    return -1;
  }
  if (!v) {
    raise(rt.TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!v.is_ptr() || v.obj()->type->layout != Layout::Dict) {
    raise_fmt(rt.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
    return -1;
  }
  Layout l = type_of(obj)->layout;
  if (l == Layout::Instance || l == Layout::Exception) {
    inst_set_dict(obj.as<Instance>(), v.as<Dict>());
    return 0;
  }
  gc::Field<Dict>* slot = attr_dict_slot(obj);
  if (!slot) {
    raise_fmt(rt.AttributeError, "'%s' object has no attribute '__dict__'", type_name(obj));
    return -1;
  }
  *slot = v.as<Dict>();
  return 0;
}

Value getset_repr(Value g) {
  Member* d = g.as<Member>();
  return new_str("<attribute '" + str_of(d->name) + "' of '" + str_of(d->owner->name) +
                 "' objects>");
}

}  // namespace weft::python
