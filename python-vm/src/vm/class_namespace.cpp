// Class bodies run in the namespace the metaclass's __prepare__ returns. A dict subclass that
// overrides __getitem__/__setitem__/__delitem__ (enum's duplicate check, ordered registries)
// sees every name the body binds: the interpreter's *_NAME instructions go through these
// helpers when the frame's locals are not an exact dict. Other mappings are not supported (the
// frame's locals are a Dict).
#include "runtime.h"

namespace weft::python {

// The value of `name` in a prepared namespace; null without exception when it is missing.
Value ns_load(Dict* ns, Str* name) {
  Value v = getitem(ns, name);
  if (!v && pending_is(rt.KeyError)) clear_exc();
  return v;
}

int ns_store(Dict* ns, Str* name, Value v) { return setitem(ns, name, v); }

// 0, or 1 when the name is missing (NameError for the caller), -1 on another exception
int ns_delete(Dict* ns, Str* name) {
  if (delitem(ns, name) == 0) return 0;
  if (!pending_is(rt.KeyError)) return -1;
  clear_exc();
  return 1;
}

// meta.__prepare__(name, bases, **kwargs): the namespace the class body runs in (null with the
// exception set). `class_kwargs` may be null.
Dict* prepare_namespace(Value meta, Str* name, Tuple* bases, Dict* class_kwargs) {
  Value prep = getattr_opt(meta, intern("__prepare__"));
  if (!prep) return rt.exc ? nullptr : new_dict();
  int64_t n = class_kwargs ? class_kwargs->used : 0;
  Value args[2 + 64];
  if (n > 64) {
    raise(rt.TypeError, "too many class keyword arguments");
    return nullptr;
  }
  args[0] = name;
  args[1] = bases;
  Tuple* kwnames = n ? new_tuple(n) : nullptr;
  int64_t pos = 0, i = 0;
  Value k, v;
  while (class_kwargs && dict_next(class_kwargs, &pos, &k, &v)) {
    kwnames->items()[i] = k;
    args[2 + i++] = v;
  }
  Value ns = call(prep, args, 2, kwnames);
  if (!ns) return nullptr;
  if (isinstance(ns, rt.dict_type)) return ns.as<Dict>();
  std::string who = isinstance(meta, rt.type_type) ? qualname(meta.as<Type>()) : type_name(meta);
  if (getattr_opt(ns, intern("__getitem__")))
    raise_fmt(rt.TypeError,
              "%s.__prepare__() returned a mapping that is not a dict: weft runs "
              "class bodies only in dicts and dict subclasses",
              who.c_str());
  else if (!rt.exc)
    raise_fmt(rt.TypeError, "%s.__prepare__() must return a mapping, not %s", who.c_str(),
              type_name(ns));
  return nullptr;
}

namespace {

// type.__prepare__(name, bases, **kwds): a new dict
Value type_prepare(Value, Value*, int64_t, Tuple*) { return new_dict(); }

}  // namespace

void class_namespace_init() { add_classmethod(rt.type_type, "__prepare__", type_prepare); }

}  // namespace weft::python
