// Types, conversions, constants, function handling, class introspection, time, runtime
// information.
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>

#include "builtins.h"
#include "class_info.h"
#include "interp_support.h"
#include "streams.h"

namespace weft::php {

#define TYPE_PRED(cname, cond)              \
  WEFT_PHP_NATIVE(cname) {                  \
    const Value& v = arg_at(args, argc, 0); \
    *ret = Value::boolean(cond);            \
    return true;                            \
  }
TYPE_PRED(f_is_int, v.tag == Tag::Int)
TYPE_PRED(f_is_float, v.tag == Tag::Float)
TYPE_PRED(f_is_string, v.tag == Tag::Str)
TYPE_PRED(f_is_bool, v.tag == Tag::Bool)
TYPE_PRED(f_is_array, v.tag == Tag::Arr)
TYPE_PRED(f_is_object, v.tag == Tag::Obj)
TYPE_PRED(f_is_null, v.is_null())
TYPE_PRED(f_is_scalar,
          v.tag == Tag::Int || v.tag == Tag::Float || v.tag == Tag::Str || v.tag == Tag::Bool)
TYPE_PRED(f_is_iterable,
          v.tag == Tag::Arr ||
              (v.tag == Tag::Obj && v.o->cls->is_subclass_of(vm.find_class("Traversable"))))
TYPE_PRED(f_is_countable,
          v.tag == Tag::Arr ||
              (v.tag == Tag::Obj && v.o->cls->is_subclass_of(vm.find_class("Countable"))))
TYPE_PRED(f_is_numeric,
          v.tag == Tag::Int || v.tag == Tag::Float ||
              (v.tag == Tag::Str && parse_numeric(v.s->view(), false).kind != NumKind::None))

WEFT_PHP_NATIVE(f_is_callable) {
  Function* fn;
  Object* t;
  Class* c;
  Object* cl;
  String* name;
  const Value& callable = arg_at(args, argc, 0);
  *ret = Value::boolean(vm.resolve_callable(callable, &fn, &t, &c, &cl) ||
                        vm.magic_callable(callable, &fn, &t, &c, &name));
  return true;
}

WEFT_PHP_NATIVE(f_gettype) {
  const Value& v = arg_at(args, argc, 0);
  const char* n = "NULL";
  switch (v.tag) {
    case Tag::Bool:
      n = "boolean";
      break;
    case Tag::Int:
      n = "integer";
      break;
    case Tag::Float:
      n = "double";
      break;
    case Tag::Str:
      n = "string";
      break;
    case Tag::Arr:
      n = "array";
      break;
    case Tag::Obj:
      n = "object";
      break;
    case Tag::Res:
      n = resource_closed(v) ? "resource (closed)" : "resource";
      break;
    default:
      break;
  }
  *ret = Value::str(intern(n));
  return true;
}
WEFT_PHP_NATIVE(f_get_debug_type) {
  if (const char* t = resource_type(arg_at(args, argc, 0))) {
    *ret = Value::str(new_string(resource_closed(arg_at(args, argc, 0))
                                     ? std::string("resource (closed)")
                                     : std::string("resource (") + t + ")"));
    return true;
  }
  *ret = Value::str(new_string(zend_type_name(arg_at(args, argc, 0))));
  return true;
}

WEFT_PHP_NATIVE(f_intval) {
  const Value& v = arg_at(args, argc, 0);
  int64_t base = argc > 1 ? to_int(args[1]) : 10;
  if (base != 10 && v.tag == Tag::Str) {
    std::string s(v.s->view());
    *ret = Value::integer(std::strtoll(s.c_str(), nullptr, int(base)));
    return true;
  }
  return do_cast(vm, v, CastInt, ret);
}
WEFT_PHP_NATIVE(f_floatval) { return do_cast(vm, arg_at(args, argc, 0), CastFloat, ret); }
WEFT_PHP_NATIVE(f_boolval) {
  *ret = Value::boolean(to_bool(arg_at(args, argc, 0)));
  return true;
}
WEFT_PHP_NATIVE(f_settype) {
  if (argc < 2 || args[0].tag != Tag::Ref) return true;
  std::string t = to_std_string(args[1]);
  Value& v = args[0].r->v;
  uint8_t k = t == "int" || t == "integer"    ? CastInt
              : t == "float" || t == "double" ? CastFloat
              : t == "string"                 ? CastString
              : t == "bool" || t == "boolean" ? CastBool
              : t == "array"                  ? CastArray
              : t == "null"                   ? CastNull
                                              : CastObject;
  Value r;
  if (!do_cast(vm, v, k, &r)) return false;
  v = r;
  *ret = Value::boolean(true);
  return true;
}

// ---- constants ----

WEFT_PHP_NATIVE(f_define) {
  std::string name = to_std_string(arg_at(args, argc, 0));
  if (name.find("::") != std::string::npos)
    return vm.throw_error("ValueError",
                          "define(): Argument #1 ($constant_name) cannot be a class constant");
  if (vm.constants->find(name)) {
    vm.warning("Constant " + name + " already defined");
    *ret = Value::boolean(false);
    return true;
  }
  Value v = arg_at(args, argc, 1);
  mark_copy(v);
  vm.constants->set(Key::string(new_string(name)), v);
  *ret = Value::boolean(true);
  return true;
}
// no locales but C: setlocale() answers "C" for C/POSIX/""/"0" and false for the others
WEFT_PHP_NATIVE(f_setlocale) {
  for (uint32_t i = 1; i < argc; ++i) {
    const Value& a = deref(args[i]);
    std::vector<std::string> names;
    if (a.tag == Tag::Arr) {
      for (uint32_t j = 0; j < a.a->used(); ++j)
        if (a.a->buckets()[j].v.tag != Tag::Undef)
          names.push_back(to_std_string(a.a->buckets()[j].v));
    } else {
      names.push_back(to_std_string(a));
    }
    for (auto& n : names)
      if (n == "C" || n == "POSIX" || n.empty() || n == "0") {
        *ret = Value::str(intern("C"));
        return true;
      }
  }
  *ret = Value::boolean(false);
  return true;
}
// assert() called through a variable (the compiler handles the direct form): an
// AssertionError with the given description, or the given Throwable
WEFT_PHP_NATIVE(f_assert) {
  if (to_bool(arg_at(args, argc, 0))) {
    *ret = Value::boolean(true);
    return true;
  }
  const Value& d = arg_at(args, argc, 1);
  if (d.tag == Tag::Obj && (d.o->cls->flags & ClsThrowable)) return vm.throw_object(d.o);
  return vm.throw_error("AssertionError", d.tag == Tag::Null ? "" : to_std_string(d));
}
// assert_options(): php's defaults (active, exceptions on); setting them is not supported
WEFT_PHP_NATIVE(f_assert_options) {
  int64_t what = to_int(arg_at(args, argc, 0));
  *ret = what == 2 ? Value::null() : Value::integer(what == 1 || what == 5 ? 1 : 0);
  return true;
}
WEFT_PHP_NATIVE(f_defined) {
  *ret = Value::boolean(vm.constants->find(to_std_string(arg_at(args, argc, 0))) != nullptr);
  return true;
}
WEFT_PHP_NATIVE(f_constant) {
  std::string name = to_std_string(arg_at(args, argc, 0));
  size_t p = name.find("::");
  if (p != std::string::npos) {
    Class* c = vm.find_class(name.substr(0, p));
    if (!c) return vm.throw_error("Error", "Class \"" + name.substr(0, p) + "\" not found");
    return fetch_class_const(vm, vm.frame, Value::obj(vm.instantiate(c)),
                             intern(name.substr(p + 2)), ret);
  }
  Value* v = vm.constants->find(name);
  if (!v) return vm.throw_error("Error", "Undefined constant \"" + name + "\"");
  *ret = *v;
  return true;
}

// ---- functions ----

// php's zend_is_callable_ex() reasons, for "fn(): Argument #1 ($callback) must be a valid
// callback, REASON": empty when `c` can be called from the calling code. Class names are
// autoloaded, as php does.
static std::string uncallable_reason(VM& vm, const Value& c0) {
  const Value& c = deref(c0);
  Function* fn;
  Object *t, *cl;
  Class* called;
  Class* cls = nullptr;
  std::string method;
  std::string no_scope;
  // self, parent and static name the calling code's classes, deprecated in php 8.2
  auto class_named = [&](std::string_view n) -> Class* {
    std::string l(n);
    for (auto& ch : l) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (l != "self" && l != "parent" && l != "static") return vm.load_class(n);
    Class* named = vm.callable_class(n);
    if (named)
      vm.deprecated("Use of \"" + l + "\" in callables is deprecated");
    else if (l == "parent" && vm.callable_class("self"))
      no_scope = "cannot access \"parent\" when current class scope has no parent";
    else
      no_scope = "cannot access \"" + l + "\" when no class scope is active";
    return named;
  };
  if (c.tag == Tag::Str) {
    std::string_view s = c.s->view();
    size_t p = s.find("::");
    if (p == std::string_view::npos) {
      if (vm.find_function(s)) return "";
      return "function \"" + std::string(s) + "\" not found or invalid function name";
    }
    cls = class_named(s.substr(0, p));
    if (vm.exception) return "";
    if (!cls)
      return no_scope.empty() ? "class \"" + std::string(s.substr(0, p)) + "\" not found"
                              : no_scope;
    method = std::string(s.substr(p + 2));
  } else if (c.tag == Tag::Arr) {
    Value* target = c.a->find(int64_t(0));
    Value* name = c.a->find(int64_t(1));
    if (c.a->count != 2 || !target || !name) return "array callback must have exactly two members";
    const Value& tv = deref(*target);
    if (tv.tag == Tag::Obj) {
      cls = tv.o->cls;
    } else if (tv.tag == Tag::Str) {
      cls = class_named(tv.s->view());
      if (vm.exception) return "";
      if (!cls)
        return no_scope.empty() ? "class \"" + std::string(tv.s->view()) + "\" not found"
                                : no_scope;
    } else {
      return "first array member is not a valid class name or object";
    }
    if (deref(*name).tag != Tag::Str) return "second array member is not a valid method";
    method = std::string(deref(*name).s->view());
  } else if (c.tag == Tag::Obj) {
    return vm.resolve_callable(c, &fn, &t, &called, &cl) ? "" : "no array or string given";
  } else {
    return "no array or string given";
  }
  if (!vm.resolve_callable(c, &fn, &t, &called, &cl)) {
    String* name;
    if (vm.magic_callable(c, &fn, &t, &called, &name)) return "";
    return "class " + cls->name + " does not have a method \"" + method + "\"";
  }
  if (fn->flags & FnAbstract)
    return "cannot call abstract method " + fn->scope->name + "::" + fn->name + "()";
  if (fn->flags & (FnPrivate | FnProtected)) {
    Class* scope = vm.frame ? calling_scope(vm.frame) : nullptr;
    bool visible = (fn->flags & FnPrivate) ? scope == fn->scope
                                           : scope && (scope->is_subclass_of(fn->scope) ||
                                                       fn->scope->is_subclass_of(scope));
    if (!visible &&
        !(cls->m_call && c.tag == Tag::Arr && deref(*c.a->find(int64_t(0))).tag == Tag::Obj))
      return std::string("cannot access ") + ((fn->flags & FnPrivate) ? "private" : "protected") +
             " method " + fn->scope->name + "::" + fn->name + "()";
  }
  return "";
}

bool check_callback(VM& vm, const char* fname, const Value& c) {
  std::string why = uncallable_reason(vm, c);
  if (vm.exception) return false;
  if (why.empty()) return true;
  return vm.throw_error(
      "TypeError",
      std::string(fname) + "(): Argument #1 ($callback) must be a valid callback, " + why);
}

WEFT_PHP_NATIVE(f_call_user_func) {
  if (argc < 1) return check_arity(vm, "call_user_func", argc, 1, 1);
  if (!check_callback(vm, "call_user_func", args[0])) return false;
  Value buf[32];
  uint32_t n = 0;
  for (uint32_t i = 1; i < argc && n < 32; ++i) buf[n++] = deref(args[i]);
  if (!vm.call_value(args[0], buf, n, ret)) return false;
  *ret = deref(*ret);
  return true;
}
// The arguments of call_user_func_array(): values in order, string keys naming the user
// function's parameters as php 8.1 does (a gap left is Undef, the default's; names no
// parameter takes go to a variadic parameter through vm.named_variadic). Built-ins take
// them in order.
static bool bind_named_args(VM& vm, const Value& callable, Array* a, std::vector<Value>& buf) {
  Function* fn = nullptr;
  Object* this_;
  Class* called;
  Object* closure;
  if (!vm.resolve_callable(callable, &fn, &this_, &called, &closure)) fn = nullptr;
  Array* extras = nullptr;
  bool seen_named = false;
  for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
    const Value& v = a->buckets()[i].v;
    String* name = a->buckets()[i].skey();
    if (!name || !fn || fn->native) {
      if (seen_named)
        return vm.throw_error("Error", "Cannot use positional argument after named argument");
      buf.push_back(v);
      continue;
    }
    seen_named = true;
    size_t idx = 0;
    while (idx < fn->params.size() &&
           (fn->params[idx].variadic || !str_equal(fn->params[idx].name, name)))
      ++idx;
    if (idx == fn->params.size()) {
      if (!(fn->flags & FnVariadic))
        return vm.throw_error("Error", "Unknown named parameter $" + std::string(name->view()));
      if (!extras) extras = Array::make();
      Value x = deref(v);
      mark_copy(x);
      extras->set(Key::string(name), x);
      continue;
    }
    if (idx < buf.size() && buf[idx].tag != Tag::Undef)
      return vm.throw_error("Error", "Named parameter $" + std::string(name->view()) +
                                         " overwrites previous argument");
    if (buf.size() <= idx) buf.resize(idx + 1);
    buf[idx] = v;
  }
  vm.named_variadic = extras;
  return true;
}

WEFT_PHP_NATIVE(f_call_user_func_array) {
  const Value& a = arg_at(args, argc, 1);
  if (a.tag != Tag::Arr)
    return vm.throw_error("TypeError",
                          "call_user_func_array(): Argument #2 ($args) must be of type array, " +
                              zend_type_name(a) + " given");
  if (!check_callback(vm, "call_user_func_array", args[0])) return false;
  std::vector<Value> buf;
  if (!bind_named_args(vm, args[0], a.a, buf)) return false;
  if (!vm.call_value(args[0], buf.data(), uint32_t(buf.size()), ret)) return false;
  *ret = deref(*ret);
  return true;
}
WEFT_PHP_NATIVE(f_function_exists) {
  *ret = Value::boolean(vm.find_function(to_std_string(arg_at(args, argc, 0))) != nullptr);
  return true;
}

// ---- classes and objects ----

WEFT_PHP_NATIVE(f_get_class) {
  const Value& v = arg_at(args, argc, 0);
  if (argc == 0) {
    Class* s = vm.frame->fn->scope;
    if (!s)
      return vm.throw_error("Error",
                            "get_class() without arguments must be called from within a class");
    *ret = Value::str(new_string(s->name));
    return true;
  }
  if (v.tag != Tag::Obj)
    return vm.throw_error("TypeError",
                          "get_class(): Argument #1 ($object) must be of type object, " +
                              zend_type_name(v) + " given");
  *ret = Value::str(new_string(v.o->cls->name));
  return true;
}
WEFT_PHP_NATIVE(f_get_parent_class) {
  const Value& v = arg_at(args, argc, 0);
  Class* c = v.tag == Tag::Obj   ? v.o->cls
             : v.tag == Tag::Str ? vm.find_class(v.s->view())
                                 : vm.frame->fn->scope;
  *ret = c && c->parent ? Value::str(new_string(c->parent->name)) : Value::boolean(false);
  return true;
}
WEFT_PHP_NATIVE(f_get_called_class) {
  Class* c = vm.frame->called;
  *ret = c ? Value::str(new_string(c->name)) : Value::boolean(false);
  return true;
}
// class_exists/interface_exists autoload unless their second argument is false
static Class* lookup(VM& vm, Value* args, uint32_t argc) {
  std::string n = to_std_string(arg_at(args, argc, 0));
  return argc > 1 && !to_bool(args[1]) ? vm.find_class(n) : vm.load_class(n);
}
WEFT_PHP_NATIVE(f_class_exists) {
  Class* c = lookup(vm, args, argc);
  *ret = Value::boolean(c && !(c->flags & (ClsInterface | ClsTrait)));
  return true;
}
// In declaration order, the built-in classes first (php lists its own many more).
WEFT_PHP_NATIVE(f_get_declared_classes) {
  Array* out = Array::make();
  for (Class* c : vm.class_order)
    if (!(c->flags & (ClsInterface | ClsTrait))) out->append(Value::str(new_string(c->name)));
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_interface_exists) {
  Class* c = lookup(vm, args, argc);
  *ret = Value::boolean(c && (c->flags & ClsInterface));
  return true;
}
WEFT_PHP_NATIVE(f_trait_exists) {
  Class* c = lookup(vm, args, argc);
  *ret = Value::boolean(c && (c->flags & ClsTrait));
  return true;
}
WEFT_PHP_NATIVE(f_enum_exists) {
  Class* c = lookup(vm, args, argc);
  *ret = Value::boolean(c && (c->flags & ClsEnum));
  return true;
}
// the declared spelling of a known class name (the prelude's Reflection uses it)
WEFT_PHP_NATIVE(f_weft_class_name) {
  Class* c = vm.find_class(to_std_string(arg_at(args, argc, 0)));
  *ret = c ? Value::str(new_string(c->name)) : arg_at(args, argc, 0);
  return true;
}
static Class* class_of(VM& vm, const Value& v) {
  if (v.tag == Tag::Obj) return v.o->cls;
  if (v.tag == Tag::Str) return vm.find_class(v.s->view());
  return nullptr;
}
WEFT_PHP_NATIVE(f_method_exists) {
  Class* c = class_of(vm, arg_at(args, argc, 0));
  std::string m = to_std_string(arg_at(args, argc, 1));
  for (auto& ch : m) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  *ret = Value::boolean(c && c->find_method(m));
  return true;
}
WEFT_PHP_NATIVE(f_property_exists) {
  const Value& v = arg_at(args, argc, 0);
  Class* c = class_of(vm, v);
  std::string p = to_std_string(arg_at(args, argc, 1));
  bool r = c && (c->prop_index.count(p) || c->static_index.count(p));
  if (!r && v.tag == Tag::Obj && v.o->dyn) r = v.o->dyn->find(p) != nullptr;
  *ret = Value::boolean(r);
  return true;
}
WEFT_PHP_NATIVE(f_get_object_vars) {
  const Value& v = arg_at(args, argc, 0);
  if (v.tag != Tag::Obj) return true;
  Object* o = v.o;
  Class* scope = vm.frame->fn->scope;
  Array* out = Array::make();
  for (uint32_t i = 0; i < o->nslots; ++i) {
    const PropInfo& pi = o->cls->props[i];
    if ((pi.flags & ModPrivate) && scope != pi.declared) continue;
    if ((pi.flags & ModProtected) && !scope) continue;
    if (o->slots()[i].tag == Tag::Undef) continue;
    Value x = deref(o->slots()[i]);
    mark_copy(x);
    out->set(Key::string(pi.name), x);
  }
  if (o->dyn) {
    Array* d = o->dyn.get();
    for (uint32_t i = d->first(); i < d->used(); i = d->next(i)) {
      Bucket& b = d->buckets()[i];
      Value x = deref(b.v);
      mark_copy(x);
      out->set(b.array_key(), x);
    }
  }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_get_class_methods) {
  Class* c = class_of(vm, arg_at(args, argc, 0));
  Array* out = Array::make();
  if (c) {
    // declaration order is not kept by the method table; report own methods first
    std::vector<Function*> ms;
    for (auto& [n, m] : c->methods) ms.push_back(m);
    for (Function* m : ms) out->append(Value::str(new_string(m->name)));
  }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_is_a) {
  const Value& v = arg_at(args, argc, 0);
  bool allow_string = to_bool(arg_at(args, argc, 2));
  Class* c = v.tag == Tag::Obj ? v.o->cls : (allow_string ? class_of(vm, v) : nullptr);
  Class* t = vm.find_class(to_std_string(arg_at(args, argc, 1)));
  *ret = Value::boolean(c && t && c->is_subclass_of(t));
  return true;
}
// class_uses / class_implements: name => name arrays, for an object or a class name.
static Class* class_of_arg(VM& vm, const Value& v) {
  if (v.tag == Tag::Obj) return v.o->cls;
  return vm.find_class(to_std_string(v));
}
WEFT_PHP_NATIVE(f_class_uses) {
  Class* c = class_of_arg(vm, arg_at(args, argc, 0));
  if (!c) {
    vm.warning("class_uses(): Class " + to_std_string(arg_at(args, argc, 0)) +
               " does not exist and could not be loaded");
    *ret = Value::boolean(false);
    return true;
  }
  Array* out = Array::make();
  if (auto* info = static_cast<ClassInfo*>(c->decl))
    for (auto& t : info->traits) {
      Class* tc = vm.find_class(t);
      String* n = new_string(tc ? tc->name : t);
      out->set(Key::string(n), Value::str(n));
    }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_class_implements) {
  Class* c = class_of_arg(vm, arg_at(args, argc, 0));
  if (!c) {
    vm.warning("class_implements(): Class " + to_std_string(arg_at(args, argc, 0)) +
               " does not exist and could not be loaded");
    *ret = Value::boolean(false);
    return true;
  }
  Array* out = Array::make();
  for (Class* i : c->interfaces) {
    String* n = new_string(i->name);
    out->set(Key::string(n), Value::str(n));
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_is_subclass_of) {
  Class* c = class_of(vm, arg_at(args, argc, 0));
  Class* t = vm.find_class(to_std_string(arg_at(args, argc, 1)));
  *ret = Value::boolean(c && t && c != t && c->is_subclass_of(t));
  return true;
}
WEFT_PHP_NATIVE(f_spl_object_id) {
  const Value& v = arg_at(args, argc, 0);
  *ret = Value::integer(v.tag == Tag::Obj ? vm.object_id(v.o) : 0);
  return true;
}
WEFT_PHP_NATIVE(f_spl_object_hash) {
  const Value& v = arg_at(args, argc, 0);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%032x", v.tag == Tag::Obj ? vm.object_id(v.o) : 0);
  *ret = Value::str(new_string(buf));
  return true;
}
WEFT_PHP_NATIVE(f_spl_autoload_register) {
  const Value& cb = arg_at(args, argc, 0);
  if (cb.tag != Tag::Null) {
    Value c = cb;
    mark_copy(c);
    if (argc > 2 && to_bool(args[2])) {  // prepend
      Array* n = Array::make();
      n->append(c);
      Array* old = vm.autoloaders.get();
      for (uint32_t i = old->first(); i < old->used(); i = old->next(i))
        n->append(old->buckets()[i].v);
      vm.autoloaders = n;
    } else {
      vm.autoloaders->append(c);
    }
  }
  *ret = Value::boolean(true);
  return true;
}

// ---- time and runtime ----

static double now() {
  timeval tv;
  gettimeofday(&tv, nullptr);
  return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}
WEFT_PHP_NATIVE(f_microtime) {
  double t = now();
  if (to_bool(arg_at(args, argc, 0))) {
    *ret = Value::number(t);
    return true;
  }
  char buf[64];
  double sec = std::floor(t);
  std::snprintf(buf, sizeof buf, "%.8f %.0f", t - sec, sec);
  *ret = Value::str(new_string(buf));
  return true;
}
WEFT_PHP_NATIVE(f_hrtime) {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  if (to_bool(arg_at(args, argc, 0))) {
    *ret = Value::integer(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
    return true;
  }
  Array* a = Array::make();
  a->append(Value::integer(ts.tv_sec));
  a->append(Value::integer(ts.tv_nsec));
  *ret = Value::arr(a);
  return true;
}
WEFT_PHP_NATIVE(f_time) {
  *ret = Value::integer(int64_t(::time(nullptr)));
  return true;
}
WEFT_PHP_NATIVE(f_usleep) {
  ::usleep(useconds_t(to_int(arg_at(args, argc, 0))));
  return true;
}
WEFT_PHP_NATIVE(f_memory_get_usage) {
  *ret = Value::integer(int64_t(vm.memory_usage(argc > 0 && to_bool(args[0]))));
  return true;
}
WEFT_PHP_NATIVE(f_memory_get_peak_usage) {
  *ret = Value::integer(int64_t(vm.peak_memory_usage(argc > 0 && to_bool(args[0]))));
  return true;
}
WEFT_PHP_NATIVE(f_gc_collect_cycles) {
  vm.collect_weak();
  gc::Heap::current()->collect();
  *ret = Value::integer(0);
  return true;
}
WEFT_PHP_NATIVE(f_true) {
  *ret = Value::boolean(true);
  return true;
}
WEFT_PHP_NATIVE(f_null) { return true; }
WEFT_PHP_NATIVE(f_php_sapi_name) {
  *ret = Value::str(intern("cli"));
  return true;
}
WEFT_PHP_NATIVE(f_phpversion) {
  *ret = Value::str(intern("8.2.36"));
  return true;
}
WEFT_PHP_NATIVE(f_php_uname) {
  *ret = Value::str(intern("Linux"));
  return true;
}
WEFT_PHP_NATIVE(f_getenv) {
  if (argc == 0) {
    *ret = Value::arr(Array::make());
    return true;
  }
  const char* v = std::getenv(to_std_string(args[0]).c_str());
  *ret = v ? Value::str(new_string(v)) : Value::boolean(false);
  return true;
}
// $GLOBALS: the main script's variables, then globals made by `global` in functions.
static Value* global_slot(VM& vm, std::string_view name, bool create) {
  Frame* m = vm.main_frame;
  int32_t idx = m ? m->code->find_local(name) : -1;
  if (idx >= 0) return &m->regs()[idx];
  if (Value* v = vm.globals_extra->find(name)) return v;
  if (!create) return nullptr;
  bool ins;
  return vm.globals_extra->lookup_or_insert(Key::string(intern(name)), &ins);
}
WEFT_PHP_NATIVE(f_global_get) {
  std::string name = to_std_string(arg_at(args, argc, 0));
  Value* v = global_slot(vm, name, false);
  if (!v || deref(*v).tag == Tag::Undef) {
    vm.warning("Undefined global variable $" + name);
    return true;
  }
  *ret = deref(*v);
  mark_copy(*ret);
  return true;
}
WEFT_PHP_NATIVE(f_global_set) {
  Value* v = global_slot(vm, to_std_string(arg_at(args, argc, 0)), true);
  Value x = arg_at(args, argc, 1);
  mark_copy(x);
  deref(*v) = x;
  return true;
}
// &$GLOBALS['x']: the global variable made a reference (created null if missing)
WEFT_PHP_NATIVE(f_global_ref) {
  Value* v = global_slot(vm, to_std_string(arg_at(args, argc, 0)), true);
  if (v->tag != Tag::Ref) {
    Ref* r = gc_new<Ref>();
    r->v = v->tag == Tag::Undef ? Value::null() : *v;
    *v = Value::ref(r);
  }
  *ret = *v;
  return true;
}
WEFT_PHP_NATIVE(f_global_bind) {
  Value* v = global_slot(vm, to_std_string(arg_at(args, argc, 0)), true);
  if (argc > 1 && args[1].tag == Tag::Ref) *v = args[1];
  return true;
}
WEFT_PHP_NATIVE(f_zend_version) {
  *ret = Value::str(new_string("4.2.36"));  // php 8.2's Zend Engine
  return true;
}
WEFT_PHP_NATIVE(f_globals) {
  Array* out = Array::make();
  Frame* m = vm.main_frame;
  for (uint32_t i = 0; m && i < m->code->nlocals; ++i) {
    const Value& v = deref(m->regs()[i]);
    if (v.tag == Tag::Undef || m->code->local_names[i] == "this" ||
        m->code->local_names[i] == "GLOBALS")
      continue;
    Value x = v;
    mark_copy(x);
    out->set(Key::string(intern(m->code->local_names[i])), x);
  }
  Array* e = vm.globals_extra.get();
  for (uint32_t i = e->first(); i < e->used(); i = e->next(i)) {
    Bucket& b = e->buckets()[i];
    if (!b.skey() || out->find(Key::string(b.skey()))) continue;
    Value x = deref(b.v);
    if (x.tag == Tag::Undef) continue;
    mark_copy(x);
    out->set(Key::string(b.skey()), x);
  }
  *ret = Value::arr(out);
  return true;
}

void register_misc_builtins(VM& vm) {
  vm.register_native("__weft_global_get", f_global_get);
  vm.register_native("__weft_global_set", f_global_set);
  vm.register_native("__weft_globals", f_globals);
  vm.register_native("__weft_global_ref", f_global_ref);
  vm.register_native("__weft_global_bind", f_global_bind, 2);
  vm.register_native("zend_version", f_zend_version);
  vm.register_native("is_int", f_is_int);
  vm.register_native("is_integer", f_is_int);
  vm.register_native("is_long", f_is_int);
  vm.register_native("is_float", f_is_float);
  vm.register_native("is_double", f_is_float);
  vm.register_native("is_string", f_is_string);
  vm.register_native("is_bool", f_is_bool);
  vm.register_native("is_array", f_is_array);
  vm.register_native("is_object", f_is_object);
  vm.register_native("is_null", f_is_null);
  vm.register_native("is_scalar", f_is_scalar);
  vm.register_native("is_iterable", f_is_iterable);
  vm.register_native("is_countable", f_is_countable);
  vm.register_native("is_numeric", f_is_numeric);
  vm.register_native("is_callable", f_is_callable);
  vm.register_native("gettype", f_gettype);
  vm.register_native("get_debug_type", f_get_debug_type);
  vm.register_native("intval", f_intval);
  vm.register_native("floatval", f_floatval);
  vm.register_native("doubleval", f_floatval);
  vm.register_native("boolval", f_boolval);
  vm.register_native("settype", f_settype, 1);
  vm.register_native("define", f_define);
  vm.register_native("setlocale", f_setlocale);
  vm.register_native("defined", f_defined);
  vm.register_native("constant", f_constant);
  vm.register_native("call_user_func", f_call_user_func);
  vm.register_native("call_user_func_array", f_call_user_func_array);
  vm.register_native("function_exists", f_function_exists);
  vm.register_native("get_class", f_get_class);
  vm.register_native("get_parent_class", f_get_parent_class);
  vm.register_native("get_called_class", f_get_called_class);
  vm.register_native("class_exists", f_class_exists);
  vm.register_native("get_declared_classes", f_get_declared_classes);
  vm.register_native("interface_exists", f_interface_exists);
  vm.register_native("trait_exists", f_trait_exists);
  vm.register_native("enum_exists", f_enum_exists);
  vm.register_native("__weft_class_name", f_weft_class_name);
  vm.register_native("method_exists", f_method_exists);
  vm.register_native("property_exists", f_property_exists);
  vm.register_native("get_object_vars", f_get_object_vars);
  vm.register_native("get_class_methods", f_get_class_methods);
  vm.register_native("is_a", f_is_a);
  vm.register_native("is_subclass_of", f_is_subclass_of);
  vm.register_native("spl_object_id", f_spl_object_id);
  vm.register_native("class_uses", f_class_uses);
  vm.register_native("class_implements", f_class_implements);
  vm.register_native("spl_object_hash", f_spl_object_hash);
  vm.register_native("spl_autoload_register", f_spl_autoload_register);
  vm.register_native("microtime", f_microtime);
  vm.register_native("hrtime", f_hrtime);
  vm.register_native("time", f_time);
  vm.register_native("usleep", f_usleep);
  vm.register_native("memory_get_usage", f_memory_get_usage);
  vm.register_native("memory_get_peak_usage", f_memory_get_peak_usage);
  vm.register_native("gc_collect_cycles", f_gc_collect_cycles);
  vm.register_native("gc_enable", f_null);
  vm.register_native("gc_disable", f_null);
  vm.register_native("set_time_limit", f_true);
  vm.register_native("assert", f_assert);
  vm.register_native("assert_options", f_assert_options);
  vm.register_native("php_sapi_name", f_php_sapi_name);
  vm.register_native("phpversion", f_phpversion);
  vm.register_native("php_uname", f_php_uname);
  vm.register_native("getenv", f_getenv);
  vm.register_native("flush", f_null);
}

}  // namespace weft::php
