// The parser's shared state, used by parser_stmt.cpp, parser_expr.cpp, parser_string.cpp,
// parser_match.cpp and parser_desugar.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "weft/python/ast.h"
#include "weft/python/syntax_error.h"
#include "weft/python/token.h"

namespace weft::python {

struct Parser {
  std::string_view src;
  std::vector<Token> toks;
  size_t p = 0;
  AstArena& arena;
  SyntaxErrorInfo& err;
  bool failed = false;
  int line_offset = 0;  // for f-string sub-parsers
  int col_offset = 0;
  bool in_assign = false;  // set_context for the targets of a plain '=' statement
  std::vector<CompileWarning>* warnings = nullptr;  // the module's (invalid escapes)
  bool desugar = true;                              // Module::desugar

  Parser(std::string_view s, AstArena& a, SyntaxErrorInfo& e) : src(s), arena(a), err(e) {}

  const Token& cur() const { return toks[p]; }
  const Token& peek_tok(size_t k = 1) const {
    return toks[p + k < toks.size() ? p + k : toks.size() - 1];
  }
  bool at_op(std::string_view s) const { return toks[p].is_op(s); }
  bool at_kw(std::string_view s) const { return toks[p].is_kw(s); }
  bool at(Tok k) const { return toks[p].kind == k; }
  void next() {
    if (p + 1 < toks.size()) p++;
    if (p > max_p) max_p = p;
  }
  size_t max_p = 0;  // the furthest token reached (tokens after it were never looked at)
  bool accept_op(std::string_view s) {
    if (!at_op(s)) return false;
    next();
    return true;
  }
  bool accept_kw(std::string_view s) {
    if (!at_kw(s)) return false;
    next();
    return true;
  }
  bool expect_op(std::string_view s);  // `:` is "expected ':'" at any token (def, try, else)
  bool expect_colon();
  // An error at the end of the file: CPython names the last line, without a caret.
  void
  at_end_names_last_line();  // if/while/for/with/class/except/case: "expected ':'" before a NEWLINE

  // Errors: the first one wins. Columns are 0-based here.
  bool error_at(const Token& t, const std::string& msg, const char* kind = "SyntaxError");
  bool error_range(Pos pos, const std::string& msg, const char* kind = "SyntaxError");
  // A DeprecationWarning at token `t` (an invalid escape in a string literal).
  void warn_at(const Token& t, const std::string& msg);
  // "invalid syntax", or CPython's "Perhaps you forgot a comma?" when an expression inside
  // brackets is directly followed by another one (parser_expr.cpp)
  bool syntax_error();
  // The last disjunction parsed: its first token, the token after it, its position.
  size_t last_disj_start = 0, last_disj_end = 0;
  Pos last_disj_pos{};
  bool comma_check = false;  // trying the expression after one (no nested check)

  Pos tok_pos(const Token& t) const { return {t.line, t.col, t.end_line, t.end_col}; }
  // From token `first_tok` to the last token consumed
  Pos node_span(size_t first_tok) const { return prev_end_span(tok_pos(toks[first_tok])); }
  static Pos span(Pos a, Pos b) { return {a.line, a.col, b.end_line, b.end_col}; }
  Pos prev_end_span(Pos start) const {
    const Token& t = toks[p > 0 ? p - 1 : 0];
    return {start.line, start.col, t.end_line, t.end_col};
  }

  static bool is_keyword(std::string_view s);

  // statements (parser_stmt.cpp)
  bool statements(std::vector<Stmt*>& out);  // until DEDENT or ENDMARKER
  bool statement(std::vector<Stmt*>& out);
  bool simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  bool block(std::vector<Stmt*>& out, const std::string& what, int line);
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt(bool is_async, Pos start);
  Stmt* try_stmt();
  void desugar_except_star(Stmt* s);
  Stmt* desugar_async_with(Stmt* s, size_t item);
  Stmt* desugar_async_for(Stmt* s);
  int star_try_count = 0;
  Stmt* with_stmt(bool is_async, Pos start);
  Stmt* funcdef(std::vector<Expr*> decorators, bool is_async, Pos start);
  Stmt* classdef(std::vector<Expr*> decorators, Pos start);
  Stmt* import_stmt();
  Stmt* from_stmt();
  Stmt* expr_or_assign_stmt();
  // match statements (parser_match.cpp)
  Stmt* match_stmt();  // null without an error when this is not a match statement
  Expr* patterns();    // a case's pattern (open sequences allowed)
  Expr* pattern();     // as / or patterns
  Expr* closed_pattern();
  Expr* sequence_patterns(const char* close, Expr* seq);
  bool parameters(Arguments* args, bool lambda);
  bool dotted_name(std::string& out);

  // expressions (parser_expr.cpp)
  Expr* star_expressions();  // a, *b  -> Tuple
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  // CPython's invalid_named_expression: `x = 1` where a named expression is expected
  bool assignment_in_expression(Expr* e);
  bool in_call_args = false;  // `f(a.b=1)` has its own message
  Expr* expression();
  Expr* lambdef();
  Expr* disjunction();
  Expr* disjunction_body();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitor_expr();
  Expr* bitxor_expr();
  Expr* bitand_expr();
  Expr* shift_expr();
  Expr* sum_expr();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* slices();
  Expr* slice_item();
  Expr* yield_expr();
  bool call_args(Expr* call);
  bool comprehension_for(std::vector<Comprehension>& gens);
  Expr* target_list_for();    // for-loop / comprehension targets
  Expr* star_targets_expr();  // parse like expressions; validated by set_context

  // Marks `e` as an assignment (Store) or del target; reports CPython's message when invalid.
  bool set_context(Expr* e, Ctx ctx, bool aug = false);
  static const char* expr_description(const Expr* e);

  // literals (parser_string.cpp)
  Expr* strings();  // adjacent STRING tokens, concatenated
  Expr* number(const Token& t);
  bool decode_string(const Token& t, std::string& out, bool& is_bytes, bool& is_f,
                     std::string& raw_body, bool& raw);
  bool fstring(const Token& t, std::string_view body, bool raw, std::vector<Expr*>& parts);
  bool literal_error(const std::string& msg);  // a literal's escape error (after its strings)
};

}  // namespace weft::python
