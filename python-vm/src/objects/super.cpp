// super: super(), super(C, obj), super(C, cls) and the unbound super(C); attribute lookup after
// C in the MRO of obj's class, with descriptors bound as CPython's super_getattro binds them.
#include <string>

#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

// super()'s arguments from the running function: its first argument and its __class__ cell.
bool implicit_super_args(Type** start, Value* self) {
  Frame* f = rt.frame;
  if (!f || !f->code || f->code->argcount == 0) {
    raise(rt.RuntimeError, "super(): no arguments");
    return false;
  }
  Code* co = f->code;
  Value first = f->slots()[0];
  for (int i = 0; i < co->ncells; i++)  // the first argument may live in a cell
    if ((*co->cell_args)[i] == 0) first = f->slots()[co->nlocals + i].v.as<Cell>()->value;
  if (!first) {
    raise(rt.RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < co->nfree; i++) {
    if (co->freevars->at(i).as<Str>()->view() != "__class__") continue;
    Value cls = f->slots()[co->nlocals + co->ncells + i].v.as<Cell>()->value;
    if (!cls) {
      raise(rt.RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!isinstance(cls, rt.type_type)) {
      raise_fmt(rt.RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
      return false;
    }
    *start = cls.as<Type>();
    *self = first;
    return true;
  }
  raise(rt.RuntimeError, "super(): __class__ cell not found");
  return false;
}

// The class whose MRO super(start, obj) searches: obj itself when it is a subclass of start
// (class methods), else obj's class (CPython's supercheck, with its __class__ fallback for
// proxies).
Type* super_check(Type* start, Value obj) {
  if (isinstance(obj, rt.type_type) && is_subtype(obj.as<Type>(), start)) return obj.as<Type>();
  if (is_subtype(type_of(obj), start)) return type_of(obj);
  Value cls = getattr_opt(obj, rt.s___class__);
  if (cls && isinstance(cls, rt.type_type) && is_subtype(cls.as<Type>(), start))
    return cls.as<Type>();
  if (!rt.exc) raise(rt.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

}  // namespace

Value super_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(rt.TypeError, "super() takes no keyword arguments");
  if (nargs > 2)
    return raise_fmt(rt.TypeError, "super() expected at most 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  Type* start;
  Value self;
  if (nargs == 0) {
    if (!implicit_super_args(&start, &self)) return Value();
  } else {
    if (!isinstance(args[0], rt.type_type))
      return raise_fmt(rt.TypeError, "super() argument 1 must be a type, not %s",
                       type_name(args[0]));
    start = args[0].as<Type>();
    if (nargs == 2 && args[1] != Value(rt.None)) self = args[1];
  }
  Type* self_type = nullptr;
  if (self && !(self_type = super_check(start, self))) return Value();
  Super* s = alloc<Super>(rt.super_type);
  if (!s) return Value();
  s->start = start;
  s->self = self;
  s->self_type = self_type;
  return s;
}

Value super_getattr(Super* s, Str* name) {
  std::string_view n = name->view();
  Type* self_type = s->self_type;
  // __class__ is the super object's own; an unbound super searches nothing
  if (self_type && n != "__class__") {
    Tuple* mro = self_type->mro;
    int64_t i = 0;
    while (i < mro->size && mro->at(i).as<Type>() != s->start) i++;
    for (i++; i < mro->size; i++) {
      Value v = dict_get_str(mro->at(i).as<Type>()->dict, name);
      if (!v) continue;
      // class-mode super (super(C, cls)) binds as an attribute of the class does
      Value obj = Value(s->self) == Value(self_type) ? Value() : Value(s->self);
      return bind_descriptor(v, obj, self_type);
    }
  }
  if (n == "__thisclass__") return s->start.get();
  if (n == "__self__") return s->self ? Value(s->self) : Value(rt.None);
  if (n == "__self_class__") return self_type ? Value(self_type) : Value(rt.None);
  Value v = generic_getattr(s, name, false);
  if (v || rt.exc) return v;
  return raise_fmt(rt.AttributeError, "'super' object has no attribute '%s'",
                   std::string(n).c_str());
}

Value super_repr(Super* s) {
  std::string r = "<super: <class '" + std::string(s->start->name->view()) + "'>, ";
  if (s->self_type)
    r += "<" + std::string(s->self_type->name->view()) + " object>>";
  else
    r += "NULL>";
  return new_str(r);
}

}  // namespace weft::python
