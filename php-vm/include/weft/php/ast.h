// The PHP AST: one uniform node type (kind, flags, position, a string, a number, children),
// allocated in an Arena that owns everything and is freed at once. A compiler walks it by
// kind; the children of each kind are listed below ("?" = may be null). Lists (StmtList,
// ExprList, ArgList, ...) have any number of children.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace weft::php {

// X(kind, children)
#define WEFT_PHP_AST_KINDS(X)                                                                 \
  /* leaves */                                                                                \
  X(Int, "ival")                                                                              \
  X(Float, "dval")                                                                            \
  X(Str, "str = the decoded bytes")                                                           \
  X(Var, "str = name without $")                                                              \
  X(Name, "str = name as written; flags = NameKind")                                          \
  X(Ident, "str = identifier (member, label, alias, builtin type)")                           \
  X(MagicConst, "str = __LINE__ etc. as written (upper-cased); ival = line")                  \
  /* expressions */                                                                           \
  X(InterpString, "parts: Str or expressions")                                                \
  X(ShellExec, "parts: Str or expressions")                                                   \
  X(VarVar, "name expression")                                                                \
  X(Array, "items: ArrayItem or null (skipped); flags = ArrayLong/ArrayShort/ArrayList")      \
  X(ArrayItem, "key?, value; flags = ItemByRef/ItemSpread")                                   \
  X(Dim, "base, index?")                                                                      \
  X(Prop, "object, name (Ident or expression)")                                               \
  X(NullsafeProp, "object, name")                                                             \
  X(StaticProp, "class (Name or expression), name (Ident or expression)")                     \
  X(ClassConst, "class, name (Ident; `class` for ::class)")                                   \
  X(ConstFetch, "name (Name)")                                                                \
  X(Call, "callee (Name or expression), ArgList")                                             \
  X(MethodCall, "object, name, ArgList")                                                      \
  X(NullsafeMethodCall, "object, name, ArgList")                                              \
  X(StaticCall, "class, name, ArgList")                                                       \
  X(New, "class (Name, expression or ClassDecl for anonymous classes), ArgList?")             \
  X(ArgList, "arguments: expression, NamedArg or Unpack; flags = ArgsCallable for f(...)")    \
  X(NamedArg, "str = name; value")                                                            \
  X(Unpack, "expression (...$a)")                                                             \
  X(Unary, "operand; flags = operator token ('!', '~', '-', '+')")                            \
  X(PreInc, "variable")                                                                       \
  X(PreDec, "variable")                                                                       \
  X(PostInc, "variable")                                                                      \
  X(PostDec, "variable")                                                                      \
  X(Cast, "operand; flags = cast token (T_INT_CAST, ...)")                                    \
  X(Silence, "operand (@)")                                                                   \
  X(Clone, "operand")                                                                         \
  X(Print, "operand")                                                                         \
  X(Exit, "operand?")                                                                         \
  X(Isset, "variables")                                                                       \
  X(Empty, "operand")                                                                         \
  X(Include, "operand; flags = T_INCLUDE, T_INCLUDE_ONCE, T_REQUIRE or T_REQUIRE_ONCE")       \
  X(Eval, "operand")                                                                          \
  X(Binary, "left, right; flags = operator token ('+', T_BOOLEAN_AND, T_LOGICAL_OR, ...)")    \
  X(Instanceof, "operand, class (Name or expression)")                                        \
  X(Assign, "target, value")                                                                  \
  X(AssignRef, "target, source")                                                              \
  X(AssignOp, "target, value; flags = the binary operator token ('+', T_COALESCE, ...)")      \
  X(Ternary, "condition, then? (null for ?:), else")                                          \
  X(Closure, "ParamList, uses (ExprList of ClosureUse), StmtList, return type?, attributes?") \
  X(ClosureUse, "str = name; flags = ByRef")                                                  \
  X(ArrowFn, "ParamList, body expression, return type?, attributes?")                         \
  X(Match, "subject, arms (MatchArm)")                                                        \
  X(MatchArm, "conditions (ExprList, null for default), body")                                \
  X(Yield, "value?, key?")                                                                    \
  X(YieldFrom, "operand")                                                                     \
  X(Throw, "operand")                                                                         \
  X(ExprList, "expressions")                                                                  \
  /* statements */                                                                            \
  X(StmtList, "statements; flags = AltSyntax when from `:` ... `endX;`")                      \
  X(Echo, "expressions")                                                                      \
  X(InlineHtml, "str = the text")                                                             \
  X(ExprStmt, "expression")                                                                   \
  X(If, "IfBranch... (the last may be else)")                                                 \
  X(IfBranch, "condition? (null for else), StmtList")                                         \
  X(While, "condition, body")                                                                 \
  X(DoWhile, "body, condition")                                                               \
  X(For, "init ExprList, condition ExprList, step ExprList, body")                            \
  X(Foreach, "subject, key?, value (variable, Array for destructuring), body; flags=ByRef")   \
  X(Switch, "subject, cases (Case)")                                                          \
  X(Case, "expression? (null for default), StmtList")                                         \
  X(Break, "depth?")                                                                          \
  X(Continue, "depth?")                                                                       \
  X(Return, "value?")                                                                         \
  X(Global, "variables")                                                                      \
  X(StaticVars, "StaticVar...")                                                               \
  X(StaticVar, "str = name; default?")                                                        \
  X(Unset, "variables")                                                                       \
  X(Label, "str = label")                                                                     \
  X(Goto, "str = label")                                                                      \
  X(Declare, "DeclareItem..., then body (StmtList) or null for `declare(...);`")              \
  X(DeclareItem, "str = directive; value")                                                    \
  X(Namespace, "name?, body? (null: the namespace runs to the next one or the end)")          \
  X(Use, "UseItem...; flags = UseNormal/UseFunction/UseConst")                                \
  X(GroupUse, "prefix Name, UseItem...; flags = UseNormal/UseFunction/UseConst")              \
  X(UseItem, "Name, alias Ident?; flags = use kind inside a mixed group")                     \
  X(ConstDecl, "ConstItem...")                                                                \
  X(ConstItem, "str = name; value")                                                           \
  X(FuncDecl, "ParamList, return type?, StmtList, attributes?; str = name; flags = ByRef")    \
  X(ParamList, "Param...")                                                                    \
  X(Param, "type?, default?, attributes?; str = name; flags = modifiers|ByRef|Variadic")      \
  X(ClassDecl,                                                                                \
    "extends? (Name; NameList for interfaces), implements NameList?, members StmtList, "      \
    "attributes?, enum backing type?; str = name (empty if anonymous); "                      \
    "flags = ClassKind<<8 | modifiers")                                                       \
  X(NameList, "Name...")                                                                      \
  X(ClassConstDecl, "ConstItem..., attributes? (last, AttrList); flags = modifiers")          \
  X(PropDecl, "type?, PropItem..., attributes?; flags = modifiers")                           \
  X(PropItem, "str = name; default?")                                                         \
  X(Method,                                                                                   \
    "ParamList, return type?, StmtList? (null if abstract), attributes?; "                    \
    "str = name; flags = modifiers|ByRef")                                                    \
  X(TraitUse, "NameList, adaptations (StmtList of TraitPrecedence/TraitAlias)?")              \
  X(TraitPrecedence, "trait Name, method Ident, insteadof NameList")                          \
  X(TraitAlias, "trait Name?, method Ident, alias Ident?; flags = visibility modifier")       \
  X(EnumCase, "value?, attributes?; str = name")                                              \
  X(Try, "StmtList, catches (Catch...) as a StmtList, finally StmtList?")                     \
  X(Catch, "types NameList, variable Var?, StmtList")                                         \
  X(HaltCompiler, "ival = offset of the data after `__halt_compiler();`")                     \
  X(Nop, "")                                                                                  \
  /* types and attributes */                                                                  \
  X(NullableType, "type")                                                                     \
  X(UnionType, "types")                                                                       \
  X(IntersectionType, "types")                                                                \
  X(AttrGroup, "Attribute...")                                                                \
  X(Attribute, "Name, ArgList?; str = the arguments' source")                                 \
  X(AttrList, "AttrGroup...")

enum class Kind : uint16_t {
#define WEFT_PHP_AST_ENUM(k, doc) k,
  WEFT_PHP_AST_KINDS(WEFT_PHP_AST_ENUM)
#undef WEFT_PHP_AST_ENUM
};

std::string_view kind_name(Kind k);

// Flag values (Node::flags).
enum : uint32_t {
  // Name
  NameUnqualified = 0,
  NameQualified = 1,
  NameFullyQualified = 2,
  NameRelative = 3,
  // modifiers (Param, ClassDecl, ClassConstDecl, PropDecl, Method, TraitAlias)
  ModPublic = 1u << 0,
  ModProtected = 1u << 1,
  ModPrivate = 1u << 2,
  ModStatic = 1u << 3,
  ModAbstract = 1u << 4,
  ModFinal = 1u << 5,
  ModReadonly = 1u << 6,
  // ClassDecl kind, shifted left by 8
  ClassKindClass = 0,
  ClassKindInterface = 1,
  ClassKindTrait = 2,
  ClassKindEnum = 3,
  ClassKindAnonymous = 4,
  // Array
  ArrayLong = 0,
  ArrayShort = 1,
  ArrayList = 2,
  // ArrayItem
  ItemByRef = 1,
  ItemSpread = 2,
  // Param, FuncDecl, Method, Closure, ArrowFn, ClosureUse, Foreach
  ByRef = 1u << 8,
  Variadic = 1u << 9,
  ClosureStatic = 1u << 10,
  // StmtList
  AltSyntax = 1,
  // Use
  UseNormal = 1,
  UseFunction = 2,
  UseConst = 3,
  // ArgList
  ArgsCallable = 1,
  // Var/Dim written as "${name}" inside a string (deprecated since PHP 8.2)
  DollarBrace = 1u << 30,
  // any expression written in parentheses
  Parenthesized = 1u << 31,
};

struct Node {
  Kind kind;
  uint32_t flags = 0;
  uint32_t line = 0;  // where the node starts (1-based)
  uint32_t col = 0;   // 1-based byte column
  uint32_t count = 0;
  uint32_t end_line = 0;  // functions, methods and closures: their closing brace's line
  Node** kids = nullptr;
  std::string_view str;  // see the kind's description; points into the arena or the source
  std::string_view doc;  // the doc comment before a declaration, if any
  union {
    int64_t ival = 0;
    double dval;
  };

  Node* kid(uint32_t i) const { return i < count ? kids[i] : nullptr; }
};

// Owns nodes and strings; nothing is freed before the arena.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t bytes);
  Node* node(Kind kind, uint32_t line, uint32_t col, std::initializer_list<Node*> kids = {});
  Node* list(Kind kind, uint32_t line, uint32_t col, const std::vector<Node*>& kids);
  std::string_view copy(std::string_view s);
  size_t bytes_used() const { return used_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
  size_t used_ = 0;
};

// A readable, indented dump of a subtree (one node a line), for tests and debugging.
std::string dump_ast(const Node* root);

}  // namespace weft::php
