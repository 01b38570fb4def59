// php's inheritance rules checked when a class is linked: what a class may extend or
// implement, and how an inherited method or property may be redeclared (final, static,
// visibility, signature compatibility). Violations are fatal errors worded as php words them.
#include "class_checks.h"

#include "type_check.h"
#include "weft/php/vm.h"

namespace weft::php {

static std::string visibility_word(uint32_t private_bit, uint32_t protected_bit, uint32_t flags) {
  if (flags & private_bit) return "private";
  if (flags & protected_bit) return "protected";
  return "public";
}

std::string method_signature(const Function* m) {
  std::string s = (m->scope ? m->scope->name + "::" : "") + m->name + "(";
  for (size_t i = 0; i < m->params.size(); ++i) {
    const Param& p = m->params[i];
    if (i) s += ", ";
    if (!p.type_text.empty()) s += p.type_text + " ";
    if (p.by_ref) s += "&";
    if (p.variadic) s += "...";
    s += "$" + std::string(p.name->view());
    if (p.has_default) s += " = " + p.default_text;
  }
  s += ")";
  if (!m->return_type.empty()) s += ": " + m->return_type;
  return s;
}

static std::string bare(const std::string& t) {
  return !t.empty() && t[0] == '?' ? t.substr(1) : t;
}

static bool is_builtin_type(const std::string& t) {
  static const char* const names[] = {"int",    "float",    "string",   "bool", "array", "mixed",
                                      "object", "iterable", "callable", "void", "null",  "never",
                                      "false",  "true",     "static",   "self", "parent"};
  for (const char* n : names)
    if (t == n) return true;
  return false;
}

// May a parameter typed `child` stand where `parent` was declared (contravariance)? Only the
// cases php rejects for certain are answered no; unions, iterable and friends are accepted.
static bool param_type_ok(VM& vm, const std::string& parent, const std::string& child) {
  if (child.empty() || child == "mixed" || parent == child) return true;
  if (parent.empty()) return false;  // the child narrows "anything"
  if (child[0] == '?' && bare(child) == bare(parent)) return true;
  if (parent[0] == '?' && child[0] != '?') return false;
  std::string p = bare(parent), c = bare(child);
  if (p.find_first_of("|&") != std::string::npos || c.find_first_of("|&") != std::string::npos)
    return true;
  bool pb = is_builtin_type(p), cb = is_builtin_type(c);
  if (pb && cb)
    return (c == "iterable" && p == "array") || (c == "float" && p == "int") || c == "object" ||
           c == "self" || p == "self" || c == "static";
  if (!pb && !cb) {
    Class* pc = vm.find_class(p);
    Class* cc = vm.find_class(c);
    if (!pc || !cc) return pc == cc && p == c;
    return pc->is_subclass_of(cc);
  }
  if (!pb && cb) return c == "object" || c == "iterable" || c == "self" || c == "static";
  return false;
}

static bool compatible(VM& vm, const Function* child, const Function* parent) {
  if (child->required > parent->required) return false;
  bool child_variadic = child->flags & FnVariadic;
  bool parent_variadic = parent->flags & FnVariadic;
  if (parent_variadic && !child_variadic) return false;
  size_t pn = parent->params.size() - (parent_variadic ? 1 : 0);
  size_t cn = child->params.size() - (child_variadic ? 1 : 0);
  if (cn < pn && !child_variadic) return false;
  for (size_t i = 0; i < parent->params.size(); ++i) {
    const Param& pp = parent->params[i];
    const Param& cp = i < cn ? child->params[i] : child->params.back();
    if (pp.by_ref != cp.by_ref) return false;
    if (!param_type_ok(vm, pp.type_text, cp.type_text)) return false;
  }
  // return types are covariant: a declared one must stay declared
  if (!parent->return_type.empty() && child->return_type.empty() && parent->return_type != "mixed")
    return false;
  return true;
}

void check_class_header(VM& vm, Class* cls, Class* parent, const std::vector<Class*>& ifaces,
                        uint32_t line) {
  if (parent) {
    if (parent->flags & ClsInterface)
      vm.fatal_at("Class " + cls->name + " cannot extend interface " + parent->name, line);
    if (parent->flags & ClsTrait)
      vm.fatal_at("Class " + cls->name + " cannot extend trait " + parent->name, line);
    if (parent->flags & ClsFinal)
      vm.fatal_at("Class " + cls->name + " cannot extend final class " + parent->name, line);
  }
  for (Class* i : ifaces) {
    if (i->flags & ClsInterface) continue;
    if (cls->flags & ClsInterface)
      vm.fatal_at(cls->name + " cannot implement " + i->name + " - it is not an interface", line);
    vm.fatal_at(cls->name + " cannot implement " + i->name + " - it is not an interface", line);
  }
}

void check_method_override(VM& vm, Class* cls, Function* child, Function* parent) {
  if (parent->flags & FnPrivate) {
    // a private method is not inherited, except that a private final constructor stays final
    if (!((parent->flags & FnFinal) && parent->lname == "__construct")) return;
  }
  uint32_t line = uint32_t(child->line);
  std::string pname = (parent->scope ? parent->scope->name + "::" : "") + parent->name;
  if (parent->flags & FnFinal) vm.fatal_at("Cannot override final method " + pname + "()", line);
  bool ps = parent->flags & FnStatic, cs = child->flags & FnStatic;
  if (ps && !cs)
    vm.fatal_at("Cannot make static method " + pname + "() non static in class " + cls->name, line);
  if (!ps && cs)
    vm.fatal_at("Cannot make non static method " + pname + "() static in class " + cls->name, line);
  if ((child->flags & FnAbstract) && !(parent->flags & FnAbstract))
    vm.fatal_at("Cannot make non abstract method " + pname + "() abstract in class " + cls->name,
                line);
  uint32_t pv = parent->flags & (FnPrivate | FnProtected);
  uint32_t cv = child->flags & (FnPrivate | FnProtected);
  bool weaker = pv == 0 ? cv == 0 : (pv == FnProtected ? !(cv & FnPrivate) : true);
  if (!weaker) {
    std::string cname = cls->name + "::" + child->name + "()";
    if (pv == 0)
      vm.fatal_at("Access level to " + cname + " must be public (as in class " +
                      (parent->scope ? parent->scope->name : cls->name) + ")",
                  line);
    vm.fatal_at("Access level to " + cname + " must be protected (as in class " +
                    (parent->scope ? parent->scope->name : cls->name) + ") or weaker",
                line);
  }
  // php checks constructors only against abstract or interface constructors
  bool ctor = child->lname == "__construct";
  bool parent_is_contract =
      (parent->flags & FnAbstract) || (parent->scope && (parent->scope->flags & ClsInterface));
  if (ctor && !parent_is_contract) return;
  if (!compatible(vm, child, parent))
    vm.fatal_at("Declaration of " + method_signature(child) + " must be compatible with " +
                    method_signature(parent),
                line);
}

// Whether two declared property types are certainly different types (php requires the same
// type). Written differently is not different: the same parts in another order, class aliases
// (resolved to their class). Unions whose classes may cover each other (`X|Y` with Y a subclass
// of X), iterable/object against classes or arrays, self/parent and intersections are not
// compared: they count as the same.
static bool certainly_different(VM& vm, const TypeSpec& a, const TypeSpec& b) {
  constexpr uint32_t kUncompared = TyIterable | TyObject | TySelf | TyParent | TyStatic;
  if ((a.bits | b.bits) & kUncompared) return false;
  if (a.bits != b.bits) return true;  // classes never cover a built-in type
  if (a.classes.size() != 1 || b.classes.size() != 1 || a.classes[0].size() != 1 ||
      b.classes[0].size() != 1)
    return false;
  Class* ca = vm.find_class(a.classes[0][0]);
  Class* cb = vm.find_class(b.classes[0][0]);
  return ca && cb && ca != cb;
}

void check_property_override(VM& vm, Class* cls, const std::string& name, uint32_t flags,
                             const TypeSpec* type, const PropInfo& parent, uint32_t line) {
  if (parent.flags & ModPrivate) return;
  std::string pname = (parent.declared ? parent.declared->name : cls->name) + "::$" + name;
  std::string cname = cls->name + "::$" + name;
  bool ps = parent.flags & ModStatic, cs = flags & ModStatic;
  if (ps && !cs) vm.fatal_at("Cannot redeclare static " + pname + " as non static " + cname, line);
  if (!ps && cs) vm.fatal_at("Cannot redeclare non static " + pname + " as static " + cname, line);
  std::string pvis = visibility_word(ModPrivate, ModProtected, parent.flags);
  std::string cvis = visibility_word(ModPrivate, ModProtected, flags);
  std::string owner = parent.declared ? parent.declared->name : cls->name;
  if (pvis == "public" && cvis != "public")
    vm.fatal_at("Access level to " + cname + " must be public (as in class " + owner + ")", line);
  if (pvis == "protected" && cvis == "private")
    vm.fatal_at(
        "Access level to " + cname + " must be protected (as in class " + owner + ") or weaker",
        line);
  if (parent.type && (!type || certainly_different(vm, *type, *parent.type)))
    vm.fatal_at(
        "Type of " + cname + " must be " + parent.type->text + " (as in class " + owner + ")",
        line);
  if (!parent.type && type)
    vm.fatal_at("Type of " + cname + " must not be defined (as in class " + owner + ")", line);
}

}  // namespace weft::php
