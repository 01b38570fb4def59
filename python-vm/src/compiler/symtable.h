// Symbol-table pass: decides for every name in every scope whether it is local, global
// (explicit or implicit), a cell (local captured by an inner function), free (captured from an
// enclosing function) or a name looked up in a dict (module and class bodies).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "weft/python/ast.h"
#include "weft/python/syntax_error.h"

namespace weft::python {

enum class ScopeKind { Module, Function, Class };
enum class NameKind { Local, GlobalExplicit, GlobalImplicit, Free, Cell, Name };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  Scope* parent = nullptr;
  bool comprehension = false;
  bool generator = false;
  bool coroutine = false;            // async def
  bool async_gen = false;            // async def with yield (lib/_weft_asyncgen.py)
  bool class_cell = false;           // class body: some method uses __class__ / super
  std::map<std::string, int> flags;  // kDef*/kUse bits
  std::vector<std::string> params;   // in order
  std::vector<std::string> order;    // names in order of first binding
  std::map<std::string, NameKind> kinds;
  std::set<std::string> free_through;  // free names passed through a class body
  std::vector<std::string> cellvars, freevars;
  std::map<std::string, Pos> directive_pos;  // each global/nonlocal name's first declaration
  const void* node = nullptr;
  NameKind kind_of(const std::string& n) const;
};

// kDefCompIter: a comprehension's iteration variable (a walrus may not rebind it)
enum : int {
  kDefLocal = 1,
  kDefParam = 2,
  kDefGlobal = 4,
  kDefNonlocal = 8,
  kUse = 16,
  kDefCompIter = 32
};

class SymbolTable {
 public:
  // Returns false with `err` set on a scope error (nonlocal at module level, 'return'
  // outside function, ...).
  bool build(const Module& mod, SyntaxErrorInfo& err);
  Scope* scope_of(const void* node) const { return scopes_.at(node); }
  Scope* module_scope() const { return module_; }

 private:
  Scope* new_scope(ScopeKind k, const std::string& name, const void* node, Scope* parent);
  void visit_stmts(const std::vector<Stmt*>& body);
  void visit_stmt(const Stmt* s);
  void visit_expr(const Expr* e);
  void visit_args(const Arguments* a);
  void visit_comprehension(const Expr* e);
  void bind(const std::string& name, int flag, Pos pos);
  void bind_target(const Expr* e);
  void mark_iteration_names(const Expr* e);  // kDefCompIter for a comprehension's targets
  bool analyze(Scope* s, const std::set<std::string>& enclosing);
  bool error(const std::string& msg, Pos pos);

  std::unordered_map<const void*, Scope*> scopes_;
  std::vector<std::unique_ptr<Scope>> owned_;
  Scope* module_ = nullptr;
  Scope* cur_ = nullptr;
  int loop_depth_ = 0;
  int comp_iter_ = 0;  // > 0 in a comprehension's iterable expression (of this function)
  SyntaxErrorInfo* err_ = nullptr;
  bool failed_ = false;
};

}  // namespace weft::python
