// compile(..., PyCF_ONLY_AST), i.e. ast.parse(): the parser's C++ AST as instances of
// lib/_ast.py's node classes, with CPython's field names and positions (lineno, col_offset,
// end_lineno, end_col_offset), so CPython's ast.py (dump, literal_eval, unparse, NodeVisitor)
// runs on it. The tree is parsed with Module::desugar off (async for/with, except* as written).
#include <string>

#include "vm/runtime.h"
#include "weft/python/ast.h"

namespace weft::python {

// The value of a constant other than a complex one (compiler_expr.cpp).
Value constant_value(const Expr* x);

namespace {

// Where a statement ends as CPython reports it: a compound statement at the end of its last
// statement (the parser's own end of a block is past the block's newline).
Pos statement_end(const Stmt* s) {
  const std::vector<Stmt*>* last = nullptr;
  switch (s->kind) {
    case SK::If:
    case SK::While:
    case SK::For:
      last = !s->orelse.empty() ? &s->orelse : &s->body;
      break;
    case SK::Try:
      if (!s->finalbody.empty()) {
        last = &s->finalbody;
      } else if (!s->orelse.empty()) {
        last = &s->orelse;
      } else if (!s->handlers.empty() && !s->handlers.back().body.empty()) {
        last = &s->handlers.back().body;
      } else {
        last = &s->body;
      }
      break;
    case SK::With:
    case SK::FunctionDef:
    case SK::ClassDef:
    case SK::Match:
    case SK::MatchCase:
      last = &s->body;
      break;
    default:
      break;
  }
  if (!last || last->empty()) return s->pos;
  Pos p = s->pos;
  Pos e = statement_end(last->back());
  p.end_line = e.end_line;
  p.end_col = e.end_col;
  return p;
}

class AstBuilder {
 public:
  explicit AstBuilder(std::string_view source) : source_(source) {}

  // Where line `line` (1-based) starts in the source; npos past its end.
  size_t line_start(int line) {
    size_t at = 0;
    for (int l = 1; l < line && at != std::string_view::npos; l++) {
      at = source_.find('\n', at);
      if (at != std::string_view::npos) at++;
    }
    return at;
  }

  // The end of `import a.b as name`'s alias: past `as name` (the parser's ends at a.b).
  Pos alias_pos(const Alias& a) {
    Pos p = a.pos;
    size_t line_start = this->line_start(p.end_line);
    if (line_start == std::string_view::npos) return p;
    if (p.line == p.end_line &&
        source_.substr(line_start + static_cast<size_t>(p.col), a.name.size()) == a.name)
      p.end_col = p.col + static_cast<int>(a.name.size());  // all of a dotted name
    if (a.asname.empty()) return p;
    size_t as = source_.find("as", line_start + static_cast<size_t>(p.end_col));
    size_t at = as == std::string_view::npos ? as : source_.find(a.asname, as + 2);
    if (at != std::string_view::npos &&
        source_.substr(line_start, at - line_start).find('\n') == std::string_view::npos)
      p.end_col = static_cast<int>(at - line_start + a.asname.size());
    return p;
  }

  bool init() {
    Value m = import_module(intern("_ast"));
    if (!m) return false;
    module_ = m;
    return true;
  }

  // An instance of _ast.<cls> with `fields` set, and the position attributes when `pos`.
  Value node(const char* cls, const Pos* pos,
             std::initializer_list<std::pair<const char*, Value>> fields) {
    for (const auto& f : fields)
      if (!f.second) return Value();
    Value c = getattr(module_, intern(cls));
    if (!c) return c;
    Value n = call0(c);
    if (!n) return n;
    for (const auto& f : fields)
      if (setattr(n, intern(f.first), f.second) < 0) return Value();
    if (pos) {
      std::pair<const char*, int> at[4] = {{"lineno", pos->line},
                                           {"col_offset", pos->col},
                                           {"end_lineno", pos->end_line},
                                           {"end_col_offset", pos->end_col}};
      for (const auto& a : at)
        if (setattr(n, intern(a.first), Value::small(a.second)) < 0) return Value();
    }
    return n;
  }

  Value str_or_none(const std::string& s) { return s.empty() ? Value(rt.None) : new_str(s); }

  Value expr_or_none(const Expr* e) { return e ? expr(e) : Value(rt.None); }

  // A Python list of convert(x) for each x of v; null with the first failure's exception.
  template <class T, class Convert>
  Value list_of(const std::vector<T>& v, Convert convert) {
    List* l = new_list(0);
    if (!l) return Value();
    for (const T& x : v) {
      Value n = convert(x);
      if (!n || !list_append(l, n)) return Value();
    }
    return l;
  }

  Value exprs(const std::vector<Expr*>& v) {
    // a dict display's ** entry has no key: None
    return list_of(v, [&](const Expr* e) { return expr_or_none(e); });
  }

  Value stmts(const std::vector<Stmt*>& v) {
    return list_of(v, [&](const Stmt* s) { return stmt(s); });
  }

  Value names(const std::vector<std::string>& v) {
    return list_of(v, [](const std::string& s) { return new_str(s); });
  }

  Value ctx(Ctx c) {
    return node(c == Ctx::Load ? "Load" : c == Ctx::Store ? "Store" : "Del", nullptr, {});
  }

  Value binop(int op) {
    static const char* const names[kBinOpCount] = {
        "Add",   "BitAnd", "FloorDiv", "LShift", "MatMult", "Mult",  "Mod",
        "BitOr", "Pow",    "RShift",   "Sub",    "Div",     "BitXor"};
    return node(names[op], nullptr, {});
  }

  Value constant(const Expr* e) {
    if (e->ck != ConstKind::Complex) return constant_value(e);
    Value complex = dict_get_str(rt.builtins, intern("complex"));
    if (!complex) return raise(rt.NameError, "complex");
    return call2(complex, new_float(0.0), new_float(e->f));
  }

  Value arg(const Arg& a) {
    Pos p = a.pos;  // `name: annotation` ends with its annotation
    if (a.annotation) {
      p.end_line = a.annotation->pos.end_line;
      p.end_col = a.annotation->pos.end_col;
    }
    return node("arg", &p,
                {{"arg", new_str(a.name)},
                 {"annotation", expr_or_none(a.annotation)},
                 {"type_comment", rt.None}});
  }

  Value arg_list(const std::vector<Arg>& v) {
    return list_of(v, [&](const Arg& a) { return arg(a); });
  }

  Value arguments(const Arguments* a) {
    if (!a) {
      static const Arguments none;
      a = &none;
    }
    return node("arguments", nullptr,
                {{"posonlyargs", arg_list(a->posonly)},
                 {"args", arg_list(a->args)},
                 {"vararg", a->has_vararg ? arg(a->vararg) : Value(rt.None)},
                 {"kwonlyargs", arg_list(a->kwonly)},
                 {"kw_defaults", exprs(a->kw_defaults)},
                 {"kwarg", a->has_kwarg ? arg(a->kwarg) : Value(rt.None)},
                 {"defaults", exprs(a->defaults)}});
  }

  Value keywords(const std::vector<Keyword>& v) {
    return list_of(v, [&](const Keyword& k) {
      return node("keyword", &k.pos, {{"arg", str_or_none(k.name)}, {"value", expr(k.value)}});
    });
  }

  Value generators(const std::vector<Comprehension>& v) {
    return list_of(v, [&](const Comprehension& c) {
      return node("comprehension", nullptr,
                  {{"target", expr(c.target)},
                   {"iter", expr(c.iter)},
                   {"ifs", exprs(c.ifs)},
                   {"is_async", Value::small(c.is_async)}});
    });
  }

  // `joined`: the f-string e is a part of, whose position CPython gives its constant and
  // replacement-field parts (the expressions inside keep their own).
  Value expr(const Expr* e, const Pos* joined = nullptr) {
    const Pos* p =
        joined && (e->kind == EK::Const || e->kind == EK::Formatted || e->kind == EK::JoinedStr)
            ? joined
            : &e->pos;
    switch (e->kind) {
      case EK::Name:
        return node("Name", p, {{"id", new_str(e->s)}, {"ctx", ctx(e->ctx)}});
      case EK::Const:
        return node("Constant", p, {{"value", constant(e)}, {"kind", rt.None}});
      case EK::JoinedStr: {
        List* parts = new_list(0);
        if (!parts) return Value();
        for (const Expr* x : e->elts) {
          Value v = expr(x, p);
          if (!v || !list_append(parts, v)) return Value();
        }
        return node("JoinedStr", p, {{"values", parts}});
      }
      case EK::Formatted: {
        int conv = e->conversion ? e->conversion : -1;
        return node("FormattedValue", p,
                    {{"value", expr(e->a)},
                     {"conversion", Value::small(conv)},
                     {"format_spec", e->c ? expr(e->c, p) : Value(rt.None)}});
      }
      case EK::Tuple:
        return node("Tuple", p, {{"elts", exprs(e->elts)}, {"ctx", ctx(e->ctx)}});
      case EK::List:
        return node("List", p, {{"elts", exprs(e->elts)}, {"ctx", ctx(e->ctx)}});
      case EK::Set:
        return node("Set", p, {{"elts", exprs(e->elts)}});
      case EK::Dict:
        return node("Dict", p, {{"keys", exprs(e->elts)}, {"values", exprs(e->vals)}});
      case EK::BinOp:
        return node("BinOp", p,
                    {{"left", expr(e->a)}, {"op", binop(e->op)}, {"right", expr(e->b)}});
      case EK::UnaryOp: {
        static const char* const ops[] = {"UAdd", "USub", "Invert", "Not"};
        return node("UnaryOp", p, {{"op", node(ops[e->op], nullptr, {})}, {"operand", expr(e->a)}});
      }
      case EK::BoolOp:
        return node("BoolOp", p,
                    {{"op", node(e->op ? "Or" : "And", nullptr, {})}, {"values", exprs(e->elts)}});
      case EK::Compare: {
        static const char* const ops[] = {"Lt",  "LtE", "Eq",    "NotEq", "Gt",
                                          "GtE", "Is",  "IsNot", "In",    "NotIn"};
        List* l = new_list(0);
        if (!l) return Value();
        for (int op : e->ops) {
          Value o = node(ops[op], nullptr, {});
          if (!o || !list_append(l, o)) return Value();
        }
        return node("Compare", p,
                    {{"left", expr(e->a)}, {"ops", l}, {"comparators", exprs(e->elts)}});
      }
      case EK::Call: {
        // f(x for x in y): the generator expression spans the call's parentheses
        if (e->elts.size() == 1 && e->kws.empty() && e->elts[0]->kind == EK::GenExp) {
          const Pos& g = e->elts[0]->pos;
          size_t ls = line_start(g.line);
          if (ls != std::string_view::npos && g.col > 0 && ls + g.col <= source_.size() &&
              source_[ls + g.col - 1] != '(') {
            Pos gp = {e->a->pos.end_line, e->a->pos.end_col, p->end_line, p->end_col};
            Value gen =
                node("GeneratorExp", &gp,
                     {{"elt", expr(e->elts[0]->a)}, {"generators", generators(e->elts[0]->gens)}});
            List* args = new_list(0);
            if (!gen || !args || !list_append(args, gen)) return Value();
            return node("Call", p,
                        {{"func", expr(e->a)}, {"args", args}, {"keywords", keywords(e->kws)}});
          }
        }
        return node(
            "Call", p,
            {{"func", expr(e->a)}, {"args", exprs(e->elts)}, {"keywords", keywords(e->kws)}});
      }
      case EK::Attribute:
        return node("Attribute", p,
                    {{"value", expr(e->a)}, {"attr", new_str(e->s)}, {"ctx", ctx(e->ctx)}});
      case EK::Subscript:
        return node("Subscript", p,
                    {{"value", expr(e->a)}, {"slice", expr(e->b)}, {"ctx", ctx(e->ctx)}});
      case EK::Slice:
        return node("Slice", p,
                    {{"lower", expr_or_none(e->a)},
                     {"upper", expr_or_none(e->b)},
                     {"step", expr_or_none(e->c)}});
      case EK::Starred:
        return node("Starred", p, {{"value", expr(e->a)}, {"ctx", ctx(e->ctx)}});
      case EK::IfExp:
        return node("IfExp", p,
                    {{"test", expr(e->a)}, {"body", expr(e->b)}, {"orelse", expr(e->c)}});
      case EK::Lambda:
        return node("Lambda", p, {{"args", arguments(e->args)}, {"body", expr(e->a)}});
      case EK::ListComp:
        return node("ListComp", p, {{"elt", expr(e->a)}, {"generators", generators(e->gens)}});
      case EK::SetComp:
        return node("SetComp", p, {{"elt", expr(e->a)}, {"generators", generators(e->gens)}});
      case EK::GenExp:
        return node("GeneratorExp", p, {{"elt", expr(e->a)}, {"generators", generators(e->gens)}});
      case EK::DictComp:
        return node(
            "DictComp", p,
            {{"key", expr(e->a)}, {"value", expr(e->b)}, {"generators", generators(e->gens)}});
      case EK::Await:
        return node("Await", p, {{"value", expr(e->a)}});
      case EK::Yield:
        return node("Yield", p, {{"value", expr_or_none(e->a)}});
      case EK::YieldFrom:
        return node("YieldFrom", p, {{"value", expr(e->a)}});
      case EK::NamedExpr:
        return node("NamedExpr", p, {{"target", expr(e->a)}, {"value", expr(e->b)}});
      case EK::MatchValue:
        return node("MatchValue", p, {{"value", expr(e->a)}});
      case EK::MatchSingleton:
        return node("MatchSingleton", p, {{"value", constant(e)}});
      case EK::MatchSequence:
        return node("MatchSequence", p, {{"patterns", exprs(e->elts)}});
      case EK::MatchMapping: {
        List* keys = new_list(0);  // expressions, not the value patterns the parser keeps
        if (!keys) return Value();
        for (const Expr* k : e->elts) {
          Value kv = expr(k->kind == EK::MatchValue ? k->a : k);
          if (!kv || !list_append(keys, kv)) return Value();
        }
        return node("MatchMapping", p,
                    {{"keys", keys}, {"patterns", exprs(e->vals)}, {"rest", str_or_none(e->s)}});
      }
      case EK::MatchClass: {
        List* attrs = new_list(0);
        List* pats = new_list(0);
        if (!attrs || !pats) return Value();
        for (const Keyword& k : e->kws) {
          Value pv = expr(k.value);
          if (!pv || !list_append(attrs, new_str(k.name)) || !list_append(pats, pv)) return Value();
        }
        return node("MatchClass", p,
                    {{"cls", expr(e->a)},
                     {"patterns", exprs(e->elts)},
                     {"kwd_attrs", attrs},
                     {"kwd_patterns", pats}});
      }
      case EK::MatchStar:
        return node("MatchStar", p, {{"name", str_or_none(e->s)}});
      case EK::MatchAs:
        return node("MatchAs", p, {{"pattern", expr_or_none(e->a)}, {"name", str_or_none(e->s)}});
      case EK::MatchOr:
        return node("MatchOr", p, {{"patterns", exprs(e->elts)}});
    }
    return raise(rt.RuntimeError, "unknown expression kind");
  }

  Value handlers(const std::vector<ExceptHandler>& v) {
    return list_of(v, [&](const ExceptHandler& h) {
      Pos hp = h.pos;
      if (!h.body.empty()) {
        Pos e = statement_end(h.body.back());
        hp.end_line = e.end_line;
        hp.end_col = e.end_col;
      }
      return node(
          "ExceptHandler", &hp,
          {{"type", expr_or_none(h.type)}, {"name", str_or_none(h.name)}, {"body", stmts(h.body)}});
    });
  }

  Value with_items(const std::vector<WithItem>& v) {
    return list_of(v, [&](const WithItem& w) {
      return node("withitem", nullptr,
                  {{"context_expr", expr(w.context)}, {"optional_vars", expr_or_none(w.target)}});
    });
  }

  Value aliases(const std::vector<Alias>& v) {
    return list_of(v, [&](const Alias& a) {
      Pos ap = alias_pos(a);
      return node("alias", &ap, {{"name", new_str(a.name)}, {"asname", str_or_none(a.asname)}});
    });
  }

  Value stmt(const Stmt* s) {
    Pos end = statement_end(s);
    const Pos* p = &end;
    Value none = rt.None;
    switch (s->kind) {
      case SK::Expr:
        return node("Expr", p, {{"value", expr(s->value)}});
      case SK::Assign:
        return node(
            "Assign", p,
            {{"targets", exprs(s->targets)}, {"value", expr(s->value)}, {"type_comment", none}});
      case SK::AugAssign:
        return node("AugAssign", p,
                    {{"target", expr(s->target)}, {"op", binop(s->op)}, {"value", expr(s->value)}});
      case SK::AnnAssign: {
        bool simple = s->target->kind == EK::Name && !s->target->parenthesized;
        return node("AnnAssign", p,
                    {{"target", expr(s->target)},
                     {"annotation", expr(s->annotation)},
                     {"value", expr_or_none(s->value)},
                     {"simple", Value::small(simple)}});
      }
      case SK::Return:
        return node("Return", p, {{"value", expr_or_none(s->value)}});
      case SK::Delete:
        return node("Delete", p, {{"targets", exprs(s->targets)}});
      case SK::Pass:
        return node("Pass", p, {});
      case SK::Break:
        return node("Break", p, {});
      case SK::Continue:
        return node("Continue", p, {});
      case SK::If:
        return node(
            "If", p,
            {{"test", expr(s->value)}, {"body", stmts(s->body)}, {"orelse", stmts(s->orelse)}});
      case SK::While:
        return node(
            "While", p,
            {{"test", expr(s->value)}, {"body", stmts(s->body)}, {"orelse", stmts(s->orelse)}});
      case SK::For:
        return node(s->is_async ? "AsyncFor" : "For", p,
                    {{"target", expr(s->target)},
                     {"iter", expr(s->value)},
                     {"body", stmts(s->body)},
                     {"orelse", stmts(s->orelse)},
                     {"type_comment", none}});
      case SK::Try:
        return node(!s->handlers.empty() && s->handlers[0].star ? "TryStar" : "Try", p,
                    {{"body", stmts(s->body)},
                     {"handlers", handlers(s->handlers)},
                     {"orelse", stmts(s->orelse)},
                     {"finalbody", stmts(s->finalbody)}});
      case SK::With:
        return node(
            s->is_async ? "AsyncWith" : "With", p,
            {{"items", with_items(s->items)}, {"body", stmts(s->body)}, {"type_comment", none}});
      case SK::FunctionDef:
        return node(s->is_async ? "AsyncFunctionDef" : "FunctionDef", p,
                    {{"name", new_str(s->name)},
                     {"args", arguments(s->args)},
                     {"body", stmts(s->body)},
                     {"decorator_list", exprs(s->decorators)},
                     {"returns", expr_or_none(s->value)},
                     {"type_comment", none}});
      case SK::ClassDef:
        return node("ClassDef", p,
                    {{"name", new_str(s->name)},
                     {"bases", exprs(s->bases)},
                     {"keywords", keywords(s->keywords)},
                     {"body", stmts(s->body)},
                     {"decorator_list", exprs(s->decorators)}});
      case SK::Raise:
        return node("Raise", p,
                    {{"exc", expr_or_none(s->value)}, {"cause", expr_or_none(s->target)}});
      case SK::Assert:
        return node("Assert", p, {{"test", expr(s->value)}, {"msg", expr_or_none(s->target)}});
      case SK::Import:
        return node("Import", p, {{"names", aliases(s->names)}});
      case SK::ImportFrom:
        return node("ImportFrom", p,
                    {{"module", str_or_none(s->module)},
                     {"names", aliases(s->names)},
                     {"level", Value::small(s->level)}});
      case SK::Global:
        return node("Global", p, {{"names", names(s->ids)}});
      case SK::Nonlocal:
        return node("Nonlocal", p, {{"names", names(s->ids)}});
      case SK::Match:
        return node("Match", p, {{"subject", expr(s->value)}, {"cases", stmts(s->body)}});
      case SK::MatchCase:
        return node("match_case", nullptr,
                    {{"pattern", expr(s->target)},
                     {"guard", expr_or_none(s->value)},
                     {"body", stmts(s->body)}});
    }
    return raise(rt.RuntimeError, "unknown statement kind");
  }

 private:
  std::string_view source_;
  Value module_;
};

}  // namespace

// The tree of a parsed module for compile(..., PyCF_ONLY_AST) in `mode` (exec, eval, single);
// `source` is the text parsed.
Value ast_objects(const Module& mod, const std::string& mode, std::string_view source) {
  AstBuilder b(source);
  if (!b.init()) return Value();
  if (mode == "eval") return b.node("Expression", nullptr, {{"body", b.expr(mod.body[0]->value)}});
  Value body = b.stmts(mod.body);
  if (mode == "single") return b.node("Interactive", nullptr, {{"body", body}});
  List* ignores = new_list(0);
  return b.node("Module", nullptr, {{"body", body}, {"type_ignores", ignores}});
}

}  // namespace weft::python
