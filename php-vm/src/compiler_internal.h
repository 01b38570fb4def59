// Internal interface of the compiler, shared by compiler*.cpp.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "weft/php/ast.h"
#include "weft/php/bytecode.h"
#include "weft/php/compiler.h"
#include "weft/php/object.h"
#include "weft/php/parse_error.h"
#include "weft/php/string.h"
#include "weft/php/token.h"
#include "weft/php/vm.h"

namespace weft::php {

// the bytecode operator of a binary operator token (compiler_expr.cpp); swap: operands reversed
Op binop_of(uint32_t tok, bool* swap);

// Per-file state: namespace, imports, functions declared anywhere in the file (for by-ref
// parameters of calls compiled before the declaration).
struct FileCompiler {
  VM& vm;
  std::string file;
  std::string ns;  // current namespace, no leading/trailing backslash
  std::unordered_map<std::string, std::string> class_uses;  // lower alias -> full name
  std::unordered_map<std::string, std::string> func_uses;
  std::unordered_map<std::string, const Node*> file_functions;  // lower full name -> FuncDecl
  std::unordered_map<const Node*, int32_t> hoisted;
  // compile-time warnings/deprecations: ("Warning: message", line), see compile_file
  std::vector<CompileDiagnostic> diagnostics;
  ParseError* error = nullptr;
  bool failed = false;
  bool strict_types = false;  // declare(strict_types=1) at the top of the file

  std::string resolve_class_name(const Node* name) const;
  std::string resolve_function_name(const Node* name, std::string* fallback) const;
  std::string qualify(std::string_view name) const {
    return ns.empty() ? std::string(name) : ns + "\\" + std::string(name);
  }
};

struct Label {
  std::vector<uint32_t> jumps;  // instructions whose target is this label
  int32_t pos = -1;
};

struct LoopCtx {
  Label brk, cont;
  size_t try_depth;
  bool is_switch;
  int32_t iter = kNone;  // foreach: the iterator's register, freed when the loop is left
};

struct TryCtx {
  const Node* finally_body;  // null: no finally
  // Code inside the try's range that its handler must not cover: the copies of finally
  // blocks a return/break/continue runs on its way out (one that throws would otherwise run
  // its own finally again). Owned by stmt_try.
  std::vector<std::pair<uint32_t, uint32_t>>* holes;
};

struct LvStep {
  enum Kind { Cv, Temp, Prop, StaticProp, Dim, VarVar } kind;
  int32_t a = kNone, b = kNone;
};

// Whether a destructuring pattern binds some element by reference (`[&$a]`, nested too).
bool pattern_has_ref(const Node* pattern);

class FnCompiler {
 public:
  FnCompiler(FileCompiler& file, Function* fn, Class* cls, FnCompiler* parent);

  // Compiles a function body (params already in fn->params) into fn->code.
  void compile_body(const Node* params, const Node* body, bool arrow);
  void compile_main(const Node* root);

  FileCompiler& fc;
  Function* fn;
  Code* code;
  Class* cls;
  FnCompiler* parent;
  std::unordered_map<std::string, int32_t> locals;
  int32_t next_temp = 0;
  int32_t max_reg = 0;
  uint32_t line = 0;
  uint32_t end_line = 0;  // the closing brace of the function, for its implicit return
  bool fresh_ = false;
  bool fuse_next = false;       // the next conditional jump may fuse with its comparison
  uint32_t last_label_pos = 0;  // no fusion across a jump target
  std::vector<LoopCtx*> loops;
  std::unordered_map<std::string, Label> goto_labels;  // goto targets by name
  void check_goto_labels();  // a goto to a label never declared is a compile error
  std::vector<TryCtx> tries;
  std::vector<std::pair<uint32_t, uint32_t>>* cur_ranges = nullptr;

  // emission
  uint32_t emit(Op op, int32_t a = kNone, int32_t b = kNone, int32_t c = kNone, uint8_t x = 0,
                uint16_t y = 0);
  uint32_t pc() const { return uint32_t(code->ins.size()); }
  void bind(Label& l);
  void jump_to(Label& l, Op op = Op::Jmp, int32_t cond = kNone);
  int32_t temp();
  void free_temps(int32_t mark) { next_temp = mark; }
  // The destination of an instruction whose operands were evaluated into temporaries from
  // `mark` on: `dst` if given, else a temporary that may reuse theirs (the instruction reads
  // its operands before it stores its result).
  int32_t result_reg(int32_t dst, int32_t mark) {
    if (dst != kNone) return dst;
    free_temps(mark);
    return temp();
  }
  // `Mov r, v` (reading v with the undefined-variable check) unless v is r itself: a
  // sub-expression compiled with r as its destination already stored its (plain) value there.
  void move_result(int32_t r, int32_t v) {
    if (v != r) emit(Op::Mov, r, v, kNone, 1);
  }
  int32_t konst(const Value& v);
  int32_t kint(int64_t i) { return konst(Value::integer(i)); }
  int32_t kstr(std::string_view s) { return konst(Value::str(intern(s))); }
  int32_t knull() { return konst(Value::null()); }
  int32_t local(std::string_view name);
  bool is_temp(int32_t r) const { return r >= int32_t(code->nlocals); }
  void error(const Node* n, std::string msg);
  uint32_t add_call(CallInfo ci) {
    code->calls.push_back(std::move(ci));
    return uint32_t(code->calls.size() - 1);
  }

  // statements
  void stmt(const Node* n);
  void stmts(const Node* n);
  void stmt_if(const Node* n);
  void stmt_loop(const Node* n);
  bool fuse_loop_step(const Node* cond, Label& top);
  void stmt_foreach(const Node* n);
  void stmt_switch(const Node* n);
  void stmt_try(const Node* n);
  void stmt_break(const Node* n, bool is_continue);
  void stmt_return(const Node* n);
  void inline_finally_until(size_t try_depth);
  void add_handler_ranges(uint32_t start, uint32_t end,
                          const std::vector<std::pair<uint32_t, uint32_t>>& holes,
                          uint32_t handler);

  // expressions: the result operand (register or constant)
  int32_t expr(const Node* n, int32_t dst = kNone);
  int32_t expr_to_temp(const Node* n);
  // An expression whose value is unused (an expression statement, a for loop's init and step):
  // `$i++;` on a variable is IncCv, without the old value.
  void expr_discarded(const Node* n);
  int32_t expr_to_temp_if_needed(const Node* n);
  int32_t chain_operand(const Node* n);
  bool known_by_ref(const std::string& lname, uint32_t i, bool* known);
  int32_t expr_quiet(const Node* n);  // isset/?? context: no undefined warnings
  int32_t binary(const Node* n, int32_t dst);
  // $GLOBALS access through the built-ins __weft_global_get/_set and __weft_globals
  int32_t globals_call(const char* fn, std::vector<int32_t> args, int32_t dst);
  int32_t logical(const Node* n, int32_t dst);
  // Jumps to `target` when the truth of condition `n` is `when`, else falls through: `&&` and
  // `||` become jumps and each comparison fuses with its branch (no booleans are kept).
  void branch(const Node* n, bool when, Label& target);
  int32_t assign(const Node* n, int32_t dst);
  int32_t assign_op(const Node* n, int32_t dst);
  int32_t assign_ref(const Node* n);
  int32_t incdec(const Node* n, int32_t dst);
  void destructure(const Node* pattern, int32_t src);
  // `[&$a, [$b, &$c]] = $src;` and foreach over such a pattern: the elements are reached
  // through the lvalue chain `base` (written: missing ones are created, as php fetches the
  // source for writing), by-reference items bound to them, the others assigned their values.
  void destructure_ref(const Node* pattern, const std::vector<LvStep>& base);
  // Binds `target` (a variable, element or property) to the reference in register `ref`.
  void bind_ref(const Node* target, int32_t ref);
  void assign_to(const Node* target, int32_t value, bool fresh);
  int32_t call(const Node* n, int32_t dst);
  static Op special_builtin(const CallInfo& ci, uint16_t* tags);
  int32_t method_call(const Node* n, int32_t dst);
  int32_t static_call(const Node* n, int32_t dst);
  int32_t new_expr(const Node* n, int32_t dst);
  void compile_args(const Node* args, CallInfo& ci, Function* known);
  int32_t closure(const Node* n, int32_t dst);
  int32_t array_literal(const Node* n, int32_t dst);
  int32_t interp_string(const Node* n, int32_t dst);
  int32_t isset(const Node* n, int32_t dst);
  int32_t const_fetch(const Node* n, int32_t dst);
  // The name operand of `C::$name`: `$name` is literal, `$$v` and `${expr}` name the property
  // by the value of `$v` / expr (not by the variable they would name).
  int32_t static_prop_name(const Node* name);
  int32_t class_ref(const Node* n);  // operand naming a class (const name, or value)
  int32_t match(const Node* n, int32_t dst);
  int32_t magic_const(const Node* n);

  // lvalues: evaluate sub-expressions first, then emit the pointer chain
  void lv_prepare(const Node* n, std::vector<LvStep>& steps);
  int32_t lv_emit(const std::vector<LvStep>& steps, size_t count, uint8_t mode);
  // Tells the chain's last step, when it is a property, what follows it (bytecode.h:
  // kLvPropDim, kLvPropRef, kLvPropBind, kLvPropStore, kLvPropRmw): typed properties check it.
  void lv_last_is(uint8_t what);
  int32_t make_ref(const Node* n);  // a Ref to the variable/element (temp holding it)
  int32_t verify_return(int32_t v, bool none, bool ref = false);

  std::string class_context_name() const;
};

// Collects variable names used in a function body (not descending into nested functions,
// classes; arrow functions are descended into since they capture by value).
void collect_vars(const Node* n, std::vector<std::string>& out,
                  std::unordered_set<std::string>& seen);
Class* compile_class(FileCompiler& fc, const Node* decl, FnCompiler* outer);
TypeHint type_hint_of(const Node* type, bool* nullable);
// A declared type as php prints it in messages and declarations ("" for none).
std::string type_text(FileCompiler& fc, const Node* type);
// php's compile-time check of a default written as a literal (a sign allowed) against its
// declared type: "Cannot use T as default value for <what> of type U" when the literal's type
// does not fit (an int fits float), "" when it does or is known only when evaluated. A null
// default fits parameters (it makes the type nullable); `property` gives properties php's
// "may not be null" error instead.
std::string default_type_error(FileCompiler& fc, const Node* type, const Node* def,
                               const std::string& what, bool property);
// php's compile-time error for a declared type that breaks its rules (compiler_type_rules.cpp):
// members of intersections and unions, redundant members, nullable mixed/void/never/null, and
// void/never/callable where they may not stand; "" for a valid type. property: "C::$p".
enum class TypePosition { Parameter, Return, Property };
std::string type_declaration_error(FileCompiler& fc, const Node* type, TypePosition pos,
                                   const std::string& property = "");
// A declaration's attributes (an AttrList node) for Reflection; null when there are none.
const AttrList* compile_attrs(FileCompiler& fc, const Node* attrs);
// The checked form of declared type t (implicit_null: `T $x = null` adds null).
std::shared_ptr<const TypeSpec> type_spec(FileCompiler& fc, const Node* t, bool implicit_null);
// Sets fn->return_spec from a declared return type when php checks it at returns.
void set_return_spec(FileCompiler& fc, Function* fn, const Node* type);
Function* compile_function_decl(FileCompiler& fc, const Node* decl, Class* cls, FnCompiler* outer);

}  // namespace weft::php
