// Code generation for async generators and async comprehensions: the compiled code calls the
// helpers of lib/_weft_asyncgen.py, which are constants of the code (imported when the compiler
// first needs them).
#include "compiler_internal.h"

namespace weft::python {

Value await_function();  // function.cpp

Value Compiler::asyncgen_helper(const char* name) {
  Value m = import_module(intern("_weft_asyncgen"));
  Value v = m ? getattr(m, intern(name)) : m;
  if (!v) {
    // the module is compiled into the binary, so this is an internal error
    rt.exc = Value();
    fail(std::string("internal error: _weft_asyncgen.") + name + " is missing", Pos{});
    return rt.None;
  }
  return v;
}

// await the value on top of the stack (as `await x` does)
void Compiler::await_top() {
  load_const(await_function());
  emit(OP_ROT_TWO);
  emit(OP_CALL, 1);
  emit(OP_GET_YIELD_FROM_ITER);
  load_none();
  emit(OP_YIELD_FROM);
}

// `async for` in a comprehension: the async iterator is on the stack; each step awaits
// _anext_or_stop(it), which returns the next item or _STOP at StopAsyncIteration.
void Compiler::async_comprehension_loop(const Expr* e, size_t gi, int depth) {
  int top = new_label(), done = new_label();
  bind(top);
  emit(OP_DUP_TOP);
  load_const(asyncgen_helper("_anext_or_stop"));
  emit(OP_ROT_TWO);
  emit(OP_CALL, 1);
  await_top();
  emit(OP_DUP_TOP);
  load_const(asyncgen_helper("_STOP"));
  emit(OP_IS_OP, 0);
  jump(OP_POP_JUMP_IF_TRUE, done);
  assign_target(e->gens[gi].target);
  comprehension_inner(e, gi, depth, top);
  emit(OP_JUMP_BACK, top);
  bind(done);
  emit(OP_POP_TOP);
  emit(OP_POP_TOP);
}

}  // namespace weft::python
