// Attribute access: getattr/setattr/delattr through descriptors, instance storage (maps, the
// attribute dicts of built-in subclasses, __slots__), types and metaclasses, and the special
// attributes of built-in objects (__class__, __dict__, __name__ ...).
#include <cinttypes>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/instance.h"
#include "objects/slots.h"
#include "objects/value_attrs.h"
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

Value super_getattr(Super* s, Str* name);
Value generator_frame(Generator* g);  // traceback_objects.cpp

// The field holding the attribute dict of a subclass of a built-in container, or null for
// objects without one (instances keep theirs through objects/instance.h).
gc::Field<Dict>* attr_dict_slot(Value obj) {
  if (!obj.is_ptr()) return nullptr;
  Type* t = obj.obj()->type;
  if (t->dictless) return nullptr;
  switch (t->layout) {
    case Layout::Int:
    case Layout::Float:
    case Layout::Str:
    case Layout::Bytes:
    case Layout::Tuple:
    case Layout::Iter:
      return value_attrs(obj);
    case Layout::List:
      return t->builtin ? nullptr : &obj.as<List>()->attrs;
    case Layout::Dict:
      return t->builtin ? nullptr : &obj.as<Dict>()->attrs;
    case Layout::Set:
    case Layout::FrozenSet:
      return t->builtin ? nullptr : &obj.as<Set>()->attrs;
    default:
      return nullptr;
  }
}

Value bind_classmethod(Value cm, Type* t) {
  Value f = cm.as<Wrapper>()->a;
  if (f.is_ptr()) {  // CPython 3.9-3.12: a wrapped descriptor binds itself (classmethod(property))
    Type* ft = f.obj()->type;
    if (ft == rt.property_type || (!ft->builtin && lookup(ft, rt.s___get__)))
      return bind_descriptor(f, t, type_of(t));
  }
  return new_method(f, t);
}

Value bind_descriptor(Value d, Value obj, Type* t) {
  if (!d.is_ptr()) return d;
  Type* dt = d.obj()->type;
  if (!obj) {  // looked up on the class: only class-level descriptors bind
    if (dt == rt.classmethod_type) return bind_classmethod(d, t);
    if (dt == rt.staticmethod_type) return d.as<Wrapper>()->a;
    if (dt->builtin) return d;
    Value get = lookup(dt, rt.s___get__);
    if (!get) return d;
    Value args[3] = {d, rt.None, t};
    return call(get, args, 3);
  }
  if (dt == rt.function_type) return new_method(d, obj);
  if (dt == rt.property_type) {
    Wrapper* p = d.as<Wrapper>();
    if (!p->a.v)
      return raise_fmt(rt.AttributeError, "property of '%s' object has no getter", type_name(obj));
    return call1(p->a, obj);
  }
  if (dt->layout == Layout::Builtin && d.as<Builtin>()->owner) {
    Builtin* b =
        alloc<Builtin>(dt == rt.wrapper_descriptor_type ? rt.method_wrapper_type : rt.builtin_type);
    if (!b) return Value();
    b->fn = d.as<Builtin>()->fn;
    b->name = d.as<Builtin>()->name;
    b->self = obj;
    return b;
  }
  if (dt == rt.classmethod_type) return bind_classmethod(d, t);
  if (dt == rt.staticmethod_type) return d.as<Wrapper>()->a;
  if (dt == g_member_type) return member_get(d.as<Member>(), obj);
  if (!dt->builtin) {
    Value get = lookup(dt, rt.s___get__);
    if (get) {
      Value args[3] = {d, obj, t};
      return call(get, args, 3);
    }
  }
  return d;
}

namespace {

Value special_attr(Value obj, Str* name) {
  Type* t = type_of(obj);
  std::string_view n = name->view();
  if (n == "__class__") return visible_type(obj);
  if (n == "__dict__" && !t->builtin && t->layout != Layout::Instance) {
    if (gc::Field<Dict>* slot = attr_dict_slot(obj)) {
      if (!slot->get()) {
        Dict* d = new_dict();
        if (!d) return Value();
        *slot = d;
      }
      return slot->get();
    }
  }
  switch (t->layout) {
    case Layout::Function: {
      Function* f = obj.as<Function>();
      if (n == "__name__") return f->name.get();
      if (n == "__qualname__") return f->qualname.get();
      if (n == "__doc__") return f->doc.v ? Value(f->doc) : Value(rt.None);
      if (n == "__module__") return f->module;
      if (n == "__defaults__") return f->defaults ? Value(f->defaults.get()) : Value(rt.None);
      if (n == "__code__") return f->code.get();
      if (n == "__closure__") return f->closure ? Value(f->closure.get()) : Value(rt.None);
      if (n == "__kwdefaults__") return f->kwdefaults ? Value(f->kwdefaults.get()) : Value(rt.None);
      if (n == "__globals__" && f->globals) return f->globals.get();
      if (n == "__dict__") {
        if (!f->dict) f->dict = new_dict();
        return f->dict.get();
      }
      if (f->dict) {
        Value v = dict_get_str(f->dict, name);
        if (v) return v;
      }
      if (n == "__annotations__") {  // created empty on first use, as in CPython
        if (!f->dict) f->dict = new_dict();
        Dict* a = new_dict();
        if (!a || dict_set_str(f->dict, name, a) < 0) return Value();
        return a;
      }
      break;
    }
    case Layout::Builtin:
      if (n == "__name__" || n == "__qualname__") return obj.as<Builtin>()->name.get();
      if (n == "__doc__") return rt.None;
      if (n == "__self__")
        return obj.as<Builtin>()->self.v ? Value(obj.as<Builtin>()->self) : Value(rt.None);
      if (n == "__module__") {  // its module's name; None for a method bound to an object
        Value self = obj.as<Builtin>()->self;
        if (self && self.is_ptr() && self.obj()->type->layout == Layout::Module)
          return self.as<PyModule>()->name.get();
        if (!self && dict_get_str(rt.builtins, obj.as<Builtin>()->name.get()) == obj)
          return new_str("builtins");
        return rt.None;
      }
      break;
    case Layout::Method:
      if (n == "__self__") return obj.as<Method>()->self;
      if (n == "__func__") return obj.as<Method>()->func;
      // everything else the method's type lacks is its function's (__module__, __defaults__,
      // attributes set on the function), as CPython's method_getattro
      return getattr(obj.as<Method>()->func, name);
    case Layout::Exception: {
      Exception* e = obj.as<Exception>();
      if (n == "args") return exception_args(e);
      if (n == "__cause__") return e->cause.v ? Value(e->cause) : Value(rt.None);
      if (n == "__context__") return e->context.v ? Value(e->context) : Value(rt.None);
      if (n == "__traceback__") return exception_traceback(e);
      if (n == "__suppress_context__") return e->suppress_context ? rt.True : rt.False;
      if (n == "__dict__") return inst_dict(e);
      if (n == "value" && isinstance(obj, rt.StopIteration))
        return e->args && e->args->size ? e->args->at(0) : Value(rt.None);
      if ((n == "name" || n == "path") && isinstance(obj, rt.ImportError)) return rt.None;
      if (n == "msg" && isinstance(obj, rt.ImportError))
        return e->args && e->args->size == 1 ? e->args->at(0) : Value(rt.None);
      if (isinstance(obj, rt.OSError) &&
          (n == "errno" || n == "strerror" || n == "filename" || n == "filename2")) {
        int64_t sz = e->args ? e->args->size : 0;
        int64_t idx = n == "errno" ? 0 : n == "strerror" ? 1 : n == "filename" ? 2 : 4;
        if (sz < 2 || sz > 5 || idx >= sz) return rt.None;
        return e->args->at(idx);
      }
      if (isinstance(obj, rt.UnicodeError) &&
          (n == "encoding" || n == "object" || n == "start" || n == "end" || n == "reason")) {
        // CPython's arguments: (encoding, object, start, end, reason), no encoding for
        // UnicodeTranslateError
        bool translate = isinstance(obj, rt.UnicodeTranslateError);
        int64_t idx = n == "encoding" ? 0
                      : n == "object" ? 1
                      : n == "start"  ? 2
                      : n == "end"    ? 3
                                      : 4;
        int64_t want = translate ? 4 : 5;
        if (translate) idx--;
        if (e->args && e->args->size == want && idx >= 0) return e->args->at(idx);
      }
      if (n == "code" && isinstance(obj, rt.SystemExit)) {
        int64_t sz = e->args ? e->args->size : 0;
        return sz == 0 ? Value(rt.None) : sz == 1 ? e->args->at(0) : Value(e->args.get());
      }
      if (isinstance(obj, rt.SyntaxError)) {
        // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
        static const char* const detail[] = {"filename", "lineno",     "offset",
                                             "text",     "end_lineno", "end_offset"};
        int64_t sz = e->args ? e->args->size : 0;
        if (n == "msg") return sz ? e->args->at(0) : Value(rt.None);
        if (n == "print_file_and_line") return rt.None;
        for (int64_t i = 0; i < 6; i++) {
          if (n != detail[i]) continue;
          Value d = sz == 2 ? e->args->at(1) : Value();
          if (d && d.is_ptr() && d.obj()->type == rt.tuple_type && i < d.as<Tuple>()->size)
            return d.as<Tuple>()->at(i);
          return rt.None;
        }
      }
      break;
    }
    case Layout::Cell:
      if (n == "cell_contents") {
        Value v = obj.as<Cell>()->value;
        if (!v) return raise(rt.ValueError, "Cell is empty");
        return v;
      }
      break;
    case Layout::Code: {
      Code* c = obj.as<Code>();
      if (n == "co_name") return c->name.get();
      if (n == "co_qualname") return c->qualname.get();
      if (n == "co_filename") return c->filename.get();
      if (n == "co_argcount") return new_int(c->argcount);
      if (n == "co_posonlyargcount") return new_int(c->posonlycount);
      if (n == "co_kwonlyargcount") return new_int(c->kwonlycount);
      if (n == "co_nlocals") return new_int(c->nlocals);
      if (n == "co_firstlineno") return new_int(c->firstline);
      if (n == "co_varnames") return c->varnames.get();
      if (n == "co_cellvars") return c->cellvars.get();
      if (n == "co_freevars") return c->freevars.get();
      if (n == "co_names") return c->names.get();
      if (n == "co_consts") return c->consts.get();
      if (n == "co_flags")  // CO_OPTIMIZED|CO_NEWLOCALS, VARARGS, VARKEYWORDS, GENERATOR
        return new_int((c->name_locals ? 0 : 3) | (c->varargs ? 4 : 0) | (c->varkw ? 8 : 0) |
                       (c->coroutine   ? 128
                        : c->generator ? 32
                                       : 0));
      break;
    }
    case Layout::Slice:
      if (n == "start") return obj.as<Slice>()->start;
      if (n == "stop") return obj.as<Slice>()->stop;
      if (n == "step") return obj.as<Slice>()->step;
      break;
    case Layout::Range:
      if (n == "start") return range_start(obj.as<Range>());
      if (n == "stop") return range_stop(obj.as<Range>());
      if (n == "step") return range_step(obj.as<Range>());
      break;
    case Layout::Generator:
      if (n == "__name__") return obj.as<Generator>()->name.get();
      if (n == "__qualname__") return obj.as<Generator>()->qualname.get();
      if (n.size() > 3 && (n.substr(0, 3) == "gi_" || n.substr(0, 3) == "cr_")) {
        // generators' gi_*, coroutines' cr_*
        Generator* g = obj.as<Generator>();
        std::string_view a = n.substr(3);
        Frame* f = g->frame.get();
        if (a == "running") return g->running() ? rt.True : rt.False;
        if (a == "frame") return generator_frame(g);
        if (a == "code" && f) return f->code.get();
        if (a == "suspended")
          return f && f->started && !f->finished && !g->running() ? rt.True : rt.False;
      }
      break;
    case Layout::Property:
      if (n == "fget") return obj.as<Wrapper>()->a.v ? Value(obj.as<Wrapper>()->a) : Value(rt.None);
      if (n == "fset") return obj.as<Wrapper>()->b.v ? Value(obj.as<Wrapper>()->b) : Value(rt.None);
      if (n == "fdel") return obj.as<Wrapper>()->c.v ? Value(obj.as<Wrapper>()->c) : Value(rt.None);
      if (n == "__doc__")
        return obj.as<Wrapper>()->d.v ? Value(obj.as<Wrapper>()->d) : Value(rt.None);
      break;
    case Layout::StaticMethod:
    case Layout::ClassMethod:
      if (n == "__func__") return obj.as<Wrapper>()->a;
      break;
    case Layout::Int:
    case Layout::Bool:
      if (n == "real" || n == "numerator")
        return t->layout == Layout::Bool ? Value::small(obj == Value(rt.True)) : obj;
      if (n == "imag") return Value::small(0);
      if (n == "denominator") return Value::small(1);
      break;
    case Layout::Float:
      if (n == "real") return obj;
      if (n == "imag") return new_float(0.0);
      break;
    case Layout::Instance:
      if (n == "__dict__" && !t->dictless) {
        Dict* d = inst_dict(obj.as<Instance>());
        return d ? Value(d) : Value();
      }
      break;
    default:
      break;
  }
  return Value();
}

}  // namespace

// Whether a user metaclass of `t` has a data descriptor (a property ...) called `name`: it
// takes precedence over the class's own attributes, as in CPython.
bool meta_data_descriptor(Type* t, Str* name) {
  Type* meta = t->type.get();
  if (!meta || meta->builtin) return false;
  Value d = lookup(meta, name);
  if (!d || !d.is_ptr()) return false;
  Type* dt = d.obj()->type;
  return dt == rt.property_type || (!dt->builtin && lookup(dt, rt.s___set__));
}

// The pending AttributeError (or NameError: no obj) gets CPython 3.10's name and obj
// attributes, which its "Did you mean" suggestions and handlers read. Returns null.
Value with_error_context(Str* name, Value obj) {
  Value e = rt.exc;
  if (e && setattr(e, intern("name"), name) < 0) return Value();
  if (e && obj && setattr(e, intern("obj"), obj) < 0) return Value();
  return Value();
}

namespace {

Value g_mappingproxy_type;  // a GC root once set: types.MappingProxyType (lib/types.py)

// A read-only mappingproxy over a class's dict: a new one per access, as in CPython.
Value new_mappingproxy(Dict* d) {
  if (!g_mappingproxy_type) {
    Value mod = import_module(intern("types"));
    if (!mod) return mod;
    Value cls = getattr(mod, intern("MappingProxyType"));
    if (!cls) return cls;
    g_mappingproxy_type = cls;
    gc::add_root(reinterpret_cast<void**>(&g_mappingproxy_type.raw));
  }
  return call1(g_mappingproxy_type, d);
}

// CPython's tp_flags bits that Python code reads (inspect.isabstract, copyreg): heap type,
// subclassable, abstract, ready, and the fast-subclass bits of the built-in bases
Value type_flags(Type* t) {
  int64_t flags = 1 << 12;                                          // Py_TPFLAGS_READY
  flags |= t->builtin ? 1 << 8 : (1 << 9) | (1 << 10) | (1 << 14);  // immutable / heap, base, gc
  if (!t->builtin) {
    Value abstract = dict_get_str(t->dict, intern("__abstractmethods__"));
    if (abstract && truthy(abstract) > 0) flags |= int64_t{1} << 20;
  }
  static const std::pair<Type * Runtime::*, int> fast[] = {
      {&Runtime::int_type, 24},      {&Runtime::list_type, 25}, {&Runtime::tuple_type, 26},
      {&Runtime::bytes_type, 27},    {&Runtime::str_type, 28},  {&Runtime::dict_type, 29},
      {&Runtime::BaseException, 30}, {&Runtime::type_type, 31}};
  for (const auto& [type, bit] : fast)
    if (is_subtype(t, rt.*type)) flags |= int64_t{1} << bit;
  return new_int(flags);
}

Value type_getattr(Type* t, Str* name) {
  std::string_view n = name->view();
  if (meta_data_descriptor(t, name)) return generic_getattr(t, name, true);
  if (n == "__name__") return t->name.get();
  if (n == "__qualname__") return new_str(qualname(t));
  if (n == "__mro__") return t->mro.get();
  if (n == "__bases__") return t->bases.get();
  if (n == "__base__") return t->base ? Value(t->base.get()) : Value(rt.None);
  if (n == "__dict__") return new_mappingproxy(t->dict.get());
  if (n == "__doc__" && t == rt.object_type)  // not in its dict: other built-in types have none
    return new_str(
        "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
        "returns a new featureless\ninstance that has no instance attributes and cannot be "
        "given any.\n");
  if (n == "__class__") return t->type.get();
  if (n == "__flags__") return type_flags(t);
  Value v = lookup(t, name);
  if (v) {
    if (v.is_ptr()) {
      Type* vt = v.obj()->type;
      if (vt == rt.classmethod_type) return bind_classmethod(v, t);
      if (vt == rt.staticmethod_type) return v.as<Wrapper>()->a;
      if (vt == rt.property_type) return v;
      if (!vt->builtin && vt->layout == Layout::Instance) {
        Value get = lookup(vt, rt.s___get__);
        if (get) {
          Value args[3] = {v, rt.None, t};
          return call(get, args, 3);
        }
      }
    }
    return v;
  }
  if (n == "__module__") return new_str("builtins");
  if (n == "__doc__") return rt.None;
  // attributes of the metatype (a user metaclass's, then type.mro etc.)
  Type* meta = t->type.get();
  if (meta && meta != rt.type_type && !meta->builtin) {
    Value v2 = lookup(meta, name);
    if (v2) return bind_descriptor(v2, t, meta);
  }
  Value mv = lookup(rt.type_type, name);
  if (mv) return bind_descriptor(mv, t, rt.type_type);
  raise_fmt(rt.AttributeError, "type object '%s' has no attribute '%s'", qualname(t).c_str(),
            std::string(n).c_str());
  return with_error_context(name, t);
}

}  // namespace

Value generic_getattr(Value obj, Str* name, bool raise_missing) {
  Type* t = type_of(obj);
  Value d = lookup(t, name);
  if (d && d.is_ptr()) {
    Type* dt = d.obj()->type;
    if (dt == rt.property_type) {
      Wrapper* p = d.as<Wrapper>();
      if (!p->a.v)
        return raise_fmt(rt.AttributeError, "property '%s' of '%s' object has no getter",
                         std::string(name->view()).c_str(), type_name(obj));
      return call1(p->a, obj);
    }
    if (dt == g_member_type) return member_get(d.as<Member>(), obj);
    if (dt == g_getset_type) return getset_get(d.as<Member>(), obj);
    if (!dt->builtin && lookup(dt, rt.s___set__) && lookup(dt, rt.s___get__)) {
      Value args[3] = {d, obj, t};
      return call(lookup(dt, rt.s___get__), args, 3);
    }
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    Value v = inst_get(obj.as<Instance>(), name);
    if (v) return v;
  } else if (gc::Field<Dict>* slot = attr_dict_slot(obj)) {
    Dict* dict = *slot;
    if (dict) {
      Value v = dict_get_str(dict, name);
      if (v) return v;
    }
  }
  if (d) return bind_descriptor(d, obj, t);
  Value s = special_attr(obj, name);
  if (s) return s;
  if (rt.exc) {  // a method's missing attribute is its function's AttributeError
    if (!raise_missing && pending_is(rt.AttributeError)) clear_exc();
    return Value();
  }
  if (!raise_missing) return Value();
  raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
            std::string(name->view()).c_str());
  return with_error_context(name, obj);
}

Value getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->layout == Layout::Type) return type_getattr(obj.as<Type>(), name);
  if (t->layout == Layout::Module) {
    Dict* d = obj.as<PyModule>()->dict;
    Value v = dict_get_str(d, name);
    if (v) return v;
    if (!rt.exc && !module_spec_attr(d, name)) return Value();
    if ((v = dict_get_str(d, name))) return v;
    if (d == rt.builtins && !rt.exc && ((v = lazy_builtin(name)) || rt.exc)) return v;
    if (name->view() == "__dict__") {
      if (d == rt.builtins && !install_lazy_builtins()) return Value();
      return obj.as<PyModule>()->dict.get();
    }
    raise_fmt(rt.AttributeError, "module '%s' has no attribute '%s'",
              std::string(obj.as<PyModule>()->name->view()).c_str(),
              std::string(name->view()).c_str());
    return with_error_context(name, obj);
  }
  if (t->layout == Layout::Super) return super_getattr(obj.as<Super>(), name);
  if (t->has_getattribute) {
    Value m = lookup(t, rt.s___getattribute__);
    Value r = call2(m, obj, name);
    if (!r && t->has_getattr && pending_is(rt.AttributeError)) {
      clear_exc();
      return call2(lookup(t, rt.s___getattr__), obj, name);
    }
    return r;
  }
  Value v = generic_getattr(obj, name, !t->has_getattr);
  if (!v && t->has_getattr && !rt.exc) return call2(lookup(t, rt.s___getattr__), obj, name);
  if (!v && t->has_getattr && pending_is(rt.AttributeError)) {
    clear_exc();
    return call2(lookup(t, rt.s___getattr__), obj, name);
  }
  return v;
}

Value getattr_opt(Value obj, Str* name) {
  Value v = getattr(obj, name);
  if (!v && pending_is(rt.AttributeError)) clear_exc();
  return v;
}

int generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (name->view() == "__class__") return set_class(obj, v);
  Value d = lookup(t, name);
  if (d && d.is_ptr()) {
    Type* dt = d.obj()->type;
    if (dt == rt.property_type) {
      Wrapper* p = d.as<Wrapper>();
      if (!p->b.v) {
        raise_fmt(rt.AttributeError, "property '%s' of '%s' object has no setter",
                  std::string(name->view()).c_str(), type_name(obj));
        return -1;
      }
      return call2(p->b, obj, v) ? 0 : -1;
    }
    if (dt == g_member_type) return member_set(d.as<Member>(), obj, v);
    if (dt == g_getset_type) return getset_set(d.as<Member>(), obj, v);
    if (!dt->builtin) {
      Value set = lookup(dt, rt.s___set__);
      if (set) {
        Value args[3] = {d, obj, v};
        return call(set, args, 3) ? 0 : -1;
      }
    }
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    if (t->layout == Layout::Exception) {
      Exception* e = obj.as<Exception>();
      std::string_view n = name->view();
      if (n == "__cause__") {
        e->cause = v == Value(rt.None) ? Value() : v;
        e->suppress_context = true;
        return 0;
      }
      if (n == "__context__") {
        e->context = v == Value(rt.None) ? Value() : v;
        return 0;
      }
      if (n == "__traceback__") return exception_set_traceback(e, v);
      if (n == "args") {
        Value tp = tuple_from_array(nullptr, 0);
        List* l = sequence_to_list(v);
        if (!l) return -1;
        tp = tuple_from_array(reinterpret_cast<Value*>(l->store ? l->store->items() : nullptr),
                              l->size);
        if (!tp) return -1;
        e->args = tp.as<Tuple>();
        return 0;
      }
    }
  }
  if (t->layout == Layout::Property && name->view() == "__doc__") {
    obj.as<Wrapper>()->d =
        v == Value(rt.None) ? Value() : v;  // CPython's property keeps a doc slot
    return 0;
  }
  if (t->dictless) {
    if (d)
      raise_fmt(rt.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
                std::string(name->view()).c_str());
    else
      raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                std::string(name->view()).c_str());
    return -1;
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    if (t->layout == Layout::Instance && name->view() == "__dict__") {
      if (!v.is_ptr() || v.obj()->type->layout != Layout::Dict) {
        raise_fmt(rt.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
        return -1;
      }
      inst_set_dict(obj.as<Instance>(), v.as<Dict>());
      return 0;
    }
    return inst_set(obj.as<Instance>(), name, v);
  }
  if (gc::Field<Dict>* slot = attr_dict_slot(obj)) {
    if (!slot->get()) {
      Dict* nd = new_dict();
      if (!nd) return -1;
      *slot = nd;
    }
    return dict_set_str(*slot, name, v);
  }
  if (t->layout == Layout::Function) {
    Function* f = obj.as<Function>();
    if (name->view() == "__name__" && v.is_ptr() && v.obj()->type == rt.str_type) {
      f->name = v.as<Str>();
      return 0;
    }
    if (name->view() == "__qualname__" && v.is_ptr() && v.obj()->type == rt.str_type) {
      f->qualname = v.as<Str>();
      return 0;
    }
    if (name->view() == "__doc__") {
      f->doc = v;
      return 0;
    }
    if (!f->dict) f->dict = new_dict();
    return dict_set_str(f->dict, name, v);
  }
  if (d)
    raise_fmt(rt.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
              std::string(name->view()).c_str());
  else
    raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
              std::string(name->view()).c_str());
  return -1;
}

int type_set_bases(Type* t, Value v);  // type.cpp

// type.__setattr__: a data descriptor of the metaclass (a property) first, as in CPython, else
// the class's dict
int type_setattr(Type* ty, Str* name, Value v) {
  if (meta_data_descriptor(ty, name)) return generic_setattr(ty, name, v);
  if (ty->builtin) {
    raise_fmt(rt.TypeError, "cannot set '%s' attribute of immutable type '%s'",
              std::string(name->view()).c_str(), std::string(ty->name->view()).c_str());
    return -1;
  }
  if (name->view() == "__name__" && v.is_ptr() && v.obj()->type == rt.str_type) {
    ty->name = v.as<Str>();
    return 0;
  }
  if (name->view() == "__qualname__") {
    if (!v || !v.is_ptr() || !isinstance(v, rt.str_type)) {
      if (v)
        raise_fmt(rt.TypeError, "can only assign string to %s.__qualname__, not '%s'",
                  std::string(ty->name->view()).c_str(), type_name(v));
      else
        raise_fmt(rt.TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'",
                  std::string(ty->name->view()).c_str());
      return -1;
    }
    ty->qualname = v.as<Str>();
    return 0;
  }
  if (name->view() == "__bases__") return type_set_bases(ty, v);
  int r = dict_set_str(ty->dict, name, v);
  type_modified(ty);
  return r;
}

Value type_setattr_fn(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise(rt.TypeError, "__setattr__ expected 2 arguments");
  if (!isinstance(self, rt.type_type))
    return raise(rt.TypeError, "descriptor '__setattr__' requires a 'type' object");
  return type_setattr(self.as<Type>(), args[0].as<Str>(), args[1]) < 0 ? Value() : Value(rt.None);
}

int setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (t->layout == Layout::Type) {
    if (t->has_setattr) {  // a metaclass's __setattr__
      Value args[3] = {obj, name, v};
      return call(lookup(t, rt.s___setattr__), args, 3) ? 0 : -1;
    }
    return type_setattr(obj.as<Type>(), name, v);
  }
  if (t->layout == Layout::Module) return dict_set_str(obj.as<PyModule>()->dict, name, v);
  if (t->has_setattr) {
    Value args[3] = {obj, name, v};
    return call(lookup(t, rt.s___setattr__), args, 3) ? 0 : -1;
  }
  return generic_setattr(obj, name, v);
}

int delattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___delattr__);
    if (user_defined(m)) return call2(m, obj, name) ? 0 : -1;
  }
  Value d = lookup(t, name);
  if (d && d.is_ptr() && d.obj()->type == rt.property_type) {
    Wrapper* p = d.as<Wrapper>();
    if (!p->c.v) {
      raise_fmt(rt.AttributeError, "property '%s' of '%s' object has no deleter",
                std::string(name->view()).c_str(), type_name(obj));
      return -1;
    }
    return call1(p->c, obj) ? 0 : -1;
  }
  if (is_member(d)) return member_set(d.as<Member>(), obj, Value());
  if (d && d.is_ptr() && !d.obj()->type->builtin) {  // a data descriptor of a user class
    Type* dt = d.obj()->type;
    if (Value del = lookup(dt, rt.s___delete__)) return call2(del, d, obj) ? 0 : -1;
    if (lookup(dt, rt.s___set__)) {
      raise(rt.AttributeError, "__delete__");
      return -1;
    }
  }
  if (d && t->dictless) {
    raise_fmt(rt.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
              std::string(name->view()).c_str());
    return -1;
  }
  Dict* dict = nullptr;
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    int r = inst_del(obj.as<Instance>(), name);
    if (r <= 0) return r;
  }
  if (gc::Field<Dict>* slot = attr_dict_slot(obj)) dict = *slot;
  if (t->layout == Layout::Type && !obj.as<Type>()->builtin) {
    int r = dict_del(obj.as<Type>()->dict, name);
    type_modified(obj.as<Type>());
    if (r <= 0) return r;
  }
  if (t->layout == Layout::Module) dict = obj.as<PyModule>()->dict;
  if (dict) {
    int r = dict_del(dict, name);
    if (r <= 0) return r;
  }
  raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
            std::string(name->view()).c_str());
  return -1;
}

}  // namespace weft::python
