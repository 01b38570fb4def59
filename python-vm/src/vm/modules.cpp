// Built-in modules written in C++: sys, time (math and random have their own files).
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>

#include "code.h"
#include "finalizers.h"
#include "runtime.h"
#include "signals.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"
#include "weft/python/vm.h"

namespace weft::python {

extern int64_t g_int_max_str_digits;  // objects/int.cpp

Value make_textio(int fd);
PyModule* make_random_module();
PyModule* make_hashlib_module();
// modules/stdlib_support.cpp
PyModule* make_stdlib_support_module(std::string_view n);
void add_stdlib_dir(List* path);

PyModule* new_native_module(const char* name) {
  PyModule* m = alloc<PyModule>(rt.module_type);
  if (!m) return nullptr;
  m->name = intern(name);
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  return m;
}

namespace {

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
  if (!sleep_interruptible(s)) return Value();
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
// sys.exc_info().
Value s_set_int_max_str_digits(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("set_int_max_str_digits", args, nargs, kw, 1, {"maxdigits"}, a)) return Value();
  int64_t n;
  if (!int_index(a[0], &n)) return Value();
  if (n != 0 && n < 640) return raise(rt.ValueError, "maxdigits must be 0 or larger than 640");
  g_int_max_str_digits = n;
  set_int_literal_digit_limit(n);
  return rt.None;
}

Value s_get_int_max_str_digits(Value, Value*, int64_t nargs, Tuple*) {
  if (nargs) return raise(rt.TypeError, "get_int_max_str_digits() takes no arguments");
  return new_int(g_int_max_str_digits);
}

// sys.excepthook's default (also sys.__excepthook__): the traceback and message to stderr
Value s_excepthook(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("excepthook", kw)) return Value();
  if (nargs != 3)
    return raise_fmt(rt.TypeError, "excepthook expected 3 arguments, got %lld",
                     static_cast<long long>(nargs));
  if (!args[1].is_ptr() || !isinstance(args[1], rt.BaseException)) {
    flush_stdout();
    std::fputs("TypeError: print_exception(): Exception expected for value, ", stderr);
    std::fprintf(stderr, "%s found\n", type_name(args[1]));
    return rt.None;
  }
  flush_stdout();
  print_exception(args[1]);
  return rt.None;
}

Value s_exc_info(Value, Value*, int64_t, Tuple*) {
  Value e = rt.handled;
  if (!e || e == Value(rt.None)) {
    Value none[3] = {rt.None, rt.None, rt.None};
    return tuple_from_array(none, 3);
  }
  Value tb = type_of(e)->layout == Layout::Exception ? exception_traceback(e.as<Exception>())
                                                     : Value(rt.None);
  if (!tb) return tb;
  Value items[3] = {type_of(e), e, tb};
  return tuple_from_array(items, 3);
}

Value s_exception(Value, Value*, int64_t, Tuple*) {
  Value e = rt.handled;
  return e ? e : Value(rt.None);
}

List* str_list(const std::vector<std::string>& items) {
  List* l = new_list(0);
  for (const std::string& a : items) list_append(l, new_str(a));
  return l;
}

// What the command line set: sys.warnoptions, sys._xoptions, sys.orig_argv, sys.executable and
// the values of sys.flags (lib/_weft_sys.py makes the named tuple of `_weft_flags`).
void set_cli_attributes(PyModule* m, const CliOptions& cli) {
  dict_set_str(m->dict, intern("warnoptions"), str_list(cli.warnoptions));
  Dict* xoptions = new_dict();
  bool dev_mode = false;
  int utf8_mode = 0;
  for (const std::string& x : cli.xoptions) {
    size_t eq = x.find('=');
    std::string key = x.substr(0, eq);
    dict_set(xoptions, new_str(key),
             eq == std::string::npos ? Value(rt.True) : new_str(x.substr(eq + 1)));
    if (key == "dev") dev_mode = true;
    if (key == "utf8") utf8_mode = eq == std::string::npos || x.substr(eq + 1) != "0";
  }
  dict_set_str(m->dict, intern("_xoptions"), xoptions);
  dict_set_str(m->dict, intern("orig_argv"), str_list(cli.orig_argv));
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  dict_set_str(m->dict, intern("executable"),
               new_str(n > 0 ? std::string_view(exe, static_cast<size_t>(n)) : ""));
  auto flag = [](int v) { return Value::small(v); };
  Value flags[] = {flag(cli.debug),
                   flag(cli.inspect),
                   flag(cli.inspect),  // interactive
                   flag(cli.optimize),
                   flag(1),  // dont_write_bytecode: weft writes none
                   flag(cli.no_user_site),
                   flag(cli.no_site),
                   flag(cli.ignore_environment),
                   flag(cli.verbose),
                   flag(cli.bytes_warning),
                   flag(cli.quiet),
                   flag(1),  // hash_randomization
                   flag(cli.isolated),
                   dev_mode ? rt.True : rt.False,
                   flag(utf8_mode),
                   flag(0),  // warn_default_encoding
                   cli.safe_path ? rt.True : rt.False,
                   flag(-1)};  // int_max_str_digits: the default
  dict_set_str(m->dict, intern("_weft_flags"), tuple_from_array(flags, std::size(flags)));
}

PyModule* make_sys() {
  PyModule* m = new_native_module("sys");
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
  const CliOptions& cli = cli_options();
  if (!cli.safe_path) list_append(path, new_str(rt.script_dir));
  add_stdlib_dir(path);
  dict_set_str(m->dict, intern("path"), path);
  set_cli_attributes(m, cli);
  def(m, "exit", s_exit);
  def(m, "exc_info", s_exc_info);
  def(m, "excepthook", s_excepthook);
  def(m, "set_int_max_str_digits", s_set_int_max_str_digits);
  def(m, "get_int_max_str_digits", s_get_int_max_str_digits);
  dict_set_str(m->dict, intern("__excepthook__"), dict_get_str(m->dict, intern("excepthook")));
  def(m, "unraisablehook", sys_unraisablehook);  // vm/finalizers.cpp
  dict_set_str(m->dict, intern("__unraisablehook__"),
               dict_get_str(m->dict, intern("unraisablehook")));
  def(m, "exception", s_exception);
  def(m, "setrecursionlimit", s_setrecursionlimit);
  def(m, "getrecursionlimit", s_getrecursionlimit);
  def(m, "intern", s_intern);
  return m;
}

// The pieces lib/_weft_time.py builds struct_time, gmtime, localtime, strftime, mktime on.
Value t_tm(Value, Value* args, int64_t nargs, Tuple*) {
  double secs;
  if (nargs != 2 || !arg_double(args[0], &secs))
    return rt.exc ? Value() : raise(rt.TypeError, "_tm");
  if (std::isnan(secs)) return raise(rt.ValueError, "Invalid value NaN (not a number)");
  // past time_t's range the conversion itself would be undefined
  if (!(std::floor(secs) >= -0x1p63 && std::floor(secs) < 0x1p63))
    return raise(rt.OverflowError, "timestamp out of range for platform time_t");
  time_t t = static_cast<time_t>(std::floor(secs));
  struct tm tmv;
  bool local = truthy(args[1]) > 0;
  if (!(local ? localtime_r(&t, &tmv) : gmtime_r(&t, &tmv)))
    return raise(rt.OverflowError, "timestamp out of range for platform time_t");
  Value items[11] = {new_int(tmv.tm_year + 1900),
                     new_int(tmv.tm_mon + 1),
                     new_int(tmv.tm_mday),
                     new_int(tmv.tm_hour),
                     new_int(tmv.tm_min),
                     new_int(tmv.tm_sec),
                     new_int((tmv.tm_wday + 6) % 7),
                     new_int(tmv.tm_yday + 1),
                     new_int(tmv.tm_isdst),
                     new_str(tmv.tm_zone ? tmv.tm_zone : ""),
                     new_int(tmv.tm_gmtoff)};
  return tuple_from_array(items, 11);
}

bool to_tm(Value tup, struct tm* out) {
  Value* items;
  int64_t n;
  if (!as_sequence(tup, &items, &n) || n < 9) {
    if (!rt.exc) raise(rt.TypeError, "time tuple must have 9 elements");
    return false;
  }
  int64_t v[9];
  for (int i = 0; i < 9; i++)
    if (!int_index(items[i], &v[i])) return false;
  *out = {};
  out->tm_year = static_cast<int>(v[0] - 1900);
  out->tm_mon = static_cast<int>(v[1] - 1);
  out->tm_mday = static_cast<int>(v[2]);
  out->tm_hour = static_cast<int>(v[3]);
  out->tm_min = static_cast<int>(v[4]);
  out->tm_sec = static_cast<int>(v[5]);
  out->tm_wday = static_cast<int>((v[6] + 1) % 7);
  out->tm_yday = static_cast<int>(v[7] - 1);
  out->tm_isdst = static_cast<int>(v[8]);
  return true;
}

Value t_strftime(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return rt.exc ? Value() : raise(rt.TypeError, "strftime() argument 1 must be str");
  struct tm tmv;
  if (!to_tm(args[1], &tmv)) return Value();
  std::string fmt(args[0].as<Str>()->view());
  if (fmt.empty()) return new_str("");
  std::string buf(256 + fmt.size() * 8, '\0');
  size_t n = std::strftime(buf.data(), buf.size(), fmt.c_str(), &tmv);
  buf.resize(n);
  return new_str(buf);
}

Value t_mktime(Value, Value* args, int64_t nargs, Tuple*) {
  struct tm tmv;
  if (nargs != 1 || !to_tm(args[0], &tmv)) return rt.exc ? Value() : raise(rt.TypeError, "mktime");
  tmv.tm_isdst = -1;
  time_t t = std::mktime(&tmv);
  if (t == static_cast<time_t>(-1)) return raise(rt.OverflowError, "mktime argument out of range");
  return new_float(static_cast<double>(t));
}

Value t_time_ns(Value, Value*, int64_t, Tuple*) {
  using namespace std::chrono;
  return new_int(duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count());
}
Value t_perf_counter_ns(Value, Value*, int64_t, Tuple*) {
  using namespace std::chrono;
  return new_int(duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count());
}

PyModule* make_time() {
  PyModule* m = new_native_module("time");
  def(m, "_tm", t_tm);
  def(m, "strftime", t_strftime);
  def(m, "_mktime", t_mktime);
  def(m, "time_ns", t_time_ns);
  def(m, "perf_counter_ns", t_perf_counter_ns);
  def(m, "monotonic_ns", t_perf_counter_ns);
  def(m, "time", t_time);
  def(m, "perf_counter", t_perf_counter);
  def(m, "monotonic", t_perf_counter);
  def(m, "process_time", t_perf_counter);
  def(m, "sleep", t_sleep);
  return m;
}

}  // namespace

// types.ModuleType(name, doc=None): a new empty module (__name__, __doc__, and __package__,
// __loader__ and __spec__ None, as CPython's module.__init__ sets them)
Value module_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("module", args, nargs, kw, 1, {"name", "doc"}, a)) return Value();
  if (!a[0].is_ptr() || a[0].obj()->type->layout != Layout::Str)
    return raise_fmt(rt.TypeError, "module.__init__() argument 'name' must be str, not %s",
                     type_name(a[0]));
  PyModule* m = alloc<PyModule>(rt.module_type);
  if (!m) return Value();
  m->name = a[0].as<Str>();
  m->dict = new_dict();
  if (!m->dict) return Value();
  if (dict_set_str(m->dict, rt.s___name__, a[0]) < 0 ||
      dict_set_str(m->dict, rt.s___doc__, a[1] ? a[1] : Value(rt.None)) < 0)
    return Value();
  for (const char* n : {"__package__", "__loader__", "__spec__"})
    if (dict_set_str(m->dict, intern(n), rt.None) < 0) return Value();
  return m;
}

PyModule* make_math_module();
PyModule* make_re_engine_module();
PyModule* make_os_engine_module();

PyModule* make_zlib_module();         // modules/zlib_module.cpp
PyModule* make_unicodedata_module();  // modules/unicodedata_module.cpp
PyModule* make_tb_module();           // traceback_objects.cpp
PyModule* make_signal_module();       // signals.cpp

PyModule* make_builtin_module(std::string_view n) {
  if (n == "sys") return make_sys();
  if (n == "_weft_tb") return make_tb_module();
  if (n == "_signal") return make_signal_module();
  if (n == "builtins") {
    // the module's dict is the builtins namespace itself, as in CPython
    PyModule* m = alloc<PyModule>(rt.module_type);
    m->name = intern("builtins");
    m->dict = rt.builtins;
    return m;
  }
  if (n == "math") return make_math_module();
  if (n == "time") return make_time();
  if (n == "random") return make_random_module();
  if (n == "hashlib") return make_hashlib_module();
  if (n == "_weft_re") return make_re_engine_module();
  if (n == "_weft_os") return make_os_engine_module();
  if (n == "zlib") return make_zlib_module();
  if (n == "unicodedata") return make_unicodedata_module();
  return make_stdlib_support_module(n);
}

}  // namespace weft::python
