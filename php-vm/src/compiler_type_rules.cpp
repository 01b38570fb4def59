// php's compile-time rules for declared types (zend_compile_typename): what may stand in an
// intersection or a union, redundant members, nullable forms, and where void, never and
// callable may be declared. Each broken rule is a fatal error with php's text.
#include <cctype>
#include <unordered_set>

#include "compiler_internal.h"

namespace weft::php {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool is_builtin(const std::string& l) {
  static const std::unordered_set<std::string> names = {
      "null",   "false",    "true",     "bool",   "int",   "float", "string", "array",
      "object", "iterable", "callable", "static", "mixed", "void",  "never"};
  return names.count(l) != 0;
}

// How php names a member in its messages: the built-in types in lower case (iterable as php 8.2
// spells it out), classes resolved.
std::string member_name(FileCompiler& fc, const Node* t) {
  std::string l = lower_ascii(t->str);
  if (l == "iterable") return "Traversable|array";
  if (is_builtin(l) || l == "self" || l == "parent") return l;
  return fc.resolve_class_name(t);
}

std::string intersection_error(FileCompiler& fc, const Node* t, std::vector<std::string>* set) {
  for (uint32_t i = 0; i < t->count; ++i) {
    const Node* m = t->kids[i];
    std::string l = lower_ascii(m->str);
    if (is_builtin(l) || l == "self" || l == "parent")
      return "Type " + member_name(fc, m) + " cannot be part of an intersection type";
    std::string name = fc.resolve_class_name(m);
    for (const std::string& seen : *set)
      if (lower_ascii(seen) == lower_ascii(name)) return "Duplicate type " + name + " is redundant";
    set->push_back(name);
  }
  return "";
}

bool contains_all(const std::vector<std::string>& big, const std::vector<std::string>& small) {
  for (const std::string& s : small) {
    bool found = false;
    for (const std::string& b : big) found |= lower_ascii(b) == lower_ascii(s);
    if (!found) return false;
  }
  return true;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string r;
  for (const std::string& p : parts) r += (r.empty() ? "" : "&") + p;
  return r;
}

std::string union_error(FileCompiler& fc, const Node* t) {
  static const std::pair<const char*, uint32_t> bits[] = {
      {"null", 1},     {"false", 2},      {"true", 4},     {"bool", 6},
      {"int", 8},      {"float", 16},     {"string", 32},  {"array", 64},
      {"object", 128}, {"callable", 512}, {"static", 1024}};
  uint32_t mask = 0;
  bool any_class = false, has_bool = false;
  std::vector<std::vector<std::string>> alternatives;  // classes and intersections
  for (uint32_t i = 0; i < t->count; ++i) {
    const Node* m = t->kids[i];
    if (m->kind == Kind::IntersectionType) {
      std::vector<std::string> set;
      std::string e = intersection_error(fc, m, &set);
      if (!e.empty()) return e;
      alternatives.push_back(std::move(set));
      any_class = true;
      continue;
    }
    std::string l = lower_ascii(m->str);
    if (l == "mixed") return "Type mixed can only be used as a standalone type";
    if (l == "void") return "Void can only be used as a standalone type";
    if (l == "never") return "never can only be used as a standalone type";
    uint32_t bit = 0;
    for (auto [name, b] : bits)
      if (l == name) bit = b;
    if (l == "iterable") {  // php 8.2's alias of Traversable|array
      if (mask & 64) return "Duplicate type array is redundant";
      mask |= 64;
      for (const auto& alt : alternatives)
        if (alt.size() == 1 && lower_ascii(alt[0]) == "traversable")
          return "Duplicate type Traversable is redundant";
      alternatives.push_back({"Traversable"});
      continue;
    }
    if (bit) {
      if (mask & bit) return "Duplicate type " + l + " is redundant";
      mask |= bit;
      has_bool |= l == "bool";
      if (l == "static") any_class = true;
      continue;
    }
    std::string name = l == "self" || l == "parent" ? l : fc.resolve_class_name(m);
    for (const auto& alt : alternatives)
      if (alt.size() == 1 && lower_ascii(alt[0]) == lower_ascii(name))
        return "Duplicate type " + name + " is redundant";
    alternatives.push_back({name});
    any_class = true;
  }
  if ((mask & 6) == 6 && !has_bool)
    return "Type contains both true and false, bool should be used instead";
  if ((mask & 128) && any_class)
    return "Type " + type_text(fc, t) +
           " contains both object and a class type, which is redundant";
  // an intersection that includes all of another alternative only narrows it
  for (size_t i = 0; i < alternatives.size(); ++i)
    for (size_t j = 0; j < alternatives.size(); ++j)
      if (i != j && alternatives[i].size() > 1 &&
          alternatives[i].size() >= alternatives[j].size() &&
          contains_all(alternatives[i], alternatives[j])) {
        if (alternatives[i].size() == alternatives[j].size())
          return "Type " + joined(alternatives[i]) + " is redundant with type " +
                 joined(alternatives[j]);
        return "Type " + joined(alternatives[i]) +
               " is redundant as it is more restrictive than type " + joined(alternatives[j]);
      }
  return "";
}

}  // namespace

std::string type_declaration_error(FileCompiler& fc, const Node* t, TypePosition pos,
                                   const std::string& property) {
  if (!t) return "";
  std::string e;
  switch (t->kind) {
    case Kind::NullableType: {
      std::string l = lower_ascii(t->kid(0)->str);
      if (l == "mixed")
        return "Type mixed cannot be marked as nullable since mixed already includes null";
      if (l == "void") return "Void can only be used as a standalone type";
      if (l == "never") return "never can only be used as a standalone type";
      if (l == "null") return "null cannot be marked as nullable";
      break;
    }
    case Kind::UnionType:
      e = union_error(fc, t);
      break;
    case Kind::IntersectionType: {
      std::vector<std::string> set;
      e = intersection_error(fc, t, &set);
      break;
    }
    default:
      break;
  }
  if (!e.empty()) return e;
  // where a type may stand
  auto mentions = [&](const char* name) {
    auto is = [&](const Node* n) { return n->kind == Kind::Name && lower_ascii(n->str) == name; };
    if (is(t)) return true;
    if (t->kind == Kind::NullableType) return is(t->kid(0));
    for (uint32_t i = 0; t->kind == Kind::UnionType && i < t->count; ++i)
      if (is(t->kids[i])) return true;
    return false;
  };
  if (pos == TypePosition::Property) {
    for (const char* bad : {"void", "never", "callable"})
      if (mentions(bad)) return "Property " + property + " cannot have type " + type_text(fc, t);
  } else if (pos == TypePosition::Parameter) {
    for (const char* bad : {"void", "never"})
      if (mentions(bad)) return std::string(bad) + " cannot be used as a parameter type";
  }
  return "";
}

}  // namespace weft::php
