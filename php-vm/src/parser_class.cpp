// Declarations: functions, parameters and types, attributes, and class-likes (classes,
// interfaces, traits, enums, anonymous classes) with their members.
#include "parser_internal.h"

namespace weft::php {

namespace {

bool is_amp(Tok k) {
  return k == T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG ||
         k == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
}

constexpr Tok tk(char c) { return static_cast<Tok>(c); }

bool is_name_tok(Tok k) {
  return k == T_STRING || k == T_NAME_QUALIFIED || k == T_NAME_FULLY_QUALIFIED ||
         k == T_NAME_RELATIVE;
}

uint32_t modifier_flag(Tok k) {
  switch (k) {
    case T_PUBLIC:
      return ModPublic;
    case T_PROTECTED:
      return ModProtected;
    case T_PRIVATE:
      return ModPrivate;
    case T_STATIC:
      return ModStatic;
    case T_ABSTRACT:
      return ModAbstract;
    case T_FINAL:
      return ModFinal;
    case T_READONLY:
      return ModReadonly;
    default:
      return 0;  // `var`
  }
}

// php's error for a member modifier written twice (two access modifiers count as one twice);
// null when `flag` may join `mods`.
const char* repeated_modifier(uint32_t mods, uint32_t flag) {
  constexpr uint32_t access = ModPublic | ModProtected | ModPrivate;
  if ((flag & access) && (mods & access)) return "Multiple access type modifiers are not allowed";
  if (!(mods & flag)) return nullptr;
  switch (flag) {
    case ModStatic:
      return "Multiple static modifiers are not allowed";
    case ModAbstract:
      return "Multiple abstract modifiers are not allowed";
    case ModFinal:
      return "Multiple final modifiers are not allowed";
    case ModReadonly:
      return "Multiple readonly modifiers are not allowed";
    default:
      return nullptr;
  }
}

}  // namespace

bool Parser::is_reserved_word(Tok k) const {
  return k >= T_INCLUDE && k <= T_NS_C && k != T_YIELD_FROM;
}

bool Parser::is_modifier(Tok k) const {
  return k == T_PUBLIC || k == T_PROTECTED || k == T_PRIVATE || k == T_STATIC || k == T_ABSTRACT ||
         k == T_FINAL || k == T_READONLY || k == T_VAR;
}

Node* Parser::identifier(bool allow_reserved) {
  Token t = peek();
  if (t.kind != T_STRING && !(allow_reserved && is_reserved_word(t.kind))) unexpected({T_STRING});
  next();
  Node* id = node(Kind::Ident, t);
  id->str = text(t);
  return id;
}

Node* Parser::name_list() {
  Token start = peek();
  std::vector<Node*> names;
  do {
    Token t = peek();
    if (!is_name_tok(t.kind)) unexpected();
    next();
    names.push_back(name_node(t));
  } while (accept(tk(',')));
  return list(Kind::NameList, start, names);
}

Node* Parser::attributes() {
  Token start = peek();
  std::vector<Node*> groups;
  while (kind() == T_ATTRIBUTE) {
    Nest guard(*this);
    Token g = next();
    std::vector<Node*> attrs;
    do {
      if (kind() == ']' && !attrs.empty()) break;
      Token n = peek();
      if (!is_name_tok(n.kind)) unexpected();
      next();
      Node* a = nullptr;
      std::string_view source;
      if (kind() == '(') {  // the arguments as written, for Reflection to evaluate
        uint32_t from = peek().off;
        a = args();
        source = arena_.copy(src_.substr(from, peek().off - from));
      }
      Node* at = node(Kind::Attribute, n, {name_node(n), a});
      at->str = source;
      attrs.push_back(at);
    } while (accept(tk(',')));
    expect(tk(']'));
    groups.push_back(list(Kind::AttrGroup, g, attrs));
  }
  return list(Kind::AttrList, start, groups);
}

Node* Parser::type_atom(bool allow_static) {
  Token t = peek();
  if (t.kind == T_ARRAY || t.kind == T_CALLABLE || (t.kind == T_STATIC && allow_static)) {
    next();
    Node* n = node(Kind::Name, t);
    n->str = text(t);
    return n;
  }
  if (!is_name_tok(t.kind)) unexpected();
  next();
  return name_node(t);
}

Node* Parser::type(bool allow_static) {
  Nest guard(*this);
  Token start = peek();
  if (accept(tk('?'))) return node(Kind::NullableType, start, {type_atom(allow_static)});
  auto intersection_group = [&]() -> Node* {
    Token open = next();  // (
    std::vector<Node*> parts{type_atom(allow_static)};
    while (kind() == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
      next();
      parts.push_back(type_atom(allow_static));
    }
    expect(tk(')'));
    return list(Kind::IntersectionType, open, parts);
  };
  Node* first = kind() == '(' ? intersection_group() : type_atom(allow_static);
  if (kind() == '|') {
    std::vector<Node*> parts{first};
    while (accept(tk('|')))
      parts.push_back(kind() == '(' ? intersection_group() : type_atom(allow_static));
    return list(Kind::UnionType, start, parts);
  }
  // In `A & $x` the `&` makes a by-reference parameter, not an intersection.
  if (kind() == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG && first->kind == Kind::Name) {
    std::vector<Node*> parts{first};
    while (kind() == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
      next();
      parts.push_back(type_atom(allow_static));
    }
    return list(Kind::IntersectionType, start, parts);
  }
  return first;
}

Node* Parser::optional_return_type() {
  if (!accept(tk(':'))) return nullptr;
  return type(true);
}

Node* Parser::param() {
  Token start = peek();
  Node* attrs = kind() == T_ATTRIBUTE ? attributes() : nullptr;
  uint32_t flags = 0;
  while (kind() == T_PUBLIC || kind() == T_PROTECTED || kind() == T_PRIVATE ||
         kind() == T_READONLY) {
    Token m = next();
    if (const char* e = repeated_modifier(flags, modifier_flag(m.kind))) fatal(e, m.line);
    flags |= modifier_flag(m.kind);
  }
  Node* ty = nullptr;
  Tok k = kind();
  if (k == '?' || k == '(' || k == T_ARRAY || k == T_CALLABLE || is_name_tok(k)) ty = type(false);
  if (is_amp(kind())) {
    next();
    flags |= ByRef;
  }
  if (accept(T_ELLIPSIS)) flags |= Variadic;
  Token v = expect(T_VARIABLE);
  Node* def = nullptr;
  if (accept(tk('='))) def = expr();
  Node* p = node(Kind::Param, start, {ty, def, attrs});
  p->str = text(v).substr(1);
  p->flags = flags;
  return p;
}

Node* Parser::params() {
  Nest guard(*this);
  Token open = expect(tk('('));
  std::vector<Node*> ps;
  while (kind() != ')') {
    ps.push_back(param());
    if (!accept(tk(','))) break;
  }
  if (kind() != ')') unexpected({tk(')')});
  next();
  return list(Kind::ParamList, open, ps);
}

Node* Parser::function_decl(const Token& kw, Node* attrs, size_t doc_at) {
  bool by_ref = false;
  if (is_amp(kind())) {
    next();
    by_ref = true;
  }
  Token name = peek();
  if (name.kind != T_STRING && name.kind != T_READONLY) unexpected({T_STRING});
  next();
  Node* ps = params();
  Node* ret = optional_return_type();
  expect(tk('{'));
  Node* body = statements(false, {tk('}')});
  uint32_t end_line = expect(tk('}')).line;
  Node* f = node(Kind::FuncDecl, kw, {ps, ret, body, attrs});
  f->end_line = end_line;
  f->str = text(name);
  f->doc = doc_before(doc_at);
  if (by_ref) f->flags = ByRef;
  return f;
}

Node* Parser::class_decl(const Token& kw, uint32_t modifiers, Node* attrs, size_t doc_at) {
  while (kind() == T_ABSTRACT || kind() == T_FINAL || kind() == T_READONLY)
    modifiers |= modifier_flag(next().kind);
  Token k = peek();
  uint32_t class_kind;
  switch (k.kind) {
    case T_CLASS:
      class_kind = ClassKindClass;
      break;
    case T_INTERFACE:
      class_kind = ClassKindInterface;
      break;
    case T_TRAIT:
      class_kind = ClassKindTrait;
      break;
    case T_ENUM:
      class_kind = ClassKindEnum;
      break;
    default:
      if (modifiers) unexpected({T_ABSTRACT, T_FINAL, T_READONLY, T_CLASS});
      unexpected();
  }
  if (modifiers && class_kind != ClassKindClass)
    unexpected({T_ABSTRACT, T_FINAL, T_READONLY, T_CLASS});
  next();
  Node* name = identifier(false);
  Node* extends = nullptr;
  Node* implements = nullptr;
  Node* backing = nullptr;
  if (class_kind == ClassKindEnum && accept(tk(':'))) backing = type(false);
  if (class_kind == ClassKindClass && accept(T_EXTENDS)) {
    Token n = peek();
    if (!is_name_tok(n.kind)) unexpected();
    next();
    extends = name_node(n);
  } else if (class_kind == ClassKindInterface && accept(T_EXTENDS)) {
    extends = name_list();
  }
  if ((class_kind == ClassKindClass || class_kind == ClassKindEnum) && accept(T_IMPLEMENTS))
    implements = name_list();
  Node* body = class_body(class_kind);
  Node* c = node(Kind::ClassDecl, kw, {extends, implements, body, attrs, backing, nullptr});
  c->str = name->str;
  c->flags = (class_kind << 8) | modifiers;
  c->doc = doc_before(doc_at);
  return c;
}

Node* Parser::anonymous_class(const Token& kw, Node* attrs) {
  Node* a = kind() == '(' ? args() : nullptr;
  Node* extends = nullptr;
  Node* implements = nullptr;
  if (accept(T_EXTENDS)) {
    Token n = peek();
    if (!is_name_tok(n.kind)) unexpected();
    next();
    extends = name_node(n);
  }
  if (accept(T_IMPLEMENTS)) implements = name_list();
  Node* body = class_body(ClassKindClass);
  Node* c = node(Kind::ClassDecl, kw, {extends, implements, body, attrs, nullptr, a});
  c->flags = ClassKindAnonymous << 8;
  return c;
}

Node* Parser::class_body(uint32_t class_kind) {
  Nest guard(*this);
  Token open = expect(tk('{'));
  std::vector<Node*> members;
  while (kind() != '}') members.push_back(class_member(class_kind));
  next();
  return list(Kind::StmtList, open, members);
}

Node* Parser::trait_use(const Token& kw) {
  Node* names = name_list();
  Node* adaptations = nullptr;
  if (accept(tk('{'))) {
    Token start = peek();
    std::vector<Node*> rules;
    while (kind() != '}') {
      Token t = peek();
      Node* trait = nullptr;
      Node* method;
      if (is_name_tok(t.kind) && kind(1) == T_DOUBLE_COLON) {
        next();
        next();
        trait = name_node(t);
        method = identifier(true);
      } else {
        method = identifier(true);
      }
      if (!trait && kind() == T_INSTEADOF) unexpected({T_DOUBLE_COLON});
      if (trait && accept(T_INSTEADOF)) {
        rules.push_back(node(Kind::TraitPrecedence, t, {trait, method, name_list()}));
      } else {
        expect(T_AS);
        uint32_t vis = 0;
        if (kind() == T_PUBLIC || kind() == T_PROTECTED || kind() == T_PRIVATE)
          vis = modifier_flag(next().kind);
        Node* alias = nullptr;
        if (kind() != ';' || !vis) alias = identifier(true);
        Node* r = node(Kind::TraitAlias, t, {trait, method, alias});
        r->flags = vis;
        rules.push_back(r);
      }
      end_statement();
    }
    next();
    adaptations = list(Kind::StmtList, start, rules);
  } else {
    end_statement({tk(','), tk(';'), tk('{')});
  }
  return node(Kind::TraitUse, kw, {names, adaptations});
}

Node* Parser::class_member(uint32_t class_kind) {
  Nest guard(*this);
  size_t doc_at = index();
  Token start = peek();
  if (start.kind == T_USE) {
    next();
    return trait_use(start);
  }
  Node* attrs = kind() == T_ATTRIBUTE ? attributes() : nullptr;
  if (kind() == T_CASE) {
    Token c = next();
    if (class_kind != ClassKindEnum && class_kind != ClassKindTrait)
      fatal("Case can only be used in enums", c.line);
    Node* name = identifier(true);
    Node* value = nullptr;
    if (accept(tk('='))) value = expr();
    end_statement();
    Node* n = node(Kind::EnumCase, c, {value, attrs});
    n->str = name->str;
    n->doc = doc_before(doc_at);
    return n;
  }
  uint32_t mods = 0;
  bool any_modifier = false;
  while (is_modifier(kind())) {
    Token m = next();
    if (const char* e = repeated_modifier(mods, modifier_flag(m.kind))) fatal(e, m.line);
    mods |= modifier_flag(m.kind);
    any_modifier = true;
  }
  Token t = peek();
  if (t.kind == T_CONST) {
    next();
    std::vector<Node*> items;
    do {
      Node* id = identifier(true);
      if (id->str.size() == 5 && text(peek(0)).size() && (id->str[0] | 0x20) == 'c' &&
          (id->str[1] | 0x20) == 'l' && (id->str[2] | 0x20) == 'a' && (id->str[3] | 0x20) == 's' &&
          (id->str[4] | 0x20) == 's')
        fatal(
            "A class constant must not be called 'class'; it is reserved for class name "
            "fetching",
            id->line);
      expect(tk('='));
      Node* item = arena_.node(Kind::ConstItem, id->line, id->col, {expr()});
      item->str = id->str;
      items.push_back(item);
    } while (accept(tk(',')));
    end_statement({tk(','), tk(';')});
    items.push_back(attrs);
    Node* n = list(Kind::ClassConstDecl, start, items);
    n->flags = mods;
    n->doc = doc_before(doc_at);
    return n;
  }
  if (t.kind == T_FUNCTION) {
    next();
    bool by_ref = false;
    if (is_amp(kind())) {
      next();
      by_ref = true;
    }
    Node* name = identifier(true);
    Node* ps = params();
    Node* ret = optional_return_type();
    Node* body = nullptr;
    uint32_t end_line = 0;
    if (!accept(tk(';'))) {
      if (kind() != '{') unexpected({tk(';'), tk('{')});
      next();
      body = statements(false, {tk('}')});
      end_line = expect(tk('}')).line;
    }
    Node* m = node(Kind::Method, start, {ps, ret, body, attrs});
    m->end_line = end_line;
    m->str = name->str;
    m->flags = mods | (by_ref ? ByRef : 0);
    m->doc = doc_before(doc_at);
    return m;
  }
  if (!any_modifier) {
    if (t.kind == T_VARIABLE) unexpected({T_FUNCTION, T_CONST});
    unexpected();
  }
  Node* ty = nullptr;
  if (t.kind != T_VARIABLE) ty = type(false);
  std::vector<Node*> items{ty};
  do {
    Token v = expect(T_VARIABLE);
    Node* def = nullptr;
    if (accept(tk('='))) def = expr();
    Node* item = node(Kind::PropItem, v, {def});
    item->str = text(v).substr(1);
    items.push_back(item);
  } while (accept(tk(',')));
  end_statement({tk(','), tk(';')});
  items.push_back(attrs);
  Node* p = list(Kind::PropDecl, start, items);
  p->flags = mods;
  p->doc = doc_before(doc_at);
  return p;
}

}  // namespace weft::php
