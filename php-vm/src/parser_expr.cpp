// Expressions by precedence climbing over php's precedence table. Binary operators bind as in
// php's grammar; prefix operators (`!`, casts, `print`, `yield`, `include`, `throw`, ...)
// take as operand everything that binds tighter than themselves; an assignment attaches to
// the variable before it whatever operator precedes (php parses `!$a = f()` as
// `!($a = f())`).
#include "parser_internal.h"

namespace weft::php {

namespace {

enum class Assoc { Left, Right, Non };

struct BinOp {
  int prec;
  Assoc assoc;
};

// Levels, loosest first.
constexpr int P_OR = 1, P_XOR = 2, P_AND = 3, P_PRINT = 4, P_YIELD = 5, P_YIELD_FROM = 7,
              P_ASSIGN = 8, P_TERNARY = 9, P_NOT = 22, P_INSTANCEOF = 23, P_UNARY = 24,
              P_CLONE = 26;

bool binop(Tok k, BinOp& op) {
  switch (static_cast<int>(k)) {
    case T_LOGICAL_OR:
      op = {P_OR, Assoc::Left};
      return true;
    case T_LOGICAL_XOR:
      op = {P_XOR, Assoc::Left};
      return true;
    case T_LOGICAL_AND:
      op = {P_AND, Assoc::Left};
      return true;
    case T_COALESCE:
      op = {10, Assoc::Right};
      return true;
    case T_BOOLEAN_OR:
      op = {11, Assoc::Left};
      return true;
    case T_BOOLEAN_AND:
      op = {12, Assoc::Left};
      return true;
    case '|':
      op = {13, Assoc::Left};
      return true;
    case '^':
      op = {14, Assoc::Left};
      return true;
    case T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:
    case T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG:
      op = {15, Assoc::Left};
      return true;
    case T_IS_EQUAL:
    case T_IS_NOT_EQUAL:
    case T_IS_IDENTICAL:
    case T_IS_NOT_IDENTICAL:
    case T_SPACESHIP:
      op = {16, Assoc::Non};
      return true;
    case '<':
    case '>':
    case T_IS_SMALLER_OR_EQUAL:
    case T_IS_GREATER_OR_EQUAL:
      op = {17, Assoc::Non};
      return true;
    case '.':
      op = {18, Assoc::Left};
      return true;
    case T_SL:
    case T_SR:
      op = {19, Assoc::Left};
      return true;
    case '+':
    case '-':
      op = {20, Assoc::Left};
      return true;
    case '*':
    case '/':
    case '%':
      op = {21, Assoc::Left};
      return true;
    case T_POW:
      op = {25, Assoc::Right};
      return true;
    default:
      return false;
  }
}

// The binary operator a compound assignment applies (0 if `k` is not one).
Tok assign_op(Tok k) {
  switch (k) {
    case T_PLUS_EQUAL:
      return static_cast<Tok>('+');
    case T_MINUS_EQUAL:
      return static_cast<Tok>('-');
    case T_MUL_EQUAL:
      return static_cast<Tok>('*');
    case T_DIV_EQUAL:
      return static_cast<Tok>('/');
    case T_CONCAT_EQUAL:
      return static_cast<Tok>('.');
    case T_MOD_EQUAL:
      return static_cast<Tok>('%');
    case T_AND_EQUAL:
      return static_cast<Tok>('&');
    case T_OR_EQUAL:
      return static_cast<Tok>('|');
    case T_XOR_EQUAL:
      return static_cast<Tok>('^');
    case T_SL_EQUAL:
      return T_SL;
    case T_SR_EQUAL:
      return T_SR;
    case T_COALESCE_EQUAL:
      return T_COALESCE;
    case T_POW_EQUAL:
      return T_POW;
    default:
      return static_cast<Tok>(0);
  }
}

bool is_amp(Tok k) {
  return k == T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
         k == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
}

bool is_name_tok(Tok k) {
  return k == T_STRING || k == T_NAME_QUALIFIED || k == T_NAME_FULLY_QUALIFIED ||
         k == T_NAME_RELATIVE;
}

// How far a primary expression may be dereferenced: php's grammar allows `[`, `->` and `::`
// on constants but calls only on names, variables, `(expr)` and literal strings/arrays.
enum Deref { DerefNone = 0, DerefConst = 1, DerefFull = 2 };

}  // namespace

bool Parser::starts_expr(Tok k) const {
  switch (static_cast<int>(k)) {
    case T_VARIABLE:
    case '$':
    case T_LNUMBER:
    case T_DNUMBER:
    case T_CONSTANT_ENCAPSED_STRING:
    case '"':
    case '`':
    case T_START_HEREDOC:
    case T_STRING:
    case T_NAME_QUALIFIED:
    case T_NAME_FULLY_QUALIFIED:
    case T_NAME_RELATIVE:
    case T_STATIC:
    case T_ARRAY:
    case '[':
    case T_LIST:
    case '(':
    case T_INT_CAST:
    case T_DOUBLE_CAST:
    case T_STRING_CAST:
    case T_ARRAY_CAST:
    case T_OBJECT_CAST:
    case T_BOOL_CAST:
    case T_UNSET_CAST:
    case '!':
    case '-':
    case '+':
    case '~':
    case '@':
    case T_INC:
    case T_DEC:
    case T_NEW:
    case T_CLONE:
    case T_PRINT:
    case T_YIELD:
    case T_YIELD_FROM:
    case T_THROW:
    case T_INCLUDE:
    case T_INCLUDE_ONCE:
    case T_REQUIRE:
    case T_REQUIRE_ONCE:
    case T_EVAL:
    case T_ISSET:
    case T_EMPTY:
    case T_EXIT:
    case T_FUNCTION:
    case T_FN:
    case T_MATCH:
    case T_ATTRIBUTE:
    case T_LINE:
    case T_FILE:
    case T_DIR:
    case T_CLASS_C:
    case T_TRAIT_C:
    case T_METHOD_C:
    case T_FUNC_C:
    case T_NS_C:
      return true;
    default:
      return false;
  }
}

Node* Parser::name_node(const Token& t) {
  Node* n = node(Kind::Name, t);
  n->str = text(t);
  n->flags = t.kind == T_NAME_QUALIFIED         ? NameQualified
             : t.kind == T_NAME_FULLY_QUALIFIED ? NameFullyQualified
             : t.kind == T_NAME_RELATIVE        ? NameRelative
                                                : NameUnqualified;
  return n;
}

Node* Parser::expr(int min_prec) {
  Nest guard(*this);
  Node* left = unary_or_primary(min_prec);
  while (true) {
    Tok k = kind();
    if (k == '?') {
      if (P_TERNARY < min_prec) break;
      bool short_form = kind(1) == ':';
      if (left->kind == Kind::Ternary && !(left->flags & Parenthesized)) {
        bool left_short = left->kid(1) == nullptr;
        if (!(left_short && short_form)) {
          std::string inner = left_short ? "a ?: b" : "a ? b : c";
          std::string outer = short_form ? " ?: d" : " ? d : e";
          std::string right = short_form ? "(c ?: d)" : "(c ? d : e)";
          if (left_short) right = short_form ? "(b ?: d)" : "(b ? c : d)";
          std::string whole = left_short ? (short_form ? "a ?: b ?: c" : "a ?: b ? c : d")
                                         : (short_form ? "a ? b : c ?: d" : "a ? b : c ? d : e");
          std::string first = "(" + inner + ")" + (short_form ? " ?: d" : " ? d : e");
          if (left_short) first = "(a ?: b)" + std::string(short_form ? " ?: c" : " ? c : d");
          std::string second = left_short ? "a ?: " + right : "a ? b : " + right;
          (void)outer;
          fatal("Unparenthesized `" + whole + "` is not supported. Use either `" + first +
                    "` or `" + second + "`",
                left->line);
        }
      }
      Token q = next();
      Node* then = nullptr;
      if (!accept(static_cast<Tok>(':'))) {
        then = expr(0);
        expect(static_cast<Tok>(':'));
      }
      Node* otherwise = expr(P_TERNARY + 1);
      left = arena_.node(Kind::Ternary, left->line, left->col, {left, then, otherwise});
      (void)q;
      continue;
    }
    if (k == T_INSTANCEOF) {
      if (P_INSTANCEOF < min_prec) break;
      next();
      Node* cls = class_name_reference();
      left = arena_.node(Kind::Instanceof, left->line, left->col, {left, cls});
      continue;
    }
    BinOp op;
    if (!binop(k, op) || op.prec < min_prec) break;
    next();
    Node* right = expr(op.assoc == Assoc::Right ? op.prec : op.prec + 1);
    Node* bin = arena_.node(Kind::Binary, left->line, left->col, {left, right});
    bin->flags = is_amp(k) ? '&' : k;
    left = bin;
    if (op.assoc == Assoc::Non) {
      BinOp again;
      if (binop(kind(), again) && again.prec == op.prec) unexpected();
    }
  }
  return left;
}

Node* Parser::unary_or_primary(int min_prec) {
  (void)min_prec;
  Token t = peek();
  switch (static_cast<int>(t.kind)) {
    case '!':
      next();
      return [&] {
        Node* n = node(Kind::Unary, t, {expr(P_NOT + 1)});
        n->flags = '!';
        return n;
      }();
    case '-':
    case '+':
    case '~': {
      next();
      Node* n = node(Kind::Unary, t, {expr(P_UNARY + 1)});
      n->flags = t.kind;
      return n;
    }
    case T_UNSET_CAST:
      fatal("The (unset) cast is no longer supported", t.line);
    case T_INT_CAST:
    case T_DOUBLE_CAST:
    case T_STRING_CAST:
    case T_ARRAY_CAST:
    case T_OBJECT_CAST:
    case T_BOOL_CAST: {
      next();
      Node* n = node(Kind::Cast, t, {expr(P_UNARY + 1)});
      n->flags = t.kind;
      return n;
    }
    case '@':
      next();
      return node(Kind::Silence, t, {expr(P_UNARY + 1)});
    case T_INC:
    case T_DEC: {
      next();
      bool is_var = false, derefable = false;
      Node* base = primary(is_var, derefable);
      Node* v = postfix(base, is_var, derefable, true);
      if (!is_var) unexpected();
      return node(t.kind == T_INC ? Kind::PreInc : Kind::PreDec, t, {v});
    }
    case T_CLONE:
      next();
      return node(Kind::Clone, t, {expr(P_CLONE + 1)});
    case T_PRINT:
      next();
      return node(Kind::Print, t, {expr(P_PRINT + 1)});
    case T_YIELD: {
      next();
      if (!starts_expr(kind()) && !is_amp(kind())) return node(Kind::Yield, t, {nullptr, nullptr});
      Node* v = expr(P_YIELD + 1);
      if (accept(T_DOUBLE_ARROW)) return node(Kind::Yield, t, {expr(P_YIELD + 1), v});
      return node(Kind::Yield, t, {v, nullptr});
    }
    case T_YIELD_FROM:
      next();
      return node(Kind::YieldFrom, t, {expr(P_YIELD_FROM + 1)});
    case T_THROW:
      next();
      return node(Kind::Throw, t, {expr(0)});
    case T_INCLUDE:
    case T_INCLUDE_ONCE:
    case T_REQUIRE:
    case T_REQUIRE_ONCE: {
      next();
      Node* n = node(Kind::Include, t, {expr(P_OR)});
      n->flags = t.kind;
      return n;
    }
    case T_NEW:
      next();
      return new_expr(t);
    case T_FUNCTION:
      next();
      return closure(t, false, nullptr);
    case T_FN:
      next();
      return arrow_fn(t, false, nullptr);
    case T_STATIC:
      if (kind(1) == T_FUNCTION || kind(1) == T_FN) {
        next();
        Token kw = next();
        return kw.kind == T_FN ? arrow_fn(t, true, nullptr) : closure(t, true, nullptr);
      }
      break;
    case T_ATTRIBUTE: {
      Node* attrs = attributes();
      bool is_static = accept(T_STATIC);
      if (kind() == T_FUNCTION) return closure(next(), is_static, attrs);
      if (kind() == T_FN) return arrow_fn(next(), is_static, attrs);
      unexpected();
    }
    default:
      break;
  }
  bool is_var = false, derefable = false;
  Node* base = primary(is_var, derefable);
  Node* e = postfix(base, is_var, derefable, true);
  Tok k = kind();
  if (k == '=' || assign_op(k)) return assignment_tail(e, is_var);
  if ((k == T_INC || k == T_DEC) && is_var) {
    next();
    return arena_.node(k == T_INC ? Kind::PostInc : Kind::PostDec, e->line, e->col, {e});
  }
  // A bare list() only makes sense as an assignment target (nested ones are parsed by
  // array_literal and foreach directly).
  if (e->kind == Kind::Array && (e->flags & 0xff) == ArrayList) unexpected({static_cast<Tok>('=')});
  return e;
}

Node* Parser::assignment_tail(Node* target, bool is_variable) {
  Tok k = kind();
  bool destructure = target->kind == Kind::Array && !(target->flags & Parenthesized) && k == '=';
  if (!is_variable && !destructure) unexpected();
  next();
  if (k == '=') {
    if (is_amp(kind()) && !destructure) {
      next();
      bool is_var = false, derefable = false;
      Node* base = primary(is_var, derefable);
      Node* src = postfix(base, is_var, derefable, true);
      if (!is_var) unexpected();
      return arena_.node(Kind::AssignRef, target->line, target->col, {target, src});
    }
    return arena_.node(Kind::Assign, target->line, target->col, {target, expr(P_ASSIGN)});
  }
  Node* n = arena_.node(Kind::AssignOp, target->line, target->col, {target, expr(P_ASSIGN)});
  n->flags = assign_op(k);
  return n;
}

Node* Parser::simple_variable() {
  Nest guard(*this);
  Token t = peek();
  if (t.kind == T_VARIABLE) {
    next();
    Node* v = node(Kind::Var, t);
    v->str = text(t).substr(1);
    return v;
  }
  if (t.kind != '$') unexpected({T_VARIABLE, static_cast<Tok>('{'), static_cast<Tok>('$')});
  next();
  if (accept(static_cast<Tok>('{'))) {
    Node* e = expr();
    expect(static_cast<Tok>('}'));
    return node(Kind::VarVar, t, {e});
  }
  if (kind() != T_VARIABLE && kind() != '$')
    unexpected({T_VARIABLE, static_cast<Tok>('{'), static_cast<Tok>('$')});
  return node(Kind::VarVar, t, {simple_variable()});
}

Node* Parser::property_name() {
  Token t = peek();
  if (t.kind == T_STRING) {
    next();
    Node* id = node(Kind::Ident, t);
    id->str = text(t);
    return id;
  }
  if (t.kind == '{') {
    next();
    Node* e = expr();
    expect(static_cast<Tok>('}'));
    return e;
  }
  if (t.kind == T_VARIABLE || t.kind == '$') return simple_variable();
  unexpected({T_STRING, T_VARIABLE, static_cast<Tok>('{'), static_cast<Tok>('$')});
}

// After `::`: an identifier (keywords included), `class`, `$var`, or `{expr}`.
Node* Parser::member_name() {
  Token t = peek();
  if (t.kind == T_VARIABLE || t.kind == '$') return simple_variable();
  if (t.kind == '{') {
    next();
    Node* e = expr();
    expect(static_cast<Tok>('}'));
    return e;
  }
  return identifier(true);
}

Node* Parser::primary(bool& is_var, bool& derefable) {
  Nest guard(*this);
  Token t = peek();
  is_var = false;
  int deref = DerefNone;
  Node* n = nullptr;
  switch (static_cast<int>(t.kind)) {
    case T_VARIABLE:
    case '$':
      n = simple_variable();
      is_var = true;
      deref = DerefFull;
      break;
    case T_LNUMBER:
    case T_DNUMBER:
      next();
      n = number(t);
      break;
    case T_CONSTANT_ENCAPSED_STRING:
      next();
      n = quoted_string(t);
      deref = DerefFull;
      break;
    case '"':
      next();
      n = interpolated(t);
      deref = DerefFull;
      break;
    case '`':
      next();
      n = interpolated(t);
      break;
    case T_START_HEREDOC:
      next();
      n = heredoc(t);
      deref = DerefFull;
      break;
    case T_LINE:
    case T_FILE:
    case T_DIR:
    case T_CLASS_C:
    case T_TRAIT_C:
    case T_METHOD_C:
    case T_FUNC_C:
    case T_NS_C: {
      next();
      n = node(Kind::MagicConst, t);
      std::string up(text(t));
      for (char& c : up)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      n->str = arena_.copy(up);
      n->ival = t.line;
      deref = DerefConst;
      break;
    }
    case T_STRING:
    case T_NAME_QUALIFIED:
    case T_NAME_FULLY_QUALIFIED:
    case T_NAME_RELATIVE:
      next();
      n = name_node(t);
      deref = DerefConst;
      break;
    case T_STATIC:
      next();
      if (kind() != T_DOUBLE_COLON) unexpected();
      n = name_node(t);
      n->str = "static";
      deref = DerefConst;
      break;
    case T_ARRAY:
      next();
      if (kind() != '(') unexpected();
      next();
      n = array_literal(t, static_cast<Tok>(')'), ArrayLong);
      deref = DerefFull;
      break;
    case '[':
      next();
      n = array_literal(t, static_cast<Tok>(']'), ArrayShort);
      deref = DerefFull;
      break;
    case T_LIST:
      next();
      expect(static_cast<Tok>('('));
      n = array_literal(t, static_cast<Tok>(')'), ArrayList);
      break;
    case '(':
      next();
      n = expr();
      close_paren();
      n->flags |= Parenthesized;
      deref = DerefFull;
      break;
    case T_ISSET:
    case T_EMPTY:
    case T_EVAL:
      next();
      n = isset_like(t);
      break;
    case T_EXIT:
      next();
      n = exit_expr(t);
      break;
    case T_MATCH:
      next();
      n = match_expr(t);
      break;
    default:
      unexpected();
  }
  derefable = deref != DerefNone;
  // Calls on names are decided in postfix(); constants only get `[`, `->` and `::`.
  if (deref == DerefConst) n->flags |= 0;
  return n;
}

Node* Parser::postfix(Node* base, bool& is_var, bool derefable, bool allow_call_on_name) {
  auto as_value = [&](Node* n) {
    if (n->kind == Kind::Name) return arena_.node(Kind::ConstFetch, n->line, n->col, {n});
    return n;
  };
  bool full = derefable && base->kind != Kind::Name && base->kind != Kind::MagicConst;
  while (true) {
    Tok k = kind();
    if (k == '[' && derefable) {
      next();
      Node* index = nullptr;
      if (kind() != ']') index = expr();
      expect(static_cast<Tok>(']'));
      base = arena_.node(Kind::Dim, base->line, base->col, {as_value(base), index});
      is_var = true;
      full = derefable = true;
      continue;
    }
    if ((k == T_OBJECT_OPERATOR || k == T_NULLSAFE_OBJECT_OPERATOR) && derefable) {
      next();
      Node* name = property_name();
      bool nullsafe = k == T_NULLSAFE_OBJECT_OPERATOR;
      if (kind() == '(') {
        Node* a = args();
        if (nullsafe && (a->flags & ArgsCallable))
          fatal("Cannot combine nullsafe operator with Closure creation", a->line);
        base = arena_.node(nullsafe ? Kind::NullsafeMethodCall : Kind::MethodCall, base->line,
                           base->col, {as_value(base), name, a});
      } else {
        base = arena_.node(nullsafe ? Kind::NullsafeProp : Kind::Prop, base->line, base->col,
                           {as_value(base), name});
      }
      is_var = true;
      full = derefable = true;
      continue;
    }
    if (k == T_DOUBLE_COLON && (base->kind == Kind::Name || full)) {
      next();
      Node* cls = base;
      if (kind() == T_CLASS) {
        Token c = next();
        Node* id = node(Kind::Ident, c);
        id->str = text(c);
        base = arena_.node(Kind::ClassConst, cls->line, cls->col, {cls, id});
        is_var = false;
        full = derefable = true;
        continue;
      }
      bool var_name = kind() == T_VARIABLE || kind() == '$';
      bool brace = kind() == '{';
      Node* name = member_name();
      if (kind() == '(') {
        base = arena_.node(Kind::StaticCall, cls->line, cls->col, {cls, name, args()});
        is_var = true;
      } else if (var_name) {
        base = arena_.node(Kind::StaticProp, cls->line, cls->col, {cls, name});
        is_var = true;
      } else {
        if (brace) unexpected({static_cast<Tok>('(')});
        base = arena_.node(Kind::ClassConst, cls->line, cls->col, {cls, name});
        is_var = false;
      }
      full = derefable = true;
      continue;
    }
    if (k == '(' && ((base->kind == Kind::Name && allow_call_on_name) || full)) {
      base = arena_.node(Kind::Call, base->line, base->col, {base, args()});
      is_var = true;
      full = derefable = true;
      continue;
    }
    break;
  }
  return as_value(base);
}

Node* Parser::args() {
  Nest guard(*this);
  Token open = expect(static_cast<Tok>('('));
  std::vector<Node*> items;
  if (kind() == T_ELLIPSIS && kind(1) == ')') {
    next();
    next();
    Node* n = list(Kind::ArgList, open, items);
    n->flags = ArgsCallable;
    return n;
  }
  while (kind() != ')') {
    Token t = peek();
    if (t.kind == T_ELLIPSIS) {
      next();
      items.push_back(node(Kind::Unpack, t, {expr()}));
    } else if ((t.kind == T_STRING || is_reserved_word(t.kind)) && kind(1) == ':') {
      next();
      next();
      Node* n = node(Kind::NamedArg, t, {expr()});
      n->str = text(t);
      items.push_back(n);
    } else {
      items.push_back(expr());
    }
    if (!accept(static_cast<Tok>(','))) break;
  }
  expect(static_cast<Tok>(')'));
  return list(Kind::ArgList, open, items);
}

Node* Parser::array_literal(const Token& open, Tok close, uint32_t kind_flag) {
  Nest guard(*this);
  std::vector<Node*> items;
  while (kind() != close) {
    Token t = peek();
    if (t.kind == ',') {
      next();
      items.push_back(nullptr);
      continue;
    }
    Node* item;
    if (t.kind == T_ELLIPSIS) {
      next();
      item = node(Kind::ArrayItem, t, {nullptr, expr()});
      item->flags = ItemSpread;
    } else if (is_amp(t.kind)) {
      next();
      bool is_var = false, derefable = false;
      Node* v = postfix(primary(is_var, derefable), is_var, derefable, true);
      if (!is_var) unexpected();
      item = node(Kind::ArrayItem, t, {nullptr, v});
      item->flags = ItemByRef;
    } else {
      Node* v = nested_list_or_expr();
      if (accept(T_DOUBLE_ARROW)) {
        Token vt = peek();
        if (is_amp(vt.kind)) {
          next();
          bool is_var = false, derefable = false;
          Node* rv = postfix(primary(is_var, derefable), is_var, derefable, true);
          if (!is_var) unexpected();
          item = node(Kind::ArrayItem, t, {v, rv});
          item->flags = ItemByRef;
        } else {
          item = node(Kind::ArrayItem, t, {v, nested_list_or_expr()});
        }
      } else {
        item = node(Kind::ArrayItem, t, {nullptr, v});
      }
    }
    items.push_back(item);
    if (!accept(static_cast<Tok>(','))) break;
  }
  if (kind() != close) unexpected({close});
  next();
  Node* n = list(Kind::Array, open, items);
  n->flags = kind_flag;
  return n;
}

Node* Parser::nested_list_or_expr() {
  if (kind() != T_LIST) return expr();
  bool is_var = false, derefable = false;
  return primary(is_var, derefable);
}

Node* Parser::class_name_reference() {
  Nest guard(*this);
  Token t = peek();
  if (is_name_tok(t.kind)) {
    next();
    return name_node(t);
  }
  if (t.kind == T_STATIC) {
    next();
    Node* n = name_node(t);
    n->str = "static";
    return n;
  }
  if (t.kind == '(') {
    next();
    Node* e = expr();
    expect(static_cast<Tok>(')'));
    return e;
  }
  if (t.kind != T_VARIABLE && t.kind != '$') unexpected();
  Node* base = simple_variable();
  while (true) {
    Tok k = kind();
    if (k == '[') {
      next();
      Node* index = kind() == ']' ? nullptr : expr();
      expect(static_cast<Tok>(']'));
      base = arena_.node(Kind::Dim, base->line, base->col, {base, index});
    } else if (k == T_OBJECT_OPERATOR || k == T_NULLSAFE_OBJECT_OPERATOR) {
      next();
      Node* name = property_name();
      base = arena_.node(k == T_OBJECT_OPERATOR ? Kind::Prop : Kind::NullsafeProp, base->line,
                         base->col, {base, name});
    } else if (k == T_DOUBLE_COLON && (kind(1) == T_VARIABLE || kind(1) == '$')) {
      next();
      Node* name = simple_variable();
      base = arena_.node(Kind::StaticProp, base->line, base->col, {base, name});
    } else {
      return base;
    }
  }
}

Node* Parser::new_expr(const Token& kw) {
  Node* attrs = nullptr;
  if (kind() == T_ATTRIBUTE) {
    attrs = attributes();
    if (kind() != T_CLASS) unexpected({T_CLASS});
  }
  if (kind() == T_CLASS) {
    Node* cls = anonymous_class(next(), attrs);
    return node(Kind::New, kw, {cls, cls->kid(5)});
  }
  Node* cls = class_name_reference();
  Node* a = kind() == '(' ? args() : nullptr;
  return node(Kind::New, kw, {cls, a});
}

Node* Parser::closure(const Token& start, bool is_static, Node* attrs) {
  Nest guard(*this);
  bool by_ref = false;
  if (is_amp(kind())) {
    next();
    by_ref = true;
  }
  Node* ps = params();
  std::vector<Node*> uses;
  Token use_tok = peek();
  if (accept(T_USE)) {
    expect(static_cast<Tok>('('));
    while (kind() != ')') {
      Token u = peek();
      bool ref = false;
      if (is_amp(u.kind)) {
        next();
        ref = true;
      }
      Token v = expect(T_VARIABLE);
      Node* cu = node(Kind::ClosureUse, ref ? u : v);
      cu->str = text(v).substr(1);
      if (ref) cu->flags = ByRef;
      uses.push_back(cu);
      if (!accept(static_cast<Tok>(','))) break;
    }
    expect(static_cast<Tok>(')'));
  }
  Node* ret = optional_return_type();
  Token open = expect(static_cast<Tok>('{'));
  Node* body = statements(false, {static_cast<Tok>('}')});
  (void)open;
  uint32_t end_line = expect(static_cast<Tok>('}')).line;
  Node* n = node(Kind::Closure, start, {ps, list(Kind::ExprList, use_tok, uses), body, ret, attrs});
  n->end_line = end_line;
  n->flags = (by_ref ? ByRef : 0) | (is_static ? ClosureStatic : 0);
  return n;
}

Node* Parser::arrow_fn(const Token& start, bool is_static, Node* attrs) {
  Nest guard(*this);
  bool by_ref = false;
  if (is_amp(kind())) {
    next();
    by_ref = true;
  }
  Node* ps = params();
  Node* ret = optional_return_type();
  expect(T_DOUBLE_ARROW);
  Node* body = expr(0);
  Node* n = node(Kind::ArrowFn, start, {ps, body, ret, attrs});
  n->flags = (by_ref ? ByRef : 0) | (is_static ? ClosureStatic : 0);
  return n;
}

Node* Parser::match_expr(const Token& kw) {
  expect(static_cast<Tok>('('));
  Node* subject = expr();
  expect(static_cast<Tok>(')'));
  expect(static_cast<Tok>('{'));
  std::vector<Node*> arms;
  while (kind() != '}') {
    Token t = peek();
    Node* conds = nullptr;
    if (t.kind == T_DEFAULT) {
      next();
      accept(static_cast<Tok>(','));
    } else {
      std::vector<Node*> cs;
      while (true) {
        cs.push_back(expr());
        if (!accept(static_cast<Tok>(','))) break;
        if (kind() == T_DOUBLE_ARROW) break;
      }
      conds = list(Kind::ExprList, t, cs);
    }
    expect(T_DOUBLE_ARROW);
    arms.push_back(node(Kind::MatchArm, t, {conds, expr()}));
    if (!accept(static_cast<Tok>(','))) break;
  }
  expect(static_cast<Tok>('}'));
  Node* arm_list = list(Kind::ExprList, kw, arms);
  return node(Kind::Match, kw, {subject, arm_list});
}

Node* Parser::isset_like(const Token& kw) {
  expect(static_cast<Tok>('('));
  if (kw.kind == T_ISSET) {
    std::vector<Node*> vars;
    do {
      if (kind() == ')' && !vars.empty()) break;
      vars.push_back(expr());
    } while (accept(static_cast<Tok>(',')));
    expect(static_cast<Tok>(')'));
    return list(Kind::Isset, kw, vars);
  }
  Node* e = expr();
  expect(static_cast<Tok>(')'));
  return node(kw.kind == T_EMPTY ? Kind::Empty : Kind::Eval, kw, {e});
}

Node* Parser::exit_expr(const Token& kw) {
  Node* e = nullptr;
  if (accept(static_cast<Tok>('('))) {
    if (kind() != ')') e = expr();
    expect(static_cast<Tok>(')'));
  }
  return node(Kind::Exit, kw, {e});
}

}  // namespace weft::php
