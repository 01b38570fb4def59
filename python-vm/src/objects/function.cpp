// Functions, bound methods, cells, property/staticmethod/classmethod, the methods of `object`
// and `type`, generators, and native-argument parsing.
#include <string>

#include "objects/instance.h"
#include "objects/slots.h"
#include "objects/value_attrs.h"
#include "vm/code.h"
#include "vm/finalizers.h"
#include "vm/runtime.h"

namespace weft::python {

gc::Field<Dict>* attr_dict_slot(Value obj);  // attributes.cpp

Value type_subclasses(Value self, Value* args, int64_t nargs, Tuple* kw);  // type.cpp

Value super_new(Value, Value* args, int64_t nargs, Tuple*);
Value type_new(Value, Value* args, int64_t nargs, Tuple*);

Value new_method(Value func, Value self) {
  Method* m = alloc<Method>(rt.method_type);
  if (!m) return Value();
  m->func = func;
  m->self = self;
  return m;
}

Cell* new_cell(Value v) {
  Cell* c = alloc<Cell>(rt.cell_type);
  if (!c) return nullptr;
  c->value = v;
  return c;
}

bool no_kwargs(const char* fname, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raise_fmt(rt.TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool parse_args(const char* fname, Value* args, int64_t nargs, Tuple* kwnames, int min_args,
                std::initializer_list<const char*> names, Value* out) {
  int64_t max = static_cast<int64_t>(names.size());
  if (nargs > max) {
    raise_fmt(rt.TypeError, "%s() takes at most %lld argument%s (%lld given)", fname,
              static_cast<long long>(max), max == 1 ? "" : "s", static_cast<long long>(nargs));
    return false;
  }
  for (int64_t i = 0; i < max; i++) out[i] = i < nargs ? args[i] : Value();
  int64_t nkw = kwnames ? kwnames->size : 0;
  for (int64_t k = 0; k < nkw; k++) {
    std::string_view kn = kwnames->at(k).as<Str>()->view();
    int64_t idx = 0;
    bool found = false;
    for (const char* n : names) {
      if (kn == n) {
        found = true;
        break;
      }
      idx++;
    }
    if (!found) {
      raise_fmt(rt.TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                std::string(kn).c_str());
      return false;
    }
    if (out[idx]) {
      raise_fmt(rt.TypeError, "argument for %s() given by name ('%s') and position (%lld)", fname,
                std::string(kn).c_str(), static_cast<long long>(idx + 1));
      return false;
    }
    out[idx] = args[nargs + k];
  }
  for (int i = 0; i < min_args; i++) {
    if (!out[i]) {
      raise_fmt(rt.TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                names.begin()[i], i + 1);
      return false;
    }
  }
  return true;
}

namespace {

Value property_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args("property", args, nargs, kw, 0, {"fget", "fset", "fdel", "doc"}, a))
    return Value();
  Wrapper* w = alloc<Wrapper>(rt.property_type);
  if (!w) return Value();
  for (int i = 0; i < 4; i++)
    if (a[i] == Value(rt.None)) a[i] = Value();
  w->a = a[0];
  w->b = a[1];
  w->c = a[2];
  w->d = a[3];
  if (!a[3] && a[0] && a[0].is_ptr() && a[0].obj()->type == rt.function_type)
    w->d = a[0].as<Function>()->doc;
  return w;
}

Value property_copy(Value self, int which, Value f) {
  Wrapper* o = self.as<Wrapper>();
  Wrapper* w = alloc<Wrapper>(rt.property_type);
  if (!w) return Value();
  w->a = o->a;
  w->b = o->b;
  w->c = o->c;
  w->d = o->d;
  if (which == 0) w->a = f;
  if (which == 1) w->b = f;
  if (which == 2) w->c = f;
  return w;
}
Value property_getter(Value self, Value* a, int64_t n, Tuple*) {
  return n == 1 ? property_copy(self, 0, a[0]) : raise(rt.TypeError, "getter takes 1 argument");
}
Value property_setter(Value self, Value* a, int64_t n, Tuple*) {
  return n == 1 ? property_copy(self, 1, a[0]) : raise(rt.TypeError, "setter takes 1 argument");
}
Value property_deleter(Value self, Value* a, int64_t n, Tuple*) {
  return n == 1 ? property_copy(self, 2, a[0]) : raise(rt.TypeError, "deleter takes 1 argument");
}
Value property_get(Value self, Value* a, int64_t n, Tuple*) {
  if (n < 1) return raise(rt.TypeError, "__get__ takes at least 1 argument");
  if (a[0] == Value(rt.None)) return self;
  if (!self.as<Wrapper>()->a.v)
    return raise_fmt(rt.AttributeError, "property of '%s' object has no getter", type_name(a[0]));
  return call1(self.as<Wrapper>()->a, a[0]);
}
// __get__(obj, type=None) of functions, classmethods and staticmethods; CPython's slot wrapper
// refuses only obj and type both None
bool get_args_ok(Value* a, int64_t n) {
  if (n < 1 || n > 2) {
    raise_fmt(rt.TypeError, "expected 1 or 2 arguments, got %d", static_cast<int>(n));
    return false;
  }
  if (n == 2 && a[0] == Value(rt.None) && a[1] == Value(rt.None)) {
    raise(rt.TypeError, "__get__(None, None) is invalid");
    return false;
  }
  return true;
}
// a bound method, or the function itself for obj None
Value function_get(Value self, Value* a, int64_t n, Tuple*) {
  if (!get_args_ok(a, n)) return Value();
  if (a[0] == Value(rt.None)) return self;
  return new_method(self, a[0]);
}
Value classmethod_get(Value self, Value* a, int64_t n, Tuple*) {
  if (!get_args_ok(a, n)) return Value();
  Value cls = n == 2 && a[1] != Value(rt.None) ? a[1] : Value(type_of(a[0]));
  if (!isinstance(cls, rt.type_type)) return new_method(self.as<Wrapper>()->a, cls);
  return bind_classmethod(self, cls.as<Type>());
}
Value staticmethod_get(Value self, Value* a, int64_t n, Tuple*) {
  if (!get_args_ok(a, n)) return Value();
  return self.as<Wrapper>()->a;
}

// types.MethodType(func, obj): a method bound by hand (weakref.WeakMethod rebuilds its method so)
Value method_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("method", kw)) return Value();
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "method expected 2 arguments, got %d", static_cast<int>(nargs));
  if (!is_callable(args[0])) return raise(rt.TypeError, "first argument must be callable");
  if (args[1] == Value(rt.None)) return raise(rt.TypeError, "instance must not be None");
  return new_method(args[0], args[1]);
}

Value staticmethod_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "staticmethod expected 1 argument");
  Wrapper* w = alloc<Wrapper>(rt.staticmethod_type);
  if (!w) return Value();
  w->a = args[0];
  return w;
}

Value classmethod_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "classmethod expected 1 argument");
  Wrapper* w = alloc<Wrapper>(rt.classmethod_type);
  if (!w) return Value();
  w->a = args[0];
  return w;
}

// object's methods (reachable as object.__init__ etc. and through super())
// Extra arguments are an error unless the class's own __init__ (for __new__) or __new__ (for
// __init__) takes them, as in CPython.
bool overrides(Type* t, Str* name) { return lookup(t, name) != lookup(rt.object_type, name); }
Value object_init(Value self, Value*, int64_t nargs, Tuple* kw) {
  if (!nargs && !(kw && kw->size)) return rt.None;
  Type* t = type_of(self);
  if (overrides(t, rt.s___init__))
    return raise(rt.TypeError,
                 "object.__init__() takes exactly one argument (the instance to initialize)");
  if (!overrides(t, rt.s___new__))
    return raise_fmt(rt.TypeError,
                     "%s.__init__() takes exactly one argument (the instance to initialize)",
                     std::string(t->name->view()).c_str());
  return rt.None;
}
// type.__init__(cls, name, bases, ns, **kw) of a metaclass's super().__init__: the class is
// already made; only the argument count is checked
Value type_init(Value, Value*, int64_t nargs, Tuple* kw) {
  if (nargs == 1 && kw && kw->size)
    return raise(rt.TypeError, "type.__init__() takes no keyword arguments");
  if (nargs != 1 && nargs != 3)
    return raise(rt.TypeError, "type.__init__() takes 1 or 3 arguments");
  return rt.None;
}
Value object_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs < 1) return raise(rt.TypeError, "object.__new__(): not enough arguments");
  if (!check_new_target(rt.object_type, args[0])) return Value();
  Type* t = args[0].as<Type>();
  if (nargs > 1 || (kw && kw->size)) {
    if (overrides(t, rt.s___new__))
      return raise(rt.TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    if (!overrides(t, rt.s___init__))
      return raise_fmt(rt.TypeError, "%s() takes no arguments",
                       std::string(t->name->view()).c_str());
  }
  if (t->layout == Layout::Exception) {
    Exception* e = new_exception_object(t);
    if (!e) return Value();
    e->args = rt.empty_tuple;
    return e;
  }
  return new_instance(t);
}
}  // namespace
Value generic_setattr_fn(Value self, Value* args, int64_t nargs, Tuple*);
Value type_setattr_fn(Value self, Value* args, int64_t nargs, Tuple*);  // attributes.cpp
namespace {
Value object_getattribute(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise(rt.TypeError, "attribute name must be string");
  return generic_getattr(self, args[0].as<Str>(), true);
}
Value object_delattr(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "__delattr__ takes 1 argument");
  Type* t = type_of(self);
  if ((t->layout == Layout::Instance || t->layout == Layout::Exception) && args[0].is_ptr() &&
      args[0].obj()->type == rt.str_type) {
    int r = inst_del(self.as<Instance>(), args[0].as<Str>());
    if (r < 0) return Value();
    if (r == 0) return rt.None;
  }
  return raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(self),
                   std::string(args[0].as<Str>()->view()).c_str());
}
Value object_repr_m(Value self, Value*, int64_t, Tuple*) { return object_repr_default(self); }
Value object_str_m(Value self, Value*, int64_t, Tuple*) { return repr(self); }
Value object_eq(Value self, Value* args, int64_t, Tuple*) {
  return self == args[0] ? Value(rt.True) : Value(rt.NotImplemented);
}
Value object_ne(Value self, Value* args, int64_t, Tuple*) {
  return self != args[0] ? Value(rt.True) : Value(rt.False);
}
Value object_hash(Value self, Value*, int64_t, Tuple*) {
  uint64_t p = static_cast<uint64_t>(self.raw);
  return new_int(static_cast<int64_t>((p >> 4) | (p << 60)) & kSmallMax);
}
Value object_format(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 1 && args[0].as<Str>()->size != 0)
    return raise_fmt(rt.TypeError, "unsupported format string passed to %s.__format__",
                     type_name(self));
  return to_str(self);
}
Value object_init_subclass(Value self, Value*, int64_t, Tuple* kw) {
  if (kw && kw->size) {
    std::string name = self && self.is_ptr() && self.obj()->type->layout == Layout::Type
                           ? std::string(self.as<Type>()->name->view())
                           : "object";
    return raise_fmt(rt.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                     name.c_str());
  }
  return rt.None;
}
Value object_not_implemented(Value, Value*, int64_t, Tuple*) { return rt.NotImplemented; }
Value object_sizeof(Value self, Value*, int64_t, Tuple*) {
  // the bytes weft's representation takes (a tagged int: its word)
  if (!self.is_ptr()) return new_int(sizeof(Value));
  return new_int(static_cast<int64_t>(rt.heap->object_size(self.obj())));
}
// object.__getstate__ (3.11): the instance dict (None when empty), with the set slots as a
// second dict when the class has __slots__
Value object_getstate(Value self, Value*, int64_t nargs, Tuple*) {
  if (nargs) return raise(rt.TypeError, "__getstate__() takes no arguments");
  Value state = rt.None;
  Type* t = type_of(self);
  if (Value d = getattr_opt(self, rt.s___dict__); d && isinstance(d, rt.dict_type)) {
    if (d.as<Dict>()->used) state = d;
  } else if (rt.exc) {
    return Value();
  }
  if (t->nslots == 0) return state;
  Dict* slots = new_dict();
  if (!slots) return Value();
  for (int64_t i = 0; i < t->mro->size; i++) {
    Type* c = t->mro->at(i).as<Type>();
    int64_t pos = 0;
    Value k, v;
    while (!c->builtin && dict_next(c->dict, &pos, &k, &v)) {
      if (!is_member(v)) continue;
      Value x = member_get(v.as<Member>(), self);
      if (!x) {
        if (!pending_is(rt.AttributeError)) return Value();
        clear_exc();
        continue;
      }
      if (dict_set(slots, k, x) < 0) return Value();
    }
  }
  if (!slots->used) return state;
  Value items[2] = {state, slots};
  return tuple_from_array(items, 2);
}
Value object_dir(Value self, Value*, int64_t, Tuple*) {
  List* l = new_list(0);
  Type* t = type_of(self);
  Dict* seen = new_dict();
  auto add_dict = [&](Dict* d) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) dict_set(seen, k, rt.True);
  };
  if (t->layout == Layout::Instance || t->layout == Layout::Exception)
    inst_for_each(self.as<Instance>(), [&](Value k, Value) { dict_set(seen, k, rt.True); });
  else if (gc::Field<Dict>* slot = attr_dict_slot(self); slot && slot->get())
    add_dict(slot->get());
  for (int64_t i = 0; i < t->mro->size; i++) add_dict(t->mro->at(i).as<Type>()->dict);
  int64_t pos = 0;
  Value k, v;
  while (dict_next(seen, &pos, &k, &v)) list_append(l, k);
  list_sort(l, Value(), false);
  return l;
}

Value type_mro(Value self, Value*, int64_t, Tuple*) {
  return sequence_to_list(Value(self.as<Type>()->mro.get()));
}

// ---- generators ----

Value gen_send(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "send() takes exactly one argument");
  Generator* g = self.as<Generator>();
  Value r = generator_send(g, args[0], false);
  if (r && g->frame->finished) {
    if (r == Value(rt.None)) return raise_value(rt.StopIteration);
    return raise_value(make_exception(rt.StopIteration, &r, 1));
  }
  return r;
}

Value gen_next(Value self, Value*, int64_t, Tuple*) {
  Value none = rt.None;
  return gen_send(self, &none, 1, nullptr);
}

// The iterator a suspended generator is delegating to with `yield from`, or null.
Value delegate_of(Generator* g) {
  Frame* f = g->frame;
  if (!f->started || f->finished || f->sp < 1) return Value();
  if ((static_cast<uint32_t>((*f->code->ops)[static_cast<size_t>(f->pc)]) & 0xFF) != OP_YIELD_FROM)
    return Value();
  return f->slots()[f->sp - 1];
}

// After the delegate finished with `value`: the `yield from` expression evaluates to it and
// the generator runs on from the next instruction.
Value resume_after_delegate(Generator* g, Value value) {
  Frame* f = g->frame;
  f->slots()[f->sp - 1] = value;
  f->pc++;
  return generator_send(g, Value(), false);
}

Value finish(Generator* g, Value r) {
  if (r && g->frame->finished) {
    if (r == Value(rt.None)) return raise_value(rt.StopIteration);
    return raise_value(make_exception(rt.StopIteration, &r, 1));
  }
  return r;
}

Value gen_close(Value self, Value*, int64_t, Tuple*);

// Resumes g with the pending exception raised at its yield (throw, close). The exception gets
// no __context__ from the caller's handled one (CPython), while the generator outside its own
// handlers still sees the caller's in sys.exc_info().
Value throw_in(Generator* g) {
  if (rt.exc.is_ptr() && isinstance(rt.exc, rt.BaseException))
    rt.exc.as<Exception>()->thrown_in = true;
  return generator_send(g, Value(), true);
}

// throw(type, value) as CPython normalizes it: a value that is already an instance of the
// type is thrown as it is, a tuple gives the constructor's arguments, anything else is the one
// argument; an instance cannot take a separate value.
Value thrown_exception(Value* args, int64_t nargs) {
  Value exc = args[0];
  bool is_class = isinstance(exc, rt.type_type) && is_subtype(exc.as<Type>(), rt.BaseException);
  if (!is_class && !isinstance(exc, rt.BaseException))
    return raise_fmt(rt.TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     type_name(exc));
  if (nargs < 2 || args[1] == Value(rt.None)) return exc;
  Value v = args[1];
  if (!is_class) return raise(rt.TypeError, "instance exception may not have a separate value");
  Type* t = exc.as<Type>();
  if (v.is_ptr() && isinstance(v, t)) return v;
  if (v.is_ptr() && v.obj()->type->layout == Layout::Tuple) {
    Tuple* tup = v.as<Tuple>();
    std::vector<Value> items(tup->items(), tup->items() + tup->size);
    return call(exc, items.data(), static_cast<int64_t>(items.size()));
  }
  return call1(exc, v);
}

Value gen_throw(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "throw expected at least 1 argument, got 0");
  Value exc = thrown_exception(args, nargs);
  if (!exc) return exc;
  Generator* g = self.as<Generator>();
  if (Value yf = delegate_of(g)) {
    // CPython's _gen_throw: the exception goes to the delegate first
    bool is_exit =
        exc == Value(rt.GeneratorExit) || (exc.is_ptr() && isinstance(exc, rt.GeneratorExit));
    Value r;
    bool delegated = true;
    g->set_running(true);
    if (is_exit) {
      Value close = getattr_opt(yf, intern("close"));
      r = close ? call(close, nullptr, 0) : Value(rt.None);
      g->set_running(false);
      if (!r) return finish(g, throw_in(g));
      raise_value(exc);
      return finish(g, throw_in(g));
    }
    if (yf.obj()->type->layout == Layout::Generator) {
      r = gen_throw(yf, args, nargs, nullptr);
    } else {
      Value m = getattr_opt(yf, intern("throw"));
      if (m)
        r = call(m, args, nargs);
      else
        delegated = false;
    }
    g->set_running(false);
    if (delegated) {
      if (r) return r;  // the delegate yielded: we stay suspended in `yield from`
      if (pending_is(rt.StopIteration)) {
        Value v = stop_iteration_value(rt.exc);
        clear_exc();
        return finish(g, resume_after_delegate(g, v));
      }
      // the delegate raised: the exception continues in this generator
      return finish(g, throw_in(g));
    }
  }
  raise_value(exc);
  return finish(g, throw_in(g));
}

Value gen_close(Value self, Value*, int64_t, Tuple*) {
  Generator* g = self.as<Generator>();
  if (g->frame->finished || !g->frame->started) {
    g->frame->finished = true;
    return rt.None;
  }
  Value r;
  if (Value yf = delegate_of(g)) {
    g->set_running(true);
    Value close = getattr_opt(yf, intern("close"));
    Value cr = close ? call(close, nullptr, 0) : Value(rt.None);
    g->set_running(false);
    if (cr) raise_value(rt.GeneratorExit);
    r = throw_in(g);
  } else {
    raise_value(rt.GeneratorExit);
    r = throw_in(g);
  }
  if (r && !g->frame->finished) return raise(rt.RuntimeError, "generator ignored GeneratorExit");
  if (!r) {
    if (pending_is(rt.GeneratorExit) || pending_is(rt.StopIteration)) {
      clear_exc();
      return rt.None;
    }
    return r;
  }
  return rt.None;
}

// Runs a generator whose code has try/with blocks with its own exception state, as CPython: resumed
// inside one of its `except` blocks it sees that block's exception (sys.exc_info(), bare
// `raise`, __context__), and when its outermost handler ends, the exception of whoever resumed
// it this time, not of whoever resumed it when the handler started.
Value eval_with_blocks(GeneratorWithBlocks* g, Value v, bool throwing, Value caller_handled) {
  Frame* f = g->frame;
  for (int i = 0; i < f->nblocks; i++) {
    if (f->blocks()[i].kind == kBlockExceptHandler) {
      // the value POP_EXCEPT restores when the outermost handler ends
      f->slots()[f->blocks()[i].level] = caller_handled;
      rt.handled = g->handled;
      // thrown in: chained to the generator's own exception, never the caller's (resume)
      if (throwing && rt.handled && rt.handled != rt.exc && rt.exc.is_ptr() &&
          isinstance(rt.exc, rt.BaseException) && !rt.exc.as<Exception>()->context)
        rt.exc.as<Exception>()->context = rt.handled;
      break;
    }
  }
  Value r = eval_frame(f, v, throwing);
  g->handled = rt.handled;
  return r;
}

}  // namespace

namespace {

Value stop_iteration_escaped() {
  Value cause = rt.exc;
  clear_exc();
  Value msg = new_str("generator raised StopIteration");
  Value e = make_exception(rt.RuntimeError, &msg, 1);
  if (e) {
    e.as<Exception>()->cause = cause;
    e.as<Exception>()->suppress_context = true;
    e.as<Exception>()->context = cause;
    rt.exc = e;
  }
  return Value();
}

// generator_send past its checks of a finished or running generator
template <bool kWithBlocks>
inline Value resume(Generator* g, Value v, bool throwing) {
  Frame* f = g->frame;
  if (!f->started && !throwing && v && v != Value(rt.None))
    return raise(rt.TypeError, "can't send non-None value to a just-started generator");
  if (!f->started && throwing) {
    f->finished = true;
    return Value();
  }
  g->set_running(true);
  Value saved_handled = rt.handled;
  Value r = kWithBlocks
                ? eval_with_blocks(static_cast<GeneratorWithBlocks*>(g), v, throwing, saved_handled)
                : eval_frame(f, v, throwing);
  rt.handled = saved_handled;
  g->set_running(false);
  if (!r && pending_is(rt.StopIteration)) return stop_iteration_escaped();
  return r;
}

[[gnu::noinline]] Value resume_flagged(Generator* g, Value v, bool throwing) {
  if (g->running()) return raise(rt.ValueError, "generator already executing");
  return resume<true>(g, v, throwing);
}

}  // namespace

Value generator_send(Generator* g, Value v, bool throwing) {
  Frame* f = g->frame;
  if (f->finished) {
    if (throwing) return Value();
    f->finished = true;
    return raise_value(rt.StopIteration);
  }
  if (g->flags) return resume_flagged(g, v, throwing);
  return resume<false>(g, v, throwing);
}

namespace {
Type* g_coroutine_type = nullptr;
Value coro_await(Value self, Value*, int64_t, Tuple*) { return self; }

// `await x`: x itself when it is a coroutine, else the iterator x.__await__() gives
Value b_await(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "await");
  Value x = args[0];
  Type* t = type_of(x);
  if (t == g_coroutine_type) return x;
  Value m = lookup(t, intern("__await__"));
  if (!m || m == Value(rt.None))
    return raise_fmt(rt.TypeError, "object %s can't be used in 'await' expression", type_name(x));
  Value it = call1(m, x);
  if (!it) return it;
  if (type_of(it) == g_coroutine_type)
    return raise(rt.TypeError, "__await__() returned a coroutine");
  if (!lookup(type_of(it), intern("__next__")))
    return raise_fmt(rt.TypeError, "__await__() returned non-iterator of type '%s'", type_name(it));
  return it;
}
}  // namespace

Type* coroutine_type() { return g_coroutine_type; }
Value await_function() { return new_builtin("await", b_await); }

void generator_init_type() {
  Type* t = rt.generator_type;
  add_method(t, "send", gen_send);
  add_method(t, "__next__", gen_next);
  add_method(t, "throw", gen_throw);
  add_method(t, "close", gen_close);
  g_coroutine_type = new_builtin_type("coroutine", Layout::Generator, rt.object_type);
  gc::add_root(reinterpret_cast<void**>(&g_coroutine_type));
  add_method(g_coroutine_type, "send", gen_send);
  add_method(g_coroutine_type, "throw", gen_throw);
  add_method(g_coroutine_type, "close", gen_close);
  add_method(g_coroutine_type, "__await__", coro_await);
}

Value builtin_repr(Value v);
namespace {
Value value_repr_m(Value self, Value*, int64_t, Tuple*) { return builtin_repr(self); }
Value tuple_new_m(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || !isinstance(args[0], rt.type_type))
    return raise(rt.TypeError, "tuple.__new__(X): X is not a type object");
  Type* t = args[0].as<Type>();
  if (t->layout != Layout::Tuple) {
    std::string n(t->name->view());
    return raise_fmt(rt.TypeError, "tuple.__new__(%s): %s is not a subtype of tuple", n.c_str(),
                     n.c_str());
  }
  List* items = nargs > 1 ? sequence_to_list(args[1]) : new_list(0);
  if (!items) return Value();
  Tuple* r = t->builtin ? new_tuple(items->size) : new_tuple_sub(t, items->size);
  if (!r) return Value();
  r->type = t;
  for (int64_t i = 0; i < items->size; i++) r->items()[i] = items->at(i);
  return r;
}
}  // namespace

Value module_new(Value, Value* args, int64_t nargs, Tuple* kw);  // modules.cpp

void function_init_types() {
  for (Type* t : {rt.dict_type, rt.list_type, rt.tuple_type, rt.set_type, rt.frozenset_type,
                  rt.int_type, rt.float_type, rt.str_type, rt.BaseException, rt.none_type,
                  rt.notimpl_type, rt.ellipsis_type})
    add_method(t, "__repr__", value_repr_m);
  add_static(rt.tuple_type, "__new__", tuple_new_m);
  rt.property_type->new_fn = property_new;
  add_method(rt.property_type, "getter", property_getter);
  add_method(rt.property_type, "setter", property_setter);
  add_method(rt.property_type, "deleter", property_deleter);
  add_method(rt.property_type, "__get__", property_get);
  add_method(rt.function_type, "__get__", function_get);
  add_method(rt.classmethod_type, "__get__", classmethod_get);
  add_method(rt.staticmethod_type, "__get__", staticmethod_get);
  rt.staticmethod_type->new_fn = staticmethod_new;
  rt.classmethod_type->new_fn = classmethod_new;
  rt.method_type->new_fn = method_new;
  rt.super_type->new_fn = super_new;
  rt.module_type->new_fn = module_new;
  Type* o = rt.object_type;
  add_method(o, "__init__", object_init);
  add_method(rt.type_type, "__init__", type_init);
  add_static(o, "__new__", object_new);
  add_method(o, "__setattr__", generic_setattr_fn);
  add_method(o, "__getattribute__", object_getattribute);
  add_method(o, "__delattr__", object_delattr);
  add_method(o, "__repr__", object_repr_m);
  add_method(o, "__str__", object_str_m);
  add_method(o, "__eq__", object_eq);
  add_method(o, "__ne__", object_ne);
  add_method(o, "__hash__", object_hash);
  add_method(o, "__format__", object_format);
  add_method(o, "__dir__", object_dir);
  add_classmethod(o, "__init_subclass__", object_init_subclass);
  add_classmethod(o, "__subclasshook__", object_not_implemented);
  for (const char* cmp : {"__lt__", "__le__", "__gt__", "__ge__"})
    add_method(o, cmp, object_not_implemented);
  add_method(o, "__sizeof__", object_sizeof);
  add_method(o, "__getstate__", object_getstate);
  if (!type_add_class_getset(o)) rt.exc = Value();
  add_method(rt.type_type, "mro", type_mro);
  add_method(rt.type_type, "__call__", type_call_method);
  add_static(rt.type_type, "__new__", type_new);
  add_method(rt.type_type, "__setattr__", type_setattr_fn);
  add_method(rt.type_type, "__subclasses__", type_subclasses);
}

int generic_setattr(Value obj, Str* name, Value v);
Value generic_setattr_fn(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise(rt.TypeError, "__setattr__ expected 2 arguments");
  return generic_setattr(self, args[0].as<Str>(), args[1]) < 0 ? Value() : Value(rt.None);
}

}  // namespace weft::python
