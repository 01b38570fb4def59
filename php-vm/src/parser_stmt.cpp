// Statements, including the alternative syntax (`if: ... endif;`), namespaces, `use`,
// `declare`, and `__halt_compiler`.
#include "parser_internal.h"

namespace weft::php {

namespace {

bool is_amp(Tok k) {
  return k == T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
         k == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
}

constexpr Tok tk(char c) { return static_cast<Tok>(c); }

}  // namespace

void Parser::end_statement(std::initializer_list<Tok> expecting) {
  if (accept(tk(';'))) return;
  unexpected(expecting);
}

Node* Parser::statements(bool top, std::initializer_list<Tok> ends) {
  Token start = peek();
  std::vector<Node*> stmts;
  while (true) {
    Tok k = kind();
    bool done = false;
    for (Tok e : ends) done = done || k == e;
    if (done) break;
    if (k == T_END) unexpected();
    stmts.push_back(statement(top));
    if (stmts.back()->kind == Kind::HaltCompiler) break;
  }
  return list(Kind::StmtList, start, stmts);
}

Node* Parser::body_or_alt(Tok end_kw) {
  if (accept(tk(':'))) {
    Token start = peek();
    Node* body = statements(false, {end_kw});
    expect(end_kw);
    end_statement();
    body->flags = AltSyntax;
    (void)start;
    return body;
  }
  return statement(false);
}

Node* Parser::statement(bool top) {
  Nest guard(*this);
  Token t = peek();
  size_t doc_at = index();
  switch (static_cast<int>(t.kind)) {
    case '{': {
      next();
      Node* body = statements(false, {tk('}')});
      expect(tk('}'));
      return body;
    }
    case T_IF:
      next();
      return if_stmt(t);
    case T_WHILE: {
      next();
      expect(tk('('));
      Node* cond = expr();
      close_paren();
      return node(Kind::While, t, {cond, body_or_alt(T_ENDWHILE)});
    }
    case T_DO: {
      next();
      Node* body = statement(false);
      expect(T_WHILE);
      expect(tk('('));
      Node* cond = expr();
      close_paren();
      end_statement();
      return node(Kind::DoWhile, t, {body, cond});
    }
    case T_FOR:
      next();
      return for_stmt(t);
    case T_FOREACH:
      next();
      return foreach_stmt(t);
    case T_SWITCH:
      next();
      return switch_stmt(t);
    case T_DECLARE:
      next();
      return declare_stmt(t);
    case T_TRY:
      next();
      return try_stmt(t);
    case T_BREAK:
    case T_CONTINUE:
    case T_RETURN: {
      next();
      Node* e = nullptr;
      if (kind() != ';') {
        e = expr();
        end_statement({tk(';')});
      } else {
        next();
      }
      Kind k = t.kind == T_BREAK      ? Kind::Break
               : t.kind == T_CONTINUE ? Kind::Continue
                                      : Kind::Return;
      return node(k, t, {e});
    }
    case T_GLOBAL: {
      next();
      std::vector<Node*> vars;
      do vars.push_back(simple_variable());
      while (accept(tk(',')));
      end_statement({tk(','), tk(';')});
      return list(Kind::Global, t, vars);
    }
    case T_STATIC:
      if (kind(1) == T_VARIABLE) {
        next();
        return static_vars(t);
      }
      break;
    case T_ECHO: {
      next();
      std::vector<Node*> items;
      do items.push_back(expr());
      while (accept(tk(',')));
      end_statement({tk(','), tk(';')});
      return list(Kind::Echo, t, items);
    }
    case T_INLINE_HTML: {
      next();
      Node* n = node(Kind::InlineHtml, t);
      n->str = text(t);
      return n;
    }
    case T_UNSET: {
      next();
      expect(tk('('));
      std::vector<Node*> vars;
      while (kind() != ')') {
        vars.push_back(expr());
        if (!accept(tk(','))) break;
      }
      if (kind() != ')') {
        if (vars.back()->kind == Kind::Var)
          unexpected({T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, tk('{'), tk('[')});
        unexpected({tk(','), tk(')')});
      }
      next();
      end_statement({tk(';')});
      return list(Kind::Unset, t, vars);
    }
    case ';':
      next();
      return node(Kind::Nop, t);
    case T_GOTO: {
      next();
      Token label = expect(T_STRING);
      end_statement({tk(';')});
      Node* n = node(Kind::Goto, t);
      n->str = text(label);
      return n;
    }
    case T_STRING:
      if (kind(1) == ':') {
        next();
        next();
        Node* n = node(Kind::Label, t);
        n->str = text(t);
        return n;
      }
      break;
    case T_FUNCTION: {
      Tok k1 = kind(1);
      if (k1 == T_STRING || k1 == T_READONLY ||
          (is_amp(k1) && (kind(2) == T_STRING || kind(2) == T_READONLY))) {
        next();
        return function_decl(t, nullptr, doc_at);
      }
      break;
    }
    case T_ABSTRACT:
    case T_FINAL:
    case T_CLASS:
    case T_INTERFACE:
    case T_TRAIT:
    case T_ENUM:
      return class_decl(t, 0, nullptr, doc_at);
    case T_READONLY:
      return class_decl(t, 0, nullptr, doc_at);
    case T_ATTRIBUTE: {
      Node* attrs = attributes();
      Token d = peek();
      if (d.kind == T_FUNCTION && (kind(1) == T_STRING || is_reserved_word(kind(1)) ||
                                   (is_amp(kind(1)) && kind(2) != '('))) {
        next();
        return function_decl(d, attrs, doc_at);
      }
      if (d.kind == T_ABSTRACT || d.kind == T_FINAL || d.kind == T_CLASS || d.kind == T_INTERFACE ||
          d.kind == T_TRAIT || d.kind == T_ENUM || d.kind == T_READONLY)
        return class_decl(d, 0, attrs, doc_at);
      bool is_static = false;
      if (d.kind == T_STATIC) {
        next();
        is_static = true;
      }
      Node* e;
      if (kind() == T_FUNCTION)
        e = closure(next(), is_static, attrs);
      else if (kind() == T_FN)
        e = arrow_fn(next(), is_static, attrs);
      else
        unexpected();
      end_statement();
      return node(Kind::ExprStmt, t, {e});
    }
    case T_NAMESPACE:
      if (kind(1) != T_NAME_RELATIVE) {
        if (!top) unexpected();
        next();
        return namespace_stmt(t);
      }
      break;
    case T_USE:
      if (!top) break;
      next();
      return use_stmt(t);
    case T_CONST:
      if (!top) break;
      next();
      return const_stmt(t);
    case T_HALT_COMPILER: {
      next();
      if (!top) fatal("__HALT_COMPILER() can only be used from the outermost scope", t.line);
      expect(tk('('));
      expect(tk(')'));
      end_statement();
      Node* n = node(Kind::HaltCompiler, t);
      n->ival = static_cast<int64_t>(halt_offset_);
      return n;
    }
    case T_ELSE:
    case T_ELSEIF:
    case T_ENDIF:
    case T_ENDWHILE:
    case T_ENDFOR:
    case T_ENDFOREACH:
    case T_ENDSWITCH:
    case T_ENDDECLARE:
    case T_CATCH:
    case T_FINALLY:
      // Stray block keywords: at file level php names the only way out.
      if (top && depth_ == 1) unexpected({T_END});
      unexpected();
    default:
      break;
  }
  Node* e = expr();
  end_statement();
  return node(Kind::ExprStmt, t, {e});
}

Node* Parser::if_stmt(const Token& kw) {
  std::vector<Node*> branches;
  expect(tk('('));
  Node* cond = expr();
  close_paren();
  if (accept(tk(':'))) {
    Node* body = statements(false, {T_ELSEIF, T_ELSE, T_ENDIF});
    body->flags = AltSyntax;
    branches.push_back(node(Kind::IfBranch, kw, {cond, body}));
    while (kind() == T_ELSEIF) {
      Token t = next();
      expect(tk('('));
      Node* c = expr();
      close_paren();
      expect(tk(':'));
      Node* b = statements(false, {T_ELSEIF, T_ELSE, T_ENDIF});
      b->flags = AltSyntax;
      branches.push_back(node(Kind::IfBranch, t, {c, b}));
    }
    if (kind() == T_ELSE) {
      Token t = next();
      expect(tk(':'));
      Node* b = statements(false, {T_ENDIF});
      b->flags = AltSyntax;
      branches.push_back(node(Kind::IfBranch, t, {nullptr, b}));
    }
    expect(T_ENDIF);
    end_statement({tk(';')});
    return list(Kind::If, kw, branches);
  }
  branches.push_back(node(Kind::IfBranch, kw, {cond, statement(false)}));
  while (kind() == T_ELSEIF) {
    Token t = next();
    expect(tk('('));
    Node* c = expr();
    expect(tk(')'));
    branches.push_back(node(Kind::IfBranch, t, {c, statement(false)}));
  }
  if (kind() == T_ELSE) {
    Token t = next();
    branches.push_back(node(Kind::IfBranch, t, {nullptr, statement(false)}));
  }
  return list(Kind::If, kw, branches);
}

Node* Parser::for_exprs(Tok end) {
  Token t = peek();
  std::vector<Node*> items;
  if (kind() != end) {
    do items.push_back(expr());
    while (accept(tk(',')));
  }
  return list(Kind::ExprList, t, items);
}

Node* Parser::for_stmt(const Token& kw) {
  expect(tk('('));
  Node* init = for_exprs(tk(';'));
  expect(tk(';'));
  Node* cond = for_exprs(tk(';'));
  expect(tk(';'));
  Node* step = for_exprs(tk(')'));
  expect(tk(')'));
  return node(Kind::For, kw, {init, cond, step, body_or_alt(T_ENDFOR)});
}

Node* Parser::foreach_stmt(const Token& kw) {
  expect(tk('('));
  Node* subject = expr();
  expect(T_AS);
  auto target = [&](bool& by_ref) -> Node* {
    if (is_amp(kind())) {
      next();
      by_ref = true;
      bool is_var = false, derefable = false;
      Node* v = postfix(primary(is_var, derefable), is_var, derefable, true);
      if (!is_var) unexpected();
      return v;
    }
    return nested_list_or_expr();
  };
  bool by_ref = false;
  Node* key = nullptr;
  Node* value = target(by_ref);
  if (!by_ref && accept(T_DOUBLE_ARROW)) {
    key = value;
    value = target(by_ref);
  }
  expect(tk(')'));
  Node* n = node(Kind::Foreach, kw, {subject, key, value, body_or_alt(T_ENDFOREACH)});
  if (by_ref) n->flags = ByRef;
  return n;
}

Node* Parser::switch_stmt(const Token& kw) {
  expect(tk('('));
  Node* subject = expr();
  close_paren();
  bool alt = false;
  if (accept(tk(':')))
    alt = true;
  else if (kind() != '{')
    unexpected({tk('{'), tk(':')});
  else
    next();
  Tok end = alt ? T_ENDSWITCH : tk('}');
  accept(tk(';'));
  std::vector<Node*> cases;
  while (kind() != end) {
    Token t = peek();
    Node* e = nullptr;
    if (t.kind == T_CASE) {
      next();
      e = expr();
    } else if (t.kind == T_DEFAULT) {
      next();
    } else {
      unexpected({T_CASE, T_DEFAULT, end});
    }
    if (!accept(tk(':')) && !accept(tk(';'))) unexpected();
    Node* body = statements(false, {T_CASE, T_DEFAULT, end});
    cases.push_back(node(Kind::Case, t, {e, body}));
  }
  next();
  if (alt) end_statement({tk(';')});
  Node* n = node(Kind::Switch, kw, {subject, list(Kind::StmtList, kw, cases)});
  if (alt) n->kid(1)->flags = AltSyntax;
  return n;
}

Node* Parser::declare_stmt(const Token& kw) {
  expect(tk('('));
  std::vector<Node*> items;
  do {
    Token name = expect(T_STRING);
    expect(tk('='));
    Node* item = node(Kind::DeclareItem, name, {expr()});
    item->str = text(name);
    items.push_back(item);
  } while (accept(tk(',')));
  expect(tk(')'));
  Node* body = nullptr;
  if (!accept(tk(';'))) body = body_or_alt(T_ENDDECLARE);
  items.push_back(body);
  return list(Kind::Declare, kw, items);
}

Node* Parser::try_stmt(const Token& kw) {
  expect(tk('{'));
  Node* body = statements(false, {tk('}')});
  expect(tk('}'));
  std::vector<Node*> catches;
  Token first_catch = peek();
  while (kind() == T_CATCH) {
    Token c = next();
    expect(tk('('));
    Token types_at = peek();
    std::vector<Node*> types;
    do {
      Token n = peek();
      if (n.kind != T_STRING && n.kind != T_NAME_QUALIFIED && n.kind != T_NAME_FULLY_QUALIFIED &&
          n.kind != T_NAME_RELATIVE)
        unexpected();
      next();
      types.push_back(name_node(n));
    } while (accept(tk('|')));
    Node* var = nullptr;
    if (kind() == T_VARIABLE) {
      Token v = next();
      var = node(Kind::Var, v);
      var->str = text(v).substr(1);
    }
    expect(tk(')'));
    expect(tk('{'));
    Node* cb = statements(false, {tk('}')});
    expect(tk('}'));
    catches.push_back(node(Kind::Catch, c, {list(Kind::NameList, types_at, types), var, cb}));
  }
  Node* fin = nullptr;
  if (accept(T_FINALLY)) {
    expect(tk('{'));
    fin = statements(false, {tk('}')});
    expect(tk('}'));
  }
  if (catches.empty() && !fin) fatal("Cannot use try without catch or finally", kw.line);
  return node(Kind::Try, kw, {body, list(Kind::StmtList, first_catch, catches), fin});
}

Node* Parser::namespace_stmt(const Token& kw) {
  Node* name = nullptr;
  Token t = peek();
  if (t.kind == T_STRING || t.kind == T_NAME_QUALIFIED) {
    next();
    name = name_node(t);
  } else if (t.kind != '{') {
    unexpected();
  }
  if (name && accept(tk(';'))) return node(Kind::Namespace, kw, {name, nullptr});
  if (kind() != '{') {
    if (name) unexpected({tk('{'), tk(';')});
    unexpected();
  }
  next();
  Node* body = statements(true, {tk('}')});
  expect(tk('}'));
  return node(Kind::Namespace, kw, {name, body});
}

Node* Parser::use_stmt(const Token& kw) {
  uint32_t use_kind = UseNormal;
  if (kind() == T_FUNCTION) {
    next();
    use_kind = UseFunction;
  } else if (kind() == T_CONST) {
    next();
    use_kind = UseConst;
  }
  auto use_item = [&](bool in_group, uint32_t group_kind) {
    uint32_t item_kind = 0;
    if (in_group && group_kind == UseNormal) {
      if (kind() == T_FUNCTION) {
        next();
        item_kind = UseFunction;
      } else if (kind() == T_CONST) {
        next();
        item_kind = UseConst;
      }
    }
    Token n = peek();
    bool ok = n.kind == T_STRING || n.kind == T_NAME_QUALIFIED ||
              (!in_group && n.kind == T_NAME_FULLY_QUALIFIED);
    if (!ok) unexpected();
    next();
    Node* name = name_node(n);
    Node* alias = nullptr;
    if (accept(T_AS)) {
      Token a = expect(T_STRING);
      alias = node(Kind::Ident, a);
      alias->str = text(a);
    }
    Node* item = node(Kind::UseItem, n, {name, alias});
    item->flags = item_kind;
    return item;
  };
  Token first = peek();
  // `use A\{B, C}`: the prefix is followed by `\` and `{`.
  if ((first.kind == T_STRING || first.kind == T_NAME_QUALIFIED ||
       first.kind == T_NAME_FULLY_QUALIFIED) &&
      kind(1) == T_NS_SEPARATOR) {
    next();
    next();
    expect(tk('{'));
    std::vector<Node*> items{name_node(first)};
    while (kind() != '}') {
      items.push_back(use_item(true, use_kind));
      if (!accept(tk(','))) break;
    }
    expect(tk('}'));
    end_statement({tk(';')});
    Node* n = list(Kind::GroupUse, kw, items);
    n->flags = use_kind;
    return n;
  }
  std::vector<Node*> items;
  do items.push_back(use_item(false, use_kind));
  while (accept(tk(',')));
  end_statement({tk(','), tk(';')});
  Node* n = list(Kind::Use, kw, items);
  n->flags = use_kind;
  return n;
}

Node* Parser::const_stmt(const Token& kw) {
  std::vector<Node*> items;
  do {
    Node* id = identifier(true);
    expect(tk('='));
    Node* item = arena_.node(Kind::ConstItem, id->line, id->col, {expr()});
    item->str = id->str;
    items.push_back(item);
  } while (accept(tk(',')));
  end_statement({tk(','), tk(';')});
  return list(Kind::ConstDecl, kw, items);
}

Node* Parser::static_vars(const Token& kw) {
  std::vector<Node*> vars;
  do {
    Token v = expect(T_VARIABLE);
    Node* def = nullptr;
    if (accept(tk('='))) def = expr();
    Node* sv = node(Kind::StaticVar, v, {def});
    sv->str = text(v).substr(1);
    vars.push_back(sv);
  } while (accept(tk(',')));
  end_statement({tk(','), tk(';')});
  return list(Kind::StaticVars, kw, vars);
}

}  // namespace weft::php
