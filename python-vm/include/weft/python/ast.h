// The abstract syntax tree of a Python 3.11 module, produced by the parser and consumed by the
// symbol-table pass and the compiler. Nodes are plain structs owned by an AstArena; one Expr
// and one Stmt struct cover all kinds (the fields each kind uses are listed next to the kind).
// Contract: nodes live as long as their arena; positions follow CPython (1-based lines,
// 0-based byte columns, exclusive end).
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "weft/python/syntax_error.h"

namespace weft::python {

struct Pos {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class EK {
  Name,       // s = identifier
  Const,      // ck + s (str/bytes value, int digits) / f (float) ; complex: f = imag
  JoinedStr,  // elts = parts (Const str or FormattedValue)
  Formatted,  // a = value, conversion, c = format spec (JoinedStr) or null
  Tuple,      // elts
  List,       // elts
  Set,        // elts
  Dict,       // elts = keys (null for **), vals = values
  BinOp,      // a op b
  UnaryOp,    // op a
  BoolOp,     // op (0 and, 1 or), elts = values
  Compare,    // a, ops, elts = comparators
  Call,       // a = func, elts = positional (maybe Starred), kws
  Attribute,  // a.s
  Subscript,  // a[b]
  Slice,      // a:b:c (any may be null)
  Starred,    // *a
  IfExp,      // b if a else c   (a = test, b = body, c = orelse)
  Lambda,     // args, a = body
  ListComp,   // a = element, gens
  SetComp,    // a, gens
  DictComp,   // a = key, b = value, gens
  GenExp,     // a, gens
  Await,      // a
  Yield,      // a (may be null)
  YieldFrom,  // a
  NamedExpr,  // a := b  (a is a Name)
  // match-statement patterns
  MatchValue,      // a = value (literal or dotted name)
  MatchSingleton,  // ck = None / True / False
  MatchSequence,   // elts = patterns (at most one MatchStar)
  MatchMapping,    // elts = keys (values), vals = patterns, s = **rest name or empty
  MatchClass,      // a = class, elts = positional patterns, kws = keyword patterns
  MatchStar,       // *s (s empty for *_)
  MatchAs,         // a = pattern or null, s = name (empty: the wildcard _)
  MatchOr,         // elts = alternatives
};

enum class ConstKind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

enum class Ctx { Load, Store, Del };

// Binary operators (also used by augmented assignment), in CPython's NB_ order.
enum BinOpKind {
  kAdd,
  kAnd,
  kFloorDiv,
  kLShift,
  kMatMul,
  kMul,
  kMod,
  kOr,
  kPow,
  kRShift,
  kSub,
  kTrueDiv,
  kXor,
  kBinOpCount
};
enum UnaryOpKind { kUAdd, kUSub, kInvert, kNot };
enum CmpOpKind { kLt, kLe, kEq, kNe, kGt, kGe, kIs, kIsNot, kIn, kNotIn };

const char* binop_symbol(int op);  // "+", "//", ...

struct Expr;
struct Stmt;

struct Keyword {
  std::string name;  // empty for **mapping
  Expr* value = nullptr;
  Pos pos;
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct Arg {
  std::string name;
  Expr* annotation = nullptr;
  Pos pos;
};

struct Arguments {
  std::vector<Arg> posonly, args;  // positional-only, then positional-or-keyword
  std::vector<Expr*> defaults;     // for the last len(defaults) of posonly+args
  bool has_vararg = false;
  Arg vararg;
  std::vector<Arg> kwonly;
  std::vector<Expr*> kw_defaults;  // one per kwonly, null when required
  bool has_kwarg = false;
  Arg kwarg;
};

struct Expr {
  EK kind;
  Pos pos;
  std::string s;
  ConstKind ck = ConstKind::None;
  double f = 0;
  int op = 0;
  char conversion = 0;  // Formatted: 0, 's', 'r', 'a'
  Ctx ctx = Ctx::Load;
  bool parenthesized = false;  // written in parentheses (not a tuple's): `(x == 1) = 2`
  Expr* a = nullptr;
  Expr* b = nullptr;
  Expr* c = nullptr;
  std::vector<Expr*> elts, vals;
  std::vector<int> ops;
  std::vector<Keyword> kws;
  std::vector<Comprehension> gens;
  Arguments* args = nullptr;
  explicit Expr(EK k) : kind(k) {}
};

enum class SK {
  Expr,       // value
  Assign,     // targets = value
  AugAssign,  // target op= value
  AnnAssign,  // target : annotation(b) [= value]
  Return,     // value (may be null)
  Delete,     // targets
  Pass,
  Break,
  Continue,
  If,           // test(value) body orelse
  While,        // test(value) body orelse
  For,          // target in value: body orelse
  Try,          // body handlers orelse finalbody
  With,         // items body
  FunctionDef,  // name args body decorators returns(value)
  ClassDef,     // name bases keywords body decorators
  Raise,        // value (exc, may be null) cause (target)
  Assert,       // value (test) msg (target)
  Import,       // names
  ImportFrom,   // module level names
  Global,       // ids
  Nonlocal,     // ids
  Match,        // subject(value) body = MatchCase statements
  MatchCase,    // pattern(target) guard(value, may be null) body
};

struct ExceptHandler {
  Expr* type = nullptr;
  std::string name;
  bool star = false;  // except* (the parser rewrites these into plain handlers)
  std::vector<Stmt*> body;
  Pos pos;
};

struct WithItem {
  Expr* context = nullptr;
  Expr* target = nullptr;
};

struct Alias {
  std::string name;    // dotted for import
  std::string asname;  // empty when none
  Pos pos;
};

struct Stmt {
  SK kind;
  Pos pos;
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  int op = 0;
  std::vector<Stmt*> body, orelse, finalbody;
  std::vector<ExceptHandler> handlers;
  std::vector<WithItem> items;
  std::string name;
  Arguments* args = nullptr;
  std::vector<Expr*> decorators, bases;
  std::vector<Keyword> keywords;
  std::vector<Alias> names;
  std::string module;
  int level = 0;
  std::vector<std::string> ids;
  bool is_async = false;
  explicit Stmt(SK k) : kind(k) {}
};

// Owns every node of one parse.
class AstArena {
 public:
  Expr* expr(EK k) { return &exprs_.emplace_back(k); }
  Stmt* stmt(SK k) { return &stmts_.emplace_back(k); }
  Arguments* arguments() { return &args_.emplace_back(); }

 private:
  std::deque<Expr> exprs_;
  std::deque<Stmt> stmts_;
  std::deque<Arguments> args_;
};

struct Module {
  std::vector<Stmt*> body;
  // Set before parsing: whether the parser rewrites `async for`, `async with` and `except*` into
  // plain statements for the compiler (false for ast.parse, which shows them as written).
  bool desugar = true;
  // the parser's warnings (invalid escape sequences), issued before the compiler's
  std::vector<CompileWarning> warnings;
};

}  // namespace weft::python
