// The recursive-descent parser's state and helpers, shared by parser*.cpp. Expressions use
// precedence climbing with php's precedence table (see parser_expr.cpp).
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "weft/php/ast.h"
#include "weft/php/lexer.h"
#include "weft/php/parse_error.h"
#include "weft/php/parser.h"

namespace weft::php {

// Thrown to abandon the parse at the first error.
struct ParseFailure {
  ParseError error;
};

class Parser {
 public:
  Parser(std::string_view src, Arena& arena, const ParseOptions& options);
  Node* parse_file();

  // --- tokens (parser.cpp) ---
  const Token& peek(size_t k = 0);
  Tok kind(size_t k = 0) { return peek(k).kind; }
  std::string_view text(const Token& t) const { return src_.substr(t.off, t.len); }
  Token next();
  bool accept(Tok k);
  Token expect(Tok k);
  [[noreturn]] void unexpected(std::initializer_list<Tok> expecting = {});
  [[noreturn]] void fatal(const std::string& message, uint32_t line);
  std::string_view doc_before(size_t sig_index) const;
  size_t index() const { return pos_; }
  Node* node(Kind k, const Token& at, std::initializer_list<Node*> kids = {}) {
    return arena_.node(k, at.line, at.col, kids);
  }
  Node* list(Kind k, const Token& at, const std::vector<Node*>& kids) {
    return arena_.list(k, at.line, at.col, kids);
  }

  // Depth guard for recursion (brackets, nested expressions and statements).
  struct Nest {
    Parser& p;
    explicit Nest(Parser& parser);
    ~Nest() { p.depth_--; }
  };

  // --- literals (parser.cpp) ---
  Node* number(const Token& t);
  Node* quoted_string(const Token& t);
  Node* interpolated(const Token& open);
  Node* heredoc(const Token& open);
  std::string decode_escapes(std::string_view raw, char quote, uint32_t line);

  // --- expressions (parser_expr.cpp) ---
  Node* expr(int min_prec = 0);
  Node* unary_or_primary(int min_prec);
  Node* primary(bool& is_variable, bool& derefable);
  Node* postfix(Node* base, bool& is_variable, bool derefable, bool allow_call_on_name);
  Node* assignment_tail(Node* target, bool is_variable);
  Node* args();
  Node* array_literal(const Token& open, Tok close, uint32_t kind_flag);
  Node* new_expr(const Token& kw);
  Node* class_name_reference();
  Node* nested_list_or_expr();
  void close_paren();
  Node* member_name();
  Node* property_name();
  Node* simple_variable();
  Node* closure(const Token& start, bool is_static, Node* attrs);
  Node* arrow_fn(const Token& start, bool is_static, Node* attrs);
  Node* match_expr(const Token& kw);
  Node* isset_like(const Token& kw);
  Node* exit_expr(const Token& kw);
  Node* name_node(const Token& t);
  Node* interpolation_var();
  bool starts_expr(Tok k) const;

  // --- statements (parser_stmt.cpp) ---
  Node* statements(bool top, std::initializer_list<Tok> ends);
  Node* statement(bool top);
  Node* body_or_alt(Tok end_kw);
  Node* if_stmt(const Token& kw);
  Node* foreach_stmt(const Token& kw);
  Node* for_stmt(const Token& kw);
  Node* switch_stmt(const Token& kw);
  Node* declare_stmt(const Token& kw);
  Node* try_stmt(const Token& kw);
  Node* namespace_stmt(const Token& kw);
  Node* use_stmt(const Token& kw);
  Node* const_stmt(const Token& kw);
  Node* static_vars(const Token& kw);
  Node* for_exprs(Tok end);
  void end_statement(std::initializer_list<Tok> expecting = {});

  // --- declarations (parser_class.cpp) ---
  Node* attributes();
  Node* function_decl(const Token& kw, Node* attrs, size_t doc_at);
  Node* params();
  Node* param();
  Node* type(bool allow_static);
  Node* type_atom(bool allow_static);
  Node* optional_return_type();
  Node* class_decl(const Token& kw, uint32_t modifiers, Node* attrs, size_t doc_at);
  Node* anonymous_class(const Token& kw, Node* attrs);
  Node* class_body(uint32_t class_kind);
  Node* class_member(uint32_t class_kind);
  Node* trait_use(const Token& kw);
  Node* name_list();
  Node* identifier(bool allow_reserved);
  bool is_reserved_word(Tok k) const;
  bool is_modifier(Tok k) const;

  std::string_view src_;
  Arena& arena_;
  ParseOptions options_;
  LexResult lexed_;
  std::vector<uint32_t> sig_;  // indexes of significant tokens in lexed_.tokens
  size_t pos_ = 0;             // current index into sig_
  uint32_t depth_ = 0;
  bool in_halt_ = false;
  size_t halt_offset_ = 0;
};

}  // namespace weft::php
