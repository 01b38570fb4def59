// Error handling and the ini settings that change what a script prints: error_reporting,
// set_error_handler/set_exception_handler (and restore_*), trigger_error, ini_set/ini_get;
// and the argument accessors func_get_arg(s)/func_num_args, which php also checks by scope.
#include <cstdlib>

#include "builtins.h"

namespace weft::php {

// php's E_* levels a handler may be registered for and trigger_error may raise.
static constexpr int64_t kUserLevels = 256 | 512 | 1024 | 16384;

WEFT_PHP_NATIVE(f_error_reporting) {
  // inside @ php reports the level with the silenced bits cleared
  int64_t old = vm.silence ? (vm.error_reporting & 4437) : vm.error_reporting;
  if (argc > 0 && arg_at(args, argc, 0).tag != Tag::Null)
    vm.error_reporting = to_int(arg_at(args, argc, 0));
  *ret = Value::integer(old);
  return true;
}

static bool is_callable_value(VM& vm, const Value& v) {
  Function* fn;
  Object* t;
  Class* c;
  Object* cl;
  return vm.resolve_callable(v, &fn, &t, &c, &cl);
}

// php's TypeError for a callback argument that cannot be called ("or null" where null is
// accepted).
static bool invalid_callback(VM& vm, const char* fn, const Value& h, bool or_null) {
  return vm.throw_error("TypeError",
                        std::string(fn) + "(): Argument #1 ($callback) must be a valid callback" +
                            (or_null ? " or null, " : ", ") +
                            (h.tag == Tag::Str ? "function \"" + to_std_string(h) +
                                                     "\" not found or invalid function name"
                                               : std::string("no array or string given")));
}

// Returns the callable on top of a handler stack (null if none).
static Value top_handler(Array* stack, uint32_t width) {
  if (stack->count < width) return Value::null();
  uint32_t pos = 0, n = stack->count - width;
  for (uint32_t i = stack->first(); i < stack->used(); i = stack->next(i), ++pos)
    if (pos == n) return stack->buckets()[i].v;
  return Value::null();
}

static void pop_handler(Array* stack, uint32_t width) {
  for (uint32_t k = 0; k < width && stack->count; ++k) {
    uint32_t last = 0;
    for (uint32_t i = stack->first(); i < stack->used(); i = stack->next(i)) last = i;
    Key key = stack->buckets()[last].skey() ? Key::string(stack->buckets()[last].skey())
                                            : Key::integer(stack->buckets()[last].ikey());
    stack->remove(key);
  }
}

WEFT_PHP_NATIVE(f_set_error_handler) {
  if (!check_arity(vm, "set_error_handler", argc, 1, 2)) return false;
  const Value& h = arg_at(args, argc, 0);
  if (h.tag != Tag::Null && !is_callable_value(vm, h))
    return invalid_callback(vm, "set_error_handler", h, true);
  *ret = top_handler(vm.error_handlers.get(), 2);
  mark_copy(*ret);
  Value hv = h;
  mark_copy(hv);
  vm.error_handlers->append(hv);
  vm.error_handlers->append(Value::integer(argc > 1 ? to_int(args[1]) : 32767));
  return true;
}

WEFT_PHP_NATIVE(f_restore_error_handler) {
  pop_handler(vm.error_handlers.get(), 2);
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_set_exception_handler) {
  if (!check_arity(vm, "set_exception_handler", argc, 1, 1)) return false;
  const Value& h = arg_at(args, argc, 0);
  if (h.tag != Tag::Null && !is_callable_value(vm, h))
    return invalid_callback(vm, "set_exception_handler", h, true);
  *ret = top_handler(vm.exception_handlers.get(), 1);
  mark_copy(*ret);
  Value hv = h;
  mark_copy(hv);
  vm.exception_handlers->append(hv);
  return true;
}

// The callable and its arguments, run when the script ends (runtime.cpp).
WEFT_PHP_NATIVE(f_register_shutdown_function) {
  if (!check_arity(vm, "register_shutdown_function", argc, 1, UINT32_MAX)) return false;
  const Value& h = arg_at(args, argc, 0);
  if (!is_callable_value(vm, h))
    return invalid_callback(vm, "register_shutdown_function", h, false);
  Array* entry = Array::make(argc);
  for (uint32_t i = 0; i < argc; ++i) {
    Value v = deref(args[i]);
    mark_copy(v);
    entry->append(v);
  }
  vm.shutdown_functions->append(Value::arr(entry));
  *ret = Value::null();
  return true;
}

WEFT_PHP_NATIVE(f_restore_exception_handler) {
  pop_handler(vm.exception_handlers.get(), 1);
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_trigger_error) {
  if (!check_arity(vm, "trigger_error", argc, 1, 2)) return false;
  std::string msg = to_std_string(arg_at(args, argc, 0));
  int64_t level = argc > 1 ? to_int(args[1]) : 1024;
  if (!(level & kUserLevels) || (level & (level - 1)))
    return vm.throw_error("ValueError",
                          "trigger_error(): Argument #2 ($error_level) must be one of "
                          "E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED");
  vm.script_message = true;  // php prints the script's own text as it is
  vm.report(level, msg);
  vm.script_message = false;
  *ret = Value::boolean(true);
  return !vm.exception;
}

// The ini settings weft-php honours; the others are accepted and remembered only.
bool apply_ini(VM& vm, const std::string& key, const std::string& value, std::string* old) {
  auto as_bool = [](const std::string& v) {
    return v == "1" || v == "On" || v == "on" || v == "true" || v == "yes" || v == "stdout" ||
           v == "STDOUT";
  };
  if (key == "error_reporting") {
    if (old) *old = std::to_string(vm.error_reporting);
    vm.error_reporting = std::strtoll(value.c_str(), nullptr, 10);
    return true;
  }
  if (key == "display_errors") {
    if (old) *old = vm.display_errors ? "1" : "";
    vm.display_errors = as_bool(value);
    return true;
  }
  if (key == "memory_limit") {
    // php's quantity syntax: a number with an optional K, M or G; -1 for no limit.
    char* end = nullptr;
    long long n = std::strtoll(value.c_str(), &end, 10);
    int shift = 0;
    if (end && (*end == 'k' || *end == 'K')) shift = 10;
    if (end && (*end == 'm' || *end == 'M')) shift = 20;
    if (end && (*end == 'g' || *end == 'G')) shift = 30;
    size_t bytes = n < 0 ? 0 : size_t(n) << shift;
    // php refuses a limit below what is in use already (the setting keeps its value). php
    // frees garbage at once; here it counts only once a collection has found it.
    if (bytes && bytes < vm.memory_usage(true)) gc::Heap::current()->collect();
    if (bytes && bytes < vm.memory_usage(true)) {
      std::string msg = "Failed to set memory limit to " + std::to_string(bytes) +
                        " bytes (Current memory usage is " + std::to_string(vm.memory_usage(true)) +
                        " bytes)";
      if (vm.frame)
        vm.warning(msg);
      else if (vm.display_errors)  // -d on the command line: before the script has a line
        vm.echo("\nWarning: " + msg + " in Unknown on line 0\n");
      return false;
    }
    if (old) *old = vm.memory_limit_ini;
    vm.memory_limit_ini = value;
    vm.set_memory_limit(bytes);
    return true;
  }
  return false;
}

WEFT_PHP_NATIVE(f_ini_set) {
  if (!check_arity(vm, "ini_set", argc, 2, 2)) return false;
  std::string old;
  if (apply_ini(vm, to_std_string(arg_at(args, argc, 0)), to_std_string(arg_at(args, argc, 1)),
                &old))
    *ret = Value::str(new_string(old));
  else
    *ret = Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_ini_get) {
  if (!check_arity(vm, "ini_get", argc, 1, 1)) return false;
  std::string key = to_std_string(arg_at(args, argc, 0));
  if (key == "error_reporting")
    *ret = Value::str(new_string(std::to_string(vm.error_reporting)));
  else if (key == "display_errors")
    *ret = Value::str(new_string(vm.display_errors ? "1" : ""));
  else if (key == "precision")
    *ret = Value::str(intern("14"));
  else if (key == "serialize_precision")
    *ret = Value::str(intern("-1"));
  else if (key == "memory_limit")
    *ret = Value::str(new_string(vm.memory_limit_ini));
  else
    *ret = Value::boolean(false);
  return true;
}

// func_get_arg & co. read the frame of the function that called them; at the top level
// (the script, an included file or eval'd code) there is none.
static bool at_top_level(VM& vm) {
  Function* fn = vm.frame->fn;
  if (fn == vm.main_function) return true;
  if (fn->scope || (fn->flags & FnClosure)) return false;
  return fn->name == "include" || fn->name == "include_once" || fn->name == "require" ||
         fn->name == "require_once" || fn->name == "eval";
}

// The parameters whose registers hold the first arguments; the rest are in Frame::extra (a
// variadic parameter's arguments too).
static uint32_t declared_params(const Function* fn) {
  return uint32_t(fn->params.size()) - ((fn->flags & FnVariadic) ? 1 : 0);
}

WEFT_PHP_NATIVE(f_func_get_args) {
  if (at_top_level(vm))
    return vm.throw_error("Error", "func_get_args() cannot be called from the global scope");
  Frame* f = vm.frame;
  Array* out = Array::make();
  uint32_t np = declared_params(f->fn);
  for (uint32_t i = 0; i < np && i < f->argc; ++i) push_copy(out, f->regs()[i]);
  if (f->extra) {
    Array* e = f->extra.get();
    for (uint32_t i = e->first(); i < e->used(); i = e->next(i)) push_copy(out, e->buckets()[i].v);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_func_get_arg) {
  if (!check_arity(vm, "func_get_arg", argc, 1, 1)) return false;
  if (at_top_level(vm))
    return vm.throw_error("Error", "func_get_arg() cannot be called from the global scope");
  int64_t n = to_int(arg_at(args, argc, 0));
  Frame* f = vm.frame;
  if (n < 0)
    return vm.throw_error("ValueError",
                          "func_get_arg(): Argument #1 ($position) must be greater than or "
                          "equal to 0");
  if (uint64_t(n) >= f->argc)
    return vm.throw_error("ValueError",
                          "func_get_arg(): Argument #1 ($position) must be less than the number "
                          "of the arguments passed to the currently executed function");
  uint32_t np = declared_params(f->fn);
  Value v;
  if (uint64_t(n) < np) {
    v = deref(f->regs()[n]);
  } else if (f->extra) {
    Array* e = f->extra.get();
    uint64_t k = np;
    for (uint32_t i = e->first(); i < e->used(); i = e->next(i), ++k)
      if (k == uint64_t(n)) v = deref(e->buckets()[i].v);
  }
  if (v.tag == Tag::Undef) v = Value::null();
  mark_copy(v);
  *ret = v;
  return true;
}

WEFT_PHP_NATIVE(f_func_num_args) {
  if (at_top_level(vm)) {
    return vm.throw_error("Error", "func_num_args() must be called from a function context");
  }
  *ret = Value::integer(vm.frame->argc);
  return true;
}

void register_error_builtins(VM& vm) {
  vm.register_native("error_reporting", f_error_reporting);
  vm.register_native("set_error_handler", f_set_error_handler);
  vm.register_native("restore_error_handler", f_restore_error_handler);
  vm.register_native("set_exception_handler", f_set_exception_handler);
  vm.register_native("register_shutdown_function", f_register_shutdown_function);
  vm.register_native("restore_exception_handler", f_restore_exception_handler);
  vm.register_native("trigger_error", f_trigger_error);
  vm.register_native("user_error", f_trigger_error);
  vm.register_native("ini_set", f_ini_set);
  vm.register_native("ini_get", f_ini_get);
  vm.register_native("func_get_args", f_func_get_args);
  vm.register_native("func_get_arg", f_func_get_arg);
  vm.register_native("func_num_args", f_func_num_args);
}

}  // namespace weft::php
