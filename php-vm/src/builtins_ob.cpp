// Output buffering: ob_start and the ob_get_*/ob_end_*/ob_*_flush family (VM::ob holds the
// buffers; VM::echo writes into the innermost). Output callbacks and chunk sizes of ob_start
// are not supported.
#include "builtins.h"

namespace weft::php {

WEFT_PHP_NATIVE(f_ob_start) {
  if (argc > 0 && arg_at(args, argc, 0).tag != Tag::Null)
    return vm.throw_error("Error", "weft-php: ob_start() output callbacks are not supported");
  vm.ob.emplace_back();
  *ret = Value::boolean(true);
  return true;
}

// php's notice when there is no buffer: "ob_end_clean(): Failed to delete buffer. No buffer
// to delete".
static bool no_buffer(VM& vm, const char* fn, const char* what, Value* ret) {
  vm.notice(std::string(fn) + "(): Failed to " + what);
  *ret = Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_ob_get_contents) {
  *ret = vm.ob.empty() ? Value::boolean(false) : Value::str(new_string(vm.ob.back()));
  return true;
}

WEFT_PHP_NATIVE(f_ob_get_clean) {
  if (vm.ob.empty()) {
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::str(new_string(vm.ob.back()));
  vm.ob.pop_back();
  return true;
}

WEFT_PHP_NATIVE(f_ob_get_flush) {
  if (vm.ob.empty())
    return no_buffer(vm, "ob_get_flush", "delete and flush buffer. No buffer to delete or flush",
                     ret);
  std::string s = std::move(vm.ob.back());
  vm.ob.pop_back();
  *ret = Value::str(new_string(s));
  vm.echo(s);
  return true;
}

WEFT_PHP_NATIVE(f_ob_end_clean) {
  if (vm.ob.empty())
    return no_buffer(vm, "ob_end_clean", "delete buffer. No buffer to delete", ret);
  vm.ob.pop_back();
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_ob_end_flush) {
  if (vm.ob.empty())
    return no_buffer(vm, "ob_end_flush", "delete and flush buffer. No buffer to delete or flush",
                     ret);
  std::string s = std::move(vm.ob.back());
  vm.ob.pop_back();
  vm.echo(s);
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_ob_clean) {
  if (vm.ob.empty()) return no_buffer(vm, "ob_clean", "delete buffer. No buffer to delete", ret);
  vm.ob.back().clear();
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_ob_flush) {
  if (vm.ob.empty()) return no_buffer(vm, "ob_flush", "flush buffer. No buffer to flush", ret);
  std::string s = std::move(vm.ob.back());
  vm.ob.back().clear();
  if (vm.ob.size() > 1)
    vm.ob[vm.ob.size() - 2] += s;
  else
    vm.out += s;
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_ob_get_level) {
  *ret = Value::integer(int64_t(vm.ob.size()));
  return true;
}

WEFT_PHP_NATIVE(f_ob_get_length) {
  *ret = vm.ob.empty() ? Value::boolean(false) : Value::integer(int64_t(vm.ob.back().size()));
  return true;
}

WEFT_PHP_NATIVE(f_ob_implicit_flush) { return true; }

void register_ob_builtins(VM& vm) {
  vm.register_native("ob_start", f_ob_start);
  vm.register_native("ob_get_contents", f_ob_get_contents);
  vm.register_native("ob_get_clean", f_ob_get_clean);
  vm.register_native("ob_get_flush", f_ob_get_flush);
  vm.register_native("ob_end_clean", f_ob_end_clean);
  vm.register_native("ob_end_flush", f_ob_end_flush);
  vm.register_native("ob_clean", f_ob_clean);
  vm.register_native("ob_flush", f_ob_flush);
  vm.register_native("ob_get_level", f_ob_get_level);
  vm.register_native("ob_get_length", f_ob_get_length);
  vm.register_native("ob_implicit_flush", f_ob_implicit_flush);
}

}  // namespace weft::php
