// Built-in modules written in C++: sys, time (math and random have their own files).
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

#include "code.h"
#include "runtime.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"

namespace weft::python {

Value make_textio(int fd);
PyModule* make_random_module();

namespace {

PyModule* new_module(const char* name) {
  PyModule* m = alloc<PyModule>(rt.module_type);
  m->name = intern(name);
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  return m;
}

void def(PyModule* m, const char* name, NativeFn fn) {
  Value b = new_builtin(name, fn, m);
  dict_set_str(m->dict, intern(name), b);
}

bool arg_double(Value v, double* out) {
  if (to_double(v, out)) return true;
  if (!rt.exc) raise_fmt(rt.TypeError, "must be real number, not %s", type_name(v));
  return false;
}

double now_seconds() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}
Value t_time(Value, Value*, int64_t, Tuple*) { return new_float(now_seconds()); }
Value t_perf_counter(Value, Value*, int64_t, Tuple*) {
  using namespace std::chrono;
  return new_float(duration<double>(steady_clock::now().time_since_epoch()).count());
}
Value t_sleep(Value, Value* args, int64_t nargs, Tuple*) {
  double s = 0;
  if (nargs == 1 && !arg_double(args[0], &s)) return Value();
  flush_stdout();
  std::this_thread::sleep_for(std::chrono::duration<double>(s));
  return rt.None;
}

Value s_exit(Value, Value* args, int64_t nargs, Tuple*) {
  return raise_value(make_exception(rt.SystemExit, args, nargs));
}
Value s_setrecursionlimit(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (nargs != 1 || !int_index(args[0], &n))
    return rt.exc ? Value() : raise(rt.TypeError, "setrecursionlimit expected 1 argument");
  if (n < 1) return raise(rt.ValueError, "recursion limit must be greater or equal than 1");
  rt.recursion_limit = static_cast<int>(n);
  return rt.None;
}
Value s_getrecursionlimit(Value, Value*, int64_t, Tuple*) { return new_int(rt.recursion_limit); }
Value s_intern(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "intern() takes exactly one argument");
  return intern(args[0].as<Str>()->view());
}

// The exception being handled (the innermost `except` block running), as CPython's
// sys.exc_info(); there are no traceback objects, so the third item is None.
Value s_exc_info(Value, Value*, int64_t, Tuple*) {
  Value e = rt.handled;
  if (!e || e == Value(rt.None)) {
    Value none[3] = {rt.None, rt.None, rt.None};
    return tuple_from_array(none, 3);
  }
  Value items[3] = {type_of(e), e, rt.None};
  return tuple_from_array(items, 3);
}

Value s_exception(Value, Value*, int64_t, Tuple*) {
  Value e = rt.handled;
  return e ? e : Value(rt.None);
}

PyModule* make_sys() {
  PyModule* m = new_module("sys");
  List* argv = new_list(0);
  for (const std::string& a : rt.argv) list_append(argv, new_str(a));
  dict_set_str(m->dict, intern("argv"), argv);
  dict_set_str(m->dict, intern("stdout"), make_textio(1));
  dict_set_str(m->dict, intern("stderr"), make_textio(2));
  dict_set_str(m->dict, intern("stdin"), make_textio(0));
  dict_set_str(m->dict, intern("maxsize"), new_int(INT64_MAX));
  dict_set_str(m->dict, intern("version"), new_str("3.11.0 (weft-python)"));
  Value vi[3] = {Value::small(3), Value::small(11), Value::small(0)};
  dict_set_str(m->dict, intern("version_info"), tuple_from_array(vi, 3));
  dict_set_str(m->dict, intern("platform"), new_str("linux"));
  dict_set_str(m->dict, intern("implementation"), new_str("weft"));
  dict_set_str(m->dict, intern("modules"), rt.modules);
  List* path = new_list(0);
  list_append(path, new_str(rt.script_dir));
  dict_set_str(m->dict, intern("path"), path);
  def(m, "exit", s_exit);
  def(m, "exc_info", s_exc_info);
  def(m, "exception", s_exception);
  def(m, "setrecursionlimit", s_setrecursionlimit);
  def(m, "getrecursionlimit", s_getrecursionlimit);
  def(m, "intern", s_intern);
  return m;
}

PyModule* make_time() {
  PyModule* m = new_module("time");
  def(m, "time", t_time);
  def(m, "perf_counter", t_perf_counter);
  def(m, "monotonic", t_perf_counter);
  def(m, "process_time", t_perf_counter);
  def(m, "sleep", t_sleep);
  return m;
}

}  // namespace

PyModule* make_math_module();
PyModule* make_re_engine_module();
PyModule* make_os_engine_module();

PyModule* make_builtin_module(std::string_view n) {
  if (n == "sys") return make_sys();
  if (n == "math") return make_math_module();
  if (n == "time") return make_time();
  if (n == "random") return make_random_module();
  if (n == "_weft_re") return make_re_engine_module();
  if (n == "_weft_os") return make_os_engine_module();
  return nullptr;
}

}  // namespace weft::python
