// The eval(), exec() and __import__() builtins: source text compiled as a module (or, for eval, one
// expression) and run with the given globals and locals, by default the caller's.
#include "code.h"
#include "runtime.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"

namespace weft::python {

Value b_locals(Value, Value*, int64_t, Tuple*);

namespace {

bool is_dict(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Dict; }

Value run_source(const char* fname, Value* args, int64_t nargs, Tuple* kw, bool eval_mode) {
  Value a[3];
  if (!parse_args(fname, args, nargs, kw, 1, {"source", "globals", "locals"}, a)) return Value();
  bool is_code = a[0].is_ptr() && a[0].obj()->type == rt.code_type;
  if (!a[0].is_ptr() || (!is_code && a[0].obj()->type->layout != Layout::Str &&
                         a[0].obj()->type->layout != Layout::Bytes))
    return raise_fmt(rt.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  Value globals = a[1] && a[1] != Value(rt.None) ? a[1] : Value();
  Value locals = a[2] && a[2] != Value(rt.None) ? a[2] : Value();
  if (globals && !is_dict(globals))
    return raise_fmt(rt.TypeError, "%s() globals must be a dict, not %s", fname,
                     type_name(globals));
  if (locals && !is_dict(locals)) return raise(rt.TypeError, "weft-python: locals must be a dict");
  if (!globals) {
    Frame* f = rt.frame;
    if (!f) return raise(rt.RuntimeError, "no current frame");
    globals = f->globals.get();
    if (!locals) {
      locals = b_locals(Value(), nullptr, 0, nullptr);
      if (!locals) return locals;
    }
  }
  if (!locals) locals = globals;
  if (!dict_get_str(globals.as<Dict>(), rt.s___builtins__))
    dict_set_str(globals.as<Dict>(), rt.s___builtins__, rt.builtins);
  if (is_code) return run_code(a[0].as<Code>(), globals.as<Dict>(), locals.as<Dict>());
  // the code keeps pointing into its source (tracebacks print lines): it lives as long as the VM
  std::string* src = new std::string(a[0].as<Str>()->view());
  if (eval_mode) {
    size_t b = src->find_first_not_of(" \t");
    src->erase(0, b == std::string::npos ? src->size() : b);
  }
  AstArena arena;
  Module mod;
  SyntaxErrorInfo err;
  if (!parse_module(*src, arena, mod, err)) return raise_syntax_error(err, "<string>", *src);
  if (eval_mode && (mod.body.size() != 1 || mod.body[0]->kind != SK::Expr)) {
    err = SyntaxErrorInfo();
    err.msg = "invalid syntax";
    err.line = err.end_line = 1;
    err.col = err.end_col = 1;
    return raise_syntax_error(err, "<string>", *src);
  }
  Code* code = compile_module(mod, "<string>", src, err, eval_mode, locals != globals);
  if (!code) return raise_syntax_error(err, "<string>", *src);
  Value r = run_code(code, globals.as<Dict>(), locals.as<Dict>());
  if (!r) return r;
  return eval_mode ? r : Value(rt.None);
}

Value b_eval(Value, Value* args, int64_t nargs, Tuple* kw) {
  return run_source("eval", args, nargs, kw, true);
}

Value b_exec(Value, Value* args, int64_t nargs, Tuple* kw) {
  return run_source("exec", args, nargs, kw, false);
}

// compile(source, filename, mode, flags=0, dont_inherit=False): a code object for eval/exec
Value b_compile(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[5];
  if (!parse_args("compile", args, nargs, kw, 3,
                  {"source", "filename", "mode", "flags", "dont_inherit"}, a))
    return Value();
  if (!a[0].is_ptr() ||
      (a[0].obj()->type->layout != Layout::Str && a[0].obj()->type->layout != Layout::Bytes))
    return raise(rt.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (!a[1].is_ptr() || a[1].obj()->type->layout != Layout::Str || !a[2].is_ptr() ||
      a[2].obj()->type->layout != Layout::Str)
    return raise(rt.TypeError, "compile() filename and mode must be strings");
  std::string mode(a[2].as<Str>()->view());
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(rt.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  bool eval_mode = mode == "eval";
  std::string filename(a[1].as<Str>()->view());
  std::string* src = new std::string(a[0].as<Str>()->view());  // lives as long as the code
  if (eval_mode) {
    size_t b = src->find_first_not_of(" \t");
    src->erase(0, b == std::string::npos ? src->size() : b);
  }
  AstArena arena;
  Module mod;
  SyntaxErrorInfo err;
  if (!parse_module(*src, arena, mod, err)) return raise_syntax_error(err, filename, *src);
  if (eval_mode && (mod.body.size() != 1 || mod.body[0]->kind != SK::Expr)) {
    err = SyntaxErrorInfo();
    err.msg = "invalid syntax";
    err.line = err.end_line = err.col = err.end_col = 1;
    return raise_syntax_error(err, filename, *src);
  }
  Code* code = compile_module(mod, filename, src, err, eval_mode, true);
  if (!code) return raise_syntax_error(err, filename, *src);
  return code;
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value b_import(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[5];
  if (!parse_args("__import__", args, nargs, kw, 1,
                  {"name", "globals", "locals", "fromlist", "level"}, a))
    return Value();
  if (!a[0].is_ptr() || a[0].obj()->type->layout != Layout::Str)
    return raise_fmt(rt.TypeError, "__import__() argument 1 must be str, not %s", type_name(a[0]));
  int64_t level = 0;
  if (a[4] && !int_index(a[4], &level)) return Value();
  Dict* globals = a[1] && is_dict(a[1]) ? a[1].as<Dict>() : nullptr;
  Value fromlist = a[3] && a[3] != Value(rt.None) ? a[3] : Value();
  if (fromlist && fromlist.obj()->type != rt.tuple_type) {
    Value t = call1(rt.tuple_type, fromlist);
    if (!t) return t;
    fromlist = t;
  }
  return import_name(intern(a[0].as<Str>()->view()), fromlist, level, globals);
}

}  // namespace

void eval_init() {
  dict_set_str(rt.builtins, intern("__import__"), new_builtin("__import__", b_import));
  dict_set_str(rt.builtins, intern("eval"), new_builtin("eval", b_eval));
  dict_set_str(rt.builtins, intern("exec"), new_builtin("exec", b_exec));
  dict_set_str(rt.builtins, intern("compile"), new_builtin("compile", b_compile));
}

}  // namespace weft::python
