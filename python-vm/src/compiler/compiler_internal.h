// The compiler's shared state (compiler.cpp: units and names; compiler_stmt.cpp: statements;
// compiler_expr.cpp: expressions; compiler_stack_depth.cpp: the stack-depth analysis).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "symtable.h"
#include "vm/code.h"
#include "weft/python/ast.h"

namespace weft::python {

// What a return/break/continue must undo on its way out.
enum class FBlock { Loop, ForLoop, TryFinally, ExceptHandler, With, HandlerCleanup };
struct FBlockInfo {
  FBlock kind;
  int break_label = -1, continue_label = -1;
  const Stmt* node = nullptr;  // TryFinally: whose finalbody to inline
};

struct Unit {
  Scope* scope = nullptr;
  std::vector<uint32_t> ops;
  std::vector<InstrPos> pos;
  std::vector<int> labels;  // label -> instruction index
  std::vector<Value> consts;
  std::map<std::string, int> names;
  std::vector<std::string> name_list;
  std::map<std::string, int> varnames;
  std::vector<std::string> varname_list;
  std::map<std::string, int> cells;  // cellvars then freevars -> index
  std::vector<FBlockInfo> fblocks;
  std::string qualname;
  InstrPos cur_pos;
  int firstline = 0;
  int retval_slot = -1;
};

// Issues `w` through warnings.warn_explicit; false with `err` set to its SyntaxError when the
// warnings filters turn it into an error (compiler_warnings.cpp).
bool issue_compile_warning(const CompileWarning& w, const std::string& filename,
                           SyntaxErrorInfo& err);

// Whether `op`'s argument is a jump target (a label until finish_unit resolves it).
bool is_jump(int op);
int compile_optimize();  // set_compile_optimize's level
// (compiler_expr.cpp) A negative number literal, which CPython's AST optimizer folds; the value
// of a constant expression (a Const other than complex, or a negative number), else null.
bool negative_number(const Expr* x);
Value constant_value(const Expr* x);
// The value-stack slots a frame of this bytecode needs (the deepest path, plus headroom).
int max_stack(const std::vector<uint32_t>& ops);

struct Compiler {
  std::string filename;
  // the enclosing class's name without leading underscores: __x becomes _Name__x inside it
  std::string private_name;
  std::string mangle(const std::string& n) const {
    if (private_name.empty() || n.size() < 3 || n[0] != '_' || n[1] != '_' ||
        (n[n.size() - 1] == '_' && n[n.size() - 2] == '_') || n.find('.') != std::string::npos)
      return n;
    return "_" + private_name + n;
  }
  const std::string* source = nullptr;
  SymbolTable st;
  std::vector<Unit*> units;
  Unit* u = nullptr;
  List* keep = nullptr;  // constants made during compilation (rooted through the stack)
  SyntaxErrorInfo* err = nullptr;
  bool failed = false;
  // exec/eval with a locals mapping distinct from globals: module-level names use the NAME ops
  bool module_name_ops = false;
  // the REPL's statements: expression statements of the module level echo their value
  bool interactive = false;

  // emission
  int emit(int op, int arg = 0);
  int new_label();
  void bind(int label);
  void jump(int op, int label) { emit(op, label); }
  void set_pos(Pos p) { u->cur_pos = {p.line, p.col, p.end_line, p.end_col}; }
  int add_const(Value v);
  int add_name(const std::string& n);
  void load_const(Value v) { emit(OP_LOAD_CONST, add_const(v)); }
  void load_none();
  Code* finish_unit(const std::string& name, int argcount, int posonly, int kwonly, bool varargs,
                    bool varkw);
  bool fail(const std::string& msg, Pos pos);
  // compile-time warnings (compiler_warnings.cpp); false when the filters made one an error
  bool warn(const std::string& msg, Pos pos);
  void check_identity_compare(const Expr* compare);  // `x is 1`
  void check_callable(const Expr* call);             // `"abc"(1)`
  void check_subscript(const Expr* subscript);       // `1[0]`, `[1, 2]["a"]`
  void check_assert(const Stmt* assert_stmt);        // `assert (x, "message")`

  // names
  void name_op(const std::string& name, Ctx ctx);
  int local_slot(const std::string& name);

  // statements
  void stmts(const std::vector<Stmt*>& body);
  // The docstring a body starts with (a string constant statement), or null.
  static const Expr* docstring(const std::vector<Stmt*>& body);
  void stmt(const Stmt* s);
  void assign_target(const Expr* t);
  void function_def(const Stmt* s);
  void function_annotations(const Stmt* s);
  void setup_annotations(const std::vector<Stmt*>& body);
  void class_def(const Stmt* s);
  void try_stmt(const Stmt* s);
  void try_finally(const Stmt* s);
  void try_except(const Stmt* s);
  void with_stmt(const Stmt* s, size_t item);
  void for_stmt(const Stmt* s);
  void while_stmt(const Stmt* s);
  void match_stmt(const Stmt* s);  // compiler_match.cpp
  void unwind_fblocks(size_t down_to, bool for_return);
  void make_closure(Code* code, const std::string& qualname, int flags);
  bool push_unit(Scope* scope, const std::string& qualname, int firstline);
  void pop_unit();
  std::string child_qualname(const std::string& name, bool is_function);

  // expressions
  void expr(const Expr* e);
  // A subscript's index that is a slice without a step: pushes its bounds (None for a missing
  // one) for BINARY_SLICE/STORE_SLICE, which need no slice object; false (nothing emitted)
  // for any other index.
  bool push_slice_bounds(const Expr* index);
  void jump_if(const Expr* e, bool cond, int label);
  void call(const Expr* e);
  bool check_keywords(const std::vector<Keyword>& kws);  // "keyword argument repeated"
  void call_helper(const std::vector<Expr*>& args, const std::vector<Keyword>& kws, int extra);
  bool starred_build(const std::vector<Expr*>& elts, int build_op, bool to_tuple);
  void compare(const Expr* e);
  void bool_op(const Expr* e);
  void comprehension(const Expr* e);
  void comprehension_body(const Expr* e, size_t gen, int depth);
  void comprehension_inner(const Expr* e, size_t gen, int depth, int top);
  void lambda(const Expr* e);
  int function_defaults(const Arguments* a);
  void joined_str(const Expr* e);
  void constant(const Expr* e);
  void unpack_target(const Expr* t);
  // async generators and comprehensions (compiler_async.cpp)
  Value asyncgen_helper(const char* name);
  void await_top();
  void async_comprehension_loop(const Expr* e, size_t gi, int depth);
};

}  // namespace weft::python
