// The eval(), exec() and __import__() builtins: source text compiled as a module (or, for eval, one
// expression) and run with the given globals and locals, by default the caller's.
#include "code.h"
#include "runtime.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"

namespace weft::python {

// The tree of compile(..., PyCF_ONLY_AST) (ast_objects.cpp).
Value ast_objects(const Module& mod, const std::string& mode, std::string_view source);

Value b_locals(Value, Value*, int64_t, Tuple*);

namespace {

bool is_dict(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Dict; }

bool is_mapping(Value v) { return is_dict(v) || lookup(type_of(v), intern("__getitem__")); }

// CPython's error for source that is not one expression (eval mode): at the token where the
// expression ends (an assignment's '=', a second line), or the statement's start.
Value not_an_expression(const Module& mod, const std::string& filename, const std::string& src) {
  SyntaxErrorInfo err;
  err.msg = "invalid syntax";
  if (mod.body.empty()) {  // (CPython 3.11 says line 0)
    err.text = "\n";
    return raise_syntax_error(err, filename, src);
  }
  const Stmt* s = mod.body[0];
  Pos at = s->pos;
  if (s->kind == SK::Expr && mod.body.size() > 1) {
    at = mod.body[1]->pos;
  } else if ((s->kind == SK::Assign && !s->targets.empty()) || s->kind == SK::AugAssign ||
             s->kind == SK::AnnAssign) {
    // the operator after the (first) target
    const Expr* target = s->kind == SK::Assign ? s->targets[0] : s->target;
    at = target->pos;
    at.line = at.end_line;
    at.col = at.end_col;
    size_t line_start = 0;
    for (int l = 1; l < at.line && line_start != std::string::npos; l++)
      line_start = src.find('\n', line_start) + 1;
    while (line_start + static_cast<size_t>(at.col) < src.size() &&
           (src[line_start + static_cast<size_t>(at.col)] == ' ' ||
            src[line_start + static_cast<size_t>(at.col)] == '\t'))
      at.col++;
  }
  err.line = err.end_line = at.line;
  err.col = at.col + 1;
  err.end_col = at.col + 2;
  // the line as eval's source has it (no newline added at the end)
  size_t line_start = 0;
  for (int l = 1; l < at.line && line_start != std::string::npos; l++)
    line_start = src.find('\n', line_start) + 1;
  size_t line_end = src.find('\n', line_start);
  err.text = src.substr(
      line_start, line_end == std::string::npos ? std::string::npos : line_end - line_start + 1);
  return raise_syntax_error(err, filename, src);
}

// Source text (str or bytes) compiled in `mode` ("exec", "eval", "single"), or null with the
// SyntaxError raised. The code keeps pointing into its source (tracebacks print its lines): the
// copy lives as long as the VM.
// Parses `source` for compile() in `mode` with its checks (null bytes, one expression for eval,
// one statement for single); false with the SyntaxError raised. `*src` is the parsed copy,
// which must outlive code compiled from `mod`.
bool parse_source(Value source, const std::string& filename, const std::string& mode,
                  AstArena& arena, Module& mod, std::string** src_out) {
  std::string_view text = source.as<Str>()->view();
  if (text.find('\0') != std::string_view::npos) {
    Value msg = new_str("source code string cannot contain null bytes");
    Value exc = msg ? make_exception(rt.SyntaxError, &msg, 1) : Value();
    if (exc) raise_value(exc);
    return false;
  }
  bool eval_mode = mode == "eval";
  std::string* src = new std::string(text);
  *src_out = src;
  if (eval_mode) {
    size_t b = src->find_first_not_of(" \t");
    src->erase(0, b == std::string::npos ? src->size() : b);
  }
  SyntaxErrorInfo err;
  if (!parse_module(*src, arena, mod, err)) return raise_syntax_error(err, filename, *src), false;
  if (eval_mode && (mod.body.size() != 1 || mod.body[0]->kind != SK::Expr))
    return not_an_expression(mod, filename, *src), false;
  if (mode == "single" && mod.body.size() > 1 &&
      mod.body[1]->pos.line > mod.body[0]->pos.end_line) {
    // one statement (simple statements on one line count as one)
    err = SyntaxErrorInfo();
    err.msg = "multiple statements found while compiling a single statement";
    int line = mod.body[0]->pos.end_line;
    size_t line_start = 0;
    for (int l = 1; l < line && line_start != std::string::npos; l++)
      line_start = src->find('\n', line_start) + 1;
    size_t line_end = src->find('\n', line_start);
    if (line_end == std::string::npos) line_end = src->size();
    err.line = err.end_line = line;
    err.col = err.end_col = static_cast<int>(line_end - line_start) + 1;
    return raise_syntax_error(err, filename, *src), false;
  }
  return true;
}

Code* compile_source(Value source, const std::string& filename, const std::string& mode,
                     bool separate_locals) {
  AstArena arena;
  Module mod;
  std::string* src = nullptr;
  if (!parse_source(source, filename, mode, arena, mod, &src)) return nullptr;
  SyntaxErrorInfo err;
  // "single": an expression statement's value goes to sys.displayhook (as in the REPL)
  Code* code =
      compile_module(mod, filename, src, err, mode == "eval", separate_locals, mode == "single");
  if (!code) raise_syntax_error(err, filename, *src);
  return code;
}

Value run_source(const char* fname, Value* args, int64_t nargs, Tuple* kw, bool eval_mode) {
  Value a[3];
  if (!parse_args(fname, args, nargs, kw, 1, {"source", "globals", "locals"}, a)) return Value();
  bool is_code = a[0].is_ptr() && a[0].obj()->type == rt.code_type;
  if (!a[0].is_ptr() || (!is_code && a[0].obj()->type->layout != Layout::Str &&
                         a[0].obj()->type->layout != Layout::Bytes))
    return raise_fmt(rt.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  Value globals = a[1] && a[1] != Value(rt.None) ? a[1] : Value();
  Value locals = a[2] && a[2] != Value(rt.None) ? a[2] : Value();
  // CPython's checks and messages, eval's then exec's
  if (eval_mode && locals && !is_mapping(locals))
    return raise(rt.TypeError, "locals must be a mapping");
  if (eval_mode && globals && !is_dict(globals))
    return raise(rt.TypeError, is_mapping(globals)
                                   ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                   : "globals must be a dict");
  if (globals && !is_dict(globals))
    return raise_fmt(rt.TypeError, "%s() globals must be a dict, not %s", fname,
                     type_name(globals));
  if (locals && !is_mapping(locals))
    return raise_fmt(rt.TypeError, "locals must be a mapping or None, not %s", type_name(locals));
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
  Code* code =
      is_code ? a[0].as<Code>()
              : compile_source(a[0], "<string>", eval_mode ? "eval" : "exec", locals != globals);
  if (!code) return Value();
  Value r = run_code(code, globals.as<Dict>(), locals.as<Dict>());
  if (!r) return r;
  return eval_mode || is_code ? r : Value(rt.None);
}

Value b_eval(Value, Value* args, int64_t nargs, Tuple* kw) {
  return run_source("eval", args, nargs, kw, true);
}

Value b_exec(Value, Value* args, int64_t nargs, Tuple* kw) {
  return run_source("exec", args, nargs, kw, false);
}

// compile(source, filename, mode, flags=0, dont_inherit=False): a code object for eval/exec
Value b_compile(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[7];
  if (!parse_args(
          "compile", args, nargs, kw, 3,
          {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
          a))
    return Value();
  int64_t flags = 0;
  if (a[3] && !int_index(a[3], &flags)) return Value();
  bool is_ast = false;  // an ast.AST tree (lib/_weft_ast_compile.py writes its source)
  if (!a[0].is_ptr() ||
      (a[0].obj()->type->layout != Layout::Str && a[0].obj()->type->layout != Layout::Bytes)) {
    if (a[0].is_ptr()) {
      Value ast_module = import_module(intern("_ast"));
      Value ast_class = ast_module ? getattr(ast_module, intern("AST")) : Value();
      if (!ast_class) return ast_class;
      is_ast = ast_class.is_ptr() && ast_class.obj()->type->layout == Layout::Type &&
               isinstance(a[0], ast_class.as<Type>());
    }
    if (!is_ast)
      return raise(rt.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  if (!a[1].is_ptr() ||
      (a[1].obj()->type->layout != Layout::Str && a[1].obj()->type->layout != Layout::Bytes)) {
    // an os.PathLike filename is its path (PEP 519)
    bool found = false;
    Value p =
        a[1].is_ptr() ? call_special(a[1], intern("__fspath__"), nullptr, 0, &found) : Value();
    if (found && !p) return p;
    if (!found)
      return raise_fmt(rt.TypeError, "expected str, bytes or os.PathLike object, not %s",
                       type_name(a[1]));
    a[1] = p;
  }
  if (!a[2].is_ptr() || a[2].obj()->type->layout != Layout::Str)
    return raise_fmt(rt.TypeError, "compile() argument 'mode' must be str, not %s",
                     type_name(a[2]));
  std::string mode(a[2].as<Str>()->view());
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(rt.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string filename(a[1].as<Str>()->view());
  constexpr int64_t kOnlyAst = 0x400;  // PyCF_ONLY_AST: ast.parse()
  if (is_ast) {
    Value helper = import_module(intern("_weft_ast_compile"));
    Value source_of = helper ? getattr(helper, intern("source")) : Value();
    Value src = source_of ? call2(source_of, a[0], a[2]) : Value();
    if (!src) return src;
    // not source: the exception the tree's problem gives
    if (!src.is_ptr() || src.obj()->type->layout != Layout::Str) return raise_value(src);
    if (flags & kOnlyAst) return a[0];  // (checked, as CPython does)
    a[0] = src;
  }
  if (flags & kOnlyAst) {
    AstArena arena;
    Module mod;
    mod.desugar = false;  // async for/with and except* as written
    std::string* src = nullptr;
    bool ok = parse_source(a[0], filename, mode, arena, mod, &src);
    Value tree = ok ? ast_objects(mod, mode, *src) : Value();
    delete src;  // no code keeps pointing into it
    return tree;
  }
  Code* code = compile_source(a[0], filename, mode, true);
  return code ? Value(code) : Value();
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value b_import(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[5];
  if (!parse_args("__import__", args, nargs, kw, 1,
                  {"name", "globals", "locals", "fromlist", "level"}, a))
    return Value();
  if (!a[0].is_ptr() || a[0].obj()->type->layout != Layout::Str)
    return raise(rt.TypeError, "module name must be a string");
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
