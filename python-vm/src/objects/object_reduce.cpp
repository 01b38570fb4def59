// Pickling support of objects: object.__reduce__/__reduce_ex__ (CPython's copyreg protocol:
// copyreg.__newobj__ and the object's state for protocol 2 and later, copyreg._reduce_ex
// before), BaseException.__reduce__/__setstate__, and the __getnewargs__/__reduce__ of the
// built-in types whose instances pickle cannot rebuild from their state alone.
#include "objects/layout_predicates.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

Value g_object_reduce;  // object.__dict__['__reduce__'], a GC root once set

Value copyreg_attr(const char* name) {
  Value mod = import_module(intern("copyreg"));
  if (!mod) return mod;
  return getattr(mod, intern(name));
}

Value tuple_of(std::initializer_list<Value> items) {
  Tuple* t = new_tuple(static_cast<int64_t>(items.size()));
  if (!t) return Value();
  int64_t i = 0;
  for (Value v : items) t->items()[i++] = v;
  return t;
}

// obj.__getnewargs_ex__() or obj.__getnewargs__() with CPython's checks of what they return;
// *args stays null when the object has neither, *kwargs when it has no keyword arguments.
bool get_new_arguments(Value obj, Value* args, Value* kwargs) {
  Type* t = type_of(obj);
  *args = Value();
  *kwargs = Value();
  if (Value ex = lookup(t, intern("__getnewargs_ex__"))) {
    Value r = call1(ex, obj);
    if (!r) return false;
    if (!isinstance(r, rt.tuple_type))
      return raise_fmt(rt.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                       type_name(r)),
             false;
    Tuple* rt_ = r.as<Tuple>();
    if (rt_->size != 2)
      return raise_fmt(rt.TypeError,
                       "__getnewargs_ex__ should return a tuple of length 2, not %lld",
                       static_cast<long long>(rt_->size)),
             false;
    if (!isinstance(rt_->at(0), rt.tuple_type))
      return raise_fmt(rt.TypeError,
                       "first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                       "not '%s'",
                       type_name(rt_->at(0))),
             false;
    if (!isinstance(rt_->at(1), rt.dict_type))
      return raise_fmt(rt.TypeError,
                       "second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                       "not '%s'",
                       type_name(rt_->at(1))),
             false;
    *args = rt_->at(0);
    *kwargs = rt_->at(1);
    return true;
  }
  if (Value na = lookup(t, intern("__getnewargs__"))) {
    Value r = call1(na, obj);
    if (!r) return false;
    if (!isinstance(r, rt.tuple_type))
      return raise_fmt(rt.TypeError, "__getnewargs__ should return a tuple, not '%s'",
                       type_name(r)),
             false;
    *args = r;
  }
  return true;
}

// Whether instances of t hold more than object's header, attribute dict and slots: the state
// object.__getstate__ gives would not rebuild them (generators, files, iterators ...).
bool has_native_state(Type* t) {
  for (; t; t = t->base.get()) {
    if (!t->builtin) continue;
    return t->layout != Layout::Object && t->layout != Layout::Instance;
  }
  return false;
}

// The state of obj for its reduce value: obj.__getstate__(), refusing objects whose native part
// object.__getstate__ cannot capture when nothing else (new-arguments, items) rebuilds them.
Value reduce_state(Value obj, bool required) {
  Value getstate = getattr(obj, intern("__getstate__"));
  if (!getstate) return getstate;
  if (required && getstate.is_ptr() && getstate.obj()->type == rt.builtin_type &&
      is_native_fn(lookup(type_of(obj), intern("__getstate__"))) && has_native_state(type_of(obj)))
    return raise_fmt(rt.TypeError, "cannot pickle '%s' object", type_name(obj));
  return call0(getstate);
}

// CPython's reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
// copyreg.__newobj_ex__ with (cls, args, kwargs) when there are keyword arguments.
Value reduce_newobj(Value obj) {
  Type* t = visible_type(obj);
  if (!t->new_fn && !lookup(t, rt.s___new__))
    return raise_fmt(rt.TypeError, "cannot pickle '%s' object", type_name(obj));
  Value args, kwargs;
  if (!get_new_arguments(obj, &args, &kwargs)) return Value();
  bool has_args = static_cast<bool>(args);
  Value newobj, newargs;
  if (!kwargs || kwargs.as<Dict>()->used == 0) {
    newobj = copyreg_attr("__newobj__");
    if (!newobj) return newobj;
    int64_t n = has_args ? args.as<Tuple>()->size : 0;
    Tuple* na = new_tuple(n + 1);
    if (!na) return Value();
    na->items()[0] = t;
    for (int64_t i = 0; i < n; i++) na->items()[i + 1] = args.as<Tuple>()->at(i);
    newargs = na;
  } else {
    newobj = copyreg_attr("__newobj_ex__");
    if (!newobj) return newobj;
    newargs = tuple_of({t, args, kwargs});
    if (!newargs) return newargs;
  }
  bool is_list = isinstance(obj, rt.list_type), is_dict = isinstance(obj, rt.dict_type);
  Value state = reduce_state(obj, !has_args && !is_list && !is_dict);
  if (!state) return state;
  Value listitems = rt.None, dictitems = rt.None;
  if (is_list && !(listitems = get_iter(obj))) return Value();
  if (is_dict) {
    Value items = call_method(obj, rt.s_items, nullptr, 0);
    if (!items || !(dictitems = get_iter(items))) return Value();
  }
  return tuple_of({newobj, newargs, state, listitems, dictitems});
}

Value common_reduce(Value self, int64_t protocol) {
  if (protocol >= 2) return reduce_newobj(self);
  Value f = copyreg_attr("_reduce_ex");
  if (!f) return f;
  return call2(f, self, new_int(protocol));
}

Value object_reduce(Value self, Value*, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("object.__reduce__", kw)) return Value();
  if (nargs) return raise(rt.TypeError, "object.__reduce__() takes no arguments");
  return common_reduce(self, 0);
}

Value object_reduce_ex(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value protocol;
  if (!parse_args("__reduce_ex__", args, nargs, kw, 1, {"protocol"}, &protocol)) return Value();
  int64_t proto = 0;
  if (!int_index(protocol, &proto)) return Value();
  // a class's own __reduce__ wins over the generic protocol
  Value cls_reduce = lookup(type_of(self), intern("__reduce__"));
  if (cls_reduce && cls_reduce != g_object_reduce) {
    Value reduce = getattr(self, intern("__reduce__"));
    if (!reduce) return reduce;
    return call0(reduce);
  }
  return common_reduce(self, proto);
}

// BaseException: (type, args) and the attribute dict when it has one
Value exc_reduce(Value self, Value*, int64_t, Tuple*) {
  Exception* e = self.as<Exception>();
  Value args = e->args ? Value(e->args.get()) : Value(rt.empty_tuple);
  Value d = getattr_opt(self, rt.s___dict__);
  if (!d && rt.exc) return d;
  if (d && isinstance(d, rt.dict_type) && d.as<Dict>()->used)
    return tuple_of({visible_type(self), args, d});
  return tuple_of({visible_type(self), args});
}

Value exc_setstate(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "__setstate__() takes exactly one argument");
  if (args[0] == Value(rt.None)) return rt.None;
  if (!isinstance(args[0], rt.dict_type)) return raise(rt.TypeError, "state is not a dictionary");
  int64_t pos = 0;
  Value k, v;
  while (dict_next(args[0].as<Dict>(), &pos, &k, &v))
    if (!is_str(k) || setattr(self, k.as<Str>(), v) < 0) {
      if (!rt.exc) raise(rt.TypeError, "attribute name must be string");
      return Value();
    }
  return rt.None;
}

// int/float/str/bytes/tuple.__getnewargs__: the plain value, for instances of subclasses
Value value_getnewargs(Value self, Value*, int64_t, Tuple*) {
  Type* base = type_of(self);
  while (!base->builtin) base = base->base.get();
  Value plain = call1(base == rt.bigint_type ? rt.int_type : base, self);
  if (!plain) return plain;
  return tuple_of({plain});
}

// set/frozenset: (type, (list,), attribute dict or None)
Value set_reduce(Value self, Value*, int64_t, Tuple*) {
  List* items = sequence_to_list(self);
  if (!items) return Value();
  Value ctor_args = tuple_of({items});
  if (!ctor_args) return ctor_args;
  Value d = getattr_opt(self, rt.s___dict__);
  if (!d) {
    if (rt.exc) return Value();
    d = rt.None;
  }
  return tuple_of({visible_type(self), ctor_args, d});
}

// range and slice: (type, (start, stop, step))
Value range_reduce(Value self, Value*, int64_t, Tuple*) {
  Range* r = self.as<Range>();
  Value start = range_start(r), stop = range_stop(r), step = range_step(r);
  if (!start || !stop || !step) return Value();
  Value ctor_args = tuple_of({start, stop, step});
  if (!ctor_args) return ctor_args;
  return tuple_of({rt.range_type, ctor_args});
}

Value slice_reduce(Value self, Value*, int64_t, Tuple*) {
  Slice* s = self.as<Slice>();
  Value ctor_args = tuple_of({s->start.v, s->stop.v, s->step.v});
  if (!ctor_args) return ctor_args;
  return tuple_of({rt.slice_type, ctor_args});
}

// A built-in function pickles by reference: its name (pickle finds its module) when it is a
// module's, getattr(self, name) when it is a method bound to an object (CPython's meth_reduce).
Value builtin_reduce(Value self, Value*, int64_t nargs, Tuple*) {
  if (nargs) return raise(rt.TypeError, "__reduce__() takes no arguments");
  Builtin* b = self.as<Builtin>();
  Value owner = b->self;
  if (!owner || (owner.is_ptr() && owner.obj()->type->layout == Layout::Module))
    return b->name.get();
  Value args = tuple_of({owner, b->name.get()});
  if (!args) return args;
  return tuple_of({dict_get_str(rt.builtins, intern("getattr")), args});
}

}  // namespace

void object_reduce_init() {
  add_method(rt.object_type, "__reduce__", object_reduce);
  add_method(rt.object_type, "__reduce_ex__", object_reduce_ex);
  g_object_reduce = dict_get_str(rt.object_type->dict, intern("__reduce__"));
  gc::add_root(reinterpret_cast<void**>(&g_object_reduce.raw));
  add_method(rt.BaseException, "__reduce__", exc_reduce);
  add_method(rt.BaseException, "__setstate__", exc_setstate);
  for (Type* t : {rt.int_type, rt.float_type, rt.str_type, rt.bytes_type, rt.tuple_type})
    add_method(t, "__getnewargs__", value_getnewargs);
  add_method(rt.set_type, "__reduce__", set_reduce);
  add_method(rt.frozenset_type, "__reduce__", set_reduce);
  add_method(rt.range_type, "__reduce__", range_reduce);
  add_method(rt.slice_type, "__reduce__", slice_reduce);
  add_method(rt.builtin_type, "__reduce__", builtin_reduce);
}

}  // namespace weft::python
