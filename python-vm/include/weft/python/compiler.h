// Compiles a parsed module to weft-python bytecode (a code object on the GC heap).
// Contract: returns null with `err` set on a compile-time SyntaxError (scope errors such as
// 'return' outside function). `source` must stay alive while the code runs (tracebacks print
// its lines).
#pragma once

#include <string>

#include "weft/python/ast.h"
#include "weft/python/syntax_error.h"

namespace weft::python {

struct Code;
// python3's -O level for every later compilation: above 0, assert statements compile to nothing.
void set_compile_optimize(int level);
// eval_mode: `mod` is a single expression statement; the code returns its value (eval()).
// separate_locals: the code will run with locals other than its globals (exec/eval).
// interactive: a REPL input; module-level expression statements call sys.displayhook.
Code* compile_module(const Module& mod, const std::string& filename, const std::string* source,
                     SyntaxErrorInfo& err, bool eval_mode = false, bool separate_locals = false,
                     bool interactive = false);

}  // namespace weft::python
