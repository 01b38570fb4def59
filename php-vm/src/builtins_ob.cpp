// Output buffering: ob_start (with output callbacks) and the ob_get_*/ob_end_*/ob_*_flush family
// (VM::ob holds the buffers; VM::echo writes into the innermost). Chunk sizes of ob_start are
// not supported.
#include "builtins.h"

namespace weft::php {

namespace {

enum HandlerMode : int64_t { kStart = 1, kClean = 2, kFlush = 4, kFinal = 8 };

Value handler_at(VM& vm, size_t level) {
  Value* h = vm.ob_handlers->find(int64_t(level));
  return h ? *h : Value::null();
}

// What a buffer passes on: its callback's result over `text` with php's mode flags (the text
// itself when there is no callback or it returned false). Output the callback makes is
// discarded, as php does. False when the callback threw.
bool run_handler(VM& vm, const Value& h, bool* started, std::string text, int64_t mode,
                 std::string* out) {
  if (h.tag == Tag::Null) {
    *out = std::move(text);
    return true;
  }
  if (!*started) mode |= kStart;
  *started = true;
  Value args[2] = {Value::str(new_string(text)), Value::integer(mode)};
  Value r;
  vm.ob.emplace_back();
  vm.ob_started.push_back(true);
  bool ok = vm.call_value(h, args, 2, &r);
  vm.ob.pop_back();
  vm.ob_started.pop_back();
  if (!ok) return false;
  r = deref(r);
  if (r.tag == Tag::Bool && !r.i) {
    *out = std::move(text);
    return true;
  }
  *out = std::string(to_str(r)->view());
  return true;
}

// The innermost buffer's callback over its contents (which stay)
bool run_innermost(VM& vm, std::string text, int64_t mode, std::string* out) {
  size_t level = vm.ob.size() - 1;
  bool started = vm.ob_started[level];
  bool ok = run_handler(vm, handler_at(vm, level), &started, std::move(text), mode, out);
  vm.ob_started[level] = started;
  return ok;
}

// Removes the innermost buffer and hands its contents to its callback; the result goes on to
// the next level (or stdout) unless the mode cleans.
bool end_buffer(VM& vm, int64_t mode) {
  size_t level = vm.ob.size() - 1;
  std::string text = std::move(vm.ob.back());
  Value h = handler_at(vm, level);  // on the native stack, which the collector scans
  bool started = vm.ob_started[level];
  vm.ob.pop_back();
  vm.ob_started.pop_back();
  vm.ob_handlers->remove(Key::integer(int64_t(level)));
  std::string out;
  if (!run_handler(vm, h, &started, std::move(text), mode, &out)) return false;
  if (!(mode & kClean)) vm.echo(out);
  return true;
}

}  // namespace

// php_output_end_all() at the end of the request: every buffer through its callback.
void end_output_buffers(VM& vm) {
  while (!vm.ob.empty())
    if (!end_buffer(vm, kFinal)) return;
}

WEFT_PHP_NATIVE(f_ob_start) {
  Value h = argc > 0 ? deref(args[0]) : Value::null();
  if (h.tag != Tag::Null) {
    Function* fn;
    Object *t, *cl;
    Class* c;
    if (!vm.resolve_callable(h, &fn, &t, &c, &cl)) {
      if (h.tag == Tag::Str)
        vm.warning("ob_start(): function \"" + std::string(to_str(h)->view()) +
                   "\" not found or invalid function name");
      else
        vm.warning("ob_start(): no array or string given");
      vm.notice("ob_start(): Failed to create buffer");
      *ret = Value::boolean(false);
      return true;
    }
    mark_copy(h);
    vm.ob_handlers->set(Key::integer(int64_t(vm.ob.size())), h);
  }
  vm.ob.emplace_back();
  vm.ob_started.push_back(false);
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
  return end_buffer(vm, kClean | kFinal);
}

WEFT_PHP_NATIVE(f_ob_get_flush) {
  if (vm.ob.empty())
    return no_buffer(vm, "ob_get_flush", "delete and flush buffer. No buffer to delete or flush",
                     ret);
  *ret = Value::str(new_string(vm.ob.back()));
  return end_buffer(vm, kFinal);
}

WEFT_PHP_NATIVE(f_ob_end_clean) {
  if (vm.ob.empty())
    return no_buffer(vm, "ob_end_clean", "delete buffer. No buffer to delete", ret);
  *ret = Value::boolean(true);
  return end_buffer(vm, kClean | kFinal);
}

WEFT_PHP_NATIVE(f_ob_end_flush) {
  if (vm.ob.empty())
    return no_buffer(vm, "ob_end_flush", "delete and flush buffer. No buffer to delete or flush",
                     ret);
  *ret = Value::boolean(true);
  return end_buffer(vm, kFinal);
}

WEFT_PHP_NATIVE(f_ob_clean) {
  if (vm.ob.empty()) return no_buffer(vm, "ob_clean", "delete buffer. No buffer to delete", ret);
  std::string text = std::move(vm.ob.back());
  vm.ob.back().clear();
  std::string ignored;
  *ret = Value::boolean(true);
  return run_innermost(vm, std::move(text), kClean, &ignored);
}

WEFT_PHP_NATIVE(f_ob_flush) {
  if (vm.ob.empty()) return no_buffer(vm, "ob_flush", "flush buffer. No buffer to flush", ret);
  std::string text = std::move(vm.ob.back());
  vm.ob.back().clear();
  std::string s;
  *ret = Value::boolean(true);
  if (!run_innermost(vm, std::move(text), kFlush, &s)) return false;
  if (vm.ob.size() > 1)
    vm.ob[vm.ob.size() - 2] += s;
  else
    vm.out += s;
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
