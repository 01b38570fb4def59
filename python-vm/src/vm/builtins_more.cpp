// Builtins beyond builtins.cpp: aiter/anext (lib/_weft_asyncgen.py, imported on first use), the
// OSError aliases EnvironmentError/IOError, the exceptions only Python code raises, and the
// file-like methods of sys.stdin/stdout/stderr (fileno, isatty, seekable, readable, writable;
// encoding, errors, name, mode, line_buffering and write_through attributes).
#include <locale.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime.h"

namespace weft::python {

namespace {

int textio_fd(Value f) {
  if (!f.is_ptr() || f.obj()->type->layout != Layout::Instance) return -1;
  Value fd = dict_get_str(f.as<Instance>()->dict, intern("_fd"));
  return fd && fd.is_small() ? static_cast<int>(fd.small_val()) : -1;
}

Value asyncgen_call(const char* name, Value* args, int64_t nargs, Tuple* kw) {
  Value m = import_module(intern("_weft_asyncgen"));
  if (!m) return m;
  Value f = getattr(m, intern(name));
  return f ? call(f, args, nargs, kw) : f;
}
Value b_aiter(Value, Value* a, int64_t n, Tuple* kw) { return asyncgen_call("aiter", a, n, kw); }
Value b_anext(Value, Value* a, int64_t n, Tuple* kw) { return asyncgen_call("anext", a, n, kw); }

Value std_fileno(Value self, Value*, int64_t, Tuple*) { return new_int(textio_fd(self)); }
Value std_seekable(Value self, Value*, int64_t, Tuple*) {  // (a file, not a pipe or terminal)
  return lseek(textio_fd(self), 0, SEEK_CUR) >= 0 ? rt.True : rt.False;
}

Value std_isatty(Value self, Value*, int64_t, Tuple*) {
  return isatty(textio_fd(self)) ? rt.True : rt.False;
}
Value std_readable(Value self, Value*, int64_t, Tuple*) {
  return textio_fd(self) == 0 ? rt.True : rt.False;
}
Value std_writable(Value self, Value*, int64_t, Tuple*) {
  return textio_fd(self) != 0 ? rt.True : rt.False;
}

// <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
Value std_repr(Value self, Value*, int64_t, Tuple*) {
  std::string out = "<_io.TextIOWrapper";
  for (const char* k : {"name", "mode", "encoding"}) {
    Value v = dict_get_str(self.as<Instance>()->dict, intern(k));
    Value r = v ? repr(v) : Value();
    if (!r) return r;
    out += " " + std::string(k) + "=" + std::string(r.as<Str>()->view());
  }
  return new_str(out + ">");
}

// CPython's stdin/stdout errors: surrogateescape under the C/POSIX locale (also when the
// environment names one that is not installed) or the UTF-8 one it is coerced to, strict under
// others
const char* std_stream_errors() {
  const char* loc = nullptr;
  for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) {
      loc = v;
      break;
    }
  }
  if (!loc) return "surrogateescape";
  for (const char* c : {"C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"})
    if (std::strcmp(loc, c) == 0) return "surrogateescape";
  locale_t installed = newlocale(LC_CTYPE_MASK, loc, static_cast<locale_t>(nullptr));
  if (!installed) return "surrogateescape";
  freelocale(installed);
  return "strict";
}

}  // namespace

// Called by make_textio for each of sys.stdin/stdout/stderr.
void std_stream_attrs(Dict* d, int fd) {
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  dict_set_str(d, intern("encoding"), intern("utf-8"));
  dict_set_str(d, intern("errors"), intern(fd == 2 ? "backslashreplace" : std_stream_errors()));
  dict_set_str(d, intern("name"), intern(fd >= 0 && fd <= 2 ? names[fd] : "<fd>"));
  dict_set_str(d, intern("mode"), intern(fd == 0 ? "r" : "w"));
  // python3's: -u (PYTHONUNBUFFERED) writes through; otherwise stderr and terminals are
  // line-buffered
  bool unbuffered = stdout_buffering() == StdoutBuffering::None;
  bool line = !unbuffered && (fd == 2 || isatty(fd));
  dict_set_str(d, intern("line_buffering"), line ? rt.True : rt.False);
  dict_set_str(d, intern("write_through"), unbuffered ? rt.True : rt.False);
}

void builtins_more_init(Type* textio_type) {
  Dict* b = rt.builtins;
  dict_set_str(b, intern("aiter"), new_builtin("aiter", b_aiter));
  dict_set_str(b, intern("anext"), new_builtin("anext", b_anext));
  dict_set_str(b, intern("EnvironmentError"), rt.OSError);
  dict_set_str(b, intern("IOError"), rt.OSError);
  // Exceptions no C++ code raises, needed by the standard library's Python modules (weakref,
  // calendar, subprocess, socket handling in shutil/tempfile): builtins only.
  struct {
    const char* name;
    Type* base;
  } more[] = {{"SystemError", rt.Exception},
              {"ReferenceError", rt.Exception},
              {"BlockingIOError", rt.OSError},
              {"ChildProcessError", rt.OSError},
              {"ProcessLookupError", rt.OSError},
              {"ConnectionAbortedError", rt.ConnectionError},
              {"ConnectionRefusedError", rt.ConnectionError},
              {"ConnectionResetError", rt.ConnectionError}};
  for (auto& e : more) {
    Type* t = new_builtin_type(e.name, Layout::Exception, e.base);
    t->is_exception = true;
    dict_set_str(b, intern(e.name), t);
  }
  add_method(textio_type, "fileno", std_fileno);
  add_method(textio_type, "isatty", std_isatty);
  add_method(textio_type, "seekable", std_seekable);
  add_method(textio_type, "readable", std_readable);
  add_method(textio_type, "writable", std_writable);
  add_method(textio_type, "__repr__", std_repr);
}

}  // namespace weft::python
