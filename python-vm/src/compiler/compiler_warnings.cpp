// Compile-time warnings, as CPython 3.11's compiler issues them: `x is 1`, `assert (a, b)`,
// `"abc"(1)`, `1[0]`, `[1, 2]["a"]` (SyntaxWarning), and the parser's invalid escape sequences
// (DeprecationWarning). They go through warnings.warn_explicit, so the filters (-W) apply; a
// warning the filters turn into an error becomes a SyntaxError at the construct.
#include "compiler_internal.h"

namespace weft::python {

namespace {

bool numeric(const char* t) {
  return t && (std::string_view(t) == "int" || std::string_view(t) == "float" ||
               std::string_view(t) == "complex" || std::string_view(t) == "bool");
}

// The type of the constant `e` is, or folds to under CPython's AST optimizer (literals, unary
// operators on numbers, `not` of a constant, + - * of numbers, + of strings, tuples of
// constants); null when `e` is no constant.
const char* constant_type(const Expr* e) {
  switch (e->kind) {
    case EK::Const:
      switch (e->ck) {
        case ConstKind::None:
          return "NoneType";
        case ConstKind::True:
        case ConstKind::False:
          return "bool";
        case ConstKind::Ellipsis:
          return "ellipsis";
        case ConstKind::Int:
          return "int";
        case ConstKind::Float:
          return "float";
        case ConstKind::Complex:
          return "complex";
        case ConstKind::Str:
          return "str";
        case ConstKind::Bytes:
          return "bytes";
      }
      return nullptr;
    case EK::UnaryOp: {
      const char* t = constant_type(e->a);
      if (!t) return nullptr;
      if (e->op == kNot) return "bool";
      if (!numeric(t) ||
          (e->op == kInvert && std::string_view(t) != "int" && std::string_view(t) != "bool"))
        return nullptr;
      return std::string_view(t) == "bool" ? "int" : t;
    }
    case EK::BinOp: {
      const char* a = constant_type(e->a);
      const char* b = constant_type(e->b);
      if (!a || !b) return nullptr;
      std::string_view x(a), y(b);
      if ((x == "str" || x == "bytes") && x == y && e->op == kAdd) return a;
      if (!numeric(a) || !numeric(b) || (e->op != kAdd && e->op != kSub && e->op != kMul))
        return nullptr;
      if (x == "complex" || y == "complex") return "complex";
      if (x == "float" || y == "float") return "float";
      return "int";
    }
    case EK::Tuple:
      for (const Expr* x : e->elts)
        if (!constant_type(x)) return nullptr;
      return "tuple";
    default:
      return nullptr;
  }
}

// CPython's infer_type: the type a display, comprehension, lambda, f-string or constant has.
const char* inferred_type(const Expr* e) {
  switch (e->kind) {
    case EK::Tuple:
      return "tuple";
    case EK::List:
    case EK::ListComp:
      return "list";
    case EK::Dict:
    case EK::DictComp:
      return "dict";
    case EK::Set:
    case EK::SetComp:
      return "set";
    case EK::GenExp:
      return "generator";
    case EK::Lambda:
      return "function";
    case EK::JoinedStr:
    case EK::Formatted:
      return "str";
    default:
      return constant_type(e);
  }
}

}  // namespace

bool issue_compile_warning(const CompileWarning& w, const std::string& filename,
                           SyntaxErrorInfo& err) {
  Value warnings = import_module(intern("warnings"));
  Value warn_explicit = warnings ? getattr(warnings, intern("warn_explicit")) : Value();
  if (warn_explicit) {
    Type* category = w.category == "DeprecationWarning" ? rt.DeprecationWarning : rt.SyntaxWarning;
    Value args[4] = {new_str(w.as_error.msg), category, new_str(filename),
                     new_int(w.as_error.line)};
    if (call(warn_explicit, args, 4)) return true;
  }
  rt.exc = Value();
  err = w.as_error;
  err.kind = "SyntaxError";
  err.text_from_file = w.category == "SyntaxWarning";  // the compiler's
  return false;
}

bool Compiler::warn(const std::string& msg, Pos pos) {
  if (failed) return false;
  CompileWarning w;
  w.category = "SyntaxWarning";
  w.as_error.msg = msg;
  w.as_error.line = pos.line;
  w.as_error.col = pos.col + 1;
  w.as_error.end_line = pos.end_line;
  w.as_error.end_col = pos.end_col + 1;
  if (issue_compile_warning(w, filename, *err)) return true;
  failed = true;
  return false;
}

void Compiler::check_identity_compare(const Expr* e) {
  auto literal = [](const Expr* x) {
    const char* t = constant_type(x);
    if (!t) return false;
    std::string_view n(t);
    return n != "NoneType" && n != "bool" && n != "ellipsis";
  };
  bool left = literal(e->a);
  for (size_t i = 0; i < e->ops.size(); i++) {
    bool right = literal(e->elts[i]);
    if ((e->ops[i] == kIs || e->ops[i] == kIsNot) && (left || right)) {
      warn(e->ops[i] == kIs ? "\"is\" with a literal. Did you mean \"==\"?"
                            : "\"is not\" with a literal. Did you mean \"!=\"?",
           e->pos);
      return;
    }
    left = right;
  }
}

void Compiler::check_callable(const Expr* call) {
  const Expr* f = call->a;
  switch (f->kind) {
    case EK::Lambda:
    case EK::Name:
    case EK::Attribute:
    case EK::Subscript:
    case EK::Call:
      return;
    default:
      break;
  }
  if (const char* t = inferred_type(f))
    warn(std::string("'") + t + "' object is not callable; perhaps you missed a comma?", call->pos);
}

void Compiler::check_subscript(const Expr* sub) {
  const Expr* v = sub->a;
  const char* t = inferred_type(v);
  if (!t) return;
  std::string_view n(t);
  bool not_subscriptable = v->kind == EK::Set || v->kind == EK::SetComp || v->kind == EK::GenExp ||
                           v->kind == EK::Lambda || n == "NoneType" || n == "ellipsis" ||
                           numeric(t);
  if (not_subscriptable) {
    warn(std::string("'") + t + "' object is not subscriptable; perhaps you missed a comma?",
         sub->pos);
    return;
  }
  const char* index = inferred_type(sub->b);
  if (!index || std::string_view(index) == "int" || std::string_view(index) == "bool") return;
  if (n == "str" || n == "bytes" || n == "tuple" || n == "list")
    warn(std::string(t) + " indices must be integers or slices, not " + index +
             "; perhaps you missed a comma?",
         sub->pos);
}

void Compiler::check_assert(const Stmt* s) {
  const Expr* test = s->value;
  if (test->kind == EK::Tuple && !test->elts.empty())
    warn("assertion is always true, perhaps remove parentheses?", s->pos);
}

}  // namespace weft::python
