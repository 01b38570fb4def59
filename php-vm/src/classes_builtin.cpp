// Built-in classes and interfaces: stdClass, Throwable and the exception hierarchy, Closure,
// Generator, the iteration/array-access interfaces.
#include "builtins.h"
#include "interp_support.h"
#include "weft/php/ops.h"

namespace weft::php {

static Class* g_closure = nullptr;
static Class* g_generator = nullptr;
Class* closure_class() { return g_closure; }
Class* generator_class() { return g_generator; }

Class* VM::native_class(std::string_view name, Class* parent, uint32_t flags) {
  Class* c = new Class();
  c->name = std::string(name);
  c->lname = c->name;
  for (auto& ch : c->lname) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  c->parent = parent;
  c->flags = flags;
  Array* gd = Array::make();
  gd->append(Value::arr(Array::make()));
  gd->append(Value::arr(Array::make()));
  gd->append(Value::arr(Array::make()));
  c->gcdata = gd;
  if (parent) {
    c->flags |= parent->flags & ClsThrowable;
    c->props = parent->props;
    c->prop_index = parent->prop_index;
    c->methods = parent->methods;
    c->interfaces = parent->interfaces;
    Array* pd = parent->defaults();
    for (uint32_t i = 0; i < parent->props.size(); ++i)
      c->defaults()->set(Key::integer(i), *pd->find(int64_t(i)));
    c->ctor = parent->ctor;
    c->m_tostring = parent->m_tostring;
  }
  c->linked = true;
  classes[c->lname] = c;
  class_order.push_back(c);
  return c;
}

void VM::native_method(Class* cls, std::string_view name, Native fn, uint32_t flags) {
  Function* f = new Function();
  f->name = std::string(name);
  f->lname = f->name;
  for (auto& ch : f->lname) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  f->native = fn;
  f->scope = cls;
  f->flags = flags;
  cls->methods[f->lname] = f;
  if (f->lname == "__construct") cls->ctor = f;
  if (f->lname == "__tostring") cls->m_tostring = f;
}

static void add_prop(Class* c, const char* name, uint32_t flags, const Value& def) {
  uint32_t idx = uint32_t(c->props.size());
  c->props.push_back(PropInfo{intern(name), flags, c, false, nullptr});
  c->prop_index[name] = idx;
  c->defaults()->set(Key::integer(idx), def);
}

static std::string trace_arg(const Value& v0) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Null:
    case Tag::Undef:
      return "NULL";
    case Tag::Bool:
      return v.i ? "true" : "false";
    case Tag::Int:
      return std::to_string(v.i);
    case Tag::Float:
      return format_double_repr(v.d);
    case Tag::Str: {
      // php truncates to 15 bytes, then escapes backslashes and unprintable bytes
      std::string_view s = v.s->view();
      bool cut = s.size() > 15;
      std::string r = "'";
      for (unsigned char c : s.substr(0, 15)) {
        if (c >= 32 && c <= 126 && c != '\\') {
          r.push_back(char(c));
          continue;
        }
        static const char hex[] = "0123456789ABCDEF";
        switch (c) {
          case '\n':
            r += "\\n";
            break;
          case '\r':
            r += "\\r";
            break;
          case '\t':
            r += "\\t";
            break;
          case '\f':
            r += "\\f";
            break;
          case '\v':
            r += "\\v";
            break;
          case '\\':
            r += "\\\\";
            break;
          case 27:
            r += "\\e";
            break;
          default:
            r += "\\x";
            r.push_back(hex[c >> 4]);
            r.push_back(hex[c & 15]);
        }
      }
      return r + (cut ? "...'" : "'");
    }
    case Tag::Arr:
      return "Array";
    case Tag::Obj:
      return "Object(" + std::string(shown_name(v.o->cls->name)) + ")";
    case Tag::Res:
      return "Resource id #" + std::to_string(v.i);
    default:
      return "";
  }
}

std::string trace_as_string(Array* trace) {
  std::string out;
  uint32_t n = 0;
  for (uint32_t i = trace ? trace->first() : 0; trace && i < trace->used();
       i = trace->next(i), ++n) {
    Value e = deref(trace->buckets()[i].v);
    if (e.tag != Tag::Arr) continue;
    Array* a = e.a;
    out += "#" + std::to_string(n) + " ";
    Value* file = a->find("file");
    Value* line = a->find("line");
    if (file) {
      out += to_std_string(*file) + "(" + to_std_string(*line) + "): ";
    } else {
      out += "[internal function]: ";
    }
    Value* cls = a->find("class");
    if (cls) out += std::string(shown_name(to_std_string(*cls))) + to_std_string(*a->find("type"));
    out += to_std_string(*a->find("function")) + "(";
    Value* args = a->find("args");
    if (args && deref(*args).tag == Tag::Arr) {
      Array* aa = deref(*args).a;
      bool first = true;
      for (uint32_t j = aa->first(); j < aa->used(); j = aa->next(j)) {
        if (!first) out += ", ";
        first = false;
        out += trace_arg(aa->buckets()[j].v);
      }
    }
    out += ")\n";
  }
  out += "#" + std::to_string(n) + " {main}";
  return out;
}

// ErrorException($message, $code, $severity = E_ERROR, $filename = null, $line = null,
// $previous = null)
static bool error_exception_construct(VM& vm, Value* args, uint32_t argc, Value*, Object* self) {
  if (argc > 0) vm.set_prop(self, "message", Value::str(to_str(args[0])));
  if (argc > 1) vm.set_prop(self, "code", Value::integer(to_int(args[1])));
  if (argc > 2) vm.set_prop(self, "severity", Value::integer(to_int(args[2])));
  if (argc > 3 && deref(args[3]).tag != Tag::Null)
    vm.set_prop(self, "file", Value::str(to_str(args[3])));
  if (argc > 4 && deref(args[4]).tag != Tag::Null)
    vm.set_prop(self, "line", Value::integer(to_int(args[4])));
  if (argc > 5) vm.set_prop(self, "previous", deref(args[5]));
  return true;
}
static bool error_exception_severity(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "severity");
  return true;
}

static bool ex_construct(VM& vm, Value* args, uint32_t argc, Value*, Object* self) {
  if (argc > 0) vm.set_prop(self, "message", Value::str(to_str(args[0])));
  if (argc > 1) vm.set_prop(self, "code", Value::integer(to_int(args[1])));
  if (argc > 2) vm.set_prop(self, "previous", deref(args[2]));
  return true;
}
static bool ex_get_message(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "message");
  return true;
}
static bool ex_get_code(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "code");
  return true;
}
static bool ex_get_previous(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "previous");
  return true;
}
static bool ex_get_file(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "file");
  return true;
}
static bool ex_get_line(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "line");
  return true;
}
static bool ex_get_trace(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = vm.get_prop(self, "trace");
  mark_copy(*ret);
  return true;
}
static bool ex_trace_string(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  Value t = vm.get_prop(self, "trace");
  *ret = Value::str(new_string(trace_as_string(t.tag == Tag::Arr ? t.a : nullptr)));
  return true;
}

std::string throwable_string(VM& vm, Object* self) {
  std::string msg = to_std_string(vm.get_prop(self, "message"));
  // php's __toString tells where a function with a mistyped argument was declared
  if ((self->cls->name == "TypeError" || self->cls->name == "ArgumentCountError") &&
      msg.find(", called in ") != std::string::npos)
    msg += " and defined";
  std::string s = self->cls->name;
  if (!msg.empty()) s += ": " + msg;
  s += " in " + to_std_string(vm.get_prop(self, "file")) + ":" +
       to_std_string(vm.get_prop(self, "line"));
  Value t = vm.get_prop(self, "trace");
  s += "\nStack trace:\n" + trace_as_string(t.tag == Tag::Arr ? t.a : nullptr);
  return s;
}

static bool ex_to_string(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  *ret = Value::str(new_string(throwable_string(vm, self)));
  return true;
}

// ---- Closure ----

static Object* clone_closure(VM& vm, Object* c, const Value& this_, Class* scope) {
  ClosureData* old = c->closure();
  ClosureData* cd = gc_new_tail<ClosureData>(old->nuses * sizeof(Value));
  cd->fn = old->fn;
  cd->nuses = old->nuses;
  for (uint32_t i = 0; i < old->nuses; ++i) cd->uses()[i] = old->uses()[i];
  cd->this_ = this_.tag == Tag::Obj ? this_ : Value::null();
  cd->scope = scope;
  cd->called = this_.tag == Tag::Obj ? this_.o->cls : scope;
  if (scope != old->fn->scope) {
    Function* f = new Function(*old->fn);
    vm.owned_functions.push_back(f);
    f->scope = scope;
    cd->fn = f;
  }
  Object* o = vm.new_object(g_closure, 0, ObjectExt::Closure);
  o->set_closure(cd);
  return o;
}

static Class* scope_arg(VM& vm, Value* args, uint32_t argc, uint32_t i, Object* closure,
                        const Value& new_this) {
  if (argc > i) {
    const Value& s = deref(args[i]);
    if (s.tag == Tag::Obj) return s.o->cls;
    if (s.tag == Tag::Str && s.s->view() != "static") return vm.find_class(s.s->view());
    if (s.is_null()) return nullptr;
  }
  if (argc <= i && new_this.tag == Tag::Obj && !closure->closure()->scope) return new_this.o->cls;
  return closure->closure()->scope;
}

static bool closure_bind_to(VM& vm, Value* args, uint32_t argc, Value* ret, Object* self) {
  Value nt = argc > 0 ? deref(args[0]) : Value::null();
  *ret = Value::obj(clone_closure(vm, self, nt, scope_arg(vm, args, argc, 1, self, nt)));
  return true;
}
static bool closure_bind(VM& vm, Value* args, uint32_t argc, Value* ret, Object*) {
  if (argc < 1 || deref(args[0]).tag != Tag::Obj || !deref(args[0]).o->closure())
    return vm.throw_error("TypeError",
                          "Closure::bind(): Argument #1 ($closure) must be of type Closure");
  Object* c = deref(args[0]).o;
  Value nt = argc > 1 ? deref(args[1]) : Value::null();
  *ret = Value::obj(clone_closure(vm, c, nt, scope_arg(vm, args, argc, 2, c, nt)));
  return true;
}
static bool closure_call(VM& vm, Value* args, uint32_t argc, Value* ret, Object* self) {
  if (argc < 1)
    return vm.throw_error("ArgumentCountError",
                          "Closure::call() expects at least 1 argument, 0 given");
  Value nt = deref(args[0]);
  Object* c = clone_closure(vm, self, nt, nt.tag == Tag::Obj ? nt.o->cls : nullptr);
  return vm.call_value(Value::obj(c), args + 1, argc - 1, ret);
}
static bool closure_from_callable(VM& vm, Value* args, uint32_t argc, Value* ret, Object*) {
  if (argc < 1) return false;
  Value c = deref(args[0]);
  if (c.tag == Tag::Obj && c.o->closure()) {
    *ret = c;
    return true;
  }
  Function* fn;
  Object* th;
  Class* called;
  Object* clo;
  if (!vm.resolve_callable(c, &fn, &th, &called, &clo))
    return vm.throw_error("TypeError", "Failed to create closure from callable");
  ClosureData* cd = gc_new_tail<ClosureData>(0);
  cd->fn = fn;
  cd->scope = fn->scope;
  cd->called = called;
  if (th) cd->this_ = Value::obj(th);
  Object* o = vm.new_object(g_closure, 0, ObjectExt::Closure);
  o->set_closure(cd);
  *ret = Value::obj(o);
  return true;
}

// ---- Generator ----

static bool gen_current(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  if (!generator_ensure_started(vm, self)) return false;
  Frame* f = self->gen();
  *ret = f->gen_state == GenDone ? Value::null() : f->gen_val;
  return true;
}
static bool gen_key(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  if (!generator_ensure_started(vm, self)) return false;
  Frame* f = self->gen();
  *ret = f->gen_state == GenDone ? Value::null() : f->gen_key;
  return true;
}
static bool gen_next(VM& vm, Value*, uint32_t, Value*, Object* self) {
  Frame* f = self->gen();
  if (f->gen_state == GenCreated) {
    if (!generator_ensure_started(vm, self)) return false;
  }
  return generator_resume(vm, self, Value::null());
}
static bool gen_send(VM& vm, Value* args, uint32_t argc, Value* ret, Object* self) {
  Frame* f = self->gen();
  if (f->gen_state == GenCreated && !generator_ensure_started(vm, self)) return false;
  if (!generator_resume(vm, self, argc ? deref(args[0]) : Value::null())) return false;
  *ret = f->gen_state == GenDone ? Value::null() : f->gen_val;
  return true;
}
static bool gen_throw(VM& vm, Value* args, uint32_t argc, Value* ret, Object* self) {
  if (!check_arity(vm, "Generator::throw", argc, 1, 1)) return false;
  const Value& e = arg_at(args, argc, 0);
  if (e.tag != Tag::Obj || !(e.o->cls->flags & ClsThrowable))
    return vm.throw_error("TypeError",
                          "Generator::throw(): Argument #1 ($exception) must be of type "
                          "Throwable, " +
                              std::string(type_name(e)) + " given");
  Frame* f = self->gen();
  if (f->gen_state == GenCreated && !generator_ensure_started(vm, self)) return false;
  if (f->gen_state == GenDone) return vm.throw_object(e.o);  // in the caller's context
  if (!generator_resume(vm, self, Value::null(), e.o)) return false;
  *ret = f->gen_state == GenDone ? Value::null() : f->gen_val;
  return true;
}
static bool gen_valid(VM& vm, Value*, uint32_t, Value* ret, Object* self) {
  if (!generator_ensure_started(vm, self)) return false;
  *ret = Value::boolean(self->gen()->gen_state != GenDone);
  return true;
}
static bool gen_rewind(VM& vm, Value*, uint32_t, Value*, Object* self) {
  return generator_ensure_started(vm, self);
}
static bool gen_get_return(VM&, Value*, uint32_t, Value* ret, Object* self) {
  *ret = self->gen()->gen_ret;
  return true;
}
static bool yield_from_result(VM&, Value* args, uint32_t argc, Value* ret, Object*) {
  const Value& v = arg_at(args, argc, 0);
  if (v.tag == Tag::Obj && v.o->gen()) *ret = v.o->gen()->gen_ret;
  return true;
}

// ---- enums ----

bool enum_case_object(VM& vm, Class* c, std::string_view name, Value* out) {
  return fetch_class_const(vm, vm.frame, Value::str(new_string(c->name)), intern(name), out);
}

// __weft_enum_case(class, case, value): the singleton of an enum case (run once per case).
static bool enum_make_case(VM& vm, Value* args, uint32_t argc, Value* ret, Object*) {
  Class* c = vm.find_class(to_std_string(arg_at(args, argc, 0)));
  Object* o = vm.instantiate(c);
  vm.set_prop(o, "name", Value::str(new_string(to_std_string(args[1]))));
  if (c->enum_backing != HintNone) vm.set_prop(o, "value", arg_at(args, argc, 2));
  *ret = Value::obj(o);
  return true;
}
static bool enum_cases(VM& vm, Value*, uint32_t, Value* ret, Object*) {
  Class* c = vm.native_called;
  Array* out = Array::make();
  for (auto& n : c->enum_cases) {
    Value v;
    if (!enum_case_object(vm, c, n, &v)) return false;
    out->append(v);
  }
  *ret = Value::arr(out);
  return true;
}
static bool enum_lookup(VM& vm, Value* args, uint32_t argc, Value* ret, bool try_) {
  Class* c = vm.native_called;
  Value key = arg_at(args, argc, 0);
  for (auto& n : c->enum_cases) {
    Value v;
    if (!enum_case_object(vm, c, n, &v)) return false;
    Value bv = vm.get_prop(v.o, "value");
    if (loose_equal(bv, key) &&
        (bv.tag == Tag::Str) == (key.tag == Tag::Str || c->enum_backing == HintString)) {
      *ret = v;
      return true;
    }
  }
  if (try_) {
    *ret = Value::null();
    return true;
  }
  std::string shown =
      key.tag == Tag::Str ? "\"" + std::string(key.s->view()) + "\"" : to_std_string(key);
  return vm.throw_error("ValueError", shown + " is not a valid backing value for enum " + c->name);
}
static bool enum_from(VM& vm, Value* args, uint32_t argc, Value* ret, Object*) {
  return enum_lookup(vm, args, argc, ret, false);
}
static bool enum_try_from(VM& vm, Value* args, uint32_t argc, Value* ret, Object*) {
  return enum_lookup(vm, args, argc, ret, true);
}

void setup_enum(VM& vm, Class* c) {
  auto prop = [&](const char* name) {
    uint32_t idx = uint32_t(c->props.size());
    c->props.push_back(PropInfo{intern(name), ModPublic | ModReadonly, c, true, nullptr});
    c->prop_index[name] = idx;
    c->defaults()->set(Key::integer(idx), Value());
  };
  prop("name");
  c->interfaces.push_back(vm.find_class("UnitEnum"));
  vm.native_method(c, "cases", enum_cases, FnStatic);
  if (c->enum_backing != HintNone) {
    prop("value");
    c->interfaces.push_back(vm.find_class("BackedEnum"));
    vm.native_method(c, "from", enum_from, FnStatic);
    vm.native_method(c, "tryFrom", enum_try_from, FnStatic);
  }
}

static bool first_class_callable(VM& vm, Value* args, uint32_t argc, Value* ret, Object* self) {
  return closure_from_callable(vm, args, argc, ret, self);
}

void register_builtin_classes(VM& vm) {
  vm.register_native("__weft_enum_case", enum_make_case);
  vm.register_native("__weft_callable", first_class_callable);
  vm.register_native("__weft_yield_from_result", yield_from_result);
  vm.native_class("UnitEnum", nullptr, ClsInterface | ClsAbstract);
  vm.native_class("BackedEnum", vm.find_class("UnitEnum"), ClsInterface | ClsAbstract);
  vm.native_class("stdClass", nullptr);
  Class* traversable = vm.native_class("Traversable", nullptr, ClsInterface | ClsAbstract);
  Class* iterator = vm.native_class("Iterator", nullptr, ClsInterface | ClsAbstract);
  iterator->interfaces.push_back(traversable);
  Class* seekable = vm.native_class("SeekableIterator", nullptr, ClsInterface | ClsAbstract);
  seekable->interfaces.push_back(iterator);
  seekable->interfaces.push_back(traversable);
  Class* agg = vm.native_class("IteratorAggregate", nullptr, ClsInterface | ClsAbstract);
  agg->interfaces.push_back(traversable);
  vm.native_class("ArrayAccess", nullptr, ClsInterface | ClsAbstract);
  vm.native_class("Countable", nullptr, ClsInterface | ClsAbstract);
  vm.native_class("Stringable", nullptr, ClsInterface | ClsAbstract);
  vm.native_class("JsonSerializable", nullptr, ClsInterface | ClsAbstract);
  Class* throwable = vm.native_class("Throwable", nullptr, ClsInterface | ClsAbstract);

  for (const char* base : {"Exception", "Error"}) {
    Class* c = vm.native_class(base, nullptr, ClsThrowable);
    c->interfaces.push_back(throwable);
    add_prop(c, "message", ModProtected, Value::str(intern("")));
    add_prop(c, "string", ModPrivate, Value::str(intern("")));
    add_prop(c, "code", ModProtected, Value::integer(0));
    add_prop(c, "file", ModProtected, Value::str(intern("")));
    add_prop(c, "line", ModProtected, Value::integer(0));
    add_prop(c, "trace", ModPrivate, Value::arr(Array::make()));
    add_prop(c, "previous", ModPrivate, Value::null());
    vm.native_method(c, "__construct", ex_construct);
    vm.native_method(c, "getMessage", ex_get_message);
    vm.native_method(c, "getCode", ex_get_code);
    vm.native_method(c, "getPrevious", ex_get_previous);
    vm.native_method(c, "getFile", ex_get_file);
    vm.native_method(c, "getLine", ex_get_line);
    vm.native_method(c, "getTrace", ex_get_trace);
    vm.native_method(c, "getTraceAsString", ex_trace_string);
    vm.native_method(c, "__toString", ex_to_string);
  }
  struct Sub {
    const char* name;
    const char* parent;
  };
  static const Sub subs[] = {
      {"ErrorException", "Exception"},
      {"TypeError", "Error"},
      {"ValueError", "Error"},
      {"ArithmeticError", "Error"},
      {"DivisionByZeroError", "ArithmeticError"},
      {"ArgumentCountError", "TypeError"},
      {"AssertionError", "Error"},
      {"UnhandledMatchError", "Error"},
      {"CompileError", "Error"},
      {"ParseError", "CompileError"},
      {"RuntimeException", "Exception"},
      {"LogicException", "Exception"},
      {"InvalidArgumentException", "LogicException"},
      {"DomainException", "LogicException"},
      {"LengthException", "LogicException"},
      {"OutOfRangeException", "LogicException"},
      {"BadFunctionCallException", "LogicException"},
      {"BadMethodCallException", "BadFunctionCallException"},
      {"OutOfBoundsException", "RuntimeException"},
      {"RangeException", "RuntimeException"},
      {"OverflowException", "RuntimeException"},
      {"UnderflowException", "RuntimeException"},
      {"UnexpectedValueException", "RuntimeException"},
      {"JsonException", "Exception"},
  };
  for (const Sub& s : subs) vm.native_class(s.name, vm.find_class(s.parent));
  Class* error_exception = vm.find_class("ErrorException");
  add_prop(error_exception, "severity", ModProtected, Value::integer(1));
  vm.native_method(error_exception, "__construct", error_exception_construct);
  vm.native_method(error_exception, "getSeverity", error_exception_severity);

  g_closure = vm.native_class("Closure", nullptr, ClsFinal);
  vm.closure_class_hint = g_closure;
  vm.native_method(g_closure, "bindTo", closure_bind_to);
  vm.native_method(g_closure, "bind", closure_bind, FnStatic);
  vm.native_method(g_closure, "call", closure_call);
  vm.native_method(g_closure, "fromCallable", closure_from_callable, FnStatic);

  g_generator = vm.native_class("Generator", nullptr, ClsFinal);
  g_generator->interfaces.push_back(iterator);
  g_generator->interfaces.push_back(traversable);
  vm.native_method(g_generator, "current", gen_current);
  vm.native_method(g_generator, "key", gen_key);
  vm.native_method(g_generator, "next", gen_next);
  vm.native_method(g_generator, "send", gen_send);
  vm.native_method(g_generator, "throw", gen_throw);
  vm.native_method(g_generator, "valid", gen_valid);
  vm.native_method(g_generator, "rewind", gen_rewind);
  vm.native_method(g_generator, "getReturn", gen_get_return);
}

}  // namespace weft::php
