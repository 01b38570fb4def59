// complex: the type is Python code (lib/_weft_complex.py), installed as builtins.complex when
// the runtime starts; this file creates complex values for the compiler's imaginary literals
// and for float powers with complex results.
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

// builtins.complex, bytearray and memoryview (called once the builtins and lib modules can run)
bool complex_install() {
  Value cls = module_attr("complex");
  if (!cls) return false;
  if (dict_set_str(rt.builtins, intern("complex"), cls) < 0) return false;
  Value ba = import_module(intern("_weft_bytearray"));
  if (!ba) return false;
  Value bcls = getattr(ba, intern("bytearray"));
  if (!bcls || dict_set_str(rt.builtins, intern("bytearray"), bcls) < 0) return false;
  Value mv = import_module(intern("_weft_memoryview"));
  if (!mv) return false;
  Value mcls = getattr(mv, intern("memoryview"));
  if (!mcls || dict_set_str(rt.builtins, intern("memoryview"), mcls) < 0) return false;
  Value eg = import_module(intern("_weft_exceptiongroup"));
  if (!eg) return false;
  for (const char* n : {"BaseExceptionGroup", "ExceptionGroup"}) {
    Value c = getattr(eg, intern(n));
    if (!c || dict_set_str(rt.builtins, intern(n), c) < 0) return false;
  }
  return true;
}

}  // namespace weft::python
