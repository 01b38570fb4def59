// complex: the type is Python code (lib/_weft_complex.py); this file creates complex values for
// the compiler's imaginary literals and for float powers with complex results, and installs the
// builtins written in Python (complex, bytearray, memoryview, the exception groups) when a
// program first names them.
#include <string_view>

#include "runtime.h"

namespace weft::python {

namespace {

Value g_complex_module;  // a GC root: the module holding the class

Value module_attr(const char* name) {
  if (!g_complex_module) {
    Value m = import_module(intern("_weft_complex"));
    if (!m) return m;
    g_complex_module = m;
    gc::add_root(reinterpret_cast<void**>(&g_complex_module.raw));
  }
  return getattr(g_complex_module, intern(name));
}

// The constant behind an imaginary literal (`2.5j` compiles to a call of this).
Value b_imag_literal(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "imaginary literal");
  Value lit = module_attr("_literal");
  if (!lit) return lit;
  return call1(lit, args[0]);
}

}  // namespace

Value new_complex(double re, double im) {
  Value cls = module_attr("complex");
  if (!cls) return cls;
  return call2(cls, new_float(re), new_float(im));
}

Value imag_literal_function() { return new_builtin("complex", b_imag_literal); }

namespace {

// The builtins written in Python, by the lib module defining them. Compiling those modules was
// ~80% of `-c pass` (19 M of 24 M instructions), so each is imported when a program first
// names one of its types.
struct LazyBuiltins {
  const char* module;
  const char* names[2];
  bool tried;
};
LazyBuiltins g_lazy[] = {{"_weft_complex", {"complex", nullptr}, false},
                         {"_weft_bytearray", {"bytearray", nullptr}, false},
                         {"_weft_memoryview", {"memoryview", nullptr}, false},
                         {"_weft_exceptiongroup", {"BaseExceptionGroup", "ExceptionGroup"}, false}};

// Imports e's module and puts its types into the builtins; false with an exception pending.
bool install(LazyBuiltins& e) {
  e.tried = true;  // once: a program may delete or replace them later
  Value m = import_module(intern(e.module));
  if (!m) return false;
  for (const char* n : e.names) {
    if (!n) continue;
    Value c = getattr(m, intern(n));
    if (!c || dict_set_str(rt.builtins, intern(n), c) < 0) return false;
  }
  return true;
}

}  // namespace

Value lazy_builtin(Str* name) {
  std::string_view n = name->view();
  for (LazyBuiltins& e : g_lazy) {
    if (e.tried) continue;
    for (const char* k : e.names) {
      if (!k || n != k) continue;
      if (!install(e)) return Value();
      return dict_get_str(rt.builtins, name);
    }
  }
  return Value();
}

bool install_lazy_builtins() {
  for (LazyBuiltins& e : g_lazy)
    if (!e.tried && !install(e)) return false;
  return true;
}

}  // namespace weft::python
