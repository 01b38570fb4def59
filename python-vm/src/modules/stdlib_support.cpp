// Native pieces under CPython's pure-Python standard library: `errno`, CPython's Lib/ on
// sys.path, atexit, and the names of the native halves of lib/'s accelerator modules
// (`_weft_struct` under lib/_struct.py: struct_module.cpp; `_weft_weakref` under
// lib/_weakref.py: weakref_module.cpp; `_weft_io` under lib/io.py: vm/io.cpp).
#include <sys/stat.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "../vm/runtime.h"

namespace weft::python {

namespace {

// errno's names are the C library's, so the values are this platform's as in CPython.
#define WEFT_ERRNO_NAMES(X)                                                                       \
  X(EPERM)                                                                                        \
  X(ENOENT)                                                                                       \
  X(ESRCH)                                                                                        \
  X(EINTR)                                                                                        \
  X(EIO)                                                                                          \
  X(ENXIO)                                                                                        \
  X(E2BIG)                                                                                        \
  X(ENOEXEC) X(EBADF) X(ECHILD) X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) X(ENOTBLK) X(EBUSY)       \
      X(EEXIST) X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL) X(ENFILE) X(EMFILE) X(ENOTTY)   \
          X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE) X(EROFS) X(EMLINK) X(EPIPE) X(EDOM) X(ERANGE)   \
              X(EDEADLK) X(ENAMETOOLONG) X(ENOLCK) X(ENOSYS) X(ENOTEMPTY) X(ELOOP) X(EWOULDBLOCK) \
                  X(ENOMSG) X(EIDRM) X(ENOSTR) X(ENODATA) X(ETIME) X(ENOSR) X(EREMOTE) X(ENOLINK) \
                      X(EPROTO) X(EMULTIHOP) X(EBADMSG) X(EOVERFLOW) X(EILSEQ) X(EUSERS)          \
                          X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE) X(EPROTOTYPE) X(ENOPROTOOPT)    \
                              X(EPROTONOSUPPORT) X(ESOCKTNOSUPPORT) X(EOPNOTSUPP) X(ENOTSUP)      \
                                  X(EPFNOSUPPORT) X(EAFNOSUPPORT) X(EADDRINUSE) X(EADDRNOTAVAIL)  \
                                      X(ENETDOWN) X(ENETUNREACH) X(ENETRESET) X(ECONNABORTED)     \
                                          X(ECONNRESET) X(ENOBUFS) X(EISCONN) X(ENOTCONN)         \
                                              X(ESHUTDOWN) X(ETOOMANYREFS) X(ETIMEDOUT)           \
                                                  X(ECONNREFUSED) X(EHOSTDOWN) X(EHOSTUNREACH)    \
                                                      X(EALREADY) X(EINPROGRESS) X(ESTALE)        \
                                                          X(EDQUOT) X(ECANCELED) X(EOWNERDEAD)    \
                                                              X(ENOTRECOVERABLE)

PyModule* make_errno_module() {
  PyModule* m = new_native_module("errno");
  if (!m) return nullptr;
  Dict* codes = new_dict();
  // Aliases (EWOULDBLOCK == EAGAIN, ENOTSUP == EOPNOTSUPP) map back to the first name, which
  // is what CPython's table holds for them.
#define WEFT_X(name)                                   \
  dict_set_str(m->dict, intern(#name), new_int(name)); \
  if (!dict_get(codes, new_int(name))) dict_set(codes, new_int(name), new_str(#name));
  WEFT_ERRNO_NAMES(WEFT_X)
#undef WEFT_X
  dict_set_str(m->dict, intern("errorcode"), codes);
  return m;
}

}  // namespace

// CPython's pure-Python standard library goes on sys.path after the script's folder (lib/'s
// modules, built in, are found before it): $WEFT_PYTHON_STDLIB, else Debian's
// libpython3.11-stdlib. Left out when it holds no os.py, so a machine without it only lacks
// those modules.
void add_stdlib_dir(List* path) {
  const char* env = std::getenv("WEFT_PYTHON_STDLIB");
  std::string dir = env && *env ? env : "/usr/lib/python3.11";
  struct stat st;
  if (::stat((dir + "/os.py").c_str(), &st) == 0) list_append(path, new_str(dir));
}

// At the end of __main__ (vm.cpp), the handlers of lib/atexit.py if a program imported it.
void run_atexit() {
  Value m = dict_get_str(rt.modules, intern("atexit"));
  if (!m || !m.is_ptr() || m.obj()->type != rt.module_type) return;
  Value run = dict_get_str(m.as<PyModule>()->dict, intern("_run_exitfuncs"));
  if (run && !call0(run)) rt.exc = Value();  // _run_exitfuncs reports handlers' errors itself
}

PyModule* make_weakref_support();         // weakref_module.cpp
PyModule* make_struct_support();          // struct_module.cpp
PyModule* make_itertools_support();       // itertools_module.cpp
PyModule* make_posixsubprocess_module();  // subprocess_support.cpp
PyModule* make_select_module();           // subprocess_support.cpp
PyModule* make_io_support();              // vm/io.cpp

// The modules of this file, by name; null for other names.
PyModule* make_stdlib_support_module(std::string_view n) {
  if (n == "errno") return make_errno_module();
  if (n == "_weft_struct") return make_struct_support();
  if (n == "_weft_weakref") return make_weakref_support();
  if (n == "itertools") return make_itertools_support();
  if (n == "_posixsubprocess") return make_posixsubprocess_module();
  if (n == "select") return make_select_module();
  if (n == "_weft_io") return make_io_support();
  return nullptr;
}

}  // namespace weft::python
